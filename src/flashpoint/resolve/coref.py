"""Within one report: folds mentions into events and fills gaps from context.

Rules, in order:
- A mention joins an earlier event when nothing they say contradicts (type family, actors, date,
  place) and the mention is anaphoric, dateless or shares its date; the most recent compatible
  event wins. Otherwise it starts a new event.
- Generic mentions ("airstrikes" with no time, "daily attacks") and headline mentions join an
  event or are dropped: they never create one on their own (a headline alone does, if it is the
  only thing the report says). A bare mention (no doer, day or toll) told before any incident waits
  for the first one after it (a lede); told after one, it is background and fits only those before.
- Missing dates come from the paragraph's previous mention, then the report's lede date.
- Missing places: the previous mention's place in the same paragraph, then the report's country.
  A place only bare mentions name is context: a more precise site next to the incident wins.
- Who was hit, when no mention says: the owner of the targets the next sentence names ("used by X").
Which event answered which is `resolve/links.py` (`link_report`), called by the pipeline.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import timedelta

from flashpoint.extract.casualties import covers
from flashpoint.model import (
    Actor,
    Casualties,
    DateSpan,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
)
from flashpoint.resolve.places import Gazetteer, same_province
from flashpoint.resources import load_yaml
from flashpoint.textnorm import normalise_name

_COMPATIBLE_TYPES = {
    # a shelling that killed villagers may be told as "the attack on civilians" a sentence later
    "Explosions/Remote violence": {"Explosions/Remote violence", "Battles", "Violence against civilians", None},
    "Battles": {"Battles", "Explosions/Remote violence", "Violence against civilians", None},
    "Violence against civilians": {"Violence against civilians", "Battles", "Explosions/Remote violence", None},
    "Protests": {"Protests", "Riots", None},
    "Riots": {"Riots", "Protests", None},
    "Strategic developments": {"Strategic developments", None},
    None: {None, "Explosions/Remote violence", "Battles", "Violence against civilians"},
}
_CROWD_TYPES = ("Protests", "Riots")
_CLAIMABLE = ("Battles", "Explosions/Remote violence", "Violence against civilians", None)
_GENERIC_ACTORS = {"Militants", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Gang members"}


@dataclass
class Cluster:
    """Mentions of one incident, gathered in text order."""

    mentions: list[Mention] = field(default_factory=list)
    tolls: list[Casualties] = field(default_factory=list)  # other counts of its dead told nearby
    ledes: set = field(default_factory=set)  # ids of mentions told before it that it took in (a report's lede)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def value(self, attr: str):
        """Return the first non-empty value of a mention attribute, from specific mentions first."""
        for generic in (False, True):
            for m in self.mentions:
                v = getattr(m, attr)
                if v is not None and m.generic == generic:
                    return v
        return None


def _actors_compatible(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    if a.country_code and b.country_code and a.country_code == b.country_code and a.type == b.type:
        return True
    if a.name in _GENERIC_ACTORS and b.name not in _GENERIC_ACTORS and a.type != "state forces" and b.type != "state forces":
        return a.type != "civilians" and b.type != "civilians"
    if b.name in _GENERIC_ACTORS and a.name not in _GENERIC_ACTORS and a.type != "state forces" and b.type != "state forces":
        return a.type != "civilians" and b.type != "civilians"
    if a.name in _GENERIC_ACTORS and b.name in _GENERIC_ACTORS:
        return a.type == b.type
    return False


def _doers_compatible(a: Actor | None, b: Actor | None) -> bool:
    """Return True when two doers may be one party within a report: compatible actors, or two classes of unnamed
    armed men ("militants rammed a truck into the gate ... Attackers then stormed the compound"). Across reports
    and for links, "militants" and "a gunman" stay apart (`_actors_compatible`), and so do the armed groups
    a generic statement counts ("attacks by armed groups have killed 2,000 people this year")."""
    from flashpoint.resolve.merge import _UNNAMED_ATTACKERS  # merge builds on this module
    return _actors_compatible(a, b) or (a is not None and b is not None and a.name != b.name
                                        and {a.name, b.name} <= _UNNAMED_ATTACKERS - {"Gang members"})


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """Return True when two actors are surely the same party (same name, or one state's forces)."""
    if a is None or b is None:
        return False
    if a.name == b.name and a.name not in _GENERIC_ACTORS:
        return True
    return a.type == "state forces" and b.type == "state forces" and bool(a.country_code) and a.country_code == b.country_code


def _dates_compatible(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    a_end = a.end or a.start
    b_end = b.end or b.start
    return a.start <= b_end and b.start <= a_end


def _places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if a.precision in (1, 2) and b.precision in (1, 2) and a.name != b.name:
        return False  # two towns, even "near" one of them, are two incidents
    if a.name != b.name and a.admin1 and b.admin1 and a.name != a.country and b.name != b.country \
            and normalise_name(a.admin1) != normalise_name(b.admin1):
        return False  # a town in Ayacucho and the Apurimac region, or two provinces: two incidents
    return True


def _placed_by(a: Place | None, b: Place | None) -> bool:
    """Return True when one place is a settlement no gazetteer knows, placed at the other's coordinates
    (extract/arguments.py `_unknown_place`: "in Reasi district, ... near the village of Teryath" puts the
    village at the town the sentence names): the village lies in that place's area, it is no second town."""
    if a is None or b is None or a.name == b.name or a.country_code != b.country_code:
        return False
    return any(x.kind == "village" and x.lat is not None and (x.lat, x.lon) == (y.lat, y.lon)
               and x.admin1 == y.admin1 and y.kind != "village" for x, y in ((a, b), (b, a)))


ANAPHOR_REACH_KM = 30.0


def _close_by(a: Place | None, b: Place | None) -> bool:
    """Return True for two named places of one country within ANAPHOR_REACH_KM: "a concert hall on
    the edge of Moscow" is told again as "the attack on the hall in Krasnogorsk"."""
    from flashpoint.resolve.merge import distance_km  # merge builds on this module
    if a is None or b is None or None in (a.lat, a.lon, b.lat, b.lon) or a.country_code != b.country_code:
        return False
    return distance_km(a, b) <= ANAPHOR_REACH_KM


def _cluster_actor(cluster: Cluster, attr: str) -> Actor | None:
    ordered = sorted(cluster.mentions, key=lambda m: m.generic)
    kind = next((m.event_type for m in ordered if m.event_type in _CROWD_TYPES), None)
    if kind is not None:
        # in a demonstration, the police who fired on it are its actor2 and those shot are the crowd
        force = [m for m in ordered if m.event_type not in _CROWD_TYPES and _crowd_killed(kind, m)]
        ordered = [m for m in ordered if m not in force]
        if attr == "actor2":
            ordered += [replace(m, actor2=m.actor1) for m in force if m.actor1 is not None]
    # "security forces killed all four gunmen" is the end of the gunmen's attack: its sides are not
    # the attack's when the attackers are named elsewhere in the cluster
    answers = [m for m in ordered if _answer_shape(m)]
    if answers and any(m.actor1 is not None and m.actor1.type != "state forces" for m in ordered if m not in answers):
        ordered = [m for m in ordered if m not in answers]
    if attr == "actor2" and any(m.actor2 is not None for m in ordered if not m.claimed):
        ordered = [m for m in ordered if not m.claimed]  # whom a claimant says it hit is its version
    found = [getattr(m, attr) for m in ordered if getattr(m, attr) is not None]
    named = [a for a in found if a.name not in _GENERIC_ACTORS]
    return (named or found or [None])[0]


def compatible(cluster: Cluster, m: Mention) -> int:
    """Return how well a mention fits a cluster (0 = contradicts, higher = more evidence it is the same)."""
    c_type = cluster.value("event_type")
    if m.kind != cluster.first.kind:
        return 0
    if m.kind == "tally":
        return 0
    if m.another and not m.anaphoric and all(x.sent_index < m.sent_index for x in cluster.mentions):
        return 0  # "a second bomb exploded in another district": not the incident told before
    if m.compared and all((x.sent_index, x.trigger_start) < (m.sent_index, m.trigger_start) for x in cluster.mentions):
        return 0  # "The attack was deadlier than the raid at Uri": the raid is not the attack, nor the incident before
    stopped = _fired_what_was_stopped(cluster, m)
    if m.event_type not in _COMPATIBLE_TYPES.get(c_type, {c_type}) and not _crowd_killed(c_type, m) and not stopped \
            and not _damage_told_after(cluster, m) and not _same_doers_clause(cluster, m):
        return 0
    if stopped or _fights_back(cluster, m):
        m = replace(m, actor1=m.actor2, actor2=m.actor1)  # the interceptor is the interception's actor1
    if c_type == "Strategic developments" and m.event_type == c_type \
            and m.sub_event_type != cluster.value("sub_event_type"):
        return 0  # an arrest is not the ceasefire told before it
    a1, a2 = _cluster_actor(cluster, "actor1"), _cluster_actor(cluster, "actor2")
    # a crowd turns on police, a mosque and shops in one riot: only who the crowd is must agree
    force = _crowd_killed(c_type, m)
    crowd = (c_type in _CROWD_TYPES and m.event_type in _CROWD_TYPES) or force
    # civilians killed beside the fighters or commander an incident hit are its victims too
    # ("passengers were hit by stray bullets" in a police raid on traffickers: no doer of their own)
    near = m.sent_index - cluster.mentions[-1].sent_index <= 1
    bystanders = (m.mode == "kill" or (m.actor1 is None and m.mode == "attack" and near)) \
        and m.actor2 is not None and m.actor2.type == "civilians"
    ending = False  # the mention tells the end of the attack: its attackers hit or killed
    if force:
        # the police who shoot into a crowd are the demonstration's actor2, not its actor1
        if not _actors_compatible(a2, m.actor1):
            return 0
    elif _attackers_hit(a1, a2, m) or _attackers_died(a1, m) or _retaken(a1, m) or _attackers_stopped(cluster, a1, m):
        ending = True
    # a claim tells who did it; whom it says were hit is the claimant's version ("it had killed 300
    # militiamen" of an attack on villagers), no sign of another incident
    elif not ((_actors_compatible if m.generic else _doers_compatible)(a1, m.actor1)
              or any(_same_side(a1, x) for x in m.allies) or (crowd and _force_at_the_crowd(a1, m))) \
            or not (crowd or bystanders or m.claimed or _actors_compatible(a2, m.actor2) or _how_it_went(cluster, m)
                    or (m.anaphoric and _same_side(a1, m.actor1))
                    # "the group said the attack targeted soldiers" after a bombing of worshippers: a bare
                    # "the attack", with no doer or day of its own, retells it in a speaker's version of the target
                    or (m.anaphoric and m.actor1 is None and m.date is None and not m.plural)):
        # "the Russian missiles hit a school" after "Russia said it had killed 600 soldiers in a strike": the
        # same doer's strike, told by another side with other victims
        return 0
    # whoever was hit in the cluster cannot be the one who struck in the mention, and back
    elif _same_side(m.actor1, a2) or (_same_side(m.actor2, a1) and not crowd and not _hurt_in_the_fight(cluster, m)):
        return 0
    c_date = _cluster_date(cluster)
    m_date = _own_date(m, c_date)
    if not _dates_compatible(c_date, m_date) and not (ending and _retaken(a1, m) and _next_day(c_date, m_date)) \
            and not _told_later(cluster, m):
        return 0
    c_place = cluster.value("place")
    # "the attack on the hall in Krasnogorsk" after "a concert hall on the edge of Moscow"; a recalled
    # incident told twice ("the drone strike that killed him in Baghdad" ... "a drone fired missiles at his
    # convoy near Baghdad airport"): the same incident told at a place nearby
    retold = m.anaphoric or (all(x.recalled for x in cluster.mentions) and (
        m.recalled or (m.actor1 is not None and a1 is not None and m.actor1.name == a1.name
                       and m.actor1.name not in _GENERIC_ACTORS)))
    if not _places_compatible(c_place, m.place) and not (retold and _close_by(c_place, m.place)) \
            and not _placed_by(c_place, m.place):
        return 0
    if m.place is not None and m.place.precision in (1, 2) and any(
            x.place is not None and x.place.precision in (1, 2) and not _places_compatible(x.place, m.place)
            and not (retold and _close_by(x.place, m.place)) and not _placed_by(x.place, m.place)
            for x in cluster.mentions if not x.headline):
        return 0  # "strikes across northern Syria ... around Kobani": the strikes on Derik are not Kobani's
    if _other_site(cluster, m) and not _damage_told_after(cluster, m):
        return 0  # (the fire an attack set burns beside its target: "the mosque beside the market was also torched")
    if _aggregate(cluster) and m.place is not None and m.place.precision in (1, 2):
        # "the bombings of three churches and three hotels in Sri Lanka" counts over several places:
        # the blast in one town is an incident of its own, and the country's toll is not its toll
        return 0
    score = 1
    if m.anaphoric or m.claimed:
        score += 2
    if ending and m.casualties is not None and m.casualties.side == "militants" \
            and 0 < m.sent_index - cluster.mentions[-1].sent_index <= 2:
        score += 1  # "security forces stormed the building and killed all four gunmen": the siege's end, told next
    if ending and _retaken(a1, m) and 0 < m.sent_index - cluster.mentions[-1].sent_index <= 2:
        score += 1  # "the army said it had regained control of the town": the siege's end, told next
    if m_date is not None and c_date is not None and m_date.start == c_date.start and m_date.precision == c_date.precision:
        score += 2
    if m.place is not None and c_place is not None and m.place.name == c_place.name:
        score += 2
    if m.actor1 is not None and a1 is not None and m.actor1.name == a1.name:
        score += 1
    if m.actor2 is not None and a2 is not None and m.actor2.name == a2.name:
        score += 1
    if m.sub_event_type is not None and m.sub_event_type == cluster.value("sub_event_type"):
        score += 1
    return score


_ARMED_TYPES = ("Explosions/Remote violence", "Battles", "Violence against civilians")


def _damage_told_after(cluster: Cluster, m: Mention) -> bool:
    """Return True for a fire set by no one named, told just after an armed incident ("gunmen attacked the camp
    ... The bishop's residence was also torched"): the damage that incident did, not a riot of its own."""
    if m.mode != "arson" or m.actor1 is not None or m.recalled or m.retaliation or m.headline:
        return False
    if cluster.value("event_type") not in _ARMED_TYPES:
        return False
    a1 = _cluster_actor(cluster, "actor1")
    return not (a1 is not None and a1.type in ("protesters", "rioters")) \
        and 0 <= m.sent_index - max(x.sent_index for x in cluster.mentions) <= 2


def _fights_back(cluster: Cluster, m: Mention) -> bool:
    """Return True for the side an armed incident hit fighting back ("Jihadists attacked an army post ... The
    soldiers fought back", "the police returned fire"): the same battle told from the other side, whose
    doer is the incident's target (an answer told as such, or one recalled, is an incident of its own)."""
    if m.mode not in ("clash", "attack") or m.retaliation or m.recalled or m.actor1 is None:
        return False
    if cluster.value("event_type") not in _ARMED_TYPES or cluster.value("sub_event_type") == "Disrupted weapons use":
        return False
    if m.mode == "attack" and not (cluster.value("event_type") == "Battles" and _no_day_or_town(m)
                                   and 0 <= m.sent_index - cluster.mentions[-1].sent_index <= 2):
        # "The rebels opened fire when the team approached" just after "troops killed 29 rebels in a gunfight":
        # the other side's fire in the fight told, when it has no day or town of its own
        return False
    a1, a2 = _cluster_actor(cluster, "actor1"), _cluster_actor(cluster, "actor2")
    return _same_side(m.actor1, a2) and (m.actor2 is None or _actors_compatible(a1, m.actor2))


def _same_doers_clause(cluster: Cluster, m: Mention) -> bool:
    """Return True for a named doer's act told in the sentence of that doer's incident, with no day or town of its
    own ("Settlers rampaged through the village, setting fire to homes"): how the incident was done, whichever
    family each act alone falls in (a crowd's rampage, an attack on homes)."""
    if m.actor1 is None or not _no_day_or_town(m):
        return False
    if m.event_type == "Strategic developments" and not (
            m.sub_event_type == "Looting/property destruction" and cluster.value("event_type") in _CROWD_TYPES):
        return False  # (homes a crowd burns on its rampage are the riot's damage)
    return any(x.sent_index == m.sent_index and not x.generic and not x.headline and _same_side(x.actor1, m.actor1)
               and x.event_type != "Strategic developments" for x in cluster.mentions)


def _force_at_the_crowd(a1: Actor | None, m: Mention) -> bool:
    """Return True for forces acting on a crowd no words of the sentence name (its "protesters" given by the kind of
    act: "police fired tear gas to disperse crowds") after a riot or protest told: that crowd's intervention."""
    doer = m.actor1
    return doer is not None and doer.text is None and doer.type in ("protesters", "rioters") \
        and m.actor2 is not None and m.actor2.type == "state forces" \
        and a1 is not None and a1.type in ("protesters", "rioters")


def _how_it_went(cluster: Cluster, m: Mention) -> bool:
    """Return True for an act told in the sentence that retells the incident ("The attack on the prison began on
    Tuesday, when gang members overpowered guards and entered the rival wing"): a step of that incident, whoever
    it names as hit, when it tells no town of its own and no incident set apart."""
    if _set_apart(m) or m.after_anchor or _own_town(m):
        return False
    return any(x.sent_index == m.sent_index and x.anaphoric and not x.generic and not x.recalled
               and x.trigger_start < m.trigger_start for x in cluster.mentions)


def _bare_generic(m: Mention) -> bool:
    """Return True for a generic mention that names no side ("with rifles and grenades")."""
    return m.generic and m.actor1 is None and m.actor2 is None


def _no_day_or_town(m: Mention) -> bool:
    """Return True for a specific mention that tells no day and no town of its own, nor an incident set apart
    from the one told (recalled, answered, "another")."""
    return m.date is None and not _own_town(m) and not _set_apart(m)


def _own_town(m: Mention) -> bool:
    """Return True for a mention placed at a town or near one (precision 1 or 2)."""
    return m.place is not None and m.place.precision in (1, 2)


def _set_apart(m: Mention) -> bool:
    """Return True for a generic or headline mention, or one telling an incident apart from the one told
    (recalled, answered, "another")."""
    return m.generic or m.headline or m.recalled or m.retaliation or m.another


def _sentences_after(cluster: Cluster, m: Mention) -> int:
    """Return how many sentences after the cluster's last told sentence a mention is told (negative: before)."""
    return m.sent_index - max(x.sent_index for x in cluster.mentions)


def _hurt_in_the_fight(cluster: Cluster, m: Mention) -> bool:
    """Return True for a loss of the side that fired in an exchange of fire, told by no doer just after it
    ("Police exchanged fire with the gunmen ... One officer was shot and wounded"): both sides of a fight are
    hit in it, so the side's wounded are that fight's, not an attack on that side of its own."""
    if m.actor1 is not None or not _no_day_or_town(m) or not any(x.mode == "clash" for x in cluster.mentions):
        return False
    return 0 < _sentences_after(cluster, m) <= 4


def _attackers_stopped(cluster: Cluster, a1: Actor | None, m: Mention) -> bool:
    """Return True when the unnamed attackers of an armed group's attack are shot or killed just after it, by
    anyone, with no day or town of their own ("Two gunmen opened fire at a cafe ... One of them was shot dead at
    the scene by a passer-by"): the end of that attack (police ending it is `_attackers_hit`)."""
    if a1 is None or a1.type in ("state forces", "civilians", "protesters", "rioters") or m.mode not in ("attack", "kill"):
        return False
    if not _no_day_or_town(m) or m.actor2 is None or m.actor2.name not in ("Unidentified Armed Group", "Militants"):
        return False
    if not _actors_compatible(a1, m.actor2) or (m.actor1 is not None and _same_side(m.actor1, a1)):
        return False
    return 0 < _sentences_after(cluster, m) <= 2


def _other_site(cluster: Cluster, m: Mention) -> bool:
    """Return True when a mention tells an incident at another kind of public place than the cluster's
    ("a bomb exploded at a bus station in Jos" ... "gunmen attacked a church in Jos"): two incidents of one
    town and day. A definite retelling ("the attack") and a sentence already in the cluster are left alone."""
    if m.site is None or m.anaphoric or m.claimed or any(x.sent_index == m.sent_index for x in cluster.mentions):
        return False
    sites = {x.site for x in cluster.mentions if x.site is not None and not x.headline}
    return bool(sites) and m.site not in sites


def _toll_at_its_place(cluster: Cluster, m: Mention) -> bool:
    """Return True for dead counted, by no doer, at the town the incident was told at ("Ukraine's military said
    about 400 Russians were killed in Makiivka" after "retaliation for the attack on Makiivka"): a side's toll of
    that incident, not an act of its own."""
    return m.mode == "kill" and m.casualties is not None and m.place is not None and m.place.precision in (1, 2) \
        and any(x.place is not None and x.place.name == m.place.name for x in cluster.mentions)


def _told_answer(m: Mention) -> bool:
    """Return True for an act told as the answer to something, of its own, not in general or in a headline."""
    return m.retaliation and not m.recalled and not m.generic and not m.headline and m.kind == "event"


def _sited(clusters: list[Cluster], m: Mention) -> bool:
    """Return True for a specific mention placed in a town at a kind of site no incident told there has."""
    return not m.generic and not m.headline and m.place is not None and m.place.precision in (1, 2) \
        and any(_other_site(c, m) for c in clusters)


def _fired_what_was_stopped(cluster: Cluster, m: Mention) -> bool:
    """Return True when a mention retells the firing of what the cluster's interception stopped ("air
    defences intercepted a ballistic missile ... The Houthis said they had fired the missile")."""
    return m.anaphoric and not m.recalled and m.mode in ("attack", "remote") \
        and m.event_type == "Explosions/Remote violence" and cluster.value("sub_event_type") == "Disrupted weapons use"


def _own_date(m: Mention, c_date: DateSpan | None) -> DateSpan | None:
    """Return the date a mention gives its incident when compared with an incident dated c_date.

    "The attack ... was claimed on Monday" after Sunday's attack: Monday is the claim's day, and an
    incident is told of on its day or later, so the date says nothing against an earlier incident."""
    told = m.date_of_telling or (m.claimed and m.anaphoric)  # "X claimed the bombing on Monday": the claim's day
    if told and m.date is not None and c_date is not None and None not in (m.date.start, c_date.start) \
            and c_date.start <= m.date.start:
        return None
    return m.date


def _answer_shape(m: Mention) -> bool:
    """Return True for state forces acting on unnamed attackers ("police killed the gunmen")."""
    return not m.retaliation and m.actor1 is not None and m.actor1.type == "state forces" \
        and m.actor2 is not None and m.actor2.name in ("Unidentified Armed Group", "Militants")


def _attackers_hit(a1: Actor | None, a2: Actor | None, m: Mention) -> bool:
    """Return True when a mention tells forces killing or fighting the unnamed attackers of the
    incident ("security forces stormed the building and killed all four gunmen"): the end of the
    same attack, told from the other side."""
    if m.retaliation or a1 is None or a1.type in ("state forces", "civilians", "protesters", "rioters"):
        return False
    if not _answer_shape(m) or m.event_type not in ("Battles", "Violence against civilians", None):
        return False
    # the forces who were attacked fought back, or forces came to end an attack on civilians
    return (a2 is not None and a2.type == "civilians") or _actors_compatible(a2, m.actor1)


def _attackers_died(a1: Actor | None, m: Mention) -> bool:
    """Return True when a doerless killing counts the incident's own attackers among the dead
    ("militants stormed the base, killing nine soldiers. Five attackers were also killed"): the
    attackers' losses in the same incident, not an incident of their own."""
    if m.retaliation or m.casualties is None or a1 is None or a1.type in ("civilians", "state forces"):
        return False
    if m.mode not in ("kill", "clash") and not (m.casualties.side == "militants" and m.actor1 is None):
        return False  # "all seven attackers were killed; they had worn suicide vests": told as they died
    if m.actor2 is None or m.actor2.type in ("civilians", "state forces"):
        return False  # a state's forces killed after its own attack are as often the answer's toll
    # "militants" and "attackers" (an unidentified armed group) are the same unnamed armed men
    unnamed = {a1.name, m.actor2.name} <= {"Militants", "Unidentified Armed Group"}
    if not (unnamed or _actors_compatible(a1, m.actor2)):
        return False
    return m.actor1 is None or m.actor1.name == a1.name


def _retaken(a1: Actor | None, m: Mention) -> bool:
    """Return True when a mention tells state forces regaining what armed men or a crowd who were not state
    forces attacked ("troops regained control of the base later that day", "police had retaken the prison by
    Wednesday morning"): the end of that incident, not one of its own (compatible() still asks for its place
    and for the same or the next day)."""
    if m.sub_event_type != "Government regains territory" or m.retaliation or m.recalled:
        return False
    if m.actor1 is None or m.actor1.type != "state forces" or a1 is None or a1.type == "state forces":
        return False
    return m.actor2 is None or _actors_compatible(a1, m.actor2)


def _next_day(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Return True when day span b starts on the day after span a ends."""
    if a is None or b is None or a.start is None or b.start is None:
        return False
    return b.start == (a.end or a.start) + timedelta(days=1)


def _aggregate(cluster: Cluster) -> bool:
    """Return True for a cluster opened by a plural incident over a whole country or region ("the
    suicide bombings ... in Sri Lanka", "strikes across southern Lebanon")."""
    first = next((m for m in cluster.mentions if not m.headline), cluster.first)
    if first.trigger.lower() in _plural_as_one():
        return False  # "clashes broke out in the province": one battle, whose town may be told next
    return first.plural and first.place is not None and first.place.precision == 3 \
        and all(m.place is None or m.place.precision == 3 for m in cluster.mentions)


@lru_cache(maxsize=1)
def _plural_as_one() -> frozenset:
    """Return the plural words that name one incident (data/taxonomy.yaml `plural_as_one`)."""
    return frozenset(w.lower() for w in load_yaml("taxonomy.yaml")["plural_as_one"])


def _crowd_killed(c_type: str | None, m: Mention) -> bool:
    """Return True for people killed by police or by no one named at a protest or riot: "at least five
    people were shot dead near parliament" is the crowd event's toll (force against the crowd), not
    an attack of its own."""
    if c_type not in _CROWD_TYPES or m.event_type not in ("Violence against civilians", "Battles") \
            or m.mode not in ("kill", "attack"):
        return False
    if not (m.actor1 is None or m.actor1.type == "state forces") \
            or not (m.actor2 is None or m.actor2.type in ("civilians", "protesters")):
        return False
    # "five people shot dead", "police opened fire after crowds pushed past barricades"
    return m.mode == "kill" or (m.casualties is not None and (m.casualties.low or 0) > 0) or m.actor1 is not None


def _cluster_date(cluster: Cluster) -> DateSpan | None:
    """Return the incident's date: the most precise its mentions give, a day of telling only for want of one of its own."""
    told = [m for m in cluster.mentions if m.date is not None and m.date.start is not None]
    if not told:
        return None
    dated = [m.date for m in told if not m.announced] or [m.date for m in told]
    return min(dated, key=lambda d: ({"day": 0, "week": 1, "month": 2, "range": 3}.get(d.precision, 4),))


def _told_later(cluster: Cluster, m: Mention) -> bool:
    """Return True when a cluster is dated only by the day its incident was announced, on or after the day
    that a later sentence's "the strike" gives it: "the army said on Tuesday its drone had bombed
    villagers" ... "the strike on Sunday night" ("officers had shot dead the driver of last Thursday's
    attack": an incident named in the announcement's own sentence is another)."""
    dated = [x for x in cluster.mentions if x.date is not None and x.date.start is not None]
    return bool(dated) and m.anaphoric and m.date is not None and m.date.start is not None \
        and all(x.announced and m.date.start <= x.date.start and x.sent_index < m.sent_index for x in dated)


def _bare(m: Mention) -> bool:
    """Return True for a mention with no actor, no date (a live blog's entry stamp is none) and no casualties."""
    return m.actor1 is None and m.actor2 is None and (m.date is None or m.posted) and m.casualties is None


def _needs_join(m: Mention) -> bool:
    """Return True for mentions that may not start an event alone (generic, headline, bare ones).

    A mention with no actor, no date and no casualties says too little to be an incident of its own.
    """
    return m.generic or m.headline or _bare(m) or _outcome(m)


def _outcome(m: Mention) -> bool:
    """Return True for a killing told without doer or day: "a woman and two children were also
    killed", the toll of an incident already told."""
    return m.mode == "kill" and m.actor1 is None and m.date is None


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Return the mentions of one report grouped by incident, in order of first mention."""
    clusters: list[Cluster] = []
    pending_headlines: list[Mention] = []
    pending: list[Mention] = []  # told before the incident they belong to ("twin bombings" in a lede)
    named_answered = {m.sent_index for m in mentions if m.recalled}  # sentences whose cue names what was answered
    for m in mentions:
        if m.kind == "tally":
            clusters.append(Cluster([m]))
            continue
        if m.headline:
            pending_headlines.append(m)
            continue
        if m.ends_attack and (m.casualties is None or _attackers_toll_to_previous(clusters, m)):
            _suicide_ending(clusters, m)
            continue  # "... before police killed him", "He was shot dead by police": the attack's end, whose toll its attack carries
        sibling = next((c for c in clusters for x in c.mentions if x.trigger_start == m.trigger_start), None)
        if sibling is not None:
            # "the strikes hit Kobani, Derik and Tal Rifaat": the same words told at another place of
            # its list (extract/mentions.py `_one_per_place`) are an incident of their own, of the same day
            clusters.append(Cluster([replace(m, date=m.date or _cluster_date(sibling))]))
            continue
        best, best_score = None, 0
        for cluster in reversed(clusters):
            score = compatible(cluster, m)
            if score == 0:
                continue
            # a mention with its own distinct date only joins a cluster with the same date
            c_date = _cluster_date(cluster)
            has_own_anchor = _own_date(m, c_date) is not None
            if has_own_anchor and c_date is not None and not _same_day_or_nested(m.date, c_date) \
                    and not (_retaken(_cluster_actor(cluster, "actor1"), m) and _next_day(c_date, m.date)) \
                    and not _told_later(cluster, m):
                continue
            # an unanchored specific mention only joins if it is anaphoric or close by
            # and one dated by its own words does not join an undated incident told sentences before ("In response,
            # Israeli artillery pounded Kfar Shouba" ... "On Tuesday ... Israeli aircraft struck Syrian positions")
            if not (m.anaphoric or m.claimed) and not _needs_join(m) and m.sent_index - cluster.mentions[-1].sent_index > 3 \
                    and (has_own_anchor is False or c_date is None) and m.place is not None:
                continue
            if any(x.sent_index == m.sent_index and (x.recalled and m.retaliation or m.recalled and x.retaliation)
                   for x in cluster.mentions):
                continue  # what a cue names as answered is not the answer told beside it
            if m.retaliation and not m.anaphoric and m.sent_index not in named_answered \
                    and not any(x.retaliation or x.sent_index == m.sent_index for x in cluster.mentions) \
                    and not _same_side(_cluster_actor(cluster, "actor1"), m.actor1):
                # "In response, artillery pounded villages": a bare cue answers the incident told before, is not
                # it ("a U.S. warplane ... retaliated" after the gunship's fire is that fire, told again)
                continue
            if any(x.sent_index == m.sent_index and not _bare_generic(x) for x in cluster.mentions):
                # told in the same sentence: "stabbed people ... before he was shot dead" (a generic word beside
                # it, "fired back with rifles and grenades", tells no incident and ties it to none)
                score += 3
            if m.date is None and not m.recalled and all(x.recalled for x in cluster.mentions):
                # "a woman and two children were also killed" after "the strike was in retaliation
                # for Saturday's rocket attack": the toll is the strike's, not the recalled attack's
                score = max(1, score - 2)
                if not m.anaphoric and m.actor1 is None and m.sent_index > max(x.sent_index for x in cluster.mentions) \
                        and not _toll_at_its_place(cluster, m):
                    # "Two destroyers launched the missiles at Shayrat": an act told anew, by no named doer, in a
                    # later sentence, after an incident told only as what was answered, is not that incident
                    # ("Indian missiles hit three air bases" after "in retaliation for Indian strikes" is)
                    continue
            if c_date is None and m.date is not None and 0 < m.sent_index - cluster.mentions[-1].sent_index <= 2:
                # an undated lede told again, dated, in the next sentences: "...killed more than 100 in
                # an assault on a village." / "...attacked Wad al-Noura twice on Wednesday"
                score += 1
            # equal evidence: the incident told last is the one the report is still on
            if score > best_score or (score == best_score and best is not None
                                      and cluster.mentions[-1].sent_index > best.mentions[-1].sent_index):
                best, best_score = cluster, score
        if best is not None and (best_score >= 2 or m.anaphoric or _needs_join(m) or m.date is None):
            if _own_date(m, _cluster_date(best)) is None:
                m.date = None  # the claim's or statement's day is not the incident's
            if _damage_told_after(best, m):
                # the fire is the incident's damage: it keeps the incident's kind
                m = replace(m, event_type=best.value("event_type"), sub_event_type=best.value("sub_event_type"))
            elif _fights_back(best, m):
                m = replace(m, actor1=m.actor2, actor2=m.actor1)  # the attackers stay the battle's actor1
            if _retaken(_cluster_actor(best, "actor1"), m):
                # the place retaken ends the attack: the attack keeps its own kind, sides and day
                m = replace(m, sub_event_type=best.value("sub_event_type"), actor1=None, actor2=None,
                            date=None if _next_day(_cluster_date(best), m.date) else m.date)
            best.mentions.append(m)
        elif _needs_join(m) and m.place is not None and m.place.precision in (1, 2) and not m.generic \
                and not m.headline and any(_aggregate(c) for c in clusters):
            # "The first blasts struck a shrine in Colombo" after "the bombings across Sri Lanka": one
            # of the incidents the country-wide lede counted, told at its own place
            clusters.append(Cluster([m]))
        elif _needs_join(m) and _toll_of_previous(clusters, m):
            continue
        elif _needs_join(m) and (_placed_outcome(m) or _sited(clusters, m) or _told_answer(m)):
            # "In Tyre, two civilians were killed" after a strike on Nabatieh: dead counted at a
            # town of their own are an incident of their own; so is "an explosion tore through the bus
            # station in Kano" after the blast at Kano's market; and an answer told in a sentence of its own
            # ("In response, artillery pounded villages across the border") is news, never background
            clusters.append(Cluster([m]))
        elif _needs_join(m):
            # "the attack" points back, never ahead; and after an incident, a bare mention that fits
            # none told is background ("a departure from the approach that targeted Syria"), not the
            # lede of the next one: only a lede with something of its own (a toll, a doer) waits
            # (an incident a cue names as answered is neither: "in response to the deadly attack on the
            # TUSAS plant near Ankara" points at what the report tells after it, "Five people were killed ...")
            if m.recalled or not (m.anaphoric or (clusters and _bare(m))):
                pending.append(m)
            continue
        else:
            clusters.append(Cluster([m]))
    for m in pending:
        # a bare mention with no incident before it joins the first one told after it, if it fits
        # ("At least 13 people were killed in Tuesday's protests": the protests are told after the killing)
        later = [c for c in clusters if (c.first.sent_index, c.first.trigger_start) > (m.sent_index, m.trigger_start)
                 and compatible(c, m) > 0]
        if later and later[0].first.sent_index - m.sent_index <= 4:
            if m.sent_index < later[0].first.sent_index:  # told in a sentence of its own before it
                later[0].ledes.add(id(m))
            later[0].mentions.insert(0, m)
        elif m.posted and not m.generic and m.place is not None and m.place.precision in (1, 2) \
                and not any(compatible(c, m) for c in clusters):
            # a live blog's entry "09:40 GMT - Two explosions have torn through the bus station in Kano":
            # the day's incident, told in an entry of its own at a place of its own
            clusters.append(Cluster([m]))
        else:
            _toll_to_same_sentence(clusters, m)
    for h in pending_headlines:
        fits = [(compatible(c, h), i) for i, c in enumerate(clusters)]
        fits = [f for f in fits if f[0] > 0]
        if fits:
            _, i = max(fits, key=lambda f: (f[0], -f[1]))
            clusters[i].mentions.insert(0, h)
        elif not clusters and not h.generic:
            clusters.append(Cluster([h]))
    return clusters


def _toll_of_previous(clusters: list[Cluster], m: Mention) -> bool:
    """Give the figure of a doerless killing that fits no incident to the incident told just before
    it, and return True when it was given.

    "A crowd burned the passengers alive. At least 13 people were killed." The second sentence reads
    as a killing of civilians and so fits no riot, yet it only counts the riot's dead: a report tells
    an incident's toll right after it (up to two sentences on) without telling it again.
    """
    if not (m.mode == "kill" and m.actor1 is None and m.date is None and not m.generic and not m.headline):
        return False
    if m.casualties is None or (m.casualties.low is None and m.casualties.high is None):
        return False
    # the dead of another town are not this incident's; a sentence that tells who counted them
    # ("The CRPF said 40 of its men had been killed") may stand a paragraph after the incident
    return _give_to_told_before(clusters, m, lambda c: c.value("event_type") != "Strategic developments"
                                and _places_compatible(c.value("place"), m.place), reach=4 if m.place is None else 2)


def _toll_to_same_sentence(clusters: list[Cluster], m: Mention) -> None:
    """Give the figure of a mention that fits no incident to the one incident its sentence tells, when
    that incident counts no dead of its own ("police opened fire on oil workers, killing at least 14
    people": the killing is the shooting's toll)."""
    if m.casualties is None or m.casualties.low is None:
        return
    here = [c for c in clusters if c.first.kind == "event" and any(x.sent_index == m.sent_index for x in c.mentions)]
    if len(here) == 1 and not any(x.casualties is not None and x.casualties.low is not None for x in here[0].mentions) \
            and not here[0].tolls:
        here[0].tolls.append(m.casualties)


def _give_to_told_before(clusters: list[Cluster], m: Mention, fits, reach: int = 2) -> bool:
    """Add a mention's figures to the tolls of the incident that `fits` told last before it (up to
    `reach` sentences back), and return True when there was one."""
    owner = None
    for c in clusters:
        if c.first.kind != "event" or not fits(c):
            continue
        last = max((x.sent_index for x in c.mentions if not x.generic and x.sent_index <= m.sent_index), default=-99)
        if 0 <= m.sent_index - last <= reach and (owner is None or last > owner[0]):
            owner = (last, c)
    if owner is None:
        return False
    owner[1].tolls.append(m.casualties)
    return True


def _suicide_ending(clusters: list[Cluster], m: Mention) -> None:
    """An attack whose bomber died setting off his device ("he died at the scene after detonating an
    explosive device", folded into the attack as its end) was a suicide bombing: the bombing told last
    before it, up to two sentences back, takes that sub-type."""
    if m.sub_event_type != "Suicide bomb":
        return
    told = [c for c in clusters if c.first.kind != "tally" and c.value("event_type") == m.event_type
            and any(0 <= m.sent_index - x.sent_index <= 2 for x in c.mentions)]
    if told:
        for x in told[-1].mentions:
            if x.sub_event_type == "Remote explosive/landmine/IED":
                x.sub_event_type = "Suicide bomb"


def _attackers_toll_to_previous(clusters: list[Cluster], m: Mention) -> bool:
    """Give the death of attackers told after their attack ("He was shot dead by security forces an
    hour later") to the attack told last before it (up to two sentences back), and return True when given.
    """
    if not m.ends_attack or m.casualties is None or m.casualties.low is None:
        return False

    def attack(c: Cluster) -> bool:  # the police's own killings are not an attack whose attackers died
        a1 = _cluster_actor(c, "actor1")
        return c.value("event_type") not in ("Strategic developments", "Protests") \
            and not (a1 is not None and a1.type == "state forces")
    return _give_to_told_before(clusters, m, attack)


def _placed_outcome(m: Mention) -> bool:
    """Return True for a doerless killing with a figure, told at a town of its own."""
    return _outcome(m) and not m.generic and not m.headline and m.place is not None \
        and m.place.precision in (1, 2) and m.casualties is not None and m.casualties.low is not None


def _same_day_or_nested(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or b.start is None:
        return True
    a_end, b_end = a.end or a.start, b.end or b.start
    inside = (a.start >= b.start and a_end <= b_end) or (b.start >= a.start and b_end <= a_end)
    return inside


def fill_context(clusters: list[Cluster], document: Document, gazetteer: Gazetteer,
                 countries: tuple[str, ...], sentence_places: dict[int, Place] | None = None,
                 sentence_casualties: dict | None = None, claims: dict | None = None,
                 sentence_dates: dict | None = None, sentence_targets: dict | None = None,
                 report_day: DateSpan | None = None) -> None:
    """Fill missing dates and places of clusters from the paragraph before them and the report.

    An undated cluster takes the day a sentence next to it in its paragraph names, else the date of the cluster
    just before it (not a mere month or year when the lede has a day), else the lede's, else the first day the
    report names that is no day of saying (report_day, from extract.mentions) and not long past; one told in an
    'after ...' clause of a clause with a day takes that day or the day before it, unless those give that very
    day. (The time the narrative has reached, as a fallback before the cluster just before, raised the sets it
    was read on and cost four events on blind text: not used.)
    """
    lede_date = None
    for c in clusters:
        d = _cluster_date(c)
        if d is not None and d.precision == "day" and not _long_before(d, document.published):
            lede_date = d
            break
    previous: Cluster | None = None
    told: Cluster | None = None  # the last cluster not only recalled
    for c in clusters:
        if c.first.kind == "tally":
            continue
        if _cluster_date(c) is None:
            d = _neighbour_date(c, sentence_dates or {})
            # what a cue names as answered ("in response to the killings ... last week") lends its day only to what
            # its own sentence tells with it, not to the acts told after it
            if previous is not None and all(m.recalled for m in previous.mentions) \
                    and not {m.sent_index for m in previous.mentions} & {m.sent_index for m in c.mentions}:
                previous = told
            donor = previous if previous is not None and _near(previous, c) else None
            if donor is not None and lede_date is not None and _only_a_period(_cluster_date(donor)):
                # "hours after rockets were fired for the first time since a ceasefire took hold in November. The
                # rockets were intercepted in the morning": a month is a background's time, not the narrative's day
                donor = None
            if d is None and donor is not None:
                d = _cluster_date(donor)
            if d is None and lede_date is not None:
                d = lede_date
            # an incident told in an 'after ...' clause is of that clause's day or just before it: the days
            # found above belong to other incidents, and one that is not that very day is taken for no more
            bound = next((m.day_of_main_clause for m in c.mentions if m.day_of_main_clause is not None), None)
            if d is None and bound is None and report_day is not None \
                    and not _long_before(report_day, document.published):
                # "a summary of the statement issued on Wednesday on the attack ... On the evening of 4 March,
                # gunmen tried to break in": no incident is dated, the day the narrative names is theirs
                d = report_day
            if d is None and document.published:
                d = DateSpan(document.published, document.published, "unknown", None)
            if bound is not None and not (d is not None and d.start == bound.start and (d.end or d.start) == bound.end):
                d = _on_or_just_before(bound)
            if d is not None:
                c.mentions[0].date = DateSpan(d.start, d.end, d.precision, d.text)
        previous = c
        if not all(m.recalled for m in c.mentions):
            told = c
    _fill_tolls(clusters, sentence_casualties or {}, sentence_places or {})
    told_doers = [_unnamed_doer_phrases(c) for c in clusters]  # (a claim clears the phrases it replaces)
    _fill_claims(clusters, claims or {})
    _share_named_doers(clusters, told_doers)
    _fill_targets(clusters, sentence_targets or {})
    for c in clusters:
        if _own_place(c) is None and c.first.kind != "tally":
            # a country named by a mention that tells nothing of its own ("an approach that has
            # mostly targeted Syria") is context: the site next to the incident's own sentences is
            # looked for first, and wins when it is more precise
            context = _specific_place(c)
            place = None
            # only where the incident is told: the sentence of "Nobody has claimed the attacks" (bare) sits next
            # to whatever the report tells next, not next to the incident
            telling = Cluster([m for m in c.mentions if not _bare(m)] or c.mentions)
            for other in clusters:
                if other is c or _specific_place(other) is None or not _near(other, telling):
                    continue
                if _actors_compatible(_cluster_actor(other, "actor1"), _cluster_actor(c, "actor1")) \
                        and _dates_compatible(_cluster_date(other), _cluster_date(c)):
                    place = _specific_place(other)
                    break
            if place is None and sentence_places:
                # a place named in the sentence next to the mention ("...went on strike. in eastern syria")
                for m in telling.mentions:
                    if m.generic:
                        continue
                    for k in (m.sent_index + 1, m.sent_index - 1):
                        if k in sentence_places:
                            place = sentence_places[k]
                            break
                    if place is not None:
                        break
            if place is None:
                place = _report_town(clusters, c)
            if context is not None and (place is None or (place.precision or 4) >= (context.precision or 4)):
                continue
            if place is None:
                code = _place_country(c, countries)
                place = gazetteer.country_place(code) if code else None
            if place is not None:
                c.mentions[0].place = Place(**{**place.__dict__, "text": place.text})
    _refine_area_places(clusters, sentence_places or {})


# "the army said it had foiled a coup early on Sunday, after armed men attacked ...": an incident told in an 'after'
# clause is of the clause's day or of the day before it ("called in the army on Wednesday after supporters stormed
# ..." on Tuesday), and nothing near it tells which
AFTER_CLAUSE_DAYS = 1


def _on_or_just_before(bound: DateSpan) -> DateSpan:
    """Return the span from AFTER_CLAUSE_DAYS before a day to that day."""
    return DateSpan(bound.start - timedelta(days=AFTER_CLAUSE_DAYS), bound.start, "range", bound.text)


LEDE_DAYS = 30  # an incident dated this long before publication is background, not the report's own day
PERIOD_DAYS = 28  # a range this long or longer ("since June") is a period, not a day a later sentence can take


def _only_a_period(d: DateSpan | None) -> bool:
    """Return True for a date no finer than a month ("in November", "last year"): no day an incident told
    after it without one of its own can take."""
    return d is not None and d.start is not None and d.end is not None and (
        d.precision in ("month", "year") or (d.precision == "range" and (d.end - d.start).days >= PERIOD_DAYS))


def _long_before(d: DateSpan, published) -> bool:
    """Return True for a day long before the report was published ("at dawn on Sept. 18, 2016" in a
    2019 report): undated incidents of the report do not take it."""
    return published is not None and d.start is not None and (published - (d.end or d.start)).days > LEDE_DAYS


def _refine_area_places(clusters: list[Cluster], sentence_places: dict[int, Place]) -> None:
    """Give an incident told only at a country's, province's or region's scale the town or site the very
    next sentence names inside that area, when that sentence tells no incident of its own: "Iran fired
    missiles at two bases in Iraq ... The missiles targeted the Ain al-Asad air base in Anbar"."""
    told_by = {m.sent_index for c in clusters for m in c.mentions}
    for c in clusters:
        own = _own_place(c)
        if c.first.kind == "tally" or own is None or own.precision != 3 or not own.country_code \
                or own.kind == "village":  # a named place we cannot locate is still the place named
            continue
        # the sentence after a telling of the incident's own: "Nobody has claimed the attacks." tells nothing of
        # it, and the sentence after that names whatever comes next ("Baghdad's oil ministry said ...")
        for k in sorted({m.sent_index + 1 for m in c.mentions if not m.generic and not _bare(m)}):
            place = sentence_places.get(k)
            if k in told_by or place is None or place.precision not in (1, 2) \
                    or place.country_code != own.country_code:
                continue
            if own.kind == "province" and not same_province(place.admin1, own.name, own.admin1):
                continue
            holder = next(m for m in c.mentions if m.place is own)
            holder.place = place
            break


def _neighbour_date(c: Cluster, sentence_dates: dict) -> DateSpan | None:
    """Return the day the sentence next to a mention of the cluster gives (the one before, else the one
    after, in its paragraph), else its live-blog section's day: `sentence_dates` is keyed by the mention's
    sentence (extract.mentions `_neighbour_dates`)."""
    return next((sentence_dates[m.sent_index] for m in c.mentions
                 if not m.generic and m.sent_index in sentence_dates), None)


def _fill_tolls(clusters: list[Cluster], tolls: dict, places: dict | None = None) -> None:
    """'No casualties were reported.' after an incident: the toll is that incident's.

    A sentence that only counts the dead or wounded gives its figures to the incident told in one
    of the two sentences before it, when that incident has none of its own.
    """
    places = places or {}
    _spread_zeros(clusters, tolls, places)
    if not tolls:
        return
    owners: dict[int, Cluster] = {}
    for index in sorted(tolls):
        if tolls[index].elsewhere:
            _gapped_tolls(clusters, index, tolls[index])
            tolls[index] = replace(tolls[index], elsewhere=())
        owner = None
        for c in clusters:
            if c.first.kind != "event" or (tolls[index].low and c.value("event_type") == "Strategic developments"):
                continue  # "The gunman was arrested. The governor put the toll at 13.": the shooting's dead
            if not _places_compatible(c.value("place"), places.get(index)):
                continue  # "In Odesa, two people died" after the strike on Kharkiv: not its toll
            # the incident told last before the toll (it may be told again further on)
            last = max((m.sent_index for m in c.mentions if not m.generic and m.sent_index < index), default=-99)
            reach = 4 if tolls[index].total else 2  # a running toll names what it counts: it reaches further
            if 1 <= index - last <= reach and (owner is None or last > owner[0]):
                owner = (last, c)
        if owner is None and index - 1 in owners and _places_compatible(owners[index - 1].value("place"), places.get(index)):
            owner = (index - 1, owners[index - 1])  # a second source's toll right after the first
        if owner is None:
            owner = _told_next(clusters, index, tolls[index], places)
        if owner is None:
            continue
        cluster = owner[1]
        owners[index] = cluster
        toll = tolls[index]
        own = [m.casualties for m in cluster.mentions if m.casualties is not None]
        if not own:
            cluster.mentions[-1].casualties = toll
        elif toll.low is not None and all(x.low is None and x.high is None for x in own):
            # "a drone hit a school, wounding two people. No deaths were reported.": the incident
            # counted only its wounded; the toll counts its dead
            cluster.tolls.append(toll)
        elif toll.low is not None and toll.low > 0 and all(x.low > 0 for x in own if x.low is not None):
            # "a medical group later put the toll at 18": another count of the same dead, kept as the
            # range's other end (a telling with no figure, "many were killed", or only of the wounded
            # leaves it one)
            cluster.tolls.append(toll)


def _spread_zeros(clusters: list[Cluster], tolls: dict, places: dict) -> None:
    """'No casualties were reported in either attack.', 'There were no reports of deaths.': a zero count told
    after several incidents, naming no place of its own, is the count of each one told in the two sentences
    before it that counts nothing of its own (the last one takes it the ordinary way)."""
    zeros = {index: toll for index, toll in tolls.items() if toll.low == 0 and toll.high == 0 and places.get(index) is None}
    for c in clusters:  # a zero told by a mention with no place of its own ("in either attack")
        for m in c.mentions:
            if m.casualties is not None and m.casualties.low == 0 and m.casualties.high == 0 and m.place is None:
                zeros.setdefault(m.sent_index, m.casualties)
    for index, toll in zeros.items():
        for c in clusters:
            if c.first.kind != "event" or c.tolls or any(
                    m.casualties is not None and (m.casualties.low is not None or m.casualties.high is not None)
                    for m in c.mentions):
                continue
            last = max((m.sent_index for m in c.mentions if not m.generic and m.sent_index <= index), default=-99)
            if 0 <= index - last <= 2:
                c.tolls.append(toll)


def _told_next(clusters: list[Cluster], index: int, toll: Casualties, places: dict):
    """Return (sentence, cluster) of the incident told first after a toll sentence that follows none (up
    to two sentences on, four for a running toll), or None: a live blog's newer entry stands above the
    older one it updates ("1650 GMT - The death toll has risen to 34." ... "0915 GMT - A missile hit the
    city centre.")."""
    owner = None
    for c in clusters:
        if c.first.kind != "event" or (toll.low and c.value("event_type") == "Strategic developments"):
            continue
        if not _places_compatible(c.value("place"), places.get(index)):
            continue
        first = min((m.sent_index for m in c.mentions if not m.generic and m.sent_index > index), default=None)
        if first is not None and first - index <= (4 if toll.total else 2) and (owner is None or first < owner[0]):
            owner = (first, c)
    return owner


def _gapped_tolls(clusters: list[Cluster], index: int, toll: Casualties) -> None:
    """'Eleven people died in Kaduna and four in Jos' after bombings in both towns: the figure told for
    the other town, its verb left out, is the toll of that town's incident told in the sentences before
    (up to four back), when it counts none of its own."""
    for words, n in toll.elsewhere:
        key = _letters(words[4:] if words.lower().startswith("the ") else words)
        for c in clusters:
            place = c.value("place")
            if c.first.kind != "event" or place is None or key not in (_letters(place.text), _letters(place.name)):
                continue
            if not any(0 <= index - m.sent_index <= 4 for m in c.mentions) or c.tolls or any(
                    m.casualties is not None and m.casualties.low is not None for m in c.mentions):
                continue
            c.tolls.append(replace(toll, low=n, high=n, best=n, elsewhere=(), respective=(), text=f"{n} in {words}"))


def _letters(text: str | None) -> str:
    """Return the letters and digits of a text, lower-cased (for comparing a place's words)."""
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def _fill_claims(clusters: list[Cluster], claims: dict) -> None:
    """'A roadside bomb killed three officers. Al-Shabaab claimed responsibility.': the claimant is
    the author of the incident told just before (up to three sentences), when the report named
    none (or only a class)."""
    for index, actor in sorted(claims.items()):
        actor, types = actor if isinstance(actor, tuple) else (actor, ())
        best = None
        for c in clusters:
            if c.first.kind != "event" or c.value("event_type") not in _CLAIMABLE:
                continue  # an attack is claimed or blamed on someone, a protest, arrest or truce is not
            if types and _cluster_type(c)[0] not in types:
                continue  # "IS claimed the massacre": not the air strike told beside it
            if actor.type != "state forces" and _cluster_actor(c, "actor2") is None \
                    and all(m.actor1 is not None and m.actor1.type == "state forces" for m in c.mentions):
                continue  # "soldiers launched a search operation": forces acting on no one are not what X claims
            last = max((m.sent_index for m in c.mentions if m.sent_index <= index), default=-99)
            if 0 <= index - last <= 3 and (best is None or last > best[0]):
                best = (last, c)
        if best is None:
            continue
        cluster = best[1]
        current = _cluster_actor(cluster, "actor1")
        # forces told only as ending the attack or hunting its unnamed attackers ("security forces launched an
        # operation to nab the attackers"), acting on nobody else, are not its doer: the claimant is
        answering = current is not None and current.type == "state forces" and actor.type != "state forces" \
            and all(m.actor2 is None or m.actor2.name in ("Unidentified Armed Group", "Militants")
                    for m in cluster.mentions if m.actor1 is not None and m.actor1.name == current.name)
        if (current is None or answering or (current.name in _GENERIC_ACTORS and current.type != "state forces")) \
                and not _same_side(actor, _cluster_actor(cluster, "actor2")):
            for m in cluster.mentions:
                m.actor1 = None
            cluster.mentions[0].actor1 = actor


def _share_named_doers(clusters: list[Cluster], told_doers: list[set]) -> None:
    """'The assailants struck A, B and C. ... X claimed the attacks on A and B': one unnamed doer phrase told for
    several places is one doer, so the group a claim or a later sentence names for one of its incidents did the
    others too (incidents hitting that group's own side aside). told_doers: each cluster's unnamed doer phrases."""
    for named, phrases in zip(clusters, told_doers):
        actor = _cluster_actor(named, "actor1")
        if named.first.kind != "event" or actor is None or actor.name in _GENERIC_ACTORS \
                or actor.type == "state forces":
            continue
        for c, others in zip(clusters, told_doers):
            if c is named or c.first.kind != "event" or not phrases & others:
                continue
            current = _cluster_actor(c, "actor1")
            if current is not None and current.name not in _GENERIC_ACTORS \
                    or _same_side(actor, _cluster_actor(c, "actor2")):
                continue
            for m in c.mentions:
                m.actor1 = None
            c.mentions[0].actor1 = actor


def _unnamed_doer_phrases(cluster: Cluster) -> set[tuple[int, str]]:
    """Return (sentence, words) of each unnamed armed doer ('the assailants', 'gunmen') a cluster's mentions read."""
    return {(m.sent_index, m.actor1.text) for m in cluster.mentions
            if m.actor1 is not None and m.actor1.text and m.actor1.name in _GENERIC_ACTORS
            and m.actor1.type in ("rebel group", "political militia")}


def _fill_targets(clusters: list[Cluster], owners: dict) -> None:
    """'The army struck again. Target facilities used by X.': X is who was hit by the incident told
    in the sentence just before, when it names nobody hit and X is not its own doer."""
    for c in clusters:
        if c.first.kind != "event" or _cluster_actor(c, "actor2") is not None:
            continue
        for m in c.mentions:
            actor = owners.get(m.sent_index + 1)
            if m.generic or actor is None or _same_side(actor, _cluster_actor(c, "actor1")):
                continue
            c.mentions[0].actor2 = actor
            break


def _report_town(clusters: list[Cluster], c: Cluster) -> Place | None:
    """Return the one town every other placed incident of a report happened at, if there is one: "police shot a
    man in Kenosha ... In answer, protesters set cars on fire" (an incident the report tells without a place is
    in the town the report is about, not at its country's capital); None when the report names two places."""
    found = [p for o in clusters if o is not c and (p := _specific_place(o)) is not None]
    if not found or any(p.precision not in (1, 2) or p.kind == "village" for p in found):
        return None
    return found[0] if len({(p.name, p.country_code) for p in found}) == 1 else None


def _specific_place(c: Cluster) -> Place | None:
    """Return the most precise place a non-generic mention of the cluster names."""
    places = [m.place for m in c.mentions if m.place is not None and not m.generic]
    return min(places, key=_place_rank) if places else None


def _own_place(c: Cluster) -> Place | None:
    """Return the most precise place a mention telling something of its own (a doer, a victim, a
    day, a toll) names; None when only context mentions name one."""
    places = [m.place for m in c.mentions if m.place is not None and not m.generic and not _bare(m)]
    return min(places, key=_place_rank) if places else None


def _place_rank(p: Place) -> int:
    """Return how precisely a place says where (1 best): its precision, but a settlement the text names and no
    gazetteer knows ("the village Hroza", kind village) is the named place itself, whatever coordinates it
    borrowed: the city named later for another strike ("two missiles on Kharkiv city") is not more precise."""
    return 1 if p.kind == "village" else (p.precision or 4)


def _near(a: Cluster, b: Cluster) -> bool:
    return min(abs(x.sent_index - y.sent_index) for x in a.mentions for y in b.mentions) <= 2


def _place_country(cluster: Cluster, countries: tuple[str, ...]) -> str | None:
    a2 = _cluster_actor(cluster, "actor2")
    if a2 is not None and a2.country_code and a2.type != "state forces":
        return a2.country_code
    for code in countries:
        if code != "USA" or len(countries) == 1:
            return code
    return None


def infer_attackers(clusters: list[Cluster]) -> None:
    """Give an unattributed remote attack ('a missile struck the hospital') the report's attacker.

    Only when the report names one side as the author of its other attacks of that type, and that
    side is not the one hit; such an actor carries no text (it was not read from the sentence).
    """
    authors: Counter = Counter()
    by_name: dict[str, Actor] = {}
    theatres: set = set()
    days: dict[str, list] = {}  # when each author is seen striking
    for c in clusters:
        a1 = _cluster_actor(c, "actor1")
        if a1 is not None and c.value("event_type") == "Explosions/Remote violence" and a1.name not in _GENERIC_ACTORS:
            authors[a1.name] += 1
            by_name[a1.name] = a1
            days.setdefault(a1.name, []).append(_cluster_date(c))
            place = _specific_place(c)
            if place is not None and place.country_code:
                theatres.add(place.country_code)
    if len(authors) != 1:
        _infer_group_attackers(clusters)
        return
    name = next(iter(authors))
    for c in clusters:
        if c.first.kind != "event" or _cluster_actor(c, "actor1") is not None:
            continue
        if c.value("event_type") != "Explosions/Remote violence":
            continue
        if _same_side(by_name[name], _cluster_actor(c, "actor2")):
            continue
        if not _near_in_time(days[name], _cluster_date(c)):
            continue  # "a bomber linked to Islamic State killed four in 2016": not the author of today's bombing
        place = _specific_place(c)
        if place is None or place.country_code not in theatres:
            continue  # only where that side is seen striking in this report
        a = by_name[name]
        c.mentions[0].actor1 = Actor(a.name, a.id, a.type, a.country_code, a.backer, None)


_VIOLENT = ("Explosions/Remote violence", "Battles", "Violence against civilians")


INFER_DAYS = 90  # an author is given to an unattributed attack only if seen striking this close in time


def _near_in_time(seen: list, when) -> bool:
    """Return False when every date an author was seen striking is more than INFER_DAYS before `when`: a
    2016 bombing's author is no author of a 2022 one (the author of this week's attack may well be that
    of a recalled older one: "the group is best known for seizing 110 schoolgirls in 2018")."""
    if when is None or when.start is None:
        return True
    known = [d for d in seen if d is not None and d.start is not None]
    return not known or any((when.start - d.start).days <= INFER_DAYS for d in known)


def _infer_group_attackers(clusters: list[Cluster]) -> None:
    """Give an unattributed attack ('a convoy came under fire; seven were killed') the one armed
    group the report names as the author of its other violence, where that group acts.

    Only a non-state group, only when it is the report's sole named attacker, and never for an
    incident whose dead or targets are that group's own side.
    """
    authors: dict[str, Actor] = {}
    theatres: set = set()
    days: list = []  # when the author is seen striking
    for c in clusters:
        a1 = _cluster_actor(c, "actor1")
        if a1 is None or c.first.kind != "event" or c.value("event_type") not in _VIOLENT:
            continue
        if a1.name in _GENERIC_ACTORS or a1.type == "state forces":
            if a1.type == "state forces":
                return  # two sides that strike: no guessing
            continue
        authors[a1.name] = a1
        days.append(_cluster_date(c))
        place = _specific_place(c)
        if place is not None and place.country_code:
            theatres.add(place.country_code)
    if len(authors) != 1:
        return
    a = next(iter(authors.values()))
    for c in clusters:
        if c.first.kind != "event" or _cluster_actor(c, "actor1") is not None:
            continue
        if c.value("event_type") not in _VIOLENT or _same_side(a, _cluster_actor(c, "actor2")):
            continue
        if "militants" in {s for m in c.mentions for s in m.victims}:
            continue
        if not _near_in_time(days, _cluster_date(c)):
            continue  # a group named only for an incident years before did not do this one
        place = _specific_place(c)
        if place is None or place.country_code not in theatres:
            continue
        c.mentions[0].actor1 = Actor(a.name, a.id, a.type, a.country_code, a.backer, None)


def to_events(clusters: list[Cluster], document: Document) -> list[Event]:
    """Return one Event per cluster, its fields taken from the most specific mention of each."""
    infer_attackers(clusters)
    events: list[Event] = []
    for c in clusters:
        events.append(_event_of(c, document))
    _distinct_ids(events)
    return events


def _distinct_ids(events: list[Event]) -> None:
    """Give two records of one report that share an identity (one sentence, type, trigger and place, read
    as two incidents) distinct ids, from all their evidence and actors, then their order as a last resort."""
    seen: dict[str, int] = {}
    for e in events:
        if e.event_id in seen:
            e.assign_id("|" + e.distinct_identity())
            n = 1
            while e.event_id in seen:
                n += 1
                e.assign_id(f"|{e.distinct_identity()}|{n}")
        seen[e.event_id] = 1


def _event_of(c: Cluster, document: Document) -> Event:
    first = c.first
    event_type, sub = _cluster_type(c)
    place = _specific_place(c) or Place()
    date = _cluster_date(c) or DateSpan(None, None, "unknown", None)
    fatalities = _cluster_casualties(c)
    evidence, seen = [], set()
    for m in c.mentions:
        if m.sent_start not in seen:
            seen.add(m.sent_start)
            evidence.append(Evidence(document.id, m.sent_start, m.sent_end, m.sentence.strip()))
    # nobody named: an unidentified armed group of the place's country ("Unidentified Armed Group (Pakistan)"),
    # rioters or protesters for a riot or a protest (classes.yaml doer_of); an arrest nobody is named for is the
    # country's police's ("three journalists were arrested in Harare")
    read = _cluster_actor(c, "actor1")
    actor1 = read or (_arresting_police(place.country_code) if sub == "Arrests" else None) \
        or _unnamed_doer(event_type, place.country_code)
    actor2 = _cluster_actor(c, "actor2")
    if actor2 is not None and actor2.name == actor1.name and actor2.type not in ("civilians", "protesters") \
            and (read is not None or sub != "Arrests"):  # (police officers arrested by nobody named stay actor2)
        # "All seven attackers were killed" told of the gunmen's own attack: they are its actor1, not whom it hit
        actor2 = next((m.actor2 for m in c.mentions if m.actor2 is not None and m.actor2.name != actor1.name), None)
    sides = {s for m in c.mentions for s in m.victims}
    told_of_civilians = any(not m.claimed and ("civilians" in m.victims or m.mode == "civilians") for m in c.mentions)
    if actor2 is not None and told_of_civilians and all(m.claimed for m in c.mentions if m.actor2 is not None):
        # "the RSF said its forces had attacked three army camps" of a raid others call a massacre: the doer's
        # version gives way to the victims the other tellings name
        actor2 = Actor("Civilians", "civilians", "civilians", place_country(c), None, None)
    # "a truck bomb killed 276 people": people killed or hurt by a remote weapon, none of them named as
    # soldiers or fighters, and nobody else named as hit, are civilians (ACLED's convention): decided last, by
    # `civilians_by_default`, once links and the report's other parties have had their say
    people_hit = not sides and event_type == "Explosions/Remote violence" and bool(
        fatalities.low or fatalities.high or fatalities.injured_low) and not (
        actor1 is not None and actor1.type == "civilians")
    if actor2 is None and first.kind == "event" and (sides == {"civilians"} or event_type == "Violence against civilians"
                                                     or sub == "Looting/property destruction"):
        # those hit were civilians and nobody else is named as hit, or the incident is by its type
        # violence against civilians, or property looted or destroyed with no owner named ("troops torched
        # several villages"): ACLED codes civilians as actor2
        actor2 = Actor("Civilians", "civilians", "civilians", place_country(c), None, None)
    if event_type == "Protests" and actor2 is not None and actor2.type in ("civilians", "protesters") \
            and actor1.type == "protesters":
        # "four people were killed as police fired at crowds": the dead are the crowd, actor1; the protest's
        # actor2 is the force that met it (an armed group that attacked protesters keeps them as its target)
        actor2 = None
    if actor2 is None and first.kind == "event" and event_type in _CROWD_TYPES:
        actor2 = _crowd_counterpart(c, sub, place)
    confidence = _confidence(c, actor1, actor2, date, place)
    weapons = sorted({w for m in c.mentions for w in m.weapons})
    anchor = min(c.mentions, key=lambda m: (m.headline, m.generic, m.sent_index))
    event = Event(kind=first.kind, event_type=event_type, sub_event_type=sub, actor1=actor1, actor2=actor2,
                  date=date, location=place, fatalities=fatalities, evidence=evidence, sources=[document.id],
                  confidence=confidence, count=first.count, weapons=weapons, trigger=anchor.trigger)
    event.evidence.sort(key=lambda e: e.start)
    event.assign_id()
    event.people_hit = people_hit and actor2 is None
    event.site_hit = actor2 is None and any(m.site_hit for m in c.mentions)
    return event


def _crowd_counterpart(c: Cluster, sub: str | None, place: Place) -> Actor | None:
    """Return who faced a crowd when no mention says it was hit: the police or army one of its mentions
    names ("Riot police pushed back demonstrators"), else, for a protest the authorities broke up
    (with intervention, excessive force), the country's police (ACLED's actor2 of such protests)."""
    for m in c.mentions:
        for a in (m.actor1, m.actor2):
            if a is not None and a.type == "state forces" and a.name.startswith(("Police Forces", "Military Forces")) \
                    and a.country_code:
                return a
    if sub in ("Protest with intervention", "Excessive force against protesters") and place.country_code:
        from flashpoint.resolve.actors import actor_base

        base = actor_base()
        country = base.country_by_code.get(place.country_code)
        if country is not None:
            return base.state_forces(country, None, label="Police Forces of")
    return None


def _unnamed_doer(event_type: str, code: str | None) -> Actor:
    """Return the actor1 of an event whose report names no doer (ActorBase.unnamed_doer)."""
    from flashpoint.resolve.actors import actor_base

    return actor_base().unnamed_doer(event_type, code)


def _arresting_police(code: str | None) -> Actor | None:
    """Return the police of a country (ACLED's actor1 of an arrest whose doer the report does not name)."""
    from flashpoint.resolve.actors import actor_base

    base = actor_base()
    country = base.country_by_code.get(code) if code else None
    return base.state_forces(country, None, label="Police Forces of") if country is not None else None


def civilians_by_default(events: list[Event]) -> None:
    """Give civilians as actor2 to each event whose dead or wounded are people nobody named as armed, hit
    by a remote weapon, when nothing else (the sentence, a link, the report's other side) named who was hit."""
    for e in events:
        if getattr(e, "people_hit", False) and e.actor2 is None:
            e.actor2 = Actor("Civilians", "civilians", "civilians", e.location.country_code, None, None)


_ESCALATION = ["Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
               "Excessive force against protesters"]


def place_country(c: Cluster) -> str | None:
    place = _specific_place(c)
    return place.country_code if place is not None else None


def _cluster_type(c: Cluster) -> tuple[str | None, str | None]:
    if c.first.kind == "tally":
        return c.first.event_type, c.first.sub_event_type
    crowd = [m for m in c.mentions if m.sub_event_type in _ESCALATION]
    kind = crowd[0].event_type if crowd else None
    # police shooting into the crowd, people shot dead at it: what was done to the demonstration
    force = [m for m in c.mentions if m.event_type not in _CROWD_TYPES and _crowd_killed(kind, m)]
    if crowd and all(m.event_type in _CROWD_TYPES or m in force for m in c.mentions):
        # what happened to a demonstration is told over several sentences: the worst of them counts
        top = max(crowd, key=lambda m: _ESCALATION.index(m.sub_event_type))
        if top.event_type == "Protests" and force:
            deaths = any(m.mode == "kill" or (m.casualties is not None and (m.casualties.low or 0) > 0) for m in force)
            if deaths:
                return "Protests", "Excessive force against protesters"
            if top.sub_event_type == "Peaceful protest":
                return "Protests", "Protest with intervention"
        return top.event_type, top.sub_event_type
    rank = {"weapon": 0, "trigger": 1, "actor": 2, "target": 3, "sentence": 4, "default": 5}
    best = min(c.mentions, key=lambda m: (m.generic, rank.get(m.type_basis, 6), m.headline, m.sent_index))
    # a bombing told as a suicide attack anywhere is one; a clash in which a town changed hands is that
    # (a suicide bombing or a gas attack told anywhere types a massacre of civilians too: a remote means stays one;
    # a base overrun after a suicide car bomb stays the battle)
    telling = [m for m in c.mentions if m.sub_event_type in _TELLING_SUBS and (
        m.event_type == best.event_type or (m.sub_event_type in _MEANS_SUBS
                                            and best.event_type == "Violence against civilians"))]
    if telling:
        # the incident's own doer tells it, not an ally told beside it ("Wagner fighters entered alongside")
        a1 = _cluster_actor(c, "actor1")
        best = min(telling, key=lambda m: (a1 is not None and m.actor1 is not None and m.actor1.name != a1.name,
                                           _TELLING_SUBS.index(m.sub_event_type), m.generic, m.sent_index))
    if best.sub_event_type in _OUTWEIGHED and any(
            m.event_type == "Violence against civilians" and m.sub_event_type == "Attack" for m in c.mentions) \
            and (any(m.mode == "kill" for m in c.mentions) or _hurt(_cluster_casualties(c))):
        # ACLED: people abducted or property destroyed in an attack that killed or hurt civilians are that attack
        # (12 aid workers taken hostage "in a raid" that hurt no one stay an abduction)
        return "Violence against civilians", "Attack"
    if best.sub_event_type == "Abduction/forced disappearance" and (_cluster_casualties(c).low or 0) > 0:
        # ACLED: people abducted and killed ("the bodies of 13 kidnapped workers were found") are an attack
        return "Violence against civilians", "Attack"
    return best.event_type, best.sub_event_type


_OUTWEIGHED = ("Abduction/forced disappearance", "Looting/property destruction")


def _hurt(casualties) -> bool:
    """Return True when a toll counts someone killed or wounded."""
    return casualties is not None and bool((casualties.low or 0) > 0 or (casualties.injured_low or 0) > 0)


_TELLING_SUBS = ["Suicide bomb", "Chemical weapon", "Non-state actor overtakes territory", "Government regains territory"]
_MEANS_SUBS = ("Suicide bomb", "Chemical weapon")


_PART_OF_TOLL = ("among the dead", "among those killed", "among the killed", "among the victims", "including")


def _cluster_casualties(c: Cluster) -> Casualties:
    told_by = [m for m in c.mentions if m.casualties is not None]
    if any(id(m) in c.ledes for m in told_by) and \
            any(id(m) not in c.ledes and m.casualties.low is not None for m in told_by):
        # "two of the most senior figures have been killed" before the two strikes are told: a lede
        # counts over the incidents after it; an incident that counts its own dead keeps its own
        told_by = [m for m in told_by if id(m) not in c.ledes]
    # (a vague count, "claimed to have killed dozens", is no town's own share of a lede's total)
    placed = [m for m in told_by if m.place is not None and m.place.precision in (1, 2)
              and m.casualties.low is not None and not m.casualties.total and not m.casualties.part
              and not m.casualties.vague]
    if placed:
        # "at least 19 people were killed when police opened fire ... Seventeen died in Kathmandu": a
        # larger count told earlier without the town is the lede's total over several places
        first, most = min(m.sent_index for m in placed), max(m.casualties.high or m.casualties.low for m in placed)
        told_by = [m for m in told_by if not (
            (m.place is None or m.place.precision == 3) and m.sent_index < first
            and m.casualties.low is not None and m.casualties.low > most and not m.casualties.part)]
    told = [m.casualties for m in told_by]
    if any(m.date is not None and m.date.precision == "day" for m in told_by):
        # "killed across Lebanon this week has risen to 37": a running total over several days
        # counts more incidents than this day's one
        told = [x for m, x in zip(told_by, told) if not (x.total and m.date is not None
                                                         and m.date.precision in ("week", "month", "range"))] or told
    totals = [k for k, x in enumerate(told) if x.total and x.high is not None]
    if totals:
        # "the death toll from the strikes on Kyiv has risen to 33 ... two adults were killed when a
        # missile struck the hospital": a smaller count told after the running toll is a part of it
        first = totals[0]
        told = told[:first + 1] + [x for x in told[first + 1:]
                                   if x.total or x.attackers or x.high is None or x.high >= told[first].high]
    found = told + list(c.tolls)
    if not found:
        return Casualties()
    killed = [x for x in found if x.low is not None or x.high is not None]
    killed = _own_over_several(killed)
    killed = _bombers_beside_totals(killed)
    out = Casualties()
    # the attackers' own death is added even to a running toll ("the death toll rose to 100 ... the
    # bomber blew himself up": 101)
    whole = [x for x in killed if not x.part and not x.attackers]
    if whole and not any(x.with_attackers for x in whole):
        # "26 killed, including 14 soldiers, when a suicide bomber blew himself up": the part (14 + 1) gives
        # way to the whole, the bomber stays beside it
        for x in [x for x in killed if x.part and x.with_attackers and not x.attackers][:1]:
            killed.append(Casualties(low=x.with_attackers, high=x.with_attackers, text=x.text, side="militants",
                                     added=True, attackers=True, with_attackers=x.with_attackers))
    added = [x for x in killed if x.added and not x.total and (x.attackers or not totals)]
    bombers = [x for x in added if x.attackers]
    if bombers and any(x.with_attackers and not x.attackers and not x.part for x in killed):
        # "46 were killed when a suicide bomber blew himself up ... had detonated an explosive vest": counted once
        killed = [x for x in killed if not x.attackers]
        added = [x for x in added if not x.attackers]
    elif len(bombers) > 1:
        # the bomber's death retold ("blew himself up" ... "had detonated an explosive vest"): the largest count once
        most = max(bombers, key=lambda x: x.high if x.high is not None else (x.low or 0))
        killed = [x for x in killed if not x.attackers or x is most]
        added = [x for x in added if not x.attackers or x is most]
    if added and len(added) < len(killed):
        # "Israel said it had killed Fuad Shukr ... a woman and two children were also killed": 4
        low, high, used = _toll_range([x for x in killed if x not in added], _armed_victims(c))
        if low is not None and high is not None:
            out.low = low + sum(x.low if x.low is not None else x.high for x in added)
            out.high = high + sum(x.high if x.high is not None else x.low for x in added)
            used = used + added
    else:
        out.low, out.high, used = _toll_range(killed, _armed_victims(c))
    if used:
        out.best = used[0].best
        out.text = "; ".join(x.text for x in used if x.text)
    injured = [x for x in found if x.injured_low is not None]
    if injured:
        out.injured_low = min(x.injured_low for x in injured)
        out.injured_high = max((x.injured_high or x.injured_low) for x in injured)
        out.injured_text = "; ".join(x.injured_text for x in injured if x.injured_text)
    return out


def _own_over_several(killed: list[Casualties]) -> list[Casualties]:
    """Return the counts without the tolls over several incidents when the incident has a count of its own:
    "the overall toll at 31" beside the metro's "about 20 dead"; "seven were killed in the capital" ... "three
    more died, bringing the total to 13" (13 - 3 = 10 told before: more than the seven, so other places' dead)."""
    own = [x.high if x.high is not None else x.low for x in killed
           if x.low is not None and not x.overall and not x.summed and not x.part and not x.attackers]
    if not own:
        return killed
    return [x for x in killed if not x.overall and not (x.summed and x.earlier is not None and x.earlier > max(own))]


def _bombers_beside_totals(killed: list[Casualties]) -> list[Casualties]:
    """Return the counts with the attackers split from a victims' count that includes them, when a
    running toll counts only the victims: "46 were killed when a suicide bomber blew himself up" (47)
    ... "the number of dead might rise above 100" (101): the attackers are added to every count."""
    inside = [x for x in killed if x.with_attackers and not x.attackers and not x.part and not x.total
              and x.low is not None and x.high is not None and x.low > x.with_attackers]
    if not inside or not any(x.total and not x.with_attackers and not x.attackers for x in killed):
        return killed
    most = max(x.with_attackers for x in inside)
    victims = [replace(x, low=x.low - x.with_attackers, high=x.high - x.with_attackers, best=None, with_attackers=0)
               if any(x is y for y in inside) else x for x in killed]
    return victims + [Casualties(low=most, high=most, best=most, text=inside[0].text, side="militants",
                                 added=True, attackers=True, with_attackers=most)]


def _armed_victims(c: Cluster) -> bool:
    """Return True when the incident hit an armed group ("forces raided an Islamic State cell"): the
    militants among its dead are its victims, not attackers who died beside their victims."""
    a2 = _cluster_actor(c, "actor2")
    return a2 is not None and a2.type in ("rebel group", "political militia", "identity militia")


def _toll_range(killed: list[Casualties], armed_victims: bool = False) -> tuple[int | None, int | None, list[Casualties]]:
    """Return (low, high, figures used) of an incident's counts of its dead.

    armed_victims: the incident hit an armed group, so its militant dead are not its attackers.

    Parts ("among the dead") give way to whole counts, vague plurals to stated figures, zeros to
    any stated death; counts of different known groups are summed; other counts of the same dead
    span a range (the smallest low, the largest high).
    """
    # "at least 35 children were among the dead" is part of the toll, not another figure for it
    whole = [x for x in killed if not x.part and not any(w in (x.text or "").lower() for w in _PART_OF_TOLL)]
    if whole and all(x.side != "militants" for x in whole):
        # "killing 147 people" ... "security forces killed all four gunmen": the attackers named as
        # killed are not among their own victims
        whole += [x for x in killed if x.part and x.side == "militants"
                  and not any(w in (x.text or "").lower() for w in _PART_OF_TOLL)]
    if whole:
        killed = whole
    elif killed:
        top = max(killed, key=lambda x: x.high if x.high is not None else -1)
        killed = [top]  # victims named in several places ("killed its general" ... "along with eight others")
    stated = [x for x in killed if not x.vague]
    if stated:
        # "killing scores of civilians" ... "85 people had died": the figure counts (a vague count below
        # every figure, "dozens" beside "more than 100", is another source's: it stays, as low)
        killed = stated + [x for x in killed if x.vague and not covers(x.low, [y.low for y in stated])]
    if any((x.high or x.low or 0) > 0 for x in killed):
        # "no American service members were killed" beside "ten were killed": the zero is a part
        # (or another incident's); a stated death is never undone by it
        killed = [x for x in killed if (x.high or x.low or 0) > 0]
    if not killed:
        return None, None, []
    low = min(x.low for x in killed if x.low is not None) if any(x.low is not None for x in killed) else None
    high = max((x.high if x.high is not None else x.low) for x in killed)
    summed = _sum_of_sides(killed, armed_victims)
    if summed is not None:
        low, high = summed
    elif any(x.summed and x.low is not None for x in killed):
        # "killing six" ... "two more died, bringing the total to eight": the six are inside the eight
        low = max(x.low for x in killed if x.summed and x.low is not None)
        high = max(high, low)
    return low, high, killed


def _sum_of_sides(killed: list[Casualties], armed_victims: bool = False) -> tuple[int, int] | None:
    """Return (low, high) summed over victim groups when the figures count different known groups
    ("killing 18 of the assailants" ... "one guard was killed": 19), else None.

    A figure of unknown people may already be the whole toll, so any such figure, a running toll
    or a part ("among them") leaves the figures as other counts of the same dead.
    """
    sides = [x.side for x in killed]
    if len(killed) < 2 or any(x.total or (x.part and x.side != "militants") for x in killed):
        return None
    if None in sides and sides.count("militants") == 1 and not armed_victims:
        # "killing 147 people" ... "security forces killed all four gunmen": the attackers are not
        # among the people they killed
        sides = ["militants" if x == "militants" else "victims" for x in sides]
    if None in sides or len(set(sides)) < 2:
        return None
    low = high = 0
    for side in set(sides):
        group = [x for x, s in zip(killed, sides) if s == side]
        lows = [x.low for x in group if x.low is not None]
        highs = [x.high if x.high is not None else x.low for x in group]
        if not lows or None in highs:
            return None
        low += min(lows)
        high += max(highs)
    return low, high


def _confidence(c: Cluster, actor1, actor2, date: DateSpan, place: Place) -> float:
    score = max(m.strength for m in c.mentions) * 0.6
    score += 0.1 if actor1 is not None and actor1.name != "Unidentified Armed Group" else 0
    score += 0.05 if actor2 is not None else 0
    score += 0.1 if date.precision == "day" else (0.05 if date.precision in ("week", "month", "range") else 0)
    score += 0.1 if place.precision == 1 else (0.05 if place.precision else 0)
    score += 0.05 * min(len(c.mentions) - 1, 2)
    return max(0.05, min(score, 0.99))


def _guessed_from_air(m: Mention) -> bool:
    """Return True for a strike typed from the air only because no weapon was named ("a strike on an
    apartment block"): a doer that only fires missiles in the report fired one (a state with an air force
    that also shells keeps its air strike)."""
    return m.type_basis == "trigger" and m.mode == "remote" and not m.weapons and m.sub_event_type == "Air/drone strike"


def _missile_only(mentions: list[Mention]) -> bool:
    """Return True when the weapons these mentions name are all missiles or rockets."""
    from flashpoint.extract.triggers import trigger_lexicon
    terms = trigger_lexicon().weapon_terms
    def cls(term: str):
        words = tuple(term.lower().split())
        # the mention keeps the words as written ("cruise missiles"); the lexicon has the singular
        return terms.get(words) or terms.get(words[:-1] + (words[-1].removesuffix("s"),))
    return {cls(w) for m in mentions for w in m.weapons} == {"missile"}


@lru_cache(maxsize=1)
def _spread_subtypes() -> frozenset[str]:
    """Return the sub-types a doer's well-typed strikes give its weakly typed attacks (taxonomy.yaml)."""
    return frozenset(load_yaml("taxonomy.yaml")["spread_subtypes"])


def dominant_subtypes(clusters: list[Cluster]) -> None:
    """Give weakly typed events of an actor the sub-type its well-typed events in the report have."""
    by_actor: dict[str, Counter] = {}
    armed_with: dict[str, list[Mention]] = {}
    for c in clusters:
        a1 = _cluster_actor(c, "actor1")
        best = min(c.mentions, key=lambda m: {"weapon": 0, "trigger": 1}.get(m.type_basis, 5))
        if a1 is not None and a1.type not in ("civilians", "protesters", "rioters") and best.type_basis == "weapon" \
                and best.event_type == "Explosions/Remote violence" and best.sub_event_type in _spread_subtypes():
            by_actor.setdefault(a1.name, Counter())[best.sub_event_type] += 1
            armed_with.setdefault(a1.name, []).append(best)
    for c in clusters:
        if c.first.kind == "tally":
            continue
        a1 = _cluster_actor(c, "actor1")
        if a1 is None or a1.name not in by_actor:
            continue
        missiles = _missile_only(armed_with[a1.name])
        if all((m.type_basis in ("default", "target", "sentence") or (missiles and _guessed_from_air(m)))
               and m.mode in ("attack", "kill", "remote") for m in c.mentions):
            sub = by_actor[a1.name].most_common(1)[0][0]
            for m in c.mentions:
                if m.event_type in ("Battles", "Explosions/Remote violence", None) and not (
                        m.actor2 is not None and m.actor2.type == "civilians" and m.mode != "remote"):
                    m.event_type, m.sub_event_type, m.type_basis = "Explosions/Remote violence", sub, "actor"
