"""Article URLs from sitemaps, sitemap indexes, Google News sitemaps,
robots.txt ``Sitemap:`` lines and RSS/Atom feeds: pure functions on bytes.

Sitemaps are read as a stream (:func:`iter_sitemap`): decompressed and parsed
a piece at a time, each entry dropped once read, so a 50 MB sitemap of
millions of URLs takes the memory of one entry, not of its tree.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, BinaryIO

from lxml import etree

from spiders.settings import MAX_SITEMAP_BYTES
from spiders.store import normalize_lastmod

GZIP_MAGIC = b"\x1f\x8b"
#: Bytes read from the stream at a time while parsing a sitemap.
READ_CHUNK = 1 << 16
ROBOTS_SITEMAP_LINE = re.compile(rb"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)
#: A document type declaration with its internal subset: sitemaps and feeds
#: need none, and its entity definitions (billion laughs, external entities)
#: are dropped before parsing, so that the entries after them still count.
DOCTYPE = re.compile(rb"<!DOCTYPE\s[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
#: How far into a document a DOCTYPE is looked for (it precedes the root element).
DOCTYPE_WINDOW = 1 << 16
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, remove_comments=True, huge_tree=False
)


@dataclass(frozen=True)
class Entry:
    """One URL found in a sitemap or feed, with its date when given."""

    url: str
    lastmod: str | None = None
    is_sitemap: bool = False


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(elem: etree._Element, *names: str) -> str | None:
    for child in elem.iter():
        if child is not elem and _local(child.tag) in names and (child.text or "").strip():
            return str(child.text).strip()
    return None


def maybe_gunzip(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """Decompress a gzip body (``sitemap.xml.gz``), refusing more than ``limit`` bytes.

    >>> maybe_gunzip(gzip.compress(b"<urlset/>"))
    b'<urlset/>'
    >>> maybe_gunzip(b"<urlset/>")
    b'<urlset/>'
    """
    if not body.startswith(GZIP_MAGIC):
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"sitemap larger than {limit} bytes once decompressed")
    return data


class SitemapTooLarge(ValueError):
    """A sitemap that decompresses to more than the limit (a gzip bomb)."""


class _SitemapStream:
    """A sitemap body as a file for lxml: decompressed on the fly when gzip,
    its DOCTYPE dropped, and refused past ``limit`` decompressed bytes."""

    def __init__(self, body: bytes, limit: int) -> None:
        raw = io.BytesIO(body)
        self.source: BinaryIO | gzip.GzipFile = (
            gzip.GzipFile(fileobj=raw) if body.startswith(GZIP_MAGIC) else raw
        )
        self.limit = limit
        self.total = 0
        self.buffer = b""
        self.started = False

    def _more(self) -> bytes:
        data = self.source.read(DOCTYPE_WINDOW if not self.started else READ_CHUNK)
        self.total += len(data)
        if self.total > self.limit:
            raise SitemapTooLarge(f"sitemap larger than {self.limit} bytes once decompressed")
        if not self.started:
            self.started = True
            data = without_doctype(data.lstrip())
        return data

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (lxml asks for a buffer's worth at a time)."""
        size = READ_CHUNK if size is None or size < 0 else size
        while len(self.buffer) < size:
            data = self._more()
            if not data:
                break
            self.buffer += data
        out, self.buffer = self.buffer[:size], self.buffer[size:]
        return out


def iter_sitemap(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> Iterator[Entry]:
    """The entries of a sitemap or sitemap index, read as a stream.

    Stops at the first damage (the entries before it count); raises
    :class:`SitemapTooLarge` past ``limit`` decompressed bytes.

    >>> body = gzip.compress(b'<urlset><url><loc>https://e.org/a</loc></url></urlset>')
    >>> [e.url for e in iter_sitemap(body)]
    ['https://e.org/a']
    >>> next(iter_sitemap(gzip.compress(b"<urlset>" + b" " * 5000), limit=1000))
    Traceback (most recent call last):
    ...
    spiders.discovery.SitemapTooLarge: sitemap larger than 1000 bytes once decompressed
    """
    stream = _SitemapStream(body, limit)
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        huge_tree=False,
        recover=True,
    )
    kind = None
    try:
        for event, elem in events:
            if kind is None:  # the root element says what the document is
                kind = _local(elem.tag)
                if kind not in ("urlset", "sitemapindex"):
                    return
                continue
            if event != "end" or elem.getparent() is None:
                continue
            if elem.getparent().getparent() is not None:
                continue  # inside an entry: read with the entry
            if _local(elem.tag) in ("url", "sitemap"):
                entry = _entry(elem, kind == "sitemapindex")
                if entry is not None:
                    yield entry
            # Drop what was read: memory stays that of one entry.
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]
    except (etree.XMLSyntaxError, EOFError, OSError, zlib.error):
        return  # damaged or cut short: the entries before the damage count


def _entry(item: etree._Element, is_sitemap: bool) -> Entry | None:
    loc = next((c.text for c in item if _local(c.tag) == "loc" and c.text), None)
    if not loc or not loc.strip():
        return None
    lastmod = next(
        (c.text.strip() for c in item if _local(c.tag) == "lastmod" and c.text and c.text.strip()),
        None,
    )
    if lastmod is None:
        lastmod = _child_text(item, "publication_date")
    return Entry(loc.strip(), lastmod, is_sitemap=is_sitemap)


def without_doctype(data: bytes) -> bytes:
    """``data`` without its DOCTYPE declaration (entities stay unexpanded refs).

    >>> without_doctype(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>')
    b'<?xml version="1.0"?><r>&a;</r>'
    """
    head = data[:DOCTYPE_WINDOW]
    if b"<!doctype" not in head.lower():
        return data
    return DOCTYPE.sub(b"", head, count=1) + data[DOCTYPE_WINDOW:]


def _root(body: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(without_doctype(maybe_gunzip(body).strip()), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def parse_sitemap(body: bytes) -> list[Entry]:
    """Entries of a sitemap (``urlset``: pages) or sitemap index (``sitemapindex``:
    more sitemaps). A Google News entry's publication date stands in for a
    missing ``lastmod``.

    >>> xml = b'''<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    ...   xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    ... <url><loc>https://e.org/a.html</loc><news:news>
    ...   <news:publication_date>2019-10-16</news:publication_date></news:news></url>
    ... <url><loc> https://e.org/b.html </loc><lastmod>2020-01-01</lastmod></url></urlset>'''
    >>> [(e.url, e.lastmod) for e in parse_sitemap(xml)]
    [('https://e.org/a.html', '2019-10-16'), ('https://e.org/b.html', '2020-01-01')]
    >>> parse_sitemap(b'<sitemapindex><sitemap><loc>https://e.org/s.xml</loc></sitemap></sitemapindex>')
    [Entry(url='https://e.org/s.xml', lastmod=None, is_sitemap=True)]
    """
    try:
        return list(iter_sitemap(body))
    except SitemapTooLarge:
        return []


def parse_feed(body: bytes) -> list[Entry]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, with the item's
    updated/published date.

    >>> rss = b'''<rss><channel><item><link>https://e.org/a</link>
    ...   <pubDate>Wed, 16 Oct 2019 09:30:00 +0700</pubDate></item></channel></rss>'''
    >>> parse_feed(rss)
    [Entry(url='https://e.org/a', lastmod='Wed, 16 Oct 2019 09:30:00 +0700', is_sitemap=False)]
    >>> atom = b'''<feed xmlns="http://www.w3.org/2005/Atom"><entry>
    ...   <link rel="alternate" href="https://e.org/b"/><updated>2020-01-01T00:00:00Z</updated>
    ... </entry></feed>'''
    >>> parse_feed(atom)[0].url
    'https://e.org/b'
    """
    root = _root(body)
    if root is None:
        return []
    entries = []
    for item in root.iter():
        name = _local(item.tag)
        if name == "item":
            link = next(
                (
                    c.text.strip()
                    for c in item
                    if _local(c.tag) == "link" and c.text and c.text.strip()
                ),
                None,
            )
            if link is None:  # RSS 1.0 puts the link in rdf:about
                link = next((v for k, v in item.attrib.items() if _local(k) == "about"), None)
            if link is None:  # <guid isPermaLink="true">
                link = next(
                    (
                        c.text.strip()
                        for c in item
                        if _local(c.tag) == "guid"
                        and c.get("isPermaLink", "true") != "false"
                        and c.text
                    ),
                    None,
                )
            date = _child_text(item, "pubdate", "date", "updated", "published")
        elif name == "entry":
            links = [c for c in item if _local(c.tag) == "link" and c.get("href")]
            chosen = next((c for c in links if c.get("rel", "alternate") == "alternate"), None)
            link = chosen.get("href") if chosen is not None else None
            date = _child_text(item, "updated", "published")
        else:
            continue
        if link:
            entries.append(Entry(link.strip(), date))
    return entries


def robots_sitemaps(body: bytes) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt.

    >>> robots_sitemaps(b"User-agent: *\\nDisallow: /x\\nSitemap: https://e.org/s.xml\\n")
    ['https://e.org/s.xml']
    """
    return [m.decode("utf-8", "replace") for m in ROBOTS_SITEMAP_LINE.findall(body)]


def looks_like(body: bytes) -> str:
    """``"sitemap"``, ``"feed"``, ``"robots"`` or ``"html"``: what a discovery
    document is, whatever URL it was given as.

    >>> looks_like(b'<?xml version="1.0"?><rss version="2.0"/>')
    'feed'
    >>> looks_like(b"User-agent: *")
    'robots'
    """
    head = body[:2048]
    if body.startswith(GZIP_MAGIC):  # only the start is decompressed: a bomb stays small
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
                head = f.read(2048)
        except (EOFError, OSError, zlib.error):
            return "html"
    lowered = head.lower()
    if b"<urlset" in lowered or b"<sitemapindex" in lowered:
        return "sitemap"
    if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
        return "feed"
    if re.match(rb"\s*(#|user-agent|sitemap|disallow|allow)", lowered):
        return "robots"
    return "html"


def keep_newest(ranked: list[tuple[tuple[str, int], Entry]], cap: int) -> list[Any]:
    """The ``cap`` highest-ranked entries, highest first.

    >>> [e for _, e in keep_newest([(("b", -1), "x"), (("c", -2), "y"), (("a", -3), "z")], 2)]
    ['y', 'x']
    """
    return sorted(ranked, key=itemgetter(0), reverse=True)[:cap]


ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def date_key(lastmod: str | None) -> str:
    """A sitemap date as a key that sorts newest last, cheaply: an ISO 8601
    date as written (sitemaps use it; offsets move it by hours at most),
    anything else normalised; ``""`` for none.

    >>> date_key("2024-05-01T10:00:00+02:00") > date_key("2024-04-30") > date_key(None)
    True
    >>> date_key("Wed, 16 Oct 2019 09:30:00 +0700")
    '2019-10-16T02:30:00Z'
    """
    if not lastmod:
        return ""
    if ISO_DATE.match(lastmod):
        return lastmod
    return normalize_lastmod(lastmod) or ""
