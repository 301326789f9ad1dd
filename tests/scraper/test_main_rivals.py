"""Main element against rivals that hold more prose than a short article: a
thread of readers' comments, each in its own element, beside a one-paragraph
brief; and a body whose every paragraph carries a class that names furniture
elsewhere, when the article is too short for the class to repeat much."""

from __future__ import annotations

import pytest

from scraper.extraction import extract
from tests.scraper.test_main_element import MORE, STORY, page, paragraphs

#: Readers' comments on the brief's subject (as comments are): each names the
#: pier, the ferry or the repairs, and each is longer than the brief.
COMMENTS = [
    "About time they fixed that pier. I take the ferry every morning and the deck has "
    "been shaking for years; I only hope the temporary landing stage is better lit.",
    "Four million for repairs to a pier that was rebuilt twenty years ago? Somebody should "
    "ask who signed off the last job, because the ferry users are paying for it twice.",
    "The temporary landing is a long walk from the bus stop. Will there be a shuttle for "
    "older passengers while the pier is closed, or are we expected to manage on foot?",
    "My grandfather worked on that pier when it was first built. Sad to see it in this "
    "state, but the divers did the right thing by raising the alarm before anyone got hurt.",
    "Spring is the worst time to close the pier, with the tourists arriving. They should "
    "have done the repairs in winter when the ferry runs half empty anyway.",
    "Does anyone know whether the ticket office moves to the new landing stage too? Last "
    "time the pier closed we queued in the rain for an hour before the ferry came.",
]


def thread(texts: list[str], shape: str) -> str:
    """A comment thread, each comment its own element: name, time, text, reply link."""
    if shape == "items":
        return (
            "<div class='thread'>"
            + "".join(
                f"<div class='item'><span>reader{i}</span> <span>2 hours ago</span>"
                f"<div><p>{t}</p></div><a href='#r{i}'>Reply</a></div>"
                for i, t in enumerate(texts)
            )
            + "</div>"
        )
    return (
        "<ol class='discussion'>"
        + "".join(
            f"<li><div class='meta'><b>reader{i}</b> 12:0{i}</div><div class='text'>{t}</div>"
            f"<div class='actions'><a href='#like{i}'>Like</a> <a href='#r{i}'>Reply</a></div></li>"
            for i, t in enumerate(texts)
        )
        + "</ol>"
    )


@pytest.mark.parametrize("shape", ["items", "list"])
def test_a_one_paragraph_brief_beside_a_comment_thread_is_the_article(shape: str) -> None:
    body = f"<article><p>{STORY[0]}</p></article><section>{thread(COMMENTS, shape)}</section>"
    assert extract(page(body)).text.split("\n\n") == STORY[:1]


@pytest.mark.parametrize("shape", ["items", "list"])
def test_a_brief_in_a_plain_block_beside_a_comment_thread_is_not_lost(shape: str) -> None:
    # without the page's own article container, a thread cannot be told from
    # a live report's entries (see below): it may follow, but the brief leads
    html = page(f"<div class='story'><p>{STORY[0]}</p></div>{thread(COMMENTS, shape)}")
    assert extract(html).text.split("\n\n")[0] == STORY[0]


LIVE_SHAPES = [
    (STORY, 1),
    (STORY + MORE[:2], 2),
    pytest.param(
        STORY + MORE[:2],
        1,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the intro alone is the main element beside six one-paragraph entries, "
            "and trafilatura's precision prunes the last short entries with a link",
        ),
    ),
]


@pytest.mark.parametrize(("news", "paragraphs_per_entry"), LIVE_SHAPES)
@pytest.mark.parametrize("wrap", ["<article>{}{}</article>", "<div class='live'>{}{}</div>"])
def test_the_entries_of_a_live_report_after_its_intro_are_kept(
    wrap: str, news: list[str], paragraphs_per_entry: int
) -> None:
    # each entry is its own item with a time and a share link, as a comment
    # is with a name and a reply link: inside the article, they are its text,
    # whether an entry runs to one paragraph or to several
    entries = "".join(
        f"<div class='entry'><time>12:0{i}</time><div class='body'>"
        + "".join(f"<p>{t}</p>" for t in (news[i : i + paragraphs_per_entry]))
        + f"</div><a href='#share{i}'>Share</a></div>"
        for i in range(0, len(news), paragraphs_per_entry)
    )
    intro = "<div class='intro'><p>Follow our live coverage of the pier closure.</p></div>"
    text = extract(page(wrap.format(intro, f"<div class='entries'>{entries}</div>"))).text
    assert all(t in text for t in news)


@pytest.mark.parametrize("container", ["article", "div class='entry'"])
def test_a_lead_and_two_paragraphs_with_a_furniture_class_are_the_body(container: str) -> None:
    # a magazine puts class=paywall on every body paragraph: with a lead and
    # two paragraphs the class repeats only twice, but it covers the article
    tag = container.split()[0]
    body = f"<p class='lead'>{STORY[0]}</p>" + paragraphs(
        attrs=" class='paywall'", story=STORY[1:3]
    )
    side = "<div class='promo'><p>Subscribe to the weekly harbour digest.</p></div>"
    assert extract(page(f"<{container}>{body}</{tag}>{side}")).text.split("\n\n") == STORY[:3]


def test_a_subscription_box_inside_a_short_article_still_goes() -> None:
    box = (
        "<p class='paywall'>Subscribe now to read every story from the harbour and the coast, "
        "from only one pound a week for the first three months.</p>"
    )
    body = paragraphs(story=STORY[:2]) + box
    text = extract(page(f"<article>{body}</article>")).text
    assert "Subscribe now" not in text and text.split("\n\n") == STORY[:2]


def test_a_component_prefix_is_no_consent_notice() -> None:
    # component libraries prefix every block "cmp-" (a consent platform is a
    # CMP too): the article's text and section headings in such blocks stay,
    # and the pre-pass reports none of them removed
    blocks = [f"<div class='cmp-text'><p>{s}</p></div>" for s in STORY]
    heading = "<div class='cmp-title'><h3 class='cmp-title__text'>Traders want signs</h3></div>"
    body = f"<article>{blocks[0]}{blocks[1]}{heading}{blocks[2]}{blocks[3]}</article>"
    article = extract(page(body))
    assert article.text.split("\n\n") == [*STORY[:2], "Traders want signs", *STORY[2:]]
    assert not [c for c in article.changes if c.cleaner == "prepass"]


def test_a_consent_box_named_by_its_platform_still_goes() -> None:
    box = "<div id='cmpbox'><p>We use cookies to measure how you use this site.</p></div>"
    article = extract(page(f"{box}<article>{paragraphs()}</article>"))
    assert article.text.split("\n\n") == STORY
    assert [c.target for c in article.changes if c.cleaner == "prepass"] == ["cookie"]


def test_the_body_continued_inside_a_paywall_wrapper_is_read() -> None:
    # the page puts the paragraphs past the paywall in a wrapper named for it,
    # in a block of the body's own tag and class: one paragraph there is
    # still the article, not a subscription box
    first = "".join(f"<p>{s} {s}</p>" for s in STORY[:3])
    rest = f"<div class='paywall-access-wrapper'><div class='body'><p>{STORY[3]}</p></div></div>"
    side = "<div class='promo'><p>Subscribe to the weekly harbour digest.</p></div>"
    body = f"<div class='main'><div class='body'>{first}</div>{side}{rest}</div>"
    text = extract(page(body)).text
    assert text.split("\n\n") == [*(f"{s} {s}" for s in STORY[:3]), STORY[3]]


def test_the_body_continued_in_a_block_with_one_more_class_name_is_read() -> None:
    # the second block of the body carries the first's class names and a
    # modifier; a block sharing one name only is not the body
    first = "".join(f"<p>{s} {s}</p>" for s in STORY[:3])
    body = (
        f"<div class='col'><div class='body article-text'>{first}</div></div>"
        "<div class='ad-row'>Advertisement</div>"
        f"<div class='col'><div class='body article-text -end'><p>{STORY[3]}</p></div></div>"
        "<div class='col'><div class='body teaser'><p>Another story about the harbour, "
        "told elsewhere on this site, with its own pictures and its own words.</p></div></div>"
    )
    text = extract(page(body)).text
    assert text.split("\n\n") == [*(f"{s} {s}" for s in STORY[:3]), STORY[3]]


#: Other stories' cards, each a whole link around its headline and blurb, on
#: the brief's subject (a section page's grid), together longer than the brief.
CARDS = [
    (
        "Ferry fares to rise in autumn",
        "The operator said higher fuel costs leave it no choice. Season tickets rise least, "
        "and children under twelve still travel free on every crossing of the harbour.",
    ),
    (
        "Harbour dredging finds wartime wreck",
        "Divers clearing the channel came upon the hull of a supply boat sunk in 1942. "
        "Historians hope to raise its bell before the dredgers move on next month.",
    ),
    (
        "New water taxi links the two quays",
        "Four electric boats now carry passengers between the quays every ten minutes, "
        "and the council says they will run until midnight through the summer.",
    ),
    (
        "Fishermen protest at quota cuts",
        "Dozens of boats blocked the harbour mouth for an hour on Monday, saying the "
        "new limits would force half of the small crews out of business by winter.",
    ),
]


@pytest.mark.parametrize("cut", [1, 2])
def test_a_short_article_beside_a_grid_of_linked_cards_is_the_article(cut: int) -> None:
    # each card is one link: a block inside a link is a card's blurb, never the
    # article's paragraph, however much the grid outweighs the brief
    grid = "".join(
        f"<div class='c'><a href='/s{i}'><div class='w'><h3>{h}</h3><p>{b}</p></div></a></div>"
        for i, (h, b) in enumerate(CARDS)
    )
    html = page(f"<div class='a'>{paragraphs(story=STORY[:cut])}</div><div class='g'>{grid}</div>")
    text = extract(html).text
    assert all(p in text for p in STORY[:cut])
    assert not any(b in text for _, b in CARDS)


def wordpress_thread(comments: list[list[str]]) -> str:
    """A blog's comment thread: each comment an ``<li>`` holding its own item
    (the name and time in a footer, each a link) and its paragraphs; the
    last comment is a reply, nested in the ``<li>`` of the first."""

    def comment(i: int, texts: list[str], replies: str = "") -> str:
        return (
            f"<li class='comment'><article class='comment-body'><footer class='meta'>"
            f"<cite><a href='https://reader{i}.example'>Reader {i}</a></cite> "
            f"<a href='#comment-{i}'><time>May {i + 1}, 2024 at 9:1{i} am</time></a></footer>"
            f"<div class='comment-content'>{paragraphs(story=texts)}</div></article>"
            f"{replies}</li>"
        )

    reply = f"<ul class='children'>{comment(len(comments), comments[-1])}</ul>"
    items = [comment(i, texts, reply if i == 0 else "") for i, texts in enumerate(comments[:-1])]
    return (
        "<div id='comments'><h2>5 thoughts on this story</h2>"
        f"<ol class='comment-list'>{''.join(items)}</ol></div>"
    )


def test_a_short_article_beside_comments_of_several_paragraphs_is_the_article() -> None:
    # a reader's comment runs to four paragraphs, longer than the article; the
    # thread holds most of the page's prose, in runs of paragraphs as an
    # article's are, and on its subject; but each run sits in an item of its
    # own, under a name and a time, in a list of such items
    comments = [COMMENTS[:4], COMMENTS[4:], COMMENTS[1:3], COMMENTS[3:5], COMMENTS[::2]]
    story = f"<div class='story'>{paragraphs(story=STORY[:2])}</div>"
    html = page(story + wordpress_thread(comments))
    assert extract(html).text.split("\n\n") == STORY[:2]


def test_a_brief_in_the_pages_article_element_wins_over_an_unnamed_notice() -> None:
    # the brief's lines are too short to score as prose; the unnamed notice at
    # the top shares none of the headline's terms; the page's <article> does
    brief = (
        "<article><h2>Pier to close for repairs</h2>"
        "<p>The old ferry pier will close for repairs in spring.</p>"
        "<p>Divers found corroded piles.</p></article>"
    )
    notice = (
        "<div><div>"
        + "".join(
            f"<p>Wir und unsere Partner speichern Informationen auf Ihrem Gerät, Nummer {i}, "
            "und verarbeiten personenbezogene Daten für Werbung und Inhalte.</p>"
            for i in range(6)
        )
        + "</div></div>"
    )
    text = extract(page(notice + brief)).text
    assert "old ferry pier will close" in text and "corroded piles" in text
    assert "Partner" not in text
