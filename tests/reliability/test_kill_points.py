"""Nothing is lost: a crawl SIGKILLed at random points and run again stores
each article exactly once in a valid JSONL file; an output that cannot be
written (disk full, file size limit, read-only directory) stops the crawl
with a one-line error and a non-zero exit, and the next run stores the rest.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer, DemoSite
from spiders.urls import canonicalize_url
from tests.spiders.conftest import (
    CRAWL_TIMEOUT,
    ROOT,
    CrawlResult,
    crawl_command,
    profile_args,
    run_crawl,
)
from tests.spiders.test_crawl_resume import alive, descendants, wait_gone

pytestmark = pytest.mark.timeout(420)

#: Seed of the kill points (a failure names it; rerun with the same seed).
SEED = int(os.environ.get("NEWSCLEAN_KILL_SEED", "20261123"))
#: Seconds the demo server waits before each article page.
SLOW_ARTICLES = 0.15
#: Size of the small disk (tmpfs) of the disk-full test: a few records fit.
SMALL_DISK = 16 * 1024
#: File size limit (RLIMIT_FSIZE) of the other test: the state's write-ahead
#: log or the output reaches it after a few articles.
FILE_SIZE_LIMIT = 160 * 1024


def valid_jsonl(path: Path) -> list[dict[str, object]]:
    """The records of ``path``, asserting that every line is whole JSON."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "torn last line"
    return [json.loads(line) for line in data.splitlines()]


def whole_lines(path: Path) -> int:
    """Complete lines in ``path`` so far (safe while a crawl appends)."""
    return path.read_bytes().count(b"\n") if path.exists() else 0


def assert_each_article_once(site: DemoSite, server: DemoServer, out: Path) -> None:
    records = valid_jsonl(out)
    canonical = Counter(str(r["canonical_url"]) for r in records)
    assert max(canonical.values()) == 1, canonical.most_common(3)
    expected = {canonicalize_url(server.url + a.path) for a in site.expected_articles()}
    wire = {u for u in canonical if u.endswith("-wire.html")}
    assert len(canonical) == len(expected)
    assert set(canonical) - wire <= expected


def kill_when(
    out: Path, args: tuple[str, ...], ready: Callable[[float], bool], log: Path
) -> tuple[int, set[int]]:
    """Start a crawl, SIGKILL it once ``ready(seconds since start)`` holds;
    returns the records it had written and the helper processes it had."""
    with open(log, "ab") as err:
        proc = subprocess.Popen(
            crawl_command(out, *args), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err
        )
        started = time.monotonic()
        helpers: set[int] = set()
        try:
            while not ready(time.monotonic() - started):
                if proc.poll() is not None:
                    break
                assert time.monotonic() - started < CRAWL_TIMEOUT, "the crawl never got there"
                helpers |= descendants(proc.pid)
                time.sleep(0.02)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    return whole_lines(out), helpers


def test_sigkill_at_seeded_random_points_loses_and_doubles_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    site = DemoSite()
    total = len(site.expected_articles())
    out = tmp_path / "articles.jsonl"
    log = tmp_path / "killed.log"
    with DemoServer(site, delay=SLOW_ARTICLES) as server:
        args = (*profile_args(server), "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
        # Kill point 1: a random moment of the start (extraction workers
        # starting, sitemaps and feeds being read).
        server.hold(0)
        startup = rng.uniform(0.3, 3.0)
        kill_when(out, args, lambda s: s >= startup, log)
        server.release()
        # Kill points 2-4: after a random number of article pages served in
        # that run (then records), plus a random delay: mid-fetch,
        # mid-extraction, mid-write. The server holds the pages past a few
        # more, so that no run can finish.
        for what in ("pages", "records", "records"):
            count = rng.randint(1, 4)
            extra = rng.uniform(0.0, 1.0)
            mark = len(server.log)
            stored = whole_lines(out)
            server.hold(count + 3)
            reached: list[float] = []

            def ready(
                seconds: float,
                what: str = what,
                count: int = count,
                extra: float = extra,
                mark: int = mark,
                stored: int = stored,
                reached: list[float] = reached,
            ) -> bool:
                if what == "pages":
                    done = len(server.requests("/news/", since=mark))
                else:
                    done = whole_lines(out) - stored
                if not reached and done >= count:
                    reached.append(seconds)
                return bool(reached) and seconds >= reached[0] + extra

            _, helpers = kill_when(out, args, ready, log)
            server.release()
            assert wait_gone(helpers), f"left running: {sorted(alive(helpers))}"
            if out.exists():  # whole lines only, whatever the moment of the kill
                valid_jsonl(out)
        before = len(valid_jsonl(out)) if out.exists() else 0
        assert 0 < before < total, f"seed {SEED}: {before} records before the last run"
        server.delay = 0
        result: CrawlResult = run_crawl(out, *profile_args(server))
        assert result.returncode == 0, result.stderr[-3000:]
        assert_each_article_once(site, server, out)


# -- a disk that fills up, a file size limit, a read-only directory ------------


@contextlib.contextmanager
def small_tmpfs(path: Path, size: int) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes mounted at ``path`` (root only; else skip)."""
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def limit_file_size(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` giving the crawl a file size limit: writes past it fail
    with EFBIG (SIGXFSZ ignored, as Python does by default)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "ERROR" in line or "newsclean crawl:" in line]


def check_stopped_clearly(proc: subprocess.CompletedProcess[str], total: int, out: Path) -> None:
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert any("cannot write" in line for line in error_lines(proc.stderr)), proc.stderr[-3000:]
    assert "output_error" in proc.stderr  # the summary's finish reason
    records = valid_jsonl(out) if out.exists() else []
    assert len(records) < total


def test_disk_full_stops_with_one_line_and_the_rerun_stores_the_rest(tmp_path: Path) -> None:
    site = DemoSite()
    total = len(site.expected_articles())
    with small_tmpfs(tmp_path / "disk", SMALL_DISK) as disk, DemoServer(site) as server:
        out = disk / "articles.jsonl"
        state = tmp_path / "state.sqlite"
        command = crawl_command(out, *profile_args(server), "--state", str(state))
        proc = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT
        )
        check_stopped_clearly(proc, total, out)
        assert "No space left on device" in proc.stderr
        # Room again: the next run stores what was missing, nothing twice.
        subprocess.run(["mount", "-o", "remount,size=8m", str(disk)], check=True)
        result = run_crawl(out, *profile_args(server), "--state", str(state))
        assert result.returncode == 0, result.stderr[-3000:]
        assert_each_article_once(site, server, out)


def test_file_size_limit_stops_with_one_line_and_the_rerun_stores_the_rest(
    tmp_path: Path,
) -> None:
    site = DemoSite()
    total = len(site.expected_articles())
    out = tmp_path / "articles.jsonl"
    with DemoServer(site) as server:
        proc = subprocess.run(
            crawl_command(out, *profile_args(server)),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CRAWL_TIMEOUT,
            preexec_fn=limit_file_size(FILE_SIZE_LIMIT),
        )
        check_stopped_clearly(proc, total, out)
        # SQLite reports EFBIG on its files as an I/O error
        assert "File too large" in proc.stderr or "disk I/O error" in proc.stderr
        result = run_crawl(out, *profile_args(server))
        assert result.returncode == 0, result.stderr[-3000:]
        assert_each_article_once(site, server, out)


@pytest.mark.parametrize("kind", ["read-only directory", "parent is a file", "out is a directory"])
def test_unwritable_output_is_one_line_and_exit_1(tmp_path: Path, kind: str) -> None:
    state = tmp_path / "state.sqlite"
    if kind == "read-only directory":
        target = tmp_path / "ro"
        target.mkdir()
        if os.geteuid() == 0:  # root writes through permissions: a read-only mount
            mounted = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(target)],
                capture_output=True,
                check=False,
            )
            if mounted.returncode != 0:
                pytest.skip("root, and no read-only mount possible")
        else:
            target.chmod(0o555)
        out = target / "articles.jsonl"
    elif kind == "parent is a file":
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "articles.jsonl"
    else:
        out = tmp_path / "articles.jsonl"
        out.mkdir()
    try:
        result = subprocess.run(
            crawl_command(out, "--state", str(state), "--feed", "http://127.0.0.1:9/rss.xml"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        if kind == "read-only directory":
            subprocess.run(["umount", "-l", str(out.parent)], check=False, capture_output=True)
            out.parent.chmod(0o755)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsclean crawl: cannot write {out}: "), lines
