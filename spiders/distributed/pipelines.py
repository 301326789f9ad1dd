"""The item pipeline of a worker: extraction, then a claim in the shared store."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from spiders.distributed.connection import Backoff, SharedStateUnavailable
from spiders.items import PageItem
from spiders.pipelines import ExtractionPipeline
from spiders.settings import REDIS_MAX_OUTAGE

logger = logging.getLogger(__name__)


class RedisExtractionPipeline(ExtractionPipeline):
    """:class:`ExtractionPipeline` that holds an item while Redis is unreachable.

    The page is extracted once; its claim is retried with back-off until the
    shared store answers, or until ``NEWSCLEAN_REDIS_MAX_OUTAGE`` seconds have
    passed (then the page is left unrecorded, so the next run fetches it again).
    Counters: ``newsclean/redis/held_items``, ``newsclean/redis/lost_items``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_outage = crawler.settings.getfloat("NEWSCLEAN_REDIS_MAX_OUTAGE", REDIS_MAX_OUTAGE)
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
