"""The dashboard in a real headless Chromium (Debian's), driven over the DevTools protocol, served by a
real `flashpoint serve` over a real store."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flashpoint.store import Store
from web_support import MARKUP_DOC, Browser, Server, chromium_available, demo_store

WEB = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "web"

@pytest.fixture(scope="module")
def store():
    return Store(demo_store(), read_only=True)


@pytest.fixture(scope="module")
def server(store):
    with Server(store.path) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    assert chromium_available(), "headless Chromium is needed: `apt-get install chromium` (make test does it)"
    with Browser() as running:
        yield running


@pytest.fixture
def page(browser, server):
    page = browser.page
    page.viewport(1400, 900)
    page.events.clear()
    page.goto(server.url + "/")
    page.settle()
    return page


def list_ids(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('#event-list li')].map(li => li.dataset.id)")


def set_filter(page, name: str, value: str) -> None:
    """Set a filter as a user does: the value, then the event the form listens to."""
    before = page.evaluate("window.flashpoint.state.applied")
    page.evaluate(f"""(() => {{ const f = document.querySelector('#filters').elements[{json.dumps(name)}];
        f.value = {json.dumps(value)};
        f.dispatchEvent(new Event(f.tagName === 'SELECT' || f.type === 'date' ? 'change' : 'input', {{bubbles: true}})); }})()""")
    page.wait_for(f"window.flashpoint.state.applied > {before}", timeout=10)
    page.settle()


def test_the_map_draws_every_located_event_and_asks_no_outside_server(page, server, store):
    located = store.events().dropna(subset=["lat", "lon"])
    assert len(located) >= 5
    drawn = page.evaluate("""document.querySelectorAll('path.fp-point').length +
        [...document.querySelectorAll('.fp-cluster')].reduce((n, c) => n + Number(c.dataset.count), 0)""")
    assert drawn == len(located)
    assert page.evaluate("document.querySelectorAll('path.leaflet-interactive, .fp-cluster').length") >= 3
    assert page.evaluate("document.querySelectorAll('.leaflet-base-pane canvas').length") == 1  # the country shapes
    assert page.evaluate("document.querySelector('#filters').elements.country.options.length") > 3
    assert "Mali (MLI)" in page.evaluate("document.querySelector('#filters').elements.country.textContent")
    outside = [u for u in page.requests() if not (u.startswith(server.url) or u.startswith("data:"))]
    assert outside == []


def test_a_filter_changes_the_list(page, store):
    everything = store.events(descending=True)["event_id"].tolist()
    assert list_ids(page) == everything[:50]
    set_filter(page, "country", "MLI")
    mali = store.events(descending=True, country="MLI")["event_id"].tolist()
    assert mali and list_ids(page) == mali
    set_filter(page, "country", "")
    set_filter(page, "actor", "shabaab")
    assert list_ids(page) == store.events(descending=True, actor="shabaab")["event_id"].tolist()
    assert "events match" in page.evaluate("document.querySelector('#list-head').textContent")


def test_clicking_an_event_shows_its_evidence_highlighted(page, store):
    record = next(r for r in store.records() if r["location"]["name"] == "Kharkiv")
    page.click_selector(f"#event-list li[data-id='{record['event_id']}']")
    page.wait_for("!document.querySelector('#panel').hidden")
    page.settle()
    marks = page.evaluate("[...document.querySelectorAll('#panel .doc-text mark')].map(m => m.textContent)")
    assert marks == [ev["sentence"] for ev in record["evidence"]]
    text = page.evaluate("document.querySelector('#panel .doc-text').textContent")
    assert record["evidence"][0]["sentence"] in text and text.startswith("KYIV")
    facts = page.evaluate("document.querySelector('#panel .facts').textContent")
    assert "Military Forces of Russia" in facts and "11" in facts and "precision" in facts
    assert page.evaluate("document.querySelectorAll('path.fp-selected').length") == 1
    assert record["event_id"] in page.evaluate("location.hash")


def test_markup_in_a_document_runs_no_script_and_stays_text(page, store):
    record = next(r for r in store.records() if MARKUP_DOC in r["sources"])
    page.click_selector(f"#event-list li[data-id='{record['event_id']}']")
    page.wait_for("!document.querySelector('#panel').hidden")
    page.settle()
    panel = page.evaluate("document.querySelector('#panel').textContent")
    assert "<script>window.__pwned='title'</script>Shelling in Goma" in panel
    assert "onerror=\"window.__pwned='source'\"" in panel
    assert "<script>window.__pwned='text'</script>" in panel
    assert page.evaluate("document.querySelectorAll('#panel script, #panel img, #panel iframe, #event-list img').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs() == []
    # a javascript: URL from a document is never made a link
    other = next(r for r in store.records() if "mogadishu-bomb" in r["sources"])
    page.evaluate(f"window.flashpoint.openEvent({json.dumps(other['event_id'])})")
    page.wait_for(f"document.querySelector('#panel .doc-head .title').textContent === 'Blast at Mogadishu beach'")
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\" i]').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_the_timeline_brush_sets_the_dates(page, store):
    box = page.evaluate("""(() => { const r = document.querySelector('#timeline svg').getBoundingClientRect();
        return [r.left, r.top, r.width, r.height]; })()""")
    left, top, width, height = box
    y = top + height / 2
    for kind, x in [("mouseMoved", left + 40), ("mousePressed", left + 40), ("mouseMoved", left + width * 0.6),
                    ("mouseReleased", left + width * 0.6)]:
        page.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)
    page.wait_for("location.hash.includes('since=')")
    page.settle()
    since = page.evaluate("document.querySelector('#filters').elements.since.value")
    until = page.evaluate("document.querySelector('#filters').elements.until.value")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", since) and since <= until
    assert list_ids(page) == store.events(descending=True, since=since, until=until)["event_id"].tolist()
    assert page.evaluate("document.querySelector('.timeline .brush').getAttribute('visibility')") == "visible"


def test_chains_are_drawn_as_swim_lanes(page, server):
    page.click_selector(".tabs button[data-tab=chains]")
    page.wait_for("document.querySelectorAll('#tab-chains svg.lanes').length > 0")
    chains = server.json("/api/chains")[1]["chains"]
    drawn = page.evaluate("[...document.querySelectorAll('#tab-chains .card')].map(c => c.querySelectorAll('circle.ev').length)")
    assert drawn == [len(c["events"]) for c in chains]
    assert page.evaluate("document.querySelectorAll('#tab-chains path.arrow').length") == sum(len(c["links"]) for c in chains)
    page.click_selector("#tab-chains circle.ev")
    page.wait_for("!document.querySelector('#panel').hidden")
    page.click_selector("#panel-close")  # the panel lies over the side column
    page.click_selector(".tabs button[data-tab=dyads]")
    page.wait_for("document.querySelectorAll('#tab-dyads .card').length > 0")


def test_a_phone_width_gets_one_column(browser, server):
    page = browser.page
    page.viewport(390, 844, mobile=True)
    try:
        page.goto(server.url + "/")
        page.settle()
        assert page.evaluate("document.documentElement.scrollWidth") <= 391
        assert page.evaluate("document.querySelector('#map').getBoundingClientRect().height") > 250
        assert page.evaluate("getComputedStyle(document.querySelector('#filters')).display") == "none"
        page.click_selector("#toggle-filters")
        assert page.evaluate("getComputedStyle(document.querySelector('#filters')).display") == "flex"
        page.click_selector("#event-list li")
        page.wait_for("!document.querySelector('#panel').hidden")
        rect = page.evaluate("(() => { const r = document.querySelector('#panel').getBoundingClientRect(); return [r.width, r.height]; })()")
        assert rect[0] == 390 and rect[1] >= 800
    finally:
        page.viewport(1400, 900)


def test_the_page_code_never_writes_markup():
    """Document text reaches the page by textContent only: no markup-writing call in our code."""
    code = (WEB / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink
    page = (WEB / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []  # no inline script: the CSP forbids them anyway
    assert re.findall(r"\son[a-z]+\s*=", page) == []  # no inline event handlers either
