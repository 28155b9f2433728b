"""Time, bytes and memory of hostile HTTP answers and feeds through the watch fetcher, on loopback.

Starts the hostile server of tests/test_fetch.py on 127.0.0.1 (never the internet) and prints one
line per case: the outcome (the one-line refusal, or what was read), seconds, the bytes the server
managed to send before the fetcher stopped reading, and the process's peak resident memory so far.

    python bench/hostile_fetch.py

The figures go into docs/robustness.md. Timings on a shared machine vary by 2x or more.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for extra in (REPO / "src", REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from flashpoint import fetch  # noqa: E402
from flashpoint.errors import FlashpointError  # noqa: E402
from flashpoint.watch import screen_xml  # noqa: E402
from test_fetch import (GZIP_BOMB, PAGE, RAW_DEFLATE_BOMB, ZLIB_BOMB, HostileServer, drip,  # noqa: E402
                        drip_headers, endless, redirect, send, short)
from test_watch import HOSTILE_DOCTYPES, doctype_feed  # noqa: E402


class Counting:
    """Wraps the request handler's output stream to count the bytes the server sent."""

    sent = 0

    def __init__(self, route):
        self.route = route

    def __call__(self, handler):
        raw = handler.wfile

        class Out:
            def write(self, data):
                Counting.sent += len(data)
                return raw.write(data)

            def __getattr__(self, name):
                return getattr(raw, name)

        handler.wfile = Out()
        self.route(handler)


def main() -> None:
    server = HostileServer()
    base = server.base
    cases = {
        "redirect to file:///etc/passwd": redirect("file:///etc/passwd"),
        "redirect to ftp://": redirect("ftp://127.0.0.1/x"),
        "redirect to data:": redirect("data:text/html,hello"),
        "redirect to another host": redirect(f"http://localhost:{server.port}/page"),
        "redirect chain of 10": redirect("/chain1"),
        "endless body, no length": endless,
        "Content-Length 10 GB": lambda h: send(h, b"<p>x</p>", length=10_000_000_000),
        "body shorter than its length": short,
        "1 byte / 50 ms forever": drip,
        "headers 1 byte / 50 ms": drip_headers,
        "image/png": lambda h: send(h, b"\x89PNG" + b"\0" * 1000, kind="image/png"),
        "application/octet-stream": lambda h: send(h, b"\0" * 1000, kind="application/octet-stream"),
        "gzip bomb 50 MB in 49 kB": lambda h: send(h, GZIP_BOMB, headers={"Content-Encoding": "gzip"}),
        "deflate (zlib) bomb 50 MB": lambda h: send(h, ZLIB_BOMB, headers={"Content-Encoding": "deflate"}),
        "raw deflate bomb 50 MB": lambda h: send(h, RAW_DEFLATE_BOMB, headers={"Content-Encoding": "deflate"}),
        "a good page (gzip)": lambda h: send(h, __import__("gzip").compress(PAGE), headers={"Content-Encoding": "gzip"}),
    }
    for n in range(1, 10):
        server.routes[f"/chain{n}"] = redirect(f"/chain{n + 1}")
    server.routes["/page"] = lambda h: send(h)
    fetcher = fetch.Fetcher(delay=0.0, timeout=20.0, deadline=5.0)
    print(f"limits: body {fetcher.limit:,} bytes (decompressed too), redirects {fetch.MAX_REDIRECTS}, "
          f"deadline {fetcher.deadline:g} s (fetch.DEADLINE {fetch.DEADLINE:g} s by default), read timeout "
          f"{fetcher.timeout:g} s")
    for number, (name, route) in enumerate(cases.items()):
        path = f"/case{number}"
        server.routes[path] = Counting(route)
        Counting.sent = 0
        started = time.perf_counter()
        try:
            answer = fetcher.get(base + path)
            outcome = f"read {len(answer.body):,} bytes"
        except FlashpointError as err:
            outcome = str(err).split(": ", 1)[1]
        took = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{name:<32} {took:6.2f} s  sent {Counting.sent:>12,} B  peak {peak:4d} MB  {outcome}")
    for name, (doctype, entity) in HOSTILE_DOCTYPES.items():
        body = doctype_feed(doctype.replace("{base}", base), entity, base)
        started = time.perf_counter()
        try:
            screen_xml(body, "feed.xml")
            outcome = "passed the screen"
        except FlashpointError as err:
            outcome = str(err).split(": ", 1)[1][:90]
        took = time.perf_counter() - started
        print(f"feed: {name:<26} {took:6.2f} s  {len(body):>14,} B  {outcome}")
    server.close()


if __name__ == "__main__":
    main()
