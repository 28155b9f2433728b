"""Time and memory of hostile inputs through the readers and the extraction, with the limits in force.

Prints one line per case: what happened (documents read and records written, or the one-line
refusal), seconds, and the process's peak resident memory so far. Runs from any folder:

    python bench/hostile.py            # every case
    python bench/hostile.py --quick    # the smaller cases only (no 3,000-sentence report)

The figures go into docs/robustness.md. Timings on a shared machine vary by 2x or more: what
matters is the order of magnitude (seconds, not minutes) and that refusals take no parsing time.
"""
from __future__ import annotations

import argparse
import gzip
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:  # runs without an installed package too
    sys.path.insert(0, str(REPO / "src"))

from flashpoint import documents, nlp, pipeline  # noqa: E402
from flashpoint.documents import read_documents  # noqa: E402

BODY = "<p>Gunmen killed five villagers in Kano on Monday, police said in a statement on Tuesday.</p>"
LOL = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))


def page(inner: str) -> str:
    return f"<html><head><title>Attack</title></head><body>{inner}</body></html>"


def cases(quick: bool) -> list[tuple[str, str, bytes]]:
    """Return (name, file name, bytes) of every hostile input."""
    found = [
        ("HTML nested 100,000 deep", "deep.html", page("<div>" * 100_000 + BODY + "</div>" * 100_000).encode()),
        ("HTML tag with 200,000 attributes", "attrs.html",
         page("<article><p " + " ".join(f"a{i}=1" for i in range(200_000)) + f">x</p>{BODY}</article>").encode()),
        ("HTML with 200,000 table cells", "cells.html",
         page("<table>" + "<tr><td>x</td>" * 100_000 + "</table>" + BODY).encode()),
        ("HTML attribute of 3 MB", "attr.html", page(f'<article><p title="{"x" * 3_000_000}">x</p>{BODY}</article>').encode()),
        ("billion laughs in HTML", "lol.html",
         (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol0 "lol">{LOL}]>' + page(f"<p>&lol9;</p>{BODY}")).encode()),
        ("external entity in HTML", "xxe.html",
         ('<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + page(f"<p>&xxe;</p>{BODY}")).encode()),
        ("gzip bomb (10 MB of zeros) as .txt", "bomb.txt", gzip.compress(b"\0" * 10_000_000, 9)),
        ("one sentence of 5,000 'killed'", "killed.txt", b"killed " * 5_000),
        ("200,000 characters without a space", "word.txt", b"a" * 200_000),
        ("lone surrogates in JSONL", "sur.jsonl",
         b'{"id": "a\\udfff", "text": "Gunmen killed five people in Kano on Monday. \\ud800", "published": "2024-01-03"}\n'),
    ]
    if not quick:
        found.append(("3,000 short incident sentences", "many.txt", b"Gunmen killed 3 people in Kano on Monday. " * 3_000))
    return found


def run(name: str, path: Path) -> str:
    errors: list = []
    started = time.perf_counter()
    docs = list(read_documents([str(path)], published=date(2024, 1, 8), on_error=errors.append))
    read = time.perf_counter() - started
    records = sum(len(pipeline.extract_document(d)) for d in docs)
    total = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    outcome = f"refused: {errors[0].message}" if errors and not docs else f"{len(docs)} read, {records} records"
    return f"{name:<40} {total:7.1f} s (reading {read:5.1f} s)  peak {peak:5d} MB  {outcome}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the slowest case")
    args = parser.parse_args()
    print(f"limits: document {documents.MAX_DOCUMENT_BYTES:,} bytes, JSONL line {documents.MAX_LINE_BYTES:,} bytes, "
          f"parsed text {pipeline.MAX_PARSE_CHARS:,} chars, sentence {nlp.MAX_SENTENCE_TOKENS} tokens, "
          f"mentions/report {pipeline.MAX_MENTIONS:,}, HTML depth {documents.MAX_HTML_DEPTH}, "
          f"elements {documents.MAX_HTML_ELEMENTS:,}, attributes/tag {documents.MAX_HTML_ATTRIBUTES:,}, "
          f"documents/request {documents.MAX_DOCUMENTS_PER_REQUEST:,}")
    started = time.perf_counter()
    pipeline.extract_document(documents.document_from_record(
        {"id": "w", "text": "Gunmen killed two.", "published": "2024-01-01"}))
    print(f"{'model and resources loaded':<40} {time.perf_counter() - started:7.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for name, file_name, data in cases(args.quick):
            path = Path(tmp) / file_name
            path.write_bytes(data)
            print(run(name, path), flush=True)


if __name__ == "__main__":
    main()
