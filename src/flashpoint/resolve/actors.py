"""Actor base: turns a noun phrase into a canonical actor (named group, state forces or a class).

Everything it knows is in `data/actors/`: groups.yaml (named forces and groups with aliases),
countries.csv (names, demonyms and aliases of states) and classes.yaml (unnamed actors by head noun).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from flashpoint.model import Actor
from flashpoint.resources import load_csv, load_yaml
from flashpoint.syntax import head_of
from flashpoint.textnorm import normalise_name

# A sponsor named in the phrase: "Iran-backed", "backed by Iran", "Iran's proxies", "pro-Iranian".
_BACKER_PATTERNS = (
    re.compile(r"\b([A-Z][\w.]{1,40}(?:\s[A-Z][\w.]{1,40})?)[-\s](?:backed|sponsored|aligned|allied|supported|funded|armed)\b"),
    re.compile(r"\b(?:backed|sponsored|supported|funded|armed)\s+by\s+([A-Z][\w.]{1,40}(?:\s[A-Z][\w.]{1,40})?)"),
    re.compile(r"\bpro-([A-Z][\w.]{1,40})"),
    re.compile(r"\b([A-Z][\w.]{1,40})(?:'s|\u2019s)\s+(?:proxies|proxy|allies|allied militias)\b"),
    re.compile(r"\b(?:proxies|proxy|allies)\s+of\s+([A-Z][\w.]{1,40})"),
    re.compile(r"\b([A-Z][\w.]{1,40})\s+(?:proxies|proxy)\b"),
)
_PLATFORMS = {"jet", "warplane", "aircraft", "helicopter", "gunship", "drone", "artillery", "tank", "missile",
              "rocket", "plane", "uav", "bomber", "fighter jet"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
FUZZY_THRESHOLD = 92  # measured on alias pairs: below ~90 unrelated short names start to collide


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class GroupEntry:
    name: str
    id: str
    type: str | None
    country_code: str | None
    backer: str | None


class ActorBase:
    """Canonical actors from the data files, looked up by any alias, demonym or class noun."""

    def __init__(self):
        self.groups: dict[str, GroupEntry] = {}
        self.countries: dict[str, Country] = {}
        self.country_by_code: dict[str, Country] = {}
        self.demonyms: dict[str, Country] = {}
        self.acronyms: dict[str, Country] = {}
        self.class_by_noun: dict[str, dict] = {}
        self._load()
        self._fuzzy_keys = [k for k in self.groups if len(k) >= 8]

    def _load(self) -> None:
        for row in load_csv("actors/countries.csv"):
            country = Country(row["code"], row["name"])
            self.country_by_code[country.code] = country
            names = [row["name"]] + [a for a in (row["aliases"] or "").split("|") if a]
            for name in names:
                if _ACRONYM.match(name):
                    self.acronyms[name.replace(".", "")] = country  # "CAR" is not "car"
                    continue
                self.countries[normalise_name(name)] = country
            for dem in (row["demonyms"] or "").split("|"):
                if dem and _ACRONYM.match(dem):
                    self.acronyms[dem.replace(".", "")] = country
                elif dem:
                    self.demonyms[normalise_name(dem)] = country
        for item in load_yaml("actors/groups.yaml"):
            entry = GroupEntry(item["name"], item["id"], item.get("type"), item.get("country_code"), item.get("backer"))
            for alias in [item["name"], *item.get("aliases", [])]:
                self.groups[normalise_name(alias)] = entry
        for row in load_csv("actors/leaders.csv"):
            country = self.country_by_code.get(row["country_code"])
            if country is not None:
                # "the Biden administration", "Putin's forces": a leader names the state
                self.demonyms[normalise_name(row["name"])] = country
        for cls in load_yaml("actors/classes.yaml"):
            for noun in cls["nouns"]:
                self.class_by_noun.setdefault(normalise_name(noun), cls)

    # --- look-ups on strings -------------------------------------------------
    def group(self, text: str) -> GroupEntry | None:
        """Return the named group or force a phrase names exactly (after normalisation), or None."""
        key = normalise_name(text)
        if key in self.groups:
            return self.groups[key]
        if len(key) >= 8 and self._fuzzy_keys:
            hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            if hit:
                return self.groups[hit[0]]
        return None

    def country(self, text: str) -> Country | None:
        """Return the country a name, alias or demonym refers to ('Iranian' -> Iran), or None."""
        key = normalise_name(text)
        found = self.countries.get(key) or self.demonyms.get(key)
        if found is None:
            bare = text.strip().removeprefix("the ").replace(".", "")
            found = self.acronyms.get(bare)
        return found

    def backer(self, text: str) -> str | None:
        """Return the ISO code of a sponsor the phrase names ('Iran-backed militants' -> 'IRN')."""
        for pattern in _BACKER_PATTERNS:
            m = pattern.search(text)
            if m:
                country = self.country(m.group(1))
                if country:
                    return country.code
        return None

    def state_forces(self, country: Country, text: str | None, label: str = "Military Forces of") -> Actor:
        """Return a state's canonical actor (ACLED style): its military, police or government."""
        if label == "Military Forces of":
            for entry in self.groups.values():
                if entry.country_code == country.code and entry.type == "state forces" \
                        and entry.name.startswith("Military Forces of"):
                    return Actor(entry.name, entry.id, entry.type, country.code, None, text)
        article = "the " if country.name.startswith(("United", "Democratic", "Republic", "Central")) else ""
        slug = label.split()[0].lower()
        return Actor(f"{label} {article}{country.name}", f"{country.code.lower()}-{slug}",
                     "state forces", country.code, None, text)

    # --- look-ups on noun phrases ---------------------------------------------
    def resolve_phrase(self, tokens, context_country: str | None = None) -> Actor | None:
        """Return the actor a noun phrase (a spaCy Span or list of Tokens) names, or None.

        Tries, in order: a named group anywhere in the phrase (longest first), a country named as a
        whole phrase ("the United States struck" -> its forces), a class noun at the head with the
        nationality of its modifiers ("U.S. warplanes", "Iran-backed militants", "soldiers").
        """
        toks = list(tokens)
        if not toks:
            return None
        if any(t.dep_ == "det" and t.lower_ in ("no", "neither") for t in toks):
            return None  # "no group had claimed the attack"
        text = _span_text(toks)
        backer = self.backer(text)
        named = self._named_in(toks)
        if named is not None:
            entry, surface = named
            return Actor(entry.name, entry.id, entry.type, entry.country_code, backer or entry.backer, text)
        head = head_of(toks)
        country = self.country(text) if head.ent_type_ in ("GPE", "NORP", "") or head.pos_ == "PROPN" else None
        if country is not None:
            return self.state_forces(country, text)
        cls = self._class_of(toks, head)
        if cls is None:
            return None
        nationality = self._nationality(toks, exclude=backer)
        if cls.get("state") and nationality is None and normalise_name(head.lemma_) in _PLATFORMS:
            return None  # "a missile", "the drones": a weapon says nothing about whose it was
        if cls.get("state") and nationality is None and cls.get("needs_country"):
            return None  # "the administration" of whom? not the report's country by default
        if cls.get("state"):
            code = nationality.code if nationality else context_country
            country = self.country_by_code.get(code) if code else None
            if country is None:
                return Actor(cls["name"].replace(" of {country}", ""), None, cls["type"], None, backer, text)
            return self.state_forces(country, text, label=cls["name"].replace(" {country}", ""))
        name = cls["name"]
        code = nationality.code if nationality and name not in ("Civilians",) else None
        if name == "Civilians" and nationality:
            code = nationality.code
        return Actor(name, normalise_name(name).replace(" ", "-"), cls["type"], code or context_country, backer, text)

    def _named_in(self, toks) -> tuple[GroupEntry, str] | None:
        n = len(toks)
        for length in range(min(n, 8), 0, -1):
            for start in range(0, n - length + 1):
                piece = toks[start:start + length]
                if piece[-1].i - piece[0].i + 1 != len(piece):
                    continue  # the phrase has a gap (a clause left out): never read across it
                if length == 1 and piece[0].pos_ not in ("PROPN", "NOUN", "X"):
                    continue
                surface = _span_text(piece)
                entry = self.group(surface)
                if entry is not None:
                    if length == 1 and len(surface) <= 3 and not surface.isupper():
                        continue  # "is", "aa" as ordinary words are not acronyms
                    return entry, surface
        return None

    def _class_of(self, toks, head) -> dict | None:
        lemma = normalise_name(head.lemma_)
        word = normalise_name(head.text)
        # "a gendarmerie training school", "an army base": the armed modifier names who was hit
        for left in toks:
            if left.i < head.i and left.dep_ in ("compound", "amod"):
                if normalise_name(left.lemma_) in _PLATFORMS:
                    continue  # "a drone attack" is no actor
                cls = self.class_by_noun.get(normalise_name(left.text)) or self.class_by_noun.get(normalise_name(left.lemma_))
                if cls is not None and cls.get("state"):
                    head_cls = self.class_by_noun.get(word) or self.class_by_noun.get(lemma)
                    if head_cls is None or head_cls["name"] == "Civilians":
                        return cls
        # compound class nouns first ("security forces", "armed group")
        for left in toks:
            if left.i < head.i:
                two = normalise_name(f"{left.text} {head.text}")
                if two in self.class_by_noun:
                    return self.class_by_noun[two]
        # "Rioters" at the start of a sentence is tagged a proper noun and keeps its plural
        return self.class_by_noun.get(word) or self.class_by_noun.get(lemma) or self.class_by_noun.get(word.rstrip("s"))

    def _nationality(self, toks, exclude: str | None = None) -> Country | None:
        for tok in toks:
            if tok.dep_ in ("det",):
                continue
            country = self.country(tok.text)
            if country is None and tok.i + 1 < len(tok.doc) and tok.nbor(1).text in (".",):
                country = self.country(tok.text + ".")
            if country is not None:
                # "Iran-backed militants": Iran is the backer, not the nationality
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                if nxt is not None and nxt.text in ("-",) and tok.i + 2 < len(tok.doc) \
                        and tok.nbor(2).lemma_ in ("back", "backed", "sponsor", "align", "ally", "support", "fund", "arm"):
                    continue
                if exclude and country.code == exclude:
                    continue
                return country
        return None


def _span_text(toks) -> str:
    """Return the text from the first to the last token (hyphens and apostrophes kept)."""
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    return toks[0].doc[first:last + 1].text.strip()



@lru_cache(maxsize=1)
def actor_base() -> ActorBase:
    """Return the process-wide actor base (built once)."""
    return ActorBase()
