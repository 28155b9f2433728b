"""The learned event filter: how likely each candidate event of a report is an incident the gold keeps.

The rules of `extract/` and `resolve/coref.py` propose events; some are background incidents told in
passing, reactions, parts of the main incident told as their own record, or statements that passed
the rules. A logistic regression over cheap, sparse features of each candidate (its trigger, type,
arguments, where it sits in the report, the parse around its trigger, cue words of `data/event_filter.yaml`)
scores it; `screen` drops the events that score below the model's threshold.

The model is `data/event_filter_model.json` (feature weights, bias, threshold, whether it is on by
default), rebuilt from our own dev reports by `train/train_filter.py`. Scoring is a sum over a dict:
no array library and no parse beyond the one extraction made.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from flashpoint.model import Document, Event
from flashpoint.resources import data_text, load_yaml
from flashpoint.resolve.coref import Cluster
from flashpoint.syntax import token_table

MODEL_FILE = "event_filter_model.json"
_QUOTES = ('"', "\u201c", "\u201d")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class FilterModel:
    """Weights of the features, the bias, the threshold below which an event is dropped, and whether
    `extract` applies it by default."""

    weights: dict
    bias: float
    threshold: float
    enabled: bool

    def score(self, features: list[str]) -> float:
        """Return the probability (0..1) that an event with these features is a real, asserted incident
        (a feature named twice counts once, as in training)."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in dict.fromkeys(features))  # ordered: same sum every run
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def model_from_json(text: str) -> FilterModel:
    """Return the model a JSON text holds (the format `train/train_filter.py` writes)."""
    d = json.loads(text)
    return FilterModel(dict(d["weights"]), float(d["bias"]), float(d["threshold"]), bool(d["enabled"]))


@lru_cache(maxsize=1)
def shipped_model() -> FilterModel:
    """Return the model shipped in `data/event_filter_model.json` (read once per process)."""
    return model_from_json(data_text(MODEL_FILE))


@lru_cache(maxsize=1)
def _cues() -> dict:
    d = load_yaml("event_filter.yaml")
    return {k: tuple(w.lower() for w in d[k]) for k in ("hedges", "background", "reporting_verbs", "reaction")}


def screen(events: list[Event], clusters: list[Cluster], sdoc, document: Document,
           model: FilterModel | None = None) -> list[Event]:
    """Return the events (events[i] made from clusters[i]) the model keeps; tallies always stay.

    Links to a dropped event are removed from the events kept.
    """
    model = model or shipped_model()
    feats = features(events, clusters, sdoc, document)
    kept, dropped = [], set()
    for e, f in zip(events, feats):
        if e.kind != "event" or model.score(f) >= model.threshold:
            kept.append(e)
        else:
            dropped.add(e.event_id)
    if dropped:
        for e in kept:
            e.responds_to = [r for r in e.responds_to if r not in dropped]
    return kept


def _bucket(value: float, edges: tuple) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _token_at(sdoc, char: int):
    """Return the token of the parsed document that covers a character offset, or None."""
    if sdoc is None:
        return None
    span = sdoc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _has_cue(lower: str, cues: tuple) -> list[str]:
    """Return the cues a lower-cased sentence holds as whole words (a cue ending in a digit: as a prefix)."""
    padded = f" {_NON_WORD.sub(' ', lower)} "
    return [c for c in cues if f" {c} " in padded or (c[-1].isdigit() and f" {c}" in padded)]


def features(events: list[Event], clusters: list[Cluster], sdoc, document: Document) -> list[list[str]]:
    """Return the sparse features (names) of each event of one report, events[i] made from clusters[i]."""
    cues = _cues()
    n_sents = max(1, len(token_table(sdoc).sentences())) if sdoc is not None else max(1, max(
        (m.sent_index for c in clusters for m in c.mentions), default=0) + 1)
    per_type = Counter(e.event_type for e in events if e.kind == "event")
    out: list[list[str]] = []
    seen: list[Event] = []
    for e, c in zip(events, clusters):
        out.append(_event_features(e, c, sdoc, document, cues, n_sents, per_type, seen))
        if e.kind == "event":
            seen.append(e)
    return out


def _event_features(e: Event, c: Cluster, sdoc, document: Document, cues: dict, n_sents: int,
                     per_type: Counter, seen: list[Event]) -> list[str]:
    f: list[str] = []
    ms = c.mentions
    first = c.first
    anchor = min(ms, key=lambda m: (m.headline, m.generic, m.sent_index))
    f += [f"type={e.event_type}", f"sub={e.sub_event_type}", f"mode={anchor.mode}", f"basis={anchor.type_basis}",
          f"trig={anchor.trigger.lower()}", f"mentions={_bucket(len(ms), (1, 2, 3))}",
          f"strength={_bucket(anchor.strength, (0.3, 0.5, 0.7, 0.9))}"]
    for flag in ("anaphoric", "generic", "retaliation", "after_anchor", "headline"):
        if any(getattr(m, flag) for m in ms):
            f.append(f"any_{flag}")
        if all(getattr(m, flag) for m in ms):
            f.append(f"all_{flag}")
    # arguments: named or not, read in the mention's own sentence or filled from the report
    f.append("a1=" + ("unidentified" if e.actor1 is None or e.actor1.name == "Unidentified Armed Group"
                      else (e.actor1.type or "named")))
    f.append("a2=" + ("none" if e.actor2 is None else (e.actor2.type or "named")))
    if any(m.actor1 is not None for m in ms):
        f.append("a1_own")
    if any(m.actor2 is not None for m in ms):
        f.append("a2_own")
    f.append(f"date_prec={e.date.precision}")
    f.append("date_own" if any(m.date is not None for m in ms) else "date_context")
    if e.date.start is not None and document.published is not None:
        f.append("date_back=" + _bucket((document.published - e.date.start).days, (0, 1, 3, 7, 30, 365)))
    f.append(f"place_prec={e.location.precision}")
    f.append("place_own" if any(m.place is not None for m in ms) else "place_context")
    if e.fatalities.low is not None or e.fatalities.high is not None:
        f.append("fatalities")
        if any(m.casualties is not None and m.casualties.low is not None for m in ms):
            f.append("fatalities_own")
    if e.fatalities.injured_low is not None:
        f.append("injured")
    if e.weapons:
        f.append("weapons")
    # where the incident sits in the report
    f.append("first_sent=" + _bucket(first.sent_index, (0, 1, 2, 4, 8, 16)))
    f.append("position=" + _bucket(first.sent_index / n_sents, (0.1, 0.25, 0.5, 0.75)))
    f.append("same_type=" + _bucket(per_type.get(e.event_type, 0), (1, 2, 3, 5)))
    f.append("before=" + _bucket(len(seen), (0, 1, 2, 4, 8)))
    f += _echo_features(e, seen)
    # the first sentence: its length, cue words, and the parse around the trigger
    lower = first.sentence.lower()
    f.append("words=" + _bucket(len(first.sentence.split()), (10, 20, 30, 45)))
    for group in ("hedges", "background", "reaction"):
        for cue in _has_cue(lower, cues[group]):
            f.append(f"{group[:4]}={cue}")
    f += _parse_features(_token_at(sdoc, anchor.trigger_start), cues, anchor.sentence, anchor.trigger_start - anchor.sent_start)
    return f


def _echo_features(e: Event, seen: list[Event]) -> list[str]:
    """Features of how an event repeats one told before it in the report (a split incident)."""
    f = []
    for s in seen:
        same_type = s.event_type == e.event_type
        same_day = s.date.start is not None and s.date.start == e.date.start
        same_place = s.location.name is not None and s.location.name == e.location.name
        same_a1 = s.actor1 is not None and e.actor1 is not None and s.actor1.name == e.actor1.name
        if same_type and same_day:
            f.append("echo_type_day")
        if same_type and same_place:
            f.append("echo_type_place")
        if same_a1 and same_day:
            f.append("echo_actor_day")
        if same_type and same_a1 and (same_day or e.date.start is None) and (same_place or e.location.name is None):
            f.append("echo_full")
    return sorted(set(f))


def _parse_features(tok, cues: dict, sentence: str, offset: int) -> list[str]:
    """Features of the trigger's tag, auxiliaries and the verbs above it (speech, quotes)."""
    f = []
    if sum(sentence[:max(0, offset)].count(q) for q in _QUOTES) % 2 == 1:
        f.append("in_quote")
    if tok is None:
        return f
    f.append(f"tag={tok.tag_}")
    f.append(f"dep={tok.dep_}")
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have"}:
        f.append("perfect")
    if "had" in aux:
        f.append("pluperfect")
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        f.append(f"subj_of={tok.head.lemma_.lower()}")
    node, steps = tok, 0
    while node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in cues["reporting_verbs"]:
            f.append("under_report")
            f.append(f"under={node.lemma_.lower()}")
            break
    return f
