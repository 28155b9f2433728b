"""Loads the data files under `flashpoint/data/` once per process."""
from __future__ import annotations

import csv
import gc
import io
from functools import lru_cache
from importlib import resources

import yaml


def data_text(relative: str) -> str:
    """Return the text of a file under flashpoint/data/ (e.g. 'actors/groups.yaml')."""
    ref = resources.files("flashpoint").joinpath("data")
    for part in relative.split("/"):
        ref = ref.joinpath(part)
    return ref.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(relative: str):
    """Return a parsed YAML data file (cached: data files are read once per process)."""
    return yaml.safe_load(data_text(relative))


@lru_cache(maxsize=None)
def load_csv(relative: str) -> tuple[dict, ...]:
    """Return the rows of a CSV data file as dicts (cached)."""
    return tuple(csv.DictReader(io.StringIO(data_text(relative))))


def freeze_loaded() -> None:
    """Take every object alive now out of the cycle collector's full passes, for the process's life.

    Called once the language model, or the lexicons, actor base and gazetteer, are loaded: they stay
    until the process ends, and each full collection would otherwise walk them all again (0.1 s of
    CPU a pass over the 110k objects loaded; a run of 350 reports makes one or two such passes).
    Objects made later are collected as before.
    """
    gc.collect()  # what is garbage now is freed, not kept for good
    gc.freeze()
