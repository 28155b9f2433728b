"""Across reports: the same incident told by several outlets becomes one event.

Two events merge when they come from different documents and nothing they say contradicts, and
enough identifies them as one incident:
- type: one family (a shelling told elsewhere as "the attack on civilians", a "massacre" read as
  a clash elsewhere, is one incident), or two codings of one act across families
  (`data/one_act.yaml`: a protest whose people were killed and the attack on civilians; a missile and
  its interception) at one site on the same day;
- actors (canonical names): the two sides never swapped; unnamed attackers ("militants", "gunmen")
  fit a named group or each other; one state's forces are one side ("the Revolutionary Guards" and
  "Iranian forces"); a group and its branch are one party (`data/actors/affiliations.yaml`: "Islamic
  State" and "Islamic State Khorasan Province"); two named groups credited with one incident (one
  blamed, another claiming) fit only at one site on one day with a toll or a named detail in common;
  a battle's sides may be told either way round ("al-Shabaab attacked the base", "troops fought off
  al-Shabaab"), and two codings of one act as their entry says (the crowd is a protest's actor1 and
  an attack's actor2);
- place: the same name, a town within `SITE_KM` of another, "near" a town within `MAX_KM` of it, a
  town inside the province another report names (or named in that report's sentences), or one
  report giving only the country; two regions of two provinces never; a town no gazetteer knows,
  given only its report's country, is the town of that name another report places in another
  country (`_guessed_country`); a pinned-down incident may be misplaced by one report, or told in a
  frontier region filed under the other side's country (`_misplaced`);
- date: spans that overlap within a day, whatever the precision of each, but two reports that each
  date the incident to the day, on two days, tell two incidents unless a toll or a named detail both
  give pins them down (a town struck again the next day, a city's protests going on); a span wider than a week
  ("in January", "last month's massacre") merges only with a day inside it, at the same site or in
  the region that holds it, the same type and a compatible named actor (or the same toll);
- distinctive details raise the score: same type and sub-type, one site, one party on each side,
  the same day, a toll both give, weapons, named details. Tolls that differ (43 and 110) and types
  that differ within a family never block a merge.
Figures that disagree become a range (`fatalities.low` the lowest, `high` the largest); each
report's own values (date, type, place, toll, actors) stay in `per_source`; dates and places come from the
most precise report.

Cost: candidates come only from blocks keyed by (country, day, type family) and, inside that, by
~50 km grid cell, place or province name, named actor or sub-type, so the work grows with the number
of reports of each incident, not with the square of the run (`bench/merge.py` measures it). A busy
incident's block (more than BIG_BLOCK reports) is read by reading: the reports that read it alike
(same place, day, attacker, toll, names) get one answer, so a report's cost grows with the ways the
incident is told, not with how many outlets told it.

The `event_id` of a merged event is a hash of the sorted ids of the per-report events it holds
(also through earlier merges: their ids are kept in `per_source`), so the same reports give the
same id in any order, in one run or over several.

Interface (pure functions):
- `merge_events(events) -> events`: one run's events, the same incident merged; order of first
  mention kept, `responds_to` rewritten to the merged ids.
- `merge_new(new, existing) -> MergeResult`: a batch of new events against stored ones (e.g. those
  of the date window); `.events` are the records to write (new or changed), `.replaced` maps each
  stored event_id that no longer stands alone to the id of the event that now holds it.
- `same_incident(a, b) -> int`: how surely two events are one incident (0: not).
"""
from __future__ import annotations

import copy
import gc
import hashlib
import math
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from flashpoint.model import Actor, Casualties, DateSpan, Event
from flashpoint.resolve.coref import _COMPATIBLE_TYPES, _actors_compatible, _same_side
from flashpoint.resolve.places import same_province
from flashpoint.resources import load_yaml
from flashpoint.textnorm import normalise_name

MAX_KM = 50.0  # "near" a town: as far as this from it
SITE_KM = 10.0  # two named places this close are one site (an air base and its town)
CELL_DEG = 0.5  # grid cell of the spatial blocks for "near" a town (about 55 km north-south)
SITE_CELL_DEG = 0.1  # grid cell for two towns that must be one site (about 11 km)
AMBIGUOUS_BLOCK = 32  # a vague event is compared with at most this many reports of one block (`candidate_pairs`)
WIDE_BLOCK = 16  # nor is "near a town" looked up over 50 km in a cell with more reports than this
DENSE_RING = 48  # nor are towns within 10 km looked up around one with more reports than this a day
MIN_SCORE = 4  # `same_incident` below this is no incident (same merges from 2 to 4 on every development set, 5 loses three: demo/fresh11/MERGE.md)
DISTINCT_FIGURE = 3  # a toll this high is a block key (0, 1 and 2 dead are too common to tell apart)
DAY_SLACK = timedelta(days=1)
UNDATED_DAYS = timedelta(days=3)
WIDE_DAYS = 45  # a date wider than this identifies nothing: never merged
GENERIC_ACTORS = {"Militants", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Gang members"}
_UNNAMED_ATTACKERS = {"Militants", "Unidentified Armed Group", "Gang members"}
_FAMILY = {"Battles": "violent", "Explosions/Remote violence": "violent", "Violence against civilians": "violent",
           "Protests": "crowd", "Riots": "crowd", "Strategic developments": "strategic"}


def distance_km(a, b) -> float:
    """Return the great-circle distance in km between two places that have coordinates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _span(d: DateSpan) -> tuple:
    """Return (first, last) day an event may have happened on: a date the report did not give (filled
    from the publication day) may be any of the UNDATED_DAYS before it."""
    start = d.start - UNDATED_DAYS if d.precision == "unknown" else d.start
    return start, d.end or d.start


def _dates_close(a: DateSpan, b: DateSpan, slack: timedelta = DAY_SLACK) -> bool:
    if a.start is None or b.start is None:
        return False
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return a0 - slack <= b1 and b0 - slack <= a1


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w'-]+|[A-Z]-?\d+)(?:\s+(?:[A-Z][\w'-]+|\d+))+|\b[A-Z]{4,}\b")
_NOT_DETAILS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b")


@lru_cache(maxsize=1 << 18)
def _names_in(sentences: tuple[str, ...]) -> frozenset:
    """Return the proper names of several words ("Crocus City Hall", "Tower 22") and long acronyms
    ("TUSAS") in an event's evidence, the distinctive details outlets share whatever their wording.
    (The cache holds a day of 100k reports: at 65,536 entries every pair's look-up past that size
    read its sentences again.)"""
    found = set()
    for s in sentences:
        for m in _NAME.finditer(s):
            if not _NOT_DETAILS.search(m.group(0)):
                found.add(m.group(0).lower())
    return frozenset(found)


def _details_of(e: Event) -> frozenset:
    """Return the proper names and long acronyms of an event's evidence (see `_names_in`)."""
    return _names_in(tuple(x.sentence for x in e.evidence))


def common_names(ours: frozenset, theirs: frozenset) -> set[str]:
    """Return the names two reports' sentences both give: the same name, or one that ends another
    report's longer name ("Qassem Soleimani" and "General Qassem Soleimani": a title before a name;
    a name of several words: one word, an acronym, ends too many)."""
    common = set(ours & theirs)
    for one, other in ((ours, theirs), (theirs, ours)):
        for short in one:
            if " " in short and short not in common and any(long.endswith(" " + short) for long in other):
                common.add(short)
    return common


def shared_details(a: Event, b: Event, names_a: frozenset | None = None, names_b: frozenset | None = None) -> set[str]:
    """Return the distinctive names both events' evidence gives, less their actors' and places' names.

    names_a, names_b: the events' `_details_of`, when the caller has them already.
    """
    common = common_names(_details_of(a) if names_a is None else names_a, _details_of(b) if names_b is None else names_b)
    if not common:
        return set()
    # a place both give as their location is scored as such; one named in the other's text is a detail
    same_place = {a.location.name} if a.location.name == b.location.name else set()
    known = {x.lower() for e in (a, b) for x in (e.actor1 and e.actor1.name, e.actor2 and e.actor2.name,
                                                   e.location.country, *same_place) if x}
    return {c for c in common if c not in known}


def _inside(small, big) -> bool:
    """Return True when a town's province is the region another report names ("Kramatorsk" and "Donetsk
    region": the town's admin1 against the region's name and the region's own admin1)."""
    return bool(big.name) and big.precision == 3 and big.name != big.country \
        and same_province(small.admin1, big.name, big.admin1)


def _places_agree(a, b, detail=False) -> bool:
    """Return True when two reports' places may be one incident's (`detail`: they share a named
    site; a function is called only when that matters)."""
    if a.country_code and b.country_code and a.country_code != b.country_code and not _guessed_country(a, b):
        return False
    if a.name and b.name and a.name == b.name:
        return True
    if (a.precision or 3) == 3 or (b.precision or 3) == 3:
        if _other_province(a, b):
            return False  # "in Yobe state" and "in Borno state": two incidents
        return bool(a.country_code) and a.country_code == b.country_code
    if None not in (a.lat, a.lon, b.lat, b.lon):
        # two towns are two incidents, unless one is a site of the other; "near" a town reaches further
        km = distance_km(a, b)
        if km <= SITE_KM or (km <= MAX_KM and not a.precision == b.precision == 1):
            return True
        return km <= MAX_KM and bool(detail() if callable(detail) else detail)
    return False


def _unlocated_town(p) -> bool:
    """Return True for a settlement no gazetteer knows, placed only in its report's country (extract/arguments.py
    `_unknown_place`: no coordinates, and the country is the report's, a guess)."""
    return p.kind == "village" and p.lat is None and bool(p.name) and p.name != p.country


def _guessed_country(a, b) -> bool:
    """Return True when two reports name one town and one of them could only guess its country (`_unlocated_town`):
    a report about one country that recalls an incident across the border ("Saturday's attack on a post in Mir Ali"
    in a report on Afghan provinces) gives the town its own country."""
    return bool(a.name) and a.name == b.name and (_unlocated_town(a) or _unlocated_town(b))


def _other_province(a, b) -> bool:
    """Return True when two reports name two regions (or provinces) of two provinces: both name their
    province and the names differ. A country names none; a town against a region is left to the score
    (a town is more often misplaced by a stray name than a region)."""
    if (a.precision or 3) != 3 or (b.precision or 3) != 3 or a.name == a.country or b.name == b.country:
        return False
    if not (a.admin1 and b.admin1):
        return False
    return normalise_name(a.admin1) != normalise_name(b.admin1)


_TOWN_KINDS = {"city", "town", "village", None}


def _site(a, b) -> int:
    """Return 2 when two reports place an incident at one site: the same name (at it or "near" it), or
    within `SITE_KM` of each other where one is a site of the other (an air base, a bridge, a camp); 1 for
    two towns within `SITE_KM` (a suburb and its city, or two villages: maybe two incidents); else 0."""
    if (a.precision or 3) == 3 or (b.precision or 3) == 3:
        return 0
    if a.name and a.name == b.name:
        return 2
    if None in (a.lat, a.lon, b.lat, b.lon) or distance_km(a, b) > SITE_KM:
        return 0
    if a.kind not in _TOWN_KINDS or b.kind not in _TOWN_KINDS:
        return 2
    return 1


@lru_cache(maxsize=1 << 16)
def _said(sentences: tuple[str, ...]) -> str:
    """Return an event's sentences as one lower-cased text (read for many pairs)."""
    return " ".join(sentences).lower()


def _names_town(e: Event, town) -> bool:
    """Return True when an event's evidence names another report's town ("swept into the state capital,
    Wad Madani" placed in the province meets the report placed in Wad Madani)."""
    words = {x.lower() for x in (town.name, town.text) if x and len(x) >= 4 and x != town.country}
    if not words or (town.precision or 3) == 3:
        return False
    said = _said(tuple(x.sentence for x in e.evidence))
    return any(_has_word(said, w) for w in words)


def _has_word(text: str, word: str) -> bool:
    """Return True when `word` occurs in `text` as whole words (a plain search: a pattern compiled for
    every town would cost more than the merge's other tests together)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def _nested(a: Event, b: Event) -> bool:
    """Return True when one report's town lies in the region the other names, or the region's report
    names the town."""
    pa, pb = a.location, b.location
    if _inside(pa, pb) or _inside(pb, pa):
        return True
    return ((pb.precision or 3) == 3 and _names_town(b, pa)) or ((pa.precision or 3) == 3 and _names_town(a, pb))


def _names_place(e: Event, place) -> bool:
    """Return True when an event's sentences name a place (its name or the words the report used)."""
    words = {x.lower() for x in (place.name, place.text) if x and len(x) >= 4}
    said = _said(tuple(x.sentence for x in e.evidence))
    return any(_has_word(said, w) for w in words)


def _pinnable(a: Event, b: Event) -> bool:
    """Return True when two reports tell one kind of act (the same type and sub-type) by one named
    party (a named attacker on both sides that is one party), or, on the same day, by nobody one of
    them names in its own words (`_unread`: an attacker the other names may be that one): what may
    outweigh places that disagree."""
    if a.event_type != b.event_type or a.sub_event_type != b.sub_event_type:
        return False
    if not _generic(a.actor1) and not _generic(b.actor1) and one_party(a.actor1, b.actor1):
        return True
    return (_unread(a.actor1) or _unread(b.actor1)) and _same_day(a, b)


def _unread(actor: Actor | None) -> bool:
    """Return True when a report names no attacker in its own words: none, an unnamed class, or a
    side the pipeline filled in without words of the report ("Tuesday's strike on the apartment"
    credited to the party another sentence named)."""
    return _generic(actor) or actor.text is None


def _misplaced(a: Event, b: Event, details=None) -> bool:
    """Return True when two reports whose places disagree (two countries, two towns out of reach) are
    one incident that one of them misplaced: a report that recalls an incident often takes the place of
    another sentence ("a strike there on Jan. 18", "as his convoy left Baghdad airport" read at the air
    base the report is about). Its place is doubtful when its own sentences never name it, or name the
    other report's place while the other's never name its own; the other's place must be one its own
    sentences name. The incident must be pinned down beside: one named attacker, the same type and
    sub-type, and a toll of DISTINCT_FIGURE or more or a named detail both reports give."""
    if not _pinnable(a, b):
        return False
    if not _place_doubted(a, b):
        return False
    if _unread(a.actor1) or _unread(b.actor1):
        # no named attacker pins it: a toll of DISTINCT_FIGURE or more and a named detail, both
        # ("the attack on Gikomba Market ... the June 6 explosion that killed nine people")
        return _same_figure(a, b, DISTINCT_FIGURE) and bool(details() if callable(details) else
                                                          shared_details(a, b) if details is None else details)
    return _pinned_down(a, b, details)


def _pinned_down(a: Event, b: Event, details=None) -> bool:
    """Return True when two reports give one toll of DISTINCT_FIGURE or more, or a named detail
    (`details`: the shared details, a function returning them, or None to read them)."""
    if _same_figure(a, b, DISTINCT_FIGURE):
        return True
    if details is None:
        return bool(shared_details(a, b))
    return bool(details() if callable(details) else details)


def _place_doubted(a: Event, b: Event) -> bool:
    """Return True when one report's place is doubtful against the other's (`_doubtful`), or the two places
    are one area told on either side of a border (`_across_border`)."""
    return _doubtful(a, b) or _doubtful(b, a) or _across_border(a.location, b.location)


def _across_border(a, b) -> bool:
    """Return True when one place is a named region the gazetteer gives to one country (precision 3, not a
    country) and the other a town of another country within MAX_KM of the region's centre: a frontier area
    outlets file under either side ("on the Syrian side of the Golan Heights" and the Syrian town there)."""
    if not (a.country_code and b.country_code and a.country_code != b.country_code):
        return False
    for region, town in ((a, b), (b, a)):
        if region.precision == 3 and region.kind == "region" and town.precision in (1, 2) \
                and None not in (region.lat, region.lon, town.lat, town.lon) and distance_km(region, town) <= MAX_KM:
            return True
    return False


def _doubtful(x: Event, y: Event) -> bool:
    """Return True when x's place is doubtful against y's, which y's sentences name (see `_misplaced`)."""
    px, py = x.location, y.location
    if not _names_place(y, py):
        return False
    return not _names_place(x, px) or (_names_place(x, py) and not _names_place(y, px))


@lru_cache(maxsize=1)
def _parents() -> dict[str, frozenset]:
    """Return each group's ancestors by canonical name (data/actors/affiliations.yaml)."""
    parent: dict[str, set] = defaultdict(set)
    for entry in load_yaml("actors/affiliations.yaml") or []:
        for member in entry.get("members") or []:
            parent[member].add(entry["group"])
    found = {}
    for name in parent:
        seen, todo = set(), list(parent[name])
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(parent.get(p, ()))
        found[name] = frozenset(seen)
    return found


def affiliated(a: Actor | None, b: Actor | None) -> bool:
    """Return True when one named group is a branch or faction of the other ("Islamic State" and
    "Islamic State Khorasan Province": outlets credit one incident to either)."""
    if a is None or b is None:
        return False
    parents = _parents()
    return a.name in parents.get(b.name, ()) or b.name in parents.get(a.name, ())


def one_party(a: Actor | None, b: Actor | None) -> bool:
    """Return True when two reports name surely the same party: one canonical name (not an unnamed
    class), one state's forces ("the Revolutionary Guards" and "Iran's military"), or a group and its
    branch."""
    return a is not None and b is not None and (_same_side(a, b) or affiliated(a, b))


def _actors_agree(a: Actor | None, b: Actor | None) -> bool:
    """Return True when two reports' actors may be the same party (outlets name attackers unevenly)."""
    if a is None or b is None or _actors_compatible(a, b) or one_party(a, b):
        return True
    if any(x.text is None or (x.name == "Unidentified Armed Group" and x.read_elsewhere) for x in (a, b)):
        return True  # the report named nobody (a side filled in without its words): unknown, not another party
    # "gunmen" in one report, "militants" or "al-Shabaab" in another: never a state's forces; nor is a
    # name no actor list holds, made from a report's words ("Gang of the Barrio" cut from "Gang of the
    # Barrio 18", "the Group for the Support of Islam"), another party than a group another report names
    unnamed = (a.name in _UNNAMED_ATTACKERS or _unlisted(a), b.name in _UNNAMED_ATTACKERS or _unlisted(b))
    if any(unnamed) and "state forces" not in (a.type, b.type) and "civilians" not in (a.type, b.type):
        return True
    return False


def _unlisted(actor: Actor) -> bool:
    """Return True for a party named by words no actor list holds (resolve/actors.py gives it an `unlisted-` id)."""
    return bool(actor.id) and actor.id.startswith("unlisted-")


def _same_figure(a: Event, b: Event, least: int = 0) -> bool:
    """Return True when both reports give one death toll (at least `least`): either end of each range
    ("at least 27" and "revised to 20 from 27")."""
    ours = {x for x in (a.fatalities.low, a.fatalities.high) if x is not None and x >= least}
    return bool(ours) and not ours.isdisjoint((b.fatalities.low, b.fatalities.high))


def _same_day(a: Event, b: Event) -> bool:
    return a.date.start is not None and a.date.start == b.date.start and a.date.precision == b.date.precision == "day"


def _contested(a: Event, b: Event, details=None) -> bool:
    """Return True when two reports credit one incident to two named groups (the police blame one, another
    claims it): only at one site on one day, with a named detail or the same toll (of 3 or more) both give.
    A state's forces against a group, or two states, stay two incidents."""
    x, y = a.actor1, b.actor1
    if _generic(x) or _generic(y) or "state forces" in (x.type, y.type):
        return False
    if not (_site(a.location, b.location) == 2 and _same_day(a, b)):
        return False
    return _pinned_down(a, b, details)


def consistent(a: Event, b: Event, details=None, slack: timedelta = DAY_SLACK, identify: bool = True) -> bool:
    """Return True when nothing two events say contradicts their being one incident (type family,
    dates within `slack`, places, the attacker, the two sides not swapped; with `identify`, a wide
    date only with a day inside it that `_wide_match` pins down).

    details: the names both events' evidence gives (`shared_details`), or a function returning
    them, called only if needed; None reads them when needed.
    """
    if a.kind != "event" or b.kind != "event":
        return False
    if b.event_type not in _COMPATIBLE_TYPES.get(a.event_type, {a.event_type}) and not _one_act_here(a, b):
        return False
    if not _dates_close(a.date, b.date, slack):
        return False
    if details is None:
        details = lambda: shared_details(a, b)  # noqa: E731  (read once, only if a test needs them)
    if _days_apart(a, b, details):
        return False
    if not (_places_agree(a.location, b.location, details) or _misplaced(a, b, details)):
        return False
    if not _sides_agree(a, b, details):
        return False
    if identify and (_wide(a.date) or _wide(b.date)) and not _wide_match(a, b, details):
        return False
    return True


def _days_apart(a: Event, b: Event, details) -> bool:
    """Return True when both reports date the incident to the day, the days differ, and neither a toll both
    give nor a named detail both give pins them down: one party strikes a town again the next day, a city's
    protests go on for days. (The day's slack of `_dates_close` is for dates told loosely: "overnight", a
    live blog's stamp, a follow-up's "last week".)"""
    if a.date.precision != "day" or b.date.precision != "day" or a.date.start == b.date.start:
        return False
    if _same_figure(a, b, 1):
        return False
    return not (details() if callable(details) else details)


def _sides_agree(a: Event, b: Event, details=None) -> bool:
    """Return True when two reports' sides may be one incident's: the attackers may be one party (or two
    credited with one pinned-down incident: `_contested`) and neither's attacker is the other's target; or,
    where the act may be told from either side or is coded the other way round (`_telling`), the sides
    fit swapped (`_swapped_fit`)."""
    telling = _telling(a, b)
    if telling != "swapped" and _direct_fit(a, b, details):
        return True
    return telling != "as told" and _swapped_fit(a, b)


def _direct_fit(a: Event, b: Event, details=None) -> bool:
    """Return True when two reports' sides fit as told (see `_sides_agree`)."""
    # outlets disagree more on who was hit ("the army", "civilians") than on who struck
    return (_actors_agree(a.actor1, b.actor1) or _contested(a, b, details)) \
        and not (one_party(a.actor1, b.actor2) or one_party(a.actor2, b.actor1))


def _telling(a: Event, b: Event) -> str:
    """Return how two reports' sides face each other: "either" way round for two battles (each side's
    outlets tell the other's attack: "al-Shabaab attacked the base", "troops fought off al-Shabaab"),
    the `sides` of data/one_act.yaml for two codings of one act ("swapped": the crowd is a protest's actor1
    and an attack's actor2), else "as told"."""
    if a.event_type == b.event_type:
        return "either" if a.event_type == "Battles" else "as told"
    return _one_act(a, b) or "as told"


def _swapped_fit(a: Event, b: Event) -> bool:
    """Return True when b's sides fit a's swapped: for two battles, one named party is the attacker of one
    and the target of the other, and neither side is the same party in both roles; for two codings of one
    act, each side fits the other's opposite side (a crowd is civilians; an unnamed side fits any)."""
    if one_party(a.actor1, b.actor1) or one_party(a.actor2, b.actor2):
        return False
    if a.event_type == b.event_type:
        return one_party(a.actor1, b.actor2) or one_party(a.actor2, b.actor1)
    return _hit_alike(a.actor1, b.actor2) and _hit_alike(a.actor2, b.actor1)


_CROWD_SIDES = ("civilians", "protesters")


def _hit_alike(x: Actor | None, y: Actor | None) -> bool:
    """Return True when two sides may be one party, a crowd counting as civilians (an attack's victims are
    a protest's actors)."""
    return _actors_agree(x, y) or (x.type in _CROWD_SIDES and y.type in _CROWD_SIDES)


def _faced(a: Event, b: Event, details=None) -> Event:
    """Return b with its sides as they face a's: a copy with actor1 and actor2 swapped when they are told
    the other way round (`_telling`) or fit only swapped (`_sides_agree`), else b itself."""
    telling = _telling(a, b)
    if telling == "swapped" or (telling == "either" and not _direct_fit(a, b, details) and _swapped_fit(a, b)):
        b = copy.copy(b)
        b.actor1, b.actor2 = b.actor2, b.actor1
    return b


@lru_cache(maxsize=1)
def _one_act_codings() -> tuple:
    """Return the codings of one act across families (data/one_act.yaml) as ((type, subs), (type, subs),
    dead, sides)."""
    found = []
    for entry in load_yaml("one_act.yaml") or []:
        one, other = ((x["event_type"], frozenset(x.get("sub_event_types") or ())) for x in (entry["one"], entry["other"]))
        found.append((one, other, bool(entry.get("dead")), entry.get("sides", "either")))
    return tuple(found)


def _coded_as(e: Event, coding: tuple) -> bool:
    etype, subs = coding
    return e.event_type == etype and (not subs or e.sub_event_type in subs)


def _dead(e: Event) -> bool:
    return (e.fatalities.high or e.fatalities.low or 0) > 0


def _one_act(a: Event, b: Event) -> str | None:
    """Return how the sides of two codings of one act face each other (data/one_act.yaml: "swapped" or
    "either"), both giving deaths where the entry asks; None when the two types are not such codings."""
    for one, other, dead, sides in _one_act_codings():
        if (_coded_as(a, one) and _coded_as(b, other)) or (_coded_as(a, other) and _coded_as(b, one)):
            if not dead or (_dead(a) and _dead(b)):
                return sides
    return None


def _one_act_here(a: Event, b: Event) -> bool:
    """Return True when two reports coded in two families (`_one_act`) tell one site on the same day: what
    two codings of one act need, beside sides that fit (`_sides_agree`)."""
    return _one_act(a, b) is not None and _site(a.location, b.location) == 2 and _same_day(a, b)


def same_incident(a: Event, b: Event, names_a: frozenset | None = None, names_b: frozenset | None = None) -> int:
    """Return how surely two events from different reports are one incident (0: they are not).

    The score counts what identifies an incident whatever each outlet's wording: the same type and
    sub-type, one site (a town's name at or near it, or two places within `SITE_KM`) or a town inside
    the region the other names, one party on each side (aliases, one state's forces, a group and its
    branch), the same day, a toll both give, a weapon, a named detail. Figures that differ (43 and
    110 dead) and types that differ within one family ("massacre", "attack on the village") never
    block a merge; they only score nothing.

    names_a, names_b: the events' `_details_of`, when the caller has them already (a merge asks
    about each event many times).
    """
    if not set(a.sources).isdisjoint(b.sources):
        return 0
    shared = None

    def details_once() -> set[str]:
        nonlocal shared
        if shared is None:
            shared = shared_details(a, b, names_a, names_b)
        return shared

    # the cheap contradictions first (most candidate pairs end here); the names both reports give
    # are read only when the place needs them, then once for the score
    if not consistent(a, b, details_once):
        return 0
    details = details_once()
    b = _faced(a, b, details)  # a battle told by each side as the other's attack is scored side by side
    pa, pb = a.location, b.location
    same_region = pa.name is not None and pa.name == pb.name and pa.name != pa.country
    nested = same_region or _nested(a, b)
    if (_vague(a) and _unpinned(a)) or (_vague(b) and _unpinned(b)):
        # "militants attacked in Mali", "police detained protesters in France": only a shared figure,
        # named detail or a named target hit on the same day pins it down (a party is hit on many days)
        same_figure = a.fatalities.low is not None and a.fatalities.low == b.fatalities.low
        named_target = not _generic(a.actor2) and not _generic(b.actor2) and one_party(a.actor2, b.actor2) \
            and _same_day(a, b)
        if not (same_figure or details or named_target or nested):
            return 0
    if (_loose(a.date) or _loose(b.date)) and _generic(a.actor1) and _generic(b.actor1) \
            and not (_site(pa, pb) == 2 or _same_figure(a, b) or details):
        # "last week's bombing in Istanbul" by nobody named: the day is not known, nor who struck;
        # only the same site, a toll or a named detail tells which of the week's incidents it is
        return 0
    score = 1
    score += 2 if a.event_type == b.event_type else 0
    score += 1 if a.sub_event_type == b.sub_event_type else 0
    # two towns within SITE_KM score nothing here: they may be two incidents a few km apart
    score += 2 if _site(pa, pb) == 2 else 1 if nested else 0
    score += 1 if not _generic(a.actor1) and one_party(a.actor1, b.actor1) else 0
    score += 1 if a.actor2 and b.actor2 and (a.actor2.name == b.actor2.name or one_party(a.actor2, b.actor2)) else 0
    score += 1 if _same_day(a, b) else 0
    score += 1 if _same_figure(a, b) else 0
    score += 1 if set(a.weapons) & set(b.weapons) else 0
    score += 2 if details else 0
    return score if score >= MIN_SCORE else 0


def _wide_match(a: Event, b: Event, details=None) -> bool:
    """'seized Goma in January' against 'took Goma on January 27': one site (or a town in the
    province the other names, or named in its evidence) and the same type, and a named actor on
    at least one side that fits the other's (or, for unnamed attackers, the same toll or a named
    detail)."""
    if not (_site(a.location, b.location) or _nested(a, b)) or a.event_type != b.event_type:
        return False
    named = [x for x in (a.actor1, b.actor1) if not _generic(x)]
    if not named:
        # an unnamed attacker is pinned down by the same toll or a named site instead
        return _pinned_down(a, b, details)
    return len(named) == 1 or one_party(*named)


def _loose(d: DateSpan) -> bool:
    """Return True for a date that spans more than two days ("last week", "since the weekend")."""
    return d.start is not None and ((d.end or d.start) - d.start).days > 2


def _wide(d: DateSpan) -> bool:
    return d.start is not None and ((d.end or d.start) - d.start).days > 7


def _families(e: Event) -> tuple[str, ...]:
    """Return the families of types an event is filed and looked up under: its own, and the family of an
    act's other coding where it is the `one` side of an entry of data/one_act.yaml (a protest with deaths is
    also looked for among the attacks; the attacks need not be filed twice)."""
    if e.event_type is None:
        return ("violent", "crowd")  # an untyped mention fits either
    own = _FAMILY.get(e.event_type, "other")
    found = [own]
    for one, other, dead, _ in _one_act_codings():
        family = _FAMILY.get(other[0], "other")
        if family not in found and _coded_as(e, one) and (not dead or _dead(e)):
            found.append(family)
    return tuple(found)


def _vague(e: Event) -> bool:
    """Return True for an event placed only in a country (or a region without coordinates)."""
    return _vague_place(e.location)


def _vague_place(loc) -> bool:
    return loc.precision not in (1, 2) or loc.lat is None or loc.lon is None


def _unpinned(e: Event) -> bool:
    """Return True when an event's attacker does not tell one incident of a day in a country from
    another: none, an unnamed class, or a state's forces in their own country (they act all over it
    every day; abroad, a state's strike on one day is one of few)."""
    a = e.actor1
    return _generic(a) or (a.type == "state forces" and a.country_code == e.location.country_code)


def _generic(actor: Actor | None) -> bool:
    return actor is None or actor.name in GENERIC_ACTORS


def _cell(lat: float, lon: float, size: float) -> tuple[int, int]:
    return int(math.floor(lat / size)), int(math.floor(lon / size))


def _keys(e: Event) -> tuple[list, list, list, list]:
    """Return (the block bases an event is filed under, the block keys it is filed under there,
    the bases it looks up, the keys it looks up there).

    A block is a base (country, day, type family) and a key: a grid cell (fine cells for two
    towns, which must be one site; coarse ones when a side is only "near" a town), a place or
    province name, a distinctive detail, a fatality figure, a named actor. A vague event (only a
    country or region) looks up its region, details, figure and named actor, never a whole country.
    An event is filed on its own days and looks up a day either side (two reports a day apart still
    meet); its keys are the same on every day, so bases and keys are given apart (their product is
    the blocks) and an event costs days + keys, not days x keys, tuples.
    """
    first, last = _span(e.date)
    if (last - first).days > WIDE_DAYS:
        return [], [], [], []
    loc = e.location
    details = _names_in(tuple(x.sentence for x in e.evidence))
    region = loc.name if loc.name and loc.name != loc.country else None
    families = _families(e)
    filed_bases = [(loc.country_code, first + timedelta(days=k), fam)
                   for fam in families for k in range((last - first).days + 1)]
    looked_bases = [(loc.country_code, first - DAY_SLACK + timedelta(days=k), fam)
                    for fam in families for k in range((last - first).days + 3)]
    own = [("detail", d) for d in details]
    if not _generic(e.actor1):
        own.append(("actor", _party(e.actor1)))
    # a report placed only in a country with an unnamed attacker is pinned down by a named target
    # (`same_incident`): every report files its target, the vague ones look it up
    target = [("target", _party(e.actor2))] if not _generic(e.actor2) else []
    if e.fatalities.low is not None and e.fatalities.low >= DISTINCT_FIGURE:
        own.append(("figure", e.fatalities.low))
    if region:
        own.append(("name", region))
        if loc.admin1 and loc.admin1 != region and same_province(loc.admin1, region, loc.admin1):
            own.append(("name", loc.admin1))  # "Donetsk region" meets the towns filed under their admin1 "Donetsk"
    # a longer name looks up the shorter ones it ends ("International Red Cross" finds "Red Cross": `common_names`)
    endings = [("detail", x) for x in _endings(details)]
    # a battle's sides may be another report's swapped (`_swapped_fit`): its target looked up as an
    # attacker, its attacker as a target
    swapped = ([("actor", _party(e.actor2))] if target else []) + ([("target", _party(e.actor1))] if not _generic(e.actor1)
                                                                   else []) if e.event_type == "Battles" else []
    if _vague(e):
        return filed_bases, own + target, looked_bases, own + target + endings + swapped
    fx, fy = _cell(loc.lat, loc.lon, SITE_CELL_DEG)
    cx, cy = _cell(loc.lat, loc.lon, CELL_DEG)
    filed = own + target + [("fine", fx, fy), ("coarse", cx, cy)] + ([("name", loc.admin1)] if loc.admin1 else [])
    ring = [(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    if loc.precision == 2:
        # "near" a town reaches 50 km: the town reports around are found from here
        looked = [("coarse", cx + i, cy + j) for i, j in ring]
    else:
        looked = [("fine", fx + i, fy + j) for i, j in ring]
    looked += [("detail", d) for d in details] + endings + ([("name", region)] if region else [])
    return filed_bases, filed, looked_bases, looked


@lru_cache(maxsize=1 << 16)
def _endings(details: frozenset) -> list[str]:
    """Return the names of two words or more that end a longer name of `details` ("red cross" of
    "international red cross"), the names `common_names` takes for the same detail."""
    found = set()
    for d in details:
        words = d.split(" ")
        found.update(" ".join(words[k:]) for k in range(1, len(words) - 1))
    return sorted(found - details)


ANY_COUNTRY = "*"  # the country of the blocks that cross borders (`_pinned_keys`)


def _pinned_keys(e: Event) -> tuple[list[tuple], list[tuple]]:
    """Return (the keys filed, the keys looked up) that pin an incident down whatever place a report
    gave it: a named attacker with a toll of DISTINCT_FIGURE or more, or with a named detail of its
    sentences. They are filed and looked up in blocks of every country (a report that recalls an
    incident may have placed it in another country: `_misplaced`). An attacker a report does not
    name in its own words (`_unread`) pins nothing: a toll and a named detail together do, and such
    a report looks them up among every report's, whoever they name."""
    figures = {x for x in (e.fatalities.low, e.fatalities.high) if x is not None and x >= DISTINCT_FIGURE}
    details = _names_in(tuple(x.sentence for x in e.evidence))
    keys = [("pinned", "unread", x, d) for x in figures for d in details]
    looked = keys if _unread(e.actor1) else []
    if _generic(e.actor1):
        return keys, looked
    party = _party(e.actor1)
    own = [("pinned", party, "figure", x) for x in figures] + [("pinned", party, "detail", d) for d in details]
    return keys + own, looked + own


def _town_key(loc) -> tuple | None:
    """Return the key a named place (not a country) is filed under in the blocks of every country, for the
    reports that name it without knowing its country (`_guessed_country`); None for no such place."""
    return ("town", loc.name) if loc.name and loc.name != loc.country else None


def _party(a: Actor) -> str | tuple:
    """Return the block key of a named party: one state's forces under any name are one party
    (`one_party`: "the Revolutionary Guards" and "Iran's military"), a group its canonical name."""
    return ("state", a.country_code) if a.type == "state forces" and a.country_code else a.name


def candidate_pairs(events: list[Event]) -> set[tuple[int, int]]:
    """Return the (i, j), i < j, index pairs of events that share a block and may be one incident.

    A "near a town" look-up over 50 km in a cell of more than WIDE_BLOCK is skipped. A block of more
    than BIG_BLOCK reports (a busy incident's town, attacker or toll) is read by reading (`_digest`):
    reports that read an incident alike get one answer and rank among themselves by id, so a report
    takes only the first few of each reading, and its cost grows with the readings of the block, not
    its reports. A vague event takes all of a block of up to AMBIGUOUS_BLOCK reports, PER_READING of
    each reading of a bigger block that holds at most AMBIGUOUS_BLOCK / PER_READING readings (a busy
    incident told a few ways), and none of a block of more readings: "militants attacked in
    <country>" on a day of that many different incidents names none of them (the exact keys, a
    town's name or a site's, still apply).
    Among what the blocks give, a report keeps only those that nothing cheap rules out (another
    report, dates within a day, places within reach, the attackers and sides) and, where a place
    is dense, its MAX_CANDIDATES nearest (`_nearness`): reports of one incident name one town, so
    they come first, and a group grows past that number through the pairs of its members.
    """
    index: dict[tuple, dict[tuple, list[int]]] = {}
    probes = []
    located: dict[int, tuple] = {}  # a report at or near a town: (lat, lon, cos lat, place name)
    for i, e in enumerate(events):
        if e.kind != "event" or e.date.start is None:
            continue
        if not _vague(e):
            loc = e.location
            located[i] = (loc.lat, loc.lon, math.cos(math.radians(loc.lat)), loc.name)
        filed_bases, filed, looked_bases, looked = _keys(e)
        filed = set(filed)
        for base in set(filed_bases):
            blocks = index.setdefault(base, {})
            for k in filed:
                blocks.setdefault(k, []).append(i)
        filed_anywhere, pinned = _pinned_keys(e)
        town = _town_key(e.location)
        if town:
            filed_anywhere = filed_anywhere + [town]
        if filed_anywhere:
            anywhere = {(ANY_COUNTRY,) + base[1:] for base in filed_bases}
            for base in anywhere:
                blocks = index.setdefault(base, {})
                for k in filed_anywhere:
                    blocks.setdefault(k, []).append(i)
        if town and _unlocated_town(e.location):
            pinned = pinned + [town]  # its country is a guess: the town is looked up in every country
        if pinned:
            pinned = [((ANY_COUNTRY,) + base[1:], k) for base in set(looked_bases) for k in pinned]
        probes.append((i, set(looked_bases), set(looked), _vague(e), pinned))
    facts: dict[int, _Facts] = {}
    readings: dict[tuple, int] = {}  # what the cheap tests read from an event -> its number
    answers: dict[tuple[int, int], tuple | None] = {}  # two readings' numbers -> their nearness, None: cannot meet
    pairs = set()
    crowding: dict[tuple, bool] = {}  # (base, the ring's first cell) -> whether the ring is crowded
    digests: dict[tuple, dict[int, list]] = {}  # a big block -> its reports by reading (`_digest`)

    def fact(j: int) -> _Facts:
        return facts.get(j) or facts.setdefault(j, _Facts(events[j], readings))

    for i, looked_bases, looked, vague, pinned in probes:
        seen: set[int] = set()
        big: list[dict[int, list]] = []  # the digests of the big blocks looked up (read by reading)
        far: set[int] = set()  # what the blocks across countries give: kept only where places disagree
        for base, k in pinned:
            block = index[base].get(k, ()) if base in index else ()
            if len(block) <= AMBIGUOUS_BLOCK:
                far.update(block)
        wide: set[int] = set()  # what the coarse cells give, tested for reach once (a report is filed on each of its days)
        ring = [k for k in looked if k[0] == "fine"]
        corner = min(ring) if ring else None  # the 3 x 3 ring around the town's cell, named by its first cell
        for base in looked_bases:
            blocks = index.get(base)
            if blocks is None:
                continue
            # where the ring of cells around a town is crowded, proximity names nothing: the town's
            # name, a named site or detail both reports give still find the other reports (the
            # reports of one cell share their ring: counted once)
            crowded = crowding.get((base, corner)) if ring else False
            if crowded is None:
                crowded = crowding[base, corner] = sum(len(blocks.get(k, ())) for k in ring) > DENSE_RING
            for k in looked:
                if crowded and k[0] == "fine":
                    continue
                block = blocks.get(k, ())
                if k[0] == "coarse" and len(block) > WIDE_BLOCK:
                    continue
                if len(block) > (AMBIGUOUS_BLOCK if vague else BIG_BLOCK):
                    # a busy incident's block: read by reading (a vague report's only when they are few)
                    digest = digests.get((base, k))
                    if digest is None:
                        digest = digests[base, k] = _digest(block, fact)
                    if not vague or len(digest) <= AMBIGUOUS_BLOCK // PER_READING:
                        big.append(digest)
                    continue
                (wide if k[0] == "coarse" else seen).update(block)
        if wide:
            # the 3 x 3 cells around a report "near" a town reach 80 km and more: what lies beyond
            # MAX_KM could never meet it (a town of the same name is found by name)
            here = located[i]
            seen.update([j for j in wide - seen if _within_reach(here, located[j])])
        if far:
            # two reports whose places agree are the ordinary blocks' to find (with their caps)
            seen.update([j for j in far - seen if _apart(events[i].location, events[j].location)])
        seen.discard(i)
        if vague:
            # a vague report, whose look-ups AMBIGUOUS_BLOCK bounds: all of them, and PER_READING
            # reports of each reading of a busy incident's block
            for digest in big:
                for entries in digest.values():
                    seen.update(j for _, j in _first_valid(entries, i, fact(i).docs, PER_READING))
            pairs.update((i, j) if i < j else (j, i) for j in seen)
            continue
        if len(seen) <= MAX_CANDIDATES and not big:
            # few to compare: all of them
            pairs.update((i, j) if i < j else (j, i) for j in seen)
            continue
        me = fact(i)
        found = _found(me, seen, big, fact, answers, i)
        if len(found) > MAX_CANDIDATES:
            found = _nearest(sorted(found))
        for _, _, j, _ in found:
            pairs.add((i, j) if i < j else (j, i))
    return pairs


BIG_BLOCK = 32  # a block of more reports than this is read by reading (`_digest`); any size above MAX_CANDIDATES + 1 gives the same pairs


def _digest(block: list[int], fact) -> dict[int, list]:
    """Return a big block's reports by reading: reading number -> [(event id, index, documents)]
    sorted by id. Reports that read an incident alike get one answer from the cheap tests and rank
    among themselves by their ids (`_Facts.nearness`), so a report needs only the first few of each."""
    found: dict[int, list] = defaultdict(list)
    for j in block:
        f = fact(j)
        found[f.reading].append((f.event.event_id, j, f.docs))
    for entries in found.values():
        entries.sort(key=lambda x: (x[0], x[1]))
    return found


def _first_valid(entries: list, i: int, docs: frozenset, count: int) -> list[tuple]:
    """Return the first `count` (event id, index) of a reading's list that are not report i and
    share no document with it."""
    out = []
    for eid, j, theirs in entries:
        if j != i and docs.isdisjoint(theirs):
            out.append((eid, j))
            if len(out) == count:
                break
    return out


def _found(me: "_Facts", seen: set[int], big: list[dict], fact, answers: dict, i: int) -> list[tuple]:
    """Return report i's candidates that nothing cheap rules out as (nearness, event id, index,
    reading), enough of them that `_nearest` picks from them what it would pick from all: the
    reports of `seen` and, of each big block's readings, the MAX_CANDIDATES first by id (`_nearest`
    never takes more of one reading). Readings are answered once each, then taken nearest first
    until PER_READING of each fill MAX_CANDIDATES (what comes after can no longer be picked)."""
    small: dict[int, set] = defaultdict(set)  # reading -> its reports of `seen`
    for j in seen:
        other = fact(j)
        if me.docs.isdisjoint(other.docs):
            small[other.reading].add((other.event.event_id, j))
    lists: dict[int, list] = defaultdict(list)  # reading -> its lists in the big blocks
    for digest in big:
        for r, entries in digest.items():
            lists[r].append(entries)
    ranked = []
    for r in set(small) | set(lists):
        key = (me.reading, r)
        near = answers.get(key, False)
        if near is False:
            # the answer of two readings, without the id that breaks the ties (the reports were told apart)
            one = min(small[r]) if small.get(r) else next(
                (x[0] for entries in lists[r] for x in [_first_valid(entries, i, me.docs, 1)] if x), None)
            if one is None:
                continue  # every report of this reading shares a document with report i
            other = fact(one[1])
            near = answers[key] = me.nearness(other)[:-1] if me.may_meet(other) else None
        if near is not None:
            ranked.append((near, r))
    ranked.sort()
    found, filled, at = [], 0, 0
    while at < len(ranked):
        # readings of one nearness are taken together (their reports are ranked by id among them)
        near = ranked[at][0]
        while at < len(ranked) and ranked[at][0] == near:
            r = ranked[at][1]
            entries = set(small.get(r, ()))
            for one in lists.get(r, ()):
                entries.update(_first_valid(one, i, me.docs, MAX_CANDIDATES))
            entries = sorted(entries)[:MAX_CANDIDATES]
            found.extend((near, eid, j, r) for eid, j in entries)
            filled += min(PER_READING, len(entries))
            at += 1
        if filled >= MAX_CANDIDATES:
            break
    return found

MAX_CANDIDATES = 8  # where a place is dense, a report is compared with this many nearest reports
PER_READING = 2  # of which at first no more than this many read the incident alike (`_nearest`)


def _nearest(found: list[tuple]) -> list[tuple]:
    """Return the MAX_CANDIDATES first of the candidates (nearest first, each ending with its reading's
    number), at first no more than PER_READING of one reading: where a hundred reports read a busy
    incident at its town, the few that put it "near" the town still get compared (reports that read
    it alike are one decision: more of them add nothing)."""
    kept, rest, per = [], [], defaultdict(int)
    for f in found:
        if per[f[-1]] < PER_READING and len(kept) < MAX_CANDIDATES:
            per[f[-1]] += 1
            kept.append(f)
        else:
            rest.append(f)
    return kept + rest[:MAX_CANDIDATES - len(kept)]


def _flat_km(lat: float, lon: float, coslat: float, lat2: float, lon2: float) -> float:
    """Return the flat-earth distance in km from a point (with the cosine of its latitude) to another."""
    dy = (lat - lat2) * 111.2
    dlon = abs(lon - lon2)
    dx = min(dlon, 360.0 - dlon) * 111.2 * coslat
    return math.sqrt(dx * dx + dy * dy)


def _apart(a, b) -> bool:
    """Return True when two places cannot be one incident's by place alone: two countries, or two located
    places out of reach (as `_Facts.places_may_meet` measures it)."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return True
    if (a.name and a.name == b.name) or _vague_place(a) or _vague_place(b):
        return False
    return _flat_km(a.lat, a.lon, math.cos(math.radians(a.lat)), b.lat, b.lon) > MAX_KM * 1.02


def _within_reach(here: tuple, there: tuple) -> bool:
    """Return True when two located reports (lat, lon, cos lat, place name) may be one incident's
    by place: the same name, or within MAX_KM as `_Facts.may_meet` measures it."""
    if here[3] and here[3] == there[3]:
        return True
    return _flat_km(here[0], here[1], here[2], there[0], there[1]) <= MAX_KM * 1.02


def _actor_reading(a: Actor | None) -> tuple | None:
    return None if a is None else (a.name, a.type, a.country_code, a.text is None, a.read_elsewhere)


def _reading_of(e: Event) -> tuple:
    """Return everything `_Facts.may_meet`, `_Facts.nearness` and `consistent` read from an event but its
    reports, its id and its sentences beyond their names (`consistent` reads them only in `_misplaced`,
    which `_reads_sentences` tells): two reports of one incident that read it alike (the same town, day, attacker and toll, most of
    a busy incident's reports) get one answer, computed once per pair of readings."""
    loc, d, f = e.location, e.date, e.fatalities
    return (_span(d), d.start, d.precision, loc.name, loc.country_code, loc.country, loc.admin1, loc.text,
            loc.lat, loc.lon, loc.precision, loc.kind,
            e.kind, e.event_type, e.sub_event_type, f.low, f.high, _actor_reading(e.actor1), _actor_reading(e.actor2),
            _names_in(tuple(x.sentence for x in e.evidence)))


class _Facts:
    """What the cheap tests of a candidate pair read from an event, read once."""

    __slots__ = ("event", "docs", "first", "last", "name", "code", "lat", "lon", "coslat", "precision", "names",
                 "reading")

    def __init__(self, e: Event, readings: dict | None = None):
        """readings: the numbers given to the readings met so far (see `reading_of`), when the caller
        keeps answers per reading."""
        self.event = e
        self.reading = None if readings is None else readings.setdefault(_reading_of(e), len(readings))
        self.docs = frozenset(e.sources)
        self.first, self.last = _span(e.date)
        loc = e.location
        self.name, self.code, self.precision = loc.name, loc.country_code, loc.precision or 3
        located = self.precision != 3 and loc.lat is not None and loc.lon is not None
        self.lat, self.lon = (loc.lat, loc.lon) if located else (None, None)
        self.coslat = math.cos(math.radians(loc.lat)) if located else 1.0
        self.names = None  # the names in its evidence, read only when two towns 10-50 km apart need them

    def details(self) -> frozenset:
        if self.names is None:
            self.names = _names_in(tuple(x.sentence for x in self.event.evidence))
        return self.names

    def km(self, other: "_Facts") -> float:
        """Return the distance in km, flat-earth (within 0.5 % of the great circle under 50 km; a
        pair near a threshold is decided by `consistent` itself, with a margin here)."""
        if self.lat is None or other.lat is None:
            return 0.0
        return _flat_km(self.lat, self.lon, self.coslat, other.lat, other.lon)

    def may_meet(self, other: "_Facts") -> bool:
        """Return False when something cheap rules out one incident (never when `consistent` could
        accept the pair): a shared report, days more than a day apart, places out of reach, attackers
        who are two parties, swapped sides."""
        if not self.docs.isdisjoint(other.docs):
            return False
        if self.first - DAY_SLACK > other.last or other.first - DAY_SLACK > self.last:
            return False
        a, b = self.event, other.event
        if not self.places_may_meet(other) and not (_pinnable(a, b) and _place_doubted(a, b)):
            return False  # (a report may have misplaced a pinned-down incident: `_misplaced`)
        return _sides_agree(a, b, lambda: common_names(self.details(), other.details()))

    def places_may_meet(self, other: "_Facts") -> bool:
        """Return False when the places alone rule out one incident (another country, out of reach)."""
        if self.code and other.code and self.code != other.code and not _guessed_country(self.event.location, other.event.location):
            return False
        if not (self.name and self.name == other.name) and self.lat is not None and other.lat is not None:
            km = self.km(other)
            if km > MAX_KM * 1.02:
                return False
            if self.precision == other.precision == 1 and km > SITE_KM * 1.02 and not common_names(self.details(), other.details()):
                return False
        return True

    def nearness(self, other: "_Facts") -> tuple:
        """Return a sort key: the same town, then nearer, the same day, the same named attacker, the
        same toll, then the event id (never the input order)."""
        a, b = self.event, other.event
        same_actor = a.actor1 is not None and b.actor1 is not None and a.actor1.name == b.actor1.name \
            and a.actor1.name not in GENERIC_ACTORS
        same_figure = a.fatalities.low is not None and a.fatalities.low == b.fatalities.low
        return (not (self.name and self.name == other.name), round(self.km(other)), self.first != other.first,
                not same_actor, not same_figure, b.event_id)


@contextmanager
def _no_cycle_collection():
    """Pause Python's cycle collector: merging allocates millions of small tuples (block keys,
    pairs) and no cycles, and the collector's passes over them cost about a third of the merge
    (measured with `bench/merge.py`)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def merge_events(events: list[Event]) -> list[Event]:
    """Return the events with those that describe the same incident merged; order kept."""
    with _no_cycle_collection():
        groups = _group(events, frozen=0)
        return _build(events, groups, keep_order=True)[0]


@dataclass
class MergeResult:
    """What merging new events against stored ones changes."""

    events: list[Event] = field(default_factory=list)  # to write: new, grown or relinked events
    replaced: dict[str, str] = field(default_factory=dict)  # stored event_id -> id of the event holding it


def merge_new(new: list[Event], existing: list[Event]) -> MergeResult:
    """Return the new events merged with each other and with the stored ones they describe.

    Stored events are never merged with each other through this call except through a new event
    that both describe. Returned: the new events, the stored ones that grew (under a new id), and
    the stored ones whose `responds_to` now names a merged id; an untouched stored event is not
    returned (nor changed: the inputs are not modified).
    """
    existing = copy.deepcopy(list(existing))
    before = {e.event_id: list(e.responds_to) for e in existing}
    events = existing + copy.deepcopy(list(new))
    with _no_cycle_collection():
        groups = _group(events, frozen=len(existing))
        out, new_id = _build(events, groups, keep_order=False)
    write = [e for e in out if e.event_id not in before or e.responds_to != before[e.event_id]]
    return MergeResult(write, {old: nid for old, nid in new_id.items() if old in before and old != nid})


def _group(events: list[Event], frozen: int) -> list[list[int]]:
    """Return the groups of event indexes that are one incident (the first `frozen` events are
    stored ones: two of them join only through a new event)."""
    parent = list(range(len(events)))
    docs_of = [set(e.sources) for e in events]

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    scored = []
    names: dict[int, frozenset] = {}  # event index -> the names in its evidence, read once

    def names_of(i: int) -> frozenset:
        found = names.get(i)
        if found is None:
            found = names[i] = _details_of(events[i])
        return found

    # in index order: a report's pairs one after the other keep its objects in the processor's cache
    # (in the set's hash order, the 100k-report day spent 40% more on them)
    for i, j in sorted(candidate_pairs(events)):
        if i < frozen and j < frozen:
            continue
        a, b = (i, j) if events[i].event_id <= events[j].event_id else (j, i)
        # asked in one fixed order: the answer never depends on input order
        score = same_incident(events[a], events[b], names_of(a), names_of(b))
        if score:
            scored.append((-score, events[a].event_id, events[b].event_id, i, j))
    # ties are broken by the events' own ids, never by input order: the same inputs in any order
    # give the same groups and so the same ids
    members = {i: [i] for i in range(len(events))}
    # two reports' answer, asked once however often their groups meet; a scored pair fits already
    # (same_incident asked `consistent` with a day's slack, and fit allows two)
    fits: dict[tuple[int, int], bool] = {}
    for _, _, _, i, j in scored:
        fits[i, j] = fits[j, i] = True
    refused: set[tuple] = set()  # two groups (root, size: groups only grow) found not to fit

    def fit(x: int, y: int) -> bool:
        if (x, y) not in fits:
            fits[x, y] = consistent(events[x], events[y],
                                    lambda: shared_details(events[x], events[y], names_of(x), names_of(y)),
                                    slack=2 * DAY_SLACK, identify=False)
        return fits[x, y]

    # a group's members by reading (`_reading_of`): two readings fit or not whatever reports they
    # come from, unless the answer reads the sentences (`_misplaced`), so a busy incident's hundreds
    # of reports are checked as its few readings
    readings: dict[tuple, int] = {}
    reading: dict[int, int] = {}  # event index -> its reading's number
    by_reading: dict[int, dict[int, list[int]]] = {}  # a group's root -> its members by reading
    reading_fits: dict[tuple[int, int], bool] = {}

    def by_reading_of(indexes: list[int]) -> dict[int, list[int]]:
        found = defaultdict(list)
        for i in indexes:
            r = reading.get(i)
            if r is None:
                r = reading[i] = readings.setdefault(_reading_of(events[i]), len(readings))
            found[r].append(i)
        return found

    def read(root: int) -> dict[int, list[int]]:
        found = by_reading.get(root)
        if found is None:
            found = by_reading[root] = by_reading_of(members[root])
        return found

    def groups_fit(ri: int, rj: int) -> bool:
        if len(members[ri]) * len(members[rj]) <= FEW_CHECKS:
            return all(fit(x, y) for x in members[ri] for y in members[rj])
        for ra, xs in read(ri).items():
            for rb, ys in read(rj).items():
                known = reading_fits.get((ra, rb))
                if known is None:
                    x, y = xs[0], ys[0]
                    if not _reads_sentences(events[x], events[y], names_of(x), names_of(y)):
                        known = reading_fits[ra, rb] = fit(x, y)
                    elif all(fit(x, y) for x in xs for y in ys):
                        continue
                    else:
                        return False
                if not known:
                    return False
        return True

    for _, _, _, i, j in sorted(scored):
        ri, rj = find(i), find(j)
        if ri == rj or docs_of[ri] & docs_of[rj]:
            continue  # one report's events were already told apart by coreference
        # every report of the one incident must fit every other: a vague report ("in Mali") never
        # chains two towns' incidents together
        # (reports of one incident may each be a day off: two days apart between the farthest)
        state = (ri, len(members[ri]), rj, len(members[rj]))
        if state in refused:
            continue
        if not groups_fit(ri, rj):
            refused.add(state)
            continue
        if len(members[ri]) < len(members[rj]):
            ri, rj = rj, ri  # the smaller group joins the bigger: a busy incident's report costs its own size
        parent[rj] = ri
        docs_of[ri] |= docs_of[rj]
        moved = members.pop(rj)
        members[ri] += moved
        # the group's members by reading grow with the members that joined (its answers never depend
        # on the order of a reading's reports: `groups_fit`)
        small = by_reading.pop(rj, None)
        grown = by_reading.get(ri)
        if grown is not None:
            for r, xs in (small if small is not None else by_reading_of(moved)).items():
                grown[r].extend(xs)
    groups = defaultdict(list)
    for i in range(len(events)):
        groups[find(i)].append(i)
    return list(groups.values())


FEW_CHECKS = 16  # two groups this small are checked report by report (their readings would cost more)


def _reads_sentences(a: Event, b: Event, names_a: frozenset, names_b: frozenset) -> bool:
    """Return True when `consistent` may read two events' sentences beyond their names: only to ask
    whether one misplaced the incident (`_misplaced`), when their places disagree."""
    return _pinnable(a, b) and not _places_agree(a.location, b.location,
                                                 lambda: shared_details(a, b, names_a, names_b))


def _build(events: list[Event], groups: list[list[int]], keep_order: bool) -> tuple[list[Event], dict[str, str]]:
    """Return the events after merging the groups (each in the place of its first member), and
    the map of every old event_id to its new one."""
    if all(len(g) == 1 for g in groups):
        return events, {}
    new_id: dict[str, str] = {}
    at: dict[int, Event] = {}
    for members in groups:
        if len(members) == 1:
            continue
        event = _combine([events[i] for i in members])
        at[min(members)] = event
        for i in members:
            new_id[events[i].event_id] = event.event_id
    merged_away = {i for g in groups if len(g) > 1 for i in g if i != min(g)}
    out = [at.get(i, e) for i, e in enumerate(events) if i not in merged_away]
    for e in out:
        if any(x in new_id for x in e.responds_to):
            e.responds_to = sorted({new_id.get(x, x) for x in e.responds_to} - {e.event_id})
    return out, new_id


def constituents(e: Event) -> list[str]:
    """Return the ids of the per-report events an event was merged from (itself if none)."""
    return sorted({p["event_id"] for p in e.per_source}) if e.per_source else [e.event_id]


def _per_source(p: Event) -> list[dict]:
    if p.per_source:
        return list(p.per_source)
    # each outlet's own reading, so that an analyst sees where they disagree ("massacre" or "clash")
    return [{"source": p.sources[0], "event_id": p.event_id, "date": p.date.to_record(),
             "event_type": p.event_type, "sub_event_type": p.sub_event_type,
             "location": p.location.name, "fatalities": p.fatalities.to_record(),
             "actor1": p.actor1.name if p.actor1 else None,
             "actor2": p.actor2.name if p.actor2 else None}]


def _combine(parts: list[Event]) -> Event:
    """Return one event from several reports of it: every source, figures as a range."""
    parts = sorted(parts, key=lambda e: (e.sources[0], e.event_id))
    base = max(parts, key=lambda e: (e.confidence, -len(e.sources), e.event_id))
    dated = [p.date for p in parts if p.date.start is not None]
    rank = {"day": 0, "week": 1, "month": 2, "range": 3}
    date = min(dated, key=lambda d: (rank.get(d.precision, 4), d.start, d.end or d.start)) if dated else base.date
    # a place its own report's sentences name (a recalled incident often takes another sentence's
    # place: `_misplaced`); then the most precise place; between equals, a province or region over the
    # bare country, then the place of the report that dates the incident most precisely (the one that
    # told it first-hand)
    disagree = len({p.location.name for p in parts}) > 1
    place = min(parts, key=lambda p: (disagree and not _names_place(p, p.location), p.location.precision or 4,
                                      _unlocated_town(p.location), p.location.name is None,
                                      p.location.name == p.location.country, rank.get(p.date.precision, 4),
                                      p.location.name or "")).location
    # a report that gave the town another country than the one it has told the incident from afar (it guessed
    # the country, and its sides' with it: `_guessed_country`): the sides of the reports that located it first
    told = sorted(parts, key=lambda p: _unlocated_town(p.location) and p.location.country_code != place.country_code)
    actor1 = _prefer_named([p.actor1 for p in told])
    actor2 = _prefer_named([p.actor2 for p in told])
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
    event.per_source = sorted((ps for p in parts for ps in _per_source(p)), key=lambda x: (x["source"], x["event_id"]))
    event.antecedent = next((p.antecedent for p in parts if p.antecedent), None)
    ids = sorted({i for p in parts for i in constituents(p)})
    event.event_id = "fp-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16]
    event.responds_to = sorted(set(event.responds_to) - {p.event_id for p in parts})
    return event


def _prefer_named(actors):
    """Return the first named actor read in its report's words (a listed name first), else the first
    named, else any (a side the pipeline filled in without words is a guess: "Tuesday's strike"
    credited to the party another sentence named)."""
    found = [a for a in actors if a is not None]
    named = [a for a in found if a.name not in GENERIC_ACTORS]
    said = [a for a in named if a.text is not None]
    listed = [a for a in said if not _unlisted(a)]  # a name an actor list holds over one made from words
    return (listed or said or named or found or [None])[0]
