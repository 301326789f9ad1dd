"""The demo news site: articles from ``articles/*.txt`` rendered the way real
news sites serve them.

Each article page has site navigation, a breadcrumb, share buttons, a
``<figure>`` with ``<figcaption>``, the body as ``<p>`` paragraphs or as one
block of text broken by ``<br><br>``, a related-stories box, a reader
comments block and a footer. The site also serves a sitemap index (a Google
News sitemap and a gzipped archive sitemap), an RSS feed whose links carry
tracking parameters, a robots.txt that disallows the premium section, a wire
copy of one article (same text, one word changed, no canonical link) and a
partner copy of another (``<link rel="canonical">`` to the original).
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from spiders.demo_site.corpus import (
    ARTICLES_DIR,
    COMMENTS,
    DISALLOWED_PREFIX,
    FEED_SIZE,
    HOME_TRACKING_QUERY,
    NEWS_SITEMAP_SIZE,
    SITE_NAME,
    TRACKING_QUERY,
    DemoArticle,
    copies_of,
    editions,
    load_articles,
    parse_article_file,
)

__all__ = ["ARTICLES_DIR", "COMMENTS", "DISALLOWED_PREFIX", "DemoArticle", "DemoSite", "Page"]
__all__ += ["editions", "load_articles", "parse_article_file"]


def _http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


class DemoSite:
    """The site's pages, rendered on request (thread-safe; articles can change).

    >>> site = DemoSite()
    >>> len(site.expected_articles()) >= 20
    True
    >>> page = site.render("/robots.txt", "http://127.0.0.1:8000")
    >>> b"Disallow: /news/premium/" in page.body
    True
    """

    def __init__(self, articles: list[DemoArticle] | None = None, copies: int = 1) -> None:
        base = articles if articles is not None else load_articles()
        self.articles: list[DemoArticle] = editions(base, copies) + copies_of(base)
        self._lock = threading.Lock()

    # -- what a crawl should end with -----------------------------------------
    def article(self, slug: str) -> DemoArticle:
        """The article with ``slug``."""
        return next(a for a in self.articles if a.slug == slug)

    def expected_articles(self) -> list[DemoArticle]:
        """The articles a polite crawl stores: everything but the robots.txt-
        disallowed pages and the copies."""
        return [a for a in self.articles if a.kind == "article" and not a.disallowed]

    def update_article(
        self, slug: str, new_paragraph: str, position: int = 1, when: datetime | None = None
    ) -> None:
        """Insert a paragraph into an article (an update after the lead, by
        default) and move its modification date, as an editor would."""
        with self._lock:
            art = self.article(slug)
            art.paragraphs = [*art.paragraphs[:position], new_paragraph, *art.paragraphs[position:]]
            art.modified = when or max(
                datetime.now(UTC).replace(microsecond=0),
                art.last_modified + timedelta(seconds=1),
            )

    # -- rendering -------------------------------------------------------------
    def render(self, path: str, base: str) -> Page | None:
        """The page at ``path`` (query string ignored), or None for a 404."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        with self._lock:
            if path in ("/", "/index.html"):
                return self._home(base)
            if path == "/robots.txt":
                return Page(self._robots(base), "text/plain; charset=utf-8", self._newest())
            if path == "/sitemap.xml":
                return Page(self._sitemap_index(base), "application/xml", self._newest())
            if path == "/sitemaps/news.xml":
                return Page(self._news_sitemap(base), "application/xml", self._newest())
            if path == "/sitemaps/archive.xml.gz":
                return Page(
                    gzip.compress(self._archive_sitemap(base), mtime=0),
                    "application/x-gzip",
                    self._newest(),
                )
            if path == "/rss.xml":
                return Page(self._rss(base), "application/rss+xml; charset=utf-8", self._newest())
            for art in self.articles:
                if art.path == path:
                    return Page(
                        self._article_page(art, base).encode(),
                        "text/html; charset=utf-8",
                        art.last_modified,
                    )
            sections = {a.section for a in self.articles}
            for section in sections:
                if path == f"/news/{section}/":
                    return self._section(section, base)
        return None

    def _newest(self) -> datetime:
        return max(a.last_modified for a in self.articles)

    def _listed(self) -> list[DemoArticle]:
        """Articles in the site's own lists (newest first): not the copies."""
        return sorted(
            (a for a in self.articles if a.kind == "article"),
            key=lambda a: a.published,
            reverse=True,
        )

    def _chrome(self, title: str, body: str, base: str, head: str = "") -> str:
        sections = sorted({a.section for a in self._listed() if not a.disallowed})
        nav = "".join(f'<li><a href="/news/{s}/">{escape(s.title())}</a></li>' for s in sections)
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)} | {SITE_NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/rss+xml" href="{base}/rss.xml">
{head}
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">{SITE_NAME}</a>
  <nav class="main-nav"><ul>{nav}</ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
{body}
<footer class="site-footer">
  <p>&copy; 2024 {SITE_NAME}. All rights reserved.</p>
  <ul><li><a href="/about.html">About us</a></li><li><a href="/privacy.html">Privacy</a></li>
  <li><a href="/rss.xml">RSS</a></li></ul>
</footer>
</body>
</html>
"""

    def _teaser_list(self, articles: list[DemoArticle], query: str = "") -> str:
        items = "".join(
            f'<li><a href="{a.path}{query if i % 3 == 0 else ""}">{escape(a.title)}</a>'
            f"<p>{escape(_first_sentence(a.paragraphs[0]))}</p></li>"
            for i, a in enumerate(articles)
        )
        return f'<ul class="teasers">{items}</ul>'

    def _home(self, base: str) -> Page:
        listed = self._listed()
        partner = [a for a in self.articles if a.kind == "partner"]
        links = self._teaser_list(listed, HOME_TRACKING_QUERY)
        extra = "".join(
            f'<li><a href="{a.path}">{escape(a.title)} (from our partners)</a></li>'
            for a in partner
        )
        body = f"""<main class="home">
<h1>Latest news</h1>
{links}
<section class="partners"><h2>From our partners</h2><ul>{extra}</ul></section>
</main>"""
        return Page(
            self._chrome("Home", body, base).encode(), "text/html; charset=utf-8", self._newest()
        )

    def _section(self, section: str, base: str) -> Page:
        listed = [a for a in self._listed() if a.section == section]
        body = (
            f'<main class="section"><h1>{escape(section.title())}</h1>'
            f"{self._teaser_list(listed)}</main>"
        )
        return Page(
            self._chrome(section.title(), body, base).encode(),
            "text/html; charset=utf-8",
            self._newest(),
        )

    def _article_page(self, art: DemoArticle, base: str) -> str:
        canonical = art.canonical_path or art.path
        head = ""
        if art.kind != "wire":  # the wire copy carries no canonical link
            head = f'<link rel="canonical" href="{base}{canonical}">'
        head += (
            f'\n<meta property="og:title" content="{escape(art.title)}">'
            f'\n<meta name="author" content="{escape(art.author)}">'
            f'\n<meta property="article:published_time" '
            f'content="{art.published.isoformat()}">'
        )
        paragraphs = [escape(p) for p in art.paragraphs]
        figure = ""
        if art.caption:
            figure = (
                f'<figure class="lead-image"><img src="/img/{art.slug}.jpg" '
                f'alt="{escape(art.title)}" width="800" height="450">'
                f"<figcaption>{escape(art.caption)}</figcaption></figure>"
            )
        if art.layout == "br":
            body = (
                f'<div class="article-content">{paragraphs[0]}<br><br>{figure}'
                + "<br><br>\n".join(paragraphs[1:])
                + "</div>"
            )
        else:
            inner = [f"<p>{paragraphs[0]}</p>", figure, *(f"<p>{p}</p>" for p in paragraphs[1:])]
            body = '<div class="article-body">' + "\n".join(inner) + "</div>"
        others = [a for a in self._listed() if a.slug != art.slug and not a.disallowed]
        start = sum(map(ord, art.slug)) % max(1, len(others))
        related = (others + others)[start : start + 3]
        related_html = "".join(
            f'<li><a href="{a.path}">{escape(a.title)}</a>'
            f"<p>{escape(_first_sentence(a.paragraphs[0]))}</p></li>"
            for a in related
        )
        comments = "".join(
            f'<div class="comment"><p class="comment-author">{escape(who)}</p>'
            f'<p class="comment-text">{escape(what)}</p></div>'
            for who, what in COMMENTS
        )
        article = f"""<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo;
  <a href="/news/{art.section}/">{escape(art.section.title())}</a></nav>
<article class="story">
  <h1 class="headline">{escape(art.title)}</h1>
  <p class="byline">By <span class="author">{escape(art.author)}</span> &middot;
    <time datetime="{art.published.isoformat()}">{art.published:%d %B %Y, %H:%M}</time></p>
  <div class="share-tools">Share: <a href="#">Facebook</a> <a href="#">X</a>
    <a href="#">Email</a></div>
  {body}
  <aside class="related"><h3>Related news</h3><ul>{related_html}</ul></aside>
</article>
<section id="comments" class="comments"><h3>{len(COMMENTS)} comments</h3>{comments}
  <form class="comment-form"><textarea name="c"></textarea><button>Post</button></form>
</section>
</main>"""
        return self._chrome(art.title, article, base, head)

    def _robots(self, base: str) -> bytes:
        return (
            f"User-agent: *\nDisallow: {DISALLOWED_PREFIX}\nDisallow: /search\n\n"
            f"Sitemap: {base}/sitemap.xml\n"
        ).encode()

    def _sitemap_index(self, base: str) -> bytes:
        newest = self._newest().strftime("%Y-%m-%dT%H:%M:%SZ")
        items = "".join(
            f"<sitemap><loc>{base}{p}</loc><lastmod>{newest}</lastmod></sitemap>"
            for p in ("/sitemaps/news.xml", "/sitemaps/archive.xml.gz")
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}'
            "</sitemapindex>\n"
        ).encode()

    def _news_sitemap(self, base: str) -> bytes:
        recent = [a for a in self._listed() if not a.disallowed][:NEWS_SITEMAP_SIZE]
        items = "".join(
            f"<url><loc>{base}{a.path}</loc><news:news><news:publication>"
            f"<news:name>{SITE_NAME}</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{a.published.isoformat()}"
            f"</news:publication_date><news:title>{escape(a.title)}</news:title>"
            "</news:news></url>"
            for a in recent
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{items}</urlset>\n"
        ).encode()

    def _archive_sitemap(self, base: str) -> bytes:
        listed = [a for a in self.articles if not a.disallowed and a.kind != "partner"]
        items = "".join(
            f"<url><loc>{base}{a.path}</loc>"
            f"<lastmod>{a.last_modified.strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod></url>"
            for a in listed
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>\n'
        ).encode()

    def _rss(self, base: str) -> bytes:
        latest = self._listed()[:FEED_SIZE]
        premium = [a for a in self._listed() if a.disallowed and a not in latest]
        items = "".join(
            f"<item><title>{escape(a.title)}</title>"
            f"<link>{escape(base + a.path + TRACKING_QUERY)}</link>"
            f'<guid isPermaLink="false">{a.slug}</guid>'
            f"<pubDate>{_http_date(a.published)}</pubDate>"
            f"<description>{escape(_first_sentence(a.paragraphs[0]))}</description></item>"
            for a in [*latest, *premium]
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{SITE_NAME}</title><link>{base}/</link>"
            f"<description>Latest news</description>{items}</channel></rss>\n"
        ).encode()


@dataclass(frozen=True)
class Page:
    """A rendered response body with its type and modification time."""

    body: bytes
    content_type: str
    modified: datetime

    @property
    def last_modified(self) -> str:
        """The Last-Modified header value."""
        return _http_date(self.modified)
