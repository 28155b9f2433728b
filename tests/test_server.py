"""The API against a real `flashpoint serve` (uvicorn on loopback) over a real DuckDB store built by ingest."""
from __future__ import annotations

import csv
import io
import json
import urllib.parse

import pytest

from flashpoint.store import Store
from web_support import ASAD_ATTACK, DOCS, MARKUP_DOC, QAIM_ANSWER, Server, copy_store, demo_store, get

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def db():
    return demo_store()


@pytest.fixture(scope="module")
def store(db):
    return Store(db, read_only=True)


@pytest.fixture(scope="module")
def server(db):
    with Server(db) as running:
        yield running


def ids(server, query: str = "", path: str = "/api/events") -> list[str]:
    status, body = server.json(f"{path}?{query}")
    assert status == 200, body
    return [row["event_id"] for row in body["events"]]


def test_health_reports_read_only_and_the_store_counts(server, store):
    status, body = server.json("/api/health")
    assert status == 200
    assert body["status"] == "ok" and body["read_only"] is True
    assert body["events"] == store.stats()["events"] and body["documents"] == len(DOCS)


def test_events_are_the_stores_events_newest_first(server, store):
    expected = store.events(descending=True)["event_id"].tolist()
    assert len(expected) >= 5
    assert ids(server) == expected
    assert ids(server, "order=asc") == expected[::-1]


FILTERS = [
    ("country=MLI", {"country": "MLI"}),
    ("country=Ukraine", {"country": "Ukraine"}),
    ("country=MLI&country=SOM", {"country": ["MLI", "SOM"]}),
    ("type=Battles", {"type": "Battles"}),
    ("sub_type=Air%2Fdrone+strike", {"sub_type": "Air/drone strike"}),
    ("actor=shabaab", {"actor": "shabaab"}),
    ("q=missiles", {"text": "missiles"}),
    ("min_fatalities=10", {"min_fatalities": 10}),
    ("since=2024-03-01&until=2024-06-30", {"since": "2024-03-01", "until": "2024-06-30"}),
    ("bbox=-5,12,5,22", {"bbox": (-5, 12, 5, 22)}),
    ("country=MLI&type=Battles&min_fatalities=1", {"country": "MLI", "type": "Battles", "min_fatalities": 1}),
]


@pytest.mark.parametrize("query,filters", FILTERS, ids=[q for q, _ in FILTERS])
def test_filters_answer_like_the_store(server, store, query, filters):
    expected = store.events(descending=True, **filters)["event_id"].tolist()
    assert ids(server, query) == expected


def test_filters_hold_on_every_row(server):
    status, body = server.json("/api/events?country=MLI&min_fatalities=5")
    assert status == 200 and body["events"]
    for row in body["events"]:
        assert row["country_code"] == "MLI" and row["fatalities_low"] >= 5
    status, body = server.json("/api/events?bbox=-5,12,5,22")
    assert body["events"] and all(-5 <= r["lon"] <= 5 and 12 <= r["lat"] <= 22 for r in body["events"])
    assert ids(server, "country=NOR") == []


def test_cursor_pages_walk_every_event_once_in_order(server, store):
    expected = store.events(descending=True)["event_id"].tolist()
    seen, cursor = [], None
    for _ in range(len(expected) + 2):
        query = "limit=2" + (f"&cursor={cursor}" if cursor else "")
        status, body = server.json(f"/api/events?{query}")
        assert status == 200 and body["count"] <= 2
        seen += [r["event_id"] for r in body["events"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == expected


@pytest.mark.parametrize("query", ["limit=501", "limit=0", "limit=-3", "since=yesterday", "min_fatalities=-1",
                                   "order=random", "format=xml"])
def test_bad_parameters_are_refused_with_422(server, query):
    status, body = server.json(f"/api/events?{query}")
    assert status == 422 and body["detail"]


def test_bad_cursor_and_box_get_one_clear_message(server):
    status, body = server.json("/api/events?cursor=not-a-cursor")
    assert status == 400 and "cursor" in body["detail"]
    status, body = server.json("/api/events?bbox=10,10,0,0")
    assert status == 400 and "min_lon" in body["detail"]


def test_sql_in_a_filter_is_only_a_value(server, store):
    for hostile in ["MLI' OR '1'='1", "x'); DROP TABLE events; --"]:
        assert ids(server, "country=" + urllib.parse.quote(hostile)) == []
        assert ids(server, "q=" + urllib.parse.quote(hostile)) == []
    assert len(ids(server)) == store.stats()["events"]


def test_csv_and_geojson_on_request(server, store):
    status, headers, body = get(server.url + "/api/events?format=csv&country=MLI")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert [r["event_id"] for r in table] == store.events(descending=True, country="MLI")["event_id"].tolist()
    assert all(r["country_code"] == "MLI" for r in table)
    status, headers, body = get(server.url + "/api/events", headers={"Accept": "text/csv"})
    assert status == 200 and headers["content-type"].startswith("text/csv")
    status, headers, body = get(server.url + "/api/events?format=geojson")
    collection = json.loads(body)
    assert headers["content-type"].startswith("application/geo+json")
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and feature["properties"]["event_id"] == feature["id"]


def test_event_detail_has_documents_evidence_sources_and_links(server, store):
    chains = server.json("/api/chains")[1]["chains"]
    assert chains, "the Kidal reprisal report links two events"
    link = chains[0]["links"][0]
    status, body = server.json(f"/api/events/{link['answer']}")
    assert status == 200
    event = body["event"]
    assert link["antecedent"] in event["responds_to"]
    assert link["antecedent"] in body["linked"]
    assert event["sources"] and {d["doc_id"] for d in body["documents"]} == set(event["sources"])
    for doc in body["documents"]:
        for span in doc["evidence"]:
            assert doc["text"][span["start"]:span["end"]] == span["sentence"]
    status, antecedent = server.json(f"/api/events/{link['antecedent']}")
    assert [a["event_id"] for a in antecedent["answered_by"]] == [link["answer"]]


def test_unknown_event_is_404(server):
    for bad in ["fp-0000000000000000", "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1"]:
        status, body = server.json(f"/api/events/{bad}")
        assert status == 404, bad


def test_aggregates_timeline_and_map_add_up(server, store):
    total = store.stats()["events"]
    by_type = server.json("/api/aggregates?by=type")[1]["rows"]
    assert sum(r["events"] for r in by_type) == total
    by_country = server.json("/api/aggregates?by=country&type=Battles")[1]["rows"]
    assert sum(r["events"] for r in by_country) == len(store.events(type="Battles"))
    timeline = server.json("/api/timeline")[1]
    assert timeline["period"] in ("day", "week")
    dated = store.events()
    assert sum(r["events"] for r in timeline["rows"]) == int(dated["date_start"].notna().sum())
    located = dated[dated["lat"].notna()]
    world = server.json("/api/map?zoom=2")[1]
    assert world["events"] == len(located)
    close = server.json("/api/map?zoom=12")[1]
    assert close["events"] == len(located) and len(close["cells"]) >= len(world["cells"])
    singles = {c["event_id"] for c in close["cells"] if c["events"] == 1}
    assert singles <= set(located["event_id"])
    boxed = server.json("/api/map?zoom=4&bbox=-5,12,5,22")[1]
    assert boxed["events"] == len(store.events(bbox=(-5, 12, 5, 22)))


def test_tallies_chains_and_dyads_answer(server):
    status, body = server.json("/api/tallies")
    assert status == 200 and "tallies" in body
    status, body = server.json("/api/chains")
    assert status == 200 and body["count"] >= 1
    chain = body["chains"][0]
    assert len(chain["events"]) >= 2 and chain["links"][0]["explicit"] is True
    assert server.json("/api/chains?country=UKR")[1]["count"] == 0
    status, body = server.json("/api/dyads")
    assert status == 200 and body["count"] >= 1
    assert any("Mali" in d["a"] or "Mali" in d["b"] for d in body["dyads"])


def test_markup_in_documents_comes_back_as_data(server, store):
    event_id = next(r["event_id"] for r in store.records() if MARKUP_DOC in r["sources"])
    status, headers, raw = get(f"{server.url}/api/events/{event_id}")
    assert status == 200 and headers["content-type"].startswith("application/json")
    doc = json.loads(raw)["documents"][0]
    assert "<script>" in doc["title"] and "onerror=" in doc["source"]


def test_writes_are_refused_on_a_read_only_server(server):
    body = json.dumps({"documents": [DOCS[0]]}).encode()
    status, _, raw = get(server.url + "/api/documents", data=body, method="POST",
                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and "read-only" in json.loads(raw)["detail"]


def test_cors_is_closed_and_pages_carry_a_strict_policy(server):
    status, headers, _ = get(server.url + "/api/events", headers={"Origin": "https://evil.example"})
    assert status == 200 and not any(k.lower().startswith("access-control-") for k in headers)
    status, headers, _ = get(server.url + "/api/events", method="OPTIONS",
                             headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert status >= 400 and not any(k.lower().startswith("access-control-") for k in headers)
    status, headers, page = get(server.url + "/")
    assert status == 200 and b"flashpoint" in page
    assert "script-src 'self'" in headers["content-security-policy"] and headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/../server.py", "/static/%2e%2e/server.py", "/static/..%2fserver.py",
                                  "/static/%2e%2e%2f%2e%2e%2fpyproject.toml", "/static//etc/passwd",
                                  "/static/vendor/../../server.py", "/static/app.js%00.png", "/static/"])
def test_static_files_never_leave_the_web_folder(server, path):
    status, _, body = get(server.url + path)
    assert status == 404
    assert b"import" not in body and b"root:" not in body


def test_static_assets_and_openapi_docs_are_served_locally(server):
    for path, kind in [("/static/app.js", "javascript"), ("/static/app.css", "text/css"),
                       ("/static/vendor/leaflet.js", "javascript"), ("/static/vendor/countries-50m.json", "json")]:
        status, headers, _ = get(server.url + path)
        assert status == 200 and kind in headers["content-type"], path
    status, headers, page = get(server.url + "/docs")
    assert status == 200 and b"/static/vendor/swagger-ui-bundle.js" in page and b"cdn" not in page.lower()
    spec = server.json("/openapi.json")[1]
    assert {"/api/health", "/api/events", "/api/events/{event_id}", "/api/tallies", "/api/chains", "/api/dyads",
            "/api/aggregates", "/api/timeline", "/api/map", "/api/documents"} <= set(spec["paths"])


# ---------------------------------------------------------------- writing, with the token

NEW_DOC = {"id": "aden-drone", "published": "2024-09-02", "source": "Gulf Desk", "title": "Drone strike near Aden",
           "text": "ADEN, Yemen (Gulf Desk) - A drone strike hit a military checkpoint near Aden on Sunday, killing "
                   "four soldiers, security officials said."}


@pytest.fixture(scope="module")
def writable(db):
    with Server(copy_store(db), token=TOKEN) as running:
        yield running


def post(server, payload, token: str | None = TOKEN, raw: bytes | None = None):
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    status, _, body = get(server.url + "/api/documents", data=raw if raw is not None else json.dumps(payload).encode(),
                          method="POST", headers=headers, timeout=300)
    return status, json.loads(body)


def test_documents_need_the_token(writable):
    assert post(writable, {"documents": [NEW_DOC]}, token=None)[0] == 401
    assert post(writable, {"documents": [NEW_DOC]}, token="wrong-token-of-some-length")[0] == 403
    assert post(writable, {"documents": [NEW_DOC]}, token=TOKEN + "x")[0] == 403
    assert post(writable, {"documents": [NEW_DOC]}, token="")[0] == 401
    assert writable.json("/api/health")[1]["documents"] == len(DOCS)  # nothing was written


def test_documents_with_the_token_are_ingested_like_flashpoint_ingest(writable):
    bad = {"id": "no-text", "published": "2024-09-02"}
    status, body = post(writable, {"documents": [NEW_DOC, bad]})
    assert status == 200, body
    assert body["added"] == 1 and body["accepted"] == 1 and body["records"] >= 1
    assert len(body["rejected"]) == 1 and body["rejected"][0]["error"].startswith("request:2: ")
    found = writable.json("/api/events?country=YEM")[1]["events"]
    assert any("aden-drone" in row["sources"] for row in found)
    again = post(writable, [NEW_DOC])[1]  # the same document again: stored once
    assert again["unchanged"] == 1 and again["added"] == 0
    assert writable.json("/api/health")[1]["documents"] == len(DOCS) + 1


def test_bad_bodies_are_refused_whole(writable):
    status, body = post(writable, None, raw=b"{not json")
    assert status == 400 and "not JSON" in body["detail"]
    status, body = post(writable, {"documents": [{"id": "x"}]})
    assert status == 400 and body["rejected"]
    status, body = post(writable, {"documents": [{"id": str(n), "text": "x"} for n in range(1001)]})
    assert status == 413


def test_a_document_posted_later_is_linked_to_an_event_stored_before(writable):
    """Two requests, two ingests: the answer's cue names an incident only the earlier report tells."""
    for doc in (ASAD_ATTACK, QAIM_ANSWER):
        assert post(writable, {"documents": [doc]})[1]["added"] == 1
    rows = writable.json("/api/events?country=IRQ")[1]["events"]
    [asad] = [r["event_id"] for r in rows if r["sources"] == ["asad-rockets"]]
    [qaim] = [r["event_id"] for r in rows if r["sources"] == ["qaim-strikes"]]
    status, body = writable.json(f"/api/events/{qaim}")
    assert status == 200 and body["event"]["responds_to"] == [asad] and asad in body["linked"]
    assert writable.json(f"/api/events/{asad}")[1]["answered_by"] == [{"event_id": qaim, "kind": "explicit"}]
    chains = writable.json("/api/chains?country=IRQ")[1]["chains"]
    assert [(k["answer"], k["antecedent"]) for c in chains for k in c["links"]] == [(qaim, asad)]


def test_an_idle_server_lets_another_process_write(db):
    """The server keeps the store open only while requests come: `flashpoint ingest` gets in between."""
    path = copy_store(db)
    with Server(path) as running:
        assert running.json("/api/events?limit=1")[0] == 200
        writer = Store(path, wait=15)  # opens the file for writing: waits until the server lets it go
        assert writer.stats()["events"] == Store(db, read_only=True).stats()["events"]
        assert running.json("/api/events?limit=1")[0] == 200  # and the server reads again after


def test_static_files_come_gzipped_to_who_asks(server):
    import gzip
    plain = get(server.url + "/static/vendor/countries-50m.json")[2]
    status, headers, packed = get(server.url + "/static/vendor/countries-50m.json", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip" and len(packed) < len(plain) / 2
    assert gzip.decompress(packed) == plain and json.loads(plain)["type"] == "Topology"
