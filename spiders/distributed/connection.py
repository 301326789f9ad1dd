"""Connecting to Redis, and the Scrapy settings of a worker sharing a crawl.

The timings (back-off, heartbeat, leases) are in :mod:`spiders.settings`.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from typing import Any
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from cleaners.errors import NewscleanError
from spiders.settings import (
    DEFAULTS,
    REDIS_BACKOFF_FIRST,
    REDIS_BACKOFF_MAX,
    REDIS_CONNECT_TIMEOUT,
    REDIS_SOCKET_TIMEOUT,
)

#: Errors that mean "Redis is not reachable right now" (retried, never fatal).
REDIS_ERRORS: tuple[type[BaseException], ...] = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    redis.exceptions.BusyLoadingError,
    redis.exceptions.ReadOnlyError,
    redis.exceptions.TryAgainError,
    OSError,
)
URL_SCHEMES = ("redis", "rediss", "unix")
#: The single-process pipeline that the Redis one replaces in a worker.
LOCAL_PIPELINE = "spiders.pipelines.ExtractionPipeline"
DEFAULT_PREFIX = "newsclean"


class SharedStateUnavailable(NewscleanError):
    """Redis could not be reached for a decision that must be shared."""


def check_redis_url(url: str) -> str:
    """``url`` if it is a Redis URL, else a one-line :class:`ValueError`.

    >>> check_redis_url("redis://127.0.0.1:6379/0")
    'redis://127.0.0.1:6379/0'
    >>> check_redis_url("127.0.0.1:6379")
    Traceback (most recent call last):
    ...
    ValueError: not a Redis URL: '127.0.0.1:6379' (e.g. redis://HOST:PORT/DB)
    """
    if urlsplit(url).scheme not in URL_SCHEMES:
        raise ValueError(f"not a Redis URL: {url!r} (e.g. redis://HOST:PORT/DB)")
    return url


def connect(url: str) -> redis.Redis:
    """A Redis client that fails fast (no retries inside redis-py: the crawl's
    components retry with their own back-off and keep their work meanwhile)."""
    return redis.Redis.from_url(
        url,
        socket_timeout=REDIS_SOCKET_TIMEOUT,
        socket_connect_timeout=REDIS_CONNECT_TIMEOUT,
        retry=Retry(NoBackoff(), 0),
        health_check_interval=0,
    )


def ping(url: str) -> None:
    """Raise :class:`NewscleanError` with a one-line message when ``url`` is unreachable."""
    try:
        connect(url).ping()
    except (redis.exceptions.RedisError, OSError) as e:
        raise NewscleanError(f"Redis at {url} is not reachable: {e}") from None


def worker_id() -> str:
    """This process's name among the workers: host, pid and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def redis_settings(url: str, prefix: str, idle_exit: float) -> dict[str, Any]:
    """The Scrapy settings of a worker sharing a crawl through Redis at ``url``.

    Every worker sets the scheduler, the queue and the duplicate filter
    explicitly: a worker left on Scrapy's own filter would refetch pages.

    >>> s = redis_settings("redis://127.0.0.1:6379/0", "newsclean:demo", 20)
    >>> s["SCHEDULER_QUEUE_KEY"], s["DUPEFILTER_CLASS"], s["SCHEDULER_PERSIST"]
    ('newsclean:demo:requests', 'spiders.distributed.scheduler.RunDupeFilter', True)
    """
    check_redis_url(url)
    return {
        "NEWSCLEAN_REDIS_URL": url,
        "NEWSCLEAN_REDIS_PREFIX": prefix,
        "NEWSCLEAN_REDIS_IDLE_EXIT": idle_exit,
        "NEWSCLEAN_STORE": "spiders.distributed.store.RedisArticleStore",
        "REDIS_URL": url,
        "SCHEDULER": "spiders.distributed.scheduler.RedisScheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "DUPEFILTER_CLASS": "spiders.distributed.scheduler.RunDupeFilter",
        # The queue and the filter outlive a worker: others go on with them.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        # Non-blocking pops: an idle worker looks again every REDIS_POLL_INTERVAL.
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        # Scrapy's JOBDIR queue is replaced by the shared one.
        "JOBDIR": None,
        # Article requests stay dont_filter: the per-run filter admits each once
        # per run; the persistent one would block a changed article forever.
        "NEWSCLEAN_FILTER_ARTICLES": False,
        "ITEM_PIPELINES": {
            **{k: v for k, v in DEFAULTS["ITEM_PIPELINES"].items() if k != LOCAL_PIPELINE},
            "spiders.distributed.pipelines.RedisExtractionPipeline": DEFAULTS["ITEM_PIPELINES"].get(
                LOCAL_PIPELINE, 300
            ),
        },
        "EXTENSIONS": {**DEFAULTS["EXTENSIONS"], "spiders.distributed.extensions.IdleExit": 510},
    }


def worker_overrides(
    url: str,
    prefix: str,
    idle_exit: float,
    profile_settings: dict[str, Any],
    overrides: dict[str, Any],
) -> dict[str, Any]:
    """The command-line settings of a worker: :func:`redis_settings` under the
    user's ``-s`` settings. Unless set, a worker keeps no more requests than
    it downloads at once (``CONCURRENT_REQUESTS`` = per-domain concurrency): a
    worker that took many from the shared queue would leave the others idle.

    >>> o = worker_overrides("redis://h:1/0", "p", 5, {}, {"CONCURRENT_REQUESTS_PER_DOMAIN": "3"})
    >>> o["CONCURRENT_REQUESTS"], o["NEWSCLEAN_REDIS_PREFIX"]
    ('3', 'p')
    """
    layered = {**redis_settings(url, prefix, idle_exit), **overrides}
    if "CONCURRENT_REQUESTS" not in overrides and "CONCURRENT_REQUESTS" not in profile_settings:
        layered["CONCURRENT_REQUESTS"] = overrides.get(
            "CONCURRENT_REQUESTS_PER_DOMAIN",
            profile_settings.get(
                "CONCURRENT_REQUESTS_PER_DOMAIN", DEFAULTS["CONCURRENT_REQUESTS_PER_DOMAIN"]
            ),
        )
    return layered


class Backoff:
    """Exponential back-off over an outage, with its start for reports.

    >>> b = Backoff(1.0, 4.0)
    >>> [b.failed(now=0.0) for _ in range(4)]
    [1.0, 2.0, 4.0, 4.0]
    >>> b.ready(now=3.0), b.ready(now=4.0), b.recovered(now=10.0)
    (False, True, 10.0)
    """

    def __init__(self, first: float = REDIS_BACKOFF_FIRST, cap: float = REDIS_BACKOFF_MAX) -> None:
        self.first, self.cap = first, cap
        self.since: float | None = None
        self.delay = 0.0
        self.retry_at = 0.0

    def failed(self, now: float | None = None) -> float:
        """Note a failure; returns the wait before the next attempt."""
        now = time.monotonic() if now is None else now
        if self.since is None:
            self.since = now
            self.delay = self.first
        else:
            self.delay = min(self.cap, self.delay * 2)
        self.retry_at = now + self.delay
        return self.delay

    def ready(self, now: float | None = None) -> bool:
        """True when the next attempt is due (always, outside an outage)."""
        return self.since is None or (time.monotonic() if now is None else now) >= self.retry_at

    def recovered(self, now: float | None = None) -> float:
        """End the outage; returns how long it lasted (0 if there was none)."""
        if self.since is None:
            return 0.0
        lasted = (time.monotonic() if now is None else now) - self.since
        self.since = None
        self.delay = 0.0
        return lasted
