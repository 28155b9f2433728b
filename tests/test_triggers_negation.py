"""Trigger finding, modality (what is not an event) and type classification, on real parses."""
import pytest

from flashpoint.extract.classify import classify
from flashpoint.extract.negation import assertion, habitual, not_violence
from flashpoint.extract.triggers import trigger_lexicon
from flashpoint.model import Actor


def triggers(parse, text):
    doc = parse(text)
    sent = next(iter(doc.sents))
    return [(doc[t.head], t) for t in trigger_lexicon().find(sent)]


def first_trigger(parse, text, word):
    for tok, t in triggers(parse, text):
        if tok.text == word:
            return tok
    raise AssertionError(f"no trigger {word!r} in {text!r}")


def test_finds_triggers_by_lemma(parse):
    words = [tok.text for tok, _ in triggers(parse, "Russian forces shelled the city and rebels ambushed a convoy.")]
    assert words == ["shelled", "ambushed"]


def test_open_fire_is_one_trigger(parse):
    found = triggers(parse, "A gunship opened fire on the militants.")
    assert [tok.text for tok, _ in found] == ["fire"]


@pytest.mark.parametrize("text,word", [
    ("President Biden had rejected more aggressive bombing options.", "bombing"),
    ("Hamas denied carrying out the attack.", "attack"),
    ("Israel vowed to retaliate against Hezbollah.", "retaliate"),
    ("The army could launch an offensive on the town next week.", "offensive"),
    ("The rebels did not attack the town.", "attack"),
    ("If the talks fail, the army will strike the rebels.", "strike"),
    ("The militia has stockpiled drones to attack shipping.", "attack"),
    # an unspecified or demanded incident stays unreal
    ("The general vowed to retaliate for any attack on the capital.", "attack"),
    ("The rebels called for strikes on the airport.", "strikes"),
    # the course not taken
    ("Critics questioned the case for sinking the boats rather than intercepting them and arresting their crews.",
     "arresting"),
    ("The governor chose to negotiate rather than storm the prison.", "storm"),
    ("Police fired tear gas instead of shooting at the marchers.", "shooting"),
    # what a denial denies, even when the parser hangs it as a relative clause
    ("The police force denies reports circulating on social networks that officers have been killed in the raids.",
     "killed"),
])
def test_not_events(parse, text, word):
    asserted, reason = assertion(first_trigger(parse, text, word))
    assert not asserted and reason


@pytest.mark.parametrize("text,word", [
    ("The United States struck facilities used by Kataib Hezbollah.", "struck"),
    ("Militants fired missiles at Al-Asad Air Base.", "fired"),
    ("Rebels continued to attack the town on Sunday.", "attack"),
    # what an act answers is told as fact, even under a verb that doubts or names the act
    ("The militia fired rockets at the airport in what it called revenge for an air strike on its headquarters.",
     "strike"),
    ("The rebels called the raid a reprisal for the shelling of their villages.", "shelling"),
    ("The minister promised to make the gangs pay for the ambush that killed nine policemen.", "ambush"),
    ("The army struck the camps, calling the raids a retaliatory operation for the bombing of a bus.", "bombing"),
])
def test_events(parse, text, word):
    asserted, reason = assertion(first_trigger(parse, text, word))
    assert asserted, reason


def test_weapons_decide_sub_type():
    d = classify("attack", ["missile"], None, None)
    assert (d.event_type, d.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    d = classify("remote", ["air"], None, Actor("Civilians", type="civilians"))
    assert d.sub_event_type == "Air/drone strike"  # an air strike on civilians stays an air strike


def test_target_decides_without_remote_weapon():
    civilians = Actor("Civilians", type="civilians")
    soldiers = Actor("Military Forces of Mali", type="state forces")
    assert classify("attack", ["small_arms"], None, civilians).event_type == "Violence against civilians"
    assert classify("kill", [], None, soldiers).sub_event_type == "Armed clash"


def test_territory_by_actor():
    state = Actor("Military Forces of Ukraine", type="state forces")
    rebels = Actor("M23", type="rebel group")
    assert classify("territory_lost", [], rebels, None).sub_event_type == "Non-state actor overtakes territory"
    assert classify("territory_regained", [], state, None).sub_event_type == "Government regains territory"
    assert classify("territory_lost", [], state, None).sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text,mode", [
    ("A suicide bomber blew himself up outside the police station.", "suicide"),
    ("Youths threw stones at the police.", "riot"),
    ("Demonstrators hurled bottles at the riot squad.", "riot"),
    ("The crowd set fire to the governor's office.", "arson"),
    ("They set the minibus alight.", "arson"),
    ("The militia pulled out of the town overnight.", "transfer"),
    ("Officers used tear gas on the marchers.", "protest"),
    # things blown up are explosions
    ("Thousands of pagers blew up across the capital on Tuesday, wounding hundreds.", "explosive"),
    ("Militants blew up a railway bridge outside the town overnight.", "explosive"),
])
def test_crowd_suicide_and_transfer_words(parse, text, mode):
    assert mode in [t.entry.mode for _, t in triggers(parse, text)]


def test_a_fire_extinguisher_is_no_arson(parse):
    assert "arson" not in [t.entry.mode for _, t in triggers(parse, "He grabbed a fire extinguisher.")]


def test_arson_by_a_crowd_is_a_riot_and_by_an_armed_group_property_destruction():
    rioters = Actor("Rioters", type="rioters")
    gunmen = Actor("Unidentified Armed Group", type="political militia")
    assert classify("arson", [], rioters, None).event_type == "Riots"
    assert classify("arson", [], None, None).event_type == "Riots"
    d = classify("arson", [], gunmen, None)
    assert (d.event_type, d.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_a_handover_is_a_non_violent_transfer():
    d = classify("transfer", [], Actor("Military Forces of Mali", type="state forces"), None)
    assert (d.event_type, d.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text,word", [
    ("Hackers staged a ransomware attack on the city council.", "attack"),
    ("The cyclone struck the coast on Saturday.", "struck"),
    ("The storm, which struck the island twice, killed 12 people.", "struck"),
    ("Rescuers are fighting a battle against time.", "battle"),
    ("The roof of the station collapsed, killing 15 people.", "killing"),
])
def test_not_violence(parse, text, word):
    assert not_violence(first_trigger(parse, text, word))


@pytest.mark.parametrize("text,word", [
    ("Gunmen stormed the hotel, killing 12 people.", "killing"),
    ("Rebels fought a battle against the army near Goma.", "battle"),
    ("A drone struck the depot on Saturday.", "struck"),
])
def test_violence_is_not_mistaken_for_something_else(parse, text, word):
    assert not_violence(first_trigger(parse, text, word)) is None


def test_shell_shocked_and_a_storm_are_no_triggers(parse):
    assert triggers(parse, "Staff were shell-shocked by the storm.") == []


@pytest.mark.parametrize("text,word", [
    ("The bombing may be linked to the raid in which soldiers killed nine militants.", "killed"),
    ("The president vowed to punish the village where gunmen attacked the base.", "attacked"),
])
def test_a_relative_clause_is_told_as_fact(parse, text, word):
    asserted, reason = assertion(first_trigger(parse, text, word))
    assert asserted, reason


def test_a_relative_clause_keeps_its_own_modal(parse):
    asserted, _ = assertion(first_trigger(parse, "They named a group that could attack the base.", "attack"))
    assert not asserted


def test_a_relative_clause_of_pronouns_stays_under_the_sentence(parse):
    text = "The new chief will face critics, some of whom fired back at the board."
    asserted, _ = assertion(first_trigger(parse, text, "fired"))
    assert not asserted



def test_phrases_single_words_and_hyphenated_halves_in_one_sentence(parse):
    # "car bomb" (a phrase) and "swept into" (a phrase whose word is its own lemma) are one trigger each
    doc = parse("A car bomb exploded, rebels swept into the town, and shell-shocked residents fled the shelling.")
    found = {doc[t.start:t.end].text: t.entry.mode for t in trigger_lexicon().find(doc[:])}
    assert found.get("car bomb") == "explosive" and found.get("swept into") == "territory_lost"
    assert found.get("shelling") == "remote"
    assert not {"car", "bomb", "swept", "shell"} & set(found)


# --- event and sub-event types on unseen-style text (issue 2): classify and the lexicons -----------------

def test_arson_that_kills_people_is_an_attack_on_them():
    rebels = Actor("Militants", type="rebel group")
    d = classify("arson", [], rebels, None, victims=["civilians"])
    assert (d.event_type, d.sub_event_type) == ("Violence against civilians", "Attack")
    d = classify("arson", [], rebels, Actor("Military Forces of Chad", type="state forces"), victims=["armed"])
    assert (d.event_type, d.sub_event_type) == ("Battles", "Armed clash")


def test_a_person_captured_is_arrested_by_the_state_and_abducted_by_anyone_else():
    police = Actor("Police Forces of Kenya", type="state forces")
    bandits = Actor("Bandits", type="political militia")
    assert classify("capture_person", [], police, None).sub_event_type == "Arrests"
    d = classify("capture_person", [], bandits, Actor("Civilians", type="civilians"))
    assert (d.event_type, d.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_crowd_called_a_mob_is_mob_violence_and_rioters_a_violent_demonstration():
    mob = Actor("Rioters", type="rioters", text="angry mobs")
    crowd = Actor("Rioters", type="rioters", text="rioters")
    assert classify("arson", [], mob, None).sub_event_type == "Mob violence"
    assert classify("riot", [], mob, None).sub_event_type == "Mob violence"
    assert classify("arson", [], crowd, None).sub_event_type == "Violent demonstration"


def test_from_the_air_names_an_air_strike(parse):
    doc = parse("The army attacked the market from the air on Friday.")
    assert ("from the air", "air") in trigger_lexicon().weapons_in(doc)


def test_a_bomber_is_a_person_unless_a_state_or_an_aircraft_type_says_otherwise(parse):
    lex = trigger_lexicon()
    doc = parse("A bomber killed nine people at a bus stop, and U.S. B-2 bombers hit two sites.")
    spans = lex.weapon_spans(doc)
    aircraft = lex.aircraft_terms(spans, doc)
    found = [(term, cls) for term, cls, _ in spans]
    assert lex.by_whom(found, state=False, aircraft=aircraft) == [("bomber", "explosive"), ("bombers", "air")]
    assert lex.by_whom(found, state=True, aircraft=aircraft) == [("bomber", "air"), ("bombers", "air")]


def test_people_killed_whom_nobody_calls_armed_are_civilians():
    gunman = Actor("Unidentified Armed Group", type="political militia")
    d = classify("attack", [], gunman, None, victims=["people"])
    assert (d.event_type, d.sub_event_type) == ("Violence against civilians", "Attack")
    assert classify("attack", [], gunman, None, victims=["people", "armed"]).sub_event_type == "Armed clash"
    assert classify("attack", [], gunman, None).sub_event_type == "Armed clash"  # nobody hit named at all

def test_what_an_act_answers_is_known_as_such(parse):
    from flashpoint.extract.negation import answered
    text = "The army shelled the hills, calling it a retaliatory operation for the ambush of a convoy."
    assert answered(first_trigger(parse, text, "ambush"))
    assert not answered(first_trigger(parse, text, "shelled"))


@pytest.mark.parametrize("text,word,asserted", [
    # "call" names what its predicate complement says: the drone attack happened
    ("Russian missiles struck Kharkiv in what Moscow called a reprisal for a Ukrainian drone attack on Belgorod.",
     "attack", True),
    # ...but "called for strikes" asks for them
    ("The minister called for strikes on the militants.", "strikes", False),
])
def test_a_naming_verb_names_and_a_calling_verb_asks(parse, text, word, asserted):
    assert assertion(first_trigger(parse, text, word))[0] is asserted


def test_a_definite_incident_a_cue_names_happened_whatever_is_vowed(parse):
    text = "Iran vowed to retaliate for the strike on its consulate in Damascus."
    assert assertion(first_trigger(parse, text, "strike"))[0] is True
    assert assertion(first_trigger(parse, text, "retaliate"))[0] is False


def test_weapon_spans_of_a_sentence_are_kept_and_equal_to_its_tokens(nlp):
    doc = nlp("Militants fired mortar shells and drones at the base. Troops answered with artillery fire.")
    lex = trigger_lexicon()
    for sent in doc.sents:
        first = lex.weapon_spans(sent)
        assert first == lex.weapon_spans(list(sent))  # the same terms as for its tokens
        first.clear()  # a caller's list is its own
        assert lex.weapon_spans(sent) == lex.weapon_spans(list(sent)) != []


def test_the_doer_set_against_another_by_rather_than_still_acted(parse):
    text = "Witnesses said it was the police, rather than the protesters, that shot the two students in Mombasa."
    assert assertion(first_trigger(parse, text, "shot"))[0] is True


@pytest.mark.parametrize("text,word,generic", [
    # a perfect with a bare "before" tells a record of past acts, not one incident
    ("The militia has attacked convoys on this road before.", "attacked", True),
    ("Separatists have shelled the port before, officials noted.", "shelled", True),
    # a dated "before" or a past perfect counts from a day the report names
    ("Rebels had attacked the town two days before.", "attacked", False),
    ("Gunmen have attacked a convoy near Gao, officials said.", "attacked", False),
])
def test_a_perfect_with_a_bare_before_is_a_habit(parse, text, word, generic):
    assert habitual(first_trigger(parse, text, word)) is generic
