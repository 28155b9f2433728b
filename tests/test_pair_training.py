"""Labels of the learned pair join (resolve/pair_training.py): each event of a report gets the gold event the
evaluator matches it with, an extra the gold event it would match best, and none where no gold event admits
it; a pair is one incident only when both have the same gold event."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.evaluate import GoldDoc
from flashpoint.model import Document
from flashpoint.pipeline import candidate_events
from flashpoint.resolve import pair_training as pt

TEXT = (
    "Suspected militants ambushed a police patrol near the town of Mandera in northeastern Kenya on Tuesday, "
    "killing four officers, officials said. Separately, soldiers clashed with cattle raiders in Turkana county "
    "on Saturday, leaving two raiders dead.")
AMBUSH = {"id": "g1", "kind": "event", "event_type": "Battles", "actor1": {"names": ["Militants"]},
          "date": {"start": "2024-05-07", "end": "2024-05-07"},
          "location": {"name": "Mandera", "country_code": "KEN", "lat": 3.94, "lon": 41.86}}
CLASH = {"id": "g2", "kind": "event", "event_type": "Battles", "actor2": {"names": ["Cattle raiders", "Militants"]},
         "date": {"start": "2024-05-04", "end": "2024-05-04"},
         "location": {"name": "Turkana", "country_code": "KEN"}}


@pytest.fixture(scope="module")
def events(parse):
    document = Document("ke-labels", TEXT, date(2024, 5, 9))
    found, _ = candidate_events(document, parse(TEXT))
    assert [e.kind for e in found] == ["event", "event"]
    return found


def _gold(*events) -> GoldDoc:
    return GoldDoc({"id": "ke-labels", "text": TEXT}, [dict(e) for e in events])


def test_each_event_gets_its_gold_event(events):
    assert pt.gold_labels(_gold(AMBUSH, CLASH), events) == ["g1", "g2"]


def test_an_event_no_gold_event_admits_gets_none(events):
    # the clash is two days, a town and both sides away from the only gold event: no label, never a pair
    assert pt.gold_labels(_gold(AMBUSH), events) == ["g1", None]


def test_an_extra_gets_the_gold_event_another_record_matched(events):
    # a gold event that gives only a type and a week admits both: the one left over would match it too
    week = {"id": "w", "kind": "event", "event_type": "Battles", "date": {"start": "2024-05-01", "end": "2024-05-08"}}
    assert pt.gold_labels(_gold(week), events) == ["w", "w"]
