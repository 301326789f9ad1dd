"""Names that mislead: evidence that an element named as furniture is the article.

Sites name the blocks holding their article with words that elsewhere mean
furniture: ``class="paywall"`` on every body paragraph, a body in
``<div class="sidebar">``, ``id="comments-enabled"``, an ``<aside>`` used as a
plain box. A name alone does not take text out when the page says otherwise:

* a class word that several prose paragraphs carry is the body's own paragraph
  class (:func:`content_classes`);
* a named or chrome-tagged block holding most of the page's prose, or its
  longest run of paragraphs by far, in runs (not one paragraph per item, as
  comments are), on the subject of the page's title and description, is the
  article (:func:`free_zones`);
* once judged content, such blocks, and the main element and its ancestors,
  lose the names and tags that mislead (:func:`unname_content`), so the
  extractor reading the prepared tree does not drop them either.

>>> from scraper.htmltree import parse
>>> from scraper.prepass.state import PageState
>>> page = PageState(parse("<html><body><aside class='story sidebar'><p>Text.</p></aside>"
...     "</body></html>")[0])
>>> page.set_main(page.body[0]); unname_content(page); page.body[0].tag, page.body[0].get("class")
('div', 'story')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from lxml.html import HtmlElement

from scraper import boilerplate as bp
from scraper.htmltree import holds_block, norm
from scraper.prepass.state import HEADING_TAGS, PageState, is_prose
from scraper.prepass.topic import title_share
from scraper.settings import (
    CLASS_PROSE_SHARE,
    REPEATED_CLASS_MIN,
    TITLE_AGREE_SHARE,
    TITLE_DISAGREE_SHARE,
    TITLE_MIN_TERMS,
    TOPIC_TEXT_CHARS,
    ZONE_PARAGRAPHS_PER_PARENT,
    ZONE_PROSE_SHARE,
    ZONE_RUN_LEAD,
)

#: Tags that share the body paragraphs' class as part of the body.
BODY_BLOCK_TAGS = frozenset(("p", *HEADING_TAGS))
#: Blocks of prose whose shared class can be the body's own: paragraphs, and
#: the items of a list article written as a list.
PROSE_BLOCK_TAGS = frozenset(("p", "li"))
#: Furniture kinds never freed by their prose: a boxed aside goes even when it
#: outweighs the story, and a hidden element is not shown.
KEPT_KINDS = frozenset({"box", "hidden"})
#: Chrome tags an element judged content loses (an extractor drops them whole).
MISLEADING_TAGS = ("aside", "footer", "header", "nav")


def naming_tokens(elem: HtmlElement) -> set[str]:
    """The class tokens of ``elem`` that, each on its own, name furniture or a caption.

    >>> import lxml.html
    >>> sorted(naming_tokens(lxml.html.fromstring("<p class='body paywall image-credit'>x</p>")))
    ['image-credit', 'paywall']
    """
    out = set()
    for token in (elem.get("class") or "").split():
        names = bp.read_attr(token)
        if names.kind is not None or names.caption:
            out.add(token)
    return out


class ContentClasses(NamedTuple):
    """Class values (whole) and class tokens that are the body's own paragraph class."""

    values: frozenset[str]
    tokens: frozenset[str]


def content_classes(page: PageState, named: Iterable[HtmlElement]) -> ContentClasses:
    """The furniture- or caption-naming classes that are the body's own
    paragraph class, as a whole value (``class="paywall"``) or as one token
    of values that differ (``class="intro paywall"``, ``class="paywall"``):
    carried by ``REPEATED_CLASS_MIN`` prose paragraphs or more (furniture
    words), or by two or more that hold most of the page's prose and speak of
    its subject (a short article: a lead and two paragraphs marked
    ``paywall``; a subscription box speaks of subscribing, not of the
    headline). A caption word needs the latter, or the paragraphs side by
    side in one parent: a gallery's captions are many, but each sits under
    its picture. List items of prose with no blocks inside count too (a list
    article), but only when they hold most of the page's prose: a list of
    teasers with blurbs looks the same item by item, and an item holding
    blocks is a container (a comment, a card)."""
    groups: dict[tuple[bool, str], list[HtmlElement]] = defaultdict(list)
    items: dict[tuple[bool, str], list[HtmlElement]] = defaultdict(list)
    for elem in named:
        if elem.tag not in PROSE_BLOCK_TAGS or not elem.get("class") or not is_prose(elem):
            continue
        if elem.tag == "li" and holds_block(elem):
            continue  # a container (a comment, a card), not a paragraph of a list
        into = groups if elem.tag == "p" else items
        into[False, elem.get("class", "")].append(elem)
        for token in naming_tokens(elem):
            into[True, token].append(elem)
    content = {
        key
        for key, ps in groups.items()
        if len(ps) >= REPEATED_CLASS_MIN
        and (bp.read_attr(key[1]).kind is not None or _in_one_run(ps))
    }
    short = {key: ps for key, ps in groups.items() if key not in content and len(ps) >= 2}
    page_prose = 0  # read only when a rule below needs it (a walk over every paragraph)
    if items or short:
        page_prose = sum(len(norm(p.text_content())) for p in page.body.iter("p") if is_prose(p))
    # list items of one class are as often a teaser list with blurbs as a
    # list article: their class is the body's only when they hold most prose
    for key, lis in items.items():
        held = sum(len(norm(e.text_content())) for e in lis)
        if len(lis) >= REPEATED_CLASS_MIN and held >= CLASS_PROSE_SHARE * (page_prose + held):
            content.add(key)
    if short:
        subject = page.subject()
        for key, ps in short.items():
            text = " ".join(norm(p.text_content()) for p in ps)
            on_topic = len(subject) >= TITLE_MIN_TERMS and (
                title_share(text, subject) >= TITLE_DISAGREE_SHARE
            )
            if on_topic and len(text) >= CLASS_PROSE_SHARE * page_prose:
                content.add(key)
    return ContentClasses(
        frozenset(name for token, name in content if not token),
        frozenset(name for token, name in content if token),
    )


def _in_one_run(paragraphs: list[HtmlElement]) -> bool:
    """True when ``REPEATED_CLASS_MIN`` of ``paragraphs`` share one parent."""
    parents: dict[HtmlElement, int] = defaultdict(int)
    for p in paragraphs:
        parents[p.getparent()] += 1
    return max(parents.values()) >= REPEATED_CLASS_MIN


def is_content_block(elem: HtmlElement, content: ContentClasses) -> bool:
    """True for a paragraph or heading of one of the ``content`` class values,
    or a prose paragraph carrying one of its tokens (a short line or a
    heading with a token and a class of its own is styled apart: "Specs:")."""
    if elem.tag not in BODY_BLOCK_TAGS and elem.tag not in PROSE_BLOCK_TAGS:
        return False
    if elem.get("class") in content.values:
        return True
    return (
        bool(content.tokens)
        and elem.tag in PROSE_BLOCK_TAGS
        and not content.tokens.isdisjoint(naming_tokens(elem))
        and is_prose(elem)
    )


def free_zones(
    page: PageState, prose: list[tuple[HtmlElement, int]], zones: set[HtmlElement]
) -> set[HtmlElement]:
    """The ``zones`` (named furniture, chrome by tag or name) that are the
    article. Each holds ``ZONE_PROSE_SHARE`` of the page's clean ``prose``
    paragraphs (with their lengths; counted whatever zone they are in), or
    the page's longest run of them (sibling paragraphs) when that run is
    ``ZONE_RUN_LEAD`` times any run outside it; its paragraphs stand
    ``ZONE_PARAGRAPHS_PER_PARENT`` or more per parent (a comment thread has
    one per item); and its text holds ``TITLE_AGREE_SHARE`` of the terms of
    the page's title and description (a legal footer longer than a short
    article does not)."""
    subject = page.subject()
    if len(subject) < TITLE_MIN_TERMS or not zones:
        return set()
    total = sum(n for _, n in prose)
    held: dict[HtmlElement, int] = defaultdict(int)
    count: dict[HtmlElement, int] = defaultdict(int)
    parents: dict[HtmlElement, set[HtmlElement]] = defaultdict(set)
    runs: dict[HtmlElement, int] = defaultdict(int)
    for p, n in prose:
        runs[p.getparent()] += n
        for elem in (p, *p.iterancestors()):
            if elem in zones:
                held[elem] += n
                count[elem] += 1
                parents[elem].add(p.getparent())
    kinds = {e: kind for e, kind in page.furniture}
    best = max(runs, key=lambda e: runs[e], default=None)
    around_best = {best, *best.iterancestors()} if best is not None else set()
    return {
        zone
        for zone, n in held.items()
        if kinds.get(zone) not in KEPT_KINDS
        and count[zone] >= ZONE_PARAGRAPHS_PER_PARENT * len(parents[zone])
        and (n >= ZONE_PROSE_SHARE * total or (zone in around_best and _leads(zone, runs)))
        and title_share(zone.text_content()[:TOPIC_TEXT_CHARS], subject) >= TITLE_AGREE_SHARE
    }


def _leads(zone: HtmlElement, runs: dict[HtmlElement, int]) -> bool:
    """True when the longest run of prose in ``runs`` (parent -> its prose
    paragraphs' length), which ``zone`` holds, is ``ZONE_RUN_LEAD`` times any
    run outside ``zone``."""
    outside = (n for e, n in runs.items() if e is not zone and zone not in e.iterancestors())
    return max(runs.values()) >= ZONE_RUN_LEAD * max(outside, default=0)


def unname_content(page: PageState) -> None:
    """The blocks judged content whatever their names (``page.content``, but
    paragraphs), and the main element with its ancestors, lose the class tokens that name
    furniture, chrome or a caption, and chrome tags become divs: the
    extractor reading the tree would drop them by those names."""
    if page.main is page.body:
        return
    for elem in [*page.content, page.main, *page.main.iterancestors()]:
        # the paragraphs keep their class: an extractor falls back on the
        # main element's paragraphs when it drops them, the headings with them
        if elem is page.body or elem.tag in BODY_BLOCK_TAGS or elem.tag == "html":
            continue
        tokens = (elem.get("class") or "").split()
        kept = [t for t in tokens if not misleading(t)]
        if len(kept) < len(tokens):
            elem.set("class", " ".join(kept))
            page.removed["unnamed"] += 1
        ident = elem.get("id")
        if ident and misleading(ident):
            del elem.attrib["id"]
            page.removed["unnamed"] += 1
        if elem.tag in MISLEADING_TAGS:
            elem.tag = "div"
            page.removed["unnamed"] += 1


def misleading(token: str) -> bool:
    """True when a class token or id names furniture, a caption, or page
    chrome (its last part: "site-footer", not "footer-text").

    >>> misleading("site-footer"), misleading("footer-text"), misleading("related-content")
    (True, False, True)
    """
    names = bp.read_attr(token)
    return (
        names.kind is not None or names.caption or not bp.CHROME_NAMES.isdisjoint(names.last_parts)
    )
