"""An unnamed consent notice at the top of a page (no class or id that names
it): it is neither the main element nor joined to the body from trafilatura's
reading of the raw page, whatever the article's layout."""

from __future__ import annotations

import json

from scraper.agreement import choose
from scraper.extraction import extract
from scraper.htmltree import parse
from scraper.prepass import prepare
from tests.scraper.test_main_element import STORY
from tests.scraper.test_main_topic import CONSENT

#: A headline whose common words ("with", "have") a consent notice also has.
TITLE = "Ferry pier to close with repairs that have waited years"


def html_page(body: str, title: str = TITLE) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def consent() -> str:
    return "<div><div>" + "".join(f"<p>{t}</p>" for t in CONSENT) + "</div></div>"


def test_notice_before_the_headline_does_not_join_a_body_that_missed_its_lead() -> None:
    raw = " ".join([*CONSENT, TITLE, *STORY])
    choice = choose(STORY[2:], [*CONSENT, *STORY], [], None, headline=TITLE, raw_text=raw)
    assert choice.paragraphs == STORY


def test_notice_before_the_headline_still_joins_when_the_body_comes_first() -> None:
    # a page whose headline stands after its text gives no order to go by
    other = [*CONSENT, *STORY]
    raw = " ".join([*CONSENT, *STORY, TITLE])
    choice = choose(STORY[1:2], other, [], None, headline=TITLE, raw_text=raw)
    assert any(c in choice.paragraphs for c in CONSENT)


def test_notice_longer_than_the_article_sharing_the_headlines_common_words() -> None:
    # the notice holds "with" and "have" of the headline: one fifth of its
    # terms; the article holds far more of them
    story = [
        "The old ferry pier will close for repairs in the spring, the harbour authority "
        "said, after divers found corroded piles under the deck.",
        "Repairs have waited years: the authority first asked for money to fix the pier "
        "in 2019, and ferry users will now cross from a temporary landing.",
    ]
    article = "<div class='post'><h1>" + TITLE + "</h1>"
    article += "".join(f"<p>{s}</p>" for s in story) + "</div>"
    text = extract(html_page(consent() + article)).text
    assert text.split("\n\n") == story


def test_article_text_in_spans_between_line_breaks_beats_a_notice() -> None:
    # the article's div holds its text in spans split by <br>: no own text
    title = "Ferry pier to close for repairs"
    spans = "<br><br>".join(f"<span>{s}</span>" for s in STORY)
    body = consent() + f"<h1>{title}</h1><div class='story'><div class='text'>{spans}</div></div>"
    text = extract(html_page(body, title)).text
    assert all(s in text for s in STORY) and "cookies" not in text


def test_an_article_streamed_in_hidden_is_the_main_element_by_its_json_ld_body() -> None:
    # the page streams its article into a hidden element that a script shows;
    # the page's JSON-LD articleBody says that element is the article, where
    # a visible consent notice is the only other prose
    hidden = "<div hidden id='s1'><div class='text'>" + "".join(f"<p>{s}</p>" for s in STORY)
    html = html_page(consent() + f"<h1>{TITLE}</h1>{hidden}</div></div>")
    kept = prepare(parse(html)[0], title=TITLE, reference=" ".join(STORY))
    assert kept.main is not None and kept.main.get("class") == "text"
    dropped = prepare(parse(html)[0], title=TITLE)
    assert dropped.main is not None and "cookies" in dropped.main.text_content()
    # and the whole extraction reads it
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "articleBody": " ".join(STORY)})
    head = f"<script type='application/ld+json'>{ld}</script>"
    with_ld = html.replace("</title>", f"</title>{head}")
    assert extract(with_ld).text.split("\n\n") == STORY
