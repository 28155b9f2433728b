"""Helpers shared by the demo corpus builders (demo/multi/build.py, demo/links/build.py): gold places,
gold events and documents in the contract's gold format."""
from __future__ import annotations


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
