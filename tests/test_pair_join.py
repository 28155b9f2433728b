"""The learned pair join (resolve/pair_join.py): relational features of two events of one report read what
the text says, scores are deterministic, grouping never chains loose pairs, and the join folds the
clusters of a report into one incident the way coreference does (evidence of both, one record, tallies
untouched), only when asked for."""
from __future__ import annotations

import json
import math
from datetime import date
from importlib import resources

import pytest

from flashpoint.extract.mentions import read_report
from flashpoint.extract.mentions import resources as extraction_resources
from flashpoint.model import Document
from flashpoint.pipeline import candidate_events, events_of, extract_document, report_clusters
from flashpoint.resolve import pair_join as pj

TWO_INCIDENTS = (
    "Suspected militants ambushed a police patrol near the town of Mandera in northeastern Kenya on Tuesday, "
    "killing four officers, officials said. Separately, soldiers clashed with cattle raiders in Turkana county "
    "on Saturday, leaving two raiders dead. The police convoy had been travelling to the border when the "
    "assailants opened fire, a spokesman said.")
WITH_TALLY = (
    "Rebels have carried out 40 attacks on army posts in the province since January, the governor said. "
    "On Sunday rebels shelled an army post in Beni, killing three soldiers. "
    "Separately, gunmen abducted eleven farmers near Butembo on Wednesday.")


@pytest.fixture(scope="module")
def two(parse):
    document = Document("ke-two", TWO_INCIDENTS, date(2024, 5, 9))
    return document, parse(TWO_INCIDENTS)


def _features(document, sdoc):
    reading = read_report(document, sdoc, extraction_resources())
    clusters, own = report_clusters(document, reading)
    events = events_of(clusters, document, reading, sdoc)
    return events, pj.pair_features(events, clusters, own)


def test_features_of_two_incidents_say_two_days_two_places_two_doers(two):
    events, feats = _features(*two)
    assert [e.kind for e in events] == ["event", "event"]
    f = feats[(0, 1)]
    assert "days=two_days" in f and "days=3" in f  # Tuesday and the Saturday before
    assert "place=other" in f and "place=same" not in f
    assert "own_date=11" in f and "own_place=11" in f  # each sentence reads its own day and place
    assert "sent_gap=1" in f and "sentence=shared" not in f
    assert "type=same" in f and "toll=later_less" in f  # two battles; four dead, then two
    assert "linked" not in f


def test_features_of_an_incident_told_twice(parse):
    text = ("Gunmen stormed a hotel in Mogadishu on Friday, killing nine people, police said. "
            "Officials said the death toll in the attack on the Mogadishu hotel had risen to 12.")
    document = Document("so-hotel", text, date(2024, 8, 3))
    events, feats = _features(document, parse(text))
    if len(events) < 2:  # coreference already told them one incident: nothing left to pair
        assert feats == {}
        return
    f = feats[(0, 1)]
    assert "place=same" in f and "days=overlap" in f


def test_tallies_are_never_paired(parse):
    document = Document("cd-tally", WITH_TALLY, date(2024, 6, 12))
    events, feats = _features(document, parse(WITH_TALLY))
    tallies = {i for i, e in enumerate(events) if e.kind == "tally"}
    assert tallies and not any(i in tallies or j in tallies for i, j in feats)


def test_scores_and_features_are_deterministic(two):
    model = pj.PairModel({"place=other": -2.0, "days=two_days": -1.5, "type=same": 0.7}, 0.3, 0.5, True)
    runs = []
    for _ in range(2):
        events, feats = _features(*two)
        runs.append({p: (tuple(f), model.score(f)) for p, f in feats.items()})
    assert runs[0] == runs[1]
    score = runs[0][(0, 1)][1]
    assert score == pytest.approx(1 / (1 + math.exp(2.5)))  # 0.3 - 2.0 - 1.5 + 0.7, each feature once


def test_shipped_model_loads_from_its_data_file():
    model = pj.shipped_model()
    raw = json.loads(resources.files("flashpoint").joinpath("data", pj.MODEL_FILE).read_text(encoding="utf-8"))
    assert model.weights == raw["weights"] and model.bias == raw["bias"]
    assert model.threshold == raw["threshold"] and model.enabled is raw["enabled"]


def test_groups_join_sure_pairs_and_never_chain_loose_ones():
    # 0-1 and 1-2 are sure, 0-2 is not: 1 joins 0 (the surer pair) and 2 stays alone
    scores = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.1, (0, 3): 0.2, (1, 3): 0.2, (2, 3): 0.2}
    assert pj.groups(scores, 4, 0.5) == [[0, 1], [2], [3]]
    # all three sure: one incident
    scores[(0, 2)] = 0.7
    assert pj.groups(scores, 4, 0.5) == [[0, 1, 2], [3]]
    assert pj.groups(scores, 4, 0.95) == [[0], [1], [2], [3]]
    # an index no pair names (a tally) stays alone
    assert pj.groups({(0, 2): 0.9}, 3, 0.5) == [[0, 2], [1]]


def test_join_folds_clusters_into_one_incident_only_when_asked(two, monkeypatch):
    document, sdoc = two
    apart, _ = candidate_events(document, sdoc)
    monkeypatch.setattr(pj, "shipped_model", lambda: pj.PairModel({}, 30.0, 0.5, False))
    # the model says to join everything, but it is off by default and candidate_events never joins unasked
    assert [e.event_id for e in extract_document(document, sdoc)] == [e.event_id for e in apart]
    assert [e.event_id for e in candidate_events(document, sdoc)[0]] == [e.event_id for e in apart]
    joined, clusters = candidate_events(document, sdoc, pair_join=True)
    assert len(joined) == len(clusters) == 1
    e = joined[0]
    assert e.sources == ["ke-two"]
    assert sorted(x.start for x in e.evidence) == sorted(x.start for a in apart for x in a.evidence)
    assert e.date.start == apart[0].date.start  # the first incident's day, as coreference keeps it
    assert e.fatalities.low is not None
    # asked for with a model that joins nothing: the same events
    monkeypatch.setattr(pj, "shipped_model", lambda: pj.PairModel({}, -30.0, 0.5, True))
    assert [x.event_id for x in candidate_events(document, sdoc, pair_join=True)[0]] == [x.event_id for x in apart]
    assert [x.event_id for x in extract_document(document, sdoc)] == [x.event_id for x in apart]


def test_join_keeps_tallies_apart(parse, monkeypatch):
    document = Document("cd-tally", WITH_TALLY, date(2024, 6, 12))
    sdoc = parse(WITH_TALLY)
    apart, _ = candidate_events(document, sdoc)
    monkeypatch.setattr(pj, "shipped_model", lambda: pj.PairModel({}, 30.0, 0.5, True))
    joined = extract_document(document, sdoc)
    assert [e.kind for e in joined].count("tally") == [e.kind for e in apart].count("tally")
    assert [e.kind for e in joined].count("event") == 1 < [e.kind for e in apart].count("event")


def test_extract_passes_the_flag_through(monkeypatch):
    from flashpoint.pipeline import extract
    document = Document("ke-two", TWO_INCIDENTS, date(2024, 5, 9))
    monkeypatch.setattr(pj, "shipped_model", lambda: pj.PairModel({}, 30.0, 0.5, False))
    assert len(list(extract([document], merge=False))) == 2  # off by default
    assert len(list(extract([document], merge=False, pair_join=True))) == 1
    assert len(list(extract([document], merge=False, pair_join=False, event_filter=False))) == 2
