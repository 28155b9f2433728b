"""Follow RSS/Atom feeds into a store: each new item read once, its events ingested.

A poll asks every feed with the validators it answered last time (If-None-Match, If-Modified-Since):
a 304 costs nothing more. A new item's text is the feed's full content when it carries one, or else
the article page at the item's link, fetched and extracted like an .html input (trafilatura). Requests
to one host are spaced by `delay` seconds and bounded as flashpoint.fetch says (redirects, size, time,
content type); a feed declaring XML entities is refused before feedparser reads it (`screen_xml`). An item is marked as seen only once
its document is committed, and a feed's validators are saved only after its items are: a crash between
two steps makes the next poll redo the step, never skip an item. The store is locked only while it is
written (see flashpoint.store).
"""
from __future__ import annotations

import calendar
import hashlib
import io
import re
import time
import urllib.parse
import xml.sax.handler
import xml.sax.xmlreader
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import defusedxml
import defusedxml.sax
import feedparser

from flashpoint.documents import normalise_text, strip_boilerplate
from flashpoint.documents import _html_document as html_document  # the .html reader: one way to read a page
from flashpoint.errors import FlashpointError, InputError, Messages, WatchMessages
from flashpoint.fetch import DEADLINE, Fetched, Fetcher, FetchError, is_private  # noqa: F401 (Fetched: part of this module's API)
from flashpoint.model import Document

FULL_TEXT_CHARS = 600  # feed content at least this long (and longer than the summary) is the article itself
MAX_NEW_ITEMS = 200  # new items of one feed read per poll; the rest at the next polls
_BLOCK_END = re.compile(r"(?i)</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>")


@dataclass
class PollReport:
    """What one poll of all feeds did."""

    feeds: int = 0
    not_modified: int = 0
    new_items: int = 0
    pages: int = 0
    errors: int = 0
    ingested: dict = field(default_factory=dict)

    def __str__(self) -> str:
        stored = ", ".join(f"{n} {k}" for k, n in self.ingested.items() if n) or "nothing stored"
        return (f"{self.feeds} feeds ({self.not_modified} not modified), {self.new_items} new items, "
                f"{self.pages} pages fetched, {self.errors} errors; {stored}")


def read_feed_list(path: str | Path) -> list[str]:
    """Return the feed URLs and paths listed in a file, one a line (# starts a comment)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(Messages.UNREADABLE.format(detail=exc.strerror or exc), origin=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(Messages.UNDECODABLE, origin=str(path)) from exc
    feeds = [line.split("#", 1)[0].strip() for line in lines]
    feeds = [f for f in feeds if f]
    if not feeds:
        raise InputError(WatchMessages.NO_FEEDS, origin=str(path))
    return feeds


class Watcher:
    """Polls feeds and ingests their new items into a store."""

    def __init__(self, store, feeds: list[str], delay: float = 1.0, timeout: float = 20.0,
                 log: Callable[[str], None] | None = None,
                 on_error: Callable[[FlashpointError], None] | None = None, batch_size: int = 16,
                 deadline: float = DEADLINE):
        self.store = store
        self.feeds = feeds
        self.fetcher = Fetcher(delay=delay, timeout=timeout, deadline=deadline)
        self.log = log or (lambda _line: None)
        self.on_error = on_error or (lambda _err: None)
        self.batch_size = batch_size

    def run(self, every: float, polls: int | None = None) -> None:
        """Poll every `every` seconds (counted from the start of each poll), `polls` times or until interrupted."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            self.log(str(self.poll()))
            done += 1
            if polls is not None and done >= polls:
                break
            time.sleep(max(0.0, every - (time.monotonic() - started)))

    def poll(self) -> PollReport:
        """Ask every feed once and ingest what is new; return what was done."""
        report = PollReport()
        for feed in self.feeds:
            report.feeds += 1
            try:
                self._poll_feed(feed, report)
            except FlashpointError as err:
                report.errors += 1
                self.on_error(err)
        return report

    def _poll_feed(self, feed: str, report: PollReport) -> None:
        etag, last_modified = self.store.feed_state(feed)
        if urllib.parse.urlsplit(feed).scheme.lower() in ("http", "https"):
            answer = self.fetcher.get(feed, etag, last_modified)
        else:  # a file the user's feed list names
            answer = self.fetcher.read_file(feed, last_modified)
        if answer.status == 304:
            report.not_modified += 1
            self.store.save_feed_state(feed, etag, last_modified, 304)
            return
        screen_xml(answer.body, feed)
        parsed = feedparser.parse(answer.body)
        if parsed.bozo and not parsed.entries:
            raise InputError(WatchMessages.NOT_FEED.format(detail=parsed.get("bozo_exception")), origin=feed)
        entries = {_item_key(e): e for e in parsed.entries}
        seen = self.store.seen_items(feed, list(entries))
        new = [(k, e) for k, e in entries.items() if k not in seen]
        report.new_items += len(new)
        docs, handled, failed = [], [], False
        if len(new) > MAX_NEW_ITEMS:  # a feed of 50,000 items would send one poll after 50,000 pages
            self.log(WatchMessages.MANY_ITEMS.format(feed=feed, count=len(new), limit=MAX_NEW_ITEMS))
            new, failed = new[:MAX_NEW_ITEMS], True  # validators not saved: the next poll reads the feed again
        # a feed's links may lead into a private network only when the feed itself came from one (or a file)
        private = answer.address is None or is_private(answer.address)
        for key, entry in new:
            try:
                doc = self._document(feed, entry, parsed.feed, report, private)
            except FetchError as err:
                report.errors += 1
                self.on_error(err)
                if err.retry:
                    failed = True  # not marked: the next poll asks again
                else:
                    handled.append((key, None))
                continue
            if doc is None:
                handled.append((key, None))
            else:
                docs.append((key, doc))
        if docs:
            self.store.ingest([d for _, d in docs], batch_size=self.batch_size,
                              on_document=lambda _d, what: _count(report.ingested, what))
        self.store.mark_items(feed, handled + [(key, doc.id) for key, doc in docs])
        # validators last: a crash before this line makes the next poll see these items again (and skip them)
        if not failed:
            self.store.save_feed_state(feed, answer.etag, answer.last_modified, answer.status)

    def _document(self, feed: str, entry, channel, report: PollReport, private: bool = False) -> Document | None:
        """Return the item's document: the feed's full text, or its article page fetched and extracted."""
        link = entry.get("link")
        origin = link or f"{feed}#{_item_key(entry)}"
        published = _entry_date(entry)
        source = channel.get("title") or urllib.parse.urlsplit(feed).netloc or None
        title = _clean(entry.get("title") or "") or None
        content = max((c.get("value", "") for c in entry.get("content") or []), key=len, default="")
        summary = entry.get("summary") or ""
        text = _fragment_text(content)
        if len(text) >= FULL_TEXT_CHARS and len(text) > len(_fragment_text(summary)):
            body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
            return Document(id=link or _item_key(entry), text=body, published=published or _today(),
                            source=source, url=link, title=title, origin=origin)
        if not link:
            text = _fragment_text(summary) or text
            if not text:
                report.errors += 1
                self.on_error(InputError(WatchMessages.NO_TEXT, origin=origin))
                return None
            return Document(id=_item_key(entry), text=text, published=published or _today(), source=source,
                            title=title, origin=origin)
        page = self.fetcher.get(link, private=private)
        report.pages += 1
        try:
            doc = html_document(page.body, link, link, published or _today())
        except InputError as err:  # a page without an article: the summary is all there is
            report.errors += 1
            self.on_error(err)
            text = _fragment_text(summary)
            return Document(id=link, text=text, published=published or _today(), source=source, url=link,
                            title=title, origin=origin) if text else None
        # the feed's date is the publication date; the page's is used only when the feed gives none
        return Document(id=link, text=doc.text, published=published or doc.published, source=source or doc.source,
                        url=link, title=title or doc.title, origin=origin)


def screen_xml(body: bytes, origin: str) -> None:
    """Raise InputError when a feed declares XML entities (defusedxml's check, before feedparser reads it).

    Entity declarations are what billion-laughs and quadratic-blowup bombs and external-entity reads are
    made of, and no real feed needs one. A DOCTYPE alone is allowed (RSS 0.91 names Netscape's DTD): its
    DTD is neither fetched nor read, here or by feedparser (external entities off). A feed that is not
    well-formed XML is left to feedparser's lenient parser, unless its bytes hold an entity declaration.
    """
    parser = defusedxml.sax.make_parser()
    parser.forbid_entities = True
    parser.forbid_external = False  # only the DOCTYPE's DTD can be external now: skipped, never fetched
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    source = xml.sax.xmlreader.InputSource()
    source.setByteStream(io.BytesIO(body))
    try:
        parser.parse(source)
    except defusedxml.DefusedXmlException as exc:
        raise InputError(WatchMessages.XML_ENTITIES.format(detail=exc), origin=origin) from exc
    except Exception:  # not well-formed (SAXParseException) or an odd encoding: feedparser copes
        if any(mark in body for mark in _ENTITY_MARKS):
            raise InputError(WatchMessages.XML_ENTITIES.format(detail="<!ENTITY in a feed that is not well-formed"),
                             origin=origin) from None


_ENTITY_MARKS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def _count(counter: dict, outcome: str) -> None:
    counter[outcome] = counter.get(outcome, 0) + 1


def _item_key(entry) -> str:
    """Return what identifies an item across polls: its guid/id, else its link, else a hash of title and date."""
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)
    raw = f"{entry.get('title', '')}|{entry.get('published', '')}|{entry.get('summary', '')}"
    return "sha1:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).date()
    return None


def _today() -> date:
    return datetime.now(timezone.utc).date()


def _fragment_text(fragment: str) -> str:
    """Return the text of an HTML fragment from a feed, one paragraph a line."""
    if not fragment or not fragment.strip():
        return ""
    import lxml.html

    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, lxml.etree.ParserError):
        text = marked
    return _clean(text)


def _clean(text: str) -> str:
    """Return the text with spaces squeezed, web leftovers dropped, and paragraphs a blank line apart."""
    lines = (" ".join(line.split()) for line in normalise_text(text).split("\n"))
    kept = strip_boilerplate("\n".join(line for line in lines if line)).strip()
    return "\n\n".join(line for line in kept.split("\n") if line)
