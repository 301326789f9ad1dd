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

from spiders.distributed.connection import (
    Backoff,
    SharedStateUnavailable,
    check_redis_url,
    connect,
    ping,
    redis_settings,
    worker_overrides,
)
from spiders.distributed.extensions import IdleExit
from spiders.distributed.pipelines import RedisExtractionPipeline
from spiders.distributed.scheduler import RedisScheduler, RunDupeFilter
from spiders.distributed.store import RedisArticleStore, merge_page

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
