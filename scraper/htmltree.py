"""The parsed page as a tree: parsing that survives pathological nesting, and
the small tree helpers the pre-pass is made of.

>>> tree, flattened = parse("<html><body><p>One  <b>two</b></p></body></html>")
>>> norm(tree.text_content()), flattened
('One two', False)
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from scraper.settings import MAX_DEPTH, PARSER_DEPTH_LIMIT, WORD_LIST_MAX_CHARS

#: Whitespace other than one plain space between words (``\s`` is what
#: ``str.split()`` splits on): a text of single spaces has no match at all, so
#: replacing these does not cut the text into a piece per word.
ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")

#: Block-level elements: their edges separate words.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
#: Elements whose text no reader sees: not counted as the page's text.
UNSEEN_TAGS = frozenset({"script", "style", "template"})
#: Markup removed textually before a re-parse of a page nested too deep.
_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_NON_STRUCTURAL_TAG = re.compile(
    r"</?(?!(?:p|br|h[1-6]|li|ul|ol|title|meta|html|head|body|figure|figcaption|blockquote)\b)"
    r"[a-zA-Z][^>]*>"
)
#: Characters lxml refuses in a node's text: C0 controls but tab, newline and
#: carriage return (as spaces), and NUL, surrogates, U+FFFE/U+FFFF (dropped).
_XML_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f]")
_XML_DROP = re.compile(r"[\x00\ud800-\udfff\ufffe\uffff]")
#: The C0 controls of either of the above as bytes of the UTF-8 page: deleting
#: them with ``bytes.translate`` and comparing lengths is one pass in C, faster
#: than a character class scan or a search for each control.
_XML_REFUSED_BYTES = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
_XML_NONCHARS = ("\ufffe", "\uffff")
#: Characters encoded at a time when looking for a surrogate or a control (a bounded copy).
_ENCODE_PIECE = 1 << 20
#: A numeric character reference (the parser turns ``&#x16;`` into the character).
#: Only references to the code points lxml refuses in a node's text match (C0
#: controls but tab, LF and CR; surrogates; U+FFFE/U+FFFF): a page holds
#: thousands of references to quote marks and dashes, which one pass skips.
_CHAR_REF = re.compile(
    r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])"
    r"(?![0-9a-fA-F])"
    r"|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}"
    r"|57[0-2][0-9]{2}|573[0-3][0-9]|5734[0-3]|6553[45])(?![0-9]));?"
)


_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False)
# every element an HtmlElement, chosen in C: lxml.html's per-tag lookup runs
# Python code for each element proxy, a large share of the pre-pass's time
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


def norm(text: str | None) -> str:
    """Whitespace-normalised text.

    >>> norm("  a\\n b ")
    'a b'
    """
    text = text or ""
    if len(text) > WORD_LIST_MAX_CHARS:
        # a list of its words would take ~10 times the text: one regex pass
        return ODD_SPACE.sub(" ", text).strip()
    # str.split() splits on exactly the characters \s matches, several times faster
    return " ".join(text.split())


def xml_compatible(html: str) -> str:
    """``html`` without the characters lxml parses but refuses to set back on a
    node (which later steps do): C0 controls become spaces, NUL, lone
    surrogates and the non-characters U+FFFE/U+FFFF go, and character
    references to any of them become spaces.

    >>> xml_compatible("a\\x1bb\\x00c\\ud800\\tz")
    'a bc\\tz'
    >>> xml_compatible("a&#x16;b&#22c &amp; &#233;")
    'a b c &amp; &#233;'
    """
    if _xml_refused(html):  # rare: most pages need a quick look, not two substitutions
        html = _XML_DROP.sub("", _XML_CONTROL.sub(" ", html))
    if "&#" in html:
        html = _CHAR_REF.sub(" ", html)
    return html


def _xml_refused(html: str) -> bool:
    """True when ``html`` holds a character lxml refuses (see :func:`xml_compatible`)."""
    if any(c in html for c in _XML_NONCHARS):
        return True
    # the page encoded a bounded piece at a time: a lone surrogate fails to
    # encode, and a C0 control is a byte the deletion of the controls shortens
    for start in range(0, len(html), _ENCODE_PIECE):
        try:
            data = html[start : start + _ENCODE_PIECE].encode("utf-8")
        except UnicodeEncodeError:
            return True
        if len(data.translate(None, _XML_REFUSED_BYTES)) != len(data):
            return True
    return False


def parse(html: str) -> tuple[HtmlElement, bool]:
    """Parse a page and flatten nesting deeper than :data:`MAX_DEPTH`.

    A page nested deeper than the parser allows (it drops what lies below) is
    re-parsed with only its structural tags, so no text is lost. Returns the
    tree and whether anything was flattened.
    """
    html = xml_compatible(html.lstrip("\ufeff"))
    if html.startswith("<?xml"):
        html = html[html.find("?>") + 2 :]
    if not html.strip():
        html = "<html></html>"
    tree = lxml.html.document_fromstring(html, parser=_PARSER)
    deepest, too_deep = _depth_scan(tree)
    reparsed = deepest >= PARSER_DEPTH_LIMIT
    if reparsed:
        flat = _NON_STRUCTURAL_TAG.sub(" ", _SCRIPTS.sub(" ", html))
        tree = lxml.html.document_fromstring(flat or "<html></html>", parser=_PARSER)
        deepest, too_deep = _depth_scan(tree)
    for elem in too_deep:
        etree.strip_tags(elem, "*")
    return tree, reparsed or bool(too_deep)


#: A node a tree walk meets (an element, a comment, a processing instruction).
_NODE = "node()[not(self::text())]"
#: Whether any node lies that many levels down from the root element (at 1).
_AT_MAX_DEPTH = etree.XPath(f"boolean({'/*' * (MAX_DEPTH - 1)}/{_NODE})")
_AT_PARSER_LIMIT = etree.XPath(f"boolean({'/*' * (PARSER_DEPTH_LIMIT - 1)}/{_NODE})")
#: The elements at MAX_DEPTH with a child node (text aside), in document order.
_TOO_DEEP = etree.XPath(f"{'/*' * (MAX_DEPTH - 1)}/*[{_NODE}]")


def _depth_scan(tree: HtmlElement) -> tuple[int, list[HtmlElement]]:
    """:data:`PARSER_DEPTH_LIMIT` when the tree reaches that many levels, else
    0; and the elements at :data:`MAX_DEPTH` with children. Paths of a fixed
    depth, evaluated in C: most pages are far shallower than either, and one
    cheap test says so."""
    if not _AT_MAX_DEPTH(tree):
        return 0, []
    deepest = PARSER_DEPTH_LIMIT if _AT_PARSER_LIMIT(tree) else 0
    return deepest, list(_TOO_DEEP(tree))


def cut_page_text(root: HtmlElement, limit: int, source_chars: int | None = None) -> int:
    """Cut ``root``'s content after ``limit`` characters of text (in document
    order, not counting the text of scripts and styles), at a space where the
    text has one there; return the characters cut (0 when within the limit).
    ``source_chars``, the length of the HTML ``root`` was parsed from, less
    its scripts' and styles' text, bounds its text: most pages need no walk.

    >>> root = lxml.html.fromstring("<div><p>one two three</p><p>four</p>five</div>")
    >>> cut_page_text(root, 9), lxml.html.tostring(root)
    (14, b'<div><p>one two</p></div>')
    """
    if source_chars is not None and (
        source_chars <= limit
        or source_chars - sum(len(e.text or "") for e in root.iter(*UNSEEN_TAGS)) <= limit
    ):
        return 0
    seen = room = 0
    cut_at: tuple[str, HtmlElement] | None = None
    unseen: HtmlElement | None = None  # the script or style being walked
    for event, elem in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if unseen is not None:
                continue
            if elem.tag in UNSEEN_TAGS:
                unseen = elem
                continue
            piece, n = "text", len(elem.text or "")
        else:
            if elem is unseen:
                unseen = None
            elif unseen is not None:
                continue
            if elem is root:
                break
            piece, n = "tail", len(elem.tail or "")
        if cut_at is None and seen + n > limit:
            cut_at, room = (piece, elem), limit - seen
        seen += n
    if cut_at is None:
        return 0
    piece, elem = cut_at
    if piece == "text":
        elem.text = _cut_at_space(elem.text or "", room)
        for child in list(elem):
            elem.remove(child)  # with its tail
        if elem is not root:
            elem.tail = None
    else:
        elem.tail = _cut_at_space(elem.tail or "", room)
    kept = limit - room + len((elem.text if piece == "text" else elem.tail) or "")
    node = elem
    while node is not root:  # what follows, up to the root, goes
        parent = node.getparent()
        if parent is None:
            break
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if parent is not root:
            parent.tail = None
        node = parent
    return seen - kept


def _cut_at_space(text: str, room: int) -> str:
    """The first ``room`` characters of ``text``, less a word cut in two."""
    head = text[:room]
    if room < len(text) and not text[room].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head


def remove(elem: HtmlElement) -> None:
    """Remove ``elem`` but keep its tail text (it belongs to the parent).

    >>> root = lxml.html.fromstring("<div>a<span>b</span> c</div>")
    >>> remove(root[0]); root.text_content()
    'a c'
    """
    parent = elem.getparent()
    if parent is None:
        return
    tail = elem.tail
    if tail:
        prev = elem.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(elem)


def class_and_id(elem: HtmlElement) -> str:
    """The element's class and id values, space-separated.

    >>> class_and_id(lxml.html.fromstring('<div class="a b" id="c"></div>'))
    'a b c'
    """
    return f"{elem.get('class', '')} {elem.get('id', '')}".strip()


def link_text_len(elem: HtmlElement) -> int:
    """Characters of text inside the element's links.

    >>> link_text_len(lxml.html.fromstring("<p>see <a href=x>this page</a></p>"))
    9
    """
    return sum(len(norm(a.text_content())) for a in elem.iter("a"))


def holds_block(elem: HtmlElement) -> bool:
    """True when a block element (a paragraph, a div, a list…) sits anywhere
    inside ``elem``.

    >>> holds_block(lxml.html.fromstring("<li><b>a</b> b</li>"))
    False
    >>> holds_block(lxml.html.fromstring("<li><span><p>a</p></span></li>"))
    True
    """
    return any(isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in elem.iterdescendants())


def attached(elem: HtmlElement, tree: HtmlElement) -> bool:
    """False once ``elem`` (or an ancestor) was removed from ``tree``."""
    root = elem
    for root in elem.iterancestors():  # noqa: B007 - want the last one
        pass
    return root is tree or elem is tree
