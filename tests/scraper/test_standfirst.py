"""The standfirst: the summary a page shows under its headline, outside the
block holding the article's paragraphs. It is the article's first paragraph;
the page's description (its meta summary) says which block it is."""

from __future__ import annotations

import pytest

from scraper.extraction import extract
from tests.scraper.test_main_element import STORY, paragraphs

TITLE = "Ferry pier to close for repairs"
STANDFIRST = (
    "Divers found corroded piles under the deck: the old pier shuts in spring, and ferries "
    "move to a temporary landing."
)


def html_page(body: str, description: str = STANDFIRST) -> str:
    head = f"<title>{TITLE}</title><meta name='description' content=\"{description}\">"
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "description",
    [STANDFIRST, STANDFIRST[:70] + "…"],  # the whole text, or the text cut short
)
def test_a_standfirst_in_the_article_header_opens_the_body(description: str) -> None:
    header = f"<header><h1>{TITLE}</h1><p class='lead'>{STANDFIRST}</p></header>"
    body = f"<article>{header}<div class='body'>{paragraphs()}</div></article>"
    assert extract(html_page(body, description)).text.split("\n\n") == [STANDFIRST, *STORY]


def test_a_standfirst_inside_the_body_is_not_repeated() -> None:
    body = f"<h1>{TITLE}</h1><div class='body'><p>{STANDFIRST}</p>{paragraphs()}</div>"
    assert extract(html_page(body)).text.split("\n\n") == [STANDFIRST, *STORY]


def test_a_caption_repeating_the_description_is_no_standfirst() -> None:
    figure = f"<figure><img src='pier.jpg'><figcaption>{STANDFIRST}</figcaption></figure>"
    body = f"<h1>{TITLE}</h1>{figure}<div class='body'>{paragraphs()}</div>"
    assert extract(html_page(body)).text.split("\n\n") == STORY


def test_a_teaser_in_the_menu_repeating_the_description_is_no_standfirst() -> None:
    menu = f"<nav><a href='/pier'>{TITLE}</a><p>{STANDFIRST}</p></nav>"
    body = f"{menu}<h1>{TITLE}</h1><div class='body'>{paragraphs()}</div>"
    assert extract(html_page(body)).text.split("\n\n") == STORY
