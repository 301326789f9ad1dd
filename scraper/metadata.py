"""Page metadata: title, author, published date and language.

Sources, most trusted first: JSON-LD (``NewsArticle`` and friends), meta tags
(Open Graph, ``article:*``, ``name=author``, Dublin Core), microdata
(``itemprop``), then the page itself (``<h1>``, ``<title>``, ``<time>``,
``<html lang>``); the date falls back to htmldate. Read from the tree as
parsed, before the pre-pass strips ``<script>`` elements.

>>> import lxml.html
>>> tree = lxml.html.fromstring('<html lang="de-AT"><head>'
...     '<title>Hallo Welt, guten Tag | Zeitung</title>'
...     '<meta property="article:published_time" content="2019-11-20T10:43:00+01:00">'
...     '<meta name="author" content="Anna Berger"></head><body><p>x</p></body></html>')
>>> m = page_metadata(tree)
>>> m.title, m.author, m.published, m.language
('Hallo Welt, guten Tag', 'Anna Berger', '2019-11-20T10:43:00+01:00', 'de')
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lxml.html import HtmlElement

from cleaners.article import Article
from scraper.authors import (
    ORGANISATION_TYPES,
    clean_author,
    is_publisher,
    join_names,
    names_a_person,
    page_byline,
)
from scraper.settings import (
    MAX_DESCRIPTION_CHARS,
    MAX_FIELD_CHARS,
    MAX_TAGS,
    MIN_TITLE_CHARS,
)

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BlogPosting",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "WebPage",
        "SocialMediaPosting",
        "PressRelease",
    }
)
#: Meta tags per field, most trusted first (``property`` or ``name`` values).
META_TITLE = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title")
META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "twitter:creator",
)
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
)
META_SITE_NAME = ("og:site_name", "application-name", "twitter:site")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_LANGUAGE = ("og:locale", "content-language", "dc.language", "language")
META_IMAGE = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
)
#: Meta tags whose every occurrence is a tag (``article:tag`` repeats) or that
#: hold a comma-separated list (``keywords``).
META_TAGS = ("article:tag", "news_keywords", "keywords")
#: Separators between a headline and the site name in ``<title>``.
TITLE_SITE_SUFFIX = re.compile(r"\s+(?:[|–—·»:]|-{1,2})\s+(?!.*\s[|–—·»]\s).{2,60}$")
#: What separates a headline from the site name glued to it.
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")
SITE_SEPARATOR = re.compile(r"^\s+(?:[|–—·»:]|-{1,2}|::)\s+\S")
LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: A date standing alone as the last part of a title ("Headline | Site | 28.04.2023"):
#: day.month.year or ISO, never the ambiguous 04/05/2023.
TITLE_DATE = re.compile(
    r"\s[|–—·-]\s*(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))\s*$"
)
#: Markup some sites leave inside the JSON-LD article body.
_TAG = re.compile(r"<[^>]{0,500}>")
#: Of that markup, what ends a paragraph or a line.
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?blockquote)\b[^>]{0,500}>", re.I)


def _article_body(value: str) -> str:
    """The JSON-LD ``articleBody`` as text: markup out, a line per paragraph
    (where the publisher broke lines or left paragraph tags), spaces collapsed.

    >>> _article_body("First&nbsp;part.<p>Second <b>part</b>.</p>\\n\\nThird.")
    'First part.\\nSecond part.\\nThird.'
    """
    # an inline tag ("<b>", "<a href>") breaks no word, as it does not on the page
    text = _TAG.sub("", _BREAK_TAG.sub("\n", html.unescape(value)))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


@dataclass
class Metadata:
    """What the page says about the article."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    description: str | None = None
    #: Every description the page gives (meta tags, JSON-LD), ``description`` first.
    summaries: list[str] = field(default_factory=list)
    #: The JSON-LD ``articleBody``, a line per paragraph: evidence for choosing
    #: the body, and the body itself when the page's HTML holds little of it
    #: (a page its scripts fill in; see :mod:`scraper.agreement`).
    body: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    #: ``author`` names the publisher (an Organization, the site's own name):
    #: a person named elsewhere on the page is the better author.
    author_is_publisher: bool = False
    #: The names in the byline under the headline, read when the metadata
    #: names no person.
    byline: str | None = None

    @property
    def person(self) -> str | None:
        """The author when it names a person, not the publisher."""
        return None if self.author_is_publisher else self.author

    def describe(self, article: Article) -> None:
        """Copy what the page says about itself (description, image, tags,
        site name) onto ``article``; its author is the person the metadata
        or the text names, else the page's byline, else the publisher, as
        names joined by ", "."""
        article.description = self.description
        article.image = self.image
        article.tags = list(self.tags)
        article.site_name = self.site_name
        found = article.author or self.byline
        if self.author_is_publisher:  # only a person's name replaces the publisher
            found = next((a for a in (article.author, self.byline) if names_a_person(a)), None)
        article.author = join_names(found or self.author)


def _clean(value: Any, limit: int = MAX_FIELD_CHARS) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())  # "&#163;" left escaped by some CMSs
    return text if text and len(text) <= limit else None


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    return {kind} if isinstance(kind, str) else {k for k in kind or [] if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD ``author``/``creator`` value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _from_json_ld(tree: HtmlElement, meta: Metadata) -> None:
    for item in _json_ld_objects(tree):
        if not _types(item) & ARTICLE_TYPES:
            continue
        meta.title = meta.title or _clean(item.get("headline")) or _clean(item.get("name"))
        if meta.author is None:
            authors = [a for a in (clean_author(n) for n in _names(item.get("author"))) if a]
            if authors:
                meta.author = ", ".join(dict.fromkeys(authors))
                meta.author_is_publisher = _organisations_only(item.get("author"))
        meta.published = meta.published or _clean(item.get("datePublished"))
        meta.language = meta.language or _clean(item.get("inLanguage"))
        article_body = item.get("articleBody")
        if meta.body is None and isinstance(article_body, str) and article_body.strip():
            meta.body = _article_body(article_body)
        meta.image = meta.image or _url(item.get("image"))
        meta.description = meta.description or _clean(
            item.get("description"), MAX_DESCRIPTION_CHARS
        )
        if not meta.tags:
            meta.tags = _split_tags(item.get("keywords"))
        publisher = item.get("publisher")
        if isinstance(publisher, dict):
            meta.site_name = meta.site_name or _clean(publisher.get("name"))


def _organisations_only(value: Any) -> bool:
    """Whether every author in a JSON-LD ``author`` value is an organisation."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(
        isinstance(v, dict) and bool(_types(v) & ORGANISATION_TYPES) for v in items
    )


def _url(value: Any) -> str | None:
    """An image URL from a JSON-LD ``image`` (a string, an ImageObject, a list)."""
    if isinstance(value, list):
        return next((u for u in map(_url, value) if u), None)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    url = _clean(value)
    return url if url and " " not in url else None


def _split_tags(value: Any) -> list[str]:
    """Tags from a keywords value: a list, or one comma-separated string.

    >>> _split_tags("Politics, Elections ,politics, ")
    ['Politics', 'Elections']
    """
    items = value if isinstance(value, list) else str(value or "").split(",")
    seen: dict[str, str] = {}
    for item in items:
        tag = _clean(item) if isinstance(item, str) else None
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())[:MAX_TAGS]


def _meta_tag_list(tree: HtmlElement) -> list[str]:
    """Tags from the meta tags: every ``article:tag``, else a keywords list."""
    values: dict[str, list[str]] = {}
    for elem in tree.iterfind(".//meta"):
        key = (elem.get("property") or elem.get("name") or "").lower()
        if key in META_TAGS:
            values.setdefault(key, []).append(elem.get("content") or "")
    for key in META_TAGS:
        if key in values:
            return _split_tags(",".join(values[key]) if key != "article:tag" else values[key])
    return []


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for elem in tree.iterfind(".//meta"):
        key = (elem.get("property") or elem.get("name") or elem.get("http-equiv") or "").lower()
        limit = MAX_DESCRIPTION_CHARS if key in META_DESCRIPTION else MAX_FIELD_CHARS
        value = _clean(elem.get("content"), limit)
        if key and value and key not in found:
            found[key] = value
    return found


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[k] for k in keys if k in tags), None)


def _itemprop(tree: HtmlElement, name: str) -> str | None:
    for elem in tree.iterfind(f".//*[@itemprop='{name}']"):
        value = elem.get("content") or elem.get("datetime") or elem.text_content()
        value = _clean(value)
        if value:
            return value
    return None


def _language(value: str | None) -> str | None:
    m = LANGUAGE_TAG.match((value or "").strip())
    return m.group(1).lower() if m else None


def title_from_title_tag(text: str | None) -> str | None:
    """The headline part of a ``<title>`` ("Headline | Site" -> "Headline").

    >>> title_from_title_tag("Storm hits coast - The Daily Planet")
    'Storm hits coast'
    """
    text = _clean(text)
    if not text:
        return None
    stripped = TITLE_SITE_SUFFIX.sub("", text)
    return stripped if len(stripped) >= MIN_TITLE_CHARS else text


def strip_site_name(title: str | None, site: str | None, headline: str | None) -> str | None:
    """The title without the site's name glued on ("Headline | Site"); the
    page's ``<h1>`` when the title is that headline plus a suffix.

    >>> strip_site_name("Storm hits coast | The Gazette", "The Gazette", None)
    'Storm hits coast'
    >>> strip_site_name("Storm hits coast - Local news", None, "Storm hits coast")
    'Storm hits coast'
    """
    if not title:
        return title
    suffix = title[len(headline) :] if headline and title.startswith(headline) else ""
    if suffix and SITE_SEPARATOR.match(suffix):
        return headline
    if site:
        site = site.lstrip("@")
        for sep in SITE_SEPARATORS:
            if title.endswith(sep + site) and len(title) > len(sep + site):
                return title[: -len(sep + site)].strip()
            if title.startswith(site + sep) and len(title) > len(site + sep):
                return title[len(site + sep) :].strip()
    return title


def page_metadata(
    tree: HtmlElement,
    url: str | None = None,
    headline: str | None = None,
    search_date: bool = True,
) -> Metadata:
    """Title, author, published date and language of a parsed page.

    ``headline`` is the page's ``<h1>`` when the caller already has it;
    ``search_date=False`` skips htmldate's search of the page (large pages).
    """
    meta = Metadata()
    _from_json_ld(tree, meta)
    tags = _meta_tags(tree)
    meta.title = meta.title or _first(tags, META_TITLE) or headline
    if meta.title is None:
        meta.title = title_from_title_tag(_title_text(tree))
    meta.title = strip_site_name(meta.title, _first(tags, META_SITE_NAME), headline)
    if meta.author is None:
        meta.author = clean_author(_first(tags, META_AUTHOR)) or clean_author(
            _itemprop(tree, "author")
        )
    site_names = [_first(tags, META_SITE_NAME[:2]), meta.site_name]
    meta.author_is_publisher = meta.author_is_publisher or is_publisher(
        meta.author, site_names, url
    )
    if meta.person is None:  # the reader sees a byline the metadata left out
        publisher = meta.author or _first(tags, META_SITE_NAME[:2]) or meta.site_name
        meta.byline = page_byline(tree, tree.find(".//h1"), publisher)
    meta.published = (
        meta.published
        or _first(tags, META_PUBLISHED)
        or _itemprop(tree, "datePublished")
        or title_date(_first(tags, META_TITLE[:1]), _title_text(tree))
    )
    if search_date:
        search_page_date(meta, tree, url)
    given = [tags[k] for k in META_DESCRIPTION if k in tags]
    meta.summaries = list(
        dict.fromkeys([*given, *([meta.description] if meta.description else [])])
    )
    meta.description = _first(tags, META_DESCRIPTION) or meta.description
    meta.image = _first(tags, META_IMAGE) or meta.image
    meta.site_name = _first(tags, META_SITE_NAME[:2]) or meta.site_name
    meta.tags = meta.tags or _meta_tag_list(tree)
    meta.language = (
        _language(meta.language)
        or _language(tree.get("lang"))
        or _language(_first(tags, META_LANGUAGE))
    )
    return meta


def _title_text(tree: HtmlElement) -> str | None:
    title_elem = tree.find(".//title")
    return title_elem.text_content() if title_elem is not None else None


def title_date(*titles: str | None) -> str | None:
    """The date a title ends with, as its own part, in ISO form: the page's own
    statement of its day, where the body's dates may be other articles'.

    >>> title_date(None, "Ziele, Chancen, Risiken | Europa | DW | 28.04.2023")
    '2023-04-28'
    >>> title_date("Results of the 12.05.2024 vote", "Vote | 04/05/2024") is None
    True
    """
    for title in titles:
        m = TITLE_DATE.search(title or "")
        if m is None:
            continue
        year, month, day = (m["y"], m["m"], m["d"]) if m["y"] else (m["iy"], m["im"], m["id"])
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:  # 31.02.2024: not a date
            continue
    return None


def search_page_date(meta: Metadata, tree: HtmlElement, url: str | None = None) -> None:
    """Set ``meta.published`` from htmldate's search of the page when the
    metadata gave no ISO date (htmldate copies and serialises the tree: the
    caller may bound the tree first)."""
    if meta.published is None or not ISO_DATE.match(meta.published):
        meta.published = _htmldate(tree, url) or meta.published


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(tree, url=url, extensive_search=False, original_date=True)
    except (ValueError, TypeError):  # htmldate rejects some odd trees
        return None
