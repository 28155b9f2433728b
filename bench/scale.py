"""Scale of `flashpoint batch`: documents/s on 1 and 2 Dask workers, their ratio, peak memory per worker,
`extract` against a bare `nlp.pipe`, and the hours 100k articles would take here and on N workers.

    python bench/scale.py                        # demo corpus repeated to >= 400 documents
    python bench/scale.py --input crawl/ --published 2024-05-20 --repeat 1 --project 8 32 128

Each batch run gets a fresh local cluster (the one `flashpoint batch --workers N` makes) and a fresh
output folder; its clock starts once every worker has loaded the model, and stops when the Parquet
files are written (merge across reports included). The extract/bare ratio is measured as
bench/throughput.py measures it (its functions, imported: the whole `flashpoint extract`
command, files in and JSONL out, against nlp.pipe over the same texts). The machine's load average is printed
with the figures: on a shared machine they are lower bounds, to be rerun on a quiet one.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if str(HERE.parent / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(HERE.parent / "src"))

import throughput  # noqa: E402  bench/throughput.py: corpus, bare and extract timings
from flashpoint import batch, nlp, pipeline  # noqa: E402

MIN_DOCUMENTS = 400
TARGET_SPEEDUP = 1.7
ARTICLES = 100_000
IDLE_SECONDS = 5


def cpu_seconds() -> float:
    """Return the CPU time (user + system) the calling process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_batch(docs, workers: int, partition_size: int, batch_size: int) -> dict:
    """Return the figures of one batch run on a new local cluster of `workers` processes.

    Besides wall-clock rates (which a loaded machine lowers), the CPU seconds the workers spent and
    those of this process (reading, sending, the scheduler, merge, Parquet): a busy neighbour
    barely changes those, so they project better to a machine of one's own.
    """
    started = time.perf_counter()
    client, cluster = batch._connect(workers, None)  # the cluster `flashpoint batch --workers N` starts
    try:
        with tempfile.TemporaryDirectory(prefix="flashpoint-scale-") as out:
            # the CPU an idle cluster burns (heartbeats, monitors), in this process and per worker: it
            # grows with wall time, so a loaded machine inflates CPU per document by it; subtracted below
            idle_workers, idle_here = client.run(cpu_seconds), cpu_seconds()
            time.sleep(IDLE_SECONDS)
            idle_workers = sum(v - idle_workers[w] for w, v in client.run(cpu_seconds).items()) / IDLE_SECONDS
            idle_here = (cpu_seconds() - idle_here) / IDLE_SECONDS
            here = cpu_seconds()
            before = {}

            def on_start(_summary):
                before.update(client.run(cpu_seconds))

            summary = batch.run_batch(docs, out, scheduler=cluster.scheduler_address, partition_size=partition_size,
                                      batch_size=batch_size, on_start=on_start)
            client_cpu = cpu_seconds() - here
            after = client.run(cpu_seconds)
            peaks = client.run(throughput.peak_rss_mb)
    finally:
        client.close()
        cluster.close()
    return {"workers": workers, "summary": summary, "peaks": sorted(peaks.values()),
            "wall": time.perf_counter() - started, "client_cpu": client_cpu,
            "worker_cpu": sum(after[w] - before.get(w, 0.0) for w in after),
            "idle_workers": idle_workers, "idle_client": idle_here,
            "seconds": summary.seconds_extract + summary.seconds_merge}


def extract_vs_bare(inputs: list[str], published: date | None, times: int, batch_size: int) -> dict:
    """Return bench/throughput.py's comparison (two alternated rounds) of `flashpoint extract` over the
    inputs repeated `times` against a bare nlp.pipe over the same texts."""
    with tempfile.TemporaryDirectory(prefix="flashpoint-scale-") as tmp:
        (Path(tmp) / "corpus").mkdir()
        corpus = throughput.materialise(inputs, times, Path(tmp) / "corpus")
        return throughput.compare(corpus, published, batch_size, 2, Path(tmp))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="documents/s of flashpoint batch on 1 and 2 workers, and projections")
    p.add_argument("--input", nargs="+", metavar="PATH", help="inputs the readers accept (default: demo/docs)")
    p.add_argument("--published", type=date.fromisoformat, help="publication date for inputs without one")
    p.add_argument("--repeat", type=int, help=f"times to repeat the corpus (default: to >= {MIN_DOCUMENTS} documents)")
    p.add_argument("--partition-size", type=int, default=32, help="documents per task (default 32)")
    p.add_argument("--batch-size", type=int, default=16, help="documents per model batch (default 16)")
    p.add_argument("--project", type=int, nargs="+", default=[8, 32, 128], help="worker counts to project to")
    args = p.parse_args(argv)

    throughput.MIN_DOCUMENTS = MIN_DOCUMENTS
    inputs = args.input or [str(path) for path in throughput.DEMO_INPUTS]
    repeat = args.repeat if args.repeat is not None else (1 if args.input else None)
    docs, unique, times = throughput.load_corpus(inputs, args.published, repeat)
    print(f"corpus: {len(unique)} documents x {times} = {len(docs)} documents, "
          f"{sum(len(d.text) for d in docs):,} characters; partitions of {args.partition_size}, "
          f"model batches of {args.batch_size}")
    print(f"machine: {os.cpu_count()} cores; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()

    # alternated, twice, the faster run of each compared: both get the same chances to dodge a busy neighbour
    runs = [time_batch(docs, n, args.partition_size, args.batch_size) for n in (1, 2, 1, 2)]
    print(f"{'workers':<9}{'docs/s':>8}{'seconds':>9}{'merge+write s':>15}{'start s':>9}{'wall s':>8}"
          f"{'records':>9}{'worker CPU ms/doc':>19}{'client CPU ms/doc':>19}  peak RSS per worker (MB)")
    for r in runs:
        s = r["summary"]
        print(f"{r['workers']:<9}{s.documents / r['seconds']:>8.1f}{r['seconds']:>9.2f}{s.seconds_merge:>15.2f}"
              f"{s.seconds_start:>9.1f}{r['wall']:>8.1f}{s.records:>9}{1000 * r['worker_cpu'] / s.documents:>19.1f}"
              f"{1000 * r['client_cpu'] / s.documents:>19.1f}  {', '.join(f'{m:.0f}' for m in r['peaks'])}")
    best = {n: min((r for r in runs if r["workers"] == n), key=lambda r: r["seconds"]) for n in (1, 2)}
    rate1 = len(docs) / best[1]["seconds"]
    rate2 = len(docs) / best[2]["seconds"]
    speedup = rate2 / rate1
    print(f"speed-up 2 workers / 1 worker = {speedup:.2f} (faster run of each; target >= {TARGET_SPEEDUP})")
    # what the CPU times allow on this machine when quiet: 1 worker has a core to itself (the client
    # the other); 2 workers and the client share the 2 cores
    w1 = min(r["worker_cpu"] for r in runs if r["workers"] == 1) / len(docs)
    w2 = min(r["worker_cpu"] for r in runs if r["workers"] == 2) / len(docs)
    c2 = min(r["client_cpu"] for r in runs if r["workers"] == 2) / len(docs)
    print(f"speed-up the CPU times allow on 2 idle cores: 2 x {1000 * w1:.1f} / ({1000 * w2:.1f} + {1000 * c2:.1f}) "
          f"ms/doc = {2 * w1 / (w2 + c2):.2f} (an estimate from CPU time, not a measured rate)")
    net = {n: min((r["worker_cpu"] - r["idle_workers"] * r["summary"].seconds_extract) / len(docs)
                  for r in runs if r["workers"] == n) for n in (1, 2)}
    net_c2 = min((r["client_cpu"] - r["idle_client"] * r["seconds"]) / len(docs) for r in runs if r["workers"] == 2)
    idle = runs[-1]
    print(f"  idle cluster CPU: {100 * idle['idle_workers'] / 2:.1f}% per worker, {100 * idle['idle_client']:.1f}% in "
          f"the client; without it: 2 x {1000 * net[1]:.1f} / ({1000 * net[2]:.1f} + {1000 * net_c2:.1f}) ms/doc "
          f"= {2 * net[1] / (net[2] + net_c2):.2f}")
    print(f"load average after the batch runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print()

    cpu_before = cpu_seconds()
    r = extract_vs_bare(inputs, args.published, times, args.batch_size)
    bare, ext = min(r["bare"]), min(r["extract"])
    ratio = bare / ext
    print(f"in one process: bare nlp.pipe {r['docs'] / bare:.1f} docs/s, flashpoint extract (files in, JSONL out) "
          f"{r['docs'] / ext:.1f} docs/s; ratio extract/bare = {ratio:.2f} (target >= {throughput.TARGET}); "
          f"CPU/wall of these runs {(cpu_seconds() - cpu_before) / (sum(r['bare']) + sum(r['extract'])):.2f}")
    print(f"batch on 1 worker against extract in one process: {rate1 / (len(docs) / ext):.2f}")
    print()

    # two projections: wall-clock rates measured here (a loaded machine lowers them), and the CPU
    # seconds per document, which hold for workers that each have a core of their own; the client's
    # merge runs once, after the workers, and is counted serially
    cpu_per_doc = min(r["worker_cpu"] for r in runs) / len(docs)
    merge_per_doc = best[2]["summary"].seconds_merge / len(docs)
    efficiency = min(1.0, speedup / 2)
    print(f"projected hours for {ARTICLES:,} articles:")
    print(f"  here, 2 workers, at the rate measured: {ARTICLES / rate2 / 3600:.2f} h")
    print(f"  N workers at the measured 1-worker rate ({rate1:.1f} docs/s) x N x the 2-worker efficiency "
          f"({efficiency:.2f}), + merge ({1000 * merge_per_doc:.1f} ms/doc):")
    for n in args.project:
        print(f"    {n} workers: {(ARTICLES / (rate1 * n * efficiency) + ARTICLES * merge_per_doc) / 3600:.2f} h")
    print(f"  N workers with a core each, from worker CPU time ({1000 * cpu_per_doc:.0f} ms/doc), + merge:")
    for n in [2] + args.project:
        print(f"    {n} workers: {(ARTICLES * cpu_per_doc / n + ARTICLES * merge_per_doc) / 3600:.2f} h")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(a shared machine: rerun on a quiet one for figures to quote)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
