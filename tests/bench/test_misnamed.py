"""bench.misnamed: the misleading names land on the article and nothing else changes."""

from __future__ import annotations

import lxml.html

from bench.misnamed import MISNAMED, pick, vocabulary
from bench.rewrite import rewrite
from tests.bench.devset import STORY
from tests.bench.test_rewrite import PAGE, body_text

TRUTH = "\n\n".join(STORY)


def rewritten(name: str, page_id: str = "page-1") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(rewrite(PAGE.encode(), name, TRUTH, page_id))


def test_every_article_paragraph_gets_the_same_misleading_name() -> None:
    name = pick("page-1", "misnamed-paras", vocabulary())
    tree = rewritten("misnamed-paras")
    named = [p for p in tree.iter("p") if name in (p.get("class") or "").split()]
    assert [" ".join(p.text_content().split()) for p in named] == list(STORY)
    assert all("body-text" in p.get("class", "") for p in named)  # the page's names stay


def test_the_article_element_or_a_wrapper_around_it_is_misnamed() -> None:
    article = rewritten("misnamed-body").find(".//article")
    assert pick("page-1", "misnamed-body", vocabulary()) in article.get("class", "").split()
    wrapper = rewritten("misnamed-wrap").find(".//article").getparent()
    assert wrapper.tag == "div"
    assert wrapper.get("class") == pick("page-1", "misnamed-wrap", vocabulary())


def test_the_article_element_takes_a_chrome_tag_the_page_lacks() -> None:
    tree = rewritten("misnamed-tags")
    assert tree.find(".//article") is None
    # the page has a <footer> and a <nav>: the story becomes an <aside> or a <header>
    story = next(e for e in tree.iter("aside", "header") if "story" in e.get("class", ""))
    assert story.find("h1") is not None


def test_the_rewrites_keep_the_text_and_are_reproducible() -> None:
    for name in MISNAMED:
        html = rewrite(PAGE.encode(), name, TRUTH, "page-1")
        assert body_text(html) == body_text(PAGE.encode())
        assert html == rewrite(PAGE.encode(), name, TRUTH, "page-1")
    assert len({pick(f"p{i}", "misnamed-body", vocabulary()) for i in range(50)}) > 10
