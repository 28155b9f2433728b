"""Trains the learned event filter (resolve/event_filter.py) on our own dev reports, and measures it.

Labels come from the evaluator's own matcher: each candidate event of a report the current rules
propose is 1 when it matches a required gold event, 0 when it is an extra, and left out of training
when it matches a gold event marked optional (neither rewarded nor punished there). The model is an
L2-regularised logistic regression fitted by Newton's method (numpy, deterministic); choices
(regularisation, threshold, on or off) are made by grouped cross-validation over reports: the reports
of one incident (gold `same_as` across documents) are always in the same fold.

Only our dev material is meant to be passed here (demo/docs dev split, demo/multi); never the test
split, the holdout or the seed, which measure the result.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from dataclasses import dataclass, field

import numpy as np

from flashpoint import nlp
from flashpoint.evaluate import Counts, GoldDoc, _index_gold, evaluate, split_ref
from flashpoint.model import Document
from flashpoint.pipeline import MAX_PARSE_CHARS, candidate_events
from flashpoint.resolve.event_filter import FilterModel, features

SEED = 13
FOLDS = 5
C_GRID = (0.1, 0.3, 1.0, 3.0)  # inverse L2 strength
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 13))  # 0.05 .. 0.60
MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight


@dataclass
class Candidate:
    """One candidate event of a report: its record, features and label (None: matched an optional item)."""

    doc_id: str
    record: dict
    features: list[str]
    label: int | None


@dataclass
class Corpus:
    """The candidates of some reports with their gold, and the report groups for cross-validation."""

    gold: list[GoldDoc]
    candidates: list[Candidate]
    others: dict[str, list[dict]] = field(default_factory=dict)  # doc -> its tallies (never filtered)
    groups: dict[str, str] = field(default_factory=dict)  # doc -> group


def collect(documents: list[Document], gold: list[GoldDoc], batch_size: int = 16) -> Corpus:
    """Return the candidates the current rules propose for each document, labelled against its gold."""
    by_id = {g.id: g for g in gold}
    documents = [d for d in documents if d.id in by_id]
    model = nlp.load()
    cands: list[Candidate] = []
    others: dict[str, list[dict]] = {}
    for document, sdoc in zip(documents, model.pipe((d.text[:MAX_PARSE_CHARS] for d in documents),
                                                    batch_size=batch_size)):
        events, clusters = candidate_events(document, sdoc)
        feats = features(events, clusters, sdoc, document)
        for e, f in zip(events, feats):
            if e.kind == "event":
                cands.append(Candidate(document.id, e.to_record(), f, None))
            else:
                others.setdefault(document.id, []).append(e.to_record())
    kept_gold = [by_id[d.id] for d in documents]
    records = [c.record for c in cands]
    report = evaluate(kept_gold, records)
    matched = {m.pred_index: m for m in report.matches}
    for i, c in enumerate(cands):
        m = matched.get(i)
        c.label = 0 if m is None else (None if m.optional else 1)
    return Corpus(kept_gold, cands, others, report_groups(kept_gold))


def corpus_json(corpus: Corpus) -> str:
    """Return the labelled candidates and the tallies beside them as JSON (without the gold)."""
    return json.dumps({"candidates": [{"doc_id": c.doc_id, "record": c.record, "features": c.features,
                                       "label": c.label} for c in corpus.candidates],
                       "others": corpus.others}, ensure_ascii=False, sort_keys=True) + "\n"


def corpus_from_json(text: str, gold: list[GoldDoc]) -> Corpus:
    """Return the corpus `corpus_json` wrote, with the gold of its documents."""
    d = json.loads(text)
    cands = [Candidate(c["doc_id"], c["record"], c["features"], c["label"]) for c in d["candidates"]]
    docs = {c.doc_id for c in cands} | set(d["others"])
    kept = [g for g in gold if g.id in docs]
    return Corpus(kept, cands, d["others"], report_groups(kept))


def report_groups(gold: list[GoldDoc]) -> dict[str, str]:
    """Return doc -> group: reports whose gold events are linked by `same_as` share a group (its smallest doc id)."""
    group = {g.id: g.id for g in gold}
    linked = [{split_ref(ref)[0] for ref in refs} for refs in _index_gold(gold).members.values() if len(refs) > 1]
    changed = True
    while changed:  # until every linked set of documents carries one label
        changed = False
        for docs in linked:
            low = min(group[d] for d in docs)
            for d in docs:
                if group[d] != low:
                    group[d], changed = low, True
    return group


def folds(groups: dict[str, str], k: int = FOLDS, seed: int = SEED) -> list[set[str]]:
    """Return k sets of document ids, whole groups in one fold, assigned by a seeded shuffle."""
    names = sorted(set(groups.values()))
    random.Random(seed).shuffle(names)
    fold_of = {g: i % k for i, g in enumerate(names)}
    out = [set() for _ in range(k)]
    for doc, g in groups.items():
        out[fold_of[g]].add(doc)
    return out


def fit(cands: list[Candidate], c: float, threshold: float = 0.5, enabled: bool = True) -> FilterModel:
    """Return a logistic regression fitted on the labelled candidates (L2 with inverse strength c)."""
    train = [x for x in cands if x.label is not None]
    counts: dict[str, int] = {}
    for x in train:
        for f in set(x.features):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    col = {f: j for j, f in enumerate(names)}
    X = np.zeros((len(train), len(names) + 1))
    X[:, -1] = 1.0  # bias, not penalised
    for i, x in enumerate(train):
        for f in set(x.features):
            if f in col:
                X[i, col[f]] = 1.0
    y = np.array([x.label for x in train], dtype=float)
    w = _newton(X, y, c)
    weights = {f: round(float(w[j]), 6) for f, j in col.items() if abs(w[j]) >= 1e-6}
    return FilterModel(weights, round(float(w[-1]), 6), threshold, enabled)


def _newton(X: np.ndarray, y: np.ndarray, c: float, steps: int = 50) -> np.ndarray:
    """Return the weights minimising log-loss + |w|^2 / (2c) (the last column is the unpenalised bias)."""
    n, d = X.shape
    reg = np.full(d, 1.0 / c)
    reg[-1] = 0.0
    w = np.zeros(d)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(d)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def event_counts(corpus: Corpus, docs: set[str], keep) -> Counts:
    """Return the evaluator's event counts on some documents with only the candidates `keep` accepts."""
    gold = [g for g in corpus.gold if g.id in docs]
    records = [x.record for x in corpus.candidates if x.doc_id in docs and keep(x)]
    records += [r for d in sorted(docs) for r in corpus.others.get(d, [])]
    return evaluate(gold, records).counts["event"]


@dataclass
class CrossValidation:
    """Cross-validated event counts: without the filter, and per (c, threshold) with it."""

    baseline: Counts
    filtered: dict[tuple[float, float], Counts]
    best: tuple[float, float]

    def table(self) -> list[dict]:
        """Return one row per setting, best first by F1."""
        rows = [{"c": c, "threshold": t, **_scores(n)} for (c, t), n in self.filtered.items()]
        return sorted(rows, key=lambda r: (-r["f1"], r["c"], r["threshold"]))


def _scores(n: Counts) -> dict:
    return {"tp": n.tp, "fp": n.fp, "fn": n.fn, "precision": round(n.precision or 0, 4),
            "recall": round(n.recall or 0, 4), "f1": round(n.f1 or 0, 4)}


def cross_validate(corpus: Corpus, c_grid=C_GRID, thresholds=THRESHOLDS, k: int = FOLDS,
                   seed: int = SEED, docs: set[str] | None = None) -> CrossValidation:
    """Return grouped k-fold figures: each fold's reports scored by a model fitted on the others
    (over `docs` only, when given)."""
    groups = {d: g for d, g in corpus.groups.items() if docs is None or d in docs}
    baseline = Counts()
    filtered = {(c, t): Counts() for c in c_grid for t in thresholds}
    for held in folds(groups, k, seed):
        baseline.add(event_counts(corpus, held, lambda x: True))
        train = [x for x in corpus.candidates if x.doc_id in groups and x.doc_id not in held]
        for c in c_grid:
            model = fit(train, c)
            score = {id(x): model.score(x.features) for x in corpus.candidates if x.doc_id in held}
            for t in thresholds:
                filtered[(c, t)].add(event_counts(corpus, held, lambda x: score[id(x)] >= t))
    best = max(filtered, key=lambda key: (round(filtered[key].f1 or 0, 6), -key[1], key[0]))
    return CrossValidation(baseline, filtered, best)


def nested_cross_validate(corpus: Corpus, k: int = FOLDS, seed: int = SEED) -> tuple[Counts, Counts, list]:
    """Return (without, with) event counts where each outer fold's setting (c, threshold) was chosen by
    an inner grouped CV on the other folds only: the estimate not flattered by choosing on it."""
    without, with_filter, chosen = Counts(), Counts(), []
    for held in folds(corpus.groups, k, seed):
        rest = {d for d in corpus.groups if d not in held}
        inner = cross_validate(corpus, k=k - 1, seed=seed, docs=rest)
        c, t = inner.best
        chosen.append((c, t))
        model = fit([x for x in corpus.candidates if x.doc_id in rest], c)
        without.add(event_counts(corpus, held, lambda x: True))
        with_filter.add(event_counts(corpus, held, lambda x: model.score(x.features) >= t))
    return without, with_filter, chosen


def transfer(corpus: Corpus, source: set[str], target: set[str], k: int = FOLDS,
             seed: int = SEED) -> tuple[Counts, Counts, tuple[float, float]]:
    """Return (without, with) event counts on the `target` reports of a model chosen by CV and fitted
    on the `source` reports only: does what was learned on one set of reports carry to others?"""
    cv = cross_validate(corpus, k=k, seed=seed, docs=source)
    c, t = cv.best
    model = fit([x for x in corpus.candidates if x.doc_id in source], c)
    return (event_counts(corpus, target, lambda x: True),
            event_counts(corpus, target, lambda x: model.score(x.features) >= t), cv.best)


def learning_curve(corpus: Corpus, c: float, threshold: float, shares=(0.25, 0.5, 0.75, 1.0),
                   repeats: int = 3, k: int = FOLDS, seed: int = SEED) -> list[tuple[float, Counts, Counts]]:
    """Return (share, without, with) per share of the training folds' report groups a fixed setting is
    fitted on (each share drawn `repeats` times): how the CV gain grows with the training reports."""
    out = []
    for share in shares:
        without, with_filter = Counts(), Counts()
        for rep in range(repeats):
            for held in folds(corpus.groups, k, seed):
                names = sorted({g for d, g in corpus.groups.items() if d not in held})
                random.Random(rep).shuffle(names)
                keep = set(names[:max(1, round(share * len(names)))])
                model = fit([x for x in corpus.candidates if x.doc_id not in held
                             and corpus.groups[x.doc_id] in keep], c)
                without.add(event_counts(corpus, held, lambda x: True))
                with_filter.add(event_counts(corpus, held, lambda x: model.score(x.features) >= threshold))
        out.append((share, without, with_filter))
    return out


def model_json(model: FilterModel, meta: dict) -> str:
    """Return the model file's text: sorted keys, one weight a line, so that rebuilds compare byte for byte."""
    body = {"bias": model.bias, "threshold": model.threshold, "enabled": model.enabled,
            "meta": meta, "weights": dict(sorted(model.weights.items()))}
    return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_or_check(path, text: str, check: bool) -> int:
    """Write a model file's text, or with `check` only compare it with the file; return the exit status
    (1: the rebuild differs from the file)."""
    out = Path(path)
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0
