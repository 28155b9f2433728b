"""The command line: a thin shell over the library (`flashpoint.pipeline`, `flashpoint.evaluate`)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from flashpoint import __version__
from flashpoint.errors import FlashpointError, Messages, UsageError

FORMATS = ("jsonl", "csv", "table")
# Belongs in errors.Messages; kept here until that module is free to edit.
CANNOT_WRITE = "cannot write the output file ({detail}); give a path in a folder that exists and that you may write to"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every command."""
    p = argparse.ArgumentParser(prog="flashpoint", description="Conflict news in, verifiable ACLED-style events out.")
    p.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="read reports and write one record per incident",
                        description="Read .txt, .html and .jsonl reports (files, directories, globs, or - for stdin) "
                                    "and write one event record per incident, and tallies of incidents.")
    ex.add_argument("inputs", nargs="+", help="files, directories, glob patterns, or - for stdin")
    ex.add_argument("--published", type=_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    ex.add_argument("-o", "--output", help="write here instead of stdout (- is stdout)")
    ex.add_argument("--batch-size", type=_positive_int, default=16, help="documents per model batch")
    ex.add_argument("--quiet", action="store_true", help="no progress, only errors")
    ex.add_argument("--debug", action="store_true", help="show the full traceback of errors")
    ex.add_argument("--event-filter", action=argparse.BooleanOptionalAction, default=None,
                    help="drop candidate events the learned filter scores as no real incident "
                         "(default: as data/event_filter_model.json says)")
    ex.add_argument("--pair-join", action=argparse.BooleanOptionalAction, default=None,
                    help="join events of one report the learned pair scorer takes for one incident "
                         "(default: as data/pair_join_model.json says)")
    _knowledge_options(ex)

    ev = sub.add_parser("eval", help="score events against a gold file",
                        description="Score predicted events (JSONL) against a gold file in the contract's gold format: "
                                    "P/R/F1 per kind, per-field accuracy, misses and extras with their sentences.")
    ev.add_argument("gold", help="gold JSONL ({doc, events} per line)")
    ev.add_argument("predicted", help="predicted events JSONL (flashpoint extract --format jsonl)")
    ev.add_argument("--summary", action="store_true", help="only the headline and per-field tables")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--debug", action="store_true", help="show the full traceback of errors")
    add_store_commands(sub)
    add_analysis_parsers(sub)
    _add_batch_parser(sub)
    add_knowledge_commands(sub)
    add_serve_command(sub)
    return p


class Progress:
    """Documents done, on stderr: a bar on a terminal, a line every few seconds otherwise."""

    def __init__(self, quiet: bool, label: str = "extract"):
        self.quiet = quiet
        self.label = label
        self.done = 0
        self.events = 0
        self.started = time.monotonic()
        self.last = self.started
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(unit="doc", file=sys.stderr, desc=label)

    def document(self, _doc, count: int = 1) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
        elif self.done == 1:
            self.last = time.monotonic()  # the clock starts with the first document, not with the model's load
        elif not self.quiet and time.monotonic() - self.last > 5:
            self.last = time.monotonic()
            rate = self.done / max(self.last - self.started, 1e-9)
            # no record count here: records come out only after the cross-report merge, at the end
            print(f"{self.label}: {self.done} documents, {rate:.1f} doc/s", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_extract(args) -> int:
    from flashpoint.documents import read_documents
    from flashpoint.export import Writer
    from flashpoint.pipeline import extract

    rejected = []

    def on_error(err: FlashpointError) -> None:
        rejected.append(err)
        print(f"error: {err}", file=sys.stderr)
        if args.debug and err.__cause__ is not None:
            traceback.print_exception(err.__cause__, file=sys.stderr)

    rejected += use_user_knowledge(args)
    if args.output:
        _refuse_output_among_inputs(args.output, args.inputs)
    out = _open_output(args.output, args.format) if args.output else sys.stdout
    writer = Writer(out, args.format)
    progress = Progress(args.quiet)
    try:
        docs = read_documents(args.inputs, published=args.published, on_error=on_error)
        for event in extract(docs, batch_size=args.batch_size, on_document=progress.document,
                             event_filter=args.event_filter, pair_join=args.pair_join):
            writer.write(event.to_record())
            progress.events += 1
        writer.close()
    finally:
        progress.close()
        if args.output:
            out.close()
    if not args.quiet:
        print(f"extract: {progress.done} documents read, {progress.events} records written, "
              f"{len(rejected)} inputs rejected", file=sys.stderr)
    return 1 if rejected else 0


def _refuse_output_among_inputs(output: str, inputs: list[str]) -> None:
    """Refuse -o on an input file or inside an input folder: it would be read back as a report."""
    target = Path(output).resolve()
    for item in inputs:
        if item == "-" or any(ch in item for ch in "*?["):
            continue
        source = Path(item).resolve()
        if target == source or (source.is_dir() and source in target.parents):
            raise UsageError(Messages.OUTPUT_IN_INPUT.format(input=item), origin=output)


def _open_output(path: str, fmt: str):
    """Return the output file opened for writing; UsageError when it cannot be."""
    try:
        # csv writes its own \r\n row endings: no newline translation on top of them
        return open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else None)
    except OSError as exc:
        raise UsageError(CANNOT_WRITE.format(detail=exc.strerror or exc), origin=path) from exc


def cmd_eval(args) -> int:
    from flashpoint.evaluate import evaluate, load_gold, load_predictions, render_report

    report = evaluate(load_gold(args.gold), load_predictions(args.predicted))
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_report(report, summary_only=args.summary))
    return 0


# The store: ingest, events, export, watch, stats (flashpoint.store, flashpoint.watch) ------------------
EXPORT_FORMATS = ("jsonl", "csv", "acled-csv", "parquet", "geojson")


def add_store_commands(sub) -> None:
    """Add the commands that keep and query a store in a DuckDB file."""
    db_help = "the store's DuckDB file"
    ing = sub.add_parser("ingest", help="add reports to a store: extract, merge and link against what it holds",
                         description="Read reports (as `extract` does), extract their events and store them in a "
                                     "DuckDB file, merged with the stored events of the same incidents. A document "
                                     "already stored (same id and text, or same text under another id) is skipped; "
                                     "one with a stored id and a new text replaces its events. Each document commits "
                                     "with its events in one transaction: an interrupted ingest resumes where it stopped.")
    ing.add_argument("inputs", nargs="+", help="files, directories, glob patterns, or - for stdin")
    ing.add_argument("--db", required=True, help=db_help)
    ing.add_argument("--published", type=_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    ing.add_argument("--batch-size", type=_positive_int, default=16, help="documents per model batch")
    ing.add_argument("--exclusive", action="store_true",
                     help="keep the store open for the whole run: faster on a large store, readers wait until the end")
    ing.add_argument("--quiet", action="store_true", help="no progress, only errors")
    ing.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    evs = sub.add_parser("events", help="query a store's events",
                         description="Print the stored events that match every filter given, oldest first.")
    evs.add_argument("--db", required=True, help=db_help)
    _add_filters(evs)
    evs.add_argument("--limit", type=_positive_int, help="at most this many rows")
    evs.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    evs.add_argument("-o", "--output", help="write here instead of stdout")
    evs.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    exp = sub.add_parser("export", help="write a store's events as jsonl, csv, acled-csv, parquet or geojson",
                         description="Write the stored events (filters as for `events`): jsonl in the contract "
                                     "(events and tallies), flat csv, ACLED-style csv (ACLED's column names; "
                                     "incidents only), parquet (flat columns) or a GeoJSON FeatureCollection.")
    exp.add_argument("--db", required=True, help=db_help)
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl", help="output format (default jsonl)")
    exp.add_argument("-o", "--output", help="write here instead of stdout (required for parquet)")
    _add_filters(exp, kind_default="all")
    exp.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    lk = sub.add_parser("links", help="which stored event answers which: explicit and inferred links",
                        description="Print the links between stored events, one a line: the answering event, "
                                    "the kind (explicit: a text says so; inferred: the other side struck back soon "
                                    "after), and the event it answers. Links read across reports are included.")
    lk.add_argument("--db", required=True, help=db_help)
    lk.add_argument("--kind", choices=("explicit", "inferred", "all"), default="all", help="which links (default all)")
    lk.add_argument("--json", action="store_true", help="one JSON object a line (event_id, responds_to, kind, basis)")
    lk.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    st = sub.add_parser("stats", help="what a store holds: documents, events, sources, dates, per country")
    st.add_argument("--db", required=True, help=db_help)
    st.add_argument("--json", action="store_true", help="print the figures as JSON")
    st.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    wa = sub.add_parser("watch", help="follow RSS/Atom feeds into a store",
                        description="Poll RSS/Atom feeds (URLs or files, one a line in FEEDS; # starts a comment) "
                                    "and ingest each new item once. Requests are conditional (ETag, "
                                    "Last-Modified); an item that carries only a summary has its page fetched and "
                                    "its article text extracted. The store is locked only while items are committed.")
    wa.add_argument("feeds", help="a file listing feed URLs or paths, one a line")
    wa.add_argument("--db", required=True, help=db_help)
    wa.add_argument("--every", type=_duration, default=900.0, help="time between polls, e.g. 90s, 15m, 1h (default 15m)")
    wa.add_argument("--once", action="store_true", help="poll every feed once and stop")
    wa.add_argument("--delay", type=_duration, default=1.0,
                    help="pause between two requests to the same host (default 1s)")
    wa.add_argument("--timeout", type=_duration, default=20.0, help="timeout of one request (default 20s)")
    wa.add_argument("--quiet", action="store_true", help="no progress, only errors")
    wa.add_argument("--debug", action="store_true", help="show the full traceback of errors")


def _duration(value: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        number = float(value[:-1]) * units[value[-1]] if value and value[-1] in units else float(value)
    except ValueError:
        number = -1
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a duration; write e.g. 30s, 15m or 1h")
    return number


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise argparse.ArgumentTypeError(f"{value!r} is not a box; write min_lon,min_lat,max_lon,max_lat")
    return parts


def _add_filters(p, kind_default: str = "event") -> None:
    p.add_argument("--country", action="append", help="ISO alpha-3 code or name (repeat for several)")
    p.add_argument("--admin1", help="province or region")
    p.add_argument("--since", type=_date, help="events on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="events on or before this day (YYYY-MM-DD)")
    p.add_argument("--type", help='ACLED event type, e.g. "Explosions/Remote violence"')
    p.add_argument("--sub-type", help='ACLED sub-event type, e.g. "Air/drone strike"')
    p.add_argument("--actor", help="part of actor1's or actor2's name")
    p.add_argument("--bbox", type=_bbox, help="min_lon,min_lat,max_lon,max_lat")
    p.add_argument("--text", help="words in the evidence sentences")
    p.add_argument("--min-fatalities", type=int, help="at least this many reported deaths (the low figure)")
    p.add_argument("--kind", choices=("event", "tally", "all"), default=kind_default,
                   help=f"incidents, tallies or both (default {kind_default})")


def _filters(args) -> dict:
    return {"country": args.country, "admin1": args.admin1, "since": args.since, "until": args.until,
            "type": args.type, "sub_type": args.sub_type, "actor": args.actor, "bbox": args.bbox,
            "text": args.text, "min_fatalities": args.min_fatalities,
            "kind": None if args.kind == "all" else args.kind}


def _reject_printer(args, rejected: list):
    def on_error(err: FlashpointError) -> None:
        rejected.append(err)
        print(f"error: {err}", file=sys.stderr)
        if args.debug and err.__cause__ is not None:
            traceback.print_exception(err.__cause__, file=sys.stderr)
    return on_error


def cmd_ingest(args) -> int:
    from flashpoint.documents import read_documents
    from flashpoint.store import Store

    rejected: list = []
    store = Store(args.db)
    if args.exclusive:
        store.hold()
    progress = Progress(args.quiet)
    try:
        docs = read_documents(args.inputs, published=args.published, on_error=_reject_printer(args, rejected))
        report = store.ingest(docs, batch_size=args.batch_size, on_document=lambda d, _outcome: progress.document(d),
                              on_error=_reject_printer(args, rejected))
    finally:
        progress.close()
        store.close()
    if not args.quiet:
        print(f"ingest: {report}; {len(rejected)} inputs rejected", file=sys.stderr)
    return 1 if rejected else 0


def cmd_events(args) -> int:
    from flashpoint.export import Writer
    from flashpoint.store import Store

    store = Store(args.db, read_only=True)
    out = _open_output(args.output, args.format) if args.output else sys.stdout
    try:
        writer = Writer(out, args.format)
        for n, record in enumerate(store.records(**_filters(args))):
            if args.limit is not None and n >= args.limit:
                break
            writer.write(record)
        writer.close()
    finally:
        if args.output:
            out.close()
    return 0


def cmd_export(args) -> int:
    from flashpoint.export import Writer, write_acled_csv, write_geojson
    from flashpoint.store import Store

    store = Store(args.db, read_only=True)
    filters = _filters(args)
    if args.format == "parquet":
        if not args.output:
            raise UsageError("parquet is binary: give a file with -o", origin="export")
        rows = store.copy_to_parquet(args.output, **filters)
    else:
        out = _open_output(args.output, "csv" if args.format != "jsonl" else "jsonl") if args.output else sys.stdout
        try:
            records = store.records(**filters)
            if args.format == "acled-csv":
                rows = write_acled_csv(out, records, store.source_names())
            elif args.format == "geojson":
                rows = write_geojson(out, records)
            else:
                writer, rows = Writer(out, args.format), 0
                for record in records:
                    writer.write(record)
                    rows += 1
                writer.close()
        finally:
            if args.output:
                out.close()
    if args.output:
        print(f"export: {rows} records written to {args.output}", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    from flashpoint.store import Store

    stats = Store(args.db, read_only=True).stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return 0
    print(f"store      {stats['path']} (schema {stats['schema_version']})")
    print(f"documents  {stats['documents']} from {stats['sources']} sources ({stats['duplicates']} duplicates skipped)")
    print(f"events     {stats['events']} (from {stats['reports']} per-document records), tallies {stats['tallies']}")
    print(f"links      {stats['links_explicit']} explicit, {stats['links_inferred']} inferred")
    print(f"dates      {stats['first_date'] or '-'} to {stats['last_date'] or '-'}")
    if stats["per_country"]:
        print("per country (events, fatalities low):")
        for row in stats["per_country"]:
            print(f"  {row['country']:<5}{row['events']:>7}{row['fatalities_low']:>9}")
    return 0


def cmd_links(args) -> int:
    from flashpoint.store import Store

    df = Store(args.db, read_only=True).links(kind=None if args.kind == "all" else args.kind)
    for row in df.itertuples(index=False):
        if args.json:
            basis = json.loads(row.basis) if isinstance(row.basis, str) else None
            print(json.dumps({"event_id": row.event_id, "responds_to": row.responds_to, "kind": row.kind,
                              "basis": basis}, ensure_ascii=False))
        else:
            print(f"{row.event_id}  {row.kind:<9} {row.responds_to}")
    return 0


def cmd_watch(args) -> int:
    from flashpoint.store import Store
    from flashpoint.watch import Watcher, read_feed_list

    feeds = read_feed_list(args.feeds)
    store = Store(args.db)
    log = (lambda line: None) if args.quiet else (lambda line: print(f"watch: {line}", file=sys.stderr))
    watcher = Watcher(store, feeds, delay=args.delay, timeout=args.timeout, log=log,
                      on_error=_reject_printer(args, []))
    if not args.once:
        watcher.run(every=args.every)  # until interrupted
        return 0
    report = watcher.poll()
    log(str(report))
    return 1 if report.errors else 0


# ---------------------------------------------------------------- analysis: chains and dyads

def add_analysis_parsers(sub) -> None:
    """Add the `chains` and `dyads` commands (flashpoint.analysis) to the subparsers."""
    ch = sub.add_parser("chains", help="print action-reaction chains (which attack answered which)",
                        description="Read event records (flashpoint extract's JSONL) and print each chain of events "
                                    "joined by responds_to: time, actors, place, fatalities, evidence, lag.")
    ch.add_argument("events", help="event records JSONL (flashpoint extract --format jsonl)")
    ch.add_argument("--inferred", action="store_true", help="also follow responds_to_inferred (marked as inferred)")
    ch.add_argument("--plot", metavar="PNG", help="draw the chains to this image (PNG, SVG or PDF)")
    ch.add_argument("--limit", type=_positive_int, default=4, help="chains drawn by --plot (default 4)")
    ch.add_argument("--json", action="store_true", help="print the chains as JSON")
    ch.add_argument("--debug", action="store_true", help="show the full traceback of errors")
    dy = sub.add_parser("dyads", help="per pair of sides: events, fatalities, reciprocity, lag, trend",
                        description="Read event records and print, per pair of sides and per direction: events, "
                                    "fatalities, share of acts answered by the other side within K days, median "
                                    "response lag and escalation trend.")
    dy.add_argument("events", help="event records JSONL (flashpoint extract --format jsonl)")
    dy.add_argument("--days", type=_positive_int, default=7, help="K: an answer within this many days (default 7)")
    dy.add_argument("--plot", metavar="PNG", help="draw one dyad's timeline to this image")
    dy.add_argument("--pair", nargs=2, metavar=("A", "B"), help="the dyad to draw (display names); default: the "
                                                                 "dyad with the most events")
    dy.add_argument("--json", action="store_true", help="print the dyads as JSON")
    dy.add_argument("--debug", action="store_true", help="show the full traceback of errors")


def _analysis_records(path: str) -> tuple[list[dict], int]:
    from flashpoint.analysis import read_records

    bad = []

    def on_error(err: FlashpointError) -> None:
        bad.append(err)
        print(f"error: {err}", file=sys.stderr)

    return read_records(path, on_error), len(bad)


def cmd_chains(args) -> int:
    from dataclasses import asdict

    from flashpoint.analysis.chains import build_chains, plot_chains, render_chains

    records, bad = _analysis_records(args.events)
    chains = build_chains(records, inferred=args.inferred)
    if args.json:
        print(json.dumps([{"events": [e["event_id"] for e in c.events], "links": [asdict(k) for k in c.links]}
                          for c in chains], indent=2))
    else:
        sys.stdout.write(render_chains(chains))
    if args.plot:
        drawn = plot_chains(chains, _plot_path(args.plot), limit=args.limit)
        print(f"chains: {drawn} of {len(chains)} chains drawn to {args.plot}", file=sys.stderr)
    return 1 if bad else 0


def cmd_dyads(args) -> int:
    from dataclasses import asdict

    from flashpoint.analysis.dyads import dyad_stats, plot_dyad, render_dyads

    records, bad = _analysis_records(args.events)
    dyads = dyad_stats(records, k_days=args.days)
    if args.json:
        print(json.dumps([asdict(d) for d in dyads], indent=2))
    else:
        sys.stdout.write(render_dyads(dyads, k_days=args.days))
    if args.plot:
        chosen = dyads[0] if dyads and not args.pair else next(
            (d for d in dyads if {d.a, d.b} == set(args.pair or ())), None)
        if chosen is None:
            raise UsageError(NO_DYAD.format(pair=" / ".join(args.pair or ())), origin=args.events)
        plot_dyad(records, chosen, _plot_path(args.plot))
        print(f"dyads: {chosen.a} / {chosen.b} drawn to {args.plot}", file=sys.stderr)
    return 1 if bad else 0


NO_DYAD = "no dyad {pair} in the input; give two display names exactly as `flashpoint dyads` prints them"


def _plot_path(path: str) -> str:
    """Return a plot path that can be written; UsageError otherwise."""
    target = Path(path)
    if not target.parent.is_dir():
        raise UsageError(CANNOT_WRITE.format(detail="no such folder"), origin=path)
    return path


# ---------------------------------------------------------------- batch (issue 7)

def _add_batch_parser(sub) -> None:
    from flashpoint.batch import DEFAULT_BATCH_SIZE, DEFAULT_PARTITION_SIZE

    b = sub.add_parser("batch", help="extract many reports on a Dask cluster into Parquet",
                       description="Read reports (.txt, .html, .jsonl, .warc, .warc.gz: files, directories, globs), "
                                   "extract their events on a Dask cluster (a local one of worker processes, or an "
                                   "existing one with --scheduler), merge them across reports as extract does, and "
                                   "write Parquet files partitioned by publication date under OUT/events/. Documents "
                                   "that cannot be read are listed in OUT/errors.txt. Rerunning an interrupted run "
                                   "with the same inputs resumes it: finished partitions are not redone.")
    b.add_argument("inputs", nargs="+", help="files, directories, glob patterns")
    b.add_argument("--out", required=True, help="output folder (created; an interrupted run there is resumed)")
    b.add_argument("--workers", type=_positive_int, help="worker processes of the local cluster (default: one per core)")
    b.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://scheduler:8786")
    b.add_argument("--partition-size", type=_positive_int, default=DEFAULT_PARTITION_SIZE,
                   help=f"documents per task (default {DEFAULT_PARTITION_SIZE})")
    b.add_argument("--batch-size", type=_positive_int, default=DEFAULT_BATCH_SIZE, help="documents per model batch")
    b.add_argument("--published", type=_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    b.add_argument("--quiet", action="store_true", help="no progress, only errors")
    b.add_argument("--debug", action="store_true", help="show the full traceback of errors")


def cmd_batch(args) -> int:
    from flashpoint.batch import ERRORS_FILE, EVENTS_DIR, run_batch
    from flashpoint.documents import read_documents

    if args.workers and args.scheduler:
        raise UsageError(Messages.WORKERS_WITH_SCHEDULER)
    _refuse_output_among_inputs(args.out, args.inputs)
    rejected: list[str] = []

    def on_error(err: FlashpointError) -> None:
        rejected.append(str(err))
        print(f"error: {err}", file=sys.stderr)
        if args.debug and err.__cause__ is not None:
            traceback.print_exception(err.__cause__, file=sys.stderr)

    def on_start(summary) -> None:
        progress.started = progress.last = time.monotonic()  # the rate counts documents, not the cluster's start
        if args.quiet:
            return
        where = args.scheduler or f"local cluster of {summary.workers} worker processes"
        print(f"batch: {where}, model loaded in {summary.workers} workers ({summary.seconds_start:.1f} s)",
              file=sys.stderr)
        print(f"batch: dashboard {summary.dashboard or 'none: ' + summary.dashboard_note}", file=sys.stderr)

    def on_partition(result) -> None:
        for line in result.errors:
            print(f"error: {line}", file=sys.stderr)

    progress = Progress(args.quiet, label="batch")
    try:
        docs = read_documents(args.inputs, published=args.published, on_error=on_error)
        summary = run_batch(docs, args.out, workers=args.workers, scheduler=args.scheduler,
                            partition_size=args.partition_size, batch_size=args.batch_size, reading_errors=rejected,
                            on_documents=lambda n: progress.document(None, n),
                            on_partition=on_partition, on_start=on_start)
    except KeyboardInterrupt:
        print(f"batch: {Messages.BATCH_INTERRUPTED}", file=sys.stderr)
        raise
    finally:
        progress.close()
    if not args.quiet:
        rate = summary.documents / max(summary.seconds_extract, 1e-9)
        print(f"batch: {summary.documents} documents in {summary.partitions} partitions "
              f"({summary.partitions_resumed} done by an earlier run), {rate:.1f} doc/s; "
              f"{summary.records} records in {Path(args.out) / EVENTS_DIR}; "
              f"{len(summary.errors)} errors in {Path(args.out) / ERRORS_FILE}", file=sys.stderr)
    return 1 if summary.errors else 0


# --- places and actors: look-ups and the user's own knowledge files ---------------------------------
def _knowledge_options(parser) -> None:
    parser.add_argument("--places", action="append", default=[], metavar="FILE",
                        help="add or override places from FILE (the format of data/places/sites.yaml); repeatable")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE",
                        help="add or override actors from FILE (the format of data/actors/groups.yaml); repeatable")


def add_knowledge_commands(sub) -> None:
    """Add `places lookup` and `actors lookup`: what a name resolves to, and why."""
    for kind, what in (("places", "place name"), ("actors", "actor phrase")):
        top = sub.add_parser(kind, help=f"look up a {what} in the {'gazetteer' if kind == 'places' else 'actor base'}",
                             description=f"Show what a {what} resolves to and why: the candidates with their scores. "
                                         "Your own files (FLASHPOINT_DATA, ~/.config/flashpoint/, --places/--actors) "
                                         "are read too.")
        inner = top.add_subparsers(dest="action", required=True)
        look = inner.add_parser("lookup", help=f"resolve a {what}, with the candidates and their scores")
        look.add_argument("name", help=f"the {what}, e.g. " + ('"Ain al-Asad"' if kind == "places" else '"Kataeb Hezbollah"'))
        look.add_argument("--country", action="append", default=[], metavar="ISO3",
                          help="a country the report is about (ISO alpha-3, e.g. SYR); repeatable, first is likeliest")
        if kind == "places":
            look.add_argument("--near", action="store_true", help='read it as "near NAME" (precision 2)')
            look.add_argument("--no-fuzzy", action="store_true", help="exact and transliteration matches only")
        look.add_argument("--limit", type=_positive_int, default=8, help="candidates to show (default 8)")
        look.add_argument("--json", action="store_true", help="print the result as JSON")
        look.add_argument("--debug", action="store_true", help="show the full traceback of errors")
        _knowledge_options(look)


def use_user_knowledge(args) -> list:
    """Register --places/--actors files and read them now; return the errors of their bad lines.

    Each bad line is printed once, as one line naming the file and line; the rest of the file loads.
    """
    from flashpoint import knowledge
    from flashpoint.resolve.actors import actor_base
    from flashpoint.resolve.places import gazetteer

    for kind in knowledge.KINDS:
        for path in getattr(args, kind, None) or []:
            if not Path(path).is_file():
                raise UsageError(Messages.NOT_FOUND, origin=path)
            knowledge.add_user_file(kind, path)
    if not any(knowledge.user_files(kind) for kind in knowledge.KINDS):
        return []
    before = len(knowledge.reported)
    from flashpoint.extract.mentions import resources
    for built in (gazetteer, actor_base, resources):  # rebuilt with the user's files
        built.cache_clear()
    gazetteer(), actor_base()  # built once here, so that bad lines are told before any output
    return knowledge.reported[before:]


def cmd_places(args) -> int:
    from flashpoint.resolve.places import gazetteer

    use_user_knowledge(args)
    g = gazetteer()
    countries = tuple(c.upper() for c in args.country)
    ranked = g.ranked(args.name, countries, fuzzy=not args.no_fuzzy)
    best = g.to_place(ranked[0].candidate, args.name, args.near) if ranked else None
    rows = [{"name": m.candidate.name, "kind": m.candidate.feature or m.candidate.kind,
             "country_code": m.candidate.country_code, "admin1": m.candidate.admin1, "lat": m.candidate.lat,
             "lon": m.candidate.lon, "population": m.candidate.population, "match": m.tier, "key": m.key,
             "score": m.score, "source": m.candidate.source} for m in ranked[:args.limit]]
    if args.json:
        print(json.dumps({"query": args.name, "countries": list(countries),
                          "place": best.to_record() if best else None, "candidates": rows,
                          "total_candidates": len(ranked)}, ensure_ascii=False, indent=2))
        return 0 if best else 1
    if best is None:
        print(f"{args.name!r}: no place found (exact, transliteration{'' if args.no_fuzzy else ' or fuzzy'} "
              f"match at threshold {g.threshold})")
        return 1
    where = f"{best.lat:.4f}, {best.lon:.4f}" if best.lat is not None else "no coordinates"
    print(f"{args.name!r} -> {best.name} ({best.kind}), {best.country or '?'} [{best.country_code or '?'}], "
          f"{where}, precision {best.precision}")
    reason = ranked[0]
    why = {"exact": "exact name after normalisation", "folded": "transliteration variant",
           "fuzzy": "near spelling", "variant": "a listed site, other modifiers dropped"}[reason.tier]
    context = f"; report countries {', '.join(countries)} first" if countries else "; no report country given"
    print(f"why: {why} '{reason.key}' (score {reason.score:g}){context}, then sites/regions, then population")
    print(f"candidates ({len(ranked)}, best first):")
    for i, r in enumerate(rows, 1):
        at = f"{r['lat']:.3f},{r['lon']:.3f}" if r["lat"] is not None else "-"
        print(f"  {i}. {r['name']:<28} {r['kind']:<9} {r['country_code'] or '-':<4} {at:<17} "
              f"pop {r['population'] if r['kind'] == 'city' else '-':<10} {r['match']} {r['score']:g}  [{r['source']}]")
    return 0


def cmd_actors(args) -> int:
    from flashpoint.resolve.actors import actor_base

    use_user_knowledge(args)
    base = actor_base()
    country = args.country[0].upper() if args.country else None
    found = base.explain(args.name, country)
    chosen = next((c for c in found if c.accepted), None)
    rows = [{"name": c.actor.name, "id": c.actor.id, "type": c.actor.type, "country_code": c.actor.country_code,
             "backer": c.actor.backer, "how": c.how, "score": c.score, "accepted": c.accepted}
            for c in found[:args.limit]]
    if args.json:
        print(json.dumps({"query": args.name, "actor": rows[found.index(chosen)] if chosen else None,
                          "candidates": rows}, ensure_ascii=False, indent=2))
        return 0 if chosen else 1
    if chosen is None:
        print(f"{args.name!r}: no actor found")
    else:
        a = chosen.actor
        print(f"{args.name!r} -> {a.name} ({a.type or '?'}; country {a.country_code or '-'}; "
              f"backer {a.backer or '-'}; id {a.id or '-'})")
        print(f"why: {chosen.how} (score {chosen.score:g})")
    if rows:
        print(f"candidates ({len(found)}, best first):")
        for i, r in enumerate(rows, 1):
            mark = "" if r["accepted"] else "  (not taken)"
            print(f"  {i}. {r['name']:<45} {r['type'] or '-':<17} {r['country_code'] or '-':<4} "
                  f"backer {r['backer'] or '-':<4} {r['how']} {r['score']:g}{mark}")
    return 0 if chosen else 1


# ---------------------------------------------------------------- serve: the API and the dashboard

def add_serve_command(sub) -> None:
    """Add `flashpoint serve` (flashpoint.server) to the subparsers."""
    sv = sub.add_parser("serve", help="serve a store's events: the API (/api, docs at /docs) and the dashboard (/)",
                        description="Serve the store in a DuckDB file over HTTP: the dashboard at /, the JSON API "
                                    "under /api (OpenAPI docs at /docs). Read-only unless a token is given: then "
                                    "POST /api/documents ingests documents for requests that send "
                                    "'Authorization: Bearer TOKEN'. Listens on loopback unless --host says otherwise.")
    sv.add_argument("--db", required=True, help="the store's DuckDB file")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=_positive_int, default=8000, help="port (default 8000)")
    sv.add_argument("--token", default=os.environ.get("FLASHPOINT_TOKEN"),
                    help="secret that POST /api/documents requires (default: $FLASHPOINT_TOKEN; none: read-only)")
    sv.add_argument("--hold", action="store_true",
                    help="keep the store open until the server stops (by default it is let go after 2 s without "
                         "a request, so that `flashpoint ingest` or `watch` can write to it in between)")
    sv.add_argument("--allow-origin", action="append", default=[],
                    help="an origin (https://host:port) whose pages may call the API (CORS); repeat for several")
    sv.add_argument("--debug", action="store_true", help="show the full traceback of errors")


def cmd_serve(args) -> int:
    import socket

    from flashpoint.server import serve
    from flashpoint.store import Store

    if args.token is not None and len(args.token) < 8:
        raise UsageError("the token is shorter than 8 characters; give a longer secret", origin="--token")
    Store(args.db, read_only=not args.token)  # a missing or foreign file: one line now, not at the first request
    try:  # a port in use or an address not this machine's: one line now, not uvicorn's log
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); give another --port "
                         f"or --host", origin="serve") from exc
    mode = "accepts documents with the token" if args.token else "read-only"
    print(f"serve: {args.db} at http://{args.host}:{args.port}/ ({mode}; API docs at /docs); Ctrl-C stops",
          file=sys.stderr)
    serve(args.db, host=args.host, port=args.port, token=args.token or None, allow_origins=args.allow_origin,
          hold=args.hold, log_level="info" if args.debug else "warning")
    return 0


# Every command, by the name it is called with.
COMMANDS = {
    "extract": cmd_extract, "eval": cmd_eval,
    "ingest": cmd_ingest, "events": cmd_events, "export": cmd_export, "stats": cmd_stats, "links": cmd_links, "watch": cmd_watch,
    "chains": cmd_chains, "dyads": cmd_dyads,
    "batch": cmd_batch,
    "places": cmd_places, "actors": cmd_actors,
    "serve": cmd_serve,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "output", None) == "-":
        args.output = None  # "-o -" is stdout, as "-" is stdin for the inputs
    try:
        return COMMANDS[args.command](args)
    except FlashpointError as err:
        print(f"error: {err}", file=sys.stderr)
        if getattr(args, "debug", False):
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: one line unless --debug
        print(f"error: internal error ({type(err).__name__}: {err}); rerun with --debug and report it",
              file=sys.stderr)
        if getattr(args, "debug", False):
            traceback.print_exc()
        return 2


if __name__ == "__main__":
    sys.exit(main())
