"""Cleaning many documents: expanding inputs (files, directories, JSONL files
of ``html``/``text`` records, stdin, URLs) into jobs, and running them on one or
several processes with results in input order.

A failing document becomes a :class:`Result` with an ``error`` line; it never
stops the batch.

A JSONL file is only scanned for line boundaries where the inputs are
expanded: each job names a byte range of the file, and the process that runs
the job reads and parses its record. With ``-j N`` the main process then does
little besides writing results, so it takes almost no CPU from the workers, and
no page is copied between processes. A pipe or stdin cannot be read twice: its
lines are read once and handed over as bytes.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cleaners import clean
from cleaners.article import Article
from cleaners.chain import Chain
from cleaners.errors import InputError, NewscleanError
from newsclean.inputs import (
    DEFAULT_MAX_BYTES,
    RawInput,
    check_not_binary,
    decode_text,
    is_url,
    looks_like_html,
    named,
    read_input,
)

#: Record fields of a JSONL input, in the order they are looked for.
JSONL_BODY_FIELDS = ("html", "text")
#: Jobs sent to a worker process at once. A job costs the main process well
#: under a millisecond and a page takes a worker tens of milliseconds (a page in
#: a language not seen yet up to a second), so small chunks cost little and keep
#: the workers evenly loaded to the end: with 8, one worker was often left with
#: the last chunk while the other sat idle (1.7 s of 8 on 91 pages).
CHUNK_SIZE = 2
#: Chunks kept in flight per worker: enough for the other workers to go on
#: while the oldest chunk (whose results must come out first) holds a slow
#: page, few enough to bound memory (32 jobs and their results per worker).
CHUNKS_IN_FLIGHT_PER_WORKER = 16
#: Blank lines allowed before the first record of a JSONL file.
MAX_LEADING_BLANK_LINES = 100
#: Bytes read at a time when scanning a JSONL file for line boundaries.
SCAN_BLOCK_BYTES = 1 << 20
#: Anything but JSON whitespace: a line with none of it is blank.
NOT_BLANK = re.compile(rb"[^ \t\r\n]")
#: Cleaned in the parent before forking the workers: the lazily loaded parts
#: (trafilatura, word lists, language data) then load once and every forked
#: worker shares them, instead of each worker spending seconds loading its own.
WARM_UP_PAGE = """<html><head><title>Council approves the new bridge</title></head>
<body><article><h1>Council approves the new bridge</h1>
<p>The city council approved the plans for a new bridge over the river on Tuesday,
after a debate that lasted most of the afternoon and ended with a clear majority.</p>
<p>Work is expected to begin in the spring and to last about two years, officials said,
while the old crossing stays open to traffic until the new one is finished.</p>
</article></body></html>"""


@dataclass(frozen=True)
class ChainSpec:
    """A picklable description of a chain, rebuilt once in each worker."""

    only: tuple[str, ...] | None = None
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()

    def build(self) -> Chain:
        return Chain.default(only=self.only, enable=self.enable, disable=self.disable)


@dataclass(frozen=True)
class Options:
    chain: ChainSpec = field(default_factory=ChainSpec)
    url: str | None = None  # URL hint for file and stdin inputs
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Job:
    """One document: a path or URL to read, or data already in hand."""

    name: str
    source: str | None = None  # file path or URL, read where the job runs
    data: bytes | None = None  # stdin, read up front
    html: str | None = None  # a JSONL record's html field
    text: str | None = None  # a JSONL record's text field
    url: str | None = None
    span: tuple[int, int] | None = None  # offset and length of a JSONL line in ``source``
    record: bytes | None = None  # a JSONL line read from a pipe or stdin


@dataclass
class Result:
    name: str
    article: Article | None = None
    error: str | None = None


def expand(specs: Sequence[str], options: Options) -> Iterator[Job | Result]:
    """Turn command-line inputs into jobs, lazily (a JSONL file may hold millions).

    A directory gives its files (recursively, sorted, hidden ones skipped); a file
    whose first line is a JSON object with an ``html`` or ``text`` field gives one
    job per line; anything unreadable gives a failed :class:`Result`.
    """
    for spec in specs:
        if spec == "-":
            yield from _stream_jobs(spec, "<stdin>", sys.stdin.buffer, options.max_bytes)
        elif is_url(spec):
            yield Job(spec, source=spec)
        elif os.path.isdir(spec):
            for path in _files_under(Path(spec)):
                yield Job(str(path), source=str(path))
        elif _is_pipe(spec):
            yield from _pipe_jobs(spec, options.max_bytes)
        elif _file_is_jsonl(spec, options.max_bytes):
            yield from _jsonl_file_jobs(spec)
        else:
            yield Job(spec, source=spec)


def _files_under(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def _is_pipe(spec: str) -> bool:
    """A named pipe or character device (``<(zcat x.jsonl.gz)``, ``/dev/stdin``):
    readable once, so it cannot be looked at first and read again."""
    try:
        mode = os.stat(spec).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _file_is_jsonl(spec: str, limit: int) -> bool:
    # The whole first record is needed: one record of a real page is often
    # hundreds of kilobytes, so a fixed-size head would cut it and miss the file.
    try:
        with open(spec, "rb") as f:
            for _ in range(MAX_LEADING_BLANK_LINES + 1):
                line = f.readline(limit)
                if line.strip():
                    return _is_jsonl(line)
                if not line:
                    break
            return False
    except OSError:
        return False  # reading it again as a plain input gives the clear error


def _is_jsonl(data: bytes) -> bool:
    first = data.lstrip().split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and any(k in record for k in JSONL_BODY_FIELDS)


def line_spans(f: BinaryIO, block: int = SCAN_BLOCK_BYTES) -> Iterator[tuple[int, int, bool]]:
    """``(offset, length, blank)`` of each ``\\n``-ended line of a binary file,
    reading it in blocks: a line is never held in memory, however long.

    >>> import io
    >>> list(line_spans(io.BytesIO(b'{"a": 1}\\n  \\n{"b": 2}'), block=4))
    [(0, 9, False), (9, 3, True), (12, 8, False)]
    """
    start = position = 0  # where the current line and the current block begin
    blank = True
    while data := f.read(block):
        i = 0
        while (end := data.find(b"\n", i)) >= 0:
            blank = blank and NOT_BLANK.search(data, i, end) is None
            yield start, position + end + 1 - start, blank
            start, blank, i = position + end + 1, True, end + 1
        blank = blank and NOT_BLANK.search(data, i) is None
        position += len(data)
    if position > start:
        yield start, position - start, blank


def _jsonl_file_jobs(spec: str) -> Iterator[Job]:
    with open(spec, "rb") as f:
        for number, (offset, length, blank) in enumerate(line_spans(f), 1):
            if not blank:
                yield Job(f"{spec}:{number}", source=spec, span=(offset, length))


def _pipe_jobs(spec: str, limit: int) -> Iterator[Job | Result]:
    try:
        f = open(spec, "rb")  # noqa: SIM115 (a generator: closed by the with below)
    except OSError as e:
        yield Result(spec, error=f"{spec}: cannot read ({e.strerror or e})")
        return
    with f:
        yield from _stream_jobs(spec, spec, f, limit)


def _stream_jobs(spec: str, label: str, f: BinaryIO, limit: int) -> Iterator[Job | Result]:
    """Jobs from a stream read once: one per line if its first non-blank line is
    a JSONL record, else one document of at most ``limit`` bytes.

    >>> import io
    >>> [j.record for j in _stream_jobs("-", "<stdin>", io.BytesIO(b'\\n{"text": "A."}\\n'), 99)]
    [b'{"text": "A."}\\n']
    >>> _stream_jobs("-", "<stdin>", io.BytesIO(b"Plain text."), 99).__next__().data
    b'Plain text.'
    """
    lines = _bounded_lines(f, limit)
    head: list[bytes | None] = []
    for line in lines:
        head.append(line)
        if line is None or line.strip() or len(head) > MAX_LEADING_BLANK_LINES:
            break
    if head and head[-1] is not None and _is_jsonl(head[-1]):
        for number, record in enumerate(itertools.chain(head, lines), 1):
            name = f"{spec}:{number}"
            if record is None:
                yield Result(name, error=f"{name}: {_too_large(limit)}")
            elif record.strip():
                yield Job(name, record=record)
        return
    data = b"".join(line for line in head if line is not None)
    if None not in head:
        data += f.read(limit + 1 - len(data))
    if None in head or len(data) > limit:
        yield Result(spec, error=f"{label}: {_too_large(limit)}")
    else:
        yield Job(spec, data=data)


def _bounded_lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a stream, ``None`` for one longer than ``limit`` bytes (read
    past in blocks, never held whole)."""
    while line := f.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(SCAN_BLOCK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _too_large(limit: int) -> str:
    return f"larger than the {limit:,}-byte limit (--max-size)"


def _read_record(job: Job, limit: int) -> Job:
    """The job of a JSONL line: read (from its byte range) and parsed here, in
    the process that cleans it."""
    if job.span is not None:
        assert job.source is not None
        offset, length = job.span
        if length > limit:
            raise InputError(f"{job.name}: {_too_large(limit)}")
        try:
            with open(job.source, "rb") as f:
                f.seek(offset)
                line = f.read(length)
        except OSError as e:
            raise InputError(f"{job.name}: cannot read ({e.strerror or e})") from None
    else:
        assert job.record is not None
        line = job.record
    try:
        record = json.loads(line.decode("utf-8", "replace"))
    except json.JSONDecodeError as e:
        raise InputError(f"{job.name}: not a JSON object ({e.msg})") from None
    if not isinstance(record, dict) or not any(
        isinstance(record.get(k), str) for k in JSONL_BODY_FIELDS
    ):
        raise InputError(f"{job.name}: record has no 'html' or 'text' string")
    html, text, url = (record.get(k) for k in ("html", "text", "url"))
    return Job(
        job.name,
        html=html if isinstance(html, str) else None,
        text=text if isinstance(text, str) else None,
        url=url if isinstance(url, str) else None,
    )


def process(job: Job, chain: Chain, options: Options) -> Result:
    """Clean one job; every failure becomes a one-line error, never an exception."""
    try:
        return Result(job.name, article=_clean_job(job, chain, options))
    except NewscleanError as e:
        return Result(job.name, error=named(job.name, str(e)))
    except RecursionError:
        return Result(job.name, error=f"{job.name}: document nested too deeply")
    except MemoryError:
        return Result(job.name, error=f"{job.name}: out of memory on this document")
    except Exception as e:  # a bug: report it, keep going, show where with NEWSCLEAN_DEBUG
        if os.environ.get("NEWSCLEAN_DEBUG"):
            import traceback

            traceback.print_exc()
        return Result(job.name, error=f"{job.name}: internal error ({type(e).__name__}: {e})")


def _clean_job(job: Job, chain: Chain, options: Options) -> Article:
    from scraper.extraction import extract

    if job.span is not None or job.record is not None:
        job = _read_record(job, options.max_bytes)
    url = job.url or options.url
    if job.html is not None:
        return extract(job.html, url=url, chain=chain)
    if job.text is not None:
        return clean(job.text, chain=chain, url=url)
    if job.data is not None:
        raw = RawInput(job.name, job.data)
        check_not_binary(raw)
    else:
        assert job.source is not None
        raw = read_input(job.source, options.max_bytes)
    url = raw.url or url
    if looks_like_html(raw.data):
        return extract(raw.data, url=url, chain=chain, charset=raw.charset)
    if not raw.data.strip():
        raise InputError(f"{job.name}: empty input")
    return clean(decode_text(raw.data, raw.charset), chain=chain, url=url)


# -- running jobs -------------------------------------------------------------

_worker_state: tuple[Chain, Options] | None = None


def _init_worker(options: Options) -> None:
    global _worker_state
    _worker_state = (options.chain.build(), options)


def _work(jobs: list[Job]) -> list[Result]:
    assert _worker_state is not None
    chain, options = _worker_state
    return [process(job, chain, options) for job in jobs]


def run(items: Iterable[Job | Result], options: Options, workers: int = 1) -> Iterator[Result]:
    """Process jobs on ``workers`` processes; results come in input order."""
    if workers <= 1:
        chain = options.chain.build()
        for item in items:
            yield item if isinstance(item, Result) else process(item, chain, options)
        return
    yield from _run_parallel(items, options, workers)


Chunk = list[Job | Result]


def _chunks(items: Iterable[Job | Result]) -> Iterator[Chunk]:
    chunk: Chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _warm_up(options: Options, context: multiprocessing.context.BaseContext) -> None:
    """Load what cleaning loads lazily, once, in the parent, when workers are forked."""
    if context.get_start_method() != "fork":
        return  # spawned workers start from scratch: warming the parent would only add time
    _init_worker(options)
    assert _worker_state is not None
    process(Job("warm-up", html=WARM_UP_PAGE), _worker_state[0], options)


def _run_parallel(
    items: Iterable[Job | Result], options: Options, workers: int
) -> Iterator[Result]:
    window: deque[tuple[Chunk, Future[list[Result]] | None]] = deque()
    context = multiprocessing.get_context()
    _warm_up(options, context)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(options,)
        )

    pool = new_pool()

    def submit(chunk: Chunk) -> tuple[Chunk, Future[list[Result]] | None]:
        jobs = [i for i in chunk if isinstance(i, Job)]
        return chunk, (pool.submit(_work, jobs) if jobs else None)

    def restart() -> None:
        nonlocal pool
        pool.shutdown(wait=False, cancel_futures=True)
        pool = new_pool()

    def alone(chunk: Chunk) -> list[Result]:
        # Each job of a chunk whose worker died, alone in a fresh pool: one that
        # kills its worker again is reported, the others are cleaned.
        results = []
        for job in (i for i in chunk if isinstance(i, Job)):
            try:
                results.append(pool.submit(_work, [job]).result()[0])
            except BrokenProcessPool:
                restart()
                results.append(Result(job.name, error=f"{job.name}: worker died"))
        return results

    def collect(chunk: Chunk, future: Future[list[Result]] | None) -> list[Result]:
        try:
            done = iter(future.result() if future else [])
        except BrokenProcessPool:
            # A worker died (killed, out of memory) on this chunk or on another
            # one in flight: retry this one job by job, then resubmit the others
            # that did not finish.
            restart()
            done = iter(alone(chunk))
            for n, (pending, was) in enumerate(window):
                if was is not None and not _succeeded(was):
                    window[n] = submit(pending)
        return [i if isinstance(i, Result) else next(done) for i in chunk]

    try:
        limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
        for chunk in _chunks(items):
            window.append(submit(chunk))
            while len(window) >= limit:
                yield from collect(*window.popleft())
        while window:
            yield from collect(*window.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _succeeded(future: Future[list[Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def progress(results: Iterator[Result], enabled: bool | None = None) -> Iterator[Result]:
    """Wrap results in a progress bar on stderr when stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit="doc", file=sys.stderr, dynamic_ncols=True))
