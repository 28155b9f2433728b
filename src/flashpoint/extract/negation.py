"""Decides whether a trigger reports something that happened, or a threat, denial, plan or hypothesis.

The words are data (`data/modality.yaml`); this module reads the parse around the trigger:
its own negation and auxiliaries, the verbs above it up to the sentence root, and the noun it
modifies ("bombing options").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from flashpoint.resources import load_yaml
from flashpoint.syntax import token_table

_ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "go", "proceed", "manage", "come", "move", "rush",
              "return"}
_CLAUSAL = {"xcomp", "ccomp", "advcl", "dobj", "pobj", "relcl", "acl", "conj", "pcomp", "nsubj", "nsubjpass",
            "attr", "oprd", "prep", "npadvmod", "appos"}


@dataclass(frozen=True)
class Modality:
    modal_aux: frozenset
    irrealis_heads: frozenset
    irrealis_nouns: frozenset
    conditional_marks: frozenset
    habitual: frozenset
    negations: frozenset
    non_conflict: frozenset
    conflict: frozenset
    non_violent_kinds: frozenset
    natural_agents: frozenset
    metaphor_objects: frozenset
    opinion_verbs: frozenset
    accident_verbs: frozenset
    fiction_cues: frozenset
    counting_adjectives: frozenset
    irrealis_modifiers: frozenset
    irrealis_preps: frozenset
    flight_verbs: frozenset
    given_reasons: frozenset = frozenset()
    label_verbs: frozenset = frozenset()
    sport_cues: frozenset = frozenset()
    war_nouns: frozenset = frozenset()
    factual_marks: frozenset = frozenset()
    span_starts: frozenset = frozenset()
    span_start_verbs: frozenset = frozenset()
    span_start_nouns: frozenset = frozenset()
    span_units: frozenset = frozenset()
    setting_preps: frozenset = frozenset()
    setting_nouns: frozenset = frozenset()
    aim_verbs: frozenset = frozenset()
    rank_words: frozenset = frozenset()
    nation_scope: frozenset = frozenset()
    scope_counted_modes: frozenset = frozenset()
    alternative_marks: frozenset = frozenset()


@lru_cache(maxsize=1)
def modality() -> Modality:
    """Return the modality lexicon (built once)."""
    d = load_yaml("modality.yaml")
    return Modality(*(frozenset(w.lower() for w in d[k]) for k in (
        "modal_aux", "irrealis_heads", "irrealis_nouns", "conditional_marks", "habitual", "negations",
        "non_conflict_cues", "conflict_cues", "non_violent_kinds", "natural_agents", "metaphor_objects",
        "opinion_verbs", "accident_verbs", "fiction_cues", "counting_adjectives", "irrealis_modifiers",
        "irrealis_preps", "flight_verbs", "given_reasons", "label_verbs", "sport_cues", "war_nouns", "factual_marks",
        "span_starts", "span_start_verbs", "span_start_nouns", "span_units", "setting_preps",
        "setting_nouns", "aim_verbs", "rank_words", "nation_scope", "scope_counted_modes", "alternative_marks")))


def not_violence(tok, lex: Modality | None = None) -> str | None:
    """Return why a trigger names no violence ('a ransomware attack', 'the storm struck', 'a battle
    against time'), or None."""
    lex = lex or modality()
    # read on the token table (ids, no Token built): `lemma` is lower-cased there, as `_word` reads it
    table = token_table(tok.doc)
    dep, lemma, text, kids = table.dep, table.lemma, table.text, table.children
    for c in kids(tok.i):
        if dep[c] in ("compound", "amod", "nmod") and lemma[c] in lex.non_violent_kinds:
            return f"kind '{text[c]}'"
    agents = [c for c in kids(tok.i) if dep[c] in ("nsubj", "agent")]
    agents += [g for c in kids(tok.i) if dep[c] == "agent" for g in kids(c) if dep[g] == "pobj"]
    head = tok.head.i
    if tok.dep_ in ("relcl", "acl"):
        agents.append(head)  # "the storm, which struck Mozambique"
    if tok.dep_ in ("advcl", "conj", "xcomp") and table.pos[head] in ("VERB", "AUX"):
        # "the canopy collapsed, killing 15": what the governing verb's subject did, or the verb itself
        if lemma[head] in lex.accident_verbs:
            return f"accident '{text[head]}'"
        agents += [c for c in kids(head) if dep[c] == "nsubj"]
    if tok.pos_ == "NOUN":
        agents.append(tok.i)  # "the storm" itself
    for a in agents:
        if lemma[a] in lex.natural_agents:
            return f"natural agent '{text[a]}'"
    against = [c for c in kids(tok.i) if dep[c] == "dobj"] + [tok.i]
    for node in against:
        for p in kids(node):
            if dep[p] == "prep" and table.lower[p] in ("against", "with"):
                for o in kids(p):
                    if dep[o] == "pobj" and lemma[o] in lex.metaphor_objects:
                        return f"a fight against '{text[o]}'"
    return None


def _word(tok) -> str:
    return tok.lemma_.lower()


def _negated(kids, lex: Modality) -> bool:
    """'did not attack', 'no strike', 'had nothing to do with the strike' (kids: (dep, lower) of a token's children)."""
    return any(dep == "neg" or (dep == "det" and low == "no")
               or (dep in ("dobj", "nsubj") and low in ("nothing", "none")) for dep, low in kids)


def _modal(kids, lex: Modality) -> bool:
    return any(dep in ("aux", "auxpass") and low in lex.modal_aux for dep, low in kids)


def _conditional(kids, lex: Modality) -> bool:
    return any(dep == "mark" and low in lex.conditional_marks for dep, low in kids)


_UNSPECIFIED = ("any", "another", "further", "future", "more")


def _given_reason(node, head, trigger, lex: Modality) -> bool:
    """Return True when the walk reaches what an act answers ("retaliation for the attack", "in response
    to Israeli strikes", "pay a price for the bombing"): that is told as fact, not under the verb above.
    An unspecified incident ("would pay for any attack") is not."""
    if any(c.lower_ in _UNSPECIFIED and c.dep_ in ("det", "amod") for c in trigger.children):
        return False
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "to", "over"):
        owner = head.head
    elif node.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ("avenge",):
        owner = head
    else:
        return False
    named = [owner]
    if owner.lemma_.lower() in lex.label_verbs:
        # "called it revenge for the strike", the phrase hung on the verb: what the verb names it counts
        named += [c for c in owner.children if c.dep_ in ("oprd", "dobj", "attr")]
    return any(n.lemma_.lower() in lex.given_reasons or any(
        c.dep_ == "amod" and c.lemma_.lower() in lex.given_reasons for c in n.children) for n in named)


def answered(trigger_tok, lex: Modality | None = None) -> bool:
    """Return True for a trigger told as what another act answered ("calling the raid a retaliatory
    operation for Pakistani air strikes", "pay a price for the bombing")."""
    lex = lex or modality()
    node = trigger_tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if _given_reason(node, head, trigger_tok, lex):
            return True
        node = head
    return False


def _outside_label(node, head, lex: Modality) -> bool:
    """Return True for a place or time phrase hanging off a naming verb ("in what it called a retaliation
    for ..., in an Israeli strike"): the verb names its object, not that phrase."""
    return node.dep_ == "prep" and node.lower_ in ("in", "on", "at", "during") and head.pos_ == "VERB" \
        and head.lemma_.lower() in lex.label_verbs


def _alternative(node, lex: Modality) -> bool:
    """Return True for a verb told as the course not taken: "using force rather than intercepting the boats",
    "chose to negotiate rather than storm the town", "tear gas instead of firing live rounds"."""
    if node.pos_ != "VERB":
        return False
    if node.dep_ == "pcomp" and node.head.lower_ in ("than", "of"):
        return any(c.lower_ in lex.alternative_marks for c in node.head.children)
    if node.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "than" and any(g.lower_ in lex.alternative_marks for g in c.children)
                   for c in node.head.children)
    return False


def _content_clause(node) -> bool:
    """Return True for a clause the parser hung as a relative clause although it is what a noun says ("reports
    that officers have been killed"): a passive verb takes no object, so its "that" opens the clause."""
    return any(c.dep_ == "nsubjpass" for c in node.children) and any(
        c.dep_ == "dobj" and c.lower_ == "that" for c in node.children)


def _factual_clause(node, lex: Modality) -> bool:
    """Return True for a past clause that a fear or a wish does not reach: "twenty people were feared dead after a
    car bomb was detonated" doubts the toll, not the bombing."""
    return node.dep_ == "advcl" and node.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ in lex.factual_marks for c in node.children)


def assertion(trigger_tok, lex: Modality | None = None) -> tuple[bool, str | None]:
    """Return (asserted, reason): False with a reason when the trigger is denied, planned or hypothetical."""
    lex = lex or modality()
    tok = trigger_tok
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.irrealis_nouns:
        return False, f"modifies '{tok.head.text}'"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in (
            "attack", "strike", "raid", "bombardment", "shelling", "campaign", "operation", "wave", "round", "series"):
        # "attack helicopter", "strike group": a modifier of a thing, not an incident
        return False, f"modifier of '{tok.head.text}'"
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "acl", "relcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() not in _ASPECTUAL:
        return False, "purpose clause"
    if tok.pos_ == "NOUN" and any(c.tag_ == "JJS" or c.lower_ in ("worst",) for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in ("since", "in", "of") for c in tok.children):
        # "the deadliest strike since the war began": a comparison, not another incident
        return False, "comparison"
    steps = 0
    node = tok
    factual = False  # the walk has passed a past clause told as fact
    table = token_table(tok.doc)
    dep, lower = table.dep, table.lower
    while steps < 8:
        kids = [(dep[c], lower[c]) for c in table.children(node.i)]  # read once for the three tests, no Token built
        if _negated(kids, lex):
            return False, f"negated at '{node.text}'"
        if _modal(kids, lex):
            return False, f"modal at '{node.text}'"
        if _conditional(kids, lex):
            return False, f"conditional at '{node.text}'"
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in lex.negations:
            # "talks ended without the two sides agreeing to disengage", "the town fell without a fight"
            return False, f"negated at '{head.text}'"
        if _given_reason(node, head, tok, lex) or _outside_label(node, head, lex):
            break
        # "the rain allowed the gunmen to escape after they killed four villagers": a past clause under "after",
        # "when" or "because" is told as fact, whatever verb of wish or leave governs the clauses above it (a
        # modal or a negation above it still reaches it: "he would not sign the bill, a day after police shot")
        factual = factual or _factual_clause(node, lex)
        if _alternative(node, lex):
            return False, f"an alternative at '{node.text}'"
        if node.dep_ == "relcl" and node.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in node.children) \
                and not any(c.dep_ == "mark" for c in node.children) and not _content_clause(node):
            # "the operation in which troops killed 11": what a relative clause with its own named
            # subject tells is given as fact, whatever the sentence around it may doubt
            break
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lemma in lex.irrealis_heads and node.dep_ in _CLAUSAL \
                and not (lemma in lex.label_verbs and any(c.dep_ == "oprd" for c in head.children)) and not factual:
            # ("called for strikes" asks; "called the shelling a response to ..." names what happened)
            return False, f"under '{head.text}'"
        if head.pos_ in ("NOUN", "PROPN") and lemma in lex.irrealis_nouns and node.dep_ in ("pobj", "compound", "acl", "relcl", "amod", "nmod"):
            return False, f"part of '{head.text}'"
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in lex.irrealis_nouns:
            return False, f"part of '{head.head.text}'"
        if node.dep_ == "pobj" and f"{head.head.lower_} {head.lower_}" in lex.irrealis_preps:
            return False, f"'{head.head.text} {head.text}'"  # "ahead of a rally": it has not happened
        if node.i == tok.i and tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("amod", "compound") and c.lower_ in lex.irrealis_modifiers for c in tok.children):
            return False, "planned"  # "a planned rally", "possible attacks"
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("without", "against") and head.head.lemma_.lower() in ("warn", "caution"):
            return False, "warned against"
        node = head
        steps += 1
    return True, None


def habitual(trigger_tok, lex: Modality | None = None) -> bool:
    """Return True when the mention describes a habit or pattern ('daily rocket attacks'), not one incident."""
    lex = lex or modality()
    words = {c.lower_ for c in trigger_tok.children} | {trigger_tok.head.lower_}
    words.update(c.lower_ for c in trigger_tok.head.children if c.dep_ == "advmod")
    if trigger_tok.dep_ == "pobj" and trigger_tok.head.lower_ == "of":
        words.add(f"{trigger_tok.head.head.lower_} of")  # "after weeks of heavy bombing"
    for c in trigger_tok.children:
        words.update(g.lower_ for g in c.children if g.dep_ in ("advmod", "amod"))
        if c.dep_ == "prep" and c.lower_ == "for":  # "for more than two years": a span of many incidents
            words.update(f"for {g.lower_}" for g in c.children if g.dep_ == "pobj")
    return bool(words & lex.habitual)
