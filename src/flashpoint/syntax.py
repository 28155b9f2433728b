"""Small helpers over spaCy tokens, shared by the stages that read the parse."""
from __future__ import annotations

from bisect import bisect_left


def head_of(tokens):
    """Return the token of a contiguous run whose head lies outside it (the run's syntactic head)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]


class TokenTable:
    """The token values the extraction reads again and again, of one parsed document, as plain lists.

    Every `doc[i]` and every `for t in sent` builds a new spaCy Token, and each of its string
    attributes is a look-up in the string store: the stages read each token's lemma, tag and text
    tens of times, which cost more than the reading itself. Here each is read once; list index i
    is token i. `lemma` is lower-cased (every reader lower-cases it).
    """

    __slots__ = ("text", "lower", "lemma", "pos", "tag", "dep", "ent_iob", "ent_type", "is_space",
                 "is_punct", "is_alpha", "idx", "doc_text", "_breaks", "_doc", "_sents")

    def __init__(self, doc):
        self.text, self.lower, self.lemma, self.pos, self.tag, self.dep = [], [], [], [], [], []
        self.ent_iob, self.ent_type, self.is_space, self.is_punct, self.is_alpha, self.idx = [], [], [], [], [], []
        for t in doc:
            self.text.append(t.text)
            self.lower.append(t.lower_)
            self.lemma.append(t.lemma_.lower())
            self.pos.append(t.pos_)
            self.tag.append(t.tag_)
            self.dep.append(t.dep_)
            self.ent_iob.append(t.ent_iob_)
            self.ent_type.append(t.ent_type_)
            self.is_space.append(t.is_space)
            self.is_punct.append(t.is_punct)
            self.is_alpha.append(t.is_alpha)
            self.idx.append(t.idx)
        self.doc_text = doc.text
        # the tokens whose text holds a line break (a token's trailing whitespace is one space or none)
        self._breaks = [i for i, text in enumerate(self.text) if "\n" in text]
        self._doc, self._sents = doc, None

    def sentences(self) -> list:
        """Return a new list of the document's sentences (`Doc.sents` walks every token on each call)."""
        if self._sents is None:
            self._sents = list(self._doc.sents)
        return list(self._sents)

    def span_text(self, start: int, end: int) -> str:
        """Return `doc[start:end].text` (no trailing whitespace) without building the span."""
        if end <= start:
            return ""
        return self.doc_text[self.idx[start]:self.idx[end - 1] + len(self.text[end - 1])]

    def line_break(self, start: int, end: int) -> bool:
        """Return True when the text of tokens start..end-1, with their trailing whitespace, holds a line break."""
        k = bisect_left(self._breaks, start)
        return k < len(self._breaks) and self._breaks[k] < end


_LAST: tuple | None = None  # (doc, its table): the stages of one document ask for the same doc's table


def token_table(doc) -> TokenTable:
    """Return the token table of a parsed document, built on the first call for that document.

    Only the last document's table is kept: documents are read one at a time, and holding one
    document alive keeps it from being taken for another one that reused its memory.
    """
    global _LAST
    last = _LAST
    if last is not None and last[0] is doc:
        return last[1]
    table = TokenTable(doc)
    _LAST = (doc, table)
    return table
