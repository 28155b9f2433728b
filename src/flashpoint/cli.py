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
    add_analysis_parsers(sub)
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


COMMANDS = {"extract": cmd_extract, "eval": cmd_eval, "chains": cmd_chains, "dyads": cmd_dyads}


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
