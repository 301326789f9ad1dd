"""Article text under names that mislead: a class, id or tag that elsewhere
names furniture (a sidebar, comments, a caption, an ``<aside>``) on the block
holding the article, or on each of its paragraphs, does not take it out; real
furniture under those names still goes."""

from __future__ import annotations

import pytest

from scraper.extraction import extract
from scraper.htmltree import parse
from scraper.prepass import prepare

TITLE = "Harbour board approves a new ferry pier for the old town"
DESCRIPTION = "The harbour board approved plans for a new ferry pier."
PARAGRAPHS = (
    "The harbour board approved plans for a new ferry pier on Monday, ending two years of "
    "debate about the cost of the project and its place in the old town.",
    "Work on the pier is due to start in the spring, and the first ferries should moor there "
    "before the summer season of the following year, the board said.",
    "Residents of the old town had asked for a quieter design, and the board agreed to limit "
    "the hours when the largest ferries may use the new pier at night.",
    "The project will cost about forty million, paid by the region and the port, and the old "
    "wooden landing stage will stay open until the new pier is ready.",
)
#: A short block on the same subject beside the body: it outweighs a body whose
#: prose is discounted for its name.
SUMMARY = (
    "<div class='intro'><p>The harbour board approved the new ferry pier for the old town after "
    "a long debate; the ferry pier will open next year and change how the old town reaches the "
    "islands.</p></div>"
)


def page(body: str, after: str = "") -> str:
    """A news page: the headline, ``body``, the summary block and ``after``."""
    return (
        f"<html><head><title>{TITLE}</title><meta name='description' content='{DESCRIPTION}'>"
        f"</head><body><h1>{TITLE}</h1>{body}{SUMMARY}{after}</body></html>"
    )


def paragraphs(attrs: tuple[str, ...] = ("",) * 4) -> str:
    return "".join(f"<p{a}>{p}</p>" for a, p in zip(attrs, PARAGRAPHS, strict=True))


def kept(html: str) -> int:
    """How many of the article's paragraphs the extracted text holds."""
    text = extract(html).text
    return sum(p in text for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "body",
    [
        f"<div class='sidebar'>{paragraphs()}</div>",
        f"<div id='comments-enabled'><div>{paragraphs()}</div></div>",
        f"<aside>{paragraphs()}</aside>",
        f"<div class='page'><footer class='story'>{paragraphs()}</footer></div>",
    ],
    ids=["sidebar-class", "comments-id", "aside-tag", "footer-tag"],
)
def test_a_block_holding_most_of_the_prose_on_the_subject_is_the_article(body: str) -> None:
    assert kept(page(body)) == len(PARAGRAPHS)


def test_a_caption_class_on_every_body_paragraph_keeps_them_in_the_body() -> None:
    article = extract(page(f"<div>{paragraphs((' class=image-credit',) * 4)}</div>"))
    assert all(p in article.text for p in PARAGRAPHS)
    assert not any(p in " ".join(article.captions) for p in PARAGRAPHS)


def test_a_furniture_word_shared_by_paragraphs_of_different_classes_is_their_class() -> None:
    attrs = tuple(f" class='{c} advertisement'" for c in ("a", "b", "a", "c"))
    assert kept(page(f"<div>{paragraphs(attrs)}</div>")) == len(PARAGRAPHS)


COMMENT = (
    "I live near the old town and I think the harbour board should have asked us about the "
    "ferry pier before approving it; the ferries are loud enough already, number {}."
)


def test_comments_on_the_subject_outweighing_the_article_still_go() -> None:
    thread = "".join(f"<div class='comment'><p>{COMMENT.format(i)}</p></div>" for i in range(8))
    html = page(
        f"<div class='story'>{paragraphs()}</div>", f"<section id='comments'>{thread}</section>"
    )
    text = extract(html).text
    assert all(p in text for p in PARAGRAPHS)
    assert "I live near" not in text


def test_a_legal_footer_longer_than_the_article_still_goes() -> None:
    legal = "".join(
        "<p>The Valley Gazette is published by Valley Media, which processes personal data as "
        f"its privacy policy describes; rights reserved, clause {i}.</p>"
        for i in range(8)
    )
    html = page(f"<div class='story'>{paragraphs()}</div>", f"<footer>{legal}</footer>")
    text = extract(html).text
    assert all(p in text for p in PARAGRAPHS)
    assert "privacy policy" not in text


OTHER_STORIES = "".join(
    f"<p>The county fair opens on Friday with a parade, a cattle show and a concert by the "
    f"school band, and the organisers expect more visitors than last year, item {i}.</p>"
    for i in range(5)
)


def test_a_run_of_caption_classed_paragraphs_is_the_body_beside_other_prose() -> None:
    body = f"<div>{paragraphs((' class=caption-text',) * 4)}</div>"
    article = extract(page(body, f"<div class='more'>{OTHER_STORIES}</div>"))
    assert all(p in article.text for p in PARAGRAPHS)


CAPTIONS = (
    "The old wooden landing stage at dawn, seen from the harbour wall on a calm day in May.",
    "A ferry leaving the old town for the islands, photographed from the lighthouse in April.",
    "Board members looking at a model of the new pier at the town hall on Monday morning.",
)


def test_a_gallerys_captions_each_under_its_picture_stay_captions() -> None:
    slides = "".join(
        f"<div class='slide'><img src='/p{i}.jpg'><p class='caption-text'>{c}</p></div>"
        for i, c in enumerate(CAPTIONS)
    )
    article = extract(page(f"<div class='story'>{paragraphs()}{slides}</div>"))
    assert all(p in article.text for p in PARAGRAPHS)
    assert not any(c in article.text for c in CAPTIONS)
    assert article.captions == list(CAPTIONS)


def test_an_aside_holding_the_pages_longest_run_of_prose_is_the_article() -> None:
    # beside it, many short blocks of other prose (a list of videos, each
    # with a paragraph): together longer than the article, each far shorter
    videos = "".join(
        f"<div class='item'><h3>Video {i}</h3><p>The county fair opens on Friday with a "
        f"parade, a cattle show and a concert by the school band, part {i} of the series.</p>"
        "</div>"
        for i in range(8)
    )
    assert (
        kept(
            page(
                f"<aside>{paragraphs()}</aside>",
                f"<div class='videos'><div class='grid'>{videos}</div></div>",
            )
        )
        == 4
    )


CONSENT = (
    "We and our partners store and access information on a device, such as cookies, and "
    "process personal data such as unique identifiers and standard information sent by a "
    "device for the old town edition of this site, number {}."
)


def test_a_named_consent_notice_longer_than_a_short_article_still_goes() -> None:
    notice = "".join(f"<p>{CONSENT.format(i)}</p>" for i in range(8))
    html = page(
        f"<div class='story'>{paragraphs()}</div>", f"<div class='cookie-banner'>{notice}</div>"
    )
    text = extract(html).text
    assert all(p in text for p in PARAGRAPHS)
    assert "partners store" not in text


def test_a_list_article_whose_items_carry_a_furniture_class_is_kept() -> None:
    # the story is a numbered list, every item marked as the paywall marks
    # paragraphs; the items hold the page's prose
    items = "".join(
        f"<li class='advertisement'><strong><a href='/n{i}'>Pier news {i}</a>.</strong> {p}</li>"
        for i, p in enumerate(PARAGRAPHS)
    )
    html = page(f"<div class='story'><ol>{items}</ol></div>")
    tree, flattened = parse(html)
    prepared = prepare(tree, flattened, TITLE, DESCRIPTION)
    held = " ".join(prepared.tree.text_content().split())
    assert all(p in held for p in PARAGRAPHS)
    assert kept(html) == len(PARAGRAPHS)


def test_teasers_with_blurbs_in_list_items_beside_the_article_still_go() -> None:
    blurb = (
        "The council will vote next week on a plan to open the old swimming baths again after "
        "ten years, and the fire service asked for a new station in the east, case {}."
    )
    teasers = "".join(
        f"<li class='related-item'><a href='/s{i}'>Baths to open {i}</a> {blurb.format(i)}</li>"
        for i in range(3)
    )
    article = extract(page(f"<article>{paragraphs()}</article>", f"<ul>{teasers}</ul>"))
    assert all(p in article.text for p in PARAGRAPHS)
    assert "swimming baths" not in article.text
