"""Tests for flashpoint.resolve.links: which attack answered which.

Short reports of our own run through the real pipeline for the explicit links a text states
(within a report and across reports); inferred links and cross-report antecedents are tested on
`Event`s built directly. The last tests check, with hypothesis, that the cross-report step gives
the same records whatever the order of the input documents (on the demo/multi corpus).
"""
from __future__ import annotations

import copy
import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.model import Actor, Casualties, DateSpan, Document, Event, Evidence, Mention, Place
from flashpoint.pipeline import across_reports, extract, extract_document
from flashpoint.resolve.coref import Cluster, to_events
from flashpoint.resolve.links import infer_links, link_events, link_report, resolve_antecedent, side

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent.parent / "shared" / "gold" / "seed.jsonl"


def by_sentence(events: list[Event], words: str) -> Event:
    """Return the one event whose evidence contains `words`."""
    found = [e for e in events if e.kind == "event" and any(words in ev.sentence for ev in e.evidence)]
    assert len(found) == 1, [[ev.sentence for ev in e.evidence] for e in events]
    return found[0]


def by_trigger(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.location.name, e.trigger) for e in events]
    return found[0]


def by_place(events: list[Event], name: str) -> Event:
    found = [e for e in events if e.location.name == name]
    assert len(found) == 1, [(e.location.name, e.trigger) for e in events]
    return found[0]


# ---------------------------------------------------------------- explicit, within a report

def test_retaliation_for_an_attack_told_in_the_same_sentence(nlp):
    doc = Document("kh", "U.S. F-15 jets bombed five sites of the Kataib Hezbollah militia near Al-Qaim on Sunday, "
                         "in retaliation for Friday's rocket attack near Kirkuk that killed an American contractor.",
                   date(2019, 12, 30))

    events = extract_document(doc)

    answer, attack = by_trigger(events, "bombed"), by_place(events, "Kirkuk")
    assert answer.responds_to == [attack.event_id]
    assert attack.responds_to == []
    # one side never retaliates against itself: the rocket attack is the militia's
    assert side(attack.actor1) != side(answer.actor1)
    assert attack.actor1.name == "Kataib Hezbollah"


def mention(sentence: str, trigger: str, actor1: Actor | None, day: date, *, retaliation: bool = False,
            sent_index: int = 0, sent_start: int = 0) -> Mention:
    """Return a mention of `trigger` (its first occurrence) in a sentence starting at sent_start."""
    at = sent_start + sentence.index(trigger)
    return Mention("doc", sent_index, sent_start, sent_start + len(sentence), sentence, trigger, at, at + len(trigger),
                   "remote", "Explosions/Remote violence", "Air/drone strike", "trigger", actor1=actor1,
                   date=DateSpan(day, day, "day", None), retaliation=retaliation)


def test_every_incident_inside_the_cue_is_answered():
    text = ("Iran fired missiles at Israel on Tuesday in retaliation for the strike that killed Nasrallah in Beirut "
            "on Friday and the bombing that killed Haniyeh in Tehran in July.")
    clusters = [Cluster([mention(text, "fired", IRN, date(2024, 10, 1), retaliation=True)]),
                Cluster([mention(text, "strike", ISR, date(2024, 9, 27))]),
                Cluster([mention(text, "bombing", None, date(2024, 7, 31))])]
    events = to_events(clusters, Document("doc", text, date(2024, 10, 1)))

    link_report(clusters, events)

    assert events[0].responds_to == sorted([events[1].event_id, events[2].event_id])
    assert events[1].responds_to == events[2].responds_to == []


def test_an_answer_told_before_the_cue_without_a_cue_of_its_own(nlp):
    doc = Document("pk", "Pakistani jets struck targets near Saravan in southeastern Iran on Thursday, killing nine "
                         "people. Islamabad described Thursday's raids as retaliation for the Iranian missile attack "
                         "near Panjgur on Tuesday that killed two children.", date(2024, 1, 19))

    events = extract_document(doc)

    assert by_place(events, "Sarāvān").responds_to == [by_place(events, "Panjgur").event_id]


def test_an_answer_in_another_sentence_no_mention_of_its_own(nlp):
    doc = Document("cc", "U.S. aircraft struck more than 85 targets in Iraq and Syria on February 2. The strikes were "
                         "carried out in response to the drone attack on January 28 against Tower 22, a U.S. position "
                         "in Jordan, which killed three U.S. service members.", date(2024, 2, 3))

    events = extract_document(doc)

    tower = by_trigger(events, "attack")
    answers = [e for e in events if tower.event_id in e.responds_to]
    assert len(answers) >= 1 and all(e.actor1.name == "Military Forces of the United States" for e in answers)
    # the answer's sentence is evidence of the strikes told before it, not of a third incident
    assert all(any("Tower 22" in ev.sentence for ev in e.evidence) for e in answers)


def test_after_alone_tells_when_not_that_one_answered_the_other(nlp):
    # the gold conventions (demo/README.md, "Links"): "after" alone is no link, however soon after
    came = Document("came", "Government artillery shelled the rebel-held town of Kasa on Thursday. The shelling came "
                            "a day after rebel fighters ambushed an army convoy near Lomba, killing nine soldiers.",
                    date(2021, 3, 12))
    leading = Document("leading", "After insurgents fired mortars at the Dera air base on Monday, navy jets bombed "
                                  "their camps in the hills west of the base.", date(2021, 3, 9))
    cued = Document("cued", "Government artillery shelled the rebel-held town of Kasa on Thursday in retaliation for "
                            "the ambush of an army convoy near Lomba on Wednesday.", date(2021, 3, 12))

    assert not any(e.responds_to for e in extract_document(came) + extract_document(leading))
    assert any(e.responds_to for e in extract_document(cued))


def test_a_shot_down_drone_is_not_what_the_answer_answered(nlp):
    # an interception is its own record, apart from the attack it stopped (demo/README.md, "Types"): what a side
    # hits back for is the attack, never the shooting down
    doc = Document("sd", "Rebels fired ballistic missiles at the port city of Mokha on Tuesday night, wounding three "
                         "dock workers. Air defences shot down a drone over the nearby town of Khokha an hour later, "
                         "the army said. In response, army jets bombed rebel positions near Taiz on Wednesday.",
                   date(2020, 5, 6))

    events = extract_document(doc)

    missiles, drone, jets = by_trigger(events, "fired"), by_trigger(events, "shot down"), by_trigger(events, "bombed")
    assert drone.sub_event_type == "Disrupted weapons use"
    assert jets.responds_to == [missiles.event_id]


def test_no_cue_no_link(nlp):
    doc = Document("nl", "Russian missiles struck Kharkiv on Monday, killing four people. On Tuesday Ukrainian drones "
                         "hit an oil depot in Belgorod.", date(2024, 5, 7))

    assert not any(e.responds_to for e in extract_document(doc))


@pytest.mark.skipif(not SEED.is_file(), reason="shared/gold/seed.jsonl not beside the repo")
def test_seed_ac130_strike_answers_the_al_asad_attack(nlp):
    line = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    raw = line["doc"]
    doc = Document(raw["id"], raw["text"], date.fromisoformat(raw["published"]))

    events = list(extract([doc]))

    [asad] = [e for e in events if e.location.name and "Asad" in e.location.name
              and e.actor1.name != "Military Forces of the United States"]
    answers = [e for e in events if asad.event_id in e.responds_to]
    assert len(answers) == 1
    [gunship] = answers
    assert any("gunship opened fire" in ev.sentence for ev in gunship.evidence)
    assert gunship.actor1.name == "Military Forces of the United States"
    assert asad.event_id not in {x["event_id"] for x in gunship.responds_to_inferred}


# ---------------------------------------------------------------- explicit, across reports

def test_an_antecedent_told_only_in_another_report_is_found_by_link_events(nlp):
    first = Document("tusas", "Two assailants attacked the headquarters of Turkish Aerospace Industries (TUSAS) near "
                              "Ankara on Wednesday, killing five people, officials said.", date(2024, 10, 23))
    second = Document("raids", "Turkish warplanes struck Kurdish militant targets in northern Iraq late on Wednesday "
                               "in response to the deadly assault on TUSAS, the defence ministry said.", date(2024, 10, 24))

    events = list(extract([first, second]))

    raid = next(e for e in events if e.sources == ["raids"] and e.actor1.name == "Military Forces of Turkey")
    attack = next(e for e in events if "tusas" in e.sources)
    assert attack.event_id in raid.responds_to


def attack(doc: str, day: date, a1: Actor, a2: Actor | None, place: Place, sentence: str = "It happened.",
           low: int | None = None) -> Event:
    e = Event("event", "Explosions/Remote violence", "Air/drone strike", a1, a2, DateSpan(day, day, "day", None),
              place, Casualties(low, low), [Evidence(doc, 0, len(sentence), sentence)], [doc], 0.8, trigger="struck")
    e.assign_id()
    return e


ISR = Actor("Military Forces of Israel", "isr", "state forces", "ISR")
IRN = Actor("Military Forces of Iran", "irn", "state forces", "IRN")
HEZ = Actor("Hezbollah", "hez", "political militia", "LBN")
CIV = Actor("Civilians", "civilians", "civilians", "ISR")
TEHRAN = Place("Tehran", "Tehran", "Iran", "IRN", 35.69, 51.42, 1, "Tehran", "city")
ISRAEL = Place("Israel", None, "Israel", "ISR", 31.5, 34.8, 3, "Israel", "country")
NEVATIM = Place("Nevatim Airbase", None, "Israel", "ISR", 31.21, 35.01, 1, "Nevatim", "site")
DAY = date(2024, 10, 1)


def test_resolve_antecedent_prefers_the_named_place_and_other_side():
    answer = attack("b", DAY + timedelta(days=25), ISR, IRN, TEHRAN)
    answer.antecedent = {"doc_id": "b", "text": "Iran's missile attack on Nevatim on October 1."}
    right = attack("a", DAY, IRN, ISR, NEVATIM)
    elsewhere = attack("c", DAY, IRN, ISR, ISRAEL)
    own_side = attack("d", DAY, ISR, HEZ, Place("Beirut", None, "Lebanon", "LBN", 33.89, 35.5, 1, "Beirut", "city"))

    assert resolve_antecedent(answer, [answer, elsewhere, own_side, right]) is right
    assert resolve_antecedent(answer, [own_side]) is None


def test_link_events_leaves_existing_events_untouched():
    answer = attack("b", DAY + timedelta(days=2), ISR, IRN, TEHRAN)
    answer.antecedent = {"doc_id": "b", "text": "the attack on Nevatim"}
    stored = attack("a", DAY, IRN, ISR, NEVATIM)
    before = copy.deepcopy(stored)

    link_events([answer], existing=[stored])

    assert answer.responds_to == [stored.event_id]
    assert stored == before


def test_a_strike_listed_with_the_answer_and_no_author_of_its_own_shares_its_link():
    listing = "In Syria, the strikes hit villages around Kobani and the Derik area near the Iraqi border."
    bombing = attack("a", DAY, Actor("Unidentified Armed Group", None, "political militia", None), CIV, ISRAEL)
    kobani = attack("b", DAY + timedelta(days=5), ISR, HEZ, TEHRAN, sentence=listing)
    kobani.responds_to = [bombing.event_id]
    derik = attack("b", DAY + timedelta(days=5), Actor("Unidentified Armed Group", None, "political militia", None),
                   None, NEVATIM, sentence=listing)
    # an act of another kind told in the same sentence is not more of the answer's operation
    other = Event("event", "Violence against civilians", "Attack", derik.actor1, CIV, kobani.date, NEVATIM,
                  Casualties(None, None), [Evidence("b", 0, len(listing), listing)], ["b"], 0.8, trigger="hit")
    other.assign_id()

    link_events([bombing, kobani, derik, other])

    assert derik.responds_to == [bombing.event_id]
    assert other.responds_to == []


# ---------------------------------------------------------------- inferred

def test_inferred_link_is_the_other_side_of_the_dyad_within_the_window():
    a = attack("a", DAY, IRN, ISR, NEVATIM)
    b = attack("b", DAY + timedelta(days=3), ISR, IRN, TEHRAN)
    later = attack("c", DAY + timedelta(days=30), ISR, IRN, TEHRAN)
    again = attack("d", DAY + timedelta(days=1), IRN, ISR, NEVATIM)  # Iran again: not an answer to Iran

    infer_links([b, later, again], [a, b, later, again])

    assert {x["event_id"] for x in b.responds_to_inferred} == {a.event_id, again.event_id}
    link = next(x for x in b.responds_to_inferred if x["event_id"] == a.event_id)
    assert 0 < link["score"] <= 1 and link["lag_days"] == 3 and "7 days" in link["rule"]
    assert b.responds_to == []  # never mixed with explicit links
    assert later.responds_to_inferred == [] and again.responds_to_inferred == []


def test_inferred_never_repeats_an_explicit_link_and_ignores_civilian_targets():
    a = attack("a", DAY, IRN, ISR, NEVATIM)
    b = attack("b", DAY + timedelta(days=1), ISR, IRN, TEHRAN)
    b.responds_to = [a.event_id]
    c = attack("c", DAY + timedelta(days=2), HEZ, CIV, NEVATIM)

    infer_links([b, c], [a, b, c])

    assert b.responds_to_inferred == [] and c.responds_to_inferred == []


def test_inferred_scores_recency_and_place():
    near = attack("a", DAY + timedelta(days=5), IRN, ISR, NEVATIM)
    old = attack("b", DAY, IRN, ISR, NEVATIM)
    answer = attack("c", DAY + timedelta(days=6), ISR, IRN, NEVATIM)

    infer_links([answer], [old, near, answer])

    scores = {x["event_id"]: x["score"] for x in answer.responds_to_inferred}
    assert scores[near.event_id] > scores[old.event_id]


def test_side_is_one_for_a_states_forces():
    police = Actor("Police Forces of Israel", "isr-police", "state forces", "ISR")
    assert side(police) == side(ISR) == "state:ISR"
    assert side({"name": "Militants", "type": "rebel group", "backer": "IRN"}) == "Militants (IRN)"
    assert side(None) is None


# ---------------------------------------------------------------- order of the input documents

@pytest.fixture(scope="module")
def multi_events(nlp):
    """Each demo/multi document's own events (the per-document stage), extracted once."""
    from flashpoint.documents import read_documents
    docs = list(read_documents([str(ROOT / "demo" / "multi" / "docs.jsonl")]))
    return [extract_document(d) for d in docs]


def canonical(events: list[Event]) -> list[str]:
    return sorted(json.dumps(e.to_record(), sort_keys=True) for e in events)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_cross_report_result_does_not_depend_on_document_order(multi_events, rnd):
    reference = canonical(across_reports(copy.deepcopy([e for doc in multi_events for e in doc])))
    order = list(range(len(multi_events)))
    rnd.shuffle(order)
    shuffled = [e for i in order for e in copy.deepcopy(multi_events[i])]

    assert canonical(across_reports(shuffled)) == reference


def test_merging_in_two_batches_gives_the_ids_of_one_run(multi_events):
    from flashpoint.resolve.merge import merge_events, merge_new
    flat = [e for doc in multi_events for e in doc]
    at_once = {e.event_id for e in merge_events(copy.deepcopy(flat))}
    half = len(multi_events) // 2
    stored = merge_events(copy.deepcopy([e for doc in multi_events[:half] for e in doc]))
    new = copy.deepcopy([e for doc in multi_events[half:] for e in doc])

    result = merge_new(new, stored)

    kept = [e for e in stored if e.event_id not in result.replaced]
    assert {e.event_id for e in kept} | {e.event_id for e in result.events} == at_once
    assert set(result.replaced) <= {e.event_id for e in stored}
    random.Random(1).shuffle(new)
    again = merge_new(new, stored)
    assert {e.event_id for e in again.events} == {e.event_id for e in result.events}


def test_a_cue_followed_by_no_incident_is_no_cue():
    from flashpoint.resolve.links import _cue_span
    assert _cue_span("The army said, in response to questions, that its strike hit a depot.") is None
    said = "Jets struck the depot in response to questions about it and in retaliation for the raid."
    assert said[slice(*_cue_span(said))] == "in retaliation for"


def test_links_that_no_chronology_allows_are_dropped():
    a = attack("a", DAY, IRN, ISR, NEVATIM)
    b = attack("b", DAY, ISR, IRN, TEHRAN)
    early = attack("c", DAY - timedelta(days=5), ISR, IRN, TEHRAN)
    a.responds_to, b.responds_to, early.responds_to = [b.event_id], [a.event_id], [a.event_id]

    link_events([a, b, early])

    assert a.responds_to == [] and b.responds_to == [] and early.responds_to == []


def test_strikes_on_two_towns_in_one_sentence_answer_the_earlier_attack_not_each_other():
    first = "A rocket fired from Lebanon struck Majdal Shams on Saturday."
    second = "Israeli jets struck Kfar Kila and Khiam in response to the Majdal Shams attack."
    start = len(first) + 1
    day = date(2024, 7, 27)
    shared = mention(second, "attack", None, day, sent_index=1, sent_start=start)
    rocket = Cluster([mention(first, "struck", None, day)])
    kfar = Cluster([mention(second, "struck", ISR, day, retaliation=True, sent_index=1, sent_start=start), shared])
    khiam = Cluster([mention(second, "struck", ISR, day, retaliation=True, sent_index=1, sent_start=start), shared])
    clusters = [rocket, kfar, khiam]
    events = to_events(clusters, Document("doc", f"{first} {second}", day))

    link_report(clusters, events)

    assert events[1].responds_to == events[2].responds_to == [events[0].event_id]


# ---------------------------------------------------------------- the construction suite

def _suite():
    """The construction suite's runner (bench/links_suite.py) and its cases."""
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    import links_suite
    return links_suite, links_suite.load_cases()


SUITE_RUNNER, SUITE_CASES = _suite()


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=c["known"])]
                                               if c.get("known") else []) for c in SUITE_CASES])
def test_construction_suite_case(nlp, case):
    """Each short report of bench/data/links_suite.yaml gets exactly its expected explicit links (cue
    wordings x antecedent forms, across documents of one run, and negatives that must not link)."""
    outcome = SUITE_RUNNER.run_case(case)

    assert outcome.passed, (outcome.problems, outcome.got)


def test_construction_suite_covers_every_antecedent_form_and_negatives():
    forms = {c["form"] for c in SUITE_CASES}
    assert {"sentence", "definite", "date", "place", "pronoun", "paragraph", "document", "untold", "negative"} <= forms
    assert sum(c["form"] == "negative" for c in SUITE_CASES) >= 10


def test_cue_span_is_read_once_per_sentence_and_stays_right():
    from flashpoint.resolve.links import _cue_span
    sentence = "In response to the ambush, troops shelled the village."
    _cue_span.cache_clear()
    first = _cue_span(sentence)
    assert first is not None and sentence[first[0]:first[1]].lower() == "in response to"
    assert _cue_span(sentence) == first and _cue_span.cache_info().hits == 1
    assert _cue_span("Troops shelled the village.") is None


def test_copies_are_one_incident_told_twice_in_a_report():
    """Two events of a report are copies of one incident when type, named place and days agree and their authors
    are one side or one of them is unnamed; a day told once and a vaguer span (a week) a few days after it agree."""
    from flashpoint.resolve.links import _copies

    unnamed = Actor("Unidentified Armed Group", None, "political militia", None)
    told = attack("a", DAY, HEZ, ISR, NEVATIM, "Hezbollah fired a drone at Nevatim.")
    again = attack("a", DAY, unnamed, ISR, NEVATIM, "Tuesday's drone hit a hangar.")
    last_week = attack("a", DAY + timedelta(days=3), unnamed, None, NEVATIM, "last week's attack on Nevatim")
    last_week.date = DateSpan(DAY + timedelta(days=3), DAY + timedelta(days=9), "week", "last week")
    assert _copies(told, again) and _copies(again, told) and _copies(told, last_week)
    assert not _copies(told, attack("a", DAY + timedelta(days=1), HEZ, ISR, NEVATIM))  # another day
    assert not _copies(told, attack("a", DAY, IRN, ISR, NEVATIM))  # another named side
    assert not _copies(told, attack("a", DAY, HEZ, ISR, ISRAEL))  # another place
    # an unnamed attack on Israel's forces and Israel's answer on its day and place are two incidents
    assert not _copies(attack("a", DAY, ISR, HEZ, NEVATIM), again)
    far = attack("a", DAY + timedelta(days=9), unnamed, None, NEVATIM)
    far.date = DateSpan(DAY + timedelta(days=9), DAY + timedelta(days=15), "week", "last week")
    assert not _copies(told, far)
