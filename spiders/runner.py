"""Run crawls in this process: one, or one every interval (``--every``).

Scrapy's Twisted reactor can run only once per process, so every scheduled
run happens inside one reactor session with :class:`scrapy.crawler.CrawlerRunner`.
SIGINT/SIGTERM stop the crawl gracefully (Scrapy finishes the requests in
flight and keeps its queue in JOBDIR); a second signal stops at once.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from cleaners.errors import NewscleanError
from spiders.extensions import format_summary
from spiders.profiles import SiteProfile
from spiders.settings import ASYNCIO_REACTOR, build_settings, jobdir_for
from spiders.state import StateLock
from spiders.store import ArticleStore

EXIT_OK, EXIT_ERRORS, EXIT_INTERRUPTED = 0, 1, 130
#: Finish reasons after which the JOBDIR queue is no longer needed.
COMPLETE_REASONS = frozenset({"finished"})


@dataclass
class CrawlJob:
    """One ``newsclean crawl`` invocation."""

    profile: SiteProfile
    out: Path
    state: Path
    overrides: dict[str, Any] = field(default_factory=dict)
    every: float | None = None
    max_runs: int | None = None  # with ``every``: stop after this many runs


@dataclass
class RunResult:
    """What one crawl run ended with."""

    reason: str
    stats: dict[str, Any]

    @property
    def errors(self) -> int:
        return int(self.stats.get("newsclean/errors", 0) or 0)


def error_line(error: BaseException) -> str:
    """One line for a file that cannot be opened or written.

    >>> error_line(PermissionError(13, "Permission denied", "/ro/out.jsonl"))
    '/ro/out.jsonl: Permission denied'
    >>> error_line(ValueError("bad"))
    'bad'
    """
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return str(error)


def clear_jobdir(jobdir: Path) -> None:
    """Remove a finished crawl's JOBDIR so the next run starts a fresh queue."""
    if jobdir.is_dir():
        shutil.rmtree(jobdir, ignore_errors=True)


def open_store(job: CrawlJob, settings: Any) -> ArticleStore:
    """The store of one run: ``NEWSCLEAN_STORE`` names its class (an
    :class:`~spiders.store.ArticleStore` or a subclass sharing its decisions
    elsewhere, e.g. in Redis for several workers)."""
    from scrapy.utils.misc import load_object

    cls = load_object(settings.get("NEWSCLEAN_STORE") or ArticleStore)
    options = {
        "recheck_after": settings.getfloat("NEWSCLEAN_RECHECK_AFTER"),
        "near_duplicate_threshold": settings.getfloat("NEWSCLEAN_NEAR_DUPLICATE_THRESHOLD"),
    }
    # A store that needs more of the settings (a Redis URL) builds itself from them.
    factory = getattr(cls, "from_settings", None)
    store: ArticleStore = (
        factory(settings, job.state, job.out, **options)
        if factory is not None
        else cls(job.state, job.out, **options)
    )
    return store.open()


def run_job(job: CrawlJob, err: TextIO = sys.stderr) -> int:
    """Run ``job`` to the end (or until a signal); returns an exit code.

    Raises :class:`spiders.state.StateError` when another crawl holds the state.
    """
    from scrapy.utils.reactor import install_reactor

    settings = build_settings(job.state, job.profile.settings, job.overrides)
    install_reactor(settings.get("TWISTED_REACTOR") or ASYNCIO_REACTOR)

    from scrapy.crawler import CrawlerRunner
    from scrapy.utils.log import configure_logging
    from twisted.internet import defer, task
    from twisted.internet import reactor as _reactor

    reactor: Any = _reactor  # the installed reactor; its interfaces type it poorly

    from spiders.news import NewsSpider

    lock = StateLock(job.state).acquire()
    configure_logging(settings)
    runner = CrawlerRunner(settings)
    results: list[RunResult] = []
    control: dict[str, Any] = {"stopping": False, "sleep": None, "exit": EXIT_OK}

    def one_run() -> Any:  # a Deferred firing with a RunResult
        store = open_store(job, settings)
        assert store.state is not None
        run_id = store.state.start_run()
        crawler = runner.create_crawler(NewsSpider)

        def finished(_: object) -> RunResult:
            stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
            reason = str(stats.get("finish_reason", "unknown"))
            if store.state is not None:
                store.state.finish_run(run_id, reason, stats)
            store.close()
            if reason in COMPLETE_REASONS:
                clear_jobdir(
                    Path(settings["JOBDIR"]) if settings.get("JOBDIR") else jobdir_for(job.state)
                )
            return RunResult(reason, stats)

        def failed(failure: Any) -> Any:
            store.close()
            return failure

        d = runner.crawl(crawler, profile=job.profile, store=store)
        d.addCallbacks(finished, failed)
        return d

    @defer.inlineCallbacks
    def loop() -> Any:
        try:
            runs = 0
            while not control["stopping"]:
                result = yield one_run()
                runs += 1
                results.append(result)
                err.write(format_summary(result.stats, f"crawl summary (run {runs})") + "\n")
                err.flush()
                if job.every is None or (job.max_runs is not None and runs >= job.max_runs):
                    break
                if control["stopping"]:
                    break
                control["sleep"] = task.deferLater(reactor, job.every, lambda: None)
                try:
                    yield control["sleep"]
                except defer.CancelledError:
                    break
        except (NewscleanError, OSError, sqlite3.Error) as e:  # state or output unusable
            control["exit"] = EXIT_ERRORS
            err.write(f"newsclean crawl: {error_line(e)}\n")
        except Exception as e:  # a bug: keep the traceback, stop the reactor
            control["exit"] = EXIT_ERRORS
            import traceback

            traceback.print_exception(e, file=err)
        finally:
            if reactor.running:
                reactor.stop()

    def on_signal(signum: int, frame: Any) -> None:
        if control["stopping"]:
            reactor.callFromThread(reactor.stop)
            return
        control["stopping"] = True
        err.write(
            f"\nnewsclean: signal {signum}, stopping after the requests in flight"
            " (again to stop at once)\n"
        )

        def stop() -> None:
            runner.stop()
            sleeping = control["sleep"]
            if sleeping is not None and not sleeping.called:
                sleeping.cancel()

        reactor.callFromThread(stop)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        reactor.callWhenRunning(loop)
        reactor.run(installSignalHandlers=False)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        lock.release()
    if control["exit"] != EXIT_OK:
        return int(control["exit"])
    if control["stopping"]:
        return EXIT_INTERRUPTED
    if results and (results[-1].errors or results[-1].reason not in COMPLETE_REASONS):
        return EXIT_ERRORS
    return EXIT_OK
