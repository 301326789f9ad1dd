"""A crawl killed with SIGKILL mid-way and run again stores every article
exactly once; two crawls cannot share a state file."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import IO

import pytest

from spiders.demo_site import DemoServer, DemoSite
from spiders.state import StateLock
from spiders.urls import canonicalize_url
from tests.spiders.conftest import (
    CRAWL_TIMEOUT,
    ROOT,
    crawl_command,
    profile_args,
    read_records,
    run_crawl,
)

pytestmark = pytest.mark.timeout(600)
#: Seconds the server waits before answering an article page.
SLOW_ARTICLES = 0.2
#: Article pages answered before the server holds the rest, so that the
#: crawl is surely still going when it is stopped after this many records.
SERVED_BEFORE_HOLD = 8
KILL_AFTER_RECORDS = 4
#: One request at a time, so an interrupted crawl has most articles still to do.
ONE_AT_A_TIME = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                kids = {int(k) for k in children.read_text().split()}
            except OSError:
                continue
            todo += list(kids - found)
            found |= kids
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (zombies count as gone)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            running.add(pid)
    return running


def wait_gone(pids: set[int], seconds: float = 20.0) -> bool:
    """True once none of ``pids`` runs, within ``seconds``."""
    deadline = time.monotonic() + seconds
    while alive(pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def start_crawl(out: Path, log: Path, *args: str) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """A crawl subprocess writing its stderr to ``log``; the caller closes the file."""
    stream = log.open("wb")
    proc = subprocess.Popen(
        crawl_command(out, *args), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stream
    )
    return proc, stream


def wait_for_records(proc: subprocess.Popen[bytes], out: Path, count: int) -> None:
    """Wait until ``out`` holds ``count`` records, while the crawl still runs."""
    deadline = time.monotonic() + CRAWL_TIMEOUT
    while len(read_records(out)) < count:
        assert proc.poll() is None, "the crawl ended before it could be interrupted"
        assert time.monotonic() < deadline, "no records within the time limit"
        time.sleep(0.05)


def test_sigkill_mid_crawl_then_rerun_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    site = DemoSite()
    out = tmp_path / "articles.jsonl"
    with DemoServer(site, delay=SLOW_ARTICLES) as server:
        server.hold(SERVED_BEFORE_HOLD)
        proc, log = start_crawl(out, tmp_path / "killed.log", *profile_args(server), *ONE_AT_A_TIME)
        try:
            wait_for_records(proc, out, KILL_AFTER_RECORDS)
            helpers = descendants(proc.pid)
        finally:
            os.kill(proc.pid, signal.SIGKILL)  # the crawl process only, not its workers
            proc.wait(timeout=30)
            log.close()
        # The extraction processes go with it: nothing is left running.
        assert helpers, "the crawl runs its extraction in other processes"
        assert wait_gone(helpers), f"left running: {sorted(alive(helpers))}"
        before = read_records(out)
        assert KILL_AFTER_RECORDS <= len(before) < len(site.expected_articles())
        # What a crash during a write can leave behind: half a record.
        with open(out, "ab") as f:
            f.write(b'{"url": "http://127.0.0.1/torn", "text": "half a rec')
        server.delay = 0
        server.release()
        result = run_crawl(out, *profile_args(server))
    assert result.returncode == 0, result.stderr
    records = result.records
    assert records[: len(before)] == before
    canonical = Counter(r["canonical_url"] for r in records)
    assert max(canonical.values()) == 1, canonical.most_common(3)
    expected = {canonicalize_url(server.url + a.path) for a in site.expected_articles()}
    wire = {u for u in canonical if u.endswith("-wire.html")}
    assert len(canonical) == len(expected)
    assert set(canonical) - wire <= expected
    assert result.counter("newsclean/recovered/torn_bytes") > 0
    # The JOBDIR of a finished crawl is removed: the next run starts afresh.
    assert not (tmp_path / "articles.state.sqlite.job").exists()


def test_second_crawl_on_a_locked_state_file_exits_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    with StateLock(tmp_path / "articles.state.sqlite"):
        result = run_crawl(out, "--feed", "http://127.0.0.1:9/rss.xml", timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another crawl" in lines[0], result.stderr


def test_every_runs_again_and_sigterm_stops_gracefully(tmp_path: Path) -> None:
    site = DemoSite()
    out = tmp_path / "articles.jsonl"
    with DemoServer(site) as server:
        # Two scheduled runs one second apart, then the process ends by itself.
        result = run_crawl(out, *profile_args(server), "--every", "1s", "--runs", "2")
        assert result.returncode == 0, result.stderr
        assert "crawl summary (run 1)" in result.stderr
        assert "crawl summary (run 2)" in result.stderr
        stored = len(result.records)
        assert result.counter("newsclean/articles/stored") == 0  # the second run's table
        # A scheduled crawl waiting for its next run stops at once on SIGTERM.
        proc, log = start_crawl(out, tmp_path / "every.log", *profile_args(server), "--every", "1h")
        deadline = time.monotonic() + CRAWL_TIMEOUT
        while "crawl summary (run 1)" not in (tmp_path / "every.log").read_text():
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 130
        log.close()
    assert len(read_records(out)) == stored
    assert "stopping after the requests in flight" in (tmp_path / "every.log").read_text()


def test_sigterm_mid_crawl_keeps_the_queue_and_the_rerun_completes(tmp_path: Path) -> None:
    site = DemoSite()
    out = tmp_path / "articles.jsonl"
    jobdir = tmp_path / "articles.state.sqlite.job"
    with DemoServer(site, delay=SLOW_ARTICLES) as server:
        server.hold(SERVED_BEFORE_HOLD)
        proc, log = start_crawl(out, tmp_path / "term.log", *profile_args(server), *ONE_AT_A_TIME)
        wait_for_records(proc, out, KILL_AFTER_RECORDS)
        proc.send_signal(signal.SIGTERM)
        server.release()  # the requests in flight finish, the rest stay queued
        assert proc.wait(timeout=120) == 130
        log.close()
        assert (jobdir / "requests.queue").is_dir(), "Scrapy keeps its queue for the next run"
        server.delay = 0
        result = run_crawl(out, *profile_args(server))
    assert result.returncode == 0, result.stderr
    canonical = Counter(r["canonical_url"] for r in result.records)
    assert max(canonical.values()) == 1
    assert len(canonical) == len(site.expected_articles())
    assert not jobdir.exists()


def test_a_killed_extraction_worker_is_replaced_and_nothing_is_lost(tmp_path: Path) -> None:
    site = DemoSite()
    out = tmp_path / "articles.jsonl"
    with DemoServer(site, delay=SLOW_ARTICLES) as server:
        server.hold(SERVED_BEFORE_HOLD)
        proc, log = start_crawl(out, tmp_path / "crash.log", *profile_args(server))
        wait_for_records(proc, out, KILL_AFTER_RECORDS)
        # The workers are the crawl's grandchildren (children of its fork server).
        children = descendants(proc.pid) - {proc.pid}
        direct = {
            int(k)
            for c in Path(f"/proc/{proc.pid}/task").glob("*/children")
            for k in c.read_text().split()
        }
        workers = sorted(alive(children - direct))
        assert workers, "no extraction worker found"
        os.kill(workers[0], signal.SIGKILL)
        server.release()
        assert proc.wait(timeout=CRAWL_TIMEOUT) == 0
        log.close()
    stderr = (tmp_path / "crash.log").read_text()
    assert "newsclean/errors/worker_crash" in stderr
    records = read_records(out)
    canonical = Counter(r["canonical_url"] for r in records)
    assert max(canonical.values()) == 1
    assert len(canonical) == len(site.expected_articles())
