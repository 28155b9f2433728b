"""Coverage-guided fuzzing of the input side with atheris (libFuzzer for Python).

    python fuzz/fuzz_inputs.py TARGET [libFuzzer options] [CORPUS_DIR ...]

TARGET is one of fuzz/targets.py's TARGETS: readers (txt/html/jsonl/stdin bytes), parsers (dates,
numbers, casualty figures), extraction (text through the whole per-document pipeline) or files (gold,
predictions, event records, places/actors files, feeds, WARC archives). Only
flashpoint's own code is instrumented for coverage. Examples:

    python fuzz/fuzz_inputs.py parsers -runs=10000 -seed=1 fuzz/corpus/parsers
    python fuzz/fuzz_inputs.py readers -max_total_time=3600 -dict=fuzz/inputs.dict /tmp/corpus fuzz/corpus/readers

An input that breaks an invariant or raises anything but a FlashpointError stops the run and is
written as crash-<sha1> (see -artifact_prefix); replay it with `python fuzz/fuzz_inputs.py TARGET FILE`.
libFuzzer ends a clean run with "Done N runs in S second(s)" on stderr.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

with atheris.instrument_imports(include=["flashpoint", "targets"]):
    import targets  # noqa: E402


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in targets.TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(targets.TARGETS)}}} [libFuzzer options] [corpus ...]")
    name = sys.argv[1]
    target = targets.TARGETS[name]
    if name == "extraction":  # load the model and resources before the first input, not inside it
        target(b"\x02Gunmen killed five people in Kano on Monday.")
    atheris.Setup([sys.argv[0]] + sys.argv[2:], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
