"""Reads who did what to whom, where and with what around one trigger, from the dependency parse.

actor1 is the agent (active subject, passive "by" phrase, "X's strike", "U.S. airstrikes"),
actor2 the patient (object, "on/against/targeting X", passive subject, the owner of a struck
facility). Word order alone is never used: "Y came under fire from X" gives X as actor1.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from flashpoint.model import Actor, Place
from flashpoint.resources import load_yaml
from flashpoint.resolve.actors import ActorBase, head_forms, title_words
from flashpoint.resolve.places import (Gazetteer, facility_words, frontier_words, is_near, origin_verbs, origin_words, part_of_longer_name,
                                       reporting_verbs, settlement_words, site_words, vicinity_words)
from flashpoint.syntax import token_table
from flashpoint.textnorm import normalise_name, normalise_word

_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass",)
_TARGET_PREPS = ("on", "against", "at", "upon", "into", "toward", "towards", "targeting")
_AGENT_PREPS = ("by", "from")
_LOCATIVE_PREPS = ("in", "at", "near", "outside", "on", "across", "around", "inside", "into", "over", "through",
                   "throughout", "within", "off", "of", "along", "north", "south", "east", "west", "towards", "toward")
_TERRITORY_MODES = ("territory_lost", "territory_regained")
# acts done to a person by name ("detained Khan", "shot dead Elvino Dias"); never a weapon's ("bombarding Rauf
# for two sixes" is cricket) nor a town's
_HOW_MARKS = ("when", "after", "as")  # "were killed when/after/as X did Y": the clause that tells how they died
# words that open another time than their clause's: "a day after a car bombing", "since the army took the town"
TEMPORAL_MARKS = ("after", "before", "since", "until", "following", "till")
_SITE_KINDS = ("military_facilities", "police_facilities", "civilian_sites", "civilian_areas", "state_sites",
               "government_sites", "vehicles")
_PERSON_MODES = ("arrest", "abduction", "kill", "attack", "assault", "civilians", "sexual")


@lru_cache(maxsize=1)
def targets() -> dict:
    """Return data/targets.yaml: facility words, occupant, sponsor, firing and blame verbs (cached)."""
    data = load_yaml("targets.yaml")
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


@lru_cache(maxsize=1)
def attributed_incidents() -> dict[str, tuple[str, ...]]:
    """Return data/targets.yaml attributed_incidents: an incident's noun -> the event types it can name (() = any)."""
    return {str(k).lower(): tuple(v or ()) for k, v in load_yaml("targets.yaml")["attributed_incidents"].items()}


@lru_cache(maxsize=1)
def held_site_labels() -> dict[str, str]:
    """Return data/targets.yaml held_site_labels: a state's label its site is read as -> the label it is coded as."""
    return {str(k): str(v) for k, v in load_yaml("targets.yaml")["held_site_labels"].items()}


def _names_person(tok) -> bool:
    """Return True when a phrase's head names a person: tagged one, or titled ("President Ruto", "General X")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in title_words() for c in tok.children))


def is_facility(tok) -> bool:
    """Return True when a token heads a base or police station ('the Nevatim air base') or a town's residential
    area: a place as much as a target, so its words still say where."""
    ends = _phrase_ends([t for t in noun_phrase(tok) if t.i <= tok.i])  # "the headquarters of X in Atbara": up to its head
    t = targets()
    return any(end in t[kind] for kind in ("military_facilities", "police_facilities", "government_sites", "office_words",
                                           "civilian_areas") for end in ends)


def _site(tok) -> bool:
    """Return True when a noun names a thing struck, not people: a base, a police post, a home, a port, an office,
    a vehicle or an armed side's holding (targets.yaml)."""
    if tok.pos_ != "NOUN":
        return False
    t = targets()
    if tok.lemma_.lower() in t["holding_nouns"]:
        return True
    ends = _phrase_ends([w for w in noun_phrase(tok) if w.i <= tok.i])
    return any(end in t[k] for k in _SITE_KINDS for end in ends)


def _phrase_ends_with(toks, phrases: frozenset) -> bool:
    """Return True when the lemmas of a noun phrase end with one of the phrases ("the Osman Digna air base")."""
    return any(end in phrases for end in _phrase_ends(toks))


def _phrase_ends(toks) -> list[str]:
    """Return the last three, two and one lemmas of a noun phrase (punctuation left out), each joined by spaces:
    what `_phrase_ends_with` looks up, read once for the several lists a phrase is tried against (token table)."""
    if not len(toks):
        return []
    table = token_table(toks[0].doc)
    lemma, punct = table.lemma, table.is_punct
    words = [lemma[i] for i in [t.i for t in toks] if not punct[i]]
    return [" ".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n]


_PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")
_NOT_PLACE_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
_ADMIN_WORDS = frozenset(("state", "province", "region", "governorate", "oblast", "district", "county", "department"))
_NOT_PLACES = frozenset(("west", "east", "north", "south", "centre", "center", "city", "town", "capital", "border",
                         "north west", "south east", "northeast", "northwest", "southeast", "southwest", "sunday",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "march", "may", "victory",
                         "freedom", "liberty", "hope", "union", "independence", "unity", "peace", "justice", "road", "street"))
def _person_words(doc) -> frozenset:
    """Return the lower-cased words of the report's multi-word person names ("Sheikh Hasina", "Khalifa Haftar"):
    the tagger reads the same word alone as a place elsewhere ("Hasina's cousins" tagged GPE), so a word the
    report names a person by is read as a person's everywhere in it (kept in the Doc's user_data)."""
    found = doc.user_data.get(_PERSON_WORDS)
    if found is None:
        found = frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                          for t in e if t.text[:1].isupper() and t.is_alpha)
        doc.user_data[_PERSON_WORDS] = found
    return found


_PERSON_WORDS = "flashpoint.person_words"


def sentence_ents(sent) -> list:
    """Return the named entities wholly inside a sentence, read from its own tokens.

    spaCy's `Span.ents` rebuilds every entity of the document on each call: over a report of
    thousands of sentences that made reading places quadratic (minutes for a 100 kB text).
    """
    doc, found, start = sent.doc, [], None
    table = token_table(doc)
    key = ("sentence ents", sent.start, sent.end)  # place_names and _unknown_settlements read one sentence's
    if key in table.memo:
        return list(table.memo[key])
    iob = table.ent_iob
    for i in range(sent.start, sent.end):
        if start is not None and iob[i] != "I":
            found.append(Span(doc, start, i, label=table.ent_type[start]))
            start = None
        if iob[i] == "B":
            start = i
    if start is not None and (sent.end == len(doc) or iob[sent.end] != "I"):
        found.append(Span(doc, start, sent.end, label=table.ent_type[start]))
    table.memo[key] = found
    return list(found)


_PRONOUNS = ("it", "they", "he", "she", "we", "them", "its", "their")


@dataclass
class PlaceMention:
    """A place named in a sentence: token range, the resolved place, and whether it reads as 'where'."""

    start: int
    end: int
    place: Place
    locative: bool
    rank: int | None = None  # the precision it is chosen by, when not its own (a village placed by a town)


def noun_phrase(tok) -> list:
    """Return the tokens of the noun phrase headed by tok, without relative clauses or prepositions."""
    memo, key = token_table(tok.doc).memo, ("noun phrase", tok.i)  # the stages read one head's phrase again and again
    if key in memo:
        return list(memo[key])
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "punct" and c.text == "-" and tok.i > c.i and (t.i != tok.i or (
                    any(k.i == c.i - 1 and k.dep_ == "compound" for k in t.children)
                    and (c.i == tok.i - 1 or any(k.i == c.i + 1 and k.dep_ == "compound" for k in t.children)))):
                keep.add(c.i)  # "Jaish-e-Mohammad", "the SPLM-N": a hyphen inside a name before the head is part of it
                continue
            if c.dep_ == "prep" and t.i == tok.i and c.lower_ in ("of", "from") and tok.pos_ == "NOUN":
                keep.add(c.i)  # "the foreign ministers of Congo and Rwanda", "fighters of Hamas"
                stack.append(c)
                continue
            if c.dep_ in ("relcl", "prep", "punct", "cc", "conj", "appos", "acl", "advcl", "ccomp", "mark") and t.i == tok.i:
                continue
            if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl"):
                continue
            keep.add(c.i)
            stack.append(c)
    ids = sorted(keep)
    memo[key] = [tok.doc[i] for i in range(ids[0], ids[-1] + 1) if i in keep]
    return list(memo[key])


def _without_clauses(tok) -> list:
    """Return a token's subtree without its relative clauses: "fire from militants who also set aircraft
    ablaze" names no aircraft as the weapon of the fire."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ != "relcl")
    return out


def _said_to_be(verb):
    """Return the noun a verb of belief says its subject is ('believed to be members of X' -> members), or None."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "be":
            for g in c.children:
                if g.dep_ in ("attr", "acomp") and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return None


def _conjuncts(tok) -> list:
    return [tok] + [c for c in tok.children if c.dep_ == "conj"]


def _relative_antecedent(tok):
    """'who' / 'which' -> the noun the relative clause attaches to."""
    if tok.tag_ in ("WP", "WDT") or tok.lower_ in ("who", "which", "that"):
        node = tok.head
        while node.dep_ not in ("relcl", "ROOT") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "relcl":
            return node.head
    return tok


def _pronoun_antecedent(tok):
    """'The air force said it had shot down ...': 'it' is the subject of the verb that reports it."""
    return next(_pronoun_antecedents(tok), None)


def _pronoun_antecedents(tok):
    """Yield the subjects a pronoun may read back to, nearest clause first: the subject of each clause above
    the pronoun's ("soldiers were killed and two others wounded when their base came under attack": 'others',
    then 'soldiers')."""
    node = tok.head
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            gov = node.head
            for c in gov.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.lower_ not in _PRONOUNS:
                    yield c
        node = node.head


_SHORT_NAMES = "flashpoint_short_names"
# whether the report's countries were read from places (set by mentions.report_countries); when only
# nationalities or groups named them ("Russian artillery shelled Kherson"), a town elsewhere is not doubted
PLACES_VOTED = "flashpoint_places_voted"
_STATES = "flashpoint_state_forces"  # countries whose forces a report has named so far


_ACRONYMS = "flashpoint_acronyms"  # abbreviation -> the actor the report spelled it out as
_ABBREVIATION = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9.\-/&]{1,9}$")


def _in_order(letters: list[str], initials: str) -> bool:
    """Return True when every letter is the initial of a capitalised word, in order ("SAF" in "Special Action Force")."""
    k = 0
    for ch in initials:
        if k < len(letters) and ch == letters[k]:
            k += 1
    return k == len(letters)


def _remember_short_name(tok, actor: Actor) -> None:
    """Note the capitalised head of a named group's longer name ('Iran's Revolutionary Guards' ->
    'Guards'): later in the same report, 'the Guards' is that group."""
    if actor.id is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return
    if not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return  # a one-word name is no longer form of anything
    tok.doc.user_data.setdefault(_SHORT_NAMES, {}).setdefault(tok.text, actor)


def _short_name(tok) -> Actor | None:
    """Return the group an earlier sentence named in full when this phrase is its bare head."""
    if not tok.text[:1].isupper() or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return None
    known = tok.doc.user_data.get(_SHORT_NAMES, {})
    return known.get(tok.text)


def _name_word(tok) -> bool:
    """Return whether a token may be a word of a settlement's name: capitalised, inside the sentence, no
    nationality, date or number."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start \
        and tok.ent_type_ not in _NOT_PLACE_LABELS + ("NORP",)


_WHERE_WORDS = ("in", "at", "near", "outside", "inside", "around")
FAR_KM = 50  # a place given as "N km north of X" with N this large or more is a bearing, not the place (precision 2 is "near")
_KM_PER_UNIT = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
                "miles": 1.609, "mile": 1.609, "mi": 1.609}


def _far_landmark(span) -> bool:
    """Return True for a place named only as the far end of a distance: "about 220 km (140 miles) south of
    Cairo", "150 kilometres from Bamako"."""
    table = token_table(span.doc)
    start = max(table.sentence_start(span.start), span.start - 10)
    for i in range(start, span.start - 1):
        unit = _KM_PER_UNIT.get(table.lower[i + 1])
        if unit is None or not span.doc[i].like_num:
            continue
        try:
            distance = float(table.text[i].replace(",", "")) * unit
        except ValueError:
            continue
        return distance >= FAR_KM
    return False


def _held_by(tok, pronouns: tuple, resolve, earlier: bool = False) -> Actor | None:
    """Return whose `tok` a possessive pronoun on it says it is ("their vehicle", "its fighters", "his forces"):
    the pronoun read back to its antecedent, resolved by `resolve`, named by the words of `tok`'s phrase.

    earlier: with no subject above to read back to, the nearest phrase told before the pronoun that `resolve`
    accepts (`_earlier_phrases`): "a truce with the ELN, after its fighters ...", "the CJNG ... Its gunmen"."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ in pronouns:
            # the first subject above that names someone ("two others" names no one: the soldiers before it do)
            antecedents = list(_pronoun_antecedents(c))
            if earlier:
                antecedents += _earlier_phrases(c)
            for ante in antecedents:
                actor = resolve(ante)
                if actor is not None:
                    return replace(actor, text=" ".join(t.text for t in noun_phrase(tok)))
    return None


EARLIER_SENTENCES = 2  # how many sentences before a possessive pronoun's own it may read back to


def _earlier_phrases(pronoun) -> list:
    """Return the heads of the noun phrases told before a pronoun, nearest first: its own sentence's, then the
    EARLIER_SENTENCES before it."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(EARLIER_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return [t for t in reversed(doc[start:pronoun.i])
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss", "npadvmod")]


_NAMED_FORCES = "flashpoint_named_forces"


def _forces_named(doc, actors: ActorBase) -> list[tuple[int, str, str]]:
    """Return (token id, kind, country code) for each state force the report names by its country or nationality
    ("Chadian army soldiers", "the Israeli military", "Benin Armed Forces"), in text order; kind is the name's
    label ("Military Forces", "Police Forces")."""
    found = doc.user_data.get(_NAMED_FORCES)
    if found is None:
        found = []
        for start, end, label, text in token_table(doc).entities():
            if label not in ("NORP", "GPE") or actors.country(text) is None:
                continue
            root = doc[end - 1]
            head = root.head if root.dep_ in ("amod", "compound", "poss", "nmod") else None
            while head is not None and head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "Chadian army soldiers": the phrase's own head
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
            actor = actors.resolve_phrase(noun_phrase(head), None)
            if actor is not None and actor.type == "state forces" and actor.country_code:
                found.append((head.i, actor.name.split(" of ")[0], actor.country_code))
        doc.user_data[_NAMED_FORCES] = found
    return found


def _frontier_side(span) -> bool:
    """Return True for a name that only says which frontier: "near the Syria border", "along the frontier with
    Niger" (data/places/cues.yaml `frontier_words`); a frontier named by both its sides ("the
    Afghanistan-Pakistan border", "the border between Sudan and Chad") is a place of its own."""
    doc = span.doc
    if span[0].lower_ in ("the", "a") and len(span) > 1:
        span = span[1:]  # "the Niger border": the article is the frontier's
    root = span.root
    frontier = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "of"):
        frontier = root.head.head
    elif root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    if frontier.lower_ not in frontier_words() or frontier.i == root.i:
        return False
    if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj":
        return False
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if any(t.text in ("-", "\u2013", "/") for t in beside):
        return False
    return not any(c.i != root.i and c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
                   for c in frontier.children)


def _names_site_in(table, start: int, a: int, b: int) -> bool:
    """Return True for a one-word town inside a longer name (tokens a..b) that names a site in it: the name's
    first word before a site word ("the Gwadar Port Authority", "the Kharkiv Tractor Plant"), or the word
    after "<site word> of" ("the Confucius Institute of the University of Karachi"); not "Noura" inside
    "Wad al-Noura" (site words: data/places/cues.yaml `facility_words` but a road's)."""
    words = site_words()
    if start > 1 and table.lower[start - 1] == "of" and table.lower[start - 2] in words:
        return True
    first = a + 1 if table.lower[a] in ("the", "a") else a
    return start == first and any(table.lower[i] in words for i in range(start + 1, min(start + 4, b)))


def _after_where_word(span) -> bool:
    """Return True for a name governed by a preposition of place: "at Manda Bay", "near the Tungan
    Kudaku", never "on Easter Sunday" (a day the tagger may read as a place)."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _WHERE_WORDS and root.head.i < span.start


def _named_as_province(span) -> bool:
    """Return True for a name after "the region(s) / province(s) / state(s) of", or joined to one that is."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.lemma_.lower() in _ADMIN_WORDS or noun.lower_ in ("regions", "provinces", "states", "governorates")


_OF_PLACE_NOUNS = frozenset(("town", "city", "village", "district", "region", "province", "area", "state"))


def _origin(root) -> bool:
    """Return True for a place named as where a doer or its weapon came from: "a student from the town of
    Gaafour", "fighters from Mali", "drones launched from Kursk region" (data/places/cues.yaml origin_verbs)."""
    node = root
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _OF_PLACE_NOUNS:
        node = node.head.head  # "from the town of X"
    if node.dep_ == "pobj" and node.head.lower_ in ("inside", "within") and node.head.head.lower_ == "from":
        node = node.head  # "launched from inside Iran"
    if node.dep_ not in ("pobj", "pcomp", "prep") or node.head.lower_ != "from":
        return False
    governor = node.head.head
    if governor.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return governor.pos_ == "VERB" and governor.lemma_.lower() in origin_verbs()


_INSIDE_WORDS = frozenset(("in", "near"))  # "Mafa in Borno" tagged as one entity: a town and its area
_PROVINCE_WORDS = frozenset(("province", "governorate", "region", "state", "oblast"))
_TRAILING_LINKS = frozenset(("-", "al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "ed", "es", "de", "du"))


def _name_link(tok) -> bool:
    """Return whether a token joins the words of a name: an Arabic article or a hyphen ("Alma al-Shaab")."""
    return tok.text in ("-", "al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "ed", "es", "de", "du")


class ArgumentReader:
    """Finds actors, weapons and places for triggers in one parsed sentence."""

    def __init__(self, actors: ActorBase, places: Gazetteer, taxonomy: dict, lexicon):
        self.actors = actors
        self.places = places
        self.light_verbs = frozenset(taxonomy["light_verbs"])
        self.lexicon = lexicon

    # --- actors --------------------------------------------------------------
    def resolve(self, tok, context_country: str | None, conjuncts: bool = True) -> Actor | None:
        """Return the actor a token's noun phrase names, trying its conjuncts (unless told not to: "between X and
        Y" names two sides) and owners."""
        tok = _relative_antecedent(tok)
        if tok.lower_ in _PRONOUNS:
            if tok.dep_ in ("dobj", "pobj"):
                return None  # "shelling the village before storming it": an object is not the speaker
            tok = _pronoun_antecedent(tok)
            if tok is None:
                return None
        spelled = self._spelled_out(tok, context_country) or self._mission_of(tok, context_country)
        if spelled is not None:
            return spelled
        group = self._abbreviated(tok, context_country) \
            or self._members_of(tok, context_country) or self._proxies_of(tok, context_country) \
            or self._believed_to_be(tok, context_country) or self._called(tok, context_country) \
            or self._apposed_name(tok, context_country) or self._tied_to(tok, context_country)
        if group is not None:
            return group
        used = self._used_by(tok, context_country)
        if used is not None:
            return used
        for t in (_conjuncts(tok) if conjuncts else [tok]):
            phrase = noun_phrase(t)
            actor = self.actors.resolve_phrase(phrase, context_country)
            if actor is not None and actor.type == "civilians" and t.i == tok.i:
                # "a camp of Jaish-e-Mohammad", "a Ugandan-held camp": a site held by an armed side is that side's
                held = self._site_holder(tok, phrase, context_country)
                if held is None:
                    held = self._victims_site(tok, context_country)
                if held is None:
                    held = self._class_site(tok, phrase, context_country)
                if held is not None:
                    return held
            if actor is not None and actor.name in self.actors.class_names and actor.type != "state forces":
                # "militants in Gaza fired rockets at southern Israel": the class's country is where its words put it
                actor = replace(actor, country_code=self._placed_in(t) or actor.country_code)
            if actor is not None and actor.type == "state forces" and t.i == tok.i:
                # "Chadian troops lost twelve men ... overran the military post": whose the definite noun says
                actor = self._told_before(tok, phrase, actor) or actor
                actor = self._held_site_side(tok, phrase, actor)
            if actor is not None:
                if actor.type == "state forces" and actor.country_code:
                    tok.doc.user_data.setdefault(_STATES, set()).add(actor.country_code)
                if actor.type in ("civilians", "protesters") and any(w.lower_ == "armed" for w in phrase):
                    # "armed herders", "armed youths": an armed group, whatever their trade
                    actor = Actor("Unidentified Armed Group", None, "political militia", context_country, None,
                                  " ".join(w.text for w in phrase))
                _remember_short_name(t, actor)
                return self._with_sponsor(actor, t)
        owner = self.owner(tok, context_country) or self._holder(tok, context_country)
        if owner is None and (_phrase_ends_with(noun_phrase(tok), targets()["military_facilities"])
                              or tok.lemma_.lower() in targets()["holding_nouns"]):
            # "a Kenyan-held base" (never "Israeli-controlled territory": a territory is where, not whom)
            owner = self._site_holder(tok, noun_phrase(tok), context_country)
        if owner is None:
            owner = self._possessor(tok, context_country)
        if owner is not None:
            return owner
        short = _short_name(tok)
        if short is not None:
            return replace(short, text=" ".join(t.text for t in noun_phrase(tok)))
        return self._facility_owner(tok, context_country)

    def _mission_of(self, tok, cc) -> Actor | None:
        """Return the mission a mission noun's proper modifier names in the report's country ("UN peacekeepers",
        "United Nations troops", "a UN patrol" in Mali are MINUSMA; targets.yaml mission_nouns, groups.yaml
        site_words), or None."""
        phrase = [t for t in noun_phrase(tok) if t.i <= tok.i]
        if not cc or not _phrase_ends_with(phrase, targets()["mission_nouns"]):
            return None
        mods = [t for t in phrase if t.dep_ in ("compound", "nmod", "amod") and t.pos_ == "PROPN"]
        entry = self.actors.site_holder(tok.doc[mods[0].i:mods[-1].i + 1].text, cc) if mods else None
        if entry is None:  # "a convoy of UN peacekeepers": its riders' mission
            return next((found for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"
                         for found in [self._mission_of(p, cc)] if found is not None), None)
        # "an African Union base manned by Kenyan troops": who the phrase says holds it comes first
        return self.owner(tok, cc) or Actor(entry.name, entry.id, entry.type, entry.country_code, entry.backer,
                                            " ".join(t.text for t in noun_phrase(tok)))

    def _held_site_side(self, tok, phrase, actor: Actor) -> Actor:
        """Return the side a state's site is coded as: "three Syrian government sites", "government facilities" are
        the state's forces' (targets.yaml held_site_labels), a ministry or a governor's office stays the government's."""
        t = targets()
        country = self.actors.country_by_code.get(actor.country_code) if actor.country_code else None
        if country is None or not (_phrase_ends_with(phrase, t["state_sites"] | t["holding_nouns"])
                                   or tok.lower_.removesuffix("s") in t["state_sites"] | t["holding_nouns"]):
            return actor
        for read, coded in held_site_labels().items():
            if actor.id == self.actors.state_forces(country, None, label=read).id:
                return self.actors.state_forces(country, actor.text, label=coded)
        return actor

    def _told_before(self, tok, phrase, actor: Actor) -> Actor | None:
        """Return the state's forces a definite bare noun ("the military", "the army post", "the soldiers") reads
        back to: the latest forces of that kind the report named by their country before it ("the Israeli
        military says ... The military says its jets struck"), or None when the phrase names a country itself,
        is not definite, or nothing of its kind was named before (the place's country stays)."""
        if not any(w.dep_ == "det" and w.lower_ == "the" for w in phrase) \
                or any(w.ent_type_ in ("NORP", "GPE") or w.pos_ == "PROPN" for w in phrase):
            return None
        kind = actor.name.split(" of ")[0]
        named = _forces_named(tok.doc, self.actors)
        before = [code for i, k, code in named if i < phrase[0].i and k == kind]
        if not before or before[-1] == actor.country_code:
            return None
        country = self.actors.country_by_code.get(before[-1])
        return self.actors.state_forces(country, actor.text, label=kind + " of") if country is not None else None

    def _spelled_out(self, tok, cc) -> Actor | None:
        """Return the actor an abbreviation means in this report when the report spelled it out before or
        after ("the police Special Action Force (SAF)" ... "the SAF units": the Philippine police, not Sudan's
        SAF), or None when the phrase holds no abbreviation the report defines."""
        doc = tok.doc
        meanings = doc.user_data.get(_ACRONYMS)
        if meanings is None:
            meanings = doc.user_data[_ACRONYMS] = {}
            table = token_table(doc)
            words, dep = table.text, table.dep
            # (the token table's words first: a Token is built only for a bracketed abbreviation)
            for t in (doc[i] for i in range(1, len(words) - 1) if dep[i] == "appos" and words[i - 1] == "("
                      and words[i + 1] == ")" and _ABBREVIATION.match(words[i])):
                phrase = [w for w in noun_phrase(t.head) if not t.i - 1 <= w.i <= t.i + 1]
                initials = "".join(w.text[0] for w in phrase if w.text[:1].isupper())
                letters = [ch for ch in t.text if ch.isalpha()]
                if letters and _in_order(letters, initials):
                    actor = self.actors.resolve_phrase(phrase, cc)
                    if actor is not None and actor.id is not None and actor.id.startswith("unlisted-"):
                        # "the police Special Action Force": a unit of the state force its common noun names
                        state = next((a for w in phrase if w.is_lower and w.dep_ == "compound"
                                      for a in [self.actors.resolve_phrase([w], cc)]
                                      if a is not None and a.type == "state forces" and a.country_code), None)
                        actor = state or actor
                    if actor is not None:
                        meanings[t.text] = actor
        if not meanings:
            return None
        phrase = noun_phrase(tok)
        for w in phrase:
            if w.text in meanings:
                return replace(meanings[w.text], text=" ".join(x.text for x in phrase))
        return None

    def _abbreviated(self, tok, cc, unlisted: bool = False) -> Actor | None:
        """Return the group a name spelled out before its abbreviation names, read by the abbreviation when the
        base knows it and the name's words do not: "fighters of the Union for Peace in Central Africa (UPC)" are
        the UPC (the name is one spelling of many). With `unlisted`, a name the base does not know either is a
        group of that name ("the bombers belonged to Jamaah Ansharut Daulah (JAD)"); None otherwise."""
        heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        doc = tok.doc
        words_of = token_table(doc).text
        # no bracket before any word of a phrase: no abbreviation in it (no Token built, no phrase read for it)
        bracketed = {head.i for head in heads if "(" in words_of[max(head.left_edge.i - 1, 0):head.right_edge.i]}
        if not bracketed:
            return None
        for head in heads:
            if head.pos_ != "PROPN" and head.i != tok.i:
                continue
            named = self.actors.resolve_phrase(noun_phrase(head), cc)
            if named is not None and named.id is not None and named.name not in self.actors.class_names \
                    and not named.id.startswith("unlisted-"):
                return None  # "the Coordination of Azawad Movements (CMA)": its own words name it already
            if head.i not in bracketed:
                continue
            for t in head.subtree:
                if not (t.dep_ == "appos" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "("
                        and doc[t.i + 1].text == ")" and _ABBREVIATION.match(t.text)):
                    continue
                words = [w for w in doc[head.left_edge.i:t.i - 1] if w.text[:1].isupper() and w.pos_ == "PROPN"]
                entry = self.actors.group(t.text, cc)
                if not words or (words[0].text[0] != t.text[0] and not self._spelled_as(words, t, entry, cc)):
                    continue  # the abbreviation of the name before it, not an aside ("(CODECO)", not "(AFP)")
                text = doc[min(tok.left_edge.i, words[0].i):t.i - 1].text.strip(" ,")  # the words up to the name's end
                if entry is not None and entry.type not in ("civilians", "protesters"):
                    return Actor(entry.name, entry.id, entry.type, entry.country_code, entry.backer, text)
                # a name the base does not know is taken only when the abbreviation is its initials
                if unlisted and _in_order([ch for ch in t.text if ch.isalpha()], "".join(w.text[0] for w in words)):
                    name = doc[words[0].i:t.i - 1].text.strip(" ,")
                    return Actor(name, "unlisted-" + normalise_name(name).replace(" ", "-"), "political militia",
                                 cc, None, text)
        return None

    def _spelled_as(self, words, abbreviation, entry, cc) -> bool:
        """Return whether the name before a bracketed abbreviation is one the base lists for the same group, from
        one of its capitalised words to the bracket: "the al-Qaeda-linked Group for the Support of Islam and
        Muslims (JNIM)" spells out JNIM in English, whose initials are not the abbreviation's."""
        if entry is None:
            return False
        doc = abbreviation.doc
        return any(self.actors.group(doc[w.i:abbreviation.i - 1].text.strip(" ,"), cc) == entry for w in words)

    def _possessor(self, tok, cc) -> Actor | None:
        """Return whose a thing 'its' or 'their' says it is, the pronoun read back to the subject of the clause
        above ("officers were returning from patrol when rebels blew up their vehicle": the officers'), or None."""
        kinds = targets()
        phrase = noun_phrase(tok)
        if not (tok.lemma_.lower() in kinds["holding_nouns"] or any(
                _phrase_ends_with(phrase, kinds[k]) for k in ("vehicles", "military_facilities", "police_facilities",
                                                              "civilian_sites", "state_sites"))):
            return None
        return _held_by(tok, ("its", "their"), lambda ante: self.resolve(ante, cc))

    def _class_site(self, tok, phrase, cc) -> Actor | None:
        """Return the armed class a site's own modifier names ("terrorist training camps", "militant camps" are the
        militants'), or None ("refugee camps", "a rebel-held town" stay civilians': a town is its people's)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in targets()["armed_sites"]:
            return None
        for m in phrase:
            if m.i < tok.i and m.dep_ in ("compound", "amod", "nmod") and m.pos_ in ("NOUN", "ADJ"):
                actor = self.actors.resolve_phrase([m], cc)
                if actor is not None and actor.type not in ("civilians", "protesters", "state forces") \
                        and actor.name in self.actors.class_names:
                    return replace(actor, text=tok.doc[phrase[0].i:phrase[-1].i + 1].text)
        return None

    def _victims_site(self, tok, cc) -> Actor | None:
        """Return the armed side whose site 'their' says a place is when the pronoun reads back to who was killed
        or hurt ("four soldiers were killed when their camp came under attack": the soldiers' camp), or None."""
        def victims(ante):
            if not (ante.dep_ == "nsubjpass" or ante.head.lemma_.lower() in targets()["victim_verbs"]):
                return None
            actor = self.resolve(ante, cc)
            return actor if actor is not None and actor.type not in ("civilians", "protesters") else None
        return _held_by(tok, ("its", "their"), victims)

    def _members_of(self, tok, cc) -> Actor | None:
        """Return the group 'its fighters' / 'their troops' belong to, when the pronoun names one."""
        if tok.lemma_.lower() not in targets()["member_nouns"] and tok.lower_ not in targets()["member_nouns"]:
            return None
        def named_group(ante):
            phrase = noun_phrase(ante)
            if _names_person(ante) and self.actors.group(" ".join(t.text for t in phrase), cc) is None:
                return None  # "President X suspended the truce after its fighters ...": a group's, never a man's
            actor = self.actors.resolve_phrase(phrase, cc)
            if actor is not None and actor.type == "state forces":  # "The military says its jets": whose military
                actor = self._told_before(ante, phrase, actor) or actor
            return actor if actor is not None and actor.id is not None and actor.type != "civilians" else None

        def told_before(ante):
            # a phrase told before, not above: only a group named in its words ("the cartel", "police" are no
            # one; a state's forces are told as the subject that says or does: "the army said its soldiers")
            named = any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in noun_phrase(ante))
            actor = named_group(ante) if named else None
            return actor if actor is not None and actor.name not in self.actors.class_names \
                and actor.type != "state forces" else None
        return (_held_by(tok, ("its", "their"), named_group)
                or _held_by(tok, ("its",), told_before, earlier=True)
                or _held_by(tok, ("his", "her"), lambda ante: self._led_by(ante, cc)))

    def _led_by(self, person, cc) -> Actor | None:
        """Return the side a speaker leads, for "his forces", "her fighters": a leader the base lists
        ("Putin said his forces ..."), or the group his title names ("Hemedti, the commander of the Rapid
        Support Forces", "the head of the Oromo Liberation Army, Jaal Marroo"); a government is its forces."""
        for t in [person] + [c for c in person.children if c.dep_ == "appos"]:
            ofs = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            phrase = noun_phrase(ofs[0]) if ofs and t.pos_ == "NOUN" else noun_phrase(t)
            actor = self.actors.resolve_phrase(phrase, cc)
            if actor is None or actor.type in ("civilians", "protesters") or actor.name in self.actors.class_names \
                    or (actor.id is None and not ofs):
                continue
            if actor.type == "state forces" and actor.name.startswith("Government of"):
                country = self.actors.country_by_code.get(actor.country_code)
                actor = self.actors.state_forces(country, None) if country is not None else actor
            return actor
        return None

    def _apposed_name(self, tok, cc) -> Actor | None:
        """Return the group an apposition names after a class noun: 'a little-known group, the Ansar al-Din
        Brigades, claimed ...' is that group, not some militants."""
        if tok.pos_ != "NOUN" or normalise_name(tok.lemma_) not in self.actors.class_by_noun:
            return None
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                named = self.actors.resolve_phrase(noun_phrase(c), cc)
                if named is not None and named.type not in ("civilians", "protesters") \
                        and named.name not in self.actors.class_names:
                    return replace(named, text=" ".join(t.text for t in noun_phrase(tok)))
        return None

    def _tied_to(self, tok, cc) -> Actor | None:
        """Return the named group an unnamed doer is tied to: 'a suicide bomber linked by officials to Islamic
        State', 'gunmen affiliated with ISWAP' (targets.yaml tie_words); never a state ('loyal to the government')."""
        if tok.pos_ != "NOUN":
            return None
        words = targets()["tie_words"]
        head = tok.head
        if tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words:
            # "the militants who carried out the attack belonged to ISSP": the clause says whose they are
            actor, _ = self._via(head, cc, ("to", "with"))
            if actor is not None and actor.type not in ("state forces", "civilians", "protesters") \
                    and actor.name not in self.actors.class_names:
                return replace(actor, text=" ".join(t.text for t in noun_phrase(tok)))
        for c in tok.children:
            if c.dep_ in ("acl", "relcl", "amod") and (c.lemma_.lower() in words or c.lower_ in words):
                actor, _ = self._via(c, cc, ("to", "with"))
                if actor is not None and actor.type not in ("state forces", "civilians", "protesters") \
                        and actor.name not in self.actors.class_names:
                    return replace(actor, text=" ".join(t.text for t in noun_phrase(tok)))
        return None

    def _site_holder(self, tok, phrase, cc) -> Actor | None:
        """Return the armed side a site's words say holds it ('a camp of Jaish-e-Mohammad', 'a Ugandan-held
        camp'), or None: a state's forces or a named group, never a class ('rebel-held towns' stay civilians)."""
        found = None
        for k, t in enumerate(phrase[:-1]):
            if t.text == "-" and k > 0 and phrase[k + 1].lower_ in ("held", "controlled", "run", "occupied"):
                found = self.actors.resolve_phrase([phrase[k - 1]], cc)
        if found is None:
            found = self.owner(tok, cc)
        if found is None or found.type in ("civilians", "protesters") or found.name in self.actors.class_names:
            return None
        return replace(found, text=tok.doc[phrase[0].i:phrase[-1].i + 1].text)

    def _placed_in(self, tok) -> str | None:
        """Return the country of a place an actor's own words put it in ('militants in Gaza'), or None."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC"):
                        place = self.places.lookup(" ".join(t.text for t in noun_phrase(p)))
                        if place is not None and place.country_code:
                            return place.country_code
        return None

    def _called(self, tok, cc) -> Actor | None:
        """Return the group 'a group calling itself X' names itself, when X names an actor."""
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in targets()["naming_verbs"]:
                for g in c.children:
                    if g.dep_ in ("oprd", "xcomp", "attr", "dobj") and g.pos_ in ("PROPN", "NOUN") \
                            and g.lower_ not in ("itself", "themselves"):
                        named = self.actors.resolve_phrase(noun_phrase(g), cc)
                        if named is None or named.id is None or named.type == "state forces":
                            named = self.actors.unlisted(noun_phrase(g), cc, as_named=True) or named
                        if named is not None:
                            return replace(named, text=" ".join(t.text for t in noun_phrase(tok)))
        return None

    def _holder(self, tok, cc) -> Actor | None:
        """Return the side a held thing's name says it is: 'Ukrainian positions', 'Houthi targets'."""
        if tok.lemma_.lower() not in targets()["holding_nouns"] or not tok.is_lower or \
                any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children):
            return None  # "no U.S. facilities were hit" names nobody hit; "Al-Asad Air Base" is a name
        for m in tok.children:
            # a nationality ("Ukrainian positions") or a listed group ("Houthi targets"), never any name
            # ("Asad" is also a president's); or an armed class's word ("rebel hideouts", "militant positions")
            if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i and (
                    (m.ent_type_ == "NORP" and self.actors.country(m.text) is not None)
                    or self.actors.group(m.text) is not None or (m.is_lower and m.pos_ in ("NOUN", "ADJ"))):
                actor = self.actors.resolve_phrase([m], cc)
                if actor is not None and actor.type not in ("civilians", "protesters") and (
                        not m.is_lower or m.pos_ not in ("NOUN", "ADJ") or (
                            actor.name in self.actors.class_names and actor.type != "state forces")):
                    return replace(actor, text=" ".join(t.text for t in noun_phrase(tok)))
        return None

    def _believed_to_be(self, tok, cc) -> Actor | None:
        """Return who 'gunmen believed to be members of ISWAP' are said to be, when that names an actor."""
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in targets()["identity_verbs"]:
                said = _said_to_be(c)
                if said is not None:
                    actor = self.resolve(said, cc)
                    if actor is not None:
                        return actor
        return None

    def _proxies_of(self, tok, cc) -> Actor | None:
        """Return the proxies of 'Iran and its proxies': the armed actor, with the state as backer."""
        state = self.actors.country(tok.text) if tok.ent_type_ in ("GPE", "NORP") else None
        if state is None:
            return None
        nouns = targets()["proxy_nouns"]
        for c in tok.children:
            if c.dep_ != "conj":
                continue
            phrase = noun_phrase(c)
            owned = any(w.dep_ == "poss" and w.lower_ in ("its", "their") for w in c.children)
            if owned and _phrase_ends_with(phrase, nouns):
                actor = self.actors.resolve_phrase(phrase, cc)
                if actor is not None and actor.type != "state forces":
                    text = tok.doc[tok.i:phrase[-1].i + 1].text
                    return replace(actor, backer=state.code, text=text)
        return None

    def _with_sponsor(self, actor: Actor, tok) -> Actor:
        """Return the actor with the backer a clause after it names: 'government forces backed by Russia'."""
        if actor.backer:
            return actor
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in targets()["sponsor_verbs"]:
                for g in c.children:
                    if g.dep_ == "agent":
                        for p in g.children:
                            if p.dep_ == "pobj":
                                sponsor = self.actors.country(" ".join(t.text for t in noun_phrase(p))) or \
                                    self.actors.country(p.text)
                                if sponsor is None:
                                    found = self.actors.resolve_phrase(noun_phrase(p), None)
                                    code = found.country_code if found is not None and found.type == "state forces" else None
                                else:
                                    code = sponsor.code
                                if code and code != actor.country_code:
                                    return replace(actor, backer=code)
        return actor

    def _facility_owner(self, tok, cc) -> Actor | None:
        """Return the military (or police) of the report's country for a base (or police station)
        the sentence names without its owner ('drones hit the Osman Digna air base'), civilians for
        a home, market or wedding ('a missile struck an apartment block'). The kind is its head's: "a wing of the
        prison" is no prison."""
        text = " ".join(t.text for t in noun_phrase(tok))
        phrase = [t for t in noun_phrase(tok) if t.i <= tok.i]
        if any(g.lower_ in _PRONOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for g in c.children if g.dep_ == "pobj"):
            return None  # "a base of them": whose the pronoun says, not the place's country
        # "a small US outpost": a nationality in the phrase says whose it is; else the report's country
        if _phrase_ends_with(phrase, targets()["military_facilities"]):
            # "an African Union base", "an AU base": a listed force in the site's own words holds it
            mods = [t for t in phrase if t.i < tok.i and t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
            if mods:
                words = tok.doc[mods[0].i:mods[-1].i + 1].text
                entry = self.actors.group(words, cc) or self.actors.site_holder(words, cc)
                if entry is not None and entry.type != "state forces":
                    return Actor(entry.name, entry.id, entry.type, entry.country_code, entry.backer, text)
        named = [self.actors.country(t.text) for t in phrase
                 if t.i < tok.i and t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ in ("NORP", "GPE")]
        named = [c for c in named if c is not None]
        country = named[0] if named else (self.actors.country_by_code.get(cc) if cc else None)
        if country is None:
            return None
        if not named and any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in phrase) \
                and not tok.doc.user_data.get(_STATES, set()) <= {country.code}:
            return None  # a named base ("Al-Asad Air Base") in a report about foreign troops may be theirs
        if _phrase_ends_with(phrase, targets()["police_facilities"]):
            return self.actors.state_forces(country, text, label="Police Forces of")
        if _phrase_ends_with(phrase, targets()["government_sites"]) and not any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in phrase):
            return self.actors.state_forces(country, text, label="Government of")
        if _phrase_ends_with(phrase, targets()["military_facilities"]):
            return self.actors.state_forces(country, text)
        if _phrase_ends_with(phrase, targets()["civilian_sites"] | targets()["civilian_areas"]):
            return Actor("Civilians", "civilians", "civilians", country.code, None, text)
        return None

    def _used_by(self, tok, cc) -> Actor | None:
        """Return who a clause after a site says uses or holds it ("a police station being used as a base by the
        army" is the army's, whatever its kind says), or None."""
        if not _site(tok) or not any(c.dep_ == "acl" and c.lemma_.lower() in targets()["occupied_by_verbs"]
                                     for c in tok.children):
            return None  # ("government forces backed by Russia" are no site: the sponsor is their backer)
        return self.owner(tok, cc)

    def owner(self, tok, context_country):
        """Return who a struck thing belongs to: 'facilities used by Kataib Hezbollah' -> Kataib Hezbollah.

        Also who fired a weapon: 'the 38 missiles Russia launched' -> Russia.
        """
        for c in tok.children:
            lemma = c.lemma_.lower()
            # "a missile fired by the Houthis", "a mine laid by JNIM": who fired or placed it
            if c.dep_ in ("relcl", "acl") and (lemma in targets()["firing_verbs"] or lemma in targets()["device_verbs"]):
                for g in c.children:
                    if g.dep_ == "nsubj" and g.lower_ not in _PRONOUNS and g.tag_ not in ("WDT", "WP"):
                        return self.actors.resolve_phrase(noun_phrase(g), context_country)
                    if g.dep_ == "agent":  # "a missile fired by Yemen's Iran-backed Houthis"
                        for p in g.children:
                            if p.dep_ == "pobj":
                                return self.resolve(p, context_country)
            if c.dep_ == "acl" and lemma in targets()["occupant_verbs"] and c.tag_ == "VBG":
                for g in c.children:  # "bases hosting U.S. troops"
                    if g.dep_ == "dobj":
                        actor = self.resolve(g, context_country)
                        if actor is not None:
                            return actor
            if c.dep_ == "acl" and lemma in targets()["occupied_by_verbs"]:
                # "used as a base by the army": the parser may hang 'by' on the role
                roles = [x for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                         for o in p.children if o.dep_ == "pobj" for x in o.children]
                for g in list(c.children) + roles:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "to"):
                        for p in g.children:
                            if p.dep_ == "pobj":
                                return self.resolve(p, context_country)
            if c.dep_ == "prep" and c.lower_ in ("of", "belonging"):
                for p in c.children:
                    if p.dep_ == "pobj":  # "a convoy of UN peacekeepers": the mission's
                        actor = self._used_by(p, context_country) \
                            or self.actors.resolve_phrase(noun_phrase(p), context_country)
                        if actor is None and tok.lemma_.lower() in targets()["vehicles"]:
                            actor = self._facility_owner(p, context_country)  # "a convoy of passenger vans"
                        if actor is not None:
                            return actor
        return None

    def agent_and_patient(self, trig, context_country, entry=None):
        """Return (actor1, actor2, actor1_token, actor2_token) for a trigger token."""
        cc = context_country
        a1 = a2 = t1 = t2 = None
        if entry is not None and entry.parties:
            found = self._parties(trig, cc)
            if found:
                (a1, t1), (a2, t2) = found[0], (found[1] if len(found) > 1 else (None, None))
                return a1, a2, t1, t2
        if entry is not None and entry.agent_preps:
            a1, t1 = self._via(trig, cc, entry.agent_preps)
            if entry.subject_is_place:
                return a1, None, t1, None
            if entry.subject_is_patient:
                if a1 is None:  # "came under fire from X": 'from' may hang on the verb or on 'fire'
                    for c in trig.children:
                        for noun in (g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"):
                            if a1 is None:
                                a1, t1 = self._via(noun, cc, entry.agent_preps)
                subj = self._subject(trig)
                if subj is not None:
                    a2, t2 = self.resolve(subj, cc), subj
                if a1 is None:
                    a1, t1 = self._blamed(trig, cc)
                return a1, a2, (t1 if a1 is not None else None), (t2 if a2 is not None else None)
        if trig.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trig.children) or (
                # a headline drops 'were': "Five police officers shot dead by Kataib Hezbollah"
                trig.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in trig.children)
                and not any(c.dep_ == "aux" for c in trig.children))
            subj = self._subject(trig)
            if subj is None and trig.dep_ == "acl" and trig.tag_ == "VBN" and trig.head.pos_ in ("NOUN", "PROPN"):
                passive, subj = True, trig.head  # "Seven policemen killed in attack by ISWAP": a reduced passive
            a1, t1 = self._via(trig, cc, ("by",), deps=("agent",))
            if not passive:
                for c in trig.children:
                    if c.dep_ == "dobj":
                        a2, t2 = self.resolve(c, cc), c
                        break
                if a2 is None:
                    a2, t2 = self._what_called(trig, cc)
            if a2 is None and passive and subj is not None and trig.lemma_.lower() in targets()["victim_verbs"] \
                    and subj.lemma_.lower() not in targets()["unnamed_people"]:
                # "prisoners of war were killed at a prison camp": who was killed, before where ('at' is a place)
                a2, t2 = self.resolve(subj, cc), subj
            if a2 is None:
                a2, t2 = self._target(trig, cc)
            if subj is not None:
                if passive and a2 is None:
                    a2, t2 = self.resolve(subj, cc), subj
                elif not passive and a1 is None:
                    a1, t1 = self.resolve(subj, cc), subj
            if not passive and a1 is not None and entry is not None and entry.mode == "explosive" \
                    and subj is not None and t1 is subj and self._held_by_owner(subj, cc):
                # "devices used by Hezbollah members exploded": whose device it was is who was hit
                if a2 is None:
                    a2, t2 = a1, t1
                a1 = t1 = None
            if a1 is None and trig.dep_ == "conj":
                # "the drones had been launched by the RSF and had hit the air base"
                a1, t1 = self._via(trig.head, cc, ("by",), deps=("agent",))
            if a1 is None and passive and trig.lemma_.lower() in targets()["victim_verbs"]:
                # "nine villagers were killed after Boko Haram militants planted explosives": the doer of the clause
                # that tells how they died
                a1, t1 = self._doer_of_how(trig, cc)
            if a1 is None and passive:
                # "five people were killed in an attack claimed by Jamaat-ul-Ahrar": the act's own doer
                for p in (g for c in trig.children if c.dep_ == "prep" and c.lower_ == "in"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                    b1, s1, _, _ = self._noun_roles(p, cc)
                    if b1 is not None and b1.type != "civilians":
                        a1, t1 = b1, s1
                        break
        else:
            a1, t1, a2, t2 = self._noun_roles(trig, cc)
            held_off = self._held_off(trig, cc)
            if held_off is not None:
                a1, t1, a2, t2 = held_off if held_off[0] is not None or a1 is None else (a1, t1) + held_off[2:]
            head = trig.head
            if a2 is None and entry is not None and entry.mode == "mob" and trig.dep_ == "nsubj" \
                    and head.pos_ == "VERB":
                # "a mob attacked shops and a temple": what the crowd's verb was done to was hit
                a2, t2 = next(((found, c) for c in head.children if c.dep_ == "dobj"
                               for found in [self.resolve(c, cc)] if found is not None), (None, None))
            if (a2 is None or self._owner_guessed(t2, cc)) and entry is not None \
                    and entry.mode not in ("protest", "riot", "mob") \
                    and trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in targets()["victim_verbs"]:
                # "six soldiers died in a bomb attack": who died was hit
                # the subject of a passive ("were killed in"), or of a verb without object ("died in"); "Russia
                # said it had killed 600 soldiers in a strike": an active subject is the killer
                passive = any(c.dep_ == "auxpass" for c in head.head.children)
                subj = next((c for c in head.head.children if c.dep_ == "nsubjpass" or (
                    c.dep_ == "nsubj" and not passive and not any(o.dep_ == "dobj" for o in head.head.children)
                    and head.head.lemma_.lower() not in ("kill", "wound", "injure"))), None)
                dead = self.resolve(subj, cc) if subj is not None \
                    and subj.lemma_.lower() not in targets()["unnamed_people"] else None
                if dead is not None or a2 is None:
                    a2, t2 = dead, subj
        if (a2 is None or self._owner_guessed(t2, cc)) and entry is not None \
                and entry.mode not in ("protest", "riot", "mob"):
            # "four soldiers died when al-Shabaab set off a roadside bomb": who died in the clause's act was hit
            # ("68 migrants were killed when strikes hit a detention centre": the dead named, not the owner a
            # site's kind alone gives)
            dead, told = self._died_in_how(trig, cc)
            if dead is not None or a2 is None:
                a2, t2 = dead, told
        if a1 is None and a2 is None and trig.pos_ in ("VERB", "AUX"):
            # "Fighting between the Taliban and ISKP fighters broke out" (a gerund the parser makes a verb)
            b1, s1, b2, s2 = self._between(trig, cc)
            if b1 is not None:
                a1, t1, a2, t2 = b1, s1, b2, s2
        if entry is not None and entry.mode == "clash" and (a1 is None or a2 is None):
            # "clashed with soldiers", "killed in fighting with the rebels": the other party
            # (an armed group 'with' whom the fighting was is its author; the police or army, its target)
            other, tok = self._via(trig, cc, ("with", "against"))
            if other is not None and a1 is None and (other.type != "state forces" or a2 is not None):
                a1, t1 = other, tok
            elif other is not None and a2 is None:
                a2, t2 = other, tok
        if a2 is None and entry is not None and entry.mode == "arson":
            a2, t2 = self._via(trig, cc, ("to",))  # "set fire to the governor's office"
        if a2 is None and entry is not None and entry.mode in _TERRITORY_MODES:
            a2, t2 = self._via(trig, cc, ("from",))  # "seized the town from HTS"
        if a2 is None and entry is not None and entry.mode in _TERRITORY_MODES:
            a2, t2 = self._held_by(trig, cc)
        if a1 is None:
            a1, t1 = self._blamed(trig, cc)
        if a1 is None:
            a1, t1 = self._fired_from_held(trig, cc)
        if a1 is None and entry is not None and entry.mode == "intercept":
            a1, t1 = self._reporting_forces(trig, cc)
        if a1 is None and trig.pos_ in ("VERB", "AUX") and self._ownerless_platform(self._subject(trig), cc):
            # "The Israeli army says fighter jets struck ...": a platform that acts for nobody named is the teller's
            # (never when what it hit is the teller's own side: that was fired at the teller)
            teller, told = self._speaker(trig, cc, armed_groups=True)
            if teller is not None and not (a2 is not None and a2.country_code == teller.country_code
                                           and a2.type == teller.type):
                a1, t1 = teller, told
        if a2 is None and entry is not None and entry.mode in _PERSON_MODES:
            a2, t2 = self._person_hit(trig, cc)
        if a1 is not None and a2 is not None and a1.name == a2.name and a1.id == a2.id:
            a2 = None
        return a1, a2, (t1 if a1 is not None else None), (t2 if a2 is not None else None)

    def _held_off(self, noun, cc):
        """Return (a1, t1, a2, t2) of an attack told as held off ("security forces repelled an attack on the palace,
        killing 18 of the assailants"): the verb's subject was attacked, the attack's own 'by' doer or the armed
        dead of the verb's clause attacked; None when no repel verb (targets.yaml repel_verbs) takes the noun."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        lemma = verb.lemma_.lower() + (" " + particle if particle else "")
        if lemma not in targets()["repel_verbs"] and verb.lemma_.lower() not in targets()["repel_verbs"]:
            return None
        subj = self._subject(verb)
        a2 = self.resolve(subj, cc) if subj is not None else None
        a1, t1 = self._via(noun, cc, ("by",))
        if a1 is None:
            for dead in (g for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in targets()["victim_verbs"]
                         for g in c.children if g.dep_ == "dobj"):
                actor = self.resolve(dead, cc)
                if actor is not None and actor.type not in ("state forces", "civilians", "protesters"):
                    a1, t1 = actor, dead
        return a1, t1, a2, (subj if a2 is not None else None)

    def _owner_guessed(self, tok, cc) -> bool:
        """Return True when a struck thing's side is only what its kind gives in the report's country: "a
        detention centre", "two police vehicles", "an army post" with no nationality, name, owner or 'their'
        in its words (the people a sentence says died in it say better who was hit)."""
        if tok is None or not _site(tok):
            return False
        phrase = [w for w in noun_phrase(tok) if w.i <= tok.i]
        if any(w.ent_type_ in ("NORP", "GPE", "ORG") or w.pos_ == "PROPN" for w in phrase) \
                or any(c.dep_ == "poss" for c in tok.children):
            return False
        return self.owner(tok, cc) is None

    def _doer_of_how(self, victim_verb, cc):
        """Return (actor, token) of the armed subject of a when/after/as clause under a victim verb, the clause
        active with an object: "were killed when Maoists set off a landmine", "died after gunmen opened fire"."""
        for c in victim_verb.children:
            if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") \
                    or not any(m.dep_ in ("mark", "advmod") and m.lower_ in _HOW_MARKS for m in c.children) \
                    or any(g.dep_ in ("auxpass", "nsubjpass") for g in c.children):
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is None or not any(g.dep_ in ("dobj", "prt") for g in c.children) or self._held_by_owner(subj, cc):
                continue  # "when devices used by Hezbollah members exploded": whose devices they were was hit
            actor = self.resolve(subj, cc)
            if actor is not None and actor.type not in ("civilians", "protesters"):
                return actor, subj
        return None, None

    def _died_in_how(self, trig, cc):
        """Return (actor, token) of who died or was killed in the act of a when/after/as clause the trigger
        stands in ("six soldiers died when militants set off a bomb"): the victim verb's subject, unless it
        says only 'people' (the report decides whose)."""
        clause = trig
        if trig.pos_ not in ("VERB", "AUX"):
            clause = trig.head if trig.dep_ in ("dobj", "nsubjpass", "nsubj") else None  # "when air strikes hit"
        if clause is None or clause.dep_ != "advcl" \
                or not any(m.dep_ in ("mark", "advmod") and m.lower_ in _HOW_MARKS for m in clause.children):
            return None, None
        head = clause.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in targets()["victim_verbs"]:
            return None, None
        if head.dep_ == "conj" and head.head.lemma_.lower() in targets()["victim_verbs"] \
                and not any(c.dep_ == "nsubjpass" for c in head.children):
            head = head.head  # "were killed and 20 wounded when ...": the clause hangs on the last verb
        passive = any(c.dep_ == "auxpass" for c in head.children)
        subj = next((c for c in head.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not passive
                     and head.lemma_.lower() in ("die", "perish"))), None)
        if subj is None or subj.lemma_.lower() in targets()["unnamed_people"]:
            return None, None
        actor = self.resolve(subj, cc)
        return (actor, subj) if actor is not None else (None, None)

    def _held_by(self, trig, cc):
        """Return (actor, token) of the side the words around a taken town say held it: "took control of Kidal,
        the northern town held for about a decade by Tuareg-led separatist rebels"."""
        # the sentence, not only the trigger's words: the parser hangs "the desert town held by ..." anywhere
        for t in trig.sent:
            if t.dep_ == "acl" and t.lemma_.lower() in ("hold", "control", "occupy") and (
                    t.head.pos_ == "PROPN" or t.head.lemma_.lower() in settlement_words()):
                for g in t.children:
                    if g.dep_ == "agent":
                        for p in g.children:
                            if p.dep_ == "pobj":
                                actor = self.resolve(p, cc)
                                if actor is not None and actor.type not in ("civilians", "protesters"):
                                    return actor, p
        return None, None

    def _fired_from_held(self, trig, cc):
        """Return (actor, token) of the side holding the ground a nameless strike came from: "missiles were
        fired from Houthi-controlled territory", "shells fired from Russian-occupied areas" (a named side, a
        state or a class: "rebel-held territory" is rebels')."""
        for c in trig.children:
            if c.dep_ != "prep" or c.lower_ != "from":
                continue
            for g in c.children:
                phrase = noun_phrase(g) if g.dep_ == "pobj" else []
                for k, t in enumerate(phrase[1:-1], start=1):
                    if t.text == "-" and phrase[k + 1].lower_ in ("held", "controlled", "occupied", "run"):
                        side = phrase[k - 1]  # "Houthi" alone is read as a word, not as a phrase's head
                        actor = self.actors.resolve_phrase([side], cc) or self.actors.lookup(side.text, cc)
                        if actor is not None and actor.type not in ("civilians", "protesters"):
                            return replace(actor, text=g.doc[side.i:phrase[k + 1].i + 1].text), side
        return None, None

    def struck_site(self, trig) -> bool:
        """Return True when what the trigger hit is a site a state holds, worded without its owner ('struck
        energy facilities in Poltava', 'attacks on the port', 'hit an air base'; targets.yaml state_sites)."""
        t = targets()
        words = t["state_sites"] | t["military_facilities"] | t["police_facilities"] | t["holding_nouns"]
        hit = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")] if trig.pos_ in ("VERB", "AUX") else []
        # "opened fire on Azerbaijani positions": the light verb holds the target
        holders = [trig, trig.head] if trig.dep_ == "dobj" else [trig]
        hit += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                for g in c.children if g.dep_ == "pobj"]
        # the model's lemma of "bases" is "basis": the head word is also read as written, plural 's' off
        return any(tok.pos_ == "NOUN" and (_phrase_ends_with(noun_phrase(tok), words)
                                           or tok.lower_.removesuffix("s") in words) for tok in hit)

    def _person_hit(self, trig, cc):
        """Return (actor, token) for a named person the trigger acts on whom the actor base does not know:
        "Rangers detained Khan", "police captured Salah Abdeslam", "the arrest of Mirza Fakhrul", "detaining
        the elected leader Aung San Suu Kyi" are civilians worded by the person's name; "a commander of the
        Katiba Macina" in apposition makes the person that group's."""
        if trig.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ == "auxpass" for c in trig.children)
            found = [c for c in trig.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        else:
            found = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
        for tok in found:
            tok = _relative_antecedent(tok)
            if tok.pos_ == "NOUN":  # "the elected leader Aung San Suu Kyi"
                tok = next((c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                            and c.i > tok.i), tok)
            first = tok.i
            while first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].dep_ == "compound":
                first -= 1  # "Mirza Fakhrul Islam Alamgir": the whole run of the name
            name = tok.doc[first:tok.i + 1]
            if tok.pos_ != "PROPN" or any(t.ent_type_ not in ("PERSON", "") for t in name):
                continue
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN") and after.sent == tok.sent:
                continue  # "attacked the Inates military camp": a name that modifies a noun is no person
            text = name.text
            for c in tok.children:
                if c.dep_ == "appos":  # "Ousmane Diallo, a commander of the Katiba Macina": the group's
                    actor = self.resolve(c, cc)
                    if actor is not None and actor.type != "civilians":
                        return replace(actor, text=text), tok
            if not any(t.ent_type_ == "PERSON" for t in name) \
                    or self.places.lookup(text, (cc,) if cc else (), strict=True) is not None:
                continue  # "RSF columns entered Wad Madani": the model's PERSON may be a town
            return Actor("Civilians", "civilians", "civilians", cc, None, text), tok
        return None, None

    def _blamed(self, trig, cc):
        """Return (actor, token) the sentence blames, when the incident itself names no attacker:
        '... killed about 70, the ministry said, blaming the Rapid Support Forces'."""
        blame_verbs = targets()["blame_verbs"]
        sent, doc = trig.sent, trig.doc
        table = token_table(doc)
        for i in range(sent.start, sent.end):
            if not (table.lemma[i] in blame_verbs and table.pos[i] == "VERB" and i != trig.i):
                continue
            tok = doc[i]
            blamed_for = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                          for g in c.subtree]
            if blamed_for and trig.i not in {g.i for g in blamed_for}:
                continue  # "accused X of shelling Y": blamed for another act than this one
            actor, who = self.claimant(tok, cc)
            if actor is not None and actor.type not in ("civilians", "protesters"):
                return actor, who
        return None, None

    def _reporting_forces(self, trig, cc):
        """Return (actor, token) of a state's forces that report an interception told with no interceptor:
        "Israel's military spokesman says ... 99% of them were intercepted" (a side tells its own)."""
        return self._speaker(trig, cc)

    def _speaker(self, trig, cc, armed_groups: bool = False):
        """Return (actor, token) of the side that tells the trigger's clause (the subject of the nearest
        reporting verb above it: "the Myanmar military said", "It said"): a state's forces (a government is its
        forces), or with armed_groups a named armed group too; (None, None) for anyone else ("officials")."""
        for verb in [trig, *trig.ancestors]:
            # "..., according to the junta": the source a clause cites is its teller too
            source = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
                           for g in c.children if g.dep_ == "prep" and g.lower_ == "to"
                           for p in g.children if p.dep_ == "pobj"), None)
            if source is None and (verb.i == trig.i or verb.pos_ not in ("VERB", "AUX")
                                   or verb.lemma_.lower() not in reporting_verbs()):
                continue
            subj = source if source is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
            actor = self.resolve(subj, cc) if subj is not None else None
            if actor is not None and actor.type == "state forces" and actor.name.startswith("Government of"):
                country = self.actors.country_by_code.get(actor.country_code)
                actor = self.actors.state_forces(country, actor.text) if country is not None else None
            if actor is not None and actor.type == "state forces" and actor.country_code:
                return actor, subj
            if actor is not None and armed_groups and actor.id is not None \
                    and actor.type not in ("state forces", "civilians", "protesters") \
                    and actor.name not in self.actors.class_names:
                return actor, subj
            return None, None
        return None, None

    def _ownerless_platform(self, subj, cc) -> bool:
        """Return True when a clause's active subject is a crewed platform whose words name no side ("fighter
        jets", "artillery"; targets.yaml operated_platforms), so that whoever tells the clause flew or fired it.
        Ordnance ("22 missiles were fired", "rockets hit the base") is as often what came in at the teller."""
        if subj is None or subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") \
                or self.resolve(subj, cc) is not None:
            return False
        if any(c.dep_ in ("det", "poss") for c in subj.children):
            return False  # "the group said the jets hit a compound": jets told of before, maybe not the teller's
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in targets()["person_modifiers"]
               for c in subj.children):
            return False  # "two suicide bombers blew themselves up, police said": people, not the police's aircraft
        return bool(head_forms(subj) & targets()["operated_platforms"])

    def _held_by_owner(self, tok, cc) -> bool:
        """Return True when a thing names no actor itself but the one who holds it ('devices used by X')."""
        if self.actors.resolve_phrase(noun_phrase(tok), cc) is not None:
            return False
        return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in targets()["occupied_by_verbs"]
                   for c in tok.children)

    def _via(self, node, cc, words, deps=("prep", "agent"), child="pobj"):
        """Return (actor, token) of the first object that resolves under a preposition of node in words."""
        for c in node.children:
            if c.dep_ in deps and c.lower_ in words:
                for p in c.children:
                    if p.dep_ == child:
                        actor = self.resolve(p, cc)
                        if actor is not None:
                            return actor, p
        return None, None

    def _what_called(self, trig, cc):
        """Return (actor, token) an object told as "what X called Y" names: "jets struck what state media called
        rebel positions", "shelled what it described as militant hideouts" hit Y; (None, None) otherwise."""
        for c in trig.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in targets()["naming_verbs"] | targets()["describing_verbs"] \
                    or not any(w.tag_ == "WP" and w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass")
                               for w in c.children):
                continue
            named = [g for g in c.children if g.dep_ in ("oprd", "xcomp", "attr")] \
                + [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            for g in named:
                actor = self.resolve(g, cc)
                if actor is not None:
                    return actor, g
        return None, None

    def _target(self, node, cc):
        """Return (actor, token) hit: 'on/against/at X' under node, or 'targeting X'."""
        actor, tok = self._via(node, cc, _TARGET_PREPS)
        if actor is not None and tok.lemma_.lower() not in targets()["mandate_nouns"]:
            return actor, tok
        for c in node.children:
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() == "target":
                for p in c.children:
                    if p.dep_ == "dobj":
                        actor = self.resolve(p, cc)
                        if actor is not None:
                            return actor, p
        return None, None

    def _between(self, node, cc):
        """Return (a1, t1, a2, t2) from 'between X and Y' under node."""
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        conj = [x for x in p.children if x.dep_ == "conj"]
                        shared = next((m for m in p.children if m.dep_ in ("compound", "nmod", "amod") and m.i < p.i
                                       and any(x.dep_ == "conj" for x in m.children)), None)
                        if not conj and shared is not None:
                            # "between Hezbollah and Amal gunmen": two names share one head noun
                            other = next(x for x in shared.children if x.dep_ == "conj")
                            return (self.actors.resolve_phrase([shared, p], cc), shared,
                                    self.actors.resolve_phrase([other, p], cc), other)
                        second = self.resolve(conj[0], cc) if conj else None
                        return self.resolve(p, cc, conjuncts=not conj), p, second, (conj[0] if conj else None)
        return None, None, None, None

    def claimant(self, node, cc):
        """Return (actor, token) a claim or a blame names: 'X claimed responsibility (for ...)',
        'Y blamed X for the attack', 'Y accused X of ...'."""
        if node.lemma_.lower() in ("responsibility", "credit") and node.dep_ in ("dobj", "nsubjpass"):
            node = node.head
        lemma = node.lemma_.lower()
        if lemma in targets()["claim_verbs"] and any(c.dep_ == "auxpass" for c in node.children):
            actor, tok = self._via(node, cc, ("by",), deps=("agent",))  # "responsibility ... was claimed by X"
            if actor is not None:
                return actor, tok
        if lemma in targets()["claim_verbs"]:
            subj = self._subject(node)
            if subj is not None:
                actor = self.resolve(subj, cc)
                if actor is not None:
                    return actor, subj
        if lemma in targets()["blame_verbs"]:
            for c in node.children:
                if c.dep_ == "dobj":
                    actor = self.resolve(c, cc)
                    if actor is not None:
                        return actor, c
            actor, tok = self._via(node, cc, ("on",))  # "the bombing was blamed on X"
            if actor is not None:
                return actor, tok
            if any(c.dep_ == "auxpass" for c in node.children):
                # "ELN fighters were accused of killing ...", "dissidents were blamed for the attack": who is blamed
                subj = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
                actor = self.resolve(subj, cc) if subj is not None else None
                if actor is not None:
                    return actor, subj
        return None, None

    def attribution(self, tok, cc, incidents: set[int]):
        """Return (actor, token, types) a sentence of its own says did an incident told before, types the event
        types its words can name (() for any), or (None, None, ()): the
        subject of a claim verb whose object is the incident or a pronoun ("the ADF has claimed the killings",
        "IS claimed it"), the subject of 'be behind' it ("police said Ansaru was behind the attack"), or the group
        'the attackers belonged to' (targets.yaml attributed_doers, tie_words). `incidents`: the token ids of the
        sentence's trigger words."""
        kinds = targets()
        def incident(t) -> bool:
            # one incident told before: a pronoun, or a definite noun ("the killings", "Tuesday's attack"), never
            # "claimed a string of attacks" or "has claimed attacks on Christians" (the group's record)
            if t.lower_ in kinds["attribution_pronouns"]:
                return True
            told = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "both"))
                       for c in t.children)
            return told and (t.i in incidents or (t.pos_ == "NOUN" and t.lemma_.lower() in kinds["attributed_incidents"]))

        def types(nodes) -> tuple:
            return next((attributed_incidents().get(t.lemma_.lower(), ()) for t in nodes
                         if incident(t)), ())
        lemma = tok.lemma_.lower()
        if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children):
            return None, None, ()  # "Hamas, which did not claim the shooting"; "X was not behind the attack"
        if tok.pos_ in ("VERB", "AUX") and lemma in kinds["claim_verbs"] \
                and any(c.dep_ == "dobj" and incident(c) for c in tok.children):
            subj, named = self._subject(tok), types(c for c in tok.children if c.dep_ == "dobj")
        elif tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be" \
                and any(c.dep_ == "pobj" and incident(c) for c in tok.children):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            named = types(c for c in tok.children if c.dep_ == "pobj")
        elif lemma in kinds["tie_words"] and tok.pos_ in ("VERB", "AUX", "ADJ"):
            doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                     and any(d.lower_ in ("the", "these", "those", "both", "all") for d in c.children)
                     and (c.lemma_.lower() in kinds["attributed_doers"] or c.lower_ in kinds["attributed_doers"])]
            if not doers:
                return None, None, ()
            actor, who = self._via(tok, cc, ("to", "with"))
            if actor is None:  # "belonged to Jamaah Ansharut Daulah (JAD)", a group the base does not hold
                who = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                            for g in c.children if g.dep_ == "pobj"), None)
                actor = self._abbreviated(who, cc, unlisted=True) if who is not None else None
            if actor is None or actor.type in ("state forces", "civilians", "protesters") \
                    or actor.name in self.actors.class_names:
                return None, None, ()
            return actor, who, ()
        else:
            return None, None, ()
        actor = self.resolve(subj, cc) if subj is not None else None
        if actor is None or actor.type in ("civilians", "protesters"):
            return None, None, ()
        return actor, subj, named

    def _subject(self, verb):
        node = verb
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in targets()["identity_verbs"] \
                and not any(c.dep_ in _SUBJ + _PASS_SUBJ for c in verb.children):
            # "Gunmen believed to be members of ISWAP attacked ...", parsed with 'believed' as the root
            said = _said_to_be(verb.head)
            if said is not None:
                return said
        for _ in range(4):
            for c in node.children:
                if c.dep_ in _SUBJ + _PASS_SUBJ:
                    return c
            if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
                if node.dep_ == "advcl" and not any(c.dep_ == "mark" for c in node.children) and node.tag_ != "VBG" \
                        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                    return None
                node = node.head
                continue
            if node.dep_ == "relcl":
                return node.head
            if node.dep_ == "pcomp" and node.head.lower_ == "by" and node.head.head.pos_ == "VERB":
                node = node.head.head  # the means of a verb is its subject's: "the army responded by shelling ..."
                continue
            break
        return None

    def _parties(self, trig, cc) -> list[tuple[Actor, object]]:
        """Return the distinct (actor, token) parties of an agreement, in the order told: the subject of its
        verb and the subject's conjuncts ("Congo and Rwanda signed"), through a title ("the foreign ministers of
        Congo and Rwanda", "the security chiefs, X of Kyrgyzstan and Y of Tajikistan") or "between X and Y".
        A mediator ("brokered by Qatar", "witnessed by the US") is no party."""
        heads = [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"
                 for p in c.children if p.dep_ == "pobj"]
        if not heads:
            verb = trig
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "compound") \
                    and verb.head.i != verb.i:
                verb = verb.head
            subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subj is None or any(c.dep_ == "auxpass" for c in verb.children):
                return []
            heads = [subj]
        found: list[tuple[Actor, object]] = []
        for head in heads:
            for tok in _conjuncts(head):
                for part in self._party_words(tok, cc):
                    actor = self.resolve(part, cc)
                    if actor is not None and all(actor.name != a.name for a, _ in found):
                        found.append((actor, part))
        return found

    def _party_words(self, tok, cc, depth: int = 0) -> list:
        """Return the words that name the parties a word stands for: the countries or groups a title is of
        ("the foreign ministers of Congo and Rwanda"), the names set beside it ("the security chiefs, X of
        Kyrgyzstan and Y of Tajikistan"), else the word itself when it names an actor."""
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p)]
        beside = [g for c in tok.children if c.dep_ == "appos" for g in _conjuncts(c)]
        several = next((words for words in (of, beside) if len(words) > 1), None)
        if depth < 2 and several is not None:
            return [w for g in several for w in self._party_words(g, cc, depth + 1)]
        if self.resolve(tok, cc) is not None:
            return [tok]
        if depth > 1:
            return []
        return [w for g in of + beside for w in self._party_words(g, cc, depth + 1)]

    def _noun_roles(self, noun, cc):
        """Return (a1, t1, a2, t2) of a noun trigger: 'attack by X on Y', "X's strike", 'U.S. airstrikes'."""
        a1, t1 = self._via(noun, cc, _AGENT_PREPS)
        a2, t2 = self._target(noun, cc)
        if a1 is None and t2 is not None:  # "an attack on displaced people by Congolese troops"
            a1, t1 = self._via(t2, cc, ("by",))
        if a2 is None and t1 is not None:  # "an attack by the Wagner Group on Ukrainian soldiers"
            a2, t2 = self._via(t1, cc, ("on", "against"))
        if a2 is None and noun.lower_.endswith("ing"):
            # "the bombing of a police convoy", "the killing of three soldiers": a gerund's 'of' is its object
            a2, t2 = self._via(noun, cc, ("of",))
        if a1 is None:
            for c in noun.children:
                if c.dep_ == "poss":
                    a1, t1 = self.resolve(c, cc), c
                    break
        for node in (noun, noun.head):
            # "clashes between X and Y"; "fighting broke out in Khartoum between the army and the RSF"
            if a1 is None and (node.i == noun.i or node.pos_ in ("VERB", "AUX")):
                b1, s1, b2, s2 = self._between(node, cc)
                if b1 is not None:
                    a1, t1 = b1, s1
                    if a2 is None:
                        a2, t2 = b2, s2
        if a1 is None:
            # "U.S. airstrikes", "Russian shelling", "Houthi drone attack"
            mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i < noun.i]
            for m in mods:
                # "a suspected Rapid Support Forces attack": the modifier's whole name before its last word
                # ("Forces" alone is some state's); an unnamed class takes the report's country ("a rebel attack")
                actor = self.actors.resolve_phrase(noun_phrase(m), cc) if m.dep_ == "compound" else None
                if actor is None or (actor.id is None and actor.type == "state forces"):
                    actor = self.actors.resolve_phrase([m], None) or actor
                if actor is not None and actor.type != "civilians":
                    a1, t1 = actor, m
                    break
        head = noun.head
        if a2 is None and noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
            # "a UN convoy came under fire from M23 rebels": the subject of 'came' was hit
            subj = self._subject(head.head)
            if subj is not None:
                a2, t2 = self.resolve(subj, cc), subj
        if a1 is None and noun.dep_ == "nsubjpass" and head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() in targets()["claim_verbs"] or head.lemma_.lower() in self.light_verbs):
            # "an attack on a checkpoint was claimed by the Pakistani Taliban", "... was carried out by X"
            a1, t1 = self._via(head, cc, ("by",), deps=("agent",))
        if a1 is None and noun.dep_ == "nsubjpass" and head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() in targets()["tie_words"]:
            # "strong indications that the bombing was linked to al-Shabaab": the group it is tied to (never a state)
            tied, tok = self._via(head, cc, ("to", "with"))
            if tied is not None and tied.type not in ("state forces", "civilians", "protesters") \
                    and tied.name not in self.actors.class_names:
                a1, t1 = tied, tok
        if a1 is None:
            for c in noun.children:
                # "the attack, which was carried out by ISWAP", "the strikes Israel launched"
                if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children):
                    a1, t1 = self._via(c, cc, ("by",), deps=("agent",))  # "an ambush laid by M23 rebels"
                    if a1 is not None:
                        break
                if c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in self.light_verbs
                                                    or c.lemma_.lower() in targets()["claim_verbs"]):
                    a1, t1 = self._via(c, cc, ("by",), deps=("agent",))
                    if a1 is None:
                        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")), None)
                        if subj is not None:
                            a1, t1 = self.resolve(subj, cc), subj
                    if a1 is not None:
                        break
        if a1 is None and noun.dep_ == "pobj" and head.lower_ == "for":
            a1, t1 = self.claimant(head.head, cc)
            if a1 is None and head.head.dep_ == "dobj":  # "blamed militias for the attack", 'for' on the object
                a1, t1 = self.claimant(head.head.head, cc)
        if a1 is None and noun.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "conj") \
                and not (noun.dep_ == "pobj" and head.lower_ in TEMPORAL_MARKS):
            # (never across "after", "before", "since": "strikes carried out a day after a car bombing" tell two acts)
            verb = head
            if noun.dep_ == "pobj":
                verb = head.head  # "launched a round of airstrikes": of -> round -> launched
                while verb.pos_ in ("NOUN", "ADP") and verb.head.i != verb.i:
                    verb = verb.head
            elif noun.dep_ == "conj":
                verb = head.head if head.pos_ == "NOUN" else head
            # "set off a roadside bomb", "planted explosives": whoever used the device (its object) did the act
            used = noun.dep_ == "dobj" and verb.lemma_.lower() in targets()["device_verbs"]
            if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in self.light_verbs or used):
                subj = self._subject(verb)
                if subj is not None and subj.i != noun.i:
                    a1, t1 = self.resolve(subj, cc), subj
                if a2 is None:
                    a2, t2 = self._target(verb, cc)
        if a1 is None and noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in targets()["answer_verbs"]:
            subj = self._subject(head.head)  # "the army hit back with airstrikes"
            if subj is not None:
                a1, t1 = self.resolve(subj, cc), subj
        if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and a2 is None \
                and head.lemma_.lower() in ("target", "hit", "strike", "kill", "wound", "destroy", "damage", "injure"):
            # "airstrikes killed six people", "the attack targeted a base": object of the noun's verb
            for c in head.children:
                if c.dep_ == "dobj" and c.lemma_.lower() not in ("people", "person"):
                    a2, t2 = self.resolve(c, cc), c
                    break
        return a1, t1, a2, t2

    # --- weapons ---------------------------------------------------------------
    def weapons(self, trig, actor_toks) -> list[tuple[str, str]]:
        """Return the weapons attached to a trigger: its own words, modifiers, agent and 'with' objects."""
        toks = [trig] + [c for c in trig.children if c.dep_ in ("compound", "amod", "nmod")]
        for c in trig.children:
            # "hit by two Iskander missiles": a passive's agent is a means as much as a 'by' preposition
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") or (c.dep_ in ("prep", "agent")
                                                            and c.lower_ in ("with", "by", "using", "from")):
                toks.extend(_without_clauses(c))
        if trig.dep_ in ("dobj", "pobj") and trig.head.lemma_.lower() in ("fire", "launch", "use", "drop"):
            toks.extend(trig.head.children)
        if trig.dep_ in ("nsubjpass", "dobj", "nsubj") and trig.head.lemma_.lower() in self.light_verbs:
            # "the strikes were carried out with Tomahawk missiles": the light verb's means are the trigger's
            toks.extend(t for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("with", "using")
                        for t in _without_clauses(c))
        # "fired missiles at": the trigger verb's object is the weapon
        for t in actor_toks:
            if t is not None:
                toks.extend(noun_phrase(t))
        seen = set()
        uniq = []
        for t in sorted(toks, key=lambda x: x.i):
            if t.i not in seen:
                seen.add(t.i)
                uniq.append(t)
        doc = trig.doc
        return [(term, cls) for term, cls, where in self.lexicon.weapon_spans(uniq)
                if not self.lexicon.names_a_thing(doc, where)]

    # --- places ------------------------------------------------------------------
    def places_in(self, sent, countries: tuple[str, ...], actor_token_ids: set[int],
                  found: list | None = None) -> list[PlaceMention]:
        """Return the places named in a sentence, each marked locative or not.

        `found`, when given, is this sentence's earlier result of `place_names` (reused, not redone).
        """
        names = found if found is not None else self.place_names(sent, countries)
        return [PlaceMention(start, end, place, self._locative(sent.doc[start:end], actor_token_ids),
                             1 if place.kind == "village" else None)  # the named settlement is the "where"
                for start, end, place in names]

    def place_names(self, sent, countries: tuple[str, ...]) -> list[tuple[int, int, Place]]:
        """Return (start, end, place) for every place name in a sentence, longest names first."""
        out: list[tuple[int, int, Place]] = []
        taken: set[int] = set()
        doc = sent.doc
        table = token_table(doc)
        text_of, first = table.text, sent.start
        spans = []
        named_places = set()  # where the NER saw a place: a near spelling is tried there
        ents = sentence_ents(sent)
        for ent in ents:
            if ent.label_ in _PLACE_LABELS:
                spans.append((ent.start, ent.end))
            if ent.label_ in ("GPE", "LOC", "FAC"):
                named_places.add((ent.start, ent.end))
        prefixes = self.places.first_words
        first_words = prefixes.first
        words = table.memo.get("place words")  # each token's look-up key ("" for spaces and punctuation), once a report
        if words is None:
            words = table.memo["place words"] = [normalise_word(text) if not (space or punct) else ""
                                                 for text, space, punct in zip(text_of, table.is_space, table.is_punct)]
        words = words[first:sent.end]
        # n-grams up to 5 tokens for lower-case and garbled mentions ("in eastern syria"); a window
        # grows only while its words still begin some gazetteer name
        for k in range(len(words)):
            if not words[k] or (words[k] not in first_words if " " not in words[k] else words[k] not in prefixes):
                continue  # (a one-word key is looked up as written, as `Prefixes` would, without the call)
            key = words[k]
            for n in range(1, 6):
                if n > 1:
                    last = first + k + n - 1
                    if k + n > len(words) or table.is_space[last]:
                        break
                    if words[k + n - 1]:
                        # "Sana'a" is two tokens, one word: no space before an apostrophe's rest
                        glue = "" if text_of[last][:1] in ("'", "\u2019") else " "
                        key = f"{key}{glue}{words[k + n - 1]}"
                        if key not in prefixes and words[k + n - 1] not in _ADMIN_WORDS:
                            break
                    elif text_of[last] not in ("-", "'", "\u2019"):
                        break
                    else:
                        continue  # a hyphen inside a name: "Al-Asad"
                if n == 1 and not (table.pos[first + k] == "PROPN" or text_of[first + k][:1].isupper()):
                    continue
                spans.append((first + k, first + k + n))
        self._site_variants(sent, spans)
        # an entity that joins names ("Apurimac and Arequipa", tagged one ORG) is a list, not one longer name
        # and one that holds "in"/"near" inside ("Mafa in Borno", tagged one FAC or ORG) is a town and its area
        nested = {i for e in ents if any(table.lower[i] in _INSIDE_WORDS for i in range(e.start + 1, e.end - 1))
                  for i in range(e.start, e.end)}
        entities = [(e.start, e.end) for e in ents if e.label_ in _PLACE_LABELS and e.end - e.start > 1
                    and not any(table.dep[i] == "cc" or text_of[i] in (",", ";") or i in nested
                                for i in range(e.start, e.end))]
        for start, end in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0])):
            if any(i in taken for i in range(start, end)):
                continue
            # (each test below only skips a name: the ones on the token table come before those that build a Span)
            if end - start == 1 and any(a <= start and end <= b and not _names_site_in(table, start, a, b)
                                        for a, b in entities):
                continue  # "Noura" inside "Wad al-Noura" is not a town of its own
            if end - start > 1 and table.lower[end - 1] in _TRAILING_LINKS:
                continue  # "in Saada province at Thursday": no name ends with an article ("at", "al") or a hyphen
            if start > 0 and end < len(text_of) and text_of[start - 1] == "(" and text_of[end] == ")":
                continue  # "(Reuters)": the agency after a dateline
            if any(table.ent_type[i] in _NOT_PLACE_LABELS for i in range(start, end)):
                continue  # "Thursday" is a day before it is an island
            text = table.span_text(start, end)
            if table.lower[start] in ("the", "a"):
                text = table.span_text(start + 1, end)
            if not text or len(text) < 3 or text.lower() in _NOT_PLACES:
                continue
            if end - start == 1 and not (table.pos[start] == "PROPN" and text_of[start][:1].isupper()):
                continue
            span = doc[start:end]
            if part_of_longer_name(span):
                continue  # "Paris Hilton", "the Sudan Tribune": a person or an organisation
            if _far_landmark(span):
                continue  # "about 220 km south of Cairo": a bearing, not where it happened
            fuzzy = (start, end) in named_places  # a near spelling only where the NER saw a place
            matches = self.places.matches(text, fuzzy=fuzzy)
            cands = [m.candidate for m in matches]
            if not cands:
                continue
            person = end - start == 1 and (table.ent_type[start] in ("PERSON", "NORP", "ORG")
                                           or table.lower[start] in _person_words(doc))
            placed = end + 1 < sent.end and "in" in (table.lower[end], table.lower[end + 1])  # "Yangtse, in the ..."
            if person and not placed and all(m.tier != "exact" and m.candidate.kind == "city" for m in matches):
                continue  # a name tagged a person is a town only by its own spelling: "alias Marwan" is no "Marion"
            if person and not any(
                    c.kind in ("site", "region", "town") or (c.kind == "city" and c.country_code in countries[:3])
                    for c in cands) and not self._locative(span, set()):
                continue  # the small model often tags a town as a person: trust the syntax, or known places
            if all(c.kind == "city" for c in cands) and not span[0].text[:1].isupper():
                continue
            # "near the pool": an article and a word in lower case are a common noun, whatever town or
            # province bears it (Pool, a Congolese department and an English town); "the west bank" stays a region
            common_noun = table.lower[start] in ("the", "a") and not any(
                text_of[i][:1].isupper() for i in range(start + 1, end))
            if self.actors.group(text) is not None:
                continue  # "Hezbollah" is a group, not a town
            if " " not in text and not any(c.kind == "country" for c in cands) and self.actors.country(text) is not None:
                continue  # "Syrian state media said": a people's adjective, not a town spelled like it (Surian, Iran)
            near = self._near(span)
            place = self.places.lookup(text, countries, near=near, fuzzy=fuzzy,
                                       strict=doc.user_data.get(PLACES_VOTED, True))
            if place is not None and place.precision != 3 and _named_as_province(span):
                # "the regions of Apurimac and Arequipa": the province, not its namesake city
                province = next((m.candidate for m in self.places.ranked(text, countries)
                                 if m.candidate.kind in ("province", "region")
                                 and m.candidate.country_code == place.country_code), None)
                place = self.places.to_place(province, text) if province is not None else place
            if place is None or (common_noun and place.kind in ("city", "town", "province")):
                continue
            if place.kind == "province" and place.country_code not in countries \
                    and not any(text_of[i][:1].isupper() for i in range(start, end)):
                continue  # "a remote highland district of Papua": a common word, not Scotland's Highland council
            place = self.places.in_report_country(place, countries)  # "the Gulf of Aden" in a report about Yemen
            if place.precision == 3 and _frontier_side(span):
                continue  # "near the Syria border": which frontier, not where (the report's side, or the town named)
            unit = table.lower[end] if end < sent.end else ""
            if place.precision == 1 and place.kind == "city" and unit == "district":
                place = replace(place, precision=2)  # "Reasi" + "district": the district of the town Reasi
            # (a name that itself ends in "province" or "district" got its precision from the look-up)
            out.append((start, end, place))
            taken.update(range(start, end))
        out = self._inside_named_area(doc, sorted(out, key=lambda p: p[0]))
        out += self._unknown_settlements(sent, taken, out, countries)
        out = self._capitals(sent, taken, out, countries)
        return sorted(out, key=lambda p: p[0])

    def _capitals(self, sent, taken: set[int], found: list, countries: tuple[str, ...]) -> list[tuple[int, int, Place]]:
        """Return the capitals a sentence names by their country only: "on the outskirts of Nigeria's capital",
        "the Sudanese capital", "the capital city of Chad" ("the capital" alone is left to the incidents around it).
        A capital named after it ("the capital, Abuja") is found by its name; a capital of a province
        ("the state capital"), of money ("political capital") or an adjective ("capital punishment") is none.
        Returns `found` with the capitals added, each in place of its country read from the same words."""
        table = token_table(sent.doc)
        out = list(found)
        for i in range(sent.start, sent.end):
            if table.lower[i] != "capital" or i in taken or table.pos[i] != "NOUN":
                continue
            tok = sent.doc[i]
            if (tok.dep_ == "compound" and tok.head.lower_ != "city") or any(
                    c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ != "PROPN") for c in tok.children):
                continue  # "the capital punishment", "the capital Abuja" (named: found by its name)
            nxt = [t for t in sent.doc[i + 1:min(i + 3, sent.end)]]
            if nxt and (nxt[0].pos_ == "PROPN" or (nxt[0].text == "," and len(nxt) > 1 and nxt[1].pos_ == "PROPN")):
                continue  # "the capital, Abuja,": the name follows
            if nxt and nxt[0].lower_ == "city":
                tok, nxt = nxt[0], nxt[1:]  # "the capital city of Chad"
            owners = [c for c in sent.doc[i].children if c.dep_ in ("poss", "amod", "compound")] + [
                c for c in tok.children if tok.i != i and c.i < i and c.dep_ in ("poss", "amod")]  # "Chad's capital city"
            owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            owned = [self.actors.country(o.text) for o in owners]
            if len(owned) != 1 or owned[0] is None:
                continue  # "the provincial capital", "political capital": no country's; "the capital" alone: which?
            code = owned[0].code
            start = min([i] + [o.left_edge.i for o in owners if o.i < i]
                        + [c.i for c in sent.doc[i].children if c.dep_ == "det"])
            end = max([tok.i] + [o.right_edge.i for o in owners]) + 1
            inside = [f for f in out if start <= f[0] < end]
            if any(k in taken for k in range(start, end)) and not (
                    inside and all(f[2].kind == "country" and f[2].country_code == code for f in inside)):
                continue  # ("Nigeria's capital": the country read from its owner gives way)
            place = self.places.capital_of(code, table.span_text(start, end), near=self._near(sent.doc[start:end]))
            if place is not None:
                out = [f for f in out if f not in inside] + [(start, end, place)]
                taken.update(range(start, end))
        return out

    def _site_variants(self, sent, spans: list) -> None:
        """Add to `spans` the sites named with other modifiers than the listed ones: "the Meron air surveillance
        base" (the listed "Meron base"), "the Harir coalition base" (Gazetteer._site_variant reads the name)."""
        doc, lower, words = sent.doc, token_table(sent.doc).lower, facility_words()
        # the token table's words first: most sentences name no facility, and need no Token built
        for head in (doc[i] for i in range(sent.start + 1, sent.end) if lower[i] in words):
            left = [t for t in doc[max(head.left_edge.i, sent.start):head.i] if t.dep_ not in ("det", "poss")]
            if len(left) < 2 or not left[0].text[:1].isupper() or left[-1].text[:1].isupper() \
                    or any(t.i != left[0].i + k for k, t in enumerate(left)):
                continue
            if any(m.candidate.kind == "site" for m in self.places.matches(doc[left[0].i:head.i + 1].text)):
                spans.append((left[0].i, head.i + 1))

    def _inside_named_area(self, doc, found: list) -> list:
        """Return the places with a town re-read inside the area the sentence puts it in: "clashed at Yangtse, in
        the Tawang sector of Arunachal Pradesh" is no Yangzhou in China. A town of another country than the
        places named right after its "in" is looked up again in theirs, else kept as a village placed by them."""
        out = list(found)
        for idx, (start, end, place) in enumerate(found):
            if place.kind not in ("city", "town", "village"):
                continue
            k = end + 1 if end < len(doc) and doc[end].text == "," else end
            if k >= len(doc) or doc[k].lower_ != "in":
                continue
            stop = next((i for i in range(k + 1, min(k + 9, len(doc))) if doc[i].is_punct and doc[i].text != "'"), k + 9)
            area = [(s_, q) for s_, _, q in found if k < s_ < stop and q.country_code]  # up to the next comma
            # "Khiam, in response to the Majdal Shams attack": the area must come first after the "in"
            if not area or area[0][0] > k + 3 or any(t.pos_ not in ("DET", "ADJ", "PROPN") for t in doc[k + 1:area[0][0]]):
                continue
            area = [q for _, q in area]
            if place.country_code == area[-1].country_code:
                continue
            code, text = area[-1].country_code, doc[start:end].text
            again = self.places.lookup(text, (code,), near=place.precision == 2, fuzzy=True, strict=True)
            if again is None or again.country_code != code:
                anchor = area[0]
                again = Place(name=text, admin1=anchor.admin1, country=anchor.country, country_code=code,
                              lat=anchor.lat, lon=anchor.lon, precision=2 if anchor.precision in (1, 2) else 3,
                              text=text, kind="village")
            out[idx] = (start, end, again)
        return out

    def _unknown_settlements(self, sent, taken: set[int], known: list, countries) -> list[tuple[int, int, Place]]:
        """Return the settlements a sentence names that no gazetteer knows: "Tudun Biri village", "the village
        of Let Yet Kone" (data/places/cues.yaml `settlement_words`), each placed by the nearest place the
        sentence knows (precision 2 at its coordinates, with its province and country), else by the report's
        country only (precision 3, no coordinates)."""
        words = settlement_words()
        # most sentences have no settlement word: their tokens need not be built for this first pass
        toks = list(sent) if any(w in words for w in token_table(sent.doc).lower[sent.start:sent.end]) else []
        out = []
        for i, tok in enumerate(toks):
            if tok.lower_ not in words or tok.i in taken:
                continue
            name = []
            j = i - 1  # "Tudun Biri village": the capitalised words right before
            while j >= 0 and toks[j].i not in taken and (
                    _name_word(toks[j]) or (name and j > 0 and _name_link(toks[j]) and (_name_word(toks[j - 1]) or (
                        j > 1 and _name_link(toks[j - 1]) and _name_word(toks[j - 2]))))):  # "Wadi al-Shay area"
                name.insert(0, toks[j])  # "Let Yet Kone": capitalised words, whatever the tagger made of them
                j -= 1
            span_start, span_end = (name[0].i, tok.i + 1) if name else (None, None)
            # "the village of Let Yet Kone", or with no "of": "a cafe at the village Hroza"
            of = i + 2 < len(toks) and toks[i + 1].lower_ == "of"
            direct = not of and 0 < i < len(toks) - 1 and toks[i - 1].lower_ in ("the", "a") and _name_word(toks[i + 1]) \
                and tok.text.islower()  # "the Village Council", "the District Reserve Guard": a proper name
            if not name and (of or direct):
                k = i + 2 if of else i + 1
                while k < len(toks) and toks[k].i not in taken and (_name_word(toks[k]) or (
                        name and k + 1 < len(toks) and _name_link(toks[k]) and
                        (_name_word(toks[k + 1]) or (_name_link(toks[k + 1]) and k + 2 < len(toks)
                                                     and _name_word(toks[k + 2]))))):
                    name.append(toks[k])  # "Alma al-Shaab": an article or hyphen inside the name
                    k += 1
                span_start, span_end = (tok.i, name[-1].i + 1) if name else (None, None)
            if not name or len(name) > 4 or not any(t.pos_ == "PROPN" for t in name):
                continue
            place = self._unknown_place(sent.doc[name[0].i:name[-1].i + 1].text, span_end, known, countries,
                                        self._settlement_country(tok))
            if place is not None and tok.lower_ in vicinity_words() and place.precision != 2:
                continue  # "the Wadi al-Shay area south of Kirkuk" is placed by a town; "the X area" alone says too little
            if place is not None:
                out.append((span_start, span_end, place))
                taken.update(range(span_start, span_end))
        for ent in sentence_ents(sent):
            # "at Manda Bay", "in Tungan Kudaku": a name the tagger reads as a place, told as where
            if ent.label_ not in ("GPE", "LOC", "FAC") or any(i in taken for i in range(ent.start, ent.end)):
                continue
            words = [t for t in ent if not t.is_punct]
            if not words or len(words) > 4 or not all(t.text[:1].isupper() for t in words if t.is_alpha) \
                    or not any(t.pos_ == "PROPN" for t in words) or not _after_where_word(ent):
                continue
            if part_of_longer_name(ent) or ent.text.lower() in _NOT_PLACES:
                continue
            place = self._unknown_place(ent.text, ent.end, known + out, countries)
            if place is not None:
                out.append((ent.start, ent.end, place))
                taken.update(range(ent.start, ent.end))
        return out

    def _unknown_place(self, text: str, end: int, known: list, countries, own: str | None = None) -> Place | None:
        """Return a place no gazetteer knows, placed by the nearest place the sentence knows (the first
        after it, else the last before it): precision 2 at a town's coordinates with its province and
        country, 3 in a region; else by the report's country only (precision 3, no coordinates). `own`: the
        country the phrase itself gives ("the south Lebanese village of Touline"): only its places anchor it,
        and it, not the report's first country, holds it when the sentence names none of them."""
        if self.actors.group(text) is not None or self.actors.country(text) is not None:
            return None  # "Hezbollah villages", "Ukrainian villages": whose, not which
        anchors = [p for s_, _, p in known if p.precision in (1, 2, 3) and p.kind != "country"
                   and (not countries or p.country_code in countries) and (own is None or p.country_code == own)]
        after = [p for s_, _, p in sorted(known, key=lambda x: x[0]) if s_ >= end and p in anchors]
        anchor = after[0] if after else (anchors[-1] if anchors else None)
        if anchor is not None:  # near a known town (2); in a region, only as precise as the region (3)
            return Place(name=text, admin1=anchor.admin1, country=anchor.country,
                         country_code=anchor.country_code, lat=anchor.lat, lon=anchor.lon,
                         precision=2 if anchor.precision in (1, 2) else 3, text=text, kind="village")
        if own is None and not countries:
            return None
        country = self.places.country_place(own or countries[0])
        if country is None:
            return None
        return replace(country, name=text, text=text, precision=3, lat=None, lon=None, kind="village")

    def _settlement_country(self, tok) -> str | None:
        """Return the country a settlement word's own modifiers name: "the south Lebanese village of Touline",
        "a Syrian border town", "the Malian village X" (a demonym or country name before the word), else None."""
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i and child.text[:1].isupper():
                country = self.actors.country(child.text)
                if country is not None:
                    return country.code
        return None

    def _near(self, span) -> bool:
        doc = span.doc
        table = token_table(doc)
        lower, sent_start = table.lower, table.sentence_start(span.start)
        sent_end = table.sentence_bounds(max(span.end - 1, span.start))[1]  # as `span.sent` ends
        before = lower[max(span.start - 6, sent_start):span.start]
        after = lower[span.end:min(span.end + 2, sent_end)]
        return is_near(before, after)  # the cue words are data: data/places/cues.yaml

    def _locative(self, span, actor_token_ids: set[int]) -> bool:
        if len(span) > 1 and span[0].lower_ in ("the", "a"):
            span = span[1:]  # "the Hmeimim air base": the name's root is the name's, not the article's
        root = span.root
        held = root.i in actor_token_ids and not (
            root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "at", "outside") and root.head.head.pos_ == "NOUN")
        if held or _origin(root):
            return False  # a name inside an actor's name; but "a convoy of volunteers in Seno province" is where
        # the surface says so even when a garbled sentence breaks the parse: "... in eastern syria"
        k = span.start - 1
        table = token_table(span.doc)
        sent_start = table.sentence_start(span.start)
        if k >= sent_start and table.lower[k] in ("the",):
            k -= 1
        if k >= sent_start and table.lower[k] in ("in", "near", "outside", "across", "inside", "at"):
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in origin_words():
            return False  # "shells fired from the direction of Israel" hit somewhere else
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
            return True
        if root.dep_ == "poss" and root.head.dep_ == "pobj" and root.head.head.lower_ in _LOCATIVE_PREPS + ("to",):
            return True
        if root.dep_ in ("compound", "amod", "nmod", "poss"):
            head = root.head
            if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
                # "stormed the Gwadar Port Authority complex", "shelled the Kharkiv Tractor Plant": a facility in the
                # town, where the facility was hit; "the Kurdistan Region Security Council said": a body's name
                chain = [head]
                while chain[-1].dep_ == "compound" and chain[-1].head.i != chain[-1].i and len(chain) < 5:
                    chain.append(chain[-1].head)
                if any(t.lemma_.lower() in site_words() or t.lower_ in site_words()
                       for t in root.doc[root.i + 1:chain[-1].i + 1]):
                    return self._locative(head.doc[chain[-1].i:chain[-1].i + 1], actor_token_ids)
                return False
            if head.lemma_.lower() in ("province", "city", "town", "village", "region", "district", "state",
                                        "governorate", "area", "county", "oblast", "outskirts", "camp", "base"):
                return True
            # "attacked Istanbul's Ataturk Airport", "shelled the Kherson market": the site's town is where it was
            # hit, when the site is (a name, or a facility word of data/places/cues.yaml)
            if root.dep_ in ("poss", "compound") and head.dep_ in ("dobj", "nsubjpass") and (
                    head.pos_ == "PROPN" or head.lemma_.lower() in facility_words()):
                return self._locative(head.doc[head.i:head.i + 1], actor_token_ids)
            return False
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in (
                "strike", "hit", "shell", "bomb", "attack", "target", "pound", "capture", "seize", "retake",
                "recapture", "enter", "storm", "overrun", "besiege"):
            return True
        if root.dep_ == "appos" or root.dep_ == "conj":
            return self._locative(root.head.doc[root.head.i:root.head.i + 1], actor_token_ids)
        return False
