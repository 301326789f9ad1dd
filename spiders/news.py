"""The generic news spider: discovers article URLs and fetches what is new.

Discovery documents (sitemaps, sitemap indexes, robots.txt, feeds, start
pages) are fetched on every run; each article URL found is canonicalised,
filtered (allowed domains, article pattern, once per run) and handed to the
store's plan, which says whether to fetch it and with which conditional
headers. Fetched pages go to :class:`spiders.pipelines.ExtractionPipeline`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed

from spiders.discovery import looks_like, parse_feed, parse_sitemap, robots_sitemaps
from spiders.fingerprint import bytes_fingerprint
from spiders.items import PageItem
from spiders.profiles import SiteProfile
from spiders.state import utcnow
from spiders.store import ArticleStore, normalize_lastmod
from spiders.urls import ArticleMatcher, canonicalize_url, in_domains

DISCOVERY_PRIORITY = 10
ARTICLE_PRIORITY = 0
HTML_TYPES = (b"text/html", b"application/xhtml+xml")
#: HTTP statuses after which an article URL is not requested again until its
#: sitemap/feed date moves.
GONE_STATUSES = frozenset({404, 410})
#: Content types that say nothing about the body: sniffed (Scrapy's response
#: class, from the first bytes) to tell an HTML page from a file.
GENERIC_TYPES = (b"application/octet-stream", b"binary/octet-stream", b"application/unknown")
#: Failure reasons by exception class, first match wins (``http_<status>``
#: for HTTP errors; the class name for anything else).
FAILURE_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    (
        (DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError),
        "timeout",
    ),
    ((ResponseDataLossError,), "truncated"),
    ((DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError), "connection_refused"),
    ((CannotResolveHostError, twisted_errors.DNSLookupError), "dns"),
    (
        (
            DownloadFailedError,
            ResponseFailed,
            twisted_errors.ConnectionLost,
            twisted_errors.ConnectionDone,
            twisted_errors.ConnectError,
        ),
        "connection_lost",
    ),
)
#: Marks of Scrapy's size-limit messages (DOWNLOAD_MAXSIZE, on download or
#: while decompressing) and of its redirect limit (REDIRECT_MAX_TIMES).
TOO_LARGE_MARKS = ("max size", "DOWNLOAD_MAXSIZE")
REDIRECT_LIMIT_MARK = "max redirections"


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

    # -- seeds -----------------------------------------------------------------
    def _seed_requests(self) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        stats.set_value("newsclean/recovered/replayed_records", self.store.replayed)
        stats.set_value("newsclean/recovered/torn_bytes", self.store.repaired_bytes)
        for url in self.profile.seeds:
            request = self._discovery_request(url)
            if request is not None:
                yield request

    async def start(self) -> AsyncIterator[Request]:
        for request in self._seed_requests():
            yield request

    def start_requests(self) -> Iterator[Request]:  # Scrapy < 2.13
        yield from self._seed_requests()

    def _discovery_request(self, url: str) -> Request | None:
        canonical = canonicalize_url(url)
        if canonical in self._discovery_seen:
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
        )

    # -- discovery -------------------------------------------------------------
    def parse_discovery(self, response: Response) -> Iterator[Request]:
        """Read a sitemap, sitemap index, robots.txt, feed or start page."""
        stats = self.crawler.stats
        assert stats is not None
        kind = looks_like(response.body)
        stats.inc_value(f"newsclean/discovery/{kind}")
        if kind == "robots":
            for url in robots_sitemaps(response.body):
                request = self._discovery_request(urljoin(response.url, url))
                if request is not None:
                    yield request
        elif kind == "sitemap":
            entries = parse_sitemap(response.body)
            count_empty(stats, entries, response.url)
            for entry in entries:
                url = urljoin(response.url, entry.url)
                if entry.is_sitemap:
                    request = self._discovery_request(url)
                else:
                    request = self.article_request(url, entry.lastmod, "sitemap")
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


def failure_reason(failure: Failure) -> str | None:
    """Why a request failed, as a short name for the state and the counters;
    None when it was only ignored (robots.txt, outside the allowed domains).

    >>> from scrapy.exceptions import DownloadTimeoutError
    >>> failure_reason(Failure(DownloadTimeoutError("took too long")))
    'timeout'
    >>> failure_reason(Failure(IgnoreRequest("max redirections reached")))
    'redirect_loop'
    >>> failure_reason(Failure(IgnoreRequest("Forbidden by robots.txt"))) is None
    True
    """
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    message = str(failure.value)
    if failure.check(IgnoreRequest):
        if any(mark in message for mark in TOO_LARGE_MARKS):
            return "too_large"
        if REDIRECT_LIMIT_MARK in message:
            return "redirect_loop"
        return None
    if failure.check(DownloadCancelledError):
        return "too_large" if any(mark in message for mark in TOO_LARGE_MARKS) else "cancelled"
    for classes, reason in FAILURE_REASONS:
        if failure.check(*classes):
            return reason
    return type(failure.value).__name__


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
