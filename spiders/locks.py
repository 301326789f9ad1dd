"""One writer per file: an exclusive ``flock`` on ``FILE.lock`` that names its holder.

The crawl holds one on its state file, one on its output and one on any
archive it writes, so that two crawls never append the same articles to one
file, whatever state files they use. The system drops a ``flock`` when the
process ends, however it ends, so a killed crawl never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from cleaners.errors import NewscleanError


class LockError(NewscleanError):
    """Another process writes this file (the message names its pid)."""


class FileLock:
    """An exclusive lock on ``path``, held through ``path.lock``.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> with FileLock(target):
    ...     try:
    ...         FileLock(target).acquire()
    ...     except LockError as e:
    ...         print("in use by another crawl" in str(e))
    True
    """

    #: The exception raised when the lock is held or cannot be made.
    error: type[NewscleanError] = LockError

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        self.path = Path(f"{target}.lock")
        self._fd = -1

    def acquire(self) -> FileLock:
        """Take the lock, or raise :attr:`error` naming the holder's pid."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            where = e.filename or self.path
            raise self.error(f"cannot write {self.target}: {e.strerror} ({where})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise self.error(f"{self.target} is in use by another crawl (pid {holder})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> FileLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
