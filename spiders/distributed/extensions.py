"""The worker's idle exit: scrapy-redis spiders otherwise wait for URLs forever."""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from spiders.distributed.scheduler import OUTAGE_REASON, SCHEDULER_OPENED, RedisScheduler
from spiders.settings import REDIS_IDLE_EXIT, REDIS_MAX_OUTAGE, REDIS_POLL_INTERVAL

logger = logging.getLogger(__name__)


class IdleExit:
    """Close a worker once the shared queue has been empty, and the worker
    without work, for ``NEWSCLEAN_REDIS_IDLE_EXIT`` seconds (scrapy-redis
    spiders otherwise wait for URLs forever). While waiting it polls the queue
    every :data:`REDIS_POLL_INTERVAL` seconds, so work pushed by another worker is
    picked up at once (scrapy-redis's way: a request taken from the shared
    queue goes to ``engine.crawl``, which wakes the engine).
    Counter: ``newsclean/redis/idle_exit_seconds``."""

    def __init__(
        self, crawler: Crawler, idle_exit: float, max_outage: float = REDIS_MAX_OUTAGE
    ) -> None:
        self.crawler = crawler
        self.idle_exit = idle_exit
        self.max_outage = max_outage
        self.idle_since: float | None = None
        self.poll: task.LoopingCall | None = None
        self.closing = False
        self.scheduler: RedisScheduler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdleExit:
        if not crawler.settings.get("NEWSCLEAN_REDIS_URL"):
            raise NotConfigured
        ext = cls(
            crawler,
            crawler.settings.getfloat("NEWSCLEAN_REDIS_IDLE_EXIT", REDIS_IDLE_EXIT),
            crawler.settings.getfloat("NEWSCLEAN_REDIS_MAX_OUTAGE", REDIS_MAX_OUTAGE),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.scheduler_opened, signal=SCHEDULER_OPENED)
        for busy in (signals.request_reached_downloader, signals.item_scraped):
            crawler.signals.connect(ext.busy, signal=busy)
        return ext

    def scheduler_opened(self, scheduler: RedisScheduler) -> None:
        """Keep the worker's scheduler (told by a signal: no engine internals)."""
        self.scheduler = scheduler

    def spider_opened(self, spider: Spider) -> None:
        self.poll = task.LoopingCall(self.wake)
        self.poll.start(REDIS_POLL_INTERVAL, now=False)

    def spider_closed(self, spider: Spider) -> None:
        if self.poll is not None and self.poll.running:
            self.poll.stop()

    def wake(self) -> None:
        """Hand the engine a request from the shared queue when this worker has
        room (its own heartbeat is 5 s); close the worker once Redis has been
        unreachable for too long."""
        engine, scheduler = self.crawler.engine, self.scheduler
        if engine is None or scheduler is None:
            return
        if scheduler.outage_seconds() > self.max_outage:
            self.give_up()
            return
        if self.closing:
            return
        request = scheduler.take()
        if request is not None:
            engine.crawl(request)

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
