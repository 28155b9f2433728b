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
