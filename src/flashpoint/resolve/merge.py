"""Across reports: the same incident told by several outlets becomes one event.

Candidates are blocked by country and a date window, so the cost grows with the number of events
per (country, week) block, not with the square of the run. Two events merge when they come from
different documents and nothing they say contradicts: type family, actors (the two sides must not
be swapped), dates that overlap within a day, and places that agree (same name, within
`MAX_KM`, or one is only the country of the other). Figures that disagree are kept as a range,
and each report's own values are kept in `per_source`.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from datetime import timedelta

from flashpoint.model import Casualties, DateSpan, Event
from flashpoint.resolve.coref import _COMPATIBLE_TYPES, _actors_compatible, _same_side

MAX_KM = 50.0
DAY_SLACK = timedelta(days=1)
GENERIC_ACTORS = {"Militants", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Gang members"}


def _km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _dates_close(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or b.start is None:
        return False
    return a.start - DAY_SLACK <= (b.end or b.start) and b.start - DAY_SLACK <= (a.end or a.start)


def _places_agree(a, b) -> bool:
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if a.name and b.name and a.name == b.name:
        return True
    if (a.precision or 3) == 3 or (b.precision or 3) == 3:
        return bool(a.country_code) and a.country_code == b.country_code
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _km(a, b) <= MAX_KM
    return False


def same_incident(a: Event, b: Event) -> int:
    """Return how surely two events from different reports are one incident (0: they are not)."""
    if a.kind != "event" or b.kind != "event" or set(a.sources) & set(b.sources):
        return 0
    if b.event_type not in _COMPATIBLE_TYPES.get(a.event_type, {a.event_type}):
        return 0
    if not _dates_close(a.date, b.date) or not _places_agree(a.location, b.location):
        return 0
    # outlets disagree more on who was hit ("the army", "civilians") than on who struck
    if not _actors_compatible(a.actor1, b.actor1):
        return 0
    if _same_side(a.actor1, b.actor2) or _same_side(a.actor2, b.actor1):
        return 0
    if _wide(a.date) or _wide(b.date):
        # "seized Goma in January" against "took Goma on January 27": only the same town and actor tell
        same_town = a.location.name == b.location.name and a.location.precision == b.location.precision == 1
        same_actor = a.actor1 is not None and b.actor1 is not None and a.actor1.name == b.actor1.name \
            and a.actor1.name not in GENERIC_ACTORS
        if not (same_town and same_actor and a.event_type == b.event_type):
            return 0
    score = 1
    score += 2 if a.event_type == b.event_type else 0
    score += 1 if a.sub_event_type == b.sub_event_type else 0
    score += 2 if a.location.name and a.location.name == b.location.name and 3 not in (a.location.precision, b.location.precision) else 0
    score += 1 if a.actor1 and b.actor1 and a.actor1.name == b.actor1.name and a.actor1.name not in GENERIC_ACTORS else 0
    score += 1 if a.actor2 and b.actor2 and a.actor2.name == b.actor2.name else 0
    score += 1 if a.date.start == b.date.start and a.date.precision == b.date.precision == "day" else 0
    score += 1 if a.fatalities.low is not None and a.fatalities.low == b.fatalities.low else 0
    return score if score >= 4 else 0


def _wide(d: DateSpan) -> bool:
    return d.start is not None and ((d.end or d.start) - d.start).days > 7


def _blocks(events: list[Event]) -> dict:
    """Return (country, ISO week) -> event indexes; an event sits in the weeks its dates touch."""
    blocks = defaultdict(list)
    for i, e in enumerate(events):
        if e.kind != "event" or e.date.start is None:
            continue
        start = e.date.start - DAY_SLACK
        end = (e.date.end or e.date.start) + DAY_SLACK
        if (end - start).days > 45:
            continue  # a date wider than a month identifies nothing
        day = start
        weeks = set()
        while day <= end:
            weeks.add(day.isocalendar()[:2])
            day += timedelta(days=1)
        for w in weeks:
            blocks[(e.location.country_code, w)].append(i)
    return blocks


def merge_events(events: list[Event]) -> list[Event]:
    """Return the events with those that describe the same incident merged; order kept."""
    parent = list(range(len(events)))
    docs_of = [set(e.sources) for e in events]

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = set()
    for members in _blocks(events).values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                a, b = sorted((events[i], events[j]), key=lambda e: e.event_id)
                score = same_incident(a, b)  # asked in one fixed order: the answer never depends on input order
                if score:
                    pairs.add((score, min(i, j), max(i, j)))
    # ties are broken by the events' own ids, never by input order: the same inputs in any order
    # give the same groups and so the same ids
    def tie(p):
        a, b = sorted((events[p[1]].event_id, events[p[2]].event_id))
        return (-p[0], a, b)

    for score, i, j in sorted(pairs, key=tie):
        ri, rj = find(i), find(j)
        if ri == rj or docs_of[ri] & docs_of[rj]:
            continue  # one report's events were already told apart by coreference
        parent[rj] = ri
        docs_of[ri] |= docs_of[rj]
    groups = defaultdict(list)
    for i in range(len(events)):
        groups[find(i)].append(i)
    if all(len(g) == 1 for g in groups.values()):
        return events
    new_id = {}
    merged: dict[int, Event] = {}
    for root, members in groups.items():
        if len(members) == 1:
            continue
        event = _combine([events[i] for i in members])
        merged[root] = event
        for i in members:
            new_id[events[i].event_id] = event.event_id
    out = []
    for i, e in enumerate(events):
        root = find(i)
        if root in merged:
            if i == min(groups[root]):  # the merged event takes the place of its first report
                out.append(merged[root])
            continue
        out.append(e)
    for e in out:
        e.responds_to = sorted({new_id.get(x, x) for x in e.responds_to} - {e.event_id})
    return out


def _combine(parts: list[Event]) -> Event:
    """Return one event from several reports of it: every source, figures as a range."""
    parts = sorted(parts, key=lambda e: (e.sources[0], e.event_id))
    base = max(parts, key=lambda e: (e.confidence, -len(e.sources)))
    dated = [p.date for p in parts if p.date.start is not None]
    rank = {"day": 0, "week": 1, "month": 2, "range": 3}
    date = min(dated, key=lambda d: (rank.get(d.precision, 4), d.start)) if dated else base.date
    # the most precise place; between equals, a province or region over the bare country
    place = min((p.location for p in parts),
                key=lambda p: (p.precision or 4, p.name is None, p.name == p.country))
    actor1 = _prefer_named([p.actor1 for p in parts])
    actor2 = _prefer_named([p.actor2 for p in parts])
    lows = [p.fatalities.low for p in parts if p.fatalities.low is not None]
    highs = [p.fatalities.high if p.fatalities.high is not None else p.fatalities.low for p in parts
             if p.fatalities.low is not None or p.fatalities.high is not None]
    fat = Casualties(low=min(lows) if lows else None, high=max(highs) if highs else None,
                     text="; ".join(p.fatalities.text for p in parts if p.fatalities.text) or None)
    inj = [p.fatalities for p in parts if p.fatalities.injured_low is not None]
    if inj:
        fat.injured_low = min(x.injured_low for x in inj)
        fat.injured_high = max((x.injured_high or x.injured_low) for x in inj)
    event = Event(kind="event", event_type=base.event_type, sub_event_type=base.sub_event_type, actor1=actor1,
                  actor2=actor2, date=date, location=place, fatalities=fat,
                  evidence=[ev for p in parts for ev in p.evidence],
                  sources=sorted({s for p in parts for s in p.sources}),
                  confidence=min(0.99, max(p.confidence for p in parts) + 0.05 * (len(parts) - 1)),
                  weapons=sorted({w for p in parts for w in p.weapons}),
                  responds_to=sorted({r for p in parts for r in p.responds_to}), trigger=base.trigger)
    event.per_source = [{"source": p.sources[0], "event_id": p.event_id, "date": p.date.to_record(),
                         "location": p.location.name, "fatalities": p.fatalities.to_record(),
                         "actor1": p.actor1.name if p.actor1 else None,
                         "actor2": p.actor2.name if p.actor2 else None} for p in parts]
    event.event_id = "fp-" + hashlib.sha1("|".join(sorted(p.event_id for p in parts)).encode()).hexdigest()[:16]
    return event


def _prefer_named(actors):
    found = [a for a in actors if a is not None]
    named = [a for a in found if a.name not in GENERIC_ACTORS]
    return (named or found or [None])[0]
