"""Main-element choice and extraction on pages whose layout misleads: each
test is one way a real page made the choice go wrong."""

from __future__ import annotations

import pytest

from cleaners.errors import ExtractionError
from scraper.extraction import extract
from scraper.htmltree import parse
from scraper.prepass import prepare

STORY = [
    "The harbour authority said on Thursday that the old ferry pier will close for "
    "repairs in the spring, after divers found corroded piles under the deck.",
    "Ferries will use a temporary landing stage two hundred metres to the east, and "
    "the authority expects crossings to run to the usual timetable throughout.",
    "Local traders asked for clear signs to the new landing, saying visitors already "
    "struggle to find the ticket office when the pier is busy in summer.",
    "The repairs are expected to cost about four million and to take six months, "
    "the authority said, with work starting as soon as the weather allows.",
]
MORE = [
    "Engineers will drive new steel piles beside the old timber ones, a method the "
    "authority first tried at the northern quay ten years ago.",
    "Fishing boats that moor at the pier overnight have been offered berths in the "
    "marina at the usual rate until the work is finished.",
    "The pier was built in the eighteen-nineties for paddle steamers and was last "
    "rebuilt after a storm tore away its end in the fifties.",
    "A public meeting on the plans will be held at the town hall next Tuesday evening, "
    "and the drawings can be seen at the library.",
]
COOKIE = (
    "We and our partners use cookies and similar technologies to store and access "
    "information on your device, to personalise content and advertising, to provide "
    "social media features and to analyse our traffic. "
)
LEGAL = (
    "All content on this site is protected by copyright. Reproduction, distribution or "
    "any other use of the material requires the written permission of the publisher. "
)


def page(body: str, head: str = "") -> str:
    return (
        "<html><head><title>Ferry pier to close for repairs</title>"
        f"{head}</head><body><h1>Ferry pier to close for repairs</h1>{body}</body></html>"
    )


def paragraphs(tag: str = "p", attrs: str = "", story: list[str] = STORY) -> str:
    return "".join(f"<{tag}{attrs}>{p}</{tag}>" for p in story)


def body_of(html: str) -> list[str]:
    return extract(html).text.split("\n\n")


def test_cookie_notice_longer_than_the_article_is_not_the_article() -> None:
    notice = f"<div class='consent-layer'>{paragraphs(story=[COOKIE * 3] * 4)}</div>"
    text = extract(page(notice + f"<div class='story'>{paragraphs()}</div>")).text
    assert all(p in text for p in STORY)
    assert "cookies" not in text


def test_legal_footer_longer_than_the_article_is_not_the_article() -> None:
    footer = f"<div class='site-legal'>{paragraphs(story=[LEGAL * 3] * 5)}</div>"
    text = extract(page(f"<div>{paragraphs()}</div>" + footer)).text
    assert all(p in text for p in STORY)
    assert "copyright" not in text


def test_a_long_lead_in_its_own_div_is_kept_with_the_rest() -> None:
    lead = (
        "Engineers first noticed the damage last autumn, when a routine survey found that "
        "several of the timber and steel piles holding up the pier had lost much of their "
        "strength to rust and rot. The harbour board met three times over the winter to "
        "weigh repairs against a complete rebuild, and settled on repairs because a new "
        "pier would have kept the ferries away for at least two years."
    )
    rest = "".join(f"<div class='b'><p>{p}</p></div>" for p in STORY)
    html = page(f"<div><div class='a'><p>{lead}</p></div><div class='c'>{rest}</div></div>")
    assert body_of(html) == [lead, *STORY]


def test_divs_as_paragraphs_in_a_container_named_like_comments() -> None:
    body = f"<div class='article-body comments-enabled'>{paragraphs('div')}</div>"
    sidebar = "<div class='promo-box'><p>Subscribe to the weekly digest of harbour news.</p></div>"
    tree, _ = parse(page(body + sidebar))
    prepared = prepare(tree)
    # the container is the main element; it loses the name that misleads
    assert prepared.main is not None and prepared.main.get("class") == "article-body"
    assert body_of(page(body + sidebar)) == STORY


def test_furniture_class_on_every_body_paragraph_is_the_body() -> None:
    html = page(f"<article>{paragraphs(attrs=' class=paywall')}</article>")
    assert body_of(html) == STORY


def test_headings_sharing_the_body_paragraphs_class_are_the_body() -> None:
    # the section headings carry the same furniture-named class as every body
    # paragraph; a list with that class is not a heading and stays furniture
    p = [f"<p class=paywall>{s}</p>" for s in STORY]
    body = (
        f"{p[0]}{p[1]}<div id=repairs><h2 class=paywall>Repairs start in spring</h2></div>"
        f"{p[2]}<ul class=paywall><li>Cost: four million</li></ul>{p[3]}"
    )
    assert body_of(page(f"<article>{body}</article>")) == [
        *STORY[:2],
        "Repairs start in spring",
        *STORY[2:],
    ]


def test_section_headings_kept_when_the_page_names_no_article_container() -> None:
    # plain divs only: without the main element named, the extractor reads
    # every paragraph of the page and drops the body's section headings
    body = (
        f"<div class='col3'><div class='longText'><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"<h2>Traders want signs</h2><p>{STORY[2]}</p><h2>Cost and timing</h2>"
        f"<p>{STORY[3]}</p></div></div>"
    )
    assert body_of(page(body)) == [
        *STORY[:2],
        "Traders want signs",
        STORY[2],
        "Cost and timing",
        STORY[3],
    ]


def test_a_short_lead_beside_the_main_element_is_kept() -> None:
    # the lead sits in the body's container beside the block holding the rest;
    # it is far shorter than the rest, but the container holds nothing else
    rest = [f"{a} {b}" for a in STORY[1:] for b in STORY[1:] if a != b]
    body = (
        f"<div class='post-text'><p>{STORY[0]}</p><div class='post-text-more'>"
        + "".join(f"<p>{s}</p>" for s in rest)
        + "</div></div><div class='sidebar'><p>Weather: sunny, 21 degrees.</p></div>"
    )
    tree, _ = parse(page(body))
    main = prepare(tree).main
    assert main is not None and main.get("class") == "post-text"
    assert body_of(page(body)) == [STORY[0], *rest]


def test_a_poll_inside_the_article_is_not_text() -> None:
    options = "".join(
        f"<label><input type='radio' name='answer' value='{i}'>{o}</label>"
        for i, o in enumerate(["Yes, every day.", "Only in summer.", "Never."])
    )
    poll = f"<div><div><p>Do you take the ferry?</p></div><div>{options}</div></div>"
    p = [f"<p>{s}</p>" for s in STORY]
    html = page(f"<article>{p[0]}{p[1]}{poll}{p[2]}{p[3]}</article>")
    assert body_of(html) == STORY


#: A newsletter box as pages set one between two paragraphs: no class or id
#: names it; its heading would be left as a subheading of the article.
SIGNUP = (
    "<div><h3>Get the morning briefing</h3><p>Sign up for our newsletter: the day's top "
    "stories in your inbox every morning.</p><form action='/subscribe'><input "
    "type='email' placeholder='Your email'><button>Sign up</button></form></div>"
)


def test_a_newsletter_box_inside_the_article_goes_with_its_title() -> None:
    p = [f"<p>{s}</p>" for s in STORY]
    assert body_of(page(f"<article>{p[0]}{p[1]}{SIGNUP}{p[2]}{p[3]}</article>")) == STORY


def test_a_subheading_above_a_promotional_line_among_paragraphs_stays() -> None:
    # the heading's block holds the article's paragraphs too: no box of its own
    p = [f"<p>{s}</p>" for s in STORY]
    promo = "<p>Sign up for our newsletter to get the news in your inbox.</p>"
    html = page(f"<article>{p[0]}<div><h3>What happens next</h3>{p[1]}{promo}{p[2]}</div>"
                f"{p[3]}</article>")  # fmt: skip
    assert body_of(html) == [STORY[0], "What happens next", *STORY[1:]]


def test_a_menu_drawn_with_radio_buttons_is_left_to_the_furniture_rules() -> None:
    # controls sharing a name around links are an accordion menu, not a poll:
    # the poll rule leaves it (and the article beside it) alone
    items = "".join(
        f"<li><input type='radio' name='item'><a href='/{n}'>{n}</a></li>" for n in "abc"
    )
    tree, _ = parse(
        page(f"<div id='drawer'><ul>{items}</ul></div><article>{paragraphs()}</article>")
    )
    prepared = prepare(tree)
    assert prepared.removed["poll"] == 0


def test_a_body_split_around_ads_is_read_whole() -> None:
    # the page cuts its body into blocks of one class, each in its own row,
    # with ad rows between: every block is the article, in order
    first = [f"{s} {s}" for s in STORY[:2]]
    second = [f"{s} {s}" for s in STORY[2:]]

    def row(paragraphs: list[str]) -> str:
        inner = "".join(f"<p>{s}</p>" for s in paragraphs)
        return f"<div class='row'><div class='article-text'>{inner}</div></div>"

    ad = "<div class='row'><div class='ad-slot'>Advertisement</div></div>"
    teaser = "<div class='row'><div class='article-teaser'><p>Other story</p></div></div>"
    body = f"<div class='content'>{row(first)}{ad}{row(second)}{teaser}</div>"
    assert body_of(page(body)) == first + second


def test_a_body_split_around_ads_whose_longest_block_comes_last_is_read_whole() -> None:
    # the main element is the longest block; the shorter ones before it, of
    # its own class, are the story's start
    story = [*STORY, *MORE]
    blocks = [story[:1], story[1:2], story[2:3], story[3:]]
    aside = "<aside><a href='/x'>Other story headline here</a></aside>"
    rows = "<div class='ad-slot'>Advertisement</div>".join(
        f"<div class='row'><div class='grid-content article-text'>{paragraphs(story=b)}</div>"
        f"{aside}</div>"
        for b in blocks
    )
    assert body_of(page(f"<div class='grid'>{rows}</div>")) == story


def test_a_body_in_framed_sections_whose_longest_piece_is_not_first_is_read_whole() -> None:
    # a long read cut into sections, each piece of the body in the same frame
    # (a section band, a column); the opening band sits in the page's head
    # part, the rest further down: the pieces before the longest are its start
    def band(story: list[str]) -> str:
        return (
            f"<section class='band'><div class='column'><div class='body-text'>"
            f"{paragraphs(story=story)}</div></div></section>"
        )

    body = (
        f"<div class='post-head'>{band(STORY[:2])}</div>"
        f"<div class='post-rest'><div class='ad-slot'>Advertisement</div>"
        f"{band([*STORY[2:], *MORE[:3]])}{band(MORE[3:])}</div>"
    )
    assert body_of(page(body)) == [*STORY, *MORE]


def test_a_block_of_the_body_class_in_another_frame_before_it_stays_apart() -> None:
    # the same class on a teaser in the page's header, framed otherwise: no
    # piece of the body
    teaser = "Read our guide to the harbour's ferries, piers and landing stages this summer."
    body = (
        f"<header><div class='promo-strip'><div class='body-text'><p>{teaser}</p></div></div>"
        f"</header><section class='band'><div class='column'><div class='body-text'>"
        f"{paragraphs()}</div></div></section>"
    )
    assert body_of(page(body)) == STORY


def test_the_description_inside_the_article_is_its_standfirst() -> None:
    # inside the article, a block repeating the page's description is the
    # standfirst, whatever its class says; a teaser elsewhere is not kept
    deck = "The harbour's old ferry pier closes for repairs in spring, after divers found rot."
    head = f"<meta name='description' content=\"{deck}\">"
    body = (
        f"<div id='news_content'><div class='teaser_text'>{deck}</div>{paragraphs()}</div>"
        "<div class='teaser_text'>Read next: the new bridge opens.</div>"
    )
    assert body_of(page(body, head)) == [deck, *STORY]


def test_text_after_an_empty_bold_element_is_kept() -> None:
    quote = (
        "The harbour master recalled: “I <strong></strong>walked the whole pier at low tide "
        "and counted eleven piles that had rotted through.”"
    )
    p = [f"<p>{s}</p>" for s in STORY]
    html = page(f"<article>{p[0]}{p[1]}<p>{quote}</p>{p[2]}{p[3]}</article>")
    assert body_of(html) == [*STORY[:2], quote.replace("<strong></strong>", ""), *STORY[2:]]


def test_a_furniture_class_on_one_block_still_goes() -> None:
    box = "<p class='paywall'>Subscribe now to read every story on the harbour.</p>"
    text = extract(page(f"<article>{paragraphs()}{box}</article>")).text
    assert "Subscribe now" not in text and STORY[3] in text


@pytest.mark.parametrize("count", [1, 2])
def test_a_brief_of_one_or_two_paragraphs_is_an_article(count: int) -> None:
    html = page(f"<article>{paragraphs(story=STORY[:count])}</article>")
    assert body_of(html) == STORY[:count]


def test_a_one_sentence_brief_is_an_article() -> None:
    brief = "The ferry pier closes on Monday for repairs."
    assert extract(page(f"<article><p>{brief}</p></article>")).text == brief


def test_a_page_with_no_prose_is_an_extraction_error() -> None:
    menu = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    with pytest.raises(ExtractionError):
        extract(f"<html><body>{menu}</body></html>")


def test_semantic_article_wins_over_a_longer_teaser_grid() -> None:
    teasers = "".join(
        f"<div class='card'><p>{p}</p></div>" for p in (s[::-1].capitalize() for s in STORY)
    )
    html = page(f"<div class='grid'>{teasers}</div><article>{paragraphs()}</article>")
    assert body_of(html) == STORY


BLURB = (
    "The Valley Gazette has served the towns of the valley since 1887, reporting on "
    "local politics, business, schools and sport with forty journalists. "
)


def test_a_one_paragraph_brief_beats_a_longer_list_of_teasers() -> None:
    # each teaser is a linked headline and a blurb: together they hold more
    # prose than the brief, but they describe other pages
    items = "".join(
        f"<div class='item'><h3><a href='/s{i}'>Other story {i}</a></h3><p>{BLURB}</p></div>"
        for i in range(6)
    )
    html = page(f"<div class='c'><p>{STORY[0]}</p></div><div class='list'>{items}</div>")
    assert body_of(html) == STORY[:1]


def test_a_block_of_links_to_the_publishers_other_sites_is_not_the_article() -> None:
    sites = "".join(
        f"<p><a href='https://s{i}.example'>Site {i}</a> is the network's paper for the "
        f"northern counties, with local news, sport and weather every day.</p>"
        for i in range(12)
    )
    html = page(f"<div class='c'>{paragraphs(story=STORY[:3])}</div><div class='n'>{sites}</div>")
    assert body_of(html) == STORY[:3]


def test_a_paragraph_opening_with_a_link_is_still_article_text() -> None:
    linked = (
        "<a href='/board'>The harbour board</a> met three times over the winter to weigh "
        "repairs against a complete rebuild, and settled on repairs."
    )
    p = [f"<p>{s}</p>" for s in STORY]
    html = page(f"<article>{p[0]}{p[1]}<p>{linked}</p>{p[2]}{p[3]}</article>")
    assert body_of(html)[2].startswith("The harbour board met")


def test_the_items_of_a_list_article_after_a_separate_intro_are_kept() -> None:
    # a list article: each item a linked heading and a long description; the
    # intro sits in its own block
    items = "".join(
        f"<div class='item'><h2><a href='https://harbour.example/{i}'>Note {i}</a></h2>"
        f"<p>{STORY[i]} {STORY[(i + 1) % 4]}</p></div>"
        for i in range(4)
    )
    intro = "Before the ferry pier closes for repairs: four notes on what changes and when."
    html = page(f"<div class='intro'><p>{intro} {intro}</p></div><div class='list'>{items}</div>")
    text = extract(html).text
    assert all(f"{STORY[i]} {STORY[(i + 1) % 4]}" in text for i in range(4))


def test_short_items_of_a_list_article_on_the_titles_subject_are_kept() -> None:
    # short items after linked headings have the shape of teasers, but they
    # speak of the page's title: they are the article's list
    items = "".join(
        f"<div class='item'><h3><a href='https://harbour.example/{i}'>Note {i}</a></h3>"
        f"<p>{STORY[i % 4]}</p></div>"
        for i in range(6)
    )
    intro = (
        "<p>Before the ferry pier closes for repairs: six notes on what changes and when, "
        "for travellers.</p>"
    )
    text = extract(page(f"<div class='intro'>{intro}</div><div class='list'>{items}</div>")).text
    assert all(s in text for s in STORY)


@pytest.mark.parametrize("name", ["factbox", "article-factbox", "infobox", "info-box"])
def test_a_fact_box_in_the_story_is_set_aside_even_when_longer_than_it(name: str) -> None:
    # a boxed aside (key facts, figures, a speech's transcript) is not the
    # running text; a transcript may hold more words than the story itself
    clause = "Clause {}: the authority will publish its repair plans and costs."
    transcript = [clause.format(i) for i in range(12)]
    box = f"<div class='{name}'><h2>The full statement</h2>{paragraphs(story=transcript)}</div>"
    story = f"{paragraphs(story=STORY[:2])}{box}{paragraphs(story=STORY[2:])}"
    body = f"<article><div class='story'>{story}</div></article>"
    assert body_of(page(body)) == STORY


def test_a_story_set_inside_a_box_of_its_own_is_kept() -> None:
    # with no prose of its own outside the box, the box is the story, misnamed
    body = f"<article><div class='story'><div class='infobox'>{paragraphs()}</div></div></article>"
    assert body_of(page(body)) == STORY


def test_paragraphs_whose_text_is_all_in_spans_and_links_are_paragraphs() -> None:
    # a script-built page wraps every paragraph in two divs and its words in
    # spans; one that links half its words is still a sentence of the story
    def block(text: str, linked: bool) -> str:
        words = text.split(" ")
        head, tail = " ".join(words[:8]), " ".join(words[8:])
        words = f"<a href='/other-story'>{head}</a><span> {tail}</span>" if linked else text
        return f"<div class='block'><div class='c-x1'><span>{words}</span></div></div>"

    blocks = "".join(block(p, i % 2 == 1) for i, p in enumerate(STORY))
    assert body_of(page(f"<article><div class='body'>{blocks}</div></article>")) == STORY


def test_a_brief_beside_an_unnamed_notice_ten_times_longer_is_the_article() -> None:
    # the notice outscores the brief more than tenfold: beside a block off the
    # page's subject, a block of prose on it wins however small it is
    notice = f"<div><div>{paragraphs(story=[COOKIE * 4] * 6)}</div><button>OK</button></div>"
    text = extract(page(notice + f"<div class='story'>{paragraphs(story=STORY[:1])}</div>")).text
    assert text == STORY[0]


def test_an_unnamed_notice_does_not_pass_for_kin_of_an_unnamed_story_block() -> None:
    # two plain divs share their (empty) name, but not their place: the notice
    # at the top of the page, the story inside the page's layout. They are no
    # two parts of one body, and the notice off the subject gives way
    notice = f"<div>{paragraphs(story=[COOKIE * 3] * 5)}</div>"
    layout = "<div id='page'><div class='columns'><div>{}</div></div></div>"
    story = layout.format(paragraphs(story=STORY[:2]))
    text = extract(page(notice + story)).text
    assert text.split("\n\n") == STORY[:2]
