"""Tests for flashpoint.documents: real files in a temporary directory, outcomes asserted."""
from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint import documents
from flashpoint.documents import (
    MAX_LINE_BYTES,
    document_from_record,
    normalise_text,
    read_documents,
    strip_boilerplate,
)
from flashpoint.errors import InputError, Messages

DAY = date(2023, 11, 22)


def read(inputs, published=None):
    """Return (documents, errors) for the inputs, collecting errors instead of raising."""
    errors: list[InputError] = []
    docs = list(read_documents([str(i) for i in inputs], published=published, on_error=errors.append))
    return docs, errors


def write(path, content: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# ---------------------------------------------------------------- plain text

def test_txt_with_published_argument(tmp_path):
    path = write(tmp_path / "kharkiv.txt", "Drone strike hits Kharkiv\n\nTwo people were killed on Tuesday.\n")
    docs, errors = read([path], published=DAY)
    assert errors == []
    [doc] = docs
    assert doc.id == "kharkiv"
    assert doc.published == DAY
    assert doc.title == "Drone strike hits Kharkiv"
    assert doc.text == "Drone strike hits Kharkiv\n\nTwo people were killed on Tuesday."
    assert doc.source is None and doc.url is None
    assert doc.origin == str(path)


def test_txt_published_argument_wins_over_sidecar_and_name(tmp_path):
    write(tmp_path / "published.json", json.dumps({"r-2020-01-01": "2021-05-05"}))
    path = write(tmp_path / "r-2020-01-01.txt", "Shelling reported.")
    [doc], _ = read([path], published=DAY)
    assert doc.published == DAY


def test_txt_with_sidecar_published_json(tmp_path):
    write(tmp_path / "published.json", json.dumps({"gaza": "2023-10-17", "other": "2023-01-01"}))
    path = write(tmp_path / "gaza.txt", "An explosion hit the hospital courtyard.")
    docs, errors = read([path])
    assert errors == []
    assert docs[0].published == date(2023, 10, 17)


def test_txt_date_from_file_name(tmp_path):
    dashed = write(tmp_path / "report-2023-11-22-kyiv.txt", "Air raid sirens sounded.")
    compact = write(tmp_path / "20231123_odesa.txt", "Port struck overnight.")
    docs, errors = read([dashed, compact])
    assert errors == []
    assert [d.published for d in docs] == [DAY, date(2023, 11, 23)]


def test_txt_without_any_date_is_no_date(tmp_path):
    path = write(tmp_path / "undated.txt", "Clashes continued.")
    docs, errors = read([path])
    assert docs == []
    assert [(e.message, e.origin) for e in errors] == [(Messages.NO_DATE, str(path))]


def test_sidecar_with_bad_date_reports_it(tmp_path):
    write(tmp_path / "published.json", json.dumps({"a": "2023-02-30"}))
    path = write(tmp_path / "a.txt", "Text.")
    docs, errors = read([path])
    assert docs == []
    assert errors[0].message == Messages.BAD_DATE.format(value="2023-02-30")
    assert errors[0].origin.endswith("published.json")


def test_malformed_sidecar_is_reported_once(tmp_path):
    write(tmp_path / "published.json", "{not json")
    a = write(tmp_path / "a-2023-11-22.txt", "One.")
    b = write(tmp_path / "b-2023-11-22.txt", "Two.")
    docs, errors = read([a, b])
    assert [d.id for d in docs] == ["a-2023-11-22", "b-2023-11-22"]
    assert len(errors) == 1 and errors[0].origin.endswith("published.json")


def test_txt_long_first_line_is_not_a_title(tmp_path):
    long_line = "word " * 60
    path = write(tmp_path / "t.txt", f"{long_line}\n\nSecond paragraph.")
    no_blank = write(tmp_path / "u.txt", "Headline\nbody follows directly.")
    docs, _ = read([path, no_blank], published=DAY)
    assert [d.title for d in docs] == [None, None]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_txt_in_legacy_encoding_is_decoded(tmp_path, encoding):
    text = ("Le café “Chez Marie” a été touché, a déclaré le maire."
            if encoding == "cp1252" else "Le café de la gare a été touché à Zürich, dit-il.")
    path = write(tmp_path / "legacy.txt", text.encode(encoding))
    [doc], errors = read([path], published=DAY)
    assert errors == []
    assert doc.text == text


def test_short_cp1252_text_with_diaeresis_is_decoded(tmp_path):
    # charset-normalizer alone reads this as cp1257 ("Naļve"); Windows-1252 is right
    text = "Naïve résumé — “quoted” ‘single’ déjà vu.\nMore words: élève, à côté, où."
    path = write(tmp_path / "naive.txt", text.encode("cp1252"))
    [doc], _ = read([path], published=DAY)
    assert doc.text == text


def test_cyrillic_cp1251_is_not_read_as_western(tmp_path):
    text = "Российские войска обстреляли город Херсон, погибли два человека."
    path = write(tmp_path / "ru.txt", text.encode("cp1251"))
    [doc], _ = read([path], published=DAY)
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_txt_with_bom(tmp_path, encoding):
    text = "Frappe sur Kherson\n\nDeux civils tués, selon l’armée."
    path = write(tmp_path / "bom.txt", text.encode(encoding))
    [doc], errors = read([path], published=DAY)
    assert errors == []
    assert doc.text == text
    assert doc.title == "Frappe sur Kherson"


def test_binary_file_is_binary(tmp_path):
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    docs, errors = read([path], published=DAY)
    assert docs == []
    assert [(e.message, e.origin) for e in errors] == [(Messages.BINARY, str(path))]


def test_control_characters_without_nul_are_binary(tmp_path):
    path = write(tmp_path / "ctrl.txt", bytes(range(1, 9)) * 50)
    _, errors = read([path], published=DAY)
    assert [e.message for e in errors] == [Messages.BINARY]


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  \n"])
def test_empty_file_is_empty(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    docs, errors = read([path], published=DAY)
    assert docs == []
    assert [(e.message, e.origin) for e in errors] == [(Messages.EMPTY, str(path))]


def test_oversized_txt_is_too_long_without_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 100)
    path = write(tmp_path / "big.txt", "x" * 101)
    _, errors = read([path], published=DAY)
    assert errors[0].message == Messages.TOO_LONG.format(what="file", size=101, limit=100)
    assert errors[0].origin == str(path)


def test_normalisation_of_line_ends_invisible_characters_and_nfc(tmp_path):
    raw = "Cafe\u0301 bombed\r\n\r\nZero\u200bwidth\u200d and \u202ebidi\u202c and \ufeffBOM.\r\n"
    path = write(tmp_path / "n.txt", raw)
    [doc], _ = read([path], published=DAY)
    assert doc.text == "Café bombed\n\nZerowidth and bidi and BOM."
    assert doc.title == "Café bombed"


def test_normalise_text_keeps_everything_else():
    text = "Tab\there, «quotes», 1 000 €, emoji 🙂, Arabic غزة"
    assert normalise_text(text) == text


# ---------------------------------------------------------------- boilerplate

def test_boilerplate_lines_removed_but_sentences_kept(tmp_path):
    raw = ("Strike on depot\n\n"
           "The source said the depot was hit twice.\n\n"
           "Share this:\n"
           "Share on Facebook\n"
           "Click to share on Twitter (Opens in new window)\n\n"
           "Officials did not say where the source of the fire was.\n\n"
           "Advertisement\n\n"
           "Read more\n"
           "Related: Another story about something else\n"
           "Subscribe to our newsletter\n"
           "Follow us on Telegram\n"
           "Leave a Comment\n\n"
           "Source link\n")
    path = write(tmp_path / "b.txt", raw)
    [doc], _ = read([path], published=DAY)
    assert doc.text == ("Strike on depot\n\n"
                        "The source said the depot was hit twice.\n\n"
                        "Officials did not say where the source of the fire was.")


def test_strip_boilerplate_never_changes_a_kept_line():
    text = "Read more about the attack in the report, the ministry said.\nSource link: none.\n• Source link"
    assert strip_boilerplate(text) == "Read more about the attack in the report, the ministry said.\nSource link: none."


def test_boilerplate_is_data(tmp_path):
    patterns = documents.boilerplate_pattern()
    assert patterns.fullmatch("leave a comment")
    assert not patterns.fullmatch("They decided to leave a comment in the guest book.")


# ---------------------------------------------------------------- HTML

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Drone strike hits Kharkiv depot | The Daily Report</title>
<meta property="og:title" content="Drone strike hits Kharkiv depot">
<meta property="og:site_name" content="The Daily Report">
<meta property="og:url" content="https://daily.example/world/kharkiv-depot">
<link rel="canonical" href="https://daily.example/world/kharkiv-depot">
<meta property="article:published_time" content="2023-11-22T08:15:00+02:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Drone strike hits Kharkiv depot", "datePublished": "2023-11-22T08:15:00+02:00",
 "publisher": {"@type": "Organization", "name": "The Daily Report"}}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Drone strike hits Kharkiv depot</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>A Russian drone struck a fuel depot in Kharkiv early on Wednesday, killing two workers, the regional governor said.</p>
<p>Oleh Synehubov said firefighters had put out the blaze by morning and that three other people were wounded.</p>
<p>Ukraine's air force said it had shot down 14 of the 18 drones launched overnight.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding stuns fans</a></li></ul></aside>
<footer><p>© 2023 The Daily Report. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>
"""


def test_html_article_text_date_and_metadata(tmp_path):
    path = write(tmp_path / "kharkiv-depot.html", ARTICLE_HTML)
    docs, errors = read([path], published=date(2000, 1, 1))
    assert errors == []
    [doc] = docs
    assert doc.id == "kharkiv-depot"
    assert doc.published == DAY  # the page's date wins over the argument
    assert doc.title == "Drone strike hits Kharkiv depot"
    assert doc.source == "The Daily Report"
    assert doc.url == "https://daily.example/world/kharkiv-depot"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Drone strike hits Kharkiv depot"
    assert paragraphs[1].startswith("A Russian drone struck a fuel depot")
    assert paragraphs[-1] == "Ukraine's air force said it had shot down 14 of the 18 drones launched overnight."
    assert len(paragraphs) == 4
    for leftover in ("Home", "World news", "Share on", "Celebrity", "All rights reserved", "Subscribe"):
        assert leftover not in doc.text


def test_html_without_date_uses_argument_else_no_date(tmp_path):
    page = ("<html><head><title>Clash near Goma</title></head><body><article>"
            "<p>Fighting broke out near Goma between rebels and the army, residents said, as shells fell.</p>"
            "<p>At least four people were killed, according to local officials who asked not to be named.</p>"
            "</article></body></html>")
    path = write(tmp_path / "goma.htm", page)
    [doc], errors = read([path], published=DAY)
    assert errors == [] and doc.published == DAY
    assert doc.text.startswith("Clash near Goma\n\nFighting broke out")
    docs, errors = read([path])
    assert docs == [] and [e.message for e in errors] == [Messages.NO_DATE]


def test_html_in_declared_legacy_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Attaque à Bamako</title>'
            '<meta property="article:published_time" content="2023-11-22"></head><body><article>'
            "<p>L’armée malienne a déclaré que l’attaque avait fait « plusieurs morts » près de l’aéroport.</p>"
            "<p>Le café voisin a été détruit, selon des témoins interrogés par téléphone jeudi matin.</p>"
            "</article></body></html>")
    path = write(tmp_path / "bamako.html", page.encode("cp1252"))
    [doc], errors = read([path])
    assert errors == []
    assert "L’armée malienne a déclaré" in doc.text and "Le café voisin" in doc.text
    assert doc.title == "Attaque à Bamako"


def test_html_without_article_text(tmp_path):
    path = write(tmp_path / "blank.html", "<html><head><title>x</title></head><body><script>1</script></body></html>")
    _, errors = read([path], published=DAY)
    assert [e.message for e in errors] == [Messages.NO_ARTICLE]


# ---------------------------------------------------------------- JSONL

def jsonl_line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        jsonl_line(id="a", text="Airstrike in Idlib.", published="2023-11-22", source="Wire", url="https://x/a"),
        "{not json",
        jsonl_line(id="b", published="2023-11-22"),
        "",
        jsonl_line(id="c", text="Protest in Dhaka.", published="2023-11-21T18:30:00Z", title="Dhaka"),
        jsonl_line(id="d", text="No date here."),
        jsonl_line(id="e", text="Bad date.", published="2023-02-30"),
        "[1, 2]",
        jsonl_line(text="no id"),
        jsonl_line(id=7, text="Numeric id.", published="2023-11-20"),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    docs, errors = read([path])
    assert [(d.id, d.published) for d in docs] == [("a", DAY), ("c", date(2023, 11, 21)), ("7", date(2023, 11, 20))]
    assert docs[0].source == "Wire" and docs[0].url == "https://x/a" and docs[0].origin == f"{path}:1"
    assert docs[1].title == "Dhaka" and docs[1].text == "Protest in Dhaka."
    assert [(e.line, e.message.split(" (")[0]) for e in errors] == [
        (2, Messages.NOT_JSON.split(" (")[0]),
        (3, Messages.NO_TEXT.split(" (")[0]),
        (6, Messages.NO_DATE.split(" (")[0]),
        (7, Messages.BAD_DATE.format(value="2023-02-30").split(" (")[0]),
        (8, Messages.NOT_OBJECT.split(" (")[0]),
        (9, Messages.NO_ID.split(" (")[0]),
    ]
    assert all(e.origin == str(path) for e in errors)
    assert "Expecting property name" in errors[0].message


def test_jsonl_published_argument_fills_only_missing_dates(tmp_path):
    path = write(tmp_path / "b.jsonl", "\n".join([jsonl_line(id="a", text="A.", published="2023-01-02"),
                                                    jsonl_line(id="b", text="B.")]))
    docs, errors = read([path], published=DAY)
    assert errors == []
    assert [d.published for d in docs] == [date(2023, 1, 2), DAY]


def test_jsonl_undecodable_line_does_not_abort_the_file(tmp_path):
    good = jsonl_line(id="a", text="Fine.", published="2023-11-22").encode()
    bad = b'{"id": "b", "text": "caf\xe9", "published": "2023-11-22"}'
    path = write(tmp_path / "mixed.jsonl", b"\n".join([bad, good]) + b"\n")
    docs, errors = read([path])
    assert [d.id for d in docs] == ["a"]
    assert [(e.line, e.message) for e in errors] == [(1, Messages.UNDECODABLE)]


def test_jsonl_overlong_line_is_skipped_and_the_rest_read(tmp_path):
    big = jsonl_line(id="big", text="x" * 6_000_000, published="2023-11-22")
    path = write(tmp_path / "big.jsonl", "\n".join([jsonl_line(id="a", text="A.", published="2023-11-22"), big,
                                                      jsonl_line(id="c", text="C.", published="2023-11-22")]) + "\n")
    docs, errors = read([path])
    assert [d.id for d in docs] == ["a", "c"]
    [error] = errors
    assert error.line == 2 and error.origin == str(path)
    assert error.message == Messages.TOO_LONG.format(what="line", size=len(big), limit=MAX_LINE_BYTES)
    assert f"{path}:2:" in str(error)


def test_jsonl_line_at_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_LINE_BYTES", 60)
    exact = jsonl_line(id="a", text="A.", published="2023-11-22")
    exact = exact[:-1] + " " * (60 - len(exact)) + "}"
    over = exact[:-1] + " }"
    path = write(tmp_path / "edge.jsonl", "\r\n".join([exact, over, exact]))
    docs, errors = read([path])
    assert len(docs) == 2
    assert [(e.line, e.message) for e in errors] == [(2, Messages.TOO_LONG.format(what="line", size=61, limit=60))]


def test_jsonl_texts_are_normalised_and_stripped(tmp_path):
    path = write(tmp_path / "n.jsonl", jsonl_line(id="a", text="One.\r\n\r\nRead more\r\nTwo\u200b.",
                                                  published="2023-11-22"))
    [doc], _ = read([path])
    assert doc.text == "One.\n\nTwo."


def test_jsonl_is_streamed_and_default_on_error_raises(tmp_path):
    path = write(tmp_path / "s.jsonl", "\n".join([jsonl_line(id="a", text="A.", published="2023-11-22"), "oops"]))
    stream = read_documents([str(path)])
    assert next(stream).id == "a"
    with pytest.raises(InputError) as caught:
        next(stream)
    assert caught.value.line == 2


def test_document_from_record_for_gold_files():
    doc = document_from_record({"id": "g1", "text": "Text.", "published": "2023-11-22"})
    assert (doc.id, doc.text, doc.published, doc.origin) == ("g1", "Text.", DAY, None)
    with pytest.raises(InputError):
        document_from_record({"id": "g1", "text": "bad\x00\x00"}, published=DAY)


# ---------------------------------------------------------------- inputs

def test_directory_recursion_in_sorted_order(tmp_path):
    write(tmp_path / "docs" / "b.txt", "B.")
    write(tmp_path / "docs" / "a.txt", "A.")
    write(tmp_path / "docs" / "sub" / "c.htm", "<html><body><p>" + "Shelling reported near the city. " * 5
          + "</p></body></html>")
    write(tmp_path / "docs" / "sub" / "deeper" / "d.jsonl", jsonl_line(id="d", text="D.", published="2023-11-22"))
    write(tmp_path / "docs" / "notes.md", "ignored")
    write(tmp_path / "docs" / "published.json", "{}")
    write(tmp_path / "docs" / ".hidden" / "e.txt", "hidden")
    docs, errors = read([tmp_path / "docs"], published=DAY)
    assert errors == []
    assert [d.id for d in docs] == ["a", "b", "c", "d"]


def test_glob_patterns_including_recursive(tmp_path):
    write(tmp_path / "reports" / "one.html", ARTICLE_HTML)
    write(tmp_path / "reports" / "two.txt", "Two.")
    write(tmp_path / "reports" / "2023" / "three.txt", "Three.")
    docs, errors = read([tmp_path / "reports" / "*.html"], published=DAY)
    assert errors == [] and [d.id for d in docs] == ["one"]
    docs, errors = read([tmp_path / "reports" / "**" / "*.txt"], published=DAY)
    assert errors == [] and sorted(d.id for d in docs) == ["three", "two"]


def test_missing_path_and_nothing_matched(tmp_path):
    missing = tmp_path / "nope.txt"
    docs, errors = read([missing, tmp_path / "*.nothing"])
    assert docs == []
    assert [(e.message, e.origin) for e in errors] == [
        (Messages.NOT_FOUND, str(missing)),
        (Messages.NOT_FOUND, str(tmp_path / "*.nothing")),
        (Messages.NO_INPUTS, None),
    ]


def test_missing_path_does_not_stop_the_batch(tmp_path):
    path = write(tmp_path / "ok.txt", "Fine.")
    docs, errors = read([tmp_path / "gone.txt", path], published=DAY)
    assert [d.id for d in docs] == ["ok"]
    assert [e.message for e in errors] == [Messages.NOT_FOUND]


def test_unknown_file_type_given_explicitly(tmp_path):
    path = write(tmp_path / "data.csv", "a,b")
    _, errors = read([path], published=DAY)
    assert [e.message for e in errors] == [Messages.UNKNOWN_TYPE.format(suffix=".csv")]


def fake_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch):
    fake_stdin(monkeypatch, "Headline from a pipe\n\nThree soldiers were killed.\n".encode())
    [doc], errors = read(["-"], published=DAY)
    assert errors == []
    assert (doc.id, doc.title, doc.published) == ("stdin", "Headline from a pipe", DAY)
    assert doc.text == "Headline from a pipe\n\nThree soldiers were killed."


def test_stdin_jsonl(monkeypatch):
    lines = ["", "  ", jsonl_line(id="a", text="A.", published="2023-11-22"), "bad",
             jsonl_line(id="b", text="B.", published="2023-11-22")]
    fake_stdin(monkeypatch, ("\n".join(lines) + "\n").encode())
    docs, errors = read(["-"])
    assert [d.id for d in docs] == ["a", "b"]
    assert [(e.origin, e.line) for e in errors] == [("<stdin>", 4)]


def test_error_is_one_line_with_path_and_line(tmp_path):
    path = write(tmp_path / "e.jsonl", "\n".join([jsonl_line(id="a", text="A.", published="2023-11-22"),
                                                  jsonl_line(id="b", text="B.\nstill b", published="2023-02-30")]))
    _, [error] = read([path])
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{path}:2: ")
    assert "YYYY-MM-DD" in message


# ---------------------------------------------------------------- properties

INVISIBLE = ("\x00", "\u200b", "\u200c", "\u200d", "\ufeff")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_file_gives_a_clean_document_or_an_input_error(tmp_path, text, encoding):
    path = tmp_path / "prop.txt"
    path.write_bytes(text.encode(encoding))
    try:
        docs = list(read_documents([str(path)], published=DAY))
    except InputError:
        return
    [doc] = docs
    assert not any(char in doc.text for char in INVISIBLE)
    assert doc.text == doc.text.strip() and doc.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_give_a_document_or_an_input_error(tmp_path, data):
    path = tmp_path / "bytes.txt"
    path.write_bytes(data)
    try:
        [doc] = list(read_documents([str(path)], published=DAY))
    except InputError:
        return
    assert "\x00" not in doc.text
