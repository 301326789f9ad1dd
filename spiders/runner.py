"""Run crawls in this process: one, or one every interval (``--every``).

Scrapy's Twisted reactor can run only once per process, so every scheduled
run happens inside one reactor session with :class:`scrapy.crawler.CrawlerRunner`.
SIGINT/SIGTERM stop the crawl gracefully (Scrapy finishes the requests in
flight and keeps its queue in JOBDIR) within ``NEWSCLEAN_STOP_TIMEOUT``
seconds; past that, or on a second signal, it stops at once. Either way the
summary is printed and the run is recorded in the state.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from cleaners.errors import NewscleanError
from spiders.extensions import format_summary
from spiders.locks import FileLock
from spiders.output import OutputError
from spiders.profiles import SiteProfile
from spiders.settings import ASYNCIO_REACTOR, STOP_TIMEOUT, build_settings
from spiders.state import StateLock
from spiders.store import ArticleStore

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS, EXIT_INTERRUPTED = 0, 1, 130
#: Finish reasons after which the JOBDIR queue is no longer needed.
COMPLETE_REASONS = frozenset({"finished"})
#: Finish reason of a run stopped at once (second signal, or the stop timeout).
FORCED_REASON = "shutdown_forced"


class OutputLock(FileLock):
    """The lock on an output file (``OUT.lock``) or a WARC archive folder
    (``DIR.lock`` beside it): one crawl appends to it at a time."""

    error = OutputError


def aside_name(path: Path, now: datetime | None = None) -> Path:
    """Where a broken file or folder is set aside: beside it, with a timestamp.

    >>> aside_name(Path("/d/s.job"), datetime(2024, 5, 1, 12, 0, tzinfo=UTC)).as_posix()
    '/d/s.job.broken-20240501T120000Z'
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.broken-{stamp}")


def jobdir_problem(jobdir: Path) -> str | None:
    """Why Scrapy could not resume from ``jobdir`` (an empty or cut JSON file,
    left by a full disk or a kill mid-write), or None when it looks whole."""
    if not jobdir.is_dir():
        return None
    queue = jobdir / "requests.queue"
    if queue.is_dir() and not (queue / "active.json").exists():
        # Written when the queue closes: without it the crawl was killed and
        # the queue files hold requests its counts do not know of.
        return "requests.queue was not closed (the crawl was killed)"
    for path in sorted(jobdir.rglob("*.json")):
        try:
            json.loads(path.read_bytes())
        except (OSError, ValueError):
            return f"{path.relative_to(jobdir)} is empty or cut short"
    return None


def heal_jobdir(jobdir: Path) -> Path | None:
    """Set a JOBDIR that cannot be resumed aside (renamed with a timestamp, one
    warning); the run then starts from the state and the output, which the
    sitemaps and feeds lead back to every pending page. Returns the new name."""
    problem = jobdir_problem(jobdir)
    if problem is None:
        return None
    aside = aside_name(jobdir)
    jobdir.rename(aside)
    logger.warning("crawl queue %s set aside as %s: %s", jobdir, aside.name, problem)
    return aside


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

    locks = contextlib.ExitStack()
    locks.enter_context(StateLock(job.state))
    try:
        locks.enter_context(OutputLock(job.out))
        if settings.get("NEWSCLEAN_WARC_DIR"):  # one writer per archive too
            locks.enter_context(OutputLock(Path(settings["NEWSCLEAN_WARC_DIR"])))
    except BaseException:
        locks.close()
        raise
    configure_logging(settings)
    jobdir = Path(settings["JOBDIR"]) if settings.get("JOBDIR") else None
    runner = CrawlerRunner(settings)
    results: list[RunResult] = []
    control: dict[str, Any] = {"stopping": False, "sleep": None, "exit": EXIT_OK, "run": None}
    stop_timeout = settings.getfloat("NEWSCLEAN_STOP_TIMEOUT", STOP_TIMEOUT)

    def one_run() -> Any:  # a Deferred firing with a RunResult
        if jobdir is not None:
            heal_jobdir(jobdir)
        store = open_store(job, settings)
        assert store.state is not None
        run_id = store.state.start_run()
        crawler = runner.create_crawler(NewsSpider)

        def end(reason: str | None) -> RunResult:
            """Record the run in the state and close the store (once)."""
            control["run"] = None
            stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
            if reason is not None:
                stats["finish_reason"] = reason
            reason = str(stats.get("finish_reason", "unknown"))
            try:
                if store.state is not None:
                    store.state.finish_run(run_id, reason, stats)
            finally:
                store.close()
            return RunResult(reason, stats)

        def finished(_: object) -> RunResult:
            result = end(None)
            if result.reason in COMPLETE_REASONS and jobdir is not None:
                clear_jobdir(jobdir)
            return result

        def failed(failure: Any) -> Any:
            control["run"] = None
            store.close()
            return failure

        control["run"] = (crawler, end)

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

    def stop_now() -> None:
        """Stop the reactor at once; the run in progress is summarised after it."""
        if reactor.running:
            reactor.stop()

    def on_signal(signum: int, frame: Any) -> None:
        if control["stopping"]:
            reactor.callFromThread(stop_now)
            return
        control["stopping"] = True
        err.write(
            f"\nnewsclean: signal {signum}, stopping after the requests in flight"
            f" (at most {stop_timeout:g}s; again to stop at once)\n"
        )
        err.flush()

        def stop() -> None:
            run = control["run"]
            if run is not None:
                # Discovery reads no further: a long sitemap parse ends here.
                spider = getattr(run[0], "spider", None)
                if spider is not None:
                    spider.stop_requested = True
            reactor.callLater(stop_timeout, stop_now)
            runner.stop()
            sleeping = control["sleep"]
            if sleeping is not None and not sleeping.called:
                sleeping.cancel()

        reactor.callFromThread(stop)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        reactor.callWhenRunning(loop)
        reactor.run(installSignalHandlers=False)
        if control["run"] is not None:  # stopped at once: summarise what was done
            if jobdir is not None:  # its queue files were not closed: not resumable
                clear_jobdir(jobdir)
            try:
                result = control["run"][1](FORCED_REASON)
            except (OSError, sqlite3.Error) as e:  # the state's disk is full
                err.write(f"newsclean crawl: {error_line(e)}\n")
                control["exit"] = EXIT_ERRORS
            else:
                err.write(format_summary(result.stats, "crawl summary (stopped at once)") + "\n")
            err.flush()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        locks.close()
    if control["exit"] != EXIT_OK:
        return int(control["exit"])
    if control["stopping"]:
        return EXIT_INTERRUPTED
    if results and (results[-1].errors or results[-1].reason not in COMPLETE_REASONS):
        return EXIT_ERRORS
    return EXIT_OK
