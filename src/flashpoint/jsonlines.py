"""JSON Lines read safely: bounded lines and one-line errors for any JSON a line may hold.

Shared by every JSONL reader (documents, gold and prediction files, event records): a line longer than
the limit is skipped in bounded chunks, never held whole, and whatever `json.loads` raises on a line
(bad syntax, a number of over 4,300 digits, arrays nested thousands deep) becomes one InputError
naming the file and line, never a traceback.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from flashpoint.errors import InputError, Messages

# One JSONL line larger than this is refused, and skipped without being loaded whole; the lines after
# it are still read.
MAX_LINE_BYTES = 5_000_000
_DRAIN_CHUNK = 1 << 20


def bounded_lines(stream, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line without its newline, size in bytes); the line is None when over `limit`.

    An overlong line is skipped in bounded chunks, never held whole in memory.
    """
    number = 0
    while raw := stream.readline(limit + 2):
        number += 1
        ending = raw[-2:]
        total = len(raw)
        if len(raw) == limit + 2 and not raw.endswith(b"\n"):
            while piece := stream.readline(_DRAIN_CHUNK):
                total += len(piece)
                ending = (ending + piece)[-2:]
                if piece.endswith(b"\n"):
                    break
        size = total - (2 if ending == b"\r\n" else 1 if ending.endswith(b"\n") else 0)
        yield number, (None if size > limit else raw.rstrip(b"\r\n")), size


def parse_line(line: str, origin: str, number: int):
    """Return the JSON value of one line; InputError (file:line, NOT_JSON) for anything json.loads refuses."""
    try:
        return loads(line)
    except ValueError as exc:
        raise InputError(Messages.NOT_JSON.format(detail=exc), origin=origin, line=number) from exc.__cause__


def loads(text: str):
    """Return the JSON value of a text; ValueError with a one-line reason for anything json.loads refuses."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} at column {exc.colno}") from exc
    except (ValueError, RecursionError) as exc:  # a number of over 4,300 digits; arrays nested thousands deep
        raise ValueError("nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(":")[0]) from exc
