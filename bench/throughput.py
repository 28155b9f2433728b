"""Throughput of `flashpoint.pipeline.extract` against a bare `nlp.pipe` over the same texts, same model.

Prints documents/s and tokens/s of both, their ratio (extract / bare; target >= 0.85), the model's
load time, peak resident memory, and where extract's time goes. Runs from any folder:

    python bench/throughput.py                          # demo corpus repeated to >= 300 documents
    python bench/throughput.py --input reports/ --published 2024-05-20 --repeat 1 --batch-size 32

Order of runs: bare, extract, bare, extract; the faster run of each is compared, so that neither a
warmer cache nor a noisy neighbour on the machine favours one side.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import math
import resource
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402

DEMO_INPUTS = sorted((REPO / "demo" / "docs").glob("*.jsonl"))
MIN_DOCUMENTS = 300  # the default corpus is repeated until it has at least this many documents
TARGET = 0.85
WARMUP_DOCUMENTS = 8


def peak_rss_mb() -> float:
    """Return this process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KB on Linux


def load_corpus(inputs: list[str], published: date | None, repeat: int | None):
    """Return (documents, unique documents, times repeated); copies get ids of their own."""
    errors = []
    unique = list(read_documents(inputs, published=published, on_error=errors.append))
    for err in errors:
        print(f"skipped: {err}", file=sys.stderr)
    if not unique:
        sys.exit("no documents to benchmark")
    times = repeat if repeat is not None else max(1, math.ceil(MIN_DOCUMENTS / len(unique)))
    # each copy is another report of the same story, as a wire feed has them: a distinct id
    docs = [d if k == 0 else dataclasses.replace(d, id=f"{d.id}~{k}") for k in range(times) for d in unique]
    return docs, unique, times


def time_bare(model, texts: list[str], batch_size: int) -> tuple[float, int]:
    """Return (seconds, tokens) of parsing the texts with nlp.pipe and nothing else."""
    gc.collect()
    tokens = 0
    started = time.perf_counter()
    for sdoc in model.pipe(texts, batch_size=batch_size):
        tokens += len(sdoc)
    return time.perf_counter() - started, tokens


class StageClock:
    """Adds up the time spent inside a few pipeline functions by wrapping them for one run."""

    NAMES = ("extract_document", "read_report", "merge_events")

    def __init__(self):
        self.seconds = dict.fromkeys(self.NAMES, 0.0)
        self._saved = {}

    def __enter__(self):
        for name in self.NAMES:
            func = getattr(pipeline, name, None)
            if callable(func):
                self._saved[name] = func
                setattr(pipeline, name, self._timed(name, func))
        return self

    def __exit__(self, *exc):
        for name, func in self._saved.items():
            setattr(pipeline, name, func)

    def _timed(self, name, func):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
        return timed

    def found(self, name: str) -> bool:
        return name in self._saved


def time_extract(docs, batch_size: int) -> tuple[float, int, StageClock]:
    """Return (seconds, records, stage clock) of pipeline.extract over the documents."""
    gc.collect()
    records = 0
    with StageClock() as clock:
        started = time.perf_counter()
        for _event in pipeline.extract(docs, batch_size=batch_size):
            records += 1
        elapsed = time.perf_counter() - started
    return elapsed, records, clock


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="documents/s and tokens/s of extract against a bare nlp.pipe")
    p.add_argument("--input", nargs="+", metavar="PATH",
                   help="files, folders, globs the readers accept (default: demo/docs/*.jsonl)")
    p.add_argument("--published", type=date.fromisoformat, help="publication date for inputs without one")
    p.add_argument("--repeat", type=int, help=f"times to repeat the corpus (default: enough for {MIN_DOCUMENTS} "
                                              "documents with the demo corpus, 1 with --input)")
    p.add_argument("--batch-size", type=int, default=16, help="documents per model batch (default 16)")
    args = p.parse_args(argv)
    if args.batch_size < 1 or (args.repeat is not None and args.repeat < 1):
        p.error("--batch-size and --repeat take a whole number of 1 or more")

    inputs = args.input or [str(path) for path in DEMO_INPUTS]
    repeat = args.repeat if args.repeat is not None else (1 if args.input else None)
    docs, unique, times = load_corpus(inputs, args.published, repeat)
    texts = [d.text[:pipeline.MAX_PARSE_CHARS] for d in docs]
    label = "demo corpus" if not args.input else " ".join(args.input)
    print(f"corpus: {label}: {len(unique)} documents x {times} = {len(docs)} documents, "
          f"{sum(map(len, texts)):,} characters; batch size {args.batch_size}")
    rss_start = peak_rss_mb()

    started = time.perf_counter()
    model = nlp.load()
    load_model = time.perf_counter() - started
    started = time.perf_counter()
    pipeline.resources()  # lexicons, actor base, gazetteer: loaded once per process, like the model
    load_resources = time.perf_counter() - started
    rss_loaded = peak_rss_mb()

    # warm-up, untimed: the model's and the extractors' first calls
    for _ in model.pipe(texts[:WARMUP_DOCUMENTS], batch_size=args.batch_size):
        pass
    for _ in pipeline.extract(unique[:WARMUP_DOCUMENTS], batch_size=args.batch_size):
        pass

    # alternate the two, twice, and keep the best of each: both get the same chances to dodge noise
    bare1, tokens = time_bare(model, texts, args.batch_size)
    rss_bare = peak_rss_mb()
    ext1, records, clock1 = time_extract(docs, args.batch_size)
    rss_extract = peak_rss_mb()
    bare2, _ = time_bare(model, texts, args.batch_size)
    ext2, _, clock2 = time_extract(docs, args.batch_size)
    bare = min(bare1, bare2)
    ext, clock = (ext1, clock1) if ext1 <= ext2 else (ext2, clock2)
    ratio = bare / ext  # throughput ratio: (docs / ext) / (docs / bare)

    print(f"load: model {load_model:.2f} s, resources (lexicons, actors, gazetteer) {load_resources:.2f} s "
          "(not timed below)")
    print()
    print(f"{'run':<22}{'seconds':>9}{'docs/s':>10}{'tokens/s':>11}")
    rows = [("bare nlp.pipe #1", bare1), ("extract #1", ext1), ("bare nlp.pipe #2", bare2), ("extract #2", ext2)]
    for name, secs in rows:
        print(f"{name:<22}{secs:>9.2f}{len(docs) / secs:>10.1f}{tokens / secs:>11,.0f}")
    print(f"({tokens:,} tokens; extract wrote {records:,} records; compared: the faster run of each, "
          f"bare {bare:.2f} s, extract {ext:.2f} s)")
    print()
    print(f"peak RSS (ru_maxrss): before load {rss_start:.0f} MB, after load {rss_loaded:.0f} MB, "
          f"after bare {rss_bare:.0f} MB, after extract {rss_extract:.0f} MB")

    if clock.found("extract_document"):
        per_doc = clock.seconds["extract_document"]
        mentions = clock.seconds["read_report"] if clock.found("read_report") else None
        merge = clock.seconds["merge_events"] if clock.found("merge_events") else 0.0
        parse = ext - per_doc - merge  # model.pipe and the generator plumbing around it
        print()
        print("extract's time by stage (same run; the timing wrappers cost microseconds a document):")
        shares = [("parse (nlp.pipe)", parse)]
        if mentions is not None:
            shares += [("mentions (read_report)", mentions), ("resolve (coref, context)", per_doc - mentions)]
        else:
            shares += [("per-document stages", per_doc)]
        if clock.found("merge_events"):
            shares.append(("merge across reports", merge))
        for name, secs in shares:
            print(f"  {name:<26}{secs:>8.2f} s {100 * secs / ext:>5.1f}%")
    print()
    print(f"ratio extract/bare = {ratio:.2f} (target >= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
