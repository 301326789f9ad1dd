"""Where a line sits in a page, for site templates: element signatures and
short paths that survive across a site's pages, and the page's text lines
with the block element holding each (:func:`page_lines`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from scraper.encoding import decode_html
from scraper.htmltree import BLOCK_TAGS, parse
from scraper.settings import MAX_CLASSES, MAX_TOKEN_CHARS, PATH_DEPTH

#: Elements that are the whole page, never a body element.
PAGE_TAGS = frozenset({"html", "body"})
#: Elements whose text is never page text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_DIGIT = re.compile(r"\d")


def signature(elem: HtmlElement) -> str:
    """An element's stable name: its tag with its id, or with up to two of its
    classes; tokens made per page (digits, long hashes) are left out.

    >>> import lxml.html
    >>> signature(lxml.html.fromstring('<div class="story-body x9f3 wide" id="a123">t</div>'))
    'div.story-body.wide'
    """
    ident = (elem.get("id") or "").strip()
    if ident and _stable(ident):
        return f"{elem.tag}#{ident}"
    classes = sorted({c for c in (elem.get("class") or "").split() if _stable(c)})
    return ".".join([elem.tag, *classes[:MAX_CLASSES]])


def _stable(token: str) -> bool:
    return len(token) <= MAX_TOKEN_CHARS and not _DIGIT.search(token)


def short_path(elem: HtmlElement, signatures: dict[HtmlElement, str] | None = None) -> str:
    """The element's signature behind those of up to two ancestors, stopping
    at an ancestor with an id (ids anchor a path on their own).

    >>> import lxml.html
    >>> html = '<div id="main"><section><div class="body">x</div></section></div>'
    >>> tree = lxml.html.fromstring(html)
    >>> short_path(tree.find(".//div"))
    'div#main>section>div.body'

    ``signatures`` caches each element's signature across calls on one page.
    """
    parts: list[str] = []
    node: HtmlElement | None = elem
    while node is not None and isinstance(node.tag, str) and len(parts) < PATH_DEPTH:
        sig = signatures.get(node) if signatures is not None else None
        if sig is None:
            sig = signature(node)
            if signatures is not None:
                signatures[node] = sig
        parts.append(sig)
        if "#" in sig or node.tag in ("body", "html"):
            break
        node = node.getparent()
    return ">".join(reversed(parts))


def has_anchor(path: str) -> bool:
    """A path worth learning names at least one class or id, and is not the
    whole page."""
    last = path.rsplit(">", 1)[-1]
    return ("#" in path or "." in path) and re.split(r"[#.]", last, maxsplit=1)[0] not in PAGE_TAGS


def own_lines(elem: HtmlElement) -> list[str]:
    """The text lines a block element holds itself (not inside nested blocks),
    split at ``<br>``.

    >>> import lxml.html
    >>> own_lines(lxml.html.fromstring("<div>One <b>two</b><br>three<p>inner</p>four</div>"))
    ['One two', 'three four']
    """
    parts: list[str] = []
    _collect(elem, parts)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _collect(elem: HtmlElement, parts: list[str]) -> None:
    parts.append(elem.text or "")
    for child in elem:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS and tag not in SKIP_TAGS:
            if tag == "br":
                parts.append("\n")
            else:
                _collect(child, parts)
        elif isinstance(tag, str) and tag in BLOCK_TAGS:
            parts.append(" ")  # a nested block's edge is a word boundary
        parts.append(child.tail or "")


def page_lines(root: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Every text line of the page's body, with the block element holding it."""
    body = root.find("body")
    start = body if body is not None else root
    skip: set[HtmlElement] = set()
    for elem in start.iter():
        if not isinstance(elem.tag, str):
            continue
        if elem.tag in SKIP_TAGS:
            skip.update(elem.iter())
            continue
        if elem in skip:
            continue
        if elem.tag in BLOCK_TAGS or elem is start:
            for line in own_lines(elem):
                yield elem, line


def site_key(url: str | None) -> str | None:
    """The site a page belongs to, for grouping pages by site: its URL's host,
    lower case, without ``www.`` (None for a URL without a host).

    >>> site_key("https://WWW.Example.org/news/1"), site_key("page.html")
    ('example.org', None)
    """
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def parse_page(page: bytes | str) -> HtmlElement:
    """A page parsed as the extraction parses it."""
    text = page if isinstance(page, str) else decode_html(page)
    return parse(text)[0]
