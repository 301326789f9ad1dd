"""One writer per output: a second crawl on the same ``--out`` (whatever its
state file) fails at once, naming the pid of the crawl that writes it."""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path

import pytest

from tests.reliability.faulty_server import FaultyServer
from tests.reliability.hostile import serve_articles, serve_hanging, start_crawl, urlset, wait_until
from tests.spiders.conftest import read_records, read_written_records, run_crawl

pytestmark = pytest.mark.timeout(300)
ARTICLES = 6
#: How long the hanging page waits, and the first crawl with it: far beyond the
#: test, so the first crawl still runs (and holds the output) however slow the machine.
HANG = 240


@pytest.mark.parametrize("shared", ["output", "archive"])
def test_a_second_crawl_on_the_same_output_fails_at_once(tmp_path: Path, shared: str) -> None:
    out = tmp_path / "articles.jsonl"
    with FaultyServer() as server:
        paths = serve_articles(server, ARTICLES)
        serve_hanging(server, "/hang.html", HANG)
        entries = [(server.url + p, None) for p in paths] + [(server.url + "/hang.html", None)]
        server.raw("/sitemap.xml", urlset(entries), "application/xml")
        sitemap = ("--sitemap", server.url + "/sitemap.xml")
        # The first crawl stores what it can and then waits on the hanging page.
        archive = ("--warc-dir", str(tmp_path / "warc"))
        first_state = ("--state", str(tmp_path / "a.sqlite"))
        # it waits as long as the page hangs (the bounded 20 s, retried, could end
        # the crawl and free the output on a slow machine), and stops at once after
        wait = ("-s", f"DOWNLOAD_TIMEOUT={HANG}", "-s", "NEWSCLEAN_STOP_TIMEOUT=2")
        first, log = start_crawl(
            out, tmp_path / "first.log", *first_state, *sitemap, *archive, *wait
        )
        try:
            wait_until(
                lambda: len(read_written_records(out)) >= ARTICLES, first, tmp_path / "first.log"
            )
            # Another state file, the same output (or another output, the same
            # archive): refused before anything is fetched.
            hits = sum(server.hits.values())
            second_out = out if shared == "output" else tmp_path / "other.jsonl"
            state = ("--state", str(tmp_path / "b.sqlite"))
            second = run_crawl(second_out, *state, *sitemap, *archive, timeout=120)
            assert second.returncode == 1
            assert second.stderr.strip().count("\n") == 0, second.stderr
            assert f"in use by another crawl (pid {first.pid})" in second.stderr
            assert sum(server.hits.values()) == hits
        finally:
            first.send_signal(signal.SIGINT)
            first.send_signal(signal.SIGINT)
            first.wait(timeout=120)
            log.close()
    records = read_records(out)
    assert len(records) == ARTICLES
    assert max(Counter(r["canonical_url"] for r in records).values()) == 1
