"""State that heals: a JOBDIR queue or state file that is empty, cut short or
of another schema is set aside with one warning, and the run goes on from the
state and the output; lines of the output that are not records are skipped."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.reliability.faulty_server import FaultyServer
from tests.reliability.hostile import BOUNDED, serve_articles, urlset
from tests.spiders.conftest import ROOT, CrawlResult, crawl_command

pytestmark = pytest.mark.timeout(300)
ARTICLES = 4


def crawl(tmp_path: Path, server: FaultyServer) -> CrawlResult:
    """A crawl of ``server``'s sitemap; its records are read leniently (the
    output may hold a line that is not JSON, put there by a test)."""
    out = tmp_path / "articles.jsonl"
    command = crawl_command(out, *BOUNDED, "--sitemap", server.url + "/sitemap.xml")
    proc = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=ROOT)
    records = []
    for line in out.read_text().splitlines() if out.exists() else []:
        with contextlib.suppress(ValueError):
            records.append(json.loads(line))
    return CrawlResult(proc.returncode, proc.stderr, records)


def site(server: FaultyServer) -> list[str]:
    paths = serve_articles(server, ARTICLES)
    server.raw("/sitemap.xml", urlset([(server.url + p, None) for p in paths]), "application/xml")
    return paths


def assert_each_article_once(result: CrawlResult) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    canonical = Counter(r["canonical_url"] for r in result.records)
    assert len(canonical) == ARTICLES and max(canonical.values()) == 1


@pytest.mark.parametrize("damage", [b"", b'{"p0": '])
def test_an_empty_or_cut_queue_file_is_set_aside(tmp_path: Path, damage: bytes) -> None:
    # What a full disk or a kill mid-write leaves of Scrapy's queue index.
    queue = tmp_path / "articles.state.sqlite.job" / "requests.queue"
    queue.mkdir(parents=True)
    (queue / "active.json").write_bytes(damage)
    with FaultyServer() as server:
        site(server)
        result = crawl(tmp_path, server)
    assert_each_article_once(result)
    assert result.stderr.count("set aside") == 1
    assert list(tmp_path.glob("articles.state.sqlite.job.broken-*"))


def test_a_state_file_of_another_schema_is_set_aside(tmp_path: Path) -> None:
    state = tmp_path / "articles.state.sqlite"
    with sqlite3.connect(state) as db:  # a valid SQLite file, another program's tables
        db.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT)")
    with FaultyServer() as server:
        site(server)
        result = crawl(tmp_path, server)
    assert_each_article_once(result)
    assert result.stderr.count("set aside") == 1
    (aside,) = tmp_path.glob("articles.state.sqlite.broken-*")
    with sqlite3.connect(aside) as db:  # left as it was
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["pages"]


def test_a_state_file_set_aside_is_rebuilt_from_the_output(tmp_path: Path) -> None:
    with FaultyServer() as server:
        site(server)
        first = crawl(tmp_path, server)
        assert_each_article_once(first)
        # The state is lost (garbage in its place): the output says what was stored.
        (tmp_path / "articles.state.sqlite").write_bytes(b"\0garbage" * 100)
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp_path / 'articles.state.sqlite'}{suffix}").unlink(missing_ok=True)
        second = crawl(tmp_path, server)
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.counter("newsclean/recovered/replayed_records") == ARTICLES
    assert len(second.records) == ARTICLES  # nothing doubled


def test_a_line_of_the_output_that_is_not_json_is_skipped(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    with FaultyServer() as server:
        site(server)
        first = crawl(tmp_path, server)
        assert_each_article_once(first)
        with out.open("a") as f:  # a complete line, written by someone else
            f.write("this is not a record\n")
        second = crawl(tmp_path, server)
        third = crawl(tmp_path, server)
    for result in (second, third):
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr
    assert second.counter("newsclean/recovered/unreadable_lines") == 1
    assert second.stderr.count("not JSON records skipped") == 1
    assert "not JSON" not in third.stderr  # read past once, not on every run


def test_a_full_disk_under_the_state_and_the_output_heals_on_the_rerun(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    # Room for the state to open and a record or two: the disk fills mid-crawl.
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        with FaultyServer() as server:
            paths = serve_articles(server, 12)
            entries = [(server.url + p, None) for p in paths]
            server.raw("/sitemap.xml", urlset(entries), "application/xml")
            full = crawl(disk, server)
            assert full.returncode == 1, full.stderr[-3000:]
            assert "Traceback" not in full.stderr, full.stderr[-3000:]
            subprocess.run(["mount", "-o", "remount,size=16m", str(disk)], check=True)
            again = crawl(disk, server)
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Traceback" not in again.stderr
    canonical = Counter(r["canonical_url"] for r in again.records)
    assert len(canonical) == 12 and max(canonical.values()) == 1
