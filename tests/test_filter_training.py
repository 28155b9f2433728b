"""Training the event filter (resolve/filter_training.py, train/train_filter.py): labels from the
evaluator's matcher, folds that never split one incident's reports, a deterministic fit, and a rebuild
of a small fixture's model (the saved candidates of 12 dev reports) that gives the committed weights again."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from flashpoint.evaluate import GoldDoc
from flashpoint.resolve import filter_training as ft

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "data" / "event_filter"


def _script():
    spec = importlib.util.spec_from_file_location("train_filter", REPO / "train" / "train_filter.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(doc_id: str, same_as: str | None = None) -> GoldDoc:
    event = {"id": "g1", "kind": "event"}
    if same_as:
        event["same_as"] = same_as
    return GoldDoc({"id": doc_id, "text": "x"}, [event])


def test_reports_of_one_incident_share_a_group_and_a_fold():
    gold = [_gold("a"), _gold("b", "a/g1"), _gold("c"), _gold("d", "b/g1"), _gold("e")]
    groups = ft.report_groups(gold)
    assert groups["a"] == groups["b"] == groups["d"] == "a"
    assert groups["c"] == "c" and groups["e"] == "e"
    folds = ft.folds(groups, k=3, seed=1)
    assert sorted(d for f in folds for d in f) == ["a", "b", "c", "d", "e"]
    assert any({"a", "b", "d"} <= f for f in folds)
    assert ft.folds(groups, k=3, seed=1) == folds


def test_fit_learns_the_sign_of_a_separating_feature_and_is_deterministic():
    cands = [ft.Candidate("d", {}, ["good", f"n{i % 3}"], 1) for i in range(12)]
    cands += [ft.Candidate("d", {}, ["bad", f"n{i % 3}"], 0) for i in range(12)]
    cands.append(ft.Candidate("d", {}, ["good", "rare"], None))  # matched an optional item: not trained on
    model = ft.fit(cands, c=1.0, threshold=0.4)
    assert model.weights["good"] > 0 > model.weights["bad"]
    assert "rare" not in model.weights  # seen once, and only in an unlabelled candidate
    assert model.score(["good"]) > 0.7 > 0.3 > model.score(["bad"])
    assert ft.fit(cands, c=1.0, threshold=0.4) == model
    assert abs(ft.fit(cands, c=0.1).weights["good"]) < abs(model.weights["good"])  # stronger L2, smaller weight


def test_rebuilding_the_fixture_model_gives_the_committed_weights(tmp_path, capsys):
    # from the fixture's saved candidates, so that a change of the rules does not change what is rebuilt
    out = tmp_path / "model.json"
    code = _script().main(["--docs", str(FIXTURE / "docs.jsonl"), "--gold", str(FIXTURE / "gold.jsonl"),
                           "--candidates", str(FIXTURE / "candidates.json"), "--folds", "3", "-o", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "candidates: 31 events from 12 reports" in printed
    built = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads((FIXTURE / "model.json").read_text(encoding="utf-8"))
    assert built["meta"] == shipped["meta"]
    assert (built["threshold"], built["enabled"]) == (shipped["threshold"], shipped["enabled"])
    assert built["weights"].keys() == shipped["weights"].keys()
    for name, weight in shipped["weights"].items():
        assert built["weights"][name] == pytest.approx(weight, abs=1e-4), name
    assert built["bias"] == pytest.approx(shipped["bias"], abs=1e-4)


def test_collect_labels_the_rules_candidates_with_the_evaluators_matcher(tmp_path):
    saved = tmp_path / "candidates.json"
    _script().main(["--docs", str(FIXTURE / "docs.jsonl"), "--gold", str(FIXTURE / "gold.jsonl"), "--folds", "3",
                    "-o", str(tmp_path / "model.json"), "--save-candidates", str(saved)])
    from flashpoint.evaluate import load_gold
    gold = load_gold(FIXTURE / "gold.jsonl")
    corpus = ft.corpus_from_json(saved.read_text(encoding="utf-8"), gold)
    labels = [c.label for c in corpus.candidates]
    required = sum(1 for g in gold for e in g.events if e["kind"] == "event" and not e.get("optional"))
    assert 0 < labels.count(1) <= required  # one candidate per gold event at most
    assert labels.count(0) >= 3  # these reports were picked because the rules over-generate on them
    assert all(c.record["kind"] == "event" and c.features for c in corpus.candidates)
    assert all(r["kind"] == "tally" for rs in corpus.others.values() for r in rs)
    # the label is what the evaluator says of the candidates kept: the positives alone miss nothing more
    kept = ft.event_counts(corpus, {g.id for g in gold}, lambda c: c.label != 0)
    everything = ft.event_counts(corpus, {g.id for g in gold}, lambda c: True)
    assert kept.tp == everything.tp == labels.count(1) and kept.fp == 0


def test_check_mode_fails_on_a_model_that_differs(tmp_path):
    other = tmp_path / "model.json"
    shipped = json.loads((FIXTURE / "model.json").read_text(encoding="utf-8"))
    shipped["weights"]["weapons"] = shipped["weights"].get("weapons", 0) + 1
    other.write_text(json.dumps(shipped), encoding="utf-8")
    assert _script().main(["--docs", str(FIXTURE / "docs.jsonl"), "--gold", str(FIXTURE / "gold.jsonl"),
                           "--candidates", str(FIXTURE / "candidates.json"), "--folds", "3", "-o", str(other),
                           "--check"]) == 1
