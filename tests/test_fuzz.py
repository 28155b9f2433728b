"""Bounded coverage-guided fuzzing of the input side (fuzz/fuzz_inputs.py, atheris), part of `make test`.

Each target runs in its own process (libFuzzer exits when done) for a fixed number of inputs and a
fixed seed: 5,000 byte strings through the readers, 6,000 texts through the date, number and
casualty parsers, 300 texts through the whole extraction (the model makes it ~50 times slower),
6,000 byte strings as gold, prediction, event-record, knowledge, feed and WARC files.
`make fuzz` runs the same targets for as long as you give them. A failure prints libFuzzer's report
with the crashing input, which belongs in tests/test_hardening.py as a regression test.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
RUNS = {"readers": 5_000, "parsers": 6_000, "extraction": 300, "files": 6_000}


@pytest.mark.parametrize("target", sorted(RUNS))
def test_bounded_fuzz_run_finds_no_crash(target, tmp_path):
    corpus = tmp_path / "corpus"  # libFuzzer adds new inputs to the first folder: never the seeds
    corpus.mkdir()
    runs = RUNS[target]
    command = [sys.executable, str(FUZZ / "fuzz_inputs.py"), target, f"-runs={runs}", "-seed=1",
               f"-dict={FUZZ / 'inputs.dict'}", "-timeout=60", "-rss_limit_mb=3072", "-print_final_stats=1",
               f"-artifact_prefix={tmp_path}/", str(corpus), str(FUZZ / "corpus" / target)]
    done = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=900,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    report = done.stderr[-4000:]
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))]
    assert done.returncode == 0 and not crashes, f"{crashes}\n{report}"
    finished = re.search(r"Done (\d+) runs", done.stderr)
    assert finished and int(finished.group(1)) == runs, report


def test_fuzz_seeds_are_handled():
    """Every seed input replays through its target in this process, without atheris."""
    sys.path.insert(0, str(FUZZ))
    try:
        import targets
    finally:
        sys.path.remove(str(FUZZ))
    for target in ("readers", "parsers", "files"):
        for seed in sorted((FUZZ / "corpus" / target).iterdir()):
            targets.TARGETS[target](seed.read_bytes())
    assert targets.readers((FUZZ / "corpus" / "readers" / "seed-0").read_bytes()) == 1
    assert targets.parsers((FUZZ / "corpus" / "parsers" / "seed-0").read_bytes()) >= 2
    assert [targets.files((FUZZ / "corpus" / "files" / f"seed-{n}").read_bytes()) for n in range(7)] == [1, 1, 2, 1, 1,
                                                                                                        1, 1]
