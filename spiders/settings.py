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

#: Estimated Jaccard similarity of word 3-shingles (MinHash) from which a text under
#: another URL is the same article: a wire copy with a changed line still counts.
NEAR_DUPLICATE_THRESHOLD = 0.8
#: Seconds before a page found without a date (a start-page link) is asked for again.
RECHECK_AFTER = 86400.0
#: Seconds a write to the crawl state file waits for another process's lock.
STATE_LOCK_TIMEOUT = 30
#: Texts shorter than this many words are compared by exact fingerprint only:
#: the shingles of a few words are too few to call two texts the same article.
NEAR_DUPLICATE_MIN_WORDS = 40
#: MinHash values per signature, and the LSH bands they are cut into: texts with
#: Jaccard 0.8 share a band with probability 1 - (1 - 0.8**4)**32 > 0.999.
#: These, the shingle size and the seed shape the stored signatures: a change
#: makes the stored ones incomparable.
NUM_PERM = 128
LSH_BANDS = 32
#: Words per shingle: three keep a reworded line from hiding a copy.
MINHASH_SHINGLE_WORDS = 3
MINHASH_SEED = 1

# -- site templates (spiders.templates) -------------------------------------------
#: Pages of a site fetched before its first template is learned.
MIN_PAGES = 5
#: Raw pages kept per site, the newest (learning and re-extraction read them).
MAX_RAW_PAGES = 100
#: Pages of a site in a row that did not fit its template before it is learned
#: again from the newest pages (the site was redesigned).
MISFITS_TO_RELEARN = MIN_PAGES

# -- scheduling and archives (spiders.news, spiders.archive) ----------------------
#: Sitemaps and feeds go before article pages: they find the newest articles.
DISCOVERY_PRIORITY = 10
ARTICLE_PRIORITY = 0
#: Sitemap entries read between two looks at the event loop (a stop, a timer).
ENTRIES_PER_TURN = 2000
#: A new WARC file once the current one is this large (bytes, compressed).
WARC_MAX_BYTES = 1 << 30

# -- discovery bounds (spiders.discovery, spiders.news) ---------------------------
#: Largest decompressed sitemap read: the sitemap protocol's own limit (50 MB).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
#: URLs read from one sitemap: the protocol's limit per file (50,000).
SITEMAP_MAX_URLS = 50_000
#: Article URLs one run discovers: a news site's last days, not its archive of millions.
DISCOVERY_MAX_URLS = 100_000
#: Sitemap indexes followed below a seed: index -> sitemap is 1; chains past 3 are traps.
SITEMAP_MAX_DEPTH = 3
#: Seconds a stop signal waits for discovery and in-flight work before it stops at once.
STOP_TIMEOUT = 30.0

# -- the distributed crawl (--redis, spiders.distributed) --------------------------
#: Seconds a worker's heartbeat stays valid; a worker silent longer has left the run.
REDIS_WORKER_TTL = 30.0
#: Seconds between heartbeats: several per REDIS_WORKER_TTL, so one late beat is no exit.
REDIS_HEARTBEAT_INTERVAL = 5.0
#: Seconds between an idle worker's looks at the shared queue (others' work starts that soon).
REDIS_POLL_INTERVAL = 0.5
#: Milliseconds the store lock is leased: above any one claim; a killed worker's lock lapses.
REDIS_LOCK_LEASE_MS = 15_000
#: Seconds a claim waits for the store lock before its item is held and retried.
REDIS_LOCK_WAIT = 10.0
#: Seconds between two tries for the busy store lock: claims take milliseconds.
REDIS_LOCK_RETRY = 0.005
#: Seconds a Redis command, and a connection, may take before the worker counts
#: an outage (its components retry with their own back-off).
REDIS_SOCKET_TIMEOUT = 10
REDIS_CONNECT_TIMEOUT = 3
#: First wait of the back-off while Redis is unreachable (seconds): a restart is quick.
REDIS_BACKOFF_FIRST = 0.25
#: Longest wait of that back-off (seconds): a worker notices Redis back within this.
REDIS_BACKOFF_MAX = 5.0
#: Seconds a run's duplicate filter outlives its last use: a week covers any pause.
REDIS_RUN_KEY_TTL = 7 * 86400
#: Seconds of Redis outage after which a worker gives up (its work is left for the next run).
REDIS_MAX_OUTAGE = 600.0
#: Seconds a worker waits with an empty shared queue before it leaves.
REDIS_IDLE_EXIT = 30.0

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
    # First in, first out: sitemaps before their articles, each sitemap's newest
    # entries first (Scrapy's default, last in first out, reaches them last).
    "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
    "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
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
        # A page queued in JOBDIR and met again in a sitemap is fetched once.
        "spiders.middlewares.OncePerRunMiddleware": 40,
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
        # The spider keeps no state of its own; a cut JOBDIR/spider.state would only fail.
        "scrapy.extensions.spiderstate.SpiderState": None,
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
    "NEWSCLEAN_RECHECK_AFTER": RECHECK_AFTER,
    # Above 1.0: exact duplicates only.
    "NEWSCLEAN_NEAR_DUPLICATE_THRESHOLD": NEAR_DUPLICATE_THRESHOLD,
    "NEWSCLEAN_STATUS": "auto",  # live status line: auto (a terminal), always, never
    "NEWSCLEAN_STATUS_INTERVAL": 0.5,
    # Discovery bounds (see the constants above); hitting one is a counter and one log line.
    "NEWSCLEAN_SITEMAP_MAX_URLS": SITEMAP_MAX_URLS,
    "NEWSCLEAN_DISCOVERY_MAX_URLS": DISCOVERY_MAX_URLS,
    "NEWSCLEAN_SITEMAP_MAX_DEPTH": SITEMAP_MAX_DEPTH,
    "NEWSCLEAN_SITEMAP_MAX_BYTES": MAX_SITEMAP_BYTES,
    "NEWSCLEAN_STOP_TIMEOUT": STOP_TIMEOUT,
    "NEWSCLEAN_REDIS_MAX_OUTAGE": REDIS_MAX_OUTAGE,
    "NEWSCLEAN_REDIS_IDLE_EXIT": REDIS_IDLE_EXIT,
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
