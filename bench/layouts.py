"""Rewrites that lay a page out as older CMSs and hand-made sites do, for :mod:`bench.rewrite`.

News pages nobody tuned for are often written by software older and looser
than the dev pages' publishers use: paragraphs as one block cut by ``<br>``,
a layout table, word-processor markup pasted into the editor, headings made
of bold text, a body cut into several boxes by ad slots. These rewrites give
each dev page one such habit, the article's text and the truth unchanged:

- ``br``: each run of sibling ``<p>`` holding the article becomes one
  ``<div>`` whose paragraphs are separated by ``<br><br>`` (no ``<p>`` left
  there), as old CMSs and forum software write;
- ``table``: the body becomes a three-column layout table: the left cell
  holds what came before the article's block (header, menu, rail), the middle
  cell the article's block, the right cell what came after (aside, footer);
- ``fonts``: every article paragraph's content is wrapped in the nested
  ``<span style>``/``<font>`` (a bold lead on some pages) and the empty
  ``<o:p>`` that pasted word-processor text carries, and on half the pages
  (by a hash of the id) the ``<p>`` become ``<div class="MsoNormal">``;
- ``subheads``: the article's headings (``<h2>``…``<h6>``) become bold
  paragraphs, ``<p><strong>`` or ``<div><b>`` by a hash of the page id;
- ``slots``: the article's paragraphs are cut into runs of
  ``SLOT_PARAGRAPHS``, each run in a box of its own, with an empty ad slot
  between boxes;
- ``legacy``: ``subheads``, ``br``, ``fonts`` and ``table`` at once, as one
  old site would have them.

The article is located from the page's ground truth as in
:mod:`bench.misnamed` (a measuring stick, never an input of the extractor).
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable

from lxml import etree

from bench.misnamed import article_element, article_paragraphs, pick

#: Headings the ``subheads`` rewrite turns into bold paragraphs.
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: Paragraphs per box in ``slots``.
SLOT_PARAGRAPHS = 3
#: Share of the middle cell's text the article's paragraphs hold at least in
#: ``table`` (its block grows to the wrapper holding its headline and byline).
TABLE_ARTICLE_SHARE = 0.5
#: The style pasted word-processor text carries.
PASTED_STYLE = "font-size:12.0pt;font-family:'Arial','sans-serif'"


def _text_len(el: etree._Element) -> int:
    return len(" ".join(" ".join(el.itertext()).split()))


def _move_content(source: etree._Element, target: etree._Element) -> None:
    """Append ``source``'s text and children to the end of ``target``."""
    if source.text:
        last = target[-1] if len(target) else None
        if last is not None:
            last.tail = (last.tail or "") + source.text
        else:
            target.text = (target.text or "") + source.text
    source.text = None
    for child in list(source):
        target.append(child)  # its tail comes with it


def _sibling_runs(paragraphs: list[etree._Element]) -> list[list[etree._Element]]:
    """The runs of consecutive sibling ``<p>`` holding one of ``paragraphs``."""
    runs: list[list[etree._Element]] = []
    seen: set[etree._Element] = set()
    for p in paragraphs:
        if p.tag != "p" or p in seen:
            continue
        first = p
        while (prev := first.getprevious()) is not None and prev.tag == "p":
            first = prev
        run = [first]
        while (nxt := run[-1].getnext()) is not None and nxt.tag == "p":
            run.append(nxt)
        seen.update(run)
        runs.append(run)
    return runs


def br_paragraphs(root: etree._Element, truth: str, page_id: str) -> None:
    """Each run of sibling ``<p>`` holding the article becomes one ``<div>``
    with ``<br><br>`` between its paragraphs."""
    for run in _sibling_runs(article_paragraphs(root, truth)):
        div = etree.Element("div")
        run[0].addprevious(div)
        for i, p in enumerate(run):
            if i:
                etree.SubElement(div, "br")
                etree.SubElement(div, "br")
            _move_content(p, div)
            if i < len(run) - 1 and p.tail:  # what stood between two paragraphs stays
                _append_text(div, p.tail)
        div.tail = run[-1].tail
        for p in run:
            parent = p.getparent()
            if parent is not None:
                parent.remove(p)


def _append_text(el: etree._Element, text: str) -> None:
    """Add ``text`` at the end of ``el``'s content."""
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def _article_block(root: etree._Element, paragraphs: list[etree._Element]) -> etree._Element:
    """The article's element grown to the outermost ancestor whose text is
    still mostly the article's (the wrapper holding its headline)."""
    block = article_element(root, paragraphs)
    own = sum(_text_len(p) for p in paragraphs)
    for anc in block.iterancestors():
        if anc.tag in ("body", "html") or own < TABLE_ARTICLE_SHARE * _text_len(anc):
            break
        block = anc
    return block


def table_layout(root: etree._Element, truth: str, page_id: str) -> None:
    """The body becomes one layout table: before the article's block in the
    left cell, the block in the middle one, after it in the right one."""
    paragraphs = article_paragraphs(root, truth)
    body = root.find("body")
    if not paragraphs or body is None:
        return
    block = _article_block(root, paragraphs)
    if block is body:
        return
    left: list[etree._Element] = []
    right: list[etree._Element] = []
    lead = ""  # text an ancestor holds before its first child
    node = block
    while node is not body:
        parent = node.getparent()
        left = list(node.itersiblings(preceding=True))[::-1] + left
        right = right + list(node.itersiblings())
        if parent is not body:
            lead = (parent.text or "") + lead
        node = parent
    top = next(a for a in (block, *block.iterancestors()) if a.getparent() is body)
    table = etree.Element("table", width="100%", border="0", cellpadding="4")
    row = etree.SubElement(table, "tr")
    cells = [etree.SubElement(row, "td", valign="top", width=w) for w in ("160", "", "160")]
    del cells[1].attrib["width"]
    top.addprevious(table)
    table.tail = top.tail if top is not block else None
    cells[0].text = lead or None
    for el in left:
        cells[0].append(el)
    tail = block.tail
    cells[1].append(block)
    block.tail = tail
    for el in right:
        cells[2].append(el)
    if top is not block and top.getparent() is body:
        body.remove(top)


def font_paragraphs(root: etree._Element, truth: str, page_id: str) -> None:
    """Every article paragraph's content wrapped in pasted word-processor
    markup; ``<p>`` become ``<div class="MsoNormal">`` on half the pages."""
    as_divs = pick(page_id, "fonts", ("p", "div")) == "div"
    nesting = pick(page_id, "fonts-nesting", ("span-font", "font-span", "bold-lead"))
    for i, p in enumerate(article_paragraphs(root, truth)):
        outer_tag, inner_tag = ("font", "span") if nesting == "font-span" else ("span", "font")
        outer = etree.Element(outer_tag)
        inner = etree.SubElement(outer, inner_tag)
        for el in (outer, inner):
            if el.tag == "span":
                el.set("style", PASTED_STYLE)
            else:
                el.set("face", "Arial")
                el.set("size", "2")
        holder = etree.SubElement(inner, "b") if nesting == "bold-lead" and i == 0 else inner
        holder.text, p.text = p.text, None
        for child in list(p):
            holder.append(child)
        p.append(outer)
        etree.SubElement(p, "o:p")
        if as_divs and p.tag == "p":
            p.tag = "div"
            p.set("class", f"{p.get('class', '')} MsoNormal".strip())


def bold_subheads(root: etree._Element, truth: str, page_id: str) -> None:
    """The headings inside the article's block become bold paragraphs."""
    paragraphs = article_paragraphs(root, truth)
    if not paragraphs:
        return
    block = _article_block(root, paragraphs)
    tag, bold = ("p", "strong") if pick(page_id, "subheads", ("p", "div")) == "p" else ("div", "b")
    for heading in list(block.iter(*HEADINGS)):
        strong = etree.Element(bold)
        strong.text, heading.text = heading.text, None
        for child in list(heading):
            strong.append(child)
        heading.append(strong)
        heading.tag = tag
        heading.attrib.clear()


def slot_boxes(root: etree._Element, truth: str, page_id: str) -> None:
    """The paragraphs' usual parent is cut into boxes of ``SLOT_PARAGRAPHS``
    article paragraphs, an empty ad slot between two boxes."""
    paragraphs = article_paragraphs(root, truth)
    parents = Counter(p.getparent() for p in paragraphs if p.getparent() is not None)
    if not parents:
        return
    parent = parents.most_common(1)[0][0]
    mine = set(paragraphs)
    box_class = f"c{zlib.crc32(b'text-box'):08x}"
    boxes: list[list[etree._Element]] = [[]]
    count = 0
    for child in list(parent):
        if count == SLOT_PARAGRAPHS:
            boxes.append([])
            count = 0
        boxes[-1].append(child)
        count += child in mine
    if len(boxes) < 2:
        return
    for n, members in enumerate(boxes):
        if n:
            slot = etree.Element("div", {"class": "ad-slot", "data-slot": f"inread-{n}"})
            members[0].addprevious(slot)
        box = etree.Element("div", {"class": box_class})
        members[0].addprevious(box)
        for child in members:
            box.append(child)


def legacy(root: etree._Element, truth: str, page_id: str) -> None:
    """``subheads``, ``br``, ``fonts`` and ``table`` at once."""
    for step in (bold_subheads, br_paragraphs, font_paragraphs, table_layout):
        step(root, truth, page_id)


#: Rewrite name -> the step it applies (tree, truth, page id).
LAYOUTS: dict[str, Callable[[etree._Element, str, str], None]] = {
    "br": br_paragraphs,
    "table": table_layout,
    "fonts": font_paragraphs,
    "subheads": bold_subheads,
    "slots": slot_boxes,
    "legacy": legacy,
}
