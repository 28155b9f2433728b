"""Which attack answered which: explicit links (`responds_to`) and inferred ones (`responds_to_inferred`).

Explicit links are what a text says ("in retaliation for", "in response to", "hit back", "a
retaliatory strike"; "the strikes came days after the drone attack" tells when, not that one answered
the other: no link); inferred links are what the record suggests (the other side of the same dyad
struck back within a window) and are kept apart,
each with its score and the rule that made it. Cues and parameters are data (`data/links.yaml`,
and `retaliation_cues` in `data/taxonomy.yaml`).

Interface (pure functions over model objects; nothing is read from or written to disk):

- `link_report(clusters, events)`: within one report, after `coref.to_events` (events[i] is
  clusters[i]). Sets `responds_to` of each answer whose antecedent the report itself tells; an
  answer whose antecedent it does not tell keeps the cue in `Event.antecedent` for the next step.
- `link_events(events, existing=())`: across reports, after `merge.merge_events`. Resolves every
  pending `antecedent` against the events of the other reports (in `events` and in `existing`, e.g.
  the stored events of the date window), then adds inferred links. Changes and returns `events`;
  `existing` is only read.
- `reach(events) -> [Reach]`: which other events (by dates, sides, a cue still to resolve) may be
  linked with these, either way: what a store looks up among its stored events before `link_events`.
- `infer_links(targets, pool)`: the inferred links of `targets` against `pool` (both lists of
  events); replaces `responds_to_inferred` of each target.
- `side(actor)`: the key of the party an actor belongs to (one state's forces are one side).

Every choice is ordered by scores and then by event ids, never by input order, so the same events
in any order get the same links.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from flashpoint.model import Actor, Event
from flashpoint.resources import load_yaml
from flashpoint.resolve.merge import _UNNAMED_ATTACKERS as _GENERIC, _names_in, consistent, distance_km
from flashpoint.resolve.coref import (
    Cluster,
    _actors_compatible,
    _cluster_actor,
    _cluster_date,
    _same_side,
)

_NON_PARTIES = ("civilians", "protesters")
MAX_SENTENCES_BACK = 6  # an antecedent told in another sentence of the report: at most this far away


@lru_cache(maxsize=1)
def settings() -> dict:
    """Return the link cues and parameters of data/links.yaml, the regexes compiled."""
    data = dict(load_yaml("links.yaml"))
    data["antecedent_cues"] = tuple(sorted(data["antecedent_cues"], key=len, reverse=True))
    data["not_antecedents"] = tuple(w.lower() for w in data["not_antecedents"])
    data["antecedent_patterns"] = tuple(re.compile(p, re.I) for p in data.get("antecedent_patterns") or ())
    return data


def side(actor: Actor | dict | None) -> str | None:
    """Return the party an actor belongs to: 'state:<ISO3>' for a state's forces, else its name
    (with its sponsor for a generic class: 'Militants (IRN)'); None for no actor."""
    if actor is None:
        return None
    get = actor.get if isinstance(actor, dict) else lambda k: getattr(actor, k)
    if get("type") == "state forces" and get("country_code"):
        return f"state:{get('country_code')}"
    name = get("name")
    if get("backer") and get("type") not in ("state forces",) and name in _GENERIC:
        return f"{name} ({get('backer')})"
    return name


# ---------------------------------------------------------------- within one report

def link_report(clusters: list[Cluster], events: list[Event]) -> None:
    """Set the explicit links of one report's events (events[i] made from clusters[i])."""
    acts = set(settings()["act_types"])
    cued = set(settings()["cued_types"])
    copies = {(i, j) for i, a in enumerate(events) for j, b in enumerate(events) if i != j and _copies(a, b)}
    misread = set()  # cue sentences whose cue coreference gave to a copy of what it answered
    leading = _leading_cue_answers(clusters)
    for i, c in enumerate(clusters):
        if c.first.kind == "tally" or events[i].event_type not in cued or _by_civilians(events[i]) \
                or events[i].sub_event_type in settings()["not_answers"]:
            continue
        # every sentence that says so: "fired missiles in retaliation for the strike last week" and "the
        # attack was revenge for Soleimani, killed when a drone fired at his convoy on Friday"
        cues = [m for m in c.mentions if m.retaliation] + leading.get(i, [])
        cues = [m for k, m in enumerate(cues) if m.sent_index not in {x.sent_index for x in cues[:k]}]
        # "The strikes were carried out in response to the drone attack": coreference put the anaphoric
        # answer into the antecedent's cluster; _untriggered_answers finds the answer
        cues = [m for m in cues if not _told_after_cue(c, m) and not _names_its_own(c, m, clusters)]
        pending = None
        for cue in cues:
            found = _antecedents_in_report(clusters, i, cue, [_answerable(e) for e in events])
            if found and all((i, j) in copies for j in found):
                # ("the raids were a reply to ..., including Monday's drone" with "the raids" folded into the drone
                # told before: one incident told twice answers nothing; the answer is found as untriggered)
                misread.add(cue.sent_index)
                continue
            for j in found:
                _link(events[i], events[j])
            if not found and pending is None and events[i].event_type in acts:
                pending = {"doc_id": cue.doc_id, "text": _antecedent_phrase(cue.sentence)}
        if pending is not None and not events[i].responds_to:
            events[i].antecedent = pending
    for i, j in _untriggered_answers(clusters, copies, misread):
        if events[i].event_type in cued and _answerable(events[j]) and not _by_civilians(events[i]) \
                and events[i].sub_event_type not in settings()["not_answers"]:
            _link(events[i], events[j])
    _share_with_plural(clusters, events)
    for i, text in _cues_without_antecedent(clusters):
        if events[i].event_type in acts and not _by_civilians(events[i]) and not events[i].responds_to and events[i].antecedent is None:
            events[i].antecedent = {"doc_id": events[i].sources[0], "text": text}
    _to_first_copy(events, copies)


def _answerable(e: Event) -> bool:
    """Return True for an event that a cue may name as what was answered: of `cued_types`, and not of
    `not_answered` (an agreement or a base set up is no act anyone retaliates for)."""
    return e.event_type in settings()["cued_types"] and e.sub_event_type not in settings()["not_answered"]


def _leading_cue_answers(clusters: list[Cluster]) -> dict[int, list]:
    """Return, by cluster, the mentions that answer a sentence's leading cue although the parse hung the cue on no
    trigger ("In answer to the shooting hundreds gathered in the street and the protest turned into unrest", "In
    response to the arrest, thousands gathered and the demonstration turned into a riot"): the first incident told
    after the cue's words that the report tells there for the first time (what it answered was told before)."""
    found: dict[int, list] = {}
    by_sentence: dict[int, list] = {}
    for i, c in enumerate(clusters):
        if c.first.kind == "tally":
            continue
        for m in c.mentions:
            by_sentence.setdefault(m.sent_index, []).append((m.trigger_start, i, m))
    for k, told in sorted(by_sentence.items()):
        sentence = told[0][2].sentence
        span = _cue_span(sentence)
        if span is None or not _leading(sentence, span) or any(m.retaliation for _, _, m in told):
            continue
        after = told[0][2].sent_start + span[1]
        for start, i, m in sorted(told, key=lambda t: t[0]):
            if start >= after and not m.recalled and not m.generic \
                    and all(x.sent_index >= k for x in clusters[i].mentions):
                found.setdefault(i, []).append(m)
                break
    return found


def _copies(a: Event, b: Event) -> bool:
    """Return True when two events of one report may be one incident told twice ("a day after a drone crashed
    near Abha" and "Monday's drone"; "last week's bombing in Bannu" and "the May 5 blast"): the same type of
    event at the same named place, by the same side or an author one of them does not name, on the same days,
    or one told with its day and the other only with a vaguer span starting at most `after_max_days` later."""
    if a.kind != "event" or b.kind != "event" or a.event_type != b.event_type or not a.location.name \
            or a.location.name != b.location.name or a.date.start is None or b.date.start is None:
        return False
    if not (_unnamed(a.actor1) or _unnamed(b.actor1) or side(a.actor1) == side(b.actor1)):
        return False
    if any(x.actor1 is not None and y.actor2 is not None and side(x.actor1) == side(y.actor2) for x, y in ((a, b), (b, a))):
        return False  # one hit the other's author: "an operation in response to that attack" on its gendarmes
    (a0, a1), (b0, b1) = ((e.date.start, e.date.end or e.date.start) for e in (a, b))
    if (a.date.precision == "day") == (b.date.precision == "day"):
        return a0 <= b1 and b0 <= a1
    day, vague = (a0, (b0, b1)) if a.date.precision == "day" else (b0, (a0, a1))
    return vague[0] - timedelta(days=settings()["after_max_days"]) <= day <= vague[1]


def _unnamed(actor: Actor | None) -> bool:
    """Return True for no author, an unidentified one or a generic class ("militants")."""
    return actor is None or actor.name in _GENERIC


def _to_first_copy(events: list[Event], copies: set[tuple[int, int]]) -> None:
    """Move each link to the copy of its antecedent told with its day, else with its author named, else told first
    (`_copies`), and drop a link between two copies of one incident: one incident told twice answers nothing."""
    index = {e.event_id: k for k, e in enumerate(events)}

    def rank(k: int) -> tuple:
        e = events[k]
        return e.date.precision != "day", _unnamed(e.actor1), min((x.start for x in e.evidence), default=0), e.event_id

    for i, e in enumerate(events):
        moved = set()
        for t in e.responds_to:
            j = index.get(t)
            if j is None:
                moved.add(t)  # another report's event
            elif (i, j) not in copies:
                best = min([j] + [k for k in range(len(events)) if (j, k) in copies and k != i and (i, k) not in copies],
                           key=rank)
                moved.add(events[best].event_id)
        e.responds_to = sorted(moved)


def _share_with_plural(clusters: list[Cluster], events: list[Event]) -> None:
    """Give the links of an answer told by a plural cue ("Iran says its barrages are revenge for Friday's
    attack") to the other acts of its side and kind that the report tells after what it answered and within
    `after_max_days` of it, with no link of their own, told before the plural's sentence or in a sentence that
    tells the answer too: the plural names them all, coreference folded it into one; an act of that side told
    only after the plural ("... Its air strikes were revenge for the ambush. On Friday its artillery shelled
    ...") is another of its acts that week, not one the plural points back at."""
    by_id = {e.event_id: k for k, e in enumerate(events)}
    given: dict[int, set[str]] = {}
    for i, c in enumerate(clusters):
        if not events[i].responds_to or not any(m.retaliation and m.plural for m in c.mentions):
            continue
        me, mine = _cluster_actor(c, "actor1"), _cluster_date(c)
        answered = [_cluster_date(clusters[by_id[t]]) for t in events[i].responds_to if t in by_id]
        if _unnamed(me) or mine is None or mine.start is None \
                or not answered or any(d is None or d.start is None for d in answered):
            continue
        last = max(d.end or d.start for d in answered)
        told = {m.sent_index for m in c.mentions}
        cue = min(m.sent_index for m in c.mentions if m.retaliation and m.plural)
        for k, other in enumerate(clusters):
            when, them = _cluster_date(other), _cluster_actor(other, "actor1")
            if k == i or other.first.kind == "tally" or events[k].responds_to or events[k].event_id in events[i].responds_to \
                    or events[k].event_type != events[i].event_type or them is None or not _same_side(me, them) \
                    or when is None or when.start is None or all(m.recalled for m in other.mentions) \
                    or not any(m.sent_index in told or m.sent_index < cue for m in other.mentions):
                continue
            if when.start > last and abs((when.start - mine.start).days) <= settings()["after_max_days"]:
                given.setdefault(k, set()).update(events[i].responds_to)
    for k, ids in given.items():
        events[k].responds_to = sorted(ids)


def _by_civilians(e: Event) -> bool:
    """Return True for an act read as done by civilians: they are never a side that answers (ACLED codes
    civilians only as whom violence hit), so such an 'answer' is a misread ("the killings appeared to be
    a reprisal" read as an act of the villagers)."""
    return e.actor1 is not None and e.actor1.type == "civilians"


def _cues_without_antecedent(clusters: list[Cluster]) -> list[tuple[int, str]]:
    """Return (cluster, cue phrase) for "X struck ... in response to <no incident mention>": the
    antecedent is not told as an incident in this report; the cross-report step looks for it."""
    out = []
    for i, c in enumerate(clusters):
        if c.first.kind == "tally":
            continue
        for m in c.mentions:
            span = _cue_span(m.sentence)
            if span is None or m.generic or m.trigger_start >= m.sent_start + span[0]:
                continue
            after = m.sent_start + span[1]
            # (a mention after the cue in this very cluster is the antecedent that coreference folded in)
            if any(x.sent_index == m.sent_index and x.trigger_start >= after
                   for o in clusters if o is not c for x in o.mentions):
                continue
            out.append((i, m.sentence[span[1]:].strip()))
            break
    return out


def _link(answer: Event, antecedent: Event) -> None:
    """Record that `answer` responds to `antecedent`, and give the antecedent the other side.

    One side does not retaliate against itself: an antecedent whose author is the answer's own side
    got it from the sentence's main clause ("U.S. jets bombed ... in retaliation for Friday's rocket
    attack") or from the report's usual attacker, so its author becomes the side the answer hit and
    its target the side that answered (neither read from the text: no `text`).
    """
    answer.responds_to = sorted(set(answer.responds_to) | {antecedent.event_id})
    me, them = answer.actor1, antecedent.actor1
    if me is None or them is None or not (_same_side(me, them) or me.name == them.name):
        return
    if me.name == "Unidentified Armed Group":
        return
    hit = answer.actor2
    if hit is not None and hit.type not in _NON_PARTIES:
        antecedent.actor1 = Actor(hit.name, hit.id, hit.type, hit.country_code, hit.backer, None)
    else:
        antecedent.actor1 = Actor("Unidentified Armed Group", None, "political militia", None, None, None)
    if getattr(antecedent, "people_hit", False) and antecedent.actor2 is None:
        return  # "last week's bombing in Istanbul, killing six people": people, not the answering state's forces
    if antecedent.actor2 is None or _same_side(antecedent.actor2, antecedent.actor1):
        antecedent.actor2 = Actor(me.name, me.id, me.type, me.country_code, me.backer, None)


def _names_its_own(c: Cluster, cue, clusters: list[Cluster]) -> bool:
    """Return True when a cue's phrase names its own cluster: two or more telling words of the phrase ("a
    response to |the Jenin operation|") and every one of them told in the cluster's other sentences ("Israeli
    forces pressed on with their operation in the Jenin camp"). Coreference folded the answer's anaphor ("the
    attack") into the incident it answered, which answers nothing by that cue."""
    words = _phrase_words(cue.sentence, _cue_span(cue.sentence), clusters)
    own = set().union(*(_words(x.sentence) for x in c.mentions if x.sent_index != cue.sent_index))
    return len(words) >= 2 and words <= own


def _told_after_cue(c: Cluster, cue) -> bool:
    """Return True when the cluster is the antecedent of its own cue: coreference put the answer's
    anaphor ("The strikes were carried out in response to the drone attack") into the antecedent's
    cluster. It is when the cluster has a mention after the cue's words and none before them that
    names an author ("Turkish warplanes struck ... in response to the assault": the answer)."""
    span = _cue_span(cue.sentence)
    if span is None or _leading(cue.sentence, span):
        return False  # ("In response to the ambush, troops shelled ...": the answer is told after the cue)
    cut = (cue.sent_start + span[0], cue.sent_start + span[1])
    here = [x for x in c.mentions if x.sent_index == cue.sent_index]
    # (the cue's own mention told after its words is the answer in apposition: "fired 59 missiles at an air
    # base in response to a chemical attack ..., the first direct US strike on Assad's forces")
    after = any(x.trigger_start >= cut[1] and x is not cue for x in here)
    authored_before = any(x.trigger_start < cut[0] and x.actor1 is not None for x in here)
    return after and not authored_before


def _leading(sentence: str, span: tuple[int, int]) -> bool:
    """Return True when a sentence opens with its cue: "In response to the ambush, troops shelled ..."."""
    return not sentence[:span[0]].strip(" \"'\u201c\u2018(")


@lru_cache(maxsize=256)  # the stages ask again for the sentences of the report being read
def _cue_span(sentence: str) -> tuple[int, int] | None:
    """Return the (start, end) offsets in a sentence of its first antecedent cue, else None.

    A cue followed by what is not an incident ("in response to questions", "in response to the
    ceasefire proposal": `not_antecedents` in data/links.yaml) is no cue.
    """
    lower = sentence.lower()
    hits = []
    cues = settings()
    not_antecedents = cues["not_antecedents"]
    for w in cues["antecedent_cues"]:
        k = lower.find(w)
        while k >= 0:
            rest = lower[k + len(w):].lstrip()
            if not rest.startswith(not_antecedents):
                hits.append((k, k + len(w)))
                break
            k = lower.find(w, k + 1)
    for pattern in cues["antecedent_patterns"]:
        for hit in pattern.finditer(lower):
            if not lower[hit.end():].lstrip().startswith(not_antecedents):
                hits.append((hit.start(), hit.end()))
                break
    return min(hits) if hits else None


def _untriggered_answers(clusters: list[Cluster], copies: set[tuple[int, int]] = frozenset(),
                         misread: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Return (answer, antecedent) pairs for cue sentences whose answer carries no retaliation cue.

    "Islamabad described Thursday's raids as retaliation for the Iranian missile attack" and "The
    strikes were carried out in response to the drone attack on Tower 22": the antecedent is the
    incident told after the cue; the answer is the incident told before it in the sentence (the
    nearest; after it when the sentence opens with its cue: "In answer to the shooting, crowds gathered and the
    protest turned violent"), else the nearest incident told before that sentence, by the other side, within
    MAX_SENTENCES_BACK sentences; never a copy of the antecedent (`copies`: pairs of the report's events that
    may be one incident told twice). `misread`: cue sentences whose cue mention is a copy of what it answered.
    """
    pairs = set()
    for j, ante in enumerate(clusters):
        if ante.first.kind == "tally":
            continue
        # a sentence whose answer carries the cue is linked by link_report's cue path
        flagged = {m.sent_index for k, c in enumerate(clusters) if k != j for m in c.mentions
                   if m.retaliation and not _told_after_cue(c, m) and not _names_its_own(c, m, clusters)} - misread
        for m in ante.mentions:
            span = _cue_span(m.sentence)
            if m.sent_index in flagged or span is None or m.trigger_start < m.sent_start + span[1]:
                continue
            if any(x.sent_index == m.sent_index and x.retaliation and x.trigger_start < m.sent_start + span[0]
                   and not any(y.recalled for y in ante.mentions) for x in ante.mentions):
                continue  # "The strikes were carried out in response to ..., describing six raids": the raids are the answer's
            them = _cluster_actor(ante, "actor1")
            a_date = _cluster_date(ante)
            leading = _leading(m.sentence, span)
            best = None
            for i, c in enumerate(clusters):
                if i == j or c.first.kind == "tally" or (i, j) in copies:
                    continue
                me = _cluster_actor(c, "actor1")
                my_date = _cluster_date(c)
                if me is None or (them is not None and _actors_compatible(me, them)):
                    continue
                if a_date and my_date and a_date.start and my_date.start and a_date.start > (my_date.end or my_date.start):
                    continue
                if _too_late(a_date, my_date):
                    continue  # "the group answered the 2015 operation by burning buses" is not answered by a 2020 arrest
                before = [m.sent_start + span[0] - x.trigger_start for x in c.mentions
                          if x.sent_index == m.sent_index and x.trigger_start < m.sent_start + span[0]]
                earlier = [m.sent_index - x.sent_index for x in c.mentions if x.sent_index < m.sent_index]
                # ("In answer to the shooting hundreds gathered and the protest turned into unrest": a sentence that
                # opens with its cue tells the answer after what it answered)
                later = [x.trigger_start - m.trigger_start for x in c.mentions
                         if x.sent_index == m.sent_index and x.trigger_start > m.trigger_start] if leading else []
                if later:
                    rank = (0, min(later))
                elif before:
                    rank = (0, min(before))
                elif earlier and min(earlier) <= MAX_SENTENCES_BACK:
                    rank = (1, min(earlier))
                else:
                    continue
                if best is None or rank < best[0]:
                    best = (rank, i)
            if best is not None:
                pairs.add((best[1], j))
    return sorted(pairs)


def _antecedent_phrase(sentence: str) -> str:
    """Return the words after the cue ("...in retaliation for <this>"), else the whole sentence."""
    span = _cue_span(sentence)
    return sentence[span[1]:].strip() if span else sentence.strip()


def _antecedents_in_report(clusters: list[Cluster], i: int, cue, is_act: list[bool]) -> list[int]:
    """Return the indexes of the clusters a retaliation cue answers, else [].

    Every incident told after the cue's words in its sentence ("in retaliation for the killing of
    Nasrallah on Friday and of Haniyeh in July"); else one: an incident of that sentence, then the
    nearest earlier-dated incident by the other side within MAX_SENTENCES_BACK sentences.
    """
    me = _cluster_actor(clusters[i], "actor1")
    my_date = _cluster_date(clusters[i])
    span = _cue_span(cue.sentence)
    after = cue.sent_start + span[1] if span else None
    # a sentence that opens with its cue names the answered incident before the answer, not after it
    until = cue.trigger_start if span and _leading(cue.sentence, span) else cue.sent_end
    inside, best, ranked = [], None, []
    mine = {x.trigger_start for x in clusters[i].mentions}
    words = _phrase_words(cue.sentence, span, clusters)
    days = _phrase_days(cue.sentence, span)
    for j, other in enumerate(clusters):
        if j == i or other.first.kind == "tally" or not is_act[j]:
            continue
        if any(x.trigger_start in mine for x in other.mentions):
            continue  # one sentence's strikes on two towns share their words: co-answers, not antecedents
        o_date = _cluster_date(other)
        if my_date and o_date and o_date.start and my_date.start and o_date.start > (my_date.end or my_date.start):
            continue
        here = [x for x in other.mentions if x.sent_index == cue.sent_index]
        if here and after is not None and any(after <= x.trigger_start < until for x in here):
            # inside the cue's own phrase the incident is the antecedent whoever the parse made its author
            inside.append(j)
            continue
        them = _cluster_actor(other, "actor1")
        elsewhere = [x for x in other.mentions if x.sent_index != cue.sent_index]
        # "revenge for the brothers" names the incident whose sentence told the brothers' killing
        echo = bool(words) and any(words & _words(x.sentence) for x in elsewhere)
        day = _named_day(days, o_date)
        if me is not None and them is not None and _actors_compatible(me, them) \
                and not (echo and (_unnamed(them) or day > 0)):
            # (an unnamed attacker fits every side: what the cue's words name is the answered one; so does
            # an incident that both the phrase's names and its weekday describe, whoever the parse made its author)
            continue
        if here and not any(x.trigger_start < cue.trigger_start for x in here) and not _earlier(o_date, my_date):
            # "hit back with air strikes, killing 200 fighters": what the answer did, not what it answered
            if not elsewhere:
                continue
            here = []
        if not here and not _earlier(o_date, my_date) and all(x.sent_index > cue.sent_index for x in elsewhere):
            continue  # told only after the answer and not dated before it: what followed, not what was answered
        if _same_fight(clusters[i], other) and not any(w in cue.sentence.lower() for w in settings()["explicit_cues"]):
            continue  # "gunmen attacked the checkpoint; soldiers responded, killing two": one clash, not an answer
        rank = (0, 0, 0, 0) if here else (1, (not echo) - day, _days_before(o_date, my_date) if span is None else 0,
                                            min(abs(x.sent_index - cue.sent_index) for x in elsewhere))
        ranked.append((rank, j))
        if best is None or rank < best[0]:
            best = (rank, j)
    if inside and span is not None and _names_several(cue.sentence, span):
        # ("... and stormed a bus near Mandera. Troops raided camps in retaliation for these attacks": coreference
        # gave "these attacks" to one incident; the others of the other side told in its sentence are named too)
        told = {max(x.sent_index for x in clusters[j].mentions if x.sent_index < cue.sent_index)
                for j in inside if any(x.sent_index < cue.sent_index for x in clusters[j].mentions)}
        inside += [j for rank, j in ranked if rank[0] == 1 and any(x.sent_index in told for x in clusters[j].mentions)]
    if inside:
        return sorted(set(inside))
    if best is None or (best[0][0] == 1 and best[0][3] > MAX_SENTENCES_BACK and best[0][1] > -1):
        return []  # (told far away: only when both the phrase's names and its weekday describe it)
    if best[0][0] == 1 and best[0][1] and _names_no_incident(cue, span, clusters):
        return []  # "marched in response to a rise in fuel prices": what it answered is no incident told
    if best[0][0] == 1 and _names_several(cue.sentence, span):
        # "six soldiers were killed on December 22 and six more the following day. In response, jets hit ...":
        # a bare cue or "these attacks" answers every incident of the other side that the nearest sentence tells
        return sorted(j for rank, j in ranked if rank[0] == 1 and (rank[1], rank[3]) == (best[0][1], best[0][3]))
    return [best[1]]


def _names_several(sentence: str, span: tuple[int, int] | None) -> bool:
    """Return True when a cue names no incident of its own but points back at what was told before it: a bare
    cue ("In response, troops shelled ...") or a phrase opening with a plural anaphor (`plural_anaphors`:
    "in retaliation for these attacks")."""
    if span is None:
        return True
    first = sentence[span[1]:].strip().lower().split()[:1]
    return bool(first) and first[0] in settings()["plural_anaphors"]


def _names_no_incident(cue, span: tuple[int, int] | None, clusters: list[Cluster]) -> bool:
    """Return True when a cue's phrase names something that is no incident told before: no mention is told
    in it (up to its first comma) and it opens with an indefinite word (`new_thing_words`: "in response to a
    rise in fuel prices"), where "the killing", "Tuesday's barrage" or "that" point back at an incident."""
    if span is None:
        return False
    phrase = re.split(r"[,;.]", cue.sentence[span[1]:], maxsplit=1)[0]
    lo, hi = cue.sent_start + span[1], cue.sent_start + span[1] + len(phrase)
    if any(x.sent_index == cue.sent_index and lo <= x.trigger_start < hi for c in clusters for x in c.mentions):
        return False
    first = phrase.strip().lower().split()[:1]
    return bool(first) and first[0].strip("\"'“‘") in settings()["new_thing_words"]


def _phrase_words(sentence: str, span: tuple[int, int] | None, clusters: list[Cluster]) -> set[str]:
    """Return the telling words of a cue's phrase ("revenge for |the brothers|", "a response to |the Jenin
    massacre|"), up to its first comma: neither the report's incident words (its triggers) nor `phrase_stopwords`."""
    if span is None:
        return set()
    phrase = re.split(r"[,;.]", sentence[span[1]:], maxsplit=1)[0]
    triggers = {w for c in clusters for x in c.mentions for w in _words(x.trigger or "")}
    return _words(phrase) - triggers - set(settings()["phrase_stopwords"])


def _words(text: str) -> set[str]:
    """Return the lower-case words of four letters or more of a text, and the parts of four letters or more of
    its hyphenated words ("al-Arouri" is also "arouri")."""
    found = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{3,}", text)}
    return found | {p for w in found if "-" in w for p in w.split("-") if len(p) > 3}


def _phrase_days(sentence: str, span: tuple[int, int] | None) -> set[str]:
    """Return the weekdays a cue's phrase names (up to its first comma): "the killing of X on Monday"."""
    if span is None:
        return set()
    phrase = re.split(r"[,;.]", sentence[span[1]:], maxsplit=1)[0].lower()
    return {d for d in _DAY_WORDS if re.search(rf"\b{d}\b", phrase)}


def _named_day(days: set[str], when) -> int:
    """Return 1 when a cue's phrase names the weekday of an incident dated to the day, -1 when it names
    another weekday (the phrase describes another incident), else 0."""
    if not days or when is None or when.start is None or when.precision != "day" \
            or (when.end is not None and when.end != when.start):
        return 0
    return 1 if when.start.strftime("%A").lower() in days else -1


def _days_before(first, then) -> int:
    """Return how many days before `then` starts `first` ends, when both are known and that is at most
    `after_max_days`, else a larger number: a cue that names nothing ("militants fired rockets in response")
    answers the latest act of the other side before it, not the one the text told last."""
    if first is None or then is None or first.start is None or then.start is None:
        return settings()["after_max_days"] + 1
    gap = (then.start - (first.end or first.start)).days
    return gap if 0 <= gap <= settings()["after_max_days"] else settings()["after_max_days"] + 1


def _same_fight(answer: Cluster, other: Cluster) -> bool:
    """Return True when two incidents share their day and their place: the side that 'responded' there and
    then returned the fire of the same clash, unless the sentence says it retaliated (`explicit_cues`)."""
    a_date, o_date = _cluster_date(answer), _cluster_date(other)
    if a_date is None or o_date is None or a_date.precision != "day" or o_date.precision != "day" \
            or a_date.start != o_date.start:
        return False
    places = [{x.place.name for x in c.mentions if x.place is not None and x.place.precision in (1, 2)}
              for c in (answer, other)]
    return bool(places[0] & places[1])


def _too_late(first, then) -> bool:
    """Return True when `then` starts more than `cross_document.window_days` after `first` ends (both known): an
    answer found only by where it is told, so long after, is another story of the same report."""
    if first is None or then is None or first.start is None or then.start is None:
        return False
    return (then.start - (first.end or first.start)).days > settings()["cross_document"]["window_days"]


def _earlier(first, then) -> bool:
    """Return True when a date span ends before another starts (both known)."""
    return bool(first and then and first.start and then.start and (first.end or first.start) < then.start)


# ---------------------------------------------------------------- across reports

def link_events(events: list[Event], existing: Iterable[Event] = ()) -> list[Event]:
    """Return the events with pending antecedents resolved across reports and inferred links added.

    `existing` (e.g. stored events of the date window) are candidates only; they are not changed.
    """
    ids = {x.event_id for x in events}
    pool = list(events) + [e for e in existing if e.event_id not in ids]
    for e in sorted(events, key=lambda x: x.event_id):
        if e.kind != "event" or e.antecedent is None or e.responds_to:
            continue
        target = resolve_antecedent(e, pool)
        if target is not None:
            e.responds_to = [target.event_id]
    _drop_impossible(events, pool)
    _share_with_operation(events, pool)
    infer_links(events, pool)
    return events


def _told_together(a: Event, b: Event) -> bool:
    """Return True when two events have an evidence sentence in common (same report, same offsets)."""
    return bool({(x.doc_id, x.start) for x in a.evidence} & {(x.doc_id, x.start) for x in b.evidence})


def _told_next(a: Event, b: Event) -> bool:
    """Return True when `b` is told in the sentence right after one of `a`'s as more of the same operation
    ("Turkish jets also struck positions of the PKK in northern Iraq": `operation_cues`)."""
    cues = settings()["operation_cues"]
    return any(x.doc_id == y.doc_id and 0 <= y.start - x.end <= 4 and _words(y.sentence) & set(cues)
               for x in a.evidence for y in b.evidence)


def _unnamed_part(a: Event, b: Event) -> bool:
    """Return True when `b` may be a part of answer `a` whose author the parse did not read: no author or an
    unidentified one, the answer's kind of act, told in one of the answer's sentences ("In Syria, the
    strikes hit villages around Kobani and the Derik area": the Derik strikes are the answer's too)."""
    unnamed = b.actor1 is None or b.actor1.name == "Unidentified Armed Group"
    return unnamed and b.sub_event_type == a.sub_event_type and _told_together(a, b)


def _share_with_operation(events: list[Event], pool: list[Event] | None = None) -> None:
    """Give the explicit links of an answer to the other acts of its operation that its report tells
    without a cue of their own: "Turkish warplanes pounded positions across northern Syria and northern
    Iraq in retaliation for the Istanbul bombing" gives two events, one linked. One of them is an act of
    the answer's side on the answer's very dates at another place, told in a sentence of the answer, with
    no link of its own, later than what the answer answered ("the same night they also struck IS in Idlib
    in response to ..." after strikes on Erbil told apart does not give Erbil the Idlib strikes' reason). Decided on the links as they stand, so the order never matters."""
    by_id = {e.event_id: e for e in pool or events}  # (what an answer answered may be another report's, stored)
    acts = set(settings()["act_types"])
    answers = [e for e in events if e.responds_to and e.kind == "event" and e.date.start is not None
               and e.actor1 is not None and e.actor1.name not in _GENERIC]
    given: dict[str, set[str]] = {}
    for b in events:
        if b.responds_to or b.kind != "event" or b.event_type not in acts or b.date.start is None \
                or b.antecedent is not None:
            continue
        for a in answers:
            if not (side(a.actor1) == side(b.actor1) or _unnamed_part(a, b)) or not set(a.sources) & set(b.sources) \
                    or (a.date.start, a.date.end) != (b.date.start, b.date.end) or b.event_id in a.responds_to \
                    or a.location.name == b.location.name or not (_told_together(a, b) or _told_next(a, b)):
                continue  # (at the answer's own place: the answer told again, or a recalled act misread)
            targets = [by_id.get(t) for t in a.responds_to]
            if all(t is not None and t.date.start is not None and t.date.start < b.date.start for t in targets):
                given.setdefault(b.event_id, set()).update(a.responds_to)
    for e in events:
        if e.event_id in given:
            e.responds_to = sorted(given[e.event_id])


# what each clue a candidate shares with an answer's cue adds to its score (`_cue_score`); `Clues` bounds
# the score from above with the same points, so that a store can leave out who cannot reach min_score
CUE_POINTS = {"actor1": 2, "actor2": 2, "place": 3, "admin1": 1, "names": 3, "words": 1, "fatalities": 1, "day": 1}
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


@dataclass(frozen=True)
class Clues:
    """What an answer's cue lets a candidate antecedent score by (`_cue_score`), as a store can test it on
    stored columns: an event can score at least `min_score` only if the points of the clues it matches add
    up to that much. The weapon and trigger words are counted as matched always (their test needs the
    record), so this is an upper bound: it leaves out only events `resolve_antecedent` would refuse.

    text: the cue's phrase, lower case (a place, province or name must be in it); sides: the side its
    actor1 must have (the answer's actor2's) and the side its actor2 must have (the answer's actor1's);
    names: the proper names of the phrase (one must be in the candidate's evidence); numbers: figures of
    the phrase; days, months: weekday and month names in it (a candidate dated to the day on one)."""

    text: str
    sides: tuple[str | None, str | None]
    names: tuple[str, ...]
    numbers: tuple[int, ...]
    days: tuple[str, ...]
    months: tuple[str, ...]
    min_score: int


@dataclass(frozen=True)
class Reach:
    """Other events one event may be linked with, as a store looks them up: those whose dates touch
    [first, last], of these sides (actor1's, actor2's: see `side`) when given, only those whose cue is
    still to be resolved when `pending`. `answers`: they may answer the event, so their own links may
    change (link them again); else they are candidates for the event's links (read only). `clues`: only
    those that may score enough against the event's cue (see `Clues`)."""

    first: date
    last: date
    sides: tuple[str, str] | None = None
    pending: bool = False
    answers: bool = False
    clues: Clues | None = None


def clues(answer: Event) -> Clues:
    """Return what a candidate must share with the answer's cue to be the incident it names (see `Clues`)."""
    text_cased = (answer.antecedent or {}).get("text", "")
    text = text_cased.lower()
    return Clues(text, (side(answer.actor2), side(answer.actor1)), tuple(sorted(_names_in((text_cased,)))),
                 tuple(sorted({int(n) for n in re.findall(r"\d+", text) if len(n) < 10})),
                 tuple(d for d in _DAY_WORDS if d in text), tuple(m for m in _MONTH_WORDS if m in text),
                 settings()["cross_document"]["min_score"])


def reach(events: Iterable[Event]) -> list[Reach]:
    """Return where the events linked with these may be, both ways (the windows of `link_events`).

    An answer's cue names an act of the last `cross_document.window_days`; an inferred answer comes
    at most `inferred.window_days` after an act of the other side of its dyad. Supersets: `link_events`
    decides.
    """
    cross = timedelta(days=settings()["cross_document"]["window_days"])
    inferred = timedelta(days=settings()["inferred"]["window_days"])
    acts = set(settings()["act_types"])
    out: set[Reach] = set()
    for e in events:
        if e.kind != "event" or e.event_type not in acts or e.date.start is None:
            continue
        start, end = e.date.start, e.date.end or e.date.start
        if awaits_antecedent(e):
            out.add(Reach(start - cross, end, clues=clues(e)))  # what its own cue may name
        out.add(Reach(start, start + cross, pending=True, answers=True))  # answers whose cue may name it
        dyad = _dyad(e, settings()["inferred"])
        if dyad is not None:
            back = (dyad[1], dyad[0])
            out.add(Reach(start - inferred, start, sides=back))  # what it may answer
            out.add(Reach(start, end + inferred, sides=back, answers=True))  # what may answer it
    return sorted(out, key=lambda r: (r.first, r.last, r.sides or (), r.pending, r.answers, r.clues is not None,
                                      r.clues and (r.clues.text, tuple(s or "" for s in r.clues.sides))))


def awaits_antecedent(e: Event) -> bool:
    """Return True when an event's cue names an incident its own report does not tell (to resolve across reports)."""
    return e.antecedent is not None and not e.responds_to


def _drop_impossible(events: list[Event], pool: list[Event]) -> None:
    """Remove links no chronology allows: an answer that ends before its antecedent starts, and
    two events said to answer each other on the same day (which came first is unknown)."""
    by_id = {e.event_id: e for e in pool}
    drop = set()  # decided on the links as they stand, then removed: the order of events never matters
    for e in events:
        for t in e.responds_to:
            ante = by_id.get(t)
            if ante is None or ante.date.start is None or e.date.start is None:
                continue
            if (e.date.end or e.date.start) < ante.date.start or (
                    e.event_id in ante.responds_to and ante.date.start == e.date.start):
                drop.add((e.event_id, t))
    for e in events:
        e.responds_to = [t for t in e.responds_to if (e.event_id, t) not in drop]


def resolve_antecedent(answer: Event, pool: list[Event]) -> Event | None:
    """Return the event of another report that an answer's cue names, or None when none scores enough."""
    conf = settings()["cross_document"]
    text = (answer.antecedent or {}).get("text", "")
    start = answer.date.start
    best = None
    for cand in pool:
        if cand is answer or cand.kind != "event" or cand.event_type not in settings()["act_types"] or set(cand.sources) & set(answer.sources):
            continue
        if cand.date.start is None or start is None:
            continue
        if cand.actor1 is not None and cand.actor1.type in _NON_PARTIES:
            continue  # what civilians or protesters did is not what an armed side retaliated for
        if cand.date.start > (answer.date.end or start) or (start - cand.date.start).days > conf["window_days"]:
            continue
        if answer.actor1 is not None and cand.actor1 is not None and _actors_compatible(answer.actor1, cand.actor1) \
                and answer.actor1.name != "Unidentified Armed Group":
            continue  # one side does not retaliate against itself
        if cand.location.name == answer.location.name and consistent(answer, cand):
            continue  # another report of the answer itself, not what it answered
        score = _cue_score(answer, cand, text)
        key = (score, cand.date.start, cand.event_id)
        if score >= conf["min_score"] and (best is None or key > best[0]):
            best = (key, cand)
    return best[1] if best else None


def _cue_score(answer: Event, cand: Event, text_cased: str) -> int:
    """Return how well a candidate fits what an answer's cue says about the incident it answered."""
    text = text_cased.lower()
    points = CUE_POINTS
    score = 0
    if side(cand.actor1) is not None and side(cand.actor1) == side(answer.actor2):
        score += points["actor1"]
    if side(cand.actor2) is not None and side(cand.actor2) == side(answer.actor1):
        score += points["actor2"]
    loc = cand.location
    if loc.precision in (1, 2) and any(n and n.lower() in text for n in (loc.name, loc.text)):
        score += points["place"]
    elif loc.admin1 and loc.admin1.lower() in text:
        score += points["admin1"]
    if _names_in((text_cased,)) & _names_in(tuple(e.sentence for e in cand.evidence)):
        score += points["names"]  # a named site or target both give: "TUSAS", "Tower 22"
    words = {w.lower() for w in cand.weapons} | ({cand.trigger.lower()} if cand.trigger else set())
    if any(re.search(rf"\b{re.escape(w)}", text) for w in words if len(w) > 3):
        score += points["words"]
    if cand.fatalities.low and re.search(rf"\b{cand.fatalities.low}\b", text):
        score += points["fatalities"]
    d = cand.date.start
    if cand.date.precision == "day" and (d.strftime("%A").lower() in text or d.strftime("%B").lower() in text):
        score += points["day"]
    return score


# ---------------------------------------------------------------- inferred

def infer_links(targets: list[Event], pool: list[Event]) -> None:
    """Set `responds_to_inferred` of each target: earlier acts of the other side against it, scored."""
    conf = settings()["inferred"]
    window = conf["window_days"]
    rule = conf["rule"].format(window=window)
    by_dyad: dict[tuple, list[Event]] = {}
    for e in pool:
        key = _dyad(e, conf)
        if key is not None:
            by_dyad.setdefault(key, []).append(e)
    for b in targets:
        key = _dyad(b, conf)
        if key is None:
            b.responds_to_inferred = []
            continue
        found = []
        for a in by_dyad.get((key[1], key[0]), ()):
            if a.event_id in b.responds_to or a.event_id == b.event_id:
                continue
            lag = (b.date.start - (a.date.end or a.date.start)).days
            if a.date.start >= b.date.start or lag > window:
                continue
            score = 0.5 * (1 - max(lag, 0) / (window + 1))
            if a.location.country_code and a.location.country_code == b.location.country_code:
                score += 0.25
            if _km(a, b) <= conf["near_km"]:
                score += 0.25
            if score >= conf["min_score"]:
                found.append((round(score, 3), a.event_id, max(lag, 0)))
        found.sort(key=lambda f: (-f[0], f[1]))
        b.responds_to_inferred = [{"event_id": eid, "score": s, "rule": rule, "lag_days": lag}
                                  for s, eid, lag in found[:conf["max_per_event"]]]


def _dyad(e: Event, conf: dict) -> tuple | None:
    """Return (side of actor1, side of actor2) of an armed act between two parties, else None."""
    if e.kind != "event" or e.event_type not in settings()["act_types"] or e.date.start is None:
        return None
    if e.actor1 is None or e.actor2 is None or e.actor2.type in _NON_PARTIES or e.actor1.type in _NON_PARTIES:
        return None
    a, b = side(e.actor1), side(e.actor2)
    if a is None or b is None or a == b or "Unidentified Armed Group" in (a, b):
        return None
    return a, b


def _km(a: Event, b: Event) -> float:
    p, q = a.location, b.location
    if None in (p.lat, p.lon, q.lat, q.lon) or 3 in (p.precision, q.precision):
        return math.inf
    return distance_km(p, q)
