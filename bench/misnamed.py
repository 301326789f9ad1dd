"""Rewrites that give a page's article names that mislead, for :mod:`bench.rewrite`.

Real sites name the blocks holding their article with words that elsewhere
mean furniture: a magazine puts ``class="paywall"`` on every body paragraph,
bodies sit in ``<div class="sidebar-main">``, ``<section
class="related-content">``, ``id="comments-enabled"``, ``class="share-wrapper"``
around the whole article, ``<aside>`` used as a plain box. These rewrites do
the same to each dev page, so that a rule reading names as furniture without
other evidence shows up as lost article text:

- ``misnamed-paras``: every paragraph of the article gets one furniture name
  (the paywall magazine);
- ``misnamed-body``: the element holding the article gets one;
- ``misnamed-wrap``: that element is wrapped in a new div carrying one;
- ``misnamed-tags``: that element becomes an ``<aside>``, ``<footer>`` or
  ``<header>``, a tag the page does not use elsewhere where it can.

Which name (or tag) a page gets is fixed by a hash of its id and the rewrite:
the same page always gets the same one. The article is located from the
page's ground truth (the truth is a measuring stick here, as in any
benchmark, never an input of the extractor): its paragraphs are the blocks
whose text is mostly the truth's, and its element the smallest one holding
``BODY_SHARE`` of their text.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from lxml import etree

from scraper import boilerplate as bp
from scraper.prepass.furniture import CHROME_NAMES

#: Share of an article paragraph's shingles that must be in the truth.
PARAGRAPH_TRUTH_SHARE = 0.6
#: Share of the article paragraphs' text the article's element holds.
BODY_SHARE = 0.8
#: Shortest text (characters) a block needs to count as an article paragraph.
PARAGRAPH_MIN_CHARS = 40
#: Blocks that can be article paragraphs.
PARAGRAPH_TAGS = ("p", "div", "li", "blockquote", "h2", "h3", "h4", "td")
#: Tags the article's element becomes in ``misnamed-tags``.
CHROME_TAG_CHOICES = ("aside", "footer", "header")
#: Names sites give to a block, read as furniture by a vocabulary: the
#: furniture and caption words, the chrome names, and the compound names real
#: sites put on article text (a word followed by a part naming the block).
COMPOUNDS = (
    "paywall",
    "sidebar-main",
    "related-content",
    "promo-article-body",
    "newsletter-body",
    "comments-enabled",
    "footer-text",
    "share-wrapper",
    "hidden-xs",
    "social-content",
    "subscriber-content",
    "sponsored-article",
    "ad-free-body",
    "cookie-free",
    "menu-offset",
    "legal-text",
    "cta-body",
    "trending-article",
)


def vocabulary() -> tuple[str, ...]:
    """Every misleading name the rewrites draw from, in a fixed order.

    >>> names = vocabulary()
    >>> "paywall" in names and "sidebar" in names and "caption" in names
    True
    """
    words = [w for kind in sorted(bp.FURNITURE_TOKENS) for w in bp.FURNITURE_TOKENS[kind]]
    words += [*bp.CAPTION_TOKENS, *sorted(CHROME_NAMES), *COMPOUNDS]
    return tuple(dict.fromkeys(words))


def pick(page_id: str, rewrite: str, choices: tuple[str, ...]) -> str:
    """The choice a hash of the page id and rewrite name gives (stable across runs).

    >>> pick("x", "misnamed-body", ("a", "b")) == pick("x", "misnamed-body", ("a", "b"))
    True
    """
    return choices[zlib.crc32(f"{rewrite}:{page_id}".encode()) % len(choices)]


def _shingles(text: str) -> set[tuple[str, ...]]:
    from bench.extract import shingles

    return set(shingles(text))


def article_paragraphs(root: etree._Element, truth: str) -> list[etree._Element]:
    """The innermost blocks whose text is mostly the truth's, in document order."""
    known = _shingles(truth)
    found: list[etree._Element] = []
    for el in root.iter(*PARAGRAPH_TAGS):
        text = " ".join(el.itertext())
        if len(text.strip()) < PARAGRAPH_MIN_CHARS:
            continue
        own = _shingles(text)
        if own and len(own & known) >= PARAGRAPH_TRUTH_SHARE * len(own):
            found.append(el)
    inner = set(found)
    # a block holding another counted block is a container, not a paragraph
    return [el for el in found if not any(d in inner for d in el.iterdescendants())]


def article_element(root: etree._Element, paragraphs: list[etree._Element]) -> etree._Element:
    """The smallest element holding ``BODY_SHARE`` of ``paragraphs``' text."""
    held: dict[etree._Element, int] = {}
    total = 0
    for p in paragraphs:
        n = len(" ".join(p.itertext()))
        total += n
        for anc in p.iterancestors():
            held[anc] = held.get(anc, 0) + n
    fits = [e for e, n in held.items() if n >= BODY_SHARE * total and e.tag != "html"]
    if not fits:
        return root
    return min(fits, key=lambda e: len(" ".join(e.itertext())))


def _add_class(el: etree._Element, name: str) -> None:
    el.set("class", f"{el.get('class', '')} {name}".strip())


def misname_paragraphs(root: etree._Element, truth: str, page_id: str) -> None:
    """Every article paragraph gets the same misleading class name."""
    name = pick(page_id, "misnamed-paras", vocabulary())
    for p in article_paragraphs(root, truth):
        _add_class(p, name)


def misname_body(root: etree._Element, truth: str, page_id: str) -> None:
    """The article's element gets a misleading class name."""
    paragraphs = article_paragraphs(root, truth)
    if paragraphs:
        _add_class(article_element(root, paragraphs), pick(page_id, "misnamed-body", vocabulary()))


def misname_wrapper(root: etree._Element, truth: str, page_id: str) -> None:
    """The article's element is wrapped in a new div with a misleading class name."""
    paragraphs = article_paragraphs(root, truth)
    if not paragraphs:
        return
    body = article_element(root, paragraphs)
    parent = body.getparent()
    if parent is None:
        return
    wrapper = etree.Element("div", {"class": pick(page_id, "misnamed-wrap", vocabulary())})
    body.addprevious(wrapper)
    wrapper.tail, body.tail = body.tail, None
    wrapper.append(body)


def misname_tag(root: etree._Element, truth: str, page_id: str) -> None:
    """The article's element takes a chrome tag the page does not use elsewhere
    (when it uses all of them, the hashed one)."""
    paragraphs = article_paragraphs(root, truth)
    if not paragraphs:
        return
    body = article_element(root, paragraphs)
    if body.tag in ("body", "html"):
        return
    first = pick(page_id, "misnamed-tags", CHROME_TAG_CHOICES)
    start = CHROME_TAG_CHOICES.index(first)
    order = CHROME_TAG_CHOICES[start:] + CHROME_TAG_CHOICES[:start]
    unused = [t for t in order if next(root.iter(t), None) is None]
    body.tag = unused[0] if unused else first


#: Rewrite name -> the step it applies (tree, truth, page id).
MISNAMED: dict[str, Callable[[etree._Element, str, str], None]] = {
    "misnamed-paras": misname_paragraphs,
    "misnamed-body": misname_body,
    "misnamed-wrap": misname_wrapper,
    "misnamed-tags": misname_tag,
}
