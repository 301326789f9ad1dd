"""A page whose text passes ``MAX_PAGE_TEXT_CHARS``: its text past the cut is
not read (memory stays a small multiple of the page), while the body, the
metadata and the record of the cut are what a reader of the whole page gets."""

from __future__ import annotations

import json

import lxml.html
import pytest

import scraper.extraction as extract_module
from scraper.extraction import extract
from scraper.htmltree import cut_page_text
from scraper.rawpage import RawPage
from scraper.settings import MAX_BODY_CHARS, MAX_PAGE_TEXT_CHARS

SENTENCE = "The council discussed item {n} of the budget, the bridge and the river works. "


def long_page(chars: int) -> str:
    """An article of numbered paragraphs, ``chars`` characters in all, with its
    JSON-LD after it, at the end of the body (where some sites put it)."""
    paragraphs = []
    made = n = 0
    while made < chars:
        paragraph = "".join(SENTENCE.format(n=n * 10 + k) for k in range(8)).strip()
        paragraphs.append(f"<p>{paragraph}</p>\n")
        made += len(paragraph) + 1
        n += 1
    json_ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Council approves the budget",
            "author": {"name": "Jane Doe"},
            "datePublished": "2024-05-06T10:00:00Z",
        }
    )
    return (
        "<!DOCTYPE html><html><head><title>Council approves the budget</title></head><body>"
        "<article><h1>Council approves the budget</h1>\n"
        + "".join(paragraphs)
        + f"</article><script type='application/ld+json'>{json_ld}</script></body></html>"
    )


@pytest.fixture(scope="module")
def page() -> str:
    return long_page(MAX_PAGE_TEXT_CHARS + 200_000)


def test_a_long_page_keeps_its_closing_metadata_and_says_it_was_cut(page: str) -> None:
    article = extract(page.encode())
    assert article.author == "Jane Doe"
    assert article.published == "2024-05-06T10:00:00Z"
    assert article.text.startswith(SENTENCE.format(n=0).strip())
    assert len(article.text) <= MAX_BODY_CHARS
    (cut,) = [c for c in article.changes if c.cleaner == "cap_body"]
    past = int(cut.text.split()[0].strip("[").replace(",", ""))
    # at least what lies past the body's limit on the page
    assert past >= len(lxml.html.fromstring(page).text_content()) - MAX_BODY_CHARS - 10_000


def test_the_cut_leaves_the_body_as_a_whole_reading_gives_it(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = extract(page.encode())
    monkeypatch.setattr(extract_module, "MAX_PAGE_TEXT_CHARS", 10 * len(page))
    whole = extract(page.encode())
    assert cut.text == whole.text
    assert (cut.title, cut.author, cut.published) == (whole.title, whole.author, whole.published)


def test_scripts_do_not_count_as_text_and_what_follows_the_cut_goes() -> None:
    root = lxml.html.fromstring(
        "<div><script>" + "x" * 100 + "</script><p>one two</p><p>three <b>four</b> five</p>"
        "<script>var late = 1;</script><p>six</p></div>"
    )
    assert cut_page_text(root, 100) == 0
    assert cut_page_text(root, 12) == len("three four five") + len("six") - len("three")
    assert lxml.html.tostring(root).endswith(b"<p>one two</p><p>three</p></div>")


@pytest.mark.parametrize(
    ("html", "charset"),
    [
        ("Zürich \u2019quoted\u2019 \ud800 lone surrogate", None),
        ("Zürich café".encode("cp1252"), "windows-1252"),
    ],
)
def test_a_packed_page_reads_back_the_same(html: bytes | str, charset: str | None) -> None:
    raw = RawPage(html, charset)
    before = raw.text()
    raw.pack()
    assert raw.text() == before
