"""Pages laid out as older CMSs and hand-made sites write them: the article's
paragraphs must come through whatever markup holds them."""

from __future__ import annotations

from scraper.extraction import extract
from scraper.htmltree import parse
from scraper.prepass import prepare
from tests.scraper.test_prepass import LEAD, SECOND, THIRD

FOURTH = (
    "The mayor promised a fund for them before the works begin, to be paid out "
    "every month until the bridge opens again to traffic."
)
STYLE = "font-size:12.0pt;font-family:'Arial','sans-serif'"
MENU = "<div class='top'><a href='/'>Home</a> <a href='/city'>City</a> <a href='/a'>Arts</a></div>"


def page(body: str) -> str:
    return (
        "<html><head><title>Bridge to close - The Courier</title></head><body>"
        f"{MENU}<div class='x1'><h1>Bridge to close</h1>{body}</div>"
        "<div class='x2'><p>© The Courier, all rights reserved.</p></div></body></html>"
    )


def paragraphs_after_prepass(html: str) -> list[str]:
    """The text of each ``<p>`` of the page once the pre-pass has run: what
    an extractor reads as the article's paragraphs."""
    tree, flattened = parse(html)
    prepared = prepare(tree, flattened)
    return [" ".join(p.text_content().split()) for p in prepared.tree.iter("p")]


def pasted(text: str) -> str:
    """A paragraph as pasted from a word processor, written with a div."""
    return (
        f"<div class='MsoNormal'><span style=\"{STYLE}\"><font face='Arial' size='2'>"
        f"{text}</font></span><o:p></o:p></div>"
    )


def test_pasted_word_processor_paragraphs_are_kept() -> None:
    # every paragraph ends in an empty <o:p>: nothing there but the text
    body = "".join(pasted(t) for t in (LEAD, SECOND, THIRD, FOURTH))
    assert paragraphs_after_prepass(page(body))[:4] == [LEAD, SECOND, THIRD, FOURTH]
    text = extract(page(body)).text
    for paragraph in (LEAD, SECOND, THIRD, FOURTH):
        assert paragraph in text


def test_prose_cut_by_blank_lines_is_a_paragraph_wherever_it_sits() -> None:
    # an old CMS writes paragraphs as runs of spans cut by <br><br>; this
    # block stands between a section heading and a picture, no paragraph beside it
    block = f"<div><span>{SECOND}</span><br><br><span>{THIRD}</span></div>"
    body = (
        f"<p>{LEAD}</p><h2>Works</h2>{block}"
        "<div class='pic'><img src='/a.jpg'><p>The bridge in 1950.</p></div>"
        f"<p>{FOURTH}</p>"
    )
    assert f"{SECOND} {THIRD}" in paragraphs_after_prepass(page(body))
    text = extract(page(body)).text
    assert SECOND in text and THIRD in text


def test_a_lone_pasted_paragraph_between_boxes_is_kept() -> None:
    # the lead sits alone between an empty ad slot and a promotion box; the
    # rest of its container holds the story's other paragraphs
    promo = "<aside><a href='/app'>Get the app: news on your phone.</a></aside>"
    body = (
        f"<div class='story'><div class='slot'><div></div></div>{pasted(LEAD)}{promo}"
        f"{pasted(SECOND + '<br><br>' + THIRD)}<div class='slot'></div>{pasted(FOURTH)}</div>"
    )
    held = paragraphs_after_prepass(page(body))
    assert LEAD in held and FOURTH in held
    text = extract(page(body)).text
    for paragraph in (LEAD, SECOND, THIRD, FOURTH):
        assert paragraph in text


def test_a_teaser_grid_in_the_body_class_is_not_joined_to_the_body() -> None:
    # the body is one block of class "text"; further down, a grid of other
    # stories reuses the class, each card's blurb a paragraph inside its link
    blurb = (
        "Shops in the old town will stay open late on Fridays this summer, the traders'"
        " association said, after a trial run drew crowds last year."
    )
    cards = "".join(
        f"<div class='card'><a href='/s{i}'><h3>Late shops {i}</h3><p>{blurb}</p></a></div>"
        for i in range(3)
    )
    story = f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p><p>{FOURTH}</p>"
    html = page(f"<div class='text'>{story}</div>").replace(
        "<div class='x2'>",
        f"<div class='more'><div class='text'>{cards}</div></div><div class='x2'>",
    )
    tree, flattened = parse(html)
    prepared = prepare(tree, flattened, "Bridge to close")
    assert prepared.main is not None
    main = " ".join(prepared.main.text_content().split())
    assert LEAD in main and FOURTH in main
    assert "Late shops" not in main and blurb not in main


def test_a_no_break_space_beside_wrapped_text_is_no_text_of_its_own() -> None:
    # editors leave &nbsp; between the spans: the div is still one of wrapped text
    block = f"<div><span>{SECOND}</span><br><br><span>{THIRD}</span>&nbsp;</div>"
    body = f"<p>{LEAD}</p><h2>Works</h2>{block}<h2>Shops</h2><p>{FOURTH}</p>"
    assert any(SECOND in p and THIRD in p for p in paragraphs_after_prepass(page(body)))


def test_a_pasted_lead_beside_the_wrapper_of_the_other_paragraphs_is_kept() -> None:
    # the lead stands alone after the author box; the story's other paragraphs
    # sit one wrapper down in the element after it
    rest = "".join(pasted(t) for t in (SECOND, THIRD, FOURTH))
    who = "<div class='who'><a href='/authors/ana-ruiz'>Ana Ruiz</a></div>"
    body = f"<div class='story'>{who}{pasted(LEAD)}<span>{rest}</span></div>"
    held = paragraphs_after_prepass(page(body))
    assert LEAD in held
    assert held.index(LEAD) < held.index(SECOND) < held.index(THIRD) < held.index(FOURTH)
    assert extract(page(body)).text.startswith(LEAD)


def test_a_first_paragraph_boxed_with_its_dateline_is_kept() -> None:
    # the first paragraph and its dateline sit in a box of their own between
    # the standfirst and the other paragraphs, all pasted as divs
    first = f"<div class='first'><span>HARBOURTON. </span>{pasted(SECOND)}</div>"
    body = f"<div class='story'>{pasted(LEAD)}{first}{pasted(THIRD)}{pasted(FOURTH)}</div>"
    held = paragraphs_after_prepass(page(body))
    assert SECOND in held
    text = extract(page(body)).text
    assert text.index(LEAD) < text.index(SECOND) < text.index(THIRD) < text.index(FOURTH)


def test_a_prompt_boxed_alone_after_the_story_is_no_paragraph() -> None:
    # a box holding nothing but a call to readers is the site's, not the story's
    prompt = "How do you keep the bridge traffic moving? Share your tips with the community."
    box = f"<div class='info'><div><div><strong>{prompt}</strong></div></div></div>"
    body = f"<div class='story'>{pasted(LEAD)}{pasted(SECOND)}{pasted(THIRD)}{box}</div>"
    assert prompt not in paragraphs_after_prepass(page(body))


def test_a_lone_pasted_paragraph_in_the_last_piece_of_a_split_body_is_kept() -> None:
    # the body is split over blocks of its own class, each in a row of the
    # page, a rail of links between them; the last piece holds one pasted
    # paragraph, alone: a lone div of text is no paragraph by itself (a box's
    # prompt), but in a piece of the body it is the body's
    rail = "".join(f"<a href='/n{i}'>Other story number {i} of the day</a>" for i in range(6))
    pieces = (
        f"<div class='row'><div class='body text'>{pasted(LEAD)}{pasted(SECOND)}"
        f"{pasted(THIRD)}</div></div><div class='row'><div class='rail'>{rail}</div></div>"
        f"<div class='row'><div class='body text end'>{pasted(FOURTH)}</div></div>"
    )
    text = extract(page(pieces)).text
    for paragraph in (LEAD, SECOND, THIRD, FOURTH):
        assert paragraph in text
    assert "Other story" not in text
