"""A small threaded HTTP server on 127.0.0.1 whose paths misbehave on purpose.

Each path is a :data:`Responder`: a function of the handler and of how many
times the path was asked for before, that writes whatever it likes to the
socket (a good page, an error, a reset connection, a body cut short, a gzip
bomb). Good article pages are built from the demo site's articles, so that
extraction finds real text in them.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from spiders.demo_site.site import DemoArticle, load_articles

LOOPBACK = "127.0.0.1"
#: Longest any handler sleeps (a slow page), so that a test never hangs on it.
MAX_SLEEP = 30.0

Responder = Callable[["Handler", int], None]


class Handler(BaseHTTPRequestHandler):
    """Dispatches GET requests to the server's responders."""

    protocol_version = "HTTP/1.1"
    server_version = "Faulty/1.0"
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        owner = self.server.owner
        with owner.lock:
            seen = owner.hits[path]
            owner.hits[path] += 1
            owner.log.append((path, dict(self.headers.items())))
        responder = owner.routes.get(path)
        if responder is None:
            send(self, 404, b"not found\n", "text/plain")
            return
        responder(self, seen)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: FaultyServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up on a faulty page is the point of the test


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
    length: int | None = None,
) -> None:
    """Write a whole response (``length`` overrides the Content-Length sent)."""
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body) if length is None else length))
        handler.end_headers()
        if length is not None and length != len(body):
            handler.close_connection = True  # a body cut short, then the end
        handler.wfile.write(body)
        handler.wfile.flush()
    except OSError:  # the client gave up (a timeout): nothing to do
        pass


def reset_connection(handler: BaseHTTPRequestHandler) -> None:
    """Close the socket with a TCP RST (SO_LINGER 0), before any response."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    handler.connection.close()


def article_html(article: DemoArticle, base: str, path: str) -> bytes:
    """A plain article page with a canonical link to itself."""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{escape(article.title)}</title>"
        f'<link rel="canonical" href="{base}{path}"></head><body><header><nav>'
        f'<a href="/">Home</a></nav></header><article><h1>{escape(article.title)}</h1>'
        f"{paragraphs}</article><footer>Copyright</footer></body></html>"
    ).encode()


class FaultyServer:
    """Serve ``routes`` on a free port of 127.0.0.1 in daemon threads.

    >>> with FaultyServer() as server:
    ...     server.routes["/x"] = lambda h, n: send(h, 200, b"hi", "text/plain")
    ...     import urllib.request
    ...     urllib.request.urlopen(server.url + "/x").read()
    b'hi'
    """

    def __init__(self, host: str = LOOPBACK) -> None:
        self.routes: dict[str, Responder] = {}
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.articles = load_articles()
        self._next_article = 0
        self.host = host
        self._httpd = _HTTPServer((host, 0), Handler)
        self._httpd.owner = self

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """``http://HOST:PORT`` (127.0.0.1 unless told otherwise)."""
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> FaultyServer:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- responders -------------------------------------------------------------
    def take_article(self) -> DemoArticle:
        """The next demo article not served under another path yet."""
        article = self.articles[self._next_article]
        self._next_article += 1
        return article

    def article(self, path: str, content_type: str = "text/html; charset=utf-8") -> DemoArticle:
        """Serve a good article page at ``path``; returns the article."""
        article = self.take_article()
        self.routes[path] = lambda h, n: send(
            h, 200, article_html(article, self.url, path), content_type
        )
        return article

    def sleep(self, seconds: float) -> None:
        """Sleep in a handler, at most :data:`MAX_SLEEP`, less if the server stops."""
        self.stopping.wait(min(seconds, MAX_SLEEP))

    def raw(self, path: str, body: bytes, content_type: str, **headers: str) -> None:
        """Serve fixed bytes at ``path``."""
        self.routes[path] = lambda h, n: send(h, 200, body, content_type, headers)


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzip-compressed (about a thousandth of that).

    >>> len(gzip_bomb(1 << 20)) < 5000
    True
    """
    return gzip.compress(b"\0" * size, compresslevel=9)


def wait_for(predicate: Callable[[], bool], seconds: float, step: float = 0.05) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True
