"""Knowledge files: the bundled places and actors, and the ones a user adds.

Bundled entries live under `flashpoint/data/`; a user adds or overrides entries in the same format with
`--places FILE` / `--actors FILE`, or by dropping files into a config directory: `$FLASHPOINT_DATA`, else
`~/.config/flashpoint/` (`places.yaml` or `places/*.yaml`, `actors.yaml` or `actors/*.yaml`).

A file is a YAML list, one entry a line (`- {name: ..., ...}`), an entry may go on over indented lines.
Each entry is read on its own: a bad one gives one `DataError` naming the file and line, the rest loads.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import yaml

from flashpoint.errors import DataError, Messages
from flashpoint.resources import data_text

KINDS = ("places", "actors")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: the bundled files load 10x faster
_extra_files: dict[str, list[str]] = {"places": [], "actors": []}
reported: list[DataError] = []  # every bad entry told by `report`, for a caller's exit status


@dataclass(frozen=True)
class Entry:
    """One knowledge entry: its fields, and the file and line it was read from."""

    fields: dict
    origin: str
    line: int | None  # None for a bundled file read at once


def add_user_file(kind: str, path: str) -> None:
    """Register a user file of places or actors, read when the gazetteer or actor base is next built."""
    if path not in _extra_files[kind]:
        _extra_files[kind].append(path)


def clear_user_files() -> None:
    """Forget the files given with add_user_file (tests and long-lived processes)."""
    for files in _extra_files.values():
        files.clear()


def config_dir() -> Path:
    """Return the user's knowledge directory: $FLASHPOINT_DATA, else ~/.config/flashpoint."""
    env = os.environ.get("FLASHPOINT_DATA")
    if env:
        return Path(env).expanduser()
    return Path(os.path.expanduser("~")) / ".config" / "flashpoint"


def user_files(kind: str) -> list[str]:
    """Return the user's files of one kind: the config directory's first, then those given explicitly."""
    root = config_dir()
    found: list[str] = []
    single = root / f"{kind}.yaml"
    if single.is_file():
        found.append(str(single))
    folder = root / kind
    if folder.is_dir():
        found += sorted(str(p) for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return found + [f for f in _extra_files[kind] if f not in found]


def report(err: DataError) -> None:
    """Print a bad knowledge entry as one line on stderr (the default error handler) and note it."""
    reported.append(err)
    print(f"error: {err}", file=sys.stderr)


def valid(entry: Entry, problem: str | None, on_error: Callable[[DataError], None] | None) -> bool:
    """Return whether an entry has no problem; else tell on_error (raise without one: a bundled file's bug)."""
    if not problem:
        return True
    err = DataError(Messages.BAD_ENTRY.format(detail=problem), origin=entry.origin, line=entry.line)
    if on_error is None:
        raise err
    on_error(err)
    return False


def bundled_entries(relative: str) -> list[Entry]:
    """Return the entries of a bundled data file ('places/sites.yaml'), parsed at once (a bad one is a bug)."""
    origin = f"flashpoint/data/{relative}"
    items = yaml.load(data_text(relative), Loader=_LOADER) or []
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise DataError(Messages.BAD_ENTRY.format(detail="a knowledge file is a list of mappings"), origin=origin)
    return [Entry(item, origin, None) for item in items]


def read_user_entries(path: str, on_error: Callable[[DataError], None]) -> Iterator[Entry]:
    """Yield the good entries of a user file in order; each bad one (or an unreadable file) goes to on_error."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        on_error(DataError(Messages.BAD_KNOWLEDGE_FILE.format(detail=getattr(exc, "strerror", None) or exc),
                           origin=path))
        return
    yield from parse_entries(text, path, on_error)


def parse_entries(text: str, origin: str, on_error: Callable[[DataError], None]) -> Iterator[Entry]:
    """Yield each top-level `- ...` entry of a YAML list parsed on its own; bad ones go to on_error."""
    chunk: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" and chunk:
            chunk.append(line)  # an entry going on over an indented line
            continue
        if chunk:
            entry = _parse_chunk(chunk, origin, start, on_error)
            if entry is not None:
                yield entry
        chunk, start = [line], number
    if chunk:
        entry = _parse_chunk(chunk, origin, start, on_error)
        if entry is not None:
            yield entry


def _parse_chunk(lines: list[str], origin: str, line: int, on_error) -> Entry | None:
    if not lines[0].startswith("-"):
        on_error(DataError(Messages.BAD_ENTRY.format(detail="an entry starts with '- '"), origin=origin, line=line))
        return None
    try:
        value = yaml.load("\n".join(lines), Loader=_LOADER)
    except yaml.YAMLError as exc:
        detail = str(getattr(exc, "problem", None) or exc).splitlines()[0]
        on_error(DataError(Messages.BAD_ENTRY.format(detail=f"not valid YAML: {detail}"), origin=origin, line=line))
        return None
    if not isinstance(value, list) or len(value) != 1 or not isinstance(value[0], dict):
        on_error(DataError(Messages.BAD_ENTRY.format(detail="an entry is one mapping: - {name: ..., ...}"),
                           origin=origin, line=line))
        return None
    return Entry(value[0], origin, line)
