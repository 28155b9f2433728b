"""Rebuild src/flashpoint/data/pair_join_model.json from our own development reports, and print its
leave-one-pair-out cross-validated figures.

    .venv/bin/python train/train_pairs.py              # all development sets, writes the shipped model
    .venv/bin/python train/train_pairs.py --check      # rebuild and compare with the shipped file
    .venv/bin/python train/train_pairs.py --no-cv      # only the fit and the setting (no nested figures)

Folds: the demo dev split with demo/multi, then demo/fresh1+2, fresh3+4, ..., fresh19+20. Never the
test split, the holdouts, nor the sets held blind (fresh21, fresh22). Deterministic: Newton's method
for the fit, the folds in a fixed order.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flashpoint.documents import read_documents
from flashpoint.evaluate import load_gold
from flashpoint.resolve import pair_training as pt
from flashpoint.resolve.filter_training import _scores

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/flashpoint/data/pair_join_model.json"
MARGIN = 0.005  # on by default only when leave-one-pair-out CV gains half a point of event F1 (and unseen text agrees)
DEFAULT = "off"
DEFAULT_REASON = "off: leave-one-pair-out CV +0.1 event F1 (needs +0.5); see docs/pair-join.md"


def material_sets() -> list[tuple[str, list, list]]:
    """Return the development folds as (name, documents, gold)."""
    dev_gold = load_gold(ROOT / "demo/gold/dev.jsonl")
    ids = {g.id for g in dev_gold}
    docs_dir = ROOT / "demo/docs"
    # demo/docs also holds the test split: only its dev JSONL and the files the dev gold names are read
    files = [str(f) for f in sorted(docs_dir.iterdir())
             if f.name == "dev.jsonl" or (f.suffix in (".txt", ".html", ".htm") and f.stem in ids)]
    dev_docs = [d for d in read_documents(files) if d.id in ids]
    multi_gold = [g for g in load_gold(ROOT / "demo/multi/gold.jsonl") if g.id not in ids]
    multi_docs = list(read_documents([str(ROOT / "demo/multi/docs.jsonl")]))
    sets = [("dev+multi", dev_docs + multi_docs, dev_gold + multi_gold)]
    for k in range(1, 20, 2):
        docs, gold = [], []
        for n in (k, k + 1):
            gold += load_gold(ROOT / f"demo/fresh{n}/gold.jsonl")
            docs += list(read_documents([str(ROOT / f"demo/fresh{n}/docs.jsonl")]))
        sets.append((f"fresh{k}+{k + 1}", docs, gold))
    return sets


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-o", "--output", default=str(OUT), help="model file to write")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if the rebuild differs from --output")
    p.add_argument("--no-cv", action="store_true", help="skip the nested leave-one-pair-out figures")
    p.add_argument("--default", choices=("off", "on", "cv"), default=DEFAULT,
                   help=f"whether extract applies the model by default (cv: when nested CV gains +{MARGIN} F1)")
    args = p.parse_args(argv)
    material = pt.collect(material_sets())
    labels = [x.label for x in material.pairs]
    n_docs = len(material.reports)
    cpu = sum(s.cpu for s in material.reports.values())
    print(f"material: {n_docs} reports in {len(material.folds())} folds, {len(labels)} event pairs "
          f"({labels.count(1)} same incident, {labels.count(0)} two incidents, {labels.count(None)} unlabelled: "
          f"an event no gold event admits)")
    for name in material.folds():
        ps = [x for x in material.pairs if material.fold_of[x.doc_id] == name]
        print(f"  {name:<12} reports {len(material.docs(name)):3d} pairs {len(ps):5d} "
              f"positive {sum(x.label == 1 for x in ps):3d} negative {sum(x.label == 0 for x in ps):5d}")
    print(f"pair features: {1000 * cpu / max(1, n_docs):.2f} ms CPU a report")
    meta = {"trained_on": "demo dev split + demo/multi, demo/fresh1 .. demo/fresh20",
            "pairs": {"positive": labels.count(1), "negative": labels.count(0), "unlabelled": labels.count(None)}}
    o_without, o_with = pt.oracle(material)
    print(f"oracle (join exactly the pairs the gold calls one incident): {_show(_scores(o_without))} -> "
          f"{_show(_scores(o_with))}")
    helps = False
    if not args.no_cv:
        results = pt.lopo(material)
        without, with_join = pt.Counts(), pt.Counts()
        print("leave-one-pair-out CV, setting chosen inside the training folds; event P / R / F1 without -> with:")
        for r in results:
            without.add(r.without)
            with_join.add(r.with_join)
            print(f"  {r.fold:<12} c={r.c:<4} t={r.threshold:<5} {_show(_scores(r.without))} -> {_show(_scores(r.with_join))}")
        print(f"  {'summed':<12} {'':<14} {_show(_scores(without))} -> {_show(_scores(with_join))}")
        helps = (with_join.f1 or 0) - (without.f1 or 0) >= MARGIN
        meta["lopo"] = {"without": _scores(without), "with": _scores(with_join),
                        "folds": [{"fold": r.fold, "c": r.c, "threshold": r.threshold,
                                   "without": _scores(r.without), "with": _scores(r.with_join)} for r in results]}
    c, t, c_without, c_with = pt.choose(material)
    print(f"setting by leave-one-pair-out over all folds: c={c}, threshold={t}: "
          f"{_show(_scores(c_without))} -> {_show(_scores(c_with))}")
    enabled = helps if args.default == "cv" else args.default == "on"
    model = pt.fit([x for x in material.pairs if x.label is not None], c, t, enabled)
    meta.update({"c": c, "threshold_cv": {"without": _scores(c_without), "with": _scores(c_with)},
                 "nested_cv_says_it_helps": helps})
    if args.default == DEFAULT:
        meta["default_reason"] = DEFAULT_REASON
    text = pt.ft.model_json(model, meta)
    print(f"{len(model.weights)} weights, {'on' if enabled else 'off'} by default")
    return pt.ft.write_or_check(args.output, text, args.check)

def _show(r: dict) -> str:
    return f"{100 * r['precision']:.1f}/{100 * r['recall']:.1f}/{100 * r['f1']:.1f} (tp {r['tp']} fp {r['fp']} fn {r['fn']})"


if __name__ == "__main__":
    sys.exit(main())
