"""Accuracy and speed of the place and actor resolvers on our own labelled mentions.

Prints, for places (bench/data/places.psv) and actors (bench/data/actors.psv):
- accuracy of the string look-up (`Gazetteer.lookup`, `ActorBase.lookup`) with the mention's country hints;
- accuracy in context: the sentence is parsed and read as extraction reads it (`ArgumentReader.place_names`,
  `ActorBase.resolve_phrase`), which is where a person named like a town must be turned down;
- look-ups per second, cold (memo emptied before each pass) and warm, and load time and memory.
With --sweep, the accuracy of the string look-up at each fuzzy threshold (how FUZZY_THRESHOLD was chosen).
Runs from any folder:

    python bench/resolve.py                 # figures
    python bench/resolve.py --errors        # and every wrong mention
    python bench/resolve.py --sweep         # and accuracy by threshold
"""
from __future__ import annotations

import argparse
import math
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

DATA = REPO / "bench" / "data"
NEAR_KM = 25.0  # as flashpoint eval: a place within 25 km is the same place
NEAR_WORDS = ("near ", "outside ", "outskirts of ")


@dataclass
class PlaceItem:
    text: str
    countries: tuple[str, ...]
    near: bool
    country: str | None  # None: not a place
    lat: float | None
    lon: float | None
    precision: int | None
    source: str
    context: str


@dataclass
class ActorItem:
    text: str
    country: str | None
    names: tuple[str, ...]  # () : no actor
    backer: str | None  # '*' not checked
    source: str
    context: str


def _rows(path: Path, fields: int):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", fields - 1)]
        if len(parts) != fields:
            sys.exit(f"{path}:{number}: expected {fields} '|'-separated fields, found {len(parts)}")
        yield [None if p == "-" else p for p in parts]


def load_places() -> list[PlaceItem]:
    """Return the labelled place mentions."""
    out = []
    for text, countries, near, cc, lat, lon, precision, source, context in _rows(DATA / "places.psv", 9):
        out.append(PlaceItem(text, tuple((countries or "").split(",")) if countries else (), near == "1", cc,
                             float(lat) if lat else None, float(lon) if lon else None,
                             int(precision) if precision else None, source, context))
    return out


def load_actors() -> list[ActorItem]:
    """Return the labelled actor mentions."""
    out = []
    for text, country, names, backer, source, context in _rows(DATA / "actors.psv", 6):
        out.append(ActorItem(text, country, tuple(names.split(";")) if names else (), backer, source, context))
    return out


def km(lat1, lon1, lat2, lon2) -> float:
    """Return the great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def place_right(item: PlaceItem, place) -> bool:
    """Return whether a resolved place (or None) is the labelled one."""
    if item.country is None and item.lat is None and item.precision is None:
        return place is None  # not a place
    if place is None:
        return False
    if item.country is not None and place.country_code != item.country:
        return False
    if item.lat is not None and (place.lat is None or km(item.lat, item.lon, place.lat, place.lon) > NEAR_KM):
        return False
    return item.precision is None or place.precision == item.precision


def actor_right(item: ActorItem, actor) -> bool:
    """Return whether a resolved actor (or None) is the labelled one."""
    if not item.names:
        return actor is None
    if actor is None or actor.name not in item.names:
        return False
    if item.backer == "*":
        return True
    return (actor.backer or None) == item.backer


def bare_place(item: PlaceItem) -> str:
    """Return the place name of a mention without its 'near' word."""
    for word in NEAR_WORDS:
        if item.text.lower().startswith(word):
            return item.text[len(word):]
    return item.text


def place_lookup(g, item: PlaceItem):
    return g.lookup(bare_place(item), item.countries, near=item.near, fuzzy=True)


def place_in_context(reader, parse, item: PlaceItem):
    """Return the place extraction reads at the mention's words in its sentence, or None."""
    doc = parse(item.context)
    start = item.context.lower().find(bare_place(item).lower())
    end = start + len(bare_place(item))
    for sent in doc.sents:
        for s, e, place in reader.place_names(sent, item.countries):
            a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if a < end and start < b:
                return place
    return None


def actor_in_context(base, parse, item: ActorItem):
    """Return the actor extraction reads from the mention's words in its sentence, or None."""
    doc = parse(item.context)
    lower = item.context.lower()
    start = lower.find(item.text.lower())
    if start < 0:
        return "missing"
    end = start + len(item.text)
    toks = [t for t in doc if t.idx >= start and t.idx + len(t) <= end and not t.is_space]
    return base.resolve_phrase(toks, item.country) if toks else None


def rate(func, items, passes: int, reset) -> float:
    """Return look-ups per second over `passes` passes, calling reset() before each pass."""
    best = None
    for _ in range(passes):
        reset()
        t0 = time.perf_counter()
        for item in items:
            func(item)
        spent = time.perf_counter() - t0
        best = spent if best is None else min(best, spent)
    return len(items) / best


def rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def percent(right: int, total: int) -> str:
    return f"{right}/{total} = {100 * right / total:.1f}%" if total else "n/a"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print every wrong mention")
    ap.add_argument("--sweep", action="store_true", help="accuracy of the string look-up by fuzzy threshold")
    ap.add_argument("--no-context", action="store_true", help="skip the in-context (parsed) figures")
    ap.add_argument("--passes", type=int, default=5, help="timed passes (the fastest is kept)")
    args = ap.parse_args(argv)

    places, actors = load_places(), load_actors()
    print(f"labelled mentions: {len(places)} places ({sum(p.source.startswith('dev:') for p in places)} from the "
          f"demo dev split), {len(actors)} actors ({sum(a.source.startswith('dev:') for a in actors)} from dev)")
    before = rss_mb()
    t0 = time.perf_counter()
    from flashpoint.resolve.places import gazetteer
    g = gazetteer()
    t_places = time.perf_counter() - t0
    mid = rss_mb()
    t0 = time.perf_counter()
    from flashpoint.resolve.actors import actor_base
    base = actor_base()
    t_actors = time.perf_counter() - t0
    print(f"load: gazetteer {t_places:.2f} s (+{mid - before:.0f} MB peak RSS), actor base {t_actors:.2f} s "
          f"(+{rss_mb() - mid:.0f} MB); process peak RSS {rss_mb():.0f} MB")
    towns = {id(c): c for v in g.index.values() for c in ((v,) if isinstance(v[0], str) else v) if c[4] == "city"}
    named = sum(1 for c in towns.values() if c[5])
    print(f"gazetteer towns with an admin1 (province) name: {named:,}/{len(towns):,} = {named / len(towns):.1%}")

    wrong_p = [(p, got) for p in places if not place_right(p, got := place_lookup(g, p))]
    wrong_a = [(a, got) for a in actors if not actor_right(a, got := base.lookup(a.text, a.country))]
    print("\nstring look-up (name and the report's countries only)")
    print(f"  places  {percent(len(places) - len(wrong_p), len(places))}")
    print(f"  actors  {percent(len(actors) - len(wrong_a), len(actors))}")
    rows = [("places", wrong_p, places), ("actors", wrong_a, actors)]

    if not args.no_context:
        from flashpoint.extract.mentions import resources
        from flashpoint.nlp import load
        model = load()
        cache: dict = {}

        def parse(text):
            if text not in cache:
                cache[text] = model(text)
            return cache[text]

        reader = resources().args
        ctx_p = [(p, got) for p in places if not place_right(p, got := place_in_context(reader, parse, p))]
        ctx_a = [(a, got) for a in actors if not actor_right(a, got := actor_in_context(base, parse, a))]
        print("\nin context (the sentence parsed and read as extraction reads it)")
        print(f"  places  {percent(len(places) - len(ctx_p), len(places))}")
        print(f"  actors  {percent(len(actors) - len(ctx_a), len(actors))}")
        rows += [("places in context", ctx_p, places), ("actors in context", ctx_a, actors)]

    def reset_places():
        g._memo.clear()

    cold_p = rate(lambda p: place_lookup(g, p), places, args.passes, reset_places)
    warm_p = rate(lambda p: place_lookup(g, p), places, args.passes, lambda: None)
    cold_a = rate(lambda a: base.lookup(a.text, a.country), actors, args.passes, base.clear_memo)
    warm_a = rate(lambda a: base.lookup(a.text, a.country), actors, args.passes, lambda: None)
    print("\nspeed (string look-ups, one process)")
    print(f"  places  {cold_p:,.0f} look-ups/s cold (memo emptied each pass), {warm_p:,.0f}/s warm")
    print(f"  actors  {cold_a:,.0f} look-ups/s cold (memo emptied each pass), {warm_a:,.0f}/s warm")

    if args.sweep:
        print("\nplaces: string look-up accuracy by fuzzy threshold (folded and fuzzy tiers)")
        kept = g.threshold
        for threshold in range(50, 101, 5):
            g.threshold = threshold
            g._memo.clear()
            right = sum(place_right(p, place_lookup(g, p)) for p in places)
            print(f"  {threshold:>3}  {percent(right, len(places))}{'   <- in use' if threshold == kept else ''}")
        g.threshold = kept
        g._memo.clear()
        print("actors: string look-up accuracy by fuzzy threshold")
        kept = base.threshold
        for threshold in range(70, 101, 2):
            base.threshold = threshold
            base._memo.clear()
            right = sum(actor_right(a, base.lookup(a.text, a.country)) for a in actors)
            print(f"  {threshold:>3}  {percent(right, len(actors))}{'   <- in use' if threshold == kept else ''}")
        base.threshold = kept
        base._memo.clear()

    if args.errors:
        for title, wrong, _ in rows:
            print(f"\nwrong, {title} ({len(wrong)}):")
            for item, got in wrong:
                if hasattr(item, "names"):
                    shown = "none" if got is None else got if isinstance(got, str) else f"{got.name} (backer {got.backer})"
                    print(f"  {item.text!r} [{item.country}] expected {' / '.join(item.names) or 'none'} "
                          f"(backer {item.backer}); got {shown}")
                else:
                    shown = "none" if got is None else (f"{got.name} ({got.country_code}, precision {got.precision}, "
                                                        f"{got.lat}, {got.lon})")
                    print(f"  {item.text!r} [{','.join(item.countries)}] expected {item.country} "
                          f"{item.lat},{item.lon} p{item.precision}; got {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
