"""The lxml pre-pass: what it takes out of a page and what it must leave."""

from __future__ import annotations

import pytest

from scraper import boilerplate as bp
from scraper.htmltree import norm, parse
from scraper.prepass import Prepared, prepare

LEAD = (
    "The council voted on Tuesday to close the old bridge to cars from March, "
    "after engineers found cracks in two of its supports."
)
SECOND = (
    "Buses and bicycles will still be allowed across, and the council said repairs "
    "should take about eighteen months if the budget is approved."
)
THIRD = (
    "Shop owners on both sides of the river said they feared losing customers "
    "during the works, and asked for free parking nearby."
)


def run(body: str, **kwargs: object) -> tuple[Prepared, str]:
    tree, flattened = parse(f"<html><head><title>t</title></head><body>{body}</body></html>")
    page = prepare(tree, flattened, **kwargs)  # type: ignore[arg-type]
    return page, norm(page.tree.text_content())


def article(extra: str = "", before: str = "") -> str:
    return (
        f"<article><h1>Bridge to close</h1>{before}<div class='story-body'>"
        f"<p>{LEAD}</p><p>{SECOND}</p>{extra}<p>{THIRD}</p></div></article>"
    )


@pytest.mark.parametrize(
    ("furniture", "kind", "marker"),
    [
        (
            "<div class='related-stories'><a href='/a'>Other story one</a></div>",
            "related",
            "Other story",
        ),
        ("<div class='newsletter-signup'><p>Get the briefing</p></div>", "newsletter", "briefing"),
        (
            "<section id='comments'><p>Great article, thanks for writing it!</p></section>",
            "comments",
            "Great article",
        ),
        ("<div class='social-share'><a href='#'>Facebook</a></div>", "share", "Facebook"),
        (
            "<div class='author-bio'><p>Jo Smith covers transport.</p></div>",
            "author_box",
            "Jo Smith",
        ),
        ("<div class='cookieConsent'><p>We use cookies.</p></div>", "cookie", "cookies"),
        (
            "<div class='article__reading-time'><time datetime='P3M'>3 Min</time> Lesezeit</div>",
            "reading_time",
            "Lesezeit",
        ),
        (
            "<div class='note-modal'><div class='note-modal__head'>Add a note</div>"
            "<div>Up to 400 characters</div><p>Saved.</p></div>",
            "dialog",
            "Add a note",
        ),
        (
            "<div class='emailStoryDialog'><p>Send this story to a friend by email</p></div>",
            "dialog",
            "friend",
        ),
    ],
)
def test_furniture_by_class_or_id_is_removed(furniture: str, kind: str, marker: str) -> None:
    page, text = run(article(extra=furniture))
    assert page.removed[kind] == 1
    assert marker not in text
    assert LEAD in text and THIRD in text


def test_a_state_of_a_wrapper_is_no_dialog() -> None:
    # "modal-open" says a wrapper may show a dialog, not that it is one: the
    # last part of a class names the thing
    _, text = run(f"<div class='modal-open'><div>Menu</div>{article()}</div>")
    assert LEAD in text and THIRD in text
    _, text = run(article(extra=f"<div class='modal-enabled'><p>{SECOND[::-1]}</p></div>"))
    assert SECOND[::-1] in text


def test_divs_as_paragraphs_are_paragraphs_from_the_first_step() -> None:
    # a div for each paragraph, each with the furniture-named class a
    # magazine puts on its body paragraphs: the class is the body's own, as
    # it is for <p>, so the pre-pass keeps the article
    body = "".join(f"<div class='paywall'>{s}</div>" for s in (LEAD, SECOND, THIRD))
    page, text = run(f"<article><h1>Bridge to close</h1>{body}</article>")
    assert LEAD in text and SECOND in text and THIRD in text
    assert page.removed["newsletter"] == 0


def test_a_section_heading_among_div_paragraphs_takes_only_its_list() -> None:
    # "More:" opens a list of other stories inside the body; the section ends
    # at the next paragraph, a div whose sentence sits in a span
    more = "<h4>More:</h4><ul><li><h4><a href='/a'>Storm closes the quay</a></h4></li></ul>"
    body = f"<div>{LEAD}</div>{more}<div class='note'><span>{SECOND}</span></div><div>{THIRD}</div>"
    _, text = run(f"<article><h1>Bridge to close</h1>{body}</article>")
    assert "Storm closes" not in text
    assert LEAD in text and SECOND in text and THIRD in text


def test_main_element_is_never_removed_for_its_class() -> None:
    # WordPress puts taxonomy classes on the article wrapper
    body = (
        f"<div class='post category-social-media tag-related'><p>{LEAD}</p><p>{SECOND}</p>"
        f"<p>{THIRD}</p></div>"
    )
    _, text = run(body)
    assert LEAD in text and THIRD in text


def test_hidden_token_must_be_whole() -> None:
    _, text = run(f"<div class='hidden-xs'><p>{LEAD}</p><p>{SECOND}</p></div>")
    assert LEAD in text
    _, text = run(article(extra="<div class='hidden'>Screen-reader junk</div>"))
    assert "junk" not in text


def test_comment_section_opened_by_heading() -> None:
    comments = (
        "<div><h3>Top Rated Comments</h3><div class='c'><p>I live by that bridge and "
        "nobody asked us anything at all about this plan.</p></div></div>"
    )
    page, text = run(article() + comments)
    assert "nobody asked" not in text and "Top Rated" not in text
    assert page.removed["section"] >= 1


def test_heading_inside_body_takes_its_link_list_but_not_later_prose() -> None:
    extra = (
        "<h3>Related stories</h3><p><a href='/x'>Ferry fares to rise in spring</a></p>"
        "<p><a href='/y'>New cycle lane opens on the quay</a></p>"
    )
    _, text = run(article(extra=extra))
    assert "Ferry fares" not in text and "Related stories" not in text
    assert THIRD in text


def test_bold_line_heading_counts_as_heading() -> None:
    extra = "<p><strong>DON'T MISS</strong></p><p><a href='/z'>Council tax to rise 5%</a></p>"
    _, text = run(article(extra=extra))
    assert "Council tax" not in text and THIRD in text


def test_teaser_and_promo_lines() -> None:
    extra = (
        "<p>READ MORE: <a href='/r'>Why the bridge was never repaired</a></p>"
        "<p>Follow us on Twitter for the latest updates.</p>"
    )
    page, text = run(article(extra=extra))
    assert "READ MORE" not in text and "Follow us" not in text
    assert page.removed["teaser"] == 1 and page.removed["promo"] == 1


def test_teaser_label_in_prose_is_kept() -> None:
    prose = "<p>Related: the council also approved a new cycle lane on the quay.</p>"
    _, text = run(article(extra=prose))
    assert "new cycle lane" in text


def test_figure_captions_taken_once_and_out_of_the_body() -> None:
    fig = (
        "<figure><img src='a.jpg'><figcaption>The bridge at dusk. (Photo: AP)</figcaption></figure>"
    )
    page, text = run(article(extra=fig + fig))
    assert page.captions == ["The bridge at dusk. (Photo: AP)"]
    assert "dusk" not in text


def test_caption_class_outside_figure() -> None:
    cap = "<p class='wp-caption-text'>Engineers inspect a support.</p>"
    page, text = run(article(extra=cap))
    assert page.captions == ["Engineers inspect a support."] and "Engineers inspect" not in text


def test_hover_card_removed_but_trigger_kept() -> None:
    para = (
        "<p>Mayor <span class='rollover-people'><a href='/p/ann'>Ann Lee</a>"
        "<span class='rollover-people-block'><a href='/p/ann'>Ann Lee</a>"
        "<a href='/s/1'>Ann Lee opens new library</a></span></span> said the bridge "
        "had been neglected for decades by successive councils.</p>"
    )
    _, text = run(article(extra=para))
    assert "Mayor Ann Lee said the bridge" in text
    assert "opens new library" not in text


def test_link_only_list_and_its_title() -> None:
    extra = (
        "<h2>Key events</h2><ul><li><a href='#1'>Bridge closes</a></li>"
        "<li><a href='#2'>Buses diverted</a></li></ul>"
    )
    _, text = run(article(extra=extra))
    assert "Key events" not in text and "Buses diverted" not in text


def test_standfirst_and_byline_outside_main() -> None:
    standfirst = "<p class='dek'>Engineers found cracks in two supports of the old bridge.</p>"
    byline = "<div class='firma'>Begoña Ibáñez · Logroño</div>"
    page, text = run(
        article(before=standfirst + byline),
        description="Engineers found cracks in two supports of the old bridge.",
        author="Begoña Ibáñez",
    )
    assert "Engineers found" not in text and "Logroño" not in text
    assert page.removed["standfirst"] == 1 and page.removed["byline"] == 1


def test_br_and_block_edges_separate_words() -> None:
    body = (
        "<div class='story'>first line<br>second line<div>alpha</div><div>beta</div>"
        f"<p>{LEAD}</p><p>{SECOND}</p></div>"
    )
    page, _ = run(body)
    raw = page.tree.text_content()
    assert "linesecond" not in raw and "alphabeta" not in raw


def test_layout_table_unwrapped() -> None:
    body = f"<table><tr><td><h1>Bridge</h1><div>{LEAD} {SECOND}</div></td></tr></table>"
    page, _ = run(body)
    assert page.removed["layout_table"] == 1 and page.tree.find(".//table") is None


def test_data_table_kept() -> None:
    body = article(extra="<table><tr><td>Cars</td><td>12,000</td></tr></table>")
    page, _ = run(body)
    assert page.tree.find(".//table") is not None


def test_headline_noted() -> None:
    page, _ = run(article())
    assert page.headline == "Bridge to close"


def test_deep_nesting_keeps_text() -> None:
    html = "<html><body>" + "<div>" * 5000 + f"<p>{LEAD}</p>" + "</div>" * 5000 + "</body></html>"
    tree, flattened = parse(html)
    assert flattened and LEAD in norm(tree.text_content())


def test_unclosed_inline_tags_keep_text() -> None:
    html = "<html><body>" + "<b>word " * 3000 + f"<p>{LEAD}</p></body></html>"
    tree, _ = parse(html)
    assert LEAD in norm(tree.text_content())


def test_deadline_skips_optional_steps() -> None:
    page, text = run(article(extra="<p>READ MORE: <a href='/r'>x y z</a></p>"), deadline=0.0)
    assert page.removed["skipped_steps"] >= 1 and LEAD in text


@pytest.mark.parametrize(
    ("attr", "kind"),
    [
        ("js-newsletter-signup", "newsletter"),
        ("relatedStories", "related"),
        ("comment-respond", "comments"),
        ("commentary", None),
        ("shared-content", None),
        ("entry-content", None),
        ("ad-slot", "promo"),
        ("header-ad", "promo"),
        ("headline", None),
    ],
)
def test_furniture_kind(attr: str, kind: str | None) -> None:
    assert bp.furniture_kind(attr) == kind


@pytest.mark.parametrize(
    "heading",
    [
        "Related stories",
        "More from World",
        "You may also like",
        "Top Rated Comments",
        "23 Comments",
        "Sign up for our newsletter",
        "Leave a Reply",
        "Most read",
    ],
)
def test_section_headings(heading: str) -> None:
    assert bp.SECTION_HEADINGS.fullmatch(heading)


@pytest.mark.parametrize("heading", ["Related costs", "Comments from the minister", "Reading list"])
def test_not_section_headings(heading: str) -> None:
    assert not bp.SECTION_HEADINGS.fullmatch(heading)


def test_embedded_tweet_is_kept_as_quoted_text() -> None:
    tweet = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The bridge "
        "has been shaking for years <a href='https://t.co/x'>https://t.co/x</a></p>— Ann "
        "(@ann) <a href='https://twitter.com/ann/status/1'>May 1, 2024</a></blockquote></div>"
    )
    page, text = run(article(extra=tweet))
    assert "The bridge has been shaking for years" in text
    assert page.tree.find(".//blockquote//a") is None


def test_plain_paragraph_heading_opens_a_section() -> None:
    extra = "<p>You may also like...</p><p><a href='/q'>Who will win the vote in May?</a></p>"
    _, text = run(article(extra=extra) + "<p>x</p>")
    assert "You may also like" not in text and "Who will win" not in text


def test_linked_heading_before_prose_loses_its_link() -> None:
    extra = f"<h3><a href='/shop/lamp'>Desk lamp with a dimmer</a></h3><p>{SECOND}</p>"
    page, text = run(article(extra=extra))
    assert "Desk lamp with a dimmer" in text
    heading = page.tree.find(".//h3")
    assert heading is not None and heading.find("a") is None


def test_figure_with_a_quote_keeps_the_quote() -> None:
    fig = (
        "<figure class='pull-quote'><blockquote>We were never told the bridge was unsafe, "
        "not once in ten years.</blockquote><figcaption>Ann Lee, shop owner</figcaption></figure>"
    )
    page, text = run(article(extra=fig))
    assert "We were never told the bridge was unsafe" in text
    assert page.captions == ["Ann Lee, shop owner"] and "shop owner" not in text


@pytest.mark.parametrize(
    "line", ["Filed under: Transport", "Tags: bridge, council", "Reading time: 3 minutes"]
)
def test_taxonomy_and_reading_time_lines(line: str) -> None:
    _, text = run(article(extra=f"<p>{line}</p>"))
    assert line not in text and THIRD in text


def test_caption_span_inside_a_paragraph() -> None:
    para = (
        "<p><span class='image-container'><img src='w.jpg'><span class='caption-source'>"
        "<span class='caption'>Traffic on the old bridge.</span><span class='source'>Reuters"
        f"</span></span></span>{SECOND}</p>"
    )
    page, text = run(article(extra=para))
    assert page.captions == ["Traffic on the old bridge. Reuters"]
    assert "Traffic on the old bridge" not in text and SECOND in text


def test_a_div_whose_sentence_is_all_bold_is_a_paragraph_among_paragraphs() -> None:
    # an interview written with divs: each question a div holding one <strong>,
    # as <p><strong>…</strong></p> would be; as a div it has no text of its own
    question = "Will the buses still cross the bridge while it is being repaired?"
    nested = f"<div><span><span>{THIRD}</span></span></div>"
    body = f"<div>{LEAD}</div><div><strong>{question}</strong></div><div>{SECOND}</div>{nested}"
    page, text = run(f"<div><h1>Bridge to close</h1>{body}</div>")
    paragraphs = [norm(p.text_content()) for p in page.tree.iter("p")]
    assert question in paragraphs and THIRD in paragraphs
    assert LEAD in text and SECOND in text


def test_a_lone_bold_div_is_no_paragraph() -> None:
    # a box's prompt or a byline row: wrapped text with no paragraph beside it
    prompt = "How do you keep warm in winter? Share your tips with the community."
    box = f"<section><div class='box'><div><strong>{prompt}</strong></div></div></section>"
    body = "".join(f"<p>{s}</p>" for s in (LEAD, SECOND, THIRD))
    page, _ = run(f"<article><h1>Bridge to close</h1>{body}{box}</article>")
    assert prompt not in [norm(p.text_content()) for p in page.tree.iter("p")]


def test_a_div_of_spans_and_links_is_a_paragraph_but_a_div_of_a_link_is_not() -> None:
    # a sentence written as runs of spans with a link between them, among div
    # paragraphs; a div holding only a link beside them stays a link
    runs = (
        "<span>Buses will still cross, </span><a href='/b'>the council said</a><span> today.</span>"
    )
    body = f"<div>{LEAD}</div><div>{runs}</div><div><a href='/more'>More on the bridge</a></div>"
    page, _ = run(f"<div><h1>Bridge to close</h1>{body}<div>{SECOND}</div></div>")
    paragraphs = [norm(p.text_content()) for p in page.tree.iter("p")]
    assert "Buses will still cross, the council said today." in paragraphs
    assert not any("More on the bridge" in p for p in paragraphs)


def test_an_empty_ad_slot_does_not_part_a_bold_lead_from_the_paragraphs() -> None:
    body = f"<div><strong>{LEAD}</strong></div><div class='slot'><ins></ins></div>"
    body += f"<div>{SECOND}</div><div>{THIRD}</div>"
    page, _ = run(f"<div><h1>Bridge to close</h1>{body}</div>")
    assert LEAD in [norm(p.text_content()) for p in page.tree.iter("p")]
