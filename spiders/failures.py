"""Why a request failed, as the short names the state and the counters use."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed

#: Failure reasons by exception class, first match wins (``http_<status>``
#: for HTTP errors; the class name for anything else).
FAILURE_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    (
        (DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError),
        "timeout",
    ),
    ((ResponseDataLossError,), "truncated"),
    ((DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError), "connection_refused"),
    ((CannotResolveHostError, twisted_errors.DNSLookupError), "dns"),
    (
        (
            DownloadFailedError,
            ResponseFailed,
            twisted_errors.ConnectionLost,
            twisted_errors.ConnectionDone,
            twisted_errors.ConnectError,
        ),
        "connection_lost",
    ),
)
#: Marks of Scrapy's size-limit messages (DOWNLOAD_MAXSIZE, on download or
#: while decompressing) and of its redirect limit (REDIRECT_MAX_TIMES).
TOO_LARGE_MARKS = ("max size", "DOWNLOAD_MAXSIZE")
REDIRECT_LIMIT_MARK = "max redirections"
#: Mark of spiders.middlewares.AllowedRedirectMiddleware's refusals.
OFFSITE_REDIRECT_MARK = "offsite redirect"
#: Mark of spiders.middlewares.OncePerRunMiddleware's refusals.
REQUESTED_MARK = "already requested in this run"
#: Mark of spiders.middlewares.AllowedRedirectMiddleware's refusals.
OFFSITE_REDIRECT_MARK = "offsite redirect"
#: Mark of spiders.middlewares.OncePerRunMiddleware's refusals.
REQUESTED_MARK = "already requested in this run"


def failure_reason(failure: Failure) -> str | None:
    """Why a request failed, as a short name for the state and the counters;
    None when it was only ignored (robots.txt, outside the allowed domains).

    >>> from scrapy.exceptions import DownloadTimeoutError
    >>> failure_reason(Failure(DownloadTimeoutError("took too long")))
    'timeout'
    >>> failure_reason(Failure(IgnoreRequest("max redirections reached")))
    'redirect_loop'
    >>> failure_reason(Failure(IgnoreRequest("Forbidden by robots.txt"))) is None
    True
    """
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    message = str(failure.value)
    if failure.check(IgnoreRequest):
        if any(mark in message for mark in TOO_LARGE_MARKS):
            return "too_large"
        if REDIRECT_LIMIT_MARK in message:
            return "redirect_loop"
        return None
    if failure.check(DownloadCancelledError):
        return "too_large" if any(mark in message for mark in TOO_LARGE_MARKS) else "cancelled"
    for classes, reason in FAILURE_REASONS:
        if failure.check(*classes):
            return reason
    return type(failure.value).__name__


def refused_redirect(failure: Failure) -> bool:
    """True for a redirect the crawl does not follow: out of the allowed
    domains, or to a scheme that is not HTTP (``file:``, ``data:``), which
    Scrapy hands back as the 3xx response itself.

    >>> refused_redirect(Failure(IgnoreRequest("offsite redirect to https://x.org/")))
    True
    """
    if failure.check(HttpError):  # a subclass of IgnoreRequest: first
        response = failure.value.response
        return 300 <= response.status < 400 and b"Location" in response.headers
    if failure.check(IgnoreRequest):
        return OFFSITE_REDIRECT_MARK in str(failure.value)
    return False
