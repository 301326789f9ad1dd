"""What ``newsclean clean`` passes between its steps: the chain to build, the
options, one job per document and one result per job. Picklable, so jobs and
results cross to worker processes and back."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaners.article import Article
from cleaners.chain import Chain
from newsclean.inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from newsclean.sites import Templates


@dataclass(frozen=True)
class ChainSpec:
    """A picklable description of a chain, rebuilt once in each worker."""

    only: tuple[str, ...] | None = None
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()

    def build(self) -> Chain:
        """The chain this spec describes."""
        return Chain.default(only=self.only, enable=self.enable, disable=self.disable)


@dataclass(frozen=True)
class OwnFiles:
    """The files a run writes (its output, its errors file, the file stdout is
    redirected to), which a walk of an input directory skips: ``newsclean clean
    pages/ -o pages/clean.jsonl`` must not read its own output as input.

    Files are matched by identity (device and inode), so that a redirected
    stdout, which has no name, and another path to the same file count, and by
    absolute path, for a file the run has not created yet (the errors file
    appears with the first failure).

    >>> own = OwnFiles.of(["out/missing.errors.jsonl"])
    >>> own.holds(Path("out/missing.errors.jsonl")), own.holds(Path("out/other.jsonl"))
    (True, False)
    """

    ids: frozenset[tuple[int, int]] = frozenset()
    paths: frozenset[str] = frozenset()

    @classmethod
    def of(cls, paths: Sequence[str | None], fds: Sequence[int] = ()) -> OwnFiles:
        """The files named by ``paths`` (None and "-" skipped) and those open
        as ``fds`` when they are regular files."""
        ids: set[tuple[int, int]] = set()
        names: set[str] = set()
        for path in paths:
            if path in (None, "-"):
                continue
            names.add(os.path.abspath(path))
            try:
                st = os.stat(path)
            except OSError:
                continue  # not created yet: the path alone tells it
            ids.add((st.st_dev, st.st_ino))
        for fd in fds:
            try:
                st = os.fstat(fd)
            except (OSError, ValueError):
                continue
            if stat.S_ISREG(st.st_mode):
                ids.add((st.st_dev, st.st_ino))
        return cls(frozenset(ids), frozenset(names))

    def holds(self, path: Path) -> bool:
        """Whether ``path`` is one of the run's own files."""
        if str(path.absolute()) in self.paths:
            return True
        if not self.ids:
            return False
        try:
            st = path.stat()
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.ids


@dataclass(frozen=True)
class Options:
    """How every job of a run is read and cleaned."""

    chain: ChainSpec = field(default_factory=ChainSpec)
    url: str | None = None  # URL hint for file and stdin inputs
    max_bytes: int = DEFAULT_MAX_BYTES
    templates: Templates | None = None  # --learn-sites: each site's (newsclean.sites)
    own_files: OwnFiles = field(default_factory=OwnFiles)  # skipped in a directory


#: Job kinds whose ``span`` names a part of ``source`` read where the job runs.
JSONL, WARC = "jsonl", "warc"


@dataclass(frozen=True)
class Job:
    """One document: a path or URL to read, or data already in hand.

    ``origin`` is what the output's ``input`` field will say about it (file,
    line or offset, WARC record id and target URI).
    """

    name: str
    source: str | None = None  # file path or URL, read where the job runs
    data: bytes | None = None  # stdin, read up front
    html: str | None = None  # a JSONL record's html field
    text: str | None = None  # a JSONL record's text field
    url: str | None = None
    span: tuple[int, int] | None = None  # offset and length of a JSONL line or WARC record
    record: bytes | None = None  # a JSONL line read from a pipe or stdin
    kind: str = ""  # JSONL or WARC for a span of ``source``; "" for a whole document
    charset: str | None = None  # the HTTP charset of a WARC response
    origin: dict[str, Any] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)  # a text record's title, author...


@dataclass
class Result:
    """A job's article, or the one-line error that stopped it."""

    name: str
    article: Article | None = None
    error: str | None = None
    origin: dict[str, Any] = field(default_factory=dict)
