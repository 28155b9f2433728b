"""The command line: a thin shell over the library (`flashpoint.pipeline`, `flashpoint.evaluate`)."""
from __future__ import annotations

import argparse
import json
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
    ex.add_argument("-o", "--output", help="write here instead of stdout")
    ex.add_argument("--batch-size", type=_positive_int, default=16, help="documents per model batch")
    ex.add_argument("--quiet", action="store_true", help="no progress, only errors")
    ex.add_argument("--debug", action="store_true", help="show the full traceback of errors")

    ev = sub.add_parser("eval", help="score events against a gold file",
                        description="Score predicted events (JSONL) against a gold file in the contract's gold format: "
                                    "P/R/F1 per kind, per-field accuracy, misses and extras with their sentences.")
    ev.add_argument("gold", help="gold JSONL ({doc, events} per line)")
    ev.add_argument("predicted", help="predicted events JSONL (flashpoint extract --format jsonl)")
    ev.add_argument("--summary", action="store_true", help="only the headline and per-field tables")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--debug", action="store_true", help="show the full traceback of errors")
    add_store_commands(sub)
    return p


class Progress:
    """Documents done, on stderr: a bar on a terminal, a line every few seconds otherwise."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.done = 0
        self.events = 0
        self.started = time.monotonic()
        self.last = self.started
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(unit="doc", file=sys.stderr, desc="extract")

    def document(self, _doc) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif not self.quiet and time.monotonic() - self.last > 5:
            self.last = time.monotonic()
            rate = self.done / max(self.last - self.started, 1e-9)
            # no record count here: records come out only after the cross-report merge, at the end
            print(f"extract: {self.done} documents, {rate:.1f} doc/s", file=sys.stderr)

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

    if args.output:
        _refuse_output_among_inputs(args.output, args.inputs)
    out = _open_output(args.output, args.format) if args.output else sys.stdout
    writer = Writer(out, args.format)
    progress = Progress(args.quiet)
    try:
        docs = read_documents(args.inputs, published=args.published, on_error=on_error)
        for event in extract(docs, batch_size=args.batch_size, on_document=progress.document):
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


COMMANDS_STORE = {"ingest": cmd_ingest, "events": cmd_events, "export": cmd_export, "stats": cmd_stats,
                  "watch": cmd_watch}


COMMANDS = {"extract": cmd_extract, "eval": cmd_eval, **COMMANDS_STORE}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
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
