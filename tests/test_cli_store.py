"""End-to-end tests of the store's commands (ingest, events, export, stats): real files, real DuckDB."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import flashpoint
from flashpoint.cli import main
from flashpoint.export import ACLED_COLUMNS
from web_support import ASAD_ATTACK, QAIM_ANSWER

SRC = Path(__file__).resolve().parents[1] / "src"

DOCS = [
    {"id": "kharkiv-a", "published": "2024-05-20", "source": "Wire A",
     "text": "Russian forces shelled Kharkiv on Sunday, killing four civilians, regional officials said."},
    {"id": "kharkiv-b", "published": "2024-05-20", "source": "Wire B",
     "text": "Russian artillery hit Kharkiv on Sunday and four civilians were killed, the governor said."},
    {"id": "kaduna", "published": "2024-03-09", "source": "Wire C",
     "text": "Gunmen abducted twelve students from a school in Kaduna on Friday, police said."},
    {"id": "nairobi", "published": "2024-06-26", "source": "Wire E",
     "text": "Thousands of protesters marched in Nairobi on Tuesday against a proposed finance bill."},
]


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "conflict.duckdb"
    assert main(["ingest", str(write_jsonl(folder / "docs.jsonl", DOCS)), "--db", str(path), "--quiet"]) == 0
    return path


def run(args, capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_twice_adds_nothing_and_bad_lines_are_one_error_each(tmp_path, capsys, nlp):
    docs = write_jsonl(tmp_path / "docs.jsonl", DOCS[:2] + ['{"id": "broken", "text": ', {"id": "no-text"}])
    path = tmp_path / "s.duckdb"
    code, _, err = run(["ingest", str(docs), "--db", str(path)], capsys)
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert [e.split(": ")[1] for e in errors] == [f"{docs}:3", f"{docs}:4"]
    assert "ingest: 2 documents added, 0 updated, 0 already stored" in err
    code, _, err = run(["ingest", str(docs), "--db", str(path)], capsys)
    assert "ingest: 0 documents added, 0 updated, 2 already stored" in err
    assert flashpoint.open(path, read_only=True).stats()["documents"] == 2


def test_events_command_and_python_api_return_the_same_rows(db, capsys):
    store = flashpoint.open(db, read_only=True)
    for flags, filters in (([], {}), (["--country", "UKR"], {"country": ["UKR"]}),
                           (["--since", "2024-05-01", "--type", "Explosions/Remote violence"],
                            {"since": "2024-05-01", "type": "Explosions/Remote violence"}),
                           (["--actor", "Protesters"], {"actor": "Protesters"})):
        code, out, _ = run(["events", "--db", str(db), "--format", "jsonl", *flags], capsys)
        assert code == 0
        ids = [json.loads(line)["event_id"] for line in out.splitlines()]
        assert ids == list(store.events(**filters)["event_id"])
        assert ids
    code, out, _ = run(["events", "--db", str(db), "--format", "csv", "--country", "KEN"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["location"] for r in rows] == ["Nairobi"]
    code, out, _ = run(["events", "--db", str(db)], capsys)
    assert "Kharkiv" in out and out.rstrip().endswith("3 records")


def test_links_command_shows_a_link_made_by_a_later_ingest(tmp_path, capsys, nlp):
    path = tmp_path / "s.duckdb"
    for n, doc in enumerate((ASAD_ATTACK, QAIM_ANSWER)):  # two ingest runs: the second links against what the first stored
        assert run(["ingest", str(write_jsonl(tmp_path / f"{n}.jsonl", [doc])), "--db", str(path), "--quiet"], capsys)[0] == 0
    store = flashpoint.open(path, read_only=True)
    [(answer_id, attack_id)] = [(r.event_id, r.responds_to) for r in store.links(kind="explicit").itertuples()]
    code, out, _ = run(["links", "--db", str(path), "--kind", "explicit"], capsys)
    assert code == 0 and out.split() == [answer_id, "explicit", attack_id]
    code, out, _ = run(["links", "--db", str(path), "--json"], capsys)
    assert {"event_id": answer_id, "responds_to": attack_id, "kind": "explicit", "basis": None} in \
        [json.loads(line) for line in out.splitlines()]
    code, out, _ = run(["events", "--db", str(path), "--format", "jsonl"], capsys)
    assert {r["event_id"]: r["responds_to"] for r in map(json.loads, out.splitlines())}[answer_id] == [attack_id]


def test_export_acled_csv(db, tmp_path, capsys):
    target = tmp_path / "acled.csv"
    assert run(["export", "--db", str(db), "--format", "acled-csv", "-o", str(target)], capsys)[0] == 0
    with target.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ACLED_COLUMNS
        rows = {r["location"]: r for r in reader}
    for column in ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                   "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "interaction", "country",
                   "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                   "fatalities", "timestamp"):
        assert column in ACLED_COLUMNS
    kharkiv = rows["Kharkiv"]
    assert (kharkiv["event_date"], kharkiv["year"], kharkiv["time_precision"]) == ("2024-05-19", "2024", "1")
    assert (kharkiv["disorder_type"], kharkiv["event_type"]) == ("Political violence", "Explosions/Remote violence")
    assert (kharkiv["inter1"], kharkiv["inter2"], kharkiv["interaction"]) == ("1", "7", "17")
    assert kharkiv["civilian_targeting"] == "Civilian targeting"
    assert (kharkiv["iso"], kharkiv["country"], kharkiv["fatalities"]) == ("804", "Ukraine", "4")
    assert kharkiv["source"] == "Wire A; Wire B"
    assert "shelled Kharkiv" in kharkiv["notes"] and int(kharkiv["timestamp"]) > 1_700_000_000
    nairobi = rows["Nairobi"]
    assert (nairobi["disorder_type"], nairobi["inter1"], nairobi["interaction"]) == ("Demonstrations", "6", "60")
    assert nairobi["fatalities"] == "0"  # ACLED writes 0 where no figure is reported


def test_export_parquet_geojson_jsonl(db, tmp_path, capsys, validator):
    parquet = tmp_path / "events.parquet"
    assert run(["export", "--db", str(db), "--format", "parquet", "-o", str(parquet)], capsys)[0] == 0
    rows = duckdb.sql(f"SELECT event_id, location, sources FROM read_parquet('{parquet}') ORDER BY event_id").fetchall()
    assert len(rows) == 3 and {r[1] for r in rows} == {"Kharkiv", "Kaduna", "Nairobi"}
    assert [sorted(r[2]) for r in rows if r[1] == "Kharkiv"] == [["kharkiv-a", "kharkiv-b"]]

    code, out, _ = run(["export", "--db", str(db), "--format", "geojson", "--country", "UKR"], capsys)
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 1
    feature = collection["features"][0]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert 35 < lon < 38 and 49 < lat < 51  # GeoJSON order: longitude first
    assert feature["properties"]["location"] == "Kharkiv"

    code, out, _ = run(["export", "--db", str(db)], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    for record in records:
        validator.validate(record)


def test_stats(db, capsys):
    code, out, _ = run(["stats", "--db", str(db)], capsys)
    assert code == 0
    assert "documents  4 from 4 sources" in out and "events     3" in out
    code, out, _ = run(["stats", "--db", str(db), "--json"], capsys)
    assert json.loads(out)["per_country"][0]["country"] in {"UKR", "NGA", "KEN"}


@pytest.mark.parametrize("content, words", [(b"not a database at all\n" * 50, "not a DuckDB database"), (None, "no flashpoint store")])
def test_bad_store_file_is_one_error_line(tmp_path, content, words):
    path = tmp_path / "bad.duckdb"
    if content is not None:
        path.write_bytes(content)
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "events", "--db", str(path)], capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"error: {path}: ") and words in done.stderr
    assert "Traceback" not in done.stderr
    if content is not None:
        assert path.read_bytes() == content
    else:
        assert not path.exists()


def test_store_in_a_missing_folder(tmp_path, capsys):
    docs = write_jsonl(tmp_path / "docs.jsonl", DOCS[:1])
    target = tmp_path / "no" / "such" / "s.duckdb"
    code, _, err = run(["ingest", str(docs), "--db", str(target)], capsys)
    assert code == 1 and err == f"error: {target}: its folder does not exist; create the folder or give another path\n"
