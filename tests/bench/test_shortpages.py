"""bench.shortpages: a page cut to its article's first paragraphs, truth cut to match."""

from __future__ import annotations

from bench.extract import Page
from bench.shortpages import cut_page
from tests.bench.devset import STORY
from tests.bench.test_rewrite import PAGE, body_text

SIX = (
    *STORY,
    "Engineers will lay the rails in three stages so that buses can keep running"
    " on the main road for most of the building work.",
    "Residents of the upper town have asked for a second stop near the hospital,"
    " which the transport office says it will study this year.",
    "The line will cost about 40 million, two thirds of it paid by the region,"
    " according to the budget the council approved in March.",
)
LD = '{"@type":"NewsArticle","articleBody":"All of it, \\"quoted\\" too."}'
HTML = PAGE.replace(
    "".join(f"<p class='body-text para'>{t}</p>" for t in STORY),
    "".join(f"<p class='body-text para'>{t}</p>" for t in SIX),
).replace("</head>", f"<script type='application/ld+json'>{LD}</script></head>")


def page(truth: str) -> Page:
    return Page("p1", "https://example.org/a", HTML.encode(), truth)


def test_the_article_and_its_truth_are_cut_after_the_kept_paragraphs() -> None:
    cut = cut_page(page("Tram line\n" + "\n".join(SIX)), keep=2)
    assert cut is not None
    text = body_text(cut.html)
    assert SIX[0] in text and SIX[1] in text
    assert not any(s in text for s in SIX[2:])
    assert "Zürich–style trams" in text  # what is not the article stays
    assert cut.truth == "\n".join(("Tram line", *SIX[:2]))
    assert b"All of it" not in cut.html  # the JSON-LD body is the brief's
    assert f'"articleBody":"Tram line\\n{SIX[0]}'.encode() in cut.html


def test_an_article_already_short_is_not_cut() -> None:
    assert cut_page(page("\n".join(SIX)), keep=5) is None
