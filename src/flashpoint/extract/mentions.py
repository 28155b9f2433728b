"""Document -> mentions: every asserted incident each sentence tells, with its arguments.

A mention is what one sentence says; `resolve/coref.py` then folds the mentions of one report
into events. This stage is a pure function of (document, parsed doc, loaded resources).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from flashpoint.extract import casualties as cas
from flashpoint.extract import dates as dt
from flashpoint.extract.arguments import PLACES_VOTED, ArgumentReader, is_facility, noun_phrase, targets
from flashpoint.extract.arguments import TEMPORAL_MARKS as _TEMPORAL_MARKS
from flashpoint.extract.classify import classify, taxonomy
from flashpoint.extract.negation import answered, assertion, habitual, modality, not_violence
from flashpoint.extract.triggers import Trigger, TriggerEntry, trigger_lexicon
from flashpoint.model import Actor, Casualties, DateSpan, Document, Mention, Place
from flashpoint.resolve.actors import actor_base
from flashpoint.resolve.places import anaphor_struck_verbs, anaphor_words, care_words, gazetteer, place_words, \
    reporting_verbs
from flashpoint.resources import freeze_loaded
from flashpoint.syntax import token_table
from flashpoint.textnorm import normalise_name

_AFTER_RELATIVE = re.compile(
    r"\b((?:nearly|about|almost|some|around|roughly|just|less than|more than)\s+)?"
    r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
    r"(day|week|month)s?\s+(later|after)\b", re.I)
_TALLY_WORDS = ("since", "so far", "in total", "in all", "total of", "tally", "over the past", "in the past",
                "this year", "last year", "to date", "altogether")
_YEAR_WORDS = ("this year", "last year")  # tally words that also name the year of one dated incident
_ANAPHORIC_DETS = ("the", "this", "that", "these", "those", "its", "their", "latest", "last", "same")
_DET_FREE_OK = ("NNS",)


@dataclass
class Resources:
    """Everything the per-document stages load once: lexicons, actor base, gazetteer."""

    lexicon: object
    actors: object
    places: object
    args: ArgumentReader
    taxonomy: dict
    modality: object
    retaliation: tuple


@lru_cache(maxsize=1)
def resources() -> Resources:
    """Return the process-wide resources (built once; workers call this once each)."""
    lex = trigger_lexicon()
    actors = actor_base()
    places = gazetteer()
    tax = taxonomy()
    loaded = Resources(lex, actors, places, ArgumentReader(actors, places, tax, lex), tax, modality(),
                       tuple(sorted(tax["retaliation_cues"], key=len, reverse=True)))
    freeze_loaded()
    return loaded


def _named_as_sponsor(ent) -> bool:
    """Return True for a country named only as a side's sponsor: "fighters backed by Rwanda" (the object of a
    sponsor verb's 'by'), "Rwanda-backed rebels", "Iran-backed militias" (targets.yaml sponsor_verbs)."""
    root, verbs = ent.root, targets()["sponsor_verbs"]
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in verbs:
        return True
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lemma_.lower() in verbs


def report_countries(sdoc, res: Resources) -> tuple[str, ...]:
    """Return the countries a report is about, most mentioned first.

    Two passes, so that a name many countries share does not vote for a country the report never names.
    First what is unambiguous: countries, named regions and sites, towns that exist in one country only
    (1 each), nationalities (0.5) and named groups' countries (0.5: "al-Shabaab" is about Somalia). Then each
    ambiguous town votes for its homonym in those countries; one with none there votes (0.5) only for a
    prominent homonym named by its own name (a large city; never a village or an alternate spelling:
    "Medina" in a Mogadishu report is no vote for Saudi Arabia). A town only one place bears as its own
    name (the others as alternate spellings: Kherson) counts as unambiguous. When no place at all has
    voted ("Russian forces shelled Kherson": only a nationality), each town votes for its best homonym.
    """
    counts: Counter = Counter()
    ambiguous = []
    by_place = False  # whether a place (not only a nationality or a group) has voted
    for start, end, label, ent_text in token_table(sdoc).entities():
        if label == "ORG" and res.actors.group(ent_text) is None:
            label = "GPE"  # the small model tags many towns as organisations ("Niamey", "Dhaka", "Tillaberi")
        if label in ("GPE", "LOC", "FAC", "NORP"):
            if _named_as_sponsor(sdoc[start:end]):
                continue  # "fighters backed by Rwanda", "Rwanda-backed rebels": who backs, not where it happens
            if label == "NORP":
                country = res.actors.country(ent_text)
                if country:
                    counts[country.code] += 0.5
                continue
            matches = res.places.matches(ent_text)
            if not matches:
                continue
            if not any(res.places.known_abroad(m) or m.tier in ("exact", "variant") for m in matches):
                ambiguous.append(ent_text)  # a near spelling ("Komanda" of Slovenia's Komenda) proves no country
                continue
            cands = [m.candidate for m in matches]
            codes = {c.country_code for c in cands if c.kind in ("country", "region", "site")}
            if not codes:
                codes = {c.country_code for c in cands}
                if len(codes) > 1:
                    own = {m.candidate.country_code for m in res.places.matches(ent_text)
                           if m.tier == "exact" and normalise_name(m.candidate.name) == normalise_name(m.key)}
                    if len(own) != 1:
                        ambiguous.append(ent_text)
                        continue
                    codes = own
                if not any(res.places.known_abroad(m) for m in res.places.matches(ent_text)):
                    # a village only one country has ("Solhan" is Turkish too) is no proof of that country
                    # in a report about Burkina Faso: it votes like an ambiguous name, after the sure ones
                    ambiguous.append(ent_text)
                    continue
            for code in codes:
                if code:
                    counts[code] += 1
                    by_place = True
        elif label == "ORG":
            entry = res.actors.group(ent_text)
            if entry is not None and entry.country_code:
                counts[entry.country_code] += 0.5
    for code in _countries_untagged(sdoc, res):
        counts[code] += 0.5  # "Eight Togolese soldiers were killed": a demonym the small model did not tag
    prior = tuple(code for code, _ in counts.most_common())
    written = None  # countries whose one-word name or demonym the text writes, tagged or not ("Azerbaijani")
    all_ranked = [ranked for text in ambiguous if (ranked := res.places.ranked(text, prior))]
    # a city known abroad and ten times larger than any namesake ("Dhaka", which India also has; not "Victoria")
    # places the report as surely as a country's name: after it, a village only Iran has ("Gulshan") is no vote
    by_place = by_place or any(res.places.known_abroad(r[0]) and all(
        r[0].candidate.population >= 10 * m.candidate.population for m in r[1:]) for r in all_ranked)
    for best in (r[0] for r in all_ranked):
        if best.candidate.country_code in prior:
            counts[best.candidate.country_code] += 1
        elif res.places.known_abroad(best) or not by_place:
            counts[best.candidate.country_code] += 0.5
        else:
            written = _countries_written(sdoc, res) if written is None else written
            if best.candidate.country_code in written:
                counts[best.candidate.country_code] += 0.5  # "Kalbajar" in a report that writes "Azerbaijani"
    # only countries read from places make a town elsewhere doubtful (see ArgumentReader.place_names)
    sdoc.user_data[PLACES_VOTED] = by_place
    return tuple(code for code, _ in counts.most_common())


def _countries_untagged(sdoc, res: Resources) -> list[str]:
    """Return the country of each capitalised one-word country name or demonym outside any entity, once a word."""
    table = token_table(sdoc)
    tagged = {i for start, end, _, _ in table.entities() for i in range(start, end)}
    out, seen = [], set()
    for i, word in enumerate(table.text):
        if i in tagged or word in seen or not (word[:1].isupper() and word.isalpha()):
            continue
        seen.add(word)
        country = res.actors.country(word)
        if country is not None:
            out.append(country.code)
    return out


def _countries_written(sdoc, res: Resources) -> set[str]:
    """Return the codes of the countries a report names by a capitalised one-word name or demonym, read
    from the words themselves (the small model leaves many untagged: "Azerbaijan's defence ministry")."""
    table = token_table(sdoc)
    out = set()
    for word in set(table.text):
        if word[:1].isupper() and word.isalpha():
            country = res.actors.country(word)
            if country is not None:
                out.add(country.code)
    return out


@dataclass
class Reading:
    """What one report says: its mentions, the places each sentence names, the countries it is about."""

    mentions: list[Mention]
    sentence_places: dict[int, Place]
    countries: tuple[str, ...]
    sentence_casualties: dict[int, Casualties] = None
    # "Al-Shabaab claimed responsibility.": who, by sentence; (who, event types) when the claim's words name a kind
    # of incident ("claimed the killings": not an air strike)
    claims: dict[int, Actor | tuple] = None
    named: list[Actor] = None  # named groups and forces the report mentions, most mentioned first
    sentence_dates: dict[int, DateSpan] = None  # an undated incident's sentence -> the day told next to it
    sentence_targets: dict[int, Actor] = None  # whose targets a sentence after an incident names
    report_day: DateSpan | None = None  # the first day the report names that is no day of saying (`_sentence_day`)




def read_report(document: Document, sdoc, res: Resources | None = None) -> Reading:
    """Return the mentions of a parsed document with the places and countries around them."""
    res = res or resources()
    named = report_countries(sdoc, res)
    sents = token_table(sdoc).sentences()
    triggers = {i: found for i, s in enumerate(sents) if (found := res.lexicon.find(s))}
    # places are read where incidents are told and next to them; the rest of a report is not needed
    near = sorted({j for i in triggers for j in (i - 1, i, i + 1) if 0 <= j < len(sents)})
    places: dict[int, Place] = {}
    names: dict[int, list] = {}
    where: Counter = Counter()
    last = None  # (sentence, place) of the settlement named last: what "the city" stands for
    for index in near:
        sent = sents[index]
        names[index] = res.args.place_names(sent, named)
        if _names_anaphor(sent):
            # "the city" may stand for a settlement told in a sentence with no incident near it ("When the RSF
            # took El Fasher, ..."), read here only for that
            for j in range(max(index - ANAPHOR_SENTENCES, last[0] + 1 if last else 0), index):
                if j not in names and (told := _settlements(sents[j], res.args.place_names(sents[j], named))):
                    last = (j, told[-1])
        if last is not None and index - last[0] <= ANAPHOR_SENTENCES:
            names[index] = sorted(names[index] + _settlement_anaphors(sent, names[index], last[1]), key=lambda n: n[0])
        settled = _settlements(sent, names[index])
        if settled:
            last = (index, settled[-1])
        found = [p for p in res.args.places_in(sent, named, set(), names[index]) if p.locative]
        if index not in triggers:
            # "A fifth man died in a hospital in Dhaka.": where a wounded man died, not where he was hurt
            care = care_words()
            found = [p for p in found if not any(t.lower_ in care for t in sdoc[max(sent.start, p.start - 4):p.start])]
        if found:
            places[index] = min(found, key=lambda p: (p.place.precision or 3, p.start)).place
            where.update(p.place.country_code for p in found if p.place.country_code)
    # the countries where things happen come first; those only named (as actors, sponsors) after
    countries = tuple(code for code, _ in where.most_common()) + tuple(c for c in named if c not in where)
    mentions = read_mentions(document, sdoc, res, countries, names, triggers)
    _suicide_told_beside(mentions, sents, res)
    told = {m.sent_index for m in mentions}
    table = token_table(sdoc)
    tolls: dict[int, Casualties] = {}
    lex = res.modality
    for index, sent in enumerate(sents):
        # a toll told after an incident, or right after another such toll ("NEMA said 85 had died. A
        # local leader put it at more than 120.")
        near = bool({index - 1, index - 2} & told) or index - 1 in tolls
        # a toll told just before the incident it counts: a live blog's newer entry above the older one
        # ("1650 GMT - The death toll has risen to 34." ... "0915 GMT - A missile hit ...")
        ahead = bool({index + 1, index + 2} & told)
        # a running toll ("the health ministry gave an initial toll of 26 dead") reaches further back
        if index in told or not (near or ahead or {index - 3, index - 4, index + 3, index + 4} & told):
            continue
        if any(lemma in lex.accident_verbs or lemma in lex.natural_agents for lemma in table.lemma[sent.start:sent.end]):
            continue  # "the canopy collapsed, killing 15": those dead are no incident's toll
        text = table.span_text(sent.start, sent.end)
        if cas.over_a_period(text):
            continue  # "more than 500 had been killed in the province since January": a war's count
        found = [c for c in cas.find_casualties(text) if c.kind in ("killed", "injured")
                 and not _war_count(c, sdoc, sdoc[sent.start].idx)]  # "The conflict has killed more than 6,000 people."
        found += single_victims(sent, found)  # "The mayor and four others died.": the named count too
        found += running_tolls(sent, found)  # "By Thursday its figure had risen to 10"
        if found and (near or ahead or any(c.total for c in found)):
            tolls[index] = cas.combine(found)
    claims: dict[int, Actor | tuple] = {}
    blame_verbs = targets()["blame_verbs"]
    attribution_words = _attribution_words()
    for index, sent in enumerate(sents):
        incidents = {t.head for t in triggers.get(index, ())}
        for i in range(sent.start, sent.end):
            lemma = table.lemma[i]
            claim = lemma in ("responsibility", "credit") and table.dep[i] == "dobj"
            blame = lemma in blame_verbs and table.pos[i] == "VERB"
            if claim or blame:  # "Al-Shabaab claimed responsibility."; "Officials blamed al-Shabaab."
                actor, _ = res.args.claimant(sdoc[i], _main_place_country(sdoc, res, countries))
                if actor is not None and actor.type not in ("civilians", "protesters") and \
                        (claim or actor.id is not None):
                    claims[index] = actor
            elif index not in claims and (lemma in attribution_words or table.lower[i] == "behind"):
                # "The ADF has claimed the killings."; "Police said Ansaru was behind the attack."; "the attackers
                # belonged to al-Shabaab": who did the incident told before
                actor, _, types = res.args.attribution(sdoc[i], _main_place_country(sdoc, res, countries), incidents)
                if actor is not None:
                    claims[index] = (actor, types) if types else actor
    hit = _targets_told_after(sdoc, sents, told, res, countries)
    named = named_actors(sdoc, res)
    _definite_group_nouns(mentions, named)
    # (an incident a cue names as answered is dated by its own phrase or by the report's telling of it)
    undated = {m.sent_index for m in mentions if m.date is None and not m.recalled}
    dates = _neighbour_dates(sents, undated, triggers, document.published)
    # an undated recalled incident takes the day its own sentence names ("calling the strikes revenge for the
    # bombing of a police bus on February 1")
    recalled = {m.sent_index for m in mentions if m.date is None and m.recalled} - undated
    for index, span in _sentence_days(sents, recalled, document.published).items():
        dates.setdefault(index, span)
    for index, span in _section_dates(sents, undated, document.published).items():
        dates.setdefault(index, span)
    # (a day already lent to an undated incident told next to it is that incident's: "Talks resumed on Wednesday.
    # Gunmen later looted a clinic")
    lent = {(span.start, span.text) for span in dates.values()}
    report_day = next((span for sent in sents if (span := _sentence_day(sent, document.published)) is not None
                       and (span.start, span.text) not in lent), None) if document.published else None
    return Reading(mentions, places, countries, tolls, claims, named, dates, hit, report_day)


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """Return the lemmas that may open an attribution of an incident told before (claim and tie words)."""
    t = targets()
    return frozenset(t["claim_verbs"]) | frozenset(t["tie_words"])


ANAPHOR_SENTENCES = 6  # "the city" reaches back this many sentences to the settlement it stands for
_SETTLEMENT_KINDS = ("city", "town", "village")
_ANAPHOR_PREPS = ("in", "at", "inside", "into")


def _settlements(sent, found: list) -> list[Place]:
    """Return the settlements among a sentence's places (`found`), in order: what a later "the city" may stand for."""
    table = token_table(sent.doc)
    # (a wire's dateline, "PORT SUDAN, June 6 -", says where it was written: no antecedent)
    return [p for s_, e_, p in found if p.kind in _SETTLEMENT_KINDS and (p.precision == 1 or p.kind == "village")
            and not (s_ == sent.start and table.span_text(s_, e_).isupper())]


def _names_anaphor(sent) -> bool:
    """Return whether a sentence writes "the city", "the town" (places/cues.yaml `anaphor_words`; a quick test on words)."""
    lower, words = token_table(sent.doc).lower, anaphor_words()
    return any(lower[i] in words and lower[i - 1] == "the" for i in range(sent.start + 1, sent.end))


def _settlement_anaphors(sent, found: list, antecedent: Place) -> list[tuple[int, int, Place]]:
    """Return "the city", "the town" (places/cues.yaml `anaphor_words`, no name after them) as the settlement named
    last: "LIVE - Missile strike on Sumy ... the city was hit by two missiles", "the town of Merawi ... Fano
    fighters attacked army positions in the town, some 30 km south of Bahir Dar" (not Bahir Dar)."""
    table, words, out = token_table(sent.doc), anaphor_words(), []
    taken = {i for s_, e_, _ in found for i in range(s_, e_)}
    for i in range(sent.start + 1, sent.end):
        if table.lower[i] not in words or table.lower[i - 1] != "the" or i in taken or table.pos[i] != "NOUN":
            continue
        after = table.text[i + 1] if i + 1 < sent.end else ""
        if after.lower() == "of" or after[:1].isupper():
            continue  # "the town of Merawi", "the village Hroza": a name follows, read as such
        tok = sent.doc[i]
        # only where something happened: "in the town", "the city was hit"; not "withdrew from the town", "around
        # the town" nor "Lalibela, the town famous for its churches" (an apposition describes, it does not refer)
        where = (tok.dep_ == "pobj" and tok.head.lower_ in _ANAPHOR_PREPS) or (
            tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_.lower() in anaphor_struck_verbs())
        if where:
            out.append((i - 1, i + 1, replace(antecedent)))
    return out


def _operator(res: Resources, weapons: list[tuple[str, str]]) -> Actor | None:
    """Return the forces of the one state that fields a weapon the trigger names (weapons.yaml operators), or None."""
    for term, _ in weapons:
        code = res.lexicon.operators.get(term.lower())
        country = res.args.actors.country_by_code.get(code) if code else None
        if country is not None:
            return res.args.actors.state_forces(country, term)
    return None


def _suicide_told_beside(mentions: list[Mention], sents, res: Resources) -> None:
    """Make a bombing a suicide bombing when the report says so where no other incident is told: "22 were
    killed in an explosion at the arena. The attacker, a suicide bomber, died at the scene"; and "bombers hit
    a hotel" in a report that calls them suicide bombers."""
    suicide = {i for i, sent in enumerate(sents) if any(
        res.lexicon.weapon_classes.get(cls) == "Suicide bomb" for _, cls, _ in res.lexicon.weapon_spans(sent))}
    if not suicide:
        return
    told = {m.sent_index for m in mentions}
    persons = set(res.lexicon.person_terms)
    for m in mentions:
        if m.sub_event_type != "Remote explosive/landmine/IED":
            continue
        by_person = bool(m.weapons) and all(w.lower() in persons for w in m.weapons)
        beside = m.type_basis != "weapon" and m.mode in ("explosive", "remote", "attack") and any(
            i in suicide and i not in told for i in range(m.sent_index + 1, m.sent_index + 3))
        if by_person or beside:
            m.sub_event_type = "Suicide bomb"


def _targets_told_after(sdoc, sents, told: set, res: Resources, countries) -> dict[int, Actor]:
    """Return sentence index -> whose targets a sentence that tells no incident names, right after an
    incident's sentence in its paragraph: "...also went on strike. Target facilities used by X." """
    out: dict[int, Actor] = {}
    occupied = targets()["occupied_by_verbs"]
    for index, sent in enumerate(sents):
        if index in told or index - 1 not in told or _line_break_between(sents[index - 1], sent):
            continue
        pos = token_table(sdoc).pos
        for i in range(sent.start, sent.end):
            if pos[i] != "NOUN":
                continue
            tok = sdoc[i]
            if any(c.dep_ == "acl" and c.lemma_.lower() in occupied for c in tok.children):
                actor = res.args.owner(tok, _main_place_country(sdoc, res, countries))
                if actor is not None and actor.type not in ("civilians", "protesters"):
                    out[index] = actor
                    break
    return out


_GROUP_TYPES = ("rebel group", "political militia", "identity militia")


def _definite_group_nouns(mentions: list[Mention], named: list[Actor]) -> None:
    """'The rebels', 'the militant group': in a report that names one armed group, that group.

    Only a definite class noun of armed groups; gunmen and attackers stay unidentified, and a
    report naming two groups leaves every class noun as it is.
    """
    groups = [a for a in named if a.type in _GROUP_TYPES]
    if len(groups) != 1:
        return
    group = groups[0]
    for m in mentions:
        for role in ("actor1", "actor2"):
            a = getattr(m, role)
            if a is not None and a.name == "Militants" and (a.text or "").lower().startswith("the "):
                setattr(m, role, replace(group, text=a.text))


def _section_dates(sents, undated: set[int], published) -> dict[int, DateSpan]:
    """Return, for undated mentions under a line that is only a day ("Saturday 13 April", a live
    blog's section header), that day, keyed by the mention's own sentence."""
    out: dict[int, DateSpan] = {}
    if not published or not undated or not sents:
        return out
    headers = _day_headers(sents[0].doc, published)
    for i in undated:
        above = [span for at, span in headers if at < sents[i].start_char]
        if above:
            out[i] = above[-1]
    return out


def _day_headers(sdoc, published) -> list[tuple[int, DateSpan]]:
    """Return (character offset, day) of each line of a report that is only a day (read once per report)."""
    memo = token_table(sdoc).memo
    key = ("day headers", published)
    if key in memo:
        return memo[key]
    headers: list[tuple[int, DateSpan]] = []
    offset = 0
    for line in token_table(sdoc).doc_text.split("\n"):
        text = line.strip()
        if text and len(text) <= 40:
            found = dt.find_dates(text, published)
            if len(found) == 1 and found[0].span is not None and found[0].span.precision == "day" \
                    and len(found[0].text) >= len(text) - 2:
                headers.append((offset, found[0].span))
        offset += len(line) + 1
    memo[key] = headers
    return headers


def _sentence_day(sent, published) -> DateSpan | None:
    """Return the first day a sentence names that is no day of saying, no bound of a period and no dateline."""
    text = token_table(sent.doc).span_text(sent.start, sent.end)
    return next((d.span for d in dt.find_dates(text, published)
                 if d.span is not None and d.span.precision == "day"
                 and d.role not in ("since", "until", "dateline", "compared") and not dt.is_reporting_context(text, d)),
                None)


def _sentence_days(sents, indices: set[int], published) -> dict[int, DateSpan]:
    """Return the day each of these sentences names (`_sentence_day`), for those that name one."""
    if not published:
        return {}
    return {i: span for i in indices if (span := _sentence_day(sents[i], published)) is not None}


def _neighbour_dates(sents, undated: set[int], triggers: dict, published) -> dict[int, DateSpan]:
    """Return the day told in the sentence before (or, if it tells no incident, after) an undated
    mention, in the same paragraph, keyed by the mention's own sentence: "On Monday the capital was shut by a
    strike. Protesters set up barricades", "11 people have been detained. The four were stopped early on
    Saturday". (Keyed by the dated sentence, a day found for the mention after a paragraph's end reached the one
    before it too.)"""
    out: dict[int, DateSpan] = {}
    if not published:
        return out
    for i in sorted(undated):
        for j in (i - 1, i + 1):
            if i in out or not 0 <= j < len(sents) or (j > i and j in triggers):
                continue
            lo, hi = sorted((i, j))
            if _line_break_between(sents[lo], sents[hi]):
                continue
            span = _sentence_day(sents[j], published)
            if span is not None:
                out[i] = span
    return out


def named_actors(sdoc, res: Resources) -> list[Actor]:
    """Return the named groups and forces a report mentions anywhere, most mentioned first."""
    counts: Counter = Counter()
    entries = {}
    backers: dict[str, set] = {}
    table = token_table(sdoc)
    for start, end, label, text in table.entities():
        if label not in ("ORG", "NORP", "GPE", "PERSON", "FAC"):
            continue
        entry = res.actors.group(text)
        if entry is not None:
            counts[entry.id] += 1
            entries[entry.id] = entry
            # "Yemen's Iran-backed Houthis": a sponsor named once holds for the whole report
            window = table.span_text(max(start - 4, table.sentence_start(start)), end)
            backer = res.actors.backer(window)
            if backer and backer != entry.country_code:
                backers.setdefault(entry.id, set()).add(backer)
    out = []
    for i, _ in counts.most_common():
        e = entries[i]
        named = backers.get(i, set())
        backer = next(iter(named)) if len(named) == 1 else e.backer
        out.append(Actor(e.name, i, e.type, e.country_code, backer, None))
    return out


def read_mentions(document: Document, sdoc, res: Resources | None = None,
                  countries: tuple[str, ...] | None = None, place_names: dict | None = None,
                  triggers: dict | None = None) -> list[Mention]:
    """Return the asserted incident mentions of a parsed document, in text order."""
    res = res or resources()
    if countries is None:
        countries = report_countries(sdoc, res)
    place_countries = countries
    context_country = _main_place_country(sdoc, res, countries)
    published = document.published
    out: list[Mention] = []
    table = token_table(sdoc)
    sents = table.sentences()
    frame = _ReportFrame(disaster=_is_disaster_report(sdoc, res.modality), sport=_is_sport_report(sdoc, res.modality))
    if published and "\n" in document.text:
        frame.sections = _section_dates(sents, set(range(len(sents))), published)
    if _is_fiction_report(sdoc, res.modality):
        return out  # a film's or a novel's battles are staged
    narratives = _narrative_years(table, sents, published)
    paragraph = 0
    for index, sent in enumerate(sents):
        if index and _line_break_between(sents[index - 1], sent):
            paragraph += 1
        frame.narrative = narratives[index]
        if not table.span_text(sent.start, sent.end).strip() or not any(table.is_alpha[sent.start:sent.end]):
            continue
        found = triggers.get(index) if triggers is not None else res.lexicon.find(sent)
        if not found:
            continue
        told = _told_just_before(out, sents, index)
        last = [m for m in out if told and m.sent_index == out[-1].sent_index]
        # what the sentence tells, not what it recalls ("... in retaliation for Saturday's attack")
        frame.previous = max(last, key=lambda m: (not m.recalled, m.date is not None, m.actor1 is not None,
                                                  not m.generic),
                             default=None)
        frame.crowd = frame.crowd or any(m.event_type in ("Protests", "Riots") for m in out)
        frame.protest = frame.protest or any(m.event_type == "Protests" for m in out)
        frame.fighters = frame.fighters or any(_armed_incident(m, res) for m in out)
        # a protest told in the sentence or two just before, in the same paragraph
        frame.protest_near = told == "paragraph" and any(m.event_type == "Protests" for m in last)
        frame.anchor = _recent_day(out, index, _day_named_in(table, sents, published, bool(frame.sections)))
        told_here = _sentence_mentions(document, sent, index, found, res, place_countries,
                                       context_country, published, (place_names or {}).get(index), told, frame)
        out.extend(told_here)
        frame.protest_lead = frame.protest_lead or (paragraph <= 1 and any(m.event_type == "Protests" for m in told_here))
        frame.means.update((m.actor1.name, m) for m in told_here
                           if m.actor1 is not None and m.type_basis in ("weapon", "sentence"))
    return out


@dataclass
class _ReportFrame:
    """What a report has shown it is about, read once for all its sentences (internal)."""

    disaster: bool = False  # storms, floods, epidemics are what kills in it
    sport: bool = False  # it is about a game: only a sentence naming a weapon tells an incident
    non_violent: set = None  # trigger words it used for something else ("a ransomware attack")
    previous: Mention | None = None  # the incident told in the sentence or two before, if any
    crowd: bool = False  # it has told of protests or riots
    protest: bool = False  # it has told of a protest (a riot alone, a lynch mob, is none)
    fighters: bool = False  # it has told of an armed group's incident or of a weapon's (not only crowds and police)
    protest_near: bool = False  # a protest was told in the sentence or two just before, in the same paragraph
    protest_lead: bool = False  # a protest was told in the lead (the first two paragraphs): a report about protests
    means: dict = None  # actor name -> its last incident whose weapon decided the type
    anchor: date | None = None  # the day of the incident told in the last sentences ("the next morning")
    armed: bool | None = None  # it names a weapon somewhere (read when first needed)
    sections: dict = None  # sentence index -> the day of the live blog section it is under ("Saturday 13 April")
    narrative: int | None = None  # the year the passage before the sentence is told in, if not the present

    def __post_init__(self):
        self.non_violent = set() if self.non_violent is None else self.non_violent
        self.means = {} if self.means is None else self.means
        self.sections = {} if self.sections is None else self.sections


# "the next morning" counts from the time the narrative has reached this many sentences back at most: sentences
# that tell no incident, or only undated ones ("A firefight broke out when the infiltrators were spotted"), leave
# that time where it was
ANCHOR_SENTENCES = 8


def _recent_day(told: list[Mention], index: int, day_of=lambda j: None) -> date | None:
    """Return the day `_recent_time` gives sentence `index`, None when that time is no single day."""
    time = _recent_time(told, index, day_of)
    return time.start if time is not None and time.precision == "day" else None


SHORT_TIME_DAYS = 1  # an incident dated to a span this long ("overnight") is a time the narrative has reached


def _recent_time(told: list[Mention], index: int, day_of=lambda j: None) -> DateSpan | None:
    """Return the reference time of sentence `index`: the time of the last incident dated to a day (or a night)
    in the sentences just before, or the day a sentence that tells no incident names ("Then came June 25."),
    whichever is nearer; None when there is none.

    Of the incidents one sentence tells, the latest is the time the narrative has reached ("Taliban forces
    attacked border posts overnight, calling it retaliation for air strikes on Thursday": overnight).
    day_of(j): the day sentence j names as a point in time, not as the day something was said; False when the
    time it names is no day ("in March 2020"); None when it names none.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for m in told:
        by_sentence.setdefault(m.sent_index, []).append(m)
    for j in range(index - 1, max(-1, index - 1 - ANCHOR_SENTENCES), -1):
        here = by_sentence.get(j, [])
        times = [m.date for m in here if not (m.recalled or any(x.recalled and x.date == m.date for x in here))
                 and m.date is not None and m.date.start is not None and m.date.end is not None
                 and (m.date.precision == "day" or (m.date.precision == "range"
                                                    and (m.date.end - m.date.start).days <= SHORT_TIME_DAYS))]
        # ("revenge for Israel's attack on Friday, when jets struck Natanz": what was answered is no narrative day)
        if times:
            return max(times, key=lambda d: (d.start, d.end))
        if here:
            continue  # its dates are its incidents' (a recalled one's, a month's; one left undated may be recalled)
        day = day_of(j)
        if day is not None:
            return DateSpan(day, day, "day", None) if day else None
    return None


def _narrative_years(table, sents, published) -> list[int | None]:
    """Return, for each sentence, the year the passage before it is told in (None: the present).

    "The cycle began in the spring of 2023. ... On June 13 police arrested ...": the year a retrospective passage
    has set, for the year-less dates after it; a recalled day ("On December 16, 2011, ...") holds for its
    paragraph only.
    """
    memo = table.memo
    key = ("narrative years", published)
    if key in memo:
        return memo[key]
    out: list[int | None] = []
    narrative = None
    for index, sent in enumerate(sents):
        if narrative is not None and not narrative[1] and index and _line_break_between(sents[index - 1], sent):
            narrative = None
        out.append(narrative[0] if narrative is not None else None)
        narrative = dt.narrative_year(table.span_text(sent.start, sent.end), published, narrative) if published else None
    memo[key] = out
    return out


def _day_named_in(table, sents, published, live: bool = False):
    """Return day_of(j) for `_recent_day`: the last day sentence j names as a point in time, not as the day
    something was said or a count was given, or None.

    live: the report is a live blog under day headers ("Sunday 14 April"): its entries are no narrative, a day
    named in one is no time the next counts from.
    """
    def day_of(j: int) -> date | None:
        if not published or live:
            return None
        key = ("day named", published, j)  # each sentence is asked by the several after it: read it once
        if key not in table.memo:
            table.memo[key] = _day_named(table, sents, published, j)
        return table.memo[key]
    return day_of


def _day_named(table, sents, published, j: int) -> date | None:
    """Return the last day sentence j names as a point in time (see `_day_named_in`), False or None."""
    text = table.span_text(sents[j].start, sents[j].end)
    if cas.find_casualties(text):
        return None  # "On Sunday officials had put the number of dead at 231": a toll's day, no incident's
    narrative = _narrative_years(table, sents, published)[j]
    found = [d for d in dt.find_dates(text, published, narrative=narrative) if d.role == "point" and d.span is not None
             and d.span.start is not None and not dt.is_reporting_context(text, d)]
    if not found:
        return None
    # "The template was set in March 2020.": the narrative has moved to a time that is no day
    return found[-1].span.start if found[-1].span.precision == "day" else False


def _anchored(plain: list, anchored: list, retold=lambda d: False) -> list:
    """Return a sentence's dates read without an anchor, plus those only the incident told just before
    resolves ("Early the next morning", "Eleven days later", "on Nov. 30 that year"); `retold(d)` says
    whether an "after"/"before" date names the incident told before as its reference ("the day after the
    shrine bombing")."""
    out = list(plain)
    for d in anchored:
        if d.text.lower().rsplit(None, 1)[-1] in ("after", "before", "prior") and not retold(d):
            continue  # "a day after the girls were killed" names its own reference, not the last incident
        same = [p for p in plain if p.start < d.end and d.start < p.end]
        if not same:
            out.append(d)
        elif (d.text.lower().endswith(" year") or dt.narrative(d.text)) and all(p.span != d.span for p in same):
            # "on Nov. 30 that year", "Overnight, the militants shelled Anefis" after Thursday's attack: the
            # incident told just before dates them, not the publication
            out = [p for p in out if p not in same] + [d]
    return sorted(out, key=lambda d: d.start)


def _after_the_told(d, sdoc, base: int, trigger_ids: set[int]) -> bool:
    """Return True for a date "<amount> after/before" whose reference is an incident word told again ("The day
    after the shrine bombing", "two days before Sunday's attack"): counted from the incident told before."""
    span = sdoc.char_span(base + d.start, base + d.end, alignment_mode="expand")
    if span is None:
        return False
    ref = [c for c in span[-1].children if c.dep_ == "pobj"]
    return bool(ref) and ref[0].i in trigger_ids and _anaphoric(ref[0]) and ref[0].tag_ in ("NN", "NNS")


def _is_fiction_report(sdoc, lex) -> bool:
    """Return True when a report is about a film, series, novel or game (three cue words or more)."""
    return sum(1 for lemma in token_table(sdoc).lemma if lemma in lex.fiction_cues) >= 3


SPORT_CUES = 4  # distinct sport words that make a report a game's


def _is_sport_report(sdoc, lex) -> bool:
    """Return True when a report is about a game: SPORT_CUES distinct sport words or more (by lemma or by the
    word itself: the small model reads "a Cup of Nations qualifier" as an adjective lemmatised "qualifi")."""
    table = token_table(sdoc)
    return len((set(table.lemma) | set(table.lower)) & lex.sport_cues) >= SPORT_CUES


def _armed_sentence(tok, words, weapon_spans, lex) -> bool:
    """Return True when a sentence of a game's report tells of arms: a weapon besides the trigger word itself
    ("bombardment" of crosses names none) or a word of armed conflict ("kidnapped by gunmen", "soldiers")."""
    return any(tok.i not in where for _, _, where in weapon_spans) \
        or any(low in lex.conflict or lemma in lex.conflict for low, lemma in words)


def _is_disaster_report(sdoc, lex) -> bool:
    """Return True when natural forces are named three times or more: a storm or epidemic report."""
    table = token_table(sdoc)
    return sum(1 for pos, lemma in zip(table.pos, table.lemma)
               if pos in ("NOUN", "PROPN") and lemma in lex.natural_agents) >= 3


def _told_just_before(mentions: list[Mention], sents, index: int) -> str | None:
    """Return 'paragraph' when one of the two sentences before, in the same paragraph, told an
    incident, 'report' when they did across a paragraph break, else None.

    "A crowd smashed the hotel's windows. ... Hours later a hotel in Tamworth was also attacked":
    the second needs no conflict word of its own to be read as one.
    """
    if not mentions or mentions[-1].kind != "event" or not 0 < index - mentions[-1].sent_index <= 2:
        return None
    # a paragraph break is the line break a sentence ends with (see nlp.paragraph_breaks)
    return "report" if _line_break_between(sents[mentions[-1].sent_index], sents[index]) else "paragraph"


def _line_break_between(first, later) -> bool:
    """Return True when the text from the start of sentence `first` to the start of `later` holds a
    line break. Reads the document's token table: `Doc.text` rebuilds the whole text on each call."""
    return token_table(first.doc).line_break(first.start, later.start)


# the words a place may hang from on its way up to the incident's word: "near Mora in northern Cameroon",
# "across the border in Kenya"; an argument in between ("captured Abdeslam, the suspect of the attacks in
# Paris") makes the place another thing's
_PLACE_PATH = ("prep", "pobj", "conj", "compound", "amod", "npadvmod", "advmod", "nmod", "pcomp", "cc")


def _trigger_country(trigger, where) -> str | None:
    """Return the one country of the places the incident's own words say it happened at, or None.

    "On Monday, gunmen killed four soldiers near Mora in northern Cameroon" in a report about Nigeria: the
    soldiers are Cameroon's, the gunmen's country Cameroon.
    """
    found = set()
    for p in where:
        node = trigger.doc[p.start:p.end].root
        for _ in range(10):
            if node.i == trigger.i:
                found.add(p.place.country_code)
                break
            if node.dep_ in ("dobj", "nsubjpass") and node.head.i == trigger.i:
                node = node.head  # "struck an apartment block in Dnipro": where the thing hit stood
                continue
            if node.dep_ not in _PLACE_PATH or node.head.i == node.i:
                break
            node = node.head
    return next(iter(found)) if len(found) == 1 else None


def _main_place_country(sdoc, res, countries) -> str | None:
    for code in countries:
        if code != "USA":
            return code
    return countries[0] if countries else None


def _sentence_mentions(document, sent, index, triggers: list[Trigger], res: Resources, countries,
                       context_country, published, names=None, told_before: str | None = None,
                       frame: _ReportFrame | None = None) -> list[Mention]:
    sdoc = sent.doc
    text = token_table(sdoc).span_text(sent.start, sent.end)
    base = sent.start_char
    lex = res.modality
    # which triggers tell an asserted incident comes first: a sentence without one needs no more reading
    kept: list[tuple[Trigger, object]] = []
    unreal: set[int] = set()
    for trig in triggers:
        tok = sdoc[trig.head]
        ok, _reason = assertion(tok, lex)
        if ok and trig.entry.mode == "attack" and tok.lemma_.lower() in ("launch", "fire", "send") and tok.dep_ in ("acl", "amod"):
            ok = False  # "drones launched overnight": the launch describes the weapon, it is told elsewhere
        if ok and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
            ok = False  # "the militia that fights alongside the army": what a group does, no incident
        if ok and tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children) \
                and not any(t.ent_type_ == "DATE" for t in tok.subtree):
            ok = False  # "bombings in the areas the army has retaken": what the place has seen, no incident told
        if ok and _in_present_setting(tok):
            ok = False  # "the bombings came as forces, backed by US air strikes, push against al Shabaab": the war
        if ok and trig.entry.mode == "arrest" and _nobody_taken(tok):
            ok = False  # "no suspect has been arrested", "nobody was detained": no arrest
        if ok and not_violence(tok, lex):
            ok = False
            if frame is not None:
                frame.non_violent.add(tok.lemma_.lower())
        if ok and frame is not None and tok.lemma_.lower() in frame.non_violent and _anaphoric(tok):
            ok = False  # "the attack" after "a ransomware attack" is that one
        if ok and trig.entry.mode == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
                and tok.head.lemma_.lower() in lex.opinion_verbs:
            ok = False  # "protesters blame the collapse on corruption": an opinion, no gathering
        if ok and trig.entry.mode == "protest" and tok.ent_type_ == "DATE" and any(
                0 <= tok.i + k < len(sdoc) and sdoc[tok.i + k].ent_type_ == "DATE" and sdoc[tok.i + k].like_num
                for k in (-1, 1)):
            ok = False  # "on 18 march" in copy that writes months in lower case: a day, no march
        if ok and trig.entry.mode == "protest" and _names_movement(tok):
            ok = False  # "the protests began two weeks ago", "the arrest which sparked the protests": the movement
        if ok and trig.entry.mode == "arrest" and frame is not None and frame.crowd and _during_crowd(tok):
            ok = False  # "40 people were arrested during the unrest": that protest's or riot's intervention
        if not ok:
            unreal.add(tok.i)  # a threatened or denied incident still owns its own date words
            continue
        entry = trig.entry
        if not _conditions_met(entry, tok, res):
            entry = next((e for e in res.lexicon.others(tok, entry, phrase=trig.end - trig.start > 1)
                          if _conditions_met(e, tok, res)), None)
            if entry is None:
                continue
            trig = replace(trig, entry=entry)
        kept.append((trig, tok))
    if not kept:
        return []
    narrative = frame.narrative if frame is not None else None
    # an entry under a live blog's "Monday 7 July" was written that day: its "overnight", "on Sunday" and
    # "yesterday" count from that day, not from the day the blog was last updated
    section = frame.sections.get(index) if frame is not None and published else None
    if section is not None and section.precision == "day" and section.start is not None \
            and section.start < published:
        published = section.start
    dates = dt.find_dates(text, published, narrative=narrative) if published else []
    if published and frame is not None and frame.anchor is not None:
        dates = _anchored(dates, dt.find_dates(text, published, frame.anchor, narrative),
                          lambda d: _after_the_told(d, sdoc, base, {tok.i for _, tok in kept}))
    # "On December 21 last year, four soldiers were killed ...; the next day ...": the day the sentence
    # names first anchors the relative words after it, before the incident told in the sentences above
    own = next((d for d in dates if d.role == "point" and d.span is not None and d.span.precision == "day"
                and not dt.is_reporting_context(text, d)), None)
    if own is not None and (frame is None or own.span.start != frame.anchor):
        later = _anchored([], [d for d in dt.find_dates(text, published, own.span.start, narrative) if d.start >= own.end])
        dates = sorted([d for d in dates if not any(x.start < d.end and d.start < x.end for x in later)] + later,
                       key=lambda d: d.start)
    trigger_ids = {tok.i for _, tok in kept}
    date_marks = [(d, dt.is_reporting_context(text, d) or _said_on(d, sdoc, base, trigger_ids)) for d in dates]
    casualties = cas.find_casualties(text)
    if any(d.role == "since" for d in dates):
        # "the insurgency has killed more than 2,600 people since 2017": a running total over
        # years, no incident's own toll
        casualties = [c for c in casualties if not _running_total(c, sdoc, base)]
    casualties = [c for c in casualties if not _war_count(c, sdoc, base)]  # "the conflict has killed 6,000"
    casualties = sorted(casualties + single_victims(sent, casualties) + running_tolls(sent, casualties),
                        key=lambda c: c.start)
    casualties = sorted(casualties + attackers_dead(sent, casualties, kept), key=lambda c: c.start)
    if sent.start:  # "Two gunmen opened fire ... The attackers were shot dead by police.": the figure told before
        before = token_table(sdoc).sentence_bounds(sent.start - 1)  # (`Token.sent` builds the span)
        casualties = sorted(casualties + cas.attackers_counted_before(
            text, token_table(sdoc).span_text(*before), casualties), key=lambda c: c.start)
    lower = text.lower()
    weapon_spans = res.lexicon.weapon_spans(sent)
    sentence_weapons = [(term, cls) for term, cls, _ in weapon_spans]
    aircraft = res.lexicon.aircraft_terms(weapon_spans, sdoc)
    carried = res.lexicon.carried_arms(sdoc, weapon_spans)  # a ground attack's arms, listed with its guns
    table = token_table(sdoc)
    words = list(zip(table.lower[sent.start:sent.end], table.lemma[sent.start:sent.end]))
    conflict_context = bool(sentence_weapons) or bool(casualties) or any(
        low in lex.conflict or lemma in lex.conflict for low, lemma in words)
    sporty = sum(1 for low, lemma in words if low in lex.non_conflict or lemma in lex.non_conflict)
    if names is None:
        names = res.args.place_names(sent, countries)
    where = [p for p in res.args.places_in(sent, countries, set(), names) if p.locative and p.place.country_code]
    sentence_country = context_country
    resolved = []
    for trig, tok in kept:
        sentence_country = _trigger_country(tok, where) or context_country
        a1, a2, t1, t2 = res.args.agent_and_patient(tok, sentence_country, trig.entry)
        resolved.append([trig, tok, a1, a2, t1, t2])
    resolved = _absorb(resolved, res)
    # a crowd's word said of an armed group ("the attackers burned two vehicles before withdrawing"): part of its raid
    resolved = [r for r in resolved if not (r[0].entry.crowd_only and r[2] is not None and r[2].type in _ARMED)]
    for r in resolved:
        # students or workers who are abducted or shot are civilians, not protesters (protesters stay protesters)
        if r[3] is not None and r[3].type == "protesters" and r[0].entry.mode not in ("protest", "riot") \
                and not (r[2] is not None and r[2].type == "state forces") and not res.actors.names_protesters(r[3].text):
            a = r[3]
            r[3] = Actor("Civilians", "civilians", "civilians", a.country_code, a.backer, a.text)
        # residents who stone, burn or storm are rioters: the act makes the crowd (a crowd, unlike "the men"
        # who fire into a ditch or set off a bomb, has no weapon)
        if r[2] is not None and r[2].type == "civilians" and (r[0].entry.mode in ("riot", "arson", "mob") or (
                r[0].entry.mode in ("attack", "territory_lost") and not sentence_weapons
                and r[1].lemma_.lower() not in _GUN_VERBS)):
            a = r[2]
            r[2] = Actor("Rioters", "rioters", "rioters", a.country_code, None, a.text)
        # "a crowd beat and burned to death a dozen men": a crowd that kills, not named as demonstrators, is a mob
        elif r[2] is not None and r[2].type == "protesters" and r[0].entry.mode in ("kill", "civilians") \
                and not res.actors.names_protesters(r[2].text):
            a = r[2]
            r[2] = Actor("Rioters", "rioters", "rioters", a.country_code, None, a.text)
        # "a man stabbed three people", "two men opened fire on worshippers": people who shoot, stab, ram or
        # bomb are an armed group whose name nobody gave, not civilians (who hit, unarmed, are rioters above)
        elif r[2] is not None and r[2].type == "civilians" and r[0].entry.mode in _ARMED_HARM_MODES:
            a = r[2]
            r[2] = Actor("Unidentified Armed Group", None, "political militia", a.country_code, None, a.text)
        # "thousands of people marched": people who protest are protesters
        if r[2] is not None and r[2].type == "civilians" and r[0].entry.mode == "protest":
            a = r[2]
            r[2] = Actor("Protesters", "protesters", "protesters", a.country_code, None, a.text)
    # dates belong to the nearest trigger above them: kept ones and those that are not events
    all_trigger_ids = {r[1].i for r in resolved} | unreal
    found_ids = {tok.i for _, tok in kept} | unreal  # every trigger word, before any was folded into another
    mentions = []
    actor_token_ids: set[int] = set()
    for _trig, _tok, _a1, _a2, t1, t2 in resolved:
        for t in (t1, t2):
            if t is not None and not is_facility(t):
                actor_token_ids.update(x.i for x in noun_phrase(t))
    places = res.args.places_in(sent, countries, actor_token_ids, names)
    heads: dict[int, object] = {}  # id(mention) -> its trigger token
    for trig, tok, a1, a2, t1, t2 in resolved:
        answer = _retaliation(lower, res.retaliation, tok)
        cue = _cue_phrase(tok) if answer else None

        named = None if answer else _named_phrase(tok)

        def in_cue(offset: int) -> bool:
            # (for the incident a cue names, the words outside its phrase are the answer's)
            return (cue is not None and cue[0] <= offset < cue[1]) or (
                named is not None and not named[0] <= offset < named[1])
        # "the strikes were carried out in response to the attack on a U.S. position in Jordan": the
        # actors, place and day told in the cue's phrase are the answered incident's
        a1 = None if t1 is not None and in_cue(t1.idx - base) else a1
        a2 = None if t2 is not None and in_cue(t2.idx - base) else a2
        armed = {"state forces", "rebel group", "political militia", "identity militia", "external/other"}
        has_armed_actor = any(a is not None and a.type in armed for a in (a1, a2))
        counted = _tally_shaped(tok, lower, date_marks) or _ordinal_count(tok) is not None
        # an incident told just before gives context to the next sentence of its paragraph, and
        # to "the two blasts" or "the attack" in the next paragraph
        follows = told_before == "paragraph" or (told_before == "report" and _bare_anaphor(tok))
        if trig.entry.needs_context and not (conflict_context or has_armed_actor or counted or follows or _died_in(tok)
                                             or (trig.entry.report_context and _names_weapon(frame, sdoc, res))):
            continue
        if trig.entry.needs_place and not places and not counted:
            continue
        if frame is not None and frame.disaster and trig.entry.mode in _HARM_MODES \
                and not (has_armed_actor or sentence_weapons):
            continue  # in a storm report, "20 people have been killed" by nobody named is the storm's
        if sporty >= 2 and not (sentence_weapons or has_armed_actor):
            continue
        if _ranks_another(tok, all_trigger_ids, lex):
            continue  # "..., in Ankara's first acknowledged air strikes against the group": the act told, ranked
        if frame is not None and frame.sport and not _armed_sentence(tok, words, weapon_spans, lex):
            continue  # "Pakistan's pace attack had India under siege", "Angola's bombardment of the box": a game
        state = a1 is not None and a1.type == "state forces"
        if tok.pos_ == "NOUN" and trig.entry.mode in _WEAPON_MODES and res.lexicon.held(sdoc, range(tok.i, tok.i + 1)):
            continue  # "found a cache of landmines and rockets": arms found, no blast
        hit = _hit_things(tok, weapon_spans)  # "a helicopter was hit by gunfire": the aircraft is the target
        # arms seized or found ("seized explosives in a raid on a house") were not the means of the act
        hit = hit | {term.lower() for term, _, where in weapon_spans if res.lexicon.held(sdoc, where, tok)}
        own_weapons = [(term, cls) for term, cls in res.lexicon.by_whom(res.args.weapons(tok, [t1]), state, aircraft)
                       if term.lower() not in carried and term.lower() not in hit]
        if a1 is None:
            a1 = _operator(res, own_weapons)  # "hit by two Iskander missiles": the one state that fields them
        weapon_classes = [c for _, c in own_weapons]
        if trig.entry.weapon:
            weapon_classes.insert(0, trig.entry.weapon)
        elif trig.entry.fallback_weapon and not any(res.lexicon.weapon_classes.get(c) for c in weapon_classes):
            weapon_classes.append(trig.entry.fallback_weapon)
        # a weapon that names another incident of the sentence is that one's ("attacked army posts in
        # retaliation for air strikes": the posts were not hit from the air)
        others = {i for t in triggers if t.head != tok.i for i in range(t.start, t.end)}
        recalled = _recalled(tok) or answered(tok, lex)
        # an incident recalled as what an act answered is not typed by the answer's weapons ("warplanes
        # pounded positions in retaliation for last week's bombing": no air strike); only its own phrase's
        own = {t.i for t in tok.subtree} if recalled else None
        # ...and one across the edge of an 'after ...' clause is the other incident's too ("fighter jets struck
        # Derna, hours after gunmen killed 29 Copts": the killing was not done from the air)
        weak = [c for _, c in res.lexicon.by_whom(
            [(term, cls) for term, cls, where in weapon_spans if not others.intersection(where)
             and term.lower() not in carried and term.lower() not in hit
             and (own is None or own.issuperset(where)) and not res.lexicon.names_a_thing(sdoc, where)
             and _same_clause_side(tok, sdoc[where[0]])],
            state, aircraft)]
        # the dead: civilians, armed (soldiers, fighters) or people nobody named as either
        victims = [("civilians" if c.side == "civilians" else "armed" if c.side in ("security", "militants")
                    else "people") for c in casualties if c.kind == "killed" and not c.attackers]
        mode = trig.entry.mode
        if trig.entry.non_state_mode and a1 is not None and a1.type in _ARMED and not state and not any(
                res.lexicon.weapon_classes.get(c) for c in weapon_classes + weak):
            mode = trig.entry.non_state_mode  # "gunmen struck two villages": no aircraft, no weapon named
        elif trig.entry.non_state_mode and _rammed(tok, res) and not any(
                res.lexicon.weapon_classes.get(c) for c in weapon_classes + weak):
            mode = "assault"  # "drove a van down the street, striking dozens of people": a ramming, no aircraft
        decision = classify(mode, weapon_classes, a1, a2, victims, weak)
        event_type, sub = decision.event_type, decision.sub_event_type
        if trig.entry.non_state_sub and decision.basis == "trigger" and not (a1 is not None and a1.type == "state forces"):
            sub = trig.entry.non_state_sub  # "a bombing in Kerman": no aircraft named, no state's forces
        if sub == "Remote explosive/landmine/IED" and _died_detonating(tok):
            sub = "Suicide bomb"  # "he died at the arena after detonating an explosive device"
        if trig.entry.mode == "protest" and tok.pos_ == "VERB" and trig.entry is not _CROWD_CONTROL_ENTRY \
                and not trig.entry.needs_weapon and a1 is not None and a1.type == "state forces":
            continue  # "troops marched through the streets": a show of force, not a protest
        if event_type == "Protests":
            sub = _protest_sub(lower, res.taxonomy["protest_cues"], sub)
            if sub == "Violent demonstration":
                event_type = "Riots"
            if a1 is not None and a1.type == "state forces":
                # "police fired tear gas at protesters": the demonstrators act, the police answer
                a1, a2 = None, a1
            if a1 is None:
                a1 = _protesters(res, sentence_country)
        if trig.entry.mode == "mob" and a1 is None:
            a1 = Actor("Rioters", "rioters", "rioters", sentence_country, None, None)  # a lynching has a mob
        police_a1 = a1 is not None and a1.name.startswith("Police Forces")
        # a report of crowds (and the police who met them), not of armed groups, or a sentence that tells of a crowd
        # (a month's name is no march; an armed group told in the sentence makes its fight an armed one)
        crowd_here = ((frame is not None and frame.crowd and not frame.fighters) or any(
            t.entry.mode in ("protest", "riot", "mob") and w.ent_type_ != "DATE" for t, w in kept)) and not any(
            _armed_group(r[2], res) for r in resolved)
        protest_here = (frame is not None and frame.protest) or any(
            t.entry.mode == "protest" and w.ent_type_ != "DATE" for t, w in kept)
        # demonstrators hit by nobody named: the protest reading above made them the doer too
        doer = None if a1 is not None and a1.type == "protesters" and a1.text is None and a2 is not None \
            and a2.type == "protesters" else a1
        if frame is not None and frame.crowd and trig.entry.mode in ("clash", "attack", "kill") \
                and (police_a1 or not (a1 is not None and a1.type in armed)) and _against_police(tok):
            # in a report of protests, "clashes with police" are the crowd's: a riot
            event_type, sub = "Riots", "Violent demonstration"
            if police_a1 and a2 is None:
                a2 = a1
            a1 = Actor("Rioters", "rioters", "rioters", sentence_country, None, None)
        elif frame is not None and frame.crowd and a1 is None and tok.pos_ == "VERB" \
                and tok.lemma_.lower() in _CROWD_ATTACK_VERBS \
                and not victims and not any(res.lexicon.weapon_classes.get(c) or c == "small_arms"
                                            for c in weapon_classes + weak):
            # in a report of protests or riots, buildings "attacked" or "stormed" by no one named, with no weapon
            # and no one killed, are the crowd's ("it spread to towns where town halls were attacked"): a riot ("the
            # attacks", a noun, names an incident told before)
            event_type, sub = "Riots", "Violent demonstration"
            a1 = Actor("Rioters", "rioters", "rioters", sentence_country, None, None)
        elif crowd_here and _unarmed_fight(sdoc[trig.start:trig.end], trig.entry.mode, doer, a2, weapon_classes + weak,
                                           victims, res):
            # in a report of protests or riots, a fight or an attack with no armed side and no gun ("the violence
            # spread to Digana", "clashes in other cities", "a group of individuals attacked the gendarmerie
            # post"): the crowd's, a riot; people the crowd set on are its victims (mob violence); deaths by nobody
            # named where only a protest was told are the protest met with lethal force
            a1 = doer
            police = a1 if a1 is not None and a1.type == "state forces" else None
            if police is None and a2 is not None and a2.type in ("protesters", "civilians"):
                event_type, sub = "Riots", "Mob violence"
            elif (police is not None or a1 is None) and protest_here and not _crowd_violence(lower, res) and any(
                    v != "armed" for v in victims):
                # people killed in "clashes" told of a protest and of no crowd's violence: the protest met with force
                event_type, sub = "Protests", "Excessive force against protesters"
                a1, a2 = _protesters(res, sentence_country), police
            else:
                event_type, sub = "Riots", "Violent demonstration"
                a2 = police or a2
            if event_type == "Riots" and (a1 is not None or sub == "Mob violence") \
                    and not (a1 is not None and a1.type == "protesters"):
                # (a riot by nobody named stays so, its record's doer then the report's crowd or the riot's unnamed
                # class; those who set on demonstrators are never the demonstrators)
                a1 = None if police is not None else Actor("Rioters", "rioters", "rioters", sentence_country, None,
                                                           a1.text if a1 is not None else None)
        elif ((frame is not None and frame.protest) or (protest_here and victims and not recalled)) \
                and trig.entry.mode in ("attack", "kill") \
                and decision.basis in ("target", "default") and not (a2 is not None and a2.type in armed) \
                and "armed" not in victims and (a1.type == "state forces" if a1 is not None
                                                else trig.entry.mode == "kill" and frame is not None
                                                and not frame.fighters and (frame.protest_near or frame.protest_lead)):
            # in a report of protests (or a sentence that tells one and deaths not recalled as what it answered:
            # "troops killed 15 people as thousands marched"; not "a strike in response to the police raid"),
            # people shot by the police or troops, or people killed by no one named in a report whose lead tells a
            # protest (or just after one) and no armed group's fight, are demonstrators met with lethal force
            # (ACLED: excessive force against protesters); a live blog's later gathering of mourners does not
            # make its raid's dead protesters, nor does a stray bullet of gunmen who fired on a march
            # the demonstrators are actor1 of a protest event, the force that fired on them actor2
            event_type, sub = "Protests", "Excessive force against protesters"
            a1, a2 = _protesters(res, sentence_country), a1
        again = _told_again(tok, trig, a1, frame.previous if frame is not None and follows else None)
        if again is not None:
            # "Hours later a hotel in Tamworth was also attacked": another of the incidents just told
            event_type, sub, a1 = again.event_type, again.sub_event_type, again.actor1
        elif decision.basis in ("trigger", "default", "target") and frame is not None and a1 is not None:
            # "they had also struck positions in Idlib": the same doer by the same means as told before
            same = _same_means(tok, a1, frame.means.get(a1.name))
            if same is not None and same.event_type == event_type:
                sub = same.sub_event_type
        char_start = sdoc[trig.start].idx
        char_end = sdoc[trig.end - 1].idx + len(sdoc[trig.end - 1].text)
        rel = char_start - base
        marks = _dates_for(date_marks, tok, all_trigger_ids, base)
        if trig.entry.mode in _ANNOUNCED:
            marks = [(d, False) for d, _ in marks]  # "said on Tuesday it was suspending": the saying is the act
        # "X shelled Goma, calling it a response to drone strikes on Sunday": Sunday is the strikes' day
        marks = [(d, r) for d, r in marks if not in_cue(d.start)]
        date, after_anchor = _choose_date(marks, rel, text, published)
        posted = date is not None and any(d.role == "posted" and d.span is date for d, _ in marks)
        if posted and recalled:
            date = None  # "a response to Israel's strike", posted today: an earlier incident, not dated by the post
        elif posted and frame is not None and index in frame.sections:
            date = frame.sections[index]  # an entry under the blog's "Saturday 13 April" was posted that day
        if date is None and again is not None:
            date = again.date
        if date is None:
            date = _day_of_when_clause(marks, tok, base)
        if date is None:
            date = _running_since(marks)
        told_by = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        told_day = False  # dated by the day it was announced, for want of a day of its own
        if date is None and told_by is not None and told_by.pos_ in ("VERB", "AUX") and _reported_perfect(told_by) \
                and (told_by is tok or (told_by.i not in all_trigger_ids and not _anaphoric(tok))):
            # "the army said on Tuesday it had taken Kidal": with no day of its own, the act is
            # dated by the day it was announced (it cannot be later, and is seldom much earlier)
            said = [d for d, reporting in marks if reporting and d.span is not None and d.span.precision == "day"]
            date = said[0].span if said else None
            told_day = date is not None
        own_places = [p for p in places if not _owned_by_other(sdoc[p.start:p.end], tok, all_trigger_ids)
                      and not _across_semicolon(p.start, tok.i, sent, all_trigger_ids)
                      and not in_cue(sdoc[p.start].idx - base) and not _setting_apart(sdoc[p.start:p.end].root, tok)]
        # where it was said tells nothing about "the strike" told before (the place of its first telling)
        told = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
        place = _choose_place(own_places, tok, told)
        if place is None and trig.entry.mode == "arrest":
            # "arrested a man in connection with the attack in the Chorlton area": with no place of its own, an
            # arrest tied to an incident is placed where the sentence places that incident (the same town or
            # country far more often than not; the reporter names the arrest's place when it differs)
            place = _choose_place(places, tok)
        casualty, victim_sides = _casualties_for(casualties, rel, [(r[0], r[1]) for r in resolved], sdoc, base)
        mention = Mention(
            doc_id=document.id, sent_index=index, sent_start=base + (len(text) - len(text.lstrip())),
            sent_end=base + len(text.rstrip()), sentence=text.strip(),
            trigger=sdoc[trig.start:trig.end].text, trigger_start=char_start, trigger_end=char_end,
            mode=trig.entry.mode, event_type=event_type, sub_event_type=sub, type_basis=decision.basis,
            actor1=a1, actor2=a2, date=date, place=place, casualties=casualty,
            weapons=sorted({w for w, _ in own_weapons}), strength=trig.entry.strength,
            anaphoric=_anaphoric(tok) or _fires_the_weapon_told(tok, weapon_spans),
            generic=_generic(tok, date, lex) or (trig.entry.mode in lex.scope_counted_modes and _country_wide(tok, lex)),
            retaliation=answer, after_anchor=after_anchor,
            headline=index == 0 and not text.rstrip().endswith((".", "!", "?", '"', "\u201d")),
        )
        if casualty is not None and trig.entry.mode == "kill" and a1 is None \
                and (date is None or date.precision != "day") and cas.over_a_period(text):
            # "more than 500 civilians had been killed in the province since January": a war's count,
            # no incident's toll
            mention.casualties = None
        mention.victims = victim_sides
        mention.site_hit = a2 is None and res.args.struck_site(tok)
        # "... before police killed him": the attack's end, told with the attack's toll, no incident of its own
        mention.ends_attack = (trig.entry.mode in ("kill", "attack") and _ends_the_attack(casualties, rel, casualty is None)) \
            or (casualty is not None and casualty.added and casualty.side == "militants" and casualty.low is not None
                and any(c.attackers and not c.by_act for c in casualties))  # "he died at the arena after detonating": told after his attack
        mention.recalled = recalled
        mention.posted = posted and date is not None
        mention.date_of_telling = (mention.anaphoric and _told_on(marks, date, tok, found_ids, base)) or mention.posted
        if date is None:
            mention.day_of_main_clause = _day_of_main_clause(date_marks, tok, base)
        mention.announced = told_day
        mention.claimed = _claimed(tok)
        mention.allies = [a for t in _allies(tok) if (a := res.args.resolve(t, context_country)) is not None]
        mention.plural = tok.tag_ in ("NNS", "NNPS")
        mention.another = _another(tok)
        mention.compared = _compared_with(tok)
        mention.site = _site(tok)
        if not _ordinal_tally(mention, tok, published):
            _maybe_tally(mention, tok, date_marks, lower, published)
        mentions.append(mention)
        heads[id(mention)] = tok
        if mention.kind == "event":
            mentions.extend(_one_per_place(mention, own_places, sdoc))
    _share_between_conjuncts(mentions, heads)
    _apply_relative_after(mentions, text, published)
    return mentions


def _names_weapon(frame: _ReportFrame | None, sdoc, res: Resources) -> bool:
    """Return True when the report names a weapon in any sentence (read once, then kept on the frame)."""
    if frame is None:
        return False
    if frame.armed is None:
        frame.armed = any(res.lexicon.weapon_spans(sent) for sent in token_table(sdoc).sentences())
    return frame.armed


def _died_detonating(tok) -> bool:
    """Return True when whoever set off the bomb died doing it: "he died after detonating a device",
    "the attacker died when he detonated his vest" (the one who detonates is the one who dies)."""
    if tok.pos_ != "VERB":
        return False
    own = [c for c in tok.children if c.dep_ == "nsubj"]
    node = tok
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in _OWN_DEATH_VERBS and node.pos_ == "VERB":
            dier = [c for c in node.children if c.dep_ == "nsubj"]
            return bool(dier) and (not own or own[0].lower_ == dier[0].lower_ or own[0].pos_ == "PRON")
        if node.dep_ not in ("prep", "pcomp", "advcl", "pobj") and node.i != tok.head.i:
            return False
    return False


def _share_between_conjuncts(mentions: list[Mention], heads: dict) -> None:
    """'A man rammed his car into pedestrians and then stabbed people on Tuesday': verbs joined
    under one subject tell one incident, so the day and place one of them has is the other's."""
    for m in mentions:
        tok = heads.get(id(m))
        if tok is None or tok.pos_ != "VERB" or m.kind != "event":
            continue
        joined = {c.i for c in tok.conjuncts}
        for other in mentions:
            o = heads.get(id(other))
            if o is None or o.i not in joined or other.kind != "event":
                continue
            if m.date is None and other.date is not None:
                m.date = other.date
            if m.place is None and other.place is not None:
                m.place = other.place


_LIGHT_VERBS = frozenset(taxonomy()["light_verbs"])
_CROWD_MODES = ("protest", "riot", "arson", "mob")
_ARMED = ("state forces", "rebel group", "political militia", "identity militia", "external/other")
_HARM_MODES = ("kill", "attack", "remote", "clash", "explosive", "assault")
_NOT_HOSTS = ("intercept", "arrest", "capture_person", "agreement", "change", "base", "transfer", "protest", "looting",
              "other")
_CROWD_CONTROL_ENTRY = TriggerEntry(lemmas=(), pos=(), mode="protest", strength=0.6)
_APPROACH_VERBS = frozenset(taxonomy()["approach_verbs"])
_OWN_DEATH_VERBS = frozenset(taxonomy()["own_death_verbs"])
_DEATH_IN_VERBS = tuple(taxonomy()["death_in_verbs"])
_PATIENT_VERBS = frozenset(taxonomy()["patient_verbs"])
_WEAK_VERBS = ("target", "hit", "fire", "shoot", "kill")
_GUN_VERBS = ("fire", "shoot", "gun")
_WEAPON_MODES = ("remote", "explosive", "suicide", "grenade", "chemical")
# acts by which people the text calls men, residents or villagers are armed attackers, not civilians
# (not "kill": "villagers had killed two of the group's fighters" are still villagers)
_ARMED_HARM_MODES = ("attack", "assault", "explosive", "suicide", "grenade")
_ATTACHED = ("acl", "advcl", "xcomp", "relcl", "conj", "dobj", "pcomp", "ccomp")
_ARREST_RAIDS = frozenset(taxonomy()["arrest_raids"])
_FIGHT_MODES = ("kill", "clash", "remote", "explosive", "assault", "suicide", "grenade", "civilians")


def _absorb(resolved: list, res: Resources) -> list:
    """Drop triggers that only restate another one in the same sentence.

    "airstrikes killed six": the kill is the strike's outcome; "an attack targeting U.S. forces":
    the targeting is the attack; "police fired tear gas": crowd control, not an attack. The dropped
    trigger's target and attacker fill the kept one's when it has none.
    """
    def weak(r):
        trig, tok = r[0], r[1]
        return trig.entry.mode == "kill" or (tok.pos_ == "VERB" and tok.lemma_.lower() in _WEAK_VERBS)

    def crowd_control(r):
        if r[0].entry.mode == "protest":
            return False
        if r[2] is not None and r[2].type in ("protesters", "rioters", "civilians"):
            return False  # "crowds attacked police posts ... and police responded with tear gas": the crowd's act
        found = res.lexicon.weapons_in(r[1].subtree)
        return bool(found) and all(c == "crowd_control" for _, c in found)

    control_flags = [crowd_control(r) for r in resolved]  # each trigger's subtree searched for weapons once
    kept = [r for r, flag in zip(resolved, control_flags) if not flag]
    control = [r for r, flag in zip(resolved, control_flags) if flag]
    # "police defused a bomb": the bomb is what was stopped, not an incident of its own
    # ("seized a cache of grenades and rifles": each thing seized)
    stopped = {w.i for r in kept if r[0].entry.mode == "intercept"
               for c in r[1].children if c.dep_ in ("dobj", "nsubjpass")
               for w in [c, *c.conjuncts, *(p for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                                               for p in g.children if p.dep_ == "pobj" for p in [p, *p.conjuncts])]}
    kept = [r for r in kept if not (r[1].i in stopped and r[1].pos_ == "NOUN")]
    # "two militants entered the village and fired at houses": entering is how they came to do what
    # the verb joined to it tells (its mode), not a town taken
    harm = {r[1].i: r[0].entry for r in kept if r[0].entry.mode in _HARM_MODES + ("abduction", "civilians")}
    for r in kept:
        if r[0].entry.mode == "territory_lost" and r[1].lemma_.lower() in _APPROACH_VERBS:
            joined = next((harm[t.i] for c in r[1].conjuncts for t in c.subtree if t.i in harm), None)
            if joined is not None:
                r[0] = replace(r[0], entry=replace(joined, needs_place=False, needs_context=False))
    if control and not any(r[0].entry.mode in _CROWD_MODES for r in kept):
        # "police fired tear gas to break up crowds" and nothing else names the gathering: the
        # tear gas tells of a protest and its dispersal
        first = control[0]
        first[0] = replace(first[0], entry=_CROWD_CONTROL_ENTRY)
        kept = sorted(kept + [first], key=lambda r: r[1].i)
    if any(r[0].entry.mode == "protest" for r in kept):
        # "police fired tear gas at protesters and arrested dozens": the arrests are the
        # intervention in that protest (its sub-type says so), not an event of their own
        kept = [r for r in kept if r[0].entry.mode != "arrest"]
    if not any(r[0].entry.mode in _FIGHT_MODES for r in kept):
        # "police raided houses in Conocoto and detained six men": with no one killed or fought, the raid
        # is how the arrests were made (taxonomy.yaml arrest_raids), not an attack of its own
        arrested = {r[1].i for r in kept if r[0].entry.mode == "arrest"}
        kept = [r for r in kept if not (r[0].entry.mode == "attack" and r[1].lemma_.lower() in _ARREST_RAIDS
                                        and any(c.i in arrested for c in r[1].conjuncts))]
        # "soldiers seized rifles and explosives in a raid on a compound": the raid is how the arms were seized
        seized = {r[1].i for r in kept if r[0].entry.mode == "intercept"}
        kept = [r for r in kept if not (r[0].entry.mode == "attack" and r[1].lemma_.lower() in _ARREST_RAIDS
                                        and any(t.i in seized for t in (*r[1].conjuncts, *r[1].ancestors)))]
    # a weak verb ("fired", "hit") is absorbed only into an incident of violence, never into the
    # interception or arrest told beside it
    violent = {r[1].i for r in kept if r[0].entry.mode in ("kill", "clash", "attack", "assault")}
    # "some assailants were neutralised and others arrested": the arrests are part of that fight
    kept = [r for r in kept if not (r[0].entry.mode == "arrest" and (
        r[1].head.i in violent or any(c.i in violent for c in r[1].conjuncts)))]
    # "detained 11 people, including four gunmen who were arrested in Bryansk": one act of arrest
    arrests = {r[1].i for r in kept if r[0].entry.mode == "arrest"}
    # "detained six men, seizing a rifle and grenades": the haul is part of the arrests
    kept = [r for r in kept if not (r[0].entry.mode == "intercept" and (
        r[1].head.i in arrests or any(c.i in arrests for c in r[1].conjuncts)))]
    kept = [r for r in kept if not (r[0].entry.mode == "arrest" and any(a.i in arrests for a in r[1].ancestors))]
    # "gunmen opened fire on the crowd before setting the building ablaze", "a camp was attacked and set on
    # fire", "a missile struck a tanker, set ablaze off Aden", "a similar attack set fire to a warehouse": the
    # fire an attack set is part of it (a crowd's fire, with no attack beside it, stays a riot)
    attackers = [r for r in kept if r[0].entry.mode in _HARM_MODES
                 and (r[2] is None or r[2].type in _ARMED) and r[0].entry.mode != "arson"]
    kept = [r for r in kept if not (r[0].entry.mode == "arson" and any(
        _sets_its_fire(a, r) and r[1].i in {t.i for t in (_governing_verb(a[1]) or a[1]).subtree}
        and _same_clause_side(r[1], a[1]) and r[1].i in _time_phrase(a[1], r[1]) and not _cue_between(r[1], a[1])
        for a in attackers))]
    strong = [r for r in kept if not weak(r) and r[0].entry.mode not in _NOT_HOSTS]
    only_kills = not strong  # then only a killing is folded into the weak verb beside it
    if only_kills:
        # "six were killed when a missile hit Odesa": the killing is what the hit did
        strong = [r for r in kept if r[0].entry.mode != "kill" and r[0].entry.mode not in _NOT_HOSTS]
    out = []
    for r in kept:
        if not weak(r) or any(r is s for s in strong) or not strong or (only_kills and r[0].entry.mode != "kill"):
            out.append(r)
            continue
        # "drones hit a depot on Wednesday, a day after missiles struck Kyiv": a trigger is never folded
        # across the edge of an 'after ...' / 'before ...' clause, which tells another incident, nor across
        # a retaliation cue word ("fired missiles, answering U.S. air strikes")
        hosts = [s for s in strong if _same_clause_side(r[1], s[1]) and not _cue_between(r[1], s[1])
                 and not _own_target_and_place(r[1], s[1])]
        host = _attached_host(r[1], hosts)
        if r[0].entry.mode == "kill" and _killing_of_its_own(r[1], host[1] if host is not None else None):
            out.append(r)
            continue
        if host is None and r[0].entry.mode == "kill" and hosts:
            host = min(hosts, key=lambda s: abs(s[1].i - r[1].i))
        if host is None:
            out.append(r)
            continue
        if host[3] is None and r[3] is not None and r[3].name != (host[2].name if host[2] else None) \
                and not _bare_people(r[5]):
            host[3], host[5] = r[3], r[5]
        if host[2] is None and r[2] is not None and (r[4] is None or r[4].i != host[1].i):
            host[2], host[4] = r[2], r[4]
    return out


def _time_phrase(tok, other) -> set[int]:
    """Return the token ids of the 'after ...' / 'before ...' phrase tok sits in ("the day after the church
    attack"), or both tokens' ids when it sits in none."""
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in _TEMPORAL_MARKS:
            return {t.i for t in node.head.subtree}
        if node.head.i == node.i:
            break
        node = node.head
    return {tok.i, other.i}


def _sets_its_fire(attack, arson) -> bool:
    """Return True when an arson trigger's doer may be the attack's beside it: no one named for the fire,
    or the same named side."""
    doer, setter = attack[2], arson[2]
    tok = arson[1]
    if tok.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in tok.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        setter = None  # "a market was attacked and set on fire": the market is what burned, not who set it
    if setter is None:
        return True
    return doer is not None and setter.name == doer.name


_SITE_PREPS = ("in", "near", "at", "around", "outside", "across", "inside")


def _own_target_and_place(tok, other) -> bool:
    """Return True for a verb joined to another whose object and named place are both its own: "bombed PKK camps in
    northern Iraq and hit Islamic State in Syria" tells two strikes (one per target and place), while "stormed
    the village and killed 12 villagers" tells one."""
    if not (tok.dep_ == "conj" and tok.head.i == other.i or other.dep_ == "conj" and other.head.i == tok.i):
        return False

    def object_and_places(verb):
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        heads = [verb, *objs]
        places = {g.lower_ for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                  for p in c.children if p.dep_ == "pobj" for g in p.subtree if g.pos_ == "PROPN"}
        return objs, places
    objs, places = object_and_places(tok)
    other_objs, other_places = object_and_places(other)
    return bool(objs and other_objs and places and other_places) and not places & other_places


def _rammed(tok, res: Resources) -> bool:
    """Return True when a road vehicle is what struck: the verb's subject ("a truck struck the crowd") or what its
    doer drove, in the clause the verb hangs on ("drove a van down the street, striking dozens")."""
    # ("Israel struck a car in Tyre", "a bus was struck": the vehicle hit is the target)
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in res.lexicon.vehicles for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("advcl", "conj", "xcomp") and head.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in res.lexicon.vehicles for c in head.children)


def _same_clause_side(tok, other) -> bool:
    """Return True when two triggers sit in the same innermost temporal clause with a subject of its
    own ('after missiles struck Kyiv'), or both outside any. A clause without one goes on with the
    same doers ("opened fire on the crowd before setting the building ablaze")."""
    return _told_apart(tok) == _told_apart(other)


def _told_apart(tok) -> set[int] | None:
    """Return the token ids of the clause with its own subject that tells another time than the
    sentence's: 'after missiles struck Kyiv', 'since June 2021, when gunmen killed 132 people'."""
    island = _temporal_island(tok)
    if island is not None:
        clause = tok.doc[min(island):max(island) + 1].root
        return island if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else None
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _TEMPORAL_MARKS:
        return {t.i for t in tok.subtree}  # "strikes on Tuesday, a day after a car bombing in Gao": another act
    node = tok
    for _ in range(6):
        if node.dep_ == "relcl" and node.head.ent_type_ == "DATE" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return {t.i for t in node.subtree}
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _running_total(c, sdoc, base) -> bool:
    """Return True for a figure told in the perfect ("has killed", "have been killed", and in reported
    speech "had been killed since July")."""
    span = sdoc.char_span(base + c.start, base + c.end, alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP", "VBD")
                                             for a in t.children):
            return True
    return False


def _war_count(c, sdoc, base) -> bool:
    """Return True for a figure whose counting verb has a whole war for its subject ("the conflict in the
    Northwest has killed more than 6,000 people", "the insurgency, now in its 15th year, has killed over
    40,000": data/casualties.yaml `aggregate_subjects`): no incident's toll."""
    span = sdoc.char_span(base + c.start, base + c.end, alignment_mode="expand")
    if span is None:
        return False
    wars = frozenset(cas.lexicon().get("aggregate_subjects") or ())
    for verb in _counting_verbs(span.root):
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.lemma_.lower() in wars:
                return True
    return False


_KILL_LEMMAS = frozenset(("kill", "die", "assassinate", "murder", "behead", "execute", "slay", "massacre"))
_DEATH_VERB_LEMMAS = _KILL_LEMMAS | {"shoot", "gun", "neutralise", "neutralize"}  # attackers_dead's verbs, "shot dead" too
_ONE_PERSON = frozenset(("he", "she", "him", "her"))
_WITH_PREPS = ("along", "together", "alongside", "with")


def single_victims(sent, found) -> list:
    """Return the killed that a sentence names without a figure: "killing its driver", "a Reuters
    videographer was killed", "Issam Abdallah was killed", "X was killed along with Y and eight others".

    Each victim named in the singular counts one, a coordinated group its figure; a plural without
    a figure ("killing civilians") leaves the count unknown and gives nothing. Figures the text
    finder read already (`found`) are not read twice.
    """
    out = []
    base = sent.start_char
    taken = [(c.start, c.end) for c in found if c.kind == "killed"]
    sides = cas.victim_sides()
    doc = sent.doc
    table = token_table(doc)
    for i in range(sent.start, sent.end):
        lemma = table.lemma[i]
        if table.pos[i] == "NOUN" and lemma in _killing_nouns():
            verb = doc[i]  # "in revenge for the killing of a farmer": the noun's "of" names whom it killed
            heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        elif not (lemma in _KILL_LEMMAS or lemma in ("shoot", "gun") or table.lower[i] in _to_death_forms()) \
                or table.pos[i] != "VERB":
            continue
        else:
            verb = doc[i]
            if not (lemma in _KILL_LEMMAS or _shot_dead(verb) or _to_death(verb)):
                continue
            out += _likewise_victims(verb, sides, base, sent.text)
            if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
                    c.dep_ == "conj" and c.lemma_.lower() in _HURT_WORDS for c in verb.children):
                continue  # "hundreds of people were killed or wounded": the dead are not told apart
            heads = _verb_victims(verb)
        # "a teacher and the driver were killed": the parser may hang both nouns on the verb; only a noun
        # joined by "and" counts beside the first ("shot dead X and Y, a party official": an apposition;
        # "killed 10 civilians, among them two children": a part)
        heads = [h for k, h in enumerate(heads) if k == 0 or doc[h.left_edge.i - 1].lower_ == "and"]
        if not heads or any(h.tag_ in ("WP", "WDT") or h.pos_ not in ("NOUN", "PROPN", "PRON") for h in heads) \
                or (len(heads) > 1 and any(h.pos_ == "PRON" for h in heads)):
            continue
        groups = heads + [g for p in list(verb.children) + list(heads[0].children)
                          for g in _companions(p)]
        members = [m for h in groups for m in _listed(h)]
        counts = [_victim_count(m, sides) for m in members]
        if any(n is not None for n in counts):
            # in a list that names people, another singular noun is one more ("and a visiting friend")
            counts = [1 if n is None and m.tag_ in ("NN", "NNP") else n for m, n in zip(members, counts)]
        if not members or None in counts:
            continue
        count = sum(counts)
        words = [t for m in members for t in m.subtree] + [verb]
        start = min(t.idx for t in words) - base
        end = max(t.idx + len(t.text) for t in words) - base
        overlap = [c for c in found if c.kind == "killed" and c.start < end and start < c.end]
        if overlap:
            for c in overlap:  # "shot dead a police officer and his son": the text finder saw one
                # (of the same people: "1115 GMT - two people were killed" may parse the stamp as a subject)
                same = any(c.start <= t.idx - base < c.end for m in members for t in m.subtree)
                if same and c.low is not None and c.low == c.high and c.low < count and len(overlap) == 1:
                    c.low = c.high = count
                    # "the mayor and five other people died": the others are others than the mayor, now
                    # counted with them, not more dead beside another count ("were also killed" stays added)
                    c.added = c.added and any(v.dep_ == "advmod" and v.lower_ in ("also", "too") for v in verb.children)
            continue
        who = " ".join(t.text for t in heads[0].subtree)
        side = _side_of_victim(heads[0])
        # the victims a report names are a floor, not a count of its own: they never lower a toll (a vague
        # plural, "hundreds of members of ...", is a whole count that any stated figure replaces)
        vague = len(members) == 1 and members[0].lower_ in cas.lexicon()["vague"]
        # "a woman in a passing taxi was also shot dead": more dead beside those told, not a part of them
        added = any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children) \
            or _beside_a_counted_clause(verb, found)
        out.append(cas.CasualtyMention(start, end, sent.text[start:end], count, count, "killed", who, side,
                                       part=not (vague or added), vague=vague, added=added))
    return out


def _beside_a_counted_clause(verb, found) -> bool:
    """Return True when a death verb is joined by "and" to another death clause that counts its own dead:
    "a guard was killed, and four inmates died" (1 beside the 4, not one of them)."""
    if verb.pos_ != "VERB":
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    # (the parser may hang both clauses on the reporting verb: "X was killed, and four died, he said")
    joined += [c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i > verb.i and verb.dep_ == "ccomp"
               and any(t.lower_ == "and" for t in verb.doc[verb.i + 1:c.i])]
    base = verb.sent.start_char
    for other in joined:
        if other.pos_ == "VERB" and other.lemma_.lower() in _KILL_LEMMAS and any(
                c.kind == "killed" and c.low and c.start <= other.idx - base < c.end + 1 for c in found):
            return True
    return False


def _verb_victims(verb) -> list:
    """Return the nouns a death verb tells as killed: its subject ("died", passives) or its object."""
    if verb.lemma_.lower() == "die":
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    elif any(c.dep_ == "auxpass" for c in verb.children):
        heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:  # ("shot dead the lawyer": the parser may hang the object on "dead")
        heads = [c for v in [verb] + [c for c in verb.children if c.lower_ == "dead"]
                 for c in v.children if c.dep_ == "dobj"]
    if len(heads) == 1 and heads[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        heads = [verb.head]  # "Soleimani, who was killed along with ..."
    return heads


@lru_cache(maxsize=1)
def _killing_nouns() -> frozenset[str]:
    """Return the nouns that tell a killing and name its victims with "of" ("the murder of a judge")."""
    return frozenset(cas.lexicon()["kinds"]["killed"]["killing_nouns"])


def _likewise_victims(verb, sides, base: int, text: str) -> list:
    """Return the dead that an "as" clause adds to a death verb: "two bodyguards were killed, as was a woman
    driving past", "three soldiers died, as did two civilians" (the clause's verb stands for the death)."""
    out = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in ("be", "do") \
                or not any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children):
            continue
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            members = _listed(subj)
            counts = [_victim_count(m, sides) for m in members]
            if not members or None in counts:
                continue
            words = [t for m in members for t in m.subtree]
            start, end = clause.idx - base, max(t.idx + len(t.text) for t in words) - base
            out.append(cas.CasualtyMention(start, end, text[start:end], sum(counts), sum(counts), "killed",
                                           " ".join(t.text for t in subj.subtree), _side_of_victim(subj), added=True))
    return out


@lru_cache(maxsize=1)
def _attacker_death_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return the last words of the attackers named dead without "by" and of the enforcers
    (data/casualties.yaml `attacker_deaths`), read once."""
    lex = cas.lexicon()["attacker_deaths"]
    return (frozenset(w.split()[-1] for w in lex["killed_without_by"]["who"]),
            frozenset(w.split()[-1] for w in lex["enforcers"]))


def attackers_dead(sent, found, kept) -> list:
    """Return the attackers whose own death the parse tells and the text finder did not read: "the bomber,
    who died in the blast", "fired at officers, who shot him dead", "fired at the guards before being shot
    dead", "officers returned fire and she was killed", "one gunman was wounded and died in custody".

    The dead person is the death verb's subject, or where it has none of its own, the noun its relative
    clause hangs from, the subject of the clause it is joined to, or the doer of the attack its "before"
    clause ends. That person is an attacker when named so (data/casualties.yaml `attacker_deaths`), when
    doer of an attack told in the sentence, or (a pronoun) when enforcers killed them. A singular counts
    one, a plural its own figure; a plural without one gives nothing. Each is an `added` count of militants.
    """
    if any(c.attackers for c in found):
        return []
    named, enforcers = _attacker_death_words()
    attacks = {tok.i for t, tok in kept if t.entry.mode in ("attack", "kill", "remote")}
    doers = {s.i for _, tok in kept for s in tok.children if s.dep_ == "nsubj" and tok.i in attacks}
    base = sent.start_char
    out = []
    table = token_table(sent.doc)
    for i in range(sent.start, sent.end):
        if table.pos[i] != "VERB" or table.lemma[i] not in _DEATH_VERB_LEMMAS:
            continue  # (read on the token table: a Token is built only for a verb that may tell a death)
        verb = sent.doc[i]
        lemma = verb.lemma_.lower()
        if not (lemma in _KILL_LEMMAS or _shot_dead(verb) or lemma in ("neutralise", "neutralize")):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if lemma == "die" or passive:
            dead = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            enforced = any(c.dep_ == "agent" and any(g.lower_ in enforcers for g in c.children) for c in verb.children)
        else:  # "officers, who shot him dead": the enforcers' act, its object the attacker
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                subj = verb.head
            dead = next((c for v in [verb] + [c for c in verb.children if c.lower_ == "dead"]
                         for c in v.children if c.dep_ == "dobj" and c.lower_ in _ONE_PERSON | {"them"}), None)
            if subj is None or subj.lower_ not in enforcers or dead is None \
                    or not any(tok.i < verb.i for _, tok in kept if tok.i in attacks):
                continue
            enforced = True
        if dead is not None and dead.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            dead = verb.head  # "the bomber, who died in the blast"
        joined = verb.head if verb.dep_ == "conj" else None
        if dead is None and joined is not None:  # "was wounded ... and died in custody"
            dead = next((c for c in joined.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ended = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else (
            verb.head if verb.dep_ == "advcl" else None)
        if ended is not None and ended.i in attacks and (dead is None or dead.lower_ in _ONE_PERSON | {"they"}):
            # "fired at the guards before being shot dead", "stormed the hotel before they were killed"
            dead = next((c for c in ended.children if c.dep_ == "nsubj"), dead)
        if dead is None:
            continue
        if dead.pos_ == "PRON":
            if not (dead.lower_ in _ONE_PERSON | {"they", "them"} and (enforced or (joined is not None and any(
                    c.dep_ == "nsubj" and c.lower_ in enforcers for c in joined.children)))):
                continue  # "he was killed": the victim as often as the attacker
        elif not (dead.lower_ in named or dead.i in doers):
            continue
        figure = next((c for c in dead.children if c.dep_ == "nummod"), None)
        if figure is not None:
            count = cas.parse_number(" ".join(t.text for t in figure.subtree))
        elif dead.tag_ in ("NNS", "NNPS") or dead.lower_ in ("they", "them"):
            count = None  # "the gunmen were killed": how many is not told here
        else:
            count = 1
        words = [dead, verb]
        start = min(t.idx for t in words) - base
        end = max(t.idx + len(t.text) for t in words) - base
        if not count or any(c.kind == "killed" and c.start < end and start < c.end and c.side == "militants"
                            for c in found):
            continue
        read = [c for c in found if c.kind == "killed" and c.start <= dead.idx - base < c.end]
        if read:
            for c in read:  # "officers shot him dead": the victim read already is the attacker
                if c.low == count:
                    c.added = c.attackers = True
                    c.side = "militants"
            break
        out.append(cas.CasualtyMention(start, end, sent.text[start:end], count, count, "killed", dead.text,
                                       "militants", added=True, attackers=True))
        break
    return out


_TOLL_VERBS = frozenset(("rise", "climb", "reach", "stand", "jump", "increase", "hit", "top", "pass", "surpass",
                         "revise", "raise", "lower", "cut", "fall", "drop"))
_TOLL_HEADS = frozenset(("toll", "number", "count", "tally"))
_DEAD_WORDS = frozenset(("kill", "dead", "death", "die", "fatality", "body"))
_HURT_WORDS = frozenset(("injure", "wound", "hurt", "injury"))


def _back_reference(subj) -> bool:
    """Return True for a count named only by a word pointing back to one told before: "its figure", "their
    count" (data/casualties.yaml `back_reference_toll`)."""
    lex = cas.lexicon()["back_reference_toll"]
    words = [t for t in subj.subtree if t.i != subj.i]
    return subj.lemma_.lower() in lex["nouns"] and bool(words) and all(t.lower_ in lex["determiners"] for t in words)


def running_tolls(sent, found) -> list:
    """Return the running totals the text finder misses when many words part the toll from its verb:
    "The number of people killed when a missile struck the block on Saturday rose to 40"."""
    out = []
    base = sent.start_char
    doc = sent.doc
    lemma_of = token_table(doc).lemma
    for i in range(sent.start, sent.end):
        if lemma_of[i] not in _TOLL_VERBS:
            continue
        verb = doc[i]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                     and (c.lemma_.lower() in _TOLL_HEADS or _back_reference(c))), None)
        if subj is None:
            continue
        lemmas = {t.lemma_.lower() for t in subj.subtree}
        kind = "killed" if lemmas & _DEAD_WORDS else ("injured" if lemmas & _HURT_WORDS else None)
        if kind is None and subj.lemma_.lower() == "toll":
            kind = "killed"  # "the toll from the attack on the hall had stood at 60": a toll is of the dead
        if kind is None and _back_reference(subj):
            kind = "killed"  # "By Thursday its figure had risen to 10": the count of the dead told before
        # "revised down to 15": the preposition may hang on the particle
        preps = [p for v in [verb] + [c for c in verb.children if c.dep_ in ("prt", "advmod")]
                 for p in v.children if p.dep_ == "prep"]
        figure = next((g for p in preps if p.lower_ in ("to", "at")
                       for g in p.children if g.dep_ == "pobj" and g.like_num), None)
        earlier = next((g for p in preps if p.lower_ == "from"
                        for g in p.children if g.dep_ == "pobj" and g.like_num), None)
        if figure is None:
            figure = next((c for c in verb.children if c.dep_ == "dobj" and c.like_num), None)
        if kind is None or figure is None:
            continue
        words = [t for t in figure.subtree]
        value = cas.parse_number(" ".join(t.text for t in words if t.like_num or t.dep_ == "compound"))
        start = subj.left_edge.idx - base
        end = max(t.idx + len(t.text) for t in words) - base
        if value is None or any(c.kind == kind and c.start < end and start < c.end for c in found):
            continue
        before = cas.parse_number(earlier.text) if earlier is not None else None
        low, high = (min(value, before), max(value, before)) if before is not None else (value, value)
        mention = cas.CasualtyMention(start, end, sent.text[start:end], low, high, kind)  # "to 15 from 19": 15-19
        mention.total = True
        out.append(mention)
    return out


def _companions(tok) -> list:
    """Return the people 'with X', 'alongside X', 'along with X', 'together with X' name."""
    if tok.lower_ in ("along", "together"):
        return [g for p in tok.children if p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ == "prep" and tok.lower_ in ("with", "alongside"):
        return [g for g in tok.children if g.dep_ == "pobj"]
    return []


@lru_cache(maxsize=1)
def _to_death_forms() -> frozenset[str]:
    """Return the verb forms that tell a killing with "to death" after them ("stabbed", "shot", "stoned")."""
    return frozenset(w.lower() for w in cas.lexicon()["kinds"]["killed"]["before_to_death"])


def _to_death(verb) -> bool:
    """Return True for a killing told by how it was done: "was shot to death", "stoned a guard to death"."""
    return verb.lower_ in _to_death_forms() and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)


def _shot_dead(verb) -> bool:
    """Return True for "shot dead" and "gunned down"."""
    lemma = verb.lemma_.lower()
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (lemma == "shoot" and (any(c.lower_ == "dead" for c in verb.children) or (
        after is not None and after.lower_ == "dead"))) or (
        lemma == "gun" and any(c.lower_ == "down" for c in verb.children))


def _listed(head) -> list:
    """Return the people a victim phrase lists: the head, its conjuncts, and an apposition that
    opens a list ("his daughter, a housekeeper and a friend"); a lone apposition is the same person."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj":
            out.extend(_listed(c))
        elif c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) and not _one_described(c) and (
                not any(g.dep_ == "nummod" for g in head.children)
                or any(g.dep_ == "poss" and g.lower_ == "their" for g in c.children)):
            # (after a counted group the list says who they were: "two people, a teacher and a boy"; one
            # that opens with "their" adds people of theirs: "two deminers, their escort and his son")
            if c.left_edge.i == head.i + 1 and head in out:
                out.remove(head)  # no comma: the names are the head's ("lawyer Elvino Dias and Paulo Guambe")
            out.extend(_listed(c))
    return out


def _one_described(appos) -> bool:
    """Return True when an apposition's nouns share its one article and so describe one person: "Ana Ruiz,
    a nurse and mother of three" (a list gives each its own: "his son, a cousin and a neighbour")."""
    conjuncts = [g for g in appos.children if g.dep_ == "conj"]
    return appos.tag_ == "NN" and all(
        g.tag_ == "NN" and not any(x.dep_ in ("det", "poss", "nummod") for x in g.children) for g in conjuncts)


def _side_of_victim(tok) -> str | None:
    """Return the group of a victim from its noun or a noun before a name ("commander X")."""
    for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "appos")]:
        side = cas.side_of(t.lemma_.lower())
        if side and side != "unknown":
            return side
    return None


def _victim_count(tok, sides) -> int | None:
    """Return how many people a victim noun names: 1 for "its driver" or "Issam Abdallah", N for
    "eight others"; None when it does not say ("civilians", "the building")."""
    nums = [c for c in tok.children if c.dep_ == "nummod"]
    if nums:
        return cas.parse_number(" ".join(t.text for t in nums[0].subtree)) if len(nums) == 1 else None
    lower = tok.lower_
    if lower in _ONE_PERSON:
        return 1
    several = cas.lexicon()["numbers"].get("people_in_one_noun", {})
    if tok.tag_ == "NN" and lower in several:
        return several[lower]  # "killed a couple": two people
    vague = cas.lexicon()["vague"]
    if lower in vague and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return vague[lower]  # "hundreds of members of the Alawite minority were killed": 100 (ACLED's coding)
    if tok.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return cas.parse_number(tok.text)  # "one of his bodyguards"
    if tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "PRON":
        return None
    if tok.lemma_.lower() in sides or tok.ent_type_ == "PERSON" or (
            tok.tag_ == "NNP" and tok.ent_type_ in ("", "PERSON") and tok.dep_ in ("nsubjpass", "nsubj", "dobj", "pobj")):
        return 1  # a person named by a noun or a name: "its driver", "Soleimani"
    # a title and the name beside it: "the commander of the brigade, Jean Mbala" (the parser may hang the name
    # on the title's place: "the self-styled governor of Anbar, Abu Omar al-Shami")
    named = [c for c in tok.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.tag_ == "NNP")] + [
        a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if tok.tag_ == "NN" and named:
        return 1
    return None


def _bare_people(tok) -> bool:
    """Return True for "six people": victims a strike killed, not a party to the fighting."""
    return tok is not None and tok.lemma_.lower() in ("people", "person")


_OTHER_TIME_MARKS = ("after", "before", "since", "until")


def _killing_of_its_own(tok, host) -> bool:
    """Return True for a killing told with a doer of its own in a clause of its own: "in March a suicide
    bomber killed four people there, and in June gunmen attacked the airport"; "jets struck Derna hours
    after gunmen killed 29 Copts". A killing hanging from the other trigger ("gunmen stormed the church,
    killing ..."), done by it ("the strike killed six") or by a pronoun ("they killed 20") is its outcome."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return False
    if host is None:
        return True
    conjoined = (host.dep_ == "conj" and host.head.i == tok.i) or (tok.dep_ == "conj" and tok.head.i == host.i)
    if conjoined and any(c.dep_ == "nsubj" for c in host.children):
        return True  # "a bomber killed nine in May, and in August gunmen attacked the prison": two doers
    # attached only through a clause of another time ("hours after gunmen killed ...")
    for a, b in ((tok, host), (host, tok)):
        node = a
        while node.head.i != node.i and node.i != b.i:
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in node.children) \
                    and b.i not in {t.i for t in node.subtree}:
                return True
            node = node.head
    return False


def _attached_host(tok, strong):
    """Return the strong trigger a weak one hangs from (or that hangs from it), within two steps.

    A noun trigger is also found through the verb that governs it ("launched airstrikes ... targeting").
    """
    ids = {s[1].i: s for s in strong}
    for s in strong:
        verb = _governing_verb(s[1])
        if verb is not None and verb.lemma_.lower() in _LIGHT_VERBS:
            ids.setdefault(verb.i, s)
    node = tok
    for _ in range(3):
        if node.i in ids and node.i != tok.i:
            return ids[node.i]
        if node.head.i == node.i:
            break
        node = node.head
    for s in strong:
        n = s[1]
        for _ in range(2):
            if n.head.i == n.i:
                break
            n = n.head
            if n.i == tok.i:
                return s
    return None


_SITE_PREPS = ("at", "in", "on", "near", "outside", "inside", "into", "through", "of")


def _site(tok) -> str | None:
    """Return the kind of public place a trigger says was struck (places/cues.yaml `incident_sites`), or None.

    Read from the trigger's object and locative phrases, then its verb's when it is a noun ("a blast hit
    a train at Maelbeek metro station" -> station, "gunmen opened fire outside the main mosque" -> mosque),
    one phrase deep ("the departure hall of the airport", "a train at the metro station")."""
    sites = incident_sites()
    verb = _governing_verb(tok)
    for node in (tok, verb):
        if node is None:
            continue
        heads = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [g for c in node.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            for word in [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS
                                  for g in c.children if g.dep_ == "pobj"]:
                if word.lemma_.lower() in sites and word.i != tok.i and word.ent_type_ not in ("GPE", "LOC"):
                    return word.lemma_.lower()  # (the "Bank" of "the West Bank" is a region, no site)
    return None


@lru_cache(maxsize=1)
def incident_sites() -> frozenset:
    """Return the kinds of public place told apart in one town (data/places/cues.yaml `incident_sites`)."""
    from flashpoint.resources import load_yaml
    return frozenset(load_yaml("places/cues.yaml")["incident_sites"])


def _governing_verb(tok):
    """Return the verb a noun trigger hangs from ("launched a round of airstrikes" -> launched)."""
    if tok.pos_ in ("VERB", "AUX"):
        return None
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _object_phrase(tok) -> list:
    """Return the words of what a verb acts on: its object, passive subject, or the noun it modifies.

    "shot down 30 missiles", "126 drones were downed", "drones launched at Israel" -- but not
    "a drone downed a police helicopter", where the drone is the attacker.
    """
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "npadvmod"):  # "shot down 30 of 35 drones"
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(c.subtree)
    if tok.dep_ in ("relcl", "acl", "amod"):
        out.append(tok.head)
    if tok.pos_ == "NOUN":  # "the interception of 30 drones", "drone interceptions"
        out.extend(c for c in tok.children if c.dep_ in ("compound", "nmod"))
    return out


_STAND_INS = frozenset(taxonomy()["counted_stand_ins"])


def _stand_in_object(tok, phrase: list) -> bool:
    """Return True when a verb's object names no thing of its own: none the parser found, or a bare
    amount or pronoun standing for things named before ("most were intercepted", "It was shot down")."""
    if tok.pos_ != "VERB":
        return False
    if not phrase:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _STAND_INS
               and not any(g.dep_ == "prep" for g in c.children) for c in tok.children)


_SPEECH_LEMMAS = ("say", "announce", "confirm", "report", "tell", "state", "declare")


def _reported_perfect(tok) -> bool:
    """Return True for an act told in the perfect under a verb of saying ('said it had taken')."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return False
    if any(a.lemma_.lower() == "claim" for a in tok.ancestors):
        return False  # a claim of responsibility comes after the act, often days after
    node = tok
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _SPEECH_LEMMAS:
            return True
    return False


_POLICE = ("police", "policeman", "policemen", "officer", "gendarme", "gendarmerie")


def _names_movement(tok) -> bool:
    """Return True for "the protests" named as a whole movement, no gathering of their own: the subject of a verb
    of starting or causing ("the protests began two weeks ago", "the protests were triggered on Friday"), the object
    of a verb of causing ("the arrest which sparked the protests"), or what a crackdown was on (taxonomy.yaml
    movement_words), with no place named in their own clause ("the protests began in Kisumu" is one)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    head = tok.head
    words = _MOVEMENT_WORDS
    if tok.dep_ in ("nsubj", "nsubjpass"):
        told = head.lemma_.lower() in words["subject_of"]
    elif tok.dep_ == "dobj":
        told = head.lemma_.lower() in words["object_of"]
    else:
        told = tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in words["object_of_noun"]
        head = head.head
    if not told:
        return False
    # (a place in a clause under it, "..., when a vendor set himself on fire in Kasserine", is that clause's)
    inner = {x.i for t in head.subtree if t.i != head.i and t.dep_ in ("advcl", "relcl", "ccomp", "conj", "acl")
             for x in t.subtree}
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in head.subtree if t.i not in inner)


def _unarmed_fight(words, mode: str, actor1, actor2, weapon_classes: list[str], victims: list[str], res) -> bool:
    """Return True for a fight or an attack (its trigger's words) told with no armed side and no gun: a crowd's.

    Its doer is nobody named, a crowd, the police alone ("clashes" told of them), or a class the report
    gives no arms ("a group of individuals", "men", "assailants": taxonomy.yaml `crowd_doer_nouns`); it names no
    weapon but a crowd's (stones, knives, petrol bombs) and no gun word ("opened fire", "came under fire") is in it.
    """
    if mode not in ("clash", "attack") or "armed" in victims or any(w.lemma_.lower() in _GUN_VERBS for w in words):
        return False
    if mode == "attack" and words.root.lemma_.lower() not in _CROWD_ATTACK_VERBS:
        return False  # a raid, an ambush, a shooting: an armed act whoever did it
    if any(res.lexicon.weapon_classes.get(c) or c == "small_arms" for c in weapon_classes):
        return False
    if actor1 is None or actor1.type in ("civilians", "rioters"):
        return True
    if actor1.type == "protesters":
        return actor2 is None or actor2.type != "protesters"  # demonstrators who hit demonstrators: a misread side
    if actor1.name.startswith("Police Forces"):
        return mode == "clash"
    return actor1.type != "state forces" and _unarmed_class(actor1, res)


def _armed_incident(m: Mention, res) -> bool:
    """Return True for a mention of an armed group's incident or of one a weapon typed (a bombing, a strike)."""
    return m.type_basis in ("weapon", "sentence") or any(_armed_group(a, res) for a in (m.actor1, m.actor2))


def _armed_group(actor, res) -> bool:
    """Return True for an armed side other than a state's forces, not a class whose noun gives no arms ("a group of
    individuals", "men": taxonomy.yaml crowd_doer_nouns)."""
    return actor is not None and actor.type in _ARMED and actor.type != "state forces" and not _unarmed_class(actor, res)


def _unarmed_class(actor, res) -> bool:
    """Return True for an unnamed class whose own words give it no arms ("a group of individuals", "young men")."""
    return actor.name in res.actors.class_names and bool(actor.text) \
        and actor.text.lower().split()[-1] in _CROWD_DOER_NOUNS


def _crowd_violence(lower: str, res) -> bool:
    """Return True when the sentence tells of a crowd's violence (taxonomy.yaml protest_cues.violent)."""
    return any(c in lower for c in res.taxonomy["protest_cues"]["violent"])


def _against_police(tok) -> bool:
    """Return True for 'clashes with police', 'clashed with riot police', 'fought the police'."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "against"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _POLICE for g in c.children):
                return True
        if c.dep_ == "dobj" and c.lemma_.lower() in _POLICE and tok.lemma_.lower() in ("fight", "clash", "battle"):
            return True
    return False


def _day_of_when_clause(marks, tok, base: int) -> DateSpan | None:
    """'since last Saturday, when gunmen shot dead...': the day the 'when' clause hangs from."""
    sdoc = tok.doc
    for d, _reporting in marks:
        if d.role != "since" or d.span is None or d.span.start is None:
            continue
        span = sdoc.char_span(base + d.start, base + d.end, alignment_mode="expand")
        if span is None:
            continue
        clause = tok
        for _ in range(3):
            if any(w.lower_ == "when" and w.dep_ == "advmod" for w in clause.children) or clause.head.i == clause.i:
                break
            clause = clause.head
        when = next((w for w in clause.children if w.lower_ == "when" and w.dep_ == "advmod"), None)
        # the 'when' clause follows the date (", when"), whether parsed as its relative clause or not
        if when is not None and 0 < when.i - span.end <= 2 and when.i == min(t.i for t in clause.subtree):
            return DateSpan(d.span.start, d.span.start, "day", d.text)
    return None


_AFTER_MARKS = ("after", "following")


def _day_of_main_clause(date_marks, tok, base: int) -> DateSpan | None:
    """Return the day the clause above an 'after ...' clause names, when the trigger sits in that 'after' clause.

    "The army said it had foiled a coup early on Sunday, after armed men attacked the home of a minister": the
    island rule keeps Sunday from the attack (it need not be its day), but the attack cannot be later, and the
    reporter who names no other day seldom means an earlier one.
    """
    node = tok
    for _ in range(6):
        if _is_temporal_clause(node):
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    if node.dep_ == "pcomp":
        mark, main = node.head, node.head.head
    else:
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS), None)
        main = node.head
    if mark is None or mark.lower_ not in _AFTER_MARKS or main.i == node.i:
        return None
    island = {t.i for t in node.subtree}
    sdoc = tok.doc
    for d, reporting in date_marks:
        if reporting or d.role != "point" or d.span is None or d.span.precision != "day":
            continue
        span = sdoc.char_span(base + d.start, base + d.end, alignment_mode="expand")
        if span is None or span.root.i in island:
            continue
        if span.root.i == main.i or main.i in {a.i for a in span.root.ancestors}:
            return DateSpan(d.span.start, d.span.end, "day", d.text)
    return None


def _told_again(tok, trig, actor1, previous):
    """Return the incident just told when this trigger says 'also' of one like it with no doer."""
    if previous is None or actor1 is not None or trig.entry.mode not in ("attack", "kill", "remote"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise", "similarly") for c in tok.children):
        return None
    return previous


def _same_means(tok, actor1, previous):
    """Return the incident just told when this trigger says 'also' of the same doer, with a weapon
    of its own that decided its type, else None."""
    if previous is None or actor1 is None or previous.actor1 is None or previous.actor1.name != actor1.name:
        return None
    if previous.type_basis not in ("weapon", "sentence"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in ("also", "likewise", "similarly") for c in tok.children):
        return None
    return previous


def _conditions_met(entry: TriggerEntry, tok, res) -> bool:
    """Return whether a trigger's entry has what it needs around it: its verb, object or weapon."""
    if entry.subject_is_place and {cls for _, cls in res.lexicon.weapons_in(
            [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree])} - {"small_arms", "blade", "crowd_control"}:
        return False  # "two rockets fell on Sderot", "debris from a drone fell on a house": no town fell
    if entry.subject_words and any(c.dep_ == "nsubj" and c.pos_ != "PROPN" and c.lemma_.lower() not in entry.subject_words
                                   for c in tok.children):
        return False  # "debris fell on a house": no town fell
    if entry.needs_subject_weapon and not {cls for _, cls in res.lexicon.weapons_in(_doers(tok))} \
            & set(entry.needs_subject_weapon):
        return False
    if entry.needs_verb and not _has_verb(tok, entry.needs_verb):
        return False
    if entry.needs_particle and not any(_particle_is(c, p) for c in tok.children for p in entry.needs_particle):
        return False  # "drove the militants out of the town", never "drove to the town"; "beat a man to death"
    if entry.no_modifier and tok.dep_ in ("amod", "compound"):
        return False
    if entry.never_object and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in entry.never_object
                                  for c in tok.children):
        return False  # "seized power in a coup": no town taken
    if entry.unless_purpose and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in entry.unless_purpose
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return False  # "entered the old city to arrest two men": a raid, no town taken
    if (entry.needs_object or entry.needs_clause) and not any(
            c.dep_ in ("dobj", "nsubjpass", "pobj") and (c.lemma_.lower() in entry.needs_object or (
                entry.person_object and c.dep_ in ("dobj", "nsubjpass") and _named_person(c, res)))
            for c in _objects(tok)) and not _has_purpose(tok, entry.needs_clause):
        return False
    if not entry.needs_weapon:
        return True
    means = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
    if any(cls not in entry.needs_weapon for _, cls in res.lexicon.weapons_in(means)):
        return False  # "the helicopter was brought down by a drone": another weapon did it
    phrase = _object_phrase(tok)
    if entry.mode == "intercept" and _stand_in_object(tok, phrase):
        # "Iran fired 30 missiles and most were intercepted", "The drone ... It was shot down", an object the
        # parser lost: the weapons the sentence names, else those of the sentence before
        if any(cls in entry.needs_weapon for _, cls in res.lexicon.weapons_in(tok.sent)):
            return True
        return tok.sent.start > 0 and any(cls in entry.needs_weapon for _, cls in
                                          res.lexicon.weapons_in(tok.doc[tok.sent.start - 1].sent))
    if any(t.pos_ == "PRON" and t.dep_ != "poss" for t in phrase) or (entry.mode == "intercept" and (
            any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "nsubjpass" for c in tok.children))):
        # "99% of them were intercepted": them, the missiles just named; an interception the parser left without
        # its subject ("said that 14 drones launched from Yemen were intercepted"): what the sentence names
        phrase = list(tok.sent)
    return any(cls in entry.needs_weapon for _, cls in res.lexicon.weapons_in(phrase))


# how far after its verb a "to ..." clause may name what was agreed ("agreed in Bunia on Tuesday to disengage")
_PURPOSE_REACH = 16


def _has_purpose(tok, verbs) -> bool:
    """Return True when a "to ..." clause the verb governs names one of the verbs ("agreed to disengage",
    "agreed to lay down their arms", "agreed that same day to work to de-escalate"); hyphened words are read
    whole ("de-escalate"), multi-word verbs by their lemmas in a row ("pull back")."""
    if not verbs:
        return False
    if _participle_says(tok, verbs):
        return True
    if tok.pos_ != "VERB":
        return False
    after = [t for t in tok.subtree if tok.i < t.i <= tok.i + _PURPOSE_REACH]
    if not any(t.lower_ == "to" for t in after):
        return False
    lemmas = [t.lemma_.lower() for t in after]
    words = {" ".join(lemmas[i:i + n]) for n in (1, 2, 3) for i in range(len(lemmas) - n + 1)}
    return any(v in words or v.replace("-", " - ") in words for v in verbs)


def _particle_is(child, particle: str) -> bool:
    """Return True when a verb's child is the particle or preposition ("out"), or one with its object or the
    preposition after it ("to death", "out of")."""
    word, _, obj = particle.partition(" ")
    return child.dep_ in ("prt", "prep", "advmod") and child.lower_ == word and (
        not obj or any(g.dep_ in ("pobj", "prep") and g.lemma_.lower() == obj for g in child.children))


def _hit_things(tok, weapon_spans) -> frozenset:
    """Return the lower-case weapon terms the verb's object or passive subject names when the verb tells what was
    hit (taxonomy.yaml patient_verbs): "a military helicopter was hit by gunfire" names the target, not the means."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _PATIENT_VERBS:
        return frozenset()
    hit = {t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    return frozenset(term.lower() for term, _, where in weapon_spans if hit.issuperset(where))


def _died_in(tok) -> bool:
    """Return True for an incident word that people died in ("who lost their lives in the blast", "perished in
    blast", "were killed in the explosion"): what killed them, a violent incident."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "by"):
        return False
    verb = tok.head.head
    return _has_verb(verb, _DEATH_IN_VERBS) if verb.pos_ in ("VERB", "AUX") else False


def _participle_says(tok, verbs) -> bool:
    """Return True when a participle clause of the verb (or of the verb a noun trigger is the object of) names one
    of the verbs, alone or with its object ("gathered outside the court demanding justice", "held a vigil,
    chanting slogans", "marched holding banners")."""
    node = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass", "attr") else tok
    for c in [*node.children, *(tok.children if node is not tok else ())]:
        if c.tag_ != "VBG" or c.dep_ not in ("advcl", "xcomp", "acl", "conj", "dep", "npadvmod"):
            continue
        lemma = c.lemma_.lower()
        forms = {lemma} | {f"{lemma} {g.lemma_.lower()}" for g in c.children if g.dep_ in ("dobj", "prt", "prep")}
        if forms & set(verbs):
            return True
    return False


def _doers(tok) -> list:
    """Return the words of a verb's subject and of its "by" agent, without what hangs on them by a preposition
    ("a missile fired by the Houthis damaged", "the ship was damaged by a missile"; "debris from a drone fell":
    debris)."""
    heads = [c for c in tok.children if c.dep_ == "nsubj"]
    heads += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    out = []
    for head in heads:
        out.extend(t for t in head.subtree if not any(
            a.dep_ in ("prep", "acl", "relcl") and a.i != head.i for a in _path_up(t, head)))
    return out


def _path_up(tok, top) -> list:
    """Return the words from tok up to (not including) top along the parse."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def _named_person(tok, res) -> bool:
    """Return True for a person's name that is no place the gazetteer knows ("captured Salah Abdeslam";
    the parser also tags towns such as "Goma" as people)."""
    if tok.ent_type_ != "PERSON":
        return False
    name = next((e.text for e in tok.sent.ents if e.start <= tok.i < e.end), tok.text)
    return not res.places.matches(name)


def _objects(tok) -> list:
    """Return the words a verb acts on, through its prepositions ("pulled out of their base")."""
    out = list(tok.children)
    preps = [c for c in tok.children if c.dep_ in ("prep", "prt")]
    for _ in range(2):
        out.extend(g for p in preps for g in p.children)
        preps = [g for p in preps for g in p.children if g.dep_ == "prep"]
    return out


def _has_verb(tok, verbs) -> bool:
    """Return True when one of the verbs governs the trigger, sits beside it, or qualifies it.

    "signed a ceasefire", "a ceasefire brokered by Qatar", "the truce took effect" (a verb with
    its object is written "take effect").
    """
    def is_one(t) -> bool:
        lemma = t.lemma_.lower()
        for v in verbs:
            verb, _, obj = v.partition(" ")
            if lemma == verb and (not obj or any(c.lemma_.lower() == obj for c in t.children)):
                return True
        return False

    node = tok
    for _ in range(3):
        if is_one(node):
            return True
        node = node.head
    near = list(tok.head.children) + [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    return any(is_one(c) for c in near) or is_one(tok.head)


def _protesters(res, country):
    return Actor("Protesters", "protesters", "protesters", country, None, None)


def _protest_sub(lower: str, cues: dict, default: str) -> str:
    if any(c in lower for c in cues["excessive"]):
        return "Excessive force against protesters"
    if any(c in lower for c in cues["violent"]):
        return "Violent demonstration"
    if any(c in lower for c in cues["intervention"]):
        return "Protest with intervention"
    return default


def _dates_for(date_marks, tok, trigger_ids: set[int], base: int):
    """Return the date mentions this trigger may use: not those that belong to another trigger.

    "Wednesday morning's attack was planned": that date is the planned attack's, not its neighbours'.
    """
    sdoc = tok.doc
    island = _temporal_island(tok)
    frame = _frame_of(tok)
    above = {a.i for a in tok.ancestors}
    blocked: set[int] = set()
    if frame is not None:
        blocked = {frame.i} | {a.i for a in frame.ancestors}
        above -= blocked
    if _compared(tok):
        blocked.add(tok.head.i)  # "The attack was deadlier than the raid ... at dawn on Sept. 18, 2016"
        above.discard(tok.head.i)
    out = []
    for mention, reporting in date_marks:
        span = sdoc.char_span(base + mention.start, base + mention.end, alignment_mode="expand")
        owner = None
        if span is not None:
            if span[-1].lower_ in ("after", "before") and tok.head.i == span[-1].i:
                continue  # "the day after the shrine bombing": the bombing is what the date counts from
            if island is not None and (span.root.i not in island or _before_clause(span, island, sdoc)):
                continue  # "flags flew on Sunday after gunmen killed 44": Sunday is not the killing's
            node = span.root
            for _ in range(12):  # a date far up the tree is reached through its own clause marks
                if node.i in trigger_ids and node.i not in range(span.start, span.end) and not (
                        _is_temporal_clause(node) and _before_clause(span, {t.i for t in node.subtree}, sdoc)):
                    # (a date the parse hangs on the trigger of an 'after ...' clause it comes before is not
                    # that trigger's: "struck Bajil on Monday, a day after a missile landed")
                    owner = node.i
                    break
                if node.i in blocked:
                    # the toll's or the claim's date, not the incident's; but one told inside the frame's own
                    # phrase, before its verb, is the incident's however the parse hangs it ("the number of
                    # people killed when a missile struck ... on Saturday rose to 40 on Monday")
                    inside = frame is not None and frame.i < span.start <= span.end <= frame.head.i
                    owner = tok.i if inside else -1
                    break
                if node.i not in above and node.pos_ == "NOUN" and node.lemma_.lower() in _FRAME_WORDS \
                        and not span.start <= node.i < span.end:
                    owner = -1  # "raising a toll it had put at 63 two days earlier": the toll's time
                    break
                if node.i in above and node.pos_ == "VERB" and node.lemma_.lower() in modality().irrealis_heads:
                    owner = -1  # "India promised on Friday to make them pay for the bombing": the promise's day
                    break
                if node.i not in above and _describes_its_noun(node, span, mention, tok, trigger_ids):
                    owner = -1  # "the civil war of 1975", "whom parliament named prime minister in March"
                    break
                if node.i in above:
                    # the date modifies a clause this trigger sits in, unless the trigger only describes that
                    # clause's subject or object ("the body of a nurse killed in the attack was found on Monday")
                    owner = -1 if _describes_argument(tok, node, trigger_ids) else tok.i
                    break
                if node.dep_ == "prep" and node.lower_ in _TEMPORAL_MARKS and node.i != span.root.head.i \
                        and not span.start <= node.i < span.end:  # "before dawn on Sunday" is the date itself
                    owner = -1  # "since the war began two years ago": that phrase's own time
                    break
                if _is_temporal_clause(node) and tok.i not in {t.i for t in node.subtree} \
                        and not _before_clause(span, {t.i for t in node.subtree}, sdoc):
                    owner = -1  # "since the war began two years ago": that clause's own time
                    break
                if node.head.i == node.i:
                    break
                node = node.head
        if owner is None or owner == tok.i:
            out.append((mention, reporting))
    return out


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_OCCURRENCE_VERBS = frozenset(dt.lexicon()["occurrence_verbs"])
_DAY_PARTS = frozenset(dt.lexicon()["day_parts"])


def _describes_its_noun(node, span, mention, tok, trigger_ids: set[int]) -> bool:
    """Return True when a month, a year or a longer period is told as part of another noun's own description: its
    "of" phrase ("a line of the civil war of 1975") or a relative clause on it ("Bashagha, whom parliament named
    prime minister in March"), that noun being no incident: that thing's time, not the incident's. (A day so told
    is more often the incident's as well: "a bomb hit a bus that was carrying pilgrims on Sunday".)"""
    if mention.span is None or mention.span.precision in ("day", "week") or span.start <= node.i < span.end:
        return False
    own_words = {t.i for t in tok.subtree}  # "the fight against Islamic State, which began in 2014": the fight's
    if node.pos_ in ("NOUN", "PROPN"):
        return span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.i == node.i \
            and node.i not in trigger_ids and node.i not in own_words and node.lemma_.lower() not in _DAY_PARTS
    return node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl") and node.i not in trigger_ids \
        and node.head.i not in own_words and node.head.i not in trigger_ids


def _describes_argument(tok, verb, trigger_ids: set[int]) -> bool:
    """Return True when a trigger sits inside the subject or object of a verb that tells no incident, below that
    argument's head: "the body of a nurse killed during the attack was recovered on Wednesday", "police arrested
    two men suspected of the bombing on Friday" - the verb's date is the finding's or the arrest's."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i in trigger_ids or verb.lemma_.lower() in _OCCURRENCE_VERBS:
        return False  # ("a series of retaliatory strikes came on October 27th": the verb tells the incident's day)
    node, described = tok, False
    for _ in range(12):
        if node.head.i == verb.i:
            # (a trigger in the argument's own name is the argument: "launched Operation Hadin Kai on Tuesday")
            return described and node.dep_ in _ARGUMENTS and node.i not in trigger_ids
        if node.head.i == node.i:
            return False
        described = described or node.dep_ in ("prep", "acl", "relcl")
        node = node.head
    return False


_REPORTING_HEADS = frozenset(dt.lexicon()["reporting_heads"])
_DATE_LINKS = frozenset({"prep", "pobj", "npadvmod", "advmod", "pcomp", "nmod", "compound", "appos", "amod", "det",
                         "nummod", "quantmod", "cc", "conj"})


def _said_on(mention, sdoc, base: int, trigger_ids: set[int]) -> bool:
    """Return True for a date the parse hangs on the saying, not on the incident: the first verb above it is
    a reporting verb (data/dates.yaml `reporting_heads`) that tells no incident itself, in its object or in a
    'when' clause.

    "On Monday, the ministry said 37 people had been killed", "according to residents on Monday", "the figure
    given a day earlier". A fronted date with an incident told between it and a reporting verb at the end of
    the sentence is the incident's, however the parse hangs it ("On Monday, gunmen killed 12, police said").
    """
    span = sdoc.char_span(base + mention.start, base + mention.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(8):
        if node.head.i == node.i or node.dep_ not in _DATE_LINKS:
            return False
        node = node.head
        if node.i in trigger_ids and node.pos_ not in ("VERB", "AUX"):
            return False  # "in response to a rocket attack on Sunday": the attack's day, whatever verb is above
        if node.pos_ in ("VERB", "AUX") or node.lower_ == "according":
            break
    else:
        return False
    if node.i in trigger_ids or not (node.lemma_.lower() in _REPORTING_HEADS or node.lower_ == "according"):
        return False
    # what the verb reports as its object ("residents reported explosions late on Saturday", "announced the
    # recapture of the palace on Friday") or a 'when' clause of it ("announced itself on January 14, 2016, when
    # gunmen attacked a police post") happened at the date the verb carries
    told = {t.i for c in node.children if c.dep_ in ("dobj", "attr", "oprd") or (c.dep_ == "advcl" and any(
        g.lower_ == "when" for g in c.children if g.dep_ in ("advmod", "mark"))) for t in c.subtree}
    told |= {t.i for t in span.root.subtree}  # "on March 3, 2015, when gunmen attacked" parsed as the date's clause
    return not any(span.end <= t < node.i or t in told for t in trigger_ids)


def _compared(tok) -> bool:
    """Return True for the subject of a comparison ("The attack was deadlier than the raid at Uri in
    2016", "It was the worst attack since ..."): the times the copula carries are the other incident's."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and (c.tag_ in ("JJR", "JJS") or any(g.tag_ in ("JJR", "JJS") for g in c.children))
        for c in head.children)


_FRAME_WORDS = frozenset(dt.lexicon()["frame_words"])


def _before_clause(span, island: set[int], sdoc) -> bool:
    """Return True for a date told before the words that open a temporal clause, though the parse hangs
    it inside: "struck the port on Monday, a day after a missile landed" - Monday is the strike's."""
    root = sdoc[min(island):max(island) + 1].root
    opening = [t.i for c in root.children if c.dep_ in ("mark", "npadvmod") and c.i < root.i for t in c.subtree]
    return bool(opening) and span.end <= min(opening) and span.root.i not in opening


def _frame_of(tok):
    """Return the word the incident hangs from whose own time is not the incident's, if any.

    "the death toll from a strike on Kharkiv rose to 16 on Sunday" -> toll; "claimed
    responsibility on Thursday for the bombings" -> responsibility (or claimed). Only a
    prepositional or possessive path counts: "said it struck on Sunday" keeps its date.
    """
    node = tok
    for _ in range(7):
        if node.head.i == node.i or not (node.dep_ in ("pobj", "prep", "poss", "compound", "acl", "relcl")
                                         or _inside_told_clause(node)):
            return None
        node = node.head
        if node.lemma_.lower() in _FRAME_WORDS:
            return node
    return None


def _inside_told_clause(node) -> bool:
    """Return True for a word of a 'when' clause inside a noun's description, or for that clause itself: "the
    number of people killed |when a bomber drove an ambulance ...| rose to 103 on Sunday" (the rise's day)."""
    clause = node.head if node.dep_ in ("nsubj", "nsubjpass", "dobj") else node
    return clause.dep_ == "advcl" and clause.head.dep_ in ("acl", "relcl") and any(
        c.lower_ == "when" for c in clause.children if c.dep_ in ("advmod", "mark"))


def _one_per_place(mention: Mention, places, sdoc) -> list[Mention]:
    """'Drones struck Odesa and Kharkiv': one more mention for each town joined to the chosen one.

    ACLED codes one event per location and day; figures cannot be split between the towns, so
    the extra mentions carry none, unless the sentence gives one figure per town "respectively".
    """
    extra = _places_beside(mention, places, sdoc)
    figures = mention.casualties.respective if mention.casualties is not None else ()
    if extra and len(figures) == 1 + len(extra):
        # "struck a church in Kaduna and a mosque in Jos, killing 14 and 9 people respectively"
        start = {id(p.place): p.start for p in places}
        told = sorted([mention, *extra], key=lambda m: start.get(id(m.place), len(sdoc)))
        whole = mention.casualties
        for m, n in zip(told, figures):
            m.casualties = replace(whole, low=n, high=n, best=n, respective=())
    _gapped_figures(mention, extra)
    return extra


def _gapped_figures(mention: Mention, extra: list[Mention]) -> None:
    """'Seven people were killed in Bogota and three in Soacha': the figure told for another place of
    the sentence, its verb left out, is the dead of that place's mention, never of this one."""
    whole = mention.casualties
    if whole is None or not whole.elsewhere:
        return
    mention.casualties = replace(whole, elsewhere=())
    for words, n in whole.elsewhere:
        key = _place_key(words)
        for m in extra:
            if m.place is not None and key and key in (_place_key(m.place.text), _place_key(m.place.name)):
                m.casualties = replace(whole, low=n, high=n, best=n, elsewhere=(), respective=(), text=f"{n} in {words}")


def _place_key(words: str | None) -> str:
    """Return a place's words lower-cased, letters only, without a leading "the" (for comparing mentions)."""
    text = (words or "").lower()
    text = text[4:] if text.startswith("the ") else text
    return "".join(c for c in text if c.isalnum())


def _places_beside(mention: Mention, places, sdoc) -> list[Mention]:
    """Return a mention for each other place the sentence lists with the mention's own (see `_one_per_place`)."""
    if mention.place is None:
        return []
    chosen = next((p for p in places if p.place is mention.place), None)
    if chosen is None:
        return []
    root = sdoc[chosen.start:chosen.end].root
    if mention.place.precision == 3:
        # "villages in southern Lebanon, including Kfar Kila and Khiam": the towns, one event each
        named = [p for p in places if p.place.precision in (1, 2) and _under_including(sdoc[p.start:p.end].root)]
        if not named:
            # "highways in the regions of Apurimac and Arequipa": one event per region named together
            if mention.place.kind not in ("region", "province"):
                return []
            joined = {c.i for c in root.conjuncts}
            return [replace(mention, place=p.place, casualties=None, victims=[]) for p in places
                    if p is not chosen and p.place.kind in ("region", "province")
                    and p.place.name != mention.place.name and sdoc[p.start:p.end].root.i in joined]
        first, rest = named[0], named[1:]
        mention.place = first.place
        return [replace(mention, place=p.place, casualties=None, victims=[]) for p in rest
                if p.place.name != first.place.name]
    joined = {c.i for c in root.conjuncts}
    listed = _listed_with(chosen, places, sdoc)
    extra = []
    for p in places:
        if p is chosen or not p.locative or p.place.precision not in (1, 2) or p.place.name == mention.place.name:
            continue
        if sdoc[p.start:p.end].root.i in joined or p.start in listed:
            copy = replace(mention, place=p.place, casualties=None, victims=[])
            extra.append(copy)
    return extra


_COORDINATORS = frozenset((",", "and", "or", ";"))
_LIST_TAIL_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "PUNCT"))
_LIST_TAIL_PREPS = frozenset(("in", "at", "of"))
_LIST_GAP_MAX = 15
_PLACE_WORDS = frozenset(("the",)) | place_words()  # "the town of"


def _listed_with(chosen, places, sdoc) -> set[int]:
    """Return the starts of the places named in one list with the chosen one, where the parse does not
    join them: "villages around Kobani, the Derik area near the border and the Tal Rifaat district",
    "a church in Kaduna and a mosque in Jos".

    Two places in a row are listed when the words between them hold a comma or "and", none of them is
    a verb or a date, and the words after the last comma or "and" only name what comes next ("the",
    "a mosque in", "the town of"). After a comma alone they may only be "the" or a place word: "Yarmouk,
    a camp in Damascus" and "Bucha, a town outside Kyiv" describe one place.
    """
    if chosen.place.precision not in (1, 2):
        return set()
    pool = sorted((p for p in places if p.locative and p.place.precision in (1, 2)), key=lambda p: p.start)
    if chosen not in pool:
        return set()
    at = pool.index(chosen)
    out = set()
    for step in (1, -1):
        k = at
        while 0 <= k + step < len(pool):
            a, b = (pool[k], pool[k + step]) if step == 1 else (pool[k + step], pool[k])
            if not _list_gap(sdoc[a.end:b.start]):
                break
            k += step
            out.add(pool[k].start)
    return out


def _list_gap(gap) -> bool:
    """Return True when the words between two place names join them in a list (see `_listed_with`)."""
    if not len(gap) or len(gap) > _LIST_GAP_MAX:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("DATE", "TIME") for t in gap):
        return False
    last = max((t.i for t in gap if t.lower_ in _COORDINATORS), default=None)
    if last is None:
        return False
    tail = [t for t in gap if t.i > last]
    if all(t.lower_ in (",", ";") for t in gap if t.lower_ in _COORDINATORS):
        return all(t.lower_ in _PLACE_WORDS for t in tail)
    if tail and tail[-1].pos_ == "ADP":
        if tail[-1].lower_ not in _LIST_TAIL_PREPS:
            return False
        tail = tail[:-1]
    return all(t.pos_ in _LIST_TAIL_POS and t.lower_ not in _COORDINATORS for t in tail)


def _under_including(tok) -> bool:
    node = tok
    for _ in range(3):
        if node.lower_ in ("including", "include", "includes"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _owned_by_other(span, tok, trigger_ids: set[int]) -> bool:
    """Return True when the words belong to another incident's phrase ("in retaliation for
    Saturday's attack on Majdal Shams": Majdal Shams is that attack's place, not the answer's)."""
    node = span.root
    above = {a.i for a in tok.ancestors}
    # "the blasts struck a shrine in Colombo": the verb whose subject is the trigger tells the same act
    same_act = tok.head.i if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" else None
    below = node
    for _ in range(6):
        if node.i in trigger_ids and node.i not in range(span.start, span.end) and node.i != same_act:
            if below.dep_ in ("nsubj", "nsubjpass") and tok.dep_ == "conj" and tok.head.i == node.i:
                return False  # "young men in Kolwezi looted shops and burned an office": the shared subject's place
            if node.i != tok.i and _in_clause_about_argument(node, tok):
                return False  # "fired on protesters who tried to take over the airport in Ayacucho": the target's place
            return node.i != tok.i
        if node.i == tok.i or node.i in above:
            return False
        if _is_temporal_clause(node) or (node.dep_ == "prep" and node.lower_ in _TEMPORAL_MARKS):
            return True  # "...hours before delegations sat down in Jeddah": that clause's place
        if _own_act(node, trigger_ids):
            return True  # "..., and the government moved its seat to Guayaquil": that clause's place
        if node.head.i == node.i:
            return False
        below, node = node, node.head
    return False


_SETTING_MARKS = ("as", "while", "whereas")


def _present_setting(verb) -> bool:
    """Return True for a clause in the present hung on a past one by "as" or "while" ("the bombings came as
    government forces push against al Shabaab", "... while troops are battling rebels in the north"): the
    running war the incident is set in, no incident of its own."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl" or verb.head.tag_ != "VBD" \
            or not any(c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in verb.children):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return bool(auxes) and all(a in ("is", "are") for a in auxes)
    return verb.tag_ in ("VB", "VBP", "VBZ") and not auxes


def _setting_of(words):
    """Return the first of these words that is a `_present_setting` clause's verb, else None."""
    return next((a for a in words if _present_setting(a)), None)


def _in_present_setting(tok) -> bool:
    """Return True for a word inside a `_present_setting` clause that names no day of its own."""
    setting = _setting_of((tok, *tok.ancestors))
    return setting is not None and not any(t.ent_type_ == "DATE" for t in setting.subtree)


def _setting_apart(word, tok) -> bool:
    """Return True for a word inside a `_present_setting` clause that does not hold the trigger ("the bombings came
    as forces push against al Shabaab in the Hiiraan region": the war's place, not the bombings')."""
    setting = _setting_of(word.ancestors)
    return setting is not None and tok.i not in {t.i for t in setting.subtree}


def _own_act(verb, trigger_ids: set[int]) -> bool:
    """Return True for a clause joined to another by "and"/"while" with its own subject and a verb that tells
    no incident: "protesters stormed the parliament, and the government moved its seat to Guayaquil",
    "... while the governor fled to Santa Cruz" (where that subject went or acted is no place of the incident)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i in trigger_ids or verb.dep_ not in ("conj", "advcl"):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)


def _in_clause_about_argument(other, tok) -> bool:
    """Return True when another trigger sits in a relative clause that describes one of this trigger's own
    arguments ("soldiers opened fire on protesters who tried to take over the airport"): what that clause
    places, it places for this incident too."""
    node = other
    for _ in range(8):
        if node.dep_ in ("relcl", "acl"):
            return tok.i in {a.i for a in node.head.ancestors} or node.head.i == tok.i
        if node.head.i == node.i or node.head.i == tok.i:
            return False
        node = node.head
    return False


_ANNOUNCED = ("change", "agreement", "base", "other")


def _is_temporal_clause(node) -> bool:
    return node.dep_ in ("advcl", "relcl", "acl", "pcomp", "ccomp", "conj") and any(
        c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in node.children) or (
        node.dep_ == "pcomp" and node.head.lower_ in _TEMPORAL_MARKS)


def _temporal_island(tok) -> set[int] | None:
    """Return the token ids of the 'after ...' / 'since ...' clause a trigger sits in, if any."""
    node = tok
    for _ in range(6):
        if _is_temporal_clause(node):
            return {t.i for t in node.subtree}
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# an incident told as running "since" a day at most this many days before the span's end is dated by that span;
# a longer one ("since January") is a war's count, not an incident's time
RUNNING_SINCE_DAYS = 7


def _running_since(date_marks):
    """Return the span of an incident told with no day of its own as running since a recent day ("air raids
    since Wednesday night have killed 20 militants, the ministry said on Friday": Wednesday to the report's day,
    never the day it was said), or None."""
    for mention, reporting in date_marks:
        span = mention.span
        if mention.role == "since" and not reporting and span is not None and span.start is not None \
                and span.end is not None and 0 <= (span.end - span.start).days <= RUNNING_SINCE_DAYS:
            return span
    return None


def _choose_date(date_marks, rel: int, text: str, published):
    """Return (DateSpan or None, after_anchor): the incident's own date nearest the trigger."""
    best = None
    best_score = None
    after_anchor = False
    for mention, reporting in date_marks:
        if reporting or mention.role in ("since", "until", "dateline", "compared") or mention.span is None:
            continue
        distance = abs(mention.start - rel) if mention.start >= rel else abs(rel - mention.end)
        if ";" in text[min(rel, mention.end):max(rel, mention.start)]:
            continue  # "...were ambushed in Poonch; the next day three civilians...": the other clause's day
        precision_penalty = {"day": 0, "week": 20, "month": 30, "range": 40}.get(mention.span.precision, 50)
        score = distance + precision_penalty
        if best_score is None or score < best_score:
            best, best_score = mention, score
    if best is None:
        return None, after_anchor
    return best.span, after_anchor


_CROWD_EVENT_NOUNS = frozenset(taxonomy()["crowd_event_nouns"])
_CROWD_ATTACK_VERBS = frozenset(taxonomy()["crowd_attack_verbs"])
_CROWD_DOER_NOUNS = frozenset(taxonomy()["crowd_doer_nouns"])
_MOVEMENT_WORDS = {k: frozenset(v) for k, v in taxonomy()["movement_words"].items()}


def _during_crowd(tok) -> bool:
    """Return True for an arrest told as made during, at or after a crowd event ("during the unrest")."""
    return any(c.dep_ == "prep" and c.lower_ in ("during", "at", "after", "amid", "in") and any(
        g.dep_ == "pobj" and g.lower_ in _CROWD_EVENT_NOUNS for g in c.children) for c in tok.children)


_ALLY_CUES = tuple(tuple(c.split()) for c in taxonomy()["ally_cues"])


def _allies(tok) -> list:
    """Return the words naming sides a trigger's doer acted with ("alongside Malian troops")."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        words = (tok.doc[c.i - 1].lower_, c.lower_) if c.i > 0 else (c.lower_,)
        if (c.lower_,) in _ALLY_CUES or words in _ALLY_CUES:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


_CLAIM_OBJECTS = ("responsibility", "credit")


def _claimed(tok) -> bool:
    """Return True when a trigger tells what a group claimed: "X claimed the attack", "the bombing was
    claimed by X", "X said it was behind the attack", "X claimed responsibility, saying its fighters attacked a
    gathering", "the RSF said its forces had attacked three army camps" (a side telling its own act: whom it says
    it hit is its version)."""
    if _told_by_its_doer(tok):
        return True
    was = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "behind" and was.lemma_ == "be" and was.dep_ in ("ccomp", "xcomp") \
            and was.head.lemma_.lower() in targets()["owning_verbs"]:
        return True  # "the group said it was behind the attack": responsibility claimed for an act told
    node = tok
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() == "claim" and (
                node.i == tok.i and node.dep_ in ("dobj", "nsubjpass")
                or any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_OBJECTS for c in head.children)):
            return True
        node = head
    return False


def _told_by_its_doer(tok) -> bool:
    """Return True when a named speaker tells its own act: 'X said its fighters attacked ...', 'X said it had
    struck ...' (the act's subject is the speaker's pronoun or 'its/their' members), and the acts joined to it
    ('... had attacked three army camps and clashed with soldiers')."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in ("say", "announce", "state", "claim") or not any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in ("it", "they") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children))


_TELLING_VERBS = frozenset(dt.lexicon()["speech_verbs"]) | frozenset(dt.lexicon()["reaction_verbs"])


def _told_on(marks, date: DateSpan | None, tok, trigger_ids: set[int], base: int) -> bool:
    """Return True when a noun trigger's date is the day of a statement about it, not its own.

    "The attack, which killed nine soldiers, was claimed by Boko Haram on Monday"; "On Wednesday,
    officials said the strike had targeted militants": the date hangs from a verb that is no incident
    (claimed, said), outside the noun's own words ("Monday's attack", "the attack on Monday" are its own).
    """
    if date is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    mention = next((m for m, _ in marks if m.span is date), None)
    if mention is None:
        return False
    span = tok.doc.char_span(base + mention.start, base + mention.end, alignment_mode="expand")
    if span is None or span.root.i in {t.i for t in tok.subtree}:
        return False
    node = span.root
    for _ in range(12):
        if node.i in trigger_ids:
            return False  # "the attack killed nine soldiers on Monday": the killing's day is the attack's
        if node.pos_ in ("VERB", "AUX") and tok.i in {t.i for t in node.subtree}:
            # "the protesters returned on Thursday" is an act of its own; "said", "condemned" tell of one
            return node.lower_ in _TELLING_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _apply_relative_after(mentions: list[Mention], text: str, published) -> None:
    """'The strike came two weeks after warplanes hit a depot': the later-named incident is earlier."""
    if not published or len(mentions) < 1:
        return
    words = cas.words_in(text)
    if words is not None and words.isdisjoint(("later", "after")):
        return  # the pattern's last word is not in the sentence (a cheap test before the pattern)
    m = _AFTER_RELATIVE.search(text)
    if not m:
        return
    offset = m.start()
    before = [x for x in mentions if x.trigger_start - x.sent_start < offset]
    if not before and m.group(4).lower() == "later":
        return  # "Eleven days later, India struck": later than the incident told before, read with its anchor
    after = [x for x in mentions if x.trigger_start - x.sent_start > offset]
    if not after:
        return
    # "was recovered on Wednesday, two days after fighters attacked": the day the clause names just before the
    # phrase is what it counts from, whatever the incidents before it are dated by
    named = [d for d in dt.find_dates(text[:offset], published) if d.role == "point" and d.span.precision == "day"]
    anchor_span = named[-1].span if named else before[0].date if before and before[0].date else None
    anchor = anchor_span.end if anchor_span and anchor_span.end else published
    phrase = f"{m.group(1) or ''}{m.group(2)} {m.group(3)}s ago"
    span = dt.resolve_date(phrase, anchor)
    if span is None:
        return
    span = DateSpan(span.start, span.end, span.precision, m.group(0))
    for x in after:
        if x.date is None or x.date.text == m.group(0) or x.date.start == (anchor - timedelta(0)):
            x.date = span
            x.after_anchor = True


def _across_semicolon(at: int, trigger: int, sent, trigger_ids: set[int]) -> bool:
    """Return True when a word sits across a semicolon from the trigger, in a part of the sentence that
    tells an incident of its own: "...after gunmen ambushed security forces; and in late April, clashes in
    Jaramana killed dozens": Jaramana is the clashes' place, not the ambush's."""
    text = token_table(sent.doc).text
    marks = [i for i in range(sent.start, sent.end) if text[i] == ";"]
    if not marks:
        return False
    part = sum(1 for i in marks if i < at)
    if part == sum(1 for i in marks if i < trigger):
        return False
    return any(sum(1 for i in marks if i < t) == part for t in trigger_ids if t != trigger)


def _choose_place(places, tok, told: bool = False):
    """Return the place nearest the trigger among those that read as 'where' (else any named).

    A place aside, where it was said or where the doer is (`_aside`), is left out while the sentence names
    another; it is all there is otherwise ("officials in Mosul said ... Monday's car bombing"), except for a
    definite "the strike" (`told`), which was placed where it was first told. Only a place told as a "where"
    puts the aside ones out: "young men in Inezgane torched cars" names no other place the act happened at,
    whatever landmark ("south of Agadir") the sentence adds."""
    aside = [p for p in places if _aside(p, tok)]
    # the landmark that only describes an aside place ("young men in Kolwezi, west of Lubumbashi") is aside too
    described = _landmarks(places, tok.doc, among=aside)
    near = [p for p in places if p.locative and p not in aside and p.start not in described]
    places = near if near or told else places
    pool = [p for p in places if p.locative]
    if not pool:
        return None
    own = _own_clause(tok)
    landmarks = _landmarks(pool, tok.doc)
    best = min(pool, key=lambda p: (p.start not in own, p.start in landmarks,
                                    abs(p.start - tok.i) + 6 * ((p.rank or p.place.precision or 3) - 1)))
    return best.place


def _aside(p, tok) -> bool:
    """Return True for a place that says where something other than the incident was: where it was said, the
    place hanging (through "in"/"of" phrases or a compound) from a reporting verb (places/cues.yaml
    `reporting_verbs`), its subject or its object ("Officials in Kyiv said", "the defence ministry in Moscow
    said", "Moscow said", "a source in Ukraine's military told", "told reporters in Islamabad", "Speaking in Geneva"), or where the doer is
    ("Militants in Gaza fired rockets at southern Israel")."""
    node = tok.doc[p.start:p.end].root
    verbs = reporting_verbs()
    # six steps: "the health ministry in the Houthi-run administration in Sanaa gave a toll" nests two "in"s
    for _ in range(6):
        head = node.head
        if head.i == node.i or head.i == tok.i:
            break
        if head.lemma_.lower() in verbs and (node.dep_ in ("nsubj", "dobj", "dative")
                                             or (node.dep_ == "prep" and head.pos_ == "VERB")):
            return True  # "Officials in Kyiv said", "told reporters in Islamabad", "Speaking in Geneva"
        if node.dep_ not in ("pobj", "prep", "compound", "poss"):
            return False  # ("poss": "a source in Ukraine's military told reporters")
        node = head
    # "Militants in Gaza fired rockets at southern Israel": the doer's place, the target's wins
    root = tok.doc[p.start:p.end].root
    # (a verb joined by "and" shares the subject: "young men in Kolwezi looted shops and burned an office")
    verbs = (tok.i, tok.head.i) if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else (tok.i,)
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ == "nsubj" \
        and root.head.head.head.i in verbs and tok.pos_ == "VERB"


def _landmarks(places, sdoc, among=None) -> set[int]:
    """Return the starts of places that only describe another place (of `among`, else of `places`): "Karkamis,
    a town in Gaziantep province facing the Syrian town of Jarablus" -> Gaziantep and Jarablus; "Egypt's Minya
    province" -> Egypt."""
    out = set()
    for p in places if among is None else among:
        root = sdoc[p.start:p.end].root
        inside = {t.i for t in root.subtree} - set(range(p.start, p.end))
        out.update(q.start for q in places if q is not p and q.start in inside
                   and not _joined_below(sdoc[q.start:q.end].root, root))
    return out


def _joined_below(node, top) -> bool:
    """Return True when a word hangs from `top` through a conjunction: "in Jammu and Reasi district" names two
    places side by side (the small model often parses "Jammu and Kashmir's Reasi district" so), not one in the other."""
    for _ in range(8):
        if node.i == top.i or node.head.i == node.i:
            return False
        if node.dep_ == "conj":
            return True
        node = node.head
    return False


def _own_clause(tok) -> set[int]:
    """Return the token ids of the clause a trigger is told in, without the clauses joined to it:
    "protesters blocked highways in Apurimac, and crowds in Cusco gathered" -> not Cusco."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    return {t.i for t in verb.subtree} - joined


def _another_count(casualties, owners, k: int) -> int | None:
    """Return the incident of another source's count of the same dead, for a figure the parse gave to no
    incident: "police first spoke of 30 dead; a rights group said 70 were killed", "gunmen killed 57 in
    Bankass; local officials put that toll at 80" (a restated toll counts the dead told before it)."""
    c = casualties[k]
    if owners[k] is not None or c.kind != "killed" or c.attackers or c.part or not (c.disputed or c.total):
        return None
    known = ("civilians", "security", "militants")
    others = [(abs(b.start - c.start), owners[j]) for j, b in enumerate(casualties)
              if j != k and b.kind == "killed" and owners[j] is not None and not b.attackers and not b.part
              and (b.disputed or b.start < c.start)
              and not (c.side in known and b.side in known and c.side != b.side)]  # (other dead: not a count of theirs)
    return min(others)[1] if others else None


def _counting_verbs(node) -> list:
    """Return the verb that counts the dead of a casualty phrase ("a strike killed 17") and, when that verb
    is an -ing clause ("killed 4, bringing the toll to 9"), the verb it hangs from."""
    verb = next((t for t in [node, *node.ancestors] if t.pos_ == "VERB"), None)
    if verb is None:
        return []
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        return [verb, verb.head]
    return [verb]


# trigger modes that never count the dead of their sentence while a violent act is told beside them
_NO_TOLL_MODES = frozenset(("arrest", "agreement", "change", "transfer", "other"))


def _casualties_for(casualties, rel: int, kept, sdoc, base) -> Casualties | None:
    """Return the casualties that belong to this trigger: the trigger above them in the parse
    ("shelled the city, killing four"), else the nearest one in the sentence."""
    if not casualties:
        return None, []
    all_heads = {tok.i: sdoc[t.start].idx - base for t, tok in kept}
    # the dead are never an arrest's or an agreement's ("police detained a woman suspected of
    # planting the bomb that tore through the avenue, killing six"), when a violent act is told beside
    violent = {tok.i: sdoc[t.start].idx - base for t, tok in kept if t.entry.mode not in _NO_TOLL_MODES}
    owners = []
    earlier: set[int] = set()  # figures of an earlier incident told in a clause of time: no nearest trigger's
    for k, c in enumerate(casualties):
        owner = None
        heads = violent if c.kind == "killed" and violent else all_heads
        span = sdoc.char_span(base + c.start, base + c.end, alignment_mode="expand")
        if span is not None:
            node = span.root
            counting = _counting_verbs(node)
            for _ in range(6):
                if node.i in heads:
                    owner = heads[node.i]
                    break
                if node in counting and _earlier_clause(node) and not (c.revision or c.added or c.total or c.attackers):
                    # "four officers were killed ..., two weeks after 17 soldiers died in the same area": the 17
                    # are the dead of an earlier incident, the trigger inside their clause's if it names one
                    inner = [t.i for t in node.subtree if t.i in heads]
                    owner = heads[inner[0]] if inner else None
                    earlier.add(k)
                    break
                # "Drones hit Odesa, two days after a missile strike on Kharkiv killed 17": the incident that
                # is the subject of the verb counting the dead owns them, not the one its clause hangs from
                doer = next((s for s in node.children if s.dep_ == "nsubj" and s.i in heads), None) \
                    if node in counting else None
                if doer is not None:
                    owner = heads[doer.i]
                    break
                if node.head.i == node.i:
                    break
                node = node.head
            if owner is None:
                owner = _when_clause_owner(span, heads)
        owners.append(owner)
    # a trigger whose own clause counts its dead takes no other figure by mere nearness ("the
    # siege of the mall, in which 67 died, and an attack on the hotel that killed 21"); the attackers'
    # own death is placed after the others (below), so it never claims a trigger
    parsed = {(o, c.kind) for o, c in zip(owners, casualties) if o is not None and not c.attackers}
    final: list = []
    for k, (c, owner) in enumerate(zip(casualties, owners)):
        if owner is None and not c.attackers and k not in earlier and _another_count(casualties, owners, k) is None:
            starts = list((violent if c.kind == "killed" and violent else all_heads).values())
            free = [s for s in starts if (s, c.kind) not in parsed] or starts
            owner = min(free, key=lambda s: abs(s - c.start))
            if (owner, c.kind) in parsed and not (c.revision or (c.added and not c.attackers)):
                owner = None  # (a revision, "and a third died in hospital", or more dead, "a woman was also
                # shot dead", are the toll's, wherever they stand)
        final.append(owner)
    for k, c in enumerate(casualties):
        if final[k] is None and not c.attackers and k not in earlier:
            final[k] = _another_count(casualties, owners, k)
    # "the driver and a player were killed, and a woman in a passing taxi was also shot dead": more dead
    # told by a death verb of their own (inside their words) are the toll's told before them in the sentence
    for k, c in enumerate(casualties):
        if c.added and not c.attackers and c.kind == "killed" and (final[k] is None or c.start <= final[k] < c.end):
            before = [final[j] for j, b in enumerate(casualties) if b.kind == "killed" and not b.added
                      and final[j] is not None and b.start < c.start]
            final[k] = before[-1] if before else final[k]
    # "a gunman shot dead seven people before police killed him": the attacker's death belongs to his
    # attack, whose dead the sentence counts before it, not to the killing that ended it
    for k, c in enumerate(casualties):
        if c.attackers:
            before = [final[j] for j, b in enumerate(casualties) if b.kind == "killed" and not b.attackers
                      and final[j] is not None and b.start < c.start]
            final[k] = before[-1] if before else (owners[k] if owners[k] is not None else min(
                all_heads.values(), key=lambda s: abs(s - c.start)))
    mine = [c for c, owner in zip(casualties, final) if owner == rel]
    if not mine:
        return None, []
    # who was hit: the killed, and the wounded or abducted with them
    sides = sorted({c.side for c in mine if c.kind in ("killed", "injured", "abducted") and c.side and c.side != "unknown"
                    and not c.attackers})  # the attackers' own death says nothing of whom they hit
    return cas.combine(mine), sides


def _ends_the_attack(casualties, rel: int, gave_away: bool) -> bool:
    """Return True when the trigger at `rel` kills only the attackers of an attack: one its sentence
    counts, to which it gave their death ("a gunman shot dead seven people before police killed him"),
    or one told before ("He was shot dead by security forces an hour later"): no incident of its own."""
    if not any(c.attackers and not c.by_act and c.start <= rel < c.end for c in casualties):
        return False  # ("blew himself up" is the attack itself, not its end)
    others = any(c.kind == "killed" and not c.attackers for c in casualties)
    return others if gave_away else not others


def _earlier_clause(verb) -> bool:
    """Return True when a verb heads a clause of time that places its event before the sentence's own
    ("after 17 soldiers died", "two weeks after ...", "less than a month after ...": data/casualties.yaml
    `earlier_clause_marks`)."""
    if verb.dep_ != "advcl":
        return False
    marks = frozenset(cas.lexicon().get("earlier_clause_marks") or ())
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in marks:
            return True
        # "two weeks after", "less than a month after": the mark hangs from the measure of time
        if child.dep_ == "npadvmod" and any(g.dep_ in ("prep", "mark", "advmod") and g.lower_ in marks
                                            for g in child.children):
            return True
    return False


def _when_clause_owner(span, heads: dict):
    """Return the trigger of the clause that says how the counted died ("Soleimani, who was killed
    ... when a U.S. drone fired missiles at their convoy": the firing), or None."""
    for tok in span:
        if tok.pos_ != "VERB":
            continue
        for child in tok.children:
            if child.dep_ == "advcl" and child.i in heads and \
                    any(g.dep_ == "advmod" and g.lower_ in ("when", "as") for g in child.children):
                return heads[child.i]
    return None


def _bare_anaphor(tok) -> bool:
    """'the two blasts', 'the attack': pointing back with nothing of its own ('the Hamas-led attack'
    names another incident)."""
    return _anaphoric(tok) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and not c.like_num for c in tok.children)


@lru_cache(maxsize=1)
def _another_words() -> frozenset[str]:
    from flashpoint.resources import load_yaml
    return frozenset(w.lower() for w in load_yaml("modality.yaml").get("another_incident") or [])


def _another(tok) -> bool:
    """'a second bomb exploded', 'another blast': the trigger, or the subject of a verb trigger, is
    marked as an incident besides the one told before."""
    words = _another_words()
    nouns = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ in ("amod", "det") and c.lower_ in words for n in nouns for c in n.children)


def _compared_with(tok) -> bool:
    """Return True for an incident named only to be compared with the one told: "The attack was deadlier than
    the raid on an army base at Uri": the raid is another incident, its "the" points at no earlier mention."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "than"


def _anaphoric(tok) -> bool:
    if _compared_with(tok):
        return False
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children):
        return True  # "It was the army's first air strike in the region since 2006": the incident just told, described
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "amod")}
    if dets & set(_ANAPHORIC_DETS):
        return True
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


_DEFINITE = ("the", "that", "this", "those", "these")


def _fires_the_weapon_told(tok, weapon_spans) -> bool:
    """Return True for a verb whose object or subject is a weapon named with a definite article: "the Houthis
    said they had fired the missile", "the mayor said the Russian missiles hit a school" retell the missiles
    told before."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubj") and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children) \
                and any(c.i in where for _, _, where in weapon_spans):
            return True  # "they had fired the missile", "the Russian missiles hit a school"
    return False


def _generic(tok, date, lex) -> bool:
    if habitual(tok, lex) or _background_frame(tok, date, lex):
        return True
    if date is None and tok.pos_ == "NOUN" and (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.flight_verbs
            or tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in lex.flight_verbs):
        return True  # "people who have fled fighting between the army and M23": the war, no incident
    if date is None and tok.tag_ == "VBG" and {c.lower_ for c in tok.children if c.dep_ == "aux"} >= {"been"}:
        return True  # "Russian forces have been bombarding cities": a campaign, no one incident
    if date is None and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.opinion_verbs and (
            tok.tag_ in ("VBP", "VBZ") and tok.head.tag_ in ("VBP", "VBZ")
            or tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)):
        # "the Houthis, who say they attack Israel", "Baku said it was striking only military targets":
        # how a side says it fights, not an incident
        return True
    if date is None and tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for"):
        verb = tok.head.head if tok.head.head.pos_ == "VERB" else tok.head.head.head
        if verb.lemma_.lower() in lex.opinion_verbs:
            return True  # "groups accused the forces of killing civilians": an accusation of a pattern
    # "a wave of bombings that shook Iraq in 2013 and 2014", "mass kidnappings swept the north in 2020": plural
    # incidents over a season or years are a campaign, no incident (a month's or a day's are told ones)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.war_nouns and date is not None and _campaign_span(date) \
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return True  # "the fight against Islamic State, which began in 2014": a war
    if tok.tag_ == "NNS" and (date is None or _campaign_span(date)
                              or date.precision != "day" and _running_count(tok)):
        # (a plural in a count told over a running span of any length is many incidents too: "14 soldiers have
        # been killed in rebel attacks this year")
        if _counted_plural(tok, lex):
            return False
        # "Two explosions" (a number the parser may read as a compound after a live blog's time stamp)
        dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound" and c.like_num)]
        return not dets or all(c.lower_ in ("all", "any", "such", "some", "many", "more", "these", "those") for c in dets)
    return False


def _ranks_another(tok, trigger_ids: set[int], lex) -> bool:
    """Return True for an incident noun in an "in ..." phrase that ranks an act its sentence tells ("struck IS
    targets ..., in Ankara's first acknowledged air strikes against the group", "killing 147, in the deadliest
    attack on Kenyan soil since ..."; data/modality.yaml `rank_words` and any superlative): the act told
    again, no incident of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if not any(t.tag_ in ("JJS", "RBS") or t.lower_ in lex.rank_words for t in tok.subtree if t.i < tok.i):
        return False
    inside = {t.i for t in tok.subtree}
    return any(i not in inside for i in trigger_ids)


_NOBODY = frozenset(("nobody", "none", "noone"))


def _nobody_taken(tok) -> bool:
    """Return True when the people an arrest verb takes are none: "no suspect has been arrested", "nobody was
    detained", "police have arrested no one"."""
    for c in tok.children:
        if c.dep_ in ("nsubjpass", "dobj") and (c.lower_ in _NOBODY or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children)):
            return True
    return False


def _country_wide(tok, lex) -> bool:
    """Return True for an act counted over a whole country in its own clause (data/modality.yaml `nation_scope`):
    "more than 300 people had been arrested nationwide", "officers detained 200 people across the country"."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    if clause is None:
        return False
    words = [t for t in clause.subtree if t.i == clause.i or not _inside_other_clause(t, clause)]
    text = " ".join(t.lower_ for t in words)
    return any(f" {w} " in f" {text} " for w in lex.nation_scope)


def _running_count(tok) -> bool:
    """Return True for a trigger in a clause told in the perfect, in a sentence that counts over a period ("at
    least 40 soldiers have been killed in rebel attacks since January", "..., while 14 have died in attacks this
    year")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    if verb is None or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return cas.over_a_period(tok.sent.text)


def _inside_other_clause(t, clause) -> bool:
    """Return True for a token of a clause nested under `clause` (a complement, adverbial or relative clause)."""
    while t.i != clause.i:
        if t.dep_ in ("ccomp", "advcl", "relcl", "acl", "conj", "parataxis") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _background_frame(tok, date, lex) -> bool:
    """Return True for an incident word told as the frame of another telling, no incident of its own
    (data/modality.yaml `span_starts`, `span_units`, `setting_preps`): the start of a running span ("the
    first strike since fighting flared in August"), a span of weeks or more ("has been the scene of fighting
    for more than a year"), or a crowd's gathering as the setting of another act ("killed nine people at a
    protest")."""
    if tok.pos_ not in ("NOUN", "PROPN") and tok.tag_ != "VBG":
        return False
    if (date is None or date.precision != "day") and _span_start(tok, lex):
        return True  # told on a day of its own, it stays an incident ("since a blast tore through ... on Sept 2")
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.span_start_verbs and date is not None \
            and _campaign_span(date):
        return True  # "the fighting began last year", "the protests turned violent in 2019": a season's, no incident
    if _for_a_span(tok, lex):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in lex.setting_preps and tok.lemma_.lower() in lex.setting_nouns \
        and tok.head.head.pos_ == "VERB" \
        and not (tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in lex.aim_verbs)


def _span_start(tok, lex) -> bool:
    """Return True for an incident word naming the start of a running span under "since": "since fighting
    flared", "since the war began", "since the start of the war"."""
    head = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.span_start_nouns:
        head = tok.head.head  # "since the outbreak of fighting"
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.span_start_verbs:
        head = tok.head  # "since the war began"
    elif not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.span_start_verbs for c in tok.children):
        return False  # "since fighting flared" (read as the verb's noun with the verb hung from it)
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ in lex.span_starts:
        return True
    return any(c.dep_ == "mark" and c.lower_ in lex.span_starts for c in head.children)


def _for_a_span(tok, lex) -> bool:
    """Return True for an incident word told over weeks or more: "for" + a span unit on the word itself, or on
    the perfect clause it hangs from ("the area has been the scene of fighting for more than a year")."""
    holders = [tok]
    up = tok
    while up.dep_ in ("pobj", "prep", "attr", "dobj") and up.head is not up:
        up = up.head
    if up.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in up.children):
        holders.append(up)
    return any(c.dep_ == "prep" and c.lower_ == "for" and g.dep_ == "pobj" and g.lemma_.lower() in lex.span_units
               for h in holders for c in h.children for g in c.children)


CAMPAIGN_DAYS = 60  # plural incidents told over this many days or more are a campaign ("in 2020", "in 2013 and 2014")


def _campaign_span(date: DateSpan) -> bool:
    """Return True for a date spanning CAMPAIGN_DAYS or more (a season, a year, several years)."""
    return date.start is not None and date.end is not None and (date.end - date.start).days >= CAMPAIGN_DAYS


def _counted_plural(tok, lex) -> bool:
    """Return True for a plural that tells particular incidents: "twin bombings", "bombings that killed
    84 people" (its own clause counts the dead), never "bombings that kill civilians"."""
    if any(c.dep_ == "amod" and c.lower_ in lex.counting_adjectives for c in tok.children):
        return True
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBD" and any(
            c.dep_ == "dobj" and any(g.dep_ == "nummod" and g.like_num for g in c.children) for c in tok.head.children):
        return True  # "air strikes on villages killed 46 people": the dead are counted, the strikes particular
    return any(c.dep_ in ("relcl", "acl") and c.tag_ in ("VBD", "VBN")
               and any(g.dep_ == "nummod" and g.like_num for g in c.subtree) for c in tok.children)


_RETALIATION_LEMMAS = frozenset(taxonomy()["retaliation_lemmas"])
_BACK_VERBS = frozenset(taxonomy()["retaliation_back_verbs"])
_CARRIER_VERBS = frozenset(taxonomy()["retaliation_carrier_verbs"])


def _is_cue_word(tok) -> bool:
    """Return True for a retaliation cue word: 'retaliation', 'responded', or a verb with 'back' ("hit back")."""
    if tok.lemma_.lower() in _RETALIATION_LEMMAS:
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _BACK_VERBS and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children)


def _cue_word_with_object(sent) -> bool:
    """Return True when a sentence has a cue word in any form that names what it answers: a preposition
    ("a response for the attack", "in revenge of", "a retaliation to"), an object ("the strikes answered
    the raid"), a means ("answered with air strikes", "responded by shelling") or an adverbial "in" ("in apparent
    revenge"), beside the cue strings of taxonomy.yaml (which a garbled or uncommon form escapes).
    Read once per sentence (each of its triggers asks), and only at the words whose lemma may make a cue word."""
    table = token_table(sent.doc)
    key = ("cue word with object", sent.start, sent.end)
    if key not in table.memo:
        lemma, pos, doc = table.lemma, table.pos, sent.doc
        table.memo[key] = any(
            _cue_word_with_object_at(doc[i]) for i in range(sent.start, sent.end)
            if lemma[i] in _RETALIATION_LEMMAS or (pos[i] == "VERB" and lemma[i] in _BACK_VERBS))
    return table.memo[key]


def _cue_word_with_object_at(t) -> bool:
    """Return True when token t is a cue word that names what it answers (see `_cue_word_with_object`)."""
    return (_is_cue_word(t) and any((c.dep_ == "prep" and c.lower_ in _CUE_PREPS) or c.dep_ == "dobj"
                                    or (c.dep_ == "prep" and c.lower_ in _MEANS_PREPS and t.pos_ == "VERB")
                                    for c in t.children)
            # ("bombed camps in apparent revenge", "in swift retaliation": the cue word's phrase hangs from the answer)
            or (_is_cue_word(t) and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in"))


_CUE_PREPS = frozenset(taxonomy()["retaliation_preps"])
_MEANS_PREPS = frozenset(taxonomy()["retaliation_means_preps"])


def _retaliation(lower: str, cues, tok) -> bool:
    """Return True when this trigger is the answer: it is the cue, carries it, or governs it."""
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and _is_cue_word(tok.head):
        return True  # "the strikes answered the killing of two policemen"
    if not any(c in lower for c in cues) and not _cue_word_with_object(tok.sent):
        return False
    if _is_cue_word(tok):
        return True
    if tok.dep_ in ("advcl", "xcomp") and _is_cue_word(tok.head):
        return True  # "the army retaliated on Tuesday, bombing rebel positions"
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in _MEANS_PREPS and _is_cue_word(tok.head.head):
        return True  # "Pakistan hit back with air strikes", "the army responded with artillery fire", "responded by shelling"
    # the cue hangs from this trigger, or from the verb this trigger is the subject or object of
    # ("the strike was carried out in retaliation for ...", "the strikes were a response to it"); a
    # trigger inside the cue's own phrase ("for Saturday's rocket attack") is the antecedent, not the answer
    anchors = {tok.i}
    # ("Ugandan jets began pounding ADF camps in response to ...": the cue hangs from the light verb)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp") and (tok.head.lemma_.lower() in _LIGHT_VERBS
                                                       or tok.head.lemma_.lower() in _CARRIER_VERBS):
        anchors.add(tok.head.i)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in modality().label_verbs:
        anchors.add(tok.head.i)  # "the group called the shelling a response to ..."
    for c in tok.sent:
        if not _is_cue_word(c) or c.i == tok.i:
            continue
        if tok.i in {x.i for x in c.subtree}:
            continue
        if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue  # "troops raided hideouts, and the spokesman answered questions", "police fired tear gas as
            # supporters answered his call": a clause of its own with its own doer, not the answer's cue
        node = c
        for _ in range(6):
            if node.i in anchors:
                return True
            if node.head.i == node.i:
                break
            node = node.head
    return False


def _recalled(tok) -> bool:
    """Return True for a trigger named as what another act answered: "in retaliation for Saturday's
    rocket attack", "in response to the bombing" (the cue word is above it in the parse)."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "nsubj" and node.head.pos_ == "VERB" and _is_cue_word(node.head):
            return False  # "the strikes answered the killing of two policemen": the subject is the answer
        node = node.head
        if node.lemma_.lower() in _RETALIATION_LEMMAS:  # (not "hit back": "hit back with strikes" is the answer)
            return True
    return False


def _named_phrase(tok) -> tuple[int, int] | None:
    """Return the (start, end) offsets in its sentence of the phrase with which a cue word names an answered
    incident ("in response to |the Kampala bombings|"), else None: the place and day told elsewhere in the
    sentence ("On Nov. 30, jets began pounding camps in North Kivu in response to ...") are the answer's."""
    node = tok
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if _is_cue_word(head) and node.dep_ == "prep" and node.lower_ in ("for", "to", "over"):
            # the phrase runs to the sentence's end ("... in response to army drone strikes on its positions
            # near Sake on Sunday", the day hung on the verb by the parse), unless the answer is told after it
            sent = tok.sent
            leading = node.right_edge.i < sent.root.i
            end = node.right_edge.idx + len(node.right_edge.text) if leading else sent.end_char
            return node.left_edge.idx - sent.start_char, end - sent.start_char
        node = head
    return None


def _cue_phrase(tok) -> tuple[int, int] | None:
    """Return the (start, end) offsets in its sentence of the words with which an answer's cue names what
    was answered, else None: after the answer, to the sentence's end ("struck on Tuesday |in retaliation
    for ...|", "shelled posts, retaliating |for ...|"); before it, the cue's own phrase ("|In response to
    the ambush on Sunday|, troops shelled ...")."""
    sent = tok.sent
    for c in sent:
        preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "to", "after", "over")]
        if c.pos_ == "VERB":  # "the strikes answered |the killing of two policemen ...|"
            preps = preps or [p.left_edge for p in c.children if p.dep_ == "dobj"]
        if not preps or not _is_cue_word(c):
            continue
        if c.i > tok.i:
            return c.idx - sent.start_char, len(sent.text)
        if c.i == tok.i:
            return preps[0].idx - sent.start_char, len(sent.text)
        if c.right_edge.i < tok.i and tok.i not in {x.i for x in c.subtree}:
            end = c.right_edge
            return c.left_edge.idx - sent.start_char, end.idx + len(end.text) - sent.start_char
    return None


def _cue_between(tok, other) -> bool:
    """Return True when a retaliation cue word stands between two triggers of a sentence in the parse
    ("fired missiles, answering U.S. air strikes"): they tell an answer and what it answered."""
    up_tok, up_other = [tok, *tok.ancestors], [other, *other.ancestors]
    ids_other = [x.i for x in up_other]
    k = next((n for n, x in enumerate(up_tok) if x.i in ids_other), len(up_tok) - 1)
    path = up_tok[:k + 1] + up_other[:ids_other.index(up_tok[k].i)] if up_tok[k].i in ids_other else up_tok + up_other
    return any(_is_cue_word(x) for x in path if x.i not in (tok.i, other.i))


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)


def _tally_shaped(tok, lower: str, date_marks) -> bool:
    """Return True for '200 attacks ... since January' and 'the 40th attack this year'."""
    if tok.tag_ != "NNS" and not any(_ORDINAL.match(c.text) for c in tok.children):
        return False
    has_count = any(c.dep_ == "nummod" or c.like_num or _ORDINAL.match(c.text) for c in tok.children)
    has_period = any(d.role == "since" for d, _ in date_marks) or any(w in lower for w in _TALLY_WORDS)
    return has_count and has_period


_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _ordinal_value(tok) -> int | None:
    """Return the number an ordinal says ("third", "40th"), or None."""
    m = _ORDINAL.match(tok.text)
    if m:
        return int(m.group(1))
    value = dt.lexicon()["ordinals"].get(tok.lower_)
    return int(value) if value is not None else None


def _ordinal_count(tok) -> tuple[int, int] | None:
    """Return (count, days) for 'the second massacre in a week' or 'the third time in seven months that
    the group has overrun a base': an ordinal over a period counts such incidents. None otherwise."""
    if tok.pos_ == "NOUN":
        counted = tok
    elif tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() == "time":
        counted = tok.head
    elif tok.dep_ == "ccomp" and any(c.dep_ == "attr" and c.lemma_.lower() == "time" for c in tok.head.children):
        counted = next(c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() == "time")
    else:
        return None
    count = next((v for c in counted.children if c.dep_ == "amod" and (v := _ordinal_value(c)) is not None), None)
    if count is None or count < 2:
        return None
    for p in counted.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "within", "over"):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.lemma_.lower() in _PERIOD_DAYS:
                n = next((c for c in o.children if c.dep_ == "nummod"), None)
                amount = (cas.parse_number(n.text) if n is not None else 1) or 0
                if amount:
                    return count, amount * _PERIOD_DAYS[o.lemma_.lower()]
    return None


def _ordinal_tally(mention: Mention, tok, published) -> bool:
    """Make a tally of an ordinal over a period (`_ordinal_count`); return True when it did."""
    found = _ordinal_count(tok) if published else None
    if found is None:
        return False
    mention.kind, mention.count, mention.casualties = "tally", found[0], None
    mention.date = DateSpan(published - timedelta(days=found[1]), published, "range", None)
    mention.event_type = mention.event_type or "Explosions/Remote violence"
    mention.sub_event_type = None
    return True


def _maybe_tally(mention: Mention, tok, date_marks, lower: str, published) -> None:
    """Turn '66 attacks since October 17' into a tally with its count and period.

    Also a verb over a counted plural object: 'have attacked more than 100 ships since November'.
    """
    counted = tok
    if tok.pos_ == "VERB" and mention.date is not None and mention.date.precision == "day" \
            and not any(d.role == "since" for d, _ in date_marks) \
            and not any(w in lower for w in _TALLY_WORDS if w not in _YEAR_WORDS):
        return  # "In August last year, on the 9th, gunmen shot dead six aid workers": one day's incident
    if tok.pos_ == "VERB" and mention.mode in ("attack", "remote", "arrest"):
        # "have attacked more than 100 ships since November", "370 people have been arrested since"
        objects = [c for c in tok.children if (c.dep_ == "dobj" and c.tag_ == "NNS")
                   or (c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() == "time")
                   or (mention.mode == "arrest" and c.dep_ == "nsubjpass" and c.tag_ == "NNS")]
        if not objects:
            return
        counted = objects[0]
    elif tok.tag_ != "NNS":
        ordinal = next((c for c in tok.children if _ORDINAL.match(c.text)), None)
        if ordinal is None:
            return
        counted = tok  # "the 40th attack this year": forty of them so far
        nums = [ordinal]
    nums = [c for c in counted.children if c.dep_ == "nummod" or (c.dep_ == "amod" and c.like_num)
            or _ORDINAL.match(c.text)]
    if not nums:
        return
    ordinal = _ORDINAL.match(nums[0].text)
    phrase = " ".join(t.text for t in nums[0].subtree)
    count = int(ordinal.group(1)) if ordinal else (cas.parse_number(phrase) or cas.parse_number(nums[0].text))
    if count is None or count < (2 if counted.i == tok.i else 5):
        return
    since = [d for d, reporting in date_marks if d.role == "since" and d.span is not None]
    if not since and not any(w in lower for w in _TALLY_WORDS):
        return
    mention.kind = "tally"
    mention.count = count
    mention.casualties = None
    periods = [d for d, reporting in date_marks if d.span is not None and not reporting
               and d.span.precision in ("range", "month", "week")]
    if since:
        mention.date = since[0].span
    elif periods:  # "this year", "in the past week"
        mention.date = periods[0].span
    elif published:
        mention.date = DateSpan(None, published, "range", None)
    # the contract's event_type allows no null: a tally keeps the type of the incidents it counts
    mention.event_type = mention.event_type or "Explosions/Remote violence"
    mention.sub_event_type = None
