"""WARC input: each HTML response of a WARC or WARC.gz file (Common Crawl's
CC-NEWS, a crawler's archive, ``newsclean crawl --warc-dir``) is one document.

The main process only scans the file for record boundaries (:func:`warc_jobs`);
the process that cleans a page reads its record again from its offset
(:func:`read_response`), as JSONL lines are, so no page crosses between
processes. Revisit, request and metadata records are skipped, and so are
responses that are not HTML or not a success; a truncated or malformed record
becomes one failed result naming its offset, and the scan goes on where it can.
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from cleaners.errors import InputError
from newsclean.jobs import WARC, Job, Result

#: File name endings of WARC files (a file is also a WARC when it starts so).
WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_MAGIC = b"WARC/"
#: Media types of the responses that are documents.
HTML_TYPE = re.compile(r"^\s*(?:text/html|application/xhtml\+xml)\b", re.IGNORECASE)
CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def is_warc(path: str, head: bytes = b"") -> bool:
    """A WARC file, by its name or by its (decompressed) first bytes.

    >>> is_warc("CC-NEWS-20240101.warc.gz"), is_warc("x.bin", b"WARC/1.1\\r\\n")
    (True, True)
    """
    return path.lower().endswith(WARC_SUFFIXES) or head.startswith(WARC_MAGIC)


def http_charset(content_type: str | None) -> str | None:
    """The charset of an HTTP ``Content-Type`` value.

    >>> http_charset('text/html; charset="ISO-8859-1"')
    'ISO-8859-1'
    """
    match = CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _quiet_next(records: Iterator[Any]) -> Any:
    # warcio prints a line on stderr for each record it resynchronises past;
    # the failure is reported once, as a result, instead.
    with contextlib.redirect_stderr(io.StringIO()):
        return next(records, None)


def _truncated(record: Any) -> bool:
    """A record whose content ended before its Content-Length (read to its end)."""
    return getattr(record.raw_stream, "limit", 0) > 0


def warc_jobs(path: str) -> Iterator[Job | Result]:
    """One job per HTML response of the WARC file at ``path``, in file order."""
    try:
        f = open(path, "rb")  # noqa: SIM115 (a generator: closed by the with below)
    except OSError as e:
        yield Result(path, error=f"{path}: cannot read ({e.strerror or e})")
        return
    with f:
        yield from _scan(path, f)


def _scan(path: str, f: BinaryIO) -> Iterator[Job | Result]:
    records = ArchiveIterator(f)
    # each record is judged once the next one is read: only then has warcio
    # read it to its end, and a cut-off record (of any type) shows
    pending: tuple[Any, int, Job | None] | None = None
    while True:
        try:
            record = _quiet_next(records)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
            if pending is not None and pending[2] is not None:
                yield pending[2]
            why = " ".join(str(e).split())  # warcio quotes the bad line, line break included
            name = f"{path}@{records.offset}"
            yield Result(
                name, error=f"{name}: malformed WARC record ({why})", origin={"file": path}
            )
            return
        if pending is not None:
            previous, offset, job = pending
            if _truncated(previous):
                name = f"{path}@{offset}"
                yield Result(name, error=f"{name}: truncated WARC record", origin={"file": path})
            elif job is not None:
                yield job
        if record is None:
            break
        offset = records.get_record_offset()
        pending = (record, offset, _job(path, offset, record))
    if _has_more(f, records.offset):
        name = f"{path}@{records.offset}"
        yield Result(name, error=f"{name}: truncated WARC record", origin={"file": path})


def _has_more(f: BinaryIO, offset: int) -> bool:
    """Bytes other than blank lines after the last whole record: a record cut
    off inside its compressed member, which warcio passes over silently."""
    f.seek(offset)
    return bool(f.read(64).strip())


def _job(path: str, offset: int, record: Any) -> Job | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None  # revisits, requests, metadata, warcinfo: no document
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type")
    if not status.startswith("2") or not HTML_TYPE.match(content_type or "text/html"):
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    origin = {
        "file": path,
        "offset": offset,
        "warc_record_id": headers.get_header("WARC-Record-ID"),
        "warc_target_uri": url,
        "warc_date": headers.get_header("WARC-Date"),
    }
    return Job(
        f"{path}@{offset}",
        source=path,
        url=url,
        span=(offset, 0),
        kind=WARC,
        charset=http_charset(content_type),
        origin=origin,
    )


def read_response(path: str, offset: int, max_bytes: int) -> bytes:
    """The HTTP payload (content encodings undone) of the WARC record at
    ``offset`` of ``path``; :class:`InputError` when it cannot be read."""
    name = f"{path}@{offset}"
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(iter(ArchiveIterator(f)), None)
                if record is None:
                    raise InputError(f"{name}: no WARC record at this offset")
                data: bytes = record.content_stream().read(max_bytes + 1)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
        why = " ".join(str(e).split())
        raise InputError(f"{name}: cannot read the WARC record ({why})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the {max_bytes:,}-byte limit (--max-size)")
    return data
