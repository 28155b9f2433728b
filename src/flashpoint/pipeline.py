"""Documents in, events out: the per-document stages chained, then the cross-document step.

`extract_document` is a pure function of (document, parsed doc) whose input and output pickle,
so the same code runs inside Dask workers; `extract` pipes many documents through the model.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator

from flashpoint import nlp
from flashpoint.extract.mentions import read_report, resources
from flashpoint.model import Actor, Document, Event
from flashpoint.resolve import coref, links
from flashpoint.resolve import event_filter as event_filter_model
from flashpoint.resolve import pair_join as pair_join_model
from flashpoint.resolve.merge import merge_events
from flashpoint.syntax import token_table

MAX_PARSE_CHARS = 200_000  # longer texts are parsed in their first 200k characters (a 40-page report)
# A news report tells tens of incidents; folding mentions into events compares each with every
# cluster, so a page of thousands of repeated incident sentences would take minutes. Only a report's
# first MAX_MENTIONS mentions are folded (see docs/robustness.md).
MAX_MENTIONS = 1_000


def extract_document(document: Document, sdoc=None, event_filter: bool | None = None,
                     pair_join: bool | None = None) -> list[Event]:
    """Return the events and tallies one report describes.

    event_filter: drop the candidates the learned filter (resolve/event_filter.py) scores below its
    threshold; None does what the shipped model's `enabled` says.
    pair_join: join the events the learned pair scorer (resolve/pair_join.py) takes for one incident;
    None does what the shipped model's `enabled` says.
    """
    if sdoc is None:
        sdoc = nlp.load()(document.text[:MAX_PARSE_CHARS])
    events, clusters = candidate_events(document, sdoc, pair_join)
    model = event_filter_model.shipped_model()
    if model.enabled if event_filter is None else event_filter:
        events = event_filter_model.screen(events, clusters, sdoc, document, model)
    return events


def candidate_events(document: Document, sdoc, pair_join: bool | None = False) -> tuple[list, list]:
    """Return (events, clusters) of one parsed report before the learned filter, events[i] made from clusters[i].

    pair_join: as in `extract_document` (False: never; the learned filter was trained without it).
    """
    res = resources()
    reading = read_report(document, sdoc, res)
    clusters, own = report_clusters(document, reading)
    events = events_of(clusters, document, reading, sdoc)
    model = pair_join_model.shipped_model()
    if model.enabled if pair_join is None else pair_join:
        grouping = pair_join_model.join(events, clusters, own, model)
        if len(grouping) < len(clusters):
            clusters = pair_join_model.join_clusters(clusters, grouping)
            events = events_of(clusters, document, reading, sdoc)
    return events, clusters


def report_clusters(document: Document, reading) -> tuple[list, list]:
    """Return the clusters of one read report, context filled in, and what each read on its own
    (`pair_join.own_of`, taken before the context was filled)."""
    res = resources()
    clusters = coref.cluster_mentions(reading.mentions[:MAX_MENTIONS])
    coref.dominant_subtypes(clusters)
    own = pair_join_model.own_of(clusters)
    coref.fill_context(clusters, document, res.places, reading.countries, reading.sentence_places,
                       reading.sentence_casualties, reading.claims, reading.sentence_dates,
                       reading.sentence_targets, reading.report_day)
    return clusters, own


def events_of(clusters: list, document: Document, reading, sdoc) -> list[Event]:
    """Return the events of a report's clusters (events[i] made from clusters[i]), linked and their
    sides completed from the report (`sdoc`, its parse)."""
    res = resources()
    events = coref.to_events(clusters, document)
    links.link_report(clusters, events)
    _fill_counterparts(events, reading.named, res.actors)
    _crowd_faced(events, sdoc, res.actors)
    _states_counting_their_proxies(events)
    _answer_hits_the_attacker(events)
    coref.civilians_by_default(events)
    _carry_backers(events, reading.named)
    return events


def _carry_backers(events: list[Event], named: list[Actor] | None = None) -> None:
    """'The militants' later in a report are the 'Iran-backed militants' it named before (in an
    event or anywhere in the report)."""
    backers: dict[str, set] = {}
    for a in named or []:
        if a.backer and a.type != "state forces":
            backers.setdefault(a.name, set()).add(a.backer)
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is not None and a.backer and a.type != "state forces":
                backers.setdefault(a.name, set()).add(a.backer)
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is not None and not a.backer and a.type != "state forces" and len(backers.get(a.name, ())) == 1:
                a.backer = next(iter(backers[a.name]))


_ARMED = ("state forces", "rebel group", "political militia", "identity militia", "external/other")


def _answer_hits_the_attacker(events: list[Event]) -> None:
    """Name the side an answer hit, when its sentence names none, as the side whose act it answers
    ("Militants shelled Kidal ... The army hit back with airstrikes": the militants)."""
    by_id = {e.event_id: e for e in events}
    for e in events:
        if e.kind != "event" or e.actor2 is not None or e.actor1 is None or len(e.responds_to) != 1 \
                or getattr(e, "people_hit", False):
            continue
        before = by_id.get(e.responds_to[0])
        a = before.actor1 if before is not None else None
        if a is not None and a.id is not None and a.type in _ARMED and a.name != e.actor1.name and a.country_code != e.actor1.country_code \
                or (a is not None and a.type in _ARMED and a.type != e.actor1.type):
            e.actor2 = Actor(a.name, a.id, a.type, a.country_code, a.backer, None)


_DYAD_TYPES = ("Explosions/Remote violence", "Battles", None)
_DYAD_SUBS = ("Disrupted weapons use", "Non-state actor overtakes territory", "Government regains territory")
_CROWD_FACING = "Violent demonstration"  # a crowd's act whose actor2 is the force it faced (`_crowd_faced`)


def _fill_counterparts(events: list[Event], named: list[Actor] | None = None, actors=None) -> None:
    """Name the other side of an event that names only one, from the report's own dyads.

    "Air defences shot down several drones": the drones were the side this report has the
    defenders fighting. Only the opponent the report itself pairs with that actor is used, and
    such an actor carries no `text` (it was not read from the event's sentence).
    """
    pairs, by_name = _report_dyads(events)
    armed = Counter(a.name for e in events for a in (e.actor1, e.actor2)
                    if a is not None and a.type not in ("civilians", "protesters") and a.name != "Unidentified Armed Group")
    for e in events:
        if e.actor2 is not None or e.actor1 is None:
            continue
        if getattr(e, "people_hit", False) and e.actor1.type != "state forces":
            # "a bomb killed six people on Istiklal Avenue": people, given as civilians below (a state's
            # strike that killed people in a report about its war on a group hit that group)
            continue
        if not (e.kind == "tally" or e.event_type in _DYAD_TYPES or e.sub_event_type in _DYAD_SUBS):
            continue
        held = _state_holding_the_place(e, events, named or [])
        if held is not None:
            e.actor2 = held
            continue
        me = e.actor1.name
        opponents = Counter()
        for (a, b), n in pairs.items():
            if a == me and b != me:
                opponents[b] += n
            elif b == me and a != me:
                opponents[a] += n
        # an unidentified group nobody's words named says nothing of who this side fights
        opponents = Counter({k: v for k, v in opponents.items() if by_name[k].type not in ("civilians", "protesters")
                             and not (k == "Unidentified Armed Group" and by_name[k].text is None)})
        if not opponents:
            opponents = _sponsored_opponents(e.actor1, pairs, by_name)
        if opponents:
            name = opponents.most_common(1)[0][0]
            told = _told_before_here(e, name, events)
            a = told or by_name[name]
            e.actor2 = Actor(a.name, a.id, a.type, a.country_code, a.backer, told and told.text, told is not None)
            continue
        adversary = _report_adversary(e, named or [], actors)
        if adversary is not None:
            e.actor2 = adversary
            continue
        elif e.kind == "tally" or e.sub_event_type == "Disrupted weapons use":
            for e2 in events:
                for a in (e2.actor1, e2.actor2):
                    if a is not None and a.name != me and armed.get(a.name) and a.country_code != e.actor1.country_code \
                            and a.type == "state forces":
                        e.actor2 = Actor(a.name, a.id, a.type, a.country_code, a.backer, None)
                        break
                if e.actor2 is not None:
                    break


def _crowd_faced(events: list[Event], sdoc, actors) -> None:
    """Name the force a violent crowd faced when its event names nobody it hit: the police (else the army) of
    the event's country that its sentences or the sentence after them name ("the protest turned violent ...
    Police fired tear gas": the police), ACLED's actor2 of such a demonstration. Such an actor carries no
    `text` (it may be read in another sentence than the crowd's)."""
    crowds = [e for e in events if e.kind == "event" and e.actor2 is None and e.sub_event_type == _CROWD_FACING
              and e.location.country_code]
    if not crowds:
        return  # most reports: no sentence list built
    sents = token_table(sdoc).sentences()
    for e in crowds:
        told = {i for ev in e.evidence for i, s in enumerate(sents) if ev.start <= s.start_char < ev.end}
        found = [a for i in sorted(told | {i + 1 for i in told if i + 1 < len(sents)}) for tok in sents[i]
                 if tok.pos_ == "NOUN" for a in [actors.resolve_phrase([tok], e.location.country_code)]
                 if a is not None and a.type == "state forces" and a.country_code == e.location.country_code
                 and a.name.startswith(("Police Forces of", "Military Forces of"))]
        if found:
            a = min(found, key=lambda x: not x.name.startswith("Police Forces of"))
            e.actor2 = Actor(a.name, a.id, a.type, a.country_code, a.backer, None)


def _told_before_here(e: Event, name: str, events: list[Event]) -> Actor | None:
    """Return the side `name` as the report words it in its nearest earlier event by the same doer at the
    same place, when it words it there: "US strikes in eastern Syria on facilities used by Iran and its
    proxies ... US warplanes attacked an arms depot in eastern Syria" (the depot's side, read there)."""
    if not e.location.name or not e.evidence:
        return None
    here = e.evidence[0].start
    before = [x for x in events if x is not e and x.kind == "event" and x.actor1 is not None and x.actor2 is not None
              and x.actor1.name == e.actor1.name and x.actor2.name == name and x.actor2.text
              and not x.actor2.read_elsewhere and x.location.name == e.location.name
              and x.evidence and x.evidence[0].start < here]
    return max(before, key=lambda x: x.evidence[0].start).actor2 if before else None


def _report_dyads(events: list[Event]) -> tuple[Counter, dict]:
    """Return how often each (actor1, actor2) pair of names acts in the report's events, and the
    first actor seen under each name."""
    pairs: Counter = Counter()
    by_name = {}
    for e in events:
        if e.kind == "event" and e.actor1 is not None and e.actor2 is not None:
            pairs[(e.actor1.name, e.actor2.name)] += 1
            by_name.setdefault(e.actor1.name, e.actor1)
            by_name.setdefault(e.actor2.name, e.actor2)
    return pairs, by_name


def _states_counting_their_proxies(events: list[Event]) -> None:
    """A state credited with a count of attacks on a side that the groups it backs fight in the
    report ('Iran has launched 66 attacks' in a report of Iran-backed militias attacking US forces)
    is the state with its proxies: its backer is itself."""
    pairs, by_name = _report_dyads(events)
    for e in events:
        if e.kind == "tally" and e.actor1 is not None and e.actor2 is not None and not e.actor1.backer \
                and e.actor2.name in _sponsored_opponents(e.actor1, pairs, by_name):
            e.actor1.backer = e.actor1.country_code


def _sponsored_opponents(me: Actor, pairs: Counter, by_name: dict) -> Counter:
    """Return the sides the groups a state backs fight in the report: 'Iran has launched 66
    attacks' in a report of Iran-backed militias fighting US forces is against US forces."""
    out: Counter = Counter()
    if me.type != "state forces" or not me.country_code:
        return out
    for (a, b), n in pairs.items():
        for mine, other in ((a, b), (b, a)):
            proxy, them = by_name[mine], by_name[other]
            if proxy.backer == me.country_code and them.backer != me.country_code \
                    and them.country_code != me.country_code and them.type not in ("civilians", "protesters"):
                out[other] += n
    return out


def _state_holding_the_place(e: Event, events: list[Event], named: list[Actor]) -> Actor | None:
    """Return the forces of the state whose site a state struck, when the report has that state's forces
    as a side and names no armed group of that country: "Russian missiles struck energy facilities in
    Poltava" beside "Ukrainian air defences shot down twelve drones" hit Ukraine's side; a town struck with
    no site named ("missiles hit Sumy") hit its civilians (the state's, not a group's). None for people
    hit (civilians, decided later), for strikes in a country where the report names a group fighting or that
    answer a group's act, and for weapons shot down (where they fell says nothing of who sent them)."""
    me, where = e.actor1, e.location.country_code
    if me.type != "state forces" or not where or where == me.country_code or getattr(e, "people_hit", False) \
            or e.event_type != "Explosions/Remote violence":
        return None
    if any(a.country_code == where and a.type in ("rebel group", "political militia", "identity militia")
           for a in named):
        return None
    answered = [x.actor1 for x in events if x.event_id in e.responds_to]
    if any(a is None or a.type != "state forces" for a in answered):
        return None  # "India's missiles struck Bahawalpur ... its answer to the killing of 26 tourists" by gunmen
    sides = [a for x in events if x is not e for a in (x.actor1, x.actor2)
             if a is not None and a.text and not a.read_elsewhere and a.type == "state forces"
             and a.country_code == where and a.name.startswith("Military Forces of")]
    sides += [a for a in named if a.type == "state forces" and a.country_code == where
              and a.name.startswith("Military Forces of")]
    if not sides:
        return None
    if not getattr(e, "site_hit", False):
        # a town struck, nobody and nothing in it named ("missiles hit Zaporizhzhia again"): its people
        return Actor("Civilians", "civilians", "civilians", where, None, None)
    a = sides[0]
    return Actor(a.name, a.id, a.type, a.country_code, a.backer, None)


def _report_adversary(e: Event, named: list[Actor], actors) -> Actor | None:
    """The other side the report is about: for a state, the armed group it names most; for an
    armed group, the forces of the state where it fights. None when the report does not say."""
    state = e.actor1.type == "state forces"
    for a in named:
        if a.name == e.actor1.name or (a.country_code and a.country_code == e.actor1.country_code and state):
            continue
        if state and a.type in ("rebel group", "political militia", "identity militia"):
            return Actor(a.name, a.id, a.type, a.country_code, a.backer, None)
        if not state and a.type == "state forces" and a.country_code == e.location.country_code:
            return Actor(a.name, a.id, a.type, a.country_code, a.backer, None)
    if not state and actors is not None and e.location.country_code and e.event_type == "Battles" \
            and e.actor1.name not in ("Protesters", "Rioters", "Civilians"):
        country = actors.country_by_code.get(e.location.country_code)
        if country is not None:
            return actors.state_forces(country, None)
    return None


def extract(documents: Iterable[Document], batch_size: int = 16, n_process: int = 1,
            on_document: Callable[[Document], None] | None = None, merge: bool = True,
            event_filter: bool | None = None, pair_join: bool | None = None) -> Iterator[Event]:
    """Yield the events of many documents, the same incident from several reports merged into one.

    With merge=False, events stream out per document as soon as it is parsed; event_filter and
    pair_join as in `extract_document`.
    """
    per_document = _extract_each(documents, batch_size, n_process, on_document, event_filter, pair_join)
    if not merge:
        yield from per_document
        return
    yield from across_reports(list(per_document))


def across_reports(events: list[Event], existing: Iterable[Event] = ()) -> list[Event]:
    """Return one run's events with the same incident merged across reports and links resolved
    across them (resolve/merge.py, then resolve/links.py); the input order does not matter.

    existing: other events the links may point at (the store's stored events near these), only read.
    The one cross-document step: `extract`, `flashpoint batch` and the store all call it.
    """
    return links.link_events(merge_events(events), existing)


def _extract_each(documents, batch_size, n_process, on_document, event_filter=None,
                  pair_join=None) -> Iterator[Event]:
    """Yield each document's own events, parsing in batches with the model loaded once."""
    model = nlp.load()
    docs_iter = iter(documents)

    def texts():
        for d in _remember(docs_iter, buffer):
            yield d.text[:MAX_PARSE_CHARS]

    buffer: list[Document] = []
    for sdoc in model.pipe(texts(), batch_size=batch_size, n_process=n_process):
        document = buffer.pop(0)
        # called with two arguments unless the filter or the join is asked for: wrappers of extract_document
        # keep working
        yield from (extract_document(document, sdoc) if event_filter is None and pair_join is None
                    else extract_document(document, sdoc, event_filter, pair_join))
        if on_document is not None:
            on_document(document)


def _remember(docs: Iterator[Document], buffer: list[Document]) -> Iterator[Document]:
    for d in docs:
        buffer.append(d)
        yield d
