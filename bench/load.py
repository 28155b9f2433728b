"""A bounded load test: `flashpoint serve` on loopback, N requests from C concurrent clients.

    python bench/load.py                       # 10,000 requests, 4 clients, over the tests' demo store
    python bench/load.py --requests 2000 --clients 8 --db some.duckdb

The store (default: the six reports of tests/web_support.py, ingested by the real pipeline) is served
by `flashpoint serve` in a child process. Each client keeps one keep-alive connection and cycles
through a mix of the dashboard's requests (events pages with filters, aggregates, timeline, map,
stats, health, one event's detail, a static file). Prints requests, errors (any answer but 200, or
a failed connection), throughput, and p50 / p95 / p99 / max latency in ms (client-side wall time of
the whole round trip). Expected: 0 errors.
"""
from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for extra in (REPO / "src", REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from web_support import Server, demo_store  # noqa: E402

MIX = ["/api/events?limit=50", "/api/events?country=MLI&min_fatalities=1", "/api/events?q=missiles&format=csv",
       "/api/events?bbox=-5,12,5,22&format=geojson", "/api/aggregates?by=country", "/api/aggregates?by=month",
       "/api/timeline", "/api/map?zoom=3", "/api/stats", "/api/health", "/api/tallies",
       "/api/events?since=2024-03-01&until=2024-06-30&order=asc", "/static/app.js", "/api/events/{event_id}"]


def client(port: int, paths: list[str], count: int, start: int, times: list[float], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for n in range(count):
        path = paths[(start + n) % len(paths)]
        began = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{path}: {response.status}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {exc!r}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        times.append(time.perf_counter() - began)
    conn.close()


@dataclass
class Load:
    """What one load run gave: every request's round-trip time in seconds, the errors, the wall time."""

    times: list[float]
    errors: list[str]
    wall: float
    clients: int
    kinds: int

    def quantile(self, q: int) -> float:
        """Return the q-th percentile latency in ms."""
        return statistics.quantiles(sorted(self.times), n=100, method="inclusive")[q - 1] * 1000

    def report(self) -> str:
        every = sorted(self.times)
        return (f"requests {len(every):,} from {self.clients} clients over {self.kinds} kinds; errors {len(self.errors)}\n"
                f"wall {self.wall:.1f} s, {len(every) / self.wall:,.0f} requests/s\n"
                f"latency ms: p50 {self.quantile(50):.1f}  p95 {self.quantile(95):.1f}  p99 {self.quantile(99):.1f}  "
                f"max {every[-1] * 1000:.1f}")


def run_load(port: int, requests: int = 10_000, clients: int = 4) -> Load:
    """Send `requests` GETs of the dashboard's mix from `clients` keep-alive clients to a server on loopback."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/api/events?limit=1")
    event_id = json.loads(conn.getresponse().read())["events"][0]["event_id"]
    conn.close()
    paths = [p.replace("{event_id}", event_id) for p in MIX]
    per_client = [requests // clients + (i < requests % clients) for i in range(clients)]
    times: list[list[float]] = [[] for _ in per_client]
    errors: list[str] = []
    threads = [threading.Thread(target=client, args=(port, paths, n, i * 3, times[i], errors))
               for i, n in enumerate(per_client)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return Load([x for t in times for x in t], errors, time.perf_counter() - began, clients, len(paths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", type=Path, help="a store file (default: the tests' demo store, built by ingest)")
    args = parser.parse_args()

    db = args.db or demo_store()
    with Server(db, extra=["--hold"]) as server:
        load = run_load(server.port, args.requests, args.clients)
    print(f"store: {db}")
    print(load.report())
    for line in load.errors[:10]:
        print("error:", line)
    return 1 if load.errors else 0


if __name__ == "__main__":
    sys.exit(main())
