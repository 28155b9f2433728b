"""Tests of the evaluator: gold loading, matching, field scores, links, merges and the report."""
from __future__ import annotations

import copy
import json
from datetime import date
from itertools import permutations
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.errors import InputError
from flashpoint.evaluate import (
    FIELDS,
    best_assignment,
    evaluate,
    load_gold,
    load_predictions,
    names_match,
    normalise_name,
    render_report,
)

# CI links the shared folder next to the clone, so it is found the same way from both.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "gold" / "seed.jsonl"
SCHEMA = SHARED / "contract" / "event.schema.json"
needs_shared = pytest.mark.skipif(not SEED.exists(), reason="shared/gold/seed.jsonl is not next to the repo")


# ---------------------------------------------------------------- building predictions from gold

def _first(value):
    """Return the first answer a gold label or name list allows."""
    return value[0] if isinstance(value, list) else value


def _midpoint(span: dict | None) -> str | None:
    """Return the middle day of a gold date range."""
    if not span:
        return None
    start, end = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
    return date.fromordinal((start.toordinal() + end.toordinal()) // 2).isoformat()


def _actor(gold_actor: dict | None) -> dict | None:
    """Return a predicted actor built from a gold one: its first name, code and backer."""
    if not gold_actor:
        return None
    return {"name": gold_actor["names"][0], "country_code": gold_actor.get("country_code"),
            "backer": gold_actor.get("backer"), "text": gold_actor["names"][0]}


def _location(gold_place: dict | None) -> dict:
    """Return a predicted location built from a gold one (precision 3 where gold has no point)."""
    if not gold_place:
        return {"name": None, "country_code": None, "lat": None, "lon": None, "precision": None}
    has_point = gold_place.get("lat") is not None
    return {"name": gold_place["names"][0], "country_code": gold_place.get("country_code"),
            "lat": gold_place.get("lat"), "lon": gold_place.get("lon"), "precision": 1 if has_point else 3}


def event_id(doc_id: str, gold_id: str) -> str:
    """Return the event id the tests give the prediction of a gold event."""
    return f"p-{doc_id}-{gold_id}"


def predict(doc_id: str, gold: dict, sentence: str | None = None) -> dict:
    """Return a contract record that gets every field of a gold event right.

    The contract wants an event_type on every record; where the gold leaves it
    open (tallies), any type will do since it is not scored.
    """
    fatalities = gold.get("fatalities") or {"low": None, "high": None}
    day = _midpoint(gold.get("date"))
    return {
        "event_id": event_id(doc_id, gold["id"]),
        "kind": gold["kind"],
        "event_type": _first(gold.get("event_type")) or "Explosions/Remote violence",
        "sub_event_type": _first(gold.get("sub_event_type")),
        "actor1": _actor(gold.get("actor1")),
        "actor2": _actor(gold.get("actor2")),
        "date": {"start": day, "end": day, "precision": "day", "text": None},
        "location": _location(gold.get("location")),
        "fatalities": {"low": fatalities["low"], "high": fatalities["high"]},
        "count": gold.get("count"),
        "responds_to": [event_id(doc_id, r) for r in gold.get("responds_to") or []],
        "evidence": [{"doc_id": doc_id, "start": 0, "end": 10,
                      "sentence": sentence or f"The sentence that reports {gold['id']}."}],
        "sources": [doc_id],
        "confidence": 0.9,
    }


def predict_all(gold_docs, skip=()) -> list[dict]:
    """Return perfect predictions for every gold event except the ids in `skip`."""
    return [predict(doc.id, g) for doc in gold_docs for g in doc.events if g["id"] not in skip]


def by_id(records: list[dict], doc_id: str, gold_id: str) -> dict:
    """Return the record predicted for one gold event."""
    return next(r for r in records if r["event_id"] == event_id(doc_id, gold_id))


def write_jsonl(path: Path, rows) -> Path:
    """Write rows (objects, or raw strings) one a line and return the path."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def seed():
    """Return the seed gold file, loaded."""
    if not SEED.exists():
        pytest.skip("shared/gold/seed.jsonl is not next to the repo")
    return load_gold(SEED)


# ---------------------------------------------------------------- the seed file, perfect and damaged

def test_seed_gold_loads(seed):
    assert [doc.id for doc in seed] == ["seed-000"]
    assert [e["id"] for e in seed[0].events] == ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "o1"]
    assert seed[0].line == 1


@needs_shared
def test_predictions_built_from_gold_follow_the_contract(seed):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for record in predict_all(seed):
        jsonschema.validate(record, schema)


def test_perfect_prediction_scores_full_marks(seed):
    report = evaluate(seed, predict_all(seed, skip={"o1"}))
    for kind in ("event", "tally", "all"):
        assert report.counts[kind].f1 == 1.0
        assert report.counts[kind].fp == report.counts[kind].fn == 0
    assert (report.counts["event"].tp, report.counts["tally"].tp) == (6, 1)
    for name in FIELDS:
        score = report.fields[name]
        assert score.correct == score.scored, name
    scored = {name for name in FIELDS if report.fields[name].scored}
    assert scored == set(FIELDS) - {"merge"}  # the seed has no same_as
    assert report.fields["fatalities"].scored == 1  # only g4 gives a figure
    assert report.links.f1 == 1.0
    assert not (report.misses or report.extras or report.field_errors or report.merge_errors)


def test_missing_event_is_a_false_negative_listed_with_its_note(seed):
    report = evaluate(seed, predict_all(seed, skip={"g4", "o1"}))
    assert (report.counts["event"].tp, report.counts["event"].fn) == (5, 1)
    assert report.counts["all"].recall == pytest.approx(6 / 7)
    assert report.counts["all"].precision == 1.0
    [miss] = report.misses
    assert (miss.doc_id, miss.gold_id, miss.kind) == ("seed-000", "g4", "event")
    assert "eastern Syria" in miss.note
    text = render_report(report)
    assert "g4" in text and "at least six and possibly seven" in text


def test_extra_prediction_is_a_false_positive_with_its_sentence(seed):
    sentence = "Protesters rioted outside the embassy in Baghdad on Wednesday, " * 5
    riot = {**predict("seed-000", seed[0].events[0], sentence=sentence), "event_id": "extra-1",
            "event_type": "Riots", "sub_event_type": "Violent demonstration",
            "actor1": {"name": "Rioters"}, "actor2": {"name": "Embassy guards"},
            "location": {"name": "Baghdad", "country_code": "IRQ", "lat": 33.3, "lon": 44.4, "precision": 1}}
    report = evaluate(seed, predict_all(seed, skip={"o1"}) + [riot])
    assert (report.counts["event"].tp, report.counts["event"].fp) == (6, 1)
    assert report.counts["event"].precision == pytest.approx(6 / 7)
    [extra] = report.extras
    assert (extra.doc_id, extra.event_id) == ("seed-000", "extra-1")
    assert extra.sentence.startswith("Protesters rioted outside the embassy")
    assert len(extra.sentence) <= 160 and extra.sentence.endswith("…")
    assert extra.actors == "Rioters -> Embassy guards"
    assert "Protesters rioted outside the embassy" in render_report(report)


def test_extra_sentence_falls_back_to_the_document_text(seed):
    record = {**predict("seed-000", seed[0].events[0]), "event_id": "x", "event_type": "Protests",
              "sub_event_type": None, "actor1": {"name": "nobody"}, "actor2": None,
              "location": {"name": None, "country_code": None, "lat": None, "lon": None, "precision": None}}
    record["evidence"] = [{"doc_id": "seed-000", "start": 0, "end": 55}]
    [extra] = evaluate(seed, [record]).extras
    assert extra.sentence == "US launches air strikes against Iranian proxies in Iraq"


def test_optional_gold_neither_rewards_nor_punishes(seed):
    without = evaluate(seed, predict_all(seed, skip={"o1"}))
    with_optional = evaluate(seed, predict_all(seed))
    assert with_optional.counts["all"].to_dict() == without.counts["all"].to_dict()
    assert not with_optional.extras  # the optional match absorbs the prediction
    assert any(m.gold_id == "o1" and m.optional for m in with_optional.matches)
    assert not any(m.gold_id == "o1" for m in without.misses)


def test_optional_gold_never_takes_a_prediction_from_a_required_one(seed):
    # "militias" is a name of both tallies' actor1, so the one tally fits g7 and o1 alike
    tally = predict("seed-000", next(e for e in seed[0].events if e["id"] == "g7"))
    tally["actor1"] = {"name": "militias"}
    report = evaluate(seed, [tally])
    assert report.counts["tally"].tp == 1 and report.counts["tally"].fn == 0
    assert [m.gold_id for m in report.matches] == ["g7"]


def test_wrong_date_and_fatalities_are_field_errors(seed):
    records = predict_all(seed, skip={"o1"})
    g4 = by_id(records, "seed-000", "g4")
    g4["date"] = {"start": "2023-11-18", "end": "2023-11-21", "precision": "range"}  # overlaps, not inside
    g4["fatalities"] = {"low": 6, "high": 6}
    report = evaluate(seed, records)
    assert report.counts["all"].f1 == 1.0  # still the same incident
    errors = {(e.gold_id, e.field): e for e in report.field_errors}
    assert set(errors) == {("g4", "date"), ("g4", "fatalities")}
    assert errors["g4", "date"].expected == "2023-11-12..2023-11-19"
    assert errors["g4", "date"].got == "2023-11-18..2023-11-21"
    assert (errors["g4", "fatalities"].expected, errors["g4", "fatalities"].got) == ("6-7", "6")
    assert (report.fields["date"].correct, report.fields["date"].scored) == (6, 7)
    assert (report.fields["fatalities"].correct, report.fields["fatalities"].scored) == (0, 1)
    assert "fatalities: expected 6-7; got 6" in render_report(report)


def test_a_date_outside_the_gold_range_is_not_a_match(seed):
    records = predict_all(seed, skip={"o1"})
    by_id(records, "seed-000", "g4")["date"] = {"start": "2023-12-01", "end": "2023-12-01", "precision": "day"}
    report = evaluate(seed, records)
    assert [m.gold_id for m in report.misses] == ["g4"]
    assert [e.event_id for e in report.extras] == [event_id("seed-000", "g4")]


def test_wrong_identity_fields_make_a_pair_inadmissible(seed):
    records = predict_all(seed, skip={"o1"})
    g6 = by_id(records, "seed-000", "g6")  # scores only event_type and actor1 of the four
    g6["actor1"] = {"name": "Hamas"}
    report = evaluate(seed, records)
    assert [m.gold_id for m in report.misses] == ["g6"]


def test_links_are_scored_through_the_matching(seed):
    records = predict_all(seed, skip={"o1"})
    assert by_id(records, "seed-000", "g3")["responds_to"] == [event_id("seed-000", "g2")]
    by_id(records, "seed-000", "g3")["responds_to"] = []
    by_id(records, "seed-000", "g1")["responds_to"] = [event_id("seed-000", "g2")]
    report = evaluate(seed, records)
    assert (report.fields["links"].correct, report.fields["links"].scored) == (0, 2)
    assert (report.links.tp, report.links.fp, report.links.fn) == (0, 1, 1)
    errors = {(e.gold_id, e.field): (e.expected, e.got) for e in report.field_errors}
    assert errors[("g3", "links")] == ("g2", "none")
    assert errors[("g1", "links")] == ("none", "g2")


def test_a_link_to_an_unmatched_prediction_is_wrong(seed):
    records = predict_all(seed, skip={"o1", "g2"})
    by_id(records, "seed-000", "g3")["responds_to"] = ["not-matched"]
    stray = {**predict("seed-000", seed[0].events[0]), "event_id": "not-matched", "event_type": "Protests",
             "actor1": {"name": "nobody"}, "actor2": None}
    report = evaluate(seed, records + [stray])
    errors = {(e.gold_id, e.field): e.got for e in report.field_errors}
    assert errors[("g3", "links")] == "?not-matched"


def test_predictions_about_other_documents_are_ignored(seed):
    elsewhere = {**predict("seed-000", seed[0].events[0]), "event_id": "elsewhere",
                 "sources": ["another-doc"], "evidence": [{"doc_id": "another-doc", "start": 0, "end": 5}]}
    report = evaluate(seed, predict_all(seed, skip={"o1"}) + [elsewhere])
    assert report.counts["all"].fp == 0 and not report.extras
    assert (report.considered, report.ignored) == (7, 1)


def test_evidence_alone_puts_a_prediction_in_a_document(seed):
    records = predict_all(seed, skip={"o1"})
    by_id(records, "seed-000", "g1")["sources"] = ["another-doc"]  # the evidence still names seed-000
    assert evaluate(seed, records).counts["all"].f1 == 1.0


# ---------------------------------------------------------------- several documents: merges

def gold_event(gold_id: str, **extra) -> dict:
    """Return a simple gold battle in Goma on 2024-01-01."""
    return {"id": gold_id, "kind": "event", "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": {"names": ["FARDC", "Congolese army"], "country_code": "COD"},
            "actor2": {"names": ["M23", "March 23 Movement"], "backer": "RWA"},
            "date": {"start": "2024-01-01", "end": "2024-01-01"},
            "location": {"names": ["Goma"], "country_code": "COD", "lat": -1.679, "lon": 29.228},
            "fatalities": {"low": 3, "high": 3}, "responds_to": [], **extra}


def report_doc(doc_id: str, events: list[dict]) -> dict:
    """Return a gold line for one report."""
    return {"doc": {"id": doc_id, "text": f"Text of {doc_id}.", "published": "2024-01-02"}, "events": events}


@pytest.fixture
def two_reports(tmp_path):
    """Return two reports of the same battle, linked by same_as."""
    path = write_jsonl(tmp_path / "gold.jsonl", [
        report_doc("A", [gold_event("a1")]),
        report_doc("B", [gold_event("b1", same_as="A/a1")]),
    ])
    return load_gold(path)


def test_one_merged_record_for_one_incident_gives_full_merge(two_reports):
    merged = predict("A", two_reports[0].events[0])
    merged["sources"] = ["A", "B"]
    merged["evidence"].append({"doc_id": "B", "start": 0, "end": 4, "sentence": "Text of B."})
    report = evaluate(two_reports, [merged])
    assert report.counts["event"].tp == 2 and report.counts["event"].fp == 0
    assert (report.fields["merge"].correct, report.fields["merge"].scored) == (1, 1)
    assert report.false_merges == 0 and not report.merge_errors


def test_a_merged_records_fatalities_are_scored_by_each_reports_own_figures(tmp_path):
    gold = load_gold(write_jsonl(tmp_path / "gold.jsonl", [
        report_doc("A", [gold_event("a1")]),
        report_doc("B", [gold_event("b1", same_as="A/a1") | {"fatalities": {"low": 7, "high": 7}}])]))
    merged = predict("A", gold[0].events[0])
    merged["sources"] = ["A", "B"]
    merged["evidence"].append({"doc_id": "B", "start": 0, "end": 4, "sentence": "Text of B."})
    merged["fatalities"] = {"low": 3, "high": 7}  # the range over both reports
    merged["per_source"] = [{"source": "A", "fatalities": {"low": 3, "high": 3}},
                            {"source": "B", "fatalities": {"low": 7, "high": 7}}]

    report = evaluate(gold, [merged])

    assert (report.fields["fatalities"].correct, report.fields["fatalities"].scored) == (2, 2)
    merged["per_source"][1]["fatalities"] = {"low": 5, "high": 5}  # B's report misread
    report = evaluate(gold, [merged])
    assert (report.fields["fatalities"].correct, report.fields["fatalities"].scored) == (1, 2)
    del merged["per_source"]  # no per-report figures kept: the record's range is what is compared
    report = evaluate(gold, [merged])
    assert (report.fields["fatalities"].correct, report.fields["fatalities"].scored) == (0, 2)


def test_two_records_for_one_incident_give_no_merge(two_reports):
    records = predict_all(two_reports)
    report = evaluate(two_reports, records)
    assert report.counts["event"].f1 == 1.0  # detection is per report; only merging suffers
    assert (report.fields["merge"].correct, report.fields["merge"].scored) == (0, 1)
    [error] = report.merge_errors
    assert (error.error, error.gold_a, error.gold_b) == ("split", "A/a1", "B/b1")
    assert "split: A/a1 + B/b1" in render_report(report)


def test_one_record_for_two_incidents_is_a_false_merge(tmp_path):
    gold = load_gold(write_jsonl(tmp_path / "gold.jsonl", [
        report_doc("A", [gold_event("a1")]), report_doc("B", [gold_event("b1")])]))
    merged = predict("A", gold[0].events[0])
    merged["sources"] = ["A", "B"]
    report = evaluate(gold, [merged])
    assert report.false_merges == 1
    assert report.fields["merge"].scored == 0
    assert report.to_dict()["false_merges"] == 1


def test_a_cross_document_link_maps_through_each_report(tmp_path):
    gold = load_gold(write_jsonl(tmp_path / "gold.jsonl", [
        report_doc("A", [gold_event("a1")]),
        report_doc("B", [gold_event("b1", date={"start": "2024-01-03", "end": "2024-01-03"},
                                    responds_to=["A/a1"])]),
    ]))
    first, second = predict("A", gold[0].events[0]), predict("B", gold[1].events[0])
    second["responds_to"] = [first["event_id"]]
    report = evaluate(gold, [first, second])
    assert (report.fields["links"].correct, report.fields["links"].scored) == (1, 1)
    assert report.links.f1 == 1.0


def test_scoring_one_split_ignores_links_into_the_other(tmp_path):
    gold = load_gold(write_jsonl(tmp_path / "dev.jsonl", [
        report_doc("B", [gold_event("b1", responds_to=["A/a1"], same_as="A/a1")])]))
    record = predict("B", gold[0].events[0])
    record["responds_to"] = ["p-A-a1"]  # an event of a document in the other split
    report = evaluate(gold, [record])
    assert report.fields["links"].scored == 0 and report.links.f1 is None


# ---------------------------------------------------------------- fields one by one

def test_location_within_25_km_is_right_and_farther_is_wrong(two_reports):
    doc = two_reports[:1]
    record = predict("A", doc[0].events[0])
    record["location"] = {"name": "Sake", "country_code": "COD", "lat": -1.70, "lon": 29.10, "precision": 1}
    assert evaluate(doc, [record]).fields["location"].correct == 1  # about 14 km away
    record["location"] = {"name": "Rutshuru", "country_code": "COD", "lat": -1.19, "lon": 29.45, "precision": 1}
    report = evaluate(doc, [record])
    assert (report.fields["location"].correct, report.fields["country"].correct) == (0, 1)


def test_country_level_location_is_right_for_an_area(seed):
    records = predict_all(seed, skip={"o1"})
    g4 = by_id(records, "seed-000", "g4")  # gold "eastern Syria": an area, no coordinates
    g4["location"] = {"name": "Syria Arab Republic", "country_code": "SYR", "lat": 35.0, "lon": 38.0, "precision": 3}
    assert evaluate(seed, records).fields["location"].correct == 5  # all of g1-g5
    g4["location"]["precision"] = 1  # a point that is not one of the gold names
    report = evaluate(seed, records)
    assert [(e.gold_id, e.field) for e in report.field_errors] == [("g4", "location")]


def test_event_type_may_be_any_answer_the_gold_allows(two_reports):
    doc = copy.deepcopy(two_reports[:1])
    doc[0].events[0]["sub_event_type"] = ["Armed clash", "Government regains territory"]
    record = predict("A", doc[0].events[0])
    record["sub_event_type"] = "Government regains territory"
    assert evaluate(doc, [record]).fields["sub_event_type"].correct == 1


def test_backer_and_actor_text_are_scored(two_reports):
    doc = two_reports[:1]
    record = predict("A", doc[0].events[0])
    record["actor2"] = {"name": "Mouvement du 23 mars", "text": "M23", "backer": None}
    report = evaluate(doc, [record])
    assert report.fields["actor2"].correct == 1  # the text said a gold name
    assert (report.fields["backer"].correct, report.fields["backer"].scored) == (0, 1)
    assert [e.field for e in report.field_errors] == ["actor2.backer"]


def test_null_gold_fields_are_not_scored(seed):
    report = evaluate(seed, predict_all(seed, skip={"o1"}))
    # g6 has no actor2 and no location; of the seven, only g4 gives fatalities and g7 a count
    assert report.fields["actor2"].scored == 6
    assert report.fields["location"].scored == 5  # g6 and the tally g7 give none
    assert report.fields["count"].scored == 1


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("a, b", [
    ("Kataeb Hezbollah", "kataeb hezbollah"),
    ("U.S.", "US"),
    ("U.S. military", "US military"),
    ("The United States", "united states"),
    ("Kata'ib Hizballah", "Kataib Hizballah"),
    ("Hezbolláh", "Hezbollah"),
    ("Al-Asad Air Base", "Al Asad air base"),
])
def test_names_normalise_equal(a, b):
    assert normalise_name(a) == normalise_name(b)
    assert names_match(a, b)


def test_normalised_forms():
    assert normalise_name("U.S.") == "us"
    assert normalise_name("  The  Islamic   Resistance in Iraq ") == "islamic resistance in iraq"
    assert normalise_name("Kataeb Hezbollah\u2019s") == "kataeb hezbollahs"


def test_names_match_plurals_but_not_other_names():
    assert names_match("militant", "militants")
    assert names_match("Iran-backed militia", "Iran-backed militias")
    assert not names_match("US", "U")
    assert not names_match("Iran", "Iraq")
    assert not names_match("", "")


def test_names_match_without_an_indefinite_article():
    assert names_match("Unidentified Armed Group", "an unidentified armed group")
    assert names_match("a local militia", "Local militia")
    assert not names_match("a", "")
    assert not names_match("Amal", "mal")  # a word's first letter is no article


# ---------------------------------------------------------------- loading errors

@pytest.mark.parametrize("bad_line", [
    "{not json",
    '["a list"]',
    '{"doc": {"id": "x"}}',
    '{"doc": {"text": "no id"}, "events": []}',
    '{"doc": {"id": "x"}, "events": [{"id": "e1", "kind": "battle"}]}',
    '{"doc": {"id": "x"}, "events": [{"id": "e1", "kind": "event", "date": {"start": "last week"}}]}',
    '{"doc": {"id": "x"}, "events": [{"id": "e1", "kind": "event"}, {"id": "e1", "kind": "event"}]}',
    '{"doc": {"id": "x"}, "events": [{"id": "e1", "kind": "event", "responds_to": ["e9"]}]}',
    '{"doc": {"id": "seed"}, "events": []}',
])
def test_malformed_gold_line_names_file_and_line(tmp_path, bad_line):
    good = report_doc("seed", [gold_event("g1")])
    path = write_jsonl(tmp_path / "gold.jsonl", [good, "", bad_line])
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert f"{path}:3" in str(caught.value)


def test_gold_errors_say_what_is_wrong(tmp_path):
    path = write_jsonl(tmp_path / "gold.jsonl", [
        '{"doc": {"id": "x"}, "events": [{"id": "e1", "kind": "event", "same_as": "x/e2"}]}'])
    with pytest.raises(InputError, match=r"e1: refers to 'x/e2'.*shared/contract/README.md"):
        load_gold(path)


def test_links_into_documents_outside_the_gold_file_are_allowed(tmp_path):
    path = write_jsonl(tmp_path / "gold.jsonl", [
        report_doc("B", [gold_event("b1", responds_to=["A/a1"], same_as="A/a1")])])
    assert load_gold(path)[0].events[0]["same_as"] == "A/a1"


def test_empty_or_missing_gold_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load_gold(write_jsonl(tmp_path / "empty.jsonl", []))
    with pytest.raises(InputError, match="no such file"):
        load_gold(tmp_path / "absent.jsonl")


@needs_shared
def test_predictions_load_and_bad_lines_name_file_and_line(tmp_path, seed):
    good = predict_all(seed)
    path = write_jsonl(tmp_path / "pred.jsonl", good)
    assert load_predictions(path) == good
    for bad in ['{"kind": "event", "sources": ["d"]}',
                json.dumps({**good[0], "event_id": "new", "date": {"start": "Monday"}}),
                json.dumps({**good[0], "sources": [], "evidence": []}),
                json.dumps(good[0])]:
        bad_path = write_jsonl(tmp_path / "bad.jsonl", [good[0], bad])
        with pytest.raises(InputError) as caught:
            load_predictions(bad_path)
        assert f"{bad_path}:2" in str(caught.value)


def test_empty_predictions_file_scores_nothing_found(tmp_path, seed):
    report = evaluate(seed, load_predictions(write_jsonl(tmp_path / "pred.jsonl", [])))
    assert report.counts["all"].recall == 0.0 and report.counts["all"].f1 == 0.0
    assert report.counts["all"].precision is None


# ---------------------------------------------------------------- the report

def test_report_renders_tables_and_summary(seed):
    records = predict_all(seed, skip={"g5", "o1"})
    report = evaluate(seed, records)
    text = render_report(report)
    for part in ("precision", "recall", "F1", "Field accuracy", "sub_event_type", "Misses: 1", "Extras: 0"):
        assert part in text
    summary = render_report(report, summary_only=True)
    assert "Field accuracy" in summary and "F1" in summary
    assert "Misses" not in summary and "Extras" not in summary and "Field errors" not in summary


def test_report_says_n_a_where_there_is_nothing_to_score(two_reports):
    report = evaluate(two_reports[:1], predict_all(two_reports[:1]))
    assert report.counts["tally"].f1 is None
    assert report.fields["count"].accuracy is None
    row = next(line for line in render_report(report).splitlines() if line.startswith("tally"))
    assert row.split()[-3:] == ["n/a", "n/a", "n/a"]


def test_report_is_json_ready(seed):
    report = evaluate(seed, predict_all(seed, skip={"g2"}))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["detection"]["all"]["fn"] == 1
    assert data["fields"]["date"]["accuracy"] == 1.0
    assert data["fields"]["merge"]["accuracy"] is None
    assert data["misses"][0]["gold_id"] == "g2"
    assert {"tp", "fp", "fn", "precision", "recall", "f1"} <= set(data["links"])


# ---------------------------------------------------------------- the assignment

def test_assignment_prefers_more_matches_to_one_greedy_best(tmp_path):
    battle = gold_event("a1")
    riot = gold_event("a2", event_type="Riots", sub_event_type="Mob violence",
                      actor1={"names": ["Rioters"]}, fatalities=None)
    gold = load_gold(write_jsonl(tmp_path / "gold.jsonl", [report_doc("A", [battle, riot])]))
    best = predict("A", battle)  # fits the battle fully, the riot by actor2 and place
    weak = predict("A", battle)  # fits only the battle, by type and actor1
    weak.update(event_id="weak", actor2={"name": "Police"},
                location={"name": "Beni", "country_code": "COD", "lat": 0.49, "lon": 29.47, "precision": 1})
    report = evaluate(gold, [best, weak])
    assert report.counts["event"].tp == 2
    assert {(m.gold_id, m.event_id) for m in report.matches} == {("a1", "weak"), ("a2", best["event_id"])}


def _brute_force_best(weights):
    """Return the largest total weight of any one-to-one assignment."""
    rows, cols = len(weights), len(weights[0])
    if rows > cols:
        weights = [list(col) for col in zip(*weights)]
        rows, cols = cols, rows
    return max(sum(weights[r][c] for r, c in enumerate(chosen)) for chosen in permutations(range(cols), rows))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 5).flatmap(lambda rows: st.integers(1, 5).flatmap(
    lambda cols: st.lists(st.lists(st.integers(0, 9), min_size=cols, max_size=cols),
                          min_size=rows, max_size=rows))))
def test_assignment_is_optimal_and_one_to_one(weights):
    pairs = best_assignment(weights)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert all(weights[r][c] > 0 for r, c in pairs)
    assert sum(weights[r][c] for r, c in pairs) == _brute_force_best(weights)


# ---------------------------------------------------------------- hostile gold and prediction files

HOSTILE_LINES = {
    "nested": ('{"doc": ' + "[" * 100_000 + "}", "line is not valid JSON (nested too deeply)"),
    "huge number": ('{"doc": {"id": "x", "n": ' + "9" * 5_000 + '}, "events": []}',
                    "line is not valid JSON (Exceeds the limit (4300 digits) for integer string conversion)"),
    "list": ("[1, 2]", "not a JSON object"),
    "string": ('"text"', "not a JSON object"),
    "null": ("null", "not a JSON object"),
    "number": ("1e309", "not a JSON object"),
    "huge line": ('{"doc": {"id": "x", "text": "' + "x" * 5_000_001 + '"}, "events": []}',
                  "line is 5,000,047 bytes, over the limit of 5,000,000"),
    "not utf-8": (b'{"doc": {"id": "caf\xe9"}, "events": []}', "text could not be decoded"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_LINES))
@pytest.mark.parametrize("which", ["gold", "predictions"])
def test_hostile_lines_give_one_line_naming_file_and_line(tmp_path, capsys, name, which):
    from flashpoint.cli import main
    line, expected = HOSTILE_LINES[name]
    gold = write_jsonl(tmp_path / "gold.jsonl", [report_doc("A", [gold_event("a1")])])
    pred = tmp_path / "pred.jsonl"
    pred.write_text("")
    bad = gold if which == "gold" else pred
    good = json.dumps(report_doc("B", [])) if which == "gold" else json.dumps(predict("A", gold_event("a1")))
    bad.write_bytes(good.encode() + b"\n\n" + (line if isinstance(line, bytes) else line.encode()) + b"\n")
    assert main(["eval", str(gold), str(pred)]) == 1  # as extract's bad input
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}:3: ") and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


WRONG_TYPES = [{}, [], [{}], "", "x", 0, 7, -1.5, True, None, {"names": "Goma"}, {"start": 20240101},
               {"lat": "north", "lon": None}, {"low": "3"}, [["nested"]], 1e308]


@settings(max_examples=300, deadline=None)
@given(gold_fields=st.dictionaries(st.sampled_from(sorted(gold_event("x")) + ["same_as", "optional", "count"]),
                                   st.sampled_from(WRONG_TYPES), max_size=3),
       pred_fields=st.dictionaries(st.sampled_from(sorted(predict("A", gold_event("a1")))),
                                   st.sampled_from(WRONG_TYPES), max_size=3),
       inner=st.tuples(st.sampled_from(["actor1", "location", "date", "fatalities"]),
                       st.sampled_from(["name", "lat", "lon", "start", "end", "low", "high", "country_code"]),
                       st.sampled_from(WRONG_TYPES)))
def test_wrong_field_types_are_input_errors_or_scored(tmp_path_factory, gold_fields, pred_fields, inner):
    # found by this test: an event_type given as an object, responds_to as {} and a location with a lat
    # but no lon raised TypeError or KeyError out of eval
    from flashpoint.evaluate import render_report
    folder = tmp_path_factory.mktemp("types")
    record = {**predict("A", gold_event("a1")), **pred_fields}
    name, key, value = inner
    if isinstance(record.get(name), dict):
        record[name] = {**record[name], key: value}
    gold = write_jsonl(folder / "gold.jsonl", [report_doc("A", [{**gold_event("a1"), **gold_fields}])])
    pred = write_jsonl(folder / "pred.jsonl", [record])
    try:
        report = evaluate(load_gold(gold), load_predictions(pred))
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith(str(folder))
        return
    render_report(report)
    json.dumps(report.to_dict())


@pytest.mark.parametrize("fields, problem", [
    # found by probing eval with random field values: each raised TypeError or KeyError out of eval
    ({"event_type": [{}], "actor1": None, "location": None}, "'event_type' must be a string or null"),
    ({"responds_to": {}, "actor1": None, "location": None}, "'responds_to' must be a list of event ids"),
    ({"sources": {}, "evidence": [{"doc_id": "A"}]}, "'sources' must be a list of document ids"),
])
def test_wrong_types_found_by_probing_are_input_errors(tmp_path, fields, problem):
    gold = write_jsonl(tmp_path / "gold.jsonl", [report_doc("A", [gold_event("a1")])])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{**predict("A", gold_event("a1")), **fields}])
    with pytest.raises(InputError, match=problem):
        load_predictions(pred)
    evaluate(load_gold(gold), [])  # the gold side alone still scores


def test_a_predicted_place_with_a_lat_but_no_lon_is_shown(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [report_doc("A", [gold_event("a1")])])
    record = predict("A", gold_event("a1"))
    record["location"] = {"name": "Kano", "lat": 12.0}
    record["actor1"] = record["actor2"] = None
    report = evaluate(load_gold(gold), [record])
    render_report(report)
