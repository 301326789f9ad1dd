"""Each pre-pass step run alone on a small page: what it changes, what it leaves."""

from __future__ import annotations

import time

from lxml.html import HtmlElement

from scraper.htmltree import norm, parse
from scraper.prepass import STEPS, PageState, prepare
from scraper.prepass.captions import take_captions
from scraper.prepass.furniture import (
    chrome_by_tag,
    drop_furniture,
    drop_invisible,
    find_furniture,
    unwrap_layout_tables,
)
from scraper.prepass.links import drop_link_blocks_around_main, drop_link_lists
from scraper.prepass.main import drop_teasers, find_main, zones_of
from scraper.prepass.sections import (
    drop_sections,
    drop_short_lines,
    drop_standfirst,
    find_headline,
    mark_subheadings,
)
from scraper.prepass.spacing import space_blocks, unwrap_inline

PROSE = (
    "The river rose two metres overnight and the old town's lower streets were under "
    "water by dawn, the fire service said."
)
MORE = (
    "Residents of forty houses spent the night in the school gym, and the council "
    "opened a second shelter in the sports hall on Saturday morning."
)


def state(body: str, **hints: str) -> PageState:
    tree, _ = parse(f"<html><head><title>t</title></head><body>{body}</body></html>")
    return PageState(tree, **hints)  # type: ignore[arg-type]


def text(page: PageState) -> str:
    """The body's text, a space between elements (spacing is a step of its own)."""
    return norm(" ".join(page.body.itertext()))


def with_main(body: str, **hints: str) -> PageState:
    page = state(body, **hints)
    find_furniture(page)
    find_main(page)
    return page


def test_steps_have_unique_names_and_prepare_runs_a_chosen_list() -> None:
    names = [s.name for s in STEPS]
    assert len(names) == len(set(names))
    tree, _ = parse(f"<html><body><p>{PROSE}</p><script>x()</script></body></html>")
    only = tuple(s for s in STEPS if s.name == "find_headline")
    prepare(tree, steps=only)
    assert tree.find(".//script") is not None


def test_optional_steps_are_skipped_past_the_deadline() -> None:
    tree, _ = parse(
        f"<html><body><p>{PROSE}</p><ul><li><a href=a>A</a></li>"
        "<li><a href=b>B</a></li></ul></body></html>"
    )
    page = prepare(tree, deadline=time.monotonic() - 1)
    assert page.removed["skipped_steps"] == sum(s.optional for s in STEPS)
    assert page.removed["link_list"] == 0


def test_drop_invisible() -> None:
    page = state(
        f"<p>{PROSE}</p><div style='display: none'>Secret</div><script>x()</script>"
        "<span aria-hidden='true'>icon</span>"
    )
    drop_invisible(page)
    assert text(page) == PROSE and page.removed["hidden"] == 2


def test_a_picture_in_a_button_stays_for_its_caption_and_a_dialog_is_kept_as_removed() -> None:
    caption = "The flooded market square on Saturday morning."
    consent = "We and our partners use cookies to show you personalised advertising."
    page = state(
        f"<p>{PROSE}</p><button class='viewer'><figure><img src='/a.jpg'>"
        f"<figcaption>{caption}</figcaption></figure></button><button>Share</button>"
        f"<dialog><p>{consent}</p><button>Accept</button></dialog>"
    )
    drop_invisible(page)
    assert page.body.find(".//figcaption") is not None  # for the caption step
    assert "Share" not in text(page) and consent not in text(page)
    assert [kind for kind, _ in page.dropped] == ["dialog"]
    assert consent in page.dropped[0][1].text_content()


def test_unwrap_layout_tables() -> None:
    page = state(
        f"<table><tr><td><h2>News</h2><p>{PROSE} {MORE}</p></td></tr></table>"
        "<table><tr><td>1</td><td>2</td></tr></table>"
    )
    unwrap_layout_tables(page)
    assert len(page.body.findall(".//table")) == 1 and page.removed["layout_table"] == 1


def test_find_furniture_notes_kinds_chrome_and_captions() -> None:
    page = state(
        "<div class='share-bar'>Share</div><div class='site-footer'>(c)</div>"
        "<span class='image-caption'>A river.</span>"
    )
    find_furniture(page)
    assert [k for _, k in page.furniture] == ["share"]
    assert [e.get("class") for e in page.chrome] == ["site-footer"]
    assert [e.get("class") for e in page.caption_elems] == ["image-caption"]


def test_find_main_and_the_page_prose() -> None:
    page = with_main(f"<nav><p>{MORE}</p></nav><div id='s'><p>{PROSE}</p><p>{MORE}</p></div>")
    assert page.main.get("id") == "s"
    assert page.prose_chars == len(PROSE) + len(MORE)


def test_drop_furniture_keeps_the_main_element_whatever_its_class() -> None:
    page = with_main(
        f"<div class='social-post'><p>{PROSE}</p><p>{MORE}</p></div>"
        "<div class='social-share'><a href=x>Share</a></div>"
    )
    drop_furniture(page)
    assert text(page) == f"{PROSE} {MORE}"


def test_mark_subheadings() -> None:
    page = with_main(
        f"<div><p>{PROSE}</p><div class='article-subheading'>Shelters</div><p>{MORE}</p></div>"
    )
    mark_subheadings(page)
    assert page.body.find(".//h3") is not None


def test_find_headline() -> None:
    page = state(f"<h1> </h1><h1>River floods <b>old town</b></h1><p>{PROSE}</p>")
    find_headline(page)
    assert page.headline == "River floods old town"


def test_drop_link_blocks_around_main() -> None:
    menu = "<div><a href=a>Home</a> <a href=b>Sport</a> <a href=c>Weather</a></div>"
    page = with_main(f"{menu}<div id='s'><p>{PROSE}</p><p>{MORE}</p></div>")
    drop_link_blocks_around_main(page)
    assert text(page) == f"{PROSE} {MORE}"


def test_drop_link_lists_takes_the_lists_title() -> None:
    page = with_main(
        f"<div><p>{PROSE}</p><h3>Read next</h3><ul><li><a href=a>One</a></li>"
        "<li><a href=b>Two</a></li></ul></div>"
    )
    drop_link_lists(page)
    assert text(page) == PROSE


def test_drop_standfirst_outside_the_main_element() -> None:
    summary = "Forty houses were flooded when the river rose overnight."
    page = with_main(
        f"<header><p>{summary}</p></header><div><p>{PROSE}</p><p>{MORE}</p></div>",
        description=summary,
    )
    drop_standfirst(page)
    assert summary not in text(page) and PROSE in text(page)


def test_take_captions() -> None:
    page = with_main(
        f"<div><p>{PROSE}</p><figure><img src=a><figcaption>The river.<span>AP"
        "</span></figcaption></figure></div>"
    )
    take_captions(page)
    assert page.captions == ["The river. AP"] and "AP" not in text(page)


def test_drop_sections() -> None:
    page = with_main(
        f"<div><p>{PROSE}</p><p>{MORE}</p></div><section><h2>More stories</h2>"
        "<p>A different story about something else entirely.</p></section>"
    )
    drop_sections(page)
    assert text(page) == f"{PROSE} {MORE}"


def test_drop_short_lines() -> None:
    page = with_main(
        f"<div><p>{PROSE}</p><p>READ MORE: <a href=x>Storm warning</a></p>"
        f"<p>Follow us on Twitter for updates</p><p>{MORE}</p></div>"
    )
    drop_short_lines(page)
    assert text(page) == f"{PROSE} {MORE}"
    assert page.removed["teaser"] == page.removed["promo"] == 1


def test_unwrap_inline() -> None:
    page = state("<p><span class='bottom'>One</span> <font>two</font></p>")
    unwrap_inline(page)
    assert page.body.find(".//span") is None and text(page) == "One two"


def test_space_blocks_makes_paragraphs_and_word_boundaries() -> None:
    page = state("<div>One<br>two</div><div><p>three</p>four</div>")
    space_blocks(page)
    assert [norm(p.text_content()) for p in page.body.iter("p")] == ["One two", "three", "four"]


def test_a_generated_id_names_no_furniture() -> None:
    page = state(f"<p id='block-id-n1AuAdJlVL'>{PROSE}</p><div id='ad-slot'>Ad</div>")
    find_furniture(page)
    assert [e.get("id") for e, _ in page.furniture] == ["ad-slot"]


def test_a_subscription_named_wrapper_holding_the_article_is_content() -> None:
    wrapper = f"<div class='paywall'><p>{PROSE}</p><p>{MORE}</p><p>{PROSE[::-1]}</p></div>"
    box = "<div class='paywall'><p>Subscribe to keep reading.</p></div>"
    page = state(wrapper + box)
    find_furniture(page)
    assert len(page.furniture) == 1 and "Subscribe" in text_of(page.furniture[0][0])


def text_of(elem: HtmlElement) -> str:
    return norm(" ".join(elem.itertext()))


def test_an_id_made_from_the_blocks_own_heading_names_no_furniture() -> None:
    # a slideshow anchors each slide by its heading's slug; "promoted" in the
    # slug is the story's word, not an ad's name. A furniture id stays one.
    slide = (
        "<div class='slide' id='mayor-promoted-the-flood-plan-on-friday-1'>"
        f"<h2>Mayor promoted the flood plan on Friday</h2><p>{PROSE}</p></div>"
    )
    page = state(slide + "<div id='promoted-stories-list'>Sponsored: cheap flights</div>")
    find_furniture(page)
    assert [e.get("id") for e, _ in page.furniture] == ["promoted-stories-list"]


def test_teasers_are_removed_in_page_order() -> None:
    # a list of other stories beside the article: --explain lists their
    # removals as they stand on the page, the same on every run
    blurbs = [
        f"<p><a href='/s{i}'>Story {i}</a> about a concert hall number {i} opening "
        f"downtown with a gala evening.</p>"
        for i in range(12)
    ]
    body = f"<article><p>{PROSE}</p><p>{MORE}</p></article><div><div>{''.join(blurbs)}</div></div>"
    tree, _ = parse(
        "<html><head><title>River floods the old town overnight</title></head>"
        f"<body>{body}</body></html>"
    )
    page = prepare(tree, title="River floods the old town overnight")
    teasers = [t for kind, t in page.removals() if kind == "teaser"]
    assert len(teasers) == 12
    assert [int(t.split()[1]) for t in teasers] == list(range(12))


def test_a_column_named_for_ads_that_holds_the_headline_weighs_as_content() -> None:
    # the layout's column is named after the ads it makes room for, but it
    # holds the page's own headline: no box of ads or links does
    column = (
        "<div class='container vertical-ad-con'><h1>River floods the old town</h1>"
        f"<div class='story'><p>{PROSE}</p><p>{MORE}</p></div></div>"
    )
    box = "<div class='ad-slot'><p>Advertisement</p></div>"
    page = state(column + box, title="River floods the old town")
    find_furniture(page)
    zones = zones_of(page)
    column_elem, box_elem = page.body[0], page.body[1]
    assert column_elem not in zones and box_elem in zones


def test_a_form_wrapping_the_page_is_no_chrome_but_a_search_form_is() -> None:
    body = (
        f"<form id='aspnetForm'><nav><a href='/'>Home</a></nav><h1>Floods</h1><p>{PROSE}</p>"
        "<form id='search'><input name='q'></form></form>"
    )
    page = state(body)
    assert [e.get("id") or e.tag for e in chrome_by_tag(page.body)] == ["nav", "search"]


def test_readers_posts_far_from_the_main_element_go_without_an_article_container() -> None:
    # no <article> says where the article is: posts beside the main element
    # may be a live report's entries, but posts elsewhere on the page are not
    items = "".join(
        f"<div class='c'><b>reader{i}</b> 2h<div><p>{MORE} {i}</p></div>"
        f"<a href='#r{i}'>Reply</a></div>"
        for i in range(4)
    )
    body = (
        f"<div class='layout'><div class='story'><p>{PROSE}</p><p>{PROSE} Again.</p></div></div>"
        f"<div class='below'><div class='thread'>{items}</div></div>"
    )
    page = with_main(body)
    drop_teasers(page)
    assert page.removed["comments"] == 4
    assert PROSE in text(page)
