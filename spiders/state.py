"""The crawl state: an SQLite file that remembers every page and article.

``pages`` is keyed by the canonical URL a page was requested under and holds
what is needed to skip or condition the next request (sitemap lastmod, ETag,
Last-Modified, a hash of the raw body). ``articles`` is keyed by the article's
canonical URL and holds its current version, a fingerprint of its text and
its MinHash signature, whose LSH band keys are indexed in ``lsh``;
``versions`` keeps one row per version appended to an output file;
``outputs`` remembers how far each output file is reflected in the state
(see :meth:`spiders.store.ArticleStore.replay`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cleaners.errors import NewscleanError
from spiders.fingerprint import lsh_keys, similarity
from spiders.locks import FileLock
from spiders.settings import STATE_LOCK_TIMEOUT

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    lastmod TEXT,
    etag TEXT,
    last_modified TEXT,
    raw_hash TEXT,
    fetched_at TEXT,
    outcome TEXT,
    article_url TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    canonical_url TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    minhash BLOB,
    first_url TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles (text_hash);
CREATE TABLE IF NOT EXISTS lsh (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    canonical_url TEXT NOT NULL,
    PRIMARY KEY (band, key, canonical_url)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lsh_article ON lsh (canonical_url);
CREATE TABLE IF NOT EXISTS versions (
    canonical_url TEXT NOT NULL,
    version INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    url TEXT,
    fetched_at TEXT,
    PRIMARY KEY (canonical_url, version)
);
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, byte_offset INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    reason TEXT,
    stats TEXT
);
"""


logger = logging.getLogger(__name__)
#: The columns each table must have, read from :data:`SCHEMA`.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(
        line.split()[0]
        for line in body.splitlines()
        if line.strip() and not line.strip().upper().startswith("PRIMARY KEY")
    )
    for table, body in re.findall(
        r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\)(?: WITHOUT ROWID)?;", SCHEMA, re.S
    )
    if "\n" in body
} | {"meta": frozenset({"key", "value"}), "outputs": frozenset({"path", "byte_offset"})}


class StateError(NewscleanError):
    """The state file cannot be used (locked by another run, not a state file)."""


def utcnow() -> str:
    """The current time as ISO 8601 UTC with a ``Z``, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class PageState:
    """What the state knows about one requested URL."""

    url: str
    lastmod: str | None
    etag: str | None
    last_modified: str | None
    raw_hash: str | None
    fetched_at: str | None
    outcome: str | None
    article_url: str | None


@dataclass(frozen=True)
class ArticleState:
    """The stored version of one article."""

    canonical_url: str
    version: int
    text_hash: str
    first_url: str | None = None


class StateStore:
    """The SQLite state file (one connection, used from one thread).

    >>> import tempfile
    >>> s = StateStore(Path(tempfile.mkdtemp()) / "state.sqlite")
    >>> s.record_page("https://e.org/a", outcome="stored", lastmod="2024-01-01T00:00:00Z")
    >>> s.page("https://e.org/a").lastmod
    '2024-01-01T00:00:00Z'
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        #: Where an unusable state file was set aside, if one was.
        self.set_aside: Path | None = None
        try:
            self.db = self._open()
        except sqlite3.OperationalError as e:  # a full disk, no permission: the file is fine
            raise StateError(f"{self.path}: cannot open the crawl state ({e})") from None
        except sqlite3.DatabaseError as e:
            # Not a crawl state (cut short, garbage, another program's SQLite
            # file): set aside; the output rebuilds what it knew.
            self.set_aside = set_aside(self.path, str(e))
            try:
                self.db = self._open()
            except sqlite3.DatabaseError as again:
                raise StateError(f"{self.path}: not a usable crawl state file ({again})") from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=STATE_LOCK_TIMEOUT)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            # Checked before anything is created in it: another program's file stays as it was.
            problem = schema_problem(db)
            if problem:
                raise sqlite3.DatabaseError(problem)
            with db:
                db.executescript(SCHEMA)
                db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
                )
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # -- pages -----------------------------------------------------------------
    def page(self, url: str) -> PageState | None:
        """The state of ``url`` (a canonical URL), or None if never recorded."""
        row = self.db.execute(
            "SELECT url, lastmod, etag, last_modified, raw_hash, fetched_at, outcome,"
            " article_url FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        return PageState(*row) if row else None

    def record_page(
        self,
        url: str,
        *,
        outcome: str,
        lastmod: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        raw_hash: str | None = None,
        fetched_at: str | None = None,
        article_url: str | None = None,
        commit: bool = True,
    ) -> None:
        """Insert or update a page; a None field keeps the stored value and the
        lastmod only ever moves forward."""
        self.db.execute(
            """
            INSERT INTO pages (url, lastmod, etag, last_modified, raw_hash, fetched_at,
                               outcome, article_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (url) DO UPDATE SET
                lastmod = CASE WHEN excluded.lastmod IS NULL THEN pages.lastmod
                               WHEN pages.lastmod IS NULL THEN excluded.lastmod
                               ELSE max(pages.lastmod, excluded.lastmod) END,
                etag = coalesce(excluded.etag, pages.etag),
                last_modified = coalesce(excluded.last_modified, pages.last_modified),
                raw_hash = coalesce(excluded.raw_hash, pages.raw_hash),
                fetched_at = coalesce(excluded.fetched_at, pages.fetched_at),
                outcome = excluded.outcome,
                article_url = coalesce(excluded.article_url, pages.article_url)
            """,
            (
                url,
                lastmod,
                etag,
                last_modified,
                raw_hash,
                fetched_at or utcnow(),
                outcome,
                article_url,
            ),
        )
        if commit:
            self.db.commit()

    # -- articles --------------------------------------------------------------
    def article(self, canonical_url: str) -> ArticleState | None:
        """The stored version of an article, or None."""
        row = self.db.execute(
            "SELECT canonical_url, version, text_hash, first_url FROM articles"
            " WHERE canonical_url = ?",
            (canonical_url,),
        ).fetchone()
        return ArticleState(row[0], row[1], row[2], row[3]) if row else None

    def find_duplicate(
        self, text_hash: str, signature: bytes | None, threshold: float, exclude: str
    ) -> str | None:
        """The canonical URL of another article with the same text or (when a
        MinHash ``signature`` is given) an estimated similarity >= ``threshold``."""
        row = self.db.execute(
            "SELECT canonical_url FROM articles WHERE text_hash = ? AND canonical_url != ? LIMIT 1",
            (text_hash, exclude),
        ).fetchone()
        if row:
            return str(row[0])
        if signature is None:
            return None
        keys = lsh_keys(signature)
        where = " OR ".join("(band = ? AND key = ?)" for _ in keys)
        params = [v for band, key in enumerate(keys) for v in (band, key)]
        candidates = {
            str(r[0])
            for r in self.db.execute(
                f"SELECT DISTINCT canonical_url FROM lsh WHERE {where}", params
            )
        } - {exclude}
        best: tuple[float, str] | None = None
        for url in sorted(candidates):
            stored = self.db.execute(
                "SELECT minhash FROM articles WHERE canonical_url = ?", (url,)
            ).fetchone()
            if not stored or stored[0] is None:
                continue
            score = similarity(signature, stored[0])
            if score >= threshold and (best is None or score > best[0]):
                best = (score, url)
        return best[1] if best else None

    def store_version(
        self,
        canonical_url: str,
        version: int,
        text_hash: str,
        signature: bytes | None,
        url: str,
        fetched_at: str,
        commit: bool = True,
    ) -> None:
        """Record ``version`` of an article as the current one."""
        self.db.execute(
            """
            INSERT INTO articles (canonical_url, version, text_hash, minhash, first_url,
                                  updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (canonical_url) DO UPDATE SET
                version = excluded.version, text_hash = excluded.text_hash,
                minhash = excluded.minhash, updated_at = excluded.updated_at
            """,
            (canonical_url, version, text_hash, signature, url, fetched_at),
        )
        self.db.execute("DELETE FROM lsh WHERE canonical_url = ?", (canonical_url,))
        if signature is not None:
            self.db.executemany(
                "INSERT OR IGNORE INTO lsh VALUES (?, ?, ?)",
                [(band, key, canonical_url) for band, key in enumerate(lsh_keys(signature))],
            )
        self.db.execute(
            "INSERT OR IGNORE INTO versions VALUES (?, ?, ?, ?, ?)",
            (canonical_url, version, text_hash, url, fetched_at),
        )
        if commit:
            self.db.commit()

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        return {
            t: int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("pages", "articles", "versions")
        }

    # -- outputs and runs ------------------------------------------------------
    def output_offset(self, path: str) -> int:
        """How many bytes of output file ``path`` the state already reflects."""
        row = self.db.execute("SELECT byte_offset FROM outputs WHERE path = ?", (path,)).fetchone()
        return int(row[0]) if row else 0

    def set_output_offset(self, path: str, offset: int, commit: bool = True) -> None:
        """Remember that output ``path`` is reflected up to byte ``offset``."""
        self.db.execute(
            "INSERT INTO outputs VALUES (?, ?) ON CONFLICT (path) DO UPDATE"
            " SET byte_offset = excluded.byte_offset",
            (path, offset),
        )
        if commit:
            self.db.commit()

    def start_run(self) -> int:
        """Open a row in ``runs``; returns its id."""
        with self.db:
            cur = self.db.execute("INSERT INTO runs (started_at) VALUES (?)", (utcnow(),))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, reason: str, stats: dict[str, Any]) -> None:
        """Close a run with Scrapy's finish reason and its counters."""
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at = ?, reason = ?, stats = ? WHERE id = ?",
                (utcnow(), reason, json.dumps(stats, default=str), run_id),
            )


def schema_problem(db: sqlite3.Connection) -> str | None:
    """What makes ``db`` another schema than this crawl's, or None (an empty
    file, or one whose tables have at least this crawl's columns).

    >>> db = sqlite3.connect(":memory:")
    >>> schema_problem(db) is None
    True
    >>> _ = db.execute("CREATE TABLE pages (id INTEGER)")
    >>> schema_problem(db)
    'table pages lacks columns article_url, etag, fetched_at, last_modified, lastmod, ...'
    """
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return None
    if "pages" not in tables:
        return "no pages table"
    for table, expected in EXPECTED_COLUMNS.items():
        if table not in tables:
            continue
        found = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        missing = sorted(expected - found)
        if missing:
            listed = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
            return f"table {table} lacks columns {listed}"
    version = (
        db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if "meta" in tables
        else None
    )
    if version is not None and version[0] != SCHEMA_VERSION:
        return f"schema version {version[0]}, expected {SCHEMA_VERSION}"
    return None


def set_aside(path: Path, why: str) -> Path:
    """Rename an unusable state file (and its SQLite journal files) with a
    timestamp, with one warning line; returns the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{aside}{suffix}"))
    logger.warning("state %s set aside as %s: %s", path, aside.name, why)
    return aside


class StateLock(FileLock):
    """The lock on a state file (``STATE.lock``), held by one crawl at a time;
    raises :class:`StateError`."""

    error = StateError
