"""Trains the learned pair join (resolve/pair_join.py) on our own development reports, and measures it.

Labels come from the evaluator's own matching: each event the rules make for a report is given the
gold event it matched, or, for an extra, the gold event of its report it would match best (the
evaluator's admissibility and pair score, `evaluate.judge`), often one another record already matched.
A pair of events of one report is 1 when both have the same gold event, 0 when they have two different
ones, and left out when either has none. The model is the L2-regularised logistic regression of
`filter_training.fit` (Newton's method, deterministic).

It is measured by leave-one-pair-out cross-validation over sets of reports: each held-out set's
events are made with the joins of a model fitted on the other sets, merged across reports and scored
by the evaluator, as `extract` and `eval` do; the regularisation and the threshold of each held-out set
are chosen by the same cross-validation inside its training sets only.

Only development material is meant to be passed here (demo/docs dev split, demo/multi, demo/fresh1..20);
never the test split or the holdouts, which measure the result.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from time import process_time

from flashpoint import nlp
from flashpoint.evaluate import DETECTION_WEIGHT, Counts, GoldDoc, evaluate, judge
from flashpoint.extract.mentions import read_report, resources
from flashpoint.model import Document, Event
from flashpoint.pipeline import MAX_PARSE_CHARS, across_reports, events_of, report_clusters
from flashpoint.resolve import filter_training as ft
from flashpoint.resolve import pair_join as pj

C_GRID = (0.1, 0.3, 1.0, 3.0)  # inverse L2 strength
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never join
OFF = 1.01


@dataclass
class Pair:
    """One candidate pair of a report's events: its features and label (None: either has no gold)."""

    doc_id: str
    i: int
    j: int
    features: list[str]
    label: int | None


@dataclass
class ReportState:
    """One report as extraction left it before the join: what is needed to make its events again."""

    document: Document
    reading: object
    clusters: list  # after the first making of events, as `pipeline.candidate_events` joins them
    events: list[Event]
    gold_of: list[str | None]  # per event: its gold event id (matched or would-match), None: none
    own: list  # per cluster: what it read itself (`pair_join.own_of`)
    cpu: float = 0.0  # CPU seconds of pair features and scoring with a model of all features
    sdoc: object = None  # its parse


@dataclass
class Material:
    """The reports of some sets with their gold, their pairs, and the set each report belongs to."""

    gold: dict[str, GoldDoc]
    reports: dict[str, ReportState]
    pairs: list[Pair]
    fold_of: dict[str, str]  # doc -> set name
    _memo: dict = field(default_factory=dict)

    def folds(self) -> list[str]:
        """Return the set names in the order they were given."""
        return list(dict.fromkeys(self.fold_of.values()))

    def docs(self, fold: str) -> list[str]:
        return [d for d, f in self.fold_of.items() if f == fold]


def collect(sets: list[tuple[str, list[Document], list[GoldDoc]]], batch_size: int = 16) -> Material:
    """Return the material of some named sets of (documents, gold): events, pairs and their labels."""
    model = nlp.load()
    res = resources()
    gold, reports, pairs, fold_of = {}, {}, [], {}
    for name, documents, golds in sets:
        by_id = {g.id: g for g in golds}
        documents = [d for d in documents if d.id in by_id and d.id not in reports]
        for document, sdoc in zip(documents, model.pipe((d.text[:MAX_PARSE_CHARS] for d in documents),
                                                        batch_size=batch_size)):
            reading = read_report(document, sdoc, res)
            clusters, own = report_clusters(document, reading)
            events = events_of(clusters, document, reading, sdoc)
            t0 = process_time()
            feats = pj.pair_features(events, clusters, own)
            cpu = process_time() - t0
            g = by_id[document.id]
            state = ReportState(document, reading, copy.deepcopy(clusters), copy.deepcopy(events),
                                gold_labels(g, events), own, cpu, sdoc)
            reports[document.id] = state
            gold[document.id] = g
            fold_of[document.id] = name
            for (i, j), f in feats.items():
                gi, gj = state.gold_of[i], state.gold_of[j]
                label = None if gi is None or gj is None else int(gi == gj)
                pairs.append(Pair(document.id, i, j, f, label))
    return Material(gold, reports, pairs, fold_of)


def gold_labels(gold: GoldDoc, events: list[Event]) -> list[str | None]:
    """Return, per event of one report, the gold event it matches by the evaluator, or for an extra the
    gold event it would match best (admissible, highest pair score); None for tallies and for events
    no gold event admits."""
    records = [e.to_record() for e in events]
    report = evaluate([gold], records)
    out: list[str | None] = [None] * len(events)
    for m in report.matches:
        out[m.pred_index] = m.gold_id
    for k, r in enumerate(records):
        if out[k] is not None or r["kind"] != "event":
            continue
        best, best_w = None, 0
        for g in gold.events:
            if g["kind"] != "event":
                continue
            j = judge(g, r, gold.id)
            if j.admissible and DETECTION_WEIGHT + j.score > best_w:
                best, best_w = g["id"], DETECTION_WEIGHT + j.score
        out[k] = best
    return out


def fit(pairs: list[Pair], c: float, threshold: float = 0.5, enabled: bool = False) -> pj.PairModel:
    """Return the pair model fitted on labelled pairs (the filter's logistic regression)."""
    m = ft.fit(pairs, c, threshold, enabled)
    return pj.PairModel(m.weights, m.bias, m.threshold, m.enabled)


def grouping_of(material: Material, doc: str, model: pj.PairModel, threshold: float,
                scores: dict | None = None) -> tuple:
    """Return the grouping (tuple of tuples) a model makes of one report's events at a threshold."""
    state = material.reports[doc]
    if threshold > 1.0:
        return tuple((i,) for i in range(len(state.events)))
    if scores is None:
        scores = {(p.i, p.j): model.score(p.features) for p in material.pairs if p.doc_id == doc}
    return tuple(tuple(g) for g in pj.groups(scores, len(state.events), threshold))


def events_for(material: Material, doc: str, grouping: tuple) -> list[Event]:
    """Return fresh events of one report with its events grouped so (the pipeline's join)."""
    state = material.reports[doc]
    if len(grouping) == len(state.events):
        return copy.deepcopy(state.events)
    key = (doc, grouping)
    if key not in material._memo:
        clusters = pj.join_clusters(copy.deepcopy(state.clusters), [list(g) for g in grouping])
        material._memo[key] = events_of(clusters, state.document, state.reading, state.sdoc)
    return copy.deepcopy(material._memo[key])


def fold_counts(material: Material, fold: str, groupings: dict[str, tuple]) -> Counts:
    """Return the evaluator's event counts of one set with each report's events grouped as given
    (ungrouped when absent), merged across reports as `extract` does."""
    docs = material.docs(fold)
    key = ("fold", fold, tuple(sorted((d, g) for d, g in groupings.items()
                                      if len(g) < len(material.reports[d].events))))
    if key not in material._memo:
        events = []
        for d in docs:
            events += events_for(material, d, groupings.get(d, tuple((i,) for i in range(len(material.reports[d].events)))))
        records = [e.to_record() for e in across_reports(events)]
        material._memo[key] = evaluate([material.gold[d] for d in docs], records).counts["event"]
    return material._memo[key]


def _scores_by_doc(material: Material, model: pj.PairModel, docs: set[str]) -> dict[str, dict]:
    out: dict[str, dict] = {d: {} for d in docs}
    for p in material.pairs:
        if p.doc_id in docs:
            out[p.doc_id][(p.i, p.j)] = model.score(p.features)
    return out


def held_out_counts(material: Material, fold: str, model: pj.PairModel, thresholds=THRESHOLDS) -> dict[float, Counts]:
    """Return one set's event counts per threshold with the joins of a model."""
    docs = set(material.docs(fold))
    scores = _scores_by_doc(material, model, docs)
    return {t: fold_counts(material, fold, {d: grouping_of(material, d, model, t, scores[d]) for d in docs})
            for t in thresholds}


@dataclass
class FoldResult:
    """One held-out set: its counts without and with the join, and the setting its training sets chose."""

    fold: str
    without: Counts
    with_join: Counts
    c: float
    threshold: float
    train_pairs: int
    train_positive: int


def lopo(material: Material, c_grid=C_GRID, thresholds=THRESHOLDS) -> list[FoldResult]:
    """Return leave-one-set-out figures: each set scored with a model fitted on the others, its setting
    (c, threshold) chosen by leave-one-set-out inside those others (models of all but two sets are
    shared by the two inner folds they serve)."""
    names = material.folds()
    labelled = [p for p in material.pairs if p.label is not None]
    two_out: dict[tuple, dict] = {}  # (frozenset of two left out, c) -> {fold scored: counts per threshold}
    for a_i, a in enumerate(names):
        for b in names[a_i + 1:]:
            train = [p for p in labelled if material.fold_of[p.doc_id] not in (a, b)]
            for c in c_grid:
                model = fit(train, c)
                two_out[(frozenset((a, b)), c)] = {a: held_out_counts(material, a, model, thresholds),
                                                   b: held_out_counts(material, b, model, thresholds)}
    results = []
    for held in names:
        rest = [n for n in names if n != held]
        inner = {}
        for c in c_grid:
            for t in thresholds:
                total = Counts()
                for n in rest:
                    total.add(two_out[(frozenset((held, n)), c)][n][t])
                inner[(c, t)] = total
        # best inner F1; ties: the higher threshold (fewer joins), then the stronger regularisation
        c, t = max(inner, key=lambda k: (round(inner[k].f1 or 0, 6), k[1], -k[0]))
        train = [p for p in labelled if material.fold_of[p.doc_id] != held]
        model = fit(train, c)
        counts = held_out_counts(material, held, model, (OFF, t))
        results.append(FoldResult(held, counts[OFF], counts[t], c, t, len(train), sum(p.label for p in train)))
    return results


def choose(material: Material, c_grid=C_GRID, thresholds=THRESHOLDS) -> tuple[float, float, Counts, Counts]:
    """Return the setting (c, threshold) leave-one-set-out over all sets picks, with its summed counts
    without and with the join (the setting of the shipped model)."""
    names = material.folds()
    labelled = [p for p in material.pairs if p.label is not None]
    table = {(c, t): Counts() for c in c_grid for t in thresholds}
    without = Counts()
    for held in names:
        train = [p for p in labelled if material.fold_of[p.doc_id] != held]
        for c in c_grid:
            per_t = held_out_counts(material, held, fit(train, c), thresholds)
            for t in thresholds:
                table[(c, t)].add(per_t[t])
        without.add(fold_counts(material, held, {}))
    c, t = max(table, key=lambda k: (round(table[k].f1 or 0, 6), k[1], -k[0]))
    return c, t, without, table[(c, t)]


def oracle(material: Material) -> tuple[Counts, Counts]:
    """Return the summed event counts without and with joining exactly the pairs the gold calls one
    incident: the most any pair scorer could gain with this join."""
    without, with_join = Counts(), Counts()
    for fold in material.folds():
        docs = material.docs(fold)
        scores = {d: {} for d in docs}
        for p in material.pairs:
            if p.doc_id in scores:
                scores[p.doc_id][(p.i, p.j)] = float(p.label == 1)
        groupings = {d: tuple(tuple(g) for g in pj.groups(scores[d], len(material.reports[d].events), 0.5))
                     for d in docs}
        without.add(fold_counts(material, fold, {}))
        with_join.add(fold_counts(material, fold, groupings))
    return without, with_join
