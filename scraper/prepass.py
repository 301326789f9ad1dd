"""The lxml pre-pass: take out of a page what trafilatura would keep.

:func:`prepare` parses the page once and, before trafilatura sees the tree,

* drops scripts, forms' controls, hidden elements and page furniture named by
  class/id (related lists, newsletter boxes, comment sections, share bars,
  author boxes, cookie banners, ads: :mod:`scraper.boilerplate`);
* drops sections opened by a furniture heading ("Related stories",
  "Top Rated Comments", "Sign up for our newsletter") and one-line teasers
  ("READ MORE: …") and promotional lines ("Follow us on Twitter");
* moves ``<figure>``/``<figcaption>`` and caption elements to ``captions``;
* notes the headline (``<h1>``): it is the title, not body text;
* turns ``<br>``, empty blocks and block edges into whitespace, so no two
  words run together whatever the extractor does with the markup;

:func:`scraper.htmltree.parse` flattens pathological nesting, which the HTML
parser would otherwise cut off.

The element holding the article's paragraphs (the *main* element) is found
first and is never removed, nor are its ancestors nor any large part of it.

>>> from scraper.htmltree import parse
>>> page = prepare(parse("<html><body><article><h1>T</h1><p>One<br>two.</p>"
...     "<figure><img src=a.jpg><figcaption>A cat.</figcaption></figure></article>"
...     "<div class='related-stories'><a href=/x>Other story</a></div></body></html>")[0])
>>> page.captions, page.removed["related"], page.headline
(['A cat.'], 1, 'T')
>>> strip_headline(["T", "One two."], page.headline)
['One two.']
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from scraper import boilerplate as bp
from scraper.htmltree import BLOCK_TAGS, norm, remove
from scraper.htmltree import attached as _attached
from scraper.htmltree import class_and_id as _attr
from scraper.htmltree import link_text_len as _link_text_len

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
#: Beside the main element's ancestors, blocks at least this share links
#: (and without prose) are dropped; these tags are never dropped that way.
SIDEBAR_LINK_SHARE = 0.6
KEEP_SIBLING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "table"})
#: Page chrome by tag: dropped when outside the main element.
CHROME_TAGS = ("nav", "footer", "aside", "header", "form")
#: Inline tags unwrapped inside paragraphs once furniture is gone.
INLINE_WRAPPERS = ("span", "font")
#: A list is a link list when it has at least this many items and each
#: item's text is at least this share link text.
LINK_LIST_MIN_ITEMS = 2
LINK_ITEM_SHARE = 0.9
#: How far up from an embedded post its wrappers' class names are cleared.
EMBED_WRAPPER_LEVELS = 3
#: Longest text a class-named subheading may have.
SUBHEADING_MAX_CHARS = 200
#: Bylines: the author name must be at least this long, the line at most.
BYLINE_MIN_AUTHOR_CHARS = 5
BYLINE_MAX_CHARS = 120
#: Shortest description or title worth matching against body blocks.
STANDFIRST_MIN_CHARS = 30
#: Elements a furniture heading can be.
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
#: Punctuation after a heading's words ("You may also like…", "Related:").
_HEADING_TRAIL = re.compile(r"[\s:.…»>|-]+$")
#: Other short elements that act as section headings when their class says so.
HEADING_LIKE_ATTR = re.compile(r"title|heading|header|label|hed\b|kicker", re.IGNORECASE)
HEADING_MAX_CHARS = 80
#: Raw (unnormalised) text longer than this cannot be a heading's.
HEADING_RAW_MAX_CHARS = 400
#: A one-line teaser or promotional line is at most this long.
TEASER_MAX_CHARS = 300
#: Share of its text in links above which a teaser line counts as a link line.
TEASER_LINK_SHARE = 0.5
#: Characters that end a caption's sentence (a credit may follow, glued on).
SENTENCE_END = frozenset('.!?:;)”’"')
#: A figure with more text than this besides its captions is content.
FIGURE_OWN_TEXT_CHARS = 20
#: A caption longer than this is probably not one (class names lie).
CAPTION_MAX_CHARS = 600
#: A furniture candidate inside the main element is kept when it holds more
#: than this share of the main element's text (it is the article, misnamed).
MAIN_SHARE_LIMIT = 0.4
#: Paragraph length that counts as prose when scoring the main element.
PROSE_MIN_CHARS = 40
#: Style declarations that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Preselections done in C (lxml XPath), refined in Python.
_WITH_CLASS_OR_ID = etree.XPath(".//*[@class or @id]")
#: A table cell holding a heading or a long text block: the table is layout.
_LAYOUT_CELL = etree.XPath(
    "./tr/td[.//h1 or .//h2 or .//h3 or .//p[string-length(normalize-space(.)) > 150] or "
    ".//div[string-length(normalize-space(.)) > 150] or .//table] | "
    "./*/tr/td[.//h1 or .//h2 or .//h3 or .//p[string-length(normalize-space(.)) > 150] or "
    ".//div[string-length(normalize-space(.)) > 150] or .//table]"
)
_TABLE_PARTS = etree.XPath(
    "./thead|./tbody|./tfoot|./tr|./*/tr|./tr/td|./tr/th|./*/tr/td|./*/tr/th"
)
_BR_PARENTS = etree.XPath(".//*[br]")
_MAYBE_HIDDEN = etree.XPath(
    ".//*[@hidden or @aria-hidden='true' or contains(@style, 'none') or contains(@style, 'hidden')]"
)
_SHORT_BLOCKS = etree.XPath(
    ".//*[self::p or self::li or self::div or self::h2 or self::h3 or self::h4 or self::h5"
    f" or self::h6][string-length(normalize-space(.)) <= {TEASER_MAX_CHARS}]"
    "[string-length(normalize-space(.)) > 0]"
)


@dataclass
class Prepared:
    """A page after the pre-pass: the tree for trafilatura plus what was taken out."""

    tree: HtmlElement
    captions: list[str] = field(default_factory=list)
    headline: str | None = None
    removed: Counter[str] = field(default_factory=Counter)
    flattened: bool = False
    main: HtmlElement | None = None


def _is_hidden(elem: HtmlElement) -> bool:
    if elem.get("hidden") is not None or elem.get("aria-hidden") == "true":
        return True
    style = elem.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def _is_prose(p: HtmlElement) -> bool:
    text_len = len(norm(p.text_content()))
    return text_len >= 2 * PROSE_MIN_CHARS and _link_text_len(p) < 0.5 * text_len


def _prose_before(container: HtmlElement, marker: HtmlElement) -> bool:
    """True when ``container`` has a prose paragraph before ``marker``."""
    for p in container.iter("p", marker.tag):
        if p is marker:
            return False
        if p.tag == "p" and _is_prose(p):
            return True
    return False


def _is_heading(elem: HtmlElement) -> bool:
    """A heading element, or a short bold line acting as one."""
    if elem.tag in HEADING_TAGS:
        return len(norm(elem.text_content())) <= HEADING_MAX_CHARS
    return _is_bold_line(elem)


def _is_prose_context(heading: HtmlElement) -> bool:
    """True when the next element after ``heading`` is a prose paragraph: the
    heading opens a section of the article, not a list of teasers."""
    nxt = heading.getnext()
    return nxt is not None and nxt.tag == "p" and _is_prose(nxt)


def _is_bold_line(elem: HtmlElement) -> bool:
    """A paragraph that is one bold run: a heading in all but name."""
    if elem.tag != "p" or len(elem) != 1 or (elem.text or "").strip():
        return False
    child = elem[0]
    return child.tag in ("strong", "b") and not (child.tail or "").strip()


class _Pass:
    """One pre-pass over one tree (holds the main element and counters)."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self.body = tree.find("body") if tree.find("body") is not None else tree
        self.removed: Counter[str] = Counter()
        self.captions: list[str] = []
        self.main: HtmlElement = self.body
        self.protected: set[HtmlElement] = set()
        self.main_len = 1
        self.caption_elems: list[HtmlElement] = []

    # -- the main element -------------------------------------------------
    def find_main(self) -> None:
        """The element with the most prose (its paragraphs' parent scores in
        full, the grandparent half...); ``itemprop=articleBody`` wins when it
        holds prose. Comment threads rarely win: each comment has its own
        parent, so their prose spreads over many elements."""
        scores: dict[HtmlElement, float] = {}
        for p in self.body.iter("p"):
            text_len = len(norm(p.text_content()))
            if text_len < PROSE_MIN_CHARS:
                continue
            weight = 1.0
            for anc in p.iterancestors():
                if weight < 0.2:
                    break
                scores[anc] = scores.get(anc, 0.0) + text_len * weight
                weight /= 2
        # text split by <br> instead of <p>: the element's own text runs count
        for elem in _BR_PARENTS(self.body):
            own = len(norm((elem.text or "") + " ".join(c.tail or "" for c in elem)))
            if own >= 2 * PROSE_MIN_CHARS:
                scores[elem] = scores.get(elem, 0.0) + own
        marked = [
            e
            for e in self.body.iterfind(".//*[@itemprop='articleBody']")
            if len(norm(e.text_content())) > 200
        ]
        if marked:
            self.main = max(marked, key=lambda e: len(e.text_content()))
        elif scores:
            self.main = max(scores, key=lambda e: scores[e])
        self.protected = {self.main, *self.main.iterancestors()}
        self.main_len = max(1, len(norm(self.main.text_content())))

    def removable(self, elem: HtmlElement) -> bool:
        """False for the main element, its ancestors and large parts of it."""
        if elem in self.protected or elem.getparent() is None:
            return False
        if self.main is self.body:
            return True
        inside_main = any(a is self.main for a in elem.iterancestors())
        if inside_main:
            return len(norm(elem.text_content())) <= MAIN_SHARE_LIMIT * self.main_len
        return True

    def drop(self, elem: HtmlElement, kind: str) -> None:
        remove(elem)
        self.removed[kind] += 1

    # -- steps --------------------------------------------------------------
    def drop_invisible(self) -> None:
        etree.strip_elements(self.tree, *DROP_TAGS, with_tail=False)
        for elem in _MAYBE_HIDDEN(self.body):
            if _is_hidden(elem) and _attached(elem, self.tree):
                self.drop(elem, "hidden")

    def furniture(self) -> list[tuple[HtmlElement, str]]:
        """Elements whose class/id names furniture; also notes caption elements."""
        found = []
        for elem in _WITH_CLASS_OR_ID(self.body):
            attr = _attr(elem)
            if not attr:
                continue
            kind, caption, _ = bp.classify(attr)
            if kind is not None:
                found.append((elem, kind))
            elif caption:
                self.caption_elems.append(elem)
        return found

    def drop_furniture(self, found: list[tuple[HtmlElement, str]]) -> None:
        # page chrome by tag, outside the article: less tree for the extractor
        for elem in list(self.body.iter(*CHROME_TAGS)):
            if (
                self.removable(elem)
                and _attached(elem, self.tree)
                and not any(a is self.main for a in elem.iterancestors())
            ):
                self.drop(elem, "chrome")
        for elem, kind in found:
            if kind != "popup" and self.removable(elem) and _attached(elem, self.tree):
                self.drop(elem, kind)
        # a hover card sits inside the link that opens it: innermost first, and
        # the trigger (nothing left but its link text) stays in the sentence
        for elem, kind in reversed(found):
            if kind == "popup" and self.removable(elem) and _attached(elem, self.tree):
                text = norm(elem.text_content())
                if text and text == " ".join(norm(a.text_content()) for a in elem.iter("a")):
                    continue
                self.drop(elem, kind)
        # an embedded post is quoted text: its links (handle, date, t.co URL)
        # would make it look like a link block to a link-density test, and its
        # wrapper's class ("social-media-embed") like a share bar to a class test
        for quote in self.body.iter("blockquote"):
            if bp.is_embed_attr(_attr(quote)):
                etree.strip_tags(quote, "a")
                for wrapper in [quote, *quote.iterancestors()][:EMBED_WRAPPER_LEVELS]:
                    if bp.is_embed_attr(_attr(wrapper)):
                        wrapper.attrib.pop("class", None)
                        wrapper.attrib.pop("id", None)

    def unwrap_layout_tables(self) -> None:
        """Tables used for page layout (a cell holds a heading or prose
        blocks) become plain blocks, so they are not read as data tables."""
        for table in list(self.body.iter("table")):
            if not _LAYOUT_CELL(table):
                continue
            table.tag = "div"
            for part in _TABLE_PARTS(table):
                part.tag = "div"
            self.removed["layout_table"] += 1

    def drop_link_blocks_around_main(self) -> None:
        """Blocks beside the main element's ancestors that hold no prose and
        are mostly links (menus, sidebars, teaser grids)."""
        if self.main is self.body:
            return
        path = [self.main, *self.main.iterancestors()]
        for child in path:
            parent = child.getparent()
            if parent is None or child is self.body:
                break
            for sib in list(parent):
                if sib is child or not isinstance(sib.tag, str) or sib.tag in KEEP_SIBLING_TAGS:
                    continue
                text_len = len(norm(sib.text_content()))
                if any(_is_prose(p) for p in sib.iter("p")):
                    continue
                if text_len == 0 or _link_text_len(sib) >= SIDEBAR_LINK_SHARE * text_len:
                    self.drop(sib, "link_block")

    def drop_link_lists(self) -> None:
        """Lists whose every item is nothing but a link: other articles."""
        for lst in list(self.body.iter("ul", "ol")):
            items = [li for li in lst if li.tag == "li"]
            if len(items) < LINK_LIST_MIN_ITEMS:
                continue
            for li in items:
                text = norm(li.text_content())
                if not text or _link_text_len(li) < LINK_ITEM_SHARE * len(text):
                    break
            else:
                if self.removable(lst) and _attached(lst, self.tree):
                    title = lst.getprevious()
                    self.drop(lst, "link_list")
                    # the list's own title ("Key events", "Read next") goes with it
                    if title is not None and _is_heading(title) and self.removable(title):
                        self.drop(title, "link_list")

    def drop_standfirst(self, *texts: str | None) -> None:
        """Blocks outside the main element that repeat the page's description
        or title (a standfirst, a headline repeated in a header)."""
        keys = {norm(t).casefold() for t in texts if t and len(norm(t)) >= STANDFIRST_MIN_CHARS}
        if not keys:
            return
        for elem in list(self.body.iter("p", "h2", "h3", "div", "span", "header")):
            if elem.tag in ("div", "span", "header") and len(elem):
                continue
            if (
                norm(elem.text_content()).casefold() in keys
                and _attached(elem, self.tree)
                and self.removable(elem)
                and not any(a is self.main for a in elem.iterancestors())
            ):
                self.drop(elem, "standfirst")

    def take_captions(self) -> None:
        for fig in list(self.body.iter("figure")):
            if not _attached(fig, self.tree):
                continue
            captions = list(fig.iter("figcaption")) or [
                e for e in fig.iter("*") if bp.is_caption_attr(_attr(e))
            ]
            for cap in captions:
                self.add_caption(cap)
            # a figure holding more than pictures and captions (a quote, a
            # table, an embedded post) keeps that content; only captions go
            own_text = len(norm(fig.text_content())) - sum(
                len(norm(c.text_content())) for c in captions
            )
            if own_text > FIGURE_OWN_TEXT_CHARS:
                for cap in captions:
                    if _attached(cap, self.tree):
                        self.drop(cap, "caption")
            elif self.removable(fig) or len(norm(fig.text_content())) < CAPTION_MAX_CHARS:
                self.drop(fig, "figure")
        for elem in [*self.body.iter("figcaption"), *self.caption_elems]:
            if _attached(elem, self.tree):
                text = norm(elem.text_content())
                if len(text) <= CAPTION_MAX_CHARS and self.removable(elem):
                    self.add_caption(elem)
                    self.drop(elem, "caption")

    def add_caption(self, elem: HtmlElement) -> None:
        text = norm(_spaced_text(elem))
        if text and text not in self.captions:
            self.captions.append(text)

    def mark_subheadings(self) -> None:
        """Short blocks inside the main element whose class calls them a
        subheading become ``<h3>``: extractors keep headings, not bare divs.
        A heading inside it that is a link (a product, a person) loses the
        link: link-density tests would take it for a teaser."""
        if self.main is self.body:
            return
        for heading in self.main.iter(*HEADING_TAGS):
            if heading.find(".//a") is not None and _is_prose_context(heading):
                etree.strip_tags(heading, "a")
        for elem in self.main.iter("div", "p", "span"):
            if len(elem) > 2 or any(c.tag in BLOCK_TAGS for c in elem):
                continue
            if not bp.SUBHEADING_ATTR.search(_attr(elem)):
                continue
            text = norm(elem.text_content())
            if 0 < len(text) <= SUBHEADING_MAX_CHARS:
                elem.tag = "h3"
                self.removed["subheading_marked"] += 1

    def find_headline(self) -> str | None:
        """The first ``<h1>``'s text. The element stays: trafilatura reads the
        page's structure around it; :func:`strip_headline` removes it from the
        extracted text."""
        for h1 in self.body.iter("h1"):
            text = norm(h1.text_content())
            if text:
                return text
        return None

    def drop_sections(self) -> None:
        """Furniture sections opened by a heading such as "Related stories"."""
        headings = []
        for elem in self.body.iter(*HEADING_TAGS, "div", "span", "p", "strong", "header"):
            if elem.tag not in (*HEADING_TAGS, "p") and not (
                HEADING_LIKE_ATTR.search(_attr(elem)) or _is_bold_line(elem)
            ):
                continue
            raw = elem.text_content()
            if len(raw) > HEADING_RAW_MAX_CHARS:
                continue  # cheap length cut before normalising
            text = _HEADING_TRAIL.sub("", norm(raw))
            if text and len(text) <= HEADING_MAX_CHARS and bp.SECTION_HEADINGS.fullmatch(text):
                headings.append(elem)
        for elem in headings:
            if _attached(elem, self.tree):
                self.drop_section(elem)

    def drop_section(self, heading: HtmlElement) -> None:
        # climb to the wrapper that holds the heading and its section, as long
        # as that wrapper is not (part of) the article itself
        section = heading
        for _ in range(3):
            parent = section.getparent()
            if parent is None or parent is self.body or not self.removable(parent):
                break
            if _prose_before(parent, heading):
                break  # the wrapper also holds article text before the section
            section = parent
        if section is not heading:
            self.drop(section, "section")
            return
        # the heading sits among the article's own blocks: take it and the
        # link lists and short blocks after it, up to the next prose paragraph
        following = []
        for sib in heading.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag == "p" and _is_prose(sib):
                break
            if sib.tag in HEADING_TAGS:
                break
            following.append(sib)
        if self.removable(heading):
            self.drop(heading, "section")
        for sib in following:
            if self.removable(sib):
                self.drop(sib, "section")

    def drop_short_lines(self, author: str | None = None) -> None:
        """One-line teasers ("READ MORE: …"), promotional lines ("Follow us
        on …") and, outside the main element, bylines naming the page's
        ``author`` in any language ("Begoña Ibáñez · Logroño")."""
        names = []
        if author and len(author) >= BYLINE_MIN_AUTHOR_CHARS:
            names = [n.strip().casefold() for n in author.split(",") if n.strip()]
        for elem in _SHORT_BLOCKS(self.body):
            if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in elem):
                continue
            text = norm(elem.text_content())
            if not text or len(text) > TEASER_MAX_CHARS:
                continue
            kind = None
            if bp.TEASER_LABEL.match(text):
                if _link_text_len(elem) >= TEASER_LINK_SHARE * len(text):
                    kind = "teaser"
            elif len(text) <= bp.PROMO_MAX_CHARS and (
                bp.PROMO_LINES.search(text) or bp.SHORTCODE_LINE.fullmatch(text)
            ):
                kind = "promo"
            elif (
                names
                and elem.tag != "li"
                and len(text) <= BYLINE_MAX_CHARS
                and any(n in text.casefold() for n in names)
                and not any(a is self.main for a in elem.iterancestors())
            ):
                kind = "byline"
            if kind and self.removable(elem) and _attached(elem, self.tree):
                self.drop(elem, kind)

    def unwrap_inline(self) -> None:
        """Inline wrappers inside paragraphs carry no structure, only class
        names that extractors read as furniture ("link", "bottom"). Runs after
        the captions are taken: a caption can be such a wrapper."""
        for p in self.body.iter("p"):
            etree.strip_tags(p, *INLINE_WRAPPERS)

    def space_blocks(self) -> None:
        """``<br>`` and block edges become whitespace; empty blocks become breaks."""
        for elem in self.body.iter("*"):
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
        for elem in list(self.body.iter("div")):
            if len(elem) == 0 and not (elem.text or "").strip() and (elem.tail or "").strip():
                elem.tag = "br"
        self.paragraphs_from_divs()

    def paragraphs_from_divs(self) -> None:
        """Divs used as paragraphs become ``<p>``; text loose between blocks is
        wrapped in ``<p>``. Extractors read paragraphs and drop loose text."""
        for div in list(self.body.iter("div")):
            blocks = [c for c in div if isinstance(c.tag, str) and c.tag in BLOCK_TAGS]
            if not blocks:
                if (div.text or "").strip() or any((c.tail or "").strip() for c in div):
                    div.tag = "p"
                    self.removed["div_paragraph"] += 1
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


def _spaced_text(elem: HtmlElement) -> str:
    """The element's text, with a space where a sentence ends at an element
    boundary ("…New York.</span><span>Reuters" -> "…New York. Reuters").

    >>> import lxml.html
    >>> _spaced_text(lxml.html.fromstring("<p><span>A cat.</span><span>AP</span></p>"))
    'A cat. AP'
    """
    out = ""
    for piece in elem.itertext():
        if out and piece and out[-1] in SENTENCE_END and not piece[0].isspace():
            out += " "
        out += piece
    return out


def strip_headline(paragraphs: list[str], *titles: str | None) -> list[str]:
    """Drop paragraphs that repeat the headline (or another title): at the
    top, or anywhere once the title is long enough not to be a plain phrase.

    >>> strip_headline(["Storm hits coast", "Body."], "Storm Hits Coast")
    ['Body.']
    """
    keys = {norm(t).casefold().rstrip(" .") for t in titles if t}
    out = list(paragraphs)
    while out and (not out[0].strip() or norm(out[0]).casefold().rstrip(" .") in keys):
        out.pop(0)
    long_keys = {k for k in keys if len(k) >= STANDFIRST_MIN_CHARS}
    return [p for p in out if norm(p).casefold().rstrip(" .") not in long_keys]


def prepare(
    tree: HtmlElement,
    flattened: bool = False,
    title: str | None = None,
    description: str | None = None,
    deadline: float | None = None,
    author: str | None = None,
) -> Prepared:
    """Run the pre-pass on a tree from :func:`parse` (changed in place).

    ``title``, ``description`` and ``author`` are the page's metadata: blocks
    outside the article that repeat them (a standfirst, a byline) are dropped. Past ``deadline`` (a
    :func:`time.monotonic` value) the optional steps are skipped; the tree is
    then still usable, only less clean.
    """

    def in_time() -> bool:
        return deadline is None or time.monotonic() < deadline

    state = _Pass(tree)
    state.drop_invisible()
    state.unwrap_layout_tables()
    found = state.furniture()
    state.find_main()
    state.drop_furniture(found)
    state.mark_subheadings()
    headline = state.find_headline()
    optional = (
        state.drop_link_blocks_around_main,
        state.drop_link_lists,
        lambda: state.drop_standfirst(title, description),
        state.take_captions,
        state.drop_sections,
        lambda: state.drop_short_lines(author),
    )
    for step in optional:
        if not in_time():
            state.removed["skipped_steps"] += 1
            continue
        step()
    state.unwrap_inline()
    state.space_blocks()
    return Prepared(tree, state.captions, headline, state.removed, flattened, state.main)
