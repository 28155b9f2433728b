"""Dyads: per pair of sides and per direction, how much each side struck the other and how it answered.

For each direction A -> B (A's acts against B):
- `events`, `fatalities` (sum of the conservative figures);
- `answered`: share of A's acts that B answered within k days: a B -> A act on the same or a later
  day up to k days after (same-day ones count only when a link says so), or any act of B that
  `responds_to` it explicitly;
- `median_lag`: median days from an answered act to its first answer;
- `trend`: the least-squares slope of weekly events (and fatalities) over the dyad's span:
  "escalating", "de-escalating" or "flat" (fewer than three weeks or three acts: "n/a").

Sides are `resolve.links.side`: one state's forces are one side; a civilian or protester target is
kept as a side of its own (it never answers).

- `dyad_stats(records, k_days=7) -> list[Dyad]`, most events first
- `render_dyads(dyads) -> str`: the table `flashpoint dyads` prints
- `plot_dyad(records, dyad, path, k_days=7)`: timeline, A above the axis, B below, links as arcs
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from flashpoint.analysis import actor_name, day, killed
from flashpoint.analysis.chains import date_axis
from flashpoint.resolve.links import side

TREND_EPSILON = 0.05  # slopes (events a week, per week) smaller than this are "flat"


@dataclass
class Direction:
    """One side's acts against the other."""

    actor: str
    target: str
    events: int = 0
    fatalities: int = 0
    answered: float | None = None
    median_lag: float | None = None
    trend: str = "n/a"
    slope: float | None = None
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Dyad:
    """Two sides and what each did to the other."""

    a: str
    b: str
    forward: Direction
    backward: Direction
    trend: str = "n/a"

    @property
    def events(self) -> int:
        return self.forward.events + self.backward.events

    @property
    def two_sided(self) -> bool:
        """Return True when each side acted against the other at least once."""
        return self.forward.events > 0 and self.backward.events > 0


def dyad_stats(records: list[dict], k_days: int = 7) -> list[Dyad]:
    """Return every dyad of the records (events with both actors): those where both sides acted
    first, then the one-sided ones; most events first."""
    names: dict[str, dict] = {}
    acts: dict[tuple[str, str], list[dict]] = {}
    for r in records:
        if r.get("kind") != "event" or day(r) is None:
            continue
        a, b = side(r.get("actor1")), side(r.get("actor2"))
        if a is None or b is None or a == b:
            continue
        for key, actor in ((a, r.get("actor1")), (b, r.get("actor2"))):
            names.setdefault(key, {}).setdefault(actor_name(actor), 0)
            names[key][actor_name(actor)] += 1
        acts.setdefault((a, b), []).append(r)
    display = {k: max(v, key=lambda n: (v[n], n)) for k, v in names.items()}
    out = []
    for a, b in sorted({tuple(sorted(p)) for p in acts}):
        fwd = _direction(display[a], display[b], acts.get((a, b), []), acts.get((b, a), []), k_days)
        bwd = _direction(display[b], display[a], acts.get((b, a), []), acts.get((a, b), []), k_days)
        every = acts.get((a, b), []) + acts.get((b, a), [])
        trend, _ = _trend(every)
        out.append(Dyad(display[a], display[b], fwd, bwd, trend))
    return sorted(out, key=lambda d: (not d.two_sided, -d.events, d.a, d.b))


def _direction(actor: str, target: str, mine: list[dict], theirs: list[dict], k_days: int) -> Direction:
    d = Direction(actor, target, len(mine), sum(killed(r) for r in mine))
    d.event_ids = [r["event_id"] for r in sorted(mine, key=lambda r: (day(r), r["event_id"]))]
    if not mine:
        return d
    lags = []
    for r in mine:
        lag = answer_lag(r, theirs, k_days)
        if lag is not None:
            lags.append(lag)
    d.answered = len(lags) / len(mine)
    d.median_lag = statistics.median(lags) if lags else None
    d.trend, d.slope = _trend(mine)
    return d


def answer_lag(act: dict, theirs: list[dict], k_days: int) -> int | None:
    """Return the days from an act to the other side's first answer within k days, else None."""
    start = day(act)
    lags = []
    for r in theirs:
        when = day(r)
        if when is None:
            continue
        lag = (when - start).days
        explicit = act["event_id"] in (r.get("responds_to") or [])
        if explicit or 0 < lag <= k_days or (lag == 0 and _inferred(r, act)):
            lags.append(max(lag, 0))
    return min(lags) if lags else None


def _inferred(answer: dict, act: dict) -> bool:
    return any(isinstance(x, dict) and x.get("event_id") == act["event_id"]
               for x in answer.get("responds_to_inferred") or [])


def _trend(records: list[dict]) -> tuple[str, float | None]:
    """Return the escalation label and slope of weekly event counts (fatalities break ties)."""
    days = sorted(day(r) for r in records)
    if len(days) < 3 or (days[-1] - days[0]).days < 14:
        return "n/a", None
    first = days[0] - timedelta(days=days[0].weekday())
    weeks = (days[-1] - first).days // 7 + 1
    counts, dead = [0] * weeks, [0] * weeks
    for r in records:
        w = (day(r) - first).days // 7
        counts[w] += 1
        dead[w] += killed(r)
    xs = list(range(weeks))
    slope = statistics.linear_regression(xs, counts).slope
    if abs(slope) < TREND_EPSILON and any(dead):
        # as many acts every week: the deaths they cause decide
        slope_dead = statistics.linear_regression(xs, dead).slope
        if abs(slope_dead) >= TREND_EPSILON * 10:
            return ("escalating" if slope_dead > 0 else "de-escalating") + " (deaths)", round(slope_dead, 3)
    if abs(slope) < TREND_EPSILON:
        return "flat", round(slope, 3)
    return ("escalating" if slope > 0 else "de-escalating"), round(slope, 3)


def render_dyads(dyads: list[Dyad], k_days: int = 7) -> str:
    """Return the dyads as a table, one row per direction."""
    if not dyads:
        return "no dyads: no event names both who acted and who was hit\n"
    header = ["actor", "target", "events", "killed", f"answered<={k_days}d", "median lag", "trend"]
    rows = []
    for d in dyads:
        for x in (d.forward, d.backward):
            if x.events == 0:
                continue
            rows.append([x.actor, x.target, str(x.events), str(x.fatalities),
                         "-" if x.answered is None else f"{100 * x.answered:.0f}%",
                         "-" if x.median_lag is None else f"{x.median_lag:g} d",
                         x.trend if x.slope is None else f"{x.trend} ({x.slope:+.2f}/wk)"])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
             for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _label_rows(labels: list[tuple], gap: float) -> list[tuple]:
    """Return (x, y, text, row) for labels sorted by x: each on the first row where no label is
    within `gap` of it; the same text at the same x (one incident read twice) is shown once, "(x2)"."""
    rows: list[float] = []  # the x of the last label placed on each row
    out: list[list] = []
    for x, y, text in labels:
        same = next((o for o in out if o[0] == x and o[4] == text), None)
        if same is not None:
            same[5] += 1
            same[2] = f"{text} (x{same[5]})"
            continue
        row = next((k for k, last in enumerate(rows) if x - last >= gap), len(rows))
        if row == len(rows):
            rows.append(x)
        rows[row] = x
        out.append([x, y, text, row, text, 1])
    return [(o[0], o[1], o[2], o[3]) for o in out]


def plot_dyad(records: list[dict], dyad: Dyad, path: str) -> None:
    """Draw one dyad's timeline: A's acts above the axis, B's below (height = fatalities), links as arcs."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    by_id = {r["event_id"]: r for r in records}
    fig, ax = plt.subplots(figsize=(12, 5.5))
    pos = {}
    top = 1
    xs = [mdates.date2num(day(by_id[e])) for d in (dyad.forward, dyad.backward) for e in d.event_ids]
    gap = 0.14 * ((max(xs) - min(xs)) or 1)  # about a label's width in days
    for sign, direction, color in ((1, dyad.forward, "#c0392b"), (-1, dyad.backward, "#2471a3")):
        labels = []
        for eid in sorted(direction.event_ids, key=lambda e: (day(by_id[e]), e)):
            r = by_id[eid]
            x = mdates.date2num(day(r))
            h = 1 + killed(r) ** 0.5
            top = max(top, h)
            pos[eid] = (x, sign * h)
            ax.vlines(x, 0, sign * h, color=color, linewidth=2, alpha=0.8)
            ax.scatter([x], [sign * h], color=color, s=40, zorder=3)
            place = (r.get("location") or {}).get("name") or ""
            labels.append((x, sign * h, f"{day(r):%d %b}: " + (f"{place}, {killed(r)} killed" if killed(r) else place)))
        for x, y, text, row in _label_rows(labels, gap):
            # labels of acts close in time go on rows of their own, away from the axis: none overlaps
            ax.annotate(text, (x, y), textcoords="offset points", xytext=(3, (1 if y > 0 else -1) * (6 + 12 * row)),
                        va="bottom" if y > 0 else "top", fontsize=7, color="#333333")
    for eid, (x, y) in pos.items():
        links = [(t, True) for t in by_id[eid].get("responds_to") or []]
        links += [(i.get("event_id"), False) for i in by_id[eid].get("responds_to_inferred") or [] if isinstance(i, dict)]
        for target, explicit in links:
            if target not in pos:
                continue
            tx, ty = pos[target]
            # from the act's dot to its answer's: which of two acts of one day was answered stays visible
            ax.add_patch(FancyArrowPatch((tx, ty), (x, y), connectionstyle=f"arc3,rad={-0.25 if x >= tx else 0.25}",
                                         arrowstyle="-|>", mutation_scale=12 if explicit else 10, shrinkA=5, shrinkB=5,
                                         color="#2c3e50" if explicit else "#95a5a6",
                                         linestyle="-" if explicit else "--", linewidth=1.2 if explicit else 1))
    ax.axhline(0, color="black", linewidth=1)
    ax.set_ylim(-top * 1.6 - 1, top * 1.6 + 1)  # room for the label rows
    date_axis(ax, [p[0] for p in pos.values()], mdates)
    ax.set_yticks([top * 0.8, -top * 0.8])
    ax.set_yticklabels([f"{dyad.forward.actor}\n-> {dyad.forward.target}", f"{dyad.backward.actor}\n-> "
                        f"{dyad.backward.target}"], fontsize=9)
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    ax.set_title(f"{dyad.a} / {dyad.b}: {dyad.events} events\nbar height grows with fatalities; "
                 f"arcs: an act and its answer (grey dashed: inferred)", fontsize=10, loc="left")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
