"""Tests for flashpoint.resolve.coref: mentions of one report folded into incidents, and the
report's context filling what a sentence leaves out.

Each test reads a short report of its own through the per-document pipeline and asserts how
many events come out and what they carry.
"""
from __future__ import annotations

from datetime import date

import pytest

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


def test_an_unattributed_attack_gets_the_reports_only_attacking_group():
    found = events("Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing nine people. "
                     "On Saturday, a convoy of vehicles leaving Kismayo came under fire and four people were killed.",
                     date(2023, 6, 12))
    convoy = next(e for e in found if e.date.start == date(2023, 6, 10))
    assert convoy.actor1.name == "Al-Shabaab" and convoy.actor1.text is None


def test_no_attacker_is_guessed_when_a_state_also_strikes():
    found = events("Al-Shabaab fighters stormed a hotel in Kismayo on Friday. The army shelled positions "
                     "near Kismayo on Saturday. On Sunday a convoy near Kismayo came under fire.", date(2023, 6, 12))
    convoy = next((e for e in found if e.date.start == date(2023, 6, 11)), None)
    assert convoy is None or convoy.actor1.name != "Al-Shabaab"


def test_a_named_victim_does_not_lower_the_toll():
    (event,) = events("An airstrike on a market in Maarib killed 14 people on Monday, medics said. "
                       "The strike killed the market's owner, Salem Ali, witnesses said.", date(2023, 3, 7))
    assert (event.fatalities.low, event.fatalities.high) == (14, 14)


def test_victims_named_in_two_sentences_give_the_larger_list():
    (event,) = events("A drone strike on a car near Baghdad airport on Friday killed commander Ali Hassan. "
                       "Hassan was killed along with his driver and three guards.", date(2020, 1, 5))
    assert (event.fatalities.low, event.fatalities.high) == (5, 5)


def test_a_weekly_running_total_does_not_replace_a_days_own_toll():
    found = events("The number of people killed when explosions hit markets across Kharkiv this week has risen "
                     "to 30, officials said on Friday. A missile strike on a market in Kharkiv on Wednesday killed "
                     "14 people.", date(2024, 5, 31))
    wednesday = next(e for e in found if e.date.start == date(2024, 5, 29))
    assert (wednesday.fatalities.low, wednesday.fatalities.high) == (14, 14)


def test_a_toll_sentence_goes_to_the_incident_told_just_before_it():
    found = events("A suicide bomber struck a market in Maiduguri on Saturday. On Sunday officials put the "
                     "number of dead at 19. A second bomb went off near the market later on Saturday.",
                     date(2024, 6, 30))
    assert any((e.fatalities.low, e.fatalities.high) == (19, 19) for e in found)


def test_violence_against_civilians_has_civilians_as_actor2():
    (event,) = events("Gunmen massacred villagers in Yelwata on Friday night, local officials said.",
                       date(2025, 6, 15))
    assert event.event_type == "Violence against civilians" and event.actor2.name == "Civilians"


def test_the_wounded_say_who_was_hit():
    (event,) = events("A shell exploded near Avdiivka on Monday, wounding four civilians.", date(2023, 3, 7))
    assert event.actor2 is not None and event.actor2.name == "Civilians"


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



def test_a_protest_is_never_blamed_on_anyone(nlp):
    text = ("Tens of thousands of students rallied in Belgrade on Saturday.\n\n"
            "Opposition groups accused police of using a sonic weapon against the crowd.")
    found = [e for e in events(text, date(2025, 3, 16)) if e.event_type == "Protests"]
    assert found and all(e.actor1.name == "Protesters" for e in found)


def test_a_background_aside_after_an_incident_lends_no_place_to_the_next(nlp):
    # the aside names a country where a past campaign struck; it tells no incident, so it must not
    # wait for and fold into the next incident told (whose own site is in the sentence after it)
    text = ("The Malian army launched airstrikes in Mali early Tuesday, officials said.\n\n"
            "The latest round of attacks between the army and jihadists has occurred in Mali. "
            "That is a break from the approach that has mostly targeted targets in Burkina Faso.\n\n"
            "Hours earlier, a Malian army helicopter opened fire on four jihadists on Monday night. "
            "The jihadists had fired rockets at Tessalit airport.")
    found = events(text, date(2024, 3, 6))
    fire = next(e for e in found if e.date.start == date(2024, 3, 4) and e.actor1.country_code == "MLI")
    assert fire.location.country_code == "MLI"
    assert not any("Burkina Faso" in ev.sentence for ev in fire.evidence)


def test_a_lede_with_a_toll_still_waits_for_its_details_after_another_incident(nlp):
    text = ("Gunmen killed three farmers in Zamfara on Monday.\n\n"
            "Twin bombings killed 31 people at a shrine in Mazar, officials said on Friday.\n\n"
            "The two blasts went off ten minutes apart on Thursday evening as pilgrims gathered.")
    found = events(text, date(2024, 2, 9))
    assert len(found) == 2
    bombings = found[1]
    assert bombings.date.start == date(2024, 2, 8) and bombings.fatalities.low == 31
    assert len(bombings.evidence) == 2


def test_a_site_next_to_the_incident_beats_a_country_named_in_an_aside(nlp):
    # 'the strike' folds the aside into the helicopter's fire, but the aside's country tells where
    # a past campaign struck: the airport named beside the incident is where it happened
    text = ("A Malian army helicopter opened fire on four jihadists on Monday night. "
            "The jihadists had fired rockets at Tessalit airport. "
            "The strike marks a shift from an approach that has mostly targeted targets in Burkina Faso.")
    found = events(text, date(2024, 3, 6))
    fire = next(e for e in found if e.actor1.country_code == "MLI")
    assert fire.location.country_code == "MLI" and fire.location.precision == 1


def test_an_aside_naming_a_town_keeps_it_when_nothing_more_precise_is_near(nlp):
    # the country named next to the incident is less precise than the town the aside names
    text = ("Officials in Mali gave no details. Gunmen ambushed an army patrol on Monday night. "
            "The attack hit a checkpoint in Gao.")
    found = events(text, date(2024, 3, 6))
    assert len(found) == 1 and found[0].location.name == "Gao"


def _raid_hit(gap: str):
    text = ("Nigerian troops clashed with ISWAP fighters near Monguno on Saturday. "
            "On Sunday, Nigerian jets also carried out airstrikes near Maiduguri." + gap +
            "The targets were camps used by Boko Haram, the air force said.")
    raid = next(e for e in events(text, date(2024, 3, 6)) if e.date.start == date(2024, 3, 3))
    return raid.actor2.name if raid.actor2 is not None else None


def test_targets_used_by_a_group_in_the_next_sentence_name_who_was_hit(nlp):
    assert _raid_hit(" ") == "Boko Haram"


def test_targets_named_after_a_paragraph_break_are_not_the_incidents(nlp):
    assert _raid_hit("\n\n") != "Boko Haram"


def test_people_killed_by_a_bomb_with_nobody_else_named_as_hit_are_civilians(nlp):
    found = events("A car bomb killed 12 people at a busy junction in Mogadishu on Saturday, police said.",
                   date(2017, 10, 16))
    assert len(found) == 1 and found[0].actor2 is not None and found[0].actor2.name == "Civilians"


def test_soldiers_killed_by_a_bomb_are_not_made_civilians(nlp):
    found = events("A roadside bomb killed three soldiers near Mogadishu on Saturday, police said.",
                   date(2017, 10, 16))
    assert len(found) == 1 and (found[0].actor2 is None or found[0].actor2.name != "Civilians")


def test_a_protest_the_police_broke_up_has_the_police_as_actor2(nlp):
    text = ("Tens of thousands of protesters rallied outside parliament in Tbilisi on Tuesday. "
            "Riot police pushed back demonstrators who tried to block the entrances, and 13 people were detained.")
    found = [e for e in events(text, date(2024, 5, 15)) if e.event_type == "Protests"]
    assert found and all(e.actor2 is not None and e.actor2.name == "Police Forces of Georgia" for e in found)


def test_a_peaceful_protest_has_no_actor2(nlp):
    found = events("Thousands of protesters marched peacefully through Tbilisi on Tuesday.", date(2024, 5, 15))
    assert [e.actor2 for e in found if e.event_type == "Protests"] == [None]


def test_protests_in_two_regions_and_a_town_of_a_third_are_three_events(nlp):
    text = ("Soldiers opened fire on protesters at the airport in Ayacucho on Thursday, killing eight people. "
            "Protesters also blocked highways in the southern regions of Apurimac and Arequipa on Thursday.")
    found = events(text, date(2022, 12, 16))
    assert sorted((e.location.name, e.location.precision) for e in found) == [
        ("Apurímac", 3), ("Arequipa", 3), ("Ayacucho", 1)]


# ---------------------------------------------------------------- which incident a toll belongs to

def _tolls(text: str, published: date) -> list[tuple]:
    return sorted((e.date.start, e.fatalities.low, e.fatalities.high) for e in events(text, published))


def test_a_toll_after_a_riot_is_the_riots_and_a_second_source_opens_a_range(nlp):
    text = ("A crowd beat and burned to death several men accused of theft in Cap-Haitien on Monday. "
            "Residents pelted them with stones and set them alight. At least 9 people were killed, police "
            "said. A rights group put the number at 11.")
    found = events(text, date(2024, 5, 7))
    assert len(found) == 1 and found[0].event_type == "Riots"
    assert (found[0].fatalities.low, found[0].fatalities.high) == (9, 11)


def test_attackers_and_defenders_killed_are_summed(nlp):
    text = ("Jihadist fighters attacked an army post in Diffa on Sunday, the army said. "
            "Twelve of the attackers were killed. Two soldiers also died.")
    assert _tolls(text, date(2024, 5, 7)) == [(date(2024, 5, 5), 14, 14)]


def test_dead_told_as_also_killed_add_to_the_strike_not_to_the_attack_it_answered(nlp):
    text = ("An Israeli strike hit a building in Dahiyeh on Tuesday evening. The Israeli military said it "
            "had killed a senior Hezbollah commander, and said the strike was in retaliation for Saturday's "
            "rocket attack on Metula, which killed three farmers. Two civilians were also killed, the health "
            "ministry said.")
    assert _tolls(text, date(2024, 5, 8)) == [(date(2024, 5, 4), 3, 3), (date(2024, 5, 7), 3, 3)]


def test_a_zero_for_one_side_does_not_undo_the_dead(nlp):
    text = "Rebels shelled the town of Kalehe on Monday, killing four civilians. No soldiers were killed, the army said."
    assert [(e.fatalities.low, e.fatalities.high) for e in events(text, date(2024, 5, 8))] == [(4, 4)]


def test_a_lede_count_over_two_incidents_is_not_copied_to_each(nlp):
    text = ("Two journalists have been killed in two days in Mexico. On Monday a reporter was shot dead in "
            "Tijuana. On Tuesday gunmen killed a photographer in Culiacan.")
    assert _tolls(text, date(2024, 5, 8)) == [(date(2024, 5, 6), 1, 1), (date(2024, 5, 7), 1, 1)]


def test_a_running_total_since_january_is_no_incidents_toll(nlp):
    text = ("Fighting in the region has killed at least 300 people since January, the UN said. On Monday, a "
            "drone strike on a market in Kutum killed 12 people.")
    assert [(e.fatalities.low, e.fatalities.high) for e in events(text, date(2024, 5, 8))] == [(12, 12)]


def test_unknown_is_null_and_no_casualties_is_zero(nlp):
    silent = events("Militants attacked a checkpoint near Dori on Friday. The army said on Saturday that the "
                    "assault had been repelled.", date(2024, 5, 8))
    assert [(e.fatalities.low, e.fatalities.high) for e in silent] == [(None, None)]
    zero = events("Militants attacked a checkpoint near Dori on Friday. There were no casualties, the army said.",
                  date(2024, 5, 8))
    assert [(e.fatalities.low, e.fatalities.high) for e in zero] == [(0, 0)]


def test_a_revised_toll_and_a_higher_claim_span_the_range(nlp):
    text = ("Gunmen stormed a village in Plateau state on Sunday night, killing at least 30 people, local "
            "officials said. The toll later rose to 45, while Amnesty International said more than 100 had "
            "been killed.")
    assert [(e.fatalities.low, e.fatalities.high) for e in events(text, date(2024, 5, 8))] == [(30, 100)]


def test_people_shot_dead_at_a_protest_are_its_toll_and_the_police_its_actor2(nlp):
    text = ("Thousands of protesters marched on parliament in Nairobi on Tuesday against new taxes. "
            "Police fired tear gas and live rounds at the crowd. At least six people were shot dead, "
            "rights groups said.")
    found = events(text, date(2024, 6, 25))
    assert len(found) == 1
    e = found[0]
    assert e.event_type == "Protests" and e.sub_event_type == "Excessive force against protesters"
    assert (e.fatalities.low, e.fatalities.high) == (6, 6)
    assert e.actor1.type == "protesters" and e.actor2 is not None and e.actor2.type == "state forces"


def test_a_second_bomb_is_an_incident_of_its_own():
    found = events("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing 20 people, police said. "
                   "A second bomb exploded in another district two hours later, killing two people.",
                   date(2024, 3, 10))
    assert sorted((e.fatalities.low, e.fatalities.high) for e in found) == [(2, 2), (20, 20)]


def test_the_attackers_killed_in_the_attack_are_its_dead_too():
    (event,) = events("Militants stormed an army base near Djibo on Sunday, killing nine soldiers. Five attackers "
                      "were also killed, the army said.", date(2024, 3, 12))
    assert (event.fatalities.low, event.fatalities.high) == (14, 14)


def test_dead_at_a_town_of_their_own_are_not_the_strikes_toll():
    found = events("A drone strike killed four people in Nabatieh on Tuesday. In Tyre, two civilians were killed, "
                   "the health ministry said.", date(2024, 3, 14))
    assert sorted((e.fatalities.low, e.fatalities.high) for e in found) == [(2, 2), (4, 4)]


def test_a_zero_toll_after_a_wounding_is_the_incidents():
    (event,) = events("A rocket hit a school in Sderot on Tuesday, wounding two people. No deaths were reported, "
                      "police said.", date(2024, 3, 14))
    assert (event.fatalities.low, event.fatalities.high, event.fatalities.injured_low) == (0, 0, 2)


def test_what_a_cue_names_is_not_the_answer_told_beside_it(nlp):
    text = ("M23 rebels shelled the outskirts of Goma on Tuesday, killing four civilians. The group called the "
            "shelling a response to army drone strikes on its positions near Sake on Sunday.")
    found = events(text, date(2024, 3, 6))
    shelling = [e for e in found if e.actor1.name == "M23"]
    strikes = [e for e in found if e.trigger == "strikes"]
    # the anaphoric "the shelling" is the rebels' Tuesday shelling; the strikes it answered are their own incident
    assert len(shelling) == 1 and len(strikes) == 1
    assert shelling[0].date.start == date(2024, 3, 5) and strikes[0].date.start == date(2024, 3, 3)
    assert shelling[0].responds_to == [strikes[0].event_id]


def test_an_incident_told_at_a_countrys_scale_takes_the_site_the_next_sentence_names():
    found = events("Iran fired more than a dozen ballistic missiles at two bases in Iraq hosting U.S. troops early "
                   "on Wednesday. The Pentagon said the missiles were aimed at Ain al-Asad air base in western "
                   "Iraq's Anbar province, and at Erbil.", date(2020, 1, 8))
    assert [(e.location.name, e.location.precision) for e in found if e.kind == "event"] == [("Al-Asad Air Base", 1)]


def test_a_lede_total_without_a_town_gives_way_to_the_towns_own_count():
    found = events("At least 14 people were killed on Tuesday when police fired on protesters who tried to storm "
                   "government offices across Bangladesh. Twelve died in Dhaka, where crowds broke through "
                   "barricades around the parliament complex, and two in Chittagong.", date(2024, 3, 14))
    assert [(e.fatalities.low, e.fatalities.high) for e in found if e.fatalities.low is not None] == [(12, 12)]


def test_pupils_abducted_in_an_attack_that_killed_others_are_that_attack(nlp):
    text = ("Rebels attacked a boarding school in Kasese on Friday night, killing 20 pupils. "
            "Five other pupils were abducted in the attack, the police said.")
    found = events(text, date(2023, 6, 18))
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]
def test_an_undated_incident_does_not_take_a_background_day_long_before_the_report(nlp):
    text = ("Protesters set fire to cars in Jos, police said.\n\n"
            "The riot was deadlier than the clashes at Bukuru on Sept. 7, 2018, when 20 people died.")
    found = events(text, date(2024, 2, 9))
    riots = [e for e in found if e.event_type == "Riots"]
    assert riots and riots[0].date.start.year == 2024


def test_an_undated_incident_does_not_take_the_month_of_a_background_truce_told_before_it(nlp):
    text = ("Gunmen killed five villagers near Gao on Tuesday, the governor said, hours after mortar rounds were fired "
            "at the town for the first time since a peace deal was signed in August.\n\n"
            "The army said two of the rounds had been shot down over the airport at dawn. In response, troops shelled "
            "rebel positions east of the town.")
    days = {(e.date.start, e.date.precision) for e in events(text, date(2024, 10, 15)) if e.sub_event_type != "Agreement"}
    assert days == {(date(2024, 10, 15), "day")}, days


def test_a_day_found_for_an_incident_after_a_paragraph_break_does_not_reach_back_across_it(nlp):
    # the day of "Talks ... resumed on Wednesday" is the looting's, told after it in its paragraph; the shelling,
    # a paragraph earlier, has no day of its own and keeps the day of publication
    text = ("Rebels shelled the town of Rutshuru, killing two farmers, local officials said. In a separate attack, "
            "militiamen set fire to a school in Djugu, killing a teacher.\n\nTalks between the government and the "
            "rebels resumed in Kampala on Wednesday. Gunmen later looted a clinic near Mahagi.")
    by_place = {e.location.name: e.date.start for e in events(text, date(2024, 5, 10))}
    assert by_place.get("Rutshuru") == date(2024, 5, 10), by_place


def test_two_kinds_of_public_place_in_one_town_on_one_day_are_two_events(nlp):
    text = ("A bomb exploded at a bus station in Jos on Sunday, killing seven passengers. "
            "Later that day gunmen attacked a church in Jos, shooting dead three worshippers, police said.")
    found = events(text, date(2018, 5, 14))
    assert len(found) == 2
    assert sorted(e.fatalities.low for e in found) == [3, 7]


def test_one_site_told_again_with_a_hospital_beside_it_is_one_event(nlp):
    text = ("A bomb tore through the bus station in Quetta on Monday, killing 16 people. Doctors at the city's "
            "main hospital said 30 wounded had been brought in. The blast at the bus station was the deadliest "
            "in the city this year.")
    assert len(events(text, date(2019, 4, 16))) == 1


def test_an_incident_told_with_its_own_day_does_not_join_an_undated_one_told_sentences_before(nlp):
    text = ("Al-Shabaab fighters attacked a police station in the Lower Shabelle region, killing four officers, a "
            "police spokesman said. The attackers burned two vehicles before withdrawing. Police reinforcements "
            "arrived hours later. Residents said the town was calm. On Saturday, al-Shabaab fighters ambushed an "
            "army convoy near Afgoye, killing six soldiers, the army said.")
    found = events(text, date(2023, 11, 20))
    assert sorted(e.fatalities.low for e in found) == [4, 6]


def test_an_answer_told_with_a_bare_cue_is_not_the_attack_told_before_it(nlp):
    text = ("Two soldiers were killed on Wednesday when militants fired anti-tank missiles at an army convoy near "
            "Metula, calling the attack revenge for an air strike that killed six fighters ten days ago. In response, "
            "army artillery pounded villages across the border. A UN peacekeeper was killed at a UN position near "
            "the border during the shelling.")
    found = events(text, date(2015, 1, 28))
    assert len(found) == 3
    assert any("In response" in e.evidence[0].sentence for e in found)


def test_two_records_read_from_one_sentence_never_share_an_id():
    from flashpoint.model import Actor, Casualties, DateSpan, Event, Evidence, Place
    from flashpoint.resolve.coref import _distinct_ids

    def record(actor: str, spans: list[tuple[int, int]]) -> Event:
        e = Event(kind="event", event_type="Battles", sub_event_type="Armed clash",
                  actor1=Actor(actor, None, "rebel group", "IND", None, None), actor2=None,
                  date=DateSpan(date(2025, 5, 21), date(2025, 5, 21), "day", None),
                  location=Place("Dantewada", None, "India", "IND", 18.9, 81.35, 1, "Dantewada", "town"),
                  fatalities=Casualties(), evidence=[Evidence("r", a, b, "x") for a, b in spans],
                  sources=["r"], confidence=0.8, trigger="gunfight")
        e.assign_id()
        return e

    first, second, third = record("Maoists", [(10, 90)]), record("Maoists", [(10, 90), (91, 130)]), record("Police", [(10, 90)])
    assert first.event_id == second.event_id == third.event_id  # one sentence, type, trigger and place
    _distinct_ids([first, second, third])
    ids = [first.event_id, second.event_id, third.event_id]
    assert len(set(ids)) == 3
    again = [record("Maoists", [(10, 90)]), record("Maoists", [(10, 90), (91, 130)]), record("Police", [(10, 90)])]
    _distinct_ids(again)
    assert [e.event_id for e in again] == ids  # stable across runs


def test_a_village_the_gazetteer_does_not_know_is_in_the_town_that_places_it(nlp):
    # the unknown village is placed at the district's town the sentence names (extract/arguments.py
    # `_unknown_place`): "the attack ... in Bannu district, where gunmen ambushed ..." is one incident, not one at
    # the town and one at the village
    texts = [("In three days, insurgents struck a convoy, a market and a police post, and the governor is under "
              "pressure. The first and worst attack came on Friday evening in Bannu district, where gunmen ambushed a "
              "police van near the village of Sokari Khel. Six policemen were killed, officials said.", date(2024, 5, 13)),
             ("Bandits have raided four communities this month. The deadliest raid came on Tuesday night in Gusau, "
              "where armed men stormed a wedding near the village of Tungar Kwana. Eleven guests were killed.",
              date(2024, 9, 12))]
    for text, published in texts:
        found = events(text, published)
        assert len(found) == 1, [(e.location.name, e.fatalities.low) for e in found]
        assert found[0].fatalities.low in (6, 11)


def test_two_villages_the_gazetteer_does_not_know_stay_two_incidents(nlp):
    # both placed at the same town: two villages, not one
    text = ("On Monday gunmen burned houses in the village of Tungar Kwana near Gusau, killing four people. "
            "On Monday bandits stormed the village of Dan Kurmi near Gusau and abducted 20 women.")
    found = events(text, date(2024, 9, 12))
    assert len(found) == 2


def test_a_claim_for_one_place_of_a_doer_phrase_told_for_several_names_the_doer_of_each(nlp):
    text = ("OUAGADOUGOU, June 4 - The army said the assailants struck Dori, the regional capital near the Niger "
            "border, as well as Kaya, Titao and Ouahigouya on Monday. It gave no toll. Residents of Dori told "
            "reporters that shooting lasted several hours near the gendarmerie. The Islamic State Sahel Province "
            "claimed responsibility for the attacks on Dori and Kaya in a statement on Tuesday.")
    found = events(text, date(2024, 6, 4))
    assert {e.location.name for e in found} >= {"Dori", "Titao", "Ouahigouya"}
    assert all(e.actor1.name == "Islamic State Sahel Province" for e in found)


def test_people_abducted_and_killed_are_an_attack(parse):
    # ACLED: an abduction whose captives were killed is coded as the attack on them
    text = ("Police on Saturday found the bodies of nine traders who had been kidnapped by gunmen from a market in "
            "Gumsu a week earlier, officials said.")
    events = [e for e in extract_document(Document(id="t", text=text, published=date(2024, 6, 9)))
              if e.kind == "event"]
    assert events and events[0].event_type == "Violence against civilians"
    assert events[0].sub_event_type == "Attack"


def test_the_attack_retold_with_another_target_is_the_same_incident(parse):
    # "the attack" with no doer or day of its own points back, whoever the speaker says it hit
    text = ("A suicide bomber blew himself up in a crowded mosque in Dalo on Friday, killing 30 worshippers, "
            "officials said. The militant group said the attack targeted soldiers of the district garrison.")
    events = [e for e in extract_document(Document(id="t", text=text, published=date(2024, 6, 9)))
              if e.kind == "event"]
    assert len(events) == 1


# ---------------------------------------------------------------- tolls9: other counts of the same dead

@pytest.mark.parametrize("text, published, low, high", [
    # an earlier running toll beside a telling that counts only the wounded: the range's low end
    ("MOSUL, March 4 - A car bomb tore through a crowded market in Mosul on Monday, killing 23 people, "
     "officials said. The blast also wounded 40 shoppers. "
     "The toll had stood at 17 on Monday night before more of the wounded died.", date(2025, 3, 4), 17, 23),
    # the dead at the scene are a part of the lede's toll; the attackers are added to it
    ("Nine soldiers were killed on Tuesday when militants stormed an army post in Bannu, the army said. "
     "Six soldiers died at the scene; the others died on the way to hospital. "
     "All four attackers were killed.", date(2025, 7, 9), 13, 13),
])
def test_counts_of_the_same_dead_fold_into_one_range(nlp, text, published, low, high):
    found = events(text, published)
    assert len(found) == 1 and (found[0].fatalities.low, found[0].fatalities.high) == (low, high)


def test_an_act_dated_by_its_announcement_takes_the_day_the_next_sentence_gives(nlp):
    text = ("The air force said on Thursday that one of its jets had wrongly bombed a wedding party in "
            "the northern province of Sokoto, killing dozens of guests. "
            "The strike late on Monday hit the village of Gidan Bako, residents said.")
    found = events(text, date(2024, 4, 11))
    assert len(found) == 1 and found[0].date.start == date(2024, 4, 8)


def test_an_earlier_attack_named_beside_an_announced_act_stays_apart(nlp):
    text = ("Police said on Friday that officers had shot dead a man in Tarragona who they believe planted "
            "the bomb in last Sunday's attack on a bus station in Lleida.")
    found = events(text, date(2024, 5, 17))
    assert {e.date.start for e in found} >= {date(2024, 5, 12), date(2024, 5, 17)}


def test_an_undated_report_takes_the_first_day_it_names_that_is_no_day_of_saying(nlp):
    text = ("The defence ministry gave its account of the raid on the Garissa barracks in a statement issued on "
            "Tuesday.\n\nOn the night of 4 June, a group of gunmen tried to force their way into the barracks.\n\n"
            "Soldiers on guard engaged the attackers and drove them off after a two-hour exchange of fire.")
    found = events(text, date(2023, 6, 7))
    assert found and all(e.date.start == date(2023, 6, 4) for e in found)


def test_an_undated_report_naming_only_a_day_long_past_keeps_its_publication_day(nlp):
    text = ("Soldiers on guard engaged gunmen at the Garissa barracks and drove them off after a two-hour exchange "
            "of fire.\n\nThe barracks were last attacked on 4 June 2019, by a different group.")
    found = [e for e in events(text, date(2023, 6, 7)) if e.date.start is not None and e.date.start.year == 2023]
    assert found and found[0].date.start == date(2023, 6, 7)


# ---------------------------------------------------------------- coref11: a part of an incident told is no new one

def _told_alone(found, sentence: str) -> bool:
    """Return True when some event rests on that one sentence only."""
    return any([ev.sentence for ev in e.evidence] == [sentence] for e in found)


def test_a_side_wounded_just_after_the_exchange_of_fire_is_that_fight(nlp):
    wounded = "One officer was shot and wounded, the spokesman said."
    text = ("Gunmen raided a cattle market in Zurmi late on Sunday and seized about 30 traders, police said. "
            "Police officers guarding the market exchanged fire with the raiders. "
            "Most of the traders were taken into the forest. No deaths were reported. " + wounded)
    assert not _told_alone(events(text, date(2024, 6, 3)), wounded)


def test_an_attacker_shot_at_the_scene_by_a_bystander_ends_the_attack(nlp):
    text = ("Two gunmen opened fire at a cafe in the town of Hadera on Friday, killing three people, police said. "
            "One of the gunmen was shot dead at the scene by an armed civilian.")
    found = events(text, date(2024, 6, 8))
    assert len(found) == 1 and found[0].fatalities.low == 4


@pytest.mark.parametrize("claim", [
    "Islamic State claimed responsibility for the bombing on Monday through its news agency.",
    # (a rewritten web copy's grammar)
    "In an audio message which surfaced on Tuesday, the group's leader claim that his fighters was behind the bombing.",
])
def test_a_claim_of_the_bombing_on_a_later_day_tells_no_second_one(nlp, claim):
    text = "A suicide bomber killed 20 people at a party rally in Khar on Sunday, officials said. " + claim
    found = events(text, date(2024, 6, 12))
    assert len(found) == 1 and found[0].date.start == date(2024, 6, 9)


@pytest.mark.parametrize("text, published, count", [
    # the other side's fire in the gunfight told
    ("Soldiers killed 12 Boko Haram fighters in a gunfight in the hills near Mayahi on Monday, the army said. "
     "The Boko Haram fighters opened fire as the patrol approached, and the exchange lasted two hours.",
     date(2024, 6, 4), 1),
    # a comment on the strike told ("the first since ..."), at the region around its town
    ("Late on Thursday, an army drone struck a car near a checkpoint outside Tubas, killing two militants, the army "
     "said. It was the army's first drone strike in the West Bank in two decades.", date(2024, 6, 14), 1),
    # what a crowd did on its rampage, in the rampage's sentence
    ("Hundreds of armed settlers rampaged through the village of Qaryut on Saturday, setting fire to homes and "
     "cars, residents said.", date(2024, 6, 16), 1),
    # the police's tear gas at the crowd of the riot told
    ("Mobs set fire to shops and homes in the town of Mawanella on Monday, police said. "
     "Police fired tear gas to disperse crowds in Mawanella and imposed a curfew.", date(2024, 6, 12), 1),
    # a step of the attack told in the sentence that retells it, whoever it names as hit
    ("Twelve women were killed on Tuesday when members of the Barrio 18 gang attacked a rival wing of the prison "
     "in Comayagua, officials said. The attack began early on Tuesday, when gang members overpowered guards and "
     "entered the wing holding inmates of the rival MS-13, officials said.", date(2024, 6, 14), 1),
    # the same gang, the same day, another town: a second incident
    ("Gunmen killed five farmers in Zurmi on Monday, police said. The same gang attacked a police post in "
     "Maru on Monday, wounding two officers.", date(2024, 6, 4), 2),
    # a wounded officer at a town and day of his own is an incident of his own
    ("Police exchanged fire with robbers in Kano on Monday. "
     "In Kaduna, a police officer was shot and wounded on Tuesday.", date(2024, 6, 5), 2),
])
def test_a_part_or_a_comment_of_the_incident_told_is_that_incident(nlp, text, published, count):
    """A part of an incident or a comment on it, told with no day or town of its own, is that incident; an act
    at a town of its own is a second one."""
    assert len(events(text, published)) == count


def test_a_generic_weapon_beside_the_fighting_does_not_tie_it_to_a_recalled_blast(nlp):
    fighting = "The militiamen fired back with rifles and grenades, and the fighting lasted an hour."
    text = ("Gunmen opened fire on members of a tribal militia in Basra on Tuesday, killing four of them, "
            "in a feud over last year's refinery explosion, officials said. " + fighting)
    found = events(text, date(2024, 6, 19))
    assert any(e.event_type == "Battles" and e.date.start == date(2024, 6, 18)
               and fighting in [ev.sentence for ev in e.evidence] for e in found)



# ---------------------------------------------------------------- session 11: named dead, sources, claimed counts

@pytest.mark.parametrize("text, published, expected", [
    # a named victim "and four other people" (5), then a hospital's count of the same dead: a range
    ("Gunmen on motorbikes attacked the convoy of a district chief near Tillaberi on Sunday. "
     "The chief and four other people died, the interior ministry said. "
     "A local hospital told reporters that seven people had died of their wounds.", date(2024, 3, 12), (5, 7)),
    # a group's vague claim ("dozens") told at a town is no town's share of the lede's figure
    ("Two car bombs exploded minutes apart in a small town in central Somalia on Tuesday, killing at least "
     "23 people, police said. A clan elder said on Wednesday that 31 bodies had been buried and that dozens "
     "of wounded were being treated in Beledweyne. Al Shabaab said its fighters had targeted officers "
     "gathered in the town and claimed to have killed dozens of them.", date(2024, 3, 13), (23, 31)),
    # the attackers shot dead, counted by the sentence before ("three gunmen"): 5 + 3
    ("Three gunmen opened fire on worshippers outside a church in Kaduna on Sunday, killing five people. "
     "The attackers were shot dead at the scene by soldiers, the army said.", date(2024, 3, 12), (8, 8)),
])
def test_tolls_told_over_several_sentences(nlp, text, published, expected):
    assert [(low, high) for _, low, high in _tolls(text, published)] == [expected]


def test_an_overall_toll_of_two_blasts_is_not_one_blasts_own():
    found = events("A car bomb hit a bus station in Swabi on Monday. Hours later a second bomb exploded outside a "
                   "bank in Mardan, killing 12 people. Officials put the overall toll at 19.", date(2024, 4, 2))
    mardan = next(e for e in found if e.location is not None and e.location.name == "Mardan")
    assert (mardan.fatalities.low, mardan.fatalities.high) == (12, 12)


def test_a_summed_total_over_more_dead_than_the_incident_told_is_not_its_toll():
    found = events("Riot police fired on demonstrators in Kisumu on Tuesday night. Six people were killed in Kisumu "
                   "and two in the nearby town of Ahero, officials said. By Thursday four more of the wounded had "
                   "died, bringing the total to 12.", date(2024, 7, 5))
    assert any((e.fatalities.low, e.fatalities.high) == (6, 6) for e in found)
    assert not any(e.fatalities.low == 12 for e in found)


def test_a_summed_total_that_adds_to_the_incidents_own_count_is_its_toll():
    (event,) = events("A suicide bomber struck a wedding in Kunduz on Saturday, killing eight guests. On Sunday two "
                      "more of the wounded died, bringing the total to 10.", date(2024, 7, 1))
    assert (event.fatalities.low, event.fatalities.high) == (10, 10)
