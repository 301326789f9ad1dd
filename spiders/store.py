"""What to fetch and what to keep: the crawl's decisions over the state file
and the output file.

The output file is the record of what was stored. Each new article version is
first appended (and fsync'd) to the output, then committed to the state with
the output's new size. If the process dies between the two, the next
:meth:`ArticleStore.open` replays the output lines past the remembered size
into the state, so an article is never appended twice nor lost.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from spiders.fingerprint import minhash, text_fingerprint, words
from spiders.output import JsonlWriter, read_records
from spiders.settings import NEAR_DUPLICATE_MIN_WORDS, NEAR_DUPLICATE_THRESHOLD, RECHECK_AFTER
from spiders.state import ArticleState, StateStore, utcnow
from spiders.urls import canonicalize_url

logger = logging.getLogger(__name__)

#: Page outcomes after which a page counts as done (no refetch without a reason).
DONE_OUTCOMES = frozenset(
    {
        "stored",
        "unchanged",
        "duplicate",
        "no_article",
        "not_html",
        "not_modified",
        "gone",
        "redirect_refused",
    }
)


def normalize_lastmod(value: str | None) -> str | None:
    """A sitemap/feed date as ISO 8601 UTC (``YYYY-MM-DDTHH:MM:SSZ``), or None.

    >>> normalize_lastmod("2019-10-16")
    '2019-10-16T00:00:00Z'
    >>> normalize_lastmod("2019-10-16T09:30:00+07:00")
    '2019-10-16T02:30:00Z'
    >>> normalize_lastmod("Wed, 16 Oct 2019 09:30:00 +0700")
    '2019-10-16T02:30:00Z'
    >>> normalize_lastmod("soon") is None
    True
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _age_seconds(stamp: str | None, now: datetime) -> float:
    if not stamp:
        return float("inf")
    then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (now - then).total_seconds()


@dataclass(frozen=True)
class FetchPlan:
    """Why and how to request one article URL."""

    url: str
    #: "new", "lastmod_changed", "recheck"; or, with fetch False,
    #: "lastmod_unchanged", "recently_fetched"
    reason: str
    etag: str | None = None
    last_modified: str | None = None
    raw_hash: str | None = None
    fetch: bool = True

    def headers(self) -> dict[str, str]:
        """Conditional request headers from the stored validators.

        >>> FetchPlan("u", "lastmod", etag='"x"').headers()
        {'If-None-Match': '"x"'}
        """
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass
class ExtractedPage:
    """A fetched page after extraction, as the pipeline hands it to the store."""

    key: str  # canonical URL the page was requested under
    url: str  # the URL the response came from
    canonical_url: str  # the article's key: <link rel=canonical> or the URL, canonicalised
    article: dict[str, Any]  # Article.to_dict()
    text_hash: str
    signature: bytes | None  # MinHash, None for a text too short to compare that way
    fetched_at: str
    lastmod: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    raw_hash: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class ArticleStore:
    """State file plus output file, with the crawl's fetch and keep decisions.

    ``recheck_after`` is how long (seconds) a page discovered without a date
    (a link on a start page) is left alone before a conditional re-request.
    """

    def __init__(
        self,
        state_path: str | os.PathLike[str],
        out_path: str | os.PathLike[str],
        *,
        recheck_after: float = RECHECK_AFTER,
        near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
    ) -> None:
        self.state_path = Path(state_path)
        self.out_path = Path(out_path)
        self.recheck_after = recheck_after
        self.near_duplicate_threshold = near_duplicate_threshold
        self.state: StateStore | None = None
        self.writer: JsonlWriter | None = None
        self.replayed = 0
        self.repaired_bytes = 0
        self.unreadable_lines = 0

    # -- life cycle -----------------------------------------------------------
    def open(self) -> ArticleStore:
        """Open both files, drop a torn last output line, replay unreflected lines."""
        self.state = StateStore(self.state_path)
        self.writer = JsonlWriter(self.out_path)
        self.repaired_bytes = self.writer.repaired
        self.replayed = self.replay()
        return self

    def close(self) -> None:
        """Close both files."""
        if self.writer:
            self.writer.close()
        if self.state:
            self.state.close()
        self.writer = self.state = None

    @property
    def _key(self) -> str:
        return str(self.out_path.resolve())

    def replay(self) -> int:
        """Bring the state up to date with output lines written after the last
        commit (a crash between append and commit); returns how many."""
        state = self._state
        offset = state.output_offset(self._key)
        size = self.out_path.stat().st_size if self.out_path.exists() else 0
        if offset > size:  # the output was truncated or replaced by hand
            offset = 0
        count = 0
        end = offset
        unreadable: list[int] = []
        for position, record in read_records(self.out_path, offset, unreadable):
            end = position
            canonical = record.get("canonical_url") or record.get("url")
            version = int(record.get("version") or 1)
            if not canonical:
                continue
            current = state.article(canonical)
            if current is None or current.version < version:
                text = str(record.get("text") or "")
                state.store_version(
                    canonical,
                    version,
                    text_fingerprint(text),
                    near_duplicate_signature(text),
                    str(record.get("url") or canonical),
                    str(record.get("fetched_at") or utcnow()),
                    commit=False,
                )
                count += 1
            if record.get("url"):
                state.record_page(
                    canonicalize_url(str(record["url"])),
                    outcome="stored",
                    article_url=canonical,
                    fetched_at=record.get("fetched_at"),
                    commit=False,
                )
        if unreadable:
            # Kept in the file (it is the user's), read past on every later run.
            end = max(end, self.out_path.stat().st_size)
            self.unreadable_lines = len(unreadable)
            logger.warning(
                "%s: %d lines that are not JSON records skipped (the first at byte %d)",
                self.out_path,
                len(unreadable),
                unreadable[0],
            )
        state.set_output_offset(self._key, end, commit=False)
        state.db.commit()
        return count

    @property
    def _state(self) -> StateStore:
        if self.state is None:
            raise RuntimeError("ArticleStore is not open")
        return self.state

    # -- decisions -------------------------------------------------------------
    def plan(self, url: str, lastmod: str | None = None, now: datetime | None = None) -> FetchPlan:
        """Whether and how to request ``url`` (canonical); ``plan.fetch`` is
        False, with the reason, when it is left alone.

        A known page is requested again (conditionally, with its ETag and
        Last-Modified) when its sitemap/feed date is newer than the one
        stored, or, when no date is given, after ``recheck_after`` seconds.
        """
        page = self._state.page(url)
        if page is None or page.outcome not in DONE_OUTCOMES:
            return FetchPlan(url, "new")
        lastmod = normalize_lastmod(lastmod)
        if lastmod:
            # Unchanged if the date is not newer than the one stored, or older
            # than our last fetch (which then already saw that version).
            if (page.lastmod and lastmod <= page.lastmod) or (
                page.fetched_at and lastmod < page.fetched_at
            ):
                return FetchPlan(url, "lastmod_unchanged", fetch=False)
            return FetchPlan(url, "lastmod_changed", page.etag, page.last_modified, page.raw_hash)
        if _age_seconds(page.fetched_at, now or datetime.now(UTC)) < self.recheck_after:
            return FetchPlan(url, "recently_fetched", fetch=False)
        return FetchPlan(url, "recheck", page.etag, page.last_modified, page.raw_hash)

    def record_page(self, key: str, outcome: str, **fields: Any) -> None:
        """Remember a page that was fetched but stores nothing (304, not an
        article, same raw bytes as before)."""
        if "lastmod" in fields:
            fields["lastmod"] = normalize_lastmod(fields["lastmod"])
        self._state.record_page(key, outcome=outcome, **fields)

    @staticmethod
    def _speaks_for(page: ExtractedPage, current: ArticleState) -> bool:
        """True when ``page`` was fetched from the article's own URL, or from
        the URL its first version came from: the pages whose changes are new
        versions."""
        own = {current.canonical_url}
        if current.first_url:
            own.add(canonicalize_url(current.first_url))
        return bool(_page_urls(page) & own)

    def _write_version(self, page: ExtractedPage, version: int) -> dict[str, Any]:
        """Append ``page`` to the output as article ``version``, then record it in
        the state (not committed yet): output first, so a crash in between is
        replayed from the output by :meth:`replay`, never lost or doubled."""
        state, writer = self._state, self.writer
        assert writer is not None
        record = {
            **page.article,
            "url": page.url,
            "canonical_url": page.canonical_url,
            "fetched_at": page.fetched_at,
            "version": version,
        }
        end = writer.append(record)
        state.store_version(
            page.canonical_url,
            version,
            page.text_hash,
            page.signature,
            page.url,
            page.fetched_at,
            commit=False,
        )
        state.set_output_offset(self._key, end, commit=False)
        return record

    def accept(self, page: ExtractedPage) -> tuple[str, dict[str, Any] | None]:
        """Store ``page`` if it is a new article or a new version of one.

        Returns ``(outcome, record)``: ``"stored"`` with the appended record,
        or ``"unchanged"`` / ``"duplicate"`` with None.
        """
        state, writer = self._state, self.writer
        assert writer is not None
        current = state.article(page.canonical_url)
        record: dict[str, Any] | None = None
        target = page.canonical_url
        if current is not None and current.text_hash == page.text_hash:
            outcome = "unchanged"
        elif current is not None and not self._speaks_for(page, current):
            # Another URL whose canonical link names a stored article (a
            # partner's copy): its text, even if it differs, is not a new version.
            outcome = "duplicate"
        else:
            duplicate_of = None
            if current is None:
                duplicate_of = state.find_duplicate(
                    page.text_hash,
                    page.signature,
                    self.near_duplicate_threshold,
                    page.canonical_url,
                )
            if duplicate_of:
                outcome, target = "duplicate", duplicate_of
            else:
                outcome = "stored"
                version = current.version + 1 if current else 1
                record = self._write_version(page, version)
        state.record_page(
            page.key,
            outcome=outcome,
            lastmod=normalize_lastmod(page.lastmod),
            etag=page.etag,
            last_modified=page.last_modified,
            raw_hash=page.raw_hash,
            fetched_at=page.fetched_at,
            article_url=target,
            commit=False,
        )
        state.db.commit()
        return outcome, record


def _page_urls(page: ExtractedPage) -> set[str]:
    return {page.key, canonicalize_url(page.url)}


def near_duplicate_signature(text: str) -> bytes | None:
    """The MinHash signature used for near-duplicate search, or None for a
    text too short to compare that way.

    >>> near_duplicate_signature("too short") is None
    True
    """
    if len(words(text)) < NEAR_DUPLICATE_MIN_WORDS:
        return None
    return minhash(text)
