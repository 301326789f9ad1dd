"""Crawl pages/s with 1 and 2 workers sharing a Redis frontier (``bench.scale``'s crawl rows).

Each round serves a fresh demo site (``COPIES`` editions of each article) on
127.0.0.1 with ``PAGE_DELAY`` seconds per article page (a stand-in for a
remote site's latency: with none, two workers on two cores only share the
same CPU), starts a fresh ``redis-server`` and runs ``newsclean crawl --redis``
with 1, then 2 worker processes (the order alternates by round). Every worker
keeps the default politeness of two requests in flight per site and runs one
extraction process.

Seconds are from the workers' launch to the last article appended to an
output (process start and the extraction pool's start-up included; the idle
wait before the workers leave is not). Pages are the site's responses (robots,
sitemaps, feed, home page, articles). The note gives pages/s between the
first and the last request the site answered, which leaves out the start-up.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from spiders.demo_site import DemoServer, DemoSite
from tests.spiders.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[1]
COPIES = 8
PAGE_DELAY = 0.2
IDLE_EXIT = "2"
WORKER_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "NEWSCLEAN_EXTRACT_WORKERS=1",
    "NEWSCLEAN_STATUS=never",
)
RUN_TIMEOUT = 600.0


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as f:
        return sum(1 for line in f if line.endswith(b"\n"))


def crawl_once(workers: int, tmp: Path) -> dict[str, Any]:
    """One crawl of a fresh demo site by ``workers`` processes through a fresh Redis."""
    site = DemoSite(copies=COPIES)
    distinct = len(site.expected_articles())
    redis_dir = tmp / f"redis-{workers}-{time.monotonic_ns()}"
    redis_dir.mkdir()
    redis = RedisServer(redis_dir).start()
    try:
        with DemoServer(site, delay=PAGE_DELAY) as server:
            outs = [redis_dir / f"w{i}.jsonl" for i in range(workers)]
            start = time.perf_counter()
            procs = []
            for out in outs:
                command = [sys.executable, "-m", "newsclean.cli", "crawl", "--site", "demo"]
                command += ["--base-url", server.url, "--out", str(out)]
                command += ["--redis", redis.url, "--idle-exit", IDLE_EXIT]
                for setting in WORKER_SETTINGS:
                    command += ["-s", setting]
                procs.append(
                    subprocess.Popen(
                        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                    )
                )
            # The end: the last time an output grew (the workers then wait
            # IDLE_EXIT seconds for more work before they leave).
            done_at, stored = start, 0
            deadline = start + RUN_TIMEOUT
            while any(p.poll() is None for p in procs):
                now_stored = sum(_count_lines(o) for o in outs)
                if now_stored != stored:
                    done_at, stored = time.perf_counter(), now_stored
                if time.perf_counter() > deadline:
                    for p in procs:
                        p.kill()
                    raise SystemExit("bench.scale: the crawl did not finish in time")
                time.sleep(0.05)
            for p in procs:
                _, err = p.communicate()
                if p.returncode not in (0, 1):
                    tail = err.decode(errors="replace")[-500:]
                    raise SystemExit(f"bench.scale: a crawl worker failed: {tail}")
            records = [json.loads(line) for o in outs if o.exists() for line in o.open()]
            if len(records) != stored:
                done_at = time.perf_counter()
            log = server.requests()
            pages = len(log)
            span = log[-1].at - log[0].at if len(log) > 1 else 0.0
            return {
                "seconds": done_at - start,
                "pages": pages,
                "span": span,
                "articles": len(records),
                "unique": len({r["canonical_url"] for r in records}),
                "per_worker": [_count_lines(o) for o in outs],
                "distinct_on_site": distinct,
            }
    finally:
        redis.stop()


def crawl_section(args: argparse.Namespace, corpus: Any) -> list[Any]:
    """Rows for ``bench.scale``: the crawl with 1 and with 2 workers."""
    from bench.scale import Row

    if getattr(args, "no_crawl", False):
        return []
    rows = {n: Row(f"newsclean crawl --redis, {n} worker{'s' * (n > 1)}", 0) for n in (1, 2)}
    spans: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        for round_number in range(args.crawl_rounds):
            order = (1, 2) if round_number % 2 == 0 else (2, 1)
            for n in order:
                result = crawl_once(n, Path(tmp))
                row = rows[n]
                row.docs = result["pages"]
                row.seconds.append(result["seconds"])
                spans[n].append(result["pages"] / result["span"] if result["span"] else 0.0)
                row.span_rates = spans[n]  # type: ignore[attr-defined]
                row.note = (
                    f"docs = pages; {result['articles']} articles stored "
                    f"({result['unique']} canonical URLs), per worker {result['per_worker']}; "
                    f"{statistics.median(spans[n]):.1f} pages/s median between the site's first "
                    f"and last request; the site answers in {PAGE_DELAY} s per article"
                )
            print(f"  crawl round {round_number + 1}/{args.crawl_rounds} done", file=sys.stderr)
    return [rows[1], rows[2]]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The crawl section's options."""
    parser.add_argument("--no-crawl", action="store_true", help="skip the crawl rows")
    parser.add_argument(
        "--crawl-rounds", type=int, default=2, help="timed crawl rounds per worker count"
    )


def crawl_summary(rows: list[Any]) -> list[str]:
    """The crawl's speed-up from the second worker, one line."""
    by_workers = {r.name[-9:].strip(" ,"): r for r in rows if r.name.startswith("newsclean crawl")}
    one, two = by_workers.get("1 worker"), by_workers.get("2 workers")
    if not (one and two and one.median):
        return []
    lines = [
        f"crawl --redis, 2 workers / 1 worker: {two.median / one.median:.2f}x pages/s median "
        f"from launch to the last article ({one.median:.1f} -> {two.median:.1f} pages/s)"
    ]
    one_span = statistics.median(getattr(one, "span_rates", None) or [0.0])
    two_span = statistics.median(getattr(two, "span_rates", None) or [0.0])
    if one_span:
        lines.append(
            f"crawl --redis, 2 workers / 1 worker: {two_span / one_span:.2f}x pages/s between "
            f"the site's first and last request ({one_span:.1f} -> {two_span:.1f} pages/s)"
        )
    return lines
