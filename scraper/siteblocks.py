"""The site's repeated blocks and edge lines on a new page (see
:func:`scraper.sites.block_paths` and :func:`scraper.sites.edge_paths`), and
their lines taken out of an extracted article.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from cleaners.article import Article, Change
from cleaners.base import PARAGRAPH_SEPARATOR
from cleaners.source import line_key
from cleaners.teasers import teaser_shaped
from scraper.settings import (
    BLOCK_PROSE_SHARE,
    MAX_BLOCK_DROP,
    MIN_PROSE_WORDS,
    STANDFIRST_TERM_SHARE,
)
from scraper.sitepaths import has_anchor, page_lines, short_path, signature
from scraper.sites import SiteTemplate

#: Name under which the removals are recorded (that of :mod:`scraper.sitefit`).
CLEANER_NAME = "site_template"
#: Elements that show a picture: a block right after one of them is its caption.
PICTURE_TAGS = ("img", "picture", "video")
_WORD = re.compile(r"\w+")


def block_lines(root: HtmlElement, site: SiteTemplate) -> set[str]:
    """Line keys of the page's own lines inside the site's repeated blocks: an
    element at a block path of the template that holds, on this page too, a
    line the site repeats and little of the page's own prose."""
    wanted = {p for p in site.blocks if site.is_block(p)}
    if not wanted:
        return set()
    tails = {p.rsplit(">", 1)[-1] for p in wanted}
    lines = list(page_lines(root))
    total = sum(len(line) for _, line in lines if _is_own_prose(line, site))
    found: dict[str, list[list[str]]] = {}  # block path -> lines of each element there
    for elem in root.iter(*{_tag(p) for p in wanted}):
        if signature(elem) not in tails or (path := short_path(elem)) not in wanted:
            continue
        inside = [line for e, line in lines if e is elem or _inside(e, elem)]
        if any(site.is_boilerplate(line) for line in inside):
            found.setdefault(path, []).append(inside)
    keys: set[str] = set()
    for blocks in found.values():
        # the elements at one path are one box, counted together: a body cut
        # into posts (each under the site's share bar) holds most of the prose
        # though each post holds little of it
        held = sum(len(x) for inside in blocks for x in inside if _is_own_prose(x, site))
        if held > BLOCK_PROSE_SHARE * total:
            continue
        for inside in blocks:
            own = [x for x in inside if not site.is_boilerplate(x)]
            keys.update(k for x in own if _box_line(x, len(own)) and (k := line_key(x)))
    return keys


def _box_line(line: str, own: int) -> bool:
    """Whether a line can be a box's (its element holding ``own`` lines of the
    page's own): a label, a headline, or a teaser of one or two sentences
    among others (a box lists several stories). A paragraph of more, or the
    element's only line of the page's own (a first paragraph boxed with the
    site's dateline or label), is the article's, in whatever element it sits."""
    if len(_WORD.findall(line)) < MIN_PROSE_WORDS:
        return True
    return own > 1 and teaser_shaped(line)


def _is_own_prose(line: str, site: SiteTemplate) -> bool:
    return len(_WORD.findall(line)) >= MIN_PROSE_WORDS and not site.is_boilerplate(line)


def drop_block_lines(article: Article, keys: set[str]) -> None:
    """Take the lines of the site's repeated blocks out of ``article.text``,
    but never the standfirst (a paragraph repeating the page's description),
    nor more than ``MAX_BLOCK_DROP`` of the text (then the blocks are not what
    they were on the learning pages)."""
    paragraphs = article.text.split(PARAGRAPH_SEPARATOR)
    drop = {
        i
        for i, p in enumerate(paragraphs)
        if line_key(p) in keys and not is_standfirst(p, article.description)
    }
    words = sum(len(_WORD.findall(p)) for p in paragraphs)
    gone = sum(len(_WORD.findall(paragraphs[i])) for i in drop)
    if not drop or len(drop) == len(paragraphs) or gone > MAX_BLOCK_DROP * words:
        return
    offset = 0
    for i, p in enumerate(paragraphs):
        if i in drop:
            article.changes.append(Change(CLEANER_NAME, "remove", p, offset))
        offset += len(p) + len(PARAGRAPH_SEPARATOR)
    article.text = PARAGRAPH_SEPARATOR.join(p for i, p in enumerate(paragraphs) if i not in drop)


def is_standfirst(paragraph: str, description: str | None) -> bool:
    """Whether ``paragraph`` repeats the page's description (most of either's
    words in the other: a description may be cut short, or the paragraph).

    >>> is_standfirst("Rain fell on the town all day long.", "Rain fell on the town all day.")
    True
    """
    if not description:
        return False
    p, d = _words(paragraph), _words(description)
    if not p or not d:
        return False
    shared = len(p & d)
    return max(shared / len(p), shared / len(d)) >= STANDFIRST_TERM_SHARE and len(p) > 3


def edge_lines(root: HtmlElement, site: SiteTemplate) -> set[str]:
    """Line keys of the page's edge lines: short lines of its own before its
    first or after its last line of own prose, in an element at an edge path
    of the template that holds none of that prose (a byline, a kicker)."""
    wanted = {p for p in site.edges if site.is_edge(p)}
    if not wanted:
        return set()
    lines = list(page_lines(root))
    own = [i for i, (_, line) in enumerate(lines) if _is_own_prose(line, site)]
    if not own:
        return set()
    prose = {lines[i][0] for i in own}
    keys: set[str] = set()
    for i, (elem, line) in enumerate(lines):
        if own[0] < i < own[-1] or len(_WORD.findall(line)) >= MIN_PROSE_WORDS:
            continue
        anchor = _anchored(elem)
        if anchor is None or short_path(anchor) not in wanted or site.is_boilerplate(line):
            continue
        if not any(e is anchor or _inside(e, anchor) for e in prose):
            keys.update(k for k in [line_key(line)] if k)
    return keys


def _anchored(elem: HtmlElement) -> HtmlElement | None:
    """The element itself or its nearest ancestor whose short path is anchored."""
    node: HtmlElement | None = elem
    while node is not None and isinstance(node.tag, str):
        if has_anchor(short_path(node)):
            return node
        node = node.getparent()
    return None


def _inside(elem: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in elem.iterancestors())


def _tag(path: str) -> str:
    return re.split(r"[#.]", path.rsplit(">", 1)[-1], maxsplit=1)[0]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def caption_lines(root: HtmlElement) -> set[str]:
    """Line keys of the page's captions by shape: a block right after an
    image (or an element holding nothing but one), no text between them.

    >>> import lxml.html
    >>> page = '<div><img src="a.jpg"><div>Boats in the harbour at dawn.</div></div>'
    >>> caption_lines(lxml.html.fromstring(page)) == {line_key("Boats in the harbour at dawn.")}
    True
    """
    keys: set[str] = set()
    for elem, line in page_lines(root):
        before = elem.getprevious()
        while before is not None and not isinstance(before.tag, str):  # a comment
            before = before.getprevious()
        if before is None or (before.tail or "").strip() or before.text_content().strip():
            continue
        if before.tag in PICTURE_TAGS or next(before.iter(*PICTURE_TAGS), None) is not None:
            keys.update(k for k in [line_key(line)] if k)
    return keys
