"""Finds the words that name an incident ("airstrikes", "shelled", "opened fire", "protest").

The lexicon is `data/triggers.yaml`; the weapons that decide a sub-event type are `data/weapons.yaml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from flashpoint.resources import load_yaml
from flashpoint.syntax import head_of, token_table


# how a word hangs from the verb that makes it a trigger: "opened fire", "set the bin alight"
_WITH_VERB_DEPS = ("dobj", "nsubjpass", "pobj", "compound", "oprd", "acomp", "advmod", "xcomp", "prt")


def _hangs_right(tok, entry) -> bool:
    """Return True when a word that counts only beside a verb or a cue hangs from one: "opened fire", "answered
    the killing", "in retaliation for the killing" (with neither listed, any word counts)."""
    if not (entry.with_verb or entry.with_cue):
        return True
    if tok.head.lemma_.lower() in entry.with_verb and tok.dep_ in _WITH_VERB_DEPS:
        return True
    if not entry.with_cue or tok.dep_ != "pobj":
        return False
    prep = tok.head
    # the parser may hang "at" from the verb ("blocked the road in protest at the killing"): the word before it counts
    before = tok.doc[prep.i - 1] if prep.i > 0 else prep
    if not (prep.head.lemma_.lower() in entry.with_cue or before.lemma_.lower() in entry.with_cue):
        return False
    # an incident of its own only with a doer or a day of its own ("the killing of a herder by militiamen on
    # Thursday"); "in retaliation for the killing of protesters at Lekki" retells one the report tells
    return any((t.dep_ == "prep" and t.lower_ == "by" and t.head.i == tok.i) or t.ent_type_ == "DATE"
               for t in tok.subtree)


@dataclass(frozen=True)
class TriggerEntry:
    """One line of the trigger lexicon."""

    lemmas: tuple[str, ...]
    pos: tuple[str, ...]
    mode: str
    strength: float
    weapon: str | None = None
    needs_context: bool = False
    with_verb: tuple[str, ...] = ()
    # or: the word heading the preposition that takes it ("in retaliation for the killing of ...")
    with_cue: tuple[str, ...] = ()
    needs_verb: tuple[str, ...] = ()
    needs_weapon: tuple[str, ...] = ()  # weapon classes the trigger's phrase must name ("shot down drones")
    needs_object: tuple[str, ...] = ()  # lemmas one of which must be its object ("suspend operations")
    needs_place: bool = False  # counts only with a place in the sentence ("entered Wad Madani")
    agent_preps: tuple[str, ...] = ()  # prepositions that introduce actor1 ("the town fell to the RSF")
    subject_is_place: bool = False  # its subject is where, not who ("Kidal fell")
    subject_is_patient: bool = False  # its subject was hit ("a convoy came under fire from M23")
    titled: bool = False  # a proper noun with a name of its own ("the Tribal Solidarity March"), never a date
    non_state_sub: str | None = None  # sub-type when no weapon decides and no state's forces act ("a bombing")
    fallback_weapon: str | None = None  # weapon class when its phrase names none ("pounded the town": guns)
    person_object: bool = False  # needs_object is met by a named person too ("captured Salah Abdeslam")
    unless_purpose: tuple[str, ...] = ()  # not this entry when a "to ..." clause with one of these verbs follows
    no_modifier: bool = False  # never as a word qualifying a noun ("the fallen soldier")
    report_context: bool = False  # needs_context is met by a weapon named anywhere in the report (a live blog's entry)
    never_object: tuple[str, ...] = ()  # not this entry with one of these objects ("seized power": a coup, no town)
    non_state_mode: str | None = None  # mode when a non-state armed group acts and no weapon is named
    needs_clause: tuple[str, ...] = ()  # or: a "to ..." clause it governs has one of these verbs ("agreed to disengage")
    parties: bool = False  # its sides are the parties that agreed ("Congo and Rwanda signed"), never a mediator
    needs_subject_weapon: tuple[str, ...] = ()  # weapon classes its subject or "by" agent must name ("rockets fell")
    subject_words: tuple[str, ...] = ()  # its subject, when not a name, must be one of these ("the town fell")
    needs_particle: tuple[str, ...] = ()  # a particle or preposition of the verb ("drove the rebels out of Kalehe")
    crowd_only: bool = False  # never when an armed group is its doer ("the attackers burned two vehicles": their raid's)


@dataclass
class Trigger:
    """A trigger found in a sentence: its head token index (in the Doc), its words and lexicon entry."""

    head: int
    start: int  # token index of the first word
    end: int  # token index after the last word
    entry: TriggerEntry


class TriggerLexicon:
    """Trigger words and weapon terms, indexed by first lemma."""

    def __init__(self):
        self.single: dict[str, list[TriggerEntry]] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], TriggerEntry]]] = {}
        for item in load_yaml("triggers.yaml"):
            entry = TriggerEntry(
                lemmas=tuple(item["lemmas"]), pos=tuple(item.get("pos", ())), mode=item["mode"],
                strength=float(item.get("strength", 0.6)), weapon=item.get("weapon"),
                needs_context=bool(item.get("needs_context", False)),
                with_verb=tuple(item.get("with_verb", ())), with_cue=tuple(item.get("with_cue", ())),
                needs_verb=tuple(item.get("needs_verb", ())),
                needs_weapon=tuple(item.get("needs_weapon", ())), needs_object=tuple(item.get("needs_object", ())),
                needs_place=bool(item.get("needs_place", False)), agent_preps=tuple(item.get("agent_preps", ())),
                subject_is_place=bool(item.get("subject_is_place", False)),
                subject_is_patient=bool(item.get("subject_is_patient", False)), titled=bool(item.get("titled", False)),
                non_state_sub=item.get("non_state_sub"), fallback_weapon=item.get("fallback_weapon"),
                person_object=bool(item.get("person_object", False)),
                unless_purpose=tuple(item.get("unless_purpose", ())), no_modifier=bool(item.get("no_modifier", False)),
                report_context=bool(item.get("report_context", False)),
                never_object=tuple(item.get("never_object", ())), non_state_mode=item.get("non_state_mode"),
                needs_clause=tuple(item.get("needs_clause", ())), parties=bool(item.get("parties", False)),
                needs_subject_weapon=tuple(item.get("needs_subject_weapon", ())),
                subject_words=tuple(item.get("subject_words", ())),
                needs_particle=tuple(item.get("needs_particle", ())),
                crowd_only=bool(item.get("crowd_only", False)))
            for lemma in entry.lemmas:
                words = tuple(lemma.lower().split())
                if len(words) == 1:
                    self.single.setdefault(words[0], []).append(entry)
                else:
                    self.multi.setdefault(words[0], []).append((words, entry))
        weapons = load_yaml("weapons.yaml")
        self.weapon_classes: dict[str, str | None] = weapons["classes"]
        self.weapon_terms: dict[tuple[str, ...], str] = {}
        for cls, terms in weapons["terms"].items():
            for term in terms:
                self.weapon_terms[tuple(term.lower().split())] = cls
        self.operators: dict[str, str] = {str(k).lower(): v for k, v in (weapons.get("operators") or {}).items()}
        self.person_terms: dict[str, str] = weapons.get("person_terms") or {}
        self.carried_with = frozenset(weapons.get("carried_with") or ())
        self.carried = frozenset(weapons.get("carried") or ())
        self.carried_verbs = frozenset(weapons.get("carried_verbs") or ())
        conveyance = weapons.get("conveyance") or {}
        self.conveyance = {key: frozenset(conveyance.get(key) or ()) for key in ("classes", "preps", "verbs")}
        self.vehicles = frozenset(weapons.get("vehicles") or ())
        held = weapons.get("held") or {}
        self.held_words = {key: frozenset(held.get(key) or ()) for key in ("verbs", "nouns", "through", "amounts")}
        ore = weapons.get("ore_mines") or {}
        self.ore_mines = {key: frozenset(ore.get(key) or ()) for key in ("terms", "modifiers", "heads")}
        self.max_weapon_len = max(len(k) for k in self.weapon_terms)
        self.weapon_words = frozenset(w for k in self.weapon_terms for w in k)
        self.weapon_starts = frozenset(k[0] for k in self.weapon_terms)
        lengths: dict[str, set[int]] = {}
        for k in self.weapon_terms:
            lengths.setdefault(k[0], set()).add(len(k))
        self.term_lengths = {word: frozenset(n) for word, n in lengths.items()}  # first word -> lengths of its terms

    def find(self, sent) -> list[Trigger]:
        """Return the triggers in a sentence (a spaCy Span), longest match first, no overlaps."""
        found: list[Trigger] = []
        taken: set[int] = set()
        doc = sent.doc
        table = token_table(doc)
        lemmas, lowers = table.lemma, table.lower
        for i in range(sent.start, sent.end):
            if i in taken:
                continue
            key = lemmas[i]
            low = lowers[i]
            phrases = self.multi.get(key)
            if low != key and low in self.multi:
                phrases = (phrases or []) + self.multi[low]
            for words, entry in phrases or ():
                n = len(words)
                if i + n <= sent.end and all(w in (lemmas[j], lowers[j]) for j, w in enumerate(words, i)):
                    head = head_of([doc[j] for j in range(i, i + n)])
                    found.append(Trigger(head.i, i, i + n, entry))
                    taken.update(range(i, i + n))
                    break
            if i in taken:
                continue
            entries = self.single.get(key) or self.single.get(low)
            if not entries:
                continue  # no trigger word
            tok = doc[i]
            if _first_of_hyphenated(tok):
                continue  # "shell-shocked", "war-torn": a word of another word
            for entry in entries:
                if entry.pos and tok.pos_ not in entry.pos:
                    continue
                if entry.titled and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"
                                            for c in tok.children):
                    continue  # "in March" is a month; "the Tribal Solidarity March" a named march
                if not _hangs_right(tok, entry):
                    continue
                found.append(Trigger(tok.i, tok.i, tok.i + 1, entry))
                taken.add(tok.i)
                break
        return found

    def others(self, tok, entry: TriggerEntry, phrase: bool = False) -> list[TriggerEntry]:
        """Return the other lexicon entries the same single word could be ("neutralised" drones or
        militants), or with phrase, the same phrase ("shot down" drones or a warplane), for when the first
        one's conditions fail."""
        out = []
        for other in [] if phrase else self.single.get(tok.lemma_.lower(), []) or self.single.get(tok.lower_, []):
            if other is entry or (other.pos and tok.pos_ not in other.pos):
                continue
            if not _hangs_right(tok, other):
                continue
            out.append(other)
        # a phrase listed under several entries ("shot down" drones or a warplane): the entries that list it too
        listed = {tuple(lemma.lower().split()) for lemma in entry.lemmas}
        for words, other in self.multi.get(tok.lemma_.lower(), []):
            if other is not entry and words in listed and all(o is not other for o in out) \
                    and not (other.pos and tok.pos_ not in other.pos):
                out.append(other)
        return out

    def weapons_in(self, tokens) -> list[tuple[str, str]]:
        """Return (term, class) for every weapon term in a run of tokens, longest first."""
        return [(term, cls) for term, cls, _ in self.weapon_spans(tokens)]

    def weapon_spans(self, tokens) -> list[tuple[str, str, range]]:
        """Return (term, class, token indices) for every weapon term in a run of tokens (a span or a
        list), longest first."""
        if isinstance(tokens, Span):
            # a sentence is read for weapons by several stages: its terms are kept in the report's token table
            memo, key = token_table(tokens.doc).memo, ("weapon spans", id(self), tokens.start, tokens.end)
            if key not in memo:
                memo[key] = self._weapon_spans(tokens.doc, range(tokens.start, tokens.end))
            return list(memo[key])
        toks = list(tokens)
        if not toks:
            return []
        return self._weapon_spans(toks[0].doc, [t.i for t in toks])

    def _weapon_spans(self, doc, ids) -> list[tuple[str, str, range]]:
        table = token_table(doc)
        lowers = [table.lower[i] for i in ids]
        lemmas = [table.lemma[i] for i in ids]
        out: list[tuple[str, str, range]] = []
        starts = self.weapon_starts
        k = 0
        while k < len(ids):
            if lowers[k] not in starts and lemmas[k] not in starts:
                k += 1
                continue
            matched = False
            # only the lengths of the terms that begin with the word (as written or as its lemma) can match
            sizes = self.term_lengths.get(lowers[k], frozenset()) | self.term_lengths.get(lemmas[k], frozenset())
            for n in range(min(self.max_weapon_len, len(ids) - k), 0, -1):
                if n not in sizes:
                    continue
                for form in (tuple(lowers[k:k + n]), tuple(lemmas[k:k + n])):
                    cls = self.weapon_terms.get(form)
                    if cls and not self._no_weapon(doc, ids[k + n - 1], cls):
                        out.append((" ".join(table.text[i] for i in ids[k:k + n]), cls,
                                    range(ids[k], ids[k + n - 1] + 1)))
                        k += n
                        matched = True
                        break
                if matched:
                    break
            if not matched:
                k += 1
        return out

    def _no_weapon(self, doc, last: int, cls: str) -> bool:
        """Return True when a weapon term names no weapon here: an aircraft that only carries or watches ("the
        bodies were flown by helicopter to the town", `conveyance` in weapons.yaml) or a mine dug for ore ("an
        illegal gold mine", `ore_mines`)."""
        tok = doc[last]
        if cls in self.conveyance["classes"] and tok.dep_ == "pobj" and tok.head.lower_ in self.conveyance["preps"]:
            verb = tok.head.head
            # ("brought down by a drone", "carried out by a drone", "taken out by a helicopter": the act itself)
            return verb.pos_ == "VERB" and verb.lemma_.lower() in self.conveyance["verbs"] and not any(
                c.dep_ == "prt" and c.lower_ in ("down", "out") for c in verb.children)
        if tok.lower_ in self.ore_mines["terms"]:
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.ore_mines["heads"]:
                return True
            return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.ore_mines["modifiers"]
                       for c in tok.children)
        return False

    def held(self, doc, where: range, act=None) -> bool:
        """Return True when a weapon term names arms found, seized or stored ("seized explosives in a raid", "a
        cache of rockets", `held` in weapons.yaml), not the means of an act; `act`, the trigger being typed,
        is never the holding verb itself ("police seized explosives": the seizure's own weapons)."""
        tok = doc[where[-1]]
        stored = False
        for up in tok.ancestors:
            if act is not None and up.i == act.i:
                return False
            lemma = up.lemma_.lower()
            if up.pos_ in ("VERB", "AUX"):
                if lemma in self.held_words["through"]:
                    continue
                return stored or lemma in self.held_words["verbs"]
            if up.pos_ in ("NOUN", "PROPN") and not stored:
                if lemma in self.held_words["nouns"]:
                    stored = True  # "a cache of rockets": held, unless the verb above is the act itself
                elif lemma not in self.held_words["amounts"] and lemma not in self.weapon_words \
                        and up.lower_ not in self.weapon_words:
                    return False  # "the bodies of bomb victims were found": what was found is no weapon
        return stored

    def carried_arms(self, doc, spans) -> frozenset:
        """Return the lower-case terms of `weapon_spans` named in one coordinated list with a gun ("firing machine
        guns and rockets", "with rifles, grenades and RPGs") or as what the doers were armed with ("gunmen armed
        with grenades and explosives stormed the jail"): the arms of a ground attack, which decide no sub-type of
        their own."""
        heads = {doc[where[-1]].i: cls for _, cls, where in spans}
        out = set()
        for term, cls, where in spans:
            if cls not in self.carried:
                continue
            head = doc[where[-1]]
            group = {head.i, *(t.i for t in head.conjuncts)}
            if any(heads.get(i) in self.carried_with for i in group) or any(
                    _with_object_of(doc[i], self.carried_verbs) for i in group):
                out.add(term.lower())
        return frozenset(out)

    def names_a_thing(self, doc, where: range) -> bool:
        """Return True when a weapon term only qualifies another noun, one that is neither a weapon nor
        an incident: "an Air Force convoy", "a drone unit", "artillery positions" name what was hit, not
        how ("a drone attack", "Air Force jets", "mortar shells" keep their weapon)."""
        last = doc[where[-1]]
        head = last.head
        if last.dep_ not in ("compound", "amod", "nmod") or head.i in where or head.pos_ not in ("NOUN", "PROPN"):
            return False
        heads = [head]
        # "Iskander-M ballistic missiles": a model's letter between the name and the weapon it qualifies
        while heads[-1].dep_ in ("compound", "nmod") and heads[-1].head.i != heads[-1].i \
                and heads[-1].head.pos_ in ("NOUN", "PROPN") and len(heads) < 3:
            heads.append(heads[-1].head)
        words = [w for h in heads for w in (h.lower_, h.lemma_.lower())]
        return not any(w in self.weapon_words or w in self.single or w in self.multi for w in words)

    def by_whom(self, found: list[tuple[str, str]], state: bool, aircraft=frozenset()) -> list[tuple[str, str]]:
        """Return weapons found with the class they have for this actor: a "bomber" is an aircraft
        when a state's forces act or the sentence names its make or owner (`aircraft`: "U.S. B-2
        bombers"), a person with a bomb otherwise (`person_terms` in weapons.yaml)."""
        if state:
            return found
        return [(term, cls if term.lower() in aircraft else self.person_terms.get(term.lower(), cls))
                for term, cls in found]

    def aircraft_terms(self, spans, doc) -> frozenset:
        """Return the person terms of `weapon_spans` a modifier shows to be aircraft ("B-2 bombers",
        "Russian strategic bombers"); "a bomber", "two bombers" stay people."""
        return frozenset(term.lower() for term, _, where in spans if term.lower() in self.person_terms and any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in doc[where[-1]].children))


def _with_object_of(tok, verbs: frozenset) -> bool:
    """Return True when a word is the "with" object of one of the verbs ("armed with grenades")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in verbs


def _first_of_hyphenated(tok) -> bool:
    """Return True for the first half of a hyphenated adjective or participle ('shell-shocked')."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    return doc[tok.i + 2].tag_ in ("VBN", "VBD", "VBG", "JJ")


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    """Return the process-wide trigger lexicon (built once)."""
    return TriggerLexicon()
