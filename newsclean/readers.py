"""Turning what the user names into jobs (:func:`expand`), and reading a job's
document where it runs (:func:`load`).

Inputs: files (HTML or text, told apart by content), directories (walked
recursively, every file read as below), JSONL files of ``html``/``text``
records, WARC and WARC.gz files (:mod:`newsclean.warc`), each of these
gzip-, bzip2-, xz- or zstd-compressed, ``-`` for stdin, named pipes, URLs.

A JSONL file is only scanned for line boundaries here: each job names a byte
range of the file, and the process that runs the job reads and parses its
record. With ``-j N`` the main process then does little besides writing
results, and no page is copied between processes. A pipe, stdin or a
compressed JSONL file cannot be seeked into: its lines are read once and
handed over as bytes.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, BinaryIO

from cleaners.article import Article
from cleaners.errors import InputError
from newsclean.inputs import is_url, open_decompressed
from newsclean.jobs import JSONL, WARC, Job, Options, OwnFiles, Result
from newsclean.warc import is_warc, read_response, warc_jobs

#: Record fields of a JSONL input, in the order they are looked for.
JSONL_BODY_FIELDS = ("html", "text")
#: Record fields handed to the cleaner chain as hints for a ``text`` record.
JSONL_HINT_FIELDS = ("title", "author", "published", "language")
#: Fields of a record that say what the page is; any other key goes to ``input``.
ARTICLE_FIELDS = frozenset(f.name for f in fields(Article)) | {"paragraphs", "html"}
#: Blank lines allowed before the first record of a JSONL file.
MAX_LEADING_BLANK_LINES = 100
#: Bytes read at a time when scanning a JSONL file for line boundaries.
SCAN_BLOCK_BYTES = 1 << 20
#: Bytes looked at to tell a file's kind (compression, WARC, JSON).
HEAD_BYTES = 64
#: Anything but JSON whitespace: a line with none of it is blank.
NOT_BLANK = re.compile(rb"[^ \t\r\n]")


def expand(specs: Sequence[str], options: Options) -> Iterator[Job | Result]:
    """Turn command-line inputs into jobs, lazily (a JSONL or WARC file may hold
    millions); anything unreadable gives a failed :class:`Result`."""
    for spec in specs:
        if spec == "-":
            yield from _stream_jobs(spec, "<stdin>", sys.stdin.buffer, options.max_bytes)
        elif is_url(spec):
            yield Job(spec, source=spec)
        elif os.path.isdir(spec):
            for path in files_under(Path(spec), options.own_files):
                yield from _file_jobs(str(path), options.max_bytes)
        elif _is_pipe(spec):
            yield from _pipe_jobs(spec, options.max_bytes)
        else:
            yield from _file_jobs(spec, options.max_bytes)


def files_under(root: Path, own: OwnFiles | None = None) -> list[Path]:
    """The files under ``root``, recursively and sorted, hidden ones and the
    run's ``own`` (its output, its errors file) skipped."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and not (own and own.holds(p))
    )


def _file_jobs(spec: str, limit: int) -> Iterator[Job | Result]:
    """The jobs of one file: a WARC's responses, a JSONL file's lines, or the
    file as one document (read, and decompressed, where the job runs)."""
    try:
        with open(spec, "rb") as raw:
            f = open_decompressed(raw)
            compressed = f is not raw
            head = f.read(HEAD_BYTES)
    except (OSError, EOFError, ValueError):
        head, compressed = b"", False  # reading it as a document gives the clear error
    if is_warc(spec, head):
        yield from warc_jobs(spec)
    elif not head.lstrip().startswith(b"{"):
        yield Job(spec, source=spec, origin={"file": spec})
    elif compressed:
        with open(spec, "rb") as raw, open_decompressed(raw) as f:
            yield from _stream_jobs(spec, spec, f, limit)
    elif _file_is_jsonl(spec, limit):
        yield from _jsonl_file_jobs(spec)
    else:
        yield Job(spec, source=spec, origin={"file": spec})


def holds_many(spec: str) -> bool:
    """True for an input that holds several documents: a directory, a WARC or
    a JSONL file (stdin and pipes are not looked into: they are read once)."""
    if os.path.isdir(spec):
        return True
    if spec == "-" or is_url(spec) or _is_pipe(spec):
        return False
    try:
        with open(spec, "rb") as raw:
            head = open_decompressed(raw).read(HEAD_BYTES)
    except (OSError, EOFError, ValueError):
        return False
    return is_warc(spec, head) or head.lstrip().startswith(b"{")


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
        return False


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
                origin = {"file": spec, "line": number}
                yield Job(
                    f"{spec}:{number}",
                    source=spec,
                    span=(offset, length),
                    kind=JSONL,
                    origin=origin,
                )


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
            origin = {"file": spec, "line": number}
            if record is None:
                yield Result(name, error=f"{name}: {_too_large(limit)}", origin=origin)
            elif record.strip():
                yield Job(name, record=record, kind=JSONL, origin=origin)
        return
    data = b"".join(line for line in head if line is not None)
    if None not in head:
        data += f.read(limit + 1 - len(data))
    if None in head or len(data) > limit:
        yield Result(spec, error=f"{label}: {_too_large(limit)}")
    else:
        yield Job(spec, data=data, origin={"file": spec})


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


def load(job: Job, limit: int) -> Job:
    """A JSONL line or WARC record job with its document read (from its byte
    range) and parsed, in the process that cleans it; other jobs as they are."""
    if job.kind == WARC:
        assert job.source is not None and job.span is not None
        return replace(job, data=read_response(job.source, job.span[0], limit), span=None)
    if job.kind != JSONL:
        return job
    try:
        # the line's bytes are gone before it is parsed: a large record is
        # held twice at most (its text and its parsed fields), not three times
        record = json.loads(_line_text(job, limit))
    except json.JSONDecodeError as e:
        raise InputError(f"{job.name}: not a JSON object ({e.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{job.name}: not a JSON object")
    # a record without an html or text string keeps its keys for the error row:
    # the job then holds no document, and cleaning it says so
    html, text, url = (record.get(k) for k in ("html", "text", "url"))
    return Job(
        job.name,
        kind=JSONL,  # parsed: span and record are gone
        html=html if isinstance(html, str) else None,
        text=text if isinstance(text, str) else None,
        url=url if isinstance(url, str) else None,
        origin={**job.origin, **record_extras(record)},
        hints={k: record[k] for k in JSONL_HINT_FIELDS if isinstance(record.get(k), str)},
    )


def record_extras(record: dict[str, Any]) -> dict[str, Any]:
    """The keys of an input record that are not Article fields (``id``,
    ``source``, ...), kept as they are in the output's ``input`` field.

    >>> record_extras({"id": 42, "html": "<p>x</p>", "url": "u", "lang": "en"})
    {'id': 42, 'lang': 'en'}
    """
    return {k: v for k, v in record.items() if k not in ARTICLE_FIELDS}


def _line_text(job: Job, limit: int) -> str:
    """A JSONL job's line, decoded."""
    if job.span is not None:
        return _read_span(job, limit).decode("utf-8", "replace")
    assert job.record is not None
    return job.record.decode("utf-8", "replace")


def _read_span(job: Job, limit: int) -> bytes:
    assert job.source is not None and job.span is not None
    offset, length = job.span
    if length > limit:
        raise InputError(f"{job.name}: {_too_large(limit)}")
    try:
        with open(job.source, "rb") as f:
            f.seek(offset)
            return f.read(length)
    except OSError as e:
        raise InputError(f"{job.name}: cannot read ({e.strerror or e})") from None
