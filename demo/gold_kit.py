"""Helpers shared by the demo corpus builders (demo/multi/build.py, demo/links/build.py): gold places,
gold events and documents in the contract's gold format."""
from __future__ import annotations

import datetime as dt

# ACLED's event types and sub-event types, as the contract lists them (builders validate their gold by it)
TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wd(day: str, name: str) -> str:
    """Assert that `day` (YYYY-MM-DD) is a `name` (e.g. 'Sunday') and return it."""
    got = WEEKDAYS[dt.date.fromisoformat(day).weekday()]
    assert got == name, f"{day} is a {got}, not a {name}"
    return day


def last_week(published: str) -> tuple[str, str]:
    """Monday-Sunday of the week before `published`."""
    d = dt.date.fromisoformat(published)
    monday = d - dt.timedelta(days=d.weekday() + 7)
    return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def actor(*names, code=None, backer=None):
    """Return a gold actor: accepted names, and the country code and sponsor when the text gives them."""
    out = {"names": list(names)}
    if code:
        out["country_code"] = code
    if backer:
        out["backer"] = backer
    return out


def place(names, code, lat=None, lon=None):
    """Return a gold location: accepted names, country code, and a point when the place is precise."""
    return {"names": names, "country_code": code, "lat": lat, "lon": lon}


def ev(id, type_, sub, a1, a2, start, end, loc, dead=None, responds_to=(), same_as=None, optional=False, **extra):
    """Return one gold event (dates inclusive; fatalities as (low, high) or None: not scored); `extra`
    fields (e.g. a coder's `note`) follow `responds_to`."""
    out = {"id": id, "kind": "event", "event_type": type_, "sub_event_type": sub, "actor1": a1, "actor2": a2,
           "date": {"start": start, "end": end or start}, "location": loc,
           "fatalities": None if dead is None else {"low": dead[0], "high": dead[1]},
           "responds_to": list(responds_to), **extra}
    if same_as:
        out["same_as"] = same_as
    if optional:
        out["optional"] = True
    return out


def report(id, published, source, title, text, events):
    """Return (document, gold events) for a report of a fictional outlet with an `.example` URL."""
    return ({"id": id, "text": text.strip(), "published": published, "source": source,
             "url": f"https://{source.lower().replace(' ', '')}.example/{id}", "title": title}, events)
