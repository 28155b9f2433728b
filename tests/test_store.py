"""Tests for flashpoint.store: real DuckDB files in temporary folders, real subprocesses for crashes and locks."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

import flashpoint
from flashpoint.documents import document_from_record
from flashpoint.errors import StoreError
from flashpoint.model import Document
from flashpoint.store import MIGRATIONS, SCHEMA_VERSION, Store, migrate
from web_support import ASAD_ATTACK, QAIM_ANSWER

SRC = Path(__file__).resolve().parents[1] / "src"

KHARKIV_A = Document("kharkiv-a", "Shelling kills four in Kharkiv\n\nRussian forces shelled Kharkiv on Sunday, "
                     "killing four civilians, regional officials said.\n", date(2024, 5, 20), "Wire A")
KHARKIV_B = Document("kharkiv-b", "Russian artillery hit Kharkiv on Sunday and four civilians were killed, the "
                     "governor said. Rescuers worked through the night.\n", date(2024, 5, 20), "Wire B")
KADUNA = Document("kaduna", "Gunmen abducted twelve students from a school in Kaduna on Friday, police said. "
                  "The kidnappers have not yet contacted the families.", date(2024, 3, 9), "Wire C")
DJIBO = Document("djibo", "Suspected jihadists killed at least 15 soldiers in an ambush in northern Burkina Faso "
                 "on Thursday, security sources said.", date(2024, 8, 10), "Wire D")
NAIROBI = Document("nairobi", "Thousands of protesters marched in Nairobi on Tuesday against a proposed finance bill. "
                   "Police fired tear gas to disperse them.", date(2024, 6, 26), "Wire E")
CORPUS = [KHARKIV_A, KHARKIV_B, KADUNA, DJIBO, NAIROBI]


def counts(path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "duplicates", "reports", "events", "event_sources", "evidence", "report_links")}
    finally:
        con.close()


def integrity(path) -> None:
    """Assert that nothing is half-written: every document's reports, every report's event, every event's sources."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert q("SELECT count(*) FROM documents d WHERE d.records <> "
                 "(SELECT count(*) FROM reports r WHERE r.doc_id = d.doc_id)") == 0
        assert q("SELECT count(*) FROM reports r WHERE r.event_id NOT IN (SELECT event_id FROM events)") == 0
        assert q("SELECT count(*) FROM reports r WHERE r.doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert q("SELECT count(*) FROM events e WHERE e.event_id NOT IN (SELECT event_id FROM reports)") == 0
        assert q("SELECT count(*) FROM events e WHERE e.n_sources <> "
                 "(SELECT count(*) FROM event_sources s WHERE s.event_id = e.event_id)") == 0
        assert q("SELECT count(*) FROM event_sources s WHERE s.doc_id NOT IN (SELECT doc_id FROM documents)") == 0
    finally:
        con.close()


@pytest.fixture(scope="module")
def filled(tmp_path_factory, nlp):
    """A store holding CORPUS, built once for the query tests (read-only use)."""
    path = tmp_path_factory.mktemp("filled") / "conflict.duckdb"
    flashpoint.open(path).ingest(CORPUS)
    return path


# ingest ------------------------------------------------------------------------------------------
def test_ingest_stores_what_extract_gives_and_twice_adds_nothing(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    first = store.ingest(CORPUS)
    assert (first.added, first.unchanged, first.duplicates) == (5, 0, 0)
    batch = {e.event_id for e in flashpoint.extract(CORPUS)}
    assert set(store.events(kind=None)["event_id"]) == batch
    before = counts(path)
    again = store.ingest(CORPUS)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert counts(path) == before
    integrity(path)


def test_same_content_under_another_id_adds_nothing(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([KADUNA])
    before = counts(path)
    copy = Document("kaduna-mirror", KADUNA.text, KADUNA.published, "Mirror")
    report = store.ingest([copy])
    assert report.duplicates == 1 and report.added == 0
    after = counts(path)
    assert after["duplicates"] == 1
    assert {k: v for k, v in after.items() if k != "duplicates"} == {k: v for k, v in before.items() if k != "duplicates"}
    assert list(store.documents()["doc_id"]) == ["kaduna"]


def test_duplicates_inside_one_batch_are_extracted_once(tmp_path, nlp):
    store = flashpoint.open(tmp_path / "s.duckdb")
    copy = Document("djibo-copy", DJIBO.text, DJIBO.published)
    report = store.ingest([DJIBO, copy, DJIBO])
    assert (report.added, report.duplicates, report.unchanged) == (1, 1, 1)
    assert len(store.events()) == 1


def test_updated_article_replaces_its_events(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([Document("story-1", KHARKIV_A.text, KHARKIV_A.published), NAIROBI])
    assert set(store.events()["country_code"]) == {"UKR", "KEN"}
    report = store.ingest([Document("story-1", KADUNA.text, KADUNA.published)])
    assert report.updated == 1
    df = store.events()
    assert set(df["country_code"]) == {"NGA", "KEN"}
    assert set(store.documents()["doc_id"]) == {"story-1", "nairobi"}
    integrity(path)


def test_cross_report_merge_against_stored_events_and_undone_by_an_update(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([KHARKIV_A])
    alone = store.events()
    store.ingest([KHARKIV_B])  # a later ingest: merged with what is stored, as a batch would be
    df = store.events()
    batch = [e for e in flashpoint.extract([KHARKIV_A, KHARKIV_B]) if e.kind == "event"]
    assert len(df) == len(batch) == 1
    assert df["event_id"].iloc[0] == batch[0].event_id
    assert list(df["sources"].iloc[0]) == ["kharkiv-a", "kharkiv-b"]
    assert df["first_seen"].iloc[0] == alone["first_seen"].iloc[0]  # the event was first seen with report A
    record = next(store.records())
    assert {p["source"] for p in record["per_source"]} == {"kharkiv-a", "kharkiv-b"}
    # report B rewritten to another story: the merged event falls back to report A's own
    store.ingest([Document("kharkiv-b", NAIROBI.text, NAIROBI.published)])
    df = store.events()
    assert set(df["event_id"]) == set(alone["event_id"]) | {e.event_id for e in flashpoint.extract([
        Document("kharkiv-b", NAIROBI.text, NAIROBI.published)])}
    integrity(path)


RETALIATION = Document("retaliation", "Militants fired rockets at a U.S. base in eastern Syria on Monday. On Tuesday, "
                       "U.S. warplanes struck militant positions near Deir ez-Zor in retaliation for the rocket attack, "
                       "officials said.", date(2024, 2, 7), "Wire F")
ROCKETS = Document("rockets-2", "Militants fired rockets at a U.S. base in eastern Syria on Monday, killing no one, "
                   "the Pentagon said.", date(2024, 2, 7), "Wire G")
STRIKE = Document("strike-2", "U.S. warplanes struck militant positions near Deir ez-Zor on Tuesday, a monitoring "
                  "group said.", date(2024, 2, 7), "Wire H")


def test_links_follow_the_events_they_join(tmp_path, nlp):
    """An explicit link read in one report points at the merged event once other reports join either end."""
    store = flashpoint.open(tmp_path / "s.duckdb")
    store.ingest([RETALIATION])
    one = store.links()
    assert len(one) == 1 and one["kind"].iloc[0] == "explicit"
    for doc in (ROCKETS, STRIKE):  # one at a time: each ingest merges against what is stored
        store.ingest([doc])
    batch = {e.event_id: e for e in flashpoint.extract([RETALIATION, ROCKETS, STRIKE])}
    links = store.links()
    assert sorted((r.event_id, r.responds_to, r.kind) for r in links.itertuples()) == sorted(
        [(eid, target, "explicit") for eid, e in batch.items() for target in e.responds_to]
        + [(eid, x["event_id"], "inferred") for eid, e in batch.items() for x in e.responds_to_inferred])
    df = store.events(with_links=True).set_index("event_id")
    for eid, e in batch.items():
        assert df.loc[eid, "responds_to"] == e.responds_to
        assert df.loc[eid, "responds_to_inferred"] == sorted(x["event_id"] for x in e.responds_to_inferred)
        assert list(df.loc[eid, "sources"]) == sorted(e.sources)
    records = {r["event_id"]: r for r in store.records()}
    assert {eid: r["responds_to"] for eid, r in records.items()} == {eid: e.responds_to for eid, e in batch.items()}
    assert {eid: r["responds_to_inferred"] for eid, r in records.items()} == \
        {eid: e.responds_to_inferred for eid, e in batch.items()}
    assert store.links(event_ids=[]).empty and len(store.links(kind="explicit", event_ids=list(batch))) == 1


# a cue whose incident only the other report tells: the link is resolved across reports (resolve/links.py)
ASAD, QAIM = (document_from_record(d, origin="test") for d in (ASAD_ATTACK, QAIM_ANSWER))


def link_rows(store: Store) -> list[tuple]:
    return sorted((r.event_id, r.responds_to, r.kind) for r in store.links().itertuples())


def batch_links(docs: list[Document]) -> list[tuple]:
    """The links one `extract` run over these documents gives (pipeline.across_reports)."""
    events = list(flashpoint.extract(docs))
    return sorted([(e.event_id, t, "explicit") for e in events for t in e.responds_to]
                  + [(e.event_id, x["event_id"], "inferred") for e in events for x in e.responds_to_inferred])


def test_a_later_ingest_links_its_answer_to_an_event_stored_from_another_report(tmp_path, nlp):
    expected = batch_links([ASAD, QAIM])
    answer = next(e for e in flashpoint.extract([QAIM]) if e.antecedent is not None)
    assert [(eid, kind) for eid, _, kind in expected] == [(answer.event_id, "explicit")]  # the one link, across reports
    for first, then in ((ASAD, QAIM), (QAIM, ASAD)):  # the answer ingested after its antecedent, and before it
        path = tmp_path / f"{first.id}.duckdb"
        store = flashpoint.open(path)
        store.ingest([first])
        assert store.links().empty
        store.ingest([then])
        assert link_rows(store) == expected
        records = {r["event_id"]: r["responds_to"] for r in Store(path, read_only=True).records()}
        assert records[answer.event_id] == [expected[0][1]]
        frame = store.events(with_links=True).set_index("event_id")
        assert frame.loc[answer.event_id, "responds_to"] == [expected[0][1]]
        assert store.event_detail(expected[0][1])["answered_by"] == [{"event_id": answer.event_id, "kind": "explicit"}]
        integrity(path)


def test_ingests_in_any_order_hold_the_events_and_links_of_one_extract_run(tmp_path, nlp):
    """demo/multi (our own reports: incidents told by several outlets, retaliations told in other reports),
    shuffled and ingested a few documents at a time: the same event ids and links as one extract run."""
    import random

    from flashpoint.documents import read_documents

    docs = list(read_documents([str(SRC.parent / "demo" / "multi" / "docs.jsonl")]))
    batch = list(flashpoint.extract(docs))
    random.Random(5).shuffle(docs)
    store = flashpoint.open(tmp_path / "s.duckdb")
    for i in range(0, len(docs), 5):
        store.ingest(docs[i:i + 5])
    assert set(store.events(kind=None)["event_id"]) == {e.event_id for e in batch}
    assert link_rows(store) == batch_links(docs)
    sources = {r.event_id: set(r.sources) for r in store.events(kind=None).itertuples()}
    assert any(not sources[a] & sources[b] for a, b, _ in link_rows(store))  # links read across reports among them


def test_an_unresolved_cue_reads_every_stored_act_that_may_score_enough_and_few_others(tmp_path, nlp):
    """The stored acts an answer's cue may name are read through links.Clues in SQL: none that
    links._cue_score would let through is left out. Answers are made for every stored act, each with a cue
    that is one of the stored acts' own evidence (places, names, figures and days to match)."""
    import dataclasses
    from datetime import timedelta

    from flashpoint.documents import read_documents
    from flashpoint.resolve import links
    from flashpoint.store import _event_from_record, _reach_sql

    path = tmp_path / "s.duckdb"
    flashpoint.open(path).ingest(read_documents([str(SRC.parent / "demo" / "multi" / "docs.jsonl")]))
    con = duckdb.connect(str(path), read_only=True)
    stored = {i: _event_from_record(json.loads(r)) for i, r in con.execute(
        "SELECT event_id, record FROM events WHERE kind = 'event' AND date_start IS NOT NULL").fetchall()}
    acts = sorted(stored.values(), key=lambda e: e.event_id)
    checked, narrowed = 0, 0
    for named in acts:  # the act the cue tells of
        cue = " ".join(ev.sentence for ev in named.evidence if ev.sentence)
        for author in [e for e in acts if e.event_type in links.settings()["act_types"]][:6]:  # who answers
            answer = dataclasses.replace(author, event_id="answer", responds_to=[], antecedent={"text": cue},
                                         date=dataclasses.replace(named.date, start=named.date.start + timedelta(days=2),
                                                                  end=None))
            reach = [r for r in links.reach([answer]) if r.clues is not None]
            assert len(reach) == 1
            window = dataclasses.replace(reach[0], clues=None)
            read = {}
            for r in (reach[0], window):
                cond, params = _reach_sql([r])
                read[r.clues is None] = {row[0] for row in con.execute(f"SELECT event_id FROM events e WHERE {cond}",
                                                                        params).fetchall()}
            may = {c.event_id for c in stored.values() if c.event_id in read[True]
                   and links._cue_score(answer, c, cue) >= links.settings()["cross_document"]["min_score"]}
            assert may <= read[False], (named.event_id, author.event_id, sorted(may - read[False]))
            assert named.event_id in may or links._cue_score(answer, named, cue) < 3
            checked += len(may)
            narrowed += len(read[True]) - len(read[False])
    con.close()
    assert checked > 50 and narrowed > 0  # many candidates scored enough, and others were left unread


def test_a_stored_record_short_of_fields_is_no_link_candidate_and_no_error(tmp_path, nlp):
    """A record another tool wrote with only an id (bench/api.py-style bulk loads) is read as a candidate for
    links and found wanting: the ingest goes on and stores everything."""
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([ASAD])
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET record = json_object('event_id', event_id)")
    con.close()
    assert store.ingest([QAIM]).added == 1
    assert store.links(kind="explicit").empty and len(store.documents()) == 2
    integrity(path)


def test_ingest_twice_adds_no_link_twice(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    for docs in ([ASAD], [QAIM], [RETALIATION, ROCKETS], [STRIKE]):
        store.ingest(docs)
    before, links = counts(path), link_rows(store)
    assert links == batch_links([ASAD, QAIM, RETALIATION, ROCKETS, STRIKE]) and len(links) == 2  # across, inside a report
    report = store.ingest([ASAD, QAIM, RETALIATION, ROCKETS, STRIKE])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert counts(path) == before and link_rows(store) == links


def test_an_updated_article_replaces_its_links(tmp_path, nlp):
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([ASAD])
    store.ingest([QAIM])
    assert len(store.links(kind="explicit")) == 1
    # the answer rewritten without its cue: its link goes
    calm = Document(QAIM.id, "U.S. jets struck Kataib Hezbollah weapons depots in Al-Qaim on Wednesday, the Pentagon "
                    "said.", QAIM.published, QAIM.source)
    assert store.ingest([calm]).updated == 1
    assert store.links(kind="explicit").empty
    assert link_rows(store) == batch_links([ASAD, calm])
    # the cue back, then the antecedent's article rewritten to another story: the link to it goes too
    store.ingest([QAIM])
    assert len(store.links(kind="explicit")) == 1
    elsewhere = Document(ASAD.id, KADUNA.text, ASAD.published, ASAD.source)
    assert store.ingest([elsewhere]).updated == 1
    assert link_rows(store) == batch_links([elsewhere, QAIM]) == []
    con = duckdb.connect(str(path), read_only=True)
    try:  # no link is left pointing at a report that is gone
        assert con.execute("SELECT count(*) FROM report_links l WHERE l.target NOT IN (SELECT report_id FROM reports)"
                           " AND l.target NOT IN (SELECT event_id FROM events)").fetchone()[0] == 0
    finally:
        con.close()
    integrity(path)


def test_bad_document_in_batch_rolls_back_alone(tmp_path, nlp, monkeypatch):
    """A failure while one document is written leaves it out wholly; what was committed stays."""
    from flashpoint import store as store_module

    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([KADUNA])
    real = store_module._insert_reports

    def failing(con, raw, raw_data, event_of):
        real(con, raw, raw_data, event_of)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_reports", failing)
    with pytest.raises(RuntimeError):
        store.ingest([DJIBO])
    monkeypatch.undo()
    assert list(store.documents()["doc_id"]) == ["kaduna"]
    integrity(path)
    assert store.ingest([DJIBO]).added == 1
    integrity(path)


def test_a_failing_document_in_a_group_is_left_out_and_those_before_it_are_stored(tmp_path, nlp, monkeypatch):
    """Documents commit a group a transaction; when the group fails, they are committed one by one, so the one
    the failure belongs to is left out (its error raised) and those before it are stored whole."""
    from flashpoint import store as store_module

    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    real = store_module._insert_reports
    groups = []

    def failing(con, raw, raw_data, event_of):
        docs = {e.sources[0] for e in raw}
        groups.append(docs)
        real(con, raw, raw_data, event_of)
        if "djibo" in docs:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_reports", failing)
    with pytest.raises(RuntimeError):
        store.ingest([KADUNA, DJIBO, NAIROBI])
    assert groups[0] == {"kaduna", "djibo", "nairobi"} and groups[1:] == [{"kaduna"}, {"djibo"}]
    monkeypatch.undo()
    assert list(store.documents()["doc_id"]) == ["kaduna"]
    integrity(path)
    assert store.ingest([KADUNA, DJIBO, NAIROBI]).added == 2
    integrity(path)


def test_a_document_the_pipeline_fails_on_is_left_out_alone(tmp_path, nlp, monkeypatch):
    from flashpoint import pipeline

    real = pipeline.extract_document

    def flaky(document, sdoc=None):
        if document.id == "djibo":
            raise ValueError("a bug in some stage")
        return real(document, sdoc)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    errors = []
    report = store.ingest([KADUNA, DJIBO, NAIROBI], on_error=errors.append)
    assert report.added == 2 and [e.origin for e in errors] == ["djibo"]
    assert "ValueError: a bug in some stage" in str(errors[0]) and "\n" not in str(errors[0])
    integrity(path)
    monkeypatch.undo()
    assert store.ingest([KADUNA, DJIBO, NAIROBI]).added == 1


# queries -----------------------------------------------------------------------------------------
def test_filters(filled):
    store = Store(filled, read_only=True)
    assert set(store.events(country="UKR")["location"]) == {"Kharkiv"}
    assert set(store.events(country="ukraine")["location"]) == {"Kharkiv"}
    assert set(store.events(country=["NGA", "KEN"])["country_code"]) == {"NGA", "KEN"}
    assert set(store.events(since="2024-06-01")["country_code"]) == {"KEN", "BFA"}
    assert set(store.events(until=date(2024, 3, 31))["country_code"]) == {"NGA"}
    assert set(store.events(type="battles")["country_code"]) == {"BFA"}
    # what the pipeline makes of the protest may change: the filters are checked against the stored values
    kenya = store.events(country="KEN").iloc[0]
    by_sub = store.events(sub_type=kenya["sub_event_type"].upper())
    assert "KEN" in set(by_sub["country_code"]) and set(by_sub["sub_event_type"]) == {kenya["sub_event_type"]}
    assert set(store.events(actor="russia")["country_code"]) == {"UKR"}
    assert set(store.events(bbox=(30, 40, 40, 55))["country_code"]) == {"UKR"}  # min_lon, min_lat, max_lon, max_lat
    words = kenya["notes"][:30].swapcase()
    assert set(store.events(text=words)["country_code"]) == {"KEN"}
    assert set(store.events(min_fatalities=10)["country_code"]) == {"BFA"}
    assert store.events(country="UKR", type="Battles").empty
    assert store.tallies().empty
    # a value that looks like SQL is only a value
    assert store.events(actor="x') OR TRUE --").empty


def test_paging_with_cursor_visits_every_row_once(filled):
    store = Store(filled, read_only=True)
    everything = list(store.events()["event_id"])
    for descending in (False, True):
        seen, cursor = [], None
        while True:
            page = store.events(limit=2, cursor=cursor, descending=descending)
            seen += list(page["event_id"])
            cursor = page.attrs["next_cursor"]
            if cursor is None:
                break
        assert seen == (everything[::-1] if descending else everything)
    with pytest.raises(StoreError, match="cursor"):
        store.events(limit=2, cursor="not-a-cursor")


def test_aggregates_links_documents_stats(filled):
    store = Store(filled, read_only=True)
    per_country = store.aggregate(by="country")
    assert dict(zip(per_country["country"], per_country["events"])) == {"BFA": 1, "KEN": 1, "NGA": 1, "UKR": 1}
    per_day = store.aggregate(by="day", country="UKR")
    assert list(per_day["events"]) == [1] and int(per_day["fatalities_low"].iloc[0]) == 4
    with pytest.raises(StoreError, match="aggregate"):
        store.aggregate(by="1; DROP TABLE events")
    assert list(store.links().columns) == ["event_id", "responds_to", "kind", "basis"]
    docs = store.documents()
    assert len(docs) == 5 and "text" not in docs.columns and docs["content_hash"].str.len().eq(64).all()
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["reports"]) == (5, 4, 5)
    assert stats["first_date"] == "2024-03-08" and stats["schema_version"] == SCHEMA_VERSION


def test_tallies_come_apart_from_incidents_in_the_api_and_the_command(tmp_path, capsys, nlp):
    """A count of incidents over a period ('66 attacks since October 17') is a tally: `.tallies()`, the `tallies`
    view and `events --kind tally` give it, `.events()` does not."""
    from flashpoint.cli import main

    tally = Document("tally-doc", "Iran-backed militias have carried out at least 66 attacks on U.S. forces in Iraq and "
                     "Syria since October 17, the Pentagon said on Tuesday.", date(2023, 11, 22), "Wire T")
    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path)
    store.ingest([tally, KADUNA])
    tallies = store.tallies()
    assert list(tallies["count"]) == [66] and list(tallies["kind"]) == ["tally"]
    assert (str(tallies["date_start"].iloc[0])[:10], str(tallies["date_end"].iloc[0])[:10]) == ("2023-10-17", "2023-11-22")
    assert "tally" not in set(store.events()["kind"]) and len(store.events(kind=None)) == len(store.events()) + 1
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SELECT event_id FROM tallies").fetchall()] == list(tallies["event_id"])
    con.close()
    assert main(["events", "--db", str(path), "--kind", "tally", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["event_id"], r["kind"], r["count"]) for r in records] == [(tallies["event_id"].iloc[0], "tally", 66)]


def test_records_are_contract_records(filled, validator):
    records = list(Store(filled, read_only=True).records(kind=None))
    assert len(records) == 4
    for r in records:
        validator.validate(r)
    merged = [r for r in records if len(r["sources"]) == 2]
    # evidence from each report (a headline that tells the incident is evidence too)
    assert len(merged) == 1 and {ev["doc_id"] for ev in merged[0]["evidence"]} == {"kharkiv-a", "kharkiv-b"}


# the file ----------------------------------------------------------------------------------------
def test_schema_version_and_migration_in_place(tmp_path, nlp):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, 0, 1)  # a store as the first schema left it
    con.close()
    con = duckdb.connect(str(path))
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    con.close()
    with pytest.raises(StoreError, match="older"):
        Store(path, read_only=True)  # a reader never upgrades
    store = flashpoint.open(path)  # a writer does
    store.ingest([KADUNA])
    assert store.stats()["schema_version"] == SCHEMA_VERSION == max(MIGRATIONS)
    assert store.feed_state("http://example.invalid/feed") == (None, None)  # the table v2 added


def test_version_3_store_with_data_is_upgraded_and_links_across_reports(tmp_path, nlp):
    """A store as schema 3 left it (no sides, no cue flags) is upgraded in place with what linking reads, and the
    next ingest links against its events as if they had been stored by this version."""
    path = tmp_path / "v3.duckdb"
    store = flashpoint.open(path)
    store.ingest([RETALIATION, QAIM])  # QAIM's cue names an incident no stored report tells yet
    con = duckdb.connect(str(path))
    written = con.execute("SELECT event_id, side1, side2, pending FROM events ORDER BY 1").fetchall()
    assert any(row[3] for row in written) and all(row[1] for row in written)
    con.execute("DROP INDEX report_links_target")
    for column in ("side1", "side2", "pending"):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="older"):
        Store(path, read_only=True)
    store = flashpoint.open(path)
    assert store.stats()["schema_version"] == 4
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT event_id, side1, side2, pending FROM events ORDER BY 1").fetchall() == written
    con.close()
    store.ingest([ASAD])
    assert link_rows(store) == batch_links([RETALIATION, ASAD, QAIM])
    assert len(store.links(kind="explicit")) == 2  # inside RETALIATION, and QAIM to ASAD across reports
    integrity(path)


def _as_version_3(path: Path) -> None:
    """Turn a store into what schema 3 wrote for the same documents: no sides or cue flags, and only the links
    each report made itself (its own records' `responds_to`, written between reports as they were extracted)."""
    con = duckdb.connect(str(path))
    con.execute("DELETE FROM report_links")
    con.execute("""INSERT INTO report_links
                   SELECT DISTINCT report_id, unnest(from_json(json_extract(data, '$.responds_to'), '["VARCHAR"]')),
                          'explicit', NULL FROM reports""")
    con.execute("DROP INDEX report_links_target")
    for column in ("side1", "side2", "pending"):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()


def test_version_3_store_is_linked_across_reports_by_the_upgrade(tmp_path, nlp, monkeypatch):
    """A store of schema 3 (links inside reports only) gets, when upgraded, the links across reports one
    extract run gives (demo/multi), linked a few events at a time; nothing else in it changes, and ingesting
    the same documents again afterwards adds nothing."""
    from flashpoint import store as store_module
    from flashpoint.documents import read_documents

    docs = list(read_documents([str(SRC.parent / "demo" / "multi" / "docs.jsonl")]))
    path, native = tmp_path / "v3.duckdb", tmp_path / "v4.duckdb"
    flashpoint.open(native).ingest(docs)
    shutil.copyfile(native, path)
    _as_version_3(path)
    con = duckdb.connect(str(path), read_only=True)
    inside = sorted(con.execute("SELECT event_id, responds_to, kind FROM links").fetchall())
    con.close()
    before = counts(path)
    monkeypatch.setattr(store_module, "RELINK_CHUNK", 3)  # the chunks' windows overlap
    store = flashpoint.open(path)
    expected = batch_links(docs)
    assert link_rows(store) == expected and set(inside) < set(expected) and inside  # those across reports added
    after = counts(path)
    assert {k: v for k, v in after.items() if k != "report_links"} == {k: v for k, v in before.items()
                                                                       if k != "report_links"}
    rows = "SELECT event_id, record, side1, side2, pending FROM events ORDER BY event_id"
    links_sql = "SELECT event_id, responds_to, kind, basis::VARCHAR FROM links ORDER BY ALL"  # reports may differ: a
    # link names one report of each end, and which one depends on what was stored when it was written
    for sql in (rows, links_sql):
        mine, theirs = (duckdb.connect(str(p), read_only=True) for p in (path, native))
        assert mine.execute(sql).fetchall() == theirs.execute(sql).fetchall()
        mine.close(), theirs.close()
    assert store.ingest(docs).unchanged == len(docs) and counts(path) == after
    integrity(path)


def test_the_upgrade_chunks_by_whole_days():
    """The migration's chunks never part acts of the same first day (an answer gives its links to the other
    sites of its operation only when both are linked together): a chunk grows past its size to the day's end."""
    from flashpoint.store import _by_whole_days

    d1, d2, d3 = date(2024, 10, 23), date(2024, 10, 25), date(2024, 10, 26)
    targets = [("a", d1), ("b", d2), ("c", d2), ("d", d2), ("e", d3), ("f", d3)]
    assert list(_by_whole_days(targets, 2)) == [["a", "b", "c", "d"], ["e", "f"]]
    assert list(_by_whole_days(targets, 1)) == [["a"], ["b", "c", "d"], ["e", "f"]]
    assert list(_by_whole_days(targets, 10)) == [["a", "b", "c", "d", "e", "f"]]
    assert list(_by_whole_days([], 3)) == []


def test_version_3_reports_written_by_another_tool_without_a_cue_field_upgrade(tmp_path, nlp):
    """Reports whose data has no `antecedent` key (a bulk load by another tool) have no cue: the upgrade
    flags none of them and fails on none."""
    path = tmp_path / "v3.duckdb"
    flashpoint.open(path).ingest([KADUNA, DJIBO])
    _as_version_3(path)
    con = duckdb.connect(str(path))
    for report_id, data in con.execute("SELECT report_id, data FROM reports").fetchall():
        data = {k: v for k, v in json.loads(data).items() if k != "antecedent"}
        con.execute("UPDATE reports SET data = ? WHERE report_id = ?", [json.dumps(data), report_id])
    con.close()
    assert flashpoint.open(path).stats()["schema_version"] == SCHEMA_VERSION
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*), count(*) FILTER (WHERE pending) FROM events").fetchone()[1] == 0
    con.close()
    integrity(path)


def _fingerprint(path: Path) -> tuple:
    siblings = sorted(p.name for p in path.parent.iterdir())
    return path.read_bytes(), siblings


def test_newer_schema_is_refused_untouched(tmp_path, nlp):
    path = tmp_path / "new.duckdb"
    flashpoint.open(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    before = _fingerprint(path)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer flashpoint") as info:
            Store(path, read_only=read_only)
        assert str(path) in str(info.value)
    assert _fingerprint(path) == before


def test_corrupt_and_foreign_files_are_refused_untouched(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database\n" * 100)
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE accounts (id INTEGER)")
    con.close()
    damaged = tmp_path / "damaged.duckdb"
    flashpoint.open(damaged)
    data = bytearray(damaged.read_bytes())
    data[4096:len(data)] = b"\xff" * (len(data) - 4096)  # headers kept, every block after them overwritten
    damaged.write_bytes(bytes(data))
    for path, words in ((junk, "not a DuckDB database"), (foreign, "not a flashpoint store"),
                        (damaged, "not a DuckDB database, or is damaged")):
        before = _fingerprint(path)
        with pytest.raises(StoreError, match=words):
            Store(path)
        assert _fingerprint(path) == before
    with pytest.raises(StoreError, match="no flashpoint store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_locked_file_gives_one_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    flashpoint.open(path)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("holding", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        for read_only in (False, True):
            started = time.monotonic()
            with pytest.raises(StoreError, match=f"PID {holder.pid}") as info:
                Store(path, read_only=read_only, wait=0.3)
            assert time.monotonic() - started >= 0.3  # it waited for the lock before giving up
            assert "\n" not in str(info.value)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert Store(path, read_only=True).stats()["documents"] == 0  # usable again once released


@pytest.fixture
def read_only_file(tmp_path):
    """Return a function making a file read-only for this user (immutable for root, whom modes do not stop)."""
    made = []

    def make(path: Path) -> None:
        path.chmod(0o444)
        if os.geteuid() == 0:
            if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
                pytest.skip("running as root on a file system without immutable files")
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)])
        path.chmod(0o644)


def test_read_only_file(tmp_path, nlp, read_only_file):
    """A store the user may not write: writing is refused in one line, reading works, the file is untouched."""
    path = tmp_path / "s.duckdb"
    flashpoint.open(path).ingest([KADUNA])
    read_only_file(path)
    before = _fingerprint(path)
    assert len(Store(path, read_only=True).events()) == 1
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(info.value) == f"{path}: cannot be written (read-only file or folder); give a store you may write to"
    assert _fingerprint(path) == before


def test_read_only_store_refuses_to_ingest(filled):
    with pytest.raises(StoreError, match="read-only"):
        Store(filled, read_only=True).ingest([KADUNA])


# crashes and concurrency -------------------------------------------------------------------------
def _corpus(n: int) -> list[Document]:
    """n distinct reports (each with a line of its own, so none is a duplicate of another)."""
    base = [KHARKIV_A, KADUNA, DJIBO, NAIROBI]
    return [Document(f"{base[i % 4].id}-{i}", f"{base[i % 4].text}\nUpdate {i}: no further details were given.",
                     base[i % 4].published, f"Wire {i % 7}") for i in range(n)]


def _write_corpus(path: Path, docs: list[Document]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat(),
                                 "source": d.source}) + "\n")


def test_kill_9_mid_ingest_loses_nothing_and_resumes(tmp_path, nlp):
    """A real process killed with SIGKILL in the middle of a transaction, then ingest again."""
    docs = _corpus(24)
    group = 4  # the worker commits 4 documents a transaction (store.GROUP), so that it is killed inside the second
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, docs)
    path = tmp_path / "s.duckdb"
    # the worker stops inside the second transaction (the second group of documents), after its events are
    # written and before its reports are, and waits there to be killed
    worker = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(SRC)!r})
        from flashpoint import store as s
        from flashpoint.documents import read_documents
        s.GROUP = {group}
        real, calls = s._insert_reports, []
        def slow(con, raw, raw_data, event_of):
            calls.append(1)
            if len(calls) == 2:
                print("inside", len({{e.sources[0] for e in raw}}), flush=True)
                time.sleep(600)
            real(con, raw, raw_data, event_of)
        s._insert_reports = slow
        s.Store({str(path)!r}).ingest(read_documents([{str(corpus)!r}]))
    """)
    proc = subprocess.Popen([sys.executable, "-c", worker], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == f"inside {group}"  # a whole group half-written when killed
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    integrity(path)
    stored = Store(path, read_only=True).documents()["doc_id"]
    assert sorted(stored) == sorted(d.id for d in docs[:group])  # the first group, committed; nothing of the second
    # the next ingest (the real command line) resumes
    out = subprocess.run([sys.executable, "-m", "flashpoint.cli", "ingest", str(corpus), "--db", str(path)],
                         capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert out.returncode == 0, out.stderr
    assert "20 documents added" in out.stderr and "4 already stored" in out.stderr
    integrity(path)
    clean = tmp_path / "clean.duckdb"
    flashpoint.open(clean).ingest(docs)
    assert sorted(Store(path).events(kind=None)["event_id"]) == sorted(Store(clean).events(kind=None)["event_id"])


def test_readers_while_a_writer_ingests(tmp_path, nlp):
    """The documented model: the writer takes the lock only to check and to commit; readers wait their turn."""
    docs = _corpus(48)
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, docs)
    path = tmp_path / "s.duckdb"
    flashpoint.open(path)
    writer = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "ingest", str(corpus), "--db", str(path),
                               "--quiet"], env={**os.environ, "PYTHONPATH": str(SRC)},
                              stderr=subprocess.PIPE, text=True)
    reader = Store(path, read_only=True, wait=60)
    seen = []
    try:
        while writer.poll() is None:
            stats = reader.stats()  # waits while the writer commits, then reads a committed state
            seen.append(stats["documents"])
            assert stats["events"] + stats["tallies"] <= stats["reports"]
            time.sleep(0.05)
    finally:
        writer.wait(timeout=600)
    assert writer.returncode == 0, writer.stderr.read()
    assert seen == sorted(seen)  # never a step back
    assert any(0 < n < 48 for n in seen), str(seen)  # read between two commits of the same ingest
    assert reader.stats()["documents"] == 48
    integrity(path)


def test_reader_and_writer_in_one_process(tmp_path, nlp):
    """In one process (an API server that also runs the watcher) readers share the writer's DuckDB instance:
    they read committed snapshots and never wait for the writer's lock."""
    import threading

    path = tmp_path / "s.duckdb"
    writer = flashpoint.open(path)
    reader = Store(path, read_only=True, wait=0.5)
    docs = _corpus(40)
    failures, seen = [], []

    def write():
        try:
            writer.ingest(docs)
        except Exception as exc:  # noqa: BLE001 (reported by the assertion below)
            failures.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    while thread.is_alive():
        stats = reader.stats()
        seen.append(stats["documents"])
        assert stats["events"] + stats["tallies"] <= stats["reports"]
        time.sleep(0.01)
    thread.join()
    assert failures == []
    assert seen == sorted(seen) and reader.stats()["documents"] == 40
    with pytest.raises(StoreError, match="read-only"):
        reader.ingest(docs[:1])  # sharing the writer's instance gives the reader no right to write
    integrity(path)


def test_held_store_serves_threads_while_it_ingests(tmp_path, nlp):
    """One held Store, as a server holds it: a writer thread ingests while this thread queries it."""
    import threading

    path = tmp_path / "s.duckdb"
    store = flashpoint.open(path).hold()
    docs = _corpus(24)
    failures, seen = [], []
    thread = threading.Thread(target=lambda: failures.extend(_try(store.ingest, docs)))
    try:
        thread.start()
        while thread.is_alive():
            frame = store.events(limit=5, descending=True)
            seen.append(store.stats()["documents"])
            assert len(frame) <= 5
        thread.join()
        # no other process may open the file while it is held
        other = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(SRC)!r})
            from flashpoint.store import Store
            from flashpoint.errors import StoreError
            try:
                Store({str(path)!r}, read_only=True, wait=0.2)
            except StoreError as err:
                print(err)
        """)], capture_output=True, text=True, timeout=120)
        assert f"is being written by another process (PID {os.getpid()})" in other.stdout
    finally:
        store.close()
    assert failures == []
    assert seen == sorted(seen) and seen[-1] <= 24
    assert Store(path, read_only=True).stats()["documents"] == 24
    integrity(path)


def _try(func, *args) -> list:
    try:
        func(*args)
    except Exception as exc:  # noqa: BLE001 (returned for the test to assert on)
        return [exc]
    return []
