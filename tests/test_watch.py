"""Tests for flashpoint.watch against a real HTTP server on loopback serving fixture feeds and pages."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import flashpoint
from flashpoint.errors import InputError
from flashpoint.watch import Fetcher, FetchError, Watcher, read_feed_list

SRC = Path(__file__).resolve().parents[1] / "src"

KHARKIV_FULL = (
    "<p>Russian forces shelled Kharkiv on Sunday, killing four civilians, regional officials said.</p>"
    "<p>Rescue workers searched the rubble of a five-storey apartment block until late in the evening, the "
    "city's mayor told reporters. Windows were blown out along the whole street, and a school nearby was "
    "damaged.</p><p>The regional governor said that two of the dead were an elderly couple who had refused "
    "to leave the building. Emergency services said they had pulled eleven people from the debris and that "
    "the search would go on through the night.</p><p>Officials urged residents to stay in shelters while "
    "the alert lasted.</p>"
)


def page(title: str, day: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{day}T08:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright Test Wire</footer></body></html>").encode()


KADUNA_PAGE = page("Students abducted in Kaduna", "2024-03-09", [
    "Gunmen abducted twelve students from a school in Kaduna on Friday, police said.",
    "The kidnappers have not yet contacted the families, a police spokesman told reporters on Saturday.",
    "Security forces have been sent to search the forest near the school, he said.",
])
DJIBO_PAGE = page("Soldiers killed in Burkina Faso ambush", "2024-08-10", [
    "Suspected jihadists killed at least 15 soldiers in an ambush in northern Burkina Faso on Thursday, "
    "security sources said.",
    "The convoy was escorting supply lorries when it was attacked, two sources said.",
])
NAIROBI_PAGE = page("Protest in Nairobi", "2024-06-26", [
    "Thousands of protesters marched in Nairobi on Tuesday against a proposed finance bill.",
    "Police fired tear gas to disperse them.",
])


def rss(base: str, items: list[str]) -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?>"
            "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>Test Wire</title><link>{base}/</link><description>fixture</description>"
            + "".join(items) + "</channel></rss>").encode()


def item(guid: str, title: str, link: str, day: str, summary: str, content: str | None = None) -> str:
    full = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>"
            f"<pubDate>{day}</pubDate><description><![CDATA[{summary}]]></description>{full}</item>")


class FixtureServer:
    """A real HTTP server on 127.0.0.1: routes, validators, 304s, and a log of every request."""

    def __init__(self):
        self.routes: dict[str, dict] = {}
        self.log: list[tuple[float, str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.log.append((time.monotonic(), self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                time.sleep(route.get("sleep", 0))
                etag, modified = route.get("etag"), route.get("last_modified")
                if (etag and self.headers.get("If-None-Match") == etag) or \
                        (modified and not etag and self.headers.get("If-Modified-Since") == modified):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.get("status", 200))
                self.send_header("Content-Type", route.get("type", "text/html; charset=utf-8"))
                if etag:
                    self.send_header("ETag", etag)
                if modified:
                    self.send_header("Last-Modified", modified)
                self.send_header("Content-Length", str(len(route["body"])))
                self.end_headers()
                try:
                    self.wfile.write(route["body"])
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.log]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = FixtureServer()
    yield s
    s.close()


def serve_feed(server: FixtureServer, items: list[str], etag: str) -> str:
    server.routes["/feed.xml"] = {"body": rss(server.base, items), "type": "application/rss+xml", "etag": etag,
                                  "last_modified": formatdate(1717000000, usegmt=True)}
    return server.base + "/feed.xml"


def first_items(base: str) -> list[str]:
    return [
        item("kharkiv-1", "Shelling kills four in Kharkiv", f"{base}/a/kharkiv.html", "Mon, 20 May 2024 07:00:00 GMT",
             "Four civilians were killed.", KHARKIV_FULL),
        item("kaduna-1", "Students abducted in Kaduna", f"{base}/a/kaduna.html", "Sat, 09 Mar 2024 09:00:00 GMT",
             "Twelve students were taken."),
        item("djibo-1", "Soldiers killed in ambush", f"{base}/a/djibo.html", "Sat, 10 Aug 2024 09:00:00 GMT",
             "An army convoy was attacked."),
    ]


def test_poll_conditional_requests_pages_and_each_item_once(tmp_path, server, nlp):
    feed = serve_feed(server, first_items(server.base), etag='"v1"')
    server.routes["/a/kaduna.html"] = {"body": KADUNA_PAGE}
    server.routes["/a/djibo.html"] = {"body": DJIBO_PAGE}
    store = flashpoint.open(tmp_path / "s.duckdb")
    errors = []
    watcher = Watcher(store, [feed], delay=0.0, timeout=5, on_error=errors.append)

    first = watcher.poll()
    assert errors == []
    assert (first.new_items, first.pages, first.ingested) == (3, 2, {"added": 3})
    # the item with full content was not fetched; the two with a summary only were
    assert server.paths() == ["/feed.xml", "/a/kaduna.html", "/a/djibo.html"]
    docs = store.documents(with_text=True).set_index("doc_id")
    assert "the search would go on through the night" in docs.loc[f"{server.base}/a/kharkiv.html", "text"]
    assert "forest near the school" in docs.loc[f"{server.base}/a/kaduna.html", "text"]
    assert "Copyright" not in docs.loc[f"{server.base}/a/kaduna.html", "text"]
    assert str(docs.loc[f"{server.base}/a/djibo.html", "published"])[:10] == "2024-08-10"
    assert set(docs["source"]) == {"Test Wire"}
    assert set(store.events()["country_code"]) == {"UKR", "NGA", "BFA"}

    second = watcher.poll()  # unchanged feed: a conditional request answered 304, nothing else
    assert second.not_modified == 1 and second.new_items == 0
    assert server.log[-1][2].get("If-None-Match") == '"v1"'
    assert server.paths()[3:] == ["/feed.xml"]

    # the feed changes: one new item among the old ones; only its page is fetched
    server.routes["/a/nairobi.html"] = {"body": NAIROBI_PAGE}
    serve_feed(server, first_items(server.base) + [
        item("nairobi-1", "Protest in Nairobi", f"{server.base}/a/nairobi.html", "Wed, 26 Jun 2024 10:00:00 GMT",
             "Police fired tear gas.")], etag='"v2"')
    third = watcher.poll()
    assert (third.new_items, third.pages, third.ingested) == (1, 1, {"added": 1})
    assert server.paths()[4:] == ["/feed.xml", "/a/nairobi.html"]
    assert len(store.documents()) == 4
    stats = store.stats()
    assert stats["documents"] == 4 and stats["events"] == 4


def test_last_modified_alone_and_feed_files(tmp_path, server, nlp):
    server.routes["/feed.xml"] = {"body": rss(server.base, first_items(server.base)[:1]),
                                  "last_modified": "Wed, 29 May 2024 16:26:40 GMT"}
    atom = tmp_path / "local.atom"
    atom.write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Local desk</title>"
        "<id>urn:local</id><updated>2024-06-26T10:00:00Z</updated><entry><id>urn:local:1</id>"
        "<title>Protest in Nairobi</title><updated>2024-06-26T10:00:00Z</updated>"
        "<summary>Police fired tear gas.</summary>"
        f"<link href='{server.base}/a/nairobi.html'/></entry></feed>", encoding="utf-8")
    server.routes["/a/nairobi.html"] = {"body": NAIROBI_PAGE}
    store = flashpoint.open(tmp_path / "s.duckdb")
    watcher = Watcher(store, [server.base + "/feed.xml", str(atom)], delay=0.0, timeout=5)
    assert watcher.poll().ingested == {"added": 2}
    again = watcher.poll()
    assert again.not_modified == 2  # the server by Last-Modified, the file by its modification time
    assert server.log[-1][2].get("If-Modified-Since") == "Wed, 29 May 2024 16:26:40 GMT"
    assert set(store.events()["country_code"]) == {"UKR", "KEN"}


def test_failures_are_one_line_and_retried_only_when_they_may_mend(tmp_path, server, nlp):
    feed = serve_feed(server, first_items(server.base), etag='"v1"')
    server.routes["/a/kaduna.html"] = {"body": KADUNA_PAGE, "sleep": 2.0}  # slower than the timeout
    # /a/djibo.html is not served: 404, which asking again will not mend
    store = flashpoint.open(tmp_path / "s.duckdb")
    errors = []
    watcher = Watcher(store, [feed, server.base + "/missing.xml"], delay=0.0, timeout=0.5,
                      on_error=errors.append)
    report = watcher.poll()
    assert report.ingested == {"added": 1} and report.errors == 3
    messages = [str(e) for e in errors]
    assert any(m.startswith(f"{server.base}/a/kaduna.html: could not be fetched") for m in messages)
    assert f"{server.base}/a/djibo.html: the server answered 404 Not Found; skipped" in messages
    assert any(m.startswith(f"{server.base}/missing.xml: the server answered 404") for m in messages)
    assert all("\n" not in m for m in messages)
    # next poll: the timed-out page is asked again (the feed's validators were not saved), the 404 is not
    server.routes["/a/kaduna.html"] = {"body": KADUNA_PAGE}
    before = len(server.log)
    again = watcher.poll()
    assert again.ingested == {"added": 1}
    assert [p for p in server.paths()[before:] if p.startswith("/a/")] == ["/a/kaduna.html"]
    assert len(store.documents()) == 2


def test_polite_delay_between_requests_to_one_host(server):
    for n in range(3):
        server.routes[f"/p{n}"] = {"body": b"x"}
    fetcher = Fetcher(delay=0.4, timeout=5)
    for n in range(3):
        assert fetcher.get(f"{server.base}/p{n}").status == 200
    times = [t for t, _, _ in server.log]
    assert all(b - a >= 0.38 for a, b in zip(times, times[1:]))
    with pytest.raises(FetchError, match="404"):
        fetcher.get(f"{server.base}/nothing")


def test_feed_list_file(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# world desk\nhttp://127.0.0.1:9/feed.xml\n\n  feeds/local.atom  # a file\n", encoding="utf-8")
    assert read_feed_list(listing) == ["http://127.0.0.1:9/feed.xml", "feeds/local.atom"]
    listing.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(Exception, match="lists no feeds"):
        read_feed_list(listing)
    listing.write_bytes(b"\xff\xfe\x00http://x\x00\xff")  # found by probing: UnicodeDecodeError escaped
    with pytest.raises(InputError, match="could not be decoded"):
        read_feed_list(listing)


def test_watch_command_once(tmp_path, server):
    feed = serve_feed(server, first_items(server.base)[:2], etag='"v1"')
    server.routes["/a/kaduna.html"] = {"body": KADUNA_PAGE}
    listing = tmp_path / "feeds.txt"
    listing.write_text(feed + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "flashpoint.cli", "watch", str(listing), "--db", str(db), "--once", "--delay", "0.1s"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    assert out.returncode == 0, out.stderr
    assert "2 new items" in out.stderr and "2 added" in out.stderr
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    assert "1 not modified" in out.stderr and "nothing stored" in out.stderr
    assert flashpoint.open(db, read_only=True).stats()["documents"] == 2


# ---------------------------------------------------------------- hostile feeds: XML bombs and external entities

LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
HOSTILE_DOCTYPES = {
    "billion-laughs": (f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{LAUGHS}]>', "&lol9;"),
    "quadratic-blowup": (f'<!DOCTYPE rss [<!ENTITY a "{"A" * 100_000}">]>', "&a;" * 20_000),
    "external-file": ('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
    "parameter-entity": ('<!DOCTYPE rss [<!ENTITY % remote SYSTEM "{base}/evil.dtd"> %remote;]>', "x"),
    "external-dtd-entity": ('<!DOCTYPE rss [<!ENTITY ext SYSTEM "{base}/evil.xml">]>', "&ext;"),
}


def doctype_feed(doctype: str, entity: str, base: str) -> bytes:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Wire</title>'
            f"<item><guid>bomb-1</guid><title>{entity}</title><description>{entity}</description>"
            f"<content:encoded xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            f"<![CDATA[{KHARKIV_FULL}]]></content:encoded><link>{base}/a/bomb.html</link>"
            "</item></channel></rss>").encode()


def test_feeds_declaring_entities_are_refused_in_one_line_and_the_rest_goes_on(tmp_path, server, nlp, time_limit):
    server.routes["/evil.dtd"] = {"body": b'<!ENTITY % all "<!ENTITY send SYSTEM \'file:///etc/passwd\'>"> %all;'}
    server.routes["/evil.xml"] = {"body": b"root:x:0:0:root:/root:/bin/bash"}
    feeds = []
    for name, (doctype, entity) in HOSTILE_DOCTYPES.items():
        server.routes[f"/{name}.xml"] = {"type": "application/rss+xml", "body": doctype_feed(
            doctype.replace("{base}", server.base), entity, server.base)}
        feeds.append(f"{server.base}/{name}.xml")
    local = tmp_path / "local-bomb.rss"  # a feed file named in the list goes through the same screen
    local.write_bytes(doctype_feed(HOSTILE_DOCTYPES["billion-laughs"][0], "&lol9;", server.base))
    feeds.append(str(local))
    feeds.append(serve_feed(server, first_items(server.base)[:1], etag='"v1"'))  # a good feed after them
    store = flashpoint.open(tmp_path / "s.duckdb")
    errors = []
    watcher = Watcher(store, feeds, delay=0.0, timeout=5, on_error=errors.append)
    with time_limit(60):
        report = watcher.poll()
    assert report.errors == len(HOSTILE_DOCTYPES) + 1 and report.ingested == {"added": 1}
    messages = [str(e) for e in errors]
    assert all("\n" not in m and "declares XML entities (EntitiesForbidden(name=" in m for m in messages)
    assert [m.split(": ")[0] for m in messages] == feeds[:-1]
    assert "/evil.dtd" not in server.paths() and "/evil.xml" not in server.paths()
    assert list(store.documents()["doc_id"]) == [f"{server.base}/a/kharkiv.html"]
    assert "root:" not in " ".join(store.documents(with_text=True)["text"])


def test_a_doctype_alone_is_read_and_its_dtd_never_fetched(tmp_path, server, nlp):
    # RSS 0.91 feeds name Netscape's DTD; neither the screen nor feedparser fetches it
    doctype = f'<!DOCTYPE rss SYSTEM "{server.base}/rss-0.91.dtd">'
    server.routes["/feed.xml"] = {"type": "text/xml", "body": doctype_feed(doctype, "Shelling", server.base)}
    server.routes["/rss-0.91.dtd"] = {"body": b'<!ENTITY lol "lol">'}
    store = flashpoint.open(tmp_path / "s.duckdb")
    errors = []
    report = Watcher(store, [f"{server.base}/feed.xml"], delay=0.0, timeout=5, on_error=errors.append).poll()
    assert errors == [] and report.ingested == {"added": 1}
    assert server.paths() == ["/feed.xml"]


def test_an_entity_in_a_feed_that_is_not_well_formed_is_refused_all_the_same():
    from flashpoint.watch import screen_xml
    broken = f'<?xml version="1.0"?><!DOCTYPE rss [<!BOGUS> <!ENTITY lol0 "lol">{LAUGHS}]><rss>&lol9;'
    with pytest.raises(InputError, match="declares XML entities .<!ENTITY in a feed that is not well-formed"):
        screen_xml(broken.encode(), "feed.xml")
    with pytest.raises(InputError, match="declares XML entities"):
        screen_xml(broken.encode("utf-16"), "feed.xml")
    screen_xml(b"<rss><channel><title>Caf&eacute; &amp; bar</title></channel>", "feed.xml")  # sloppy, no entities


def test_a_feed_of_many_new_items_is_read_a_bounded_number_per_poll(tmp_path, server, nlp, monkeypatch):
    from flashpoint import watch
    monkeypatch.setattr(watch, "MAX_NEW_ITEMS", 2)
    items = [item(f"k{n}", f"Shelling {n}", f"{server.base}/a/{n}.html", "Mon, 20 May 2024 07:00:00 GMT", "Short.",
                  KHARKIV_FULL) for n in range(5)]
    feed = serve_feed(server, items, etag='"v1"')
    store = flashpoint.open(tmp_path / "s.duckdb")
    lines = []
    watcher = Watcher(store, [feed], delay=0.0, timeout=5, log=lines.append)
    documents = []
    for _ in range(3):
        watcher.poll()
        documents.append(len(store.documents()))
    assert documents == [2, 4, 5]
    assert lines == [f"{feed}: 5 new items; the first 2 are read now, the rest at the next polls",
                     f"{feed}: 3 new items; the first 2 are read now, the rest at the next polls"]
    assert watcher.poll().not_modified == 1  # all read: the validators were saved at last
