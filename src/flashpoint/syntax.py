"""Small helpers over spaCy tokens, shared by the stages that read the parse."""
from __future__ import annotations


def head_of(tokens):
    """Return the token of a contiguous run whose head lies outside it (the run's syntactic head)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]
