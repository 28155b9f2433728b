"""Helpers shared by the demo corpus builders (demo/multi, demo/links, demo/fresh1-6 build.py): taxonomy names,
gold actors, places, events and documents in the contract's gold format, the checks every set passes, and
BlindSet, which writes a blind-written set's docs.jsonl and gold.jsonl."""
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
# short names of the taxonomy's types and sub-types, for builders' gold events
BATTLES, REMOTE, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRAT = "Protests", "Riots", "Strategic developments"
CLASH, OVERTAKE, REGAINS = "Armed clash", "Non-state actor overtakes territory", "Government regains territory"
AIR, MISSILE, SUICIDE = "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb"
IED, CHEM, GRENADE = "Remote explosive/landmine/IED", "Chemical weapon", "Grenade"
ATTACK, ABDUCT, SEXUAL = "Attack", "Abduction/forced disappearance", "Sexual violence"
PEACEFUL, INTERVENTION = "Peaceful protest", "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT, MOB = "Violent demonstration", "Mob violence"
VIOLENT_DEMO = VIOLENT
AGREEMENT, ARRESTS, DISRUPTED, OTHER = "Agreement", "Arrests", "Disrupted weapons use", "Other"
LOOT = "Looting/property destruction"
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


def noted_ev(*args, note="", **kwargs):
    """ev() with the coder's note always present (empty when there is none)."""
    return ev(*args, note=note, **kwargs)


def noted_tally(id, a1, a2, start, end, loc, count, optional=False, note=""):
    """Return one gold tally (a running count: `count` incidents, no type, no fatalities) with the coder's note."""
    out = {"id": id, "kind": "tally", "event_type": None, "sub_event_type": None, "count": count,
           "actor1": a1, "actor2": a2, "date": {"start": start, "end": end}, "location": loc,
           "fatalities": None, "responds_to": [], "note": note}
    if optional:
        out["optional"] = True
    return out


def report(id, published, source, title, text, events):
    """Return (document, gold events) for a report of a fictional outlet with an `.example` URL."""
    return ({"id": id, "text": text.strip(), "published": published, "source": source,
             "url": f"https://{source.lower().replace(' ', '')}.example/{id}", "title": title}, events)


def check_taxonomy(contract) -> None:
    """The contract's taxonomy lines ("- Battles: Armed clash; ...") must match TAXONOMY (skipped, with a
    note, when the contract file is not there)."""
    import re
    from pathlib import Path

    contract = Path(contract)
    if not contract.exists():
        print(f"note: {contract} not found, taxonomy checked against demo/gold_kit.py only")
        return
    section = contract.read_text(encoding="utf-8").split("## Taxonomy", 1)[1].split("\n## ", 1)[0]
    found = {}
    for line in section.splitlines():
        m = re.match(r"- ([A-Z][A-Za-z/ ]+): (.+)\.$", line.strip())
        if m and m.group(1) in TAXONOMY:
            found[m.group(1)] = {re.sub(r" \(.*\)$", "", s.strip()) for s in m.group(2).split(";")}
    assert found == TAXONOMY, (found, TAXONOMY)


def check_reports(reports, contract, words: tuple[int, int] | None = None) -> None:
    """Assert that a set's (document, gold events) pairs are consistent: unique ids, the taxonomy, dates
    inside publication, fatalities ranges, actor and place names, lat/lon given together, and every
    `responds_to` / `same_as` resolving, never to a later document (`same_as` always to another one)."""
    check_taxonomy(contract)
    ids = [doc["id"] for doc, _ in reports]
    assert len(ids) == len(set(ids)), "duplicate document id"
    known = {f"{doc['id']}/{e['id']}" for doc, events in reports for e in events}
    published = {doc["id"]: doc["published"] for doc, _ in reports}
    for doc, events in reports:
        pub = dt.date.fromisoformat(doc["published"])
        assert doc["id"].endswith(doc["published"]), doc["id"]
        if words:
            n = len(doc["text"].split())
            assert words[0] <= n <= words[1], (doc["id"], n)
        local = [e["id"] for e in events]
        assert len(local) == len(set(local)), (doc["id"], "duplicate event id")
        for e in events:
            where = f"{doc['id']}/{e['id']}"
            if e["kind"] == "event":
                types = e["event_type"] if isinstance(e["event_type"], list) else [e["event_type"]]
                subs = e["sub_event_type"] if isinstance(e["sub_event_type"], list) else [e["sub_event_type"]]
                assert all(t in TAXONOMY for t in types), (where, types)
                assert all(any(s in TAXONOMY[t] for t in types) for s in subs), (where, subs)
            else:
                assert e["kind"] == "tally" and (e["count"] is None or e["count"] > 0), where
            start, end = dt.date.fromisoformat(e["date"]["start"]), dt.date.fromisoformat(e["date"]["end"])
            assert start <= end <= pub, (where, start, end, pub)
            f = e["fatalities"]
            assert f is None or (f["low"] is None) == (f["high"] is None), where
            assert f is None or f["low"] is None or 0 <= f["low"] <= f["high"], where
            for a in (e["actor1"], e["actor2"]):
                assert a is None or (a["names"] and all(isinstance(x, str) and x for x in a["names"])), where
            loc = e["location"]
            assert loc is None or (loc["names"] and len(loc["country_code"]) == 3), where
            assert loc is None or (loc["lat"] is None) == (loc["lon"] is None), where
            for link in e["responds_to"] + ([e["same_as"]] if "same_as" in e else []):
                full = link if "/" in link else f"{doc['id']}/{link}"
                assert full in known and full != where, (where, link)
                if "/" in link:  # another document: never a later one
                    assert link.split("/")[0] != doc["id"], (where, link)
                    assert published[link.split("/")[0]] <= doc["published"], (where, link)
            if "same_as" in e:
                assert "/" in e["same_as"] and not e["same_as"].startswith(doc["id"] + "/"), where


def find_contract(here) -> "Path":
    """The contract's README.md in a `shared/` folder beside `here` or one of its parents (a checkout's
    sibling `../shared`, or /work/wt/shared for worktrees); a path that does not exist if none is found
    (check_taxonomy then says so and checks against TAXONOMY only)."""
    from pathlib import Path

    here = Path(here).resolve()
    return next((p / "shared" / "contract" / "README.md" for p in here.parents
                 if (p / "shared" / "contract" / "README.md").exists()), here / "missing-contract")


def either(*actors):
    """Accepted names of several parties (the text disputes or varies who acted), each name once."""
    out: list[str] = []
    for a in actors:
        out += [n for n in a["names"] if n not in out]
    return {"names": out}


class BlindSet:
    """The reports of one blind-written set (demo/freshN/build.py): `doc()` adds a report of a fictional
    outlet with its gold events and style; `main()` checks the set and writes docs.jsonl and gold.jsonl
    beside the builder, then prints the set's counts."""

    def __init__(self):
        self.docs: list[tuple[dict, list, str]] = []

    def doc(self, id, published, source, title, style, text, events) -> None:
        import re

        slug = re.sub(r"[^a-z0-9]", "", source.lower())
        self.docs.append(({"id": id, "text": text.strip(), "published": published, "source": source,
                           "url": f"https://www.{slug}.example/{id}", "title": title}, events, style))

    def accept(self, index: int, types, subs) -> None:
        """Let the last report's gold event `index` be coded as any of `types` / `subs` (lists: a coder could
        fairly pick either reading, e.g. [BATTLES, VAC] with [CLASH, ATTACK])."""
        event = self.docs[-1][1][index]
        event["event_type"], event["sub_event_type"] = types, subs

    def main(self, here, words: tuple[int, int] | None = (80, 600), reports: int | None = None) -> None:
        import json
        from pathlib import Path

        here = Path(here)
        assert reports is None or len(self.docs) == reports, f"{reports} reports"
        check_reports([(doc, events) for doc, events, _ in self.docs], find_contract(here), words=words)
        with open(here / "docs.jsonl", "w", encoding="utf-8") as out:
            for doc, _, _ in self.docs:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        with open(here / "gold.jsonl", "w", encoding="utf-8") as out:
            for doc, events, _ in self.docs:
                out.write(json.dumps({"doc": doc, "events": events}, ensure_ascii=False) + "\n")
        print(self.summary())

    def summary(self) -> str:
        items = {f"{doc['id']}/{e['id']}": e for doc, events, _ in self.docs for e in events}
        required = [(doc["id"], e) for doc, events, _ in self.docs for e in events if not e.get("optional")]
        links = [x if "/" in x else f"{doc_id}/{x}" for doc_id, e in required for x in e["responds_to"]]
        across = sum("/" in x for _, e in required for x in e["responds_to"])
        lines = [f"{len(self.docs)} reports, {sum(len(d['text'].split()) for d, _, _ in self.docs)} words, "
                 f"{len(items)} gold items, {sum(e['kind'] == 'event' for _, e in required)} required events, "
                 f"{sum(e['kind'] == 'tally' for _, e in required)} required tallies, {len(links)} links "
                 f"(required; {sum(not items[x].get('optional') for x in links)} to required events, {across} "
                 f"across documents), {sum('same_as' in e for e in items.values())} same_as"]
        for doc, events, style in self.docs:
            req = sum(not e.get("optional") for e in events)
            lines.append(f"  {doc['id']:55} {style:40} {len(doc['text'].split()):4} words  {req}/{len(events) - req}")
        return "\n".join(lines)
