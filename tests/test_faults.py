"""Store faults through the command line (issue 8): a full disk while ingesting, and a locked,
read-only or newer-schema store given to `flashpoint ingest`: one error line, no traceback, the
store intact (or its bytes unchanged) and usable afterwards.

tests/test_store.py covers these faults at the Python level (Store raises StoreError); here the
whole command runs in a child process, as a user would run it.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from datetime import date
from pathlib import Path

import duckdb
import pytest

import flashpoint
from flashpoint.model import Document
from flashpoint.store import SCHEMA_VERSION, Store

SRC = Path(__file__).resolve().parents[1] / "src"
FIRST = [Document(f"first-{n}", f"Gunmen killed {n + 2} villagers in an attack near Kidal, Mali on Monday, "
                  f"officials said. Report number {n}.", date(2024, 3, 4 + n), "Fault Wire") for n in range(3)]


def later_docs(n: int) -> list[dict]:
    return [{"id": f"later-{i}", "published": "2024-06-10", "source": "Fault Wire",
             "text": f"Militants shelled a market in Goma on Sunday, killing {i % 40 + 2} civilians, aid workers "
                     f"said. Witness account {i}: " + " ".join(f"word{i}x{j}" for j in range(200))} for i in range(n)]


def ingest_cli(db: Path, docs: Path, preexec=None) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp")}
    return subprocess.run([sys.executable, "-m", "flashpoint.cli", "ingest", str(docs), "--db", str(db), "--quiet"],
                          capture_output=True, text=True, timeout=600, env=env, preexec_fn=preexec)


def counts(path: Path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "reports", "events")}
    finally:
        con.close()


def one_error_line(done: subprocess.CompletedProcess, *words: str) -> str:
    err = done.stderr
    assert done.returncode != 0, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for word in words:
        assert word in lines[0], err
    return lines[0]


def small_filesystem(size_mb: int):
    """Return (folder, cleanup) of a tmpfs of size_mb, or None when this process may not mount one."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="flashpoint-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        folder.rmdir()
        return None

    def cleanup():
        subprocess.run(["umount", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)
    return folder, cleanup


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system holding `folder` until only `leave` bytes are free; return the filler file."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as out:
        out.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_while_ingesting_is_one_line_and_the_store_survives(tmp_path, nlp):
    docs = tmp_path / "later.jsonl"
    docs.write_text("\n".join(json.dumps(d) for d in later_docs(60)) + "\n", encoding="utf-8")
    mounted = small_filesystem(24)
    how = "tmpfs" if mounted else "RLIMIT_FSIZE"
    if mounted:
        folder, cleanup = mounted
    else:
        folder, cleanup = tmp_path, lambda: None
    try:
        db = folder / "s.duckdb"
        flashpoint.open(db).ingest(FIRST)
        before = counts(db)
        assert before["documents"] == 3 and before["events"] >= 1
        if mounted:
            filler = fill(folder, leave=96 * 1024)
            done = ingest_cli(db, docs)
        else:
            limit = 32 * 1024  # per file: the WAL cannot grow past it, nor the database write past its start

            def preexec():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            filler = None
            done = ingest_cli(db, docs, preexec)
        line = one_error_line(done)
        assert "could not be written" in line and "internal error" not in line, line
        assert any(w in line for w in ("No space left on device", "File too large")), line
        assert str(db) in line or "s.duckdb" in line, line
        # the store holds what it held (or documents wholly committed before the disk filled), and reopens
        if filler is not None:
            filler.unlink()
        after = counts(db)
        assert after["documents"] >= before["documents"] and after["events"] >= before["events"]
        stored = Store(db, read_only=True)
        assert set(stored.events()["event_id"]) >= set(Store(db, read_only=True).events()["event_id"])
        ids = {d["doc_id"] for d in duckdb.connect(str(db), read_only=True)
               .execute("SELECT doc_id FROM documents").df().to_dict("records")}
        assert {d.id for d in FIRST} <= ids
        # with room again, the same ingest completes: nothing lost, nothing twice
        done = ingest_cli(db, docs)
        assert done.returncode == 0, done.stderr
        final = counts(db)
        assert final["documents"] == 3 + 60
        again = ingest_cli(db, docs)
        assert again.returncode == 0 and counts(db) == final
        print(f"full disk via {how}: {line}\n"
              f"stored {before['documents']} -> {after['documents']} documents at the fault, "
              f"{final['documents']} after")
    finally:
        cleanup()


def _fingerprint(path: Path) -> tuple:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def store_and_docs(tmp_path, nlp):
    db = tmp_path / "s.duckdb"
    flashpoint.open(db).ingest(FIRST[:1])
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps(later_docs(1)[0]) + "\n", encoding="utf-8")
    return db, docs


def test_a_newer_schema_is_one_line_and_the_file_untouched(store_and_docs):
    db, docs = store_and_docs
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    before = _fingerprint(db)
    one_error_line(ingest_cli(db, docs), str(db), "newer flashpoint")
    assert _fingerprint(db) == before


def test_a_locked_store_is_one_line_and_the_file_untouched(store_and_docs):
    db, docs = store_and_docs
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r})
        print("holding", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        before = _fingerprint(db)
        one_error_line(ingest_cli(db, docs), str(db), f"PID {holder.pid}")
        assert _fingerprint(db) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_read_only_store_is_one_line_and_the_file_untouched(store_and_docs):
    db, docs = store_and_docs
    db.chmod(0o444)
    immutable = os.geteuid() == 0  # root ignores modes: make the file immutable instead
    if immutable and (shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(db)]).returncode != 0):
        pytest.skip("running as root on a file system without immutable files")
    try:
        before = _fingerprint(db)
        one_error_line(ingest_cli(db, docs), str(db), "cannot be written")
        assert _fingerprint(db) == before
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(db)])
        db.chmod(0o644)


# ---------------------------------------------------------------- kill -9 of a whole `flashpoint batch`

DEV = Path(__file__).resolve().parents[1] / "demo" / "docs" / "dev.jsonl"


def test_kill_9_of_a_whole_batch_then_rerun_resumes_losing_and_doubling_nothing(tmp_path, nlp):
    """The CLI process and its cluster's workers killed at once (SIGKILL to the process group) once a
    few partitions are done; the same command again resumes them, and the events are extract's."""
    import time

    from flashpoint.batch import MANIFEST, WORK_DIR, read_events
    from flashpoint.documents import read_documents
    from flashpoint.pipeline import extract

    out = tmp_path / "out"
    args = [sys.executable, "-m", "flashpoint.cli", "batch", str(DEV), "--out", str(out), "--workers", "1",
            "--partition-size", "2"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    first = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    manifest = out / WORK_DIR / MANIFEST
    done_at_kill = 0
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and first.poll() is None:
            if manifest.exists():
                try:
                    done_at_kill = len(json.loads(manifest.read_text(encoding="utf-8")).get("done", {}))
                except ValueError:
                    done_at_kill = 0
                if done_at_kill >= 2:
                    os.killpg(first.pid, signal.SIGKILL)
                    break
            time.sleep(0.05)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=60)
    assert first.returncode == -signal.SIGKILL, "the batch ended before it could be killed"
    assert done_at_kill >= 2 and not (out / "events").exists()
    second = subprocess.run(args, capture_output=True, text=True, timeout=600, env=env)
    assert second.returncode == 0, second.stderr
    resumed = int(second.stderr.split(" done by an earlier run")[0].rsplit("(", 1)[1])
    assert resumed >= done_at_kill
    got = read_events(out)
    ids = [r["event_id"] for r in got]
    assert len(ids) == len(set(ids)), "an event written twice"
    expected = {e.event_id: e.to_record() for e in extract(read_documents([str(DEV)]))}
    assert {r["event_id"]: r for r in got} == expected
    print(f"batch kill -9 after {done_at_kill} partitions; rerun resumed {resumed}, {len(ids)} events, none lost or twice")
