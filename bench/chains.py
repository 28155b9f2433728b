"""How the cost of building action-reaction chains grows: 2k, 20k and 200k synthetic links.

Run: `python bench/chains.py [--sizes 2000 20000 200000] [--seed 7]`

Synthetic records: chains of 2 to 6 events a day apart, each event answering the one before it.
Prints the CPU seconds `build_chains` took (the machine is shared: wall clock measures the others), the chains found and the ratio to the size before (a ratio
close to the size ratio is linear growth).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from flashpoint.analysis.chains import build_chains  # noqa: E402


def synthetic_links(n: int, rng: random.Random) -> list[dict]:
    """Return records holding about n `responds_to` links, in chains of 2 to 6 events."""
    records: list[dict] = []
    links = 0
    chain = 0
    while links < n:
        chain += 1
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        before = None
        for k in range(rng.randint(2, 6)):
            eid = f"ev-{chain}-{k}"
            records.append({"event_id": eid, "date": {"start": (start + timedelta(days=k)).isoformat()},
                            "actor1": {"name": f"Side-{k % 2}"}, "responds_to": [before] if before else []})
            links += before is not None
            before = eid
    rng.shuffle(records)
    return records


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 200000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"{'links':>8} {'records':>8} {'cpu s':>8} {'chains':>8} {'time ratio':>10} {'size ratio':>10}")
    before = None
    for n in args.sizes:
        records = synthetic_links(n, random.Random(args.seed))
        started = time.process_time()
        chains = build_chains(records)
        took = time.process_time() - started
        ratio = "" if before is None else f"{took / before[1]:.1f}"
        size = "" if before is None else f"{n / before[0]:.1f}"
        print(f"{n:>8} {len(records):>8} {took:>8.3f} {len(chains):>8} {ratio:>10} {size:>10}", flush=True)
        before = (n, took)


if __name__ == "__main__":
    main()
