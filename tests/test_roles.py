"""Construction suite: who did what to whom, on sentences no rule was written against.

tests/data/roles/constructions.yaml holds short sentences of our own, one per way news tells who acted
on whom (voice, "came under fire from", claims, blame, reported speech, noun triggers, appositions,
relative clauses, whose property was hit, an attacker told in the next sentence, headlines, garbled
copy), each crossed with several kinds of actor names (named groups the base knows and groups it does
not, states' forces by demonym, capital or ministry, unnamed classes) in several countries. Each case
is extracted as a whole report (the pipeline end to end) and its first event's actor1 and actor2 are
checked: name, country and backer (and the words read, `text`, for whole cases that give `words`).

`python tests/test_roles.py` prints the pass rate by construction and by kind of name.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

SUITE = Path(__file__).parent / "data" / "roles" / "constructions.yaml"
_NUMBERS = ("seven", "three", "five", "nine", "four", "six", "eleven", "eight")
_SCENE_CLASSES = {"military": "Military Forces of {country}", "police": "Police Forces of {country}",
                  "civilians": "Civilians", "protesters": "Protesters"}
# pass rates measured on this suite (python tests/test_roles.py): the test fails when the suite falls under
MIN_PASS_RATE = 0.93  # 455/467 (97.4%) on 2026-12-02, eighth session (16 strict cases added); 438/451 (97.1%) seventh session (41 cases added); 399/410 (97.3%) on 2026-12-01, sixth session (26 cases added, 2 of them passing before); 374/383 fifth; 136/212 at first


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, a: str, b: str, place: str, number: str) -> str:
    bare = a[4:] if a.startswith("the ") else a  # {a}: the name without its article ("Suspected {a} militants")
    text = template.replace("{A}", a).replace("{a}", bare).replace("{B}", b).replace("{P}", place).replace("{N}", number)
    # a sentence opens with a capital ("The Rapid Support Forces", "Seven soldiers")
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _scene_side(word: str, scene: dict, country_name: str) -> dict:
    """Return the expected actor a side written as a word names: a class of the scene's country."""
    return {"name": _SCENE_CLASSES[word].format(country=country_name), "country": scene["country"]}


@lru_cache(maxsize=1)
def cases() -> list[dict]:
    """Return every case of the suite: id, construction, kind, text, event index, actor1, actor2."""
    suite = yaml.safe_load(SUITE.read_text(encoding="utf-8"))
    scenes = suite["scenes"]
    names = list(scenes)
    # the scene's country: the military victim's country names it (its soldiers are its forces)
    for scene in scenes.values():
        scene["country"] = scene["victims"]["civilians"]["country"]
        scene["country_name"] = scene["victims"]["police"]["name"].removeprefix("Police Forces of ").removeprefix("the ")
    out = []
    for k, tpl in enumerate(suite["templates"]):
        a_kinds = tpl.get("attackers", ["kb", "unknown", "class", "state"])
        b_kinds = tpl.get("victims", ["soldiers", "civilians", "police", "protesters"])
        runs = [(f"A:{kind}", kind, "soldiers" if kind != "state" else "civilians", k + j)
                for j, kind in enumerate(a_kinds)]
        runs += [(f"B:{kind}", "kb" if "kb" in a_kinds else a_kinds[0], kind, k + j + 3)
                 for j, kind in enumerate(b_kinds)]
        for label, a_kind, b_kind, n in runs:
            scene = scenes[names[n % len(names)]]
            a, b = scene["attackers"][a_kind], scene["victims"][b_kind]
            if a_kind == "state" and b_kind == "soldiers":
                b = scene["victims"]["civilians"]
            number = _NUMBERS[n % len(_NUMBERS)]
            country_name = scene["victims"]["police"]["name"].removeprefix("Police Forces of ")
            expect = {}
            for role, default in (("actor1", a), ("actor2", b)):
                spec = tpl.get(role)
                if spec is None:
                    expect[role] = default
                elif spec in ("A", "B"):
                    expect[role] = a if spec == "A" else b
                else:
                    expect[role] = _scene_side(spec, scene, country_name)
            out.append({"id": f"{tpl['id']}/{label}/{names[n % len(names)]}", "construction": tpl["id"],
                        "kind": label, "text": _fill(tpl["text"], a["text"], b["text"], scene["place"], number),
                        "event": 0, **expect})
    for case in suite["cases"]:
        out.append({"id": case["id"], "construction": "whole case", "kind": "whole", "text": case["text"],
                    "event": case.get("event", 0), "actor1": case["actor1"], "actor2": case["actor2"],
                    "strict": case.get("strict", False)})
    return out


def _norm(name) -> str:
    return re.sub(r"^the ", "", str(name or "").strip().lower())


def check(expected: dict, got) -> list[str]:
    """Return what is wrong with a predicted actor (a contract record's actor or None): [] when right."""
    if got is None:
        return [f"none, wanted {expected['name']}"]
    wrong = []
    if _norm(got.get("name")) != _norm(expected["name"]):
        wrong.append(f"name {got.get('name')!r}, wanted {expected['name']!r}")
    if "country" in expected and got.get("country_code") != expected["country"]:
        wrong.append(f"country {got.get('country_code')}, wanted {expected['country']}")
    if got.get("backer") != expected.get("backer"):
        wrong.append(f"backer {got.get('backer')}, wanted {expected.get('backer')}")
    if "words" in expected and got.get("text") != expected["words"]:
        wrong.append(f"text {got.get('text')!r}, wanted {expected['words']!r}")
    return wrong


def run(selected: list[dict]) -> dict[str, list[str]]:
    """Return case id -> what is wrong (empty when both sides are right), each case extracted as a report."""
    from flashpoint.model import Document
    from flashpoint.pipeline import extract

    published = yaml.safe_load(SUITE.read_text(encoding="utf-8"))["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    docs = [Document(id=c["id"], text=c["text"], published=published) for c in selected]
    events: dict[str, list] = {}
    for e in extract(docs, merge=False):
        if e.kind == "event":
            events.setdefault(e.sources[0], []).append(e)
    out = {}
    for c in selected:
        found = sorted(events.get(c["id"], []), key=lambda e: min(ev.start for ev in e.evidence))
        if len(found) <= c["event"]:
            out[c["id"]] = [f"no event {c['event']} (found {len(found)})"]
            continue
        record = found[c["event"]].to_record()
        out[c["id"]] = [f"actor1 {w}" for w in check(c["actor1"], record["actor1"])] + \
            [f"actor2 {w}" for w in check(c["actor2"], record["actor2"])]
    return out


@lru_cache(maxsize=1)
def _results() -> dict[str, list[str]]:
    return run(cases())


def test_the_suite_is_built_from_every_kind_of_name():
    kinds = Counter(c["kind"] for c in cases())
    assert {"A:kb", "A:unknown", "A:class", "A:state", "B:soldiers", "B:civilians", "B:police"} <= set(kinds)
    assert len({c["text"] for c in cases()}) == len(cases())  # no case twice


def test_the_construction_suite_passes_broadly(nlp):
    results = _results()
    passed = sum(1 for wrong in results.values() if not wrong)
    failures = "\n".join(f"{k}: {'; '.join(v)}" for k, v in results.items() if v)
    assert passed / len(results) >= MIN_PASS_RATE, failures


def test_the_strict_cases_all_pass(nlp):
    # cases marked `strict` (the eighth session's discourse cases: a doer or victim told outside the trigger's
    # clause) are held to every one passing, not to the suite's pass rate
    results = _results()
    wrong = {c["id"]: results[c["id"]] for c in cases() if c.get("strict") and results[c["id"]]}
    assert not wrong, wrong


def _report() -> None:
    results = _results()
    by = {"construction": Counter(), "kind": Counter()}
    total = {"construction": Counter(), "kind": Counter()}
    for c in cases():
        for key in by:
            total[key][c[key]] += 1
            by[key][c[key]] += not results[c["id"]]
    fields = Counter(w.split()[0] + " " + w.split()[1] for v in results.values() for w in v)
    for key in by:
        print(f"by {key}:")
        for name in total[key]:
            print(f"  {name:28} {by[key][name]:3}/{total[key][name]:3}")
    passed = sum(1 for v in results.values() if not v)
    print(f"passed {passed}/{len(results)} = {passed / len(results):.1%}")
    print("failures by field:", dict(fields.most_common()))
    for k, v in results.items():
        if v:
            print(f"  FAIL {k}: {'; '.join(v)}")


if __name__ == "__main__":
    _report()
