"""bench.layouts: each old layout lands on the article, and the page's text is unchanged."""

from __future__ import annotations

import lxml.html

from bench.layouts import LAYOUTS, SLOT_PARAGRAPHS
from bench.misnamed import pick
from bench.rewrite import NAMES, rewrite
from tests.bench.devset import STORY
from tests.bench.test_rewrite import PAGE, body_text

TRUTH = "\n\n".join(STORY)
#: PAGE with a section heading between the first two paragraphs.
WITH_HEADING = PAGE.replace(
    f"<p class='body-text para'>{STORY[1]}",
    f"<h2 class='sub'>The route</h2><p class='body-text para'>{STORY[1]}",
)
#: A longer story: seven paragraphs in one container, for ``slots``.
LONG = PAGE.replace(
    "".join(f"<p class='body-text para'>{t}</p>" for t in STORY),
    "".join(f"<p class='body-text para'>{t}</p>" for t in (*STORY, *STORY, STORY[0])),
)


def rewritten(html: str, name: str, page_id: str = "page-1") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(rewrite(html.encode(), name, TRUTH, page_id))


def folded(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def test_br_leaves_one_block_with_paragraph_breaks_and_no_paragraph() -> None:
    tree = rewritten(WITH_HEADING, "br")
    article = tree.find(".//article")
    assert article.find(".//p[@class='body-text para']") is None
    blocks = [d for d in article.iter("div") if d.find("br") is not None]
    assert len(blocks) == 1  # the heading ends the first run of one paragraph
    block = blocks[0]
    assert [e.tag for e in block] == ["br", "br", "br", "br"]
    assert block.text == STORY[1] and block[1].tail == STORY[2]
    assert article.find("h2") is not None  # a heading between runs stays


def test_table_puts_the_article_between_the_menu_and_the_footer() -> None:
    tree = rewritten(PAGE, "table")
    body = tree.body
    assert [e.tag for e in body] == ["table"]
    cells = body.findall(".//td")
    assert len(cells) == 3
    assert cells[0].find("nav") is not None and cells[2].find("footer") is not None
    assert cells[1].find(".//h1") is not None  # the headline stays with its story
    assert all(t in folded(cells[1]) for t in STORY)


def test_fonts_wrap_each_paragraph_in_pasted_markup() -> None:
    pages = {pick(f"p{i}", "fonts", ("p", "div")): f"p{i}" for i in range(20)}
    for tag, page_id in pages.items():
        tree = rewritten(PAGE, "fonts", page_id)
        paragraphs = [e for e in tree.iter("p", "div") if folded(e) in STORY]
        assert [folded(e) for e in paragraphs] == list(STORY)
        assert {e.tag for e in paragraphs} == {tag}
        for e in paragraphs:
            assert e[0].tag in ("span", "font") and e[0][0].tag in ("span", "font")
            assert e[-1].tag == "o:p" and not e[-1].text
    assert set(pages) == {"p", "div"}


def test_subheads_become_bold_paragraphs() -> None:
    tree = rewritten(WITH_HEADING, "subheads")
    assert tree.find(".//h2") is None
    bold = next(e for e in tree.iter("strong", "b") if folded(e) == "The route")
    assert bold.getparent().tag in ("p", "div")
    assert tree.find(".//h1") is not None  # the headline is not a subheading


def test_slots_cut_the_body_into_boxes_with_empty_slots_between() -> None:
    tree = rewritten(LONG, "slots")
    article = tree.find(".//article")
    boxes = [e for e in article if e.tag == "div" and e.get("class", "").startswith("c")]
    slots = [e for e in article if e.get("class") == "ad-slot"]
    assert len(boxes) == 3 and len(slots) == 2 and not any(folded(s) for s in slots)
    counts = [len(b.findall("p[@class='body-text para']")) for b in boxes]
    assert counts == [SLOT_PARAGRAPHS, SLOT_PARAGRAPHS, 1]


def test_the_layouts_keep_the_text_are_reproducible_and_are_bench_names() -> None:
    for html in (PAGE, WITH_HEADING, LONG):
        for name in LAYOUTS:
            out = rewrite(html.encode(), name, TRUTH, "page-1")
            assert body_text(out) == body_text(html.encode()), name
            assert out == rewrite(html.encode(), name, TRUTH, "page-1")
    assert set(LAYOUTS) <= set(NAMES)
