"""A redirect the crawl does not follow (``file:``, ``data:``, another host)
is recorded once, not counted as an error, and not asked for on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.faulty_server import FaultyServer, send
from tests.reliability.hostile import BOUNDED, serve_articles, urlset
from tests.spiders.conftest import run_crawl

pytestmark = pytest.mark.timeout(300)
REFUSED = {
    "/to-file": "file:///etc/passwd",
    "/to-data": "data:text/html,<p>injected</p>",
    "/to-other-host": "http://127.0.0.2:9/elsewhere",
}


def test_refused_redirects_are_recorded_once(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    with FaultyServer() as server:
        paths = serve_articles(server, 2)
        for path, location in REFUSED.items():
            server.routes[path] = lambda h, n, location=location: send(  # type: ignore[misc]
                h, 302, b"", headers={"Location": location}
            )
        entries = [(server.url + p, None) for p in [*paths, *REFUSED]]
        server.raw("/sitemap.xml", urlset(entries), "application/xml")
        args = (*BOUNDED, "--sitemap", server.url + "/sitemap.xml")
        first = run_crawl(out, *args, timeout=240)
        second = run_crawl(out, *args, timeout=240)
        hits = {path: server.hits[path] for path in REFUSED}
    assert first.returncode == 0, first.stderr[-3000:]
    assert first.counter("newsclean/skipped/redirect_refused") == len(REFUSED)
    assert len(first.records) == 2
    assert second.returncode == 0, second.stderr[-3000:]
    assert hits == {path: 1 for path in REFUSED}
