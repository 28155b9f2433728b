"""Casualty figures in a sentence: how many were killed, injured, went missing, abducted or arrested.

Pure text: regular expressions built once from `data/casualties.yaml`, no language
model. `parse_number` reads one figure ("twenty-one", "1,200", "dozens");
`find_casualties` finds every figure tied to a casualty word in a sentence;
`combine` folds a report's mentions into the contract's `Casualties`.

Coding rules (contract + data/README.md): every single figure, hedged or not,
gives low = high = the figure ("at least 6" -> 6/6); a second, larger figure
("and possibly seven", "between five and eight") raises `high`; vague plurals
take ACLED's values (tens 10, dozens 12, scores 20, hundreds 100); "no
casualties" gives 0/0. Whether the killing happened (threats, denials) is the
caller's business.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

from flashpoint.model import Casualties, copied

KINDS = ("killed", "injured", "missing", "abducted", "arrested")

# A run of digits longer than this is an identifier, not a head count (and int()
# refuses very long digit strings anyway).
_MAX_DIGITS = 15


@dataclass
class CasualtyMention:
    """One casualty figure in a sentence, with the people it counts."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    kind: str  # killed | injured | missing | abducted | arrested
    who: str | None = None  # victim words as written: "people", "Palestinian civilians"
    side: str | None = None  # group of the victim noun in the lexicon: civilians | security | militants | unknown
    hedge: str | None = None  # "at least", "up to", "known" (in "no known casualties") ...
    total: bool = False  # read as a running toll ("the toll rose to 50"): another count of the same dead
    vague: bool = False  # a vague plural ("dozens", "scores"): a placeholder that a stated figure replaces
    part: bool = False  # a part of a toll told elsewhere ("two children were among the dead", "including six")
    added: bool = False  # more dead beside those told before ("a woman and two children were also killed")
    disputed: bool = False  # another source gives another count in the sentence ("police said 8, doctors said 11")
    attackers: bool = False  # the attackers themselves, told dead without a figure ("before police killed him")
    revision: bool = False  # one more death told by an ordinal ("a third person died"): the toll now stands at it
    by_act: bool = False  # a suicide bomber's death told by the attack itself ("blew himself up"): the attack, not its end
    summed: bool = False  # a running total after more deaths ("bringing the total to 13"): every count before is inside it
    earlier: int | None = None  # the count a summed total implies was told before ("three more died, bringing the total to 13": 10)
    overall: bool = False  # a toll over several incidents ("the day's toll rose to 15", "the overall toll"): not one's own
    elsewhere: tuple = ()  # (place words, figure) told for another place with the verb left out ("and three in Soacha")
    parts: tuple = ()  # the coordinated figures a joined mention sums ("28 and 17 people": (28, 17))
    respective: bool = False  # the parts are told "respectively": one for each place listed, in order


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Return the casualty lexicon (data/casualties.yaml), read once."""
    text = resources.files("flashpoint").joinpath("data", "casualties.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# ---------------------------------------------------------------- regex helpers

def alternation(phrases: Iterable[str]) -> str:
    """Return a non-capturing regex matching any of the phrases, the longest where several fit.

    Spaces inside a phrase match any run of whitespace; a phrase that starts or
    ends with a word character must start or end on a word boundary. The
    phrases are compiled as a character trie, so that a list of hundreds of
    words costs one comparison per character, not one per word.
    """
    trie: dict = {}
    for phrase in {" ".join(str(p).lower().split()) for p in phrases}:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a phrase
    if not trie:
        return "(?!)"
    branches = [(r"\b" if re.match(r"\w", char) else "") + _trie_regex(char, child)
                for char, child in sorted(trie.items())]
    return "(?:" + "|".join(branches) + ")"


def _trie_regex(char: str, node: dict) -> str:
    """Return the regex for one trie edge and everything below it (longer continuations first)."""
    head = r"\s+" if char == " " else re.escape(char)
    ends = r"(?!\w)" if re.match(r"\w", char) else ""
    while len(node) == 1 and "" not in node:  # a single path: plain literal text
        (char, node), = node.items()
        head += r"\s+" if char == " " else re.escape(char)
        ends = r"(?!\w)" if re.match(r"\w", char) else ""
    options = [_trie_regex(c, child) for c, child in sorted(node.items()) if c]
    if "" in node:
        options.append(ends)
    if len(options) == 1:
        return head + options[0]
    return head + "(?:" + "|".join(options) + ")"


WORD = re.compile(r"\w+")  # a word as `words_in` reads one
# a word that is no plural noun ("the", "bombing", "Sunday's"; not "strikes")
_SINGULAR_WORD = r"(?:[\w-]*[^\Ws]|[\w-]+['\u2019]s)(?!\w)"
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")


@lru_cache(maxsize=256)
def words_in(text: str) -> frozenset[str] | None:
    """Return the lower-cased words (runs of word characters) of a text, or None when it holds a letter
    outside ASCII (which a case-blind pattern may match to an ASCII one: the Kelvin sign to "k").

    With `key_words`, a cheap test that a list of phrases cannot match: one pass over the text
    instead of one trial of every phrase at every character. The last texts' words are kept (the date
    rules and the casualty cues read the same sentence).
    """
    if not text.isascii() and _NON_ASCII_WORD_CHAR.search(text):
        return None
    return frozenset(WORD.findall(text.lower()))


def key_words(phrases) -> frozenset | None:
    """Return one word of each phrase (its longest), as `words_in` reads them: a text a list of phrases
    compiled by `alternation` matches holds one of them among its words. None when a phrase has no word
    of ASCII letters and digits (then no test on words can rule the list out).

    Every word of such a phrase is a whole word of the text it matches: the phrase starts and ends on a
    word boundary, and between its words lie spaces or punctuation marks, matched as they are.
    """
    out = set()
    for phrase in phrases:
        words = [w for w in WORD.findall(str(phrase).lower()) if w.isascii()]
        if not words:
            return None
        out.add(max(words, key=len))
    return frozenset(out)


def first_words(phrases) -> frozenset | None:
    """Return the first word of each phrase, lower-cased, as `words_in` reads them: a match of a list of phrases
    compiled by `alternation` starts one of them. None when a phrase does not open with an ASCII letter or digit
    (then a match may start elsewhere than a word's start)."""
    out = set()
    for phrase in phrases:
        phrase = str(phrase).lower().lstrip()
        word = WORD.match(phrase)
        if word is None or not word.group().isascii():
            return None
        out.add(word.group())
    return frozenset(out)


def number_first_words() -> frozenset | None:
    """Return the words a figure of `number_pattern` made of words may start with (one of digits starts with a
    digit); None when some cannot be told."""
    return union_words(first_words(_fixed_figures()), first_words(lexicon()["numbers"]["articles"]),
                       first_words(_number_words()))


def union_words(*sets: frozenset | None) -> frozenset | None:
    """Return the union of word sets, None when one of them is None (some words could not be told)."""
    return None if None in sets else frozenset().union(*sets)


def _words(phrase: str) -> str:
    """Return a phrase lower-cased with single spaces."""
    return " ".join(phrase.lower().split())


# ---------------------------------------------------------------- numbers

@lru_cache(maxsize=1)
def _number_words() -> dict[str, tuple[str, int]]:
    """Return number word -> (class, value): unit, teen, tens, hundred, scale or group."""
    numbers = lexicon()["numbers"]
    table: dict[str, tuple[str, int]] = {}
    for cls, key in (("unit", "units"), ("teen", "teens"), ("tens", "tens"),
                     ("hundred", "hundred"), ("scale", "scales"), ("group", "groups")):
        for word, value in numbers[key].items():
            table[str(word).lower()] = (cls, int(value))
    return table


@lru_cache(maxsize=1)
def _fixed_figures() -> dict[str, int | None]:
    """Return phrase -> figure for fixed phrases and vague plurals (None: no figure stated)."""
    lex = lexicon()
    table: dict[str, int | None] = {_words(w): None for w in lex["unstated"]}
    table.update({_words(w): int(v) for w, v in lex["numbers"]["phrases"].items()})
    table.update({_words(w): int(v) for w, v in lex["vague"].items()})
    return table


@lru_cache(maxsize=1)
def _digits_regex() -> re.Pattern:
    """Return the regex of one figure in digits: "1,200", "3.5 million", "5k" (abbreviations glued on)."""
    numbers = lexicon()["numbers"]
    words = alternation(list(numbers["scales"]) + list(numbers["hundred"]))
    abbreviations = "|".join(re.escape(a) for a in sorted(numbers["scale_abbreviations"], key=len, reverse=True))
    return re.compile(
        rf"(?P<int>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d+))?"
        rf"(?:(?P<abbr>{abbreviations})|\s+(?P<scale>{words}))?",
        re.IGNORECASE,
    )


def parse_number(words: str) -> int | None:
    """Return the count a figure states ("six" 6, "1,200" 1200, "dozens" 12), or None if it states none.

    words: one figure as written: digits (with thousands commas, a decimal part
    and a scale: "3.5 million"), number words ("two hundred and five"), a group
    ("a dozen", "two dozen") or a vague plural ("dozens", "hundreds"). Vague
    words without a figure ("several"), fractions of a person, scientific
    notation and counts above `max_count` give None. Never raises.
    """
    if not isinstance(words, str) or len(words) > 200:
        return None
    text = _words(words.replace("\u2019", "'"))
    if text.endswith(" of"):
        text = text[:-3]
    if not text or text[0] in "-\u2013" or text[-1] in "-\u2013":
        return None
    fixed = _fixed_figures()
    if text in fixed:
        return fixed[text]
    if text[0].isdigit():
        value = _parse_digits(text)
    else:
        tokens = _number_tokens(text)
        value, used = _word_prefix(tokens)
        if used != len(tokens):
            value = None
    if value is None or value > int(lexicon()["numbers"]["max_count"]):
        return None
    return value


def _number_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s\-\u2013]+", text) if t]


def _parse_digits(text: str) -> int | None:
    """Return the integer that a digit figure states, or None."""
    match = _digits_regex().fullmatch(text)
    if not match:
        return None
    whole = match.group("int").replace(",", "")
    fraction = match.group("frac") or ""
    if len(whole) > _MAX_DIGITS or len(fraction) > _MAX_DIGITS:
        return None
    numbers = lexicon()["numbers"]
    scale = 1
    if match.group("abbr"):
        scale = int(numbers["scale_abbreviations"][match.group("abbr").lower()])
    elif match.group("scale"):
        word = _words(match.group("scale"))
        scale = int({**numbers["scales"], **numbers["hundred"]}[word])
    value = int(whole) * scale
    if fraction:
        numerator = int(fraction) * scale
        denominator = 10 ** len(fraction)
        if numerator % denominator:
            return None  # 1.5 people is not a count
        value += numerator // denominator
    return value


# Which word classes may come right before each class in "two hundred and five thousand".
_FOLLOWS = {
    "unit": {None, "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "hundred": {"unit", "teen", "article"},
    "scale": {"unit", "teen", "tens", "hundred", "article"},
    "group": {"unit", "teen", "tens", "article"},
}


def _word_prefix(tokens: list[str]) -> tuple[int | None, int]:
    """Return (value, token count) of the longest leading run of tokens that is one number in words."""
    table = _number_words()
    articles = _articles()
    total, current, last, last_scale = 0, 0, None, None
    best: tuple[int | None, int] = (None, 0)
    for index, token in enumerate(tokens):
        if token == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if token in articles:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if index != 0 or table.get(following, ("",))[0] not in ("hundred", "scale", "group"):
                break
            current, last = 1, "article"
            continue
        cls, value = table.get(token, ("", 0))
        if not cls or last not in _FOLLOWS[cls]:
            break
        if cls in ("unit", "teen", "tens"):
            if value == 0 and index > 0:
                break
            current += value
        elif cls == "hundred":
            if not 0 < current < 100:
                break
            current *= value
        elif cls == "group":
            current *= value
        else:  # scale
            if last_scale is not None and value >= last_scale:
                break
            total += current * value
            current, last_scale = 0, value
        last = cls
        best = (total + current, index + 1)
    return best


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon()["numbers"]["articles"])


@lru_cache(maxsize=4)
def number_pattern(max_words: int = 13) -> str:
    """Return the regex source matching one figure (digits, number words, vague words), no groups.

    max_words: the longest run of number words to match ("two hundred and five" is 4).
    A bare article ("a soldier") is not included: callers that count it add it.
    """
    numbers = lexicon()["numbers"]
    fixed = alternation(_fixed_figures())
    words = alternation(_number_words())
    groups = alternation(list(numbers["hundred"]) + list(numbers["scales"]) + list(numbers["groups"]))
    articles = alternation(numbers["articles"])
    word_run = (rf"(?:{articles}\s+(?={groups}))?{words}"
                rf"(?:(?:\s+and\s+(?={words})|\s*[-\u2013]\s*|\s+){words}){{0,{max_words - 1}}}")
    abbreviations = "|".join(re.escape(a) for a in sorted(numbers["scale_abbreviations"], key=len, reverse=True))
    scales = alternation(list(numbers["scales"]) + list(numbers["hundred"]))
    digits = (rf"(?<![\w.,])\d+(?:,\d{{3}})*(?:\.\d+)?(?:(?:{abbreviations})\b|\s+{scales})?"
              rf"(?![\w%]|[.,:/]\d|[-\u2013][^\W\d_])")
    return rf"(?:{fixed}|{word_run}|{digits})"


# ---------------------------------------------------------------- finding figures

@dataclass
class _Figure:
    """A figure found in the sentence (internal): offsets, value and what it is."""

    start: int
    end: int
    value: int | None
    form: str  # number | article | self ("himself": one, only right after a casualty verb) | unstated


@dataclass
class _Quantity:
    """One to two figures read together ("at least six", "five to eight") (internal)."""

    start: int
    end: int
    low: int | None
    high: int | None
    form: str
    hedge: str | None = None


@lru_cache(maxsize=1)
def _no_object_words() -> frozenset[str]:
    """Return the casualty verbs that never take an object ("died": "a tenth died the next day")."""
    return frozenset(_words(w) for w in lexicon().get("no_object") or [])


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    """Return ordinal word -> the toll it states after "a" ("a third person died": 3)."""
    return {_words(str(w)): int(v) for w, v in (lexicon()["numbers"].get("ordinals") or {}).items()}


@dataclass(frozen=True)
class _Patterns:
    """Every compiled regex of the finder (internal), built once from the lexicon.

    The cue patterns (month ... left_verb) run once over a sentence and are then
    looked up by position; the `*_after` ones are anchored at a figure's end.
    """

    figure: re.Pattern
    masked: re.Pattern
    month: re.Pattern
    year_cue: re.Pattern
    not_count: re.Pattern
    hedge: re.Pattern
    between: re.Pattern
    range_gap: re.Pattern
    toll_noun: re.Pattern
    toll_verb: re.Pattern
    toll_gap: re.Pattern
    toll_gap_far: re.Pattern  # the longer gap a running-toll verb allows ("rose to", toll_verbs_far)
    toll_verb_far: re.Pattern
    summed_verb: re.Pattern  # "bringing" of "bringing the total to 13": the total counts the dead told before
    summed_after: re.Pattern  # "in total" of "which makes seven dead in total"
    overall_toll: re.Pattern  # "the day's toll", "the overall death toll": a toll over several incidents
    part_after: re.Pattern  # "at the scene" of "seven died at the scene": the first of the dead, others died later
    gapped_place: re.Pattern  # "in Bogota and three in Soacha" after a figure's verb: the second place's own figure
    own_losses: re.Pattern  # "killed 300 militants for the loss of 12 of its own men": the doer's own dead beside
    restated: re.Pattern
    restated_not_after: re.Pattern
    active: re.Pattern
    left_verb: re.Pattern
    casualty_word: re.Pattern
    left_after: re.Pattern
    who_after: re.Pattern
    unit_after: re.Pattern
    passive_after: re.Pattern
    object_after: re.Pattern
    mixed_after: re.Pattern
    second_after: re.Pattern
    earlier_after: re.Pattern
    conjunction_gap: re.Pattern
    zero_noun: re.Pattern
    zero_subject: re.Pattern
    zero_who: re.Pattern
    zero_not_yet_after: re.Pattern
    toll_from: re.Pattern
    toll_from_before: re.Pattern
    ordinal_after: re.Pattern
    toll_then: re.Pattern
    to_death_verb: re.Pattern
    to_death_after: re.Pattern
    zero_after_injured: re.Pattern
    attackers_killed_by: re.Pattern
    attackers_killed: re.Pattern
    attacker_died: re.Pattern
    attackers_counted: re.Pattern
    self_detonation: re.Pattern
    suicide_subject: re.Pattern
    # the words each of the two patterns above cannot match without: a sentence with none is not scanned
    self_detonation_gate: re.Pattern
    suicide_subject_gate: re.Pattern
    zero_noun_gate: re.Pattern  # its negators ("no", "without"): a sentence with none is not scanned for zero counts
    zero_verb_gate: re.Pattern  # the verbs of zero_subject and zero_who ("no one was hurt")
    already_counted: re.Pattern
    alongside: re.Pattern


def _kind_groups(key: str, extra: dict | None = None) -> str:
    """Return an alternation with one named group per kind over the lexicon's `kinds.*.<key>` words
    (and the `extra` words of each kind)."""
    kinds = lexicon()["kinds"]
    extra = extra or {}
    parts = [rf"(?P<{kind}>{alternation(list(kinds[kind][key]) + list(extra.get(kind) or []))})"
             for kind in KINDS if kinds[kind].get(key) or extra.get(kind)]
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def _cue_key_words() -> dict[str, frozenset | None]:
    """Return the key words (see `key_words`) of the word lists the cues of `_Cues` are: a sentence
    holding none of a list's key words has none of its cues."""
    lex = lexicon()
    kinds = lex["kinds"]
    before = [w for kind in KINDS for w in list(kinds[kind].get("before") or [])
              + list((lex.get("victim_only_before") or {}).get(kind) or [])]
    return {"restated": key_words(lex["restated_toll"]["verbs"]),
            "toll_noun": key_words(w for kind in KINDS for w in kinds[kind].get("toll") or []),
            "active": key_words(before), "left_verb": key_words(lex["left"]["verbs"]),
            "casualty_word": key_words([w for kind in KINDS for w in kinds[kind]["after"]] + list(lex["left"]["states"])),
            # the cues read on demand that are one list of phrases
            "month": key_words(_month_names()), "year_cue": key_words(lex["year_cues"]),
            "not_count": key_words(lex["not_count_before"]), "hedge": key_words(lex["hedges"]),
            "between": frozenset(("between", "from")), "toll_verb": key_words(lex["toll_verbs"]),
            "to_death_verb": key_words(kinds["killed"].get("before_to_death") or [])}


@lru_cache(maxsize=1)
def _gate_key_words() -> dict[str, frozenset | None]:
    """Return the key words (see `key_words`) of the word lists the gates of `_Patterns` are."""
    lex = lexicon()
    zero, deaths = lex["zero"], lex["attacker_deaths"]
    acts, subjects = deaths["self_detonation"], deaths["suicide_subjects"]
    return {"zero_noun_gate": key_words(zero["negators"]), "zero_verb_gate": key_words(zero["verbs"]),
            "self_detonation_gate": key_words(list(acts["singular"]) + list(acts["plural"])),
            "suicide_subject_gate": key_words(subjects["nouns"])}


def _gate_open(patterns: _Patterns, gate: str, sentence: str) -> bool:
    """Return whether a gate pattern of `_Patterns` occurs in a sentence; not run where none of its key words is."""
    words, keys = words_in(sentence), _gate_key_words()[gate]
    if words is not None and keys is not None and words.isdisjoint(keys):
        return False
    return getattr(patterns, gate).search(sentence) is not None


@lru_cache(maxsize=1)
def _victim_only_words() -> frozenset[str]:
    """Return the verbs that count the killed only before a victim noun ("neutralised 11 fighters")."""
    return frozenset(_words(w) for words in (lexicon().get("victim_only_before") or {}).values() for w in words)


@lru_cache(maxsize=1)
def _victim_only_after() -> frozenset[str]:
    """Return the verbs that count the killed after a figure only with a victim noun ("nine militants were neutralised")."""
    return frozenset(_words(w) for w in lexicon().get("victim_only_after") or ())


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = lexicon()
    kinds = lex["kinds"]
    flags = re.IGNORECASE
    number = number_pattern()
    endings = "|".join(re.escape(e) for e in sorted(lex["demonym_endings"], key=len, reverse=True))
    victims = rf"(?:{alternation(w for group in lex['victims'].values() for w in group)}" \
              rf"|(?-i:\b[A-Z][a-z]+(?:{endings}))(?!\w))"
    # a victim phrase holds no other figure: "a vehicle left two militants dead" is not 1
    breakers = alternation(list(lex["who_breakers"]) + list(_number_words()))
    # a word of a victim phrase; "U.S." and "U.N." keep their last dot ("a U.S. Army soldier")
    # "five members of one family": after "of", "one" names the family, it counts nobody
    filler = rf"(?:(?<=\bof )one\b|(?!{breakers}|\d[\d,.]*(?![\w-]))[^\W_](?:[\w'\u2019-]|\.(?=\w)|(?<=\.[A-Z])\.)*)"
    who = rf"(?:{filler}\s+){{0,4}}?{victims}"
    more = rf"(?:\s+{alternation(lex['more_words'])}(?=\s))?"
    partitive = alternation(lex.get("partitive_groups") or [])
    hedges = alternation(lex["hedges"])
    auxiliaries = alternation(lex["auxiliaries"])
    adverbs = alternation(lex["adverbs"])
    zero = lex["zero"]
    zero_nouns = alternation(zero["nouns"])
    zero_verbs = alternation(zero["verbs"])
    casualty_words = [w for kind in KINDS for w in kinds[kind]["after"]] + list(lex["left"]["states"])

    def compiled(pattern: str) -> re.Pattern:
        return re.compile(pattern, flags)

    return _Patterns(
        figure=compiled(rf"(?P<number>{number})|(?P<article>{alternation(lex['numbers']['articles'])})"
                        rf"|(?P<self>{alternation(lex['numbers'].get('reflexives') or [])})"),
        # dates, clock times and ids whose digits are not counts
        masked=re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
        month=compiled(rf"{alternation(_month_names())}\.?"),
        year_cue=compiled(alternation(lex["year_cues"])),
        not_count=compiled(rf"(?<!\w){alternation(lex['not_count_before'])}"),
        hedge=compiled(rf"(?<![\w-]){hedges}"),
        between=compiled(r"\b(?P<word>between|from)\b"),
        range_gap=compiled(rf"\s*{alternation(lex['range_connectors'])}\s*(?:{hedges}\s+)?"),
        toll_noun=compiled("(?:" + "|".join(
            rf"(?P<{kind}>{alternation(kinds[kind]['toll'])})" for kind in KINDS if kinds[kind].get("toll")) + ")"),
        toll_verb=compiled(rf"(?<![\w-]){alternation(lex['toll_verbs'])}"),
        toll_gap=re.compile(r"(?:\s+[^\s.;:!?]+){0,8}\s+"),
        toll_gap_far=re.compile(r"(?:\s+[^\s.;:!?]+){0,24}\s+"),
        toll_verb_far=compiled(rf"{alternation(lex['toll_verbs_far'])}$"),
        summed_verb=compiled(rf"{alternation(lex['summed_total']['verbs'])}\b"),
        own_losses=compiled(
            rf"[^.;:!?]{{0,60}}?\s(?:{alternation(lex['own_losses'])})\s+(?:{hedges}\s+)?(?P<figure>{number})(?![\w-])"),
        gapped_place=compiled(
            rf"\s+(?:{alternation(lex['gapped_place']['prepositions'])})\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*){{0,3}}"
            rf"(?:\s+(?:that|this|on|last)\s+\w+)?\s*,?\s+and\s+(?:{hedges}\s+)?(?P<figure>{number})(?:\s+more)?\s+"
            rf"(?:{alternation(lex['gapped_place']['prepositions'])})\s+(?:(?:{alternation(lex['gapped_place']['lead_ins'])})\s+)?"
            rf"(?-i:(?P<place>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}}))"),
        summed_after=compiled(rf"(?:\s+(?:dead|killed|deaths|people))?\s+{alternation(lex['summed_total']['after'])}"),
        part_after=compiled(rf"\s+{alternation(lex.get('part_after') or [])}"),
        # (not "the overall toll from the bombing": one incident named after the noun)
        overall_toll=compiled(rf"{alternation(lex['overall_toll'])}\s+(?:[\w-]+\s+)?{alternation(lex['kinds']['killed']['toll'])}"
                              rf"(?!\s+(?:from|of|in)\s+{_SINGULAR_WORD}(?:\s+{_SINGULAR_WORD}){{0,2}}\s+"
                              rf"(?:{alternation(lex['toll_verbs'] + ['has', 'had', 'was', 'is', 'stood', 'stands', 'at', 'to'])}))"),
        restated=compiled(rf"(?<![\w-]){alternation(lex['restated_toll']['verbs'])}\s+"
                          rf"{alternation(lex['restated_toll']['objects'])}(?:\s+{alternation(lex['restated_toll']['prepositions'])})?"),
        restated_not_after=compiled(rf"\s+{alternation(lex['restated_toll']['not_after'])}"),
        active=compiled(rf"(?<![\w-]){_kind_groups('before', lex.get('victim_only_before'))}"),
        left_verb=compiled(rf"(?<![\w-]){alternation(lex['left']['verbs'])}"),
        casualty_word=compiled(alternation(casualty_words)),
        left_after=compiled(rf"(?:\s+(?P<who>{who}))?\s+(?P<state>{alternation(lex['left']['states'])})"),
        # "killing 18 of the 24 assailants": the partitive names who the 18 were
        who_after=compiled(rf"{more}\s+(?P<who>{who}|of\s+(?:the|those|its|their|his|her)\s+(?:{number}\s+){who})"),
        unit_after=compiled(rf"\s*{alternation(lex['not_count_units'])}"),
        # before a passive casualty verb any short noun phrase counts people ("26 tourists were killed")
        passive_after=compiled(
            rf"{more}(?:\s+(?P<who>{who}|{partitive}|(?:{filler}\s+){{0,2}}?{filler}(?=\s+(?:{auxiliaries})\s)))?(?P<aside>\s*,[^,.;:!?]{{1,120}},)?(?:\s+(?P<aux>{auxiliaries}))?"
            rf"(?:\s+{adverbs}){{0,2}}\s+{_kind_groups('after')}"),
        object_after=compiled(rf"\s+(?:{hedges}\s+)?(?:{number}|{alternation(lex['object_starts'])}|{victims})"),
        mixed_after=compiled(rf"\s+{alternation(lex['mixed_after'])}"),
        # "four crew members have died in the attack, up from three": the count it replaced
        earlier_after=compiled(
            rf"[^.;:!?,]{{0,60}}?,\s*(?:{alternation(lex['earlier_figure'])})\s+(?:{alternation(lex['earlier_figure_words'])}\s+)?(?:{hedges}\s+)?(?P<figure>{number})(?![\w-])"),
        second_after=compiled(
            rf"\s*[,;\u2013\u2014-]?\s*(?:(?:and|or|but|though|although|while)\s+)?"
            rf"{alternation(lex['second_figure'])}\s+(?:{hedges}\s+)?(?P<figure>{number})"),
        # "two soldiers and three civilians", "a mother and her two children"
        conjunction_gap=compiled(rf"\s+(?P<who>{who})\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                 rf"(?:(?:his|her|their|its)\s+)?"),
        zero_noun=compiled(
            rf"(?P<neg>{alternation(zero['negators'])})\s+(?:{alternation(zero.get('between') or [])}\s+)?"
            rf"(?:(?P<hedge>{alternation(zero['qualifiers'])})\s+)?"
            rf"(?:reports?\s+of\s+(?:any\s+)?)?(?P<n1>{zero_nouns})(?:\s*(?:,|or|and|nor)\s+(?P<n2>{zero_nouns}))?"),
        zero_subject=compiled(
            rf"(?P<subject>{alternation(zero['subjects'])})(?:\s+of\s+(?P<who>(?:{filler}\s+){{0,4}}?(?:{victims}|us)))?"
            rf"(?:\s+(?:{auxiliaries}))?(?:\s+{adverbs}){{0,2}}\s+(?P<verb>{zero_verbs})"),
        toll_from=compiled(rf"\bfrom\s+(?:(?:an?|the)\s+(?:earlier|previous|initial)\s+(?:(?:figure|toll|count)\s+of\s+)?)?"
                           rf"(?:{hedges}\s+)?(?P<figure>{number})"),
        toll_from_before=compiled(rf"\b(?:{alternation(lex['toll_verbs'])}|rose|risen|climbed|jumped|increased)\s+"
                                  rf"(?:\S+\s+){{0,3}}?from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial)\s+"
                                  rf"(?:(?:figure|toll|count)\s+of\s+)?)?(?:{hedges}\s+)?$"),
        zero_not_yet_after=compiled(rf"(?:(?:\s+(?:{auxiliaries}))?\s+{alternation(zero.get('not_yet_after') or [])}"
                                    rf"|\s+{alternation(zero.get('no_figure_after') or [])}(?![\w-]))"),
        zero_noun_gate=compiled(alternation(zero["negators"])),
        zero_verb_gate=compiled(zero_verbs),
        zero_who=compiled(
            rf"\bno\s+(?P<who>{who})(?:\s+(?:{auxiliaries}))?(?:\s+{adverbs}){{0,2}}\s+(?P<verb>{zero_verbs})"),
        # "stabbed three shoppers to death": the verb before the figure, "to death" after its victims
        to_death_verb=compiled(rf"(?<![\w-]){alternation(kinds['killed'].get('before_to_death') or [])}"),
        to_death_after=compiled(rf"(?:\s+(?P<who>{who}|(?:{filler}\s+){{0,3}}{filler}))?\s+to\s+death\b"),
        toll_then=compiled(rf"\s(?:{alternation(lex['toll_verbs'])})\s+(?:{hedges}\s+)?(?P<figure>{number})"
                           rf"(?:\s+[^\s,.;:]+){{0,4}}?\s*,?\s+(?:and\s+)?(?:then|later|subsequently)\s+"
                           rf"(?:{alternation(lex['toll_verbs'])})\s*$"),
        ordinal_after=compiled(rf"\s+(?P<ordinal>{alternation(_ordinals())})(?![\w-])"),
        zero_after_injured=compiled(rf"\s*[,;(\u2013\u2014-]\s*(?:{alternation(zero.get('after_injured') or [])})"),
        **_attacker_patterns(compiled, auxiliaries, adverbs),
    )


def _attacker_patterns(compiled, auxiliaries: str, adverbs: str) -> dict[str, re.Pattern]:
    """Return the patterns of attackers told dead without a figure (lexicon `attacker_deaths`)."""
    lex = lexicon()["attacker_deaths"]
    enforcers = alternation(lex["enforcers"])
    victims = alternation(list(lex["singular"]) + list(lex["plural"]) + list(lex["counted"]))
    reflexive = alternation(lex["reflexives"])
    attackers = alternation(w for w in lex["singular"] + lex["plural"] if " " in w)
    nouns = alternation(w.split()[-1] for w in lex["singular"] + lex["plural"] if " " in w)
    return {
        # "before police killed him", "the security forces was kill them both", "police shot him dead"
        "attackers_killed": compiled(
            rf"(?<![\w-]){enforcers}(?:\s+(?:{auxiliaries}|{adverbs}|later|then|eventually|quickly)){{0,2}}\s+"
            rf"(?:(?:{alternation(lex['active'])})\s+(?P<who>{victims})"
            rf"|(?:{alternation(lex['active_with_dead'])})\s+(?P<shot>{victims})\s+dead)(?![\w-])"),
        # "they were themselves shot dead", "he was shot dead by police", "the gunman was killed by troops"
        "attackers_killed_by": compiled(
            rf"(?<![\w-])(?P<who>{victims})(?:\s+(?:{auxiliaries}|{adverbs}|later|then|eventually|quickly)){{0,2}}"
            rf"(?:\s+(?P<self>{reflexive}))?(?:\s+(?:{adverbs})){{0,2}}\s+(?:{alternation(lex['passive'])})(?![\w-])"
            rf"(?P<by>\s+(?:\S+\s+){{0,5}}?by\s+{enforcers}(?![\w-]))?"),
        # "he died at the arena after detonating an explosive device"
        "attacker_died": compiled(
            rf"(?<![\w-])(?P<who>{victims}|{attackers})(?:\s+(?:also|later|then|himself|herself|themselves)){{0,2}}\s+died\b"
            rf"[^.;:!?]{{0,60}}?\s(?:{alternation(lex['detonation'])})(?![\w-])"),
        # the attackers' own figure told earlier: "four gunmen", "two gunman"
        # (or "two of its fighters" before "had blown themselves up")
        "attackers_counted": compiled(
            rf"(?P<figure>{number_pattern()})\s+(?:of\s+(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+)?"
            rf"(?:{nouns}|{alternation(lex['self_detonation'].get('counted_nouns') or [])})"),
        **_suicide_patterns(compiled),
    }


def _suicide_patterns(compiled) -> dict[str, re.Pattern]:
    """Return the patterns of a suicide bomber's own death told by the act (lexicon `attacker_deaths`:
    `self_detonation`, `suicide_subjects`) and of a toll that already counts the attackers."""
    lex = lexicon()["attacker_deaths"]
    acts, subjects = lex["self_detonation"], lex["suicide_subjects"]
    return {
        # "blew himself up", "was blowing himself up", "detonated an explosive vest"
        "self_detonation": compiled(
            rf"(?<![\w-])(?:(?P<base_after>{alternation(acts['base_after'])})\s+)?"
            rf"(?:(?P<one>{alternation(acts['singular'])})|(?P<many>{alternation(acts['plural'])}))(?![\w-])"),
        # "a suicide bomber killed 12 people", "two suicide bombers killed 20" (not "killed himself and 12 others")
        "suicide_subject": compiled(
            rf"(?<![\w-])(?:(?P<figure>{number_pattern()})\s+)?(?:(?:an?|the)\s+)?(?P<noun>{alternation(subjects['nouns'])})"
            rf"(?:\s+(?!(?:was|were|is|are|been|be)\s)[\w'-]+){{0,6}}?\s+(?:{alternation(subjects['verbs'])})(?![\w-])"
            rf"(?!\s+(?:{alternation(lex['reflexives'])})(?![\w-]))"),
        "self_detonation_gate": compiled(alternation(list(acts["singular"]) + list(acts["plural"]))),
        "suicide_subject_gate": compiled(alternation(subjects["nouns"])),
        # "killing three people as well as the three bombers", "killed 22 people and the bomber"
        "alongside": compiled(
            rf"\s*,?\s*(?:{alternation(lex['alongside'])})\s+(?:the\s+)?(?:(?P<figure>{number_pattern()})\s+)?"
            rf"(?P<noun>{alternation(w.split()[-1] for w in lex['singular'] + lex['plural'] if w.startswith('the '))})"
            rf"(?![\w-])(?=\s*(?:[,.;:)]|$))"),
        # "27 people died, including the bomber" (not "not counting the attackers")
        "already_counted": compiled(
            rf"(?<![\w-])(?P<not>(?:{alternation(lex['not_counted_before'])})\s+)?(?:{alternation(lex['already_counted'])})(?![\w-])"),
    }


def _month_names() -> list[str]:
    """Return month names and abbreviations from data/dates.yaml (one list for both modules)."""
    return list(_dates_lexicon()["months"])


@lru_cache(maxsize=1)
def _dates_lexicon() -> dict:
    text = resources.files("flashpoint").joinpath("data", "dates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _victim_sides() -> dict[str, str]:
    """Return victim word (lower case, single spaces) -> its group name."""
    return {_words(w): side for side, words in lexicon()["victims"].items() for w in words}


class _Cues:
    """Where each cue of a sentence ends (internal): found in one pass, looked up per figure.

    The five cues that tell whether a sentence can hold a casualty figure at all are found at once;
    the others only when a figure asks for them (most sentences have no casualty word).
    """

    ON_DEMAND = ("month", "year_cue", "not_count", "hedge", "between", "toll_verb", "to_death_verb")  # _Patterns fields

    def __init__(self, sentence: str, patterns: _Patterns):
        self.text = sentence
        self._patterns = patterns
        # a cue list none of whose key words the sentence holds is not run (see `key_words`)
        words, keys = words_in(sentence), _cue_key_words()
        absent = {name for name, key in keys.items() if words is not None and key is not None and words.isdisjoint(key)}
        self._absent = absent  # (a cue read on demand whose list has no key word here is never run either)
        self.restated = {} if "restated" in absent else self._ends(patterns.restated)
        self.toll_noun = [] if "toll_noun" in absent else sorted(self._ends(patterns.toll_noun).items())
        self.toll_noun_ends = [end for end, _ in self.toll_noun]
        self.active = {} if "active" in absent else self._ends(patterns.active)
        self.left_verb = {} if "left_verb" in absent else self._ends(patterns.left_verb)
        self.casualty_words = [] if "casualty_word" in absent else \
            [m.start() for m in patterns.casualty_word.finditer(sentence)]

    def _ends(self, regex: re.Pattern) -> dict[int, re.Match]:
        return {m.end(): m for m in regex.finditer(self.text)}

    def __getattr__(self, name: str) -> dict[int, re.Match]:
        # called only for a table not built yet: build it from the pattern of the same name, once
        if name not in self.ON_DEMAND:
            raise AttributeError(name)
        table = {} if name in self._absent else self._ends(getattr(self._patterns, name))
        setattr(self, name, table)
        return table

    def back(self, pos: int, skip: str = "") -> int:
        """Return pos moved left over whitespace (and the characters in skip)."""
        text = self.text
        while pos > 0 and (text[pos - 1].isspace() or text[pos - 1] in skip):
            pos -= 1
        return pos

    def word_before(self, pos: int, table: dict[int, re.Match], optional: tuple[str, ...] = ()) -> re.Match | None:
        """Return the cue of `table` that ends right before pos, across whitespace and optional words."""
        if not table:
            return None
        end = self.back(pos)
        if end == pos:
            return None  # a cue is a word of its own: "killed5" is not "killed 5"
        found = table.get(end)
        if found is None:
            for word in optional:
                start = end - len(word)
                if start >= 0 and self.text[start:end].lower() == word and (start == 0 or not self.text[start - 1].isalnum()):
                    return self.word_before(start, table, optional)
        return found

    def casualty_word_within(self, start: int, reach: int = 240) -> bool:
        """Return True if a casualty word starts after `start` and within `reach` characters."""
        index = bisect.bisect_right(self.casualty_words, start)
        return index < len(self.casualty_words) and self.casualty_words[index] < start + reach


def _figures(sentence: str, patterns: _Patterns, cues: _Cues) -> list[_Figure]:
    """Return the figures of a sentence that can be head counts, in order."""
    masked = [m.span() for m in patterns.masked.finditer(sentence)]
    hedge_starts = {m.start() for m in cues.hedge.values()}
    figures: list[_Figure] = []
    for match in patterns.figure.finditer(sentence):
        start, end = match.span()
        if masked and any(s < end and start < e for s, e in masked):
            continue
        if match.group("self"):
            figures.append(_Figure(start, end, 1, "self"))
            continue
        if match.group("article"):
            ordinal = patterns.ordinal_after.match(sentence, end)
            if ordinal:  # "a third person died": the toll is now three
                figures.append(_Figure(start, ordinal.end(), _ordinals()[_words(ordinal.group("ordinal"))], "ordinal"))
            elif start not in hedge_starts:  # the "an" of "an estimated 300" is no figure
                figures.append(_Figure(start, end, 1, "article"))
            continue
        for sub_start, sub_end, value in _split_figure(sentence, start, end):
            form = "unstated" if value is None else "number"
            if form == "number" and not _is_count(sentence, sub_start, sub_end, value, cues):
                continue
            figures.append(_Figure(sub_start, sub_end, value, form))
    return figures


def _split_figure(sentence: str, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """Return the figures in a matched run: itself, or (for words like "one two") its longest valid parts."""
    text = sentence[start:end]
    key = _words(text)
    fixed = _fixed_figures()
    if key in fixed:
        return [(start, end, fixed[key])]
    if text[0].isdigit():
        value = parse_number(text)
        return [(start, end, value)] if value is not None else []
    spans = [m.span() for m in re.finditer(r"[^\s\-\u2013]+", text)]
    tokens = [text[a:b].lower() for a, b in spans]
    found = []
    i = 0
    while i < len(tokens):
        value, used = _word_prefix(tokens[i:])
        if used == 0:
            i += 1
            continue
        found.append((start + spans[i][0], start + spans[i + used - 1][1], value))
        i += used
    return found


def _is_count(sentence: str, start: int, end: int, value: int, cues: _Cues) -> bool:
    """Return False for figures that are dates, years, money or ids rather than head counts."""
    if cues.not_count.get(cues.back(start, skip="-")):
        return False
    if sentence[start].isdigit() and cues.word_before(start, cues.month, ("the",)):
        return False
    if 1900 <= value <= 2100 and end - start == 4 and cues.word_before(start, cues.year_cue, ("the", "year")):
        return False
    return True


def _quantities(sentence: str, figures: list[_Figure], patterns: _Patterns, cues: _Cues) -> list[_Quantity]:
    """Return figures joined into quantities: hedges ("at least 6") and ranges ("five to eight")."""
    quantities: list[_Quantity] = []
    i = 0
    while i < len(figures):
        figure = figures[i]
        quantity = _Quantity(figure.start, figure.end, figure.value, figure.value, figure.form)
        following = figures[i + 1] if i + 1 < len(figures) else None
        pair = following is not None and figure.form == following.form == "number"
        lead = cues.word_before(figure.start, cues.between)
        if pair and lead and lead.group("word").lower() == "between" \
                and re.fullmatch(r"\s+and\s+", sentence[figure.end:following.start]):
            quantities.append(_Quantity(lead.start(), following.end, min(figure.value, following.value),
                                        max(figure.value, following.value), "number", "between"))
            i += 2
            continue
        hedge = cues.word_before(figure.start, cues.hedge)
        if hedge:
            quantity.start, quantity.hedge = hedge.start(), _words(hedge.group())
            lead = cues.word_before(quantity.start, cues.between)
        is_change = lead is not None and lead.group("word").lower() == "from"  # "rose from 5 to 7"
        if pair and not is_change and patterns.range_gap.fullmatch(sentence, figure.end, following.start):
            quantity.low = min(figure.value, following.value)
            quantity.high = max(figure.value, following.value)
            quantity.end = following.end
            i += 1
        quantities.append(quantity)
        i += 1
    return quantities


def _mention(sentence: str, start: int, end: int, quantity: _Quantity | None, kind: str,
             who: str | None, hedge: str | None = None) -> CasualtyMention:
    """Return a mention over sentence[start:end]; without a quantity it is a zero count."""
    low = quantity.low if quantity else 0
    high = quantity.high if quantity else 0
    if hedge is None and quantity:
        hedge = quantity.hedge
    vague = quantity is not None and _words(sentence[quantity.start:quantity.end]).split()[-1:] in (
        [w.split()[-1]] for w in lexicon()["vague"])
    return CasualtyMention(start, end, sentence[start:end], low, high, kind, who, _side(who), hedge, vague=vague)


def victim_sides() -> dict[str, str]:
    """Return victim noun (lower case) -> its group: civilians | security | militants | unknown."""
    return _victim_sides()


def side_of(noun: str) -> str | None:
    """Return the victim group of one noun ("driver" civilians, "soldier" security), or None."""
    return _side(noun)


def _side(who: str | None) -> str | None:
    """Return the victim group of a victim phrase from its head noun (the longest listed tail)."""
    if not who:
        return None
    words = _words(who).split()
    for n in range(min(3, len(words)), 0, -1):
        side = _victim_sides().get(" ".join(words[-n:]))
        if side:
            return side
    return None


def _kind_of(match: re.Match) -> str | None:
    """Return the kind whose named group matched."""
    for kind in KINDS:
        if match.groupdict().get(kind):
            return kind
    return None


def _toll_before(cues: _Cues, start: int) -> re.Match | None:
    """Return the toll noun of "the death toll [from the strike] rose to <start>", or None."""
    verb = cues.word_before(start, cues.toll_verb)
    if verb is None:
        return None
    ends = cues.toll_noun_ends
    index = bisect.bisect_right(ends, verb.start()) - 1
    # a verb only a running toll takes ("has risen to") reaches a toll noun further back
    far = bool(_patterns().toll_verb_far.fullmatch(_words(verb.group())))
    gap, reach = (_patterns().toll_gap_far, 200) if far else (_patterns().toll_gap, 120)
    while index >= 0 and ends[index] >= verb.start() - reach:
        noun = cues.toll_noun[index][1]
        if gap.fullmatch(cues.text, noun.end(), verb.start()):
            return noun
        index -= 1
    return None


def _classify(sentence: str, quantity: _Quantity, patterns: _Patterns,
              cues: _Cues) -> tuple[CasualtyMention, str] | None:
    """Return the casualty mention a quantity belongs to and how it was read ("before" or "after")."""
    end = quantity.end
    if quantity.form == "self":
        active = cues.word_before(quantity.start, cues.active)
        if active is None:
            return None  # "blew himself up", "said himself": no count of the dead
        return _mention(sentence, active.start(), end, quantity, _kind_of(active), sentence[quantity.start:end]), "before"
    unit = patterns.unit_after.match(sentence, end)
    if quantity.form != "article" and not unit:
        if patterns.toll_from_before.search(sentence, max(0, quantity.start - 60), quantity.start):
            return None  # the 9 of "the toll rose to 12 from 9": read with the 12
        toll = _toll_before(cues, quantity.start)
        if toll:
            who = patterns.who_after.match(sentence, end)
            mention = _mention(sentence, toll.start(), who.end() if who else end, quantity, _kind_of(toll),
                               who.group("who") if who else None)
            mention.total = True
            earlier = patterns.toll_from.search(sentence, toll.end(), min(len(sentence), end + 40))
            value = parse_number(earlier.group("figure")) if earlier else None
            if value is None:
                # "put the toll at 104 and then at 126": a figure between the noun and this one is the earlier count
                between = patterns.toll_then.search(sentence, toll.end(), quantity.start)
                value = parse_number(between.group("figure")) if between else None
            if value is not None and mention.low is not None and mention.high is not None:
                # "the death toll rose to 12 from 9", "revised down to 20 from the earlier 27": the
                # earlier count is another count of the same dead
                mention.low, mention.high = min(mention.low, value), max(mention.high, value)
            return mention, "before"
    restated = cues.word_before(quantity.start, cues.restated) if quantity.form != "article" else None
    if restated and not unit and not patterns.restated_not_after.match(sentence, end):
        who = patterns.who_after.match(sentence, end)
        state = patterns.passive_after.match(sentence, end)  # "put the figure at 40 wounded"
        kind = _kind_of(state) if state and not state.group("who") else "killed"
        mention = _mention(sentence, restated.start(), who.end() if who else end, quantity, kind,
                           who.group("who") if who else None)
        mention.total = True
        return mention, "before"
    left = cues.word_before(quantity.start, cues.left_verb)
    if left:
        state = patterns.left_after.match(sentence, end)
        if state and (quantity.form != "article" or state.group("who")):
            kind = lexicon()["left"]["states"][_words(state.group("state"))]
            return _mention(sentence, left.start(), state.end(), quantity, kind, state.group("who")), "before"
    to_death = cues.word_before(quantity.start, cues.to_death_verb)
    if to_death and not unit:
        state = patterns.to_death_after.match(sentence, end)
        if state and (quantity.form != "article" or state.group("who")):
            return _mention(sentence, to_death.start(), state.end(), quantity, "killed", state.group("who")), "before"
    active = cues.word_before(quantity.start, cues.active)
    if active and not unit:
        kind = _kind_of(active)
        who = patterns.who_after.match(sentence, end)
        if who or (quantity.form != "article" and kind not in lexicon()["needs_victim"]
                   and _words(active.group()) not in _victim_only_words()):
            return (_mention(sentence, active.start(), who.end() if who else end, quantity, kind,
                             who.group("who") if who else None), "before")
    if not cues.casualty_word_within(end):
        return None
    passive = patterns.passive_after.match(sentence, end) if not unit else None  # "both sides were hit"
    if passive:
        who = passive.group("who")
        if quantity.form == "article" and not who:
            return None
        kind = _kind_of(passive)
        if _side(who) is None and _words(passive.group(kind)) in _victim_only_after():
            return None  # "three roadside bombs were neutralised": no one died
        if not passive.group("aux") and _words(passive.group(kind)).split()[0] not in _no_object_words() \
                and patterns.object_after.match(sentence, passive.end()):
            return None  # "3 gunmen killed two soldiers": the 3 are not victims ("a tenth died the next day" are)
        if kind == "killed" and patterns.mixed_after.match(sentence, passive.end()):
            return None  # "killed or wounded": no split between deaths and injuries
        return _mention(sentence, quantity.start, passive.end(), quantity, kind, who), "after"
    return None


@lru_cache(maxsize=1)
def _period_regex() -> re.Pattern:
    cues = alternation(lexicon().get("period_cues") or [])
    return re.compile(rf"{cues}|\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:{alternation(_month_names())}|(?:19|20)\d\d\b)",
                      re.IGNORECASE)


def over_a_period(sentence: str) -> bool:
    """Return True when a sentence counts over a period ("since the start of the year", "since
    October"): its figures are no single incident's toll."""
    return bool(sentence) and _period_regex().search(sentence) is not None


_RESPECTIVELY = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)


def find_casualties(sentence: str) -> list[CasualtyMention]:
    """Return every casualty figure in a sentence, in text order (zero counts included).

    sentence: one sentence (longer text works; figures never join across it).
    The figures depend on the text alone, and a report's sentence is read for them two or three times (its
    incidents, the tolls told beside them, the day it names): the last texts' figures are kept, and each
    call gets copies of its own (callers mark them).
    """
    return [copied(m) for m in _casualties_in(sentence)]


@lru_cache(maxsize=256)
def _casualties_in(sentence: str) -> tuple[CasualtyMention, ...]:
    """Return `find_casualties`' figures of a sentence, never to be changed (internal)."""
    return tuple(_read_casualties(sentence))


def _read_casualties(sentence: str) -> list[CasualtyMention]:
    """Return every casualty figure in a sentence, read anew (see `find_casualties`)."""
    if not sentence:
        return []
    patterns = _patterns()
    cues = _Cues(sentence, patterns)
    mentions = _zero_mentions(sentence, patterns)
    if not (cues.casualty_words or cues.active or cues.toll_noun or cues.left_verb or cues.restated
            or _TO_DEATH.search(sentence)):
        # no casualty word: no figure can be a casualty count, but "the bomber blew himself up" is a death
        return _drop_nested(mentions + _suicide_mentions(sentence, patterns, []))
    quantities = _quantities(sentence, _figures(sentence, patterns, cues), patterns, cues)
    found: list[tuple[CasualtyMention, str] | None] = [_classify(sentence, q, patterns, cues) for q in quantities]
    for pair in found:
        if pair:
            pair[0].part = bool(_PART.search(pair[0].text) or _PART_BEFORE.search(sentence, max(0, pair[0].start - 24), pair[0].start))
    _extend_second_figures(sentence, quantities, found, patterns)
    _join_conjunctions(sentence, quantities, found, patterns)
    for pair in found:
        if pair:  # after the joins: "a woman and two children were also killed" is one added group
            pair[0].added = bool(_ADDED.search(pair[0].text))
            pair[0].part = pair[0].part or bool(_PART.search(pair[0].text))
            if pair[0].kind == "killed" and patterns.part_after.match(sentence, pair[0].end):
                # "seven died at the scene" beside "13 were killed in all": a part of the toll, the first dead
                pair[0].part = True
    for pair in found:
        if pair and pair[0].parts and None not in pair[0].parts and _RESPECTIVELY.match(sentence, pair[0].end):
            pair[0].respective = True  # "killing 28 and 17 people respectively": one figure per place listed
    for quantity, pair in zip(quantities, found):
        if pair and quantity.form == "ordinal":
            pair[0].total = pair[0].revision = True  # "a third person died in hospital": the toll now stands at three
    more = [pair[0] for pair in found if pair and pair[0].kind == "killed" and pair[0].added]
    for pair in found if more else ():
        # "two more died, bringing the total to 13", "a general was also killed, which makes seven dead in
        # total": the total counts the added dead and those told before ("13 had been killed in all" after
        # one source's parts is only that source's count)
        if pair and pair[0].kind == "killed" and pair[0].low is not None and not pair[0].added and (
                patterns.summed_verb.match(sentence, pair[0].start) or patterns.summed_after.match(sentence, pair[0].end)):
            pair[0].total = pair[0].summed = True
            pair[0].earlier = pair[0].low - sum(m.low or 0 for m in more if not m.attackers)
    for pair in found:
        if pair and pair[0].kind == "killed" and pair[0].total and \
                patterns.overall_toll.search(sentence, max(0, pair[0].start - 30), pair[0].end):
            pair[0].overall = True  # "clashes in other cities raised the day's toll to 15"
    for pair in found:
        gapped = patterns.gapped_place.match(sentence, pair[0].end) \
            if pair and pair[0].kind in ("killed", "injured") and pair[0].low is not None and not pair[0].parts else None
        value = parse_number(gapped.group("figure")) if gapped else None
        if value is not None:  # "seven were killed in Bogota and three in Soacha": three are Soacha's
            pair[0].elsewhere = ((gapped.group("place"), value),)
    for pair in found:
        loss = patterns.own_losses.match(sentence, pair[0].end) \
            if pair and pair[0].kind == "killed" and pair[0].low is not None and not pair[0].added else None
        value = parse_number(loss.group("figure")) if loss else None
        if value is not None and not any(q and q[0].start <= loss.start("figure") < q[0].end for q in found):
            # "killed about 1,000 militants for the loss of 52 of its own men": the doer's dead are more dead
            mentions.append(CasualtyMention(loss.start("figure"), loss.end(), sentence[loss.start("figure"):loss.end()],
                                            value, value, "killed", None, None, added=True))
    mentions.extend(pair[0] for pair in found if pair)
    attackers = _attacker_mentions(sentence, patterns, mentions)
    attackers += _suicide_mentions(sentence, patterns, mentions + attackers)
    if any(not m.group("not") for m in patterns.already_counted.finditer(sentence)):
        attackers = []  # "27 people died, including the bomber": the toll already counts them
    # "police killed them both": the attackers' count replaces any figure read inside it
    mentions = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in attackers)] + attackers
    for m in [m for m in mentions if m.kind == "injured" and m.low]:
        none = patterns.zero_after_injured.match(sentence, m.end)
        if none:  # "about 20 people were injured, none fatally": no one died
            mentions.append(_mention(sentence, none.start(), none.end(), None, "killed", m.who))
    mentions = _drop_nested(mentions)
    _mark_disputed(sentence, mentions)
    return mentions


def _attacker_mentions(sentence: str, patterns: _Patterns, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Return the attackers told dead without a figure, each an `added` count of militants beside
    their victims: "shot dead seven people before police killed him" (1 more), "four gunmen killed
    19 soldiers before they were themselves shot dead" (4 more), "he died after detonating the device".

    A pronoun counts as an attacker only where the words say so: an enforcer killed it after the
    sentence told a killing ("before police killed him"), a reflexive ("themselves"), "by police", or
    a death by detonation. A plural takes the figure of the attackers told before it in the sentence.
    """
    lex = lexicon()["attacker_deaths"]
    pronouns = {"he", "she", "him", "her", "they", "them"}
    out: list[CasualtyMention] = []
    for pattern in (patterns.attackers_killed, patterns.attackers_killed_by, patterns.attacker_died):
        for match in pattern.finditer(sentence):
            who = _words(match.group("who") or match.groupdict().get("shot") or "")
            if pattern is patterns.attackers_killed_by and not (match.group("self") or match.group("by")) and not (
                    who in lex["killed_without_by"]["who"]
                    and _words(match.group(0)).endswith(tuple(lex["killed_without_by"]["verbs"]))):
                continue  # "he was killed": the victim, as often as the attacker ("the attacker was killed" is him)
            if who in pronouns and pattern is patterns.attackers_killed \
                    and not any(m.kind == "killed" and (m.low or 0) > 0 and m.end <= match.start() for m in found):
                continue  # "police shot him dead" with no killing told before: him may be any victim
            if who in lex["counted"]:
                count = int(lex["counted"][who])
            elif who in lex["singular"]:
                count = 1
            else:
                told = list(patterns.attackers_counted.finditer(sentence, 0, match.start()))
                count = parse_number(told[-1].group("figure")) if told else None
                if count is None:
                    continue  # "the gunmen were killed": how many is not told here
            mention = CasualtyMention(match.start(), match.end(), sentence[match.start():match.end()], count, count,
                                      "killed", who, "militants", added=True, attackers=True)
            read = [m for m in found + out if m.kind == "killed" and m.start < mention.end and mention.start < m.end
                    and m.low is not None and m.side == "militants"]
            for m in read:  # "Both attackers were killed": the figure read already is the attackers' own death
                m.added = m.attackers = True
            if not read:
                out.append(mention)
    return out


def attackers_counted_before(sentence: str, before: str | None, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Return the death of attackers named by a plural noun without a figure, whose figure the sentence
    before told: "Two gunmen opened fire at the bus stop. The attackers were shot dead by police." (2 more).

    before: the text of the sentence before, or None. Pronouns ("they were killed by police") are left
    alone: across a sentence they may be anyone told there.
    """
    plural = lexicon()["attacker_deaths"]["plural"]
    words = words_in(sentence)
    if not before or any(m.attackers for m in found) or (words is not None and words.isdisjoint(
            w.split()[-1] for w in plural if w.startswith("the "))):
        return []
    if any(m.kind == "killed" and m.side == "militants" for m in find_casualties(before)):
        return []  # ("Police killed two gunmen. The gunmen were shot dead by police ...": the same two)
    shift = len(before) + 1
    moved = [replace(m, start=m.start + shift, end=m.end + shift) for m in found]
    return [replace(m, start=m.start - shift, end=m.end - shift)
            for m in _attacker_mentions(f"{before} {sentence}", _patterns(), moved)
            if m.start >= shift and m.who not in ("they", "them") and m.who in plural]


def _suicide_mentions(sentence: str, patterns: _Patterns, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Return the suicide bomber's own death told by the act, an `added` count of militants beside
    the victims: "a suicide bomber blew himself up in a mosque, killing 30 worshippers" (1 more), "a
    suicide bomber killed 12 people" (1 more), "two suicide bombers killed 20" (2 more). At most one per
    sentence, and none where another attacker's death is already read in it ("he died after blowing
    himself up", "all four attackers were killed; some had blown themselves up"). A plural takes the figure of the attackers told before it in the sentence."""
    if any(m.attackers or (m.kind == "killed" and m.side == "militants" and m.low) for m in found):
        return []  # "all four attackers were killed; some had blown themselves up": counted already
    for m in found:
        match = patterns.alongside.match(sentence, m.end) if m.kind == "killed" and m.low else None
        if match:  # "killing three people as well as the three bombers": they are counted here
            noun = _words(match.group("noun"))
            count = parse_number(match.group("figure")) if match.group("figure") else (
                1 if f"the {noun}" in lexicon()["attacker_deaths"]["singular"] else None)
            if count:
                return [CasualtyMention(match.start(), match.end(), sentence[match.start():match.end()].strip(" ,"),
                                        count, count, "killed", noun, "militants", added=True, attackers=True, by_act=True)]
    for match in patterns.self_detonation.finditer(sentence) if _gate_open(patterns, "self_detonation_gate", sentence) \
            else ():
        act = _words(match.group("one") or match.group("many"))
        if act.split()[0] == "blow" and not match.group("base_after"):
            continue  # "before he could blow himself up": no death
        count = 1
        if match.group("many"):
            told = list(patterns.attackers_counted.finditer(sentence, 0, match.start()))
            count = parse_number(told[-1].group("figure")) if told else None
            if count is None:
                continue  # "they blew themselves up": how many is not told here
        start = match.start("one") if match.group("one") else match.start("many")
        return [CasualtyMention(start, match.end(), sentence[start:match.end()], count, count, "killed", act,
                                "militants", added=True, attackers=True, by_act=True)]
    for match in patterns.suicide_subject.finditer(sentence) if _gate_open(patterns, "suicide_subject_gate", sentence) \
            else ():
        plural = _words(match.group("noun")).endswith("s")
        count = parse_number(match.group("figure")) if match.group("figure") else (None if plural else 1)
        if count:
            return [CasualtyMention(match.start(), match.end("noun"), sentence[match.start():match.end("noun")], count,
                                    count, "killed", _words(match.group("noun")), "militants", added=True,
                                    attackers=True, by_act=True)]
    return []


@lru_cache(maxsize=1)
def _source_cue() -> re.Pattern:
    return re.compile(alternation(lexicon().get("source_cues") or []), re.IGNORECASE)


def _mark_disputed(sentence: str, mentions: list[CasualtyMention]) -> None:
    """Mark two figures of one kind as another source's count of the same dead when a source or a
    contrast comes between them ("police said 8 were killed, while hospital officials said 11 died")."""
    for kind in ("killed", "injured"):
        stated = [m for m in mentions if m.kind == kind and m.low is not None]
        for a, b in zip(stated, stated[1:]):
            if _source_cue().search(sentence, a.end, b.start):
                a.disputed = b.disputed = True


_TO_DEATH = re.compile(r"\bto\s+death\b", re.I)

# "among the dead", and who the dead were ("the dead were a commander and his driver"): a part of
# the toll, or the whole when nothing else counts it
_PART = re.compile(r"\bamong (?:the|those)\b|^(?:the dead|the victims|those killed)\b", re.I)
# "were also killed", "another five died", "six other journalists", "three more soldiers": dead
# told beside those already counted, to be added to them
_ADDED = re.compile(r"\b(?:also|too)\b|^(?:another|a further|an additional)\b"
                    r"|^\S+(?:[\s-]+\S+)?\s+(?:more|other|others|further|additional)\b(?!\s+than)", re.I)
_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s*$", re.I)


def _extend_second_figures(sentence: str, quantities: list[_Quantity],
                           found: list[tuple[CasualtyMention, str] | None], patterns: _Patterns) -> None:
    """Raise `high` where a larger figure follows ("killed at least six people and possibly seven")."""
    starts = [q.start for q in quantities]
    for pair in found:
        if not pair:
            continue
        mention = pair[0]
        match = patterns.second_after.match(sentence, mention.end)
        if not match:
            continue
        start = match.start("figure")
        owner = bisect.bisect_right(starts, start) - 1
        if owner < 0 or not quantities[owner].start <= start < quantities[owner].end or found[owner] is not None:
            continue  # the later figure counts something else ("and up to 20 wounded")
        value = quantities[owner].high
        if value is None:
            continue
        mention.high = max(value, mention.high if mention.high is not None else value)
        if mention.low is None:
            mention.low = quantities[owner].low
        mention.end = match.end()
        mention.text = sentence[mention.start:mention.end]
    for pair in found:
        mention = pair[0] if pair else None
        match = patterns.earlier_after.match(sentence, mention.end) \
            if mention is not None and mention.kind == "killed" and mention.low is not None else None
        earlier = parse_number(match.group("figure")) if match else None
        if earlier is not None and earlier != mention.low:
            # a revised count: the earlier figure is the range's other end
            mention.low, mention.high = min(mention.low, earlier), max(mention.high or mention.low, earlier)
            mention.end = match.end()
            mention.text = sentence[mention.start:mention.end]


def _join_conjunctions(sentence: str, quantities: list[_Quantity],
                       found: list[tuple[CasualtyMention, str] | None], patterns: _Patterns) -> None:
    """Sum coordinated groups into one mention ("two soldiers and three civilians were killed")."""
    # backwards: "two soldiers and [three civilians were killed]"
    for k in range(len(quantities) - 2, -1, -1):
        following = found[k + 1]
        if found[k] is not None or following is None or following[1] != "after" \
                or "ordinal" in (quantities[k].form, quantities[k + 1].form):
            continue  # "a woman, and a tenth died": the tenth is the toll, not one more beside her
        gap = patterns.conjunction_gap.fullmatch(sentence, quantities[k].end, quantities[k + 1].start)
        if gap and not re.search(r"\band\b", gap.group()) and _side(gap.group("who")) in (None, "unknown"):
            continue  # "two people, a teacher and a child, were killed": the list says who the two were
        who = gap.group("who") if gap else _shared_noun(sentence[quantities[k].end:quantities[k + 1].start],
                                                        following[0].who)
        if who and not _is_partitive(following[0].who):
            joined = _joined(sentence, following[0], quantities[k], who, quantities[k].start, following[0].end)
            found[k], found[k + 1] = (joined, "after"), None
    # forwards: "killed [two soldiers] and three civilians"
    k = 0
    while k < len(quantities) - 1:
        current = found[k]
        quantity = quantities[k + 1]
        if current is not None and current[1] == "before" and found[k + 1] is None:
            gap = sentence[current[0].end:quantity.start]
            who = patterns.who_after.match(sentence, quantity.end)
            if who and not _is_partitive(who.group("who")) \
                    and re.fullmatch(r"(?:\s*,\s*(?:including|among them)\s[^,;:.!?]{1,80}(?=,\s*and\s))?"
                                     r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?", gap) \
                    and not _apposition(sentence, current[0], gap, who.end()):
                joined = _joined(sentence, current[0], quantity, who.group("who"), current[0].start, who.end())
                found[k], found[k + 1] = None, (joined, "before")  # the next group may join it too
        k += 1


_NAMED_MODIFIER = re.compile(r"\s+(?P<mod>[A-Z][\w'-]*)\s+and\s+")
_NAMED_HEAD = re.compile(r"(?P<mod>[A-Z][\w'-]*)\s+(?P<noun>\w+)")


def _shared_noun(gap: str, who: str | None) -> str | None:
    """Return the people of the first of two figures that share the victim noun after the second, told
    apart by whose they are ("four Chadian and two Nigerien soldiers": "Chadian soldiers"), else None."""
    first = _NAMED_MODIFIER.fullmatch(gap)
    second = _NAMED_HEAD.fullmatch(who or "")
    if first is None or second is None or _side(second.group("noun")) in (None, "unknown"):
        return None
    return f"{first.group('mod')} {second.group('noun')}"


def _apposition(sentence: str, mention: CasualtyMention, gap: str, end: int) -> bool:
    """Return True when a group after a bare comma is no further victim: it restates the people
    before it ("killing three people, two women and a child") or is a source ("killing 17
    worshippers, a local official said"); a list goes on after it ("two soldiers, a civilian and a child")."""
    if re.search(r"\band\b", gap):
        return False
    return mention.side in (None, "unknown") or not re.match(r"\s*(?:,|and\b|or\b)", sentence[end:])


def _is_partitive(who: str | None) -> bool:
    """Return True for "of them", "of the victims": a part of a group already counted, not more people."""
    return bool(who) and _words(who).startswith("of ")


def _joined(sentence: str, mention: CasualtyMention, quantity: _Quantity, who: str,
            start: int, end: int) -> CasualtyMention:
    """Return a mention over sentence[start:end] adding a coordinated quantity to a mention."""
    def add(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a + b
    whos = sorted([(quantity.start, who), (mention.start, mention.who)])
    joined = _mention(sentence, start, end, None, mention.kind, " and ".join(w for _, w in whos if w),
                      mention.hedge or quantity.hedge)
    joined.low = add(quantity.low, mention.low)
    joined.high = add(quantity.high, mention.high)
    own = mention.parts or (mention.low,)
    joined.parts = (quantity.low, *own) if quantity.start < mention.start else (*own, quantity.low)
    sides = {_side(who), mention.side}
    joined.side = sides.pop() if len(sides) == 1 else None
    return joined


def _zero_mentions(sentence: str, patterns: _Patterns) -> list[CasualtyMention]:
    """Return the zero counts: "no casualties", "no one was hurt", "no soldiers were killed"."""
    zero = lexicon()["zero"]
    mentions: list[CasualtyMention] = []
    for match in patterns.zero_noun.finditer(sentence) if _gate_open(patterns, "zero_noun_gate", sentence) else ():
        kinds: list[str] = []
        for group in ("n1", "n2"):
            if match.group(group):
                kinds += [k for k in zero["nouns"][_words(match.group(group))] if k not in kinds]
        hedge = _words(match.group("hedge")) if match.group("hedge") else None
        if hedge in _not_yet() or patterns.zero_not_yet_after.match(sentence, match.end()):
            continue  # "no immediate reports of casualties": not known yet, not zero
        for kind in kinds:
            mentions.append(_mention(sentence, match.start(), match.end(), None, kind, None, hedge))
    for pattern in (patterns.zero_subject, patterns.zero_who) if _gate_open(patterns, "zero_verb_gate", sentence) else ():
        for match in pattern.finditer(sentence):
            who = match.group("who")
            for kind in zero["verbs"][_words(match.group("verb"))]:
                mentions.append(_mention(sentence, match.start(), match.end(), None, kind, who))
    return mentions


@lru_cache(maxsize=1)
def _not_yet() -> frozenset[str]:
    """Return the zero qualifiers that leave the count unknown ("no immediate reports")."""
    return frozenset(_words(w) for w in lexicon()["zero"].get("not_yet") or [])


def _drop_nested(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """Return mentions in text order without those inside another mention of the same kind."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), KINDS.index(m.kind)))
    reach: dict[str, int] = {}  # per kind, the furthest end of a kept mention (all start earlier)
    kept: list[CasualtyMention] = []
    for mention in ordered:
        if reach.get(mention.kind, -1) >= mention.end:
            continue
        reach[mention.kind] = max(reach.get(mention.kind, -1), mention.end)
        kept.append(mention)
    return kept


def combine(mentions: Iterable[CasualtyMention]) -> Casualties:
    """Return a report's fatalities and injured from its mentions.

    A part ("two children were among the dead") gives way to the whole; counts of different
    known groups are summed ("twelve soldiers ... and 20 militants"); other counts of the same dead
    ("police said 8 ... hospital officials said 11", "30 had been killed; by evening the toll had
    climbed to 50") span a range: low the smaller, high the larger, best = low. A vague plural
    ("scores") gives way to any stated figure. Coordinated groups were already summed by
    `find_casualties`. Mentions without a figure ("several were killed") only give the text.
    Other kinds (missing, abducted, arrested) are ignored.
    """
    mentions = list(mentions)
    killed = [m for m in mentions if m.kind == "killed"]
    if any(m.overall for m in killed) and any(_own_count(m) for m in killed):
        # "11 were killed in Managua, and clashes elsewhere raised the day's toll to 15": the incident's 11
        killed = [m for m in killed if not m.overall]
    killed_low, killed_high, killed_text = _fold(killed)
    injured_low, injured_high, injured_text = _fold([m for m in mentions if m.kind == "injured"])
    stated = [m for m in killed if m.low is not None or m.high is not None]
    totals = any(m.total for m in stated)
    # the attackers' own death is added even to a running toll ("the toll rose to 100" + "blew himself up")
    added = [m for m in stated if m.added and not m.total and (m.attackers or not totals)]
    if len(added) == len(stated) and 0 < sum(m.attackers for m in added) < len(added):
        # "two other people were also killed when the bomber blew himself up": the bomber beside them, 3
        added = [m for m in added if m.attackers]
    if added and len(added) < len(stated):
        # "two soldiers were killed and a civilian was also killed": 3
        base_low, base_high, killed_text = _fold([m for m in stated if m not in added])
        killed_low, killed_high = _plus(base_low, added, "low"), _plus(base_high, added, "high")
    return Casualties(low=killed_low, high=killed_high, best=killed_low, text=killed_text,
                      injured_low=injured_low, injured_high=injured_high, injured_text=injured_text,
                      vague=bool(stated) and all(m.vague for m in stated), total=any(m.total for m in stated),
                      summed=any(m.summed for m in stated),
                      earlier=next((m.earlier for m in stated if m.summed), None),
                      overall=bool(stated) and all(m.overall for m in stated),
                      elsewhere=tuple(e for m in stated for e in m.elsewhere),
                      part=bool(stated) and all(m.part for m in ([m for m in stated if not m.attackers] or stated)),
                      side=_common_side([m for m in stated if not m.attackers] or stated),  # whom the attack hit
                      added=bool(stated) and all(m.added for m in stated),
                      attackers=bool(stated) and all(m.attackers for m in stated),
                      with_attackers=sum((m.low or m.high or 0) for m in stated if m.attackers),
                      respective=stated[0].parts if len(stated) == 1 and stated[0].respective else ())


def _own_count(m: CasualtyMention) -> bool:
    """Return True for a figure of one incident's whole dead: no toll over several, no part, no attackers."""
    return m.low is not None and not m.overall and not m.part and not m.attackers


def _plus(base: int | None, added: list, end: str) -> int | None:
    """Return a figure plus the `end` ("low" or "high") of each added mention (None stays None)."""
    if base is None:
        return None
    return base + sum((getattr(m, end) if getattr(m, end) is not None else (m.low or m.high or 0)) for m in added)


def _common_side(mentions: list[CasualtyMention]) -> str | None:
    """Return the victim group every figure counts ("18 of the assailants": militants), or None
    when they differ or one is not known ("people")."""
    sides = {m.side for m in mentions}
    if len(sides) != 1:
        return None
    side = sides.pop()
    return side if side in ("civilians", "security", "militants") else None


def _fold(mentions: list[CasualtyMention]) -> tuple[int | None, int | None, str | None]:
    """Return (low, high, text) of one kind's mentions: maxima (or the range a running toll
    opens), and the text of the mention giving low."""
    if not mentions:
        return None, None, None
    stated = [m for m in mentions if m.low is not None or m.high is not None]
    if not stated:
        return None, None, mentions[0].text
    if any(not m.vague for m in stated):
        stated = [m for m in stated if not m.vague or not covers(m.low, [x.low for x in stated if not x.vague])]
    if any((m.high or m.low or 0) > 0 for m in stated):
        # "two people were killed but no one was injured": a zero of another group never lowers a death
        stated = [m for m in stated if (m.high or m.low or 0) > 0]
    if any(m.total for m in stated) and any(not m.part for m in stated):
        stated = [m for m in stated if not m.part]
    if any(m.total for m in stated):
        # "two more bodies were found, bringing the toll to 17": the toll counts them
        stated = [m for m in stated if not m.added or m.total]
    if len(stated) > 1 and not any(m.total for m in stated):
        # a part ("two children were among the dead") gives way to the whole it is part of
        stated = [m for m in stated if not m.part] or stated
    lows = [m.low if m.low is not None else m.high for m in stated]
    highs = [m.high if m.high is not None else m.low for m in stated]
    summed = _sum_by_side(stated)
    if summed is not None:
        # "twelve soldiers were killed and 20 militants died": two groups of dead, 32
        return summed[0], summed[1], stated[0].text
    low, high = min(lows), max(highs)
    if any(m.summed for m in stated):
        # "killing six ... two more died, bringing the total to eight": the six are inside the eight
        low = max(m.low for m in stated if m.summed)
        high = max(high, low)
    elif len(stated) > 1 and not any(m.total for m in stated) \
            and (len({m.side or "unknown" for m in stated}) > 1 or not any(m.disputed for m in stated)):
        # "30 people were killed ... six children died": a known group beside unknown people may be
        # among them, and a figure no other source disputes is a floor: the larger count is the toll
        low = max(lows)
    # otherwise several counts of the same dead ("police said 8 were killed, hospital officials
    # said 11 died"; "30 had been killed; by evening the toll had climbed to 50"): the smallest
    # is low, the largest high
    source = stated[lows.index(low)]
    return low, max(high, low), source.text


def covers(vague: int | None, figures: list) -> bool:
    """Return True when a vague plural's count may be the stated figures ("dozens" 12 and 43 dead: the 43
    are the dozens), False when every figure is beyond it ("dozens" and "more than 150": another source's
    lower count, which opens a range). A vague count reaches to the next power of ten (dozens, scores,
    tens: below 100; hundreds: below 1,000)."""
    stated = [f for f in figures if f is not None]
    if vague is None or not stated:
        return True
    return min(stated) < 10 ** len(str(vague))


def _sum_by_side(mentions: list[CasualtyMention]) -> tuple[int, int] | None:
    """Return (low, high) summed over victim groups when every figure counts a known group and
    there are several groups, else None."""
    sides = [m.side for m in mentions]
    if len(mentions) < 2 or any(m.total for m in mentions) \
            or not all(s in ("civilians", "security", "militants") for s in sides) or len(set(sides)) < 2:
        return None
    low = high = 0
    for side in set(sides):
        group = [m for m in mentions if m.side == side]
        low += min(m.low if m.low is not None else m.high for m in group)
        high += max(m.high if m.high is not None else m.low for m in group)
    return low, high
