"""Stand-alone check of demo/holdout2 (stdlib only): every line parses, every gold line's doc is a document
of docs.jsonl with the same fields and text, every gold item has the fields of the contract's gold format,
and every responds_to / same_as names an existing gold item. Run: `python3 demo/holdout2/check.py`."""
import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
docs = [json.loads(l) for l in (HERE / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
gold = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
by_id = {d["id"]: d for d in docs}
errors = []
assert len(by_id) == len(docs), "duplicate document ids"
for d in docs:
    for k in ("id", "text", "published", "source", "url", "title"):
        if not isinstance(d.get(k), str) or not d[k]:
            errors.append(f"{d.get('id')}: missing {k}")
    date.fromisoformat(d["published"])
if [g["doc"]["id"] for g in gold] != [d["id"] for d in docs]:
    errors.append("gold documents differ from docs.jsonl (ids or order)")
items = {(g["doc"]["id"], e["id"]) for g in gold for e in g["events"]}
for g in gold:
    did = g["doc"]["id"]
    if g["doc"] != by_id.get(did):
        errors.append(f"{did}: gold doc differs from docs.jsonl")
    for e in g["events"]:
        w = f"{did}/{e.get('id')}"
        for k in ("id", "kind", "event_type", "sub_event_type", "actor1", "actor2", "date", "location",
                  "fatalities", "responds_to"):
            if k not in e:
                errors.append(f"{w}: missing {k}")
        if e["kind"] not in ("event", "tally"):
            errors.append(f"{w}: kind")
        if e["kind"] == "tally" and "count" not in e:
            errors.append(f"{w}: tally without count")
        if not isinstance(e["actor1"], dict) or not e["actor1"].get("names"):
            errors.append(f"{w}: actor1 names")
        if e["actor2"] is not None and not e["actor2"].get("names"):
            errors.append(f"{w}: actor2 names")
        s, t = date.fromisoformat(e["date"]["start"]), date.fromisoformat(e["date"]["end"])
        if not s <= t <= date.fromisoformat(g["doc"]["published"]):
            errors.append(f"{w}: date range")
        loc = e["location"]
        if loc is not None and not (loc.get("names") and "country_code" in loc and "lat" in loc and "lon" in loc):
            errors.append(f"{w}: location fields")
        f = e["fatalities"]
        if f is not None and not (isinstance(f.get("low"), int) and isinstance(f.get("high"), int)
                                  and f["low"] <= f["high"]):
            errors.append(f"{w}: fatalities")
        for r in e["responds_to"]:
            ref = tuple(r.split("/", 1)) if "/" in r else (did, r)
            if ref not in items:
                errors.append(f"{w}: responds_to {r} not found")
        if "same_as" in e and tuple(e["same_as"].split("/", 1)) not in items:
            errors.append(f"{w}: same_as {e['same_as']} not found")
print(f"{len(docs)} documents, {sum(len(g['events']) for g in gold)} gold items, "
      f"{sum(len(d['text'].split()) for d in docs)} words: " + ("OK" if not errors else f"{len(errors)} errors"))
for x in errors:
    print(" ", x)
sys.exit(1 if errors else 0)
