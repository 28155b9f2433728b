"""The learned event filter (resolve/event_filter.py): the shipped model loads, scores deterministically,
ranks a background incident told in passing below a report's lead incident, and `screen` drops what
scores below the threshold while keeping tallies and the links of what stays."""
from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from flashpoint.model import Document
from flashpoint.pipeline import candidate_events, extract_document
from flashpoint.resolve import event_filter as ef

LEAD_AND_BACKGROUND = (
    "Gunmen killed 12 villagers in an attack on the village of Kaya in northern Burkina Faso on Monday, "
    "police said. The attackers arrived on motorbikes and fled into the bush. Years ago, militants "
    "reportedly attacked a police station in the region, residents recalled.")


@pytest.fixture(scope="module")
def report(parse):
    document = Document("bf-kaya", LEAD_AND_BACKGROUND, date(2024, 3, 5))
    sdoc = parse(document.text)
    return document, sdoc


def test_shipped_model_loads_from_its_data_file():
    model = ef.shipped_model()
    raw = json.loads(resources.files("flashpoint").joinpath("data", ef.MODEL_FILE).read_text(encoding="utf-8"))
    assert model.weights == raw["weights"] and len(model.weights) > 50
    assert model.bias == raw["bias"] and 0 < model.threshold < 1
    assert model.enabled is raw["enabled"]
    # the weights of the cues it was meant to learn are there and point the right way
    assert model.weights["weapons"] > 0
    assert model.weights["date_prec=day"] > model.weights["date_prec=week"]


def test_scores_are_deterministic_and_rank_background_below_the_lead(report):
    document, sdoc = report
    model = ef.shipped_model()
    runs = []
    for _ in range(2):
        events, clusters = candidate_events(document, sdoc)
        runs.append([(e.evidence[0].start, model.score(f)) for e, f in
                     zip(events, ef.features(events, clusters, sdoc, document))])
    assert runs[0] == runs[1]
    by_sentence = dict(runs[0])
    lead = by_sentence[0]
    background = by_sentence[LEAD_AND_BACKGROUND.index("Years ago")]
    assert lead > 0.8
    assert background < lead - 0.2


def test_features_name_what_the_model_reads(report):
    document, sdoc = report
    events, clusters = candidate_events(document, sdoc)
    feats = ef.features(events, clusters, sdoc, document)
    lead, background = feats[0], feats[-1]
    assert "date_prec=day" in lead and "fatalities_own" in lead and "before=0" in lead
    assert "hedg=reportedly" in background and "back=ago" in background
    assert "before=0" not in background


def test_screen_drops_low_scores_keeps_tallies_and_cleans_links(parse):
    text = ("Militants have carried out 66 attacks on U.S. forces since October 17, the Pentagon said. "
            "On Sunday a drone struck Tower 22 in Jordan, killing three U.S. soldiers. "
            "In retaliation, U.S. aircraft struck 85 targets in Iraq and Syria on Friday.")
    document = Document("tower22", text, date(2024, 2, 3))
    sdoc = parse(text)
    events, clusters = candidate_events(document, sdoc)
    assert {e.kind for e in events} == {"event", "tally"}
    everything = ef.FilterModel({}, 30.0, 0.5, True)
    assert ef.screen(list(events), clusters, sdoc, document, everything) == events
    nothing = ef.FilterModel({}, -30.0, 0.5, True)
    assert [e.kind for e in ef.screen(list(events), clusters, sdoc, document, nothing)] == ["tally"]
    # drop only the antecedent: the answer stays and no longer points at a record that is not written
    answer = next(e for e in events if e.responds_to)
    target = answer.responds_to[0]
    by_id = {e.event_id: f for e, f in zip(events, ef.features(events, clusters, sdoc, document))}
    only = [f for f in by_id[target] if not any(f in by_id[e.event_id] for e in events if e.event_id != target)]
    assert only, "the antecedent has a feature of its own"
    drop_target = ef.FilterModel({f: -60.0 for f in only}, 30.0, 0.5, True)
    kept = ef.screen(list(events), clusters, sdoc, document, drop_target)
    assert target not in {e.event_id for e in kept} and answer in kept
    assert target not in answer.responds_to


def test_extract_document_applies_the_filter_only_when_asked(report):
    document, sdoc = report
    off = extract_document(document, sdoc, event_filter=False)
    on = extract_document(document, sdoc, event_filter=True)
    default = extract_document(document, sdoc)
    model = ef.shipped_model()
    assert len(off) >= len(on)
    assert len(default) == (len(on) if model.enabled else len(off))


def test_model_from_json_reads_what_training_writes():
    from flashpoint.resolve.filter_training import model_json
    model = ef.FilterModel({"a": 1.5, "b": -2.0}, 0.25, 0.4, False)
    again = ef.model_from_json(model_json(model, {"note": "x"}))
    assert again == model
    assert again.score(["a"]) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.75))
    assert again.score(["b", "b"]) == again.score(["b"]) < again.score([]) < again.score(["a"])


def test_cli_switches_the_filter(tmp_path, monkeypatch):
    from flashpoint import cli
    ef.shipped_model.cache_clear()
    monkeypatch.setattr(ef, "shipped_model", lambda: ef.FilterModel({}, -30.0, 0.5, False))  # drops every event
    src = tmp_path / "kaya.jsonl"
    src.write_text(json.dumps({"id": "kaya", "text": LEAD_AND_BACKGROUND, "published": "2024-03-05"}) + "\n",
                   encoding="utf-8")
    counts = {}
    for flag in ("--event-filter", "--no-event-filter", None):
        out = tmp_path / f"{flag}.jsonl"
        assert cli.main(["extract", str(src), "--quiet", "-o", str(out)] + ([flag] if flag else [])) == 0
        counts[flag] = len(out.read_text(encoding="utf-8").splitlines())
    assert counts["--event-filter"] == 0
    assert counts["--no-event-filter"] == counts[None] >= 1  # the model says it is off by default
