"""Many reports on a Dask cluster: the per-document stages in workers, the merge across reports once, Parquet out.

Documents are read here, streamed, and sent to the workers in partitions of `partition_size`;
each worker loads the language model and the resources once (`LoadModel`) and runs
`flashpoint.pipeline.extract_document`, the very function `flashpoint extract` runs, on each
document of a partition. Each finished partition is kept under `OUT/_work/` and listed in a
manifest written atomically, so a run that was interrupted resumes where it stopped. The second
step merges and links the events of all partitions (`flashpoint.pipeline.across_reports`, as `extract`
does) and writes them as Parquet files partitioned by the reports' publication date:

    OUT/events/published=2024-05-20/part-0.parquet   one row per event: the flat columns of the CSV
                                                     export, and `record`, the contract's JSON record
    OUT/errors.txt                                   one line per document that could not be read
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import json
import logging
import os
import pickle
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from flashpoint import nlp
from flashpoint.errors import FlashpointError, InputError, Messages, UsageError
from flashpoint.extract.mentions import resources
from flashpoint.model import Document, Event
from flashpoint.pipeline import MAX_PARSE_CHARS, extract_document, across_reports

DEFAULT_PARTITION_SIZE = 64  # a multiple of the model batch: the same batches as `extract` parses
DEFAULT_BATCH_SIZE = 16
EVENTS_DIR = "events"
ERRORS_FILE = "errors.txt"
WORK_DIR = "_work"
MANIFEST = "manifest.json"
LOCK = "lock"
UNDATED = "unknown"  # the date folder of events whose reports carry no publication date
CONNECT_TIMEOUT = "30s"  # to reach an existing scheduler
_RETRIES = 2  # a partition whose task raised is tried this many more times (a killed worker: the scheduler's own)


class LoadModel(WorkerPlugin):
    """Loads the language model and the resources once in each worker, when it starts."""

    name = "flashpoint-load-model"

    def setup(self, worker) -> None:
        nlp.load()
        resources()


@dataclass
class PartitionResult:
    """What a worker returns for one partition: its documents' events and the documents that failed."""

    index: int
    doc_ids: list[str]
    published: dict[str, str]  # doc id -> publication date (ISO)
    events: list[Event]
    errors: list[str]  # one line each: origin, what went wrong


@dataclass
class BatchSummary:
    """What a run did: documents and partitions, records written, errors, timings (seconds)."""

    out: Path
    documents: int = 0
    partitions: int = 0
    partitions_resumed: int = 0  # found done by an earlier run, not redone
    records: int = 0
    errors: list[str] = field(default_factory=list)
    workers: int = 0
    dashboard: str | None = None
    dashboard_note: str | None = None  # why there is no dashboard
    seconds_start: float = 0.0  # cluster up, model loaded in every worker
    seconds_extract: float = 0.0  # partitions read, sent, extracted and kept
    seconds_merge: float = 0.0  # merge across reports and Parquet written


def extract_partition(index: int, documents: list[Document], batch_size: int = DEFAULT_BATCH_SIZE) -> PartitionResult:
    """Return the events of one partition's documents (runs in a worker); a failing document is an error line."""
    events: list[Event] = []
    errors: list[str] = []
    for document, parsed in _parsed(documents, batch_size):
        try:
            if isinstance(parsed, Exception):
                raise parsed
            events.extend(extract_document(document, parsed))
        except Exception as exc:  # one bad document must not cost the partition
            errors.append(str(_failed(document, exc)))
    published = {d.id: d.published.isoformat() for d in documents if isinstance(d.published, date)}
    return PartitionResult(index, [d.id for d in documents], published, events, errors)


def _parsed(documents: list[Document], batch_size: int) -> Iterator[tuple[Document, object]]:
    """Yield (document, parsed doc or the exception parsing it raised), in batches as `extract` parses them."""
    model = nlp.load()
    try:
        # the same batches as pipeline.extract when the partition size is a multiple of batch_size
        parsed = list(model.pipe([d.text[:MAX_PARSE_CHARS] for d in documents], batch_size=batch_size))
    except Exception:
        parsed = None
    if parsed is not None:
        yield from zip(documents, parsed)
        return
    for document in documents:  # a batch failed: parse one by one to find the culprit
        try:
            yield document, model(document.text[:MAX_PARSE_CHARS])
        except Exception as exc:
            yield document, exc


def _failed(document: Document, exc: Exception) -> InputError:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    error = InputError(Messages.EXTRACT_FAILED.format(detail=detail), origin=document.origin or str(document.id))
    error.__cause__ = exc
    return error


def batch(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, published: date | None = None,
          **options) -> BatchSummary:
    """Return the summary of `run_batch` over the documents in `inputs` (files, folders, globs, WARC archives).

    published: date for documents that carry none, as for `extract`; options: those of `run_batch`.
    Unreadable documents are left out and listed, one line each, in OUT/errors.txt.
    """
    from flashpoint.documents import read_documents

    errors: list[str] = []
    documents = read_documents(inputs, published=published, on_error=lambda e: errors.append(str(e)))
    return run_batch(documents, out, reading_errors=errors, **options)


def run_batch(documents: Iterable[Document], out: str | os.PathLike, *, workers: int | None = None,
              scheduler: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
              batch_size: int = DEFAULT_BATCH_SIZE, reading_errors: list[str] | None = None,
              on_documents: Callable[[int], None] | None = None,
              on_partition: Callable[[PartitionResult], None] | None = None,
              on_start: Callable[[BatchSummary], None] | None = None) -> BatchSummary:
    """Extract the events of many documents on a Dask cluster into Parquet under `out`; return a summary.

    documents: read lazily, partition by partition (e.g. `read_documents(...)`).
    reading_errors: the reader's error lines, filled while `documents` is read; they open OUT/errors.txt.
    out: output folder (created); an earlier interrupted run there is resumed.
    workers: processes of the local cluster (default: one per core); ignored with `scheduler`.
    scheduler: address of an existing Dask scheduler (tcp://host:8786) to run on instead.
    partition_size: documents per task; batch_size: documents per model batch inside a task.
    on_documents: called with the number of documents of each partition done (or found done).
    on_partition: called with each partition's result as it is kept.
    on_start: called once the cluster is up and the model loaded in every worker.
    """
    out = Path(out)
    summary = BatchSummary(out=out)
    with _sole_run(out / WORK_DIR):
        manifest = Manifest.open(out / WORK_DIR, partition_size)
        started = time.perf_counter()
        client, cluster = _connect(workers, scheduler)
        try:
            client.register_plugin(LoadModel())
            summary.workers = len(client.scheduler_info(n_workers=-1)["workers"])
            summary.dashboard, summary.dashboard_note = _dashboard(client, cluster)
            summary.seconds_start = time.perf_counter() - started
            if on_start is not None:
                on_start(summary)
            started = time.perf_counter()
            count = _extract_partitions(client, documents, manifest, summary, partition_size, batch_size,
                                        on_documents, on_partition)
            summary.seconds_extract = time.perf_counter() - started
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        started = time.perf_counter()
        events, published, errors = manifest.gather(count)
        merged = across_reports(events)  # across reports, over all events: the one call, as in pipeline.extract
        summary.records = write_events(merged, published, out / EVENTS_DIR)
        summary.errors = list(reading_errors or ()) + errors
        _write_atomically(out / ERRORS_FILE, "".join(line + "\n" for line in summary.errors).encode("utf-8"))
        summary.seconds_merge = time.perf_counter() - started
        return summary


@contextlib.contextmanager
def _sole_run(directory: Path) -> Iterator[None]:
    """Hold the output folder's lock while a run works in it: two runs there would redo and overwrite
    each other's partitions. The system lets the lock go when the process ends, however it ends."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = open(directory / LOCK, "a+b")
    except OSError as exc:
        raise UsageError(Messages.CANNOT_WRITE_OUT.format(detail=exc.strerror or exc), origin=str(directory)) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise UsageError(Messages.RUN_IN_PROGRESS, origin=str(directory.parent)) from exc
        yield


def _extract_partitions(client: Client, documents: Iterable[Document], manifest: Manifest, summary: BatchSummary,
                        partition_size: int, batch_size: int, on_documents, on_partition) -> int:
    """Send the partitions not done yet to the workers, keep each result; return the number of partitions."""
    run = uuid.uuid4().hex[:8]
    pending = as_completed()

    submitted: dict[str, tuple[int, str, list]] = {}  # task key -> (partition index, partition key, documents)
    resent: dict[int, int] = {}

    def send(index: int, key: str, part: list) -> None:
        attempt = resent.get(index, 0)
        future = client.submit(extract_partition, index, part, batch_size,
                               key=f"flashpoint-partition-{index}-{run}-{attempt}", pure=False, retries=_RETRIES)
        submitted[future.key] = (index, key, part)
        pending.add(future)

    def keep(future) -> None:
        index, key, part = submitted.pop(future.key)
        try:
            result = future.result()
        except Exception as exc:
            # A task that raised is an error; a result the client lost while a worker died (the
            # future never reached "error") is sent again, as the scheduler would have done.
            if future.status != "error" and resent.get(index, 0) < _RETRIES:
                resent[index] = resent.get(index, 0) + 1
                send(index, key, part)
                return
            detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            raise FlashpointError(Messages.PARTITION_FAILED.format(index=index, detail=detail)) from exc
        manifest.keep(result, key)
        if on_partition is not None:
            on_partition(result)
        if on_documents is not None:
            on_documents(len(result.doc_ids))

    index = -1
    for index, part in enumerate(_partitions(documents, partition_size)):
        summary.documents += len(part)
        summary.partitions += 1
        key = partition_key(part)
        if manifest.done(index, key):
            summary.partitions_resumed += 1
            if on_documents is not None:
                on_documents(len(part))
            continue
        send(index, key, part)
        # a bounded number of partitions in flight, so the inputs are streamed, never held whole;
        # counted anew each time, as workers of an existing cluster may come and go
        while pending.count() >= 2 * max(len(client.nthreads()), 1) + 1:
            keep(next(pending))
    for future in pending:
        keep(future)
    return index + 1


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    part: list[Document] = []
    for document in documents:
        part.append(document)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def partition_key(documents: list[Document]) -> str:
    """Return a digest of a partition's ids and texts: a rerun finds a partition done only if it is the same."""
    digest = hashlib.sha256()
    for d in documents:
        digest.update(f"{d.id}\0{d.text if isinstance(d.text, str) else repr(d.text)}\0".encode("utf-8", "replace"))
    return digest.hexdigest()


def _connect(workers: int | None, scheduler: str | None) -> tuple[Client, LocalCluster | None]:
    """Return a client of the scheduler at `scheduler`, or of a new local cluster of worker processes."""
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise UsageError(Messages.NO_SCHEDULER.format(detail=" ".join(str(exc).split())[:200]),
                             origin=scheduler) from exc
    dashboard = ":0" if importlib.util.find_spec("bokeh") is not None else None
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=dashboard, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _dashboard(client: Client, cluster: LocalCluster | None) -> tuple[str | None, str | None]:
    """Return (dashboard address, None) or (None, why there is none)."""
    if cluster is not None and importlib.util.find_spec("bokeh") is None:
        return None, "bokeh is not installed (pip install 'flashpoint[dashboard]')"
    if "dashboard" not in client.scheduler_info(n_workers=0).get("services", {}):
        return None, "the scheduler serves none"
    return client.dashboard_link, None


class Manifest:
    """The partitions a run in this folder has finished, each kept in its own file; written atomically."""

    def __init__(self, directory: Path, partition_size: int, done: dict[str, dict]):
        self.directory = directory
        self.partition_size = partition_size
        self.partitions = done

    @classmethod
    def open(cls, directory: Path, partition_size: int) -> Manifest:
        """Return the manifest in `directory` (a new one if there is none); UsageError if it is another run's."""
        path = directory / MANIFEST
        try:
            directory.mkdir(parents=True, exist_ok=True)
            data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        except OSError as exc:
            raise UsageError(Messages.CANNOT_WRITE_OUT.format(detail=exc.strerror or exc), origin=str(directory)) from exc
        except (ValueError, RecursionError) as exc:
            raise UsageError(Messages.BAD_MANIFEST.format(detail=exc), origin=str(path)) from exc
        if data is None:
            return cls(directory, partition_size, {})
        if not isinstance(data, dict) or not isinstance(data.get("done", {}), dict):
            raise UsageError(Messages.BAD_MANIFEST.format(detail="not a manifest object"), origin=str(path))
        if data.get("partition_size") != partition_size:
            raise UsageError(Messages.OTHER_PARTITION_SIZE.format(size=data.get("partition_size")), origin=str(path))
        return cls(directory, partition_size, data.get("done", {}))

    def done(self, index: int, key: str) -> bool:
        """Return True when partition `index` was finished with these very documents; UsageError if with others."""
        entry = self.partitions.get(str(index))
        if entry is None:
            return False
        if entry["key"] != key:
            raise UsageError(Messages.INPUTS_CHANGED.format(index=index), origin=str(self.directory / MANIFEST))
        return (self.directory / entry["file"]).exists()

    def keep(self, result: PartitionResult, key: str) -> None:
        """Write a partition's result, then list it as done (each file replaced whole, never half-written)."""
        name = f"partition-{result.index:06d}.pickle"
        _write_atomically(self.directory / name, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        self.partitions[str(result.index)] = {"key": key, "file": name, "documents": len(result.doc_ids)}
        data = {"partition_size": self.partition_size, "done": self.partitions}
        _write_atomically(self.directory / MANIFEST, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def gather(self, count: int) -> tuple[list[Event], dict[str, str], list[str]]:
        """Return the events (in partition order), publication dates and error lines of partitions 0..count-1."""
        events: list[Event] = []
        published: dict[str, str] = {}
        errors: list[str] = []
        for index in range(count):
            with open(self.directory / self.partitions[str(index)]["file"], "rb") as handle:
                result: PartitionResult = pickle.load(handle)
            events.extend(result.events)
            for doc_id, day in result.published.items():
                published[doc_id] = min(day, published.get(doc_id, day))
            errors.extend(result.errors)
        return events, published, errors


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# ---------------------------------------------------------------- Parquet

def _schema():
    import pyarrow as pa

    from flashpoint.export import CSV_COLUMNS
    numbers = {"lat": pa.float64(), "lon": pa.float64(), "confidence": pa.float64(), "geo_precision": pa.int64(),
               "fatalities_low": pa.int64(), "fatalities_high": pa.int64(), "injured_low": pa.int64(),
               "injured_high": pa.int64(), "count": pa.int64()}
    return pa.schema([(c, numbers.get(c, pa.string())) for c in CSV_COLUMNS] + [("record", pa.string())])


def write_events(events: list[Event], published: dict[str, str], directory: Path) -> int:
    """Write events as Parquet under `directory`/published=DAY/ (the earliest report's day); return how many.

    The folder is written beside `directory` and swapped in at the end, so a reader never sees half a run.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from flashpoint.export import flat

    by_day: dict[str, list[dict]] = {}
    for event in events:
        days = [published[s] for s in event.sources if s in published]
        record = event.to_record()
        row = flat(record)
        row["record"] = json.dumps(record, ensure_ascii=False)
        by_day.setdefault(min(days) if days else UNDATED, []).append(row)
    schema = _schema()
    staging = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    for day, rows in sorted(by_day.items()):
        folder = staging / f"published={day}"
        folder.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-0.parquet")
    staging.mkdir(parents=True, exist_ok=True)  # no events: an empty folder, still swapped in
    old = directory.with_name(f".{directory.name}.{os.getpid()}.old")
    if directory.exists():
        os.replace(directory, old)
    os.replace(staging, directory)
    shutil.rmtree(old, ignore_errors=True)
    return len(events)


def read_events(out: str | os.PathLike) -> list[dict]:
    """Return the contract records a batch run wrote under `out` (its events/ folder), day by day."""
    import pyarrow.parquet as pq

    directory = Path(out) / EVENTS_DIR
    records = []
    for path in sorted(directory.glob("published=*/*.parquet")):
        records.extend(json.loads(r) for r in pq.read_table(path, columns=["record"]).column("record").to_pylist())
    return records
