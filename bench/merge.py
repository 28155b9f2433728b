"""How the cost of the cross-report merge grows: synthetic days of 1k, 10k and 100k events.

Run: `python bench/merge.py [--sizes 1000 10000 100000] [--seed 7] [--growing-map] [--flat] [--against REV]`

A synthetic day: incidents spread over 150 countries (a few countries carry most of the news, as
on a real day), each told by 1 to 5 outlets that disagree on the precision of the place (a town,
"near" it, or only the country), on the figures, and on the attacker's name (a named group or
"militants"); dates over three days, some reports giving none. The script prints, per size, the
seconds `merge_events` took (wall clock, and the CPU seconds of this process: on a shared machine
the wall clock mostly measures the other processes), the candidate pairs the blocks produced (and per event: the work
that does not depend on how busy the machine is), the records out, and the ratios to the size
before (CPU): near-linear growth gives a time ratio close to the size ratio (10). Blocks fill up as a
fixed map gets denser, until the caps (AMBIGUOUS_BLOCK, WIDE_BLOCK) bound the work per event. It also
prints how well the merge did on the synthetic truth (an incident is known from its reports' ids):
`found` is the share of pairs of reports of one incident that ended in one record, `mixed` the
records holding reports of two incidents or more.

`--against REV` runs each size twice, in fresh processes one after the other on the same data: with
the merge code of git revision REV (e.g. main, its `src/` taken with `git archive`) and with this
tree's, so that a before/after on a busy machine comes from the same conditions.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# --against runs this script with another revision's code: its src/ is handed over in this variable
sys.path.insert(0, os.environ.get("FLASHPOINT_BENCH_SRC") or str(REPO / "src"))

from flashpoint.model import Actor, Casualties, DateSpan, Event, Evidence, Place  # noqa: E402
from flashpoint.resolve.merge import candidate_pairs, merge_events  # noqa: E402

DAY = date(2024, 5, 6)
TYPES = [("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Riots", "Violent demonstration"), ("Strategic developments", "Arrests")]


def synthetic_day(n: int, rng: random.Random, regions: int = 150, zipf: bool = True) -> list[Event]:
    """Return about n per-report events of one news day (incidents told by 1 to 5 outlets) over
    `regions` country-sized areas (Zipf: a few carry most of the news; else all alike)."""
    countries = [f"C{k:03d}" for k in range(regions)]
    weights = [1 / (k + 1) if zipf else 1.0 for k in range(regions)]
    centre = {c: (rng.uniform(-40, 60), rng.uniform(-100, 140)) for c in countries}
    events: list[Event] = []
    incident = 0
    while len(events) < n:
        incident += 1
        code = rng.choices(countries, weights)[0]
        lat0, lon0 = centre[code]
        lat, lon = lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4)
        town = f"Town-{code}-{round(lat, 1)}-{round(lon, 1)}"
        etype, sub = rng.choice(TYPES)
        group = f"Group-{code}-{rng.randrange(6)}"
        day = DAY - timedelta(days=rng.randrange(3))
        dead = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20])
        for outlet in range(rng.choice([1, 2, 3, 3, 4, 5])):
            precision = rng.choices([1, 2, 3], [0.7, 0.15, 0.15])[0]
            place = Place(town if precision < 3 else code, None, code, code,
                          lat if precision < 3 else lat0, lon if precision < 3 else lon0, precision, town, "city")
            named = rng.random() < 0.6
            actor1 = Actor(group if named else "Militants", None, "rebel group", code, None, "x")
            undated = rng.random() < 0.1
            when = DateSpan(DAY if undated else day, DAY if undated else day, "unknown" if undated else "day", None)
            figure = None if dead is None else dead + rng.choice([0, 0, 1, 2])
            doc = f"doc-{incident}-{outlet}"
            sentence = f"Report {outlet} of incident {incident}."
            e = Event("event", etype, sub, actor1, None, when, place, Casualties(figure, figure),
                      [Evidence(doc, 0, len(sentence), sentence)], [doc], 0.7, trigger="attacked")
            e.assign_id()
            events.append(e)
    rng.shuffle(events)
    return events[:n]


def quality(out: list[Event]) -> tuple[float, int]:
    """Return (share of the pairs of reports of one synthetic incident merged into one record,
    records mixing incidents); a report's incident is the middle of its id, doc-<incident>-<outlet>."""
    incident = lambda doc: doc.split("-")[1]  # noqa: E731
    together = mixed = 0
    per_incident: dict[str, int] = {}
    for e in out:
        found: dict[str, int] = {}
        for doc in e.sources:
            found[incident(doc)] = found.get(incident(doc), 0) + 1
        mixed += len(found) > 1
        for key, n in found.items():
            together += n * (n - 1) // 2
            per_incident[key] = per_incident.get(key, 0) + n
    total = sum(n * (n - 1) // 2 for n in per_incident.values())
    return (together / total if total else 1.0), mixed


def against(rev: str, args: argparse.Namespace) -> None:
    """Run each size with REV's merge code and this tree's, alternating, in fresh processes."""
    with tempfile.TemporaryDirectory(prefix="flashpoint-merge-bench-") as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], capture_output=True, check=False)
        if archive.returncode != 0:
            sys.exit(f"git archive {rev}: {archive.stderr.decode().strip()}")
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        others = ["--seed", str(args.seed)] + (["--growing-map"] if args.growing_map else []) + \
            (["--flat"] if args.flat else [])
        for n in map(str, args.sizes):
            for label, src in ((rev, str(Path(tmp) / "src")), ("this tree", "")):
                env = dict(os.environ, FLASHPOINT_BENCH_SRC=src)
                line = subprocess.run([sys.executable, __file__, "--sizes", n, *others, "--no-header"], env=env,
                                      capture_output=True, text=True, check=True).stdout.rstrip()
                print(f"{line}  {label}", flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--growing-map", action="store_true",
                        help="areas grow with the size (150 per 1,000 events), to tell the cost of the algorithm "
                             "from the cost of a denser map")
    parser.add_argument("--flat", action="store_true", help="all areas alike (no Zipf hotspots): with "
                        "--growing-map the density of reports per place and day stays constant")
    parser.add_argument("--against", metavar="REV", help="also time git revision REV's merge code (e.g. main), "
                        "size by size, in fresh processes alternating with this tree's")
    parser.add_argument("--no-header", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    header = (f"{'events':>8} {'seconds':>8} {'cpu s':>8} {'cpu us/event':>12} {'pairs':>9} {'pairs/event':>11} "
              f"{'records':>8} {'found':>6} {'mixed':>6} {'cpu ratio':>10} {'size ratio':>10}")
    if args.against:
        print(header + "  code")
        against(args.against, args)
        return
    if not args.no_header:
        print(header)
    before = None
    for n in args.sizes:
        regions = max(150, 150 * n // 1000) if args.growing_map else 150
        events = synthetic_day(n, random.Random(args.seed), regions, zipf=not args.flat)
        pairs = len(candidate_pairs(events))
        started, cpu = time.perf_counter(), time.process_time()
        out = merge_events(events)
        wall, took = time.perf_counter() - started, time.process_time() - cpu
        ratio = "" if before is None else f"{took / before[1]:.1f}"
        size = "" if before is None else f"{n / before[0]:.1f}"
        found, mixed = quality(out)
        print(f"{n:>8} {wall:>8.2f} {took:>8.2f} {1e6 * took / n:>12.1f} {pairs:>9} {pairs / n:>11.1f} {len(out):>8} "
              f"{found:>6.1%} {mixed:>6} {ratio:>10} {size:>10}", flush=True)
        before = (n, took)


if __name__ == "__main__":
    main()
