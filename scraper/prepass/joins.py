"""The step that joins a body the page split around ads or a paywall notice:
blocks of the main element's own tag and class, before and after it, move
into it so the extractor reads one container.

>>> from scraper.htmltree import parse
>>> from scraper.prepass.state import PageState
>>> prose = "<p>" + "The pier will close for repairs in the spring. " * 2 + "</p>"
>>> page = PageState(parse(f"<html><body><div class='text'>{prose}</div><div class='ad'>"
...     f"Ad</div><div class='text'>{prose}{prose}</div></body></html>")[0])
>>> page.set_main(page.body.findall("div")[2]); join_split_body(page)
>>> page.removed["body_joined"], len(list(page.main.iter("p")))
(1, 3)
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from scraper.htmltree import holds_block
from scraper.prepass.furniture import WRAPPER_KINDS
from scraper.prepass.main import zones_of
from scraper.prepass.state import PageState, is_prose
from scraper.settings import SPLIT_CLASS_MIN_NAMES, SPLIT_FRAME_LEVELS


def join_split_body(page: PageState) -> None:
    """Blocks before and after the main element that carry its exact tag and
    class and hold clean prose are the rest of a body the page split around
    ads or a paywall notice: they move into the main element, in order, so
    the extractor reads one container (the main element is the longest
    block, not always the first). Blocks inside furniture or chrome stay,
    but for a subscription-named wrapper: the body past the paywall, in a
    block of the body's own tag and class, is still the body."""
    main = page.main
    name = frozenset((main.get("class") or "").split())
    if main is page.body or not name:
        return
    zones = zones_of(page) - {e for e, kind in page.furniture if kind in WRAPPER_KINDS}
    # the classes of the body's own paragraphs: a div in one of them is a paragraph too
    styles = frozenset(c for p in main.iter("p") if (c := p.get("class")))
    after = False
    before: list[HtmlElement] = []
    moved: list[HtmlElement] = []
    for elem in page.body.iter(main.tag):
        if elem is main:
            after = True
            continue
        if elem in page.protected or not _same_class(
            name, frozenset(elem.get("class", "").split())
        ):
            continue
        ancestors = list(elem.iterancestors())
        if main in ancestors or any(a in zones for a in ancestors) or elem in zones:
            continue
        # a paragraph inside a link is a teaser card's blurb: a grid of other
        # stories in the body's class is no piece of the body
        if not any(is_prose(p) and not _in_link(p, elem) for p in _paragraphs(elem, styles)):
            continue
        if after:
            moved.append(elem)
        elif _side_by_side(elem, main):
            before.append(elem)
    if (main.text or "").strip():
        before = []  # the main element's own first words stay first
    for i, elem in enumerate(before):
        _leave_tail(elem)
        _as_paragraphs(elem, styles)
        main.insert(i, elem)
    for elem in moved:
        _leave_tail(elem)
        _as_paragraphs(elem, styles)
        main.append(elem)
    if before or moved:
        page.removed["body_joined"] += len(before) + len(moved)
        page.set_main(main)


def _paragraphs(elem: HtmlElement, styles: frozenset[str]) -> Iterator[HtmlElement]:
    """The paragraphs in ``elem``: its ``<p>``, and its ``<div>`` that hold no
    block and carry a class of the body's paragraphs (``styles``): the page
    wrote that paragraph as a div (pasted word-processor text,
    ``<div class="MsoNormal">``), in the class it gives its others. A div
    of another class (or none) is as often a card's blurb or a label.

    >>> import lxml.html
    >>> box = lxml.html.fromstring("<div><div class=para>One.</div><div>Two.</div>"
    ...     "<p>Three.</p></div>")
    >>> [e.text_content() for e in _paragraphs(box, frozenset({"para"}))]
    ['One.', 'Three.']
    """
    for e in elem.iter("p", "div"):
        if e.tag == "p" or (e.get("class") in styles and not holds_block(e)):
            yield e


def _as_paragraphs(elem: HtmlElement, styles: frozenset[str]) -> None:
    """The prose divs of a piece of the body written as its paragraphs are
    (``styles``) become ``<p>``: ``paragraphs_from_divs`` leaves a div of
    text alone in its box as it is (out of the body, it is as often a label
    or a box's prompt), but in a piece of the body it is the body's."""
    for e in list(_paragraphs(elem, styles)):
        if e.tag == "div" and is_prose(e):
            e.tag = "p"


def _in_link(p: HtmlElement, top: HtmlElement) -> bool:
    """True when ``p`` sits inside a link below ``top``."""
    for anc in p.iterancestors():
        if anc is top:
            return False
        if anc.tag == "a":
            return True
    return False


def _side_by_side(elem: HtmlElement, main: HtmlElement) -> bool:
    """True when ``elem`` and ``main`` share a parent, or their parents do
    (the pieces of one body, each in a row of its own), or each sits in the
    same frame: ``SPLIT_FRAME_LEVELS`` wrappers of the same tags and classes
    (the sections of a long read, grouped apart). A block of the body's
    class higher up the page (a summary in the header) is not a piece of it."""
    parent, main_parent = elem.getparent(), main.getparent()
    if parent is main_parent:
        return True
    if parent is None or main_parent is None:
        return False
    return parent.getparent() is main_parent.getparent() or _same_frame(elem, main)


def _same_frame(elem: HtmlElement, main: HtmlElement) -> bool:
    """True when the ``SPLIT_FRAME_LEVELS`` wrappers around ``elem`` carry
    the tags and classes of those around ``main``, a class on each level.

    >>> import lxml.html
    >>> frame = "<section class='band'><div class='col'><div class='text'>{}</div></div></section>"
    >>> doc = lxml.html.fromstring("<div>" + frame.format("a") + "<div>" + frame.format("b")
    ...     + "</div></div>")
    >>> first, second = doc.find_class("text")
    >>> _same_frame(first, second), _same_frame(first, doc.find_class("col")[1])
    (True, False)
    """
    mine, theirs = elem.iterancestors(), main.iterancestors()
    for _ in range(SPLIT_FRAME_LEVELS):
        a, b = next(mine, None), next(theirs, None)
        if a is None or b is None or a is b or not a.get("class"):
            return False
        if a.tag != b.tag or a.get("class") != b.get("class"):
            return False
    return True


def _same_class(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """True for one class, or one holding all of the other's names when those
    are at least ``SPLIT_CLASS_MIN_NAMES`` (a modifier added to one block:
    "body articleBody -bottom-space"; one shared name says little).

    >>> _same_class(frozenset({"body", "text"}), frozenset({"body", "text", "-end"}))
    True
    >>> _same_class(frozenset({"body"}), frozenset({"body", "teaser"}))
    False
    """
    if mine == theirs:
        return bool(mine)
    nested = mine < theirs or theirs < mine
    return nested and min(len(mine), len(theirs)) >= SPLIT_CLASS_MIN_NAMES


def _leave_tail(elem: HtmlElement) -> None:
    """Keep the text after ``elem`` where it is when ``elem`` moves away."""
    tail, elem.tail = elem.tail, None
    if not tail:
        return
    before = elem.getprevious()
    parent = elem.getparent()
    if before is not None:
        before.tail = (before.tail or "") + tail
    elif parent is not None:
        parent.text = (parent.text or "") + tail
