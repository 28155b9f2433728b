"""Tests for flashpoint.nlp: the loaded pipeline and its `paragraph_breaks` sentence starts.

Headlines, wire datelines and ledes must come out as sentences of their own, so that a headline
never runs into the lede and a dateline never becomes the lede's subject.
"""
from __future__ import annotations

import pytest

from flashpoint import nlp as seam


def sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents]


def lede_of(doc, lede: str):
    """Return the sentence of `doc` that starts where `lede` starts in the text."""
    start = doc.text.index(lede)
    found = [s for s in doc.sents if s.start_char == start]
    assert found, f"no sentence starts at {lede[:30]!r}: {sentences(doc)}"
    return found[0]


# ---------------------------------------------------------------- the pipeline

def test_load_is_cached_and_breaks_before_the_parser(nlp):
    assert seam.load() is nlp
    names = nlp.pipe_names
    assert "paragraph_breaks" in names
    assert names.index("paragraph_breaks") < names.index("parser")


def test_pipe_keeps_order(nlp):
    texts = ["Rebels shelled Goma on Monday.", "Police arrested 40 protesters in Dakar.", "Nothing happened."]

    docs = list(seam.pipe(texts, batch_size=2))

    assert [d.text for d in docs] == texts


# ---------------------------------------------------------------- paragraph breaks

def test_blank_line_starts_a_sentence(parse):
    text = ("Drones hit fuel depot in Bryansk\n\n"
            "Ukrainian drones set a fuel depot in Russia's Bryansk region on fire overnight, the governor said.")

    doc = parse(text)

    assert sentences(doc) == ["Drones hit fuel depot in Bryansk",
                              "Ukrainian drones set a fuel depot in Russia's Bryansk region on fire overnight, "
                              "the governor said."]


def test_headline_without_full_stop_and_a_single_line_break(parse):
    lede = "Rebels shelled the outskirts of Goma on Monday, killing three civilians, local officials said."
    text = f"Three killed as shells hit Goma suburb\n{lede} Hundreds of families fled toward the lake."

    doc = parse(text)

    assert sentences(doc)[0] == "Three killed as shells hit Goma suburb"
    assert lede_of(doc, lede).text.strip() == lede


def test_each_paragraph_starts_a_sentence(parse):
    paragraphs = [
        "Soldiers clash with gunmen near Tillaberi",
        "Nigerien soldiers fought gunmen near Tillaberi on Friday, the defence ministry said",
        "Nine attackers were killed, it said",
    ]

    doc = parse("\n\n".join(paragraphs))

    starts = {s.start_char for s in doc.sents}
    for p in paragraphs:
        assert doc.text.index(p) in starts


def test_no_break_without_a_line_break(parse):
    text = "Witnesses said the blast shook windows across the district and smoke rose over the port."

    assert sentences(parse(text)) == [text]


# ---------------------------------------------------------------- wire datelines

LEDE = "Paramilitary fighters shelled a crowded market in Omdurman on Sunday, killing six people, medics said."


@pytest.mark.parametrize("dateline", [
    pytest.param("KHARTOUM, May 12 (Meridian) - ", id="city-date-agency-hyphen"),
    pytest.param("KHARTOUM, May 12 - ", id="city-date-hyphen"),
    pytest.param("KHARTOUM (Meridian) - ", id="city-agency"),
    pytest.param("KHARTOUM \u2014 ", id="city-em-dash"),
    pytest.param("KHARTOUM \u2013 ", id="city-en-dash"),
    pytest.param("PORT SUDAN, Jan. 3 (Meridian) - ", id="two-word-city-abbreviated-month"),
])
def test_dateline_starts_the_lede(parse, dateline):
    doc = parse(dateline + LEDE)

    lede = lede_of(doc, LEDE)
    assert lede.text.strip() == LEDE  # the lede is whole: no dateline word in it, nothing cut off
    assert lede.start_char == len(dateline)


def test_dateline_after_a_headline(parse):
    headline = "Market shelled in Omdurman"
    dateline = "KHARTOUM, May 12 (Meridian) - "

    doc = parse(f"{headline}\n\n{dateline}{LEDE} The army denied any role.")

    assert sentences(doc)[0] == headline
    assert lede_of(doc, LEDE).text.strip() == LEDE
    assert sentences(doc)[-1] == "The army denied any role."


def test_dateline_token_is_not_the_ledes_subject(parse):
    doc = parse("JUBA, March 3 (Meridian) - Clashes between rival militias killed nine people in Jonglei state, "
                "officials said.")

    lede = lede_of(doc, "Clashes between rival militias")
    assert all(t.text != "JUBA" for t in lede)
    subjects = [t.text for t in lede if t.dep_ in ("nsubj", "nsubjpass") and t.head.text == "killed"]
    assert subjects == ["Clashes"]


def test_capitals_inside_a_sentence_are_not_a_dateline(parse):
    text = "Officials in Juba said the UN MISSION - known as UNMISS - had sent patrols to Bor."

    assert sentences(parse(text)) == [text]


def test_ap_style_dateline_with_country_starts_the_lede(parse):
    dateline = "ADEN, Yemen (AP) \u2014 "
    lede = "A drone struck a checkpoint in Abyan province on Friday, killing two soldiers."

    doc = parse(dateline + lede)

    assert lede_of(doc, lede).text.strip() == lede


def test_dateline_with_year_starts_the_lede(parse):
    dateline = "DAMASCUS, Jan. 3, 2024 (Wire) - "
    lede = "Warplanes struck an arms depot near Palmyra, a war monitor said."

    doc = parse(dateline + lede)

    assert lede_of(doc, lede).text.strip() == lede


def test_lede_after_dateline_is_not_split_again(parse):
    lede = "Israeli shelling hit the outskirts of Khiam on Monday, killing two people."

    doc = parse("BEIRUT - " + lede)

    assert lede_of(doc, lede).text.strip() == lede
