"""Downloader middleware: retries that back off, and honour ``Retry-After``;
redirects kept inside the allowed domains; each page requested once per run."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.response import response_status_message

from spiders.failures import OFFSITE_REDIRECT_MARK, REQUESTED_MARK
from spiders.settings import DEFAULTS
from spiders.urls import in_domains

logger = logging.getLogger(__name__)

#: Statuses whose Retry-After header says when to come back.
RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date).

    >>> retry_after_seconds(b"120")
    120.0
    >>> now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    >>> retry_after_seconds("Mon, 01 Jan 2024 12:00:30 GMT", now)
    30.0
    >>> retry_after_seconds("later") is None
    True
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Exponential back-off before retry number ``attempt`` (1-based).

    >>> [backoff_seconds(n, 1.0, 5.0) for n in (1, 2, 3, 4)]
    [1.0, 2.0, 4.0, 5.0]
    """
    return min(cap, base * 2 ** (attempt - 1))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting before each retry.

    On 429/503 with ``Retry-After`` it waits as told (a wait longer than
    ``RETRY_AFTER_MAX`` gives the request up: the site asked us to stay away).
    Otherwise it waits ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds, at most
    ``RETRY_BACKOFF_MAX``. The wait does not hold a download slot: other
    requests go on. Counters: ``retry/backoff_count``, ``retry/retry_after_count``,
    ``retry/retry_after_too_long``.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", DEFAULTS["RETRY_BACKOFF_BASE"])
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", DEFAULTS["RETRY_BACKOFF_MAX"])
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", DEFAULTS["RETRY_AFTER_MAX"])

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        o = cls(crawler.settings)
        o.crawler = crawler
        return o

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        stats = self.crawler.stats
        assert stats is not None
        attempt = request.meta.get("retry_times", 0) + 1
        delay = backoff_seconds(attempt, self.backoff_base, self.backoff_max)
        if response.status in RETRY_AFTER_STATUSES:
            told = retry_after_seconds(response.headers.get(b"Retry-After"))
            if told is not None:
                if told > self.retry_after_max:
                    stats.inc_value("retry/retry_after_too_long")
                    logger.warning(
                        "%s asks to retry after %.0fs; giving up on %s",
                        response.status,
                        told,
                        request.url,
                    )
                    return response
                delay = told
                stats.inc_value("retry/retry_after_count")
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        stats.inc_value("retry/backoff_count")
        if delay > 0:
            await asyncio.sleep(delay)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get(
            "dont_retry", False
        ):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            attempt = request.meta.get("retry_times", 0) + 1
            await asyncio.sleep(backoff_seconds(attempt, self.backoff_base, self.backoff_max))
        return retry


class AllowedRedirectMiddleware:
    """Refuse a redirect (HTTP 3xx or meta refresh) out of the spider's
    ``allowed_domains``, whatever the request's ``dont_filter``.

    Scrapy's OffsiteMiddleware lets every ``dont_filter`` request through, and
    a redirect inherits the flag from the request it answers: the crawl's own
    requests carry it (the store, not the duplicate filter, decides what to
    fetch), so without this a sitemap or an article could send the crawl to
    any host. Counter: ``newsclean/skipped/offsite_redirect``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AllowedRedirectMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not request.meta.get("redirect_urls"):
            return
        spider = spider or self.crawler.spider
        domains = {d.lower() for d in getattr(spider, "allowed_domains", None) or ()}
        if domains and not in_domains(request.url, domains):
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("newsclean/skipped/offsite_redirect")
            origin = request.meta["redirect_urls"][0]
            logger.warning("not following %s out of the allowed domains to %s", origin, request.url)
            raise IgnoreRequest(f"{OFFSITE_REDIRECT_MARK} to {request.url}")


class OncePerRunMiddleware:
    """Download each article page at most once per run.

    A run resumed after a stop finds its pending requests in the JOBDIR queue
    and meets the same pages again in the sitemaps; both reach the downloader
    (article requests bypass the duplicate filter: the store decides). The
    second is dropped here. Retries and redirects continue the first and pass.
    Counter: ``newsclean/skipped/requested_twice``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OncePerRunMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        key = request.meta.get("newsclean_key")
        if key is None or "retry_times" in request.meta or "redirect_times" in request.meta:
            return
        if key in self.requested:
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("newsclean/skipped")
            stats.inc_value("newsclean/skipped/requested_twice")
            raise IgnoreRequest(f"{REQUESTED_MARK}: {request.url}")
        self.requested.add(key)
