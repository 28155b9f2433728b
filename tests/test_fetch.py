"""Tests for flashpoint.fetch against real hostile HTTP servers on loopback (never the internet, never a mock).

Each hostile answer must end in one FetchError naming the URL, in bounded time, and a request that
a policy refuses must never reach its target. The end-to-end effect on `flashpoint watch` (one line on
stderr, nothing stored for that item, the rest goes on) is tested at the end.
"""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import flashpoint
from flashpoint import fetch
from flashpoint.fetch import Fetcher, FetchError, redirect_problem
from flashpoint.watch import Watcher

SRC = Path(__file__).resolve().parents[1] / "src"
PAGE = (b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Market attack</title>"
        b"<meta property='article:published_time' content='2024-03-09T08:00:00Z'></head><body><article>"
        b"<h1>Market attack</h1><p>Gunmen killed five traders at a market in Maiduguri on Friday, police said.</p>"
        b"<p>The attackers fled on motorcycles towards the forest, a police spokesman told reporters.</p>"
        b"</article></body></html>")
BOMB_BYTES = 50_000_000  # zeros: 50 MB that compress to about 50 kB
GZIP_BOMB = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
ZLIB_BOMB = zlib.compress(b"\0" * BOMB_BYTES, 9)
RAW_DEFLATE_BOMB = (lambda c: c.compress(b"\0" * BOMB_BYTES) + c.flush())(zlib.compressobj(9, zlib.DEFLATED, -15))


class HostileServer:
    """A real HTTP server on 127.0.0.1 whose routes are functions of the request handler."""

    def __init__(self):
        self.routes: dict = {}
        self.log: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.log.append(self.path)
                route = server.routes.get(self.path)
                try:
                    if route is None:
                        self.send_error(404)
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = HostileServer()
    yield s
    s.close()


def send(handler, body: bytes = PAGE, kind: str | None = "text/html; charset=utf-8", status: int = 200,
         length: int | None = None, headers: dict | None = None) -> None:
    handler.send_response(status)
    if kind:
        handler.send_header("Content-Type", kind)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    handler.end_headers()
    handler.wfile.write(body)


def redirect(to: str, code: int = 302):
    def route(handler):
        handler.send_response(code)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return route


def endless(handler) -> None:
    """200 without a length, then zeros as fast as the socket takes them (it stops after 200 MB)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65_533
    for _ in range(200_000_000 // len(chunk)):
        handler.wfile.write(chunk)


def drip(handler) -> None:
    """200, then one byte every 50 ms for up to 60 s: each read is quick, the whole is endless."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(1200):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.05)


def drip_headers(handler) -> None:
    """The status line, then one header byte every 50 ms for up to 60 s: the body never starts."""
    handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
    for _ in range(1200):
        handler.wfile.write(b"X")
        handler.wfile.flush()
        time.sleep(0.05)


def short(handler) -> None:
    """Content-Length says 100,000 bytes; 20 are sent and the connection closed."""
    send(handler, b"<p>only twenty bytes", length=100_000)
    handler.close_connection = True


def fetch_error(fetcher: Fetcher, url: str, within: float = 30.0) -> FetchError:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert time.monotonic() - started < within
    message = str(caught.value)
    assert message.startswith(f"{url}: ") and "\n" not in message
    return caught.value


@pytest.fixture
def fetcher():
    return Fetcher(delay=0.0, timeout=2.0, deadline=10.0)


# ---------------------------------------------------------------- redirects

def test_redirects_within_the_host_are_followed(server, fetcher):
    server.routes["/page"] = lambda h: send(h)
    server.routes["/old"] = redirect("/mid", 301)
    server.routes["/mid"] = redirect(f"{server.base}/page", 307)
    answer = fetcher.get(f"{server.base}/old")
    assert (answer.status, answer.body, answer.url) == (200, PAGE, f"{server.base}/page")
    assert server.log == ["/old", "/mid", "/page"]


@pytest.mark.parametrize("target, problem", [
    ("file:///etc/passwd", "file scheme, not http or https"),
    ("ftp://127.0.0.1/pub/x.html", "ftp scheme, not http or https"),
    ("data:text/html,<p>Gunmen killed five</p>", "data scheme, not http or https"),
    ("gopher://127.0.0.1:70/", "gopher scheme, not http or https"),
    ("http://localhost:{port}/page", "another host"),
    ("//evil.invalid/page", "another host"),
    ("http://127.0.0.2:{port}/page", "another host"),
    ("http://127.0.0.1:{other}/page", "another port"),
    ("http://127.0.0.1@evil.invalid/page", "another host"),
])
def test_redirects_elsewhere_are_refused_and_never_followed(server, fetcher, target, problem):
    other = HostileServer()  # what a followed redirect would reach
    try:
        other.routes["/page"] = lambda h: send(h)
        server.routes["/page"] = lambda h: send(h)
        target = target.format(port=server.port, other=other.port)
        server.routes["/go"] = redirect(target)
        err = fetch_error(fetcher, f"{server.base}/go")
        assert f"({problem}); not followed" in str(err) and not err.retry
        assert server.log == ["/go"] and other.log == []
    finally:
        other.close()


def test_redirect_chains_and_loops_are_cut(server, fetcher):
    for n in range(10):
        server.routes[f"/r{n}"] = redirect(f"/r{n + 1}")
    err = fetch_error(fetcher, f"{server.base}/r0")
    assert str(err).endswith(f"redirects more than {fetch.MAX_REDIRECTS} times; not followed, skipped")
    assert server.log == [f"/r{n}" for n in range(fetch.MAX_REDIRECTS + 1)]
    server.routes["/loop"] = redirect("/loop", 308)
    assert "redirects more than" in str(fetch_error(fetcher, f"{server.base}/loop"))


def test_a_redirects_body_is_never_read(server, fetcher):
    def endless_redirect(handler):
        handler.send_response(302)
        handler.send_header("Location", "/page")
        handler.end_headers()
        chunk = b"z" * 65_536
        for _ in range(200_000_000 // len(chunk)):
            handler.wfile.write(chunk)
    server.routes["/page"] = lambda h: send(h)
    server.routes["/go"] = endless_redirect
    started = time.monotonic()
    assert fetcher.get(f"{server.base}/go").body == PAGE
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("first, target, problem", [
    ("https://news.example/a", "http://news.example/a", "from https down to http"),
    ("http://news.example/a", "https://news.example/a", None),  # an upgrade to https is followed
    ("http://news.example/a", "http://www.news.example/b", None),
    ("http://www.news.example/a", "https://news.example/b", None),
    ("http://news.example/a", "http://news.example.evil/b", "another host"),
    ("http://news.example/a", "http://evil-news.example/b", "another host"),
    ("http://news.example/a", "http://news.example:22/b", "another port"),
    ("http://news.example:8080/a", "https://news.example/b", None),
    ("http://news.example/a", "http://news.example:99999/b", "not a valid address"),
    ("http://news.example/a", "javascript:alert(1)", "javascript scheme, not http or https"),
])
def test_redirect_policy(first, target, problem):
    assert redirect_problem(first, target) == problem


def test_only_http_and_https_are_fetched(fetcher, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    for url in (f"file://{secret}", str(secret), "ftp://127.0.0.1/x", "data:text/html,hello"):
        err = fetch_error(fetcher, url)
        assert str(err) == f"{url}: is not an http or https address; not fetched" and not err.retry


# ---------------------------------------------------------------- size and time

def test_endless_body_is_cut_at_the_byte_cap(server, time_limit):
    server.routes["/endless"] = endless
    fetcher = Fetcher(delay=0.0, timeout=5.0, deadline=60.0)
    with time_limit(60):
        err = fetch_error(fetcher, f"{server.base}/endless")
    assert str(err).endswith("is over 5,000,000 bytes; skipped") and not err.retry


def test_declared_length_over_the_cap_is_refused_before_reading(server, fetcher):
    server.routes["/huge"] = lambda h: send(h, b"<p>x</p>", length=10_000_000_000)
    assert str(fetch_error(fetcher, f"{server.base}/huge")).endswith("is over 5,000,000 bytes; skipped")


def test_body_shorter_than_its_declared_length_is_refused(server, fetcher):
    server.routes["/short"] = short
    err = fetch_error(fetcher, f"{server.base}/short")
    assert str(err).endswith("ended after 20 of the 100,000 bytes it announced; tried again at the next poll")
    assert err.retry


@pytest.mark.parametrize("route", [drip, drip_headers])
def test_a_slow_endless_answer_is_cut_at_the_deadline(server, route):
    # every single read comes within the 2 s timeout: only the deadline on the whole request ends it
    server.routes["/slow"] = route
    fetcher = Fetcher(delay=0.0, timeout=2.0, deadline=1.5)
    err = fetch_error(fetcher, f"{server.base}/slow", within=1.5 + 2.0 + 1.0)
    assert str(err).endswith("took over 1.5 s in all and was cut; tried again at the next poll") and err.retry


def test_the_deadline_covers_redirects(server):
    def slow_redirect(handler):
        time.sleep(0.6)
        redirect("/slow-redirect")(handler)
    server.routes["/slow-redirect"] = slow_redirect
    fetcher = Fetcher(delay=0.0, timeout=2.0, deadline=1.5)
    err = fetch_error(fetcher, f"{server.base}/slow-redirect", within=5)
    assert "took over 1.5 s" in str(err)
    assert 2 <= len(server.log) <= 4


# ---------------------------------------------------------------- content types and encodings

@pytest.mark.parametrize("kind", ["image/png", "application/octet-stream", "application/pdf", "video/mp4",
                                  "application/zip", "application/json", "font/woff2"])
def test_wrong_content_types_are_refused(server, fetcher, kind):
    server.routes["/x"] = lambda h: send(h, b"\x89PNG\r\n\x1a\n" + b"\0" * 1000, kind=kind)
    err = fetch_error(fetcher, f"{server.base}/x")
    assert str(err).endswith(f"is {kind}, not a feed or a web page; skipped") and not err.retry


@pytest.mark.parametrize("kind", [None, "text/html", "text/html; charset=utf-8", "application/xhtml+xml",
                                  "application/rss+xml", "application/atom+xml", "text/xml", "application/xml",
                                  "text/plain", "application/rdf+xml; charset=iso-8859-1"])
def test_text_and_xml_content_types_are_read(server, fetcher, kind):
    server.routes["/x"] = lambda h: send(h, kind=kind)
    assert fetcher.get(f"{server.base}/x").body == PAGE


@pytest.mark.parametrize("encoding, bomb", [("gzip", GZIP_BOMB), ("x-gzip", GZIP_BOMB), ("deflate", ZLIB_BOMB),
                                            ("deflate", RAW_DEFLATE_BOMB)])
def test_compression_bombs_stop_at_the_decompressed_cap(server, fetcher, encoding, bomb, time_limit):
    assert len(bomb) < 200_000
    server.routes["/bomb"] = lambda h: send(h, bomb, headers={"Content-Encoding": encoding})
    with time_limit(30):
        err = fetch_error(fetcher, f"{server.base}/bomb")
    assert str(err).endswith("decompresses to over 5,000,000 bytes; skipped") and not err.retry


@pytest.mark.parametrize("encoding, body", [("gzip", gzip.compress(PAGE)), ("deflate", zlib.compress(PAGE)),
                                            ("identity", PAGE)])
def test_compressed_pages_are_read(server, fetcher, encoding, body):
    server.routes["/x"] = lambda h: send(h, body, headers={"Content-Encoding": encoding})
    assert fetcher.get(f"{server.base}/x").body == PAGE


@pytest.mark.parametrize("encoding, body, end", [
    ("br", b"\x1b\x03\x00\xf8", "is sent with content encoding 'br', which flashpoint does not read; skipped"),
    ("compress", b"\x1f\x9d", "is sent with content encoding 'compress', which flashpoint does not read; skipped"),
    ("gzip", b"\x1f\x8b\x08\x00garbage" * 10, "its compressed body is damaged"),
])
def test_unknown_or_damaged_encodings_are_refused(server, fetcher, encoding, body, end):
    server.routes["/x"] = lambda h: send(h, body, headers={"Content-Encoding": encoding})
    assert end in str(fetch_error(fetcher, f"{server.base}/x"))


# ---------------------------------------------------------------- watch: one line each, nothing stored, the rest goes on

HOSTILE_PAGES = {
    "/a/redirect-file.html": (redirect("file:///etc/passwd"), "redirects to file:///etc/passwd"),
    "/a/redirect-away.html": (redirect("http://localhost:1/a.html"), "(another host); not followed"),
    "/a/endless.html": (endless, "is over 5,000,000 bytes; skipped"),
    "/a/photo.html": (lambda h: send(h, b"\xff\xd8\xff" * 100, kind="image/jpeg"), "is image/jpeg, not a feed"),
    "/a/bomb.html": (lambda h: send(h, GZIP_BOMB, headers={"Content-Encoding": "gzip"}), "decompresses to over"),
}


def hostile_feed(base: str) -> bytes:
    links = [*HOSTILE_PAGES, "/a/good.html"]
    items = "".join(f"<item><guid>{n}</guid><title>Item {n}</title><link>{base}{link}</link>"
                    f"<pubDate>Sat, 09 Mar 2024 09:00:00 GMT</pubDate><description>Short.</description></item>"
                    for n, link in enumerate(links))
    items += ("<item><guid>local</guid><title>Local</title><link>file:///etc/passwd</link>"
              "<description>Short.</description></item>")
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Hostile Wire</title><link>{base}/</link>"
            f"{items}</channel></rss>").encode()


def test_watch_refuses_each_hostile_page_in_one_line_and_stores_the_rest(tmp_path, server):
    for path, (route, _) in HOSTILE_PAGES.items():
        server.routes[path] = route
    server.routes["/a/good.html"] = lambda h: send(h)
    server.routes["/feed.xml"] = lambda h: send(h, hostile_feed(server.base), kind="application/rss+xml")
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{server.base}/feed.xml\n{server.base}/feed-is-a-bomb.xml\n", encoding="utf-8")
    server.routes["/feed-is-a-bomb.xml"] = lambda h: send(h, GZIP_BOMB, kind="application/rss+xml",
                                                           headers={"Content-Encoding": "gzip"})
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "flashpoint.cli", "watch", str(listing), "--db", str(db), "--once",
           "--delay", "0.1s"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 1 and "Traceback" not in out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error: ")]
    for path, (_, expected) in HOSTILE_PAGES.items():
        [line] = [e for e in errors if e.startswith(f"error: {server.base}{path}: ")]
        assert expected in line
    # feedparser hands the link on as file://etc/passwd
    assert [e for e in errors if e.startswith("error: file:")] == \
           ["error: file://etc/passwd: is not an http or https address; not fetched"]
    assert f"error: {server.base}/feed-is-a-bomb.xml: decompresses to over 5,000,000 bytes; skipped" in errors
    assert len(errors) == len(HOSTILE_PAGES) + 2
    store = flashpoint.open(db, read_only=True)
    assert list(store.documents()["doc_id"]) == [f"{server.base}/a/good.html"]
    text = " ".join(store.documents(with_text=True)["text"])
    assert "root:" not in text
    assert "7 new items" in out.stderr and "1 added" in out.stderr


def test_a_refused_page_is_not_asked_again_a_slow_one_is(tmp_path, server, nlp):
    server.routes["/a/photo.html"] = lambda h: send(h, b"\xff\xd8\xff", kind="image/jpeg")
    server.routes["/a/slow.html"] = drip
    server.routes["/feed.xml"] = lambda h: send(h, (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
        f"<item><guid>1</guid><link>{server.base}/a/photo.html</link><description>x</description></item>"
        f"<item><guid>2</guid><link>{server.base}/a/slow.html</link><description>x</description></item>"
        "</channel></rss>").encode(), kind="application/rss+xml")
    store = flashpoint.open(tmp_path / "s.duckdb")
    errors = []
    watcher = Watcher(store, [f"{server.base}/feed.xml"], delay=0.0, timeout=2.0, deadline=1.0,
                      on_error=errors.append)
    assert watcher.poll().errors == 2
    server.routes["/a/slow.html"] = lambda h: send(h)
    before = len(server.log)
    again = watcher.poll()
    assert again.ingested == {"added": 1}
    assert server.log[before:] == ["/feed.xml", "/a/slow.html"]
    assert len(store.documents()) == 1


# ---------------------------------------------------------------- private addresses

@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_page_a_feed_links_to_may_not_reach_a_private_address(server, fetcher, host):
    # a feed on the open web linking to http://127.0.0.1/..., http://169.254.169.254/ (cloud metadata) or an
    # intranet name: checked on the connected socket, so a name that resolves there is caught as well
    server.routes["/admin"] = lambda h: send(h, b"<p>internal</p>")
    url = f"http://{host}:{server.port}/admin"
    with pytest.raises(FetchError) as caught:
        fetcher.get(url, private=False)
    message = str(caught.value)
    assert message.startswith(f"{url}: leads to ") and "a loopback, private or reserved address" in message
    assert not caught.value.retry
    assert fetcher.get(url).body == b"<p>internal</p>"  # the user's own feed list may name a local server


def test_a_redirect_into_a_private_address_is_refused_too(server, fetcher):
    server.routes["/go"] = redirect("/admin")
    server.routes["/admin"] = lambda h: send(h)
    with pytest.raises(FetchError, match="a loopback, private or reserved address"):
        fetcher.get(f"{server.base}/go", private=False)
    assert server.log == []  # refused on connecting, before the request was sent


def test_through_a_proxy_the_host_asked_for_is_checked(server, monkeypatch):
    # the socket leads to the proxy (here the loopback server, which gets absolute URLs): a page behind it
    # is refused when it names a private address or localhost, and read when it names a host
    monkeypatch.setenv("http_proxy", server.base)
    monkeypatch.setenv("no_proxy", "")
    fetcher = Fetcher(delay=0.0, timeout=2.0, deadline=10.0)
    server.routes["http://news.example/a.html"] = lambda h: send(h)
    assert fetcher.get("http://news.example/a.html", private=False).body == PAGE
    for url in ("http://127.0.0.1:8080/admin", "http://169.254.169.254/latest/meta-data/", "http://localhost/x",
                "http://[::1]/x", "http://10.1.2.3/x"):
        with pytest.raises(FetchError, match="a loopback, private or reserved address"):
            fetcher.get(url, private=False)
    assert server.log == ["http://news.example/a.html"]


@pytest.mark.parametrize("host, private", [("127.0.0.1", True), ("10.0.0.8", True), ("192.168.1.1", True),
                                           ("169.254.169.254", True), ("::1", True), ("[fe80::1%eth0]", True),
                                           ("::ffff:127.0.0.1", True), ("100.64.0.1", True), ("localhost", True),
                                           ("api.localhost.", True), ("8.8.8.8", False), ("2001:4860::8888", False),
                                           ("news.example", False)])
def test_private_hosts(host, private):
    assert fetch.is_private(host) is private
