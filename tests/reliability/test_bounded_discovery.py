"""Discovery has bounds: sitemap nesting depth, URLs per sitemap (the newest
kept), a gzip bomb refused with one line, and a long sitemap parse that a
``CLOSESPIDER_*`` bound ends."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from spiders.settings import MAX_SITEMAP_BYTES, SITEMAP_MAX_DEPTH
from tests.reliability.faulty_server import FaultyServer
from tests.reliability.hostile import BOUNDED, serve_articles, serve_xml, urlset
from tests.spiders.conftest import CrawlResult, run_crawl

pytestmark = pytest.mark.timeout(300)


def crawl(tmp_path: Path, server: FaultyServer, *args: str) -> CrawlResult:
    out = tmp_path / "articles.jsonl"
    return run_crawl(out, *BOUNDED, "--sitemap", server.url + "/sitemap.xml", *args, timeout=240)


def test_a_chain_of_sitemap_indexes_stops_at_the_depth_cap(tmp_path: Path) -> None:
    chain = 12  # index 0 -> index 1 -> ... each also lists one article
    with FaultyServer() as server:
        paths = serve_articles(server, chain)
        for n in range(chain):
            name = "/sitemap.xml" if n == 0 else f"/index-{n}.xml"
            index = (
                f"<sitemapindex><sitemap><loc>{server.url}/index-{n + 1}.xml</loc></sitemap>"
                f"<sitemap><loc>{server.url}/pages-{n}.xml</loc></sitemap></sitemapindex>"
            ).encode()
            serve_xml(server, name, index)
            serve_xml(server, f"/pages-{n}.xml", urlset([(server.url + paths[n], None)]))
        result = crawl(tmp_path, server)
        indexes = [p for p in server.hits if p.startswith("/index-")]
    assert result.returncode == 0, result.stderr[-3000:]
    # The seed is depth 0; indexes 1..MAX are read, deeper ones are not.
    assert sorted(indexes) == [f"/index-{n}.xml" for n in range(1, SITEMAP_MAX_DEPTH + 1)]
    assert result.counter("newsclean/discovery/capped/depth") >= 1
    assert result.stderr.count("nested deeper than") == 1
    assert "Traceback" not in result.stderr


def test_a_huge_sitemap_gives_its_newest_urls_first_up_to_the_cap(tmp_path: Path) -> None:
    cap = 10
    with FaultyServer() as server:
        fresh = serve_articles(server, 3, "/fresh/")
        # Thousands of old URLs (not served: 404), the fresh articles in between.
        old = [(f"{server.url}/old/{n}.html", f"2019-01-{1 + n % 28:02d}") for n in range(3000)]
        new = [(server.url + p, f"2024-06-0{n + 1}") for n, p in enumerate(fresh)]
        serve_xml(server, "/sitemap.xml", urlset(old[:1500] + new + old[1500:]))
        result = crawl(tmp_path, server, "-s", f"NEWSCLEAN_SITEMAP_MAX_URLS={cap}")
        fetched = [p for p in server.hits if p.startswith(("/old/", "/fresh/"))]
    assert len(fetched) == cap
    assert all(server.hits[p] >= 1 for p in fresh)
    assert len(result.records) == len(fresh)
    assert result.counter("newsclean/discovery/capped/sitemap_urls") == 1
    assert result.stderr.count("the 10 newest are read") == 1


def test_a_gzip_bomb_sitemap_is_one_line_a_counter_and_exit_1(tmp_path: Path) -> None:
    with FaultyServer() as server:
        # Just over the protocol's 50 MB once decompressed; 50 KB on the wire.
        padding = b" " * (MAX_SITEMAP_BYTES + 1024)
        bomb = gzip.compress(b"<urlset>" + padding + b"</urlset>", compresslevel=9)
        server.raw("/sitemap.xml", bomb, "application/x-gzip")
        result = crawl(tmp_path, server)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.counter("newsclean/errors/discovery/too_large") == 1
    assert result.stderr.count("once decompressed") == 1


def test_a_closespider_bound_ends_a_long_sitemap_parse(tmp_path: Path) -> None:
    with FaultyServer() as server:
        entries = [(f"{server.url}/a/{n}.html", None) for n in range(200_000)]
        body = gzip.compress(urlset(entries), compresslevel=1)
        server.raw("/sitemap.xml", body, "application/x-gzip")
        # One page (the sitemap) is the bound: the parse stops soon after it starts.
        result = crawl(tmp_path, server, "-s", "CLOSESPIDER_PAGECOUNT=1")
        articles = [p for p in server.hits if p.startswith("/a/")]
    assert result.counter("newsclean/discovery/abandoned") == 1, result.stderr[-3000:]
    assert result.counters.get("finish_reason") == "closespider_pagecount"
    assert not articles
    assert "Traceback" not in result.stderr
