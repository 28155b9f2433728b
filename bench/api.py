"""Latency of the dashboard's queries through the API, on a store of 1 M synthetic events.

    python bench/api.py                          # 1,000,000 events, 60 requests per query
    python bench/api.py --events 200000 --requests 30 --db /tmp/syn.duckdb --keep

A store of N synthetic events is generated with a skewed, conflict-like distribution (a few countries
hold most events, each around a handful of hotspot towns; more events in later years, bursts of
fighting; ACLED-like type mix; fatalities mostly none or few with a long tail; 2 % of events answer an
earlier one). `flashpoint serve` runs on it in a child process (uvicorn on loopback), and each of the
dashboard's queries is sent `--requests` times with varied parameters, one request at a time over one
keep-alive connection. Prints p50 / p95 / max in milliseconds per query (client-side wall time: the
whole HTTP round trip, JSON included) and the p95 over all of them; target p95 < 200 ms.
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

import duckdb  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from flashpoint.store import Store  # noqa: E402

TARGET_P95_MS = 200.0
COUNTRIES = [  # code, name, lat, lon of a centre of the fighting
    ("UKR", "Ukraine", 48.5, 36.0), ("SYR", "Syria", 35.5, 38.5), ("SDN", "Sudan", 14.0, 31.0),
    ("MMR", "Myanmar", 21.5, 95.5), ("YEM", "Yemen", 15.0, 44.5), ("PSE", "Palestine", 31.4, 34.4),
    ("NGA", "Nigeria", 11.0, 9.0), ("COD", "DR Congo", -1.5, 29.0), ("MLI", "Mali", 15.5, -2.5),
    ("BFA", "Burkina Faso", 12.5, -1.0), ("SOM", "Somalia", 3.0, 45.0), ("IRQ", "Iraq", 34.0, 43.5),
    ("AFG", "Afghanistan", 34.5, 68.0), ("PAK", "Pakistan", 31.5, 70.0), ("ETH", "Ethiopia", 11.0, 39.0),
    ("MEX", "Mexico", 20.5, -101.0), ("COL", "Colombia", 4.5, -74.5), ("LBN", "Lebanon", 33.5, 35.6),
    ("HTI", "Haiti", 18.6, -72.3), ("CMR", "Cameroon", 5.5, 10.5), ("NER", "Niger", 14.0, 4.0),
    ("MOZ", "Mozambique", -12.0, 40.0), ("LBY", "Libya", 32.0, 15.0), ("IND", "India", 24.5, 93.5),
    ("PHL", "Philippines", 7.5, 124.5), ("CAF", "Central African Republic", 6.0, 20.0), ("TCD", "Chad", 13.0, 17.0),
    ("KEN", "Kenya", 0.5, 37.5), ("ISR", "Israel", 32.5, 35.0), ("IRN", "Iran", 32.0, 53.0),
]
TYPES = [  # event type, its share, sub-types
    ("Battles", 0.22, ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]),
    ("Explosions/Remote violence", 0.28, ["Shelling/artillery/missile attack", "Air/drone strike",
                                          "Remote explosive/landmine/IED", "Suicide bomb"]),
    ("Violence against civilians", 0.17, ["Attack", "Abduction/forced disappearance"]),
    ("Protests", 0.22, ["Peaceful protest", "Protest with intervention"]),
    ("Riots", 0.05, ["Violent demonstration", "Mob violence"]),
    ("Strategic developments", 0.06, ["Arrests", "Looting/property destruction", "Disrupted weapons use"]),
]
FIRST_DAY, DAYS = date(2018, 1, 1), 8 * 365


def synthetic_events(n: int, seed: int = 7) -> pd.DataFrame:
    """Return n synthetic events as the store's flat columns (see the module's docstring for the shape)."""
    rng = np.random.default_rng(seed)
    weights = 1 / np.arange(1, len(COUNTRIES) + 1) ** 0.9
    country = rng.choice(len(COUNTRIES), n, p=weights / weights.sum())
    # dates: more events every year, and a burst of fighting in each country (a fifth of its events in 60 days)
    day = (np.sqrt(rng.random(n)) * DAYS).astype(int)
    burst_start = rng.integers(0, DAYS - 60, len(COUNTRIES))
    in_burst = rng.random(n) < 0.2
    day[in_burst] = burst_start[country[in_burst]] + rng.integers(0, 60, in_burst.sum())
    shares = np.array([t[1] for t in TYPES])
    kind = rng.choice(len(TYPES), n, p=shares / shares.sum())
    sub = np.array([TYPES[k][2][i % len(TYPES[k][2])] for k, i in zip(kind, rng.integers(0, 4, n))], dtype=object)
    # places: eight hotspot towns per country, most events at the first few, jittered around them
    hotspot = np.minimum(rng.zipf(1.6, n) - 1, 7)
    offsets = rng.normal(0, 1.6, (len(COUNTRIES), 8, 2))
    centre = np.array([[c[2], c[3]] for c in COUNTRIES])
    lat = centre[country, 0] + offsets[country, hotspot, 0] + rng.normal(0, 0.08, n)
    lon = centre[country, 1] + offsets[country, hotspot, 1] + rng.normal(0, 0.08, n)
    dead = np.where(rng.random(n) < 0.35, -1, np.floor(rng.pareto(1.3, n) * 1.5)).astype(int)
    dead[kind == 3] = np.where(rng.random((kind == 3).sum()) < 0.97, 0, 1)  # protests: hardly ever deaths
    codes = np.array([c[0] for c in COUNTRIES], dtype=object)[country]
    group = rng.integers(1, 4, n)
    state = np.array([f"Military Forces of {c[1]}" for c in COUNTRIES], dtype=object)[country]
    rebels = np.array([f"{code} armed group {g}" for code, g in zip(codes, group)], dtype=object)
    civilians = kind == 2
    actor1 = np.where(kind == 3, "Protesters (" + codes + ")", np.where(rng.random(n) < 0.5, state, rebels))
    actor2 = np.where(civilians, "Civilians (" + codes + ")", np.where(actor1 == state, rebels, state))
    actor2 = np.where((kind == 3) & (rng.random(n) < 0.7), None, actor2)
    town = np.array([f"{c[0].title()}town {h}" for c in COUNTRIES for h in range(8)], dtype=object)[country * 8 + hotspot]
    starts = pd.to_datetime(FIRST_DAY) + pd.to_timedelta(day, unit="D")
    order = np.argsort(day, kind="stable")  # stored in about the order reports come in: by date
    frame = pd.DataFrame({
        "event_id": [f"syn-{i:07d}" for i in range(n)], "event_type": [TYPES[k][0] for k in kind], "sub_event_type": sub,
        "actor1": actor1, "actor2": actor2, "date_start": starts, "location": town, "country_code": codes,
        "country": np.array([c[1] for c in COUNTRIES], dtype=object)[country], "lat": lat.round(4), "lon": lon.round(4),
        "fatalities": dead,
    }).iloc[order].reset_index(drop=True)
    frame["notes"] = (frame["actor1"] + " struck " + frame["actor2"].fillna("a position") + " near " + frame["location"]
                      + " (" + frame["sub_event_type"] + ").")
    return frame


def build_store(path: Path, n: int) -> float:
    """Write n synthetic events, their documents, evidence, reports and links into a new store; return seconds."""
    started = time.perf_counter()
    Store(path)  # the schema, as flashpoint creates it
    frame = synthetic_events(n)
    con = duckdb.connect(str(path))
    con.register("syn", frame)
    columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'events' ORDER BY ordinal_position").fetchall()]
    values = {
        "kind": "'event'", "actor1_type": "'state forces'", "actor1_country": "country_code", "actor1_backer": "NULL",
        "actor2_type": "CASE WHEN actor2 IS NULL THEN NULL ELSE 'rebel group' END", "actor2_country": "country_code",
        "actor2_backer": "NULL", "date_start": "CAST(date_start AS DATE)", "date_end": "CAST(date_start AS DATE)",
        "date_precision": "'day'", "date_text": "NULL", "admin1": "NULL", "geo_precision": "1",
        "fatalities_low": "CASE WHEN fatalities < 0 THEN NULL ELSE fatalities END",
        "fatalities_high": "CASE WHEN fatalities < 0 THEN NULL ELSE fatalities + fatalities // 4 END",
        "injured_low": "NULL", "injured_high": "NULL", "count": "NULL", "weapons": "[]::VARCHAR[]", "confidence": "0.7",
        "n_sources": "1", "first_seen": "now()::TIMESTAMP", "updated_at": "now()::TIMESTAMP",
        "sources": "'[\"doc-' || event_id || '\"]'",
        # what resolve.links.side gives for these actors (a state's forces: 'state:<code>'); no cue to resolve
        "side1": "'state:' || country_code", "side2": "actor2", "pending": "FALSE",
        "record": """to_json({'event_id': event_id, 'kind': 'event', 'event_type': event_type,
                     'sub_event_type': sub_event_type, 'actor1': {'name': actor1}, 'actor2': CASE WHEN actor2 IS NULL
                     THEN NULL ELSE {'name': actor2} END, 'date': {'start': strftime(date_start, '%Y-%m-%d'),
                     'end': strftime(date_start, '%Y-%m-%d'), 'precision': 'day'}, 'location': {'name': location,
                     'country': country, 'country_code': country_code, 'lat': lat, 'lon': lon, 'precision': 1},
                     'fatalities': {'low': CASE WHEN fatalities < 0 THEN NULL ELSE fatalities END},
                     'evidence': [{'doc_id': 'doc-' || event_id, 'start': 0, 'end': length(notes), 'sentence': notes}],
                     'sources': ['doc-' || event_id], 'confidence': 0.7})""",
    }
    select = ", ".join(values.get(c, c) for c in columns)
    con.execute(f"INSERT INTO events SELECT {select} FROM syn")
    con.execute("INSERT INTO event_sources SELECT event_id, 'doc-' || event_id FROM syn")
    con.execute("""INSERT INTO evidence SELECT event_id, 'doc-' || event_id, 0, length(notes), notes FROM syn""")
    con.execute("""INSERT INTO documents SELECT 'doc-' || event_id, md5(notes), CAST(date_start AS DATE) + 1, 'Synthetic Wire',
                   NULL, location || ' report', 'bench', notes, 1, now()::TIMESTAMP, now()::TIMESTAMP FROM syn""")
    con.execute("""INSERT INTO reports SELECT event_id, 'doc-' || event_id, event_id, 'event', country_code,
                   CAST(date_start AS DATE), CAST(date_start AS DATE), '{}' FROM syn""")
    # 2 % of events answer the previous event in their country
    con.execute("""INSERT INTO report_links SELECT event_id, previous, 'explicit', NULL FROM (
                     SELECT event_id, lag(event_id) OVER (PARTITION BY country_code ORDER BY date_start, event_id) AS previous,
                            hash(event_id) % 50 AS pick FROM syn) WHERE pick = 0 AND previous IS NOT NULL""")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


def queries(rng: random.Random, sample_ids: list[str], cursor: str) -> dict[str, callable]:
    """Return query name -> a function giving one request path (parameters varied by the generator)."""
    def day(lo=0, hi=DAYS - 1) -> date:
        return FIRST_DAY + timedelta(days=rng.randint(lo, hi))

    def filters() -> dict:
        pick = rng.random()
        country = rng.choice(COUNTRIES[:12])[0]
        since = day(0, DAYS - 90)
        if pick < 0.2:
            return {}
        if pick < 0.45:
            return {"country": country}
        if pick < 0.65:
            return {"country": country, "since": since, "until": since + timedelta(days=90)}
        if pick < 0.8:
            return {"type": rng.choice(TYPES)[0], "since": since}
        if pick < 0.9:
            return {"actor": f"armed group {rng.randint(1, 3)}", "country": country}
        return {"min_fatalities": rng.choice([5, 10, 50])}

    def box(zoom: float) -> str:
        _, _, lat, lon = rng.choice(COUNTRIES)
        half = 360 / 2 ** zoom
        return f"{lon - half:.3f},{max(-90, lat - half / 2):.3f},{lon + half:.3f},{min(90, lat + half / 2):.3f}"

    def path(base: str, params: dict) -> str:
        return base + ("?" + urllib.parse.urlencode(params) if params else "")

    return {
        "list, 50 newest (filtered)": lambda: path("/api/events", {**filters(), "limit": 50}),
        "list, next page (cursor)": lambda: path("/api/events", {"limit": 50, "cursor": cursor}),
        "list, text search": lambda: path("/api/events", {"q": rng.choice(["near Ukrtown 3", "Air/drone", "Suicide"]),
                                                           "limit": 50}),
        "timeline per day/week (filtered)": lambda: path("/api/timeline", filters()),
        "map cells in a box": lambda: (lambda z: path("/api/map", {**filters(), "zoom": z, "bbox": box(z)}))(
            rng.choice([2, 3, 4, 5, 6, 8])),
        "map, whole world": lambda: path("/api/map", {**filters(), "zoom": 2, "bbox": "-180,-85,180,85"}),
        "counts per type (legend)": lambda: path("/api/aggregates", {**filters(), "by": "type"}),
        "counts per country (shading)": lambda: path("/api/aggregates", {**filters(), "by": "country"}),
        "event detail": lambda: f"/api/events/{rng.choice(sample_ids)}",
    }


def tab_queries(rng: random.Random) -> dict[str, callable]:
    """Return the queries of the side tabs, opened by a click: timed apart, outside the p95 target."""
    return {"chains tab (one country)": lambda: "/api/chains?" + urllib.parse.urlencode(
        {"country": rng.choice(COUNTRIES[:12])[0]})}


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def run(args) -> None:
    folder = Path(tempfile.mkdtemp(prefix="flashpoint-bench-"))
    db = Path(args.db) if args.db else folder / "synthetic.duckdb"
    if not db.exists():
        seconds = build_store(db, args.events)
        print(f"store: {args.events:,} synthetic events written in {seconds:.1f} s, "
              f"{db.stat().st_size / 2**20:.0f} MB ({db})")
    stats = Store(db, read_only=True).stats()
    print(f"store holds {stats['events']:,} events, {stats['links_explicit']:,} explicit links, "
          f"{len(stats['per_country'])} countries, {stats['first_date']} to {stats['last_date']}")
    port = args.port or free_port()
    server = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(db), "--port", str(port)]
                             + (["--hold"] if args.hold else []), stderr=subprocess.PIPE)
    try:
        con = wait_for(port, server)
        health = request(con, "/api/health")[1]
        if health["events"] != stats["events"]:  # another server on this port
            raise SystemExit(f"port {port} answers for a store of {health['events']} events, not this one")
        rng = random.Random(11)
        first = request(con, "/api/events?limit=50")[1]
        sample_ids = [row["event_id"] for row in first["events"]] + [
            f"syn-{rng.randrange(stats['events']):07d}" for _ in range(50)]
        mode = "store held until the server stops (--hold)" if args.hold else "store held while requests come (default)"
        print(f"== {args.requests} requests per query, one at a time, loopback, {mode}; ms")
        print(f"{'query':<36}{'p50':>8}{'p95':>8}{'max':>8}{'rows':>8}")
        every = []
        for name, make in queries(rng, sample_ids, first["next_cursor"]).items():
            request(con, make())  # warm-up, untimed
            samples, sizes = [], []
            for _ in range(args.requests):
                started = time.perf_counter()
                status, body = request(con, make())
                samples.append(1000 * (time.perf_counter() - started))
                if status != 200:
                    raise SystemExit(f"{name}: HTTP {status}: {body}")
                sizes.append(len(next((body[k] for k in ("events", "rows", "cells") if isinstance(body.get(k), list)), [body])))
            every += samples
            print(f"{name:<36}{statistics.median(samples):>8.1f}{percentile(samples, 0.95):>8.1f}"
                  f"{max(samples):>8.1f}{statistics.median(sizes):>8.0f}")
        p95 = percentile(every, 0.95)
        print(f"{'all queries':<36}{statistics.median(every):>8.1f}{p95:>8.1f}{max(every):>8.1f}")
        print(f"p95 over {len(every)} requests: {p95:.1f} ms (target < {TARGET_P95_MS:.0f} ms: "
              f"{'met' if p95 < TARGET_P95_MS else 'NOT met'})")
        for name, make in tab_queries(rng).items():
            samples = []
            for _ in range(max(3, args.requests // 6)):
                started = time.perf_counter()
                status, body = request(con, make())
                samples.append(1000 * (time.perf_counter() - started))
            print(f"{name:<36}{statistics.median(samples):>8.1f}{percentile(samples, 0.95):>8.1f}"
                  f"{max(samples):>8.1f}  (not in the target: a tab opened by a click)")
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not args.keep and not args.db:
            db.unlink(missing_ok=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen) -> http.client.HTTPConnection:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode(errors='replace')}")
        try:
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            if request(con, "/api/health")[0] == 200:
                return con
        except OSError:
            time.sleep(0.3)
    raise SystemExit("server did not answer within 120 s")


def request(con: http.client.HTTPConnection, path: str) -> tuple[int, dict]:
    con.request("GET", path, headers={"Accept": "application/json"})
    response = con.getresponse()
    return response.status, json.loads(response.read())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events (default 1,000,000)")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per query (default 60)")
    parser.add_argument("--db", help="use (or create) this store file instead of a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    parser.add_argument("--port", type=int, default=0, help="port for the server (default: a free one)")
    parser.add_argument("--hold", action="store_true", help="serve with --hold (the store kept open)")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
