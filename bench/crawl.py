"""Crawl throughput on the local demo news site, against extraction alone.

Run ``.venv/bin/python -m bench.crawl`` (``--help`` for options). The demo
site is served on 127.0.0.1 with ``--copies`` editions of each article (each
edition a distinct article). Rows:

- ``newsclean crawl``: a first crawl of the whole site (sitemaps, feed, home
  page, every article fetched, extracted in the worker pool, deduplicated,
  appended), timed by Scrapy's ``elapsed_time_seconds`` (engine start to
  close; the process start is in the wall-clock column);
- the same crawl run again: nothing changed, so no article is fetched;
- ``scraper.extract`` alone on the same article pages (already in memory),
  in one process and in a pool of as many processes as the crawl's workers,
  and what a crawl worker does per page (selectors, extract, fingerprints);
- ``trafilatura.bare_extraction`` alone (the reference extractor).

The crawl's overhead above extraction is the difference between its pages/s
and extraction's on the same number of processes. Politeness is off for the
run (no delay, no AutoThrottle): the server is our own.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from spiders.demo_site import DemoServer, DemoSite, crawl_command
from spiders.pool import default_workers

ROOT = Path(__file__).resolve().parents[1]
BENCH_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "NEWSCLEAN_STATUS=never",
)
COUNTER = re.compile(r"^(\S+)\s+(\S+)\s*$", re.MULTILINE)


@dataclass
class Row:
    what: str
    pages: int
    articles: int
    seconds: float
    wall: float | None = None

    def cells(self) -> list[str]:
        rate = self.pages / self.seconds if self.seconds else 0.0
        arate = self.articles / self.seconds if self.seconds else 0.0
        wall = f"{self.wall:.2f}" if self.wall is not None else ""
        return [
            self.what,
            str(self.pages),
            str(self.articles),
            f"{self.seconds:.2f}",
            wall,
            f"{rate:.1f}",
            f"{arate:.1f}",
        ]


def run_crawl(server: DemoServer, out: Path, workers: int) -> tuple[dict[str, str], float]:
    """One crawl subprocess; returns its counters and wall-clock seconds."""
    settings = [f"NEWSCLEAN_EXTRACT_WORKERS={workers}", *BENCH_SETTINGS]
    command = crawl_command(server, out, settings)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench.crawl: the crawl failed:\n{proc.stderr[-2000:]}")
    tail = proc.stderr.rsplit("crawl summary", 1)[-1]
    return dict(COUNTER.findall(tail)), wall


def crawl_row(what: str, counters: dict[str, str], wall: float) -> Row:
    """Pages: article pages fetched whole; articles: those that gave an article
    (stored, or found to be a copy of one stored)."""
    pages = int(counters.get("newsclean/fetch/new", 0)) + int(
        counters.get("newsclean/fetch/lastmod_changed", 0)
    )
    pages -= int(counters.get("robotstxt/forbidden", 0))
    articles = sum(
        int(counters.get(f"newsclean/articles/{o}", 0))
        for o in ("stored", "duplicate", "unchanged")
    )
    return Row(what, pages, articles, float(counters.get("elapsed_time_seconds", "0")), wall)


def fetch_pages(server: DemoServer, site: DemoSite) -> list[tuple[str, bytes]]:
    """The article pages as the crawl fetched them (robots-allowed, not copies)."""
    pages = []
    for article in site.articles:
        if article.disallowed:
            continue
        url = server.url + article.path
        with urllib.request.urlopen(url, timeout=30) as response:
            pages.append((url, response.read()))
    return pages


def _extract(page: tuple[str, bytes]) -> bool:
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    try:
        extract(page[1], url=page[0])
    except NewscleanError:
        return False
    return True


def _extract_page(page: tuple[str, bytes]) -> bool:
    """What a crawl worker does per page: the demo profile's selectors,
    ``scraper.extract``, the fingerprints."""
    from cleaners.errors import NewscleanError
    from spiders.profiles import load_profile
    from spiders.workers import extract_page

    try:
        extract_page(page[1], page[0], load_profile("demo").drop)
    except NewscleanError:
        return False
    return True


def _trafilatura(page: tuple[str, bytes]) -> bool:
    import trafilatura

    return trafilatura.bare_extraction(page[1], url=page[0], with_metadata=True) is not None


def time_inline(
    fn: Callable[[tuple[str, bytes]], bool], pages: list[tuple[str, bytes]]
) -> tuple[int, float]:
    fn(pages[0])  # warm-up: lazy loading is not throughput
    start = time.perf_counter()
    ok = sum(fn(p) for p in pages)
    return ok, time.perf_counter() - start


def time_pool(
    fn: Callable[[tuple[str, bytes]], bool], pages: list[tuple[str, bytes]], workers: int
) -> tuple[int, float]:
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(fn, pages[:workers]))  # start and warm every worker
        start = time.perf_counter()
        ok = sum(pool.map(fn, pages, chunksize=4))
        return ok, time.perf_counter() - start


def print_table(rows: list[Row]) -> None:
    header = ["what", "pages", "articles", "seconds", "wall s", "pages/s", "articles/s"]
    cells = [header] + [r.cells() for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    for n, line in enumerate(cells):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.crawl",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--copies",
        type=int,
        default=12,
        help="editions of each demo article (default 12: about 270 pages)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help="extraction processes of the crawl and of the pool row",
    )
    args = parser.parse_args(argv)
    site = DemoSite(copies=args.copies)
    rows: list[Row] = []
    with DemoServer(site) as server, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "articles.jsonl"
        counters, wall = run_crawl(server, out, args.workers)
        first = crawl_row(f"newsclean crawl, {args.workers} workers", counters, wall)
        rows.append(first)
        ready = float(counters.get("newsclean/extract/first_result_seconds", "0"))
        rows.append(
            Row(
                "  the same, from the first extracted page on",
                first.pages,
                first.articles,
                first.seconds - ready,
            )
        )
        stored = sum(1 for _ in out.open())
        counters, wall = run_crawl(server, out, args.workers)
        again = crawl_row("newsclean crawl again (nothing changed)", counters, wall)
        again.pages = int(counters.get("downloader/response_count", 0))
        rows.append(again)
        pages = fetch_pages(server, site)
    ok, seconds = time_inline(_extract, pages)
    rows.append(Row("scraper.extract alone, 1 process", len(pages), ok, seconds))
    ok, seconds = time_pool(_extract, pages, args.workers)
    rows.append(Row(f"scraper.extract alone, {args.workers} processes", len(pages), ok, seconds))
    ok, seconds = time_inline(_extract_page, pages)
    rows.append(Row("spiders.workers.extract_page, 1 process", len(pages), ok, seconds))
    ok, seconds = time_inline(_trafilatura, pages)
    rows.append(Row("trafilatura.bare_extraction alone, 1 process", len(pages), ok, seconds))
    print(
        f"demo site: {len(site.articles)} article pages ({len(pages)} allowed by robots.txt),"
        f" {stored} stored by the first crawl\n"
    )
    print_table(rows)
    print(
        "\npages: article pages fetched and extracted (second crawl: every response, which"
        " are discovery documents only); articles: pages that gave an article (the crawl"
        " stores each once, the rest are copies); seconds: Scrapy's elapsed_time_seconds"
        " for the crawl (worker start-up included; the next row leaves out the time"
        " until the first page was extracted, newsclean/extract/first_result_seconds),"
        " extraction time for the others;"
        " wall s: the whole crawl process."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
