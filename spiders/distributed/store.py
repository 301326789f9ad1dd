"""The article store shared by the workers through Redis."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from spiders.distributed.connection import (
    DEFAULT_PREFIX,
    REDIS_ERRORS,
    SharedStateUnavailable,
    connect,
)
from spiders.fingerprint import lsh_keys, similarity
from spiders.settings import (
    REDIS_BACKOFF_FIRST,
    REDIS_LOCK_LEASE_MS,
    REDIS_LOCK_RETRY,
    REDIS_LOCK_WAIT,
)
from spiders.state import ArticleState, PageState, utcnow
from spiders.store import ArticleStore, ExtractedPage, FetchPlan, normalize_lastmod

logger = logging.getLogger(__name__)

#: Release a lock only if we still hold it. KEYS: lock. ARGV: token.
UNLOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _text(value: bytes | str | None) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else value


def merge_page(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """A page record updated like :meth:`spiders.state.StateStore.record_page`:
    None keeps the stored value, the lastmod only moves forward.

    >>> merge_page({"lastmod": "2024-02-01T00:00:00Z", "etag": "a"},
    ...            {"lastmod": "2024-01-01T00:00:00Z", "etag": None, "outcome": "stored"})
    {'lastmod': '2024-02-01T00:00:00Z', 'etag': 'a', 'outcome': 'stored'}
    """
    merged = dict(old or {})
    for name, value in new.items():
        if name == "lastmod" and value and merged.get("lastmod"):
            merged[name] = max(merged["lastmod"], value)
        elif value is not None or name == "outcome":
            merged[name] = value
    return merged


class RedisArticleStore(ArticleStore):
    """An :class:`ArticleStore` whose decisions are shared by all workers
    through Redis; each worker appends to its own output and state files.

    Keys under the prefix: ``pages`` (hash: URL -> page record as JSON),
    ``article:URL`` (hash: version, text_hash, first_url, minhash, owner),
    ``text:HASH`` (the article with that text), ``lsh:BAND:KEY`` (sets of
    articles), ``lock`` (held while one claim is decided and written).

    :meth:`accept` raises :class:`SharedStateUnavailable` when Redis cannot be
    reached before anything was written (the pipeline retries later); page
    records that cannot be written are kept and written once Redis answers.
    """

    def __init__(self, *args: Any, redis_url: str, prefix: str = DEFAULT_PREFIX, **kw: Any):
        super().__init__(*args, **kw)
        self.redis_url = redis_url
        self.prefix = prefix
        self.server = connect(redis_url)
        # Stable across restarts of this worker (one process per output file).
        self.owner = f"{socket.gethostname()}:{self.out_path.resolve()}"
        self.pending_pages: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_settings(
        cls, settings: Any, state_path: Any, out_path: Any, **kwargs: Any
    ) -> RedisArticleStore:
        """The store for a crawl with these Scrapy settings."""
        return cls(
            state_path,
            out_path,
            redis_url=settings.get("NEWSCLEAN_REDIS_URL"),
            prefix=settings.get("NEWSCLEAN_REDIS_PREFIX") or DEFAULT_PREFIX,
            **kwargs,
        )

    def close(self) -> None:
        """Write the page records still held, then close the files."""
        for _ in range(3):
            if self._flush_pages():
                break
            time.sleep(REDIS_BACKOFF_FIRST)
        if self.pending_pages:
            logger.warning(
                "%d page records could not be shared through Redis (they are in the "
                "worker's state file; those pages may be fetched again)",
                len(self.pending_pages),
            )
        super().close()
        self.server.close()

    # -- keys ------------------------------------------------------------------
    def key(self, *parts: object) -> str:
        """A key under this crawl's prefix.

        >>> RedisArticleStore("s", "o", redis_url="redis://h/0", prefix="p").key("text", "ab")
        'p:text:ab'
        """
        return ":".join([self.prefix, *map(str, parts)])

    # -- pages -----------------------------------------------------------------
    def shared_page(self, url: str) -> PageState | None:
        """What the workers know about a page (raises on Redis errors)."""
        raw = self.server.hget(self.key("pages"), url)
        if raw is None:
            return None
        data = json.loads(raw)
        fields = {f: data.get(f) for f in PageState.__dataclass_fields__ if f != "url"}
        return PageState(url=url, **fields)

    def plan(self, url: str, lastmod: str | None = None, now: datetime | None = None) -> FetchPlan:
        """:meth:`ArticleStore.plan` over the shared page records; while Redis is
        unreachable every page is planned as new (the claim still decides)."""
        try:
            page = self.shared_page(url)
        except REDIS_ERRORS:
            return FetchPlan(url, "state_unavailable")
        view = _PlanView(page, self.recheck_after)
        return ArticleStore.plan(view, url, lastmod, now)  # type: ignore[arg-type]

    def record_page(self, key: str, outcome: str, **fields: Any) -> None:
        super().record_page(key, outcome, **fields)
        self._share_page(key, outcome, fields)

    def _share_page(self, key: str, outcome: str, fields: dict[str, Any]) -> None:
        update = {name: fields.get(name) for name in PageState.__dataclass_fields__}
        update.pop("url")
        update["outcome"] = outcome
        update["lastmod"] = normalize_lastmod(update.get("lastmod"))
        update["fetched_at"] = update.get("fetched_at") or utcnow()
        held = self.pending_pages.get(key)
        self.pending_pages[key] = merge_page(held, update) if held else update
        self._flush_pages()

    def _flush_pages(self) -> bool:
        """Write held page records; False while Redis is unreachable."""
        try:
            for url in list(self.pending_pages):
                raw = self.server.hget(self.key("pages"), url)
                old = json.loads(raw) if raw is not None else None
                record = merge_page(old, self.pending_pages[url])
                self.server.hset(self.key("pages"), url, json.dumps(record))
                del self.pending_pages[url]
        except REDIS_ERRORS:
            return False
        return True

    # -- articles ---------------------------------------------------------------
    def shared_article(self, canonical_url: str) -> tuple[ArticleState, dict[str, Any]] | None:
        """The stored version of an article as the workers know it, and its raw fields."""
        raw = self.server.hgetall(self.key("article", canonical_url))
        if not raw:
            return None
        fields: dict[str, Any] = {str(_text(k)): v for k, v in raw.items()}
        state = ArticleState(
            canonical_url,
            int(fields["version"]),
            _text(fields["text_hash"]) or "",
            _text(fields.get("first_url")),
        )
        return state, fields

    def find_shared_duplicate(
        self, text_hash: str, signature: bytes | None, exclude: str
    ) -> str | None:
        """Another article with the same text, or a MinHash-similar one."""
        same = _text(self.server.get(self.key("text", text_hash)))
        if same and same != exclude:
            return same
        if signature is None:
            return None
        keys = [self.key("lsh", band, k) for band, k in enumerate(lsh_keys(signature))]
        candidates = sorted({_text(m) or "" for m in self.server.sunion(keys)} - {exclude, ""})
        best: tuple[float, str] | None = None
        for url in candidates:
            stored = self.server.hget(self.key("article", url), "minhash")
            if not isinstance(stored, bytes) or not stored:
                continue
            score = similarity(signature, stored)
            if score >= self.near_duplicate_threshold and (best is None or score > best[0]):
                best = (score, url)
        return best[1] if best else None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store lock (decisions and claims of all workers, one at a time)."""
        token = uuid.uuid4().hex
        deadline = time.monotonic() + REDIS_LOCK_WAIT
        while not self.server.set(self.key("lock"), token, nx=True, px=REDIS_LOCK_LEASE_MS):
            if time.monotonic() > deadline:
                raise SharedStateUnavailable("the shared store lock is busy")
            time.sleep(REDIS_LOCK_RETRY)
        try:
            yield
        finally:
            with contextlib.suppress(*REDIS_ERRORS):  # else the lease lapses on its own
                self.server.eval(UNLOCK_SCRIPT, 1, self.key("lock"), token)

    def _claim(self, page: ExtractedPage, version: int, previous: dict[str, Any] | None) -> None:
        """Record ``version`` of the article in Redis, owned by this worker."""
        canonical = page.canonical_url
        pipe = self.server.pipeline(transaction=True)
        if previous is not None:
            old_hash = _text(previous.get("text_hash"))
            if old_hash and old_hash != page.text_hash:
                pipe.delete(self.key("text", old_hash))
            old_signature = previous.get("minhash")
            if old_signature:
                for band, k in enumerate(lsh_keys(old_signature)):
                    pipe.srem(self.key("lsh", band, k), canonical)
        # Any keys: redis-py types a mapping's keys invariantly.
        fields: dict[Any, Any] = {
            "version": version,
            "text_hash": page.text_hash,
            "minhash": page.signature or b"",
            "owner": self.owner,
            "updated_at": page.fetched_at,
        }
        fields["first_url"] = _text((previous or {}).get("first_url")) or page.url
        pipe.hset(self.key("article", canonical), mapping=fields)
        pipe.set(self.key("text", page.text_hash), canonical)
        if page.signature is not None:
            for band, k in enumerate(lsh_keys(page.signature)):
                pipe.sadd(self.key("lsh", band, k), canonical)
        pipe.execute()

    def accept(self, page: ExtractedPage) -> tuple[str, dict[str, Any] | None]:
        """:meth:`ArticleStore.accept` with the decision shared by all workers.

        Under the store lock: decide over the shared records, claim a new
        version in Redis, append it to this worker's output, commit the
        worker's state. A claim this worker made whose append did not happen
        (Redis answered the claim after the connection dropped) is written
        when the page comes back.
        """
        try:
            with self.locked():
                return self._accept_locked(page)
        except REDIS_ERRORS as e:
            raise SharedStateUnavailable(f"Redis unreachable: {e}") from None

    def _accept_locked(self, page: ExtractedPage) -> tuple[str, dict[str, Any] | None]:
        state, writer = self._state, self.writer
        assert writer is not None
        self._flush_pages()
        shared = self.shared_article(page.canonical_url)
        current, fields = shared if shared else (None, None)
        target = page.canonical_url
        record: dict[str, Any] | None = None
        local = state.article(page.canonical_url)
        version = current.version + 1 if current else 1
        claimed = False
        if current is not None and current.text_hash == page.text_hash:
            mine = fields is not None and _text(fields.get("owner")) == self.owner
            if mine and (local is None or local.version < current.version):
                version, claimed = current.version, True  # our claim, not yet written
                outcome = "stored"
            else:
                outcome = "unchanged"
        elif current is not None and not self._speaks_for(page, current):
            outcome = "duplicate"
        else:
            duplicate_of = None
            if current is None:
                duplicate_of = self.find_shared_duplicate(
                    page.text_hash, page.signature, page.canonical_url
                )
            if duplicate_of:
                outcome, target = "duplicate", duplicate_of
            else:
                outcome = "stored"
        if outcome == "stored":
            if not claimed:
                self._claim(page, version, fields)
            record = self._write_version(page, version)
        page_fields = {
            "lastmod": normalize_lastmod(page.lastmod),
            "etag": page.etag,
            "last_modified": page.last_modified,
            "raw_hash": page.raw_hash,
            "fetched_at": page.fetched_at,
            "article_url": target,
        }
        state.record_page(page.key, outcome=outcome, commit=False, **page_fields)
        state.db.commit()
        self._share_page(page.key, outcome, page_fields)
        return outcome, record


class _PlanView:
    """What :meth:`ArticleStore.plan` reads: a state with one page, the recheck age."""

    def __init__(self, page: PageState | None, recheck_after: float) -> None:
        self._state = self
        self._page = page
        self.recheck_after = recheck_after

    def page(self, url: str) -> PageState | None:
        return self._page
