"""The wide input of ``bench.realdirty``: what a careless scraper hands over.

Not an extractor's choice of paragraphs, but the text of the page's article
column as it stands: the block texts (one line per block element, a ``<br>``
a line break too) of the smallest element that holds the hand-checked body,
widened to its ancestors while they stay within ``WIDEN`` times the body's
length. Scripts, styles and other non-text elements are left out; everything
a reader could see in that column stays: share bars, tag lists, related and
"most read" lists, newsletter boxes, author bios, comment counts, ad labels,
picture credits, the headline and its byline.

The body is used only to find the column (as a scraper's author would pick
the page's ``<article>`` or main column by looking at it once); what the
column holds beyond the body is the page's own furniture, worded as each site
words it, in the page's language.

>>> html = (b"<html><body><nav>Home</nav><div><p>The council met on Monday.</p>"
...         b"<p>It voted.</p><ul><li>Share</li><li>Tweet</li></ul></div>"
...         b"<footer>About us</footer></body></html>")
>>> print(wide_extract(html, "The council met on Monday. It voted."))
The council met on Monday.
It voted.
Share
Tweet
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml import html as lxml_html
from lxml.etree import ParserError, _Element

from bench.extract import tokens
from scraper.encoding import decode_html

#: Bumped when the extraction changes, so cached texts are made again (2: the
#: page is decoded as a browser would, not by lxml's guess, which read a UTF-8
#: page without a charset declaration as Latin-1: mojibake no scraper that reads
#: the HTTP header or the bytes would hand over).
VERSION = 2
#: An XML declaration, which lxml refuses in text that is already decoded.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: The column may hold up to this many times the body's words: the article's
#: own furniture and the rails beside it, not the site's whole page.
WIDEN = 2.0
#: The smallest element holding this share of what the whole page holds of
#: the body's words is the body's container (a headline or a standfirst set
#: outside the article element need not be in it).
MIN_BODY_SHARE = 0.9

#: Elements whose text no reader sees.
SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas",
     "select", "math", "title", "meta", "link"}
)  # fmt: skip
#: Elements that start and end a line of their own.
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
     "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
     "center", "menu", "picture", "video", "audio", "br"}
)  # fmt: skip


def _tag(element: _Element) -> str:
    """The element's lower-cased tag ("" for comments and processing instructions)."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def block_lines(element: _Element) -> list[str]:
    """The text of ``element``, one line per block element, spaces collapsed.

    >>> block_lines(lxml_html.fromstring("<div>A <b>b</b><p>c</p>d<br>e</div>"))
    ['A b', 'c', 'd', 'e']
    """
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: _Element) -> None:
        tag = _tag(node)
        if tag and tag not in SKIPPED:
            block = tag in BLOCKS
            if block:
                flush()
            current.append(node.text or "")
            for child in node:
                walk(child)
            if block:
                flush()
        current.append(node.tail or "")

    walk(element)
    flush()
    return lines


def _candidates(root: _Element) -> Iterator[_Element]:
    """The elements that may hold the body (text elements, not skipped ones)."""
    for element in root.iter():
        tag = _tag(element)
        if tag and tag not in SKIPPED:
            yield element


def column(root: _Element, body: str) -> _Element:
    """The article column of the page ``root`` for the hand-checked ``body``."""
    want = Counter(tokens(body))
    words: dict[_Element, Counter[str]] = {
        e: Counter(tokens(" ".join(block_lines(e)))) for e in _candidates(root)
    }
    held = {e: sum((got & want).values()) for e, got in words.items()}
    most = max(held.values(), default=0)
    if not most:
        return root
    holding = [e for e in words if held[e] >= MIN_BODY_SHARE * most]
    smallest = min(holding, key=lambda e: sum(words[e].values()))
    limit = WIDEN * max(sum(want.values()), 1)
    while (parent := smallest.getparent()) is not None and _tag(parent) not in ("body", "html"):
        if parent not in words or sum(words[parent].values()) > limit:
            break
        smallest = parent
    return smallest


def wide_extract(html: bytes, body: str) -> str:
    """The wide input of one page: its article column's block lines ("" when
    the HTML cannot be parsed)."""
    try:
        root = lxml_html.fromstring(XML_DECLARATION.sub("", decode_html(html), count=1))
    except (ParserError, ValueError):
        return ""
    return "\n".join(block_lines(column(root, body)))
