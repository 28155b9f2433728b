"""The learned pair join: how likely two events of one report are records of the same incident.

The rules of `resolve/coref.py` fold mentions into incidents one mention at a time; some incidents
still come out twice (told again sentences later with nothing to tie them) or in parts (its toll or
its end as a record of its own). A logistic regression over cheap relational features of each pair of
a report's events (type and sub-type agreement, day distance with both precisions, which side read
its own date, place and doer, place identity and distance, actor overlap, sentence distance, how the
later one is worded, toll compatibility, trigger class pair, the cross-report merge's verdict) scores the
pair; `join` folds the clusters of the pairs scored at or above the model's threshold into one, as
coreference folds a mention into an earlier incident, and the report's events are then made again from
the clusters. Off by default: leave-one-pair-out CV over the development sets gained +0.1 event F1
(docs/pair-join.md).

The model is `data/pair_join_model.json` (weights, bias, threshold, whether `extract` applies it by
default), rebuilt from our own development reports by `train/train_pairs.py`. Scoring is a sum over
a dict per pair: no array library and no parse beyond the one extraction made.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from flashpoint.model import Event
from flashpoint.resources import data_text
from flashpoint.resolve import merge
from flashpoint.resolve.coref import Cluster
from flashpoint.resolve.event_filter import FilterModel
from flashpoint.resolve.event_filter import model_from_json as filter_model_from_json

MODEL_FILE = "pair_join_model.json"
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_UNNAMED = ("Unidentified Armed Group", "Militants", "Civilians", "Protesters", "Rioters")


class PairModel(FilterModel):
    """Weights of the pair features, the bias, the threshold at or above which two events are joined,
    and whether `extract` applies it by default; `score` gives the probability that a pair is one incident."""


def model_from_json(text: str) -> PairModel:
    """Return the model a JSON text holds (the format `train/train_pairs.py` writes)."""
    m = filter_model_from_json(text)
    return PairModel(m.weights, m.bias, m.threshold, m.enabled)


@lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    """Return the model shipped in `data/pair_join_model.json` (read once per process)."""
    return model_from_json(data_text(MODEL_FILE))


@dataclass(frozen=True)
class Own:
    """What a cluster's own mentions read before context filled it in: a date, a place, a doer."""

    date: bool
    place: bool
    actor: bool


def own_of(clusters: list[Cluster]) -> list[Own]:
    """Return, per cluster, whether its mentions read a date, a place and a doer themselves (call it
    before `coref.fill_context`, which fills them from the report)."""
    return [Own(any(m.date is not None for m in c.mentions), any(m.place is not None for m in c.mentions),
                any(m.actor1 is not None for m in c.mentions)) for c in clusters]


def candidate_pairs(events: list[Event]) -> list[tuple[int, int]]:
    """Return the index pairs (i < j) of a report's events that may be joined: both incidents (no tallies)."""
    idx = [i for i, e in enumerate(events) if e.kind == "event"]
    return [(i, j) for k, i in enumerate(idx) for j in idx[k + 1:]]


def pair_features(events: list[Event], clusters: list[Cluster], own: list[Own]) -> dict[tuple[int, int], list[str]]:
    """Return the sparse features (names) of each candidate pair of one report's events, events[i] made
    from clusters[i]; `own` as `own_of` gave it for those clusters."""
    n_events = sum(e.kind == "event" for e in events)
    return {(i, j): _features(events[i], events[j], clusters[i], clusters[j], own[i], own[j], n_events)
            for i, j in candidate_pairs(events)}


def _bucket(value: float, edges: tuple) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _family(t: str | None) -> str:
    if t in _VIOLENT:
        return "violent"
    return {"Protests": "crowd", "Riots": "crowd"}.get(t, t or "none")


def _features(a: Event, b: Event, ca: Cluster, cb: Cluster, oa: Own, ob: Own, n_events: int) -> list[str]:
    f: list[str] = [f"events={_bucket(n_events, (2, 3, 5, 8))}"]
    f += _type_features(a, b)
    f += _date_features(a, b)
    f += _place_features(a, b)
    f += _actor_features(a, b)
    f += _own_features(oa, ob)
    f += _telling_features(a, b, ca, cb)
    f += _toll_features(a, b)
    f += _merge_features(a, b)
    return f


_ELSEWHERE = ("\x00another report",)


def _merge_features(a: Event, b: Event) -> list[str]:
    """How the cross-report merge would judge the two, were they told by two reports: whether nothing
    contradicts (`merge.consistent`) and how surely they are one incident (`merge.same_incident`)."""
    other = replace(b, sources=list(_ELSEWHERE))
    if not merge.consistent(a, other):
        return ["merge=inconsistent"]
    return ["merge=" + _bucket(merge.same_incident(a, other), (0, 5, 7))]


def _type_features(a: Event, b: Event) -> list[str]:
    if a.event_type == b.event_type:
        f = ["type=same", f"type_same={a.event_type}"]
    elif _family(a.event_type) == _family(b.event_type):
        f = ["type=family"]
    else:
        f = ["type=other"]
    f.append("sub=same" if a.sub_event_type == b.sub_event_type else "sub=diff")
    f.append(f"types={_family(a.event_type)}|{_family(b.event_type)}")
    f.append(f"subs={a.sub_event_type}|{b.sub_event_type}")
    return f


def _date_features(a: Event, b: Event) -> list[str]:
    da, db = a.date, b.date
    f = [f"prec={da.precision}|{db.precision}"]
    if da.start is None or db.start is None:
        return f + ["days=missing"]
    a_end, b_end = da.end or da.start, db.end or db.start
    if da.start <= b_end and db.start <= a_end:
        f.append("days=overlap")
        if da.precision == "day" and db.precision == "day":
            f.append("days=same_day")
    else:
        gap = (db.start - a_end).days if db.start > a_end else (da.start - b_end).days
        f.append("days=" + _bucket(gap, (1, 3, 7, 30)))
        if da.precision == "day" and db.precision == "day":
            f.append("days=two_days")
    return f


def _place_features(a: Event, b: Event) -> list[str]:
    pa, pb = a.location, b.location
    f = [f"place_prec={pa.precision}|{pb.precision}"]
    if pa.name is None or pb.name is None:
        return f + ["place=missing"]
    if pa.country_code != pb.country_code:
        return f + ["place=other_country"]
    if pa.name == pb.name:
        f.append("place=same")
    elif pa.admin1 and pa.admin1 == pb.admin1:
        f.append("place=same_admin1")
    else:
        f.append("place=other")
    if pa.name != pb.name and (pa.name == pa.country or pb.name == pb.country):
        f.append("place=one_country_only")
    if pa.name != pb.name and (pa.name == pb.admin1 or pb.name == pa.admin1):
        f.append("place=inside")
    if None not in (pa.lat, pa.lon, pb.lat, pb.lon) and pa.name != pb.name:
        f.append("km=" + _bucket(_km(pa.lat, pa.lon, pb.lat, pb.lon), (10, 30, 100, 300)))
    return f


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _key(actor) -> str | None:
    """Return an actor's canonical id (its name when it has none), None for an unnamed class."""
    if actor is None or actor.name in _UNNAMED:
        return None
    return actor.id or actor.name


def _actor_features(a: Event, b: Event) -> list[str]:
    f = []
    for role, x, y in (("a1", a.actor1, b.actor1), ("a2", a.actor2, b.actor2)):
        kx, ky = _key(x), _key(y)
        if kx is None or ky is None:
            f.append(f"{role}=unnamed")
        else:
            f.append(f"{role}=same" if kx == ky else f"{role}=other")
    if _key(a.actor1) is not None and _key(a.actor1) == _key(b.actor2):
        f.append("sides=swapped")
    names_a = {k for k in (_key(a.actor1), _key(a.actor2)) if k}
    names_b = {k for k in (_key(b.actor1), _key(b.actor2)) if k}
    if names_a and names_b:
        f.append("actors=overlap" if names_a & names_b else "actors=disjoint")
    return f


def _own_features(oa: Own, ob: Own) -> list[str]:
    f = []
    for name, x, y in (("date", oa.date, ob.date), ("place", oa.place, ob.place), ("doer", oa.actor, ob.actor)):
        f.append(f"own_{name}={int(x)}{int(y)}")
    if not (ob.date or ob.place or ob.actor):
        f.append("later_bare")
    if not (oa.date or oa.place or oa.actor):
        f.append("earlier_bare")
    return f


def _telling_features(a: Event, b: Event, ca: Cluster, cb: Cluster) -> list[str]:
    f = []
    sa, sb = {m.sent_index for m in ca.mentions}, {m.sent_index for m in cb.mentions}
    if sa & sb:
        f.append("sentence=shared")
        if {m.trigger_start for m in ca.mentions} & {m.trigger_start for m in cb.mentions}:
            f.append("trigger=same_words")  # one list of places told as one incident per place
    gap = min(abs(x - y) for x in sa for y in sb)
    f.append("sent_gap=" + _bucket(gap, (0, 1, 2, 3, 5, 10)))
    later = cb if cb.first.sent_index >= ca.first.sent_index else ca
    for flag in ("anaphoric", "generic", "another", "retaliation", "recalled", "plural", "headline", "compared"):
        if any(getattr(m, flag) for m in later.mentions):
            f.append(f"later_{flag}")
    if any(m.recalled for m in ca.mentions + cb.mentions):
        f.append("any_recalled")
    f.append(f"modes={ca.first.mode}|{cb.first.mode}")
    ta, tb = (a.trigger or "").lower(), (b.trigger or "").lower()
    f.append("trigger=same" if ta == tb else "trigger=diff")
    if b.event_id in a.responds_to or a.event_id in b.responds_to:
        f.append("linked")
    if len(cb.mentions) == 1:
        f.append("later_one_mention")
    return f


def _toll_features(a: Event, b: Event) -> list[str]:
    ka, kb = a.fatalities.high if a.fatalities.high is not None else a.fatalities.low, \
        b.fatalities.high if b.fatalities.high is not None else b.fatalities.low
    if ka is None and kb is None:
        return ["toll=none"]
    if ka is None or kb is None:
        return ["toll=one"]
    if ka == kb:
        return ["toll=equal"]
    return ["toll=later_less" if kb < ka else "toll=later_more"]


def groups(scores: dict[tuple[int, int], float], n: int, threshold: float) -> list[list[int]]:
    """Return the indices 0..n-1 grouped into incidents: pairs at or above the threshold join, most sure
    first, two groups only when every pair across them is at or above it (no chains of loose pairs)."""
    group = {i: [i] for i in range(n)}
    for (i, j), s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if s < threshold:
            break
        gi, gj = group[i], group[j]
        if gi is gj:
            continue
        if all(scores.get((min(x, y), max(x, y)), 0.0) >= threshold for x in gi for y in gj):
            merged = sorted(gi + gj)
            for k in merged:
                group[k] = merged
    out, seen = [], set()
    for i in range(n):
        if i not in seen:
            out.append(group[i])
            seen.update(group[i])
    return out


def join_clusters(clusters: list[Cluster], grouping: list[list[int]]) -> list[Cluster]:
    """Return the clusters with each group folded into its first: the later ones' mentions appended in
    their order (as coreference appends a mention to an earlier incident), their tolls and ledes added."""
    out = []
    for g in grouping:
        if len(g) == 1:
            out.append(clusters[g[0]])
            continue
        parts = [clusters[i] for i in g]
        mentions = [m for c in parts for m in c.mentions]
        out.append(Cluster(mentions, [t for c in parts for t in c.tolls], set().union(*(c.ledes for c in parts))))
    return out


def join(events: list[Event], clusters: list[Cluster], own: list[Own],
         model: PairModel | None = None) -> list[list[int]]:
    """Return the grouping of a report's events (events[i] made from clusters[i]) the model makes."""
    model = model or shipped_model()
    feats = pair_features(events, clusters, own)
    scores = {p: model.score(f) for p, f in feats.items()}
    return groups(scores, len(events), model.threshold)
