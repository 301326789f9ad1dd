"""Cleaning many documents on one or several processes, results in input
order. The inputs are turned into jobs by :mod:`newsclean.readers`; a failing
document becomes a :class:`Result` with an ``error`` line and never stops the
batch.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace

from cleaners import clean_document, text_document
from cleaners.article import Article
from cleaners.chain import Chain
from cleaners.errors import InputError, NewscleanError
from newsclean.inputs import (
    RawInput,
    check_not_binary,
    decode_text,
    decompress,
    looks_like_html,
    named,
    read_input,
)
from newsclean.jobs import JSONL, ChainSpec, Job, Options, OwnFiles, Result
from newsclean.readers import expand, load

__all__ = [
    "ChainSpec",
    "Job",
    "Options",
    "OwnFiles",
    "Result",
    "clean_inputs",
    "default_workers",
    "expand",
    "process",
    "run",
]

#: Jobs sent to a worker process at once: small chunks cost little and keep the
#: workers busy to the end (with 8, one worker often sat idle: 1.7 s of 8 on 91 pages).
CHUNK_SIZE = 2
#: Chunks kept in flight per worker: enough for the other workers to go on
#: while the oldest chunk (whose results must come out first) holds a slow
#: page, few enough to bound memory (32 jobs and their results per worker).
CHUNKS_IN_FLIGHT_PER_WORKER = 16
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


def process(job: Job, chain: Chain, options: Options) -> Result:
    """Clean one job; every failure becomes a one-line error, never an exception."""
    try:
        job = load(job, options.max_bytes)  # a JSONL record's keys join job.origin here
        doc = read_document(job, options)
        # from here ``doc`` alone holds the document, and ``_article`` takes it
        # out: a large text is not held twice while it is cleaned
        job = replace(job, data=None, html=None, text=None)
        article = _article(job, doc, chain, options)
        article.input = dict(job.origin)
    except NewscleanError as e:
        return Result(job.name, error=named(job.name, str(e)), origin=job.origin)
    except RecursionError:
        return Result(job.name, error=f"{job.name}: document nested too deeply", origin=job.origin)
    except MemoryError:
        return Result(
            job.name, error=f"{job.name}: out of memory on this document", origin=job.origin
        )
    except Exception as e:  # a bug: report it, keep going, show where with NEWSCLEAN_DEBUG
        if os.environ.get("NEWSCLEAN_DEBUG"):
            import traceback

            traceback.print_exc()
        error = f"{job.name}: internal error ({type(e).__name__}: {e})"
        return Result(job.name, error=error, origin=job.origin)
    return Result(job.name, article=article, origin=article.input)


@dataclass
class Document:
    """A job's document, read: HTML (bytes or str) or text, with its URL."""

    content: bytes | str
    html: bool
    url: str | None
    charset: str | None = None

    def take(self) -> bytes | str:
        """The content, which this document then no longer holds."""
        content, self.content = self.content, ""
        return content


def read_document(job: Job, options: Options) -> Document:
    """Read a loaded job's document (the cleaning pass and ``--learn-sites``'
    learning pass read the same way)."""
    url = job.url or options.url
    if job.html is not None:
        return Document(job.html, True, url)
    if job.text is not None:
        return Document(job.text, False, url)
    if job.kind == JSONL:
        raise InputError(f"{job.name}: record has no 'html' or 'text' string")
    if job.data is not None:
        raw = RawInput(
            job.name, decompress(job.name, job.data, options.max_bytes), charset=job.charset
        )
        if len(raw.data) > options.max_bytes:
            raise InputError(
                f"{job.name}: larger than the {options.max_bytes:,}-byte limit (--max-size)"
            )
        check_not_binary(raw)
    else:
        assert job.source is not None
        raw = read_input(job.source, options.max_bytes)
    url = raw.url or url
    if looks_like_html(raw.data):
        return Document(raw.data, True, url, raw.charset)
    if not raw.data.strip():
        raise InputError(f"{job.name}: empty input")
    return Document(decode_text(raw.data, raw.charset), False, url)


def group_of(job: Job, url: str | None) -> str | None:
    """The site a job belongs to for ``--learn-sites``: its record's ``source``
    field, else its URL's host."""
    from newsclean.sites import site_of

    source = job.origin.get("source")
    return site_of(url, source if isinstance(source, str) else None)


def _article(job: Job, doc: Document, chain: Chain, options: Options) -> Article:
    from scraper.extraction import extract

    learned = options.templates
    group = group_of(job, doc.url) if learned else None
    if doc.html:
        site = learned.site_for(group, doc.content) if learned else None
        return extract(doc.take(), url=doc.url, chain=chain, charset=doc.charset, site=site)
    assert isinstance(doc.content, str)
    source = learned.source_for(group, doc.content) if learned else None
    text = doc.take()
    assert isinstance(text, str)
    paragraphs = text_document(text, url=doc.url, **job.hints)
    del text  # the paragraphs hold it now
    return clean_document(paragraphs, chain, source)


# -- running jobs -------------------------------------------------------------

_worker_state: tuple[Chain, Options] | None = None


def _init_worker(options: Options) -> None:
    global _worker_state
    _worker_state = (options.chain.build(), options)


def _work(jobs: list[Job]) -> list[Result]:
    assert _worker_state is not None
    chain, options = _worker_state
    return [process(job, chain, options) for job in jobs]


def clean_inputs(
    inputs: Sequence[str], workers: int = 1, options: Options | None = None
) -> Iterator[Result]:
    """Clean what ``newsclean clean`` would: files, directories, JSONL, WARC,
    compressed files, URLs; one :class:`Result` per document, in input order
    (``result.article``, or ``result.error`` and ``result.origin``).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "rows.jsonl").write_text('{"id": 7, "text": "Short  note."}\\n')
    >>> [(r.article.text, r.article.input["id"]) for r in clean_inputs([str(folder)])]
    [('Short note.', 7)]
    """
    options = options or Options()
    return run(expand(inputs, options), options, workers)


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
