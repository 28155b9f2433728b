"""Fuzz targets: one function per input surface, each taking raw bytes and checking the invariants.

Used by the coverage-guided harness (`fuzz/fuzz_inputs.py`, atheris) and by the bounded run in
`tests/test_fuzz.py`. A target returns normally when the input was handled correctly (read, or
refused with a one-line FlashpointError); anything else raises, and the fuzzer records the input.

Invariants checked on every input:
- no exception escapes but the project's FlashpointError subclasses, and their message is one line;
- every document read has non-empty, stripped text without NUL, invisible marks or lone surrogates;
- every date span is real (start <= end) and never ends after the publication date;
- every figure is a non-negative int, low <= high, below the lexicon's max_count;
- every output record validates against the contract's event.schema.json and encodes as UTF-8.
"""
from __future__ import annotations

import atexit
import functools
import io
import json
import os
import shutil
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import documents  # noqa: E402
from flashpoint.errors import FlashpointError  # noqa: E402
from flashpoint.extract import casualties, dates  # noqa: E402

SCHEMA = REPO.parent.parent / "shared" / "contract" / "event.schema.json"
if not SCHEMA.is_file():  # a worktree under /work/wt/<name>, or the main checkout under /work/main
    SCHEMA = REPO.parent / "shared" / "contract" / "event.schema.json"
DAY_MIN, DAY_MAX = date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()
INVISIBLE = set("\x00\u200b\u200c\u200d\ufeff\u2060\u202e\u2067")


class InvariantError(AssertionError):
    """An input broke one of the invariants above."""


def check(condition: bool, what: str) -> None:
    if not condition:
        raise InvariantError(what)


def refused(error: FlashpointError) -> None:
    """Check that a refusal is the one line a user sees."""
    message = str(error)
    check("\n" not in message and "\r" not in message and message.strip() == message, f"not one line: {message!r}")


# ---------------------------------------------------------------- bytes -> parts

def split(data: bytes) -> tuple[int, bytes]:
    """Return (selector byte, the rest): the first byte picks a variant of a target."""
    return (data[0], data[1:]) if data else (0, b"")


def as_text(data: bytes) -> str:
    """Return bytes as text: UTF-8 where it decodes, each undecodable byte as a lone surrogate."""
    return data.decode("utf-8", "surrogateescape")


def as_day(selector: int, text: str) -> date:
    """Return a publication date across the whole calendar, its ends included, from the input."""
    spread = zlib.crc32(text.encode("utf-8", "surrogatepass")) + selector * 997  # not hash(): replays must agree
    if selector % 4 == 0:
        return date(1, 1, 1) + timedelta(days=spread % 400)
    if selector % 4 == 1:
        return date(9999, 12, 31) - timedelta(days=spread % 400)
    return date.fromordinal(DAY_MIN + spread % (DAY_MAX - DAY_MIN))


# ---------------------------------------------------------------- checks on outputs

def check_document(doc) -> None:
    check(bool(doc.text) and doc.text == doc.text.strip(), "document text empty or not stripped")
    check(not (INVISIBLE & set(doc.text)), "invisible or NUL characters left in the text")
    for value in (doc.id, doc.text, doc.title or "", doc.source or "", doc.url or ""):
        value.encode("utf-8")  # raises on a lone surrogate
    check(isinstance(doc.published, date), "no publication date")


def check_span(span, published: date) -> None:
    check(span.start is not None and span.end is not None, "span without a start or end")
    check(span.start <= span.end <= published, f"span {span.start}..{span.end} not within P={published}")
    check(span.precision in ("day", "week", "month", "range"), f"precision {span.precision!r}")


def check_figures(low, high) -> None:
    top = int(casualties.lexicon()["numbers"]["max_count"])
    for value in (low, high):
        check(value is None or (type(value) is int and 0 <= value <= top), f"figure {value!r} out of bounds")
    check(low is None or high is None or low <= high, f"low {low} > high {high}")


_validator = None


def validator():
    global _validator
    if _validator is None:
        import jsonschema
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        _validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return _validator


def check_record(record: dict, published: date) -> None:
    errors = sorted(validator().iter_errors(record), key=lambda e: list(e.path))
    check(not errors, f"schema: {errors[0].message if errors else ''}")
    json.dumps(record, ensure_ascii=False).encode("utf-8")
    fat = record["fatalities"]
    check_figures(fat["low"], fat["high"])
    when = record["date"]
    if when["start"] is not None:
        start, end = date.fromisoformat(when["start"]), date.fromisoformat(when["end"])
        check(start <= end <= published, f"event date {start}..{end} not within P={published}")


# ---------------------------------------------------------------- targets

def readers(data: bytes) -> int:
    """Read bytes as a .txt, .html or .jsonl file, or as stdin; return how many documents came out."""
    selector, body = split(data)
    kind = ("txt", "html", "jsonl", "stdin")[selector % 4]
    published = None if selector & 4 else date(2024, 2, 29)
    errors: list[FlashpointError] = []
    if kind == "txt":
        docs = _one(lambda: documents._text_document(body, "fuzz", "fuzz.txt", published, lambda: None), errors)
    elif kind == "html":
        docs = _one(lambda: documents._html_document(body, "fuzz", "fuzz.html", published), errors)
    elif kind == "jsonl":
        docs = list(documents._read_jsonl(io.BytesIO(body), "fuzz.jsonl", published, errors.append))
    else:
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8", errors="surrogateescape")
        try:
            docs = list(documents.read_documents(["-"], published=published, on_error=errors.append))
        finally:
            sys.stdin = saved
    for error in errors:
        check(isinstance(error, FlashpointError), f"{type(error).__name__} reported")
        refused(error)
    for doc in docs:
        check_document(doc)
    return len(docs)


def _one(read, errors: list) -> list:
    try:
        return [read()]
    except FlashpointError as error:
        errors.append(error)
        return []


def parsers(data: bytes) -> int:
    """Run the date resolver and the number and casualty parsers over text; return mentions found."""
    selector, body = split(data)
    text = as_text(body)
    published = as_day(selector, text)
    anchor = published - timedelta(days=selector) if selector & 1 and published.toordinal() > selector else None
    found = 0
    for mention in dates.find_dates(text, published, anchor):
        check(text[mention.start:mention.end] == mention.text, "date text is not the text at its offsets")
        check(mention.role in dates.ROLES, f"role {mention.role!r}")
        check_span(mention.span, published)
        found += 1
    span = dates.resolve_date(text[:200], published, anchor)
    if span is not None:
        check_span(span, published)
    value = casualties.parse_number(text[:200])
    check(value is None or (type(value) is int and value >= 0), f"parse_number gave {value!r}")
    mentions = casualties.find_casualties(text)
    for mention in mentions:
        check(text[mention.start:mention.end] == mention.text, "casualty text is not the text at its offsets")
        check(mention.kind in casualties.KINDS, f"kind {mention.kind!r}")
        check_figures(mention.low, mention.high)
    total = casualties.combine(mentions)
    check_figures(total.low, total.high)
    check_figures(total.injured_low, total.injured_high)
    return found + len(mentions)


def extraction(data: bytes) -> int:
    """Extract events from text end to end (model, mentions, coreference); return records written."""
    from flashpoint.model import Document
    from flashpoint.pipeline import extract_document

    selector, body = split(data)
    text = documents.normalise_text(as_text(body)).strip()
    if not text:
        return 0
    published = as_day(selector, text)
    records = [event.to_record() for event in extract_document(Document("fuzz", text, published))]
    for record in records:
        check_record(record, published)
    return len(records)


def files(data: bytes) -> int:
    """Read bytes as one of the other inputs: gold, predictions, event records, a knowledge file, a feed, a WARC.

    Each is read as its command reads it (eval, chains/dyads, --places/--actors, watch, batch); what
    was read goes on through the step after the reader (scoring, chains and dyads, the gazetteer and
    actor base, the feed item's document). Return how many items came out.
    """
    selector, body = split(data)
    kind = FILE_KINDS[selector % len(FILE_KINDS)]
    errors: list[FlashpointError] = []
    try:
        found = _FILE_READERS[kind](body, errors)
    except FlashpointError as error:
        errors.append(error)
        found = 0
    for error in errors:
        check(isinstance(error, FlashpointError), f"{type(error).__name__} reported")
        refused(error)
    return found


FILE_KINDS = ("gold", "predictions", "records", "places", "actors", "feed", "warc")
_SCRATCH = Path(os.environ.get("TMPDIR", "/tmp")) / f"flashpoint-fuzz-{os.getpid()}"
GOLD_LINE = ('{"doc": {"id": "d1", "text": "x", "published": "2024-01-03"}, "events": [{"id": "e1", "kind": '
             '"event", "event_type": "Battles", "actor1": {"names": ["A"]}, "location": {"names": ["Kano"]}, '
             '"date": {"start": "2024-01-02", "end": "2024-01-02"}, "fatalities": {"low": 2, "high": 3}}]}')


def _scratch(body: bytes, suffix: str) -> str:
    if not _SCRATCH.exists():
        _SCRATCH.mkdir()
        atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
    path = _SCRATCH / f"input{suffix}"
    path.write_bytes(body)
    return str(path)


def _gold(body: bytes, errors: list) -> int:
    from flashpoint.evaluate import evaluate, load_gold, render_report
    gold = load_gold(_scratch(body, ".jsonl"))
    render_report(evaluate(gold, []))
    return len(gold)


def _predictions(body: bytes, errors: list) -> int:
    from flashpoint.evaluate import evaluate, load_gold, load_predictions, render_report
    predicted = load_predictions(_scratch(body, ".jsonl"))
    gold = load_gold(_scratch(GOLD_LINE.encode(), ".gold.jsonl"))
    report = evaluate(gold, predicted)
    render_report(report)
    json.dumps(report.to_dict())
    return len(predicted)


def _records(body: bytes, errors: list) -> int:
    from flashpoint.analysis import read_records
    from flashpoint.analysis.chains import build_chains, render_chains
    from flashpoint.analysis.dyads import dyad_stats, render_dyads
    records = read_records(_scratch(body, ".jsonl"), errors.append)
    render_chains(build_chains(records, inferred=True))
    render_dyads(dyad_stats(records))
    return len(records)


def _knowledge(kind: str):
    def read(body: bytes, errors: list) -> int:
        from flashpoint import knowledge
        entries = list(knowledge.read_user_entries(_scratch(body, ".yaml"), errors.append))
        for entry in entries:
            if kind == "places":
                _own_gazetteer()._add_entry(entry, "fuzz.yaml", "town", errors.append)
            else:
                _own_actor_base()._add_entry(entry, "fuzz.yaml", errors.append)
        return len(entries)
    return read


@functools.lru_cache(maxsize=1)
def _own_gazetteer():
    """Return a gazetteer of this module's own: the fuzzed entries never reach the process-wide one."""
    from flashpoint.resolve.places import Gazetteer
    return Gazetteer(user_files=[])


@functools.lru_cache(maxsize=1)
def _own_actor_base():
    from flashpoint.resolve.actors import ActorBase
    return ActorBase(user_files=[])


def _feed(body: bytes, errors: list) -> int:
    import feedparser

    from flashpoint import watch
    watch.screen_xml(body, "fuzz.xml")
    parsed = feedparser.parse(body)
    reader = watch.Watcher(None, [], on_error=errors.append)
    found = 0
    for entry in parsed.entries:
        entry.pop("link", None)  # an item's page would be fetched: the fetcher is tested on loopback
        doc = reader._document("fuzz.xml", entry, parsed.feed, watch.PollReport())
        if doc is not None:
            check_document(doc)
            found += 1
    return found


def _warc(body: bytes, errors: list) -> int:
    from flashpoint.warc import read_warc
    docs = list(read_warc(_scratch(body, ".warc"), date(2024, 2, 29), errors.append))
    for doc in docs:
        check_document(doc)
    return len(docs)


_FILE_READERS = {"gold": _gold, "predictions": _predictions, "records": _records, "places": _knowledge("places"),
                 "actors": _knowledge("actors"), "feed": _feed, "warc": _warc}
TARGETS = {"readers": readers, "parsers": parsers, "extraction": extraction, "files": files}
