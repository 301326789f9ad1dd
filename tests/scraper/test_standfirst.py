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


def test_a_standfirst_whose_description_quotes_it_with_other_marks_opens_the_body() -> None:
    # the meta description is the same text typed with other quote marks and
    # spaces ('…' for "…", a double space): the words decide, not the marks
    standfirst = 'Divers found "corroded" piles under the deck: the old pier shuts in spring.'
    description = "Divers found 'corroded' piles under the deck:  the old pier shuts in spring."
    header = f"<header><h1>{TITLE}</h1><h2 class='sub-title'>{standfirst}</h2></header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    assert extract(html_page(body, description)).text.split("\n\n") == [standfirst, *STORY]


def test_a_long_standfirst_the_description_repeats_opens_the_body() -> None:
    # some sites' summaries run to several sentences (300-600 characters):
    # the description is the summary still, not page text put in a field
    standfirst = " ".join(
        [
            "Divers found corroded piles under the deck of the old ferry pier last week.",
            "The harbour authority will shut it in spring for six months of repairs.",
            "Ferries move to a temporary landing two hundred metres to the east.",
            "Traders fear that visitors will not find the new ticket office in summer.",
            "The work is expected to cost about four million, the authority said.",
        ]
    )
    header = f"<header><h1>{TITLE}</h1><h2 class='sub-title'>{standfirst}</h2></header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    assert len(standfirst) > 300
    assert extract(html_page(body, standfirst)).text.split("\n\n") == [standfirst, *STORY]


def test_a_standfirst_set_one_sentence_to_a_paragraph_opens_the_body() -> None:
    # the summary in three short paragraphs, the description all three in one
    lead = [
        "Divers found corroded piles under the old deck.",
        "The pier shuts in spring for six months.",
        "Ferries will move to a temporary landing.",
    ]
    header = f"<header><h1>{TITLE}</h1>{paragraphs(attrs=' class=lead', story=lead)}</header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    assert extract(html_page(body, " ".join(lead))).text.split("\n\n") == [*lead, *STORY]


@pytest.mark.parametrize(
    "box",
    [
        "<p><strong>READ MORE:</strong> <a href='/other'>Harbour fees to rise in May</a></p>",
        "<div class='ad-slot'><a href='/other'>Harbour fees to rise in May</a></div>",
        "<!-- ad slot -->",
    ],
)
def test_a_standfirst_set_one_sentence_to_a_paragraph_is_read_across_a_box(box: str) -> None:
    # the page sets a related link (or an ad slot) inside the lead: the lead's
    # paragraphs after it are the standfirst's still
    lead = [
        "Divers found corroded piles under the old deck.",
        "The pier shuts in spring for six months.",
        "Ferries will move to a temporary landing.",
    ]
    p = [f"<p class='lead'>{s}</p>" for s in lead]
    header = f"<header><h1>{TITLE}</h1>{p[0]}{p[1]}{box}{p[2]}</header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    assert extract(html_page(body, " ".join(lead))).text.split("\n\n") == [*lead, *STORY]


def test_a_standfirst_one_of_the_page_descriptions_repeats_opens_the_body() -> None:
    # the search description and the social one differ; the page's summary
    # repeats the one written for readers
    social = "An older text of the summary, written for sharing on social sites."
    head = (
        f"<title>{TITLE}</title><meta property='og:description' content='{social}'>"
        f"<meta name='twitter:description' content='{STANDFIRST}'>"
    )
    header = f"<header><h1>{TITLE}</h1><div class='lead'><p>{STANDFIRST}</p></div></header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert extract(html).text.split("\n\n") == [STANDFIRST, *STORY]


@pytest.mark.parametrize(
    "name", ["article-lead", "post-subtitle", "standfirst", "c-article-summary"]
)
def test_a_standfirst_named_by_its_class_opens_the_body_when_no_description_repeats_it(
    name: str,
) -> None:
    header = f"<header><h1>{TITLE}</h1><p class='{name}'>{STANDFIRST}</p></header>"
    body = f"{header}<div class='body'>{paragraphs()}</div>"
    html = f"<html><head><title>{TITLE}</title></head><body>{body}</body></html>"
    assert extract(html).text.split("\n\n") == [STANDFIRST, *STORY]


def test_a_teasers_lead_before_the_headline_is_no_standfirst() -> None:
    other = "Another story's blurb: the council will vote on the new bus lanes next month."
    teaser = f"<div class='top'><a href='/bus'><p class='teaser-lead'>{other}</p></a></div>"
    body = f"{teaser}<h1>{TITLE}</h1><div class='body'>{paragraphs()}</div>"
    html = f"<html><head><title>{TITLE}</title></head><body>{body}</body></html>"
    assert extract(html).text.split("\n\n") == STORY
