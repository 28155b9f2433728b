"""What the learned pair join costs: CPU seconds of the per-document stages without and with it.

    python bench/pair_join.py --input demo/fresh1/docs.jsonl demo/fresh2/docs.jsonl
    python bench/pair_join.py --repeat 3

Each report is parsed once; then, twice, the rules that read it and make its events and the
scorer (pair features, scores and grouping with the shipped model's weights and threshold, whether or not it
is on by default) are timed apart, in CPU seconds (process time, so other jobs on the machine count less).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402
from flashpoint.extract.mentions import read_report  # noqa: E402
from flashpoint.resolve import pair_join  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="CPU cost of the learned pair join")
    p.add_argument("--input", nargs="+", default=[str(REPO / "demo" / f"fresh{k}" / "docs.jsonl") for k in (1, 2)],
                   metavar="PATH")
    p.add_argument("--repeat", type=int, default=2, help="times each document is run (default 2)")
    args = p.parse_args(argv)
    docs = list(read_documents(args.input))
    model = nlp.load()
    pipeline.resources()
    started = time.process_time()
    parsed = list(model.pipe((d.text[:pipeline.MAX_PARSE_CHARS] for d in docs), batch_size=16))
    parse_cpu = time.process_time() - started
    res = pipeline.resources()
    model = pair_join.shipped_model()
    rules, scorer, joins = [], [], 0
    for _round in range(2):
        cpu_rules = cpu_scorer = 0.0
        for _ in range(args.repeat):
            for d, sdoc in zip(docs, parsed):
                t0 = time.process_time()
                reading = read_report(d, sdoc, res)  # (clustering changes the mentions read: read anew)
                clusters, own = pipeline.report_clusters(d, reading)
                events = pipeline.events_of(clusters, d, reading, sdoc)
                t1 = time.process_time()
                grouping = pair_join.join(events, clusters, own, model)
                cpu_scorer += time.process_time() - t1
                cpu_rules += t1 - t0
                joins += len(events) - len(grouping)
        rules.append(cpu_rules / args.repeat)
        scorer.append(cpu_scorer / args.repeat)
    n = len(docs)
    rule_s, scorer_s = min(rules), min(scorer)
    print(f"{n} documents, {joins // (2 * args.repeat)} joins a pass (threshold {model.threshold}); "
          f"CPU seconds (best of 2 rounds):")
    print(f"  parse (nlp.pipe, once)                 {parse_cpu:7.3f} s  {1000 * parse_cpu / n:6.2f} ms/doc")
    print(f"  rules (reading, clusters, events)      {rule_s:7.3f} s  {1000 * rule_s / n:6.2f} ms/doc")
    print(f"  scorer (pair features, scores, groups) {scorer_s:7.3f} s  {1000 * scorer_s / n:6.3f} ms/doc "
          f"({100 * scorer_s / (parse_cpu + rule_s):.2f} % of parse + rules; a report with a join also makes its "
          f"events again: about the rules' cost once more)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
