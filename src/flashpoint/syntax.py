"""Small helpers over spaCy tokens, shared by the stages that read the parse."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SPACY, TAG


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
                 "is_punct", "is_alpha", "idx", "doc_text", "memo", "_breaks", "_doc", "_sents")

    def __init__(self, doc):
        # one array of ints for the whole document (no Token built), hashes turned into strings once each
        columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        orth, spacy, lemma, pos, tag, dep, iob, ent_type, idx = columns
        # a word's text, lower case and kind (space, punctuation, letters) are its lexeme's: read once per word
        words = _lexemes(doc, orth)
        self.text, self.lower, self.is_space, self.is_punct, self.is_alpha = (list(column) for column in zip(*words)) \
            if words else ([], [], [], [], [])
        self.lemma = _strings(doc, lemma, lowered=True)
        self.pos, self.tag, self.dep = _strings(doc, pos), _strings(doc, tag), _strings(doc, dep)
        self.ent_iob = list(map(_IOB.__getitem__, iob))
        self.ent_type = _strings(doc, ent_type)
        self.idx = idx
        # `doc.text` joins every token's text and its trailing space, building each Token
        self.doc_text = "".join([t + " " if sp else t for t, sp in zip(self.text, spacy)])
        # the tokens whose text holds a line break (a token's trailing whitespace is one space or none)
        self._breaks = [i for i, text in enumerate(self.text) if "\n" in text]
        self._doc, self._sents = doc, None
        self.memo: dict = {}  # what a stage reads once per document and another stage reads again

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

    def entities(self) -> list[tuple[int, int, str, str]]:
        """Return (start, end, label, text) of each entity of `doc.ents`, in order, without building its Span."""
        found = self.memo.get("entities")
        if found is None:
            found, start, iob, types = [], None, self.ent_iob, self.ent_type
            for i in range(len(iob) + 1):
                tag = iob[i] if i < len(iob) else "O"
                if tag == "I" and start is not None:
                    continue
                if start is not None:
                    found.append((start, i, types[start], self.span_text(start, i)))
                    start = None
                if tag == "B" and types[i]:
                    start = i
            self.memo["entities"] = found
        return found

    def sentence_start(self, i: int) -> int:
        """Return the first token of the sentence token i is in (`doc[i:i + 1].sent.start`)."""
        return self.sentence_bounds(i)[0]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Return (start, end) of the sentence token i is in (`doc[i:i + 1].sent`), without building it."""
        starts = self.memo.get("sentence starts")
        if starts is None:
            starts = self.memo["sentence starts"] = [s.start for s in self.sentences()]
        if not starts:
            return 0, len(self.text)
        k = bisect_right(starts, i)
        return starts[k - 1], starts[k] if k < len(starts) else len(self.text)

    def children(self, i: int) -> list[int]:
        """Return the ids of token i's syntactic children, in order (`[c.i for c in doc[i].children]`)."""
        kids = self.memo.get("children")
        if kids is None:
            kids = self.memo["children"] = [[] for _ in self.text]
            for k, head in enumerate(self._doc.to_array([HEAD]).astype("int64").tolist()):
                if head:  # (a sentence's root is its own head, no child of itself)
                    kids[k + head].append(k)
        return kids[i]

    def line_break(self, start: int, end: int) -> bool:
        """Return True when the text of tokens start..end-1, with their trailing whitespace, holds a line break."""
        k = bisect_left(self._breaks, start)
        return k < len(self._breaks) and self._breaks[k] < end


_COLUMNS = (ORTH, SPACY, LEMMA, POS, TAG, DEP, ENT_IOB, ENT_TYPE, IDX)
_IOB = ("", "I", "O", "B")  # Token.ent_iob_ by ENT_IOB value
_NAMES: dict[int, str] = {0: ""}  # string-store hash (or symbol id) -> its string: a hash names one string
_LOWERED: dict[int, str] = {0: ""}


def _strings(doc, keys: list[int], lowered: bool = False) -> list[str]:
    """Return the strings of string-store keys (0 is no value: ""), lower-cased when asked."""
    names = _LOWERED if lowered else _NAMES
    if len(names) > 500_000:
        names.clear()
        names[0] = ""
    out = list(map(names.get, keys))
    if None in out:  # a string not met before
        for k, name in enumerate(out):
            if name is None:
                name = doc.vocab.strings[keys[k]]
                out[k] = names[keys[k]] = name.lower() if lowered else name
    return out


_WORDS: dict = {}  # vocab -> {orth key: (text, lower, is_space, is_punct, is_alpha)} of its lexemes


def _lexemes(doc, keys: list[int]) -> list[tuple]:
    """Return (text, lower case, is_space, is_punct, is_alpha) of each orth key's lexeme in the doc's vocab."""
    words = _WORDS.get(doc.vocab)
    if words is None or len(words) > 500_000:
        _WORDS.clear()
        words = _WORDS[doc.vocab] = {}
    out = list(map(words.get, keys))
    if None in out:  # a word not met before
        vocab = doc.vocab
        for k, word in enumerate(out):
            if word is None:
                lex = vocab[keys[k]]
                out[k] = words[keys[k]] = (lex.orth_, lex.lower_, lex.is_space, lex.is_punct, lex.is_alpha)
    return out


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
