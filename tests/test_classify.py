"""Event type and sub-event type: the construction suite (tests/data/types_suite.yaml).

Short reports of our own, one per way news tells what kind of incident happened, grouped by the cause of
error they probe (who was hit, suicide or planted bomb, missile or aircraft, who seized people, mob or
demonstration, protest met with force, interceptions, territory, property, bases, groups, the rest of the
taxonomy). Each report is extracted end to end; its first event (or the one at `place`) must carry the
expected event_type and sub_event_type. Every ACLED sub-event type is expected by at least one case.

`python tests/test_classify.py` prints the pass rate by cause and every failure.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from flashpoint.model import Document
from flashpoint.pipeline import extract_document

SUITE = Path(__file__).resolve().parent / "data" / "types_suite.yaml"
PUBLISHED = date(2024, 3, 14)


@lru_cache(maxsize=1)
def cases() -> list[dict]:
    return yaml.safe_load(SUITE.read_text(encoding="utf-8"))


def _options(value) -> list:
    return value if isinstance(value, list) else [value]


def _letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalnum() and c.isascii())


def checked_event(case: dict, events: list):
    """Return the event a case is about: the one at its place, else the first the report tells."""
    events = [e for e in events if e.kind == "event"]
    if case.get("place"):
        events = [e for e in events if e.location is not None and e.location.name
                  and _letters(e.location.name).startswith(_letters(case["place"])[:4])]
    return min(events, key=lambda e: min(ev.start for ev in e.evidence), default=None)


def wrong(case: dict, events: list) -> str | None:
    """Return what is wrong with the case's event (None when its type and sub-type are right)."""
    e = checked_event(case, events)
    if e is None:
        return f"no event{' at ' + case['place'] if case.get('place') else ''}"
    want = case["expect"]
    if e.event_type in _options(want["event_type"]) and e.sub_event_type in _options(want["sub_event_type"]):
        return None
    return f"got {e.event_type} / {e.sub_event_type}"


@pytest.fixture(scope="module")
def suite_events(nlp):
    """Return case id -> the events of that report, every report parsed in one `nlp.pipe` run."""
    docs = [Document(id=c["id"], text=c["text"], published=PUBLISHED) for c in cases()]
    return {d.id: extract_document(d, sdoc) for d, sdoc in zip(docs, nlp.pipe(d.text for d in docs))}


def test_the_suite_covers_every_sub_event_type():
    expected = {s for c in cases() for s in _options(c["expect"]["sub_event_type"])}
    assert ACLED_SUB_EVENT_TYPES <= expected, ACLED_SUB_EVENT_TYPES - expected
    assert len({c["id"] for c in cases()}) == len(cases())
    assert len({c["text"] for c in cases()}) == len(cases())


ACLED_SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=c["xfail"], strict=True)] if c.get("xfail") else [])
    for c in cases()])
def test_types_suite(case, suite_events):
    """The report's event has the type and sub-type the codebook gives it."""
    problem = wrong(case, suite_events[case["id"]])
    assert problem is None, f"{case['text']}\n{problem}, wanted {case['expect']}"


def _report() -> None:
    from flashpoint import nlp as seam
    nlp = seam.load()
    docs = [Document(id=c["id"], text=c["text"], published=PUBLISHED) for c in cases()]
    events = {d.id: extract_document(d, sdoc) for d, sdoc in zip(docs, nlp.pipe(d.text for d in docs))}
    total, passed = Counter(), Counter()
    failures = []
    for c in cases():
        problem = wrong(c, events[c["id"]])
        total[c["cause"]] += 1
        passed[c["cause"]] += problem is None
        if problem is not None:
            failures.append(f"  FAIL {c['id']}{' (xfail)' if c.get('xfail') else ''}: {problem}, wanted "
                            f"{c['expect']['event_type']} / {c['expect']['sub_event_type']}")
    for cause in total:
        print(f"  {cause:24} {passed[cause]:3}/{total[cause]:3}")
    print(f"passed {sum(passed.values())}/{len(cases())}")
    print("\n".join(failures))


if __name__ == "__main__":
    _report()
