"""The shared frontier: scrapy-redis's scheduler and duplicate filter, made to
survive Redis outages and to join the workers' current run."""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from spiders.distributed.connection import (
    DEFAULT_PREFIX,
    REDIS_ERRORS,
    Backoff,
    connect,
    worker_id,
)
from spiders.settings import (
    REDIS_HEARTBEAT_INTERVAL,
    REDIS_RUN_KEY_TTL,
    REDIS_WORKER_TTL,
)

logger = logging.getLogger(__name__)

#: Request meta keys of a request that continues one already admitted.
CONTINUATION_META = ("retry_times", "redirect_times")
#: Signal sent with ``scheduler=`` when a worker's scheduler opens (for IdleExit).
SCHEDULER_OPENED = object()
#: Finish reason of a worker that gave up waiting for Redis.
OUTAGE_REASON = "redis_unavailable"

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
        pipe.expire(self.run_key, REDIS_RUN_KEY_TTL)
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
        # Requests taken from the shared queue by the idle poll (see take()).
        self.ready: deque[Request] = deque()
        self._taken: Request | None = None
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

        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer
        )
        if self.flush_on_start:
            self.flush()
        self._join()
        if self.crawler is not None:
            self.crawler.signals.send_catch_log(SCHEDULER_OPENED, scheduler=self)
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(REDIS_HEARTBEAT_INTERVAL, now=False)

    def _join(self) -> bool:
        try:
            run = self.server.eval(
                JOIN_SCRIPT,
                2,
                self.workers_key,
                f"{self.prefix}:run",
                self.worker,
                REDIS_WORKER_TTL,
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
        for request in self.ready:  # back to the shared queue for the other workers
            with contextlib.suppress(*REDIS_ERRORS):
                self.queue.push(request)
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

    def outage_seconds(self) -> float:
        """How long Redis has been unreachable (0 when it answers)."""
        since = self.backoff.since
        return 0.0 if since is None else time.monotonic() - since

    def take(self) -> Request | None:
        """Pop one request from the shared queue for :meth:`enqueue_request` to
        keep here: how an idle worker's poll hands it to the engine (through
        ``engine.crawl``, which wakes the engine) without filtering it again."""
        if self.held or self.ready or not self.backoff.ready():
            return None
        try:
            request = self.queue.pop(0)
        except REDIS_ERRORS as e:
            self._failed("dequeue", e)
            return None
        self._recovered()
        if request is not None:
            self._taken = request
        return request

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
        if request is self._taken:  # already admitted by the worker that pushed it
            self._taken = None
            self.ready.append(request)
            return True
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
        if self.ready:
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            return self.ready.popleft()
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
        if self.ready or self.held or not self.backoff.ready():
            return True
        try:
            pending = len(self.queue) > 0
        except REDIS_ERRORS as e:
            self._failed("queue length", e)
            return True
        self._recovered()
        return pending
