"""The crawl's raw-response archive: every fetched response kept as a WARC
record (``newsclean crawl --warc-dir DIR``), so that a better extractor can be
run again over what was fetched, without fetching it again:
``newsclean clean DIR`` re-extracts the pages, and :func:`reextract` hands
them to the crawl's store, which keeps a new version of each page whose
article text changed.

Files are ``DIR/newsclean-<start time>-<n>.warc.gz``, one gzip member per
record (each record readable alone), a new file once one passes
``NEWSCLEAN_WARC_MAX_BYTES``. A crawl killed mid-write leaves at most one cut
record at a file's end, which the WARC reader reports and skips.
"""

from __future__ import annotations

import io
import logging
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.settings import WARC_MAX_BYTES

logger = logging.getLogger(__name__)

#: Response headers not archived as received: Scrapy hands over the body
#: decoded and de-chunked, so these would describe bytes that are not there.
DECODED_HEADERS = frozenset({b"content-encoding", b"transfer-encoding", b"content-length"})
WARC_SUFFIX = ".warc.gz"


class WarcArchive:
    """Appends response records to rotating WARC.gz files in ``directory``."""

    def __init__(self, directory: str | os.PathLike[str], max_bytes: int = WARC_MAX_BYTES):
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.started = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.number = 0
        self.file: io.BufferedWriter | None = None
        self.writer: WARCWriter | None = None
        self.records = 0

    def _open(self) -> WARCWriter:
        if self.writer is not None and self.file is not None:
            if self.file.tell() < self.max_bytes:
                return self.writer
            self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.number += 1
        path = self.directory / f"newsclean-{self.started}-{self.number:05d}{WARC_SUFFIX}"
        self.file = open(path, "ab")  # noqa: SIM115 (closed by close())
        self.writer = WARCWriter(self.file, gzip=True)
        info = self.writer.create_warcinfo_record(
            path.name, {"software": "newsclean", "format": "WARC File Format 1.1"}
        )
        self.writer.write_record(info)
        return self.writer

    def write(
        self, url: str, status: int, headers: Iterable[tuple[bytes, bytes]], body: bytes
    ) -> None:
        """Archive one response (``body`` as the client got it, decoded)."""
        writer = self._open()
        kept = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in headers
            if k.lower() not in DECODED_HEADERS
        ]
        http = StatusAndHeaders(f"{status} {_reason(status)}", kept, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
        writer.write_record(record)
        self.records += 1

    def close(self) -> None:
        """Close the current file."""
        if self.file is not None:
            self.file.close()
        self.file = self.writer = None


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class WarcArchiveExtension:
    """Writes every response the crawl receives to a :class:`WarcArchive` in
    ``NEWSCLEAN_WARC_DIR`` (off when unset). Counter: ``newsclean/archive/records``."""

    def __init__(self, crawler: Crawler, archive: WarcArchive) -> None:
        self.crawler = crawler
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveExtension:
        directory = crawler.settings.get("NEWSCLEAN_WARC_DIR")
        if not directory:
            raise NotConfigured
        max_bytes = crawler.settings.getint("NEWSCLEAN_WARC_MAX_BYTES", WARC_MAX_BYTES)
        extension = cls(crawler, WarcArchive(directory, max_bytes))
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def response_received(self, response: Response, **_: Any) -> None:
        try:
            headers = [(k, v) for k, values in response.headers.items() for v in values]
            self.archive.write(response.url, response.status, headers, response.body)
        except OSError as e:  # a full disk stops the archive, not the crawl
            logger.error("cannot write the WARC archive in %s: %s", self.archive.directory, e)
            self.crawler.stats.inc_value("newsclean/errors/archive")
            return
        self.crawler.stats.inc_value("newsclean/archive/records")

    def spider_closed(self, **_: Any) -> None:
        self.archive.close()


def archived_pages(paths: Iterable[str]) -> Iterator[tuple[str, bytes, str | None, str]]:
    """``(url, body, http_charset, warc_date)`` of every HTML success response in
    the WARC files ``paths`` (a cut or malformed record is skipped)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    for path in paths:
        with open(path, "rb") as f:
            try:
                for record in ArchiveIterator(f):
                    page = _page(record)
                    if page is not None:
                        yield page
            except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
                logger.warning("%s: stopped reading at a bad WARC record (%s)", path, e)


def _page(record: Any) -> tuple[str, bytes, str | None, str] | None:
    http = record.http_headers
    if record.rec_type != "response" or http is None:
        return None
    content_type = http.get_header("Content-Type") or ""
    if not (http.get_statuscode() or "").startswith("2") or "html" not in content_type.lower():
        return None
    body = record.content_stream().read()
    if record.raw_stream.limit > 0:  # cut off
        return None
    charset = content_type.lower().partition("charset=")[2].strip(" \"';") or None
    headers = record.rec_headers
    return headers.get_header("WARC-Target-URI"), body, charset, headers.get_header("WARC-Date")


def warc_files(directory: str | os.PathLike[str]) -> list[str]:
    """The archive files of ``directory``, oldest first (their names sort by time)."""
    return sorted(str(p) for p in Path(directory).glob("*.warc*") if p.is_file())


def reextract(store: Any, profile: Any, paths: Iterable[str]) -> Counter[str]:
    """Extract the archived article pages of ``paths`` again and hand each to
    ``store`` (an open :class:`~spiders.store.ArticleStore`), which keeps a new
    version when the text changed. Pages the profile's article pattern rejects
    are skipped; the latest archived copy of a URL wins. Returns outcome counts."""
    from cleaners.errors import ExtractionError
    from spiders.fingerprint import bytes_fingerprint
    from spiders.store import ExtractedPage
    from spiders.urls import ArticleMatcher, canonicalize_url
    from spiders.workers import extract_profiled

    is_article = ArticleMatcher(profile.effective_pattern)
    latest: dict[str, tuple[str, bytes, str | None, str]] = {}
    for url, body, charset, date in archived_pages(paths):
        if is_article(url):
            latest[canonicalize_url(url)] = (url, body, charset, date)
    outcomes: Counter[str] = Counter()
    selectors = tuple(getattr(profile, "selectors", {}).items())
    for key, (url, body, _charset, date) in latest.items():
        try:
            result = extract_profiled(body, url, tuple(profile.drop), profile.body, selectors)
        except ExtractionError:
            outcomes["no_article"] += 1
            continue
        page = ExtractedPage(
            key=key,
            url=url,
            canonical_url=canonicalize_url(result["canonical"] or url),
            article=result["article"],
            text_hash=result["text_hash"],
            signature=result["signature"],
            fetched_at=date,
            raw_hash=bytes_fingerprint(body),
        )
        outcome, record = store.accept(page)
        outcomes["new_version" if record and record["version"] > 1 else outcome] += 1
    return outcomes
