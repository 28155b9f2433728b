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
