"""The spider's discovery logic on canned responses (no network, no reactor)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from spiders.news import NewsSpider
from spiders.profiles import SiteProfile
from spiders.settings import DEFAULTS
from spiders.store import ArticleStore, ExtractedPage

BASE = "https://news.example.org"
ARTICLE = f"{BASE}/world/2024/05/story.html"


def make_spider(tmp_path: Path, **settings: object) -> NewsSpider:
    profile = SiteProfile(
        "t", base_url=BASE, sitemaps=("/sitemap.xml",), feeds=("/rss.xml",), start_pages=("/",)
    ).resolved()
    store = ArticleStore(tmp_path / "s.sqlite", tmp_path / "out.jsonl").open()
    crawler = get_crawler(NewsSpider, {**DEFAULTS, **settings})
    return NewsSpider.from_crawler(crawler, profile=profile, store=store)


def sitemap(*entries: tuple[str, str]) -> bytes:
    urls = "".join(f"<url><loc>{u}</loc><lastmod>{d}</lastmod></url>" for u, d in entries)
    return (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def requests(spider: NewsSpider, response: TextResponse) -> list[Request]:
    async def collect() -> list[Request]:
        return [r async for r in spider.parse_discovery(response) if isinstance(r, Request)]

    return asyncio.run(collect())


def store_article(spider: NewsSpider, lastmod: str) -> None:
    text = " ".join(f"word{i}" for i in range(80))
    spider.store.accept(
        ExtractedPage(
            key=ARTICLE,
            url=ARTICLE,
            canonical_url=ARTICLE,
            article={"url": ARTICLE, "title": "T", "text": text},
            text_hash="h",
            signature=None,
            fetched_at="2024-05-01T00:00:00Z",
            lastmod=lastmod,
            etag='"e1"',
        )
    )


def test_sitemap_entries_become_canonical_article_requests(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    body = sitemap(
        (ARTICLE + "?utm_source=x#top", "2024-05-01"),
        (f"{BASE}/other/page.html", "2024-05-01"),
        ("https://elsewhere.example.net/x.html", "2024-05-01"),
    )
    out = requests(spider, XmlResponse(f"{BASE}/sitemap.xml", body=body))
    assert [r.url for r in out] == [ARTICLE, f"{BASE}/other/page.html"]
    assert all(r.dont_filter and r.meta["handle_httpstatus_list"] == [304] for r in out)
    assert spider.crawler.stats.get_value("newsclean/discovered/offsite") == 1


def test_known_article_is_skipped_then_requested_conditionally(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    store_article(spider, "2024-05-01T00:00:00Z")
    # The news sitemap repeats the publication date: skipped ...
    assert (
        requests(spider, XmlResponse(f"{BASE}/news.xml", body=sitemap((ARTICLE, "2024-05-01"))))
        == []
    )
    # ... then the archive sitemap gives a newer lastmod: requested, conditionally.
    out = requests(
        spider, XmlResponse(f"{BASE}/archive.xml", body=sitemap((ARTICLE, "2024-06-01")))
    )
    assert len(out) == 1 and out[0].headers[b"If-None-Match"] == b'"e1"'
    assert spider.crawler.stats.get_value("newsclean/skipped") == 0


def test_start_page_links_must_look_like_articles(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    html = (
        f'<a href="{ARTICLE}">story</a><a href="/world/">section</a>'
        f'<a href="/world/2024/05/another-long-story-slug.html?utm_medium=home">x</a>'
        f'<a href="mailto:desk@example.org">mail</a>'
    ).encode()
    out = requests(spider, HtmlResponse(f"{BASE}/", body=html))
    assert [r.url for r in out] == [ARTICLE, f"{BASE}/world/2024/05/another-long-story-slug.html"]


@pytest.mark.parametrize("value", [False, True])
def test_article_requests_use_the_duplicate_filter_only_when_asked(
    tmp_path: Path, value: bool
) -> None:
    spider = make_spider(tmp_path, NEWSCLEAN_FILTER_ARTICLES=value)
    request = spider.article_request(ARTICLE, None, "feed")
    assert request is not None and request.dont_filter is (not value)


def test_a_sitemap_is_read_newest_first_up_to_its_cap(tmp_path: Path) -> None:
    spider = make_spider(tmp_path, NEWSCLEAN_SITEMAP_MAX_URLS=3)
    dated = [(f"{BASE}/a/{n}.html", f"2024-05-{n:02d}") for n in range(1, 8)]
    out = requests(spider, XmlResponse(f"{BASE}/sitemap.xml", body=sitemap(*dated)))
    assert [r.url for r in out] == [f"{BASE}/a/{n}.html" for n in (7, 6, 5)]
    assert spider.crawler.stats.get_value("newsclean/discovery/capped/sitemap_urls") == 1


def test_discovery_stops_at_the_run_cap(tmp_path: Path) -> None:
    spider = make_spider(tmp_path, NEWSCLEAN_DISCOVERY_MAX_URLS=2)
    dated = [(f"{BASE}/a/{n}.html", "2024-05-01") for n in range(5)]
    out = requests(spider, XmlResponse(f"{BASE}/sitemap.xml", body=sitemap(*dated)))
    assert len(out) == 2
    assert spider.crawler.stats.get_value("newsclean/discovery/capped/run_urls") == 3
