"""Tests for flashpoint.analysis (read_records) and flashpoint.analysis.chains, and the
`flashpoint chains` command: records built by hand, chains asserted, PNGs written and checked."""
from __future__ import annotations

import json

import pytest

from flashpoint.analysis import read_records
from flashpoint.analysis.chains import build_chains, render_chains
from flashpoint.cli import main
from flashpoint.errors import InputError


def record(eid: str, day: str, a1: str, a2: str | None, place: str = "Town", killed: int | None = None,
           responds_to=(), inferred=(), a1_type: str = "rebel group", a2_type: str = "state forces",
           code: str = "XXX") -> dict:
    """Return an event record as `flashpoint extract` writes it (the fields analysis reads)."""
    return {"event_id": eid, "kind": "event", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "actor1": {"name": a1, "type": a1_type, "country_code": code if a1_type == "state forces" else None},
            "actor2": None if a2 is None else {"name": a2, "type": a2_type,
                                              "country_code": code if a2_type == "state forces" else None},
            "date": {"start": day, "end": day, "precision": "day"},
            "location": {"name": place, "country_code": code, "country": "Xland"},
            "fatalities": {"low": killed, "high": killed}, "responds_to": list(responds_to),
            "responds_to_inferred": [{"event_id": t, "score": 0.5, "rule": "r", "lag_days": 1} for t in inferred],
            "evidence": [{"doc_id": "d", "start": 0, "end": 10, "sentence": f"Sentence about {eid}."}],
            "sources": ["d"]}


RECORDS = [
    record("a", "2024-01-01", "Rebels", "Army", "North", 3),
    record("b", "2024-01-03", "Army", "Rebels", "South", 5, responds_to=["a"], a1_type="state forces",
           a2_type="rebel group"),
    record("c", "2024-01-09", "Rebels", "Army", "North", 1, responds_to=["b"]),
    record("x", "2024-02-01", "Rebels", "Army", "East"),
    record("y", "2024-02-02", "Army", "Rebels", "East", inferred=["x"], a1_type="state forces", a2_type="rebel group"),
]


def write(tmp_path, records, extra_lines=()) -> str:
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join([json.dumps(r) for r in records] + list(extra_lines)) + "\n", encoding="utf-8")
    return str(path)


def test_chain_follows_explicit_links_in_time_order():
    [chain] = build_chains(RECORDS)

    assert [e["event_id"] for e in chain.events] == ["a", "b", "c"]
    assert [(k.answer, k.antecedent, k.lag_days, k.explicit) for k in chain.links] == [
        ("b", "a", 2, True), ("c", "b", 6, True)]


def test_inferred_links_only_when_asked_and_marked():
    chains = build_chains(RECORDS, inferred=True)

    assert len(chains) == 2
    inferred = chains[1]
    assert [e["event_id"] for e in inferred.events] == ["x", "y"]
    assert not inferred.links[0].explicit and inferred.links[0].score == 0.5


def test_links_to_unknown_events_are_ignored():
    alone = [record("p", "2024-01-01", "Rebels", "Army", responds_to=["not-here"])]
    assert build_chains(alone) == []


def test_render_shows_time_actors_place_fatalities_evidence_and_lag():
    text = render_chains(build_chains(RECORDS))

    assert "Chain 1: 3 events, 2 links, 2024-01-01 .. 2024-01-09" in text
    assert "2024-01-03  Army -> Rebels: Air/drone strike in South (XXX), 5 killed" in text
    assert "answers [1], 2 days later" in text
    assert '"Sentence about c."' in text
    assert "no chains" in render_chains([])


def test_read_records_reports_bad_lines_and_goes_on(tmp_path):
    path = write(tmp_path, RECORDS[:2], ["{not json", json.dumps({"event_id": "z"}), json.dumps(RECORDS[0])])
    errors = []

    records = read_records(path, errors.append)

    assert [r["event_id"] for r in records] == ["a", "b"]
    assert [e.line for e in errors] == [3, 4, 5]
    assert "not valid JSON" in str(errors[0]) and "'date'" in str(errors[1]) and "repeats" in str(errors[2])
    with pytest.raises(InputError):
        read_records(path)


def test_chains_command_prints_and_draws(tmp_path, capsys):
    path = write(tmp_path, RECORDS)
    png = tmp_path / "chain.png"

    status = main(["chains", path, "--plot", str(png), "--inferred"])

    out, err = capsys.readouterr()
    assert status == 0
    assert out.startswith("Chain 1: 3 events") and "may answer (inferred, score 0.5)" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "2 of 2 chains drawn" in err


def test_chains_command_bad_line_is_one_error_line(tmp_path, capsys):
    path = write(tmp_path, RECORDS, ["[1, 2]"])

    status = main(["chains", path, "--json"])

    out, err = capsys.readouterr()
    assert status == 1
    assert json.loads(out)[0]["events"] == ["a", "b", "c"]
    assert err.strip() == f"error: {path}:6: line is not an event record (not a JSON object); give the JSONL " \
                          "that `flashpoint extract` writes"
    assert "Traceback" not in err


def test_chains_command_missing_file(tmp_path, capsys):
    assert main(["chains", str(tmp_path / "none.jsonl")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_plot_draws_the_longest_chains_and_spreads_acts_of_one_day(tmp_path, monkeypatch):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from flashpoint.analysis import chains as chains_module
    short = [record("s1", "2024-07-27", "Hezbollah", "Israel"),
             record("s2", "2024-07-28", "Israel", "Hezbollah", responds_to=["s1"])]
    long = [record("l1", "2024-08-01", "Hezbollah", "Israel"),
            record("l2", "2024-08-02", "Israel", "Hezbollah", place="Khiam", responds_to=["l1"]),
            record("l3", "2024-08-02", "Israel", "Hezbollah", place="Kfar Kila", responds_to=["l1"])]
    chains = chains_module.build_chains(short + long)
    drawn = []
    real = chains_module._draw_chain
    monkeypatch.setattr(chains_module, "_draw_chain", lambda ax, chain, n, md: drawn.append(
        (n, sorted(e["event_id"] for e in chain.events))))

    assert chains_module.plot_chains(chains, str(tmp_path / "c.png"), limit=1) == 1
    assert drawn == [(2, ["l1", "l2", "l3"])]  # the longer chain, numbered as the text lists it

    fig, ax = plt.subplots()
    real(ax, chains[1], 2, mdates)
    xs = sorted(x for c in ax.collections for x, _ in c.get_offsets())
    plt.close(fig)
    assert len(set(xs)) == 3  # the two strikes of 2 August are side by side, not one dot over the other
