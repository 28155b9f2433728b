"""Tests for flashpoint.resolve.coref: mentions of one report folded into incidents.

Each test reads a short report of its own through the per-document pipeline and asserts how
many events come out and what they carry.
"""
from __future__ import annotations

from datetime import date

from flashpoint.model import Document
from flashpoint.pipeline import extract_document


def events(text: str, published: date):
    return [e for e in extract_document(Document(id="c", text=text, published=published)) if e.kind == "event"]


def test_a_riot_against_police_and_a_mosque_is_one_event(nlp):
    text = ("Last Tuesday in Bolton, a crowd attacked a mosque and pelted officers with bricks, "
            "police said.")
    found = events(text, date(2024, 8, 5))
    assert len(found) == 1 and found[0].event_type == "Riots"


def test_an_arrest_is_not_the_ceasefire_told_before_it(nlp):
    text = ("A ceasefire between the army and the rebels took effect in Goma on Wednesday. "
            "Police detained a journalist at the airport.")
    found = events(text, date(2024, 3, 6))
    assert sorted(e.sub_event_type for e in found) == ["Agreement", "Arrests"]


def test_a_lede_told_before_its_details_joins_them(nlp):
    text = ("Twin bombings killed 31 people at a shrine in Mazar, officials said on Friday. "
            "The two blasts went off ten minutes apart on Thursday evening as pilgrims gathered.")
    found = events(text, date(2024, 2, 9))
    assert len(found) == 1
    e = found[0]
    assert e.date.start == date(2024, 2, 8) and e.fatalities.low == 31


def test_the_attack_never_points_ahead(nlp):
    text = ("The attack was condemned by the government.\n\n"
            "On Friday, gunmen killed four farmers in Zamfara.")
    found = events(text, date(2024, 2, 9))
    assert len(found) == 1 and [ev.sentence for ev in found[0].evidence] == [
        "On Friday, gunmen killed four farmers in Zamfara."]


def test_residents_stoning_and_a_lynching_are_one_mob(nlp):
    text = ("Residents pelted the two men with stones before setting them alight in Cap-Haitien. "
            "Both were killed, police said. Saturday's lynching shocked the town.")
    found = events(text, date(2024, 2, 10))
    assert len(found) == 1 and found[0].event_type == "Riots"


def test_the_blasts_in_the_next_paragraph_are_the_bombings_of_the_lede(nlp):
    text = ("Twin bombings killed 31 people at a shrine in Mazar, officials said on Friday.\n\n"
            "The two blasts went off ten minutes apart on Thursday evening as pilgrims gathered.")
    found = events(text, date(2024, 2, 9))
    assert len(found) == 1 and found[0].date.start == date(2024, 2, 8)


def test_a_day_told_next_to_an_undated_arrest_is_its_day(nlp):
    text = ("Police say 11 people have been detained over the shooting. "
            "Four of them were stopped in a car near Kursk early on Saturday after a chase.")
    found = [e for e in events(text, date(2024, 3, 25)) if e.sub_event_type == "Arrests"]
    assert len(found) == 1 and found[0].date.start == date(2024, 3, 23)


def test_a_bombing_told_once_as_a_suicide_attack_stays_one(nlp):
    text = ("A bomber blew himself up at the gate of the ministry in Ankara on Sunday morning. "
            "The bomb attack wounded two officers.")
    found = events(text, date(2023, 10, 2))
    assert len(found) == 1 and found[0].sub_event_type == "Suicide bomb"


def test_an_arrest_is_never_the_claimed_attack(nlp):
    text = ("A roadside bomb killed four soldiers in Quetta on Sunday. Police detained three men on Monday. "
            "The Islamic State group claimed responsibility.")
    found = events(text, date(2024, 3, 5))
    arrests = [e for e in found if e.sub_event_type == "Arrests"]
    bombs = [e for e in found if e.event_type == "Explosions/Remote violence"]
    assert len(arrests) == 1 and arrests[0].actor1.name != "Islamic State"
    assert len(bombs) == 1 and bombs[0].actor1.name == "Islamic State"


def test_live_blog_entries_take_the_day_of_their_section(nlp):
    text = ("Sunday 14 April\n\n"
            "05:20 GMT - US officials say American forces shot down more than 70 drones.\n\n"
            "Saturday 13 April\n\n"
            "20:10 GMT - Sirens sound across Israel.\n\n"
            "19:00 GMT - A strike on a depot in Damascus on April 1 killed seven officers.")
    found = events(text, date(2024, 4, 14))
    shot = [e for e in found if e.sub_event_type == "Disrupted weapons use"]
    assert len(shot) == 1 and shot[0].date.start == date(2024, 4, 14)

