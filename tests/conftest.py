import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def nlp():
    from flashpoint import nlp as seam
    return seam.load()


@pytest.fixture(scope="session")
def parse(nlp):
    def _parse(text):
        return nlp(text)
    return _parse


SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contract" / "event.schema.json"


@pytest.fixture(scope="session")
def validator():
    """A validator for the contract's event.schema.json (skips when shared/ is not beside the repo)."""
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"contract schema not found at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


class TimeLimitExceeded(Exception):
    """A call ran past the time bound of `time_limit`."""


@pytest.fixture
def time_limit():
    """Return a context manager that fails the test when its block runs longer than `seconds`.

    For bounds against catastrophic slowness (a backtracking regex takes minutes, not seconds),
    generous enough for a busy machine: a bound, not a speed measurement (those live in bench/).
    """
    import contextlib
    import signal

    @contextlib.contextmanager
    def limit(seconds: int):
        def expire(signum, frame):
            raise TimeLimitExceeded(f"still running after {seconds} s")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(seconds)
        try:
            yield
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)

    return limit
