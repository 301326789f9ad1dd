"""Progress of ``newsclean clean`` on stderr: a bar with total and ETA on a
terminal; a log line every ``interval`` seconds elsewhere (cron, ETL logs),
where a redrawn bar would only fill the log with carriage returns."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from newsclean.inputs import compression_of, is_url
from newsclean.jobs import OwnFiles, Result
from newsclean.readers import files_under
from newsclean.warc import is_warc

#: Seconds between two log lines when stderr is not a terminal.
DEFAULT_LOG_INTERVAL = 30.0
#: Bytes read at a time when counting a JSONL file's lines.
COUNT_BLOCK_BYTES = 1 << 20


def count_documents(specs: Sequence[str], own: OwnFiles | None = None) -> int | None:
    """How many documents ``specs`` hold, when that is cheap to know: a URL or a
    page is one, a directory its files but the run's ``own``, an uncompressed JSONL file its lines;
    None when any input is a stream, a WARC or a compressed file.

    >>> count_documents(["https://e.org/a", "https://e.org/b"]), count_documents(["-"])
    (2, None)
    """
    total = 0
    for spec in specs:
        if is_url(spec):
            total += 1
            continue
        if not (os.path.isdir(spec) or os.path.isfile(spec)):
            return None  # stdin, a pipe (read once), or missing
        paths = [str(p) for p in files_under(Path(spec), own)] if os.path.isdir(spec) else [spec]
        for path in paths:
            count = _documents_in(path)
            if count is None:
                return None
            total += count
    return total


def _documents_in(path: str) -> int | None:
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if compression_of(head) or is_warc(path, head):
                return None  # counting them means decompressing or parsing them
            if not head.lstrip().startswith(b"{"):
                return 1
            f.seek(0)
            count, last = 0, b"\n"
            while block := f.read(COUNT_BLOCK_BYTES):
                count += block.count(b"\n")
                last = block[-1:]
            return count + (last != b"\n")
    except OSError:
        return 1  # one failed document


def progress(
    results: Iterator[Result],
    total: int | None = None,
    enabled: bool | None = None,
    interval: float = DEFAULT_LOG_INTERVAL,
    err: TextIO | None = None,
) -> Iterator[Result]:
    """``results``, reporting progress on stderr as they pass: a bar on a
    terminal, a log line every ``interval`` seconds otherwise. ``enabled=False``
    reports nothing."""
    err = err or sys.stderr
    if enabled is False:
        return results
    if enabled or err.isatty():
        from tqdm import tqdm

        return iter(tqdm(results, total=total, unit="doc", file=err, dynamic_ncols=True))
    return _log_lines(results, total, interval, err)


def _log_lines(
    results: Iterator[Result], total: int | None, interval: float, err: TextIO
) -> Iterator[Result]:
    started = last = time.monotonic()
    failed = 0
    for done, result in enumerate(results, 1):
        failed += int(result.error is not None)
        yield result
        now = time.monotonic()
        if now - last >= interval:
            last = now
            err.write(status_line(done, failed, total, now - started) + "\n")
            err.flush()


def status_line(done: int, failed: int, total: int | None, seconds: float) -> str:
    """One progress line.

    >>> status_line(250, 3, 1000, 10.0)
    'newsclean: 250 of 1,000 documents (25%), 3 failed, 25.0 doc/s, ETA 0:00:30'
    >>> status_line(250, 0, None, 10.0)
    'newsclean: 250 documents, 0 failed, 25.0 doc/s'
    """
    rate = done / seconds if seconds > 0 else 0.0
    if total:
        left = max(0, total - done)
        eta = str(timedelta(seconds=round(left / rate))) if rate > 0 else "?"
        head = f"{done:,} of {total:,} documents ({100 * done // total}%)"
        return f"newsclean: {head}, {failed:,} failed, {rate:.1f} doc/s, ETA {eta}"
    return f"newsclean: {done:,} documents, {failed:,} failed, {rate:.1f} doc/s"
