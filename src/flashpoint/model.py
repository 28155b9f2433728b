"""The data model every stage reads and writes.

Documents go in; mentions are what a single sentence says; events are what
the report (or many reports) describe. Every object here is a plain dataclass
that pickles, so that the per-document stages run unchanged in Dask workers.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date


def copied(obj):
    """Return a shallow copy of a plain dataclass object (what `copy.copy` gives, without its generic protocol:
    the readers hand out copies of the figures and actors they keep thousands of times a report)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


@dataclass
class Document:
    """One news report: its text, when it was published and where it came from."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # file name (and line) it was read from, for messages

    @property
    def content_hash(self) -> str:
        """Return the sha256 of the text: the same content under another id is the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class DateSpan:
    """When something happened: a closed range of days, with the precision the text allows."""

    start: date | None
    end: date | None
    precision: str = "unknown"  # day | week | month | range | unknown
    text: str | None = None

    def to_record(self) -> dict:
        """Return the contract's `date` object."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
        }


@dataclass
class Place:
    """Where something happened, as resolved by the gazetteer."""

    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None  # 1 the place itself, 2 near it, 3 region/province/country
    text: str | None = None
    kind: str | None = None  # city, base, region, country ...

    def to_record(self) -> dict:
        """Return the contract's `location` object."""
        return {
            "name": self.name,
            "admin1": self.admin1,
            "country": self.country,
            "country_code": self.country_code,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "text": self.text,
        }


@dataclass
class Actor:
    """Who acted or was acted on: a canonical name from the actor base, or a class."""

    name: str
    id: str | None = None
    type: str | None = None
    country_code: str | None = None
    backer: str | None = None
    text: str | None = None
    read_elsewhere: bool = False  # `text` was read from another sentence of the report (a side filled in)

    def to_record(self) -> dict:
        """Return the contract's actor object (with `read_elsewhere: true` when its words come from
        another sentence of the report than the event's)."""
        out = {
            "name": self.name,
            "id": self.id,
            "type": self.type,
            "country_code": self.country_code,
            "backer": self.backer,
            "text": self.text,
        }
        if self.read_elsewhere:
            out["read_elsewhere"] = True
        return out


@dataclass
class Casualties:
    """Reported deaths as a low/high range, with the injured kept apart."""

    low: int | None = None
    high: int | None = None
    best: int | None = None
    text: str | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    injured_text: str | None = None
    vague: bool = False  # only a vague plural ("dozens") was given: any stated figure replaces it
    total: bool = False  # a running toll ("the death toll rose to 33"), not one scene's dead
    summed: bool = False  # the running toll after more deaths ("bringing the total to 13"): earlier counts are inside it
    earlier: int | None = None  # the count a summed toll implies was told before it ("three more died, bringing the total to 13": 10)
    overall: bool = False  # only a toll over several incidents ("the day's toll", "the overall toll"): not one incident's own
    elsewhere: tuple = ()  # (place words, figure): another place's dead told beside ("and three in Soacha")
    part: bool = False  # only victims named or counted as a part of the dead ("among them", "killed X")
    side: str | None = None  # who all the counted dead were, when one known group: civilians | security | militants
    added: bool = False  # only dead told beside others already counted ("were also killed"): add, not range
    attackers: bool = False  # only the attackers' own death ("the bomber blew himself up"): added even to a running toll
    with_attackers: int = 0  # how many of the counted are the attackers themselves ("killing 30 ... blew himself up": 1 of 31)
    respective: tuple = ()  # "killing 28 and 17 people respectively": the figures, in the order of the places listed

    def to_record(self) -> dict:
        """Return the contract's `fatalities` object (the injured go in their own field)."""
        return {"low": self.low, "high": self.high, "best": self.best, "text": self.text}


@dataclass
class Evidence:
    """A sentence of a document that an event was read from, with its character span."""

    doc_id: str
    start: int
    end: int
    sentence: str

    def to_record(self) -> dict:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Event:
    """One incident at one place and time (kind 'event'), or a reported count of them (kind 'tally')."""

    kind: str
    event_type: str | None
    sub_event_type: str | None
    actor1: Actor
    actor2: Actor | None
    date: DateSpan
    location: Place
    fatalities: Casualties
    evidence: list[Evidence]
    sources: list[str]
    confidence: float
    count: int | None = None
    weapons: list[str] = field(default_factory=list)
    responds_to: list[str] = field(default_factory=list)
    responds_to_inferred: list[dict] = field(default_factory=list)
    trigger: str | None = None
    event_id: str = ""
    per_source: list[dict] = field(default_factory=list)
    # what a retaliation cue says this event answered, when its own report does not tell that
    # incident ({"doc_id", "text"}): resolved across reports by resolve.links; not in the record
    antecedent: dict | None = None

    def identity(self) -> str:
        """Return the text that defines this event's id: where it was read from and what it is."""
        ev = sorted((e.doc_id, e.start, e.end) for e in self.evidence)
        return json.dumps([self.kind, self.event_type, self.sub_event_type, ev[:1], self.trigger, self.location.name])

    def assign_id(self, salt: str = "") -> str:
        """Set and return a stable id: the same input gives the same id on every run (`salt` tells apart
        two records of one report that share their identity)."""
        self.event_id = "fp-" + hashlib.sha1((self.identity() + salt).encode("utf-8")).hexdigest()[:16]
        return self.event_id

    def distinct_identity(self) -> str:
        """Return what tells this event from another of its report with the same identity(): all its
        evidence and both actors."""
        ev = sorted((e.doc_id, e.start, e.end) for e in self.evidence)
        return json.dumps([ev, self.actor1.name, self.actor2.name if self.actor2 else None, str(self.date.start)])

    def to_record(self) -> dict:
        """Return the event as a dict valid against the contract's event.schema.json."""
        record = {
            "event_id": self.event_id,
            "kind": self.kind,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1.to_record(),
            "actor2": self.actor2.to_record() if self.actor2 else None,
            "date": self.date.to_record(),
            "location": self.location.to_record(),
            "fatalities": self.fatalities.to_record(),
            "injured": {"low": self.fatalities.injured_low, "high": self.fatalities.injured_high,
                        "text": self.fatalities.injured_text},
            "count": self.count,
            "weapons": list(self.weapons),
            "responds_to": list(self.responds_to),
            "responds_to_inferred": list(self.responds_to_inferred),
            "evidence": [e.to_record() for e in self.evidence],
            "sources": list(self.sources),
            "confidence": round(float(self.confidence), 3),
            "trigger": self.trigger,
        }
        if self.per_source:
            record["per_source"] = list(self.per_source)
        return record


def to_jsonable(obj) -> dict:
    """Return a dataclass as a JSON-ready dict (dates as ISO strings)."""
    def fix(v):
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        if isinstance(v, list):
            return [fix(x) for x in v]
        return v
    return fix(asdict(obj))


@dataclass
class Mention:
    """What one sentence says about one incident: the trigger and everything attached to it.

    `*_own` flags say whether a field was read from this sentence (True) or is still empty and
    may be filled from the report's context when mentions are resolved into events.
    """

    doc_id: str
    sent_index: int
    sent_start: int
    sent_end: int
    sentence: str
    trigger: str
    trigger_start: int  # character offsets in the document
    trigger_end: int
    mode: str
    event_type: str | None
    sub_event_type: str | None
    type_basis: str  # weapon | trigger | target | default
    actor1: Actor | None = None
    actor2: Actor | None = None
    date: DateSpan | None = None
    place: Place | None = None
    casualties: Casualties | None = None
    weapons: list[str] = field(default_factory=list)
    kind: str = "event"
    count: int | None = None
    anaphoric: bool = False  # "the attack", "Monday's strike": refers back to an incident already told
    generic: bool = False  # plural or habitual without a time: "attacks on U.S. troops"
    retaliation: bool = False  # the sentence says this answered something
    recalled: bool = False  # named inside another act's cue: "in retaliation for Saturday's attack"
    plural: bool = False  # the trigger is a plural noun: "the bombings", "strikes"
    another: bool = False  # "a second bomb", "another blast": an incident besides the one told before
    compared: bool = False  # "deadlier than the raid at Uri": named to be compared with one told, even in its sentence
    after_anchor: bool = False  # "X came two weeks after Y": Y is this mention's antecedent
    allies: list = field(default_factory=list)  # sides told acting with its doer ("entered Kidal alongside Malian troops")
    claimed: bool = False  # told as what a group claimed ("claimed the attack", "claimed responsibility, saying its fighters attacked X")
    date_of_telling: bool = False  # "the attack was claimed on Monday": its date is the telling's; the incident may be earlier
    announced: bool = False  # "the army said on Tuesday it had taken Kidal": dated by the day it was announced, none its own
    posted: bool = False  # dated only by a live blog entry's stamp ("09:40 GMT - ..."): told that day, of that day or before
    # the day of the clause an 'after ...' clause it sits in hangs from ("police detained 47 people on Thursday after
    # protesters blocked streets"): the incident is that day or shortly before; its date when nothing else dates it
    day_of_main_clause: DateSpan | None = None
    strength: float = 0.5
    headline: bool = False
    victims: list[str] = field(default_factory=list)  # sides of the killed: civilians | security | militants
    ends_attack: bool = False  # kills only the attackers of an attack told in its sentence ("before police killed him")
    site_hit: bool = False  # nobody named hit, but a site: "struck energy facilities in Poltava", "attacks on the port"
    site: str | None = None  # the kind of public place it struck, by head lemma ("the bus station" -> station)
