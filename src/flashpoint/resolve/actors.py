"""Actor base: turns a noun phrase into a canonical actor (named group, state forces or a class).

Everything it knows is in `data/actors/`: groups.yaml (named forces and groups with aliases),
countries.csv (names, demonyms and aliases of states) and classes.yaml (unnamed actors by head noun).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from flashpoint import knowledge
from flashpoint.model import Actor, copied
from flashpoint.resources import load_csv, load_yaml
from flashpoint.syntax import head_of, token_table
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
ACTOR_TYPES = ("state forces", "rebel group", "political militia", "identity militia", "rioters", "protesters",
               "civilians", "external/other")
_PLATFORMS = {"jet", "warplane", "aircraft", "helicopter", "gunship", "drone", "artillery", "tank", "missile",
              "rocket", "plane", "uav", "bomber", "fighter jet"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
# An abbreviation: capitals and digits only ("KH", "M23", "AFC/M23", "SPLM-IO"); it matches only as written
_ABBREVIATION = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9][A-Z0-9.\-/&]{1,9}$")
# A short name written in mixed case ("LeT", "JeM", "FAMa", "JuA") also matches only as written: lower-cased it is
# an English word ("let", "jem"), and "Let" at a sentence's start is no Lashkar-e-Taiba
_CASED_SHORT = re.compile(r"^(?=(?:.*[A-Z]){2})(?=.*[a-z])[A-Za-z0-9]{2,6}$")
FUZZY_THRESHOLD = 92  # fuzz.ratio on normalised names; measured on bench/data/actors.jsonl (bench/resolve.py)
FUZZY_MIN_LENGTH = 8  # shorter names are left to exact matching: "Hamas" and "Amal" are one edit apart
_STATE_ARTICLE = ("United", "Democratic", "Republic", "Central", "Philippines", "Netherlands", "Bahamas",
                  "Comoros", "Maldives", "Marshall", "Solomon", "Gambia", "Dominican")


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
    source: str = "bundled"  # bundled | generated (a state's forces from pycountry) | the user's file


@dataclass(frozen=True)
class Candidate:
    """One reading of a phrase, for `explain`: the actor, how it was found and a score (0-100)."""

    actor: Actor
    how: str
    score: float
    accepted: bool = True  # False: a near name shown for the explanation, under the fuzzy threshold


class ActorBase:
    """Canonical actors from the data files, looked up by any alias, demonym or class noun."""

    def __init__(self, user_files: list[str] | None = None, on_error=None):
        self.groups: dict[str, GroupEntry] = {}  # normalised alias -> entry (the first entry given for it)
        self.homonyms: dict[str, list[GroupEntry]] = {}  # alias -> every entry when several share it
        self.abbreviations: dict[str, list[GroupEntry]] = {}  # "KH" as written -> entries
        self.countries: dict[str, Country] = {}
        self.country_by_code: dict[str, Country] = {}
        self.demonyms: dict[str, Country] = {}
        self.peoples: set[str] = set()  # plural demonyms ("somalis"): the people, civilians unless armed words say so
        self.acronyms: dict[str, Country] = {}
        self.metonyms: dict[str, Country] = {}  # capitals: "Kyiv said", "Moscow launched" name the state
        self.class_by_noun: dict[str, dict] = {}
        self.forces_of: dict[str, str] = {}  # a territory with no army -> the state whose soldiers serve there
        self.class_names: set[str] = set()  # "Militants", "Military Forces of {country}": unnamed actors' labels
        self.site_holders: dict[tuple, GroupEntry] = {}  # ("au", "SOM") -> the AU mission: "an AU base" is its
        self.doer_by_event_type: dict[str, dict] = {}  # "Riots" -> the Rioters class (classes.yaml doer_of)
        self.generated_aliases: set[str] = set()  # "Congolese soldiers": built from a country's names
        self.threshold = FUZZY_THRESHOLD
        self._load()
        files = knowledge.user_files("actors") if user_files is None else user_files
        for file in files:
            self.add_entries(knowledge.read_user_entries(file, on_error or knowledge.report), file,
                             on_error or knowledge.report)
        self._refresh_fuzzy()

    def _refresh_fuzzy(self) -> None:
        self._memo: dict[tuple, GroupEntry | None] = {}
        self._backers: dict[str, str | None] = {}  # phrase -> `backer`'s answer (the readers ask for a phrase often)
        self._unlisted_memo: dict[str, tuple | None] = {}
        self._fuzzy_keys = [k for k, e in self.groups.items()
                            if len(k) >= FUZZY_MIN_LENGTH and k not in self.generated_aliases]

    # --- building --------------------------------------------------------------
    def _load(self) -> None:
        rows = {row["code"]: row for row in load_csv("actors/countries.csv")}
        for code, name in _pycountry_names().items():
            rows.setdefault(code, {"code": code, "name": name, "demonyms": "", "plurals": "", "aliases": "",
                                   "capital": "", "institutions": ""})
        for row in rows.values():
            country = Country(row["code"], row["name"])
            self.country_by_code[country.code] = country
            for name in [row["name"]] + _split(row.get("aliases")):
                if _ACRONYM.match(name):
                    self.acronyms[name.replace(".", "")] = country  # "CAR" is not "car"
                    continue
                self.countries.setdefault(normalise_name(name), country)
            # plurals name the people ("Somalis", "Ukrainians"): a nationality, never an alias pattern's demonym
            self.peoples.update(normalise_name(p) for p in _split(row.get("plurals")))
            for dem in _split(row.get("demonyms")) + _split(row.get("plurals")):
                if _ACRONYM.match(dem):
                    self.acronyms[dem.replace(".", "")] = country
                else:
                    self.demonyms.setdefault(normalise_name(dem), country)
            for capital in _split(row.get("capital")):
                self.metonyms[normalise_name(capital)] = country
        for entry in knowledge.bundled_entries("actors/groups.yaml"):
            self._add_entry(entry, "bundled")
        self._generate_state_actors(rows)
        for row in load_csv("actors/leaders.csv"):
            country = self.country_by_code.get(row["country_code"])
            if country is not None:
                # "the Biden administration", "Putin's forces": a leader names the state
                self.demonyms[normalise_name(row["name"])] = country
        for row in load_yaml("actors/territories.yaml"):
            self.forces_of[row["code"]] = row["forces_of"]
        for cls in load_yaml("actors/classes.yaml"):
            self.class_names.add(cls["name"])
            for event_type in cls.get("doer_of", []):
                self.doer_by_event_type[event_type] = cls
            for noun in cls["nouns"]:
                self.class_by_noun.setdefault(normalise_name(noun), cls)

    def _generate_state_actors(self, rows: dict) -> None:
        """Add every state's military, police and government with aliases built from its names.

        Entries of groups.yaml with the same canonical name keep theirs and gain these.
        """
        patterns = load_yaml("actors/state_forces.yaml")
        by_name = {e.name: e for e in self.groups.values()}
        for row in rows.values():
            country = self.country_by_code[row["code"]]
            names = [country.name] + [a for a in _split(row.get("aliases")) if not _ACRONYM.match(a)]
            demonyms = [d for d in _split(row.get("demonyms")) if not _ACRONYM.match(d)]
            for force in patterns:
                canonical = _state_name(force["label"], country.name)
                entry = by_name.get(canonical) or GroupEntry(canonical, f"{country.code.lower()}-{force['slug']}",
                                                             "state forces", country.code, None, "generated")
                aliases = [canonical]
                for pattern in force.get("by_name", []):
                    aliases += [pattern.format(name=n) for n in names]
                for pattern in force.get("by_demonym", []):
                    aliases += [pattern.format(demonym=d) for d in demonyms]
                if force["slug"] == "government":
                    aliases += _split(row.get("institutions"))
                for alias in aliases:
                    if normalise_name(alias) not in self.groups:
                        self.generated_aliases.add(normalise_name(alias))
                    self._add_alias(alias, entry, override=False)

    def _add_alias(self, alias: str, entry: GroupEntry, override: bool) -> None:
        alias = str(alias).strip()
        if (_ABBREVIATION.match(alias) or _CASED_SHORT.match(alias)) and not alias.isdigit():
            bucket = self.abbreviations.setdefault(alias.replace(".", ""), [])
            if entry not in bucket:
                bucket.insert(0, entry) if override else bucket.append(entry)
            return
        key = normalise_name(alias)
        if not key:
            return
        if key not in self.groups or override:
            self.groups[key] = entry
        entries = self.homonyms.setdefault(key, [])
        if entry not in entries:
            entries.insert(0, entry) if override else entries.append(entry)

    def _add_entry(self, entry: knowledge.Entry, source: str, on_error=None) -> None:
        fields = entry.fields
        if not knowledge.valid(entry, _check_actor(fields), on_error):
            return
        ident = fields.get("id") or normalise_name(fields["name"]).replace(" ", "-")
        group = GroupEntry(fields["name"], ident, fields.get("type"), fields.get("country_code"), fields.get("backer"),
                           source)
        user = source != "bundled"
        for word in fields.get("site_words") or []:
            self.site_holders[(normalise_name(str(word)), group.country_code)] = group
        for alias in [fields["name"], *(fields.get("aliases") or [])]:
            self._add_alias(alias, group, override=user)

    def add_entries(self, entries: Iterable[knowledge.Entry], source: str, on_error=None) -> None:
        """Add actors read from a file in groups.yaml's format; a bad entry goes to on_error, the rest loads."""
        for entry in entries:
            self._add_entry(entry, source, on_error or knowledge.report)
        self._refresh_fuzzy()
        self._backers.clear()

    def clear_memo(self) -> None:
        """Forget every look-up remembered so far (benchmarks time cold look-ups)."""
        self._memo.clear()
        self._unlisted_memo.clear()
        self._backers.clear()

    # --- look-ups on strings -------------------------------------------------
    def site_holder(self, text: str, country: str | None) -> GroupEntry | None:
        """Return the mission whose site words ('AU', 'United Nations') name a base's holder in `country`."""
        return self.site_holders.get((normalise_name(text), country)) if country else None

    def group(self, text: str, country: str | None = None) -> GroupEntry | None:
        """Return the named group or force a phrase names exactly (after normalisation), or None.

        Abbreviations match only as written in capitals; where several groups share a name the one of
        `country` (the report's) is preferred.
        """
        memo_key = (text, country)
        if memo_key in self._memo:
            return self._memo[memo_key]
        found = self._group(text, country)
        if len(self._memo) < 100_000:
            self._memo[memo_key] = found
        return found

    def _group(self, text: str, country: str | None) -> GroupEntry | None:
        bare = text.strip()
        bare = bare[4:] if bare.lower().startswith("the ") else bare
        abbreviated = self.abbreviations.get(bare.replace(".", ""))
        if abbreviated:
            return _prefer(abbreviated, country)
        key = normalise_name(text)
        if key in self.groups:
            entries = self.homonyms.get(key)
            return _prefer(entries, country) if entries and len(entries) > 1 else self.groups[key]
        if len(key) >= FUZZY_MIN_LENGTH and self._fuzzy_keys and bare[:1].isupper():  # names are capitalised
            hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.threshold)
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
        if text in self._backers:
            return self._backers[text]
        found = None
        for pattern in _BACKER_PATTERNS:
            m = pattern.search(text)
            if m:
                country = self.country(m.group(1))
                if country:
                    found = country.code
                    break
        if len(self._backers) < 100_000:
            self._backers[text] = found
        return found

    def unnamed_doer(self, event_type: str, country_code: str | None) -> Actor:
        """Return the actor1 of an event of this type whose report names nobody: the class classes.yaml gives
        it (rioters, protesters), else an unidentified armed group, of the place's country."""
        cls = self.doer_by_event_type.get(event_type)
        if cls is None:
            return Actor("Unidentified Armed Group", None, "political militia", country_code, None, None)
        return Actor(cls["name"], normalise_name(cls["name"]).replace(" ", "-"), cls["type"], country_code, None, None)

    def state_forces(self, country: Country, text: str | None, label: str = "Military Forces of") -> Actor:
        """Return a state's canonical actor (ACLED style): its military, police or government."""
        entry = self.groups.get(normalise_name(_state_name(label, country.name)))
        if entry is not None and entry.country_code == country.code:
            return Actor(entry.name, entry.id, entry.type, country.code, None, text)
        slug = label.split()[0].lower()
        return Actor(_state_name(label, country.name), f"{country.code.lower()}-{slug}",
                     "state forces", country.code, None, text)

    def lookup(self, text: str, context_country: str | None = None) -> Actor | None:
        """Return the actor a phrase names, read from the string alone (no parse): the best of `explain`."""
        found = [c for c in self.explain(text, context_country) if c.accepted]
        return found[0].actor if found else None

    def explain(self, text: str, context_country: str | None = None) -> list[Candidate]:
        """Return the readings of a phrase, best first: named group or force, country, capital, class.

        Works on the string alone, for `flashpoint actors lookup` and bench/resolve.py; extraction reads
        the parse with `resolve_phrase`.
        """
        out: list[Candidate] = []
        backer = self.backer(text)
        words = text.strip().split()
        seen = set()
        first_named = None  # (entry, the words it was read from) of the longest listed name
        for length in range(min(len(words), 8), 0, -1):  # a named group anywhere in the phrase, longest first
            for start in range(0, len(words) - length + 1):
                piece = " ".join(words[start:start + length]).strip(",;:")
                entry = self.group(piece, context_country)
                if entry is None or entry.id in seen:
                    continue
                seen.add(entry.id)
                first_named = first_named or (entry, piece)
                how, score = self._how(piece, entry)
                if length < len(words):
                    how += f" in '{piece}'"
                out.append(Candidate(Actor(entry.name, entry.id, entry.type, entry.country_code,
                                           backer or entry.backer, text), how, score))
        unlisted = self._unlisted_in_string(text)
        if unlisted is not None:
            name, kind, _ = unlisted
            how = "a proper name with a group word that the base does not hold (kept under its own name)"
            found = Candidate(Actor(name, "unlisted-" + normalise_name(name).replace(" ", "-"), kind, context_country,
                                    backer, text), how, 70.0)
            # as extraction reads it: the unlisted name wins over a listed group read inside it only when it
            # says more ("the Mai-Mai Kifuafua Resistance Front" is not "The Resistance Front")
            beats = first_named is None or self._unlisted_beats(unlisted, first_named, context_country)
            out.insert(0, found) if beats else out.append(found)
        whole = normalise_name(text)
        country = self.country(text)
        if country is not None and whole in self.peoples:
            out.append(Candidate(Actor("Civilians", "civilians", "civilians", country.code, backer, text),
                                 "the people of a country (a plural demonym)", 90.0))
        elif country is not None:
            out.append(Candidate(self.state_forces(country, text), "a country named as the actor", 100.0))
        metonym = self.metonyms.get(whole)
        if metonym is not None:
            out.append(Candidate(self.state_forces(metonym, text), "capital as metonym (only as a subject)", 80.0))
        cls = self._class_of_words(words)
        if cls is not None:
            nationality = next((c for w in words if (c := self.country(w.strip(",")))
                                and c.code != backer), None)
            if cls.get("state"):
                code = nationality.code if nationality else self._forces_there(context_country, cls)
                if code in self.country_by_code:
                    actor = self.state_forces(self.country_by_code[code], text, cls["name"].replace(" {country}", ""))
                    actor = Actor(actor.name, actor.id, actor.type, actor.country_code, backer, text)
                else:
                    actor = Actor(cls["name"].replace(" of {country}", ""), None, cls["type"], None, backer, text)
            else:
                code = nationality.code if nationality else context_country
                actor = Actor(cls["name"], normalise_name(cls["name"]).replace(" ", "-"), cls["type"], code, backer,
                              text)
            out.append(Candidate(actor, f"unnamed actor class '{cls['name']}'", 60.0))
        if not out and len(whole) >= FUZZY_MIN_LENGTH:  # nothing read: show the nearest names and their scores
            for key, score, _ in process.extract(whole, self._fuzzy_keys, scorer=fuzz.ratio, limit=3):
                entry = self.groups[key]
                out.append(Candidate(Actor(entry.name, entry.id, entry.type, entry.country_code, entry.backer, text),
                                     f"nearest name '{key}' (threshold {self.threshold})", round(score, 1),
                                     score >= self.threshold))
        return out

    def _how(self, piece: str, entry: GroupEntry) -> tuple[str, float]:
        bare = piece.strip().removeprefix("the ").replace(".", "")
        if bare in self.abbreviations:
            return f"abbreviation '{bare}'", 100.0
        key = normalise_name(piece)
        if key in self.groups:
            return ("alias" if key != normalise_name(entry.name) else "canonical name") + \
                (" (generated from the country's names)" if entry.source == "generated" else ""), 100.0
        hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio)
        return f"fuzzy match of '{hit[0]}'", round(hit[1], 1)

    def _class_of_words(self, words: list[str]) -> dict | None:
        """Return the class of the last class noun in the words ('militias backed by Iran' -> Militants)."""
        for end in range(len(words), 0, -1):
            if end >= 2:
                two = normalise_name(" ".join(words[end - 2:end]))
                if two in self.class_by_noun:
                    return self.class_by_noun[two]
            head = normalise_name(words[end - 1])
            for form in (head, head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head):
                if form in self.class_by_noun:
                    return self.class_by_noun[form]
        return None

    # --- look-ups on noun phrases ---------------------------------------------
    def resolve_phrase(self, tokens, context_country: str | None = None) -> Actor | None:
        """Return the actor a noun phrase (a spaCy Span or list of Tokens) names, or None.

        Tries, in order: a named group anywhere in the phrase (longest first), a country named as a
        whole phrase ("the United States struck" -> its forces), a class noun at the head with the
        nationality of its modifiers ("U.S. warplanes", "Iran-backed militants", "soldiers").
        The readers ask for the same phrase several times (its trigger's roles, the tolls and claims beside it):
        each phrase is read once per report (kept in its token table's memo), each call given a copy of its own.
        """
        toks = list(tokens)
        if not toks:
            return None
        memo = token_table(toks[0].doc).memo
        key = ("actor of phrase", id(self), tuple(t.i for t in toks), context_country)
        if key not in memo:
            memo[key] = self._read_phrase(toks, context_country)
        found = memo[key]
        return copied(found) if found is not None else None

    def _read_phrase(self, toks: list, context_country: str | None) -> Actor | None:
        """Return the actor a noun phrase names, read anew (see `resolve_phrase`)."""
        if any(t.dep_ == "det" and t.lower_ in ("no", "neither") for t in toks):
            return None  # "no group had claimed the attack"
        text = _span_text(toks)
        members = self._members_named(toks)
        if members is not None:  # "a group of reporters" are reporters
            found = self.resolve_phrase(members, context_country)
            if found is not None:
                return replace(found, text=text)
        backer = self.backer(text)
        named = self._named_in(toks, context_country)
        unlisted = self._unlisted_in(toks)
        if unlisted is not None and (named is None or self._unlisted_beats(unlisted, named, context_country)):
            name, kind, _ = unlisted
            return Actor(name, "unlisted-" + normalise_name(name).replace(" ", "-"), kind, context_country, backer,
                         text)
        if named is not None:
            entry, surface = named
            return Actor(entry.name, entry.id, entry.type, entry.country_code, backer or entry.backer, text)
        head = head_of(toks)
        country = self.country(text) if head.ent_type_ in ("GPE", "NORP", "") or head.pos_ == "PROPN" else None
        if country is not None and normalise_name(text) in self.peoples:
            country = None  # "Somalis" are people: civilians of Somalia, not its army (read as a class below)
        if country is not None:
            return self.state_forces(country, text)
        metonym = self.metonyms.get(normalise_name(text)) if head.dep_ == "nsubj" else None
        if metonym is not None:
            return self.state_forces(metonym, text)  # "Moscow launched ...": the capital as the state's agent
        cls = self._class_of(toks, head)
        if cls is None:
            return None
        nationality = self._nationality(toks, exclude=backer)
        if cls.get("state") and nationality is None and _head_forms(head) & _PLATFORMS:
            return None  # "a missile", "the drones": a weapon says nothing about whose it was
        if cls.get("state") and nationality is None and cls.get("needs_country"):
            return None  # "the administration" of whom? not the report's country by default
        if cls.get("state"):
            code = nationality.code if nationality else self._forces_there(context_country, cls)
            country = self.country_by_code.get(code) if code else None
            if country is None:
                return Actor(cls["name"].replace(" of {country}", ""), None, cls["type"], None, backer, text)
            return self.state_forces(country, text, label=cls["name"].replace(" {country}", ""))
        name = cls["name"]
        code = nationality.code if nationality and name not in ("Civilians",) else None
        if name == "Civilians" and nationality:
            code = nationality.code
        return Actor(name, normalise_name(name).replace(" ", "-"), cls["type"], code or context_country, backer, text)

    def _forces_there(self, country: str | None, cls: dict) -> str | None:
        """Return whose unnamed soldiers act in a country: its own, or the state that holds a territory with
        no army of its own (data/actors/territories.yaml: soldiers in the West Bank are Israel's)."""
        if country in self.forces_of and cls["name"].startswith("Military Forces"):
            return self.forces_of[country]
        return country

    def unlisted(self, toks, context_country: str | None = None, as_named: bool = False) -> Actor | None:
        """Return the group a proper name the base does not hold names ('the Katiba Yusuf brigade'), or None.

        as_named: the text itself says it is a name ('a group calling itself the Revolutionary Brigades of the
        South'), so generic words are enough.
        """
        found = self._unlisted_in(list(toks), as_named)
        if found is None:
            return None
        name, kind, _ = found
        return Actor(name, "unlisted-" + normalise_name(name).replace(" ", "-"), kind, context_country,
                     self.backer(_span_text(list(toks))), _span_text(list(toks)))

    def _unlisted_in_string(self, text: str) -> tuple[str, str, list[str]] | None:
        """Return the unlisted name a bare string holds, read as `_unlisted_in` reads a parsed phrase: the
        string is split by spaCy's tokenizer alone (no model) and its capitalised words taken as proper nouns."""
        if text in self._unlisted_memo:
            return self._unlisted_memo[text]
        found = None
        types = _name_words()["types"]
        # no group word, no unlisted name (most look-ups): the tokenizer is the slow part
        if any(normalise_name(w) in types for w in re.split(r"[\s\-]+", text)):
            doc = _name_tokenizer()(text.strip())
            for tok in doc:
                if tok.text[:1].isupper():
                    tok.pos_ = "PROPN"
            found = self._unlisted_in(list(doc)) if len(doc) else None
        if len(self._unlisted_memo) < 100_000:
            self._unlisted_memo[text] = found
        return found

    def _unlisted_in(self, toks, as_named: bool = False) -> tuple[str, str, list[str]] | None:
        """Return (name, type, distinctive words) of a group the phrase names by a proper name the base does not
        hold ('the Popular Front for the Liberation of Kordofan'), or None (data/actors/modifiers.yaml)."""
        words = _name_words()
        best = None
        for tok in toks:
            if normalise_name(tok.text) in words["types"]:
                run = self._name_run(tok, words, as_named)
                if run is not None and (best is None or len(run[0]) > len(best[0])):
                    best = run
        if best is None:
            return None
        run, kind, distinctive = best
        return _span_text(run), kind, distinctive

    def _name_run(self, tok, words, as_named: bool = False) -> tuple[list, str, list[str]] | None:
        """Return (tokens, type, distinctive words) of the capitalised name around a group word, or None."""
        doc, sent = tok.doc, tok.sent

        def capital(t) -> bool:
            return t.text[:1].isupper() and any(ch.isalpha() for ch in t.text) and t.lower_ not in ("the", "a", "an") \
                and normalise_name(t.text) not in words["titles"] and t.ent_type_ not in _NOT_NAME_LABELS \
                and (not t.is_sent_start or t.pos_ == "PROPN")

        def link(t) -> bool:
            return t.lower_ in words["links"]

        if capital(tok):
            start = end = tok.i
        elif tok.i > sent.start and capital(doc[tok.i - 1]):
            start = end = tok.i  # "the Katiba Yusuf brigade": a lower-case group word closing a name
        else:
            return None
        i = start - 1
        while i >= sent.start and (capital(doc[i]) or (link(doc[i]) and i > sent.start and capital(doc[i - 1]))):
            i -= 1
        start = i + 1
        while start < tok.i and (normalise_name(doc[start].text) in words["hedges"] or link(doc[start])):
            start += 1  # "Suspected Katiba Yusuf militants", "the self-styled Popular Front"
        if capital(tok):
            i = end + 1
            while i < sent.end and (capital(doc[i]) or link(doc[i])) and doc[i - 1].dep_ != "case":
                i += 1
            end = i - 1
            while end > tok.i and link(doc[end]):
                end -= 1
            if end + 1 < sent.end and not doc[end + 1].text[:1].isupper() \
                    and normalise_name(doc[end + 1].text) in words["types"]:
                end += 1  # "the Katiba Yusuf brigade"
        run = [doc[k] for k in range(start, end + 1)]
        if len(run) < 2:
            return None
        distinctive = [t.text for t in run if capital(t) and normalise_name(t.text) not in words["types"]
                       and normalise_name(t.text) not in words["generic"] and self.country(t.text) is None]
        if not distinctive and not as_named:
            return None  # "the National Army", "the Special Forces": some state's, not a name
        kinds = [words["types"][normalise_name(t.text)] for t in run if normalise_name(t.text) in words["types"]]
        return run, kinds[-1], distinctive

    def _unlisted_beats(self, unlisted, named, country: str | None = None) -> bool:
        """Return whether an unlisted name wins over a listed group read inside it: only when it says more
        ("the Mai-Mai Kifuafua Resistance Front" is not "The Resistance Front"; "RSF forces" are the RSF)."""
        entry, surface = named
        if entry.type == "state forces" or normalise_name(surface) not in normalise_name(unlisted[0]):
            return False  # "the Ajang-Ajang faction of the Abu Sayyaf group": a listed group outside the name
        inside = set(normalise_name(surface).split())
        if entry.country_code and country and entry.country_code != country \
                and normalise_name(unlisted[0]) != normalise_name(surface).removeprefix("the "):
            return True  # "the Ansar al-Din Brigades" in Peshawar: a longer name, not Mali's Ansar al-Din
        return any(normalise_name(w) not in inside for w in unlisted[2])

    def names_protesters(self, text: str | None) -> bool:
        """Return whether a phrase names people by their protest ('demonstrators'), not by who they are."""
        return bool(text) and any(w in _affiliation_words()["protest_nouns"] for w in normalise_name(text).split())

    def _members_named(self, toks) -> list | None:
        """Return the tokens of whom a collective head counts ('a group of reporters' -> 'reporters'), or None."""
        head = head_of(toks)
        if normalise_name(head.lemma_) not in _affiliation_words()["collectives"] \
                and normalise_name(head.text) not in _affiliation_words()["collectives"]:
            return None
        ids = {t.i for t in toks}
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i in ids:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in ids:
                        doc = pobj.doc
                        return [t for t in doc[pobj.left_edge.i:pobj.i + 1] if t.i in ids]
        return None

    def _named_in(self, toks, country: str | None = None) -> tuple[GroupEntry, str] | None:
        n = len(toks)
        head = head_of(toks).i
        affiliations = _affiliation_words()
        table = token_table(toks[0].doc)  # (the words read from the token table: no Token built per piece)
        ids, size = [t.i for t in toks], len(table.text)
        for length in range(min(n, 8), 0, -1):
            for start in range(0, n - length + 1):
                piece = ids[start:start + length]
                if piece[-1] - piece[0] + 1 != len(piece):
                    continue  # the phrase has a gap (a clause left out): never read across it
                if length == 1 and table.pos[piece[0]] not in ("PROPN", "NOUN", "X") and not toks[start].is_title \
                        and not toks[start].is_upper:
                    continue  # an ordinary word; a capitalised one ("AQAP fighters", tagged ADJ) may be a name
                after = piece[-1] + 1
                hyphen = after < size and table.text[after] == "-"
                nxt = table.lower[after + hyphen] if after + hyphen < size else ""
                if nxt in affiliations["affiliation"] or (hyphen and nxt in affiliations["hyphen_only"]):
                    continue  # "the al-Qaeda(-)linked JNIM": the group it is linked to is not the actor
                surface = table.span_text(min(piece), max(piece) + 1).strip()  # as `_span_text`
                entry = self.group(surface, country)
                if entry is not None:
                    if normalise_name(surface) in self.generated_aliases and head not in piece:
                        continue  # "pockets of Congolese soldiers": a state's forces only at the head
                    return entry, surface
        return None

    def _class_of(self, toks, head) -> dict | None:
        lemma = normalise_name(head.lemma_)
        word = normalise_name(head.text)
        # "a gendarmerie training school", "an army base": the armed modifier names who was hit
        for left in toks:
            if left.i < head.i and left.dep_ in ("compound", "amod", "nmod"):  # "a police tactical squad"
                if normalise_name(left.lemma_) in _PLATFORMS:
                    continue  # "a drone attack" is no actor
                cls = self.class_by_noun.get(normalise_name(left.text)) or self.class_by_noun.get(normalise_name(left.lemma_))
                if cls is not None and cls.get("state"):
                    head_cls = self.class_by_noun.get(word) or self.class_by_noun.get(lemma)
                    if cls.get("needs_country") and (lemma in _military_sites() or word in _military_sites()):
                        return self.class_by_noun.get("soldier")  # "a Syrian government air base" is its army's
                    if head_cls is None or head_cls["name"] == "Civilians" \
                            or head_cls["name"] in cls.get("narrows", ()):  # "police special forces"
                        return cls
        # compound class nouns first ("security forces", "armed group")
        for left in toks:
            if left.i < head.i:
                two = normalise_name(f"{left.text} {head.text}")
                if two in self.class_by_noun:
                    return self.class_by_noun[two]
        # "Rioters" at the start of a sentence is tagged a proper noun and keeps its plural
        found = self.class_by_noun.get(word) or self.class_by_noun.get(lemma) or self.class_by_noun.get(word.rstrip("s"))
        agent = head.dep_ == "pobj" and head.head.dep_ == "agent"  # "attacked by Palestinians"
        if found is None and word in self.peoples and head.dep_ not in ("nsubj", "csubj") and not agent:
            # "three Somalis were killed": the people of a country, hit; "Ukrainians shot down ..." or "Kenyans
            # marched ..." are their forces or a crowd, which the verb's other words tell: no class here
            return self.class_by_noun.get("civilian")
        return found

    def _nationality(self, toks, exclude: str | None = None) -> Country | None:
        for tok in toks:
            if tok.dep_ in ("det",):
                continue
            country = self.country(tok.text)
            if country is None and tok.i + 1 < len(tok.doc) and tok.nbor(1).text in (".",):
                country = self.country(tok.text + ".")
            if country is None and tok.dep_ == "poss":
                country = self.metonyms.get(normalise_name(tok.text))  # "Moscow's forces": the capital's state
            if country is not None and tok.i > 0 and tok.nbor(-1).lower_ in _affiliation_words()["ethnicity_words"]:
                continue  # "ethnic Albanian gunmen": a people, not a state
            if country is not None:
                # "Iran-backed militants": Iran is the backer, not the nationality
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                if nxt is not None and nxt.text in ("-",) and tok.i + 2 < len(tok.doc) \
                        and (tok.nbor(2).lemma_ in ("back", "backed", "sponsor", "align", "ally", "support", "fund", "arm")
                             or tok.nbor(2).lower_ in _affiliation_words()["supplier_words"]):
                    continue  # "US-supplied HIMARS launchers" were fired by whoever holds them
                if exclude and country.code == exclude:
                    continue
                return country
        return None


_NOT_NAME_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


@lru_cache(maxsize=1)
def _military_sites() -> frozenset:
    """Return the one-word military sites of data/targets.yaml ('base', 'barracks', 'airbase')."""
    return frozenset(normalise_name(w) for w in load_yaml("targets.yaml")["military_facilities"] if " " not in str(w))


@lru_cache(maxsize=1)
def _name_tokenizer():
    """Return a blank English pipeline with a sentencizer: tokens for a string read without the model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def _name_words() -> dict:
    """Return the words of unlisted groups' names (data/actors/modifiers.yaml): types, generic, titles, links."""
    data = load_yaml("actors/modifiers.yaml")
    return {"types": {normalise_name(w): kind for kind, ws in data["unlisted_group_words"].items() for w in ws},
            "generic": frozenset(normalise_name(w) for w in data["generic_name_words"]),
            "titles": frozenset(normalise_name(w) for w in data["title_words"]),
            "links": frozenset(w.lower() for w in data["name_links"]),
            "hedges": frozenset(normalise_name(w) for w in data["name_hedges"])}


def title_words() -> frozenset[str]:
    """Return the titles before a name that make it a person's ("President X", "General Y"; modifiers.yaml)."""
    return _name_words()["titles"]


@lru_cache(maxsize=1)
def _affiliation_words() -> dict[str, frozenset]:
    """Return the words after 'X(-)' that make X an affiliation, not the actor ('al-Qaeda-linked')."""
    data = load_yaml("actors/modifiers.yaml")
    return {key: frozenset(data[key]) for key in ("affiliation", "hyphen_only", "collectives", "protest_nouns",
                                                   "supplier_words", "ethnicity_words")}


def _head_forms(tok) -> set[str]:
    """Return a head word's lower-case forms: lemma, word and singular ("Drones" opening a sentence is tagged a
    proper noun and keeps its plural as its lemma: it is still the common noun "drone")."""
    word, lemma = normalise_name(tok.text), normalise_name(tok.lemma_)
    forms = {word, lemma}
    for form in (word, lemma):
        if form.endswith("es"):
            forms.add(form[:-2])
        if form.endswith("s"):
            forms.add(form[:-1])
    return forms


def head_forms(tok) -> set[str]:
    """Return a head word's lower-case forms (lemma, word, singular) to look up in word lists."""
    return _head_forms(tok)


def _split(value) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _state_name(label: str, country: str) -> str:
    """Return ACLED's name for a state's force: 'Military Forces of the United States'."""
    article = "the " if country.startswith(_STATE_ARTICLE) else ""
    return f"{label} {article}{country}"


def _prefer(entries: list[GroupEntry], country: str | None) -> GroupEntry:
    """Return the entry of the report's country among homonyms, else the first given."""
    if country:
        for entry in entries:
            if entry.country_code == country:
                return entry
    return entries[0]


@lru_cache(maxsize=1)
def _pycountry_names() -> dict[str, str]:
    """Return alpha-3 -> a readable name for every ISO 3166-1 country ('Korea, Republic of' -> 'Republic of Korea')."""
    import pycountry

    out = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if ", " in name:
            first, rest = name.split(", ", 1)
            name = f"{rest} {first}"
        out[c.alpha_3] = name
    # codes ISO has not assigned that countries.csv lists (XKX, Kosovo, as the places data code it)
    for row in load_csv("actors/countries.csv"):
        out.setdefault(row["code"], row["name"])
    return out


def _check_actor(fields: dict) -> str | None:
    """Return what is wrong with an actor entry, or None."""
    if not isinstance(fields.get("name"), str) or not fields["name"].strip():
        return "an actor needs a 'name'"
    kind = fields.get("type")
    if kind is not None and kind not in ACTOR_TYPES:
        return f"type {kind!r} is not one of {', '.join(ACTOR_TYPES)}"
    for field in ("country_code", "backer"):
        code = fields.get(field)
        if code is not None and (not isinstance(code, str) or code not in _pycountry_names()):
            return f"{field} {code!r} is not an ISO 3166-1 alpha-3 code (e.g. IRN)"
    for key in ("aliases", "site_words"):
        words = fields.get(key)
        if words is not None and (not isinstance(words, list) or not all(isinstance(a, (str, int)) for a in words)):
            return f"{key} is a list of names: [name, name]"
    aliases = fields.get("aliases")
    if aliases is not None and (not isinstance(aliases, list) or not all(isinstance(a, (str, int)) for a in aliases)):
        return "aliases is a list of names: [name, name]"
    ident = fields.get("id")
    if ident is not None and (not isinstance(ident, str) or not ident.strip()):
        return f"id {ident!r} is not a name (letters, digits and '-')"
    return None


def _span_text(toks) -> str:
    """Return the text from the first to the last token (hyphens and apostrophes kept)."""
    first, last = min(t.i for t in toks), max(t.i for t in toks)
    return token_table(toks[0].doc).span_text(first, last + 1).strip()



@lru_cache(maxsize=1)
def actor_base() -> ActorBase:
    """Return the process-wide actor base (built once)."""
    return ActorBase()
