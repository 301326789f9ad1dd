"""Steps that work on headings and short lines: subheadings marked as such,
the headline noted, furniture sections ("Related stories") and one-line
teasers, promos, bylines and standfirsts outside the article taken out.

>>> from scraper.htmltree import parse
>>> page = PageState(parse("<html><body><p>Story.</p><div><h2>Related stories</h2>"
...     "<a href=a>Other</a></div></body></html>")[0])
>>> drop_sections(page); page.removed["section"]
1
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from scraper import boilerplate as bp
from scraper.htmltree import BLOCK_TAGS, attached, class_and_id, link_text_len, norm
from scraper.prepass.state import (
    HEADING_TAGS,
    PageState,
    is_bold_line,
    is_prose,
    opens_prose,
    prose_before,
)
from scraper.settings import (
    BYLINE_MAX_CHARS,
    BYLINE_MIN_AUTHOR_CHARS,
    HEADING_MAX_CHARS,
    HEADING_RAW_MAX_CHARS,
    PROMO_MAX_CHARS,
    SECTION_LEVELS,
    STANDFIRST_LENGTH_FACTOR,
    STANDFIRST_MIN_CHARS,
    STANDFIRST_SKIPPED_BOXES,
    SUBHEADING_MAX_CHARS,
    TEASER_LINK_SHARE,
    TEASER_MAX_CHARS,
)

#: Punctuation after a heading's words ("You may also like…", "Related:").
_HEADING_TRAIL = re.compile(r"[\s:.…»>|-]+$")
#: Other short elements that act as section headings when their class says so.
HEADING_LIKE_ATTR = re.compile(r"title|heading|header|label|hed\b|kicker", re.IGNORECASE)
#: Blocks that may be a one-line teaser, a promotional line or a byline.
_SHORT_BLOCK_TAGS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6")
#: Whitespace as XPath's ``normalize-space`` counts it (the length cut below
#: keeps to it: Unicode spaces count as text there).
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")


def _short_blocks(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The blocks under ``root`` without a block child whose text, spaces
    collapsed as XPath's ``normalize-space`` does, holds 1 to
    ``TEASER_MAX_CHARS`` characters, with their text, in document order.
    Wrappers (a block child) are passed over before their text is read: it
    is the whole page's for the outer ones."""
    out = []
    for elem in root.iterdescendants(*_SHORT_BLOCK_TAGS):
        if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem):
            continue
        raw = elem.text_content()
        if len(raw) > TEASER_MAX_CHARS:
            spaced = _XPATH_SPACE.sub(" ", raw.strip(" \t\r\n"))
            if len(spaced) > TEASER_MAX_CHARS:
                continue
        if raw.strip(" \t\r\n"):
            out.append((elem, raw))
    return out


def mark_subheadings(page: PageState) -> None:
    """Short blocks inside the main element whose class calls them a
    subheading become ``<h3>``: extractors keep headings, not bare divs. A
    heading inside it that is a link (a product, a person) loses the link:
    link-density tests would take it for a teaser."""
    if page.main is page.body:
        return
    for heading in page.main.iter(*HEADING_TAGS):
        if heading.find(".//a") is not None and opens_prose(heading):
            etree.strip_tags(heading, "a")
    for elem in page.main.iter("div", "p", "span"):
        if len(elem) > 2 or any(c.tag in BLOCK_TAGS for c in elem):
            continue
        if not bp.SUBHEADING_ATTR.search(class_and_id(elem)):
            continue
        text = norm(elem.text_content())
        if 0 < len(text) <= SUBHEADING_MAX_CHARS:
            elem.tag = "h3"
            page.removed["subheading_marked"] += 1


def find_headline(page: PageState) -> None:
    """The first ``<h1>``'s text. The element stays: trafilatura reads the
    page's structure around it; :func:`scraper.prepass.strip_headline`
    removes it from the extracted text."""
    for h1 in page.body.iter("h1"):
        text = norm(h1.text_content())
        if text:
            page.headline = text
            return


def drop_standfirst(page: PageState) -> None:
    """Blocks outside the main element that repeat the page's description or
    title (a standfirst, a headline repeated in a header). Inside the main
    element, a block repeating the description is the article's standfirst:
    it loses the class and id that extractors read as a teaser's."""
    texts = (page.title, page.description)
    keys = {norm(t).casefold() for t in texts if t and len(norm(t)) >= STANDFIRST_MIN_CHARS}
    if not keys:
        return
    description = norm(page.description or "").casefold()
    for elem in list(page.body.iter("p", "h2", "h3", "div", "span", "header")):
        if elem.tag in ("div", "span", "header") and len(elem):
            continue
        text = norm(elem.text_content()).casefold()
        if text not in keys or not attached(elem, page.tree):
            continue
        if page.inside_main(elem):
            if text == description and elem.tag in ("p", "div"):
                elem.tag = "p"
                elem.attrib.pop("class", None)
                elem.attrib.pop("id", None)
                page.removed["standfirst_kept"] += 1
        elif page.removable(elem):
            page.drop(elem, "standfirst")


def find_standfirst(page: PageState) -> None:
    """Note the article's standfirst when it stands outside the main element:
    a block before it on the page (not in a menu, sidebar or footer) whose
    text is the page's description, or begins it, or is begun by it (a
    description cut short), not inside a figure or caption. Sites put it in
    the article's header, beside the headline, where the pre-pass would
    remove it with the header. A summary set one sentence to a paragraph is
    the run of sibling paragraphs that together are the description. Any of
    the page's descriptions will do (search and social ones may differ).
    Failing those, a prose block after the headline whose class names it the
    lead ("standfirst", "article-lead", "subtitle") is the standfirst."""
    if page.main is page.body:
        return
    run = _repeated_summary(page) or _named_lead(page)
    if run:
        page.standfirst = "\n".join(norm(e.text_content()) for e in run)
        page.removed["standfirst_found"] += 1


def _repeated_summary(page: PageState) -> list[HtmlElement]:
    """The block (or run of blocks) before the main element that repeats
    one of the page's descriptions."""
    given = (page.description or "", *page.summaries)  # the page's own first
    summaries = [d for d in dict.fromkeys(map(words, given)) if len(d) >= STANDFIRST_MIN_CHARS]
    if not summaries:
        return []
    captions = set(page.caption_elems)  # a caption may repeat the description too
    limit = 2 * STANDFIRST_LENGTH_FACTOR * max(map(len, summaries))
    for elem in page.body.iter(*_LEAF_BLOCKS, page.main.tag):
        if elem is page.main:
            return []
        if elem in page.protected or elem.tag not in _LEAF_BLOCKS:
            continue
        if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem):
            continue
        raw = elem.text_content()  # read once, matched against every description
        said = words(raw) if len(raw) <= limit else ""
        if not said:
            continue
        for summary in summaries:
            if _opens_with(said, summary):
                run = [elem]
            elif summary.startswith(said):
                run = _run(elem, summary)
            else:
                continue
            if run and not any(
                a.tag in _NOT_ARTICLE or a in captions for a in elem.iterancestors()
            ):
                return run
    return []


def _named_lead(page: PageState) -> list[HtmlElement]:
    """A prose block after the headline, before the story's first paragraph,
    that its class (or its wrapper's) calls the article's lead, when no
    description repeats it; never inside a link (a teaser's blurb), a menu
    or a figure. Inside the main element too: an extractor drops the
    article's header with its headline."""
    after_headline = page.body.find(".//h1") is None
    for elem in page.body.iter("h1", *_LEAF_BLOCKS):
        if elem.tag == "h1":
            after_headline = True
            continue
        if not after_headline or elem in page.protected:
            continue
        parent = elem.getparent()
        names = f"{class_and_id(elem)} {class_and_id(parent) if parent is not None else ''}"
        named = bool(bp.LEAD_ATTR.search(bp.normalise_attr(names)))
        if not named and elem.tag != "p":
            continue
        prose = is_prose(elem) and not any(
            isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem
        )
        if (
            named
            and prose
            and not any(a.tag in _NOT_ARTICLE or a.tag == "a" for a in elem.iterancestors())
        ):
            return [elem]
        if prose and elem.tag == "p":
            return []  # the story has begun
    return []


#: Blocks a standfirst can be, and the chrome it is never inside.
_LEAF_BLOCKS = frozenset(("p", "div", "span", "h2", "h3", "strong"))
_NOT_ARTICLE = frozenset(("nav", "aside", "footer", "form", "figure", "figcaption"))
_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    """``text``'s words, case-folded, one space apart: a description and the
    block it repeats may differ in quote marks, dashes and spaces, not words.

    >>> words("Rain 'fell'  on the town…") == words('rain "fell" on the town')
    True
    """
    return " ".join(_WORD.findall(text.casefold()))


def _run(first: HtmlElement, description: str) -> list[HtmlElement]:
    """``first`` and the siblings of its tag after it whose words, joined,
    are the description (or open it, or are opened by it), when there are
    two or more; else nothing. Up to ``STANDFIRST_SKIPPED_BOXES`` siblings
    between them whose words do not go on with the description (a box set
    inside the lead) are stepped over, and comments."""
    run: list[HtmlElement] = []
    said = ""
    elem: HtmlElement | None = first
    skipped = 0
    while elem is not None and len(said) < len(description):
        joined = said
        if elem.tag == first.tag:
            raw = elem.text_content()
            if len(raw) <= STANDFIRST_LENGTH_FACTOR * len(description) and not any(
                isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem
            ):
                joined = f"{said} {words(raw)}".strip()
        if joined == said or not (description.startswith(joined) or joined.startswith(description)):
            # a box set between two of its paragraphs (a related link, an ad
            # slot, a "Read more" line) is stepped over, a comment too: the
            # words after it must still go on with the description's
            skipped += isinstance(elem.tag, str)
            if not run or skipped > STANDFIRST_SKIPPED_BOXES:
                break
            elem = elem.getnext()
            continue
        run.append(elem)
        said = joined
        elem = elem.getnext()
    enough = len(said) >= len(description) / STANDFIRST_LENGTH_FACTOR
    return run if len(run) >= 2 and enough else []


def _opens_with(text: str, description: str) -> bool:
    """True when a block's words ``text`` and ``description`` are one text,
    or one opens the other, neither much longer than the other.

    >>> _opens_with("rain fell on the town all day and into the night", "rain fell on the town")
    False
    >>> _opens_with("rain fell on the town all day long", "rain fell on the town all day long too")
    True
    """
    if len(text) < STANDFIRST_MIN_CHARS or len(text) > STANDFIRST_LENGTH_FACTOR * len(description):
        return False
    shorter, other = sorted((text, description), key=len)
    return other.startswith(shorter) and len(shorter) >= len(other) / STANDFIRST_LENGTH_FACTOR


def _is_furniture_heading(elem: HtmlElement) -> bool:
    if elem.tag not in (*HEADING_TAGS, "p") and not (
        HEADING_LIKE_ATTR.search(class_and_id(elem)) or is_bold_line(elem)
    ):
        return False
    raw = elem.text_content()
    if len(raw) > HEADING_RAW_MAX_CHARS:
        return False  # cheap length cut before normalising
    text = _HEADING_TRAIL.sub("", norm(raw))
    return (
        bool(text) and len(text) <= HEADING_MAX_CHARS and bool(bp.SECTION_HEADINGS.fullmatch(text))
    )


def drop_sections(page: PageState) -> None:
    """Furniture sections opened by a heading such as "Related stories"."""
    tags = (*HEADING_TAGS, "div", "span", "p", "strong", "header")
    headings = [e for e in page.body.iter(*tags) if _is_furniture_heading(e)]
    for elem in headings:
        if attached(elem, page.tree):
            _drop_section(page, elem)


def _drop_section(page: PageState, heading: HtmlElement) -> None:
    # climb to the wrapper that holds the heading and its section, as long
    # as that wrapper is not (part of) the article itself
    section = heading
    for _ in range(SECTION_LEVELS):
        parent = section.getparent()
        if parent is None or parent is page.body or not page.removable(parent):
            break
        if prose_before(parent, heading):
            break  # the wrapper also holds article text before the section
        section = parent
    if section is not heading:
        page.drop(section, "section")
        return
    # the heading sits among the article's own blocks: take it and the link
    # lists and short blocks after it, up to the next prose paragraph (a
    # ``<p>``, or a div with no block inside: a paragraph in all but name)
    following = []
    for sib in heading.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if (_paragraph_like(sib) and is_prose(sib)) or sib.tag in HEADING_TAGS:
            break
        following.append(sib)
    if page.removable(heading):
        page.drop(heading, "section")
    for sib in following:
        if page.removable(sib):
            page.drop(sib, "section")


def _paragraph_like(elem: HtmlElement) -> bool:
    """A ``<p>``, or a div holding no block (its text a paragraph's)."""
    if elem.tag == "p":
        return True
    return elem.tag == "div" and not any(
        isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem
    )


def _author_names(author: str | None) -> list[str]:
    if not author or len(author) < BYLINE_MIN_AUTHOR_CHARS:
        return []
    return [n.strip().casefold() for n in author.split(",") if n.strip()]


#: The headings a box titles its offer with.
_BOX_TITLE_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _drop_offer_title(page: PageState, box: HtmlElement) -> None:
    """Once a promotional line is gone from ``box``, its title goes too when
    the box holds nothing else: a heading alone ("Get the morning briefing"
    over "The day's top stories in your inbox", a sign-up form whose controls
    are gone) would read as a subheading of the article."""
    headings = [h for h in box.iter(*_BOX_TITLE_TAGS) if norm(h.text_content())]
    if len(headings) != 1 or norm(box.text_content()) != norm(headings[0].text_content()):
        return
    if page.removable(headings[0]) and attached(headings[0], page.tree):
        page.drop(headings[0], "promo")


def drop_short_lines(page: PageState) -> None:
    """One-line teasers ("READ MORE: …"), promotional lines ("Follow us on
    …") and, outside the main element, bylines naming the page's author in any
    language ("Begoña Ibáñez · Logroño")."""
    names = _author_names(page.author)
    # read before any is dropped; a drop changes neither the children nor the
    # text of a block later in document order (not inside it, not around it)
    for elem, raw in _short_blocks(page.body):
        text = norm(raw)
        if not text or len(text) > TEASER_MAX_CHARS:
            continue
        kind = None
        if bp.TEASER_LABEL.match(text):
            if link_text_len(elem) >= TEASER_LINK_SHARE * len(text):
                kind = "teaser"
        elif len(text) <= PROMO_MAX_CHARS and bp.PROMO_LINES.search(text):
            kind = "promo"
        elif (
            names
            and elem.tag != "li"
            and len(text) <= BYLINE_MAX_CHARS
            and any(n in text.casefold() for n in names)
            and not page.inside_main(elem)
        ):
            kind = "byline"
        if kind and page.removable(elem) and attached(elem, page.tree):
            box = elem.getparent()
            page.drop(elem, kind)
            if kind == "promo" and box is not None:
                _drop_offer_title(page, box)
