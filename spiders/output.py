"""The article output: one JSON object per line, appended so that a crash
never leaves half a record.

Each record is written with one ``write`` of the whole line on a file opened
for appending, then flushed to disk (``fsync``) before the crawl state says
it was stored. A crash can still cut the last line short (the disk filled,
the machine lost power mid-write); :func:`repair_torn_tail` drops such a
line before the next run appends.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cleaners.errors import NewscleanError

NEWLINE = b"\n"
logger = logging.getLogger(__name__)


class OutputError(NewscleanError):
    """The output file cannot be created or opened for appending."""


def describe(error: OSError, path: Path) -> str:
    """An OSError's reason, naming the file when it is another one than ``path``.

    >>> describe(FileExistsError(17, "File exists", "/data/file"), Path("/data/file/a.jsonl"))
    'File exists (/data/file)'
    """
    reason = error.strerror or str(error)
    if error.filename and str(error.filename) != str(path):
        return f"{reason} ({error.filename})"
    return reason


_TAIL_CHUNK = 1 << 16


def repair_torn_tail(path: str | os.PathLike[str]) -> int:
    """Cut a last line that has no newline; returns the number of bytes removed.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_bytes(b'{"a": 1}\\n{"a": ')
    >>> repair_torn_tail(p), p.read_bytes()
    (6, b'{"a": 1}\\n')
    """
    p = Path(path)
    if not p.exists():
        return 0
    with open(p, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - _TAIL_CHUNK)
            f.seek(start)
            chunk = f.read(end - start)
            if end == size and chunk.endswith(NEWLINE):
                return 0
            cut = chunk.rfind(NEWLINE)
            if cut >= 0:
                keep = start + cut + 1
                break
            end = start
        else:
            keep = 0
        f.truncate(keep)
        f.flush()
        os.fsync(f.fileno())
        return size - keep


def read_records(
    path: str | os.PathLike[str], offset: int = 0, unreadable: list[int] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(end_offset, record)`` for each whole line from byte ``offset`` on.

    A line that is not a JSON object (written by hand, or by another program)
    is skipped; its offset is added to ``unreadable`` when given.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_bytes(b'{"a": 1}\\nnot json\\n{"a": 2}\\n')
    >>> bad = []
    >>> list(read_records(p, 9, bad)), bad
    ([(27, {'a': 2})], [9])
    """
    p = Path(path)
    if not p.exists():
        return
    with open(p, "rb") as f:
        f.seek(offset)
        position = offset
        for line in f:
            if not line.endswith(NEWLINE):
                return
            start, position = position, position + len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                yield position, record
            elif unreadable is not None:
                unreadable.append(start)


class JsonlWriter:
    """Appends one record per line, each durable before :meth:`append` returns.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> with JsonlWriter(p) as w:
    ...     w.append({"title": "Ké"}) == p.stat().st_size
    True
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            if self.path.parent:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.repaired = repair_torn_tail(self.path)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as e:
            raise OutputError(f"cannot write {self.path}: {describe(e, self.path)}") from None

    def append(self, record: dict[str, Any]) -> int:
        """Write ``record`` as one line, fsync it; returns the file's new size."""
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        view = memoryview(data)
        before = os.fstat(self._fd).st_size
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            os.fsync(self._fd)
        except OSError:
            self._undo(before)
            raise
        return os.fstat(self._fd).st_size

    def _undo(self, size: int) -> None:
        """Cut a record that could not be written whole (disk full, file size
        limit) back off, so the file never ends in half a line."""
        with contextlib.suppress(OSError):  # else the next open repairs the torn tail
            os.ftruncate(self._fd, size)

    @property
    def size(self) -> int:
        """The file's current size in bytes."""
        return os.fstat(self._fd).st_size

    def close(self) -> None:
        """Close the file (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
