"""Tests for flashpoint.export: the JSONL, CSV and table writers and the flat CSV row.

Records are built from model objects with `Event.to_record()`, so these tests read exactly what
`flashpoint extract` hands the writer; no language model is needed.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from flashpoint.export import CSV_COLUMNS, Writer, flat, render_table
from flashpoint.model import Actor, Casualties, DateSpan, Event, Evidence, Place

MENAKA_SENTENCE = "Suspected jihadists attacked an army post near Ménaka early Sunday, killing at least 12 soldiers."
TALLY_SENTENCE = "There have been 66 attacks on U.S. forces in Iraq and Syria since October 17, a spokesman said."
# a sentence that needs quoting in CSV: a comma, a double quote and a line break
AWKWARD_SENTENCE = 'Police said the crowd, chanting "no to the tax",\nblocked the road.'


def menaka() -> dict:
    """A merged event from two reports: figures as a range, two sources, weapons, a link."""
    e = Event(
        kind="event", event_type="Battles", sub_event_type="Armed clash",
        actor1=Actor("Militants", "militants", "rebel group", "MLI", None, "Suspected jihadists"),
        actor2=Actor("Military Forces of Mali", "mli-military", "state forces", "MLI", None, "an army post"),
        date=DateSpan(date(2024, 4, 14), date(2024, 4, 14), "day", "early Sunday"),
        location=Place("Ménaka", "Ménaka", "Mali", "MLI", 15.918, 2.402, 2, "near Ménaka", "city"),
        fatalities=Casualties(low=12, high=15, text="killing at least 12 soldiers; Fifteen soldiers were killed",
                              injured_low=3, injured_high=5),
        evidence=[Evidence("wire-a", 0, len(MENAKA_SENTENCE), MENAKA_SENTENCE),
                  Evidence("paper-b", 0, 40, "Fifteen Malian soldiers were killed on Sunday.")],
        sources=["paper-b", "wire-a"], confidence=0.87654,
        weapons=["rifles", "motorbikes"], responds_to=["fp-aaaaaaaaaaaaaaaa", "fp-bbbbbbbbbbbbbbbb"],
        trigger="attacked", event_id="fp-1111111111111111",
    )
    return e.to_record()


def tally() -> dict:
    e = Event(
        kind="tally", event_type=None, sub_event_type=None,
        actor1=Actor("Unidentified Armed Group", None, "political militia", None, None, None),
        actor2=Actor("Military Forces of the United States", "usa-military", "state forces", "USA", None, "U.S. forces"),
        date=DateSpan(date(2023, 10, 17), date(2023, 11, 22), "range", "since October 17"),
        location=Place("Iraq", None, "Iraq", "IRQ", 33.34, 44.4, 3, "Iraq", "country"),
        fatalities=Casualties(), evidence=[Evidence("pentagon", 0, len(TALLY_SENTENCE), TALLY_SENTENCE)],
        sources=["pentagon"], confidence=0.6, count=66, trigger="attacks", event_id="fp-2222222222222222",
    )
    return e.to_record()


def protest() -> dict:
    """No actor2, no figures, an evidence sentence that is awkward for CSV and for a one-line table."""
    e = Event(
        kind="event", event_type="Protests", sub_event_type="Peaceful protest",
        actor1=Actor("Protesters", "protesters", "protesters", "KEN", None, "the crowd"), actor2=None,
        date=DateSpan(date(2024, 6, 25), date(2024, 6, 25), "day", "Tuesday"),
        location=Place("Nairobi", "Nairobi", "Kenya", "KEN", -1.283, 36.817, 1, "Nairobi", "city"),
        fatalities=Casualties(), evidence=[Evidence("nairobi-1", 10, 10 + len(AWKWARD_SENTENCE), AWKWARD_SENTENCE)],
        sources=["nairobi-1"], confidence=0.7, trigger="blocked", event_id="fp-3333333333333333",
    )
    return e.to_record()


def written(fmt: str, recs: list[dict]) -> str:
    out = io.StringIO(newline="")
    writer = Writer(out, fmt)
    for r in recs:
        writer.write(r)
    writer.close()
    return out.getvalue()


@pytest.fixture
def terminal_160(monkeypatch):
    """Pin the width the table writer asks the terminal for."""
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("LINES", "20")
    return 160


# ---------------------------------------------------------------- flat()

def test_flat_row_has_exactly_the_csv_columns_in_order():
    assert list(flat(menaka())) == CSV_COLUMNS
    assert list(flat(tally())) == CSV_COLUMNS


def test_flat_maps_nested_fields_to_columns():
    row = flat(menaka())

    assert row["event_id"] == "fp-1111111111111111"
    assert (row["kind"], row["event_type"], row["sub_event_type"]) == ("event", "Battles", "Armed clash")
    assert (row["actor1"], row["actor2"]) == ("Militants", "Military Forces of Mali")
    assert (row["actor1_backer"], row["actor2_backer"]) == (None, None)
    assert (row["date_start"], row["date_end"]) == ("2024-04-14", "2024-04-14")
    assert (row["date_precision"], row["date_text"]) == ("day", "early Sunday")
    assert (row["location"], row["admin1"], row["country_code"]) == ("Ménaka", "Ménaka", "MLI")
    assert (row["lat"], row["lon"], row["geo_precision"]) == (15.918, 2.402, 2)
    assert (row["fatalities_low"], row["fatalities_high"]) == (12, 15)
    assert (row["injured_low"], row["injured_high"]) == (3, 5)
    assert row["confidence"] == 0.877  # rounded by to_record
    assert row["count"] is None


def test_flat_joins_lists_and_keeps_the_first_evidence_sentence():
    row = flat(menaka())

    assert row["weapons"] == "rifles; motorbikes"
    assert row["responds_to"] == "fp-aaaaaaaaaaaaaaaa fp-bbbbbbbbbbbbbbbb"
    assert row["sources"] == "paper-b wire-a"
    assert row["evidence"] == MENAKA_SENTENCE


def test_flat_tally_keeps_count_and_period():
    row = flat(tally())

    assert (row["kind"], row["count"]) == ("tally", 66)
    assert (row["date_start"], row["date_end"], row["date_precision"]) == ("2023-10-17", "2023-11-22", "range")
    assert (row["event_type"], row["sub_event_type"]) == (None, None)
    assert (row["fatalities_low"], row["fatalities_high"]) == (None, None)


def test_flat_missing_actor2_and_empty_lists_give_empty_cells():
    row = flat(protest())

    assert (row["actor2"], row["actor2_backer"]) == (None, None)
    assert (row["weapons"], row["responds_to"]) == ("", "")
    assert (row["fatalities_low"], row["fatalities_high"]) == (None, None)


def test_flat_minimal_record_does_not_fail():
    row = flat({"event_id": "fp-0", "kind": "event"})

    assert list(row) == CSV_COLUMNS
    assert row["event_id"] == "fp-0"
    assert all(row[c] in (None, "") for c in CSV_COLUMNS if c not in ("event_id", "kind"))


# ---------------------------------------------------------------- jsonl

def test_jsonl_one_record_a_line_round_trips():
    recs = [menaka(), tally(), protest()]

    out = written("jsonl", recs)

    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 4  # every record ends with a newline
    assert [json.loads(line) for line in lines[:-1]] == recs


def test_jsonl_keeps_non_ascii_and_escapes_line_breaks_inside_strings():
    out = written("jsonl", [menaka(), protest()])

    assert "Ménaka" in out and "\\u00e9" not in out
    assert len(out.splitlines()) == 2  # the awkward sentence's line break stays inside its record
    assert json.loads(out.splitlines()[1])["evidence"][0]["sentence"] == AWKWARD_SENTENCE


def test_jsonl_writes_as_it_goes():
    out = io.StringIO()
    writer = Writer(out, "jsonl")

    writer.write(menaka())

    assert json.loads(out.getvalue())["event_id"] == "fp-1111111111111111"
    assert writer.rows == []


# ---------------------------------------------------------------- csv

def test_csv_header_and_one_row_per_record():
    recs = [menaka(), tally(), protest()]

    out = written("csv", recs)

    reader = csv.DictReader(io.StringIO(out, newline=""))
    rows = list(reader)
    assert reader.fieldnames == CSV_COLUMNS
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in recs]
    expected = [{k: "" if v is None else str(v) for k, v in flat(r).items()} for r in recs]
    assert rows == expected


def test_csv_quotes_commas_quotes_and_line_breaks():
    out = written("csv", [protest()])

    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2 and all(len(r) == len(CSV_COLUMNS) for r in rows)
    assert rows[1][CSV_COLUMNS.index("evidence")] == AWKWARD_SENTENCE


def test_csv_header_written_even_without_records():
    out = written("csv", [])

    assert list(csv.reader(io.StringIO(out, newline=""))) == [CSV_COLUMNS]


def test_csv_ignores_fields_outside_the_columns():
    record = {**menaka(), "per_source": [{"source": "wire-a"}], "something_new": 1}

    out = written("csv", [record])

    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 1 and rows[0]["event_id"] == "fp-1111111111111111"


# ---------------------------------------------------------------- table

def test_table_is_written_only_on_close(terminal_160):
    out = io.StringIO()
    writer = Writer(out, "table")
    writer.write(menaka())
    assert out.getvalue() == ""

    writer.close()

    assert out.getvalue().rstrip("\n").splitlines()[-1] == "1 records"


def test_table_header_rule_rows_and_count(terminal_160):
    recs = [menaka(), tally(), protest()]

    lines = written("table", recs).rstrip("\n").splitlines()

    assert lines[0].split()[:7] == ["date", "kind/type", "actor1", "actor2", "place", "dead", "source"]
    assert lines[0].rstrip().endswith("evidence")
    assert set(lines[1]) == {"-"}
    assert len(lines) == len(recs) + 3
    assert lines[-1] == "3 records"
    assert all(len(line) <= terminal_160 for line in lines)


def test_table_cells(terminal_160):
    lines = written("table", [menaka(), tally(), protest()]).splitlines()
    header = lines[0]
    dead = header.index("dead")
    kind = header.index("kind/type")
    source = header.index("source")

    row_menaka, row_tally, row_protest = lines[2:5]
    assert row_menaka.startswith("2024-04-14 Armed clash")
    assert row_menaka[dead:dead + 6].strip() == "12-15"  # figures that differ are shown as a range
    assert "Ménaka" in row_menaka
    assert row_menaka[source:source + 15].strip() == "paper-b,wire-a"
    assert row_tally[kind:kind + 29].strip() == "tally: 66"
    assert row_tally.startswith("2023-10-17")
    assert row_tally[dead:dead + 6].strip() == "-"  # no figure is not zero
    assert row_protest[dead:dead + 6].strip() == "-"


def test_table_evidence_on_one_line():
    lines = render_table([protest()], width=220).splitlines()

    assert len(lines) == 4  # the line break inside the evidence did not open a new line
    assert lines[2].endswith(AWKWARD_SENTENCE.replace("\n", " "))


def test_table_evidence_cut_to_width():
    lines = render_table([protest(), menaka()], width=160).splitlines()

    for row, sentence in ((lines[2], AWKWARD_SENTENCE), (lines[3], MENAKA_SENTENCE)):
        assert len(row) == 160 and row.endswith("\u2026")
        evidence = row[134:]  # 134 = the fixed columns and their separators
        assert evidence == sentence[:25] + "\u2026"


def test_table_long_names_are_cut_not_shifted():
    record = menaka()
    name = "Jama'at Nusrat al-Islam wal-Muslimin and allied fighters"
    record["actor1"]["name"] = name

    header, _, row, _ = render_table([record], width=200).splitlines()

    col, next_col = header.index("actor1"), header.index("actor2")
    cell = row[col:next_col - 1]  # the column is 26 wide, then one space
    assert cell == name[:25] + "\u2026"
    assert row[next_col - 1] == " "
    assert row[next_col:].startswith("Military Forces of Mali")


def test_table_without_records():
    lines = render_table([], width=160).rstrip("\n").splitlines()

    assert len(lines) == 3
    assert lines[0].startswith("date") and lines[-1] == "0 records"


def test_date_unknown_shows_question_mark():
    record = protest()
    record["date"] = {"start": None, "end": None, "precision": "unknown", "text": None}

    row = render_table([record], width=160).splitlines()[2]

    assert row.startswith("?" + " " * 10)
