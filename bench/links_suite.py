"""Pass rate of the explicit-link construction suite (bench/data/links_suite.yaml).

Each case's documents are read in one run (`flashpoint.pipeline.extract`: the per-document stages,
then merge and links across them) and its `responds_to` links compared with the expected ones: a
case passes when every required link is there and no other explicit link is. Prints the pass rate
overall, by split (`tuned`: the cases the rules were fixed on; `fresh`: written afterwards), by cue
wording and by antecedent form; --errors shows what each failing case got.
Runs from any folder:

    python bench/links_suite.py            # figures
    python bench/links_suite.py --errors   # and every failing case's links
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

SUITE = REPO / "bench" / "data" / "links_suite.yaml"


def load_cases(path: Path = SUITE) -> list[dict]:
    """Return the suite's cases (dicts as written in the YAML file), ids checked to be unique."""
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    ids = Counter(c["id"] for c in cases)
    repeated = [k for k, n in ids.items() if n > 1]
    if repeated:
        raise ValueError(f"{path}: repeated case ids {repeated}")
    return cases


@dataclass
class Outcome:
    """What one case gave: passed or not, and why (the links found and expected, as readable pairs)."""

    case_id: str
    passed: bool
    problems: list[str] = field(default_factory=list)
    got: list[str] = field(default_factory=list)


def documents(case: dict) -> list:
    """Return the case's texts as Documents with ids '<case>/<n>' and its fixed publication date."""
    from flashpoint.model import Document
    published = case["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return [Document(f"{case['id']}/{n}", text, published) for n, text in enumerate(case["docs"])]


def find(events: list, spec: dict, case_id: str) -> tuple[object | None, str]:
    """Return (the one event a spec names, '') or (None, why not)."""
    words = spec["in"]
    found = [e for e in events if e.kind == "event" and any(words in ev.sentence for ev in e.evidence)]
    if "doc" in spec:
        found = [e for e in found if f"{case_id}/{spec['doc']}" in e.sources]
    if len(found) > 1 and "trigger" in spec:
        words = spec["trigger"] if isinstance(spec["trigger"], list) else [spec["trigger"]]
        found = [e for e in found if (e.trigger or "").lower() in {w.lower() for w in words}]
    if len(found) > 1 and "place" in spec:
        found = [e for e in found if spec["place"].lower() in (e.location.name or "").lower()]
    if len(found) > 1 and "date" in spec:
        found = [e for e in found if str(e.date.start) == str(spec["date"])]
    if len(found) == 1:
        return found[0], ""
    return None, f"{len(found)} events for {spec}"


def label(e) -> str:
    """Return a short readable name of an event: trigger, actor1 and place."""
    return f"{e.trigger}|{e.actor1.name if e.actor1 else None}|{e.location.name}"


def run_case(case: dict) -> Outcome:
    """Return how one case fares: its documents extracted in one run, links compared."""
    from flashpoint.pipeline import extract
    events = list(extract(documents(case)))
    by_id = {e.event_id: e for e in events}
    got = {(e.event_id, t) for e in events for t in e.responds_to}
    shown = sorted(f"{label(e)} -> {label(by_id[t]) if t in by_id else t}" for e in events for t in e.responds_to)
    problems, allowed = [], set()
    for link in case.get("links") or []:
        answer, why_a = find(events, link["answer"], case["id"])
        ante, why_b = find(events, link["to"], case["id"])
        if answer is None or ante is None:
            if not link.get("optional"):
                problems.append(f"not extracted: {why_a or why_b}")
            continue
        pair = (answer.event_id, ante.event_id)
        allowed.add(pair)
        if pair not in got and not link.get("optional"):
            problems.append(f"missed {label(answer)} -> {label(ante)}")
    extra = got - allowed
    problems += [f"extra {label(by_id[a])} -> {label(by_id[b]) if b in by_id else b}" for a, b in sorted(extra)]
    return Outcome(case["id"], not problems, problems, shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print each failing case's problems and links")
    parser.add_argument("--suite", type=Path, default=SUITE, help="the YAML file of cases")
    args = parser.parse_args(argv)
    cases = load_cases(args.suite)
    outcomes = [run_case(c) for c in cases]
    tables = {"cue": Counter(), "form": Counter()}
    totals = {"cue": Counter(), "form": Counter()}
    for c, o in zip(cases, outcomes):
        for key in tables:
            totals[key][c[key]] += 1
            tables[key][c[key]] += o.passed
    passed = sum(o.passed for o in outcomes)
    positives = [o for c, o in zip(cases, outcomes) if c["form"] != "negative"]
    negatives = [o for c, o in zip(cases, outcomes) if c["form"] == "negative"]
    print(f"links suite: {passed}/{len(outcomes)} cases pass ({100 * passed / len(outcomes):.1f}%); "
          f"with a link {sum(o.passed for o in positives)}/{len(positives)}, "
          f"negatives {sum(o.passed for o in negatives)}/{len(negatives)}")
    for split in sorted({c.get("split", "tuned") for c in cases}):
        mine = [o for c, o in zip(cases, outcomes) if c.get("split", "tuned") == split]
        print(f"  split {split}: {sum(o.passed for o in mine)}/{len(mine)}")
    for key in ("form", "cue"):
        print(f"\nby {key}:")
        for name in sorted(totals[key]):
            print(f"  {name:32s} {tables[key][name]}/{totals[key][name]}")
    if args.errors:
        print()
        for c, o in zip(cases, outcomes):
            if not o.passed:
                print(f"FAIL {o.case_id}: {'; '.join(o.problems)}\n    got: {o.got or 'no link'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
