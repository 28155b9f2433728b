"""What the learned pair join costs: CPU seconds of the per-document stages without and with it.

    python bench/pair_join.py                  # demo corpus (both splits' texts; no gold is read)
    python bench/pair_join.py --repeat 3

Each report is parsed once; then, alternating twice, `pipeline.candidate_events` is timed without the join
and with it (the shipped model's weights and threshold, applied whether or not it is on by default: pair
features, scores, and the events made again where a pair is joined), in CPU seconds (process time).
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="CPU cost of the learned pair join")
    p.add_argument("--input", nargs="+", default=[str(REPO / "demo" / "docs")], metavar="PATH")
    p.add_argument("--repeat", type=int, default=2, help="times each document is run (default 2)")
    args = p.parse_args(argv)
    docs = list(read_documents(args.input))
    model = nlp.load()
    pipeline.resources()
    started = time.process_time()
    parsed = list(model.pipe((d.text[:pipeline.MAX_PARSE_CHARS] for d in docs), batch_size=16))
    parse_cpu = time.process_time() - started
    best = {False: [], True: []}
    for _round in range(2):
        for on in (False, True):
            t0 = time.process_time()
            for _ in range(args.repeat):
                for d, sdoc in zip(docs, parsed):
                    pipeline.candidate_events(d, sdoc, pair_join=on)
            best[on].append((time.process_time() - t0) / args.repeat)
    n = len(docs)
    off, on = min(best[False]), min(best[True])
    print(f"{n} documents; CPU seconds (best of 2 rounds):")
    print(f"  parse (nlp.pipe, once)          {parse_cpu:7.3f} s  {1000 * parse_cpu / n:6.2f} ms/doc")
    print(f"  rules without the join          {off:7.3f} s  {1000 * off / n:6.2f} ms/doc")
    print(f"  rules with the join             {on:7.3f} s  {1000 * on / n:6.2f} ms/doc")
    print(f"  the join's own cost             {on - off:7.3f} s  {1000 * (on - off) / n:6.3f} ms/doc "
          f"({100 * (on - off) / (parse_cpu + off):.2f} % of extraction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
