"""Score extracted events against a gold file: detection, fields, links and merges.

The gold format is described in shared/contract/README.md ("Gold files"); the
predictions are contract records (event.schema.json), one a line.

Scoring happens per gold document and per kind. A prediction is considered for
every gold document named in its `sources` or evidence, so a record merged
across reports can match one gold event in each of them; predictions about
documents outside the gold file are ignored, which lets one predictions file be
scored against a dev and a test gold file separately. Such a merged record's
fatalities are compared, in each document, with the figures that document's
report gave (its `per_source` entries): the gold codes one report at a time.

In each document, gold events and predictions are paired by a one-to-one
assignment that first maximises the number of admissible pairs (each is a
correct detection) and then their summed field score. Optional gold events are
paired only after the others, with what is left, so that they can absorb a
prediction (not an extra) but never take one from a required event.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from itertools import combinations, product
from typing import Callable

from flashpoint import jsonlines
from flashpoint.errors import InputError, Messages

KINDS = ("event", "tally")
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "backer", "date", "location",
          "country", "fatalities", "count", "links", "merge")
# Fields that add one point each to a pair's score (date and count add two, below).
SCORED_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities")
# At least two of these must be right for an event pair to count as the same incident.
IDENTITY_FIELDS = ("event_type", "actor1", "actor2", "location")
NEAR_KM = 25.0
EARTH_RADIUS_KM = 6371.0
SENTENCE_CHARS = 160
# Any admissible pair is a correct detection, so the number of pairs must dominate
# the assignment; the field score (at most 12) only chooses among equally many.
DETECTION_WEIGHT = 100
# Belongs in errors.Messages next to BAD_GOLD; kept here until the catalogue has it.
BAD_PREDICTION = ("prediction line is not a flashpoint record ({detail}); "
                  "see shared/contract/event.schema.json")


# ---------------------------------------------------------------- gold and predictions

@dataclass
class GoldDoc:
    """One gold line: the input document and the events a coder found in it."""

    doc: dict
    events: list[dict]
    origin: str | None = None
    line: int | None = None

    @property
    def id(self) -> str:
        """Return the document id."""
        return self.doc["id"]


def load_gold(path) -> list[GoldDoc]:
    """Return the gold documents of a gold JSONL file; InputError (file:line) on a bad line."""
    origin = str(path)
    docs: list[GoldDoc] = []
    for number, text in _read_lines(path):
        obj = _parse_line(text, origin, number, Messages.BAD_GOLD)
        problem = _gold_line_problem(obj)
        if problem:
            raise InputError(Messages.BAD_GOLD.format(detail=problem), origin=origin, line=number)
        docs.append(GoldDoc(doc=obj["doc"], events=obj["events"], origin=origin, line=number))
    if not docs:
        raise InputError(Messages.EMPTY, origin=origin)
    _check_gold_references(docs)
    return docs


def load_predictions(path) -> list[dict]:
    """Return the contract records of a predictions JSONL file; InputError (file:line) on a bad line."""
    origin = str(path)
    records: list[dict] = []
    first_line: dict[str, int] = {}
    for number, text in _read_lines(path):
        obj = _parse_line(text, origin, number, BAD_PREDICTION)
        problem = _prediction_problem(obj)
        if not problem and obj["event_id"] in first_line:
            problem = f"event_id {obj['event_id']!r} repeats line {first_line[obj['event_id']]}"
        if problem:
            raise InputError(BAD_PREDICTION.format(detail=problem), origin=origin, line=number)
        first_line[obj["event_id"]] = number
        records.append(obj)
    return records


def _read_lines(path, on_error: Callable[[InputError], None] | None = None) -> list[tuple[int, str]]:
    """Return the (line number, text) of every non-blank line of a UTF-8 file.

    A line that is too long or not UTF-8 raises InputError (file:line), or goes to `on_error` and is skipped.
    """
    origin, lines = str(path), []
    try:
        with open(path, "rb") as handle:
            for number, raw, size in jsonlines.bounded_lines(handle):
                try:
                    lines.append((number, _line_text(raw, size, origin, number)))
                except InputError as err:
                    if on_error is None:
                        raise
                    on_error(err)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise InputError(Messages.NOT_FOUND, origin=origin) from exc
    except OSError as exc:
        raise InputError(Messages.UNREADABLE.format(detail=exc.strerror or exc), origin=origin) from exc
    return [(number, text) for number, text in lines if text.strip()]


def _line_text(raw: bytes | None, size: int, origin: str, number: int) -> str:
    if raw is None:
        raise InputError(Messages.TOO_LONG.format(what="line", size=size, limit=jsonlines.MAX_LINE_BYTES),
                         origin=origin, line=number)
    try:
        # lines end at "\n" only: str.splitlines would also break at U+2028 inside JSON strings
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Messages.UNDECODABLE, origin=origin, line=number) from exc


def _parse_line(text: str, origin: str, number: int, message: str) -> dict:
    """Return the JSON object on one line; InputError if it is not JSON or not an object."""
    obj = jsonlines.parse_line(text, origin, number)
    if not isinstance(obj, dict):
        raise InputError(message.format(detail="not a JSON object"), origin=origin, line=number)
    return obj


def _gold_line_problem(obj: dict) -> str | None:
    """Return what is wrong with a parsed gold line, or None when it is well formed."""
    doc = obj.get("doc")
    if not isinstance(doc, dict) or not _is_text(doc.get("id")):
        return "'doc' must be an object with a non-empty 'id'"
    if not isinstance(obj.get("events"), list):
        return "'events' must be a list"
    seen: set[str] = set()
    for position, event in enumerate(obj["events"], 1):
        problem = _gold_event_problem(event)
        if not problem and event["id"] in seen:
            problem = f"id {event['id']!r} is used twice"
        if problem:
            label = event.get("id") if isinstance(event, dict) and _is_text(event.get("id")) else f"#{position}"
            return f"event {label}: {problem}"
        seen.add(event["id"])
    return None


def _gold_event_problem(event) -> str | None:
    """Return what is wrong with one gold event, or None when it is well formed."""
    if not isinstance(event, dict):
        return "not an object"
    if not _is_text(event.get("id")) or "/" in event["id"]:
        return "needs an 'id' without '/' ('/' separates a document id from an event id)"
    if event.get("kind") not in KINDS:
        return f"'kind' must be one of {', '.join(KINDS)}"
    for name in ("event_type", "sub_event_type"):
        if not _is_label(event.get(name)):
            return f"'{name}' must be a string, a list of strings or null"
    for name in ("actor1", "actor2"):
        if not _is_gold_actor(event.get(name)):
            return f"'{name}' must be null or an object with a list of 'names'"
    checks = (("date", _gold_date_problem), ("location", _gold_location_problem),
              ("fatalities", _gold_fatalities_problem))
    for name, check in checks:
        problem = check(event.get(name))
        if problem:
            return f"'{name}' {problem}"
    if event.get("count") is not None and not _is_int(event["count"]):
        return "'count' must be an integer or null"
    if not _is_text_list(_or_empty(event.get("responds_to"))):
        return "'responds_to' must be a list of ids"
    if not isinstance(event.get("optional", False), bool):
        return "'optional' must be true or false"
    same_as = event.get("same_as")
    if same_as is not None and not (_is_text(same_as) or _is_text_list(same_as)):
        return "'same_as' must be a 'doc/id' string or a list of them"
    return None


def _gold_date_problem(value) -> str | None:
    """Return what is wrong with a gold date object, or None."""
    if value is None:
        return None
    if not isinstance(value, dict):
        return "must be an object with 'start' and 'end'"
    bounds = [value.get("start"), value.get("end")]
    if any(b is not None and parse_date(b) is None for b in bounds):
        return "has a 'start' or 'end' that is not YYYY-MM-DD"
    start, end = (parse_date(b) for b in bounds)
    if start and end and start > end:
        return "ends before it starts"
    return None


def _gold_location_problem(value) -> str | None:
    """Return what is wrong with a gold location object, or None."""
    if value is None:
        return None
    if not isinstance(value, dict) or not _is_text_list(_or_empty(value.get("names"))):
        return "must be an object with a list of 'names'"
    if (value.get("lat") is None) != (value.get("lon") is None):
        return "needs both 'lat' and 'lon', or neither"
    if value.get("lat") is not None and not (_is_number(value["lat"]) and _is_number(value["lon"])):
        return "has a 'lat' or 'lon' that is not a number"
    return None


def _gold_fatalities_problem(value) -> str | None:
    """Return what is wrong with a gold fatalities object, or None."""
    if value is None:
        return None
    if not isinstance(value, dict) or any(
            value.get(k) is not None and not _is_int(value[k]) for k in ("low", "high")):
        return "must be null or an object with integer (or null) 'low' and 'high'"
    return None


def _check_gold_references(docs: list[GoldDoc]) -> None:
    """Raise InputError at the line of a repeated document or a link to a gold event that does not exist."""
    by_id: dict[str, GoldDoc] = {}
    for doc in docs:
        if doc.id in by_id:
            detail = f"document id {doc.id!r} repeats line {by_id[doc.id].line}"
            raise InputError(Messages.BAD_GOLD.format(detail=detail), origin=doc.origin, line=doc.line)
        by_id[doc.id] = doc
    known = {qualify(doc.id, e["id"]) for doc in docs for e in doc.events}
    for doc in docs:
        for event in doc.events:
            for ref in [*(event.get("responds_to") or []), *_as_list(event.get("same_as"))]:
                target = qualify(doc.id, ref)
                # a document outside this file (the other split) cannot be checked
                if target not in known and split_ref(target)[0] in by_id:
                    detail = f"event {event['id']}: refers to {ref!r}, which is not in the gold file"
                    raise InputError(Messages.BAD_GOLD.format(detail=detail), origin=doc.origin, line=doc.line)


def _prediction_problem(obj: dict) -> str | None:
    """Return what is wrong with a parsed prediction, or None when it can be scored."""
    if not _is_text(obj.get("event_id")):
        return "needs a non-empty 'event_id'"
    if obj.get("kind") not in KINDS:
        return f"'kind' must be one of {', '.join(KINDS)}"
    if not _is_text_list(_or_empty(obj.get("sources"))):
        return "'sources' must be a list of document ids"
    evidence = obj.get("evidence") or []
    if not isinstance(evidence, list) or not all(isinstance(e, dict) for e in evidence):
        return "'evidence' must be a list of objects"
    if not prediction_docs(obj):
        return "names no document in 'sources' or 'evidence'"
    for name in ("actor1", "actor2", "date", "location", "fatalities"):
        if obj.get(name) is not None and not isinstance(obj[name], dict):
            return f"'{name}' must be an object or null"
    for name in ("event_type", "sub_event_type"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            return f"'{name}' must be a string or null"
    when = obj.get("date") or {}
    if any(when.get(k) is not None and parse_date(when[k]) is None for k in ("start", "end")):
        return "'date' has a 'start' or 'end' that is not YYYY-MM-DD"
    if not _is_text_list(_or_empty(obj.get("responds_to"))):
        return "'responds_to' must be a list of event ids"
    return None


def _is_text(value) -> bool:
    """Return whether a value is a non-empty string."""
    return isinstance(value, str) and bool(value.strip())


def _is_text_list(value) -> bool:
    """Return whether a value is a list of non-empty strings."""
    return isinstance(value, list) and all(_is_text(v) for v in value)


def _or_empty(value):
    """Return a value, or an empty list for null (any other empty value stays, to be refused as a wrong type)."""
    return [] if value is None else value


def _is_int(value) -> bool:
    """Return whether a value is an integer (JSON booleans are not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    """Return whether a value is a JSON number."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_label(value) -> bool:
    """Return whether a value is a gold label: a string, a list of strings, or null."""
    return value is None or _is_text(value) or _is_text_list(value)


def _is_gold_actor(value) -> bool:
    """Return whether a value is a gold actor: null or an object with a list of names."""
    return value is None or (isinstance(value, dict) and _is_text_list(_or_empty(value.get("names"))))


def _as_list(value) -> list:
    """Return a value as a list: None is empty, a single item becomes a list of one."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def parse_date(value) -> date | None:
    """Return the date of a YYYY-MM-DD (or ISO datetime) string, or None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def qualify(doc_id: str, ref: str) -> str:
    """Return a gold reference as 'doc/id': a bare id belongs to the document it is written in."""
    return ref if "/" in ref else f"{doc_id}/{ref}"


def split_ref(ref: str) -> tuple[str, str]:
    """Return the (doc id, event id) of a 'doc/id' reference (document ids may hold '/')."""
    doc_id, _, event_id = ref.rpartition("/")
    return doc_id, event_id


def prediction_docs(record: dict) -> set[str]:
    """Return the ids of the documents a predicted record claims to come from."""
    docs = {s for s in _as_list(record.get("sources")) if isinstance(s, str)}
    for item in _as_list(record.get("evidence")):
        if isinstance(item, dict) and isinstance(item.get("doc_id"), str):
            docs.add(item["doc_id"])
    return docs


# ---------------------------------------------------------------- names and fields

# Dots and apostrophes join ("U.S." is "us", "Kata'ib" is "kataib"); any other
# punctuation separates words ("Al-Asad" is "al asad").
_JOINING = re.compile(r"[.'\u2018\u2019`\u00b4]")
_SEPARATING = re.compile(r"[^\w\s]|_")


def normalise_name(name: str) -> str:
    """Return a name casefolded, without accents, punctuation or a leading 'the', spaces collapsed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SEPARATING.sub(" ", _JOINING.sub("", text))
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _singular(normalised: str) -> str:
    """Return a normalised name with a plural 's' dropped from its last word ('militias' -> 'militia')."""
    last = normalised.rsplit(" ", 1)[-1]
    # short words ("us", "gas") and "-ss" words ("press") are not plurals to undo
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        return normalised[:-1]
    return normalised


def _without_article(normalised: str) -> str:
    """Return a normalised name without a leading indefinite article ('an unidentified armed group')."""
    for article in ("a ", "an "):
        if normalised.startswith(article) and len(normalised) > len(article):
            return normalised[len(article):]
    return normalised


def names_match(predicted: str, gold: str) -> bool:
    """Return whether two actor names are the same after normalisation, plural 's' and 'a'/'an' aside."""
    a, b = _without_article(normalise_name(predicted)), _without_article(normalise_name(gold))
    return bool(a) and (a == b or _singular(a) == _singular(b))


@dataclass
class FieldCheck:
    """One scored field of a matched pair: right or wrong, with what was expected and what came."""

    field: str  # the row of the field table it counts in
    correct: bool
    expected: str
    got: str
    label: str = ""  # the name shown with an error, when it says more than `field`

    def __post_init__(self):
        self.label = self.label or self.field


@dataclass
class Judgement:
    """How well a prediction fits a gold event: its field checks, pair score and admissibility."""

    checks: list[FieldCheck]
    date_compatible: bool | None
    score: int
    admissible: bool


def judge(gold: dict, predicted: dict, doc_id: str | None = None) -> Judgement:
    """Return the field checks, score and admissibility of pairing a prediction with a gold event of the
    document `doc_id`."""
    checks = [c for c in _field_checks(gold, predicted, doc_id) if c is not None]
    right = {c.label for c in checks if c.correct}
    compatible = _date_compatible(gold.get("date"), predicted.get("date"))
    score = 2 * (compatible is True) + sum(f in right for f in SCORED_FIELDS) + 2 * ("count" in right)
    return Judgement(checks, compatible, score, compatible is not False and _identifies(gold, checks))


def _identifies(gold: dict, checks: list[FieldCheck]) -> bool:
    """Return whether enough identifying fields are right for the pair to be the same incident."""
    wanted = IDENTITY_FIELDS if gold["kind"] == "event" else ("count", "actor1")
    needed = 2 if gold["kind"] == "event" else 1
    scorable = [c for c in checks if c.label in wanted]
    # a gold event that leaves some of these fields open asks for all the ones it gives
    return sum(c.correct for c in scorable) >= min(needed, len(scorable))


def _field_checks(gold: dict, predicted: dict, doc_id: str | None = None) -> list[FieldCheck | None]:
    """Return every field check of a pair, None for the fields the gold event leaves unscored."""
    return [
        _label_check("event_type", gold.get("event_type"), predicted.get("event_type")),
        _label_check("sub_event_type", gold.get("sub_event_type"), predicted.get("sub_event_type")),
        _actor_check("actor1", gold.get("actor1"), predicted.get("actor1")),
        _actor_check("actor2", gold.get("actor2"), predicted.get("actor2")),
        _backer_check("actor1", gold.get("actor1"), predicted.get("actor1")),
        _backer_check("actor2", gold.get("actor2"), predicted.get("actor2")),
        _date_check(gold.get("date"), predicted.get("date")),
        _location_check(gold.get("location"), predicted.get("location")),
        _country_check(gold.get("location"), predicted.get("location")),
        _fatalities_check(gold.get("fatalities"), reported_fatalities(predicted, doc_id)),
        _count_check(gold, predicted),
    ]


def _label_check(name: str, gold, predicted) -> FieldCheck | None:
    """Return the check of an event or sub-event type: equal to the gold label or one of its list."""
    if gold is None:
        return None
    allowed = _as_list(gold)
    got = predicted if isinstance(predicted, str) else None
    correct = got is not None and got.strip().casefold() in {a.strip().casefold() for a in allowed}
    return FieldCheck(name, correct, " | ".join(allowed), got or "none")


def _actor_check(role: str, gold, predicted) -> FieldCheck | None:
    """Return the check of an actor: its name or text matches one of the gold names."""
    if not isinstance(gold, dict) or not gold.get("names"):
        return None
    said = _actor_names(predicted)
    correct = any(names_match(p, g) for p in said for g in gold["names"])
    return FieldCheck(role, correct, _show_names(gold["names"]), _show_actor(predicted))


def _backer_check(role: str, gold, predicted) -> FieldCheck | None:
    """Return the check of an actor's backer, when the gold actor names one."""
    if not isinstance(gold, dict) or not gold.get("backer"):
        return None
    got = predicted.get("backer") if isinstance(predicted, dict) else None
    correct = isinstance(got, str) and got.casefold() == gold["backer"].casefold()
    return FieldCheck("backer", correct, gold["backer"], got or "none", label=f"{role}.backer")


def _actor_names(actor) -> list[str]:
    """Return the name and the text of a predicted actor, those that are given."""
    if not isinstance(actor, dict):
        return []
    return [v for v in (actor.get("name"), actor.get("text")) if isinstance(v, str) and v.strip()]


def _gold_span(value) -> tuple[date | None, date | None] | None:
    """Return a gold date as (start, end), a missing bound open; None when no date is given."""
    if not isinstance(value, dict):
        return None
    start, end = parse_date(value.get("start")), parse_date(value.get("end"))
    return None if start is None and end is None else (start, end)


def _predicted_span(value) -> tuple[date, date] | None:
    """Return a predicted date as (start, end), one bound standing for both if the other is missing."""
    if not isinstance(value, dict):
        return None
    start, end = parse_date(value.get("start")), parse_date(value.get("end"))
    if start is None and end is None:
        return None
    return (start or end, end or start)


def _date_compatible(gold, predicted) -> bool | None:
    """Return whether the predicted range overlaps the gold one; None when either is unknown."""
    g, p = _gold_span(gold), _predicted_span(predicted)
    if g is None or p is None:
        return None
    return (g[0] is None or p[1] >= g[0]) and (g[1] is None or p[0] <= g[1])


def _date_check(gold, predicted) -> FieldCheck | None:
    """Return the check of a date: the whole predicted range lies inside the gold range."""
    g = _gold_span(gold)
    if g is None:
        return None
    p = _predicted_span(predicted)
    correct = p is not None and (g[0] is None or p[0] >= g[0]) and (g[1] is None or p[1] <= g[1])
    return FieldCheck("date", correct, _show_span(*g), _show_span(*p) if p else "none")


def _location_check(gold, predicted) -> FieldCheck | None:
    """Return the check of a location: the same place by name, or within NEAR_KM, or the same country.

    A gold location without coordinates is an area (a country, a province, "eastern
    Syria"), so a prediction that only claims the country (precision 3) is right there.
    """
    if not isinstance(gold, dict):
        return None
    place = predicted if isinstance(predicted, dict) else {}
    said = {normalise_name(v) for v in (place.get("name"), place.get("text")) if isinstance(v, str)}
    correct = bool(said & {normalise_name(n) for n in gold.get("names") or []})
    if gold.get("lat") is not None:
        if _is_number(place.get("lat")) and _is_number(place.get("lon")):
            correct = correct or _distance_km(gold["lat"], gold["lon"], place["lat"], place["lon"]) <= NEAR_KM
    elif gold.get("country_code") and place.get("precision") == 3:
        correct = correct or _same_code(gold["country_code"], place.get("country_code"))
    return FieldCheck("location", correct, _show_place_gold(gold), _show_place(place))


def _country_check(gold, predicted) -> FieldCheck | None:
    """Return the check of a location's country code, when the gold location gives one."""
    if not isinstance(gold, dict) or not gold.get("country_code"):
        return None
    got = predicted.get("country_code") if isinstance(predicted, dict) else None
    return FieldCheck("country", _same_code(gold["country_code"], got), gold["country_code"], got or "none")


def _same_code(gold: str, predicted) -> bool:
    """Return whether a predicted code equals the gold one, case aside."""
    return isinstance(predicted, str) and predicted.strip().casefold() == gold.strip().casefold()


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def reported_fatalities(predicted: dict, doc_id: str | None) -> dict | None:
    """Return the fatalities a prediction gives for one document: a record merged across reports spans
    every report's figures, but a gold document codes only its own report, so the figures this report gave
    (its `per_source` entries) are the ones compared; the record's own range when it keeps none."""
    own = [p.get("fatalities") for p in predicted.get("per_source") or ()
           if isinstance(p, dict) and p.get("source") == doc_id] if doc_id else []
    if not own:
        return predicted.get("fatalities")
    lows = [f["low"] for f in own if isinstance(f, dict) and f.get("low") is not None]
    highs = [f["high"] for f in own if isinstance(f, dict) and f.get("high") is not None]
    return {"low": min(lows) if lows else None, "high": max(highs) if highs else None}


def _fatalities_check(gold, predicted) -> FieldCheck | None:
    """Return the check of fatalities: the same low and high as the gold figures."""
    if not isinstance(gold, dict):
        return None
    got = predicted if isinstance(predicted, dict) else {}
    correct = got.get("low") == gold.get("low") and got.get("high") == gold.get("high")
    return FieldCheck("fatalities", correct, _show_range(gold), _show_range(got))


def _count_check(gold: dict, predicted: dict) -> FieldCheck | None:
    """Return the check of a tally's count, when the gold tally gives one."""
    if gold["kind"] != "tally" or gold.get("count") is None:
        return None
    got = predicted.get("count")
    return FieldCheck("count", got == gold["count"], str(gold["count"]), "none" if got is None else str(got))


def _show_names(names: list[str], most: int = 3) -> str:
    """Return the first few gold names for a message."""
    shown = " | ".join(names[:most])
    return shown + (f" (+{len(names) - most} more)" if len(names) > most else "")


def _show_actor(actor) -> str:
    """Return a predicted actor as 'name' or 'name ("text")' for a message."""
    if not isinstance(actor, dict) or not actor.get("name"):
        return "none"
    text = actor.get("text")
    return f'{actor["name"]} ("{text}")' if text and text != actor["name"] else actor["name"]


def _show_span(start: date | None, end: date | None) -> str:
    """Return a date range as 'start..end', or one date when they are the same day."""
    if start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '?'}..{end.isoformat() if end else '?'}"


def _show_range(value: dict) -> str:
    """Return fatalities as 'low-high' (or one figure) for a message."""
    low, high = value.get("low"), value.get("high")
    if low is None and high is None:
        return "none"
    return str(low) if low == high else f"{low}-{high}"


def _show_place_gold(gold: dict) -> str:
    """Return a gold location for a message: its names and coordinates."""
    shown = _show_names(gold.get("names") or []) or gold.get("country_code") or "?"
    return shown + (f" @{gold['lat']},{gold['lon']}" if gold.get("lat") is not None else "")


def _show_place(place: dict) -> str:
    """Return a predicted location for a message: name, country, precision and coordinates."""
    if not place.get("name") and place.get("lat") is None:
        return "none"
    shown = f"{place.get('name') or '?'} ({place.get('country_code') or '?'}, precision {place.get('precision')})"
    return shown + (f" @{place['lat']},{place.get('lon')}" if place.get("lat") is not None else "")


# ---------------------------------------------------------------- assignment

def best_assignment(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Return the (row, column) pairs of a maximum-weight one-to-one assignment, zero-weight pairs left out.

    The Hungarian method on the square padding of the matrix; O(n^3), which for
    the few dozen events of a report is instant.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return []
    size = max(rows, cols)
    top = max(max(row) for row in weights)
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0) for j in range(size)] for i in range(size)]
    owner = _hungarian(cost)
    pairs = [(owner[j], j) for j in range(size) if owner[j] < rows and j < cols and weights[owner[j]][j] > 0]
    return sorted(pairs)


def _hungarian(cost: list[list[int]]) -> list[int]:
    """Return, for each column of a square cost matrix, the row assigned to it at minimum total cost."""
    size = len(cost)
    u, v = [0] * (size + 1), [0] * (size + 1)
    owner, way = [0] * (size + 1), [0] * (size + 1)  # 1-based rows; owner[0] is the row being placed
    for row in range(1, size + 1):
        owner[0], col = row, 0
        slack, used = [math.inf] * (size + 1), [False] * (size + 1)
        while owner[col]:
            used[col] = True
            current, delta, nxt = owner[col], math.inf, 0
            for j in range(1, size + 1):
                if used[j]:
                    continue
                reduced = cost[current - 1][j - 1] - u[current] - v[j]
                if reduced < slack[j]:
                    slack[j], way[j] = reduced, col
                if slack[j] < delta:
                    delta, nxt = slack[j], j
            for j in range(size + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            col = nxt
        while col:
            owner[col] = owner[way[col]]
            col = way[col]
    return [owner[j] - 1 for j in range(1, size + 1)]


# ---------------------------------------------------------------- the report

@dataclass
class Counts:
    """True positives, false positives and false negatives, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Return TP / (TP + FP), or None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Return TP / (TP + FN), or None when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall: 0 when either is undefined, None with no items."""
        if not (self.tp or self.fp or self.fn):
            return None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else 0.0

    def add(self, other: Counts) -> None:
        """Add another set of counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict:
        """Return the counts and scores as a JSON-able dict (null where undefined)."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class FieldScore:
    """How many scored judgements of one field were right."""

    correct: int = 0
    scored: int = 0

    @property
    def accuracy(self) -> float | None:
        """Return correct / scored, or None when nothing was scored."""
        return self.correct / self.scored if self.scored else None

    def to_dict(self) -> dict:
        """Return the score as a JSON-able dict."""
        return {"correct": self.correct, "scored": self.scored, "accuracy": self.accuracy}


@dataclass
class Match:
    """A gold event paired with a prediction in one document."""

    doc_id: str
    gold_id: str
    event_id: str
    pred_index: int
    optional: bool
    score: int
    checks: list[FieldCheck] = field(default_factory=list)

    @property
    def gold_ref(self) -> str:
        """Return the gold event as 'doc/id'."""
        return f"{self.doc_id}/{self.gold_id}"


@dataclass
class Miss:
    """A gold event no prediction matched (a false negative)."""

    doc_id: str
    gold_id: str
    kind: str
    event_type: str
    note: str


@dataclass
class Extra:
    """A prediction that matched no gold event in a document (a false positive)."""

    doc_id: str
    event_id: str
    kind: str
    event_type: str
    actors: str
    date: str
    sentence: str


@dataclass
class FieldError:
    """A field of a matched pair that the prediction got wrong."""

    doc_id: str
    gold_id: str
    event_id: str
    field: str
    expected: str
    got: str


@dataclass
class MergeError:
    """Two gold events split over two records though the same incident, or merged though not."""

    error: str  # "split" or "false merge"
    gold_a: str
    gold_b: str
    event_a: str
    event_b: str


@dataclass
class Report:
    """Everything an evaluation found: detection scores, field accuracy, and the cases behind them."""

    counts: dict[str, Counts]
    links: Counts
    fields: dict[str, FieldScore]
    false_merges: int
    documents: int
    considered: int
    ignored: int
    matches: list[Match]
    misses: list[Miss]
    extras: list[Extra]
    field_errors: list[FieldError]
    merge_errors: list[MergeError]

    def to_dict(self) -> dict:
        """Return the report as a JSON-able dict."""
        return {
            "documents": self.documents,
            "predictions": {"considered": self.considered, "ignored": self.ignored},
            "detection": {kind: c.to_dict() for kind, c in self.counts.items()},
            "links": self.links.to_dict(),
            "fields": {name: s.to_dict() for name, s in self.fields.items()},
            "false_merges": self.false_merges,
            "matches": [{"doc_id": m.doc_id, "gold_id": m.gold_id, "event_id": m.event_id,
                         "optional": m.optional, "score": m.score} for m in self.matches],
            "misses": [asdict(m) for m in self.misses],
            "extras": [asdict(e) for e in self.extras],
            "field_errors": [asdict(e) for e in self.field_errors],
            "merge_errors": [asdict(e) for e in self.merge_errors],
        }


# ---------------------------------------------------------------- evaluation

@dataclass
class _GoldIndex:
    """Every gold event by 'doc/id', with the same_as cluster each belongs to."""

    events: dict[str, dict]
    cluster: dict[str, str]  # 'doc/id' -> the smallest 'doc/id' of its cluster
    members: dict[str, list[str]]  # cluster -> its 'doc/id's


def _index_gold(gold: list[GoldDoc]) -> _GoldIndex:
    """Return the gold events by 'doc/id' and the clusters their same_as links form."""
    events = {qualify(doc.id, e["id"]): e for doc in gold for e in doc.events}
    parent = {ref: ref for ref in events}

    def root(ref: str) -> str:
        """Return the representative of a gold event's cluster, shortening the path to it."""
        while parent[ref] != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    for doc in gold:
        for event in doc.events:
            for other in _as_list(event.get("same_as")):
                target = qualify(doc.id, other)
                if target in parent:  # a document outside this file cannot join a cluster here
                    a, b = sorted((root(qualify(doc.id, event["id"])), root(target)))
                    parent[b] = a
    cluster = {ref: root(ref) for ref in events}
    members: dict[str, list[str]] = defaultdict(list)
    for ref, rep in cluster.items():
        members[rep].append(ref)
    return _GoldIndex(events, cluster, dict(members))


def evaluate(gold: list[GoldDoc], predicted: list[dict]) -> Report:
    """Return the report of scoring predicted records against gold documents."""
    index = _index_gold(gold)
    counts = {kind: Counts() for kind in KINDS}
    matches, misses, extras = [], [], []
    by_doc = _predictions_by_document(predicted, {doc.id for doc in gold})
    considered = sorted({i for found in by_doc.values() for i in found})
    for doc in gold:
        candidates = by_doc.get(doc.id, [])
        doc_matches = _match_document(doc, candidates, predicted)
        matches += doc_matches
        misses += _misses(doc, doc_matches, counts)
        extras += _extras(doc, candidates, doc_matches, predicted, counts)
    for m in matches:
        if not m.optional:
            counts[_kind(index.events[m.gold_ref])].tp += 1
    _add_link_checks(matches, index, predicted, considered)
    merge, merge_errors = _merge_score(matches, index)
    fields = _field_scores(matches)
    fields["merge"] = merge
    counts["all"] = _total(counts.values())
    return Report(
        counts=counts,
        links=_link_counts(matches, index, [predicted[i] for i in considered]),
        fields=fields,
        false_merges=sum(e.error == "false merge" for e in merge_errors),
        documents=len(gold),
        considered=len(considered),
        ignored=len(predicted) - len(considered),
        matches=matches,
        misses=misses,
        extras=extras,
        field_errors=_field_errors(matches),
        merge_errors=merge_errors,
    )


def _predictions_by_document(predicted: list[dict], doc_ids: set[str]) -> dict[str, list[int]]:
    """Return, for each gold document, the positions of the predictions that come from it."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(predicted):
        for doc_id in sorted(prediction_docs(record) & doc_ids):
            by_doc[doc_id].append(i)
    return by_doc


def _kind(record: dict) -> str:
    """Return the kind of a gold event or prediction, as text."""
    return str(record.get("kind"))


def _total(counts) -> Counts:
    """Return the sum of several counts."""
    total = Counts()
    for c in counts:
        total.add(c)
    return total


def _match_document(doc: GoldDoc, candidates: list[int], predicted: list[dict]) -> list[Match]:
    """Return the pairs of one document's gold events with its predictions, kind by kind."""
    matches: list[Match] = []
    for kind in KINDS:
        golds = [g for g in doc.events if g["kind"] == kind]
        preds = [i for i in candidates if _kind(predicted[i]) == kind]
        required = _assign(doc, [g for g in golds if not g.get("optional")], preds, predicted)
        taken = {m.pred_index for m in required}
        left = [i for i in preds if i not in taken]
        matches += required + _assign(doc, [g for g in golds if g.get("optional")], left, predicted)
    return matches


def _assign(doc: GoldDoc, golds: list[dict], candidates: list[int], predicted: list[dict]) -> list[Match]:
    """Return the best one-to-one pairs of some gold events with some predictions."""
    table = [[judge(g, predicted[i], doc.id) for i in candidates] for g in golds]
    weights = [[DETECTION_WEIGHT + j.score if j.admissible else 0 for j in row] for row in table]
    return [
        Match(doc.id, golds[r]["id"], str(predicted[candidates[c]].get("event_id")), candidates[c],
              bool(golds[r].get("optional")), table[r][c].score, list(table[r][c].checks))
        for r, c in best_assignment(weights)
    ]


def _misses(doc: GoldDoc, matches: list[Match], counts: dict[str, Counts]) -> list[Miss]:
    """Return the required gold events of a document that nothing matched, counting them as FN."""
    found = {m.gold_id for m in matches}
    out = []
    for g in doc.events:
        if g.get("optional") or g["id"] in found:
            continue
        counts.setdefault(g["kind"], Counts()).fn += 1
        out.append(Miss(doc.id, g["id"], g["kind"], _show_type(g), g.get("note") or ""))
    return out


def _extras(doc: GoldDoc, candidates: list[int], matches: list[Match], predicted: list[dict],
            counts: dict[str, Counts]) -> list[Extra]:
    """Return the predictions of a document that matched nothing, counting them as FP."""
    used = {m.pred_index for m in matches}
    out = []
    for i in candidates:
        if i in used:
            continue
        p = predicted[i]
        counts.setdefault(_kind(p), Counts()).fp += 1
        span = _predicted_span(p.get("date"))
        actors = f"{_show_actor(p.get('actor1'))} -> {_show_actor(p.get('actor2'))}"
        out.append(Extra(doc.id, str(p.get("event_id")), _kind(p), _show_type(p), actors,
                         _show_span(*span) if span else "none", _evidence_sentence(p, doc)))
    return out


def _show_type(record: dict) -> str:
    """Return 'event type / sub-event type' of a record, lists joined by '|'."""
    parts = [" | ".join(_as_list(record.get(k))) for k in ("event_type", "sub_event_type")]
    return " / ".join(p for p in parts if p) or record.get("kind", "")


def _evidence_sentence(record: dict, doc: GoldDoc) -> str:
    """Return the first evidence sentence of a record in a document, shortened to SENTENCE_CHARS."""
    evidence = [e for e in _as_list(record.get("evidence")) if isinstance(e, dict)]
    here = [e for e in evidence if e.get("doc_id") == doc.id] or evidence
    if not here:
        return ""
    first = here[0]
    text = first.get("sentence")
    if not isinstance(text, str) and _is_int(first.get("start")) and _is_int(first.get("end")):
        text = doc.doc.get("text", "")[first["start"]:first["end"]]
    text = " ".join((text or "").split())
    return text if len(text) <= SENTENCE_CHARS else text[:SENTENCE_CHARS - 1].rstrip() + "…"


def _field_scores(matches: list[Match]) -> dict[str, FieldScore]:
    """Return per-field accuracy over the matched pairs of required gold events."""
    scores = {name: FieldScore() for name in FIELDS}
    for m in matches:
        if m.optional:
            continue
        for c in m.checks:
            scores[c.field].scored += 1
            scores[c.field].correct += c.correct
    return scores


def _field_errors(matches: list[Match]) -> list[FieldError]:
    """Return the wrong fields of the matched pairs of required gold events."""
    return [FieldError(m.doc_id, m.gold_id, m.event_id, c.label, c.expected, c.got)
            for m in matches if not m.optional for c in m.checks if not c.correct]


# ---------------------------------------------------------------- links and merges

def _gold_link_targets(ref: str, index: _GoldIndex, matched: set[str]) -> set[str]:
    """Return the clusters that a gold event's incident responds to, over every report of it.

    A link to an optional event nothing matched cannot be predicted, and a link to a
    document outside this gold file cannot be checked: both are left out.
    """
    targets = set()
    for member in index.members[index.cluster[ref]]:
        doc_id = split_ref(member)[0]
        for target in index.events[member].get("responds_to") or []:
            target = qualify(doc_id, target)
            if target in index.events and (target in matched or not index.events[target].get("optional")):
                targets.add(index.cluster[target])
    return targets


def _predicted_link_targets(record: dict, to_gold: dict[str, set[str]], scored_ids: set[str],
                            index: _GoldIndex) -> set[str]:
    """Return the clusters a prediction's responds_to points at, through the matching.

    A target that matched no gold event stays as '?event_id', a link nothing can
    confirm; a target outside the scored documents is left out.
    """
    targets = set()
    for target in _as_list(record.get("responds_to")):
        if target not in scored_ids:
            continue
        golds = to_gold.get(target)
        targets |= {index.cluster[g] for g in golds} if golds else {f"?{target}"}
    return targets


def _matching_maps(matches: list[Match]) -> tuple[dict[str, set[str]], set[str]]:
    """Return the gold events each predicted event_id matched, and the set of matched gold events."""
    to_gold: dict[str, set[str]] = defaultdict(set)
    for m in matches:
        to_gold[m.event_id].add(m.gold_ref)
    return to_gold, {m.gold_ref for m in matches}


def _add_link_checks(matches: list[Match], index: _GoldIndex, predicted: list[dict],
                     considered: list[int]) -> None:
    """Add a links check to each matched pair whose gold or prediction has responds_to."""
    to_gold, matched = _matching_maps(matches)
    scored_ids = {str(predicted[i].get("event_id")) for i in considered}
    for m in matches:
        expected = _gold_link_targets(m.gold_ref, index, matched)
        got = _predicted_link_targets(predicted[m.pred_index], to_gold, scored_ids, index)
        if expected or got:
            m.checks.append(FieldCheck("links", expected == got, _show_refs(expected, m.doc_id),
                                       _show_refs(got, m.doc_id)))


def _link_counts(matches: list[Match], index: _GoldIndex, scored: list[dict]) -> Counts:
    """Return link precision and recall: gold (event, target) pairs against predicted ones."""
    to_gold, matched = _matching_maps(matches)
    scored_ids = {str(p.get("event_id")) for p in scored}
    gold_pairs = {(index.cluster[ref], target)
                  for ref, event in index.events.items()
                  if ref in matched or not event.get("optional")
                  for target in _gold_link_targets(ref, index, matched)}
    predicted_pairs = set()
    for record in scored:
        event_id = str(record.get("event_id"))
        sources = {index.cluster[g] for g in to_gold.get(event_id, ())} or {f"?{event_id}"}
        targets = _predicted_link_targets(record, to_gold, scored_ids, index)
        predicted_pairs |= set(product(sources, targets))
    return Counts(tp=len(gold_pairs & predicted_pairs), fp=len(predicted_pairs - gold_pairs),
                  fn=len(gold_pairs - predicted_pairs))


def _show_refs(refs: set[str], doc_id: str) -> str:
    """Return link targets for a message, the document's own events by bare id."""
    shown = [r[len(doc_id) + 1:] if r.startswith(doc_id + "/") else r for r in sorted(refs)]
    return ", ".join(shown) or "none"


def _merge_score(matches: list[Match], index: _GoldIndex) -> tuple[FieldScore, list[MergeError]]:
    """Return how many same-incident pairs share a record, and the splits and false merges.

    A pair counts when both gold events (of one same_as cluster, in two documents)
    are matched; it is right when both matched the same event_id. Matched gold
    events of different clusters that share an event_id are false merges.
    """
    by_gold = {m.gold_ref: m for m in matches if not m.optional}
    score, errors = FieldScore(), []
    for members in index.members.values():
        for a, b in combinations(sorted(r for r in members if r in by_gold), 2):
            if split_ref(a)[0] == split_ref(b)[0]:
                continue
            score.scored += 1
            if by_gold[a].event_id == by_gold[b].event_id:
                score.correct += 1
            else:
                errors.append(MergeError("split", a, b, by_gold[a].event_id, by_gold[b].event_id))
    by_event: dict[str, list[str]] = defaultdict(list)
    for ref, m in by_gold.items():
        by_event[m.event_id].append(ref)
    for event_id, refs in by_event.items():
        for a, b in combinations(sorted(refs), 2):
            if index.cluster[a] != index.cluster[b]:
                errors.append(MergeError("false merge", a, b, event_id, event_id))
    return score, errors


# ---------------------------------------------------------------- rendering

def render_report(report: Report, summary_only: bool = False) -> str:
    """Return the report as plain text: scores and field accuracy, then misses, extras and errors."""
    parts = [_render_headline(report), _render_fields(report)]
    if not summary_only:
        parts += [_render_misses(report), _render_extras(report), _render_field_errors(report),
                  _render_merge_errors(report)]
    return "\n\n".join(p for p in parts if p) + "\n"


def _percent(value: float | None) -> str:
    """Return a ratio as a percentage with one decimal, or 'n/a'."""
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _table(header: list[str], rows: list[list[str]]) -> str:
    """Return rows as an aligned text table: the first column left, the others right."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _render_headline(report: Report) -> str:
    """Return the detection table: TP, FP, FN, precision, recall and F1 per kind, overall and for links."""
    rows = [[name, c.tp, c.fp, c.fn, _percent(c.precision), _percent(c.recall), _percent(c.f1)]
            for name, c in [*report.counts.items(), ("links", report.links)]]
    intro = (f"{report.documents} gold document(s); {report.considered} prediction(s) scored, "
             f"{report.ignored} about other documents ignored")
    return intro + "\n\n" + _table(["kind", "TP", "FP", "FN", "precision", "recall", "F1"], rows)


def _render_fields(report: Report) -> str:
    """Return the per-field accuracy table over matched pairs, with the false-merge count."""
    rows = [[name, s.correct, s.scored, _percent(s.accuracy)] for name, s in report.fields.items()]
    table = _table(["field", "correct", "scored", "accuracy"], rows)
    return (f"Field accuracy (matched, non-optional gold events)\n{table}\n"
            f"false merges (different incidents in one record): {report.false_merges}")


def _render_misses(report: Report) -> str:
    """Return the list of gold events nothing matched."""
    lines = [f"Misses: {len(report.misses)} gold event(s) not found"]
    for m in report.misses:
        lines.append(f"  {m.doc_id} {m.gold_id}  {m.kind}: {m.event_type}" + (f"  - {m.note}" if m.note else ""))
    return "\n".join(lines)


def _render_extras(report: Report) -> str:
    """Return the list of predictions that matched nothing, with their sentences."""
    lines = [f"Extras: {len(report.extras)} prediction(s) matching no gold event"]
    for e in report.extras:
        lines.append(f"  {e.doc_id} {e.event_id}  {e.kind}: {e.event_type}  {e.actors}  {e.date}")
        if e.sentence:
            lines.append(f'      "{e.sentence}"')
    return "\n".join(lines)


def _render_field_errors(report: Report) -> str:
    """Return the list of wrong fields in matched pairs."""
    lines = [f"Field errors: {len(report.field_errors)}"]
    for e in report.field_errors:
        lines.append(f"  {e.doc_id} {e.gold_id} ({e.event_id}) {e.field}: expected {e.expected}; got {e.got}")
    return "\n".join(lines)


def _render_merge_errors(report: Report) -> str:
    """Return the list of split incidents and false merges, when there are any."""
    if not report.merge_errors:
        return ""
    lines = [f"Merge errors: {len(report.merge_errors)}"]
    for e in report.merge_errors:
        records = e.event_a if e.event_a == e.event_b else f"{e.event_a} / {e.event_b}"
        lines.append(f"  {e.error}: {e.gold_a} + {e.gold_b} -> {records}")
    return "\n".join(lines)
