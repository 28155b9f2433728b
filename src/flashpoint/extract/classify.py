"""Decides the ACLED event type and sub-event type of a mention from its trigger, weapon and actors.

The values are data (`data/taxonomy.yaml`, `data/weapons.yaml`); the order of the decisions is here:
a remote weapon decides first (an air strike on civilians stays an air strike), then the mode's fixed
type, then who was hit (civilians, protesters, armed actors), then who acted (territory).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flashpoint.model import Actor
from flashpoint.resources import load_yaml


@dataclass
class TypeDecision:
    event_type: str | None
    sub_event_type: str | None
    basis: str  # weapon | trigger | target | actor | default


@lru_cache(maxsize=1)
def taxonomy() -> dict:
    """Return the taxonomy data file (cached)."""
    return load_yaml("taxonomy.yaml")


@lru_cache(maxsize=1)
def weapon_classes() -> dict:
    """Return weapon class -> sub-event type (cached)."""
    return load_yaml("weapons.yaml")["classes"]


def target_kind(actor2: Actor | None, victims: list[str], armed_types) -> str:
    """Return civilians | protesters | armed | unknown for who was hit."""
    if actor2 is not None:
        if actor2.type == "civilians":
            return "civilians"
        if actor2.type == "protesters":
            return "protesters"
        if actor2.type in armed_types:
            return "armed"
    if victims:
        # people killed whom nobody names as soldiers or fighters are civilians (ACLED's convention)
        return "armed" if "armed" in victims and "civilians" not in victims else "civilians"
    return "unknown"


def classify(mode: str, weapon_classes_found: list[str], actor1: Actor | None, actor2: Actor | None,
             victims: list[str] | None = None, weak_weapons: list[str] | None = None) -> TypeDecision:
    """Return the event type and sub-event type for a mention."""
    decision = _classify(mode, weapon_classes_found, actor1, actor2, victims, weak_weapons)
    if decision.event_type == "Riots" and actor1 is not None and _names_mob(actor1, taxonomy()):
        # a crowd the text calls a mob ("mobs set fire to homes"): no demonstration behind it
        decision.sub_event_type = "Mob violence"
    return decision


def _classify(mode: str, weapon_classes_found: list[str], actor1: Actor | None, actor2: Actor | None,
              victims: list[str] | None, weak_weapons: list[str] | None) -> TypeDecision:
    tax = taxonomy()
    rule = tax["modes"][mode]
    classes = weapon_classes()
    if actor1 is not None and actor1.type in ("protesters", "rioters") and mode in (
            "attack", "kill", "territory_lost", "looting", "clash", "riot", "civilians"):
        # demonstrators who storm, burn or beat are a riot, whatever the verb
        sub = "Mob violence" if actor1.type == "rioters" and mode in ("kill", "civilians") else "Violent demonstration"
        return TypeDecision("Riots", sub, "actor")
    if mode == "clash" and actor2 is not None and actor2.type in ("protesters", "rioters"):
        # "clashes between police and supporters of the opposition leader": a demonstration that turned violent
        return TypeDecision("Riots", "Violent demonstration", "target")
    remote = [classes[w] for w in weapon_classes_found if classes.get(w)]
    weak_remote = [classes[w] for w in (weak_weapons or []) if classes.get(w)]
    if rule.get("weapon_decides") and remote:
        return TypeDecision("Explosions/Remote violence", _most_specific(remote), "weapon")
    if rule.get("by_armed") and actor1 is not None and actor1.type in tax["armed_types"]:
        if not victims:
            # "gunmen torched the houses": property destroyed by an armed group, not a riot
            return TypeDecision(rule["by_armed"][0], rule["by_armed"][1], "actor")
        # "rebels set fire to the dormitories, killing 80 students": people killed make it an attack on them
        event_type, sub = tax["by_target"][target_kind(actor2, victims, set(tax["armed_types"]))]
        return TypeDecision(event_type, sub, "target")
    if rule.get("by_armed_group") and actor1 is not None and actor1.type in tax["armed_types"] \
            and actor1.type != "state forces":
        return TypeDecision(rule["by_armed_group"][0], rule["by_armed_group"][1], "actor")
    if rule.get("non_state") and not (actor1 is not None and actor1.type == "state forces"):
        # "police captured the suspect" is an arrest; "the group seized 110 schoolgirls" an abduction
        return TypeDecision(rule["non_state"][0], rule["non_state"][1], "actor")
    if rule.get("event_type") and not rule.get("by_actor"):
        if rule.get("weapon_decides") and weak_remote and mode == "remote":
            return TypeDecision("Explosions/Remote violence", _most_specific(weak_remote), "sentence")
        return TypeDecision(rule["event_type"], rule["default_sub"], "trigger")
    if rule.get("by_actor"):
        state = actor1 is not None and actor1.type == "state forces"
        if mode == "territory_lost" and state:
            return TypeDecision("Battles", "Government regains territory", "actor")
        if mode == "territory_regained" and actor1 is not None and not state:
            return TypeDecision("Battles", "Non-state actor overtakes territory", "actor")
        return TypeDecision(rule["event_type"], rule["default_sub"], "trigger")
    # attack / kill: a remote weapon elsewhere in the sentence, then the target
    if weak_remote:
        return TypeDecision("Explosions/Remote violence", _most_specific(weak_remote), "sentence")
    kind = target_kind(actor2, victims or [], set(tax["armed_types"]))
    if kind == "unknown" and rule.get("unknown_target"):
        kind = rule["unknown_target"]
    event_type, sub = tax["by_target"][kind]
    basis = "target" if kind != "unknown" else "default"
    if kind == "unknown" and actor1 is not None and actor1.type in ("protesters", "rioters"):
        return TypeDecision("Riots", "Violent demonstration", "actor")
    return TypeDecision(event_type, sub, basis)


def _names_mob(actor: Actor, tax: dict) -> bool:
    """Return True when the crowd's own words call it a mob ("mobs set fire to homes")."""
    words = (actor.text or "").lower().split()
    return bool(words) and words[-1] in tax["mob_nouns"]


_SPECIFICITY = ["Suicide bomb", "Chemical weapon", "Grenade", "Remote explosive/landmine/IED",
                "Air/drone strike", "Shelling/artillery/missile attack"]


def _most_specific(subs: list[str]) -> str:
    """Return the sub-type the first-named weapon gives, unless a more telling one is present."""
    for s in _SPECIFICITY[:3]:
        if s in subs:
            return s
    return subs[0]
