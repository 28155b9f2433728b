"""Tests for flashpoint.syntax: the token table the extraction reads instead of spaCy Token attributes."""
from __future__ import annotations

from flashpoint.syntax import TokenTable, head_of, token_table

TEXT = ("Gunmen killed 12 villagers in Ménaka on Sunday, officials said.\n\n"
        "The army blamed JNIM for the attack.  Residents fled to Gao.")


def test_table_holds_what_the_tokens_say(parse):
    doc = parse(TEXT)
    table = TokenTable(doc)
    assert len(table.text) == len(doc)
    for t in doc:
        i = t.i
        assert (table.text[i], table.lower[i], table.lemma[i], table.pos[i], table.tag[i], table.dep[i]) == \
            (t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.dep_)
        assert (table.ent_iob[i], table.ent_type[i], table.is_space[i], table.is_punct[i], table.is_alpha[i],
                table.idx[i]) == (t.ent_iob_, t.ent_type_, t.is_space, t.is_punct, t.is_alpha, t.idx)


def test_span_text_is_the_span_text_for_every_span(parse):
    doc = parse(TEXT)
    table = token_table(doc)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 8) + 1):
            assert table.span_text(start, end) == doc[start:end].text


def test_line_break_reads_the_tokens_between_with_their_whitespace(parse):
    doc = parse(TEXT)
    table = token_table(doc)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert table.line_break(start, end) == ("\n" in doc[start:end].text_with_ws), (start, end)
    sents = table.sentences()
    assert table.line_break(sents[0].start, sents[1].start)  # the paragraph break after the first sentence
    assert not table.line_break(sents[1].start, sents[2].start)


def test_sentences_are_the_docs_and_a_new_list_each_time(parse):
    doc = parse(TEXT)
    table = token_table(doc)
    first = table.sentences()
    assert [(s.start, s.end) for s in first] == [(s.start, s.end) for s in doc.sents]
    first.clear()  # a caller's list is its own
    assert len(table.sentences()) == len(list(doc.sents))


def test_the_table_of_one_document_is_built_once_and_never_given_for_another(parse):
    doc, other = parse(TEXT), parse("Protesters marched in Nairobi.")
    table = token_table(doc)
    assert token_table(doc) is table
    assert token_table(other).text == [t.text for t in other]
    assert token_table(doc) is not table  # rebuilt after another document, with the same values
    assert token_table(doc).text == table.text


def test_head_of_a_run_is_the_token_whose_head_lies_outside(parse):
    doc = parse("The Rapid Support Forces shelled the market.")
    run = [doc[1], doc[2], doc[3]]  # "Rapid Support Forces"
    assert head_of(run).text == "Forces"


def test_table_matches_the_tokens_on_odd_text_and_the_doc_text(parse):
    # whitespace tokens, no-break spaces, accents, quotes and an empty document: read from the int array,
    # every value is the Token's own, and the joined text is the document's
    for text in ("", "  ", "\n\nAl-Shabaab\u00a0fighters  stormed \u201cEl Wak\u201d\t(Kenya) -- ISIS-K's men.\n",
                 "ÇA VA? Ça va.\r\nOK"):
        doc = parse(text)
        table = TokenTable(doc)
        assert table.doc_text == doc.text
        assert table.text == [t.text for t in doc] and table.idx == [t.idx for t in doc]
        assert table.lemma == [t.lemma_.lower() for t in doc] and table.lower == [t.lower_ for t in doc]
        assert (table.pos, table.tag, table.dep) == ([t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc])
        assert (table.ent_iob, table.ent_type) == ([t.ent_iob_ for t in doc], [t.ent_type_ for t in doc])
        assert table.is_space == [t.is_space for t in doc] and table.is_punct == [t.is_punct for t in doc]
        assert all(type(x) is bool for x in table.is_alpha + table.is_space + table.is_punct)


def test_the_memo_is_the_documents_own(parse):
    doc, other = parse(TEXT), parse("Protesters marched in Nairobi.")
    token_table(doc).memo["k"] = 1
    assert token_table(doc).memo == {"k": 1}
    assert token_table(other).memo == {}


def test_entities_and_sentence_bounds_are_the_docs_own(parse):
    doc = parse(TEXT + "\nIn Kidal and Gao, the Malian army and Wagner fighters clashed with the CSP-PSD on 2 October.")
    table = token_table(doc)
    assert table.entities() == [(e.start, e.end, e.label_, e.text) for e in doc.ents]
    assert table.entities() is table.entities()  # read once per document
    for t in doc:
        assert table.sentence_bounds(t.i) == (t.sent.start, t.sent.end)
        assert table.sentence_start(t.i) == doc[t.i:t.i + 1].sent.start
    empty = token_table(parse(""))
    assert empty.entities() == [] and empty.sentence_bounds(0) == (0, 0)


def test_children_are_the_tokens_children_in_order(parse):
    doc = parse("Rebels who had crossed the river overnight shelled two villages near Bunia and burned a clinic, "
                "local officials told reporters on Tuesday.\nA second attack followed.")
    table = token_table(doc)
    for t in doc:
        assert table.children(t.i) == [c.i for c in t.children]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.i not in table.children(root.i)


def test_words_of_one_lexeme_read_alike_in_two_documents(parse):
    first, second = parse("Ten soldiers died in Goma."), parse("In Goma, ten soldiers died!")
    a, b = TokenTable(first), TokenTable(second)
    for doc, table in ((first, a), (second, b)):
        assert [(table.text[t.i], table.lower[t.i], table.is_punct[t.i], table.is_alpha[t.i]) for t in doc] == \
            [(t.text, t.lower_, t.is_punct, t.is_alpha) for t in doc]
