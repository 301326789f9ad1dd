"""The ``news`` spider of ``scrapy crawl`` (see :mod:`spiders.project`): the
crawl's spider, its site profile and article store built from ``-a`` arguments."""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from spiders.news import NewsSpider
from spiders.profiles import SiteProfile, load_profile
from spiders.store import ArticleStore

DEFAULT_OUT = "articles.jsonl"


def _urls(value: str | None) -> list[str]:
    return [u.strip() for u in (value or "").split(",") if u.strip()]


class NewsCommandSpider(NewsSpider):
    """``scrapy crawl news -a sitemap=URL[,URL] -a out=articles.jsonl``."""

    name = "news"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsCommandSpider:
        site = kwargs.pop("site", None)
        base = load_profile(site) if site else SiteProfile("command-line")
        profile = base.merged(
            sitemaps=_urls(kwargs.pop("sitemap", None)),
            feeds=_urls(kwargs.pop("feed", None)),
            start_pages=_urls(kwargs.pop("start", None)),
            article_pattern=kwargs.pop("pattern", None),
            base_url=kwargs.pop("base_url", None),
        ).resolved()
        out = kwargs.pop("out", DEFAULT_OUT)
        state = kwargs.pop("state", None) or str(out).rsplit(".", 1)[0] + ".state.sqlite"
        store = ArticleStore(
            state,
            out,
            recheck_after=crawler.settings.getfloat("NEWSCLEAN_RECHECK_AFTER"),
            near_duplicate_threshold=crawler.settings.getfloat(
                "NEWSCLEAN_NEAR_DUPLICATE_THRESHOLD"
            ),
        ).open()
        spider = super().from_crawler(crawler, *args, profile=profile, store=store, **kwargs)
        crawler.signals.connect(lambda **_: store.close(), signal=signals.spider_closed, weak=False)
        return spider
