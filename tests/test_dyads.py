"""Tests for flashpoint.analysis.dyads and the `flashpoint dyads` command."""
from __future__ import annotations

import json
from datetime import date, timedelta

from flashpoint.analysis.dyads import answer_lag, dyad_stats, render_dyads
from flashpoint.cli import main

from test_chains import record, write

DAY0 = date(2024, 3, 4)  # a Monday


def on(k: int) -> str:
    return (DAY0 + timedelta(days=k)).isoformat()


def army(eid, k, killed=None, **kw):
    return record(eid, on(k), "Army", "Rebels", killed=killed, a1_type="state forces", a2_type="rebel group", **kw)


def rebels(eid, k, killed=None, **kw):
    return record(eid, on(k), "Rebels", "Army", killed=killed, **kw)


def test_reciprocity_and_median_lag_per_direction():
    records = [rebels("r1", 0, 2), army("a1", 2, 4), rebels("r2", 10), army("a2", 30, 1), rebels("r3", 33)]

    [d] = dyad_stats(records, k_days=7)

    rebels_dir = d.forward if d.forward.actor == "Rebels" else d.backward
    army_dir = d.backward if rebels_dir is d.forward else d.forward
    assert (rebels_dir.events, rebels_dir.fatalities) == (3, 2)
    assert rebels_dir.answered == 1 / 3  # r1 answered in 2 days; r2 and r3 never within 7
    assert rebels_dir.median_lag == 2
    # a1 is not answered within 7 days (r2 comes 8 days later), a2 is, by r3, 3 days later
    assert (army_dir.events, army_dir.answered, army_dir.median_lag) == (2, 0.5, 3)
    assert d.two_sided


def test_an_explicit_link_counts_as_an_answer_beyond_k_days():
    records = [rebels("r1", 0), army("a1", 20, responds_to=["r1"])]

    assert answer_lag(records[0], [records[1]], k_days=7) == 20
    assert answer_lag(records[0], [army("a2", 20)], k_days=7) is None


def test_same_day_counts_only_with_a_link():
    act = rebels("r1", 0)
    assert answer_lag(act, [army("a1", 0)], 7) is None
    assert answer_lag(act, [army("a1", 0, inferred=["r1"])], 7) == 0


def test_escalation_trend_from_weekly_counts():
    rising = [rebels(f"r{k}", k) for k in (0, 14, 15, 21, 22, 23, 28, 29, 30, 31)]
    falling = [army(f"a{k}", k) for k in (0, 1, 2, 3, 7, 8, 9, 14, 28)]

    [d] = dyad_stats(rising + falling)

    by_actor = {x.actor: x for x in (d.forward, d.backward)}
    assert by_actor["Rebels"].trend == "escalating" and by_actor["Rebels"].slope > 0
    assert by_actor["Army"].trend == "de-escalating" and by_actor["Army"].slope < 0
    assert dyad_stats([rebels("r", 0), rebels("s", 1)])[0].forward.trend == "n/a"


def test_one_state_is_one_side_and_two_sided_dyads_come_first():
    police = record("p", on(1), "Police Forces of Xland", "Rebels", a1_type="state forces", a2_type="rebel group")
    civilians = [record(f"c{k}", on(k), "Gunmen", "Civilians", a2_type="civilians") for k in range(5)]

    dyads = dyad_stats([rebels("r", 0), army("a", 2), police] + civilians)

    assert (dyads[0].forward.events + dyads[0].backward.events) == 3  # army and police are one side
    assert dyads[0].two_sided and not dyads[1].two_sided


def test_render_table_rows_and_empty():
    text = render_dyads(dyad_stats([rebels("r1", 0, 2), army("a1", 2, 4)]))

    lines = text.splitlines()
    assert lines[0].split()[:4] == ["actor", "target", "events", "killed"]
    assert any(line.startswith("Rebels") and "100%" in line and "2 d" in line for line in lines)
    assert "no dyads" in render_dyads([])


def test_dyads_command_prints_and_draws(tmp_path, capsys):
    path = write(tmp_path, [rebels("r1", 0, 2), army("a1", 2, 4, responds_to=["r1"]), rebels("r2", 5)])
    png = tmp_path / "dyad.png"

    status = main(["dyads", path, "--plot", str(png), "--days", "3"])

    out, err = capsys.readouterr()
    assert status == 0 and "answered<=3d" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "drawn to" in err


def test_dyads_command_unknown_pair_is_a_usage_error(tmp_path, capsys):
    path = write(tmp_path, [rebels("r1", 0), army("a1", 2)])

    status = main(["dyads", path, "--plot", str(tmp_path / "d.png"), "--pair", "Nobody", "Else"])

    assert status == 1
    assert "no dyad Nobody / Else" in capsys.readouterr().err


def test_dyads_json(tmp_path, capsys):
    path = write(tmp_path, [rebels("r1", 0), army("a1", 2)])
    assert main(["dyads", path, "--json"]) == 0
    [d] = json.loads(capsys.readouterr().out)
    assert {d["forward"]["actor"], d["backward"]["actor"]} == {"Rebels", "Army"}


def test_labels_of_acts_close_in_time_go_on_rows_of_their_own():
    from flashpoint.analysis.dyads import _label_rows
    labels = [(0.0, 1, "01 Apr: Damascus"), (1.0, 1, "02 Apr: Homs"), (1.0, 1, "02 Apr: Homs"), (30.0, 1, "01 May: Aleppo")]

    rows = _label_rows(labels, gap=5.0)

    assert [(x, text, row) for x, _, text, row in rows] == [
        (0.0, "01 Apr: Damascus", 0), (1.0, "02 Apr: Homs (x2)", 1), (30.0, "01 May: Aleppo", 0)]
