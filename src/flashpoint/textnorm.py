"""Name normalisation shared by the actor base, the gazetteer and the evaluator."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# letters that Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "þ": "th", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h"})
_PUNCT = re.compile(r"[\u2018\u2019'`´\".,;:!?()\[\]{}]")
_DASH = re.compile(r"[\u2010-\u2015\-_/]")
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|a|an)\s+")


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    """Return the lookup key of one token, keeping 'the' (cached: the same words recur everywhere).

    A hyphenated token gives several words ("Al-Asad" -> "al asad").
    """
    if word.lower() in ("the", "a", "an"):
        return word.lower()
    return normalise_name(word)


@lru_cache(maxsize=200_000)
def normalise_name(text: str) -> str:
    """Return a lookup key: casefolded, accents and punctuation dropped, 'the' removed.

    "Kataeb Hezbollah's" -> "kataeb hezbollah", "U.S." -> "us", "Ain al-Asad" -> "ain al asad".
    """
    if not text:
        return ""
    if not text.isascii():  # ASCII has no accents to drop: skip the slow part for most names
        text = text.translate(_UNDECOMPOSED)  # "Reyhanlı", "Łódź": letters NFKD leaves whole
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = re.sub(r"[\u2019']s\b", "", text)  # possessive
    text = _PUNCT.sub("", text)
    text = _DASH.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return _LEADING.sub("", text)
