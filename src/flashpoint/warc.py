"""Read web archives (WARC, WARC.gz) into Documents: each HTML response record's article, as for .html files.

The archive is streamed record by record (warcio), never loaded whole; a record's page is read
up to the documents' size limit. The article text, title and date come from the same HTML reader
`flashpoint extract` uses for .html files; a page without a date of its own gets `published` or,
without that, the day it was crawled (WARC-Date).
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from datetime import date

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from . import documents
from .errors import InputError, Messages
from .model import Document

# warcio logs "Replacing spaces in invalid WARC-Target-URI" for each such record: a repair, not news to the user
logging.getLogger("warcio").setLevel(logging.ERROR)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, published: date | None = None,
              on_error: Callable[[InputError], object] | None = None) -> Iterator[Document]:
    """Yield the articles of the HTML response records in a WARC or WARC.gz file, in archive order.

    path: the archive; gzip (per record or whole) is detected by warcio.
    published: date for pages that carry none (else the record's crawl day).
    on_error: called with the InputError of each record that cannot be read; the default raises.
    A record's origin in messages is `path@offset`, the byte offset tools such as CDX indexes use.
    """
    report = on_error or _raise
    try:
        handle = open(path, "rb")
    except OSError as exc:
        report(InputError(Messages.UNREADABLE.format(detail=exc.strerror or exc), origin=path))
        return
    with handle:
        records = ArchiveIterator(handle)
        # warcio writes this warning to stderr itself, over three lines quoting the archive's bytes: one line here
        records.INC_RECORD = (f"warning: {path}@{{0}}: a record ends before this byte, not where its Content-Length "
                              f"says; reading on\n")
        try:
            for record in _parsed(records):
                if record.format != "warc":  # warcio reads almost any line as an old ARC header: refuse those
                    raise ArchiveLoadFailed(f"a {record.format} record at byte {records.get_record_offset()}")
                if not _is_html_response(record):
                    continue
                try:
                    # the offset is asked after the read: asking first makes warcio hand back an empty body
                    doc = _record_document(record, records, path, published)
                except InputError as error:
                    report(error)
                    continue
                yield doc
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error) as exc:  # not an archive, or a corrupt one
            report(InputError(Messages.BAD_WARC.format(detail=str(exc).strip().splitlines()[0]), origin=path))


def _parsed(records: ArchiveIterator) -> Iterator:
    """Yield warcio's records; its parser's own failures on malformed headers become ArchiveLoadFailed."""
    iterator = iter(records)
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error):
            raise
        except (AttributeError, ValueError, TypeError, IndexError, KeyError) as exc:
            # found by fuzzing: a response record without WARC-Target-URI raised AttributeError in warcio
            raise ArchiveLoadFailed(f"a malformed record ({type(exc).__name__}: {exc})") from exc
        yield record


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return content_type in HTML_TYPES


def _record_document(record, records: ArchiveIterator, path: str, published: date | None) -> Document:
    """Return the Document of one HTML response record; raise InputError when it has no article."""
    data = record.content_stream().read(documents.MAX_DOCUMENT_BYTES + 1)
    origin = f"{path}@{records.get_record_offset()}"
    if len(data) > documents.MAX_DOCUMENT_BYTES:
        raise InputError(Messages.TOO_LONG.format(what="record", size=len(data), limit=documents.MAX_DOCUMENT_BYTES),
                         origin=origin)
    if not data.strip():
        raise InputError(Messages.EMPTY, origin=origin)
    crawled = _crawl_day(record.rec_headers.get_header("WARC-Date"))
    doc_id = _record_id(record.rec_headers.get_header("WARC-Record-ID")) or origin
    doc = documents._html_document(data, doc_id, origin, published or crawled)
    if doc.url is None:
        doc.url = record.rec_headers.get_header("WARC-Target-URI")
    return doc


def _record_id(value: str | None) -> str | None:
    """'<urn:uuid:0b6d...>' -> 'urn:uuid:0b6d...': the record's id, unique in the archive and beyond."""
    return value.strip().strip("<>") if value else None


def _crawl_day(value: str | None) -> date | None:
    try:
        return documents.parse_published(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _raise(error: InputError) -> None:
    raise error
