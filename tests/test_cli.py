"""End-to-end tests of the command line: real files in a temporary directory, outcomes asserted.

Most runs call `flashpoint.cli.main` in-process (the model loads once per session); a few run
`python -m flashpoint.cli` as a real subprocess to check exit statuses and stderr as a user sees them.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.documents import read_documents
from flashpoint.export import CSV_COLUMNS

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = SHARED / "gold" / "seed.jsonl"

KHARKIV_SENTENCE = "Russian forces shelled Kharkiv on Sunday, killing four civilians, regional officials said."
KHARKIV = (
    "Shelling kills four in Kharkiv\n"
    "\n"
    f"{KHARKIV_SENTENCE}\n"
    "Rescue workers searched the rubble of a five-storey apartment block until late in the evening, "
    "the city's mayor told reporters.\n"
)
KHARKIV_PUBLISHED = "2024-05-20"

# Three short wire items, each with a publication date of its own (one as an ISO datetime).
WIRES = [
    {"id": "kaduna-1", "published": "2024-03-09", "source": "test wire",
     "text": "Gunmen abducted twelve students from a school in Kaduna on Friday, police said. "
             "The kidnappers have not yet contacted the families."},
    {"id": "nairobi-1", "published": "2024-06-26",
     "text": "Thousands of protesters marched in Nairobi on Tuesday against a proposed finance bill. "
             "Police fired tear gas to disperse them."},
    {"id": "djibo-1", "published": "2024-08-10T09:30:00",
     "text": "Suspected jihadists killed at least 15 soldiers in an ambush in northern Burkina Faso on Thursday, "
             "security sources said."},
]

FOOTBALL = (
    "City edge United in a bruising derby\n"
    "\n"
    "Manchester City beat United 3-1 on Saturday. Haaland shot past the keeper in the tenth minute, and the "
    "home side's attack never let up. It was a battle in midfield all afternoon, and United's striker fired "
    "wide twice before the break. The manager said his team would fight for the title until the last day.\n"
)

THREATS = (
    "Tehran vows revenge\n"
    "\n"
    "Iran vowed on Tuesday to retaliate against Israel. A spokesman for the Revolutionary Guards denied "
    "carrying out the strike on the port, and officials in Tehran threatened to attack American bases "
    "if the sanctions continued.\n"
)


# ---------------------------------------------------------------- helpers

@pytest.fixture(scope="module", autouse=True)
def _model_loaded(nlp):
    """Load the model before any run, so that no run's progress timer includes the load."""
    return nlp


def run(capsys, *argv) -> tuple[int, str, str]:
    """Return (exit status, stdout, stderr) of one in-process run of the command line."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def run_process(*argv, cwd, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Return the finished `python -m flashpoint.cli` run, output decoded as UTF-8."""
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", *map(str, argv)], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


def records(text: str) -> list[dict]:
    """Return the JSON records of JSONL output."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def error_lines(err: str) -> list[str]:
    """Return the lines of stderr that report a problem (not progress or the summary)."""
    return [line for line in err.splitlines() if line.startswith("error:")]


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def document_texts(inputs, published: str | None = None) -> dict[str, str]:
    """Return doc id -> text exactly as the readers hand it on: the text evidence offsets point into."""
    day = date.fromisoformat(published) if published else None
    return {d.id: d.text for d in read_documents([str(i) for i in inputs], published=day)}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with one .txt report and a JSONL file of three wire items."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "kharkiv.txt").write_text(KHARKIV, encoding="utf-8")
    write_jsonl(folder / "wires.jsonl", WIRES)
    return folder




def the_record(recs: list[dict], sentence: str) -> dict:
    """Return the one event record whose evidence includes `sentence`."""
    found = [r for r in recs if r["kind"] == "event" and any(e.get("sentence") == sentence for e in r["evidence"])]
    assert len(found) == 1, f"expected one event read from {sentence!r}, got {[r['evidence'] for r in recs]}"
    return found[0]


# ---------------------------------------------------------------- extract: the records

def test_extract_txt_records_valid_with_sources_and_evidence(tmp_path, capsys, validator):
    path = tmp_path / "kharkiv.txt"
    path.write_text(KHARKIV, encoding="utf-8")
    out_path = tmp_path / "events.jsonl"

    status, out, err = run(capsys, "extract", path, "--published", KHARKIV_PUBLISHED, "-o", out_path, "--quiet")

    assert status == 0, err
    assert out == ""  # the records went to the file
    recs = records(out_path.read_text(encoding="utf-8"))
    assert recs
    text = document_texts([path], KHARKIV_PUBLISHED)["kharkiv"]
    for r in recs:
        errors = sorted(validator.iter_errors(r), key=str)
        assert not errors, f"{r['event_id']}: {[e.message for e in errors]}"
        assert r["sources"] == ["kharkiv"]
        for ev in r["evidence"]:
            assert ev["doc_id"] == "kharkiv"
            assert 0 <= ev["start"] < ev["end"] <= len(text)
            assert text[ev["start"]:ev["end"]].strip() == ev["sentence"].strip()


def test_extract_txt_clear_sentence_coded_as_expected(tmp_path, capsys):
    path = tmp_path / "kharkiv.txt"
    path.write_text(KHARKIV, encoding="utf-8")

    status, out, err = run(capsys, "extract", path, "--published", KHARKIV_PUBLISHED)

    assert status == 0, err
    r = the_record(records(out), KHARKIV_SENTENCE)
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["sub_event_type"] == "Shelling/artillery/missile attack"
    assert r["actor1"]["country_code"] == "RUS"
    assert r["actor1"]["type"] == "state forces"
    assert r["date"]["start"] == r["date"]["end"] == "2024-05-19"  # the Sunday before Monday 20 May
    assert r["date"]["precision"] == "day"
    assert (r["fatalities"]["low"], r["fatalities"]["high"]) == (4, 4)
    assert r["location"]["name"] == "Kharkiv"
    assert r["location"]["country_code"] == "UKR"
    assert r["location"]["precision"] == 1


def test_extract_evidence_span_is_exactly_the_sentence(tmp_path, capsys):
    path = tmp_path / "kharkiv.txt"
    path.write_text(KHARKIV, encoding="utf-8")
    text = document_texts([path], KHARKIV_PUBLISHED)["kharkiv"]

    status, out, err = run(capsys, "extract", path, "--published", KHARKIV_PUBLISHED)

    assert status == 0, err
    spans = [(text[e["start"]:e["end"]], e["sentence"]) for r in records(out) for e in r["evidence"]]
    assert spans
    assert all(span == sentence for span, sentence in spans), spans


@pytest.mark.parametrize("sentence, published, expected", [
    pytest.param("Thousands of protesters marched through Nairobi on Tuesday against the finance bill.",
                 "2024-06-26", {"sub_event_type": "Peaceful protest", "location": ("Nairobi", "KEN", 1),
                                "date": "2024-06-25"}, id="through-nairobi"),
    pytest.param("Russian artillery shelled Kharkiv on Sunday, killing four civilians.",
                 "2024-05-20", {"sub_event_type": "Shelling/artillery/missile attack",
                                "location": ("Kharkiv", "UKR", 1), "date": "2024-05-19"}, id="artillery-kharkiv"),
    pytest.param("Suspected jihadists killed at least 15 soldiers in an ambush near Djibo on Thursday.",
                 "2024-08-10", {"sub_event_type": "Armed clash", "location": ("Djibo", "BFA", 2),
                                "date": "2024-08-08"}, id="near-djibo"),
])
def test_extract_more_clear_sentences(tmp_path, capsys, sentence, published, expected):
    path = tmp_path / "report.txt"
    path.write_text(sentence + "\n", encoding="utf-8")

    status, out, err = run(capsys, "extract", path, "--published", published)

    assert status == 0, err
    r = the_record(records(out), sentence)
    loc = r["location"]
    assert r["sub_event_type"] == expected["sub_event_type"]
    assert (loc["name"], loc["country_code"], loc["precision"]) == expected["location"]
    assert r["date"]["start"] == expected["date"]


def test_extract_folder_all_records_valid(corpus, capsys, validator):
    status, out, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED)

    assert status == 0, err
    recs = records(out)
    texts = document_texts([corpus], KHARKIV_PUBLISHED)
    assert set(texts) == {"kharkiv", "kaduna-1", "nairobi-1", "djibo-1"}
    assert {s for r in recs for s in r["sources"]} == set(texts)  # every report gives at least one record
    for r in recs:
        assert not list(validator.iter_errors(r)), r
        assert set(r["sources"]) <= set(texts)
        for ev in r["evidence"]:
            span = texts[ev["doc_id"]][ev["start"]:ev["end"]]
            assert span.strip() == ev["sentence"].strip()
    djibo = [r for r in recs if r["sources"] == ["djibo-1"]]
    assert djibo and all(r["date"]["start"] == "2024-08-08" for r in djibo)  # the ISO datetime's own day


# ---------------------------------------------------------------- stable ids

def test_extract_ids_stable_across_runs(corpus, capsys):
    _, first, _ = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--quiet")
    _, second, _ = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--quiet")

    ids = [r["event_id"] for r in records(first)]
    assert ids
    assert len(ids) == len(set(ids))
    assert ids == [r["event_id"] for r in records(second)]
    assert first == second


def test_extract_ids_independent_of_document_order(tmp_path, capsys):
    # two wires on the same incident, so that cross-report merging has something to merge
    same_incident = [
        {"id": "wire-a", "published": "2024-05-20", "text": KHARKIV_SENTENCE},
        {"id": "wire-b", "published": "2024-05-20",
         "text": "Four civilians were killed on Sunday when Russian forces shelled Kharkiv, Ukrainian officials said."},
    ]
    items = same_incident + WIRES
    forward = write_jsonl(tmp_path / "forward.jsonl", items)
    backward = write_jsonl(tmp_path / "backward.jsonl", items[::-1])
    txt = tmp_path / "kharkiv.txt"
    txt.write_text(KHARKIV, encoding="utf-8")

    _, one, _ = run(capsys, "extract", txt, forward, "--published", KHARKIV_PUBLISHED, "--quiet")
    _, two, _ = run(capsys, "extract", backward, txt, "--published", KHARKIV_PUBLISHED, "--quiet")

    first, second = records(one), records(two)
    assert first
    assert sorted(r["event_id"] for r in first) == sorted(r["event_id"] for r in second)
    by_id = {r["event_id"]: r for r in second}
    for r in first:
        assert sorted(r["sources"]) == sorted(by_id[r["event_id"]]["sources"])


# ---------------------------------------------------------------- output formats

def test_extract_csv_header_and_one_row_per_record(corpus, capsys):
    _, jsonl, _ = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--quiet")
    status, out, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--format", "csv", "--quiet")

    assert status == 0, err
    reader = csv.DictReader(io.StringIO(out, newline=""))
    rows = list(reader)
    assert reader.fieldnames == CSV_COLUMNS
    for column in ("event_id", "kind", "event_type", "sub_event_type", "actor1", "actor2", "date_start",
                   "location", "country_code", "lat", "lon", "fatalities_low", "fatalities_high", "sources"):
        assert column in reader.fieldnames
    recs = records(jsonl)
    assert [row["event_id"] for row in rows] == [r["event_id"] for r in recs]
    kharkiv = next(row for row, r in zip(rows, recs) if any(e["sentence"] == KHARKIV_SENTENCE for e in r["evidence"]))
    assert kharkiv["location"] == "Kharkiv"
    assert (kharkiv["fatalities_low"], kharkiv["fatalities_high"]) == ("4", "4")


def test_extract_csv_to_file(corpus, tmp_path, capsys):
    out_path = tmp_path / "events.csv"
    status, _, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--format", "csv",
                         "-o", out_path, "--quiet")

    assert status == 0, err
    raw = out_path.read_bytes()
    assert b"\r\r\n" not in raw
    with open(out_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) > 1 and all(len(row) == len(CSV_COLUMNS) for row in rows)


def test_extract_table_header_and_count(corpus, capsys):
    _, jsonl, _ = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--quiet")
    status, out, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--format", "table",
                           "--quiet")

    assert status == 0, err
    lines = out.rstrip("\n").splitlines()
    assert lines[0].split()[:4] == ["date", "kind/type", "actor1", "actor2"]
    assert "evidence" in lines[0]
    n = len(records(jsonl))
    assert lines[-1] == f"{n} records"
    assert len(lines) == n + 3  # header, rule, one line per record, count
    assert any("Kharkiv" in line for line in lines[2:-1])


def test_extract_table_no_records(tmp_path, capsys):
    path = tmp_path / "football.txt"
    path.write_text(FOOTBALL, encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, "--published", "2024-05-20", "--format", "table", "--quiet")

    assert status == 0
    assert out.rstrip("\n").splitlines()[-1] == "0 records"


# ---------------------------------------------------------------- stdin

def _stdin(monkeypatch, data: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))


def test_extract_stdin_jsonl(monkeypatch, capsys):
    _stdin(monkeypatch, "".join(json.dumps(w) + "\n" for w in WIRES))

    status, out, err = run(capsys, "extract", "-", "--quiet")

    assert status == 0, err
    recs = records(out)
    assert {s for r in recs for s in r["sources"]} == {"kaduna-1", "nairobi-1", "djibo-1"}
    kaduna = [r for r in recs if r["sources"] == ["kaduna-1"]]
    assert kaduna and kaduna[0]["date"]["start"] == "2024-03-08"


def test_extract_stdin_plain_text_with_published(monkeypatch, capsys):
    _stdin(monkeypatch, KHARKIV)

    status, out, err = run(capsys, "extract", "-", "--published", KHARKIV_PUBLISHED, "--quiet")

    assert status == 0, err
    r = the_record(records(out), KHARKIV_SENTENCE)
    assert r["sources"] == ["stdin"]
    assert r["date"]["start"] == "2024-05-19"
    assert r["location"]["name"] == "Kharkiv"


def test_extract_stdin_plain_text_without_date_is_rejected(monkeypatch, capsys):
    _stdin(monkeypatch, KHARKIV)

    status, out, err = run(capsys, "extract", "-")

    assert status == 1
    assert out == ""
    [line] = error_lines(err)
    assert "<stdin>" in line and "--published" in line


def test_subprocess_stdin_plain_text(tmp_path):
    done = run_process("extract", "-", "--published", KHARKIV_PUBLISHED, cwd=tmp_path, stdin=KHARKIV.encode())

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    r = the_record(records(done.stdout), KHARKIV_SENTENCE)
    assert r["sub_event_type"] == "Shelling/artillery/missile attack"
    assert done.stderr.splitlines()[-1].startswith("extract: 1 documents read,")


# ---------------------------------------------------------------- bad input

GOOD_LINE = {"id": "good-1", "published": "2024-03-02",
             "text": "Gunmen abducted twelve students from a school in Kaduna on Friday, police said."}


def _mixed_jsonl(path: Path) -> Path:
    path.write_text(
        json.dumps(GOOD_LINE) + "\n"                                                         # 1 good
        + "this line is not JSON at all\n"                                                   # 2 not JSON
        + json.dumps({"id": "no-text", "published": "2024-03-02"}) + "\n"                    # 3 no text
        + json.dumps({"id": "no-date", "text": "Protesters marched in Nairobi on Tuesday."}) + "\n",  # 4 no date
        encoding="utf-8")
    return path


def test_subprocess_bad_jsonl_lines_one_error_each(tmp_path):
    bad = _mixed_jsonl(tmp_path / "mixed.jsonl")

    done = run_process("extract", bad.name, cwd=tmp_path)

    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    errors = error_lines(done.stderr)
    assert len(errors) == 3, done.stderr
    for line_no, line in zip((2, 3, 4), errors):
        assert line.startswith(f"error: mixed.jsonl:{line_no}: "), line
    assert "JSON" in errors[0] and "'text'" in errors[1] and "published" in errors[2]
    # a progress line ("extract: 1 documents, 0.1 doc/s") appears when the model loads slowly
    others = [line for line in done.stderr.splitlines() if line not in errors and not line.endswith(" doc/s")]
    assert others == ["extract: 1 documents read, "
                      f"{len(records(done.stdout))} records written, 3 inputs rejected"]
    recs = records(done.stdout)
    assert recs and all(r["sources"] == ["good-1"] for r in recs)
    assert any(r["sub_event_type"] == "Abduction/forced disappearance" for r in recs)


def test_subprocess_binary_and_empty_files(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "kharkiv.txt").write_text(KHARKIV, encoding="utf-8")

    done = run_process("extract", "blob.txt", "empty.txt", "kharkiv.txt", "--published", KHARKIV_PUBLISHED,
                       cwd=tmp_path)

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = error_lines(done.stderr)
    assert len(errors) == 2, done.stderr
    assert errors[0].startswith("error: blob.txt: ") and "binary" in errors[0]
    assert errors[1].startswith("error: empty.txt: ") and "empty" in errors[1]
    assert the_record(records(done.stdout), KHARKIV_SENTENCE)["sources"] == ["kharkiv"]


def test_bad_input_in_process_no_traceback_without_debug(tmp_path, capsys):
    bad = _mixed_jsonl(tmp_path / "mixed.jsonl")

    status, out, err = run(capsys, "extract", bad)

    assert status == 1
    assert "Traceback" not in err
    assert [line.split(": ")[1] for line in error_lines(err)] == [f"{bad}:2", f"{bad}:3", f"{bad}:4"]
    assert records(out)


def test_bad_input_with_debug_shows_the_cause(tmp_path, capsys):
    bad = _mixed_jsonl(tmp_path / "mixed.jsonl")

    status, out, err = run(capsys, "extract", bad, "--debug")

    assert status == 1
    assert "JSONDecodeError" in err  # the chained cause, for a developer
    assert len(error_lines(err)) == 3
    assert records(out) and all(r["sources"] == ["good-1"] for r in records(out))


def test_missing_input_and_unwritable_output_are_user_errors(tmp_path, capsys):
    status, out, err = run(capsys, "extract", tmp_path / "nowhere.txt", "--published", "2024-01-01")
    assert status == 1
    assert "nowhere.txt: no such file or directory" in err
    assert "Traceback" not in err and "internal error" not in err

    report = tmp_path / "kharkiv.txt"
    report.write_text(KHARKIV, encoding="utf-8")
    status, _, err = run(capsys, "extract", report, "--published", "2024-01-01",
                         "-o", tmp_path / "no-such-folder" / "out.jsonl")
    assert status == 1
    [line] = err.splitlines()
    assert line.startswith(f"error: {tmp_path / 'no-such-folder' / 'out.jsonl'}: ")
    assert "internal error" not in line


@pytest.mark.parametrize("size", ["0", "-3", "many"])
def test_bad_batch_size_is_a_usage_error(capsys, tmp_path, size):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(tmp_path), "--batch-size", size])
    assert exit_.value.code == 2
    assert "--batch-size" in capsys.readouterr().err


# ---------------------------------------------------------------- no event to find

def test_sports_report_gives_no_records(tmp_path, capsys):
    path = tmp_path / "football.txt"
    path.write_text(FOOTBALL, encoding="utf-8")

    status, out, err = run(capsys, "extract", path, "--published", "2024-05-20")

    assert status == 0, err
    assert records(out) == []


def test_threats_and_denials_give_no_event_records(tmp_path, capsys):
    path = tmp_path / "threats.txt"
    path.write_text(THREATS, encoding="utf-8")

    status, out, err = run(capsys, "extract", path, "--published", "2024-05-20")

    assert status == 0, err
    assert [r for r in records(out) if r["kind"] == "event"] == []


# ---------------------------------------------------------------- eval

@pytest.fixture
def seed_predictions(tmp_path, capsys) -> Path:
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold file not found at {SEED_GOLD}")
    docs = [json.loads(line)["doc"] for line in SEED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    doc_path = write_jsonl(tmp_path / "seed-docs.jsonl", docs)
    predicted = tmp_path / "seed-events.jsonl"
    status, _, err = run(capsys, "extract", doc_path, "-o", predicted, "--quiet")
    assert status == 0, err
    return predicted


def test_eval_seed_prints_table(seed_predictions, capsys):
    status, out, err = run(capsys, "eval", SEED_GOLD, seed_predictions)

    assert status == 0, err
    assert "Traceback" not in err
    header = next(line for line in out.splitlines() if "F1" in line)
    assert header.split()[:4] == ["kind", "TP", "FP", "FN"]
    assert re.search(r"^all\s+\d+\s+\d+\s+\d+\s", out, re.M)


def test_eval_seed_json(seed_predictions, capsys):
    status, out, err = run(capsys, "eval", SEED_GOLD, seed_predictions, "--json")

    assert status == 0, err
    report = json.loads(out)
    counts = report["detection"]["all"]
    assert all(isinstance(counts[k], int) for k in ("tp", "fp", "fn"))
    n_predicted = len(records(seed_predictions.read_text(encoding="utf-8")))
    assert report["predictions"]["considered"] == n_predicted
    assert counts["tp"] + counts["fp"] <= n_predicted
    assert counts["tp"] > 0
    assert 0.0 <= counts["f1"] <= 1.0


def test_eval_bad_prediction_file_is_one_line(tmp_path, capsys):
    if not SEED_GOLD.is_file():
        pytest.skip(f"seed gold file not found at {SEED_GOLD}")
    bad = tmp_path / "not-events.jsonl"
    bad.write_text("{\"id\": \"x\"}\n", encoding="utf-8")

    status, out, err = run(capsys, "eval", SEED_GOLD, bad)

    assert status == 1
    [line] = err.splitlines()
    assert line.startswith(f"error: {bad}:1: ")


# ---------------------------------------------------------------- stderr chatter

def test_quiet_clean_run_prints_nothing_on_stderr(corpus, capsys):
    status, out, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED, "--quiet")

    assert status == 0
    assert err == ""
    assert records(out)


def test_clean_run_prints_one_summary_line(corpus, capsys):
    status, out, err = run(capsys, "extract", corpus, "--published", KHARKIV_PUBLISHED)

    assert status == 0
    n = len(records(out))
    summaries = [line for line in err.splitlines() if "records written" in line]
    assert summaries == [f"extract: 4 documents read, {n} records written, 0 inputs rejected"]
    assert err.splitlines()[-1] == summaries[0]
    assert error_lines(err) == []


def test_extract_refuses_output_inside_an_input_folder(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "kharkiv.txt").write_text(KHARKIV, encoding="utf-8")
    status, out, err = run(capsys, "extract", folder, "--published", KHARKIV_PUBLISHED, "-o", folder / "events.jsonl")
    assert status == 1
    assert "among the inputs" in err and "Traceback" not in err
    assert not (folder / "events.jsonl").exists()


# --- places and actors look-ups, the user's knowledge files (issue 3) ---------------------------------
@pytest.fixture
def fresh_knowledge():
    """Forget --places/--actors files and the resolvers built with them, after the test."""
    from flashpoint import knowledge
    from flashpoint.extract.mentions import resources
    from flashpoint.resolve.actors import actor_base
    from flashpoint.resolve.places import gazetteer
    yield
    knowledge.clear_user_files()
    for built in (gazetteer, actor_base, resources):
        built.cache_clear()


def test_places_lookup_shows_the_place_and_why(capsys):
    assert main(["places", "lookup", "Ain al-Asad"]) == 0
    out = capsys.readouterr().out
    assert "Al-Asad Air Base" in out and "precision 1" in out and "why:" in out and "candidates" in out


def test_places_lookup_json_ranks_by_report_country(capsys):
    assert main(["places", "lookup", "Tripoli", "--country", "LBN", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["place"]["country_code"] == "LBN" and len(data["candidates"]) >= 2
    assert all({"score", "match", "source"} <= set(c) for c in data["candidates"])


def test_actors_lookup_shows_the_actor_and_why(capsys):
    assert main(["actors", "lookup", "Kataeb Hezbollah"]) == 0
    out = capsys.readouterr().out
    assert "Kataib Hezbollah" in out and "backer IRN" in out and "why: alias" in out


def test_lookup_of_an_unknown_name_exits_1(capsys):
    assert main(["actors", "lookup", "Zzyzx Qwerty"]) == 1
    assert main(["places", "lookup", "Zzyzx Qwerty"]) == 1


def test_extract_with_a_bad_user_places_file(tmp_path, capsys, fresh_knowledge):
    places = tmp_path / "mine.yaml"
    places.write_text("- {name: Kharkiv Tractor Plant, country_code: UKR, lat: 49.95, lon: 36.38, kind: site}\n"
                      "- {name: Nowhere, country_code: ZZZ}\n", encoding="utf-8")
    report = tmp_path / "kharkiv.txt"
    report.write_text("Russian missiles struck the Kharkiv Tractor Plant on Sunday, killing two workers, "
                      "officials said.\n", encoding="utf-8")
    status = main(["extract", str(report), "--published", "2024-05-20", "--places", str(places), "--quiet"])
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error:")]
    assert status == 1 and errors == [e for e in errors if f"{places}:2:" in e] and len(errors) == 1
    events = records(captured.out)
    assert events and events[0]["location"]["name"] == "Kharkiv Tractor Plant"


def test_extract_output_dash_is_stdout(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kharkiv.txt"
    path.write_text(KHARKIV, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "extract", str(path), "--published", KHARKIV_PUBLISHED, "-o", "-", "--quiet")
    assert status == 0 and not (tmp_path / "-").exists()
    assert [json.loads(line)["location"]["name"] for line in out.splitlines()] == ["Kharkiv"]
