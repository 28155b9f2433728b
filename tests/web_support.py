"""What the server and browser tests share: a real store built through ingest, a real `flashpoint serve`
process on loopback, and a real headless Chromium driven over the Chrome DevTools Protocol."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = os.environ.get("FLASHPOINT_CHROMIUM", "/usr/bin/chromium")

# Our own short reports (written for these tests): places the gazetteer knows, a retaliation that
# links two events, one incident told by two reports, and one report whose title, outlet and text
# carry markup that must stay text on the page.
DOCS = [
    {"id": "kidal-ambush", "published": "2024-03-05", "source": "Sahel Wire", "url": "https://example.org/kidal",
     "title": "Ambush near Kidal",
     "text": "KIDAL, Mali (Sahel Wire) - Gunmen ambushed an army convoy near Kidal on Monday, killing seven soldiers, "
             "the military said.\n\nThe attack was claimed by Jama'at Nasr al-Islam wal Muslimin (JNIM), which has "
             "stepped up its raids in northern Mali this year."},
    {"id": "kidal-reprisal", "published": "2024-03-07", "source": "Sahel Wire", "url": "https://example.org/kidal-2",
     "title": "Army strikes back after Kidal ambush",
     "text": "BAMAKO, Mali (Sahel Wire) - JNIM fighters ambushed an army convoy near Kidal on Monday, killing seven "
             "soldiers.\n\nIn retaliation, the Malian army carried out drone strikes on JNIM positions near Kidal on "
             "Wednesday, killing at least 12 militants, the army said in a statement."},
    {"id": "kharkiv-missiles", "published": "2024-05-20", "source": "East Desk", "title": "Missiles hit Kharkiv",
     "text": "KYIV (East Desk) - Russian forces struck Kharkiv with missiles on Sunday, killing 11 civilians and "
             "wounding dozens more, the regional governor said."},
    {"id": "mogadishu-bomb", "published": "2024-08-03", "source": "Horn Report", "url": "javascript:alert(document.domain)",
     "title": "Blast at Mogadishu beach",
     "text": "MOGADISHU (Horn Report) - Al-Shabaab militants detonated a car bomb at a beach restaurant in Mogadishu "
             "on Friday, killing 32 people, police said."},
    {"id": "maiduguri-protest", "published": "2024-06-11", "source": "Lake Chad Post", "title": "Protest in Maiduguri",
     "text": "MAIDUGURI, Nigeria (Lake Chad Post) - Hundreds of traders protested peacefully in Maiduguri on Monday "
             "against rising fuel prices. No one was hurt."},
    {"id": "goma-markup", "published": "2024-02-12",
     "source": "<img src=x onerror=\"window.__pwned='source'\">Lakes Daily", "url": "https://example.org/goma",
     "title": "<script>window.__pwned='title'</script>Shelling in Goma<img src=x onerror=\"window.__pwned='img'\">",
     "text": "GOMA, Democratic Republic of Congo (Lakes Daily) - M23 rebels shelled a camp for displaced people in Goma "
             "on Saturday <script>window.__pwned='text'</script>, killing five civilians "
             "<img src=x onerror=\"window.__pwned='onerror'\">, aid workers said."},
]
MARKUP_DOC = "goma-markup"

# Two reports of our own whose link is found only across documents (the answer's cue names an incident that
# only the other report tells): the store, CLI and API tests ingest them in two runs.
ASAD_ATTACK = {"id": "asad-rockets", "published": "2024-03-12", "source": "Wire K",
               "text": "Militants fired a barrage of rockets at Ain al-Asad air base in western Iraq on Monday, "
                       "wounding two American soldiers, officials said."}
QAIM_ANSWER = {"id": "qaim-strikes", "published": "2024-03-14", "source": "Wire L",
               "text": "U.S. jets struck Kataib Hezbollah weapons depots in Al-Qaim on Wednesday in retaliation for "
                       "the assault on Ain al-Asad air base, the Pentagon said."}

_BUILT: dict[str, Path] = {}


def demo_store() -> Path:
    """Return a store built once per test session by ingesting DOCS (the real pipeline, the real store)."""
    if "demo" not in _BUILT:
        from flashpoint.documents import document_from_record
        from flashpoint.store import Store

        folder = Path(tempfile.mkdtemp(prefix="flashpoint-web-"))
        path = folder / "demo.duckdb"
        Store(path).ingest([document_from_record(d, origin="test", line=n) for n, d in enumerate(DOCS, 1)])
        _BUILT["demo"] = path
    return _BUILT["demo"]


def copy_store(path: Path) -> Path:
    """Return a copy of a store file (for a test that writes)."""
    target = Path(tempfile.mkdtemp(prefix="flashpoint-web-")) / path.name
    shutil.copyfile(path, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None,
        timeout: float = 120) -> tuple[int, dict, bytes]:
    """Return (status, headers, body) of one HTTP request (errors are answers too)."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


class Server:
    """`flashpoint serve` in a child process on a free loopback port, until the block ends."""

    def __init__(self, db: Path, token: str | None = None, extra: list[str] | None = None, log: Path | None = None):
        """log: a file that takes the server's stdout and stderr (else pipes, read by no one)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "flashpoint.cli", "serve", "--db", str(db), "--port", str(self.port)]
        if token:
            args += ["--token", token]
        env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_TOKEN"}
        out = open(log, "wb") if log else subprocess.PIPE  # noqa: SIM115 (closed with the process)
        self.proc = subprocess.Popen(args + (extra or []), stdout=out, stderr=subprocess.STDOUT if log else subprocess.PIPE,
                                     env=env)
        if log:
            out.close()

    def __enter__(self) -> "Server":
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                said = self.proc.stderr.read() if self.proc.stderr else b""
                raise RuntimeError(f"server exited: {said.decode(errors='replace')}")
            try:
                if get(self.url + "/api/health", timeout=5)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.close()
        raise RuntimeError("server did not answer within 90 s")

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        stop_process(self.proc)

    def json(self, path: str, **kwargs):
        status, headers, body = get(self.url + path, **kwargs)
        return status, json.loads(body) if body else None


# ---------------------------------------------------------------- headless Chromium over CDP

def chromium_available() -> bool:
    return Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)


class Browser:
    """A headless Chromium with a fresh profile, reached over the DevTools protocol; one page."""

    def __init__(self, width: int = 1400, height: int = 900):
        self.profile = tempfile.mkdtemp(prefix="flashpoint-chromium-")
        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                # nothing but loopback resolves: a request to any outside server fails
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                f"--user-data-dir={self.profile}", "--remote-debugging-port=0", f"--window-size={width},{height}",
                "about:blank"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        port = self._devtools_port()
        self.page = Page(self._page_socket(port))

    def _devtools_port(self) -> int:
        found: dict = {}

        def read():
            for raw in self.proc.stderr:
                m = re.search(rb"DevTools listening on ws://[^:]+:(\d+)/", raw)
                if m:
                    found["port"] = int(m.group(1))
                    break
            for _ in self.proc.stderr:  # keep draining: a full pipe would stall the browser
                pass

        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + 60
        while "port" not in found:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        return found["port"]

    @staticmethod
    def _page_socket(port: int) -> str:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                    pages = [t for t in json.loads(r.read()) if t.get("type") == "page"]
                if pages:
                    return pages[0]["webSocketDebuggerUrl"]
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chromium has no page target")
            time.sleep(0.1)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        page = getattr(self, "page", None)
        if page is not None:
            page.close()
        stop_process(self.proc)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One page target: commands with their answers, and the events Chromium sent meanwhile."""

    def __init__(self, ws_url: str):
        import websocket  # websocket-client

        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True, enable_multithread=False)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 - the browser may be gone already
            pass

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
                if message["method"] == "Page.javascriptDialogOpening":  # a script ran alert(): answer it, note it
                    self.ws.send(json.dumps({"id": -1, "method": "Page.handleJavaScriptDialog",
                                             "params": {"accept": True}}))

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails'].get('text')} "
                               f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60.0):
        """Return the expression's value once it is truthy; AssertionError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout:g} s: {expression}")
            time.sleep(0.1)

    def settle(self, timeout: float = 60.0) -> None:
        """Wait until the dashboard has no request in flight (and has started)."""
        self.wait_for("document.body.dataset.ready === '1' && document.body.dataset.busy === '0'", timeout)

    def goto(self, url: str, timeout: float = 60.0) -> None:
        self.send("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete'", timeout)

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=2 if mobile else 1, mobile=mobile)

    def click_selector(self, selector: str) -> None:
        """Click the middle of the first element matching the CSS selector, as a mouse would."""
        box = self.evaluate(f"""(() => {{ const n = document.querySelector({json.dumps(selector)});
            if (!n) return null; n.scrollIntoView({{block: 'center'}}); const r = n.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
        if box is None:
            raise AssertionError(f"nothing matches {selector}")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def dialogs(self) -> list[str]:
        return [e["params"].get("message", "") for e in self.events if e["method"] == "Page.javascriptDialogOpening"]


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate a child process still running, and kill it if it has not ended within 15 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
