"""The API server and the dashboard: FastAPI over the store (flashpoint.store), served by uvicorn.

`create_app(db, token=None)` returns the application; `serve(db, host, port, token)` runs it.
Every query goes through the store's query API (parameterised SQL there; no SQL here). Pages
are capped at MAX_LIMIT rows. The server is read-only unless a token is given: then
`POST /api/documents` ingests documents through the same code path as `flashpoint ingest`
(documents.document_from_record, then Store.ingest), for requests that carry the token.

Safe by construction: no CORS header unless origins are allowed by name; static files are
served from a list made at start-up (a request path is only ever a key into it); the page's
Content-Security-Policy allows scripts from this server only, and the page writes every text
that came from a document with textContent.
"""
from __future__ import annotations

import asyncio
import csv
import functools
import gzip
import hmac
import io
import math
import threading
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BeforeValidator
from starlette.middleware.gzip import GZipMiddleware

from flashpoint import __version__, jsonlines
from flashpoint.errors import FlashpointError, InputError, StoreError

WEB_DIR = Path(__file__).parent / "web"
MAX_LIMIT = 500  # rows a page may hold
DEFAULT_LIMIT = 100
MAX_BODY = 20 * 1024 * 1024  # bytes a POST /api/documents body may hold
MAX_DOCUMENTS = 1000  # documents one POST may carry
MAX_QUERY = 8192  # bytes a query string may hold (uvicorn sets no bound of its own)
MAX_HEADERS = 16384  # bytes a request's headers may hold together (h11 bounds only a head that comes in pieces)
DYAD_CAP = 50_000  # events dyads are computed over; more: narrow the filters
CHAIN_CAP = 200  # chains one answer may hold
IDLE_SECONDS = 2.0  # the store is let go after this long without a request (see Keeper)
CELL_PIXELS = 56  # map clusters: a cell is about this many screen pixels wide at the asked zoom
STRAY_SHARE = 0.05  # timeline: dates at an end holding under this share of events ...
STRAY_GAP_DAYS = 180  # ... and this far from the rest are left off the axis (and counted)
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".json": "application/json", ".png": "image/png",
                 ".svg": "image/svg+xml", ".ico": "image/x-icon"}

NOT_FOUND = "no event with id {event_id!r} in the store"
READ_ONLY = "this server is read-only: start it with --token SECRET to accept documents"
NO_TOKEN = "send the token as 'Authorization: Bearer SECRET'"
BAD_TOKEN = "the token is not this server's"
TOO_LARGE = "the body is over {limit:,} bytes; send fewer documents per request"
TOO_MANY_DOCS = "over {limit:,} documents in one request; send them in several"
BAD_BODY = "the body is not JSON ({detail}); send {{\"documents\": [{{\"id\", \"text\", \"published\", ...}}]}}"
TOO_LONG_QUERY = "the query string is over {limit:,} bytes; narrow the request"
TOO_LONG_HEADERS = "the headers are over {limit:,} bytes"
BAD_BBOX = "bbox is min_lon,min_lat,max_lon,max_lat (four numbers, min before max)"
TOO_MANY_FOR_DYADS = ("{count:,} events match, over the {cap:,} dyads are computed over; "
                      "narrow the filters (country, dates, actor)")


# ---------------------------------------------------------------- filters shared by the queries

def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        box = tuple(float(x) for x in value.split(","))
    except ValueError:
        box = ()
    if len(box) != 4 or not all(math.isfinite(x) for x in box) or box[0] > box[2] or box[1] > box[3]:
        raise HTTPException(400, BAD_BBOX)
    return box


def _iso_day(value: Any) -> Any:
    """Refuse anything but YYYY-MM-DD for a day (pydantic alone reads `0` as 1970-01-01, a Unix time)."""
    if isinstance(value, str) and not (len(value) == 10 and value[4] == value[7] == "-"):
        raise ValueError("a day is YYYY-MM-DD")
    return value


Day = Annotated[date | None, BeforeValidator(_iso_day)]
ERRORS = {400: {"description": "a filter, cursor or body that cannot be read (one line in `detail`)"},
          404: {"description": "no such event or file"}, 414: {"description": "query string over MAX_QUERY bytes"},
          431: {"description": "headers over MAX_HEADERS bytes"},
          503: {"description": "the store is held by another process's write; try again"}}
PAGE_TYPES = {200: {"content": {"text/csv": {}, "application/geo+json": {}}}}


def filters(
    country: Annotated[list[str], Query(description="ISO alpha-3 code or country name; repeat for several")] = [],  # noqa: B006 (FastAPI copies it)
    admin1: Annotated[str | None, Query(description="province or region")] = None,
    since: Annotated[Day, Query(description="events whose dates reach this day or later")] = None,
    until: Annotated[Day, Query(description="events that began on or before this day")] = None,
    type: Annotated[str | None, Query(description="ACLED event type")] = None,  # noqa: A002
    sub_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of actor1's or actor2's name")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[str | None, Query(description="words in the evidence sentences")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="at least this many reported deaths (low figure)")] = None,
) -> dict:
    """Return the store's Query filters from the request's parameters."""
    return {"country": country or None, "admin1": admin1 or None, "since": since, "until": until,
            "type": type or None, "sub_type": sub_type or None, "actor": actor or None, "bbox": _bbox(bbox),
            "text": q or None, "min_fatalities": min_fatalities}


Filters = Annotated[dict, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]


# ---------------------------------------------------------------- frames to JSON

def _plain(value: Any) -> Any:
    """Return a DataFrame cell as a JSON-ready value (None for NaN/NaT, lists for arrays, ISO dates)."""
    if value is None:
        return None
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()  # numpy scalars and arrays
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "isoformat"):
        if getattr(value, "hour", 0) == 0 and getattr(value, "minute", 0) == 0 and getattr(value, "second", 0) == 0 \
                and getattr(value, "microsecond", 0) == 0:
            return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
        return value.isoformat()
    try:
        if value != value:  # NaN, NaT, pd.NA compare unequal to themselves
            return None
    except (TypeError, ValueError):
        return None
    return value


COUNT_COLUMNS = {"events", "fatalities_low", "fatalities_high", "injured_low", "injured_high", "count", "n_sources",
                 "geo_precision"}


def rows(df) -> list[dict]:
    """Return a store DataFrame as a list of JSON-ready dicts (counts as integers, even where pandas made floats)."""
    names = list(df.columns)
    out = []
    for values in df.itertuples(index=False, name=None):
        row = {n: _plain(v) for n, v in zip(names, values)}
        for n in COUNT_COLUMNS.intersection(row):
            if isinstance(row[n], float):
                row[n] = int(row[n])
        out.append(row)
    return out


def _csv(items: list[dict]) -> str:
    out = io.StringIO()
    if items:
        writer = csv.DictWriter(out, fieldnames=list(items[0]), extrasaction="ignore")
        writer.writeheader()
        for item in items:
            writer.writerow({k: " ".join(map(str, v)) if isinstance(v, list) else v for k, v in item.items()})
    return out.getvalue()


def _geojson(items: list[dict]) -> dict:
    features = []
    for item in items:
        has_point = item.get("lat") is not None and item.get("lon") is not None
        features.append({"type": "Feature", "id": item["event_id"],
                         "geometry": {"type": "Point", "coordinates": [item["lon"], item["lat"]]} if has_point else None,
                         "properties": {k: v for k, v in item.items() if k not in ("lat", "lon")}})
    return {"type": "FeatureCollection", "features": features}


def _page(items: list[dict], next_cursor: str | None, fmt: str, name: str) -> Response:
    if fmt == "csv":
        headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
        if next_cursor:
            headers["X-Next-Cursor"] = next_cursor
        return Response(_csv(items), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt == "geojson":
        body = _geojson(items)
        body["next_cursor"] = next_cursor
        return JSONResponse(body, media_type="application/geo+json")
    return JSONResponse({name: items, "count": len(items), "next_cursor": next_cursor})


def _format(request: Request, fmt: str | None) -> str:
    if fmt:
        return fmt
    accept = request.headers.get("accept", "")
    if "text/csv" in accept:
        return "csv"
    if "application/geo+json" in accept:
        return "geojson"
    return "json"


def _brief(df) -> dict[str, dict]:
    """Return event_id -> the few fields the dashboard shows of a linked event."""
    keep = ["event_id", "event_type", "sub_event_type", "actor1", "actor2", "date_start", "location",
            "country_code", "fatalities_low", "fatalities_high"]
    return {r["event_id"]: {k: r.get(k) for k in keep} for r in rows(df)}


# ---------------------------------------------------------------- the application

class Keeper:
    """Keeps the store open while requests come and lets it go after `idle` seconds without one.

    Held, the store answers from DuckDB's warm cache (a 1 M-event page in tens of ms instead of
    hundreds); let go, another process (`flashpoint ingest`, `watch`) can take the file to write.
    idle=None holds it until the server stops.
    """

    def __init__(self, store, idle: float | None):
        self.store = store
        self.idle = idle
        self.lock = threading.Lock()
        self.busy = 0
        self.held = False
        self.last = time.monotonic()

    def enter(self) -> None:
        with self.lock:
            self.busy += 1
            try:
                if not self.held:
                    self.store.hold()  # waits (up to the store's wait) while another process writes
                    self.held = True
            except BaseException:
                self.busy -= 1
                raise

    def leave(self) -> None:
        with self.lock:
            self.busy -= 1
            self.last = time.monotonic()

    def release_if_idle(self) -> None:
        with self.lock:
            if self.held and not self.busy and self.idle is not None and time.monotonic() - self.last >= self.idle:
                self.store.close()
                self.held = False

    def close(self) -> None:
        with self.lock:
            self.store.close()
            self.held = False


def create_app(db: str | Path, token: str | None = None, allow_origins: list[str] | None = None,
               ingest: Callable | None = None, hold: bool = False, idle: float = IDLE_SECONDS) -> FastAPI:
    """Return the FastAPI application serving the store in `db` and the dashboard.

    db: the store's DuckDB file (opened read-only unless a token is given).
    token: the secret POST /api/documents requires; None makes the server read-only.
    allow_origins: origins allowed by CORS (none by default: the browser's same-origin rule holds).
    ingest: documents -> IngestReport (default: the store's own ingest); for embedding.
    hold: keep the store open until the server stops (else it is let go after `idle` seconds without a
        request, so that other processes may write to it).
    """
    from flashpoint.store import Store

    store = Store(db, read_only=token is None)
    keeper = Keeper(store, None if hold else idle)
    write_lock = threading.Lock()  # one ingest at a time: DuckDB has one writer
    statics = _static_files()

    @asynccontextmanager
    async def lifespan(_app):
        async def watch_idle():
            while True:
                await asyncio.sleep(max(0.25, idle / 4))
                await run_in_threadpool(keeper.release_if_idle)

        def warm_up():  # the first page's queries, once, so that its first visitor does not wait for imports
            keeper.enter()
            try:
                store.events(limit=1, descending=True)
                store.counts_by_period_and_type("day", since=date.today())
            finally:
                keeper.leave()

        await run_in_threadpool(warm_up)
        task = asyncio.create_task(watch_idle())
        try:
            yield
        finally:
            task.cancel()
            keeper.close()

    app = FastAPI(title="flashpoint", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  responses=ERRORS,
                  description="Conflict events read from news reports, each with the sentence it came from.")

    @app.middleware("http")
    async def keep_store(request: Request, call_next):
        if not request.url.path.startswith("/api/"):
            return await call_next(request)
        try:
            await run_in_threadpool(keeper.enter)
        except StoreError as exc:  # another process holds the file longer than the store waits
            return JSONResponse({"detail": exc.message}, status_code=503)
        try:
            return await call_next(request)
        finally:
            keeper.leave()
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    if allow_origins:
        from fastapi.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(allow_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if len(request.scope.get("query_string", b"")) > MAX_QUERY:  # before any parsing of it
            response = JSONResponse({"detail": TOO_LONG_QUERY.format(limit=MAX_QUERY)}, status_code=414)
        elif sum(len(k) + len(v) for k, v in request.scope.get("headers", ())) > MAX_HEADERS:
            response = JSONResponse({"detail": TOO_LONG_HEADERS.format(limit=MAX_HEADERS)}, status_code=431)
        else:
            response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(FlashpointError)
    async def flashpoint_error(_request: Request, exc: FlashpointError):
        status = 503 if isinstance(exc, StoreError) and "locked" in exc.message else 400
        return JSONResponse({"detail": exc.message}, status_code=status)

    # ---- pages
    @app.get("/", include_in_schema=False)
    def index(request: Request):
        return _static_response(statics, "index.html", request.headers.get("accept-encoding", ""))

    @app.get("/docs", include_in_schema=False)
    def docs():
        from fastapi.openapi.docs import get_swagger_ui_html
        page = get_swagger_ui_html(openapi_url=app.openapi_url, title="flashpoint API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css", swagger_favicon_url="data:,",
                                   swagger_ui_parameters={"validatorUrl": None})
        # Swagger UI starts from an inline script of FastAPI's; this page shows no document text
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str, request: Request):
        return _static_response(statics, name, request.headers.get("accept-encoding", ""))

    # ---- reading
    @app.get("/api/health", summary="the server is up and can read the store")
    def health():
        return {"status": "ok", "version": __version__, "read_only": token is None, **store.counts()}

    @app.get("/api/stats", summary="what the store holds: counts, date range, events per country, types")
    def stats():
        out = store.stats()
        out.pop("path", None)  # the server's file system is not the client's business
        out["types"] = TYPES
        out["sub_types"] = rows(store.aggregate(by="sub_type"))
        return out

    @app.get("/api/events", summary="events matching the filters, a page at a time (JSON, CSV or GeoJSON)",
             responses=PAGE_TYPES)
    def events(request: Request, f: Filters, limit: Limit = DEFAULT_LIMIT,
               cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
               order: Annotated[str, Query(pattern="^(asc|desc)$", description="by date: desc newest first")] = "desc",
               format: Annotated[str | None, Query(pattern="^(json|csv|geojson)$")] = None):  # noqa: A002
        df = store.events(limit=limit, cursor=cursor, descending=order == "desc", **f)
        return _page(rows(df), df.attrs.get("next_cursor"), _format(request, format), "events")

    @app.get("/api/events/{event_id}", summary="one event: its record, documents with evidence, sources and links")
    def event(event_id: str):
        record = store.event_detail(event_id)
        if record is None:
            raise HTTPException(404, NOT_FOUND.format(event_id=event_id))
        answers = record.pop("answered_by")
        linked = set(record.get("responds_to") or []) | {x["event_id"] for x in record.get("responds_to_inferred") or []}
        linked |= {a["event_id"] for a in answers}
        docs = store.documents_by_id(record.get("sources") or [])
        documents = []
        for doc_id in record.get("sources") or []:
            doc = docs.get(doc_id, {"doc_id": doc_id, "text": None})
            spans = [ev for ev in record.get("evidence") or [] if ev.get("doc_id") == doc_id]
            documents.append({**{k: _plain(v) for k, v in doc.items()}, "evidence": spans})
        return {"event": record, "documents": documents, "answered_by": answers,
                "linked": _brief(store.events(ids=sorted(linked), kind=None)) if linked else {}}

    @app.get("/api/tallies", summary="reported counts of incidents over a period ('66 attacks since October')",
             responses=PAGE_TYPES)
    def tallies(request: Request, f: Filters, limit: Limit = DEFAULT_LIMIT, cursor: str | None = None,
                format: Annotated[str | None, Query(pattern="^(json|csv)$")] = None):  # noqa: A002
        df = store.tallies(limit=limit, cursor=cursor, descending=True, **f)
        return _page(rows(df), df.attrs.get("next_cursor"), _format(request, format), "tallies")

    @app.get("/api/aggregates", summary="events and fatalities per day, week, month, country, admin1, type, sub_type or actor")
    def aggregates(f: Filters, by: Annotated[str, Query(pattern="^(day|week|month|country|admin1|type|sub_type|actor)$")] = "day"):
        return {"by": by, "rows": rows(store.aggregate(by=by, **f))}

    @app.get("/api/timeline", summary="events per period and type: the dashboard's timeline")
    def timeline(f: Filters, period: Annotated[str, Query(pattern="^(auto|day|week|month)$")] = "auto"):
        per_day = store.counts_by_period_and_type("day", **f)
        first, last = drawn_span(per_day)
        if period == "auto":
            period = _auto_period(first, last)
        outside = {"earlier": 0, "later": 0}
        if not per_day.empty:
            days = per_day["period"].dt.date
            outside = {"earlier": int(per_day.loc[days < first, "events"].sum()),
                       "later": int(per_day.loc[days > last, "events"].sum())}
        return {"period": period, "first": _plain(first), "last": _plain(last), **outside,
                "rows": rows(_by_period(per_day, period))}

    @app.get("/api/map", summary="located events grouped in cells sized for the zoom: clusters and single events")
    def map_cells(f: Filters, zoom: Annotated[float, Query(ge=0, le=20)] = 2):
        cell = 360.0 / (256 * 2 ** zoom) * CELL_PIXELS
        cells = rows(store.map_cells(cell, **f))
        return {"cell": cell, "cells": cells, "events": sum(c["events"] for c in cells)}

    @app.get("/api/chains", summary="action-reaction chains: events joined by what answered what")
    def chains(f: Filters, inferred: bool = False, limit: Annotated[int, Query(ge=1, le=CHAIN_CAP)] = 50):
        from flashpoint.analysis.chains import build_chains
        from flashpoint.store import _inferred  # an inferred link as records carry it: {event_id, ...basis}

        pairs = store.chain_links(kind=None if inferred else "explicit", **f)
        explicit, guessed, latest = {}, {}, {}
        for p in pairs.itertuples(index=False):
            if p.kind == "explicit":
                explicit.setdefault(p.event_id, []).append(p.responds_to)
            else:
                guessed.setdefault(p.event_id, []).append(_inferred({"event_id": p.responds_to, "basis": p.basis}))
            for hit, eid, day in ((p.answer_hit, p.event_id, p.answer_date), (p.antecedent_hit, p.responds_to, p.antecedent_date)):
                if hit:
                    latest[eid] = _plain(day) or ""
        # the chains with an event that matches the filters, most recent first; only those are read whole
        groups = [g for g in _components(zip(pairs["event_id"], pairs["responds_to"])) if any(i in latest for i in g)]
        groups.sort(key=lambda g: max(latest.get(i, "") for i in g), reverse=True)
        records = store.records_by_id([i for g in groups[:limit] for i in g])
        for r in records:
            r["responds_to"] = explicit.get(r["event_id"], [])
            r["responds_to_inferred"] = guessed.get(r["event_id"], [])
        built = build_chains(records, inferred=inferred)
        built.sort(key=lambda c: max((e.get("date") or {}).get("start") or "" for e in c.events), reverse=True)
        return {"chains": [_chain(c) for c in built], "count": len(groups)}

    @app.get("/api/dyads", summary="pairs of sides: what each did to the other, how often and how fast it was answered")
    def dyads(f: Filters, k_days: Annotated[int, Query(ge=1, le=90)] = 7, limit: Annotated[int, Query(ge=1, le=500)] = 50):
        from flashpoint.analysis.dyads import dyad_stats
        count = int(store.aggregate(by="type", **f)["events"].sum())
        if count > DYAD_CAP:
            raise HTTPException(413, TOO_MANY_FOR_DYADS.format(count=count, cap=DYAD_CAP))
        found = dyad_stats(list(store.records(**f)), k_days=k_days)
        return {"k_days": k_days, "count": len(found), "dyads": [_dyad(d) for d in found[:limit]]}

    # ---- writing
    def authorised(request: Request) -> None:
        if token is None:
            raise HTTPException(403, READ_ONLY)
        given = request.headers.get("authorization", "")
        if not given.lower().startswith("bearer ") or not given[7:].strip():
            raise HTTPException(401, NO_TOKEN, headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
            raise HTTPException(403, BAD_TOKEN)

    @app.post("/api/documents", summary="ingest documents (needs the token): extracted, merged and stored",
              dependencies=[Depends(authorised)],
              responses={401: {"description": "no token sent"}, 403: {"description": "a wrong token, or a read-only server"},
                         413: {"description": "a body over MAX_BODY bytes or over MAX_DOCUMENTS documents"}})
    async def documents(request: Request):
        payload = await _read_json(request)
        items = payload.get("documents") if isinstance(payload, dict) and "documents" in payload else payload
        items = items if isinstance(items, list) else [items]
        if len(items) > MAX_DOCUMENTS:
            raise HTTPException(413, TOO_MANY_DOCS.format(limit=MAX_DOCUMENTS))
        docs, rejected = _documents(items)
        report = None
        if docs:
            def run():
                with write_lock:
                    return (ingest or store.ingest)(docs)
            report = await run_in_threadpool(run)
        body = {**(asdict(report) if report else {}), "rejected": rejected, "accepted": len(docs)}
        return JSONResponse(body, status_code=200 if docs or not items else 400)

    return app


def _documents(items: list) -> tuple[list, list[dict]]:
    """Return (documents, rejections): each item read as a JSONL line is by `flashpoint ingest`."""
    from flashpoint.documents import document_from_record

    docs, rejected, seen = [], [], set()
    for number, item in enumerate(items, 1):
        try:
            doc = document_from_record(item, origin="request", line=number)
        except InputError as err:
            rejected.append({"item": number, "error": str(err)})
            continue
        if doc.id in seen:
            rejected.append({"item": number, "error": f"request:{number}: document id {doc.id!r} repeats an earlier one"})
            continue
        seen.add(doc.id)
        docs.append(doc)
    return docs, rejected


async def _read_json(request: Request):
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise HTTPException(413, TOO_LARGE.format(limit=MAX_BODY))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise HTTPException(413, TOO_LARGE.format(limit=MAX_BODY))
    try:
        return jsonlines.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise HTTPException(400, BAD_BODY.format(detail=exc.reason)) from None
    except ValueError as exc:  # bad syntax, numbers Python cannot hold, nesting deeper than it can parse
        raise HTTPException(400, BAD_BODY.format(detail=exc)) from None


def drawn_span(df) -> tuple[date | None, date | None]:
    """Return the first and last day the timeline draws: stray dates at either end are left out.

    A run of dates at an end that holds under STRAY_SHARE of the events and stands more than
    STRAY_GAP_DAYS from the next date is a stray (a misread year, an old event cited in passing).
    """
    if df.empty:
        return None, None
    per_day = df.groupby("period")["events"].sum().sort_index()
    days, counts = [d.date() if hasattr(d, "date") else d for d in per_day.index], per_day.tolist()
    total = sum(counts)

    def cut(order: list[int]) -> int:
        keep, seen = order[0], 0
        for here, there in zip(order, order[1:]):
            seen += counts[here]
            if seen / total > STRAY_SHARE:
                break
            if abs((days[there] - days[here]).days) > STRAY_GAP_DAYS:
                keep = there
        return keep

    index = list(range(len(days)))
    return days[cut(index)], days[cut(index[::-1])]


def _by_period(per_day, period: str):
    """Return the per-day counts summed per week (from Monday) or month, as the store's own periods are."""
    if period == "day" or per_day.empty:
        return per_day
    day = per_day["period"]
    start = day.dt.to_period("M").dt.start_time if period == "month" else day - pd.to_timedelta(day.dt.weekday, unit="D")
    out = per_day.assign(period=start).groupby(["period", "event_type"], as_index=False)[["events", "fatalities_low"]].sum()
    return out.sort_values(["period", "event_type"]).reset_index(drop=True)


def _auto_period(first: date | None, last: date | None) -> str:
    """Return day, week or month: the period that keeps the timeline to a few hundred bars."""
    span = (last - first).days if first and last else 0
    return "day" if span <= 180 else "week" if span <= 3 * 365 else "month"


def _components(pairs) -> list[list[str]]:
    """Return the connected groups of ids joined by the pairs (union-find; linear, for a large store's
    links: analysis.chains then builds only the chains shown)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return [sorted(g) for g in groups.values()]


def _chain(chain) -> dict:
    from flashpoint.analysis import actor_name
    from flashpoint.resolve.links import side

    events = []
    for e in chain.events:
        loc, fat = e.get("location") or {}, e.get("fatalities") or {}
        events.append({"event_id": e["event_id"], "date": (e.get("date") or {}).get("start"),
                       "event_type": e.get("event_type"), "sub_event_type": e.get("sub_event_type"),
                       "actor1": actor_name(e.get("actor1")), "actor2": actor_name(e.get("actor2")),
                       "side": side(e.get("actor1")) or "?", "location": loc.get("name"),
                       "country_code": loc.get("country_code"), "fatalities_low": fat.get("low"),
                       "fatalities_high": fat.get("high")})
    return {"events": events, "links": [asdict(k) for k in chain.links], "sides": chain.sides}


def _dyad(dyad) -> dict:
    out = asdict(dyad)
    for direction in ("forward", "backward"):
        ids = out[direction].pop("event_ids")
        out[direction]["latest"] = ids[-5:]
    out["events"] = dyad.events
    out["two_sided"] = dyad.two_sided
    return out


# ---------------------------------------------------------------- static files

def _static_files() -> dict[str, Path]:
    """Return request name -> file for every file under web/ (made once: a request never builds a path)."""
    return {p.relative_to(WEB_DIR).as_posix(): p for p in WEB_DIR.rglob("*")
            if p.is_file() and p.suffix in CONTENT_TYPES}


@functools.lru_cache(maxsize=64)
def _static_bytes(path: Path) -> tuple[bytes, bytes]:
    """Return a static file's bytes and their gzip, made once (the basemap is 0.7 MB: not compressed per request)."""
    raw = path.read_bytes()
    return raw, gzip.compress(raw, compresslevel=6, mtime=0)


def _static_response(statics: dict[str, Path], name: str, accept_encoding: str = "") -> Response:
    path = statics.get(name)
    if path is None:
        raise HTTPException(404, "no such file")
    headers = {"Cache-Control": "no-cache"} if name == "index.html" else {"Cache-Control": "max-age=3600"}
    raw, packed = _static_bytes(path)
    headers["Vary"] = "Accept-Encoding"
    if "gzip" in accept_encoding.lower():
        headers["Content-Encoding"] = "gzip"
        return Response(packed, media_type=CONTENT_TYPES[path.suffix], headers=headers)
    return Response(raw, media_type=CONTENT_TYPES[path.suffix], headers=headers)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          allow_origins: list[str] | None = None, hold: bool = False, log_level: str = "info") -> None:
    """Serve the API and the dashboard until interrupted."""
    import uvicorn

    app = create_app(db, token=token, allow_origins=allow_origins, hold=hold)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)
