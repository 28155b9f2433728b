"""Tests for flashpoint.extract.mentions: sentence -> incident mentions (victims named without figures,
running totals, which trigger a figure belongs to)."""
from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.casualties import find_casualties
from flashpoint.extract.mentions import single_victims
from flashpoint.model import Document
from flashpoint.pipeline import extract_document


@pytest.fixture(scope="module")
def victims(nlp):
    def _victims(text):
        sent = next(nlp(text).sents)
        return [(m.low, m.side) for m in single_victims(sent, find_casualties(sent.text))]
    return _victims


@pytest.mark.parametrize("text, expected", [
    ("A shell hit a minibus near Avdiivka, killing its driver.", [(1, "civilians")]),
    ("Karim Haddad, 41, was killed instantly.", [(1, None)]),
    ("Police commander Juan Ortega was shot dead outside his home.", [(1, "security")]),
    ("The general was killed along with his deputy and five others when the convoy was struck.", [(7, "security")]),
    ("The teacher was killed together with her son, a neighbour and a passing cyclist.", [(4, "civilians")]),
    ("Omar Farah, who was killed along with two bodyguards, led the council.", [(3, None)]),
])
def test_victims_named_without_a_figure_are_counted(victims, text, expected):
    assert victims(text) == expected


@pytest.mark.parametrize("text", [
    "The airstrike killed civilians.",          # a plural without a figure says no number
    "Officials said the decision killed the deal.",
    "Six people were killed in the blast.",     # the text finder already has it
])
def test_no_count_is_invented(victims, text):
    assert victims(text) == []


def test_a_listed_victim_the_text_finder_undercounts_is_raised(nlp):
    sent = next(nlp("Gunmen shot dead a policeman and his wife on Sunday.").sents)
    found = find_casualties(sent.text)
    single_victims(sent, found)
    assert [(m.low, m.high) for m in found if m.kind == "killed"] == [(2, 2)]


def _events(text, published):
    return [e for e in extract_document(Document("t", text, published=published)) if e.kind == "event"]


def test_a_killing_count_since_a_year_is_no_incidents_toll():
    events = _events("Seven people were killed on Friday when gunmen attacked a bus near Mopti. "
                     "The insurgency has killed more than 3,000 people since 2015.", date(2023, 5, 8))
    assert [(e.fatalities.low, e.fatalities.high) for e in events] == [(7, 7)]


def test_a_detail_after_the_running_toll_does_not_lower_it():
    events = _events("The death toll from Sunday's missile strikes on Odesa has risen to 21, officials said. "
                     "Three people were killed when a missile hit a school in the city centre.", date(2023, 7, 24))
    (strike,) = [e for e in events if e.location.name == "Odesa"]
    assert (strike.fatalities.low, strike.fatalities.high) == (21, 21)


def test_each_trigger_keeps_the_figure_its_clause_gives():
    events = _events("Al-Shabaab fighters attacked a hotel in Kismayo in July 2019, killing 26, "
                     "and an army base near Baidoa in March 2021 that killed 9.", date(2023, 1, 5))
    tolls = {e.location.name: (e.fatalities.low, e.fatalities.high) for e in events}
    assert tolls.get("Kismayo") == (26, 26)


def test_a_date_that_starts_with_before_is_the_incidents_own():
    (event,) = _events("Gunmen attacked a police post in Lamu before dawn on Sunday, killing two officers.",
                       date(2020, 1, 6))
    assert event.date.start == date(2020, 1, 5)


def test_the_rebels_are_the_one_group_the_report_names():
    events = _events("M23 rebels seized the town of Rubaya on Tuesday, residents said. On Wednesday the rebels "
                     "attacked army positions near Rubaya.", date(2024, 5, 2))
    attack = next(e for e in events if e.date.start == date(2024, 5, 1))
    assert attack.actor1.name == "M23" and attack.actor1.text == "the rebels"


def test_the_rebels_stay_a_class_when_the_report_names_two_groups():
    events = _events("M23 rebels seized Rubaya on Tuesday, and the Allied Democratic Forces raided a village in Ituri on Tuesday. "
                     "On Wednesday the rebels attacked army positions near Rubaya.", date(2024, 5, 2))
    attack = next(e for e in events if e.date.start == date(2024, 5, 1))
    assert attack.actor1.name != "M23"


def test_companions_raise_a_single_victim(nlp):
    sent = next(nlp("A drone strike killed a senior commander of the militia, along with two other people.").sents)
    found = find_casualties(sent.text)
    single_victims(sent, found)
    assert [(m.low, m.high) for m in found if m.kind == "killed"] == [(3, 3)]


@pytest.mark.parametrize("text, expected", [
    ("The number of people killed when a missile struck a nine-storey block in Zaporizhzhia on Sunday "
     "rose to 23 on Tuesday.", [("killed", 23)]),
    ("The number of wounded from Friday's shelling of the central market in Kherson has reached 31.",
     [("injured", 31)]),
])
def test_a_running_toll_far_from_its_verb(nlp, text, expected):
    from flashpoint.extract.mentions import running_tolls
    sent = next(nlp(text).sents)
    found = running_tolls(sent, find_casualties(sent.text))
    assert [(m.kind, m.low) for m in found] == expected and all(m.total for m in found)


def test_a_blamed_group_in_the_next_sentence_is_the_attacker():
    (event,) = _events("A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing eight people. "
                       "No group has claimed the bombing. Officials blamed al-Shabaab.", date(2023, 4, 3))
    assert event.actor1.name == "Al-Shabaab"


def test_a_sponsor_named_once_holds_for_the_report():
    from flashpoint import nlp
    from flashpoint.extract.mentions import named_actors, resources
    sdoc = nlp.load()("Yemen's Iran-backed Houthis have attacked ships since November. The Houthis said on "
                      "Monday they had fired missiles at a tanker.")
    houthis = next(a for a in named_actors(sdoc, resources()) if a.name == "Houthis")
    assert houthis.backer == "IRN"


def test_the_dead_of_a_hit_belong_to_it():
    (event,) = _events("At least six people, including two children, were killed and 11 wounded when a missile "
                       "hit Odesa on Monday.", date(2023, 7, 25))
    assert (event.fatalities.low, event.fatalities.high, event.fatalities.injured_low) == (6, 6, 11)
