"""What the learned event filter costs: CPU seconds of its features and scores against the rest of extraction.

    python bench/event_filter.py                  # demo corpus (both splits' texts; no gold is read)
    python bench/event_filter.py --repeat 3

Each report is parsed once; then, alternating twice, the per-document stages without the filter
(`pipeline.candidate_events`) and the filter alone (`event_filter.features` + score) are timed in CPU
seconds (process time, so other jobs on the machine count less than in wall time). Prints the
filter's share of extraction beside parsing, and what it takes off an extract / bare nlp.pipe ratio.
"""
from __future__ import annotations

import sys
import time

from parsed import REPO, parsed_inputs

from flashpoint import pipeline  # noqa: E402
from flashpoint.resolve import event_filter  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args, docs, parsed, parse_cpu = parsed_inputs("CPU cost of the learned event filter", [str(REPO / "demo" / "docs")],
                                                  argv)
    shipped = event_filter.shipped_model()
    rules, scoring, candidates = [], [], 0
    for _round in range(2):
        cpu_rules = cpu_filter = 0.0
        for _ in range(args.repeat):
            for d, sdoc in zip(docs, parsed):
                t0 = time.process_time()
                events, clusters = pipeline.candidate_events(d, sdoc)
                t1 = time.process_time()
                event_filter.screen(list(events), clusters, sdoc, d, shipped)
                t2 = time.process_time()
                cpu_rules += t1 - t0
                cpu_filter += t2 - t1
                candidates += len(events)
        rules.append(cpu_rules / args.repeat)
        scoring.append(cpu_filter / args.repeat)
    rule_s, filter_s = min(rules), min(scoring)
    n = len(docs)
    share = filter_s / (parse_cpu + rule_s + filter_s)
    print(f"{n} documents, {candidates // (2 * args.repeat)} candidate records a pass; CPU seconds (best of 2 rounds):")
    print(f"  parse (nlp.pipe, once)         {parse_cpu:7.3f} s  {1000 * parse_cpu / n:6.2f} ms/doc")
    print(f"  rules (candidate_events)       {rule_s:7.3f} s  {1000 * rule_s / n:6.2f} ms/doc")
    print(f"  filter (features + scores)     {filter_s:7.3f} s  {1000 * filter_s / n:6.3f} ms/doc")
    print(f"  filter share of extract's CPU  {100 * share:.2f} %  "
          f"(an extract / bare ratio r becomes r x {1 - share:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
