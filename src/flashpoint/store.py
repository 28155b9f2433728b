"""The store: a DuckDB file that keeps a growing corpus of reports and the events read from them.

One writer, many readers. DuckDB lets one process open a file for writing, or several processes
open it read-only, never both at once (the file lock is per process). So a `Store` holds no
connection between calls: each call opens the file, works, and closes it, and a call that finds
the file locked by another process waits up to `wait` seconds for it. A writer (`ingest`, `watch`)
holds the lock only while it checks which documents are new and while it commits them, never
while the language model reads them, so readers (the API server) get in between batches.
`store.hold()` (or `with store:`) keeps the file open instead: calls skip the reopening, each gets a
cursor of its own on the one DuckDB instance (threads may share the Store), and readers see committed
snapshots without waiting for writes; for a writer it keeps every other process out until `close()`.

What is kept (schema version `SCHEMA_VERSION`, upgraded in place by `MIGRATIONS`):
- documents: id, sha256 of the text, text and metadata; duplicates: other ids of stored content;
- reports: each document's own records as extracted, before the cross-report merge, with the
  stored event each became part of (the ground truth everything else is derived from);
- events: incidents and tallies after the merge across reports, one flat row each plus the
  contract record; event_sources and evidence: their documents and sentences;
- report_links: explicit and inferred links between reports, kept apart (`kind`); the view
  `links` lifts them to stored events. The view `tallies` is the events of kind 'tally'.

Each document commits in one transaction with its reports, events and links: a crash leaves it
wholly stored or not at all, and the next ingest skips what is stored.
"""
from __future__ import annotations

import base64
import dataclasses
import itertools
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb

from flashpoint import __version__
from flashpoint.errors import FlashpointError, InputError, StoreError, StoreMessages
from flashpoint.model import Actor, Casualties, DateSpan, Document, Event, Evidence, Place, to_jsonable

SCHEMA_VERSION = 4
WINDOW = timedelta(days=3)  # stored events this close in time to a new one are merge candidates
WIDEST_MERGE_SPAN = 45  # days: merge_events ignores events whose dates are wider than this
CHECK_CHUNK = 32  # documents checked, extracted and committed per turn of the writer
# documents committed in one transaction: one merge with what is stored and one set of statements for all of
# them (DuckDB's cost is per statement far more than per row). A kill loses at most the group in flight, never
# a committed document; a group that fails is committed again one document at a time (see `_commit_group`)
GROUP = 16
WRITER_THREADS = 1  # DuckDB threads of the writer's own connections: its statements are small, extraction needs the cores
WAIT_SECONDS = 10.0
HOLD_SECONDS = 1.0  # a writer keeps the file open at most about this long at a time ...
READER_TURN = 0.15  # ... and leaves it closed at least this long between two turns, so that waiting readers get in
_RETRY_SLEEP = 0.05
# files a writer of this process waits to open while readers of this process hold them read-only: those readers
# stand back until it has, then share its instance (else a reader polling faster than the writer retries starves it)
_WRITERS_WAITING: dict[str, int] = {}
_WAITING = threading.Lock()

# each step a SQL statement, or a function of the connection for what SQL alone cannot compute
MIGRATIONS: dict[int, list[str | Callable]] = {
    1: [
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, published DATE, source VARCHAR,
            url VARCHAR, title VARCHAR, origin VARCHAR, text VARCHAR NOT NULL, records INTEGER NOT NULL,
            ingested_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
        "CREATE INDEX documents_hash ON documents (content_hash)",
        """CREATE TABLE duplicates (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, same_as VARCHAR NOT NULL,
            seen_at TIMESTAMP NOT NULL)""",
        """CREATE TABLE reports (
            report_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL, country_code VARCHAR, date_start DATE, date_end DATE, data JSON NOT NULL)""",
        """CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, event_type VARCHAR, sub_event_type VARCHAR,
            actor1 VARCHAR, actor1_type VARCHAR, actor1_country VARCHAR, actor1_backer VARCHAR,
            actor2 VARCHAR, actor2_type VARCHAR, actor2_country VARCHAR, actor2_backer VARCHAR,
            date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
            location VARCHAR, admin1 VARCHAR, country VARCHAR, country_code VARCHAR,
            lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
            fatalities_low INTEGER, fatalities_high INTEGER, injured_low INTEGER, injured_high INTEGER,
            count INTEGER, weapons VARCHAR[], confidence DOUBLE, n_sources INTEGER, notes VARCHAR,
            record JSON NOT NULL, first_seen TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)""",
        "CREATE TABLE event_sources (event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, PRIMARY KEY (event_id, doc_id))",
        """CREATE TABLE evidence (
            event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence VARCHAR)""",
        """CREATE TABLE report_links (
            report_id VARCHAR NOT NULL, target VARCHAR NOT NULL,
            kind VARCHAR NOT NULL CHECK (kind IN ('explicit', 'inferred')), basis JSON,
            PRIMARY KEY (report_id, target, kind))""",
        """CREATE VIEW links AS
            SELECT DISTINCT src.event_id AS event_id, coalesce(dst.event_id, l.target) AS responds_to,
                   l.kind AS kind, l.basis AS basis
            FROM report_links l JOIN reports src ON src.report_id = l.report_id
            LEFT JOIN reports dst ON dst.report_id = l.target
            WHERE coalesce(dst.event_id, l.target) <> src.event_id""",
        "CREATE VIEW tallies AS SELECT * FROM events WHERE kind = 'tally'",
    ],
    2: [  # watch: what each feed answered last, and which of its items are already stored
        """CREATE TABLE feeds (
            url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP,
            status INTEGER, items INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE feed_items (
            feed VARCHAR NOT NULL, item_key VARCHAR NOT NULL, doc_id VARCHAR, seen_at TIMESTAMP NOT NULL,
            PRIMARY KEY (feed, item_key))""",
    ],
    3: [  # reads without joins: each event's sources in its row (a JSON array: DuckDB fetches a row of a
          # list column by id far more slowly than a string); indexes for lookups by event and report
        "ALTER TABLE events ADD COLUMN sources VARCHAR",
        """UPDATE events SET sources = (SELECT to_json(coalesce(list(s.doc_id ORDER BY s.doc_id), []))::VARCHAR
                                        FROM event_sources s WHERE s.event_id = events.event_id)""",
        "CREATE INDEX event_sources_event ON event_sources (event_id)",
        "CREATE INDEX reports_event ON reports (event_id)",
        "CREATE INDEX reports_doc ON reports (doc_id)",
        "CREATE INDEX report_links_report ON report_links (report_id)",
        "CREATE INDEX evidence_event ON evidence (event_id)",
    ],
    4: [  # links across reports (resolve/links.py) against what is stored: each event's sides and whether its cue
          # names an incident still to find in other reports, so that the events a new report may link with are
          # found by SQL; links whose target report goes (an updated article) are found by their target
        "ALTER TABLE events ADD COLUMN side1 VARCHAR",
        "ALTER TABLE events ADD COLUMN side2 VARCHAR",
        "ALTER TABLE events ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE",
        lambda con: _fill_link_columns(con),
        "CREATE INDEX report_links_target ON report_links (target)",
        lambda con: _link_across_reports(con),  # what an older store's reports never had: links to other reports
    ],
}

EVENT_COLUMNS = [
    "event_id", "kind", "event_type", "sub_event_type", "actor1", "actor1_type", "actor1_country",
    "actor1_backer", "actor2", "actor2_type", "actor2_country", "actor2_backer", "date_start", "date_end",
    "date_precision", "date_text", "location", "admin1", "country", "country_code", "lat", "lon",
    "geo_precision", "fatalities_low", "fatalities_high", "injured_low", "injured_high", "count", "weapons",
    "confidence", "n_sources", "notes", "record", "first_seen", "updated_at", "sources",
]
# written with each event for the look-ups of linking (links.reach), never returned by queries
LINK_COLUMNS = ["side1", "side2", "pending"]
# what `events()` returns: every flat column, not the contract record (see `records()`)
FRAME_COLUMNS = [c for c in EVENT_COLUMNS if c != "record"]
_FRAME_SELECT = ", ".join("from_json(e.sources, '[\"VARCHAR\"]') AS sources" if c == "sources" else f"e.{c}"
                          for c in FRAME_COLUMNS)
# what `aggregate(by=...)` groups on: a fixed list, so no caller's text ever becomes SQL
AGGREGATES = {
    "day": "e.date_start", "week": "date_trunc('week', e.date_start)", "month": "date_trunc('month', e.date_start)",
    "country": "e.country_code", "admin1": "e.admin1", "type": "e.event_type", "sub_type": "e.sub_event_type",
    "actor": "e.actor1",
}


@dataclass
class IngestReport:
    """What one ingest did, in documents."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    records: int = 0  # per-document records stored (events and tallies, before the cross-report merge)

    def __str__(self) -> str:
        return (f"{self.added} documents added, {self.updated} updated, {self.unchanged} already stored, "
                f"{self.duplicates} duplicates of stored content; {self.records} records extracted")


@dataclass
class Query:
    """The filters every query takes; None means no filter.

    country: ISO alpha-3 code or country name (or a list of them); admin1: province;
    since/until: dates (an event counts when its date range touches [since, until]);
    type/sub_type: ACLED event type and sub-event type; actor: part of actor1's or actor2's name;
    bbox: (min_lon, min_lat, max_lon, max_lat); text: words in the evidence sentences;
    min_fatalities: at least this many reported deaths (the low figure).
    """

    country: str | list[str] | None = None
    admin1: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    type: str | None = None
    sub_type: str | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    min_fatalities: int | None = None
    kind: str | None = "event"
    ids: list[str] | None = None  # only these event ids (the API server's detail and chain queries)

    def where(self) -> tuple[str, list]:
        """Return the SQL condition on events `e` and its parameters (values are never pasted in)."""
        parts, params = ["TRUE"], []
        if self.kind:
            parts.append("e.kind = ?")
            params.append(self.kind)
        if self.country:
            values = [self.country] if isinstance(self.country, str) else list(self.country)
            codes = [v.upper() for v in values if len(v) == 3 and v.isalpha()]  # codes are stored upper-case
            names = [v for v in values if not (len(v) == 3 and v.isalpha())]
            ors = []
            if codes:
                ors.append(f"e.country_code IN {_marks(codes)}")
                params += codes
            for name in names:
                ors.append("lower(e.country) = lower(?)")
                params.append(name)
            parts.append("(" + " OR ".join(ors) + ")")
        if self.admin1:
            parts.append("lower(e.admin1) = lower(?)")
            params.append(self.admin1)
        if self.since:
            parts.append("coalesce(e.date_end, e.date_start) >= ?")
            params.append(_as_date(self.since))
        if self.until:
            parts.append("e.date_start <= ?")
            params.append(_as_date(self.until))
        if self.type:
            parts.append("lower(e.event_type) = lower(?)")
            params.append(self.type)
        if self.sub_type:
            parts.append("lower(e.sub_event_type) = lower(?)")
            params.append(self.sub_type)
        if self.actor:
            parts.append("(contains(lower(e.actor1), lower(?)) OR contains(lower(e.actor2), lower(?)))")
            params += [self.actor, self.actor]
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = (float(x) for x in self.bbox)
            parts.append("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?")
            params += [min_lon, max_lon, min_lat, max_lat]
        if self.text:
            parts.append("contains(lower(e.notes), lower(?))")
            params.append(self.text)
        if self.min_fatalities is not None:
            parts.append("e.fatalities_low >= ?")
            params.append(int(self.min_fatalities))
        if self.ids is not None:
            parts.append(f"e.event_id IN {_marks(self.ids)}" if self.ids else "FALSE")
            params += [str(i) for i in self.ids]
        return " AND ".join(parts), params


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(StoreMessages.BAD_DATE.format(value=value)) from None


def open(path: str | os.PathLike, read_only: bool = False, wait: float = WAIT_SECONDS) -> "Store":  # noqa: A001
    """Return the store in the DuckDB file at `path` (created, or upgraded, when opened for writing)."""
    return Store(path, read_only=read_only, wait=wait)


class Store:
    """A flashpoint store in one DuckDB file."""

    def __init__(self, path: str | os.PathLike, read_only: bool = False, wait: float = WAIT_SECONDS):
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        self._held = None
        self._closed_at = 0.0  # when a writer's commits last let go of the file
        with self._connect():
            pass  # checks (and for a writer creates or upgrades) the file now, not at the first query

    # connections -------------------------------------------------------------------------------
    def hold(self) -> "Store":
        """Keep the file open until close(): no reopening per call; each call (from any thread) gets its
        own cursor on the one DuckDB instance, reads see committed snapshots and never wait for this
        process's writes. For a writer this keeps every other process out of the file."""
        if self._held is None:
            self._held = self._open_checked()
        return self

    def __enter__(self) -> "Store":
        return self.hold()

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection held by `with store:`, if any."""
        if self._held is not None:
            self._held.close()
            self._held = None

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._held is not None:
            cursor = self._held.cursor()  # a connection of its own: a transaction per call, safe across threads
            try:
                yield cursor
            finally:
                cursor.close()
            return
        con = self._open_checked()
        try:
            yield con
        finally:
            con.close()

    def _open_checked(self) -> duckdb.DuckDBPyConnection:
        con = self._open_file()
        try:
            self._check_schema(con)
        except BaseException:
            con.close()
            raise
        return con

    def _open_file(self) -> duckdb.DuckDBPyConnection:
        """Return a connection, waiting while another process holds the file; StoreError if it cannot be."""
        where = str(self.path)
        if self.read_only and not self.path.exists():
            raise StoreError(StoreMessages.NO_STORE, origin=where)
        if self.path.is_dir():
            raise StoreError(StoreMessages.IS_DIRECTORY, origin=where)
        if not self.path.parent.is_dir():
            raise StoreError(StoreMessages.NO_FOLDER, origin=where)
        if not self.read_only and self.path.exists() and not os.access(self.path, os.W_OK):
            raise StoreError(StoreMessages.READ_ONLY_FILE, origin=where)
        if self.path.exists() and self.path.stat().st_size > 0 and not _looks_like_duckdb(self.path):
            raise StoreError(StoreMessages.NOT_DUCKDB.format(detail="no DuckDB header"), origin=where)
        deadline = time.monotonic() + self.wait
        while self.read_only and _WRITERS_WAITING.get(where) and time.monotonic() < deadline:
            time.sleep(_RETRY_SLEEP / 10)  # a writer of this process is about to open the file: then read through it
        waiting = []
        try:
            return self._connect_retrying(where, deadline, waiting)
        finally:
            if waiting:
                with _WAITING:
                    _WRITERS_WAITING[where] -= 1
                    if not _WRITERS_WAITING[where]:
                        del _WRITERS_WAITING[where]

    def _connect_retrying(self, where: str, deadline: float, waiting: list) -> duckdb.DuckDBPyConnection:
        """Connect, retrying while the file is locked until `deadline`; `waiting` gets an item once this writer has
        told this process's readers to stand back."""
        read_only = self.read_only
        while True:
            try:
                return duckdb.connect(where, read_only=read_only)
            except duckdb.Error as exc:
                text = str(exc).lower()
                if "different configuration" in text:
                    if read_only:
                        # this process has the file open for writing: a reader shares that instance
                        # (the Store never writes through it) and reads committed snapshots without waiting
                        read_only = False
                        continue
                    # this process has it open read-only: wait for those readers to finish, as for a lock
                    text, pid = "conflicting lock", str(os.getpid())
                    if not waiting:
                        with _WAITING:
                            _WRITERS_WAITING[where] = _WRITERS_WAITING.get(where, 0) + 1
                        waiting.append(True)
                else:
                    found = re.search(r"PID (\d+)", str(exc))
                    pid = found.group(1) if found else "?"
                if "could not set lock" in text or "conflicting lock" in text:
                    if time.monotonic() < deadline:
                        time.sleep(_RETRY_SLEEP)
                        continue
                    raise StoreError(StoreMessages.LOCKED.format(pid=pid, wait=self.wait), origin=where) from exc
                if "permission" in text or "read-only" in text:
                    raise StoreError(StoreMessages.READ_ONLY_FILE, origin=where) from exc
                raise StoreError(StoreMessages.NOT_DUCKDB.format(detail=_first_line(str(exc))), origin=where) from exc

    def _check_schema(self, con) -> None:
        """Create the schema in a new file, upgrade an older one, refuse a newer or a foreign one."""
        where = str(self.path)
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if "meta" not in tables:
            if tables:
                raise StoreError(StoreMessages.FOREIGN, origin=where)
            if self.read_only:
                raise StoreError(StoreMessages.NO_STORE, origin=where)
            version = 0
        else:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(StoreMessages.NEWER.format(found=version, known=SCHEMA_VERSION), origin=where)
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(StoreMessages.OLDER_READ_ONLY.format(found=version, known=SCHEMA_VERSION),
                                 origin=where)
            migrate(con, version, SCHEMA_VERSION)

    # ingest ------------------------------------------------------------------------------------
    def ingest(self, documents: Iterable[Document], batch_size: int = 16,
               on_document: Callable[[Document, str], None] | None = None,
               on_error: Callable[[FlashpointError], None] | None = None) -> IngestReport:
        """Store the documents and their events; return what was added, updated and skipped.

        A document already stored (same id and text) or whose text is stored under another id is
        skipped before extraction; one with a stored id and a new text replaces its old events.
        on_document(document, outcome) is called after each one, outcome being
        'added' | 'updated' | 'unchanged' | 'duplicate'. A document the pipeline fails on is left out
        and reported to on_error (default: raised); the others go on.
        """
        self._need_writer()
        report = IngestReport()

        def count(doc: Document, outcome: str, records: int = 0) -> None:
            setattr(report, _COUNTER[outcome], getattr(report, _COUNTER[outcome]) + 1)
            report.records += records
            if on_document is not None:
                on_document(doc, outcome)

        # Commits run in one writer thread while this one extracts the next chunk (DuckDB and the model
        # both let go of the GIL): storage overlaps extraction. One commit job is in flight at a time, and
        # a job's callbacks (count, on_document) all run in that thread, one after another. The job opens
        # the file, checks first which documents of the next chunk are new (this thread waits only for that),
        # then commits its own chunk: one turn on the file a chunk, none in this thread but the first.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="flashpoint-store") as writer:
            chunks = _chunks(documents, CHECK_CHUNK)
            chunk = next(chunks, None)
            if chunk is None:
                return report
            with self._connect() as con:
                todo, skipped = _triage(con, chunk)
            in_flight = None
            while chunk is not None:
                extracted = _extract_each(todo, batch_size, on_error) if todo else []  # the file is not held here
                then = next(chunks, None)
                if in_flight is not None:
                    in_flight.result()  # its errors surface here
                triaged = Future() if then is not None else None
                in_flight = writer.submit(self._commit_chunk, skipped, extracted, count, then, triaged)
                if triaged is not None:
                    todo, skipped = triaged.result()
                chunk = then
            in_flight.result()
        return report

    def _need_writer(self) -> None:
        if self.read_only:
            raise StoreError(StoreMessages.OPENED_READ_ONLY, origin=str(self.path))

    def _commit_chunk(self, skipped, extracted, count, then: list[Document] | None = None,
                      triaged: Future | None = None) -> None:
        """Commit the extracted documents, a group (`GROUP`) in each transaction (the file is open only meanwhile);
        first, in the same turn, check which documents of the next chunk (`then`) are new, into `triaged`."""
        for doc, outcome in skipped:
            count(doc, outcome)
        done = 0
        while done < len(extracted) or (triaged is not None and not triaged.done()):
            try:
                # the file was closed a moment ago: leave readers their turn before taking it again
                time.sleep(max(0.0, READER_TURN - (time.monotonic() - self._closed_at)))
                with self._connect() as con:
                    if self._held is None:
                        con.execute(f"SET threads = {WRITER_THREADS}")  # this connection's own instance
                    if triaged is not None and not triaged.done():
                        triaged.set_result(_triage(con, then))
                    opened = time.monotonic()
                    while done < len(extracted) and (time.monotonic() - opened < HOLD_SECONDS or self._held is not None):
                        group = _next_group(extracted, done)
                        try:
                            for doc, raw, outcome in _commit_group(con, group):
                                count(doc, outcome, len(raw) if outcome in ("added", "updated") else 0)
                                done += 1
                        except StoreError as exc:
                            exc.origin = exc.origin or str(self.path)
                            raise
            except BaseException as exc:
                if triaged is not None and not triaged.done():
                    triaged.set_exception(exc)  # the ingesting thread waits on it
                raise
            self._closed_at = time.monotonic()

    # queries -----------------------------------------------------------------------------------
    def events(self, limit: int | None = None, cursor: str | None = None, descending: bool = False,
               with_links: bool = False, **filters):
        """Return the stored events matching the filters (see `Query`) as a pandas DataFrame.

        Rows are ordered by date then id (newest first with descending=True). With `limit`, the
        frame holds at most that many rows and `df.attrs["next_cursor"]` the cursor of the next
        page (None on the last page); pass it back as `cursor`. with_links=True adds the columns
        responds_to and responds_to_inferred (lists of event ids).
        """
        return self._select(Query(**filters), limit, cursor, descending, with_links)

    def tallies(self, limit: int | None = None, cursor: str | None = None, descending: bool = False,
                with_links: bool = False, **filters):
        """Return the stored tallies (counts of incidents over a period) as a DataFrame."""
        filters["kind"] = "tally"
        return self._select(Query(**filters), limit, cursor, descending, with_links)

    def _select(self, query: Query, limit, cursor, descending, with_links):
        where, params = query.where()
        order = "DESC" if descending else "ASC"
        if cursor:
            last_date, last_id = _read_cursor(cursor)
            where += f" AND ({_ORDER_KEY}, e.event_id) {'<' if descending else '>'} (?, ?)"
            params += [last_date, last_id]
        columns = _FRAME_SELECT
        # the same order as _ORDER_KEY, on the bare column: DuckDB then prunes row groups for a top-N page
        # (about 4x faster on 1 M events, bench/api.py); NULL dates first ascending, last descending
        ordering = f"ORDER BY e.date_start {order} NULLS {'LAST' if descending else 'FIRST'}, e.event_id {order}"
        with self._connect() as con, _snapshot(con):
            if limit is None or int(limit) > _TWO_STEP_LIMIT:
                tail = " LIMIT ?" if limit is not None else ""
                df = con.execute(f"SELECT {columns} FROM events e WHERE {where} {ordering}{tail}",
                                 params + ([int(limit)] if limit is not None else [])).df()
            else:
                # the page's ids first, on the few columns the filters read; then its rows by id (indexed):
                # far cheaper than sorting every column of every match
                ids = [r[0] for r in con.execute(f"SELECT e.event_id FROM events e WHERE {where} {ordering} LIMIT ?",
                                                 params + [int(limit)]).fetchall()]
                df = con.execute(f"SELECT {columns} FROM events e WHERE e.event_id IN {_marks(ids)}", ids).df() \
                    if ids else con.execute(f"SELECT {columns} FROM events e WHERE FALSE").df()
                df = df.set_index("event_id", drop=False).loc[ids].reset_index(drop=True)
            if with_links:
                links = _links_of(con, list(df["event_id"]))
                for kind, column in (("explicit", "responds_to"), ("inferred", "responds_to_inferred")):
                    df[column] = [sorted(links.get((eid, kind), ())) for eid in df["event_id"]]
        df["sources"] = [list(x) if x is not None else [] for x in df["sources"]]
        df.attrs["next_cursor"] = None
        if limit is not None and len(df) == int(limit) and len(df):
            last = df.iloc[-1]
            df.attrs["next_cursor"] = _make_cursor(last["date_start"], last["event_id"])
        return df

    def records(self, **filters) -> Iterator[dict]:
        """Yield the contract records (JSON objects) of the stored events matching the filters.

        kind=None gives events and tallies both. Links come from the store: `responds_to` holds the
        explicit ones, `responds_to_inferred` the inferred ones as {"event_id", ...basis}.
        """
        query = Query(**filters)
        where, params = query.where()
        sql = f"""
            SELECT e.record, e.first_seen, e.updated_at,
                   (SELECT list(DISTINCT l.responds_to ORDER BY l.responds_to) FROM links l
                     WHERE l.event_id = e.event_id AND l.kind = 'explicit'),
                   (SELECT list({{'event_id': l.responds_to, 'basis': l.basis}} ORDER BY l.responds_to) FROM links l
                     WHERE l.event_id = e.event_id AND l.kind = 'inferred')
            FROM events e WHERE {where}
            ORDER BY {_ORDER_KEY}, e.event_id"""
        with self._connect() as con:
            cur = con.execute(sql, params)
            while True:
                rows = cur.fetchmany(1000)
                if not rows:
                    break
                for record, first_seen, updated_at, explicit, inferred in rows:
                    out = json.loads(record)
                    out["stored"] = {"first_seen": first_seen.isoformat(), "updated_at": updated_at.isoformat()}
                    out["responds_to"] = list(explicit or [])
                    out["responds_to_inferred"] = [_inferred(x) for x in inferred or []]
                    yield out

    def aggregate(self, by: str = "day", **filters):
        """Return events, total low/high fatalities per day|week|month|country|admin1|type|sub_type|actor."""
        if by not in AGGREGATES:
            raise StoreError(StoreMessages.BAD_AGGREGATE.format(by=by, known=", ".join(AGGREGATES)))
        where, params = Query(**filters).where()
        sql = f"""SELECT {AGGREGATES[by]} AS {by}, count(*) AS events,
                         sum(e.fatalities_low) AS fatalities_low, sum(e.fatalities_high) AS fatalities_high
                  FROM events e WHERE {where} GROUP BY 1 ORDER BY 1 NULLS LAST"""
        with self._connect() as con:
            return con.execute(sql, params).df()

    def links(self, kind: str | None = None, event_ids: list[str] | None = None):
        """Return the links between stored events (event_id, responds_to, kind, basis) as a DataFrame.

        kind: 'explicit' or 'inferred' only; event_ids: only the links from these events.
        """
        sql = "SELECT event_id, responds_to, kind, basis FROM links WHERE TRUE"
        params: list = []
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        if event_ids is not None:
            sql += f" AND event_id IN {_marks(event_ids)}" if event_ids else " AND FALSE"
            params += list(event_ids)
        with self._connect() as con:
            return con.execute(sql + " ORDER BY event_id, responds_to, kind", params).df()

    def documents(self, with_text: bool = False):
        """Return the stored documents (without their text unless asked) as a DataFrame."""
        cols = "doc_id, content_hash, published, source, url, title, origin, records, ingested_at, updated_at"
        if with_text:
            cols += ", text"
        with self._connect() as con:
            return con.execute(f"SELECT {cols} FROM documents ORDER BY doc_id").df()

    def stats(self) -> dict:
        """Return counts of documents, events, tallies, links and sources, the date range, and events per country."""
        with self._connect() as con, _snapshot(con):
            one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
            first, last = con.execute(
                "SELECT min(date_start), max(coalesce(date_end, date_start)) FROM events WHERE kind = 'event'").fetchone()
            per_country = con.execute(
                """SELECT coalesce(country_code, '?') AS country, count(*) AS events,
                          sum(fatalities_low) AS fatalities_low
                   FROM events WHERE kind = 'event' GROUP BY 1 ORDER BY 2 DESC, 1""").fetchall()
            return {
                "path": str(self.path),
                "schema_version": int(one("SELECT value FROM meta WHERE key = 'schema_version'")),
                "documents": one("SELECT count(*) FROM documents"),
                "duplicates": one("SELECT count(*) FROM duplicates"),
                "sources": one("SELECT count(DISTINCT coalesce(source, doc_id)) FROM documents"),
                "events": one("SELECT count(*) FROM events WHERE kind = 'event'"),
                "tallies": one("SELECT count(*) FROM events WHERE kind = 'tally'"),
                "reports": one("SELECT count(*) FROM reports"),
                # as read from the reports (two reports of one link count twice): no join over every report
                "links_explicit": one("SELECT count(*) FROM report_links WHERE kind = 'explicit'"),
                "links_inferred": one("SELECT count(*) FROM report_links WHERE kind = 'inferred'"),
                "first_date": first.isoformat() if first else None,
                "last_date": last.isoformat() if last else None,
                "per_country": [{"country": c, "events": n, "fatalities_low": int(f or 0)} for c, n, f in per_country],
            }

    def source_names(self) -> dict[str, str]:
        """Return doc_id -> the outlet's name (the doc id where the document names none)."""
        with self._connect() as con:
            return dict(con.execute("SELECT doc_id, coalesce(source, doc_id) FROM documents").fetchall())

    def copy_to_parquet(self, path: str | os.PathLike, **filters) -> int:
        """Write the matching events' flat columns to a Parquet file with DuckDB's COPY; return the rows."""
        where, params = Query(**filters).where()
        target = str(path).replace("'", "''")  # COPY takes no parameter for its file name
        sql = f"""COPY (SELECT {_FRAME_SELECT} FROM events e WHERE {where}
                        ORDER BY {_ORDER_KEY}, e.event_id)
                  TO '{target}' (FORMAT parquet, COMPRESSION zstd)"""
        with self._connect() as con:
            con.execute(sql, params)
            return con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]

    # queries for the API server (flashpoint.server) --------------------------------------------
    def counts_by_period_and_type(self, period: str = "day", **filters):
        """Return events and low fatalities per period (day|week|month) and event type, as a DataFrame
        (period, event_type, events, fatalities_low): the dashboard's timeline."""
        if period not in ("day", "week", "month"):
            raise StoreError(StoreMessages.BAD_AGGREGATE.format(by=period, known="day, week, month"))
        where, params = Query(**filters).where()
        sql = f"""SELECT {AGGREGATES[period]} AS period, e.event_type, count(*) AS events,
                         coalesce(sum(e.fatalities_low), 0) AS fatalities_low
                  FROM events e WHERE {where} AND e.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"""
        with self._connect() as con:
            return con.execute(sql, params).df()

    def map_cells(self, cell: float, **filters):
        """Return the located events grouped in square cells of `cell` degrees, as a DataFrame.

        One row a cell: its mean lat/lon, events, summed low fatalities, most frequent event type,
        and for a cell of one event that event's id (else None): the map's clusters and points.
        """
        size = float(cell)
        if not size > 0:
            raise StoreError(StoreMessages.BAD_CELL.format(cell=cell))
        where, params = Query(**filters).where()
        # per cell and type first, then per cell: far cheaper than mode() over every row; a cell's one event
        # is found by its row id afterwards (carrying ids and names through the groups doubles the time)
        sql = f"""SELECT sum(lat_sum) / sum(n) AS lat, sum(lon_sum) / sum(n) AS lon, sum(n) AS events,
                         sum(dead) AS fatalities_low, arg_max(event_type, n) AS event_type, min(one_row) AS one_row
                  FROM (SELECT floor(e.lon / ?) AS cx, floor(e.lat / ?) AS cy, e.event_type, count(*) AS n,
                               sum(e.lat) AS lat_sum, sum(e.lon) AS lon_sum, coalesce(sum(e.fatalities_low), 0) AS dead,
                               min(e.rowid) AS one_row
                        FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2, 3)
                  GROUP BY cx, cy ORDER BY events DESC"""
        with self._connect() as con, _snapshot(con):
            df = con.execute(sql, [size, size] + params).df()
            singles = [int(r) for r in df.loc[df["events"] == 1, "one_row"]]
            found = dict((r[0], (r[1], r[2])) for r in con.execute(
                f"SELECT rowid, event_id, location FROM events WHERE rowid IN {_marks(singles)}", singles).fetchall()) \
                if singles else {}
        one = [found.get(int(r)) if n == 1 else None for r, n in zip(df["one_row"], df["events"])]
        df["event_id"] = [x[0] if x else None for x in one]
        df["location"] = [x[1] if x else None for x in one]
        return df.drop(columns="one_row")

    def counts(self) -> dict:
        """Return {"events", "tallies", "documents"}: the few counts a health check needs, cheaply."""
        with self._connect() as con, _snapshot(con):
            events, tallies = con.execute("SELECT count(*) FILTER (WHERE kind = 'event'), "
                                          "count(*) FILTER (WHERE kind = 'tally') FROM events").fetchone()
            documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return {"events": events, "tallies": tallies, "documents": documents}

    def event_detail(self, event_id: str) -> dict | None:
        """Return one stored record as `records()` gives it, plus `answered_by` [{event_id, kind}], or None.

        Index lookups only (no scan of the links view): the API's event panel on a large store.
        """
        with self._connect() as con, _snapshot(con):
            row = con.execute("SELECT record, first_seen, updated_at FROM events WHERE event_id = ?", [event_id]).fetchone()
            if row is None:
                return None
            out = json.loads(row[0])
            out["stored"] = {"first_seen": row[1].isoformat(), "updated_at": row[2].isoformat()}
            mine = [r[0] for r in con.execute("SELECT report_id FROM reports WHERE event_id = ?", [event_id]).fetchall()]
            links = con.execute(f"""SELECT l.target, coalesce(t.event_id, l.target), l.kind, l.basis
                                    FROM report_links l LEFT JOIN reports t ON t.report_id = l.target
                                    WHERE l.report_id IN {_marks(mine) if mine else "(NULL)"}""", mine).fetchall()
            out["responds_to"] = sorted({dest for _, dest, kind, _ in links if kind == "explicit" and dest != event_id})
            inferred = {dest: basis for _, dest, kind, basis in links if kind == "inferred" and dest != event_id}
            out["responds_to_inferred"] = [_inferred({"event_id": k, "basis": inferred[k]}) for k in sorted(inferred)]
            targets = mine + [event_id]
            answers = con.execute(f"""SELECT DISTINCT r.event_id, l.kind FROM report_links l
                                      JOIN reports r ON r.report_id = l.report_id
                                      WHERE l.target IN {_marks(targets)} AND r.event_id <> ?
                                      ORDER BY 1, 2""", targets + [event_id]).fetchall()
        out["answered_by"] = [{"event_id": e, "kind": k} for e, k in answers]
        return out

    def chain_links(self, kind: str | None = "explicit", **filters):
        """Return every link between stored events as a DataFrame: event_id answers responds_to (kind, basis),
        and for each end whether it matches the filters (answer_hit, antecedent_hit) and its date.

        The `links` view's rows, read through the few reports that links touch (a semi-join: about twice
        as fast as the view on a large store); explicit only by default, kind=None for both.
        """
        cond, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
        where, filter_params = Query(**filters).where()
        sql = f"""WITH l AS (SELECT * FROM report_links {cond}),
                       r AS (SELECT report_id, event_id FROM reports
                             WHERE report_id IN (SELECT report_id FROM l UNION SELECT target FROM l)),
                       p AS (SELECT DISTINCT src.event_id AS event_id, coalesce(dst.event_id, l.target) AS responds_to,
                                    l.kind AS kind, l.basis AS basis
                             FROM l JOIN r src ON src.report_id = l.report_id LEFT JOIN r dst ON dst.report_id = l.target
                             WHERE coalesce(dst.event_id, l.target) <> src.event_id),
                       hit AS (SELECT e.event_id, e.date_start FROM events e
                               WHERE e.event_id IN (SELECT event_id FROM p UNION SELECT responds_to FROM p) AND {where})
                  SELECT p.*, a.event_id IS NOT NULL AS answer_hit, a.date_start AS answer_date,
                         b.event_id IS NOT NULL AS antecedent_hit, b.date_start AS antecedent_date
                  FROM p LEFT JOIN hit a ON a.event_id = p.event_id LEFT JOIN hit b ON b.event_id = p.responds_to
                  ORDER BY 1, 2, 3"""
        with self._connect() as con:
            return con.execute(sql, params + filter_params).df()

    def records_by_id(self, event_ids: list[str]) -> list[dict]:
        """Return the stored contract records of these events (index lookups; links not added), in id order."""
        if not event_ids:
            return []
        with self._connect() as con:
            rows = con.execute(f"SELECT record FROM events WHERE event_id IN {_marks(event_ids)} ORDER BY event_id",
                               list(event_ids)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def documents_by_id(self, doc_ids: list[str]) -> dict[str, dict]:
        """Return doc_id -> {doc_id, published, source, url, title, text} for the stored ones among `doc_ids`."""
        with self._connect() as con:
            cur = con.execute(f"""SELECT doc_id, published, source, url, title, text FROM documents
                                  WHERE doc_id IN {_marks(doc_ids) if doc_ids else "(NULL)"}""", list(doc_ids))
            names = [d[0] for d in cur.description]
            return {row[0]: dict(zip(names, row)) for row in cur.fetchall()}

    # watch state -------------------------------------------------------------------------------
    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """Return the (ETag, Last-Modified) the feed answered last time."""
        with self._connect() as con:
            row = con.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", [url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None, status: int | None) -> None:
        """Remember what the feed answered (its validators for the next conditional request)."""
        self._need_writer()
        with self._connect() as con:
            con.execute(
                """INSERT INTO feeds (url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                   checked_at = excluded.checked_at, status = excluded.status""",
                [url, etag, last_modified, _now(), status])

    def seen_items(self, feed: str, keys: list[str]) -> set[str]:
        """Return which of the feed's item keys are already stored."""
        if not keys:
            return set()
        with self._connect() as con:
            rows = con.execute(f"SELECT item_key FROM feed_items WHERE feed = ? AND item_key IN {_marks(keys)}",
                               [feed, *keys]).fetchall()
        return {r[0] for r in rows}

    def mark_items(self, feed: str, items: list[tuple[str, str | None]]) -> None:
        """Record feed items (key, doc_id) as handled, so that they are never fetched again."""
        self._need_writer()
        if not items:
            return
        now = _now()
        with self._connect() as con:
            con.execute("BEGIN")
            for key, doc_id in items:
                con.execute("INSERT INTO feed_items VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [feed, key, doc_id, now])
            con.execute("UPDATE feeds SET items = (SELECT count(*) FROM feed_items WHERE feed = ?) WHERE url = ?",
                        [feed, feed])
            con.execute("COMMIT")


_COUNTER = {"added": "added", "updated": "updated", "unchanged": "unchanged", "duplicate": "duplicates"}


def migrate(con, found: int, target: int = SCHEMA_VERSION) -> None:
    """Upgrade the schema from version `found` to `target` in one transaction (all or nothing)."""
    con.execute("BEGIN")
    try:
        for version in range(found + 1, target + 1):
            for statement in MIGRATIONS[version]:
                statement(con) if callable(statement) else con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [str(target)])
        con.execute("INSERT INTO meta VALUES ('written_by', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [f"flashpoint {__version__}"])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


# ingest, one document at a time -----------------------------------------------------------------
def _triage(con, chunk: list[Document]) -> tuple[list[Document], list[tuple[Document, str]]]:
    """Return (documents to extract, [(document, 'unchanged' | 'duplicate')]) against what is stored."""
    ids = [d.id for d in chunk]
    hashes = [d.content_hash for d in chunk]
    by_id = dict(con.execute(f"SELECT doc_id, content_hash FROM documents WHERE doc_id IN {_marks(ids)}",
                             ids).fetchall())
    by_hash = dict(con.execute(f"SELECT content_hash, min(doc_id) FROM documents WHERE content_hash IN {_marks(hashes)} "
                               "GROUP BY content_hash", hashes).fetchall())
    todo, skipped, first_of = [], [], {}
    for d, h in zip(chunk, hashes):
        same_as = by_hash.get(h) if by_hash.get(h) != d.id else None
        same_as = same_as or (first_of[h] if first_of.get(h, d.id) != d.id else None)
        if by_id.get(d.id) == h or (first_of.get(h) == d.id):
            skipped.append((d, "unchanged"))
        elif d.id not in by_id and same_as is not None:
            skipped.append((d, "duplicate"))
            _record_duplicate(con, d, same_as)
        else:
            first_of.setdefault(h, d.id)
            todo.append(d)
    return todo, skipped


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Yield the documents in lists of `size` (the last one shorter)."""
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _record_duplicate(con, doc: Document, same_as: str) -> None:
    con.execute("INSERT INTO duplicates VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [doc.id, doc.content_hash, same_as, _now()])


def _extract_each(documents: list[Document], batch_size: int,
                  on_error: Callable[[FlashpointError], None] | None = None) -> list[tuple[Document, list[Event]]]:
    """Return each document with its own events and tallies (no cross-report merge yet).

    When the pipeline fails inside a batch, the batch's documents are read again one at a time, so
    that only the one it fails on is left out (and reported).
    """
    try:
        return _extract_batch(documents, batch_size)
    except Exception:  # noqa: BLE001 (a pipeline bug on some document: find which, below)
        if len(documents) == 1 and on_error is None:
            raise
    done = []
    for doc in documents:
        try:
            done += _extract_batch([doc], 1)
        except Exception as exc:  # noqa: BLE001
            error = InputError(StoreMessages.EXTRACT_FAILED.format(detail=f"{type(exc).__name__}: {exc}"),
                               origin=doc.origin or doc.id)
            if on_error is None:
                raise error from exc
            error.__cause__ = exc
            on_error(error)
    return done


def _extract_batch(documents: list[Document], batch_size: int) -> list[tuple[Document, list[Event]]]:
    from flashpoint.pipeline import extract

    done: list[tuple[Document, list[Event]]] = []
    pending: list[Event] = []

    def finished(doc: Document) -> None:
        done.append((doc, list(pending)))
        pending.clear()

    for event in extract(documents, batch_size=batch_size, merge=False, on_document=finished):
        pending.append(event)
    return done


_WRITE_FAILURE = re.compile(r"No space left on device|File too large|Disk quota exceeded|Input/output error")


def _next_group(extracted: list[tuple[Document, list[Event]]], start: int) -> list[tuple[Document, list[Event]]]:
    """Return the next documents to commit together: at most GROUP, no id or text twice (a later one is
    checked against the earlier one stored, in a transaction of its own)."""
    group, ids, hashes = [], set(), set()
    for doc, raw in extracted[start:start + GROUP]:
        if doc.id in ids or doc.content_hash in hashes:
            break
        group.append((doc, raw))
        ids.add(doc.id)
        hashes.add(doc.content_hash)
    return group


def _commit_group(con, group: list[tuple[Document, list[Event]]]) -> Iterator[tuple[Document, list[Event], str]]:
    """Commit the documents in one transaction and yield (document, events, outcome) for each once committed.

    If that fails, they are committed again one a transaction, so that only the document the failure
    belongs to is left out (its error raised) and those before it are stored."""
    try:
        outcomes = _commit_documents(con, group)
    except Exception:  # noqa: BLE001 (a kill or an interrupt is no Exception: nothing more is tried then)
        if len(group) == 1:
            raise
        for doc, raw in group:
            yield doc, raw, _commit_documents(con, [(doc, raw)])[0]
        return
    for (doc, raw), outcome in zip(group, outcomes):
        yield doc, raw, outcome


def _commit_document(con, doc: Document, raw: list[Event]) -> str:
    """Store one document with its events in one transaction; return 'added' | 'updated' | 'duplicate' | 'unchanged'."""
    return _commit_documents(con, [(doc, raw)])[0]


def _commit_documents(con, group: list[tuple[Document, list[Event]]]) -> list[str]:
    """Store documents (distinct ids and texts) with their events in one transaction; return each one's outcome."""
    now = _now()
    con.execute("BEGIN")
    try:
        outcomes = _write_documents(con, group, now)
        con.execute("COMMIT")
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # a failed COMMIT has ended the transaction already: the first error is the one to tell
        found = _WRITE_FAILURE.search(str(exc)) if isinstance(exc, duckdb.Error) else None
        if found or isinstance(exc, duckdb.IOException):
            # a full disk, a file-size limit, an I/O error (DuckDB raises some at COMMIT as TransactionException)
            detail = found.group(0) if found else str(exc).splitlines()[0][:200]
            raise StoreError(StoreMessages.WRITE_FAILED.format(detail=detail, doc=group[0][0].id)) from exc
        raise
    return outcomes


def _write_documents(con, group: list[tuple[Document, list[Event]]], now: datetime) -> list[str]:
    from flashpoint.resolve import links

    ids = [doc.id for doc, _ in group]
    digests = {doc.id: doc.content_hash for doc, _ in group}
    raw = [e for _, events in group for e in events]
    around = Around(raw, links.reach(raw))
    sql, params = around.sql()
    # what is stored under these ids or texts, and what is stored near the new reports: one statement
    stored, duplicates, joinable, answers, nearby = con.execute(
        f"""SELECT (SELECT list({{'id': doc_id, 'hash': content_hash, 'at': ingested_at}}) FROM documents
                    WHERE doc_id IN {_marks(ids)} OR content_hash IN {_marks(digests)}),
                   (SELECT list(doc_id) FROM duplicates WHERE doc_id IN {_marks(ids)}), {sql}""",
        [*ids, *digests.values(), *ids, *params]).fetchone()
    by_id = {row["id"]: row for row in stored or ()}
    outcomes, write = [], []
    for doc, events in group:
        stored_hash = by_id[doc.id]["hash"] if doc.id in by_id else None
        other = min((row["id"] for row in by_id.values() if row["hash"] == digests[doc.id] and row["id"] != doc.id),
                    default=None)
        if stored_hash == digests[doc.id]:
            outcomes.append("unchanged")
        elif other is not None and stored_hash is None:
            _record_duplicate(con, doc, other)
            outcomes.append("duplicate")
        else:
            outcomes.append("updated" if stored_hash is not None else "added")
            write.append((doc, events))
    if len(write) < len(group):  # another process stored some of them since they were checked: look again
        raw = [e for _, events in write for e in events]
        around = Around(raw, links.reach(raw))
        sql, params = around.sql()
        joinable, answers, nearby = con.execute(f"SELECT {sql}", params).fetchone() if write else (None, None, None)
    around.found(joinable, answers, nearby)
    updated = [doc.id for doc, _ in write if doc.id in by_id]
    regroup: set[str] = set()
    if updated:
        # the articles were updated: their old reports go; their events, and the events that linked to them, are redone
        marks = _marks(updated)
        regroup = {r[0] for r in con.execute(
            f"""SELECT event_id FROM reports WHERE doc_id IN {marks}
                UNION SELECT r.event_id FROM report_links l JOIN reports r ON r.report_id = l.report_id
                      WHERE l.target IN (SELECT report_id FROM reports WHERE doc_id IN {marks})""",
            updated * 2).fetchall()}
        con.execute(f"DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM reports WHERE doc_id IN {marks})",
                    updated)
        con.execute(f"DELETE FROM reports WHERE doc_id IN {marks}", updated)
        con.execute(f"DELETE FROM documents WHERE doc_id IN {marks}", updated)
    was_duplicate = [doc.id for doc, _ in write if doc.id in set(duplicates or ())]
    if was_duplicate:  # once copies of a stored text, now texts of their own
        con.execute(f"DELETE FROM duplicates WHERE doc_id IN {_marks(was_duplicate)}", was_duplicate)
    _insert_many(con, "documents", [
        (doc.id, digests[doc.id], doc.published, doc.source, doc.url, doc.title, doc.origin, doc.text, len(events),
         by_id[doc.id]["at"] if doc.id in by_id else now, now) for doc, events in write])
    _store_events(con, raw, regroup, now, around)
    return outcomes


def _store_events(con, raw: list[Event], regroup: set[str], now: datetime, around: "Around") -> None:
    """Merge and link new reports with the stored events they may concern, and rewrite what changed.

    Redone: the stored events a new report may join (same country, within WINDOW), those that lost a
    report (regroup), and those whose own links a new report may change (an answer whose cue may name it);
    each is rebuilt from its stored reports and goes through the cross-report step with the new reports.
    The other stored events near them are read only, as candidates for their links (`links.reach`).
    """
    redo = regroup | around.answers
    held = _held(con, redo | around.joinable)
    stored = held.reports
    raw_data = {e.event_id: to_jsonable(e) for e in raw}  # before the merge touches them
    read: dict[str, Event] = {}

    def near(events: list[Event]) -> list[Event]:
        ids = {e.event_id for e in events}
        # the events redone are in the merge (or gone: an event that lost all its reports), never read
        redone = redo | {g for g, parts in stored.items() if parts[0].event_id in ids}
        read.update((i, e) for i, e in around.linkable(con, events).items() if i not in redone)
        return list(read.values())

    merged, groups = cross_report(stored, raw, redo, near)
    old_members = {g: {e.event_id for e in stored.get(g, [])} for g in groups}
    keep = {event.event_id for event, members in merged if old_members.get(event.event_id) == set(members)}
    drop = sorted(groups - keep)
    if drop:
        for table in ("evidence", "event_sources", "events"):
            con.execute(f"DELETE FROM {table} WHERE event_id IN {_marks(drop)}", drop)
    group_of = {r: g for g, members in old_members.items() for r in members}
    new_reports, moved, rows = {}, [], EventRows()
    for event, members in merged:
        if event.event_id in keep:
            continue
        # an event keeps the first-seen time of the oldest stored event it absorbs
        seen = [held.first_seen[group_of[m]] for m in members if group_of.get(m) in held.first_seen]
        rows.add(event, min(seen, default=now), now)
        for m in members:
            if m in raw_data:
                new_reports[m] = event.event_id
            else:
                moved.append((m, event.event_id))
    rows.insert(con)
    if moved:
        con.execute(f"""UPDATE reports SET event_id = m.event_id
                        FROM (VALUES {", ".join(["(?, ?)"] * len(moved))}) AS m(report_id, event_id)
                        WHERE reports.report_id = m.report_id""", [x for pair in moved for x in pair])
    _insert_reports(con, raw, raw_data, new_reports)
    _replace_links(con, merged, read, {row for row in held.links if row[0] in group_of})


def cross_report(stored: dict[str, list[Event]], new: list[Event], redo: set[str] = frozenset(),
                 near: Callable[[list[Event]], list[Event]] = lambda events: []
                 ) -> tuple[list[tuple[Event, list[str]]], set[str]]:
    """Merge and link new reports with stored events; return ([(event, ids of the reports it joins)], stored ids redone).

    stored: stored event id -> the reports it was made of (the candidates near the new reports);
    redo: stored events to rebuild whatever happens (they lost a report, or their links may change);
    near(events): the other stored events these may be linked with (read only, never rewritten).
    Only the stored events a new report may describe or answer are merged and linked again with it, so
    the cost follows the new reports, not the store. The one place the store calls the cross-report
    step, `pipeline.across_reports` (resolve/merge.py, then resolve/links.py), as `extract` does.
    """
    from flashpoint.pipeline import across_reports
    from flashpoint.resolve.merge import constituents, same_incident

    def may_join(a: Event, b: Event) -> bool:
        first, second = sorted((a, b), key=lambda e: e.event_id)  # as merge_events asks it
        return same_incident(first, second) > 0

    groups = set(redo) | {g for g in stored if any(may_join(s, n) for s in stored[g] for n in new)}
    events = [e for g in sorted(groups) for e in stored.get(g, [])] + list(new)
    # a stored report's link to a report left out of the merge names the stored event that holds it
    ids, holder = {e.event_id for e in events}, {p.event_id: g for g, parts in stored.items() for p in parts}
    for e in events:
        if not ids.issuperset(e.responds_to):
            e.responds_to = sorted({t if t in ids else holder.get(t, t) for t in e.responds_to})
    return [(event, constituents(event)) for event in across_reports(events, near(events))], groups


class Around:
    """What is stored near one document's new reports, read with the document's first statement: the stored
    events they may join (same country, within WINDOW), those that may answer them (their links may
    change), and the stored records their links may point at (`links.reach`, widened by WINDOW so that it
    also covers the stored reports they merge with)."""

    def __init__(self, raw: list[Event], reach):
        self.raw, self.reach = raw, reach
        self.wide = [dataclasses.replace(r, first=r.first - WINDOW, last=r.last + WINDOW) for r in reach if not r.answers]
        self.joinable: set[str] = set()
        self.answers: set[str] = set()
        self.nearby: dict[str, str] = {}  # event id -> stored record (parsed when needed)

    def sql(self) -> tuple[str, list]:
        """Return three scalar subqueries (joinable ids, answering ids, [{id, record}] near) and their parameters."""
        ors, params = [], []
        for e in self.raw:
            if e.kind != "event" or e.date.start is None:
                continue
            end = e.date.end or e.date.start
            if (end - e.date.start).days > WIDEST_MERGE_SPAN:
                continue
            ors.append("(country_code IS NOT DISTINCT FROM ? AND date_start <= ? AND coalesce(date_end, date_start) >= ?)")
            params += [e.location.country_code, end + WINDOW, e.date.start - WINDOW]
        parts = [f"(SELECT list(DISTINCT event_id) FROM reports WHERE kind = 'event' AND ({' OR '.join(ors)}))"
                 if ors else "NULL"]
        for reach, select in (([r for r in self.reach if r.answers], "list(e.event_id)"),
                              (self.wide, "list({'id': e.event_id, 'record': e.record})")):
            cond, more = _reach_sql(reach)
            parts.append(f"(SELECT {select} FROM events e WHERE {cond})" if cond else "NULL")
            params += more
        return ", ".join(parts), params

    def found(self, joinable, answers, nearby) -> None:
        """Keep what the three subqueries of `sql` gave."""
        self.joinable, self.answers = set(joinable or ()), set(answers or ())
        self.nearby = {row["id"]: row["record"] for row in nearby or ()}

    def linkable(self, con, events: list[Event]) -> dict[str, Event]:
        """Return the stored records the links of these events may point at, as Events by id (a further
        query only for what the first one did not cover: stored reports far from the new ones)."""
        from flashpoint.resolve import links

        wanted = [r for r in links.reach(events) if not r.answers]
        rest = [r for r in wanted if not any(_covers(w, r) for w in self.wide)]
        records = dict(self.nearby)
        cond, params = _reach_sql(rest)
        if cond:
            records.update(con.execute(f"SELECT e.event_id, e.record FROM events e WHERE {cond}", params).fetchall())
        return {i: _event_from_record(json.loads(r)) for i, r in records.items()}


def _covers(wide, r) -> bool:
    return (wide.sides, wide.pending, wide.answers, wide.clues) == (r.sides, r.pending, r.answers, r.clues) \
        and wide.first <= r.first and r.last <= wide.last


def _reach_sql(reach) -> tuple[str | None, list]:
    """Return the condition on events `e` that finds what `links.reach` describes, and its parameters."""
    ors, params = [], []
    for r in reach:
        cond = "e.date_start <= ? AND coalesce(e.date_end, e.date_start) >= ?"
        params += [r.last, r.first]
        if r.sides is not None:
            cond += " AND e.side1 = ? AND e.side2 = ?"
            params += list(r.sides)
        if r.pending:
            cond += " AND e.pending"
        if r.clues is not None:
            clue_sql, clue_params = _clues_sql(r.clues)
            cond += f" AND {clue_sql}"
            params += clue_params
        ors.append(f"({cond})")
    if not ors:
        return None, []
    return f"e.kind = 'event' AND ({' OR '.join(ors)})", params


def _clues_sql(clues) -> tuple[str, list]:
    """Return the condition that an event may score `clues.min_score` against an answer's cue: the points of
    the clues it matches (`links.Clues`, counted as `links._cue_score` counts them) add up to that much."""
    from flashpoint.resolve.links import CUE_POINTS

    text, (side1, side2) = clues.text, clues.sides
    tests = [("actor1", "e.side1 = ?", [side1]), ("actor2", "e.side2 = ?", [side2]),
             ("place", "e.geo_precision IN (1, 2) AND (contains(?, lower(e.location)) "
                       "OR contains(?, lower(json_extract_string(e.record, '$.location.text'))))", [text, text]),
             ("admin1", "e.admin1 <> '' AND contains(?, lower(e.admin1))", [text]),
             ("names", " OR ".join(["contains(lower(e.notes), ?)"] * len(clues.names)) or "FALSE", list(clues.names)),
             ("fatalities", f"e.fatalities_low IN {_marks(clues.numbers)}" if clues.numbers else "FALSE",
              list(clues.numbers)),
             ("day", "e.date_precision = 'day' AND (list_contains(?::VARCHAR[], lower(dayname(e.date_start))) "
                     "OR list_contains(?::VARCHAR[], lower(monthname(e.date_start))))", [list(clues.days), list(clues.months)])]
    sql, params = [f"{CUE_POINTS['words']}"], []  # weapon and trigger words: counted as matched (see links.Clues)
    for name, test, values in tests:
        if name in ("actor1", "actor2") and values[0] is None:
            continue
        sql.append(f"{CUE_POINTS[name]} * coalesce(({test}), FALSE)::INTEGER")
        params += values
    return f"({' + '.join(sql)}) >= ?", params + [clues.min_score]


@dataclass
class Held:
    """What stored events hold: their reports (as Events), first-seen times, and the links of those reports."""

    reports: dict[str, list[Event]]
    first_seen: dict[str, datetime]
    links: set[tuple]  # (report_id, target, kind, basis) as stored


def _held(con, event_ids: set[str]) -> Held:
    """Return what these stored events hold, read in one statement (index look-ups by event id)."""
    if not event_ids:
        return Held({}, {}, set())
    ids = sorted(event_ids)
    stored: dict[str, list[Event]] = {}
    first_seen, held_links = {}, set()
    rows = con.execute(f"""
        SELECT 'report', r.event_id, r.data::VARCHAR, e.first_seen, NULL, NULL
        FROM reports r JOIN events e ON e.event_id = r.event_id
        WHERE r.event_id IN {_marks(ids)} AND e.event_id IN {_marks(ids)}
        UNION ALL
        SELECT 'link', l.report_id, l.target, NULL, l.kind, l.basis::VARCHAR FROM report_links l
        WHERE l.report_id IN (SELECT report_id FROM reports WHERE event_id IN {_marks(ids)})""", ids * 3).fetchall()
    for what, key, data, seen, kind, basis in rows:
        if what == "link":
            held_links.add((key, data, kind, basis))
            continue
        stored.setdefault(key, []).append(_event_from_data(json.loads(data)))
        first_seen[key] = seen
    # a report's links inside its document name that document's reports: those outside the events redone
    # are named by the stored events that hold them now
    parts = {e.event_id for events in stored.values() for e in events}
    outside = sorted({t for events in stored.values() for e in events for t in e.responds_to} - parts)
    if outside:
        holder = dict(con.execute(f"SELECT report_id, event_id FROM reports WHERE report_id IN {_marks(outside)}",
                                  outside).fetchall())
        for events in stored.values():
            for e in events:
                e.responds_to = sorted({holder.get(t, t) for t in e.responds_to})
    return Held(stored, first_seen, held_links)


def _replace_links(con, merged: list[tuple[Event, list[str]]], read: dict[str, Event], old: set[tuple]) -> None:
    """Write the links of the events just merged and linked, in place of those their reports had (`old`).

    A link is kept between reports (the answer's first report, one report of what it answers): the
    `links` view lifts both ends to the events that hold them, so a link follows its events when
    later reports join either end.
    """
    from flashpoint.resolve.merge import constituents

    anchor = {event.event_id: members[0] for event, members in merged}
    for event in read.values():
        anchor.setdefault(event.event_id, constituents(event)[0])
    targets = {t for event, _ in merged for t in event.responds_to}
    targets |= {x["event_id"] for event, _ in merged for x in event.responds_to_inferred}
    unknown = sorted(targets - set(anchor))
    if unknown:  # stored events outside those read: one of their reports
        anchor.update(con.execute(f"SELECT event_id, min(report_id) FROM reports WHERE event_id IN {_marks(unknown)} "
                                  "GROUP BY event_id", unknown).fetchall())
    rows = set()
    for event, members in merged:
        for target in event.responds_to:
            rows.add((members[0], anchor.get(target, target), "explicit", None))
        for item in event.responds_to_inferred:
            rows.add((members[0], anchor.get(item["event_id"], item["event_id"]), "inferred",
                      json.dumps(item, ensure_ascii=False)))
    if rows == old:
        return  # most merges leave the links as they were
    if old:
        reports = sorted({row[0] for row in old})
        con.execute(f"DELETE FROM report_links WHERE report_id IN {_marks(reports)}", reports)
    _insert_many(con, "report_links", sorted(rows, key=lambda x: x[:3]), on_conflict=True)


class EventRows:
    """The rows of the events one document's commit writes, inserted with one statement per table."""

    def __init__(self):
        self.events: list[tuple] = []
        self.sources: list[tuple] = []
        self.evidence: list[tuple] = []

    def add(self, event: Event, first_seen: datetime, now: datetime) -> None:
        from flashpoint.resolve import links

        record = event.to_record()
        record.pop("responds_to", None)  # links live in report_links, lifted to events by the `links` view
        record.pop("responds_to_inferred", None)
        a1, a2, loc, fat, d = event.actor1, event.actor2, event.location, event.fatalities, event.date
        sources = sorted(set(event.sources))
        self.events.append((
            event.event_id, event.kind, event.event_type, event.sub_event_type,
            a1.name if a1 else None, a1.type if a1 else None, a1.country_code if a1 else None,
            a1.backer if a1 else None, a2.name if a2 else None, a2.type if a2 else None,
            a2.country_code if a2 else None, a2.backer if a2 else None,
            d.start, d.end, d.precision, d.text, loc.name, loc.admin1, loc.country, loc.country_code, loc.lat,
            loc.lon, loc.precision, fat.low, fat.high, fat.injured_low, fat.injured_high, event.count,
            list(event.weapons), float(event.confidence), len(sources),
            " ".join(ev.sentence for ev in event.evidence if ev.sentence), json.dumps(record, ensure_ascii=False),
            first_seen, now, json.dumps(sources, ensure_ascii=False),
            links.side(a1), links.side(a2), links.awaits_antecedent(event)))
        self.sources += [(event.event_id, s) for s in sources]
        self.evidence += [(event.event_id, ev.doc_id, ev.start, ev.end, ev.sentence) for ev in event.evidence]

    def insert(self, con) -> None:
        _insert_many(con, f"events ({', '.join(EVENT_COLUMNS + LINK_COLUMNS)})", self.events)
        _insert_many(con, "event_sources", self.sources)
        _insert_many(con, "evidence", self.evidence)


def _insert_reports(con, raw: list[Event], raw_data: dict, event_of: dict[str, str]) -> None:
    """Insert each new report (one document's own records, as extracted) with the stored event it is part of."""
    rows = [(e.event_id, e.sources[0] if e.sources else e.evidence[0].doc_id, event_of[e.event_id], e.kind,
             e.location.country_code, e.date.start, e.date.end, json.dumps(raw_data[e.event_id], ensure_ascii=False))
            for e in raw]
    _insert_many(con, "reports", rows)


def _insert_many(con, table: str, rows: list[tuple], on_conflict: bool = False) -> None:
    """Insert rows in one statement, passed as an Arrow table (DuckDB's executemany runs one statement a row,
    and a VALUES list converts every value on its own: both far slower); columns in the table's order."""
    if not rows:
        return
    import pyarrow

    new_rows = pyarrow.table({f"c{i}": [r[i] for r in rows] for i in range(len(rows[0]))})  # noqa: F841 (read by name)
    suffix = " ON CONFLICT DO NOTHING" if on_conflict else ""
    con.execute(f"INSERT INTO {table} SELECT * FROM new_rows{suffix}")


# reports back into model objects ----------------------------------------------------------------
def _build(cls, data):
    if data is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _event_from_data(data: dict) -> Event:
    """Return the Event that `to_jsonable(event)` wrote (unknown keys are ignored)."""
    d = dict(data)
    span = d.get("date") or {}
    d["date"] = DateSpan(_iso_or_none(span.get("start")), _iso_or_none(span.get("end")),
                         span.get("precision", "unknown"), span.get("text"))
    d["actor1"] = _build(Actor, d.get("actor1"))
    d["actor2"] = _build(Actor, d.get("actor2"))
    d["location"] = _build(Place, d.get("location")) or Place()
    d["fatalities"] = _build(Casualties, d.get("fatalities")) or Casualties()
    d["evidence"] = [_build(Evidence, ev) for ev in d.get("evidence") or []]
    return _build(Event, d)


def _event_from_record(record: dict) -> Event:
    """Return the Event a stored contract record describes (what links need of it; links and the cue are not in it).

    A record short of required fields (written by another tool) gives an event no link can use, never an error."""
    d = {"kind": None, "event_type": None, "sub_event_type": None, "sources": [], "confidence": 0.0}
    d.update((k, v) for k, v in record.items() if k not in ("fatalities", "injured", "responds_to", "responds_to_inferred"))
    fat, hurt = record.get("fatalities") or {}, record.get("injured") or {}
    d["fatalities"] = {"low": fat.get("low"), "high": fat.get("high"), "best": fat.get("best"), "text": fat.get("text"),
                       "injured_low": hurt.get("low"), "injured_high": hurt.get("high"), "injured_text": hurt.get("text")}
    return _event_from_data(d)


def _fill_link_columns(con) -> None:
    """Set side1, side2 and pending of every stored event (migration to version 4)."""
    from flashpoint.resolve.links import side

    for n in (1, 2):
        actors = con.execute(f"""SELECT DISTINCT actor{n}, actor{n}_type, actor{n}_country, actor{n}_backer
                                 FROM events WHERE actor{n} IS NOT NULL""").fetchall()
        if not actors:
            continue
        con.execute("CREATE TEMP TABLE sides (name VARCHAR, type VARCHAR, country VARCHAR, backer VARCHAR, side VARCHAR)")
        _insert_many(con, "sides", [(*a, side({"name": a[0], "type": a[1], "country_code": a[2], "backer": a[3]}))
                                    for a in actors])
        con.execute(f"""UPDATE events SET side{n} = s.side FROM sides s
                        WHERE events.actor{n} = s.name AND events.actor{n}_type IS NOT DISTINCT FROM s.type
                          AND events.actor{n}_country IS NOT DISTINCT FROM s.country
                          AND events.actor{n}_backer IS NOT DISTINCT FROM s.backer""")
        con.execute("DROP TABLE sides")
    # a cue to resolve across reports: a report's antecedent, when no report of the event links it already
    con.execute("""UPDATE events SET pending = p.pending FROM (
                       SELECT event_id, coalesce(bool_or(json_type(data, '$.antecedent') = 'OBJECT'), FALSE)
                                        AND NOT bool_or(coalesce(json_array_length(data, '$.responds_to'), 0) > 0) AS pending
                       FROM reports GROUP BY event_id) p
                   WHERE events.event_id = p.event_id""")


RELINK_CHUNK = 2000  # stored events linked at a time by the migration to version 4


def _link_across_reports(con) -> None:
    """Link every stored act across reports as `pipeline.across_reports` does (migration to version 4): a store
    written before links across reports holds only the links each report made itself.

    The acts are taken in date order, RELINK_CHUNK at a time (more to keep a day's acts together): each rebuilt
    from its stored reports, as ingest rebuilds the events it redoes (not merged again), and linked (`links.link_events`) against the stored records
    of their windows (`links.reach`), read once as the chunks move on; their links are rewritten as ingest writes
    them, and the cue flag of an answer whose antecedent was found is cleared. Events, reports and ids stay."""
    from flashpoint.resolve import links
    from flashpoint.resolve.merge import _combine, constituents

    acts = list(links.settings()["act_types"])
    targets = con.execute(
        f"""SELECT event_id, date_start FROM events WHERE kind = 'event' AND date_start IS NOT NULL
            AND event_type IN {_marks(acts)} ORDER BY date_start, event_id""", acts).fetchall()
    cache: dict[str, tuple[date, Event]] = {}  # stored records read so far: id -> (last day, event)
    covered = None  # the dates whose records are all in the cache
    for chunk in _by_whole_days(targets, RELINK_CHUNK):
        held = _held(con, set(chunk))
        holder = {p.event_id: g for g, parts in held.reports.items() for p in parts}
        events = []
        for g in sorted(held.reports):
            parts = held.reports[g]
            event = parts[0] if len(parts) == 1 else _combine(parts)
            event.event_id = g
            event.responds_to = sorted({holder.get(t, t) for t in event.responds_to} - {g})
            events.append(event)
        reach = [r for r in links.reach(events) if not r.answers]
        if not reach:
            continue
        first, last = min(r.first for r in reach), max(r.last for r in reach)
        sql = "SELECT event_id, record, coalesce(date_end, date_start) FROM events e WHERE e.kind = 'event' " \
              "AND e.date_start <= ? AND coalesce(e.date_end, e.date_start) >= ?"
        params = [last, first]
        if covered is not None:
            sql += " AND NOT (e.date_start <= ? AND coalesce(e.date_end, e.date_start) >= ?)"
            params += [covered[1], covered[0]]
        for event_id, record, end in con.execute(sql, params).fetchall():
            cache[event_id] = (end, _event_from_record(json.loads(record)))
        for event_id in [i for i, (end, _) in cache.items() if end < first]:
            del cache[event_id]  # before every later window: the chunks go forward in time
        covered = (first, max(last, covered[1]) if covered else last)
        mine = set(held.reports)
        pool = {i: e for i, (_, e) in cache.items() if i not in mine}
        was_pending = {e.event_id for e in events if links.awaits_antecedent(e)}
        links.link_events(events, pool.values())
        _replace_links(con, [(e, constituents(e)) for e in events], pool, held.links)
        found = sorted(e.event_id for e in events if e.event_id in was_pending and not links.awaits_antecedent(e))
        if found:
            con.execute(f"UPDATE events SET pending = FALSE WHERE event_id IN {_marks(found)}", found)


def _by_whole_days(targets: list[tuple[str, date]], size: int) -> Iterator[list[str]]:
    """Yield the ids of (id, first day) pairs sorted by day, about `size` at a time, never parting acts of the same
    first day: an answer's links go to the other acts of its operation on its very dates (`links.link_events`)
    only when both are linked in the same call."""
    chunk: list[str] = []
    for k, (event_id, day) in enumerate(targets):
        chunk.append(event_id)
        if len(chunk) >= size and (k + 1 == len(targets) or targets[k + 1][1] != day):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _iso_or_none(value):
    return date.fromisoformat(value) if value else None


# small helpers ----------------------------------------------------------------------------------
_ORDER_KEY = "coalesce(e.date_start, DATE '0001-01-01')"  # events without a date sort first
_TWO_STEP_LIMIT = 5000  # pages up to this size are read in two steps (ids, then rows by id)


@contextmanager
def _snapshot(con) -> Iterator[None]:
    """Run the statements inside in one transaction: they all read the same committed state."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    finally:
        con.execute("ROLLBACK")  # nothing was written: ending it either way is the same


def _marks(values) -> str:
    """Return '(?, ?, ...)' for the values: an IN list of parameters (DuckDB reads its indexes for these)."""
    return "(" + ", ".join("?" * len(values)) + ")"


def _links_of(con, event_ids: list[str]) -> dict[tuple[str, str], set[str]]:
    """Return (event_id, kind) -> the events it responds to, for these events (index lookups, no scan)."""
    if not event_ids:
        return {}
    reports = con.execute(f"SELECT report_id, event_id FROM reports WHERE event_id IN {_marks(event_ids)}",
                          event_ids).fetchall()
    event_of = dict(reports)
    if not event_of:
        return {}
    keys = list(event_of)
    rows = con.execute(f"SELECT report_id, target, kind FROM report_links WHERE report_id IN {_marks(keys)}",
                       keys).fetchall()
    targets = sorted({t for _, t, _ in rows})
    target_event = dict(con.execute(f"SELECT report_id, event_id FROM reports WHERE report_id IN {_marks(targets)}",
                                    targets).fetchall()) if targets else {}
    out: dict[tuple[str, str], set[str]] = {}
    for report_id, target, kind in rows:
        source, dest = event_of[report_id], target_event.get(target, target)
        if dest != source:
            out.setdefault((source, kind), set()).add(dest)
    return out


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _looks_like_duckdb(path: Path) -> bool:
    """Return whether the file carries DuckDB's magic bytes ('DUCK' at offset 8)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(StoreMessages.UNREADABLE.format(detail=exc.strerror or exc), origin=str(path)) from exc
    return len(head) >= 12 and head[8:12] == b"DUCK"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def _make_cursor(day, event_id: str) -> str:
    value = json.dumps([day.isoformat() if hasattr(day, "isoformat") and day == day else None, event_id])
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def _read_cursor(cursor: str) -> tuple[date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        return (date.fromisoformat(day[:10]) if day else date(1, 1, 1)), str(event_id)
    except (ValueError, TypeError, RecursionError) as exc:  # RecursionError: a cursor of "[[[[..."
        raise StoreError(StoreMessages.BAD_CURSOR) from exc


def _inferred(item) -> dict:
    out = {"event_id": item["event_id"]}
    basis = item.get("basis")
    if basis:
        extra = json.loads(basis) if isinstance(basis, str) else basis
        if isinstance(extra, dict):
            out.update({k: v for k, v in extra.items() if k != "event_id"})
    return out
