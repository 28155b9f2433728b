"""Screenshots of the dashboard in headless Chromium, for the README (docs/screenshots/).

    python tools/screenshots.py --db demo.duckdb            # a store made with `flashpoint ingest`
    python tools/screenshots.py --db demo.duckdb --out /tmp/shots

Serves the store with `flashpoint serve` on a free loopback port, opens the dashboard at laptop and
phone widths, and saves: the overview, an event's panel with its evidence, the chains and dyads
tabs, the phone view and the phone panel. Prints how long the first full view took to draw.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the server and Chromium drivers the browser tests use
sys.path.insert(0, str(REPO / "src"))

from web_support import Browser, Server  # noqa: E402


def shoot(db: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with Server(db) as server, Browser(1280, 800) as browser:
        page = browser.page
        page.viewport(1280, 800)
        page.goto(server.url + "/")
        page.settle()
        loaded = page.evaluate("document.body.dataset.loadedMs")
        listed = page.evaluate("document.querySelectorAll('#event-list li').length")
        print(f"first full view drawn {loaded} ms after navigation ({listed} events listed)")
        time.sleep(0.5)
        page.screenshot(out / "overview.png")
        # the event with the most sources among the listed ones: the panel shows several documents
        chains = server.json("/api/chains")[1]["chains"]
        target = chains[0]["events"][-1]["event_id"] if chains else None
        if target:
            page.evaluate(f"window.flashpoint.openEvent('{target}')")
        else:
            page.click_selector("#event-list li")
        page.wait_for("!document.querySelector('#panel').hidden")
        page.settle()
        time.sleep(0.5)
        page.screenshot(out / "event-panel.png")
        page.click_selector("#panel-close")
        for tab in ("chains", "dyads"):
            page.click_selector(f".tabs button[data-tab={tab}]")
            page.settle()
            time.sleep(0.3)
            page.screenshot(out / f"{tab}.png")
        page.viewport(390, 844, mobile=True)
        page.goto(server.url + "/")
        page.settle()
        time.sleep(0.5)
        page.screenshot(out / "phone.png")
        page.click_selector("#event-list li")
        page.wait_for("!document.querySelector('#panel').hidden")
        page.settle()
        page.screenshot(out / "phone-panel.png")
    for path in sorted(out.glob("*.png")):
        shrink(path)
        print(f"{path} {path.stat().st_size / 1024:.0f} KB")


def shrink(path: Path) -> None:
    """Rewrite a screenshot with a 256-colour palette: a third of the bytes, the same look for a dark UI."""
    from PIL import Image  # matplotlib's dependency

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the store to show")
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"), help="folder for the PNG files")
    args = parser.parse_args()
    shoot(Path(args.db), Path(args.out))


if __name__ == "__main__":
    main()
