"""How the cost of the cross-report merge grows: synthetic days of 1k, 10k and 100k events.

Run: `python bench/merge.py [--sizes 1000 10000 100000] [--model denser|coverage] [--incidents 3000]
[--tail 0.5] [--seed 7] [--growing-map] [--flat] [--against REV]`

A synthetic day: incidents spread over 150 countries (a few countries carry most of the news, as
on a real day), each report disagreeing with the others on the precision of the place (a town,
"near" it, or only the country), on the figures, and on the attacker's name (a named group or
"militants"); dates over three days, some reports giving none. Two models of what reading more
articles adds (say which one a figure comes from):
- `denser` (the default, the figures of earlier sessions): each incident is told by 1 to 5
  outlets, so 100k reports are about 33k incidents on the same map, ten times as dense as 10k.
  That is not what a real day looks like: the world does not have ten times the incidents because
  one reads ten times the articles. It measures how the merge copes with a crowded map.
- `coverage` (what we assume a real day is): the day has a fixed number of incidents (`--incidents`,
  3,000 of every type by default: an assumption, not a measured figure) and more articles are more
  reports of the same incidents, unevenly (incident k is told with weight 1 / k ** `--tail`: at 100k
  reports the most told incident has about 900, most have a few dozen). It measures how the merge
  copes with many reports per incident.
The script prints, per size, the seconds `merge_events` took (wall clock, and the CPU seconds of
this process: on a shared machine the wall clock mostly measures the other processes), the candidate
pairs the blocks produced (per event, and the CPU microseconds per pair: the work that does not
depend on how busy the machine is), the records out, and the ratios to the size before (CPU time,
pairs, size): near-linear growth gives a time ratio close to the size ratio (10); a time ratio
close to the pairs ratio says the cost per pair stayed the same and only the number of pairs grew.
It also prints how well the merge did on the synthetic truth (an incident is known from its reports'
ids): `found` is the share of pairs of reports of one incident that ended in one record, `mixed` the
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
INCIDENTS = 3000  # model `coverage`: the incidents of one day worldwide, every type (an assumption, see above)
TAIL = 0.5  # model `coverage`: incident k is told by outlets with weight 1 / k ** TAIL


def _incident(rng: random.Random, number: int, countries: list, weights: list, centre: dict) -> dict:
    """Return one synthetic incident: country, town, type, attacking group, day and toll."""
    code = rng.choices(countries, weights)[0]
    lat0, lon0 = centre[code]
    lat, lon = lat0 + rng.uniform(-4, 4), lon0 + rng.uniform(-4, 4)
    etype, sub = rng.choice(TYPES)
    return {"number": number, "code": code, "centre": (lat0, lon0), "at": (lat, lon),
            "town": f"Town-{code}-{round(lat, 1)}-{round(lon, 1)}", "type": (etype, sub),
            "group": f"Group-{code}-{rng.randrange(6)}", "day": DAY - timedelta(days=rng.randrange(3)),
            "dead": rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20])}


def _report(rng: random.Random, incident: dict, outlet: int) -> Event:
    """Return one outlet's report of an incident: it may give the town, "near" it or only the country,
    name the group or "militants", give no date, and put the toll a little higher."""
    code, town, (lat, lon), (lat0, lon0) = incident["code"], incident["town"], incident["at"], incident["centre"]
    precision = rng.choices([1, 2, 3], [0.7, 0.15, 0.15])[0]
    place = Place(town if precision < 3 else code, None, code, code,
                  lat if precision < 3 else lat0, lon if precision < 3 else lon0, precision, town, "city")
    named = rng.random() < 0.6
    actor1 = Actor(incident["group"] if named else "Militants", None, "rebel group", code, None, "x")
    undated = rng.random() < 0.1
    day = incident["day"]
    when = DateSpan(DAY if undated else day, DAY if undated else day, "unknown" if undated else "day", None)
    dead = incident["dead"]
    figure = None if dead is None else dead + rng.choice([0, 0, 1, 2])
    doc = f"doc-{incident['number']}-{outlet}"
    # a report names the place it gives (as real ones do: the merge reads the names in the sentences)
    sentence = f"Report {outlet} of incident {incident['number']} in {place.name}."
    etype, sub = incident["type"]
    e = Event("event", etype, sub, actor1, None, when, place, Casualties(figure, figure),
              [Evidence(doc, 0, len(sentence), sentence)], [doc], 0.7, trigger="attacked")
    e.assign_id()
    return e


def _map(rng: random.Random, regions: int, zipf: bool) -> tuple[list, list, dict]:
    countries = [f"C{k:03d}" for k in range(regions)]
    weights = [1 / (k + 1) if zipf else 1.0 for k in range(regions)]
    centre = {c: (rng.uniform(-40, 60), rng.uniform(-100, 140)) for c in countries}
    return countries, weights, centre


def synthetic_day(n: int, rng: random.Random, regions: int = 150, zipf: bool = True) -> list[Event]:
    """Return about n per-report events of one news day (model `denser`: incidents told by 1 to 5
    outlets, so 10 times the reports are 10 times the incidents on the same map) over `regions`
    country-sized areas (Zipf: a few carry most of the news; else all alike)."""
    countries, weights, centre = _map(rng, regions, zipf)
    events: list[Event] = []
    number = 0
    while len(events) < n:
        number += 1
        incident = _incident(rng, number, countries, weights, centre)
        events.extend(_report(rng, incident, outlet) for outlet in range(rng.choice([1, 2, 3, 3, 4, 5])))
    rng.shuffle(events)
    return events[:n]


def coverage_day(n: int, rng: random.Random, incidents: int = INCIDENTS, tail: float = TAIL,
                 regions: int = 150, zipf: bool = True) -> list[Event]:
    """Return n per-report events of one news day (model `coverage`): the day has a fixed number of
    incidents whatever the number of articles read, and reading more outlets adds reports of the
    same incidents; incident k is told with weight 1 / k ** tail (a few incidents are told by
    hundreds of outlets, most by a few)."""
    countries, weights, centre = _map(rng, regions, zipf)
    day = [_incident(rng, k + 1, countries, weights, centre) for k in range(incidents)]
    told = rng.choices(range(incidents), [1 / (k + 1) ** tail for k in range(incidents)], k=n)
    outlets = [0] * incidents
    events = []
    for k in told:
        events.append(_report(rng, day[k], outlets[k]))
        outlets[k] += 1
    return events


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
        others = ["--seed", str(args.seed), "--model", args.model, "--incidents", str(args.incidents),
                  "--tail", str(args.tail)] + (["--growing-map"] if args.growing_map else []) + \
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
    parser.add_argument("--model", choices=("denser", "coverage"), default="denser",
                        help="denser: more reports are more incidents (1-5 reports each); coverage: a fixed number "
                             "of incidents told by more outlets")
    parser.add_argument("--incidents", type=int, default=INCIDENTS, help="model coverage: incidents in the day")
    parser.add_argument("--tail", type=float, default=TAIL, help="model coverage: incident k is told with weight "
                        "1 / k ** TAIL")
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
              f"{'us/pair':>8} {'records':>8} {'found':>6} {'mixed':>6} {'cpu ratio':>10} {'pair ratio':>10} "
              f"{'size ratio':>10}")
    if args.against:
        print(f"model {args.model}" + (f", {args.incidents} incidents, tail {args.tail}" if args.model == "coverage"
                                       else ""))
        print(header + "  code")
        against(args.against, args)
        return
    if not args.no_header:
        print(header)
    before = None
    for n in args.sizes:
        regions = max(150, 150 * n // 1000) if args.growing_map else 150
        if args.model == "coverage":
            events = coverage_day(n, random.Random(args.seed), args.incidents, args.tail, regions, zipf=not args.flat)
        else:
            events = synthetic_day(n, random.Random(args.seed), regions, zipf=not args.flat)
        pairs = len(candidate_pairs(events))
        started, cpu = time.perf_counter(), time.process_time()
        out = merge_events(events)
        wall, took = time.perf_counter() - started, time.process_time() - cpu
        ratio = "" if before is None else f"{took / before[1]:.1f}"
        pair_ratio = "" if before is None else f"{pairs / max(1, before[2]):.1f}"
        size = "" if before is None else f"{n / before[0]:.1f}"
        found, mixed = quality(out)
        print(f"{n:>8} {wall:>8.2f} {took:>8.2f} {1e6 * took / n:>12.1f} {pairs:>9} {pairs / n:>11.1f} "
              f"{1e6 * took / max(1, pairs):>8.1f} {len(out):>8} {found:>6.1%} {mixed:>6} {ratio:>10} "
              f"{pair_ratio:>10} {size:>10}", flush=True)
        before = (n, took, pairs)

if __name__ == "__main__":
    main()
