"""Documents in, events out: the per-document stages chained, then the cross-document step.

`extract_document` is a pure function of (document, parsed doc) whose input and output pickle,
so the same code runs inside Dask workers; `extract` pipes many documents through the model.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator

from flashpoint import nlp
from flashpoint.extract.mentions import read_report, resources
from flashpoint.model import Document, Event
from flashpoint.resolve import coref
from flashpoint.resolve.merge import merge_events

MAX_PARSE_CHARS = 200_000  # longer texts are parsed in their first 200k characters (a 40-page report)


def extract_document(document: Document, sdoc=None) -> list[Event]:
    """Return the events and tallies one report describes."""
    res = resources()
    if sdoc is None:
        sdoc = nlp.load()(document.text[:MAX_PARSE_CHARS])
    reading = read_report(document, sdoc, res)
    clusters = coref.cluster_mentions(reading.mentions)
    coref.dominant_subtypes(clusters)
    coref.fill_context(clusters, document, res.places, reading.countries, reading.sentence_places)
    events = coref.to_events(clusters, document)
    _fill_tally_counterparts(events)
    _carry_backers(events)
    return events


def _carry_backers(events: list[Event]) -> None:
    """'The militants' later in a report are the 'Iran-backed militants' it named before."""
    backers: dict[str, set] = {}
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is not None and a.backer and a.type != "state forces":
                backers.setdefault(a.name, set()).add(a.backer)
    for e in events:
        for a in (e.actor1, e.actor2):
            if a is not None and not a.backer and a.type != "state forces" and len(backers.get(a.name, ())) == 1:
                a.backer = next(iter(backers[a.name]))


def _fill_tally_counterparts(events: list[Event]) -> None:
    """A tally with no target names the side its actor fights in this report (the main dyad)."""
    counts: Counter = Counter()
    by_name = {}
    for e in events:
        if e.kind != "event":
            continue
        for a in (e.actor1, e.actor2):
            if a is not None:
                counts[a.name] += 1
                by_name.setdefault(a.name, a)
    for e in events:
        if e.kind != "tally" or e.actor2 is not None or e.actor1 is None:
            continue
        for name, _ in counts.most_common():
            actor = by_name[name]
            if name != e.actor1.name and actor.country_code != e.actor1.country_code and actor.type == "state forces":
                e.actor2 = actor
                break


def extract(documents: Iterable[Document], batch_size: int = 16, n_process: int = 1,
            on_document: Callable[[Document], None] | None = None, merge: bool = True) -> Iterator[Event]:
    """Yield the events of many documents, the same incident from several reports merged into one.

    With merge=False, events stream out per document as soon as it is parsed.
    """
    per_document = _extract_each(documents, batch_size, n_process, on_document)
    if not merge:
        yield from per_document
        return
    yield from merge_events(list(per_document))


def _extract_each(documents, batch_size, n_process, on_document) -> Iterator[Event]:
    """Yield each document's own events, parsing in batches with the model loaded once."""
    model = nlp.load()
    docs_iter = iter(documents)

    def texts():
        for d in _remember(docs_iter, buffer):
            yield d.text[:MAX_PARSE_CHARS]

    buffer: list[Document] = []
    for sdoc in model.pipe(texts(), batch_size=batch_size, n_process=n_process):
        document = buffer.pop(0)
        yield from extract_document(document, sdoc)
        if on_document is not None:
            on_document(document)


def _remember(docs: Iterator[Document], buffer: list[Document]) -> Iterator[Document]:
    for d in docs:
        buffer.append(d)
        yield d
