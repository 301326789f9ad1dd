"""A small threaded HTTP server for the demo site, on 127.0.0.1 only.

It answers conditional requests (ETag / If-None-Match, Last-Modified /
If-Modified-Since) with 304, logs every request for tests to inspect, and can
be told to fail a path a few times first (429 with Retry-After, 503), to
answer slowly, or to hold article pages after a number of them.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from spiders.demo_site.site import DemoSite

LOOPBACK = "127.0.0.1"
#: Longest a held request waits for :meth:`DemoServer.release` (seconds).
HOLD_LIMIT = 120.0


@dataclass(frozen=True)
class LogEntry:
    """One request the server answered."""

    path: str
    status: int
    headers: dict[str, str]
    at: float


@dataclass
class Fault:
    """Answer ``status`` (with ``headers``) to the next ``times`` requests of a path."""

    status: int
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)


class DemoServer:
    """Serve a :class:`DemoSite` on a free port of 127.0.0.1 in a thread.

    >>> with DemoServer() as server:
    ...     import urllib.request
    ...     urllib.request.urlopen(server.url + "/robots.txt").status
    200
    """

    def __init__(self, site: DemoSite | None = None, port: int = 0, delay: float = 0.0) -> None:
        self.site = site or DemoSite()
        self.delay = delay
        self.faults: dict[str, list[Fault]] = {}
        self.log: list[LogEntry] = []
        self._lock = threading.Lock()
        self._hold_after: int | None = None
        self._served_articles = 0
        self._released = threading.Event()
        self._httpd = ThreadingHTTPServer((LOOPBACK, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{LOOPBACK}:{self._httpd.server_address[1]}"

    def start(self) -> DemoServer:
        """Serve in a daemon thread."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fail(self, path: str, status: int, times: int = 1, **headers: str) -> None:
        """Answer the next ``times`` requests of ``path`` with ``status``."""
        self.faults.setdefault(path, []).append(Fault(status, times, headers))

    def hold(self, after: int) -> None:
        """Answer ``after`` more article pages, then keep the next ones waiting
        until :meth:`release` (a crawl that is surely still going)."""
        with self._lock:
            self._hold_after = self._served_articles + after
            self._released.clear()

    def release(self) -> None:
        """Let held article requests through, and stop holding."""
        with self._lock:
            self._hold_after = None
        self._released.set()

    def _maybe_hold(self) -> None:
        with self._lock:
            self._served_articles += 1
            held = self._hold_after is not None and self._served_articles > self._hold_after
        if held:
            self._released.wait(HOLD_LIMIT)

    def requests(self, prefix: str = "", since: int = 0) -> list[LogEntry]:
        """Logged requests (from index ``since``) whose path starts with ``prefix``."""
        with self._lock:
            return [e for e in self.log[since:] if e.path.startswith(prefix)]

    def _record(self, entry: LogEntry) -> None:
        with self._lock:
            self.log.append(entry)

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            queue = self.faults.get(path)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "DemoNews/1.0"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request log is server.log

            def _send(
                self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
                path = self.path.split("?", 1)[0]
                server._record(LogEntry(path, status, dict(self.headers.items()), time.time()))

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path.startswith("/news/"):
                    if server.delay:
                        time.sleep(server.delay)
                    server._maybe_hold()
                fault = server._take_fault(path)
                if fault is not None:
                    self._send(
                        fault.status,
                        b"try again later\n",
                        {"Content-Type": "text/plain", **fault.headers},
                    )
                    return
                host = self.headers.get("Host") or f"{LOOPBACK}:{server._httpd.server_address[1]}"
                page = server.site.render(self.path, f"http://{host}")
                if page is None:
                    self._send(404, b"not found\n", {"Content-Type": "text/plain"})
                    return
                etag = '"' + hashlib.sha1(page.body).hexdigest()[:20] + '"'
                headers = {
                    "Content-Type": page.content_type,
                    "ETag": etag,
                    "Last-Modified": page.last_modified,
                    "Cache-Control": "max-age=60",
                }
                if self._not_modified(etag, page.modified.timestamp()):
                    self._send(304, b"", {"ETag": etag, "Last-Modified": page.last_modified})
                    return
                self._send(200, page.body, headers)

            def _not_modified(self, etag: str, modified: float) -> bool:
                match = self.headers.get("If-None-Match")
                if match is not None:
                    return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
                since = self.headers.get("If-Modified-Since")
                if since:
                    try:
                        return modified <= parsedate_to_datetime(since).timestamp()
                    except (TypeError, ValueError):
                        return False
                return False

        return Handler


def crawl_command(server: DemoServer, out: Path, settings: Iterable[str] = ()) -> list[str]:
    """The ``newsclean crawl`` command line for the demo profile against ``server``,
    appending to ``out``, with Scrapy ``settings`` (``NAME=VALUE``) on top."""
    command = [sys.executable, "-m", "newsclean.cli", "crawl", "--site", "demo"]
    command += ["--base-url", server.url, "--out", str(out)]
    for setting in settings:
        command += ["-s", setting]
    return command
