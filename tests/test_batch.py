"""`flashpoint batch` on real Dask LocalClusters of worker processes: same events as `extract`, faults survived.

Two clusters start here: one made by `flashpoint batch --workers 2` itself, one module fixture of two
worker processes that the other tests join with `scheduler=` (and whose workers one test kills).
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import signal
import sys
from collections import Counter
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from flashpoint import batch as batch_module
from flashpoint.batch import ERRORS_FILE, run_batch, read_events
from flashpoint.cli import main
from flashpoint.documents import read_documents
from flashpoint.errors import UsageError
from flashpoint.model import Document
from flashpoint.pipeline import extract

sys.path.insert(0, str(Path(__file__).parent))
from test_warc import build_archive  # noqa: E402  the same fixture archive, built with warcio

DEMO = Path(__file__).resolve().parents[1] / "demo" / "docs"


def records_of(documents) -> list[dict]:
    return [e.to_record() for e in extract(documents)]


def by_id(records: list[dict]) -> dict[str, dict]:
    ids = Counter(r["event_id"] for r in records)
    assert not [i for i, n in ids.items() if n > 1], "an event written twice"
    return {r["event_id"]: r for r in records}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local, Client(local) as client:
        yield local, client


@pytest.fixture(scope="module")
def wire():
    """The dev wire items (22 reports), the first four again as syndicated copies under ids of their own."""
    unique = list(read_documents([str(DEMO / "dev.jsonl")]))
    return unique + [dataclasses.replace(d, id=f"{d.id}~copy") for d in unique[:4]]


@pytest.fixture(scope="module")
def wire_records(wire):
    return by_id(records_of(wire))


def test_batch_with_two_workers_gives_the_events_of_extract(tmp_path, capsys):
    archive = build_archive(tmp_path / "crawl.warc.gz")
    broken = tmp_path / "more.jsonl"
    broken.write_text('{"id": "x1", "text": "Gunmen killed three villagers in Zamfara on Monday, police said.", '
                      '"published": "2024-03-04"}\n{"id": "x2", "text": \n', encoding="utf-8")
    inputs = [str(DEMO), str(archive), str(broken)]
    out = tmp_path / "out"
    status = main(["batch", *inputs, "--out", str(out), "--workers", "2", "--partition-size", "8"])
    err = capsys.readouterr().err
    assert status == 1  # one input line was bad
    expected = by_id(records_of(read_documents(inputs, on_error=lambda e: None)))
    got = by_id(read_events(out))
    assert got == expected
    assert any(s.startswith("urn:uuid:") for r in got.values() for s in r["sources"])  # the WARC's pages
    # one folder per publication day, each event under its earliest report's day
    days = {p.name for p in (out / "events").iterdir()}
    published = {d.id: d.published.isoformat() for d in read_documents(inputs, on_error=lambda e: None)}
    assert days == {"published=" + min(published[s] for s in r["sources"]) for r in got.values()}
    errors = (out / ERRORS_FILE).read_text(encoding="utf-8").splitlines()
    assert errors == [f"{broken}:2: line is not valid JSON (Expecting value at column 22); "
                      "write one JSON object per line"]
    assert "local cluster of 2 worker processes" in err
    if importlib.util.find_spec("bokeh") is None:
        assert "dashboard none: bokeh is not installed" in err
    else:
        assert "dashboard http://" in err


def test_killed_worker_loses_and_duplicates_no_document(tmp_path, cluster, wire, wire_records):
    local, client = cluster
    killed = {}

    def kill_a_busy_worker(result):
        if killed:
            return
        busy = {w: tasks for w, tasks in client.processing().items() if tasks}
        if not busy:
            return  # between tasks: try at the next partition
        worker = next(iter(busy))
        pids = client.run(os.getpid)
        killed.update(worker=worker, pid=pids[worker], tasks=busy[worker])
        os.kill(pids[worker], signal.SIGKILL)

    seen = []
    summary = run_batch(wire, tmp_path / "out", scheduler=local.scheduler_address, partition_size=2,
                        on_partition=lambda r: (seen.extend(r.doc_ids), kill_a_busy_worker(r)))
    assert killed["tasks"], "the killed worker was running a partition"
    assert sorted(seen) == sorted(d.id for d in wire)  # every document once: none lost, none twice
    assert summary.documents == len(wire) and summary.errors == []
    assert by_id(read_events(tmp_path / "out")) == wire_records
    client.wait_for_workers(2, timeout=60)  # the nanny brought the worker back for the next tests


def test_interrupted_run_resumes_without_redoing_finished_partitions(tmp_path, cluster, wire, wire_records):
    local, _ = cluster
    out = tmp_path / "out"
    first = []

    def interrupt(result):
        first.append(result.index)
        if len(first) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(wire, out, scheduler=local.scheduler_address, partition_size=2, on_partition=interrupt)
    assert not (out / "events").exists()
    second = []
    summary = run_batch(wire, out, scheduler=local.scheduler_address, partition_size=2,
                        on_partition=lambda r: second.append(r.index))
    assert summary.partitions_resumed == 3
    assert not set(first) & set(second) and sorted(first + second) == list(range(summary.partitions))
    assert by_id(read_events(out)) == wire_records
    with pytest.raises(UsageError, match="--partition-size 2"):
        run_batch(wire, out, scheduler=local.scheduler_address, partition_size=3)
    changed = [dataclasses.replace(wire[0], text=wire[0].text + " Updated.")] + wire[1:]
    with pytest.raises(UsageError, match="partition 0 holds other documents"):
        run_batch(changed, out, scheduler=local.scheduler_address, partition_size=2)


def test_bad_document_is_one_error_line_and_its_partition_goes_on(tmp_path, cluster, wire):
    local, _ = cluster
    bad = Document(id="bad", text=None, origin="feed.jsonl:7")  # no text: the parser cannot take it
    documents = [wire[0], bad, wire[1]]
    summary = run_batch(documents, tmp_path / "out", scheduler=local.scheduler_address, partition_size=8)
    assert len(summary.errors) == 1
    line = summary.errors[0]
    assert line.startswith("feed.jsonl:7: events could not be read from this document (TypeError: ") and "\n" not in line
    assert (tmp_path / "out" / ERRORS_FILE).read_text(encoding="utf-8") == line + "\n"
    assert by_id(read_events(tmp_path / "out")) == by_id(records_of([wire[0], wire[1]]))


def test_each_worker_loaded_the_model_once(cluster):
    _, client = cluster  # after the runs above, a worker restarted after a kill included
    from flashpoint import nlp
    loads = client.run(lambda: nlp.load.cache_info().misses)
    assert len(loads) == 2 and set(loads.values()) == {1}


def test_unreachable_scheduler_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(batch_module, "CONNECT_TIMEOUT", "1s")
    doc = tmp_path / "a.jsonl"
    doc.write_text(json.dumps({"id": "a", "text": "Protesters marched in Nairobi.", "published": "2024-06-25"}) + "\n")
    status = main(["batch", str(doc), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert err[-1].startswith("error: tcp://127.0.0.1:9: cannot reach the Dask scheduler")


def test_workers_and_scheduler_together_is_one_line(tmp_path, capsys):
    status = main(["batch", str(DEMO), "--out", str(tmp_path / "out"), "--workers", "2",
                   "--scheduler", "tcp://127.0.0.1:8786"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and len(err) == 1 and "give one or the other" in err[0]
    assert not (tmp_path / "out").exists()


def test_a_second_run_in_the_same_folder_is_refused(tmp_path, wire):
    with batch_module._sole_run(tmp_path / "out" / batch_module.WORK_DIR):
        with pytest.raises(UsageError, match="another batch run is working in this output folder"):
            run_batch(wire, tmp_path / "out", workers=1)


@pytest.mark.parametrize("content", ["[" * 100_000, "[1, 2]", '{"partition_size": 2, "done": [1]}', "{", "null x"])
def test_a_damaged_manifest_is_one_line(tmp_path, content):
    # found by probing: a manifest nested too deeply (RecursionError) or a list (AttributeError) escaped
    (tmp_path / batch_module.MANIFEST).write_text(content)
    with pytest.raises(UsageError, match="the resume manifest is not valid JSON") as caught:
        batch_module.Manifest.open(tmp_path, 2)
    assert "\n" not in str(caught.value)
