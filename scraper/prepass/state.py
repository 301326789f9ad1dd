"""The state one pre-pass carries from step to step, and the small element
tests the steps share.

>>> from scraper.htmltree import parse
>>> page = PageState(parse("<html><body><p>One.</p><div>x</div></body></html>")[0])
>>> page.drop(page.body[1], "chrome"); page.removed["chrome"], page.prepared(False).removed_text()
(1, ['x'])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from lxml.html import HtmlElement

from scraper.htmltree import link_text_len, norm, remove
from scraper.prepass.topic import terms
from scraper.settings import HEADING_MAX_CHARS, MAIN_SHARE_LIMIT, PROSE_LINK_SHARE, PROSE_MIN_CHARS

#: Kinds of removal whose text is no evidence of furniture.
NOT_FURNITURE = frozenset({"hidden", "standfirst"})
#: Elements a furniture heading can be.
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


@dataclass
class Prepared:
    """A page after the pre-pass: the tree for trafilatura plus what was taken out.

    ``prose_chars`` is the length of the prose paragraphs the page held before
    anything was removed; ``standfirst`` the article's standfirst when it
    stands outside the main element (it opens the body); ``dropped`` every
    element removed, with its kind, in order (the furniture's text is evidence
    against a paragraph another extractor offers; all of it is reported by
    ``--explain``).
    """

    tree: HtmlElement
    captions: list[str] = field(default_factory=list)
    headline: str | None = None
    removed: Counter[str] = field(default_factory=Counter)
    flattened: bool = False
    main: HtmlElement | None = None
    prose_chars: int = 0
    dropped: list[tuple[str, HtmlElement]] = field(default_factory=list)
    standfirst: str | None = None

    def removed_text(self) -> list[str]:
        """The text of each piece of furniture the pre-pass removed (hidden text
        is not furniture: a page may hide its article until a script shows it)."""
        return [t for kind, t in self.removals() if kind not in NOT_FURNITURE]

    @cached_property
    def _removals(self) -> list[tuple[str, str]]:
        return [(kind, t) for kind, e in self.dropped if (t := norm(e.text_content()))]

    def removals(self) -> list[tuple[str, str]]:
        """``(kind, text)`` of each removed element that held text, in order.

        >>> import lxml.html
        >>> page = PageState(lxml.html.fromstring("<html><body><nav>Home News</nav></body></html>"))
        >>> page.drop(page.body[0], "chrome"); page.prepared(False).removals()
        [('chrome', 'Home News')]
        """
        return self._removals


@dataclass
class PageState:
    """One pre-pass over one tree: the tree, the main element, what the steps
    found and removed, and the page's metadata hints."""

    tree: HtmlElement
    title: str | None = None
    description: str | None = None
    author: str | None = None
    site_name: str | None = None
    #: The page's JSON-LD ``articleBody``: evidence, never output.
    reference: str | None = None
    #: Every description the page gives (social, search), for the standfirst.
    summaries: tuple[str, ...] = ()
    body: HtmlElement = field(init=False)
    main: HtmlElement = field(init=False)
    removed: Counter[str] = field(default_factory=Counter)
    captions: list[str] = field(default_factory=list)
    headline: str | None = None
    protected: set[HtmlElement] = field(default_factory=set)
    #: Elements named as furniture or chrome that the page shows are content.
    content: set[HtmlElement] = field(default_factory=set)
    main_len: int = 1
    prose_chars: int = 0
    furniture: list[tuple[HtmlElement, str]] = field(default_factory=list)
    dropped: list[tuple[str, HtmlElement]] = field(default_factory=list)
    chrome: list[HtmlElement] = field(default_factory=list)
    caption_elems: list[HtmlElement] = field(default_factory=list)
    teasers: dict[HtmlElement, None] = field(default_factory=dict)  # document order
    posts: list[HtmlElement] = field(default_factory=list)
    standfirst: str | None = None

    def __post_init__(self) -> None:
        body = self.tree.find("body")
        self.body = body if body is not None else self.tree
        self.main = self.body

    def subject(self) -> set[str]:
        """The terms of the page's title and description, less its site name's
        (a title that is only the site's name says nothing of the article)."""
        said = terms(f"{self.title or ''} {self.description or ''}")
        return said - terms(self.site_name or "")

    def set_main(self, main: HtmlElement) -> None:
        """Make ``main`` the main element: it and its ancestors are never removed."""
        self.main = main
        self.protected = {main, *main.iterancestors()}
        self.main_len = max(1, len(norm(main.text_content())))

    def inside_main(self, elem: HtmlElement) -> bool:
        """True when ``elem`` lies inside the main element."""
        return any(a is self.main for a in elem.iterancestors())

    def removable(self, elem: HtmlElement) -> bool:
        """False for the main element, its ancestors and large parts of it."""
        if elem in self.protected or elem.getparent() is None:
            return False
        if self.main is self.body:
            return True
        if self.inside_main(elem):
            return len(norm(elem.text_content())) <= MAIN_SHARE_LIMIT * self.main_len
        return True

    def drop(self, elem: HtmlElement, kind: str) -> None:
        """Remove ``elem`` (its tail stays), counted under ``kind`` and kept
        with it (its text is evidence, and ``--explain`` lists it)."""
        self.dropped.append((kind, elem))
        remove(elem)
        self.removed[kind] += 1

    def prepared(self, flattened: bool) -> Prepared:
        """What the pre-pass hands on."""
        return Prepared(
            self.tree,
            self.captions,
            self.headline,
            self.removed,
            flattened,
            self.main,
            self.prose_chars,
            self.dropped,
            self.standfirst,
        )


def is_prose(p: HtmlElement) -> bool:
    """A paragraph long enough to be a sentence or more, and not mostly links.

    >>> import lxml.html
    >>> is_prose(lxml.html.fromstring("<p>" + "word " * 20 + "</p>"))
    True
    """
    text_len = len(norm(p.text_content()))
    return text_len >= 2 * PROSE_MIN_CHARS and link_text_len(p) < PROSE_LINK_SHARE * text_len


def prose_before(container: HtmlElement, marker: HtmlElement) -> bool:
    """True when ``container`` has a prose paragraph before ``marker``."""
    for p in container.iter("p", marker.tag):
        if p is marker:
            return False
        if p.tag == "p" and is_prose(p):
            return True
    return False


def is_bold_line(elem: HtmlElement) -> bool:
    """A paragraph that is one bold run: a heading in all but name."""
    if elem.tag != "p" or len(elem) != 1 or (elem.text or "").strip():
        return False
    child = elem[0]
    return child.tag in ("strong", "b") and not (child.tail or "").strip()


def is_heading(elem: HtmlElement) -> bool:
    """A heading element, or a short bold line acting as one."""
    if elem.tag in HEADING_TAGS:
        return len(norm(elem.text_content())) <= HEADING_MAX_CHARS
    return is_bold_line(elem)


def opens_prose(heading: HtmlElement) -> bool:
    """True when the next element after ``heading`` is a prose paragraph: the
    heading opens a section of the article, not a list of teasers."""
    nxt = heading.getnext()
    return nxt is not None and nxt.tag == "p" and is_prose(nxt)
