"""The extraction workers' process pool, seen from the crawl process: how the
workers start (a fork server that loads the extraction stack once), how many,
and an in-thread stand-in for debugging."""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from concurrent.futures import Executor, Future
from typing import Any


class InlineExecutor(Executor):
    """Runs each call at once in the calling thread (``NEWSCLEAN_EXTRACT_WORKERS = 0``:
    for debugging and for measuring the pool's effect)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:  # handed to the awaiting coroutine
            future.set_exception(e)
        return future


#: Module the fork server imports before forking workers (it loads the stack).
PRELOAD_MODULE = "spiders.preload"


def pool_context() -> multiprocessing.context.BaseContext:
    """How extraction workers start. Not by forking the crawl process (it runs
    an event loop and threads): by a fork server that loads the extraction
    stack once and forks ready workers from it, or by spawning where there is
    no fork server."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD_MODULE])
        # Started here, from the calling (event loop) thread, which lives as
        # long as the crawl: the fork server dies with the thread that started
        # it (spiders.preload asks for that), and so do its workers.
        multiprocessing.forkserver.ensure_running()
        return context
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    """Extraction processes by default: the cores, at most 4."""
    return max(1, min(4, os.cpu_count() or 1))
