"""Posts: paragraphs that each sit in an item of their own beside a short
header or footer with a link (a name, a time, "Reply"), in a run of such items
of one shape under one list (a reply's item may sit inside the item it
answers, up to ``POST_GROUP_LEVELS`` below the list). That is a thread of
readers' comments, reviews or forum posts: many short texts by many hands,
which together may hold more prose than a news brief beside them, but none of
which is the article.

A post may run to several paragraphs: then they are the only blocks of
one parent (the comment's text), and that parent is what sits in the item.

An article's paragraphs, even each wrapped in its own block, have no such
header: the wrapper holds the paragraph alone, and a body holding them all is
one item, never a run of them. A list article's items open with a heading,
which a post does not have.

>>> import lxml.html
>>> item = ("<div class=c><b>ann</b> 2h<div><p>" + "A comment. " * 10
...     + "</p></div><a href=#r>Reply</a></div>")
>>> root = lxml.html.fromstring("<div>" + item * 3 + "</div>")
>>> posts = find_posts(list(root.iter("p")))
>>> len(posts), {item.get("class") for item in posts.values()}
(3, {'c'})
"""

from __future__ import annotations

from collections import Counter, defaultdict

from lxml.html import HtmlElement

from scraper.htmltree import norm
from scraper.prepass.state import HEADING_TAGS
from scraper.settings import (
    POST_GROUP_LEVELS,
    POST_ITEM_LEVELS,
    TEASER_GROUP_MIN,
    TEASER_MAX_CHARS,
)

_Shape = tuple[HtmlElement, str, str]


def find_posts(
    paragraphs: list[HtmlElement], lengths: list[int] | None = None
) -> dict[HtmlElement, HtmlElement]:
    """The ``paragraphs`` that are posts (see the module's docstring), each
    with its item; ``lengths`` are their whitespace-normalised text lengths
    when the caller has them (else they are measured here)."""
    held: Counter[HtmlElement] = Counter()
    for p in paragraphs:
        # one level more than an item may sit: a post's text may be a parent
        for level, anc in enumerate(p.iterancestors()):
            if level > POST_ITEM_LEVELS:
                break
            held[anc] += 1
    if lengths is None:
        lengths = [len(norm(p.text_content())) for p in paragraphs]
    direct: Counter[HtmlElement] = Counter(p.getparent() for p in paragraphs)
    texts: dict[HtmlElement, HtmlElement | None] = {}  # a post's paragraphs' parent -> item
    item_of: dict[HtmlElement, HtmlElement] = {}
    for p, own in zip(paragraphs, lengths, strict=True):
        parent = p.getparent()
        if parent is not None and held[parent] > 1 and direct[parent] == held[parent]:
            # several paragraphs side by side and nothing deeper: one post's text
            if parent not in texts:
                whole = len(norm(parent.text_content()))
                texts[parent] = _item(parent, whole, held, held[parent])
            item = texts[parent]
        else:
            item = _item(p, own, held)
        if item is not None:
            item_of[p] = item
    # a run of items of one shape under one list, not one item's paragraphs: a
    # reply's item sits inside the item it answers, deeper than the thread's
    runs: dict[_Shape, set[HtmlElement]] = defaultdict(set)
    shapes: dict[HtmlElement, list[_Shape]] = {}
    for item in set(item_of.values()):
        shape = []
        for level, anc in enumerate(item.iterancestors()):
            if level >= POST_GROUP_LEVELS:
                break
            shape.append((anc, item.tag, item.get("class", "")))
            runs[shape[-1]].add(item)
        shapes[item] = shape
    return {
        p: item
        for p, item in item_of.items()
        if any(len(runs[key]) >= TEASER_GROUP_MIN for key in shapes[item])
    }


def _item(
    p: HtmlElement, own: int, held: Counter[HtmlElement], inside: int = 1
) -> HtmlElement | None:
    """The item ``p`` (a paragraph, or the parent of a post's ``inside``
    paragraphs; ``own``: its text's length) is the post of: its nearest
    ancestor (at most ``POST_ITEM_LEVELS`` up) with text beside ``p``, when
    that ancestor holds no other paragraph, no heading, a short header or
    footer, and a link outside ``p``."""
    for level, anc in enumerate(p.iterancestors()):
        if level >= POST_ITEM_LEVELS or held[anc] > inside:
            return None
        extra = len(norm(anc.text_content())) - own
        if extra <= 0:
            continue  # a wrapper of the paragraph alone
        if extra > TEASER_MAX_CHARS or any(True for _ in anc.iter(*HEADING_TAGS)):
            return None
        links = [a for a in anc.iter("a") if a.get("href") is not None]
        if not any(p not in a.iterancestors() and a not in p.iterancestors() for a in links):
            return None
        return anc
    return None
