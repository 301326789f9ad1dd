"""Each site's template in the crawl state, and re-extraction of stored pages.

The crawl keeps the raw HTML of the newest ``MAX_RAW_PAGES`` article pages of
each site (compressed, in its own tables of the state file). Once
``MIN_PAGES`` pages of a site are in, its template is learned
(:func:`scraper.learn_site`) and every later page of the site is extracted
with it. The template is learned again as pages come (each time the site's
pages have doubled since), and from the newest pages alone when
``MIN_PAGES`` pages in a row no longer fit it (a redesign).
:func:`reextract` extracts the stored raw pages again with their site's
template; the store keeps a new version only of an article whose text
changed.

Counters: ``newsclean/templates/learned``, ``newsclean/templates/used``,
``newsclean/templates/misfit``.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cleaners.errors import ExtractionError
from scraper.sites import SiteTemplate, learn_site, site_key
from spiders.settings import MAX_RAW_PAGES, MIN_PAGES, MISFITS_TO_RELEARN
from spiders.state import utcnow

SCHEMA = """
CREATE TABLE IF NOT EXISTS site_pages (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    site TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched_at TEXT
);
CREATE INDEX IF NOT EXISTS site_pages_site ON site_pages (site);
CREATE TABLE IF NOT EXISTS site_templates (
    site TEXT PRIMARY KEY,
    template TEXT NOT NULL,
    learned_from INTEGER NOT NULL,
    misfits INTEGER NOT NULL DEFAULT 0,
    learned_at TEXT
);
"""


@dataclass
class StoredPage:
    """A raw page kept for learning and re-extraction."""

    key: str
    url: str
    site: str
    body: bytes
    fetched_at: str | None


class SiteTemplates:
    """The sites' raw pages and templates, in the crawl state's database."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)
        self._cache: dict[str, SiteTemplate | None] = {}

    def template(self, site: str) -> SiteTemplate | None:
        """The site's current template, or None before it has one."""
        if site not in self._cache:
            row = self.db.execute(
                "SELECT template FROM site_templates WHERE site = ?", (site,)
            ).fetchone()
            try:
                self._cache[site] = SiteTemplate.from_json(row[0]) if row else None
            except ValueError:  # learned by an older version: learn again from the kept pages
                count = self.db.execute(
                    "SELECT count(*) FROM site_pages WHERE site = ?", (site,)
                ).fetchone()[0]
                self._learn(site, count)
                self.db.commit()
        return self._cache[site]

    def template_json(self, url: str) -> str | None:
        """The template of ``url``'s site as JSON (for an extraction worker)."""
        site = site_key(url)
        template = self.template(site) if site else None
        return template.to_json() if template is not None else None

    def observe(
        self, key: str, url: str, body: bytes, fetched_at: str | None, fit: bool | None
    ) -> str:
        """Keep an article page's raw HTML and learn its site's template when
        due. ``fit`` says whether the page was extracted with the template
        (None: the site had none). Returns what happened: ``learned``,
        ``misfit`` or ``kept``."""
        site = site_key(url)
        if not site:
            return "kept"
        self.db.execute(
            "INSERT OR REPLACE INTO site_pages (key, url, site, body, fetched_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (key, url, site, zlib.compress(body), fetched_at),
        )
        self.db.execute(
            "DELETE FROM site_pages WHERE site = ? AND rowid NOT IN"
            " (SELECT rowid FROM site_pages WHERE site = ? ORDER BY rowid DESC LIMIT ?)",
            (site, site, MAX_RAW_PAGES),
        )
        outcome = "kept"
        row = self.db.execute(
            "SELECT learned_from, misfits FROM site_templates WHERE site = ?", (site,)
        ).fetchone()
        count = self.db.execute(
            "SELECT count(*) FROM site_pages WHERE site = ?", (site,)
        ).fetchone()[0]
        if row is None:
            if count >= MIN_PAGES:
                self._learn(site, count)
                outcome = "learned"
        else:
            learned_from, misfits = row
            misfits = misfits + 1 if fit is False else 0
            if misfits >= MISFITS_TO_RELEARN:
                self._learn(site, misfits)  # the newest pages: the new design
                outcome = "learned"
            elif count >= 2 * learned_from and learned_from < MAX_RAW_PAGES:
                self._learn(site, count)
                outcome = "learned"
            else:
                self.db.execute(
                    "UPDATE site_templates SET misfits = ? WHERE site = ?", (misfits, site)
                )
                outcome = "misfit" if fit is False else "kept"
        self.db.commit()
        return outcome

    def _learn(self, site: str, newest: int) -> None:
        bodies = [
            zlib.decompress(body)
            for (body,) in self.db.execute(
                "SELECT body FROM site_pages WHERE site = ? ORDER BY rowid DESC LIMIT ?",
                (site, newest),
            )
        ]
        template = learn_site(bodies)
        self.db.execute(
            "INSERT OR REPLACE INTO site_templates"
            " (site, template, learned_from, misfits, learned_at) VALUES (?, ?, ?, 0, ?)",
            (site, template.to_json(), template.pages, utcnow()),
        )
        self._cache[site] = template

    def pages(self) -> Iterator[StoredPage]:
        """The kept raw pages of every site that has a template, oldest first."""
        rows = self.db.execute(
            "SELECT key, url, p.site, body, fetched_at FROM site_pages p"
            " JOIN site_templates t ON t.site = p.site ORDER BY p.rowid"
        ).fetchall()  # read whole: re-extraction writes to the same database
        for key, url, site, body, fetched_at in rows:
            yield StoredPage(key, url, site, zlib.decompress(body), fetched_at)


def used_template(article: dict[str, Any]) -> bool | None:
    """Whether an extracted article (``Article.to_dict()``) was extracted with
    its site's template: True, False (the page did not fit), None (no template)."""
    for change in article.get("changes") or []:
        if change.get("cleaner") == "site_template" and change.get("action") == "note":
            return str(change.get("text", "")).startswith("template")
    return None


def reextract(
    store: Any, drop: tuple[str, ...] = (), body_selector: str | None = None
) -> Counter[str]:
    """Extract every kept raw page again with its site's template, through
    the store's usual decision (a new version only when the text changed).
    ``store`` is an open :class:`~spiders.store.ArticleStore`. Returns the
    outcomes counted (``stored``, ``unchanged``, ``duplicate``, ``no_article``)."""
    from spiders.store import ExtractedPage
    from spiders.urls import canonicalize_url
    from spiders.workers import extract_page

    templates = SiteTemplates(store.state.db)
    outcomes: Counter[str] = Counter()
    for page in templates.pages():
        site = templates.template(page.site)
        assert site is not None
        try:
            result = extract_page(page.body, page.url, drop, body_selector, site.to_json())
        except ExtractionError:
            outcomes["no_article"] += 1
            continue
        extracted = ExtractedPage(
            key=page.key,
            url=page.url,
            canonical_url=canonicalize_url(result["canonical"] or page.url),
            article=result["article"],
            text_hash=result["text_hash"],
            signature=result["signature"],
            fetched_at=page.fetched_at or utcnow(),
        )
        outcome, _ = store.accept(extracted)
        outcomes[outcome] += 1
    return outcomes
