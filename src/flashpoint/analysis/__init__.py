"""Analysis over extracted event records: action-reaction chains and dyads (`chains`, `dyads`).

Both read the records `flashpoint extract` writes (one JSON object a line), via `read_records`.
"""
from __future__ import annotations

from typing import Callable

from flashpoint import jsonlines
from flashpoint.errors import InputError

BAD_RECORD = "line is not an event record ({detail}); give the JSONL that `flashpoint extract` writes"


def read_records(path: str, on_error: Callable[[InputError], None] | None = None) -> list[dict]:
    """Return the event records of a JSONL file; a bad line goes to `on_error` (file:line) and is skipped.

    Without `on_error` the first bad line raises InputError. A repeated event_id keeps its first line.
    """
    from flashpoint.evaluate import _read_lines  # the one reader of JSONL lines with file errors

    records, seen = [], set()
    for number, line in _read_lines(path, on_error):
        try:
            obj = jsonlines.parse_line(line, str(path), number)
            problem = _problem(obj)
            if problem is None and obj["event_id"] in seen:
                problem = f"event_id {obj['event_id']!r} repeats an earlier line"
            if problem is not None:
                raise InputError(BAD_RECORD.format(detail=problem), origin=str(path), line=number)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        seen.add(obj["event_id"])
        records.append(obj)
    return records


def _problem(obj) -> str | None:
    if not isinstance(obj, dict):
        return "not a JSON object"
    if not isinstance(obj.get("event_id"), str):
        return "no 'event_id'"
    if not isinstance(obj.get("date"), dict):
        return "no 'date' object"
    for key in ("responds_to", "responds_to_inferred", "evidence"):
        if not isinstance(obj.get(key, []), list):
            return f"'{key}' is not a list"
    for key in ("actor1", "actor2", "location", "fatalities"):
        if obj.get(key) is not None and not isinstance(obj[key], dict):
            return f"'{key}' is not an object"
    return None


def day(record: dict):
    """Return the start date of a record as a datetime.date, or None."""
    from datetime import date
    start = (record.get("date") or {}).get("start")
    try:
        return date.fromisoformat(start) if start else None
    except (TypeError, ValueError):
        return None


def actor_name(actor: dict | None) -> str:
    """Return an actor's display name ('?' for none)."""
    return (actor or {}).get("name") or "?"


def killed(record: dict) -> int:
    """Return the conservative fatality figure of a record (0 when none is given)."""
    low = (record.get("fatalities") or {}).get("low")
    return low if isinstance(low, int) and low > 0 else 0
