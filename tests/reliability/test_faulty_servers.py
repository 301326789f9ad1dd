"""A crawl against a server whose pages fail in every way a web server can:
it finishes, retries what is retryable, records each failure with its reason
in the state file and the summary, and stores every article it could fetch.

(429 with Retry-After is covered by tests/spiders/test_crawl_cli.py.)
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from spiders.urls import canonicalize_url
from tests.reliability.faulty_server import (
    FaultyServer,
    article_html,
    gzip_bomb,
    reset_connection,
    send,
)
from tests.spiders.conftest import CrawlResult, run_crawl

pytestmark = pytest.mark.timeout(300)

DOWNLOAD_TIMEOUT = 2
RETRY_TIMES = 2
MAX_SIZE = 1_000_000
#: Settings of the crawl under test: short timeouts, few retries, small limits.
SETTINGS = (
    f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}",
    f"RETRY_TIMES={RETRY_TIMES}",
    f"DOWNLOAD_MAXSIZE={MAX_SIZE}",
    f"DOWNLOAD_WARNSIZE={MAX_SIZE // 2}",
    "REDIRECT_MAX_TIMES=4",
    "RETRY_BACKOFF_BASE=0.1",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "ROBOTSTXT_OBEY=False",
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@dataclass
class Crawl:
    server: FaultyServer
    result: CrawlResult
    state: Path
    good: dict[str, str]  # path -> the article's title

    def pages(self) -> dict[str, str]:
        """State file: canonical URL -> outcome."""
        with sqlite3.connect(self.state) as db:
            return dict(db.execute("SELECT url, outcome FROM pages").fetchall())

    def outcome(self, path: str) -> str | None:
        return self.pages().get(canonicalize_url(self.server.url + path))


def build(server: FaultyServer) -> dict[str, str]:
    """Install every route; returns the good articles' paths and titles."""
    good: dict[str, str] = {}
    for n in range(3):
        good[f"/good/{n}"] = server.article(f"/good/{n}").title
    # HTML served with a generic type: still an article.
    good["/octet-html"] = server.article("/octet-html", "application/octet-stream").title

    def once_then_article(path: str, fault: object) -> None:
        article = server.take_article()
        good[path] = article.title

        def respond(h: object, n: int) -> None:
            if n == 0:
                fault(h)  # type: ignore[operator]
            else:
                send(h, 200, article_html(article, server.url, path))  # type: ignore[arg-type]

        server.routes[path] = respond  # type: ignore[assignment]

    once_then_article("/flaky-500", lambda h: send(h, 500, b"oops", "text/plain"))
    once_then_article("/flaky-503", lambda h: send(h, 503, b"busy", "text/plain"))
    once_then_article("/reset-once", reset_connection)
    server.routes["/always-500"] = lambda h, n: send(h, 500, b"oops", "text/plain")
    server.routes["/reset"] = lambda h, n: reset_connection(h)

    def slow(h: object, n: int) -> None:
        server.sleep(DOWNLOAD_TIMEOUT * 3)
        send(h, 200, b"<html><body><p>too late</p></body></html>")  # type: ignore[arg-type]

    server.routes["/slow"] = slow
    server.routes["/loop-a"] = lambda h, n: send(h, 302, b"", headers={"Location": "/loop-b"})
    server.routes["/loop-b"] = lambda h, n: send(h, 302, b"", headers={"Location": "/loop-a"})
    server.routes["/truncated"] = lambda h, n: send(h, 200, b"<html><body><p>cut", length=50_000)
    bomb = gzip_bomb(MAX_SIZE * 20)
    server.raw("/bomb", bomb, "text/html", **{"Content-Encoding": "gzip"})
    server.routes["/huge"] = lambda h, n: send(h, 200, b"<p>x</p>" * (MAX_SIZE // 4))
    server.raw("/paper.pdf", PDF, "application/pdf")
    server.raw("/photo", PNG, "image/png")
    server.raw("/pdf-as-article", PDF, "application/pdf")

    paths = [*good, "/always-500", "/reset", "/slow", "/loop-a", "/truncated", "/bomb"]
    paths += ["/huge", "/paper.pdf", "/photo"]
    locs = "".join(f"<url><loc>{server.url}{p}</loc></url>" for p in paths)
    server.raw(
        "/sitemap.xml",
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{locs}</urlset>".encode(),
        "application/xml",
    )
    # A sitemap cut off mid-entry: the entries before the cut still count.
    cut = server.take_article()
    good["/from-broken-sitemap"] = cut.title
    server.routes["/from-broken-sitemap"] = lambda h, n: send(
        h, 200, article_html(cut, server.url, "/from-broken-sitemap")
    )
    server.raw(
        "/broken-sitemap.xml",
        f'<?xml version="1.0"?><urlset><url><loc>{server.url}/from-broken-sitemap</loc></url>'
        f"<url><loc>{server.url}/nowhere".encode(),
        "application/xml",
    )
    # A feed that is not XML at all past its first item, then binary garbage.
    fed = server.take_article()
    good["/from-broken-feed"] = fed.title
    server.routes["/from-broken-feed"] = lambda h, n: send(
        h, 200, article_html(fed, server.url, "/from-broken-feed")
    )
    server.raw(
        "/broken-feed.xml",
        f"<rss><channel><item><link>{server.url}/from-broken-feed</link></item>"
        "<item><link>&bogus;<<<".encode()
        + bytes(range(256)),
        "application/rss+xml",
    )
    server.raw("/garbage-feed.xml", bytes(range(256)) * 8, "application/rss+xml")
    return good


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> object:
    tmp = tmp_path_factory.mktemp("faulty")
    out, state = tmp / "out.jsonl", tmp / "state.sqlite"
    with FaultyServer() as server:
        good = build(server)
        args = ["--state", str(state)]
        for name in ("/sitemap.xml", "/broken-sitemap.xml"):
            args += ["--sitemap", server.url + name]
        for name in ("/broken-feed.xml", "/garbage-feed.xml"):
            args += ["--feed", server.url + name]
        for setting in SETTINGS:
            args += ["-s", setting]
        result = run_crawl(out, *args, timeout=240)
        yield Crawl(server, result, state, good)


def test_crawl_finishes_with_a_summary_and_exit_1(crawl: Crawl) -> None:
    result = crawl.result
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.counters.get("finish_reason") == "finished"
    assert result.counter("newsclean/errors") > 0
    # Bounded by timeouts and retries, not by a clock: run_crawl's timeout catches a hang.


def test_every_good_article_is_stored_exactly_once(crawl: Crawl) -> None:
    records = crawl.result.records
    counts = Counter(r["url"] for r in records)
    expected = {crawl.server.url + path for path in crawl.good}
    assert set(counts) == expected, crawl.result.stderr[-3000:]
    assert set(counts.values()) == {1}
    titles = {r["url"]: r["title"] for r in records}
    for path, title in crawl.good.items():
        assert titles[crawl.server.url + path] == title
    assert crawl.result.counter("newsclean/articles/stored") == len(crawl.good)


def test_retryable_failures_are_retried(crawl: Crawl) -> None:
    hits = crawl.server.hits
    assert hits["/flaky-500"] == 2 and hits["/flaky-503"] == 2 and hits["/reset-once"] == 2
    for path in ("/always-500", "/truncated"):
        assert hits[path] == RETRY_TIMES + 1, path
    # Twisted's connection pool itself retries a GET once when a reused
    # connection drops before any answer, under each of Scrapy's attempts.
    assert RETRY_TIMES + 1 <= hits["/reset"] <= 2 * (RETRY_TIMES + 1)
    assert hits["/slow"] == RETRY_TIMES + 1
    # a PDF or an image is not retried: the answer was a good answer
    assert hits["/paper.pdf"] == 1 and hits["/photo"] == 1


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/always-500", "failed/http_500"),
        ("/reset", "failed/connection_lost"),
        ("/slow", "failed/timeout"),
        ("/loop-a", "failed/redirect_loop"),
        ("/truncated", "failed/truncated"),
        ("/bomb", "failed/too_large"),
        ("/huge", "failed/too_large"),
        ("/paper.pdf", "not_html"),
        ("/photo", "not_html"),
    ],
)
def test_each_failure_is_recorded_with_its_reason(crawl: Crawl, path: str, reason: str) -> None:
    assert crawl.outcome(path) == reason
    if reason.startswith("failed/"):
        counter = f"newsclean/errors/article/{reason.removeprefix('failed/')}"
        assert crawl.result.counter(counter) >= 1, (counter, crawl.result.counters)
    else:
        assert crawl.result.counter("newsclean/pages/not_html") == 2


def test_good_pages_are_recorded_as_stored(crawl: Crawl) -> None:
    for path in crawl.good:
        assert crawl.outcome(path) == "stored", path


def test_malformed_discovery_documents_are_counted(crawl: Crawl) -> None:
    assert crawl.result.counter("newsclean/discovery/empty") >= 1
    assert crawl.server.hits["/nowhere"] <= 1  # a cut-off entry is never half-read


def test_next_run_retries_only_the_failures(crawl: Crawl, tmp_path: Path) -> None:
    """Failed pages are not "done": the next run asks for them again, and for
    nothing that was stored."""
    server = crawl.server
    before = Counter(server.hits)
    server.routes["/always-500"] = lambda h, n: send(
        h, 200, article_html(server.take_article(), server.url, "/always-500")
    )
    out = crawl.state.with_name("out.jsonl")
    args = ["--state", str(crawl.state), "--sitemap", server.url + "/sitemap.xml"]
    for setting in SETTINGS:
        args += ["-s", setting]
    result = run_crawl(out, *args, timeout=240)
    asked = Counter(server.hits) - before
    assert asked["/always-500"] == 1
    assert not any(asked[path] for path in crawl.good if path.startswith("/good/"))
    assert asked["/paper.pdf"] == 0
    urls = Counter(r["url"] for r in result.records)
    assert urls[server.url + "/always-500"] == 1
    assert set(urls.values()) == {1}
