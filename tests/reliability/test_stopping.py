"""Stopping means stopping: SIGTERM ends in-flight work within
``NEWSCLEAN_STOP_TIMEOUT`` and prints the summary; a second signal stops at
once; after a SIGTERM the rerun fetches no page twice."""

from __future__ import annotations

import signal
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer, DemoSite
from tests.reliability.faulty_server import FaultyServer
from tests.reliability.hostile import serve_articles, serve_hanging, start_crawl, urlset, wait_until
from tests.spiders.conftest import profile_args, read_written_records, run_crawl

pytestmark = pytest.mark.timeout(300)
STOP_TIMEOUT = 2
#: Hang detector: far above STOP_TIMEOUT, far below the hanging page's wait.
GENEROUS = 60
#: How long the hanging page waits: a crawl that waits for it fails the test.
HANG = 150


def hanging_crawl(tmp_path: Path, server: FaultyServer) -> tuple[subprocess.Popen[bytes], Path]:
    """A crawl that stored its articles and waits on a page that hangs."""
    paths = serve_articles(server, 3)
    serve_hanging(server, "/hang.html", HANG)
    entries = [(server.url + p, None) for p in [*paths, "/hang.html"]]
    server.raw("/sitemap.xml", urlset(entries), "application/xml")
    out, log = tmp_path / "articles.jsonl", tmp_path / "crawl.log"
    proc, stream = start_crawl(
        out,
        log,
        "--sitemap",
        server.url + "/sitemap.xml",
        "-s",
        f"NEWSCLEAN_STOP_TIMEOUT={STOP_TIMEOUT}",
        "-s",
        f"DOWNLOAD_TIMEOUT={HANG * 2}",
    )
    stream.close()
    wait_until(
        lambda: len(read_written_records(out)) == 3 and bool(server.hits["/hang.html"]), proc, log
    )
    return proc, log


def test_sigterm_stops_within_the_timeout_with_a_summary(tmp_path: Path) -> None:
    with FaultyServer() as server:
        proc, log = hanging_crawl(tmp_path, server)
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=GENEROUS)
        finally:
            proc.kill()
    text = log.read_text()
    assert code == 130, text[-3000:]
    assert "crawl summary" in text and "Traceback" not in text
    assert "shutdown_forced" in text


def test_a_second_signal_stops_at_once_with_a_summary(tmp_path: Path) -> None:
    with FaultyServer() as server:
        proc, log = hanging_crawl(tmp_path, server)
        proc.send_signal(signal.SIGTERM)
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=GENEROUS)
        finally:
            proc.kill()
    text = log.read_text()
    assert code == 130, text[-3000:]
    assert "crawl summary (stopped at once)" in text


def test_after_sigterm_the_rerun_fetches_no_page_twice(tmp_path: Path) -> None:
    site = DemoSite()
    out = tmp_path / "articles.jsonl"
    with DemoServer(site, delay=0.2) as server:
        server.hold(8)  # the crawl is surely going on when it is stopped
        # One request in the downloader at a time: the rest wait in the queue.
        one = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "CONCURRENT_REQUESTS=1")
        args = (*profile_args(server), *one)
        proc, stream = start_crawl(out, tmp_path / "term.log", *args)
        wait_until(lambda: len(read_written_records(out)) >= 4, proc, tmp_path / "term.log")
        proc.send_signal(signal.SIGTERM)
        server.release()
        assert proc.wait(timeout=GENEROUS * 2) == 130
        stream.close()
        mark = len(server.log)
        server.delay = 0
        result = run_crawl(out, *profile_args(server))
        again = Counter(e.path for e in server.log[mark:] if e.path.startswith("/news/"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert again and max(again.values()) == 1, again.most_common(3)
    canonical = Counter(r["canonical_url"] for r in result.records)
    assert max(canonical.values()) == 1
    # (A wire copy and its original may both be stored, once each, as in every crawl.)
    assert len(canonical) >= len(site.expected_articles())
