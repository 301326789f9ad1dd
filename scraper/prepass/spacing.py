"""Steps that make every block edge a word boundary and every paragraph a ``<p>``.

>>> from scraper.htmltree import parse
>>> html = "<html><body><div>One<br>two</div><div><p>a</p>b</div></body></html>"
>>> page = PageState(parse(html)[0])
>>> space_blocks(page)
>>> [e.tag for e in page.body.iter("p")], page.removed["div_paragraph"]
(['p', 'p', 'p'], 1)
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from scraper.htmltree import BLOCK_TAGS, holds_block, link_text_len, norm
from scraper.prepass.state import PageState, is_prose
from scraper.settings import PROSE_LINK_SHARE

#: Inline tags unwrapped inside paragraphs once furniture is gone.
INLINE_WRAPPERS = ("span", "font")
#: Formatting tags dropped inside paragraphs when empty (their tail stays).
EMPTY_DROPPED = ("b", "strong", "i", "em", "u")
#: A web address as a link's whole text, and the parts two spellings of one
#: address may differ in (scheme, "www.", a closing slash).
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_ADDRESS_DRESS = re.compile(r"^(?:https?://)?(?:www\.)?|/$")
#: Links whose text may be an address (preselected in C).
_ADDRESS_LINKS = etree.XPath(
    ".//a[@href][starts-with(normalize-space(), 'http') or starts-with(normalize-space(), 'www.')]"
)
#: Divs holding a text node of their own (their text, or a child's tail),
#: found in C: no other div is or holds a paragraph to make.
_DIVS_WITH_TEXT = etree.XPath("descendant::div[text()[normalize-space()]]")
#: Inline formatting that may hold a whole paragraph's text: ``<p><strong>…</strong></p>``
#: (a bold question in an interview) or ``<p><span>…</span></p>`` written with divs.
TEXT_WRAPPERS = ("span", "font", "strong", "b", "em", "i", "u")
#: The children such a div may have: wrappers, and links between a sentence's runs.
WRAPPED_CHILDREN = frozenset((*TEXT_WRAPPERS, "a"))
#: Empty elements that still show something (a picture, a player, a control):
#: a div holding one beside its text is not a plain paragraph.
SHOWING_TAGS = frozenset(
    {"img", "picture", "video", "audio", "iframe", "embed", "object", "svg", "canvas"}
    | {"input", "button", "select", "textarea"}
)
#: Divs without text of their own holding a wrapper (found in C; the rest is
#: checked in Python, which is faster than a fuller XPath on nested divs).
#: Child name tests (``div[span or b]``): ``self::`` tests on each child cost more.
#: A no-break space between the wrappers (``&nbsp;``, which editors scatter) is
#: no text: XPath's normalize-space keeps it, so it is made a space first.
_DIVS_OF_WRAPPED_TEXT = etree.XPath(
    f"descendant::div[{' or '.join(TEXT_WRAPPERS)}]"
    "[not(text()[normalize-space(translate(., '\u00a0', ' '))])]"
)
#: How many wrappers down a div's neighbour may hold the paragraph that makes
#: the div one of the article's paragraphs (a span around a div around them).
WRAPPER_DEPTH = 3
#: The parts of a ruby annotation (base text, reading, fallback parentheses).
RUBY_TAGS = ("ruby", "rb", "rt", "rtc", "rp")


def is_div_paragraph(div: HtmlElement) -> bool:
    """A div used as a paragraph: text of its own and no block inside.

    >>> import lxml.html
    >>> is_div_paragraph(lxml.html.fromstring("<div>Text <b>bold</b></div>"))
    True
    >>> is_div_paragraph(lxml.html.fromstring("<div><p>Text</p></div>"))
    False
    """
    if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in div):
        return False
    return bool((div.text or "").strip() or any((c.tail or "").strip() for c in div))


def carries_nothing(elem: HtmlElement) -> bool:
    """An element with no text, no child and nothing to show: the ``<br>``
    closing a line, the empty ``<o:p>`` pasted word-processor text ends its
    paragraphs with, an empty anchor.

    >>> import lxml.html
    >>> div = lxml.html.fromstring("<div><span>Text</span><o:p></o:p><img src=a.jpg></div>")
    >>> [carries_nothing(c) for c in div]
    [False, True, False]
    """
    return len(elem) == 0 and not (elem.text or "").strip() and elem.tag not in SHOWING_TAGS


def has_paragraph_break(elem: HtmlElement) -> bool:
    """True when ``elem`` holds a blank line: two ``<br>`` with nothing between.

    >>> import lxml.html
    >>> has_paragraph_break(lxml.html.fromstring("<div><i>a</i><br> <br><i>b</i></div>"))
    True
    >>> has_paragraph_break(lxml.html.fromstring("<div><i>a</i><br><i>b</i></div>"))
    False
    """
    for br in elem.iter("br"):
        after = br.getnext()
        if after is not None and after.tag == "br" and not (br.tail or "").strip():
            return True
    return False


def flatten_ruby(page: PageState) -> None:
    """Ruby annotations (a reading set over East Asian words) become the text
    the page itself gives a reader without ruby support: the base text, and
    the reading only where the page wraps it in ``<rp>`` parentheses.
    Extractors otherwise break the sentence at the annotation.

    >>> from scraper.htmltree import parse
    >>> page = PageState(parse("<html><body><p>A<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>"
    ...     "</ruby>B <ruby>字<rt>ji</rt></ruby>C</p></body></html>")[0])
    >>> flatten_ruby(page); page.body.find("p").text
    'A漢(kan)B 字C'
    """
    for ruby in list(page.body.iter("ruby")):
        if ruby.find(".//rp") is None:  # no fallback given: the reading is not text
            for reading in ruby.findall(".//rt"):
                reading.drop_tree()
    etree.strip_tags(page.body, *RUBY_TAGS)


def name_main(page: PageState) -> None:
    """The main element says it is one (``role=main``), unless it names a
    role of its own. An extractor that finds no article container it knows
    reads every paragraph of the page and nothing else (section headings and
    lists are lost); it then reads the main element, headings included.
    Where the page names a container of its own, that one still comes first.

    >>> from scraper.htmltree import parse
    >>> page = PageState(parse("<html><body><div><p>Story.</p></div></body></html>")[0])
    >>> page.set_main(page.body.find("div")); name_main(page); page.main.get("role")
    'main'
    """
    if page.main is not page.body and page.main.get("role") is None:
        page.main.set("role", "main")


def unlink_prose(page: PageState) -> None:
    """Links inside the main element's prose paragraphs give way to their
    text. An extractor's link-density test takes a sentence that links half
    its words, alone in its block, for a teaser and drops it from the story;
    a list of teasers is mostly links, and not prose, so it keeps its links.
    Anywhere in the main element, a link whose text is its own address gives
    way to it too: a source cited by its URL, alone in its paragraph.

    >>> from scraper.htmltree import parse
    >>> page = PageState(parse("<html><body><article><p>The <a href=/r>report, out on"
    ...     " Monday,</a> said the pier must close for repairs in spring, for six months."
    ...     "</p><p><a href=/x>Another story</a></p></article></body></html>")[0])
    >>> page.set_main(page.body.find("article")); unlink_prose(page)
    >>> [len(p.findall("a")) for p in page.main.iter("p")]
    [0, 1]
    """
    if page.main is page.body:
        return
    for elem in page.main.iter("p", "div"):
        if elem.find(".//a") is None or (elem.tag == "div" and holds_block(elem)):
            continue
        if is_prose(elem):
            etree.strip_tags(elem, "a")
    # a link whose text is its own address is read as text (a cited source):
    # it links to nothing the reader does not see spelled out
    for link in [a for a in _ADDRESS_LINKS(page.main) if is_own_address(a)]:
        link.drop_tag()


def is_own_address(link: HtmlElement) -> bool:
    """True for a link whose whole text is the address it links to.

    >>> import lxml.html
    >>> is_own_address(lxml.html.fromstring("<a href='https://e.org/a/'>www.e.org/a</a>"))
    True
    >>> is_own_address(lxml.html.fromstring("<a href='https://e.org/a'>Read the report</a>"))
    False
    """
    text = norm(link.text_content())
    href = link.get("href") or ""
    if not _ADDRESS.fullmatch(text):
        return False
    return _ADDRESS_DRESS.sub("", text) == _ADDRESS_DRESS.sub("", href.strip())


def unwrap_inline(page: PageState) -> None:
    """Inline wrappers inside paragraphs carry no structure, only class names
    that extractors read as furniture ("link", "bottom"); empty formatting
    elements carry nothing. Runs after the captions are taken: a caption can
    be such a wrapper.

    >>> from scraper.htmltree import parse
    >>> html = "<html><body><p>“I <strong></strong>went home.”</p></body></html>"
    >>> page = PageState(parse(html)[0])
    >>> unwrap_inline(page); page.body.find("p").text
    '“I went home.”'
    """
    for p in page.body.iter("p"):
        etree.strip_tags(p, *INLINE_WRAPPERS)
        # an empty formatting element carries nothing, and extractors lose
        # the text after it (its tail) with it
        for empty in [e for e in p.iter(*EMPTY_DROPPED) if len(e) == 0 and not e.text]:
            empty.drop_tree()


def space_blocks(page: PageState) -> None:
    """``<br>`` and block edges become whitespace; empty blocks become breaks;
    then divs used as paragraphs become ``<p>``."""
    for elem in page.body.iter("*"):
        tag = elem.tag
        if not isinstance(tag, str):
            continue
        if tag == "br":
            if not (elem.tail or "").startswith(("\n", " ")):
                elem.tail = "\n" + (elem.tail or "")
        elif tag in BLOCK_TAGS:
            if elem.tail and not elem.tail[0].isspace():
                elem.tail = "\n" + elem.tail
            if elem.text and not elem.text[0].isspace():
                elem.text = " " + elem.text
    # an empty div between two runs of text stands for a paragraph break
    for elem in list(page.body.iter("div")):
        if len(elem) == 0 and not (elem.text or "").strip() and (elem.tail or "").strip():
            elem.tag = "br"
    paragraphs_from_divs(page)


def _neighbours(elem: HtmlElement) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The element siblings right before and after ``elem`` that hold text
    (comments, images and empty ad slots in between skipped), None for none."""
    before, after = (
        next((s for s in step if isinstance(s.tag, str) and s.text_content().strip()), None)
        for step in (elem.itersiblings(preceding=True), elem.itersiblings())
    )
    return before, after


def _by_wrapped_paragraphs(
    before: HtmlElement | None, after: HtmlElement | None, kin: set[HtmlElement]
) -> bool:
    """True when a div's neighbour (:func:`_neighbours`) is a wrapper whose
    text, on the side facing the div, opens or closes with a paragraph: a lead
    set outside the container holding the article's other paragraphs
    (``<div>lead</div><span><p>…</p><p>…</p></span>``). Up to
    :data:`WRAPPER_DEPTH` levels down.

    >>> import lxml.html
    >>> box = lxml.html.fromstring(
    ...     "<div><div>Lead.</div><span><div><p>Next.</p><p>More.</p></div></span></div>")
    >>> _by_wrapped_paragraphs(*_neighbours(box[0]), set())
    True
    """
    for edge, first in ((before, False), (after, True)):
        for _ in range(WRAPPER_DEPTH):
            if edge is None or _paragraph_like(edge, kin):
                break
            inner = [c for c in edge if isinstance(c.tag, str) and c.text_content().strip()]
            edge = (inner[0] if first else inner[-1]) if inner else None
        if edge is not None and _paragraph_like(edge, kin):
            return True
    return False


def _reads_as_paragraph(div: HtmlElement, kin: set[HtmlElement]) -> bool:
    """Whether a div of inline text is one of the article's paragraphs: its
    nearest neighbour is a paragraph (or another such div), or it is prose
    and cut by a blank line, or beside paragraphs, or beside the wrapper of
    the article's other paragraphs."""
    before, after = _neighbours(div)
    if any(n is not None and _paragraph_like(n, kin) for n in (before, after)):
        return True
    return is_prose(div) and (
        has_paragraph_break(div)
        or _among_paragraphs(div, kin)
        or _by_wrapped_paragraphs(before, after, kin)
        or _wrapped_beside_paragraphs(div, kin)
    )


#: Wrappers a paragraph may sit in alone (a figure or a quote is no wrapper:
#: what it holds is a caption or a quotation).
_PLAIN_WRAPPERS = frozenset({"div", "section", "span", "font"})


def _wrapped_beside_paragraphs(div: HtmlElement, kin: set[HtmlElement]) -> bool:
    """True when ``div`` is the only block of a plain wrapper that also holds
    inline text (a dateline, a label) and whose neighbour is a paragraph: a
    first paragraph boxed with its dateline beside the article's others. A
    wrapper of nothing but the div is a box of its own (an info box's prompt).

    >>> import lxml.html
    >>> box = lxml.html.fromstring("<div><div>Lead.</div><div class=first><span>Oslo."
    ...     "</span><div>First.</div></div><div>Next.</div></div>")
    >>> _wrapped_beside_paragraphs(box[1][1], set())
    True
    >>> box = lxml.html.fromstring("<div><div>Lead.</div><div class=info><div>"
    ...     "Share your tips.</div></div></div>")
    >>> _wrapped_beside_paragraphs(box[1][0], set())
    False
    """
    parent = div.getparent()
    if parent is None or parent.tag not in _PLAIN_WRAPPERS:
        return False
    others = [c for c in parent if c is not div and isinstance(c.tag, str)]
    if any(c.tag in BLOCK_TAGS and c.text_content().strip() for c in others):
        return False
    label = (parent.text or "") + "".join(c.text_content() + (c.tail or "") for c in others)
    if not label.strip() and not (div.tail or "").strip():
        return False
    return any(n is not None and _paragraph_like(n, kin) for n in _neighbours(parent))


def _among_paragraphs(elem: HtmlElement, kin: set[HtmlElement]) -> bool:
    """True when a sibling of ``elem`` is a paragraph or one of ``kin``."""
    return any(
        isinstance(s.tag, str) and _paragraph_like(s, kin)
        for step in (elem.itersiblings(preceding=True), elem.itersiblings())
        for s in step
    )


def _paragraph_like(elem: HtmlElement, kin: set[HtmlElement]) -> bool:
    """A ``<p>``, a div used as a paragraph, or one of ``kin``."""
    return elem.tag == "p" or elem in kin or (elem.tag == "div" and is_div_paragraph(elem))


def paragraphs_from_divs(page: PageState) -> None:
    """Divs used as paragraphs become ``<p>``; text loose between blocks is
    wrapped in ``<p>``. Extractors read paragraphs and drop loose text. Only
    divs with text of their own (or between their children), or whose text all
    sits in inline formatting (:data:`TEXT_WRAPPERS`), can change."""
    wrapped = [
        div
        for div in _DIVS_OF_WRAPPED_TEXT(page.body)
        # an empty child (a pasted <o:p>, a <br>) adds nothing to the text
        if all(
            c.tag in WRAPPED_CHILDREN or carries_nothing(c) for c in div.iterchildren(etree.Element)
        )
        and not holds_block(div)
        and link_text_len(div) < PROSE_LINK_SHARE * len(norm(div.text_content()))
    ]
    # alone, such a div is as often a label, a byline row or a box's prompt:
    # it is a paragraph when it sits among paragraphs (or more of its kind);
    # prose is one when its parent holds paragraphs past an aside or an ad
    # slot, or when it is cut by a blank line (paragraphs written with <br>)
    kin = set(wrapped)
    for div in [d for d in wrapped if _reads_as_paragraph(d, kin)]:
        div.tag = "p"
        page.removed["div_paragraph"] += 1
    for div in _DIVS_WITH_TEXT(page.body):
        blocks = [c for c in div if isinstance(c.tag, str) and c.tag in BLOCK_TAGS]
        if not blocks:
            if is_div_paragraph(div):
                div.tag = "p"
                page.removed["div_paragraph"] += 1
            continue
        if (div.text or "").strip():
            lead = etree.Element("p")
            lead.text, div.text = div.text, None
            div.insert(0, lead)
        for block in blocks:
            if (block.tail or "").strip():
                loose = etree.Element("p")
                loose.text, block.tail = block.tail, None
                block.addnext(loose)
