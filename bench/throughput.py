"""Throughput of `flashpoint extract` against a bare `nlp.pipe` over the same texts, same model.

Prints documents/s and tokens/s of both, their ratio (extract / bare; target >= 0.85), the model's
load time, peak resident memory, and where extract's time goes. Runs from any folder:

    python bench/throughput.py                          # demo/docs (all of it) repeated to >= 300 documents
    python bench/throughput.py --input reports/ --published 2024-05-20 --repeat 1 --batch-size 32

What is compared, so that neither side is favoured:
- extract is the whole command, `flashpoint extract FILES -o OUT.jsonl --quiet`, run in this process
  (cli.main): it reads the files (.txt, .html through trafilatura/htmldate, .jsonl), parses, extracts,
  merges across reports and writes the JSONL file. Only the start of the process (imports, loading the
  model and the data files, once per process) is left out, and reported apart.
- bare is `nlp.pipe` over the very texts extract parses (the documents those files give, read and
  cleaned before the clock starts, each cut at pipeline.MAX_PARSE_CHARS as extract cuts it), with the
  same loaded pipeline (every component extract runs), the same batch size, one process for both.
- The corpus is repeated with a distinct id per copy (file names stem~k, JSONL ids id~k), as a wire
  feed carries several reports of one story; the copies are written to a temporary folder first.
- Order of runs: bare, extract, repeated --rounds times. Both the best run of each and the median of
  the rounds' own ratios (each bare run against the extract run right after it) are printed, with the
  load average, so that a noisy neighbour on the machine shows.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import math
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import cli, documents, export, nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402

DEMO_INPUTS = [REPO / "demo" / "docs"]
MIN_DOCUMENTS = 300  # the default corpus is repeated until it has at least this many documents
TARGET = 0.85
WARMUP_DOCUMENTS = 8
ROUNDS = 3
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def peak_rss_mb() -> float:
    """Return this process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KB on Linux


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def read_corpus(inputs: list[str], published: date | None) -> list:
    """Return the documents the inputs give, as `flashpoint extract` reads them; skipped ones are printed."""
    errors = []
    docs = list(read_documents(inputs, published=published, on_error=errors.append))
    for err in errors:
        print(f"skipped: {err}", file=sys.stderr)
    return docs


def load_corpus(inputs: list[str], published: date | None, repeat: int | None):
    """Return (documents, unique documents, times repeated) in memory, copies named as `materialise`
    names them (bench/scale.py hands these to the Dask batch)."""
    unique = read_corpus(inputs, published)
    if not unique:
        sys.exit("no documents to benchmark")
    times = repeat if repeat is not None else max(1, math.ceil(MIN_DOCUMENTS / len(unique)))
    docs = [d if k == 0 else dataclasses.replace(d, id=f"{d.id}~{k}") for k in range(times) for d in unique]
    return docs, unique, times


def input_files(inputs: list[str]) -> list[Path]:
    """Return the report files the inputs name: files as given, folders searched as extract searches them."""
    files = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(item).parts))
        elif item.is_file():
            files.append(item)
        else:
            sys.exit(f"{item}: no such file or folder")
    return files


def materialise(inputs: list[str], times: int, folder: Path) -> list[str]:
    """Return inputs holding the corpus `times` over: the inputs themselves once, else copies in `folder`.

    Copy k > 0 of a .txt/.html file is named stem~k (its document id), with its published.json date;
    copy k of a JSONL line gets the id "id~k". Everything else in a file is copied as it is.
    """
    if times == 1:
        return list(inputs)
    sidecar: dict[str, str] = {}
    for path in input_files(inputs):
        dates = _sidecar(path.parent / documents.SIDECAR)
        for k in range(times):
            stem = path.stem if k == 0 else f"{path.stem}~{k}"
            target = folder / f"{stem}{path.suffix}"
            if target.exists():
                sys.exit(f"{path}: two inputs named {path.name}; give them distinct names to repeat them")
            if path.suffix.lower() == ".jsonl":
                target.write_bytes(b"".join(_renamed(line, k) for line in path.read_bytes().splitlines(True)))
                continue
            shutil.copyfile(path, target)
            day = dates.get(path.name, dates.get(path.stem))
            if day is not None:
                sidecar[stem] = day
    if sidecar:
        (folder / documents.SIDECAR).write_text(json.dumps(sidecar), encoding="utf-8")
    return [str(folder)]


def _sidecar(path: Path) -> dict:
    try:
        table = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def _renamed(line: bytes, k: int) -> bytes:
    """Return a JSONL line with its record's id made that of copy k (other lines as they are)."""
    if k == 0:
        return line
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict) or not isinstance(record.get("id"), (str, int)):
        return line
    record["id"] = f"{record['id']}~{k}"
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def cpu_seconds() -> float:
    """Return the CPU time (user + system) this process has used so far, all its threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_bare(model, texts: list[str], batch_size: int) -> tuple[float, int, float]:
    """Return (seconds, tokens, CPU seconds) of parsing the texts with nlp.pipe and nothing else."""
    gc.collect()
    tokens = 0
    cpu = cpu_seconds()
    started = time.perf_counter()
    for sdoc in model.pipe(texts, batch_size=batch_size):
        tokens += len(sdoc)
    return time.perf_counter() - started, tokens, cpu_seconds() - cpu


class StageClock:
    """Adds up the time spent inside a few library functions by wrapping them for one run."""

    # (module or class, attribute, label): pipeline's names are looked up there at each call
    FUNCTIONS = ((pipeline, "extract_document", "per document"), (pipeline, "read_report", "mentions"),
                 (pipeline, "merge_events", "merge"), (export.Writer, "write", "write"))
    GENERATORS = ((documents, "read_documents", "read"),)  # timed at each document they hand over

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._saved = []

    def __enter__(self):
        for owner, name, label in self.FUNCTIONS + self.GENERATORS:
            func = getattr(owner, name, None)
            if callable(func):
                self._saved.append((owner, name, func))
                self.seconds[label] = 0.0
                timed = self._generator if (owner, name, label) in self.GENERATORS else self._timed
                setattr(owner, name, timed(label, func))
        return self

    def __exit__(self, *exc):
        for owner, name, func in self._saved:
            setattr(owner, name, func)

    def _timed(self, label, func):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started
        return timed

    def _generator(self, label, func):
        def timed(*args, **kwargs):
            items = iter(func(*args, **kwargs))
            while True:
                started = time.perf_counter()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    self.seconds[label] += time.perf_counter() - started
                yield item
        return timed


def time_extract(inputs: list[str], published: date | None, batch_size: int,
                 output: Path) -> tuple[float, int, StageClock, float]:
    """Return (seconds, records written, stage clock, CPU seconds) of `flashpoint extract INPUTS -o OUTPUT --quiet`."""
    argv = ["extract", *inputs, "--format", "jsonl", "-o", str(output), "--quiet", "--batch-size", str(batch_size)]
    if published is not None:
        argv += ["--published", published.isoformat()]
    gc.collect()
    with StageClock() as clock:
        cpu = cpu_seconds()
        started = time.perf_counter()
        status = cli.main(argv)
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
    if status != 0:
        print(f"flashpoint extract exited with status {status} (see the lines above)", file=sys.stderr)
    with open(output, encoding="utf-8") as handle:
        records = sum(1 for _ in handle)
    return elapsed, records, clock, cpu


def compare(inputs: list[str], published: date | None, batch_size: int, rounds: int, workdir: Path) -> dict:
    """Return the timings of `rounds` alternated bare and extract runs over the inputs (model loaded once).

    Keys: docs, tokens, bare and extract (lists of seconds), bare_cpu and extract_cpu (CPU seconds of
    the same runs), records, clocks (one per extract run).
    """
    docs = read_corpus(inputs, published)
    if not docs:
        sys.exit("no documents to benchmark")
    texts = [d.text[:pipeline.MAX_PARSE_CHARS] for d in docs]
    model = nlp.load()
    pipeline.resources()
    # warm-up, untimed: the model's, the readers' and the extractors' first calls
    for _ in model.pipe(texts[:WARMUP_DOCUMENTS], batch_size=batch_size):
        pass
    warm = workdir / "warm-up.jsonl"
    warm.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat()}) + "\n"
                            for d in docs[:WARMUP_DOCUMENTS]), encoding="utf-8")
    time_extract([str(warm)], None, batch_size, workdir / "warm-up-events.jsonl")
    out = {"docs": len(docs), "bare": [], "extract": [], "bare_cpu": [], "extract_cpu": [], "clocks": []}
    for _ in range(rounds):
        seconds, out["tokens"], cpu = time_bare(model, texts, batch_size)
        out["bare"].append(seconds)
        out["bare_cpu"].append(cpu)
        seconds, out["records"], clock, cpu = time_extract(inputs, published, batch_size, workdir / "events.jsonl")
        out["extract"].append(seconds)
        out["extract_cpu"].append(cpu)
        out["clocks"].append(clock)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="documents/s and tokens/s of flashpoint extract against a bare nlp.pipe")
    p.add_argument("--input", nargs="+", metavar="PATH",
                   help="files and folders the readers accept (default: demo/docs)")
    p.add_argument("--published", type=date.fromisoformat, help="publication date for inputs without one")
    p.add_argument("--repeat", type=int, help=f"times to repeat the corpus (default: enough for {MIN_DOCUMENTS} "
                                              "documents with the demo corpus, 1 with --input)")
    p.add_argument("--batch-size", type=int, default=16, help="documents per model batch (default 16)")
    p.add_argument("--rounds", type=int, default=ROUNDS, help=f"bare/extract pairs of runs (default {ROUNDS})")
    args = p.parse_args(argv)
    if args.batch_size < 1 or args.rounds < 1 or (args.repeat is not None and args.repeat < 1):
        p.error("--batch-size, --rounds and --repeat take a whole number of 1 or more")

    inputs = args.input or [str(path) for path in DEMO_INPUTS]
    unique = len(read_corpus(inputs, args.published))
    if not unique:
        sys.exit("no documents to benchmark")
    times = args.repeat or (1 if args.input else max(1, math.ceil(MIN_DOCUMENTS / unique)))
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores; load average {load_average()}")
    rss_start = peak_rss_mb()
    started = time.perf_counter()
    nlp.load()
    load_model = time.perf_counter() - started
    started = time.perf_counter()
    pipeline.resources()  # lexicons, actor base, gazetteer: loaded once per process, like the model
    load_resources = time.perf_counter() - started
    rss_loaded = peak_rss_mb()

    with tempfile.TemporaryDirectory(prefix="flashpoint-throughput-") as tmp:
        workdir = Path(tmp)
        (workdir / "corpus").mkdir()
        corpus = materialise(inputs, times, workdir / "corpus")
        r = compare(corpus, args.published, args.batch_size, args.rounds, workdir)

    label = "demo/docs" if not args.input else " ".join(args.input)
    docs, tokens = r["docs"], r["tokens"]
    print(f"corpus: {label}: {unique} documents x {times} = {docs} documents, {tokens:,} tokens; "
          f"batch size {args.batch_size}, one process, pipeline {' '.join(nlp.load().pipe_names)}")
    print(f"load: model {load_model:.2f} s, resources (lexicons, actors, gazetteer) {load_resources:.2f} s "
          "(not timed below)")
    print()
    print(f"{'run':<24}{'seconds':>9}{'docs/s':>10}{'tokens/s':>11}{'CPU s':>9}")
    for i in range(len(r["bare"])):
        for name, side in ((f"bare nlp.pipe #{i + 1}", "bare"), (f"flashpoint extract #{i + 1}", "extract")):
            secs = r[side][i]
            print(f"{name:<24}{secs:>9.2f}{docs / secs:>10.1f}{tokens / secs:>11,.0f}{r[side + '_cpu'][i]:>9.2f}")
    best_bare, best_ext = min(r["bare"]), min(r["extract"])
    print(f"(extract wrote {r['records']:,} records; load average after the runs {load_average()})")
    print()
    print(f"peak RSS (ru_maxrss): before load {rss_start:.0f} MB, after load {rss_loaded:.0f} MB, "
          f"after the runs {peak_rss_mb():.0f} MB")

    fastest = r["extract"].index(best_ext)
    seconds = r["clocks"][fastest].seconds
    measured = ("read", "per document", "merge", "write")
    parse = best_ext - sum(seconds.get(k, 0.0) for k in measured)
    print()
    print("extract's time by stage (its fastest run; the timing wrappers cost microseconds a document):")
    shares = [("read files (documents.py)", seconds.get("read", 0.0)),
              ("parse (nlp.pipe) and the rest", parse),
              ("mentions (read_report)", seconds.get("mentions", 0.0)),
              ("resolve in the report", seconds.get("per document", 0.0) - seconds.get("mentions", 0.0)),
              ("merge across reports", seconds.get("merge", 0.0)),
              ("write JSONL", seconds.get("write", 0.0))]
    for name, secs in shares:
        print(f"  {name:<32}{secs:>8.2f} s {100 * secs / best_ext:>5.1f}%")
    print()
    paired = [b / e for b, e in zip(r["bare"], r["extract"])]
    print(f"ratio extract/bare = {best_bare / best_ext:.2f} (fastest run of each; target >= {TARGET}); "
          f"median of the {len(paired)} rounds' ratios {statistics.median(paired):.2f} "
          f"({', '.join(f'{x:.2f}' for x in paired)})")
    print(f"by CPU time: {min(r['bare_cpu']) / min(r['extract_cpu']):.2f} (least CPU seconds of each: what a busy "
          "machine's waits do not inflate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
