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
    _add_batch_parser(sub)
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
    finally:
        progress.close()
    if not args.quiet:
        rate = summary.documents / max(summary.seconds_extract, 1e-9)
        print(f"batch: {summary.documents} documents in {summary.partitions} partitions "
              f"({summary.partitions_resumed} done by an earlier run), {rate:.1f} doc/s; "
              f"{summary.records} records in {Path(args.out) / EVENTS_DIR}; "
              f"{len(summary.errors)} errors in {Path(args.out) / ERRORS_FILE}", file=sys.stderr)
    return 1 if summary.errors else 0


COMMANDS = {"extract": cmd_extract, "eval": cmd_eval, "batch": cmd_batch}


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
