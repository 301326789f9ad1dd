"""Cleaning many documents: expanding inputs (files, directories, JSONL files
of ``html``/``text`` records, stdin, URLs) into jobs, and running them on one or
several processes with results in input order.

A failing document becomes a :class:`Result` with an ``error`` line; it never
stops the batch.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from cleaners import clean
from cleaners.chain import Chain
from scraper.article import Article
from scraper.errors import InputError, NewscleanError
from scraper.inputs import (
    DEFAULT_MAX_BYTES,
    RawInput,
    check_not_binary,
    decode_text,
    is_url,
    looks_like_html,
    read_input,
)

#: Record fields of a JSONL input, in the order they are looked for.
JSONL_BODY_FIELDS = ("html", "text")
#: Jobs sent to a worker process at once, and chunks kept in flight per worker:
#: enough to hide the inter-process round trip, few enough to bound memory.
CHUNK_SIZE = 8
CHUNKS_IN_FLIGHT_PER_WORKER = 4
#: Blank lines allowed before the first record of a JSONL file.
MAX_LEADING_BLANK_LINES = 100
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
            try:
                raw = read_input("-", options.max_bytes)
            except NewscleanError as e:
                yield Result(spec, error=str(e))
                continue
            if _is_jsonl(raw.data):
                yield from _jsonl_jobs(spec, raw.data.decode("utf-8", "replace").splitlines())
            else:
                yield Job(spec, data=raw.data)
        elif is_url(spec):
            yield Job(spec, source=spec)
        elif os.path.isdir(spec):
            for path in _files_under(Path(spec)):
                yield Job(str(path), source=str(path))
        elif _file_is_jsonl(spec, options.max_bytes):
            with open(spec, encoding="utf-8", errors="replace") as lines:
                yield from _jsonl_jobs(spec, lines)
        else:
            yield Job(spec, source=spec)


def _files_under(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


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


def _jsonl_jobs(spec: str, lines: Iterable[str]) -> Iterator[Job | Result]:
    for number, line in enumerate(lines, 1):
        name = f"{spec}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Result(name, error=f"{name}: not a JSON object ({e.msg})")
            continue
        if not isinstance(record, dict) or not any(
            isinstance(record.get(k), str) for k in JSONL_BODY_FIELDS
        ):
            yield Result(name, error=f"{name}: record has no 'html' or 'text' string")
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield Job(name, html=record.get("html"), text=record.get("text"), url=url)


def process(job: Job, chain: Chain, options: Options) -> Result:
    """Clean one job; every failure becomes a one-line error, never an exception."""
    try:
        return Result(job.name, article=_clean_job(job, chain, options))
    except NewscleanError as e:
        return Result(job.name, error=str(e))
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

    def collect(chunk: Chunk, future: Future[list[Result]] | None) -> list[Result]:
        nonlocal pool
        try:
            done = iter(future.result() if future else [])
        except BrokenProcessPool:
            # A worker died (killed, out of memory) on one of these documents:
            # report them, start a fresh pool and resubmit what was in flight.
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            pending = [c for c, _ in window]
            window.clear()
            window.extend(submit(c) for c in pending)
            return [
                i if isinstance(i, Result) else Result(i.name, error=f"{i.name}: worker died")
                for i in chunk
            ]
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
