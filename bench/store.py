"""The store's costs: ingest rate against extract's own rate, and query latency on 1 M synthetic events.

    python bench/store.py                       # both parts (demo corpus x 7; 1,000,000 synthetic events)
    python bench/store.py --skip-queries        # ingest only
    python bench/store.py --skip-ingest --events 200000
    python bench/store.py --commits --rounds 5            # the store's own CPU a document in ingest
    python bench/store.py --cues --events 200000         # unresolved cues on a dense store
    python bench/store.py --upgrade --events 200000      # upgrading a schema-3 store

A third part (with both) ingests the demo corpus into copies of the synthetic store, where every document
is merged against a store of 1 M events, with the file released between turns and held throughout
(`ingest --exclusive`), and compares those rates with extract's.

Ingest: the same corpus through `pipeline.extract` (what `flashpoint extract` runs: parse, per-document
stages, merge across reports) and through `Store.ingest` into a new DuckDB file (the same stages per
document, then for each group of documents (store.GROUP) one transaction: triage, merge against the stored
events of their date windows, write). Runs alternate, extract, ingest, extract, ingest; the medians of each are compared, both
of wall-clock seconds (WALL) and of this process's CPU seconds (CPU, every thread).
Target: ingest at >= 90 % of extract's documents/s (storage overhead <= 10 %).

The store alone (`--commits`): the corpus extracted once, then `Store.ingest` run with extraction replaced by
those results, `--rounds` times: the store's own CPU a document.

Cues on a dense store (`--cues`): the demo documents with an answer whose cue names an incident their own
report does not tell are committed (extracted once beforehand) into the synthetic store; for each, the CPU
seconds of its transaction and how many stored records were read as link candidates. Such a cue reads the
stored acts of the 30 days before the answer that may score enough against it (links.Clues).

Upgrade (`--upgrade`): the synthetic store turned into what schema 3 held (no sides, cue flags or links
across reports), then opened for writing: the migration to schema 4 links every stored act across reports.

Queries: a store of N synthetic events (30 countries, three years, 6 types, 40 actors) is generated
with DuckDB SQL, then each typical filter is run `--repeat` times through `Store.events` (a DataFrame
out), with one connection held (`with store:`) and with a connection opened per call (what a reader
beside a writer does); p50 and p95 in milliseconds.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import gc
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

import duckdb  # noqa: E402

from flashpoint import nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402
from flashpoint import store as store_module  # noqa: E402
from flashpoint.store import Store  # noqa: E402

DEMO_INPUTS = sorted((REPO / "demo" / "docs").glob("*.jsonl"))
MIN_DOCUMENTS = 300
TARGET_OVERHEAD = 0.10


def corpus(inputs: list[str], repeat: int | None):
    """Return the documents, each copy with an id and a closing line of its own (else the store skips copies)."""
    unique = list(read_documents(inputs, on_error=lambda err: print(f"skipped: {err}", file=sys.stderr)))
    times = repeat or max(1, math.ceil(MIN_DOCUMENTS / len(unique)))
    docs = [d if k == 0 else dataclasses.replace(d, id=f"{d.id}~{k}", text=f"{d.text}\n\n(Copy {k}.)")
            for k in range(times) for d in unique]
    return docs, len(unique), times


def time_extract(docs, batch_size: int) -> tuple[float, int, float]:
    """Return (seconds, records, CPU seconds of this process: every thread, DuckDB's too)."""
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    records = sum(1 for _ in pipeline.extract(docs, batch_size=batch_size))
    return time.perf_counter() - started, records, time.process_time() - cpu


class Clock:
    """Adds up the time spent in a function (patched on its module or class for one run)."""

    def __init__(self, owner, name: str):
        self.owner, self.name, self.seconds = owner, name, 0.0
        self.real = getattr(owner, name)

    def __enter__(self):
        real = self.real

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
        setattr(self.owner, self.name, timed)
        return self

    def __exit__(self, *exc):
        setattr(self.owner, self.name, self.real)


def time_ingest(docs, batch_size: int, folder: Path, run: int) -> tuple[float, dict, float, float, float]:
    """Return (seconds, stats, seconds extracting inside it, seconds the writer thread spent committing, CPU seconds)."""
    gc.collect()
    path = folder / f"ingest-{run}.duckdb"
    with Clock(store_module, "_extract_each") as extracting, Clock(Store, "_commit_chunk") as committing:
        started, cpu = time.perf_counter(), time.process_time()
        store = Store(path)
        store.ingest(docs, batch_size=batch_size)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return elapsed, store.stats(), extracting.seconds, committing.seconds, cpu


def bench_ingest(args, folder: Path) -> None:
    inputs = args.input or [str(p) for p in DEMO_INPUTS]
    docs, unique, times = corpus(inputs, args.repeat)
    print(f"== ingest: {unique} documents x {times} = {len(docs)} documents, batch size {args.batch_size}")
    nlp.load()
    pipeline.resources()
    list(pipeline.extract(docs[:8], batch_size=args.batch_size))  # warm-up, untimed
    extracts, ingests = [], []
    for run in range(1, args.rounds + 1):
        extracts.append(time_extract(docs, args.batch_size))
        ingests.append(time_ingest(docs, args.batch_size, folder, run))
    print(f"{'run':<14}{'seconds':>9}{'docs/s':>9}{'CPU s':>9}   inside ingest: extracting, the writer thread committing")
    for run, ((ext, _, ext_cpu), (ing, _, inside, commit, ing_cpu)) in enumerate(zip(extracts, ingests), 1):
        print(f"{'extract #' + str(run):<14}{ext:>9.2f}{len(docs) / ext:>9.1f}{ext_cpu:>9.2f}")
        print(f"{'ingest #' + str(run):<14}{ing:>9.2f}{len(docs) / ing:>9.1f}{ing_cpu:>9.2f}   {inside:.2f} s, {commit:.2f} s")
    # medians of the runs (the machine is shared: a run's wall clock depends on what else runs then)
    ext = statistics.median(e for e, _, _ in extracts)
    ing = statistics.median(x[0] for x in ingests)
    _, stats, inside, commit, _ = ingests[0]
    overhead = 1 - ext / ing  # share of documents/s lost: 1 - (docs/ing) / (docs/ext)
    print(f"extract wrote {extracts[0][1]} records; the store holds {stats['documents']} documents, "
          f"{stats['events']} events, {stats['tallies']} tallies from {stats['reports']} per-document records")
    print(f"WALL, median runs: ingest / extract docs/s = {ext / ing:.3f}; storage overhead {100 * overhead:.1f}% "
          f"(target <= {100 * TARGET_OVERHEAD:.0f}%)")
    # CPU seconds do not count the time a run waits for a core another job holds: on a shared machine the
    # steadier measure of the store's own cost (the disk's fsync waits are not in them either)
    ext_cpu = statistics.median(c for _, _, c in extracts)
    ing_cpu = statistics.median(c for *_, c in ingests)
    print(f"CPU, median runs: extract {ext_cpu:.2f} s, ingest {ing_cpu:.2f} s: the store's CPU is "
          f"{100 * (ing_cpu / ext_cpu - 1):.1f}% of extract's ({1000 * (ing_cpu - ext_cpu) / len(docs):.1f} ms a document)")
    print(f"WALL, first ingest run: {100 * (1 - inside / ingests[0][0]):.1f}% of its time was not extraction "
          f"(the store's own cost not hidden behind extraction); the writer thread committed for "
          f"{commit:.2f} s ({1000 * commit / len(docs):.0f} ms a document) alongside")
    idle = time.perf_counter()
    Store(folder / "ingest-1.duckdb").ingest(docs, batch_size=args.batch_size)
    print(f"ingest of the same {len(docs)} documents again (all already stored): "
          f"{time.perf_counter() - idle:.2f} s")


def bench_commits(args, folder: Path) -> None:
    """The store's own cost in `Store.ingest`: the documents extracted once, then ingested into new files with
    extraction replaced by those results (triage, merges, links, commits, the file opened and released)."""
    inputs = args.input or [str(p) for p in DEMO_INPUTS]
    docs, unique, times = corpus(inputs, args.repeat)
    done = {d.id: (d, raw) for d, raw in store_module._extract_each(docs, args.batch_size)}
    real = store_module._extract_each
    store_module._extract_each = lambda chunk, *_, **__: [done[d.id] for d in chunk if d.id in done]
    cpu, wall = [], []
    try:
        for run in range(1, args.rounds + 1):
            path = folder / f"commits-{run}.duckdb"
            gc.collect()
            started, clock = time.perf_counter(), time.process_time()
            Store(path).ingest(docs, batch_size=args.batch_size)
            cpu.append(time.process_time() - clock)
            wall.append(time.perf_counter() - started)
            path.unlink()
    finally:
        store_module._extract_each = real
    print(f"== the store alone in ingest ({len(docs)} documents extracted beforehand, {args.rounds} runs): "
          f"CPU {', '.join(f'{c:.2f}' for c in cpu)} s, median {1000 * statistics.median(cpu) / len(docs):.1f} ms "
          f"a document; WALL {', '.join(f'{w:.2f}' for w in wall)} s (readers' turns and fsync waits included)")


def build_synthetic(path: Path, n: int) -> float:
    """Create a store of n synthetic events (with one source and one report each); return seconds taken."""
    Store(path)  # the schema
    started = time.perf_counter()
    con = duckdb.connect(str(path))
    con.execute("""CREATE TEMP TABLE countries AS SELECT * FROM (VALUES
        ('UKR','Ukraine',49.0,32.0),('SDN','Sudan',15.5,32.5),('IRQ','Iraq',33.3,44.4),('SYR','Syria',35.0,38.0),
        ('YEM','Yemen',15.4,44.2),('MLI','Mali',17.6,-4.0),('BFA','Burkina Faso',12.4,-1.5),('NGA','Nigeria',9.1,7.5),
        ('COD','DR Congo',-1.7,29.2),('SOM','Somalia',2.0,45.3),('MMR','Myanmar',21.0,96.0),('AFG','Afghanistan',34.5,69.2),
        ('PAK','Pakistan',30.4,69.3),('LBN','Lebanon',33.9,35.5),('ISR','Israel',31.8,35.2),('PSE','Palestine',31.5,34.5),
        ('ETH','Ethiopia',9.0,38.7),('NER','Niger',13.5,2.1),('TCD','Chad',12.1,15.0),('CAF','Central African Republic',4.4,18.6),
        ('MOZ','Mozambique',-12.9,40.5),('CMR','Cameroon',3.9,11.5),('COL','Colombia',4.7,-74.1),('MEX','Mexico',19.4,-99.1),
        ('HTI','Haiti',18.5,-72.3),('LBY','Libya',32.9,13.2),('KEN','Kenya',-1.3,36.8),('IND','India',28.6,77.2),
        ('PHL','Philippines',14.6,121.0),('RUS','Russia',55.8,37.6)) v(code, name, lat, lon)""")
    con.execute("ALTER TABLE countries ADD COLUMN k INTEGER")
    con.execute("UPDATE countries SET k = (SELECT count(*) FROM countries c2 WHERE c2.code < countries.code)")
    con.execute("""CREATE TEMP TABLE types AS SELECT row_number() OVER () - 1 AS k, * FROM (VALUES
        ('Battles', 'Armed clash'), ('Explosions/Remote violence', 'Air/drone strike'),
        ('Explosions/Remote violence', 'Shelling/artillery/missile attack'), ('Violence against civilians', 'Attack'),
        ('Protests', 'Peaceful protest'), ('Strategic developments', 'Arrests')) v(event_type, sub_event_type)""")
    con.execute("""
        INSERT INTO events
        SELECT 'syn-' || lpad(CAST(i AS VARCHAR), 8, '0'), 'event', t.event_type, t.sub_event_type,
               'Actor ' || (i * 7 % 40), 'rebel group', c.code, NULL,
               CASE WHEN i % 3 = 0 THEN NULL ELSE 'Actor ' || (i * 11 % 40) END, 'state forces', c.code, NULL,
               r.d, r.d + CAST(i % 2 AS INTEGER), 'day', NULL,
               'Town ' || (i % 500), 'Province ' || (i % 12), c.name, c.code,
               c.lat + ((i * 37 % 200) - 100) / 50.0, c.lon + ((i * 53 % 200) - 100) / 50.0, CAST(1 + i % 3 AS INTEGER),
               CASE WHEN i % 4 = 0 THEN NULL ELSE CAST(i % 25 AS INTEGER) END,
               CASE WHEN i % 4 = 0 THEN NULL ELSE CAST(i % 25 + i % 5 AS INTEGER) END,
               NULL, NULL, NULL, ['rocket'], 0.7, 1,
               'Report ' || i || ': ' || t.sub_event_type || ' near Town ' || (i % 500)
                   || CASE WHEN i % 97 = 0 THEN ' with drones' ELSE '' END,
               to_json({'event_id': 'syn-' || lpad(CAST(i AS VARCHAR), 8, '0'), 'kind': 'event', 'event_type': t.event_type,
                        'sub_event_type': t.sub_event_type,
                        'actor1': {'name': 'Actor ' || (i * 7 % 40), 'type': 'rebel group', 'country_code': c.code},
                        'actor2': CASE WHEN i % 3 = 0 THEN NULL ELSE
                                  {'name': 'Actor ' || (i * 11 % 40), 'type': 'state forces', 'country_code': c.code} END,
                        'date': {'start': strftime(r.d, '%Y-%m-%d'), 'end': strftime(r.d + CAST(i % 2 AS INTEGER), '%Y-%m-%d'),
                                 'precision': 'day'},
                        'location': {'name': 'Town ' || (i % 500), 'admin1': 'Province ' || (i % 12), 'country': c.name,
                                     'country_code': c.code, 'precision': CAST(1 + i % 3 AS INTEGER)},
                        'evidence': [{'doc_id': 'doc-' || (i // 3), 'start': 0, 'end': 10, 'sentence': 'Report ' || i}],
                        'sources': ['doc-' || (i // 3)], 'confidence': 0.7}),
               now(), now(), '["doc-' || (i // 3) || '"]',
               'Actor ' || (i * 7 % 40), CASE WHEN i % 3 = 0 THEN NULL ELSE 'state:' || c.code END, FALSE
        FROM (SELECT range AS i, DATE '2022-01-01' + CAST(range * 7919 % 1096 AS INTEGER) AS d FROM range(?)) r
        JOIN countries c ON c.k = CAST(hash(r.i) % 30 AS INTEGER)
        JOIN types t ON t.k = CAST(hash(r.i + 1000000007) % 6 AS INTEGER)""", [n])
    con.execute("INSERT INTO event_sources SELECT event_id, 'doc-' || (CAST(substr(event_id, 5) AS BIGINT) // 3) FROM events")
    # each event is its own report, written as the store writes them (so that a later ingest can merge with it)
    con.execute("""INSERT INTO reports
        SELECT e.event_id, s.doc_id, e.event_id, e.kind, e.country_code, e.date_start, e.date_end,
               json_object('event_id', e.event_id, 'kind', e.kind, 'event_type', e.event_type,
                   'sub_event_type', e.sub_event_type,
                   'actor1', json_object('name', e.actor1, 'type', e.actor1_type, 'country_code', e.actor1_country),
                   'actor2', CASE WHEN e.actor2 IS NULL THEN NULL ELSE
                       json_object('name', e.actor2, 'type', e.actor2_type, 'country_code', e.actor2_country) END,
                   'date', json_object('start', e.date_start, 'end', e.date_end, 'precision', 'day'),
                   'location', json_object('name', e.location, 'admin1', e.admin1, 'country', e.country,
                       'country_code', e.country_code, 'lat', e.lat, 'lon', e.lon, 'precision', e.geo_precision),
                   'fatalities', json_object('low', e.fatalities_low, 'high', e.fatalities_high),
                   'evidence', [json_object('doc_id', s.doc_id, 'start', 0, 'end', length(e.notes), 'sentence', e.notes)],
                   'sources', [s.doc_id], 'confidence', e.confidence, 'weapons', e.weapons)
        FROM events e JOIN event_sources s USING (event_id)""")
    con.execute("""INSERT INTO report_links SELECT e.event_id, 'syn-' || lpad(CAST(CAST(substr(e.event_id, 5) AS BIGINT) - 1 AS VARCHAR), 8, '0'),
                   'explicit', NULL FROM events e WHERE CAST(substr(e.event_id, 5) AS BIGINT) % 50 = 1""")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


QUERIES = [
    ("country, newest 100", dict(country="SDN", limit=100, descending=True)),
    ("country + since, 100", dict(country="IRQ", since="2024-06-01", limit=100)),
    ("type + since + until", dict(type="Explosions/Remote violence", since="2024-10-01", until="2024-10-07")),
    ("actor, 100", dict(actor="Actor 13", limit=100)),
    ("bbox, 100", dict(bbox=(30.0, 10.0, 40.0, 20.0), limit=100)),
    ("text, 100", dict(text="with drones", limit=100)),
    ("min fatalities + country", dict(min_fatalities=24, country="UKR")),
    ("page 2 (cursor)", None),
    ("all of one country-day", dict(country="MLI", since="2023-03-01", until="2023-03-01")),
]
AGGREGATES = [("per day, one country", dict(by="day", country="SYR")), ("per country, a year", dict(by="country", since="2024-01-01", until="2024-12-31")),
              ("per type", dict(by="type"))]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered), p95


def bench_queries(args, folder: Path) -> None:
    path = folder / "synthetic.duckdb"
    seconds = build_synthetic(path, args.events)
    size = path.stat().st_size / 2**20
    print(f"== queries: {args.events:,} synthetic events generated in {seconds:.1f} s; file {size:.0f} MB; "
          f"{args.repeat_queries} runs each, ms")
    store = Store(path, read_only=True)
    first = store.events(country="IRQ", since="2024-06-01", limit=100)
    cursor = first.attrs["next_cursor"]
    print(f"{'query':<28}{'rows':>7}{'held p50':>10}{'p95':>8}{'opened p50':>12}{'p95':>8}")
    cases = [(name, (lambda f=f: store.events(**f)) if f is not None else
              (lambda: store.events(country="IRQ", since="2024-06-01", limit=100, cursor=cursor)))
             for name, f in QUERIES]
    cases += [(name, lambda f=f: store.aggregate(**f)) for name, f in AGGREGATES]
    cases.append(("stats", lambda: store.stats()))
    for name, call in cases:
        timings = {}
        rows = 0
        for mode in ("held", "opened"):
            samples = []
            if mode == "held":
                store.__enter__()
            try:
                call()  # warm-up
                for _ in range(args.repeat_queries):
                    started = time.perf_counter()
                    out = call()
                    samples.append(1000 * (time.perf_counter() - started))
                rows = len(out) if hasattr(out, "__len__") and not isinstance(out, dict) else 1
            finally:
                store.close()
            timings[mode] = percentiles(samples)
        (h50, h95), (o50, o95) = timings["held"], timings["opened"]
        print(f"{name:<28}{rows:>7}{h50:>10.1f}{h95:>8.1f}{o50:>12.1f}{o95:>8.1f}")
    started = time.perf_counter()
    for _ in range(10):
        Store(path, read_only=True)
    print(f"opening the file read-only (schema check included): {100 * (time.perf_counter() - started):.1f} ms")


def bench_ingest_into_large(args, folder: Path) -> None:
    """Ingest rate into the synthetic store (merging against its events) against extract's on the same documents,
    with the file released between the writer's turns (the default) and held for the whole run (--exclusive)."""
    inputs = args.input or [str(p) for p in DEMO_INPUTS]
    docs, unique, times = corpus(inputs, 1)
    nlp.load()
    pipeline.resources()
    list(pipeline.extract(docs[:8], batch_size=args.batch_size))
    ext, _ = time_extract(docs, args.batch_size)
    source = folder / "synthetic.duckdb"
    before = Store(source, read_only=True).stats()["events"]
    print(f"== ingest into the {before:,}-event store: {len(docs)} documents; extract {len(docs) / ext:.1f} docs/s")
    for mode in ("released", "held"):
        path = folder / f"large-{mode}.duckdb"
        shutil.copyfile(source, path)
        store = Store(path)
        if mode == "held":
            store.hold()
        started = time.perf_counter()
        store.ingest(docs, batch_size=args.batch_size)
        ing = time.perf_counter() - started
        store.close()
        print(f"ingest ({mode}) {len(docs) / ing:.2f} docs/s: ratio {ext / ing:.3f}, overhead {100 * (1 - ext / ing):.1f}%")
        path.unlink()


def bench_cues(args, folder: Path) -> None:
    """CPU of committing each document with an unresolved cue into the synthetic store (file held), and the
    stored records read for its links (CPU: this process, every thread; wall: the clock)."""
    from flashpoint.resolve import links

    inputs = args.input or [str(p) for p in DEMO_INPUTS]
    docs, _, _ = corpus(inputs, 1)
    extracted = [(d, raw) for d, raw in store_module._extract_each(docs, args.batch_size)
                 if any(links.awaits_antecedent(e) for e in raw)]
    source = folder / "synthetic.duckdb"
    if not source.exists():
        build_synthetic(source, args.events)
    print(f"== documents whose cue names an incident their report does not tell: {len(extracted)}, committed into "
          f"a store of {args.events:,} synthetic events ({args.repeat_cues} runs each, on fresh copies; CPU and wall ms)")
    read = []
    real = store_module.Around.linkable

    def counted(self, con, events):
        found = real(self, con, events)
        read.append(len(found))
        return found

    store_module.Around.linkable = counted
    try:
        print(f"{'document':<44}{'records read':>13}{'CPU p50':>9}{'wall p50':>10}")
        for doc, raw in extracted:
            cpu, wall = [], []
            for _ in range(args.repeat_cues):
                path = folder / "cues.duckdb"
                shutil.copyfile(source, path)
                with Store(path) as store, store._connect() as con:
                    read.clear()
                    gc.collect()
                    started, clock = time.perf_counter(), time.process_time()
                    store_module._commit_document(con, doc, copy.deepcopy(raw))
                    cpu.append(1000 * (time.process_time() - clock))
                    wall.append(1000 * (time.perf_counter() - started))
                path.unlink()
            print(f"{doc.id[:43]:<44}{max(read, default=0):>13,}{statistics.median(cpu):>9.0f}{statistics.median(wall):>10.0f}")
    finally:
        store_module.Around.linkable = real


def bench_upgrade(args, folder: Path) -> None:
    """CPU and wall seconds of upgrading a schema-3 store of synthetic events (links across reports computed)."""
    source = folder / "synthetic.duckdb"
    if not source.exists():
        build_synthetic(source, args.events)
    con = duckdb.connect(str(source))
    con.execute("DELETE FROM report_links WHERE report_id <> target")  # schema 3 had links inside reports only
    con.execute("DROP INDEX report_links_target")
    for column in ("side1", "side2", "pending"):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    for run in range(1, args.repeat_cues + 1):
        path = folder / "upgrade.duckdb"
        shutil.copyfile(source, path)
        gc.collect()
        started, clock = time.perf_counter(), time.process_time()
        store = Store(path)
        cpu, wall = time.process_time() - clock, time.perf_counter() - started
        stats = store.stats()
        print(f"upgrade #{run} of {stats['events']:,} events: CPU {cpu:.1f} s, wall {wall:.1f} s; "
              f"{stats['links_inferred']:,} inferred and {stats['links_explicit']:,} explicit links after")
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="ingest rate against extract, and query latency on synthetic events")
    p.add_argument("--input", nargs="+", help="files, folders, globs (default: demo/docs/*.jsonl)")
    p.add_argument("--repeat", type=int, help=f"times to repeat the corpus (default: >= {MIN_DOCUMENTS} documents)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--rounds", type=int, default=2, help="extract/ingest runs, alternated (default 2)")
    p.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the query part")
    p.add_argument("--repeat-queries", type=int, default=30, help="runs of each query")
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument("--skip-queries", action="store_true")
    p.add_argument("--commits", action="store_true", help="only the store's own CPU in ingest (extraction done before)")
    p.add_argument("--cues", action="store_true", help="only the cost of unresolved cues on the synthetic store")
    p.add_argument("--upgrade", action="store_true", help="only the upgrade of a schema-3 synthetic store")
    p.add_argument("--repeat-cues", type=int, default=3, help="runs of each document with --cues, of --upgrade")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as tmp:
        if args.cues or args.upgrade or args.commits:
            if args.commits:
                bench_commits(args, Path(tmp))
            if args.cues:
                bench_cues(args, Path(tmp))
            if args.upgrade:
                bench_upgrade(args, Path(tmp))
            return 0
        if not args.skip_ingest:
            bench_ingest(args, Path(tmp))
        if not args.skip_queries:
            bench_queries(args, Path(tmp))
            if not args.skip_ingest:
                bench_ingest_into_large(args, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
