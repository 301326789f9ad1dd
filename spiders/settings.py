"""Scrapy settings for ``newsclean crawl``: polite by default.

Precedence, lowest first: :data:`DEFAULTS`, a site profile's ``[settings]``,
the command line's ``-s NAME=VALUE``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scrapy.logformatter import LogFormatter
from scrapy.settings import Settings

VERSION = "0.1.0"
USER_AGENT = f"newsclean/{VERSION} (news article crawler; +https://pypi.org/project/newsclean/)"
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

DEFAULTS: dict[str, Any] = {
    "BOT_NAME": "newsclean",
    "USER_AGENT": USER_AGENT,
    # robots.txt: obeyed, matched on the product token.
    "ROBOTSTXT_OBEY": True,
    "ROBOTSTXT_USER_AGENT": "newsclean",
    # Pace: AutoThrottle adapts the delay to the server's latency, never
    # below DOWNLOAD_DELAY; at most two requests in flight per site.
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 2.0,
    "AUTOTHROTTLE_MAX_DELAY": 60.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "DOWNLOAD_DELAY": 1.0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
    # Retries with back-off; 429/503 honour Retry-After (spiders.middlewares).
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 3,
    "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
    "RETRY_BACKOFF_BASE": 2.0,
    "RETRY_BACKOFF_MAX": 120.0,
    "RETRY_AFTER_MAX": 600.0,
    "DOWNLOADER_MIDDLEWARES": {
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "spiders.middlewares.BackoffRetryMiddleware": 550,
        # Before robots.txt (100): no request, not even robots.txt, off the allowed domains.
        "spiders.middlewares.AllowedRedirectMiddleware": 45,
    },
    # Size and time limits.
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    "DOWNLOAD_TIMEOUT": 30,
    "DNS_TIMEOUT": 20,
    "REDIRECT_MAX_TIMES": 5,
    # No cookies to track us or the site's readers; no remote console.
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "ITEM_PIPELINES": {"spiders.pipelines.ExtractionPipeline": 300},
    "EXTENSIONS": {
        "spiders.extensions.StatusLine": 500,
        "spiders.archive.WarcArchiveExtension": 600,  # off unless NEWSCLEAN_WARC_DIR
    },
    "TWISTED_REACTOR": ASYNCIO_REACTOR,
    "LOG_LEVEL": "WARNING",
    "LOG_FORMATTER": "spiders.settings.QuietLogFormatter",
    # newsclean's own settings.
    "NEWSCLEAN_STORE": "spiders.store.ArticleStore",  # what to fetch and keep (state + output)
    # Article requests bypass Scrapy's duplicate filter (the store decides, and a
    # filter persisted in JOBDIR must not hide a page the state still lacks);
    # True hands them to it, for a scheduler shared by several workers.
    "NEWSCLEAN_FILTER_ARTICLES": False,
    "NEWSCLEAN_EXTRACT_WORKERS": None,  # None: the cores, at most 4; 0: in the crawl process
    "NEWSCLEAN_RECHECK_AFTER": 86400,  # seconds before a page without a date is re-requested
    # Estimated Jaccard similarity (MinHash of word 3-shingles) from which a text
    # under another URL is the same article; above 1.0, exact duplicates only.
    "NEWSCLEAN_NEAR_DUPLICATE_THRESHOLD": 0.8,
    "NEWSCLEAN_STATUS": "auto",  # live status line: auto (a terminal), always, never
    "NEWSCLEAN_STATUS_INTERVAL": 0.5,
    "NEWSCLEAN_WARC_DIR": None,  # keep every response as WARC records here (--warc-dir)
    "NEWSCLEAN_WARC_MAX_BYTES": 1 << 30,  # a new archive file past this size
}


class QuietLogFormatter(LogFormatter):
    """Scrapy's log formatter with dropped items at DEBUG: an unchanged or
    duplicate page is the normal case of an incremental crawl, not a warning."""

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        entry = dict(super().dropped(item, exception, response, spider))
        entry["level"] = logging.DEBUG
        return entry


def parse_setting(text: str) -> tuple[str, str]:
    """Split a ``-s NAME=VALUE`` argument.

    >>> parse_setting("DOWNLOAD_DELAY=0.5")
    ('DOWNLOAD_DELAY', '0.5')
    """
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def jobdir_for(state_path: str | os.PathLike[str]) -> Path:
    """Scrapy's JOBDIR for a state file: beside it, named after it.

    >>> str(jobdir_for("/data/news.sqlite"))
    '/data/news.sqlite.job'
    """
    return Path(f"{state_path}.job")


def build_settings(
    state_path: str | os.PathLike[str],
    profile_settings: Mapping[str, Any] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """The crawl's Scrapy settings.

    >>> s = build_settings("/tmp/s.sqlite", {"DOWNLOAD_DELAY": 2}, {"DOWNLOAD_DELAY": "0"})
    >>> s.getfloat("DOWNLOAD_DELAY"), s.getbool("ROBOTSTXT_OBEY"), s["JOBDIR"]
    (0.0, True, '/tmp/s.sqlite.job')
    """
    settings = Settings()
    settings.setdict(DEFAULTS, priority="project")
    settings.set("JOBDIR", str(jobdir_for(state_path)), priority="project")
    if profile_settings:
        settings.setdict(dict(profile_settings), priority="spider")
    if overrides:
        settings.setdict(dict(overrides), priority="cmdline")
    return settings
