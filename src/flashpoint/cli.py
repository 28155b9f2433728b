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
    _knowledge_options(ex)

    ev = sub.add_parser("eval", help="score events against a gold file",
                        description="Score predicted events (JSONL) against a gold file in the contract's gold format: "
                                    "P/R/F1 per kind, per-field accuracy, misses and extras with their sentences.")
    ev.add_argument("gold", help="gold JSONL ({doc, events} per line)")
    ev.add_argument("predicted", help="predicted events JSONL (flashpoint extract --format jsonl)")
    ev.add_argument("--summary", action="store_true", help="only the headline and per-field tables")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--debug", action="store_true", help="show the full traceback of errors")
    add_knowledge_commands(sub)
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
        elif self.done == 1:
            self.last = time.monotonic()  # the clock starts with the first document, not with the model's load
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

    rejected += use_user_knowledge(args)
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
           "fuzzy": "near spelling"}[reason.tier]
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


COMMANDS = {"extract": cmd_extract, "eval": cmd_eval, "places": cmd_places, "actors": cmd_actors}


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
