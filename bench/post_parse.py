"""CPU seconds of the work after the parse (extract_document + across_reports), the texts parsed once.

What `bench/throughput.py` cannot show on a busy machine: a few per cent of the rules' time. Here the
corpus is parsed once, untimed; one pass reads every document (warming the memos, as the bench's later
rounds are warm), then each timed pass reads them all again. Prints the CPU seconds of each pass, their
minimum and median, and that minimum over the parse's own CPU seconds (the share the rules add to it).
With --against SRC, the same is run in a fresh process on another copy of the code (a `src` folder, e.g.
`git archive REV src | tar -x -C /tmp/rev`), the two processes one after the other, and the ratio printed:

    python bench/post_parse.py                            # demo/docs, 5 passes
    python bench/post_parse.py --against /tmp/rev/src     # and the same passes on another copy of the code
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(src: str, inputs: list[str], passes: int) -> tuple[float, list[float]]:
    """Return (parse CPU seconds, CPU seconds of each warm pass) with the package imported from src."""
    sys.path.insert(0, src)
    from flashpoint import nlp, pipeline
    from flashpoint.documents import read_documents

    docs = list(read_documents(inputs, published=None, on_error=lambda err: print(f"skipped: {err}", file=sys.stderr)))
    model = nlp.load()
    pipeline.resources()
    started = time.process_time()
    sdocs = list(model.pipe([d.text[:pipeline.MAX_PARSE_CHARS] for d in docs], batch_size=16))
    parse = time.process_time() - started

    def one_pass() -> float:
        started = time.process_time()
        events = [e for d, s in zip(docs, sdocs) for e in pipeline.extract_document(d, s)]
        pipeline.across_reports(events)
        return time.process_time() - started

    one_pass()  # warm-up: the gazetteer's and the actor base's memos, as in the bench's later rounds
    return parse, [one_pass() for _ in range(passes)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="CPU seconds of extraction after the parse, texts parsed once")
    p.add_argument("--input", nargs="+", default=[str(REPO / "demo" / "docs")], metavar="PATH")
    p.add_argument("--passes", type=int, default=5)
    p.add_argument("--src", default=str(REPO / "src"), help="the code to time (a src folder; default this one)")
    p.add_argument("--against", metavar="SRC", help="another src folder, timed after this one in a fresh process")
    args = p.parse_args(argv)
    if args.passes < 1:
        p.error("--passes takes a whole number of 1 or more")
    if args.against:
        mine = _run(args.src, args)
        other = _run(args.against, args)
        print(f"ratio {args.src} / {args.against}: {mine / other:.3f} (minimum CPU seconds of a pass)")
        return 0
    parse, passes = measure(args.src, args.input, args.passes)
    print(f"{args.src}: parse {parse:.2f} CPU s; post-parse passes {' '.join(f'{x:.3f}' for x in passes)}; "
          f"min {min(passes):.3f}, median {statistics.median(passes):.3f}; min / parse {min(passes) / parse:.2f}")
    return 0


def _run(src: str, args) -> float:
    """Run this script on src in a fresh process; print its line and return its minimum."""
    out = subprocess.run([sys.executable, __file__, "--src", src, "--passes", str(args.passes), "--input", *args.input],
                         capture_output=True, text=True, check=True).stdout.strip()
    print(out)
    return float(out.split("min ")[1].split(",")[0])


if __name__ == "__main__":
    sys.exit(main())
