"""The distributed crawl with a real redis-server: the shared store in-process,
then worker processes (``newsclean crawl --redis``) against the demo site."""

from __future__ import annotations

import os
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from spiders.demo_site import DemoServer, DemoSite
from spiders.distributed import RedisArticleStore, SharedStateUnavailable
from spiders.urls import canonicalize_url
from tests.spiders.conftest import (
    COUNTER_ROW,
    ROOT,
    crawl_command,
    profile_args,
    read_records,
    read_written_records,
)
from tests.spiders.redis_server import RedisServer, persistent_redis_server, redis_server
from tests.spiders.test_store import TEXT, URL, page

__all__ = ["persistent_redis_server", "redis_server"]  # fixtures used below

pytestmark = pytest.mark.timeout(600)
#: Seconds the demo site takes per article page: slow enough that both
#: workers get pages while the other is busy.
PAGE_DELAY = 0.4
IDLE_EXIT = "4"
#: Hang detector of every wait below: never a bound on how fast a worker is.
WORKER_TIMEOUT = 300
#: The site's discovery documents: each is fetched once per run by all workers.
DISCOVERY_PATHS = ("/sitemap.xml", "/rss.xml", "/")
#: The workers' key prefix for the demo profile.
PREFIX = "newsclean:demo"


# -- the shared store, in this process ----------------------------------------------


def open_store(server: RedisServer, tmp: Path, name: str) -> RedisArticleStore:
    store = RedisArticleStore(
        tmp / f"{name}.sqlite", tmp / f"{name}.jsonl", redis_url=server.url, prefix="t"
    )
    return store.open()  # type: ignore[return-value]


def test_two_stores_claim_each_article_once(redis_server: RedisServer, tmp_path: Path) -> None:
    a, b = open_store(redis_server, tmp_path, "a"), open_store(redis_server, tmp_path, "b")
    try:
        assert a.accept(page())[0] == "stored"
        # The same article fetched by another worker, and a near copy elsewhere.
        assert b.accept(page())[0] == "unchanged"
        copy = page(key=URL.replace("story", "copy"), text=TEXT.replace("harbour", "port", 1))
        assert b.accept(copy) == ("duplicate", None)
        # Shared page knowledge: b knows a fetched the URL.
        assert not b.plan(URL, "2024-05-01").fetch
        # A new version is stored once, by whichever worker sees it first.
        changed = page(text=TEXT + " A correction was added.")
        assert b.accept(changed)[0] == "stored"
        assert a.accept(changed)[0] == "unchanged"
    finally:
        a.close()
        b.close()
    records = read_records(tmp_path / "a.jsonl") + read_records(tmp_path / "b.jsonl")
    assert [(r["canonical_url"], r["version"]) for r in records] == [(URL, 1), (URL, 2)]


def test_store_outage_writes_nothing_then_stores_once(
    persistent_redis_server: RedisServer, tmp_path: Path
) -> None:
    store = open_store(persistent_redis_server, tmp_path, "a")
    try:
        persistent_redis_server.stop()
        with pytest.raises(SharedStateUnavailable):
            store.accept(page())
        store.record_page("https://news.example.org/x.html", "not_html")  # held, no error
        assert read_records(tmp_path / "a.jsonl") == []
        persistent_redis_server.start()
        assert store.accept(page())[0] == "stored"
        assert store.accept(page())[0] == "unchanged"
        assert store.shared_page("https://news.example.org/x.html") is not None
    finally:
        store.close()
    assert len(read_records(tmp_path / "a.jsonl")) == 1


def test_a_claim_without_its_record_is_written_by_its_owner(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    # The claim reached Redis, then the worker died before the append (or never
    # heard the answer): the same worker, meeting the page again, writes it.
    first = open_store(redis_server, tmp_path, "a")
    first._claim(page(), 1, None)
    first.close()
    other = open_store(redis_server, tmp_path, "b")
    again = open_store(redis_server, tmp_path, "a")
    try:
        assert other.accept(page())[0] == "unchanged"
        outcome, record = again.accept(page())
        assert outcome == "stored" and record is not None and record["version"] == 1
        assert again.accept(page())[0] == "unchanged"
    finally:
        other.close()
        again.close()
    assert len(read_records(tmp_path / "a.jsonl")) == 1
    assert read_records(tmp_path / "b.jsonl") == []


# -- worker processes ----------------------------------------------------------------


@dataclass
class Worker:
    out: Path
    proc: subprocess.Popen[bytes]

    @property
    def log(self) -> Path:
        return self.out.with_suffix(".log")

    @property
    def stderr(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait(self) -> int:
        return int(self.proc.wait(timeout=WORKER_TIMEOUT))

    @property
    def records(self) -> list[dict[str, Any]]:
        return read_records(self.out)

    @property
    def written(self) -> list[dict[str, Any]]:
        """The records written so far, while the worker runs."""
        return read_written_records(self.out)

    def counters(self) -> dict[str, str]:
        return dict(COUNTER_ROW.findall(self.stderr.rsplit("crawl summary", 1)[-1]))

    def counter(self, name: str) -> int:
        return int(float(self.counters().get(name, "0")))

    def counters_say(self, name: str, value: str) -> bool:
        return self.counters().get(name) == value


def start_worker(out: Path, server: DemoServer, redis: RedisServer) -> Worker:
    command = crawl_command(
        out, *profile_args(server), "--redis", redis.url, "--idle-exit", IDLE_EXIT
    )
    with out.with_suffix(".log").open("wb") as log:
        proc = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=log,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    return Worker(out, proc)


def start_workers(tmp: Path, server: DemoServer, redis: RedisServer, run: str) -> list[Worker]:
    return [start_worker(tmp / f"{run}-w{i}.jsonl", server, redis) for i in range(2)]


def finish(workers: list[Worker]) -> None:
    try:
        codes = [w.wait() for w in workers]
    finally:
        for w in workers:
            if w.proc.poll() is None:
                w.proc.kill()
    for w, code in zip(workers, codes, strict=True):
        assert code == 0, w.stderr[-3000:]


def wait_until(condition: Callable[[], bool], workers: list[Worker], what: str) -> None:
    """Wait for an event while the workers run (a hang detector, no speed bound)."""
    deadline = time.monotonic() + WORKER_TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, f"hung waiting for {what}"
        assert all(w.proc.poll() is None for w in workers), f"a worker ended before {what}"
        time.sleep(0.1)


def wait_for_workers(redis: RedisServer, workers: list[Worker], count: int) -> None:
    """Wait until ``count`` workers are registered in the shared run."""
    wait_until(
        lambda: redis.client().zcard(f"{PREFIX}:workers") >= count, workers, "the workers to join"
    )


def expected_urls(server: DemoServer, site: DemoSite) -> set[str]:
    return {canonicalize_url(server.url + a.path) for a in site.expected_articles()}


def assert_every_article_once(records: list[dict[str, Any]], expected: set[str]) -> None:
    canonical = Counter(r["canonical_url"] for r in records)
    assert max(canonical.values()) == 1, canonical.most_common(3)
    # The wire copy and its original are one article: whichever came first is kept.
    wire = {u for u in canonical if u.endswith("-wire.html")}
    original = {u for u in expected if u.endswith("crimes.html")}
    assert set(canonical) - wire | (original if wire else set()) == expected
    assert len(records) == len(expected)


def path_counts(server: DemoServer, since: int = 0) -> Counter[str]:
    return Counter(e.path for e in server.log[since:])


def test_two_workers_share_the_crawl_and_the_next_run(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    site = DemoSite()
    with DemoServer(site, delay=PAGE_DELAY) as server:
        # No article is answered before both workers joined the run: on a busy
        # machine one worker could otherwise finish before the other started.
        server.hold(after=0)
        first = start_workers(tmp_path, server, redis_server, "first")
        try:
            wait_for_workers(redis_server, first, 2)
        finally:
            server.release()
        finish(first)
        counts = path_counts(server)
        mark = len(server.log)
        records = [r for w in first for r in w.records]
        assert_every_article_once(records, expected_urls(server, site))
        # Both did part of the work.
        assert all(w.records for w in first), [len(w.records) for w in first]
        assert all(w.counter("downloader/response_count") > 1 for w in first)
        # No page fetched twice (each worker reads robots.txt for itself).
        articles = {p: n for p, n in counts.items() if p.startswith("/news/")}
        assert len(articles) >= len(records)
        assert max(articles.values()) == 1, [p for p, n in articles.items() if n > 1]
        for path in DISCOVERY_PATHS:
            assert counts[path] == 1, path
        twice = [p for p, n in counts.items() if n > 1 and p != "/robots.txt"]
        assert not twice, twice
        assert counts["/robots.txt"] <= 2

        # The next run reads the sitemaps and feeds again (the duplicate
        # filter of a finished run does not hold them back), and the shared
        # store knows every article: nothing is fetched or stored twice.
        second = start_workers(tmp_path, server, redis_server, "second")
        finish(second)
        again = path_counts(server, mark)
        for path in DISCOVERY_PATHS:
            assert again[path] == 1, path
        assert not [p for p in again if p.startswith("/news/")]
        assert not [r for w in second for r in w.records]


def served_articles(server: DemoServer) -> int:
    return len(server.requests("/news/"))


def test_redis_restart_mid_crawl_loses_and_doubles_nothing(
    persistent_redis_server: RedisServer, tmp_path: Path
) -> None:
    site = DemoSite()
    with DemoServer(site, delay=PAGE_DELAY) as server:
        # Article pages stop being answered after a few: the crawl is surely
        # going on, with requests in flight, when Redis goes away.
        server.hold(after=8)
        workers = start_workers(tmp_path, server, persistent_redis_server, "outage")
        try:
            wait_until(
                lambda: served_articles(server) >= 8 and any(w.written for w in workers),
                workers,
                "the crawl to get going",
            )
            persistent_redis_server.stop()
            # The held pages come back while Redis is down: their articles wait.
            server.release()
            # Redis stays down until the workers hold an article and a scheduler met
            # the outage (the store's "Redis unreachable" can come first: waiting
            # for that alone let Redis come back before any scheduler noticed).
            wait_until(
                lambda: (
                    any("holding" in w.stderr for w in workers)
                    and any("retrying with back-off" in w.stderr for w in workers)
                ),
                workers,
                "an article held through the outage",
            )
            persistent_redis_server.start()
        finally:
            server.release()
            finish(workers)
        records = [r for w in workers for r in w.records]
        assert_every_article_once(records, expected_urls(server, site))
        assert sum(w.counter("newsclean/redis/outages") for w in workers) >= 1
        assert any("Redis reachable again" in w.stderr for w in workers)
        # Articles of pages fetched during the outage waited in the pipeline.
        assert sum(w.counter("newsclean/redis/held_items") for w in workers) >= 1
        assert not sum(w.counter("newsclean/errors") for w in workers)
        articles = Counter(p for p in path_counts(server) if p.startswith("/news/"))
        assert max(articles.values()) == 1


def crawl_with_redis(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    command = crawl_command(tmp_path / "o.jsonl", "--start", "http://127.0.0.1:9/")
    return subprocess.run(
        [*command, "--redis", url], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def test_unreachable_redis_is_a_one_line_error(tmp_path: Path) -> None:
    from tests.spiders.redis_server import free_port

    proc = crawl_with_redis(tmp_path, f"redis://127.0.0.1:{free_port()}/0")
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0
    assert "not reachable" in proc.stderr
    bad = crawl_with_redis(tmp_path, "127.0.0.1:6379")
    assert bad.returncode == 2 and "not a Redis URL" in bad.stderr


def test_worker_gives_up_after_the_longest_outage(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    with DemoServer(DemoSite(), delay=PAGE_DELAY) as server:
        server.hold(after=3)
        out = tmp_path / "w.jsonl"
        command = crawl_command(
            out, *profile_args(server), "--redis", redis_server.url, "--idle-exit", IDLE_EXIT
        )
        command += ["-s", "NEWSCLEAN_REDIS_MAX_OUTAGE=3"]
        with out.with_suffix(".log").open("wb") as log:
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, cwd=ROOT)
        worker = Worker(out, proc)
        try:
            wait_until(lambda: served_articles(server) >= 3, [worker], "three articles")
            redis_server.stop()  # for good
            server.release()
            code = worker.wait()
        finally:
            server.release()
            if proc.poll() is None:
                proc.kill()
    assert code == 1
    assert worker.counters_say("finish_reason", "redis_unavailable")
    assert "closing this worker" in worker.stderr
