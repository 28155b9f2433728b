"""What the learned pair join costs: CPU seconds of the per-document stages without and with it.

    python bench/pair_join.py --input demo/fresh1/docs.jsonl demo/fresh2/docs.jsonl
    python bench/pair_join.py --repeat 3

Each report is parsed once; then, twice, the rules that read it and make its events and the
scorer (pair features, scores and grouping with the shipped model's weights and threshold, whether or not it
is on by default) are timed apart, in CPU seconds (process time, so other jobs on the machine count less).
"""
from __future__ import annotations

import sys
import time

from parsed import REPO, parsed_inputs

from flashpoint import pipeline  # noqa: E402
from flashpoint.extract.mentions import read_report  # noqa: E402
from flashpoint.resolve import pair_join  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args, docs, parsed, parse_cpu = parsed_inputs(
        "CPU cost of the learned pair join", [str(REPO / "demo" / f"fresh{k}" / "docs.jsonl") for k in (1, 2)], argv)
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
