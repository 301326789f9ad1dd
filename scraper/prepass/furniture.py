"""Steps that take out what is never article text: hidden elements, layout
tables' structure, and page furniture named by tag or by class/id.

>>> from scraper.htmltree import parse
>>> page = PageState(parse("<html><body><div class='share-bar'>Share</div>"
...     "<p class='paywall'>One.</p><p class='paywall'>Two.</p><p>Three.</p></body></html>")[0])
>>> find_furniture(page); [kind for _, kind in page.furniture]
['share', 'newsletter', 'newsletter']
>>> GENERATED_PART.sub("", "block block-id-n1AuAdJlVL adSlot2")
'block block-id- adSlot2'
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from scraper import boilerplate as bp
from scraper.htmltree import attached, class_and_id, norm
from scraper.prepass.misnamed import content_classes, is_content_block
from scraper.prepass.state import PageState, is_prose
from scraper.prepass.topic import terms
from scraper.settings import (
    BOX_MIN_STORY_CHARS,
    EMBED_WRAPPER_LEVELS,
    HIDDEN_BODY_SHARE,
    LAYOUT_CELL_CHARS,
    REPEATED_CLASS_MIN,
    SECTION_LEVELS,
    SLUG_MIN_WORDS,
    SLUG_TEXT_SHARE,
    TEASER_MAX_CHARS,
    TITLE_MIN_TERMS,
)

#: Elements whose content is never article text.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "object",
    "embed",
    "dialog",
    "link",
    "meta",
)
#: Furniture kinds whose words sites also put on the wrapper of the article's
#: text (a "paywall" wrapper holds the paragraphs subscribers read): such an
#: element holding several prose paragraphs is content.
WRAPPER_KINDS = frozenset({"newsletter"})
#: Page chrome by tag: dropped when outside the main element.
CHROME_TAGS = ("nav", "footer", "aside", "header", "form")
#: What only a page's layout holds: a form around one of these wraps the page
#: (a web-forms site puts the whole page in one), it is no search or sign-up box.
LAYOUT_TAGS = ("nav", "header", "footer", "main", "article", "h1")
#: Whole parts of a class/id that name page chrome (data kept with the other names).
CHROME_NAMES = bp.CHROME_NAMES
_DIGIT = re.compile(r"\d")
#: Tags that a chrome block named by class can be.
CHROME_NAMED_TAGS = ("div", "section", "ul", "table")
#: A generated part of a class/id ("block-id-n1AuAdJlVL"): letters and digits
#: with two capitals or more; read word by word it would name things ("Ad").
GENERATED_PART = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])"
    r"[A-Za-z0-9]{6,}(?![A-Za-z0-9])"
)
#: Separators inside one class/id part ("related-stories", "slide_title").
_PART_WORDS = re.compile(r"[-_]+")
_TEXT_WORDS = re.compile(r"\w+")
#: A class/id part of ``SLUG_MIN_WORDS`` words or more (cheap test before the text is read).
_LONG_PART = re.compile(rf"(?:[^\s_-]+[-_]+){{{SLUG_MIN_WORDS - 1},}}[^\s_-]")


def without_slugs(elem: HtmlElement, attr: str) -> str:
    """``attr`` without the parts that are a slug of the element's own text
    (an anchor made from its heading: "storm-promoted-a-new-plan-1"): text,
    not a name, whatever words it holds.

    >>> import lxml.html
    >>> e = lxml.html.fromstring("<div id='aid-promoted-by-the-city-2'><h2>Aid promoted by "
    ...     "the city</h2></div>")
    >>> without_slugs(e, "slide aid-promoted-by-the-city-2")
    'slide'
    """
    parts = attr.split()
    slugs = [p for p in parts if len(_PART_WORDS.split(p)) >= SLUG_MIN_WORDS]
    if not slugs:
        return attr
    text = set(_TEXT_WORDS.findall(elem.text_content().casefold()))
    for part in slugs:
        words = [w for w in _PART_WORDS.split(part.casefold()) if w and not w.isdigit()]
        if words and sum(w in text for w in words) >= SLUG_TEXT_SHARE * len(words):
            parts.remove(part)
    return " ".join(parts)


def _unless_slug(
    elem: HtmlElement, attr: str, names: tuple[str | None, bool, bool]
) -> tuple[str | None, bool, bool]:
    """The furniture kind, caption and chrome verdicts of ``attr`` once the
    parts that are slugs of ``elem``'s text are taken out; the text is read
    only when the long parts change the verdicts."""
    short = " ".join(p for p in attr.split() if not _LONG_PART.search(p))
    if short == attr or _verdicts(elem, short) == names:
        return names
    return _verdicts(elem, without_slugs(elem, attr))


def _verdicts(elem: HtmlElement, attr: str) -> tuple[str | None, bool, bool]:
    kind, caption, _ = bp.classify(attr)
    return kind, caption, elem.tag in CHROME_NAMED_TAGS and names_chrome(attr)


#: Style declarations that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Preselections done in C (lxml XPath), refined in Python.
_WITH_CLASS_OR_ID = etree.XPath("descendant::*[@class or @id]")  # one axis: no merge of steps
#: Elements with an attribute that can hide them (the value is read in Python:
#: XPath's string tests on every element's style cost twice the walk).
_MAYBE_HIDDEN = etree.XPath("descendant::*[@hidden or @aria-hidden or @style]")
_LONG = f"string-length(normalize-space(.)) > {LAYOUT_CELL_CHARS}"
#: A table cell holding a heading or a long text block: the table is layout.
_LAYOUT_CELL = etree.XPath(
    " | ".join(
        f"{rows}/td[.//h1 or .//h2 or .//h3 or .//p[{_LONG}] or .//div[{_LONG}] or .//table]"
        for rows in ("./tr", "./*/tr")
    )
)
#: Radio buttons and checkboxes: the controls of a poll or quiz.
_CHOICE_INPUTS = etree.XPath(".//input[@type='radio' or @type='checkbox']")
_TABLE_PARTS = etree.XPath(
    "./thead|./tbody|./tfoot|./tr|./*/tr|./tr/td|./tr/th|./*/tr/td|./*/tr/th"
)


def names_chrome(attr: str) -> bool:
    """True when a class/id token ends with a part naming page chrome (the
    last part names the thing: ``sidebar-grid__content`` is content).

    >>> names_chrome("site-footer"), names_chrome("footnote"), names_chrome("siteHeader")
    (True, False, True)
    >>> names_chrome("sidebar-grid__content article__content")
    False
    """
    return not CHROME_NAMES.isdisjoint(bp.read_attr(attr).last_parts)


def _may_hide(elem: HtmlElement) -> bool:
    """``hidden``, ``aria-hidden="true"``, or a style that says ``none`` or
    ``hidden`` somewhere: the elements :func:`_is_hidden` then tests."""
    style = elem.get("style") or ""
    return (
        elem.get("hidden") is not None
        or elem.get("aria-hidden") == "true"
        or "none" in style
        or "hidden" in style
    )


def _is_hidden(elem: HtmlElement) -> bool:
    if elem.get("hidden") is not None or elem.get("aria-hidden") == "true":
        return True
    style = elem.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def drop_polls(page: PageState) -> None:
    """Polls and quizzes: a group of radio buttons or checkboxes sharing one
    name, without links or prose among them, is a question put to the reader,
    never article text. The group's
    block goes with the question above it (its wrappers up to
    ``SECTION_LEVELS`` up, while what they add is at most a short line).
    Runs before the form controls themselves are dropped."""
    groups: dict[str, list[HtmlElement]] = defaultdict(list)
    for control in _CHOICE_INPUTS(page.body):
        groups[control.get("name", "")].append(control)
    for name, controls in groups.items():
        if not name or len(controls) < 2 or not attached(controls[0], page.tree):
            continue
        block = _common_ancestor(controls)
        # a menu drawn with radio buttons (an accordion) holds links; a page
        # section sharing one name for unrelated controls holds prose
        if block is None or block is page.body or block.find(".//a") is not None:
            continue
        if any(is_prose(p) for p in block.iter("p")):
            continue
        added = 0
        for _ in range(SECTION_LEVELS):
            parent = block.getparent()
            if parent is None or parent is page.body:
                break
            added += len(norm(parent.text_content())) - len(norm(block.text_content()))
            if added > TEASER_MAX_CHARS:
                break
            block = parent
        page.drop(block, "poll")


def _common_ancestor(elems: list[HtmlElement]) -> HtmlElement | None:
    """The innermost element holding all of ``elems``."""
    candidates = list(elems[0].iterancestors())
    for elem in elems[1:]:
        above = set(elem.iterancestors())
        candidates = [c for c in candidates if c in above]
    return candidates[0] if candidates else None


def drop_invisible(page: PageState) -> None:
    """Scripts, styles, form controls and elements hidden from readers. A
    hidden element holding the page's JSON-LD article body stays: the page
    streams its article in hidden and a script shows it."""
    # a button around a picture opens it large: the picture and its caption
    # are the page's, and the caption step must see the caption
    for button in [b for b in page.tree.iter("button") if b.find(".//figure") is not None]:
        button.drop_tag()
    # a dialog's text (a consent notice, a sign-in prompt) is kept as removed
    # furniture: a second extractor reading the raw page must not add it back
    for dialog in [d for d in page.tree.iter("dialog") if norm(d.text_content())]:
        page.drop(dialog, "dialog")
    etree.strip_elements(page.tree, *DROP_TAGS, with_tail=False)
    reference = page.reference or ""
    reference_terms: set[str] | None = None  # read once a hidden text is long enough
    for elem in [e for e in _MAYBE_HIDDEN(page.body) if _may_hide(e)]:
        if not _is_hidden(elem) or not attached(elem, page.tree):
            continue
        # a text far shorter than the reference cannot hold it
        text = elem.text_content() if reference else ""
        if reference and len(text) >= HIDDEN_BODY_SHARE * len(reference):
            if reference_terms is None:
                reference_terms = terms(reference)
            if len(reference_terms) >= TITLE_MIN_TERMS and _holds(text, reference_terms):
                page.removed["hidden_body_kept"] += 1
                continue
        page.drop(elem, "hidden")


def _holds(text: str, reference_terms: set[str]) -> bool:
    """True when ``text`` holds ``HIDDEN_BODY_SHARE`` of ``reference_terms``
    (the terms of the JSON-LD article body)."""
    return len(terms(text) & reference_terms) >= HIDDEN_BODY_SHARE * len(reference_terms)


def unwrap_layout_tables(page: PageState) -> None:
    """Tables used for page layout (a cell holds a heading or prose blocks)
    become plain blocks, so they are not read as data tables."""
    for table in list(page.body.iter("table")):
        if not _LAYOUT_CELL(table):
            continue
        table.tag = "div"
        for part in _TABLE_PARTS(table):
            part.tag = "div"
        page.removed["layout_table"] += 1


@lru_cache(maxsize=20_000)
def _named(value: str) -> tuple[str, str | None, bool, bool] | None:
    """What a class/id value names, generated parts aside: the value left,
    its furniture kind, whether it names a caption, whether page chrome; None
    when it names none of these (most values; a page repeats its class values:
    each is read once)."""
    # a generated part holds a digit and two capitals: most values hold no
    # capital or no digit and skip the pattern
    generated = not value.islower() and _DIGIT.search(value)
    attr = (GENERATED_PART.sub("", value) if generated else value).strip()
    if not attr:
        return None
    names = bp.read_attr(attr)
    kind = names.kind
    if kind is None and not bp.DIALOG_NAMES.isdisjoint(names.last_parts):
        kind = "dialog"  # what it holds is the page's interface, never the article
    chrome = not CHROME_NAMES.isdisjoint(names.last_parts)
    if kind is None and not names.caption and not chrome:
        return None
    return attr, kind, names.caption, chrome


def find_furniture(page: PageState) -> None:
    """Note the elements whose class/id names furniture, chrome (a footer, a
    menu, a legal notice) or a caption; generated ids are no names. A dialog
    (a class/id whose last part is "modal" or "dialog") is furniture of its
    own kind.

    A furniture class that several prose paragraphs carry is the body's own
    paragraph class (one magazine marks every body ``<p>`` ``paywall``): those
    paragraphs, and the headings that carry the same class (the body's section
    headings), are content, whatever the word means elsewhere; so is a
    subscription-named wrapper holding several prose paragraphs.
    """
    found: list[tuple[HtmlElement, str]] = []
    for elem in _WITH_CLASS_OR_ID(page.body):
        named = _named(class_and_id(elem))
        if named is None:
            continue
        attr, kind, caption, chrome_name = named
        chrome = elem.tag in CHROME_NAMED_TAGS and chrome_name
        slug = elem.get("id")
        if (kind is not None or caption or chrome) and slug and _LONG_PART.search(slug):
            # the name may come from a long part: is that part a slug of the text?
            kind, caption, chrome = _unless_slug(elem, attr, (kind, caption, chrome))
        if chrome:
            page.chrome.append(elem)
        if kind is not None:
            found.append((elem, kind))
        elif caption:
            page.caption_elems.append(elem)
    content = content_classes(page, [*(e for e, _ in found), *page.caption_elems])
    if content.values or content.tokens:
        page.removed["content_class"] += len(content.values | content.tokens)
    page.furniture = [
        (e, k)
        for e, k in found
        if not is_content_block(e, content) and not (k in WRAPPER_KINDS and _holds_prose(e))
    ]
    page.caption_elems = [e for e in page.caption_elems if not is_content_block(e, content)]
    page.content.update(e for e, _ in found if is_content_block(e, content))


def _holds_prose(elem: HtmlElement) -> bool:
    """True when ``elem`` holds several prose paragraphs: an article's text,
    not a box that asks for a subscription."""
    count = 0
    for p in elem.iter("p"):
        if is_prose(p):
            count += 1
            if count >= REPEATED_CLASS_MIN:
                return True
    return False


def _removable(page: PageState, elem: HtmlElement, kind: str) -> bool:
    """:meth:`PageState.removable`, but a boxed aside inside the main element
    goes whatever its share of it (a transcript outweighs the story) as long
    as the story keeps prose of its own outside it."""
    if kind != "box" or elem in page.protected or not page.inside_main(elem):
        return page.removable(elem)
    return page.main_len - len(norm(elem.text_content())) >= BOX_MIN_STORY_CHARS


def chrome_by_tag(root: HtmlElement) -> list[HtmlElement]:
    """The elements under ``root`` tagged as page chrome (``CHROME_TAGS``),
    less the forms that wrap the page's layout (``LAYOUT_TAGS`` inside).

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<div><form id=f><nav>Menu</nav><h1>T</h1><p>Text</p>"
    ...     "<form id=s><input></form></form></div>")
    >>> [e.get("id") or e.tag for e in chrome_by_tag(page)]
    ['nav', 's']
    """
    return [
        e
        for e in root.iter(*CHROME_TAGS)
        if e.tag != "form" or next(e.iterdescendants(*LAYOUT_TAGS), None) is None
    ]


def drop_furniture(page: PageState) -> None:
    """Page chrome by tag outside the article, furniture named by class, hover
    cards; embedded posts lose what would make them look like furniture."""
    for elem in [*chrome_by_tag(page.body), *page.chrome]:
        if elem in page.content:
            continue  # the article under a chrome tag or name (scraper.prepass.misnamed)
        if page.removable(elem) and attached(elem, page.tree) and not page.inside_main(elem):
            page.drop(elem, "chrome")
    for elem, kind in page.furniture:
        if elem in page.content:
            continue
        if kind != "popup" and _removable(page, elem, kind) and attached(elem, page.tree):
            page.drop(elem, kind)
    # a hover card sits inside the link that opens it: innermost first, and
    # the trigger (nothing left but its link text) stays in the sentence
    for elem, kind in reversed(page.furniture):
        if kind == "popup" and page.removable(elem) and attached(elem, page.tree):
            text = norm(elem.text_content())
            if text and text == " ".join(norm(a.text_content()) for a in elem.iter("a")):
                continue
            page.drop(elem, kind)
    # an embedded post is quoted text: its links (handle, date, t.co URL)
    # would make it look like a link block to a link-density test, and its
    # wrapper's class ("social-media-embed") like a share bar to a class test
    for quote in page.body.iter("blockquote"):
        if bp.is_embed_attr(class_and_id(quote)):
            etree.strip_tags(quote, "a")
            for wrapper in [quote, *quote.iterancestors()][:EMBED_WRAPPER_LEVELS]:
                if bp.is_embed_attr(class_and_id(wrapper)):
                    wrapper.attrib.pop("class", None)
                    wrapper.attrib.pop("id", None)
