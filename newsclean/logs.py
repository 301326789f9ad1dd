"""Quiet crawl logs for an unreachable site: Scrapy logs a connection failure
up to three times (the retry middleware giving up, the robots.txt middleware
with a full traceback), while the crawl's own discovery warning already says
it once per URL (``discovery URL failed: connection_refused``) and the summary
counts it. These filters drop Scrapy's lines for network failures only; any
other error keeps its line and its traceback."""

from __future__ import annotations

import logging
import re

#: Scrapy loggers whose network-failure lines repeat the crawl's own warning.
REPEATING_LOGGERS = (
    "scrapy.downloadermiddlewares.retry",
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.core.scraper",
)
#: How Twisted and Scrapy word the failures of a site that cannot be reached.
NETWORK_FAILURE = re.compile(
    r"Connection was refused|Connection refused|DNS lookup failed|No route to host"
    r"|TCP connection timed out|User timeout caused connection failure|Could not connect"
    r"|Network is unreachable|ConnectionRefused|DNSLookupError|TimeoutError",
    re.IGNORECASE,
)


class NetworkFailureFilter(logging.Filter):
    """Drops a record that reports a network failure (the site is unreachable).

    >>> f = NetworkFailureFilter()
    >>> f.filter(logging.makeLogRecord({"msg": "Gave up retrying <GET x>: Connection was refused"}))
    False
    >>> f.filter(logging.makeLogRecord({"msg": "Spider error processing <GET x>"}))
    True
    """

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            text += f" {type(error).__name__} {error}"
        return NETWORK_FAILURE.search(text) is None


def quiet_network_failures() -> None:
    """Install :class:`NetworkFailureFilter` on Scrapy's repeating loggers (once)."""
    for name in REPEATING_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, NetworkFailureFilter) for f in logger.filters):
            logger.addFilter(NetworkFailureFilter())
