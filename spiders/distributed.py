"""A crawl shared by several worker processes through Redis (``newsclean crawl --redis``).

Every worker of one site shares, under one key prefix in one Redis database:

- the request queue and the duplicate filter: scrapy-redis's priority queue and
  :class:`RunDupeFilter` (its ``RFPDupeFilter`` plus a per-run filter), behind
  :class:`RedisScheduler`;
- the run: workers that start while others are crawling join their run; the
  first worker after all have left starts a new one (:data:`JOIN_SCRIPT`);
- the article store's knowledge (:class:`RedisArticleStore`): which pages were
  fetched with which validators, which articles are stored in which version,
  their text fingerprints and MinHash LSH bands. A new article is claimed in
  Redis under a short lock before it is appended to the worker's own output
  file, so two workers never store the same article.

newsclean marks its discovery and article requests ``dont_filter`` (the store,
not a request fingerprint, decides what to fetch again); with Redis those
requests go through a duplicate filter kept for one run only, so a page is
requested once per run by all workers together, and the next run reads the
sitemaps and feeds again. Other requests use the persistent filter.

When Redis cannot be reached, nothing is lost: requests to enqueue are held in
the worker, dequeuing backs off, an extracted article waits in the pipeline
until its claim goes through, and page records are kept and written later.
Workers leave after ``NEWSCLEAN_REDIS_IDLE_EXIT`` seconds without work.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import time
import uuid
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from cleaners.errors import NewscleanError
from spiders.fingerprint import lsh_keys, similarity
from spiders.items import PageItem
from spiders.pipelines import ExtractionPipeline
from spiders.settings import DEFAULTS
from spiders.state import ArticleState, PageState, utcnow
from spiders.store import ArticleStore, ExtractedPage, FetchPlan, normalize_lastmod

logger = logging.getLogger(__name__)

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
LOCAL_PIPELINE = "spiders.pipelines.ExtractionPipeline"
DEFAULT_PREFIX = "newsclean"
#: Seconds a worker's heartbeat stays valid; a worker silent longer has left.
WORKER_TTL = 30.0
HEARTBEAT_INTERVAL = 5.0
#: How often an idle worker looks at the shared queue again (seconds).
POLL_INTERVAL = 0.5
#: Lease of the store lock: the longest one claim may hold it (seconds).
LOCK_LEASE_MS = 15_000
LOCK_WAIT = 10.0
#: Back-off while Redis is unreachable: first wait, longest wait (seconds).
BACKOFF_FIRST = 0.25
BACKOFF_MAX = 5.0
#: The per-run duplicate filter is dropped this long after its run's last use.
RUN_KEY_TTL = 7 * 86400
#: Finish reason of a worker that gave up waiting for Redis.
OUTAGE_REASON = "redis_unavailable"
#: Request meta keys of a request that continues one already admitted.
CONTINUATION_META = ("retry_times", "redirect_times")

#: Join the current run, or start one when no worker is alive; returns the run id.
#: KEYS: workers zset, run counter. ARGV: worker id, heartbeat ttl (seconds).
JOIN_SCRIPT = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1e6
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t - tonumber(ARGV[2]))
local run
if redis.call('ZCARD', KEYS[1]) == 0 then
  run = redis.call('INCR', KEYS[2])
else
  run = tonumber(redis.call('GET', KEYS[2]) or redis.call('INCR', KEYS[2]))
end
redis.call('ZADD', KEYS[1], t, ARGV[1])
return run
"""
#: Refresh a worker's heartbeat. KEYS: workers zset. ARGV: worker id.
HEARTBEAT_SCRIPT = """
local now = redis.call('TIME')
redis.call('ZADD', KEYS[1], tonumber(now[1]) + tonumber(now[2]) / 1e6, ARGV[1])
return 1
"""
#: Release a lock only if we still hold it. KEYS: lock. ARGV: token.
UNLOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


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
        socket_timeout=10,
        socket_connect_timeout=3,
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
    ('newsclean:demo:requests', 'spiders.distributed.RunDupeFilter', True)
    """
    check_redis_url(url)
    return {
        "NEWSCLEAN_REDIS_URL": url,
        "NEWSCLEAN_REDIS_PREFIX": prefix,
        "NEWSCLEAN_REDIS_IDLE_EXIT": idle_exit,
        "NEWSCLEAN_STORE": "spiders.distributed.RedisArticleStore",
        "REDIS_URL": url,
        "SCHEDULER": "spiders.distributed.RedisScheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "DUPEFILTER_CLASS": "spiders.distributed.RunDupeFilter",
        # The queue and the filter outlive a worker: others go on with them.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        # Non-blocking pops: the engine asks again every POLL_INTERVAL.
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        # Scrapy's JOBDIR queue is replaced by the shared one.
        "JOBDIR": None,
        # Article requests stay dont_filter: the per-run filter admits each once
        # per run; the persistent one would block a changed article forever.
        "NEWSCLEAN_FILTER_ARTICLES": False,
        "ITEM_PIPELINES": {
            **{k: v for k, v in DEFAULTS["ITEM_PIPELINES"].items() if k != LOCAL_PIPELINE},
            "spiders.distributed.RedisExtractionPipeline": DEFAULTS["ITEM_PIPELINES"].get(
                LOCAL_PIPELINE, 300
            ),
        },
        "EXTENSIONS": {**DEFAULTS["EXTENSIONS"], "spiders.distributed.IdleExit": 510},
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

    def __init__(self, first: float = BACKOFF_FIRST, cap: float = BACKOFF_MAX) -> None:
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


# -- the frontier ----------------------------------------------------------------


class RunDupeFilter(RFPDupeFilter):
    """scrapy-redis's persistent duplicate filter, plus one kept per run.

    Requests marked ``dont_filter`` (newsclean's discovery and article
    requests) pass the per-run filter ``PREFIX:run:N:seen``: requested once per
    run by all workers together, again in the next run.
    """

    def __init__(self, server: redis.Redis, key: str, debug: bool = False) -> None:
        super().__init__(server, key, debug)
        self.run_key: str | None = None

    def run_seen(self, request: Request) -> bool:
        """True when this run already admitted ``request``."""
        if self.run_key is None:
            return False
        fp = self.request_fingerprint(request)
        pipe = self.server.pipeline(transaction=False)
        pipe.sadd(self.run_key, fp)
        pipe.expire(self.run_key, RUN_KEY_TTL)
        added, _ = pipe.execute()
        return added == 0

    def close(self, reason: str = "") -> None:
        """Keep the fingerprints: they are shared with the other workers."""


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler that survives Redis outages and joins a run.

    Requests that cannot be enqueued are held in order in this worker and
    pushed once Redis answers; dequeuing backs off meanwhile and the engine is
    told requests are pending, so the worker neither closes nor spins.
    Counters: ``newsclean/redis/outages``, ``newsclean/redis/outage_seconds``,
    ``newsclean/redis/held_requests``, ``newsclean/redis/run``.
    """

    def __init__(self, server: redis.Redis, **kwargs: Any) -> None:
        self.prefix = kwargs.pop("prefix", DEFAULT_PREFIX)
        super().__init__(server, **kwargs)
        self.worker = worker_id()
        self.held: deque[Request] = deque()
        self.backoff = Backoff()
        self.run: int | None = None
        self.heartbeat: task.LoopingCall | None = None
        self.crawler: Crawler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        settings = crawler.settings
        url = settings.get("NEWSCLEAN_REDIS_URL") or settings.get("REDIS_URL")
        if not url:
            raise NotConfigured("RedisScheduler needs NEWSCLEAN_REDIS_URL")
        server = connect(url)
        dupefilter = RunDupeFilter(
            server,
            key=settings.get("SCHEDULER_DUPEFILTER_KEY") % {"spider": crawler.spidercls.name},
            debug=settings.getbool("DUPEFILTER_DEBUG"),
        )
        instance = cls(
            server,
            prefix=settings.get("NEWSCLEAN_REDIS_PREFIX") or DEFAULT_PREFIX,
            persist=settings.getbool("SCHEDULER_PERSIST", True),
            flush_on_start=settings.getbool("SCHEDULER_FLUSH_ON_START"),
            queue_key=settings.get("SCHEDULER_QUEUE_KEY"),
            queue_cls=settings.get("SCHEDULER_QUEUE_CLASS"),
            dupefilter=dupefilter,
            dupefilter_key=dupefilter.key,
            idle_before_close=0,
        )
        instance.stats = crawler.stats
        instance.crawler = crawler
        return instance

    # -- the run -------------------------------------------------------------
    @property
    def workers_key(self) -> str:
        return f"{self.prefix}:workers"

    def open(self, spider: Spider) -> None:
        self.spider = spider
        from scrapy.utils.misc import load_object

        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer
        )
        if self.flush_on_start:
            self.flush()
        self._join()
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(HEARTBEAT_INTERVAL, now=False)

    def _join(self) -> bool:
        try:
            run = self.server.eval(
                JOIN_SCRIPT, 2, self.workers_key, f"{self.prefix}:run", self.worker, WORKER_TTL
            )
        except REDIS_ERRORS as e:
            self._failed("join the run", e)
            return False
        self.run = int(run)
        assert isinstance(self.df, RunDupeFilter)
        self.df.run_key = f"{self.prefix}:run:{self.run}:seen"
        if self.stats:
            self.stats.set_value("newsclean/redis/run", self.run)
        return True

    def _beat(self) -> None:
        # An outage is reported by the scheduler's own calls.
        with contextlib.suppress(*REDIS_ERRORS):
            self.server.eval(HEARTBEAT_SCRIPT, 1, self.workers_key, self.worker)

    def close(self, reason: str) -> None:
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        self._flush_held()
        if self.held:
            logger.error("%d requests could not be handed to Redis before closing", len(self.held))
        with contextlib.suppress(*REDIS_ERRORS):  # else the heartbeat lapses on its own
            self.server.zrem(self.workers_key, self.worker)
        super().close(reason)

    def flush(self) -> None:
        self.df.clear()
        self.queue.clear()

    # -- outages -------------------------------------------------------------
    def _failed(self, what: str, error: BaseException) -> None:
        first = self.backoff.since is None
        delay = self.backoff.failed()
        if first:
            if self.stats:
                self.stats.inc_value("newsclean/redis/outages")
            logger.warning(
                "Redis unreachable (%s: %s); retrying with back-off, work is held meanwhile",
                what,
                error,
            )
        else:
            logger.debug("Redis still unreachable; next try in %.1fs", delay)

    def _recovered(self) -> None:
        lasted = self.backoff.recovered()
        if lasted:
            if self.stats:
                self.stats.inc_value("newsclean/redis/outage_seconds", round(lasted, 1))
            logger.warning("Redis reachable again after %.1fs", lasted)
            if self.run is None:
                self._join()

    @property
    def in_outage(self) -> bool:
        return self.backoff.since is not None

    # -- requests ------------------------------------------------------------
    def _admit(self, request: Request) -> bool:
        """Filter and push one request; False when it was a duplicate."""
        continuation = any(k in request.meta for k in CONTINUATION_META)
        if request.dont_filter:
            assert isinstance(self.df, RunDupeFilter)
            if not continuation and self.df.run_seen(request):
                return False
        elif self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def _flush_held(self) -> None:
        while self.held:
            try:
                self._admit(self.held[0])
            except REDIS_ERRORS as e:
                self._failed("enqueue", e)
                return
            self.held.popleft()
            self._recovered()

    def enqueue_request(self, request: Request) -> bool:
        if not self.held and self.backoff.ready():
            try:
                admitted = self._admit(request)
                self._recovered()
                return admitted
            except REDIS_ERRORS as e:
                self._failed("enqueue", e)
        self.held.append(request)
        if self.stats:
            self.stats.inc_value("newsclean/redis/held_requests")
        return True

    def next_request(self) -> Request | None:
        if not self.backoff.ready():
            return None
        if self.held:
            self._flush_held()
            if self.held:
                return None
        try:
            request = self.queue.pop(0)
        except REDIS_ERRORS as e:
            self._failed("dequeue", e)
            return None
        self._recovered()
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        if self.held or not self.backoff.ready():
            return True
        try:
            pending = len(self.queue) > 0
        except REDIS_ERRORS as e:
            self._failed("queue length", e)
            return True
        self._recovered()
        return pending


class IdleExit:
    """Close a worker once the shared queue has been empty, and the worker
    without work, for ``NEWSCLEAN_REDIS_IDLE_EXIT`` seconds (scrapy-redis
    spiders otherwise wait for URLs forever). While waiting it polls the queue
    every :data:`POLL_INTERVAL` seconds, so work pushed by another worker is
    picked up at once. Counter: ``newsclean/redis/idle_exit_seconds``."""

    def __init__(self, crawler: Crawler, idle_exit: float, max_outage: float = 600.0) -> None:
        self.crawler = crawler
        self.idle_exit = idle_exit
        self.max_outage = max_outage
        self.idle_since: float | None = None
        self.poll: task.LoopingCall | None = None
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdleExit:
        if not crawler.settings.get("NEWSCLEAN_REDIS_URL"):
            raise NotConfigured
        ext = cls(
            crawler,
            crawler.settings.getfloat("NEWSCLEAN_REDIS_IDLE_EXIT", 30.0),
            crawler.settings.getfloat("NEWSCLEAN_REDIS_MAX_OUTAGE", 600.0),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        for busy in (signals.request_reached_downloader, signals.item_scraped):
            crawler.signals.connect(ext.busy, signal=busy)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.poll = task.LoopingCall(self.wake)
        self.poll.start(POLL_INTERVAL, now=False)

    def spider_closed(self, spider: Spider) -> None:
        if self.poll is not None and self.poll.running:
            self.poll.stop()

    def wake(self) -> None:
        """Ask the engine to look at the scheduler (its own heartbeat is 5 s);
        close the worker once Redis has been unreachable for too long."""
        slot = getattr(self.crawler.engine, "_slot", None)
        backoff = getattr(getattr(slot, "scheduler", None), "backoff", None)
        since = getattr(backoff, "since", None)
        if since is not None and time.monotonic() - since > self.max_outage:
            self.give_up()
            return
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    def give_up(self) -> None:
        """Close the spider: Redis stayed away longer than ``NEWSCLEAN_REDIS_MAX_OUTAGE``."""
        if self.closing or self.crawler.engine is None:
            return
        self.closing = True
        logger.error("Redis unreachable for more than %.0fs: closing this worker", self.max_outage)
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(self.crawler.engine.close_spider_async(reason=OUTAGE_REASON))

    def busy(self, *args: Any, **kwargs: Any) -> None:
        self.idle_since = None

    def spider_idle(self, spider: Spider) -> None:
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_exit:
            raise DontCloseSpider
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("newsclean/redis/idle_exit_seconds", self.idle_exit)


# -- the shared article store --------------------------------------------------------


def _text(value: bytes | str | None) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else value


def merge_page(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """A page record updated like :meth:`spiders.state.StateStore.record_page`:
    None keeps the stored value, the lastmod only moves forward.

    >>> merge_page({"lastmod": "2024-02-01T00:00:00Z", "etag": "a"},
    ...            {"lastmod": "2024-01-01T00:00:00Z", "etag": None, "outcome": "stored"})
    {'lastmod': '2024-02-01T00:00:00Z', 'etag': 'a', 'outcome': 'stored'}
    """
    merged = dict(old or {})
    for name, value in new.items():
        if name == "lastmod" and value and merged.get("lastmod"):
            merged[name] = max(merged["lastmod"], value)
        elif value is not None or name == "outcome":
            merged[name] = value
    return merged


class RedisArticleStore(ArticleStore):
    """An :class:`ArticleStore` whose decisions are shared by all workers
    through Redis; each worker appends to its own output and state files.

    Keys under the prefix: ``pages`` (hash: URL -> page record as JSON),
    ``article:URL`` (hash: version, text_hash, first_url, minhash, owner),
    ``text:HASH`` (the article with that text), ``lsh:BAND:KEY`` (sets of
    articles), ``lock`` (held while one claim is decided and written).

    :meth:`accept` raises :class:`SharedStateUnavailable` when Redis cannot be
    reached before anything was written (the pipeline retries later); page
    records that cannot be written are kept and written once Redis answers.
    """

    def __init__(self, *args: Any, redis_url: str, prefix: str = DEFAULT_PREFIX, **kw: Any):
        super().__init__(*args, **kw)
        self.redis_url = redis_url
        self.prefix = prefix
        self.server = connect(redis_url)
        # Stable across restarts of this worker (one process per output file).
        self.owner = f"{socket.gethostname()}:{self.out_path.resolve()}"
        self.pending_pages: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_settings(
        cls, settings: Any, state_path: Any, out_path: Any, **kwargs: Any
    ) -> RedisArticleStore:
        """The store for a crawl with these Scrapy settings."""
        return cls(
            state_path,
            out_path,
            redis_url=settings.get("NEWSCLEAN_REDIS_URL"),
            prefix=settings.get("NEWSCLEAN_REDIS_PREFIX") or DEFAULT_PREFIX,
            **kwargs,
        )

    def close(self) -> None:
        """Write the page records still held, then close the files."""
        for _ in range(3):
            if self._flush_pages():
                break
            time.sleep(BACKOFF_FIRST)
        if self.pending_pages:
            logger.warning(
                "%d page records could not be shared through Redis (they are in the "
                "worker's state file; those pages may be fetched again)",
                len(self.pending_pages),
            )
        super().close()
        self.server.close()

    # -- keys ------------------------------------------------------------------
    def key(self, *parts: object) -> str:
        """A key under this crawl's prefix.

        >>> RedisArticleStore("s", "o", redis_url="redis://h/0", prefix="p").key("text", "ab")
        'p:text:ab'
        """
        return ":".join([self.prefix, *map(str, parts)])

    # -- pages -----------------------------------------------------------------
    def shared_page(self, url: str) -> PageState | None:
        """What the workers know about a page (raises on Redis errors)."""
        raw = self.server.hget(self.key("pages"), url)
        if raw is None:
            return None
        data = json.loads(raw)
        fields = {f: data.get(f) for f in PageState.__dataclass_fields__ if f != "url"}
        return PageState(url=url, **fields)

    def plan(self, url: str, lastmod: str | None = None, now: datetime | None = None) -> FetchPlan:
        """:meth:`ArticleStore.plan` over the shared page records; while Redis is
        unreachable every page is planned as new (the claim still decides)."""
        try:
            page = self.shared_page(url)
        except REDIS_ERRORS:
            return FetchPlan(url, "state_unavailable")
        view = _PlanView(page, self.recheck_after)
        return ArticleStore.plan(view, url, lastmod, now)  # type: ignore[arg-type]

    def record_page(self, key: str, outcome: str, **fields: Any) -> None:
        super().record_page(key, outcome, **fields)
        self._share_page(key, outcome, fields)

    def _share_page(self, key: str, outcome: str, fields: dict[str, Any]) -> None:
        update = {name: fields.get(name) for name in PageState.__dataclass_fields__}
        update.pop("url")
        update["outcome"] = outcome
        update["lastmod"] = normalize_lastmod(update.get("lastmod"))
        update["fetched_at"] = update.get("fetched_at") or utcnow()
        held = self.pending_pages.get(key)
        self.pending_pages[key] = merge_page(held, update) if held else update
        self._flush_pages()

    def _flush_pages(self) -> bool:
        """Write held page records; False while Redis is unreachable."""
        try:
            for url in list(self.pending_pages):
                raw = self.server.hget(self.key("pages"), url)
                old = json.loads(raw) if raw is not None else None
                record = merge_page(old, self.pending_pages[url])
                self.server.hset(self.key("pages"), url, json.dumps(record))
                del self.pending_pages[url]
        except REDIS_ERRORS:
            return False
        return True

    # -- articles ---------------------------------------------------------------
    def shared_article(self, canonical_url: str) -> tuple[ArticleState, dict[str, Any]] | None:
        """The stored version of an article as the workers know it, and its raw fields."""
        raw = self.server.hgetall(self.key("article", canonical_url))
        if not raw:
            return None
        fields: dict[str, Any] = {str(_text(k)): v for k, v in raw.items()}
        state = ArticleState(
            canonical_url,
            int(fields["version"]),
            _text(fields["text_hash"]) or "",
            _text(fields.get("first_url")),
        )
        return state, fields

    def find_shared_duplicate(
        self, text_hash: str, signature: bytes | None, exclude: str
    ) -> str | None:
        """Another article with the same text, or a MinHash-similar one."""
        same = _text(self.server.get(self.key("text", text_hash)))
        if same and same != exclude:
            return same
        if signature is None:
            return None
        keys = [self.key("lsh", band, k) for band, k in enumerate(lsh_keys(signature))]
        candidates = sorted({_text(m) or "" for m in self.server.sunion(keys)} - {exclude, ""})
        best: tuple[float, str] | None = None
        for url in candidates:
            stored = self.server.hget(self.key("article", url), "minhash")
            if not isinstance(stored, bytes) or not stored:
                continue
            score = similarity(signature, stored)
            if score >= self.near_duplicate_threshold and (best is None or score > best[0]):
                best = (score, url)
        return best[1] if best else None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store lock (decisions and claims of all workers, one at a time)."""
        token = uuid.uuid4().hex
        deadline = time.monotonic() + LOCK_WAIT
        while not self.server.set(self.key("lock"), token, nx=True, px=LOCK_LEASE_MS):
            if time.monotonic() > deadline:
                raise SharedStateUnavailable("the shared store lock is busy")
            time.sleep(0.005)
        try:
            yield
        finally:
            with contextlib.suppress(*REDIS_ERRORS):  # else the lease lapses on its own
                self.server.eval(UNLOCK_SCRIPT, 1, self.key("lock"), token)

    def _claim(self, page: ExtractedPage, version: int, previous: dict[str, Any] | None) -> None:
        """Record ``version`` of the article in Redis, owned by this worker."""
        canonical = page.canonical_url
        pipe = self.server.pipeline(transaction=True)
        if previous is not None:
            old_hash = _text(previous.get("text_hash"))
            if old_hash and old_hash != page.text_hash:
                pipe.delete(self.key("text", old_hash))
            old_signature = previous.get("minhash")
            if old_signature:
                for band, k in enumerate(lsh_keys(old_signature)):
                    pipe.srem(self.key("lsh", band, k), canonical)
        # Any keys: redis-py types a mapping's keys invariantly.
        fields: dict[Any, Any] = {
            "version": version,
            "text_hash": page.text_hash,
            "minhash": page.signature or b"",
            "owner": self.owner,
            "updated_at": page.fetched_at,
        }
        fields["first_url"] = _text((previous or {}).get("first_url")) or page.url
        pipe.hset(self.key("article", canonical), mapping=fields)
        pipe.set(self.key("text", page.text_hash), canonical)
        if page.signature is not None:
            for band, k in enumerate(lsh_keys(page.signature)):
                pipe.sadd(self.key("lsh", band, k), canonical)
        pipe.execute()

    def accept(self, page: ExtractedPage) -> tuple[str, dict[str, Any] | None]:
        """:meth:`ArticleStore.accept` with the decision shared by all workers.

        Under the store lock: decide over the shared records, claim a new
        version in Redis, append it to this worker's output, commit the
        worker's state. A claim this worker made whose append did not happen
        (Redis answered the claim after the connection dropped) is written
        when the page comes back.
        """
        try:
            with self.locked():
                return self._accept_locked(page)
        except REDIS_ERRORS as e:
            raise SharedStateUnavailable(f"Redis unreachable: {e}") from None

    def _accept_locked(self, page: ExtractedPage) -> tuple[str, dict[str, Any] | None]:
        state, writer = self._state, self.writer
        assert writer is not None
        self._flush_pages()
        shared = self.shared_article(page.canonical_url)
        current, fields = shared if shared else (None, None)
        target = page.canonical_url
        record: dict[str, Any] | None = None
        local = state.article(page.canonical_url)
        version = current.version + 1 if current else 1
        claimed = False
        if current is not None and current.text_hash == page.text_hash:
            mine = fields is not None and _text(fields.get("owner")) == self.owner
            if mine and (local is None or local.version < current.version):
                version, claimed = current.version, True  # our claim, not yet written
                outcome = "stored"
            else:
                outcome = "unchanged"
        elif current is not None and not self._speaks_for(page, current):
            outcome = "duplicate"
        else:
            duplicate_of = None
            if current is None:
                duplicate_of = self.find_shared_duplicate(
                    page.text_hash, page.signature, page.canonical_url
                )
            if duplicate_of:
                outcome, target = "duplicate", duplicate_of
            else:
                outcome = "stored"
        if outcome == "stored":
            if not claimed:
                self._claim(page, version, fields)
            record = self._write_version(page, version)
        page_fields = {
            "lastmod": normalize_lastmod(page.lastmod),
            "etag": page.etag,
            "last_modified": page.last_modified,
            "raw_hash": page.raw_hash,
            "fetched_at": page.fetched_at,
            "article_url": target,
        }
        state.record_page(page.key, outcome=outcome, commit=False, **page_fields)
        state.db.commit()
        self._share_page(page.key, outcome, page_fields)
        return outcome, record


class _PlanView:
    """What :meth:`ArticleStore.plan` reads: a state with one page, the recheck age."""

    def __init__(self, page: PageState | None, recheck_after: float) -> None:
        self._state = self
        self._page = page
        self.recheck_after = recheck_after

    def page(self, url: str) -> PageState | None:
        return self._page


# -- the pipeline ------------------------------------------------------------------


class RedisExtractionPipeline(ExtractionPipeline):
    """:class:`ExtractionPipeline` that holds an item while Redis is unreachable.

    The page is extracted once; its claim is retried with back-off until the
    shared store answers, or until ``NEWSCLEAN_REDIS_MAX_OUTAGE`` seconds have
    passed (then the page is left unrecorded, so the next run fetches it again).
    Counters: ``newsclean/redis/held_items``, ``newsclean/redis/lost_items``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_outage = crawler.settings.getfloat("NEWSCLEAN_REDIS_MAX_OUTAGE", 600.0)
        self._extracted: dict[int, dict[str, Any]] = {}

    async def _extract(self, item: PageItem, spider: Any) -> dict[str, Any]:
        cached = self._extracted.get(id(item))
        if cached is None:
            cached = await super()._extract(item, spider)
            self._extracted[id(item)] = cached
        return cached

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        backoff = Backoff()
        try:
            while True:
                try:
                    return await super().process_item(item, spider)
                except SharedStateUnavailable as e:
                    if backoff.since is None:
                        self.stats.inc_value("newsclean/redis/held_items")
                        logger.warning("holding %s until Redis answers: %s", item.url, e)
                    elif time.monotonic() - backoff.since > self.max_outage:
                        self.stats.inc_value("newsclean/redis/lost_items")
                        self.stats.inc_value("newsclean/errors")
                        logger.error("gave up on %s: Redis unreachable for too long", item.url)
                        raise
                    await asyncio.sleep(backoff.failed())
        finally:
            self._extracted.pop(id(item), None)


__all__ = [
    "Backoff",
    "IdleExit",
    "RedisArticleStore",
    "RedisExtractionPipeline",
    "RedisScheduler",
    "RunDupeFilter",
    "SharedStateUnavailable",
    "check_redis_url",
    "connect",
    "merge_page",
    "ping",
    "redis_settings",
    "worker_overrides",
]
