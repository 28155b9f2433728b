"""WARC / WARC.gz input: archives built here with warcio, read as `extract` reads .html pages."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flashpoint.documents import read_documents
from flashpoint.warc import read_warc

DEMO = Path(__file__).resolve().parents[1] / "demo" / "docs"
PAGES = ["kenya-protest-2024-06-25.html", "haiti-pont-sonde-2024-10-04.html"]
UNDATED_PAGE = (b"<html><head><title>Clashes in Goma</title></head><body><article>"
                b"<h1>Clashes in Goma</h1><p>Fighters of the M23 rebel group clashed with the Congolese army "
                b"near Goma on Tuesday, killing at least seven soldiers, a local official said. The fighting "
                b"forced hundreds of families to flee towards the city centre, witnesses told reporters.</p>"
                b"</article></body></html>")


def _response(writer, uri, body, content_type="text/html; charset=utf-8", status="200 OK", warc_date=None):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    headers = {"WARC-Date": warc_date} if warc_date else None
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict=headers)
    writer.write_record(record)


def build_archive(path: Path) -> Path:
    """Write a web archive: two news pages, a page without a date, an image, a 404 and a request record."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warc_record("https://example.org/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        for name in PAGES:
            _response(writer, f"https://example.org/{name}", (DEMO / name).read_bytes())
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n", content_type="image/png")
        _response(writer, "https://example.org/gone", b"<html><body><p>Not found</p></body></html>",
                  status="404 Not Found")
        _response(writer, "https://example.org/goma", UNDATED_PAGE, warc_date="2024-02-07T10:00:00Z")
    return path


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_are_read_as_html_files_are(tmp_path, name):
    archive = build_archive(tmp_path / name)
    docs = list(read_warc(str(archive)))
    assert len(docs) == 3  # the image, the 404 and the request are not articles
    as_files = list(read_documents([str(DEMO / p) for p in PAGES]))
    for from_warc, from_file in zip(docs, as_files):
        assert from_warc.text == from_file.text
        assert from_warc.published == from_file.published
        assert from_warc.title == from_file.title
        assert from_warc.id.startswith("urn:uuid:")
        assert from_warc.origin.startswith(f"{archive}@")
    assert len({d.id for d in docs}) == 3


def test_page_without_date_takes_published_or_crawl_day(tmp_path):
    archive = str(build_archive(tmp_path / "crawl.warc.gz"))
    goma = list(read_warc(archive))[-1]
    assert goma.published == date(2024, 2, 7)  # WARC-Date
    assert goma.url == "https://example.org/goma"  # the page names no canonical URL: the record's target
    goma = list(read_warc(archive, published=date(2024, 2, 6)))[-1]
    assert goma.published == date(2024, 2, 6)


def test_read_documents_takes_archives_in_folders_and_globs(tmp_path):
    build_archive(tmp_path / "a.warc.gz")
    build_archive(tmp_path / "b.warc")
    assert len(list(read_documents([str(tmp_path)]))) == 6
    assert len(list(read_documents([str(tmp_path / "*.warc.gz")]))) == 3


def test_broken_archive_is_one_error_and_the_rest_goes_on(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"<html><body><p>A page saved under the wrong name</p></body></html>\n")
    good = build_archive(tmp_path / "good.warc.gz")
    errors = []
    docs = list(read_documents([str(bad), str(good)], on_error=errors.append))
    assert len(docs) == 3
    assert len(errors) == 1 and str(errors[0]).startswith(f"{bad}: not a readable WARC archive")
    assert "\n" not in str(errors[0])


def test_a_response_record_without_a_target_uri_is_one_error(tmp_path):
    # found by fuzzing (fuzz/targets.py files, seed 1): warcio raised AttributeError on such a record
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + UNDATED_PAGE
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
              + str(len(page)).encode() + b"\r\n\r\n" + page + b"\r\n\r\n")
    bad = tmp_path / "no-uri.warc"
    bad.write_bytes(record)
    errors = []
    assert list(read_warc(str(bad), date(2024, 3, 1), errors.append)) == []
    assert [str(e).split(" (")[0] for e in errors] == [f"{bad}: not a readable WARC archive"]
    assert "\n" not in str(errors[0])
