"""The item pipelines: :class:`ExtractionPipeline` (the crawl's own: extraction
in a process pool, then the store's decision) and :class:`ArticlePipeline`
(for any Scrapy project: article fields from an item's HTML).

Scrapy downloads on one event loop; trafilatura and the cleaner chain are CPU
work. Each page goes to a :class:`~concurrent.futures.ProcessPoolExecutor`
and the pipeline awaits the result, so the loop keeps downloading while the
workers extract. The store's decision (new, new version, unchanged,
duplicate) and the output append happen back in the crawl process, one page
at a time, which keeps them consistent without locks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from cleaners.errors import ExtractionError
from spiders.items import PageItem
from spiders.pool import InlineExecutor, default_workers, pool_context
from spiders.store import ArticleStore, ExtractedPage
from spiders.templates import SiteTemplates, used_template
from spiders.urls import canonicalize_url
from spiders.workers import extract_profiled, warm_up

logger = logging.getLogger(__name__)


#: Finish reason of a crawl stopped because its output could not be written.
OUTPUT_ERROR = "output_error"


class ExtractionPipeline:
    """Extract each :class:`PageItem` in a worker process and store it.

    Counters: ``newsclean/articles/stored``, ``newsclean/articles/new_version``,
    ``newsclean/articles/unchanged``, ``newsclean/articles/duplicate``,
    ``newsclean/pages/no_article``, ``newsclean/errors/extraction``, and those
    of :mod:`spiders.templates` (each site's template, learned as pages come;
    ``NEWSCLEAN_SITE_TEMPLATES = False`` switches it off).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        workers = settings.get("NEWSCLEAN_EXTRACT_WORKERS")
        self.workers = default_workers() if workers in (None, "") else int(workers)
        self.executor: Executor | None = None
        self.opened = time.monotonic()
        self.first_result: float | None = None
        self.ready: Future[None] = Future()
        self._uses_forkserver = False
        self._stopping = False
        self.learn_sites = settings.getbool("NEWSCLEAN_SITE_TEMPLATES", True)
        self._templates: SiteTemplates | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        if not crawler.settings.getbool("NEWSCLEAN_EXTRACT", True):
            raise NotConfigured
        return cls(crawler)

    def _new_executor(self) -> Executor:
        if self.workers <= 0:
            return InlineExecutor()
        context = pool_context()
        self._uses_forkserver = context.get_start_method() == "forkserver"
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=warm_up)

    def open_spider(self, spider: Spider | None = None) -> None:
        self.opened = time.monotonic()
        self.first_result = None

    def _ensure_executor(self) -> Executor:
        """The worker pool, started with the first page to extract: a run
        that finds nothing new (the usual scheduled run) starts no worker."""
        if self.executor is None:
            self.executor = self._new_executor()
            self.ready = self._start_workers(self.executor)
        return self.executor

    def _start_workers(self, executor: Executor) -> Future[None]:
        """Start the workers; the future is done when all are up.

        With a fork server, from a helper thread: a worker's start waits for
        the fork server to load the extraction stack (seconds), and the event
        loop must keep downloading meanwhile. The workers' parent is the fork
        server, so they do not depend on that short-lived thread. Spawned
        workers are children of the thread that starts them, so they are
        started from this one (it does not wait for them)."""
        ready: Future[None] = Future()
        if not self._uses_forkserver:
            for _ in range(max(1, self.workers)):
                executor.submit(os.getpid)
            ready.set_result(None)
            return ready

        def start() -> None:
            try:
                for future in [executor.submit(os.getpid) for _ in range(max(1, self.workers))]:
                    future.result()
                ready.set_result(None)
            except BaseException as e:  # handed to the first page that waits
                ready.set_exception(e)

        threading.Thread(target=start, name="newsclean-pool-start", daemon=True).start()
        return ready

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    @property
    def store(self) -> ArticleStore:
        spider = self.crawler.spider
        store = getattr(spider, "store", None)
        if not isinstance(store, ArticleStore):
            raise NotConfigured("the spider has no article store")
        return store

    @property
    def templates(self) -> SiteTemplates | None:
        """The sites' templates in the state file (None when switched off, or
        when the store keeps no local state file)."""
        if self._templates is None and self.learn_sites:
            db = getattr(getattr(self.store, "state", None), "db", None)
            if isinstance(db, sqlite3.Connection):
                self._templates = SiteTemplates(db)
        return self._templates

    def _template_came_meanwhile(self, item: PageItem, result: dict[str, Any]) -> bool:
        templates = self.templates
        return (
            templates is not None
            and used_template(result["article"]) is None
            and templates.template_json(item.url) is not None
        )

    def _observe(self, item: PageItem, article: dict[str, Any]) -> None:
        """Keep the page for its site's template; count what the template did."""
        templates = self.templates
        if templates is None:
            return
        fit = used_template(article)
        if fit is not None:
            self.stats.inc_value("newsclean/templates/" + ("used" if fit else "misfit"))
        if templates.observe(item.key, item.url, item.body, item.fetched_at, fit) == "learned":
            self.stats.inc_value("newsclean/templates/learned")

    async def _extract(self, item: PageItem, spider: Any) -> dict[str, Any]:
        self._ensure_executor()
        if not self.ready.done():
            await asyncio.wrap_future(self.ready)
        executor = self.executor
        assert executor is not None
        profile = spider.profile
        templates = self.templates
        site = templates.template_json(item.url) if templates else None
        selectors = tuple(getattr(profile, "selectors", {}).items())
        args = (item.body, item.url, tuple(profile.drop), profile.body, selectors, site)
        try:
            return await asyncio.wrap_future(executor.submit(extract_profiled, *args))
        except BrokenProcessPool:
            # A worker died (out of memory, a crash in a C extension): count
            # it, replace the pool (once, however many pages were in it) and
            # give this page one more try.
            if self.executor is executor:
                self.stats.inc_value("newsclean/errors/worker_crash")
                executor.shutdown(wait=False, cancel_futures=True)
                self.executor = self._new_executor()
            assert self.executor is not None
            return await asyncio.wrap_future(self.executor.submit(extract_profiled, *args))

    def _storage_failed(self, store: ArticleStore, error: BaseException) -> None:
        """The output or the state cannot be written (disk full, file size
        limit, read-only file system): say so on one line and stop the crawl
        (finish reason ``output_error``). Nothing is lost: the page was not
        recorded as stored, so the next run fetches it again."""
        self.stats.inc_value("newsclean/errors")
        self.stats.inc_value("newsclean/errors/output")
        if self.stats.get_value("finish_reason") is None and not self._stopping:
            self._stopping = True
            logger.error(
                "cannot write %s or %s: %s; stopping the crawl",
                store.out_path,
                store.state_path,
                error,
            )
            from scrapy.utils.defer import _schedule_coro

            assert self.crawler.engine is not None
            _schedule_coro(self.crawler.engine.close_spider_async(reason=OUTPUT_ERROR))

    def _note_first_result(self) -> None:
        # How long the workers took to start and load the extraction stack:
        # the crawl's fixed cost, shown as newsclean/extract/first_result_seconds.
        if self.first_result is None:
            self.first_result = time.monotonic() - self.opened
            started = self.stats.get_value("start_time")
            if isinstance(started, datetime):  # measured like elapsed_time_seconds
                seconds = (datetime.now(tz=started.tzinfo) - started).total_seconds()
            else:
                seconds = self.first_result
            self.stats.set_value("newsclean/extract/first_result_seconds", round(seconds, 2))

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, PageItem):
            return item
        spider = spider or self.crawler.spider
        store = self.store
        try:
            result = await self._extract(item, spider)
        except ExtractionError as e:
            self._note_first_result()
            self.stats.inc_value("newsclean/pages/no_article")
            store.record_page(
                item.key,
                "no_article",
                lastmod=item.lastmod,
                etag=item.etag,
                last_modified=item.last_modified,
                raw_hash=item.raw_hash,
                fetched_at=item.fetched_at,
            )
            raise DropItem(f"no article: {e}") from None
        except Exception as e:
            self.stats.inc_value("newsclean/errors/extraction")
            self.stats.inc_value("newsclean/errors")
            logger.error("extraction failed for %s: %s: %s", item.url, type(e).__name__, e)
            raise DropItem(f"extraction failed: {e}") from None
        if self._template_came_meanwhile(item, result):
            # its site's template was learned while the page was in a worker:
            # extract it again, with the template (only pages then in flight)
            with contextlib.suppress(ExtractionError):
                result = await self._extract(item, spider)
        self._note_first_result()
        if self._stopping:  # the output failed: store nothing more in this run
            raise DropItem(f"not stored (the crawl is stopping): {item.url}")
        canonical = canonicalize_url(result["canonical"] or item.url)
        page = ExtractedPage(
            key=item.key,
            url=item.url,
            canonical_url=canonical,
            article=result["article"],
            text_hash=result["text_hash"],
            signature=result["signature"],
            fetched_at=item.fetched_at,
            lastmod=item.lastmod,
            etag=item.etag,
            last_modified=item.last_modified,
            raw_hash=item.raw_hash,
        )
        try:
            outcome, record = store.accept(page)
            self._observe(item, result["article"])
        except (OSError, sqlite3.Error) as e:
            self._storage_failed(store, e)
            raise DropItem(f"not stored: {e}") from None
        self.stats.inc_value(f"newsclean/articles/{outcome}")
        if record is None:
            self.stats.inc_value("newsclean/skipped")
            raise DropItem(f"{outcome}: {item.url}")
        if record["version"] > 1:
            self.stats.inc_value("newsclean/articles/new_version")
        return {
            "url": record["url"],
            "canonical_url": canonical,
            "version": record["version"],
            "title": record.get("title"),
        }


def article_fields(html: bytes | str, url: str, encoding: str | None = None) -> dict[str, Any]:
    """The Article fields of one page (run in a worker process): every field
    but ``changes`` and ``input``, with ``paragraphs``."""
    from scraper.extraction import extract

    data = extract(html, url=url, charset=encoding).to_dict()
    data.pop("changes", None)
    data.pop("input", None)
    return data


class ArticlePipeline:
    """Article fields for the items of any Scrapy project::

        ITEM_PIPELINES = {"spiders.pipelines.ArticlePipeline": 300}

    An item (a dict, a :class:`scrapy.Item`, any ItemAdapter type) with an
    ``html`` (or ``body``) field and a ``url`` gets ``title``, ``text``,
    ``paragraphs``, ``author``, ``published``, ``language``, ``description``,
    ``image``, ``tags``, ``site_name`` and ``captions``; an item class that
    declares none of them is handed on as a dict. Other items pass untouched;
    a page without article text is dropped (``DropItem``). The extraction runs
    in a process pool (``NEWSCLEAN_EXTRACT_WORKERS``: the cores, at most 4; 0:
    in the crawl process), off the reactor thread, with any Twisted reactor.

    Counters: ``newsclean/articles/extracted``, ``newsclean/pages/no_article``,
    ``newsclean/errors/extraction``.
    """

    HTML_FIELDS = ("html", "body")

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        workers = crawler.settings.get("NEWSCLEAN_EXTRACT_WORKERS")
        self.workers = default_workers() if workers in (None, "") else int(workers)
        self.executor: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        return cls(crawler)

    def _pool(self) -> Executor:
        if self.executor is None:
            if self.workers <= 0:
                self.executor = InlineExecutor()
            else:
                self.executor = ProcessPoolExecutor(
                    self.workers, mp_context=pool_context(), initializer=warm_up
                )
        return self.executor

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        html = next((adapter.get(f) for f in self.HTML_FIELDS if adapter.get(f)), None)
        url = adapter.get("url")
        if not isinstance(html, bytes | str) or not isinstance(url, str):
            return item
        encoding = adapter.get("encoding")
        future = self._pool().submit(
            article_fields, html, url, encoding if isinstance(encoding, str) else None
        )
        return _deferred(future).addCallbacks(
            lambda fields: self._merge(item, adapter, fields),
            lambda failure: self._failed(failure.value, url),
        )

    def _merge(self, item: Any, adapter: Any, fields: dict[str, Any]) -> Any:
        self.stats.inc_value("newsclean/articles/extracted")
        if not adapter.is_item_class(type(item)) or isinstance(item, dict):
            item.update(fields)
            return item
        known = [name for name in fields if name in adapter.field_names()]
        if not known:  # an Item class without article fields: hand on a dict
            return {**adapter.asdict(), **fields}
        for name in known:
            adapter[name] = fields[name]
        return item

    def _failed(self, error: BaseException, url: str) -> Any:
        if isinstance(error, ExtractionError):
            self.stats.inc_value("newsclean/pages/no_article")
            raise DropItem(f"no article: {error}")
        self.stats.inc_value("newsclean/errors/extraction")
        logger.error("extraction failed for %s: %s: %s", url, type(error).__name__, error)
        raise DropItem(f"extraction failed: {error}")


def _deferred(future: Future[Any]) -> Any:
    """A Twisted Deferred fired, on the reactor thread, with ``future``'s outcome
    (with any reactor, unlike ``asyncio.wrap_future``)."""
    from twisted.internet import reactor
    from twisted.internet.defer import Deferred

    deferred: Deferred[Any] = Deferred()

    def fire(done: Future[Any]) -> None:
        error = done.exception()
        if error is not None:
            deferred.errback(error)
        else:
            deferred.callback(done.result())

    def on_done(done: Future[Any]) -> None:
        reactor.callFromThread(fire, done)

    future.add_done_callback(on_done)
    return deferred
