"""The generic news spider: discovers article URLs and fetches what is new.

Discovery documents (sitemaps, sitemap indexes, robots.txt, feeds, start
pages) are fetched on every run; each article URL found is canonicalised,
filtered (allowed domains, article pattern, once per run) and handed to the
store's plan, which says whether to fetch it and with which conditional
headers. Fetched pages go to :class:`spiders.pipelines.ExtractionPipeline`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.discovery import (
    Entry,
    SitemapTooLarge,
    date_key,
    iter_sitemap,
    keep_newest,
    looks_like,
    parse_feed,
    robots_sitemaps,
)
from spiders.failures import REQUESTED_MARK, failure_reason, refused_redirect
from spiders.fingerprint import bytes_fingerprint
from spiders.items import PageItem
from spiders.profiles import SiteProfile
from spiders.settings import (
    ARTICLE_PRIORITY,
    DISCOVERY_MAX_URLS,
    DISCOVERY_PRIORITY,
    ENTRIES_PER_TURN,
    MAX_SITEMAP_BYTES,
    SITEMAP_MAX_DEPTH,
    SITEMAP_MAX_URLS,
)
from spiders.state import utcnow
from spiders.store import ArticleStore, normalize_lastmod
from spiders.urls import ArticleMatcher, canonicalize_url, in_domains

HTML_TYPES = (b"text/html", b"application/xhtml+xml")
#: HTTP statuses after which an article URL is not requested again until its
#: sitemap/feed date moves.
GONE_STATUSES = frozenset({404, 410})
#: Content types that say nothing about the body: sniffed (Scrapy's response
#: class, from the first bytes) to tell an HTML page from a file.
GENERIC_TYPES = (b"application/octet-stream", b"binary/octet-stream", b"application/unknown")


class NewsSpider(Spider):
    """Crawl one site profile into an :class:`~spiders.store.ArticleStore`."""

    name = "newsclean"

    def __init__(self, profile: SiteProfile, store: ArticleStore, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.profile = profile
        self.store = store
        self.allowed_domains = sorted(profile.allowed_domains)
        self._domains = frozenset(profile.allowed_domains)
        # Sitemap and feed entries are articles unless a pattern says otherwise;
        # start-page links must match the pattern (a generic one by default).
        self.entry_matcher = ArticleMatcher(profile.article_pattern)
        self.link_matcher = ArticleMatcher(profile.effective_pattern)
        # Article URLs met in this run: None once requested, else the date
        # (normalised, "" for none) and the reason they were skipped with.
        self._planned: dict[str, tuple[str, str] | None] = {}
        self._discovery_seen: set[str] = set()
        # Set when the crawl is asked to stop: discovery reads no further.
        self.stop_requested = False
        self._opened = time.monotonic()
        self._capped: set[str] = set()

    def _limit(self, name: str, default: int) -> int:
        return self.crawler.settings.getint(name, default)

    def _capped_once(self, cap: str, message: str, *args: Any) -> None:
        """Count a discovery bound that was hit; log it once per run."""
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(f"newsclean/discovery/capped/{cap}")
        if cap not in self._capped:
            self._capped.add(cap)
            self.logger.warning(message, *args)

    def should_stop(self) -> bool:
        """True when the crawl is stopping (a signal) or past a ``CLOSESPIDER_*``
        bound: a long sitemap is then read no further."""
        if self.stop_requested:
            return True
        settings, stats = self.crawler.settings, self.crawler.stats
        assert stats is not None
        timeout = settings.getfloat("CLOSESPIDER_TIMEOUT")
        if timeout and time.monotonic() - self._opened > timeout:
            return True
        bounds = (
            ("CLOSESPIDER_PAGECOUNT", "response_received_count"),
            ("CLOSESPIDER_ITEMCOUNT", "item_scraped_count"),
            ("CLOSESPIDER_ERRORCOUNT", "log_count/ERROR"),
        )
        return any(
            settings.getint(name) and int(stats.get_value(counter, 0) or 0) >= settings.getint(name)
            for name, counter in bounds
        )

    # -- seeds -----------------------------------------------------------------
    def _seed_requests(self) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        stats.set_value("newsclean/recovered/replayed_records", self.store.replayed)
        stats.set_value("newsclean/recovered/torn_bytes", self.store.repaired_bytes)
        if self.store.unreadable_lines:
            stats.set_value("newsclean/recovered/unreadable_lines", self.store.unreadable_lines)
        self._opened = time.monotonic()
        for url in self.profile.seeds:
            request = self._discovery_request(url)
            if request is not None:
                yield request

    async def start(self) -> AsyncIterator[Request]:
        for request in self._seed_requests():
            yield request

    def start_requests(self) -> Iterator[Request]:  # Scrapy < 2.13
        yield from self._seed_requests()

    def _discovery_request(self, url: str, depth: int = 0) -> Request | None:
        canonical = canonicalize_url(url)
        if canonical in self._discovery_seen:
            return None
        max_depth = self._limit("NEWSCLEAN_SITEMAP_MAX_DEPTH", SITEMAP_MAX_DEPTH)
        if depth > max_depth:
            self._capped_once(
                "depth", "sitemap %s is nested deeper than %d indexes: not read", url, max_depth
            )
            return None
        self._discovery_seen.add(canonical)
        # dont_filter: a persisted duplicate filter (JOBDIR) must never keep
        # the next run from reading sitemaps and feeds again.
        return Request(
            url,
            callback=self.parse_discovery,
            errback=self.discovery_failed,
            priority=DISCOVERY_PRIORITY,
            dont_filter=True,
            meta={"newsclean_depth": depth},
        )

    # -- discovery -------------------------------------------------------------
    async def parse_discovery(self, response: Response) -> AsyncIterator[Request]:
        """Read a sitemap, sitemap index, robots.txt, feed or start page."""
        stats = self.crawler.stats
        assert stats is not None
        origin = response.request
        depth = int(origin.meta.get("newsclean_depth", 0)) if origin is not None else 0
        kind = looks_like(response.body)
        stats.inc_value(f"newsclean/discovery/{kind}")
        if kind == "sitemap":
            async for request in self._sitemap_requests(response, depth):
                yield request
            return
        for request in self._other_discovery(response, kind, depth):
            yield request

    def _other_discovery(self, response: Response, kind: str, depth: int) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        if kind == "robots":
            for url in robots_sitemaps(response.body):
                request = self._discovery_request(urljoin(response.url, url), depth)
                if request is not None:
                    yield request
        elif kind == "feed":
            entries = parse_feed(response.body)
            count_empty(stats, entries, response.url)
            for entry in entries:
                request = self.article_request(
                    urljoin(response.url, entry.url), entry.lastmod, "feed"
                )
                if request is not None:
                    yield request
        elif isinstance(response, TextResponse):
            links = [
                url
                for url in (
                    response.urljoin(h.strip()) for h in response.xpath("//a/@href").getall()
                )
                if url.startswith(("http://", "https://")) and self.link_matcher(url)
            ]
            count_empty(stats, links, response.url)
            for url in links:
                request = self.article_request(url, None, "link")
                if request is not None:
                    yield request
        else:  # bytes that are no document at all (a binary file)
            count_empty(stats, [], response.url)

    async def _sitemap_requests(self, response: Response, depth: int) -> AsyncIterator[Request]:
        """The requests of one sitemap: its ``NEWSCLEAN_SITEMAP_MAX_URLS`` newest
        entries (by lastmod, then position), newest first, read as a stream
        that yields to the event loop so that a stop or a timer is not held up."""
        stats = self.crawler.stats
        assert stats is not None
        cap = self._limit("NEWSCLEAN_SITEMAP_MAX_URLS", SITEMAP_MAX_URLS)
        limit = self._limit("NEWSCLEAN_SITEMAP_MAX_BYTES", MAX_SITEMAP_BYTES)
        # (date, -position) per entry; pruned to the cap now and then, by a sort
        # in C: memory stays under twice the cap, time near that of the parse.
        newest: list[tuple[tuple[str, int], Entry]] = []
        read = 0
        try:
            for read, entry in enumerate(iter_sitemap(response.body, limit), 1):
                newest.append(((date_key(entry.lastmod), -read), entry))
                if len(newest) >= 2 * cap:
                    newest = keep_newest(newest, cap)
                if read % ENTRIES_PER_TURN == 0:
                    await asyncio.sleep(0)
                    if self.should_stop():
                        stats.inc_value("newsclean/discovery/abandoned")
                        self.logger.warning(
                            "stopped reading %s after %d entries: the crawl is stopping",
                            response.url,
                            read,
                        )
                        return
        except SitemapTooLarge as e:
            stats.inc_value("newsclean/errors")
            stats.inc_value("newsclean/errors/discovery/too_large")
            self.logger.error("sitemap %s refused: %s", response.url, e)
            return
        if read > cap:
            self._capped_once(
                "sitemap_urls",
                "sitemap %s lists more than %d URLs: the %d newest are read",
                response.url,
                cap,
                cap,
            )
        count_empty(stats, newest, response.url)
        for _, entry in keep_newest(newest, cap):
            url = urljoin(response.url, entry.url)
            if entry.is_sitemap:
                request = self._discovery_request(url, depth + 1)
            else:
                request = self.article_request(url, entry.lastmod, "sitemap")
            if request is not None:
                yield request

    def discovery_failed(self, failure: Failure) -> None:
        self._count_failure(failure, "discovery")

    # -- articles --------------------------------------------------------------
    def article_request(self, url: str, lastmod: str | None, source: str) -> Request | None:
        """The request for an article URL, or None when it is filtered out or
        the store says it is unchanged."""
        stats = self.crawler.stats
        assert stats is not None
        if not url.startswith(("http://", "https://")):
            return None
        key = canonicalize_url(url)
        if self._domains and not in_domains(key, self._domains):
            stats.inc_value("newsclean/discovered/offsite")
            return None
        if source != "link" and not self.entry_matcher(key):
            stats.inc_value("newsclean/discovered/not_article")
            return None
        date = normalize_lastmod(lastmod) or ""
        if key in self._planned:
            # Met again: worth a new look only if it was skipped and this
            # source (the archive sitemap after the news sitemap) gives a newer date.
            earlier = self._planned[key]
            if earlier is None or date <= earlier[0]:
                return None
            stats.inc_value("newsclean/skipped", -1)
            stats.inc_value(f"newsclean/skipped/{earlier[1]}", -1)
        else:
            max_urls = self._limit("NEWSCLEAN_DISCOVERY_MAX_URLS", DISCOVERY_MAX_URLS)
            if len(self._planned) >= max_urls:
                self._capped_once(
                    "run_urls", "%d article URLs discovered: no more in this run", max_urls
                )
                return None
            stats.inc_value("newsclean/discovered")
            stats.inc_value(f"newsclean/discovered/{source}")
        plan = self.store.plan(key, lastmod)
        if not plan.fetch:
            self._planned[key] = (date, plan.reason)
            stats.inc_value("newsclean/skipped")
            stats.inc_value(f"newsclean/skipped/{plan.reason}")
            return None
        self._planned[key] = None
        stats.inc_value(f"newsclean/fetch/{plan.reason}")
        return Request(
            key,
            headers=plan.headers(),
            callback=self.parse_article,
            errback=self.article_failed,
            priority=ARTICLE_PRIORITY,
            # The store, not the request fingerprint, decides; a shared frontier
            # (several workers, one scheduler) turns the duplicate filter on.
            dont_filter=not self.crawler.settings.getbool("NEWSCLEAN_FILTER_ARTICLES"),
            meta={
                "newsclean_key": key,
                "newsclean_lastmod": lastmod,
                "newsclean_raw_hash": plan.raw_hash,
                "handle_httpstatus_list": [304],
            },
        )

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        """Hand a fetched article page to the pipeline (or record why not)."""
        stats = self.crawler.stats
        assert stats is not None
        meta = response.meta
        key, lastmod = meta["newsclean_key"], meta.get("newsclean_lastmod")
        header = response.headers.get
        validators = {
            "lastmod": lastmod,
            "etag": (header(b"ETag") or b"").decode("latin-1") or None,
            "last_modified": (header(b"Last-Modified") or b"").decode("latin-1") or None,
        }
        if response.status == 304:
            stats.inc_value("newsclean/skipped")
            stats.inc_value("newsclean/skipped/not_modified")
            self.store.record_page(key, "not_modified", **validators)
            return
        if not is_html(response):
            stats.inc_value("newsclean/pages/not_html")
            self.store.record_page(key, "not_html", **validators)
            return
        raw_hash = bytes_fingerprint(response.body)
        if raw_hash == meta.get("newsclean_raw_hash"):
            stats.inc_value("newsclean/skipped")
            stats.inc_value("newsclean/skipped/same_bytes")
            self.store.record_page(key, "unchanged", raw_hash=raw_hash, **validators)
            return
        yield PageItem(
            key=key,
            url=response.url,
            body=response.body,
            fetched_at=utcnow(),
            raw_hash=raw_hash,
            **validators,
        )

    def article_failed(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        if failure.check(IgnoreRequest) and REQUESTED_MARK in str(failure.value):
            return  # counted by the middleware: a second request for the page
        if request is not None and refused_redirect(failure):
            # Recorded as done: the page is asked for again only when its
            # sitemap date moves, not on every run.
            self.store.record_page(
                request.meta["newsclean_key"],
                "redirect_refused",
                lastmod=request.meta.get("newsclean_lastmod"),
            )
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("newsclean/skipped")
            stats.inc_value("newsclean/skipped/redirect_refused")
            return
        gone = False
        if failure.check(HttpError):
            response = failure.value.response
            if response.status in GONE_STATUSES and request is not None:
                gone = True
                self.store.record_page(
                    request.meta["newsclean_key"],
                    "gone",
                    lastmod=request.meta.get("newsclean_lastmod"),
                )
        reason = failure_reason(failure)
        if reason is not None and not gone and request is not None:
            # Remembered with its reason; not a done outcome, so the next
            # run asks for the page again.
            self.store.record_page(request.meta["newsclean_key"], f"failed/{reason}")
        self._count_failure(failure, "article")

    def _count_failure(self, failure: Failure, what: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        reason = failure_reason(failure)
        if reason is None:
            # robots.txt forbids it, or it left the allowed domains: not an error.
            stats.inc_value("newsclean/skipped")
            stats.inc_value(f"newsclean/skipped/ignored_{what}")
            return
        stats.inc_value("newsclean/errors")
        stats.inc_value(f"newsclean/errors/{what}/{reason}")
        self.logger.warning("%s %s failed: %s", what, url, reason)


def is_html(response: Response) -> bool:
    """True for an HTML page: an HTML content type, or (with a generic type
    such as ``application/octet-stream``, or none) a body that Scrapy's
    sniffing took for HTML.

    >>> from scrapy.http import HtmlResponse
    >>> page = b"<html><body><p>Hi</p></body></html>"
    >>> octet = {"Content-Type": "application/octet-stream"}
    >>> is_html(HtmlResponse("https://e.org/a", body=page, headers=octet))
    True
    >>> is_html(Response("https://e.org/a", body=b"%PDF-1.4", headers=octet))
    False
    """
    if not isinstance(response, TextResponse):
        return False
    content_type = (response.headers.get(b"Content-Type") or b"").lower().strip()
    if not content_type or content_type.startswith(GENERIC_TYPES):
        return isinstance(response, HtmlResponse)
    return content_type.startswith(HTML_TYPES)


def count_empty(stats: Any, entries: list[Any], url: str) -> None:
    """Count (``newsclean/discovery/empty``) and log a sitemap or feed that
    gave no entry: empty, or malformed beyond what the parser recovers."""
    if not entries:
        stats.inc_value("newsclean/discovery/empty")
        logging.getLogger(__name__).warning("no entries in %s (empty or malformed)", url)
