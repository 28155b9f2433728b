"""Read news reports into Documents: plain text, HTML pages and JSONL, from files, directories, globs or stdin.

Every reader hands back `Document`s whose `text` is final: line endings,
invisible characters and web leftovers are dealt with here, once, so that the
character offsets later stages record (evidence spans) point into this text.
A document that cannot be read is reported through `on_error` and skipped; the
rest of the batch goes on.
"""
from __future__ import annotations

import codecs
import functools
import glob
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

import charset_normalizer
import htmldate
import trafilatura
from lxml import etree

from . import jsonlines
from .errors import InputError, Messages
from .model import Document

# A .txt or .html file larger than this is refused without being read: a news
# report is a few tens of kilobytes, so anything this big is a dump or a mistake.
MAX_DOCUMENT_BYTES = 5_000_000
# One JSONL line (one document) larger than this is refused (flashpoint.jsonlines)
MAX_LINE_BYTES = jsonlines.MAX_LINE_BYTES

# HTML limits. libxml2 (under lxml) stops nesting at 256 levels and drops what lies deeper: such a
# page is refused rather than read in part. Its attribute check is quadratic in a tag's attributes,
# and article extraction slows with the element count (25 s for 200,000 table cells).
MAX_HTML_DEPTH = 255
MAX_HTML_ELEMENTS = 50_000
MAX_HTML_ATTRIBUTES = 1_000
# The most documents one API request may carry (checked by `check_batch_size`).
MAX_DOCUMENTS_PER_REQUEST = 1_000

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
WARC_SUFFIXES = (".warc", ".warc.gz")  # web archives: read by flashpoint.warc
STDIN = "-"
STDIN_ORIGIN = "<stdin>"
SIDECAR = "published.json"  # next to .txt files: {"file stem": "YYYY-MM-DD"}
TITLE_MAX_CHARS = 200
BOILERPLATE_FILE = Path(__file__).parent / "data" / "boilerplate.txt"

OnError = Callable[[InputError], object]

# Characters that render as nothing but break matching: zero-width spaces and
# joiners, the byte-order mark, word joiner, soft hyphen and bidi controls.
_INVISIBLE = dict.fromkeys(map(ord, (
    "\u200b\u200c\u200d\ufeff\u2060\u00ad"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)))
# Lone UTF-16 surrogates: JSON escapes ("\\ud800") and undecodable file names give them, and no
# UTF-8 output can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0/C1 control characters other than tab, newline, vertical tab, form feed, CR.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL_SHARE = 0.1  # more control characters than this share: not text
_BULLETS = " \t\u00a0•·»›*|-–—"
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a BOM, UTF-16/32 guesses about NUL-free bytes are nearly always wrong.
_NO_BOM_NO_GUESS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_CHAOS_TOLERANCE = 0.1
_SAMPLE_CHARS = 100_000
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)")
_DRAIN_CHUNK = 1 << 20
_GLOB_MAGIC = re.compile(r"[*?[]")


def read_documents(inputs: Iterable[str | os.PathLike], published: date | None = None,
                   on_error: OnError | None = None) -> Iterator[Document]:
    """Yield the documents in `inputs`, one at a time, skipping (and reporting) the unreadable ones.

    inputs: file paths, directories (searched recursively for .txt, .html, .htm and
        .jsonl files and .warc/.warc.gz web archives, in sorted order), glob patterns (`**` allowed) or "-" for stdin.
    published: publication date for documents that carry none (.txt files: it wins
        over any other source; .html and .jsonl: used only when the page or line has none).
    on_error: called with each InputError; the default raises it, stopping the batch.
    """
    report = on_error or _raise
    sidecars: dict[str, dict[str, str]] = {}
    found = 0
    for given in inputs:
        item = os.fspath(given)
        if item == STDIN:
            found += 1
            yield from _read_stdin(published, report)
            continue
        paths = _expand(item)
        if paths is None:
            report(InputError(Messages.NOT_FOUND, origin=item))
            continue
        for path in paths:
            found += 1
            yield from _read_path(path, published, report, sidecars)
    if not found:
        report(InputError(Messages.NO_INPUTS))


def document_from_record(record: object, published: date | None = None,
                         origin: str | None = None, line: int | None = None) -> Document:
    """Return the Document a JSONL record (or a gold file's "doc") describes; raise InputError if it cannot.

    record: the parsed JSON value, expected to be an object with "id" and "text".
    published: date used when the record has no "published".
    origin, line: where the record was read from, for messages and `Document.origin`.
    """
    def fail(message: str) -> InputError:
        return InputError(message, origin=origin, line=line)

    if not isinstance(record, dict):
        raise fail(Messages.NOT_OBJECT)
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise fail(Messages.NO_ID)
    raw_text = record.get("text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise fail(Messages.NO_TEXT)
    if _looks_binary(raw_text):
        raise fail(Messages.BINARY_TEXT)
    text = strip_boilerplate(normalise_text(raw_text)).strip()
    if not text:
        raise fail(Messages.NO_TEXT)
    value = record.get("published")
    if value is None or value == "":
        if published is None:
            raise fail(Messages.NO_DATE)
        day = published
    else:
        try:
            day = parse_published(value)
        except ValueError as exc:
            raise fail(Messages.BAD_DATE.format(value=value)) from exc
    where = origin if line is None or origin is None else f"{origin}:{line}"
    return Document(id=without_surrogates(str(doc_id).strip()), text=text, published=day,
                    source=_optional_text(record.get("source")), url=_optional_text(record.get("url")),
                    title=_optional_text(record.get("title")), origin=where)


def parse_published(value: object) -> date:
    """Return the day of a "YYYY-MM-DD" or ISO datetime string (as written, no time-zone shift); raise ValueError."""
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text).date()


def normalise_text(text: str) -> str:
    """Return the text with \\n line endings, without invisible characters, NFC-normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return unicodedata.normalize("NFC", without_surrogates(text))


def without_surrogates(text: str) -> str:
    """Return the text with each lone surrogate replaced by U+FFFD, so that it can be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def check_batch_size(count: int, origin: str | None = None) -> None:
    """Raise InputError when one request carries more than MAX_DOCUMENTS_PER_REQUEST documents."""
    if count > MAX_DOCUMENTS_PER_REQUEST:
        raise InputError(Messages.TOO_MANY_DOCUMENTS.format(count=count, limit=MAX_DOCUMENTS_PER_REQUEST),
                         origin=origin)


def strip_boilerplate(text: str, pattern: re.Pattern | None = None) -> str:
    """Return the text without whole lines of web leftovers ("Share this:", "Read more" ...).

    pattern: matched against each whole line (bullets and outer spaces set aside); by
        default the lines of data/boilerplate.txt. Text inside a kept line never changes.
    """
    pattern = pattern or boilerplate_pattern()
    kept: list[str] = []
    after_removal = False
    for line in text.split("\n"):
        bare = line.strip(_BULLETS)
        if bare and pattern.fullmatch(bare):
            after_removal = True
            continue
        if not line.strip():
            # a dropped line leaves its blank neighbours behind: keep one, not two
            if after_removal and (not kept or not kept[-1].strip()):
                continue
        else:
            after_removal = False
        kept.append(line)
    return "\n".join(kept)


@functools.cache
def boilerplate_pattern(path: Path = BOILERPLATE_FILE) -> re.Pattern:
    """Return one case-insensitive pattern matching any line listed in the boilerplate file."""
    alternatives = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                re.compile(line)
            except re.error as exc:
                raise ValueError(f"{path}:{number}: bad pattern {line!r} ({exc})") from exc
            alternatives.append(f"(?:{line})")
    return re.compile("|".join(alternatives) or r"(?!)", re.IGNORECASE)


# ---------------------------------------------------------------- inputs

def _raise(error: InputError) -> None:
    raise error


def _expand(item: str) -> list[str] | None:
    """Return the readable files an input names, in order; None when it names nothing that exists."""
    if os.path.isdir(item):
        return _walk(item)
    if os.path.exists(item):
        return [item]
    if not _GLOB_MAGIC.search(item):
        return None
    files: list[str] = []
    for match in sorted(glob.glob(item, recursive=True)):
        if os.path.isdir(match):
            files.extend(_walk(match))
        elif _kind(match):
            files.append(match)
    return _unique(files) or None


def _walk(directory: str) -> list[str]:
    """Return the .txt/.html/.htm/.jsonl/.warc(.gz) files under a directory, sorted, hidden ones left out."""
    files = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith(".") and _kind(n))
    return files


def _unique(paths: list[str]) -> list[str]:
    """Return the paths in order without repeats (a file matched by two patterns is read once)."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _kind(path: str) -> str | None:
    if path.lower().endswith(WARC_SUFFIXES):
        return "warc"
    return SUFFIXES.get(os.path.splitext(path)[1].lower())


def _read_path(path: str, published: date | None, report: OnError,
               sidecars: dict[str, dict[str, str]]) -> Iterator[Document]:
    kind = _kind(path)
    if kind is None:
        report(InputError(Messages.UNKNOWN_TYPE.format(suffix=os.path.splitext(path)[1]), origin=path))
        return
    if kind == "warc":
        from .warc import read_warc  # here, not at the top: warc.py reads pages with this module's HTML reader
        yield from read_warc(path, published, report)
        return
    if kind == "jsonl":
        try:
            handle = open(path, "rb")
        except OSError as exc:
            report(_unreadable(exc, path))
            return
        with handle:
            yield from _read_jsonl(handle, path, published, report)
        return
    try:
        data = _read_bounded(path)
        if kind == "txt":
            doc = _text_document(data, without_surrogates(Path(path).stem), path, published,
                                 lambda: _sidecar_date(path, sidecars, report) or _name_date(path))
        else:
            doc = _html_document(data, without_surrogates(Path(path).stem), path, published)
    except InputError as error:
        report(error)
        return
    yield doc


def _read_bounded(path: str) -> bytes:
    """Return a file's bytes; raise InputError if it is over MAX_DOCUMENT_BYTES or cannot be read."""
    try:
        size = os.path.getsize(path)
        if size > MAX_DOCUMENT_BYTES:
            raise _too_long("file", size, MAX_DOCUMENT_BYTES, path)
        with open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise _unreadable(exc, path) from exc
    if len(data) > MAX_DOCUMENT_BYTES:  # grew since it was measured
        raise _too_long("file", len(data), MAX_DOCUMENT_BYTES, path)
    return data


def _read_stdin(published: date | None, report: OnError) -> Iterator[Document]:
    """Yield stdin's documents: JSONL when its first non-blank character is "{", else one text document."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only replacement for stdin (e.g. StringIO)
        stream = _Prefixed(sys.stdin.read().encode("utf-8"), None)
    head = b""  # read up to the first non-blank byte, to tell JSONL from plain text
    while not head.removeprefix(codecs.BOM_UTF8).lstrip() and len(head) <= MAX_DOCUMENT_BYTES:
        chunk = stream.read(64 * 1024)
        if not chunk:
            break
        head += chunk
    if head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        yield from _read_jsonl(_Prefixed(head, stream), STDIN_ORIGIN, published, report)
        return
    data = head + stream.read(MAX_DOCUMENT_BYTES + 1 - len(head)) if len(head) <= MAX_DOCUMENT_BYTES else head
    try:
        if len(data) > MAX_DOCUMENT_BYTES:
            size = len(data) + _drain(stream)
            raise _too_long("stdin", size, MAX_DOCUMENT_BYTES, STDIN_ORIGIN)
        doc = _text_document(data, "stdin", STDIN_ORIGIN, published, lambda: None)
    except InputError as error:
        report(error)
        return
    yield doc


class _Prefixed:
    """A binary stream that first replays bytes already read from another one."""

    def __init__(self, prefix: bytes, stream: BinaryIO | None):
        self._prefix = prefix
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if not self._prefix:
            return self._stream.readline(limit) if self._stream else b""
        end = self._prefix.find(b"\n") + 1 or len(self._prefix)
        if 0 <= limit < end:
            end = limit
        line, self._prefix = self._prefix[:end], self._prefix[end:]
        if self._prefix or line.endswith(b"\n") or len(line) == limit or not self._stream:
            return line
        return line + self._stream.readline(-1 if limit < 0 else limit - len(line))

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            data, self._prefix = self._prefix, b""
            return data + (self._stream.read() if self._stream else b"")
        data, self._prefix = self._prefix[:size], self._prefix[size:]
        if len(data) < size and self._stream:
            data += self._stream.read(size - len(data))
        return data


def _drain(stream) -> int:
    """Read a stream to its end in bounded chunks; return how many bytes that was."""
    total = 0
    while chunk := stream.read(_DRAIN_CHUNK):
        total += len(chunk)
    return total


# ---------------------------------------------------------------- JSONL

def _read_jsonl(stream, origin: str, published: date | None, report: OnError) -> Iterator[Document]:
    for number, raw, size in jsonlines.bounded_lines(stream, MAX_LINE_BYTES):
        if raw is None:
            report(_too_long("line", size, MAX_LINE_BYTES, origin, number))
            continue
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        try:
            doc = _jsonl_document(raw, origin, number, published)
        except InputError as error:
            report(error)
            continue
        yield doc


def _jsonl_document(raw: bytes, origin: str, number: int, published: date | None) -> Document:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Messages.UNDECODABLE, origin=origin, line=number) from exc
    return document_from_record(jsonlines.parse_line(line, origin, number), published, origin, number)


def _optional_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(normalise_text(value).split()) or None


# ---------------------------------------------------------------- plain text

def _text_document(data: bytes, doc_id: str, origin: str, published: date | None,
                   find_date: Callable[[], date | None]) -> Document:
    text = _clean(_decode(data, origin), origin)
    day = published or find_date()
    if day is None:
        raise InputError(Messages.NO_DATE, origin=origin)
    return Document(id=doc_id, text=text, published=day, title=_first_line_title(text), origin=origin)


def _clean(decoded: str, origin: str) -> str:
    """Return decoded file text ready for a Document; raise BINARY or EMPTY."""
    if _looks_binary(decoded):
        raise InputError(Messages.BINARY, origin=origin)
    text = strip_boilerplate(normalise_text(decoded)).strip()
    if not text:
        raise InputError(Messages.EMPTY, origin=origin)
    return text


def _first_line_title(text: str) -> str | None:
    """Return the first line when it reads as a headline: short and followed by a blank line."""
    lines = text.split("\n", 2)
    if len(lines) == 3 and not lines[1].strip() and 0 < len(lines[0].strip()) < TITLE_MAX_CHARS:
        return lines[0].strip()
    return None


def _sidecar_date(path: str, sidecars: dict[str, dict[str, str]], report: OnError) -> date | None:
    """Return the date published.json next to `path` gives it; raise BAD_DATE for a bad value there."""
    directory = os.path.dirname(os.path.abspath(path))
    if directory not in sidecars:
        sidecars[directory] = _load_sidecar(os.path.join(directory, SIDECAR), report)
    table = sidecars[directory]
    name = os.path.basename(path)
    value = table.get(name, table.get(Path(name).stem))
    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        raise InputError(Messages.BAD_DATE.format(value=value), origin=os.path.join(directory, SIDECAR)) from exc


def _load_sidecar(sidecar: str, report: OnError) -> dict[str, str]:
    """Return a published.json mapping; report it once and use none when it is malformed."""
    if not os.path.isfile(sidecar):
        return {}
    try:
        with open(sidecar, encoding="utf-8-sig") as handle:
            table = json.load(handle)
        if not isinstance(table, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError, RecursionError) as exc:
        report(InputError(Messages.BAD_SIDECAR.format(detail=exc), origin=sidecar))
        return {}
    return table


def _name_date(path: str) -> date | None:
    """Return a date written in the file name (2023-11-22, 2023_11_22 or 20231122), if any."""
    for match in _NAME_DATE.finditer(Path(path).stem):
        try:
            return date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None


# ---------------------------------------------------------------- HTML

def _html_document(data: bytes, doc_id: str, origin: str, published: date | None) -> Document:
    page = _decode(data, origin, declared=_declared_charset(data))
    if _looks_binary(page):
        raise InputError(Messages.BINARY, origin=origin)
    if not page.strip():
        raise InputError(Messages.EMPTY, origin=origin)
    _check_attributes(page, origin)
    tree = trafilatura.load_html(page)
    _check_tree(tree, origin)
    head = _head_metadata(tree)
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, favor_precision=True,
        date_extraction_params={"original_date": True, "extensive_search": False})
    body = extracted.text if extracted is not None and extracted.text else _paragraphs(tree)
    blocks = [b.strip() for b in normalise_text(body or "").split("\n") if b.strip()]
    title = _optional_text((extracted.title if extracted is not None else None) or head.get("title"))
    if title and blocks and _same_words(blocks[0], title):
        blocks = blocks[1:]
    text = strip_boilerplate("\n\n".join(blocks)).strip()
    if not text:
        raise InputError(Messages.NO_ARTICLE, origin=origin)
    if title:
        text = f"{title}\n\n{text}"
    found = htmldate.find_date(page, original_date=True, extensive_search=False)
    found = found or (extracted.date if extracted is not None else None)
    day = _try_date(found) or published
    if day is None:
        raise InputError(Messages.NO_DATE, origin=origin)
    source = head.get("site_name") or (extracted.sitename if extracted is not None else None)
    url = head.get("url") or (extracted.url if extracted is not None else None)
    return Document(id=doc_id, text=text, published=day, source=_optional_text(source),
                    url=_optional_text(url), title=title, origin=origin)


_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}>" % (4 * MAX_HTML_ATTRIBUTES))
_ATTRIBUTE = re.compile(r"""[\s"'][^\s"'=<>/]+\s*=""")


def _check_attributes(page: str, origin: str) -> None:
    """Raise HTML_TOO_MANY_ATTRIBUTES before parsing a page with a tag of too many attributes."""
    for tag in _LONG_TAG.finditer(page):  # a tag of N attributes is at least 4N characters long
        count = len(_ATTRIBUTE.findall(tag.group()))
        if count > MAX_HTML_ATTRIBUTES:
            raise InputError(Messages.HTML_TOO_MANY_ATTRIBUTES.format(count=count, limit=MAX_HTML_ATTRIBUTES),
                             origin=origin)


def _check_tree(tree, origin: str) -> None:
    """Raise HTML_TOO_DEEP or HTML_TOO_MANY_ELEMENTS for a parsed page over the HTML limits."""
    if tree is None:
        return
    depth = deepest = count = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            count += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    if deepest > MAX_HTML_DEPTH:
        raise InputError(Messages.HTML_TOO_DEEP.format(depth=deepest), origin=origin)
    if count > MAX_HTML_ELEMENTS:
        raise InputError(Messages.HTML_TOO_MANY_ELEMENTS.format(count=count, limit=MAX_HTML_ELEMENTS),
                         origin=origin)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def _head_metadata(tree) -> dict[str, str]:
    """Return the page's <title>, canonical URL and og:site_name, as far as present."""
    found: dict[str, str] = {}
    if tree is None:
        return found
    for xpath, key in (("//link[@rel='canonical']/@href", "url"),
                       ("//meta[@property='og:url' or @name='og:url']/@content", "url"),
                       ("//meta[@property='og:site_name' or @name='og:site_name']/@content", "site_name"),
                       ("//title/text()", "title")):
        for value in tree.xpath(xpath):
            if str(value).strip() and key not in found:
                found[key] = " ".join(str(value).split())
    return found


def _paragraphs(tree) -> str:
    """Return the page's headings and paragraphs, one a line: the fallback when trafilatura finds no article."""
    if tree is None:
        return ""
    for furniture in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form"):
        furniture.drop_tree()
    blocks = (" ".join(el.text_content().split()) for el in tree.xpath("//h1|//h2|//h3|//p"))
    return "\n".join(b for b in blocks if b)


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def _try_date(value: object) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        return None


# ---------------------------------------------------------------- decoding

def _decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Return a file's text: BOM-marked or UTF-8 first, then a declared charset, then a guess.

    Raise BINARY for NUL bytes without a BOM and UNDECODABLE when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise InputError(Messages.BINARY, origin=origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and _page_charset(declared):
        try:
            return data.decode(declared)
        except (LookupError, UnicodeError):
            pass
    text = _guess_legacy(data)
    if text is None:
        raise InputError(Messages.UNDECODABLE, origin=origin)
    return text


# Python codecs that a page may name but no browser reads a page in: "undefined" always fails,
# punycode decodes in quadratic time, and the others turn escapes or markup into other text.
_NOT_PAGE_CHARSETS = frozenset(("undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape",
                                "utf-7", "charmap"))


def _page_charset(name: str) -> bool:
    """Return True for the name of a text encoding a web page may be written in."""
    try:
        found = codecs.lookup(name)
    except LookupError:
        return False
    return getattr(found, "_is_text_encoding", True) and found.name not in _NOT_PAGE_CHARSETS


def _guess_legacy(data: bytes) -> str | None:
    """Return the text in the most plausible single-byte or legacy encoding, or None.

    charset-normalizer ranks encodings by how chaotic their output looks, but on a
    short report it often prefers a rare code page (cp1257, cp1006) whose output
    differs from Windows-1252 only in the accented letters. Among the readings
    nearly as clean as its best, take the one with the fewest odd characters inside
    Latin words, and on a tie the Windows-1252 one, the commonest legacy encoding.
    """
    matches = charset_normalizer.from_bytes(data, cp_exclusion=_NO_BOM_NO_GUESS)
    best = matches.best()
    if best is None:
        return None
    close = [m for m in matches if m.chaos <= best.chaos + _CHAOS_TOLERANCE]
    readings = [(str(m), "cp1252" not in m.could_be_from_charset) for m in close]
    readings.sort(key=lambda reading: (_oddities(reading[0][:_SAMPLE_CHARS]), reading[1]))
    return readings[0][0]


_NEXT_TO_LATIN = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")


def _oddities(text: str) -> int:
    """Return how many non-ASCII characters touching an ASCII letter are unlikely there.

    Likely: punctuation (curly quotes, dashes) and Latin letters, an uppercase one not
    right after a lowercase letter. Anything else (symbols, digits, other scripts)
    glued to a Latin word is the mark of a wrong code page.
    """
    odd = 0
    for match in _NEXT_TO_LATIN.finditer(text):
        char = match.group()
        if unicodedata.category(char).startswith("P"):
            continue
        if char.isalpha() and "LATIN" in unicodedata.name(char, ""):
            before = text[match.start() - 1] if match.start() else ""
            if not (char.isupper() and before.islower()):
                continue
        odd += 1
    return odd


def _looks_binary(text: str) -> bool:
    """Return True for text with NUL characters or mostly control characters: binary data, not prose."""
    if "\x00" in text:
        return True
    controls = sum(1 for _ in _CONTROL.finditer(text))
    return controls > _BINARY_CONTROL_SHARE * max(len(text), 1)


def _too_long(what: str, size: int, limit: int, origin: str, line: int | None = None) -> InputError:
    return InputError(Messages.TOO_LONG.format(what=what, size=size, limit=limit), origin=origin, line=line)


def _unreadable(exc: OSError, path: str) -> InputError:
    return InputError(Messages.UNREADABLE.format(detail=exc.strerror or exc), origin=path)
