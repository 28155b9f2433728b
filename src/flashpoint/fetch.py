"""HTTP GET for feeds and article pages from the open web, bounded against a hostile server.

The policy (SECURITY.md, "Fetching feeds and pages"); each refusal is one FetchError naming the URL:
- only http and https are fetched; a local file is read only when the user's feed list names it
  (`read_file`), never because a feed or a redirect points at one;
- at most MAX_REDIRECTS redirects, each to http(s) on the host first asked (with or without a leading
  "www.") and its port (or https's default port): a redirect to another host, another port, from https
  down to http, or to any other scheme (file:, ftp:, data:) is refused, not followed; a redirect's own
  body is never read;
- a body of at most `limit` bytes: a larger declared Content-Length is refused before reading, a
  streamed or endless body is cut at the limit, and a body shorter than it declared is refused;
- gzip and deflate bodies are decompressed in steps with their output capped at the same `limit`
  (a decompression bomb stops there); any other content encoding is refused;
- each socket read waits at most `timeout` seconds and the whole request, redirects included, at most
  `deadline` seconds: then its connection is shut down, whatever the server is doing;
- the content type must be text (text/*), XML (*/xml, */*+xml) or absent: images, PDF,
  application/octet-stream and the like are refused before their body is read;
- with `private=False` (a page a feed links to) the address actually connected to must be a public
  one: loopback, private, link-local (cloud metadata) and reserved addresses are refused, checked on
  the connected socket so that a name resolving there (or re-resolving, DNS rebinding) is caught too.
"""
from __future__ import annotations

import functools
import http.client
import ipaddress
import re
import socket
import string
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

from flashpoint import __version__
from flashpoint.documents import MAX_DOCUMENT_BYTES
from flashpoint.errors import InputError, WatchMessages

USER_AGENT = f"flashpoint/{__version__} (feed reader; one request per host per --delay)"
MAX_REDIRECTS = 5
DEADLINE = 60.0  # seconds for one request, redirects and body included
ENCODINGS = ("identity", "gzip", "x-gzip", "deflate")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK = 1 << 16
_TEXT_TYPE = re.compile(r"text/[\w.+-]+|[\w.+-]+/(?:[\w.-]+\+)?xml")


class FetchError(InputError):
    """A request that failed or was refused: `retry` says whether the next poll should try it again."""

    def __init__(self, message: str, origin: str, retry: bool = True):
        super().__init__(message, origin=origin)
        self.retry = retry


@dataclass
class Fetched:
    """What one HTTP request (or file read) gave."""

    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    url: str | None = None
    address: str | None = None  # the IP address answered from, the host name through a proxy, None for a file


class _Refused(Exception):
    """Raised inside urllib's handlers; turned into a FetchError naming the URL asked for."""

    def __init__(self, message: str, retry: bool = False):
        super().__init__(message)
        self.message = message
        self.retry = retry


class Fetcher:
    """HTTP GET under the policy above, with at least `delay` seconds between requests to a host."""

    def __init__(self, delay: float = 1.0, timeout: float = 20.0, limit: int = MAX_DOCUMENT_BYTES,
                 deadline: float = DEADLINE):
        self.delay = delay
        self.timeout = timeout
        self.limit = limit
        self.deadline = deadline
        self._last: dict[str, float] = {}
        self._opener = urllib.request.OpenerDirector()
        # no file:, ftp: or data: handler: nothing but http(s) can be opened, even by mistake
        for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), _HTTPHandler(),
                        _HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(), _RedirectHandler(),
                        urllib.request.HTTPErrorProcessor()):
            self._opener.add_handler(handler)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            private: bool = True) -> Fetched:
        """Return the answer to a (conditional) GET; raise FetchError on network errors, HTTP errors and refusals.

        private: whether the request may reach a loopback or private address (False for what a feed links to).
        """
        if urllib.parse.urlsplit(url).scheme.lower() not in _DEFAULT_PORTS:
            raise FetchError(WatchMessages.NOT_HTTP, url, retry=False)
        self._wait_turn(url)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(url, headers=headers)
        request.first_url, request.hops, request.deadline = url, 0, _Deadline(self.deadline, private)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                body = self._body(response, request.deadline)
                return Fetched(response.status, body, response.headers.get("ETag"),
                               response.headers.get("Last-Modified"), response.geturl(), request.deadline.peer)
        except _Refused as exc:
            raise FetchError(exc.message, url, retry=exc.retry) from exc
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 304:
                return Fetched(304, b"", etag, last_modified, url)
            # a client error other than a timeout or a rate limit will not mend by asking again
            retry = exc.code >= 500 or exc.code in (408, 429)
            then = "tried again at the next poll" if retry else "skipped"
            raise FetchError(WatchMessages.HTTP.format(status=exc.code, reason=exc.reason, then=then), url,
                             retry=retry) from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            if request.deadline.expired:
                raise FetchError(WatchMessages.TOO_SLOW.format(seconds=self.deadline), url) from exc
            detail = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
            raise FetchError(WatchMessages.NETWORK.format(detail=detail), url) from exc
        finally:
            request.deadline.cancel()
            self._last[urllib.parse.urlsplit(url).netloc] = time.monotonic()

    def read_file(self, url: str, last_modified: str | None = None) -> Fetched:
        """Return a local feed file named in the user's feed list (a path or file: URL); 304 when unchanged."""
        path = Path(urllib.parse.urlsplit(url).path if url.startswith("file:") else url)
        try:
            stamp = str(path.stat().st_mtime_ns)
            if stamp == last_modified:
                return Fetched(304, b"", None, stamp, url)
            if path.stat().st_size > self.limit:
                raise FetchError(WatchMessages.TOO_BIG.format(limit=self.limit), url, retry=False)
            return Fetched(200, path.read_bytes(), None, stamp, url)
        except OSError as exc:
            raise FetchError(WatchMessages.NETWORK.format(detail=exc.strerror or exc), url) from exc

    def _wait_turn(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def _body(self, response, deadline: _Deadline) -> bytes:
        """Return the response's body, decompressed; _Refused past the limits or the deadline."""
        headers = response.headers
        kind = headers.get("Content-Type")
        if kind is not None and not _TEXT_TYPE.fullmatch(headers.get_content_type()):
            raise _Refused(WatchMessages.CONTENT_TYPE.format(kind=headers.get_content_type()))
        declared = (headers.get("Content-Length") or "").strip()
        if declared.isdigit() and int(declared) > self.limit:
            raise _Refused(WatchMessages.TOO_BIG.format(limit=self.limit))
        encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
        if encoding not in ENCODINGS:
            raise _Refused(WatchMessages.ENCODING.format(encoding=encoding))
        inflater = _Inflater(self.limit) if encoding != "identity" else None
        body, received = bytearray(), 0
        while chunk := response.read1(_CHUNK):
            received += len(chunk)
            if received > self.limit:
                raise _Refused(WatchMessages.TOO_BIG.format(limit=self.limit))
            body += inflater.feed(chunk) if inflater else chunk
            if len(body) > self.limit:
                raise _Refused(WatchMessages.BOMB.format(limit=self.limit))
            if deadline.expired:
                break
        if deadline.expired:  # the shut connection ends the body early: never take it as whole
            raise _Refused(WatchMessages.TOO_SLOW.format(seconds=deadline.seconds), retry=True)
        if response.length:  # the server closed before sending what Content-Length announced
            raise _Refused(WatchMessages.SHORT.format(got=received, declared=received + response.length),
                           retry=True)
        if inflater:
            body += inflater.finish()
            if len(body) > self.limit:
                raise _Refused(WatchMessages.BOMB.format(limit=self.limit))
        return bytes(body)


def redirect_problem(first: str, target: str) -> str | None:
    """Return why a redirect from the URL first asked for to `target` is refused, or None when it may be followed."""
    old, new = urllib.parse.urlsplit(first), urllib.parse.urlsplit(target)
    scheme = new.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return f"{scheme or 'no'} scheme, not http or https"
    if old.scheme.lower() == "https" and scheme == "http":
        return "from https down to http"
    try:
        old_port, new_port = old.port or _DEFAULT_PORTS[old.scheme.lower()], new.port
    except ValueError:
        return "not a valid address"
    if _site(old.hostname) != _site(new.hostname):
        return "another host"
    if (new_port or _DEFAULT_PORTS[scheme]) != old_port and not (new_port is None and scheme == "https"):
        return "another port"
    return None


def _site(host: str | None) -> str:
    host = (host or "").lower().rstrip(".")
    return host.removeprefix("www.")


class _Deadline:
    """What one request (and its redirects) may do: shut its connections once `seconds` have passed, and
    reach a loopback or private address only when `private`; `peer` is the address last connected to."""

    def __init__(self, seconds: float, private: bool = True):
        self.seconds = seconds
        self.private = private
        self.peer: str | None = None
        self.expired = False
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def track(self, connection: http.client.HTTPConnection, proxied_host: str | None = None) -> None:
        """Take a connected connection under the deadline; _Refused if its address is not one it may reach.

        proxied_host: the host a proxy is asked to reach; only its name can be checked (a literal address
        or localhost), since the socket leads to the proxy.
        """
        reached = connection.sock.getpeername()[0] if proxied_host is None else proxied_host
        self.peer = reached
        if not self.private and is_private(reached):
            connection.close()
            raise _Refused(WatchMessages.PRIVATE_ADDRESS.format(address=reached))
        with self._lock:
            self._connections.append(connection)
            if self.expired:
                _shut(connection)

    def cancel(self) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for connection in self._connections:
                _shut(connection)


def is_private(host: str) -> bool:
    """Return whether a host (an address, or a name given to a proxy) is loopback, private or reserved."""
    host = host.strip("[]").split("%")[0].lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False  # a name the proxy resolves: nothing here can say where it leads


def _shut(connection: http.client.HTTPConnection) -> None:
    if connection.sock is not None:
        try:
            connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _bounded(base: type) -> type:
    """Return a subclass of an HTTP(S) connection class that hands its connected socket to a _Deadline."""

    class Bounded(base):
        def __init__(self, *args, deadline: _Deadline, proxied_host: str | None = None, **kwargs):
            super().__init__(*args, **kwargs)
            self.deadline = deadline
            self.proxied_host = proxied_host

        def connect(self):
            super().connect()
            self.deadline.track(self, self.proxied_host)

    return Bounded


_BoundedHTTP = _bounded(http.client.HTTPConnection)
_BoundedHTTPS = _bounded(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(functools.partial(_BoundedHTTP, deadline=req.deadline, proxied_host=_proxied(req)), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(functools.partial(_BoundedHTTPS, deadline=req.deadline, proxied_host=_proxied(req)), req,
                            context=self._context)


def _proxied(req) -> str | None:
    """Return the host a request asks its proxy to reach, or None when it goes direct."""
    return urllib.parse.urlsplit(req.full_url).hostname if req.has_proxy() else None


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only as the policy allows; never reads a redirect's body."""

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri")
        if not target:
            return None  # urllib's default handler turns the bare 30x into an HTTPError
        fp.close()
        target = urllib.parse.urljoin(req.full_url,
                                      urllib.parse.quote(target, encoding="iso-8859-1", safe=string.punctuation))
        if req.hops >= MAX_REDIRECTS:
            raise _Refused(WatchMessages.TOO_MANY_REDIRECTS.format(limit=MAX_REDIRECTS))
        problem = redirect_problem(req.first_url, target)
        if problem:
            raise _Refused(WatchMessages.REDIRECT.format(target=target[:200], problem=problem))
        new = self.redirect_request(req, fp, code, msg, headers, target)
        new.first_url, new.hops, new.deadline = req.first_url, req.hops + 1, req.deadline
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _Inflater:
    """Decompresses a gzip or deflate (zlib or raw) body in steps, never more than `limit` + 1 bytes at a time."""

    def __init__(self, limit: int):
        self.limit = limit
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, told apart by zlib
        self._started = False

    def feed(self, data: bytes) -> bytes:
        try:
            out = self._z.decompress(data, self.limit + 1)
        except zlib.error as exc:
            if self._started:
                raise _Refused(WatchMessages.DAMAGED.format(detail=exc)) from exc
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent raw, as some servers do
            try:
                out = self._z.decompress(data, self.limit + 1)
            except zlib.error as raw_exc:
                raise _Refused(WatchMessages.DAMAGED.format(detail=raw_exc)) from raw_exc
        self._started = True
        return out

    def finish(self) -> bytes:
        try:
            return self._z.flush()
        except zlib.error as exc:
            raise _Refused(WatchMessages.DAMAGED.format(detail=exc)) from exc
