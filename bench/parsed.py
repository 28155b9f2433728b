"""Shared harness of the learned components' cost benches (bench/event_filter.py, bench/pair_join.py): the
documents of --input parsed once, so that what follows times only extraction's own work on them."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402


def parsed_inputs(description: str, default_inputs: list[str], argv: list[str] | None = None):
    """Return (args, documents, their parses, CPU seconds of the parse) for a bench's command line
    (--input PATH..., --repeat N)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--input", nargs="+", default=default_inputs, metavar="PATH")
    p.add_argument("--repeat", type=int, default=2, help="times each document is run (default 2)")
    args = p.parse_args(argv)
    docs = list(read_documents(args.input))
    model = nlp.load()
    pipeline.resources()
    started = time.process_time()
    parsed = list(model.pipe((d.text[:pipeline.MAX_PARSE_CHARS] for d in docs), batch_size=16))
    return args, docs, parsed, time.process_time() - started
