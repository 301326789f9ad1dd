"""Helpers for the hostile-site tests: a crawl started in the background, and
sitemaps of a given shape served by :class:`~tests.reliability.faulty_server.FaultyServer`."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from tests.reliability.faulty_server import FaultyServer, Handler, send
from tests.spiders.conftest import ROOT, crawl_command

#: Settings of every hostile-site crawl: no robots.txt, a bound on the pages
#: fetched (so a crawl that would not stop by itself still ends), short retries.
BOUNDED = (
    "-s",
    "ROBOTSTXT_OBEY=False",
    "-s",
    "CLOSESPIDER_PAGECOUNT=200",
    "-s",
    "RETRY_TIMES=1",
    "-s",
    "DOWNLOAD_TIMEOUT=20",
)


#: Hang detector of the waits below: far above any healthy wait, never a speed bound.
HANG_DETECTOR = 240.0


def wait_until(condition: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until ``condition`` holds while the crawl ``proc`` still runs."""
    deadline = time.monotonic() + HANG_DETECTOR
    while not condition():
        assert proc.poll() is None, log.read_text()[-3000:]
        assert time.monotonic() < deadline, "hung: " + log.read_text()[-3000:]
        time.sleep(0.05)


def start_crawl(out: Path, log: Path, *args: str) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """A crawl subprocess writing its stderr to ``log``; the caller closes the file."""
    stream = log.open("wb")
    proc = subprocess.Popen(
        crawl_command(out, *BOUNDED, *args), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stream
    )
    return proc, stream


def urlset(entries: Sequence[tuple[str, str | None]]) -> bytes:
    """A sitemap of ``(url, lastmod)`` entries."""
    parts = []
    for url, lastmod in entries:
        date = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        parts.append(f"<url><loc>{url}</loc>{date}</url>")
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{"".join(parts)}</urlset>'.encode()


def serve_articles(server: FaultyServer, count: int, prefix: str = "/news/") -> list[str]:
    """Serve ``count`` good article pages; returns their paths."""
    paths = [f"{prefix}{n}.html" for n in range(count)]
    for path in paths:
        server.article(path)
    return paths


def serve_xml(server: FaultyServer, path: str, body: bytes) -> None:
    """Serve ``body`` at ``path`` as XML."""
    server.routes[path] = lambda h, n: send(h, 200, body, "application/xml")


def serve_hanging(server: FaultyServer, path: str, seconds: float) -> None:
    """A page at ``path`` that answers only after ``seconds`` (or when the server stops)."""

    def respond(handler: Handler, n: int) -> None:
        server.stopping.wait(seconds)
        send(handler, 200, b"late")

    server.routes[path] = respond
