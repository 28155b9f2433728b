"""How many events flashpoint finds in the construction suite's short reports, against how many they tell.

The suite (tests/data/event_counts.jsonl) is our own short reports (2-8 sentences), each with the
number of events it tells and their types (and, where a case gives `dates`, the window each must
fall in): one incident retold in other words (definite
descriptions, dates, places at another granularity, toll updates, claims, reactions) is one event;
two incidents on other days or at other places are two; threats, vows, plans, denials,
condemnations, trials, funerals, anniversaries, fears and generic statements are none; dated
background incidents a report recalls are events of their own. Prints the pass rate by group and
every failing report with what was found. Runs from any folder:

    python bench/event_counts.py            # pass rate by group, failures listed
    python bench/event_counts.py --mentions # and, for each failure, the mentions read and their clusters
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

SUITE = REPO / "tests" / "data" / "event_counts.jsonl"


def load_suite(path: Path = SUITE) -> list[dict]:
    """Return the suite's cases, one dict a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdict(case: dict, events) -> str | None:
    """Return why the events found do not fit the case (None when they do).

    An expected type may list alternatives ("Battles|Violence against civilians")."""
    found = sorted(e.event_type for e in events if e.kind == "event")
    tallies = sum(1 for e in events if e.kind == "tally")
    wanted = [set(t.split("|")) for t in case["events"]]
    if len(found) != len(wanted) or tallies != case.get("tallies", 0):
        return f"{len(found)} event(s), {tallies} tally(ies); expected {len(wanted)} and {case.get('tallies', 0)}"
    left = list(found)
    for options in sorted(wanted, key=len):
        hit = next((t for t in left if t in options), None)
        if hit is None:
            return f"types {found}; expected {case['events']}"
        left.remove(hit)
    return wrong_dates(case, events)


def wrong_dates(case: dict, events) -> str | None:
    """Return why the events' dates do not fit the case's optional `dates` (None when they do).

    `dates` lists one window a dated event must fall inside ("2024-05-16" or "2024-05-16..2024-05-17", gold's
    rule: any prediction inside is right), each window taken by a different event."""
    spans = [(e.date.start, e.date.end or e.date.start) for e in events if e.kind == "event" and e.date.start]
    for window in case.get("dates", []):
        lo, _, hi = window.partition("..")
        lo, hi = date.fromisoformat(lo), date.fromisoformat(hi or lo)
        hit = next((s for s in spans if lo <= s[0] and s[1] <= hi), None)
        if hit is None:
            return f"no event dated inside {window}: {[(str(a), str(b)) for a, b in spans]}"
        spans.remove(hit)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", action="store_true", help="show the mentions and clusters of each failure")
    args = parser.parse_args()
    from flashpoint import nlp
    from flashpoint.model import Document
    from flashpoint.pipeline import candidate_events, extract_document

    cases = load_suite()
    model = nlp.load()
    passed: Counter = Counter()
    total: Counter = Counter()
    for case in cases:
        doc = Document(id=case["id"], text=case["text"], published=date.fromisoformat(case["published"]))
        sdoc = model(doc.text)
        events = extract_document(doc, sdoc)
        why = verdict(case, events)
        total[case["group"]] += 1
        if why is None:
            passed[case["group"]] += 1
            continue
        print(f"FAIL {case['id']} ({case['group']}): {why}")
        for e in events:
            print(f"    {e.kind} {e.event_type} / {e.sub_event_type} {e.date.start} "
                  f"{e.location.name} | {[ev.sentence[:70] for ev in e.evidence]}")
        if args.mentions:
            _, clusters = candidate_events(doc, sdoc)
            for k, c in enumerate(clusters):
                for m in c.mentions:
                    print(f"      c{k} s{m.sent_index} '{m.trigger}' {m.event_type} date={m.date and m.date.start} "
                          f"place={m.place and m.place.name} a1={m.actor1 and m.actor1.name} "
                          f"anaph={m.anaphoric} generic={m.generic} recalled={m.recalled} headline={m.headline}")
    print()
    for group in total:
        print(f"{group:12} {passed[group]:3d} / {total[group]:3d}")
    print(f"{'all':12} {sum(passed.values()):3d} / {sum(total.values()):3d} "
          f"({100 * sum(passed.values()) / sum(total.values()):.1f}%)")


if __name__ == "__main__":
    main()
