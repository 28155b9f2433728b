"""Action-reaction chains: events joined by what answered what.

A chain is a connected set of at least two events over `responds_to` (explicit links; with
`inferred=True` also `responds_to_inferred`), listed in time order with each link's lag.

- `build_chains(records, inferred=False) -> list[Chain]`
- `render_chains(chains, evidence_chars=160) -> str`: the text `flashpoint chains` prints
- `plot_chains(chains, path, limit=4)`: one panel per chain, one lane per side, arrows for links
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flashpoint.analysis import actor_name, day, killed
from flashpoint.resolve.links import side


@dataclass
class Link:
    """One answer: `answer` responds to `antecedent`, explicit or inferred (with its score)."""

    answer: str
    antecedent: str
    explicit: bool
    score: float | None = None
    lag_days: int | None = None


@dataclass
class Chain:
    """Events that answer one another, in time order, and the links between them."""

    events: list[dict] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def sides(self) -> list[str]:
        """Return the display names of the sides that act in the chain, most active first."""
        counts: dict[str, int] = {}
        for e in self.events:
            name = actor_name(e.get("actor1"))
            counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda n: (-counts[n], n))


def build_chains(records: list[dict], inferred: bool = False) -> list[Chain]:
    """Return the chains of linked events (at least two each), earliest first."""
    by_id = {r["event_id"]: r for r in records}
    links: list[Link] = []
    for r in records:
        for target in r.get("responds_to") or []:
            if target in by_id:
                links.append(Link(r["event_id"], target, True, None, _lag(by_id[target], r)))
        if inferred:
            for inf in r.get("responds_to_inferred") or []:
                target = inf.get("event_id") if isinstance(inf, dict) else None
                if target in by_id and target not in (r.get("responds_to") or []):
                    links.append(Link(r["event_id"], target, False, inf.get("score"), inf.get("lag_days")))
    parent = {eid: eid for eid in by_id}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        a, b = sorted((find(link.answer), find(link.antecedent)))
        parent[b] = a
    groups: dict[str, list[str]] = {}
    for eid in by_id:
        groups.setdefault(find(eid), []).append(eid)
    # each link filed under its chain once: no scan of every link per chain (that was quadratic)
    links_of: dict[str, list[Link]] = {}
    for link in links:
        links_of.setdefault(find(link.answer), []).append(link)
    chains = []
    for root, members in groups.items():
        if len(members) < 2:
            continue
        events = sorted((by_id[m] for m in members), key=_when)
        chains.append(Chain(events, sorted(links_of.get(root, []),
                                           key=lambda k: (_when(by_id[k.answer]), k.antecedent))))
    return sorted(chains, key=lambda c: _when(c.events[0]))


def _when(record: dict) -> tuple:
    d = day(record)
    return (d.isoformat() if d else "9999", record["event_id"])


def _lag(first: dict, then: dict) -> int | None:
    a, b = day(first), day(then)
    return (b - a).days if a and b else None


def describe(record: dict) -> str:
    """Return one line for an event: date, actors, type, place, fatalities."""
    d = day(record)
    loc = record.get("location") or {}
    place = loc.get("name") or "?"
    if loc.get("country_code") and loc.get("name") != loc.get("country"):
        place += f" ({loc['country_code']})"
    kind = record.get("sub_event_type") or record.get("event_type") or record.get("kind")
    n = (record.get("fatalities") or {})
    dead = "" if n.get("low") is None else (
        f", {n['low']} killed" if n.get("high") in (None, n["low"]) else f", {n['low']}-{n['high']} killed")
    return (f"{d.isoformat() if d else '????-??-??'}  {actor_name(record.get('actor1'))} -> "
            f"{actor_name(record.get('actor2'))}: {kind} in {place}{dead}")


def render_chains(chains: list[Chain], evidence_chars: int = 160) -> str:
    """Return the chains as text: one block per chain, one event a line with its evidence."""
    if not chains:
        return "no chains: no event in the input answers another (responds_to is empty everywhere)\n"
    out = []
    for n, chain in enumerate(chains, 1):
        first, last = day(chain.events[0]), day(chain.events[-1])
        span = f"{first} .. {last}" if first and last else "dates unknown"
        out.append(f"Chain {n}: {len(chain.events)} events, {len(chain.links)} links, {span}; "
                   f"sides: {', '.join(chain.sides)}")
        answers = {}
        for k in chain.links:
            answers.setdefault(k.answer, []).append(k)
        short = {e["event_id"]: i for i, e in enumerate(chain.events, 1)}
        for i, e in enumerate(chain.events, 1):
            out.append(f"  [{i}] {describe(e)}  ({e['event_id']})")
            for k in answers.get(e["event_id"], []):
                how = "answers" if k.explicit else f"may answer (inferred, score {k.score})"
                lag = "" if k.lag_days is None else f", {k.lag_days} days later"
                out.append(f"      {how} [{short[k.antecedent]}]{lag}")
            sentence = _evidence(e)
            if sentence:
                text = sentence if len(sentence) <= evidence_chars else sentence[:evidence_chars - 1] + "…"
                out.append(f"      \"{text}\" ({', '.join(e.get('sources') or [])})")
        out.append("")
    return "\n".join(out)


def _evidence(record: dict) -> str:
    for ev in record.get("evidence") or []:
        if isinstance(ev, dict) and ev.get("sentence"):
            return " ".join(ev["sentence"].split())
    return ""


def plot_chains(chains: list[Chain], path: str, limit: int = 4) -> int:
    """Draw the `limit` longest chains (the earliest among equals), in time order, to an image file
    (one panel each, numbered as `render_chains` lists them); return how many were drawn."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    longest = sorted(range(len(chains)), key=lambda k: (-len(chains[k].events), k))[:limit]
    shown = [chains[k] for k in sorted(longest)]
    if not shown:
        fig, ax = plt.subplots(figsize=(8, 2))
        ax.text(0.5, 0.5, "no action-reaction chains in the input", ha="center", va="center")
        ax.axis("off")
        fig.savefig(path, dpi=120)
        plt.close(fig)
        return 0
    heights = [1.4 + 0.9 * len(_lanes(c)) for c in shown]
    fig, axes = plt.subplots(len(shown), 1, figsize=(12, sum(heights)), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    for k, ax in zip(sorted(longest), axes[:, 0]):
        _draw_chain(ax, chains[k], k + 1, mdates)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return len(shown)


def _lanes(chain: Chain) -> list[str]:
    lanes: list[str] = []
    for e in chain.events:
        key = side(e.get("actor1")) or "?"
        if key not in lanes:
            lanes.append(key)
    return lanes


def date_axis(ax, xs: list[float], mdates) -> None:
    """Set a padded date x-axis: a tick a day over short spans, fewer over long ones."""
    if not xs:
        return
    span = max(xs) - min(xs)
    pad = max(1.0, span * 0.1)
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    if span + 2 * pad <= 14:
        ax.xaxis.set_major_locator(mdates.DayLocator())
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))


def _draw_chain(ax, chain: Chain, n: int, mdates) -> None:
    lanes = _lanes(chain)
    names = {}
    for e in chain.events:
        names.setdefault(side(e.get("actor1")) or "?", actor_name(e.get("actor1")))
    pos = {}
    dated = [e for e in chain.events if day(e) is not None]
    days = [mdates.date2num(day(e)) for e in dated]
    width = (max(days) - min(days) if days else 0) * 1.2 + 2  # the axis' span in days (see date_axis)
    slots: dict[tuple, list[dict]] = {}
    for e in dated:
        slots.setdefault((day(e), side(e.get("actor1")) or "?"), []).append(e)
    for (d, lane), same in slots.items():
        y = len(lanes) - 1 - lanes.index(lane)
        for k, e in enumerate(same):
            # acts of one side on one day (two towns struck at once) side by side, labels above and below
            x = mdates.date2num(d) + (k - (len(same) - 1) / 2) * 0.05 * width
            pos[e["event_id"]] = (x, y)
            ax.scatter([x], [y], s=60 + 12 * min(killed(e), 40), color="#c0392b" if killed(e) else "#34495e",
                       zorder=3, edgecolor="white")
            loc = (e.get("location") or {}).get("name") or "?"
            dead = f", {killed(e)} killed" if killed(e) else ""
            below = k % 2 == 1
            ax.annotate(f"{d:%d %b}\n{loc}{dead}", (x, y), textcoords="offset points", xytext=(0, -13 if below else 11),
                        ha="center", va="top" if below else "bottom", fontsize=8)
    for k in chain.links:
        if k.answer in pos and k.antecedent in pos:
            ax.annotate("", xy=pos[k.answer], xytext=pos[k.antecedent],
                        arrowprops={"arrowstyle": "-|>", "color": "#2c3e50" if k.explicit else "#95a5a6",
                                    "linestyle": "-" if k.explicit else "--", "shrinkA": 8, "shrinkB": 8,
                                    "connectionstyle": "arc3,rad=0.15"})
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels([names[s] for s in reversed(lanes)], fontsize=9)
    ax.set_ylim(-0.6, len(lanes) - 0.2)
    xs = [p[0] for p in pos.values()]
    date_axis(ax, xs, mdates)
    ax.grid(axis="x", color="#eeeeee")
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.set_title(f"Chain {n}: {len(chain.events)} events; arrows point from an attack to its answer "
                 f"(dashed: inferred)", fontsize=10, loc="left")
