"""flashpoint: conflict news in, verifiable ACLED-style events out.

    import flashpoint
    store = flashpoint.open("conflict.duckdb")     # a store in a DuckDB file (flashpoint.store)
    store.ingest(documents)
    df = store.events(country="IRQ", since="2023-10-17")
    events = list(flashpoint.extract(documents))   # one-off, without a store
"""
import types as _types

__version__ = "0.1.0"


def open(path, read_only=False, wait=10.0):  # noqa: A001  (flashpoint.open, as sqlite3.connect)
    """Return the flashpoint store in the DuckDB file at `path` (see flashpoint.store.Store)."""
    from flashpoint.store import open as open_store
    return open_store(path, read_only=read_only, wait=wait)


class _CallableExtract(_types.ModuleType):
    """`flashpoint.extract` is the extract/ package, and calling it runs the pipeline."""

    def __call__(self, documents, **options):
        """Yield the events of the documents, merged across reports (flashpoint.pipeline.extract)."""
        from flashpoint.pipeline import extract as run
        return run(documents, **options)


from flashpoint import extract as _extract_package  # noqa: E402  (the subpackage: importing it is cheap)

_extract_package.__class__ = _CallableExtract

