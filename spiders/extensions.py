"""Crawl progress: a live status line on stderr, and the counters table."""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from spiders.settings import DEFAULTS

#: Status line fields: label -> counters summed for it.
STATUS_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pages", ("downloader/response_count",)),
    ("stored", ("newsclean/articles/stored",)),
    ("skipped", ("newsclean/skipped",)),
    ("errors", ("newsclean/errors", "log_count/ERROR")),
)
#: Counters shown first in the summary, in this order; the other counters
#: from these families follow alphabetically.
SUMMARY_FIRST = (
    "newsclean/discovered",
    "newsclean/articles/stored",
    "newsclean/articles/new_version",
    "newsclean/articles/unchanged",
    "newsclean/articles/duplicate",
    "newsclean/skipped",
    "newsclean/errors",
    "downloader/request_count",
    "downloader/response_count",
)
SUMMARY_PREFIXES = (
    "newsclean/",
    "downloader/request_count",
    "downloader/response_count",
    "downloader/response_status_count/",
    "downloader/exception_type_count/",
    "retry/",
    "robotstxt/",
    "item_dropped_count",
    "item_scraped_count",
    "response_received_count",
    "elapsed_time_seconds",
    "finish_reason",
    "log_count/ERROR",
    "httperror/",
)


def status_values(stats: Mapping[str, Any]) -> dict[str, int]:
    """The status line's numbers from a stats dict.

    >>> status_values({"downloader/response_count": 5, "log_count/ERROR": 1})
    {'pages': 5, 'stored': 0, 'skipped': 0, 'errors': 1}
    """
    return {label: sum(int(stats.get(k, 0) or 0) for k in keys) for label, keys in STATUS_FIELDS}


def format_status(stats: Mapping[str, Any], elapsed: float) -> str:
    """One status line.

    >>> format_status({"downloader/response_count": 10}, 2.0)
    'pages 10 (5.0/s) | stored 0 | skipped 0 | errors 0'
    """
    values = status_values(stats)
    rate = values["pages"] / elapsed if elapsed > 0 else 0.0
    rest = " | ".join(f"{k} {v}" for k, v in values.items() if k != "pages")
    return f"pages {values['pages']} ({rate:.1f}/s) | {rest}"


def summary_rows(stats: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The counters worth showing at the end, ordered, as strings.

    >>> summary_rows({"newsclean/articles/stored": 3, "scheduler/enqueued": 9, "retry/count": 1})
    [('newsclean/articles/stored', '3'), ('retry/count', '1')]
    """
    chosen = [k for k in SUMMARY_FIRST if k in stats]
    chosen += sorted(k for k in stats if k not in chosen and k.startswith(SUMMARY_PREFIXES))
    rows = []
    for key in chosen:
        value = stats[key]
        rows.append((key, f"{value:.2f}" if isinstance(value, float) else str(value)))
    return rows


def format_summary(stats: Mapping[str, Any], title: str = "crawl summary") -> str:
    """The counters as a two-column table.

    >>> print(format_summary({"newsclean/articles/stored": 3}))
    crawl summary
    counter                    value
    -------------------------  -----
    newsclean/articles/stored      3
    """
    rows = summary_rows(stats)
    width = max([len("counter"), *(len(k) for k, _ in rows)])
    vwidth = max([len("value"), *(len(v) for _, v in rows)])
    lines = [title, f"{'counter':<{width}}  {'value':>{vwidth}}", f"{'-' * width}  {'-' * vwidth}"]
    lines += [f"{k:<{width}}  {v:>{vwidth}}" for k, v in rows]
    return "\n".join(lines)


class StatusLine:
    """Redraws one line on stderr every ``NEWSCLEAN_STATUS_INTERVAL`` seconds.

    ``NEWSCLEAN_STATUS``: ``auto`` (when stderr is a terminal), ``always`` or ``never``.
    """

    def __init__(self, crawler: Crawler, stream: TextIO, interval: float) -> None:
        self.crawler = crawler
        self.stream = stream
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatusLine:
        mode = str(crawler.settings.get("NEWSCLEAN_STATUS", DEFAULTS["NEWSCLEAN_STATUS"])).lower()
        stream = sys.stderr
        if mode == "never" or (mode == "auto" and not stream.isatty()):
            raise NotConfigured
        ext = cls(
            crawler,
            stream,
            crawler.settings.getfloat(
                "NEWSCLEAN_STATUS_INTERVAL", DEFAULTS["NEWSCLEAN_STATUS_INTERVAL"]
            ),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.draw)
        self.loop.start(self.interval, now=True)

    def draw(self) -> None:
        assert self.crawler.stats is not None
        line = format_status(self.crawler.stats.get_stats(), time.monotonic() - self.started)
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.draw()
        self.stream.write("\n")
        self.stream.flush()
