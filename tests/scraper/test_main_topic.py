"""Main element against the page's headline: a block that does not speak of
it (a consent notice or a site footer with no telling class, longer than
the article) is not the article, and a body whose words differ from the
headline's is still the body."""

from __future__ import annotations

import pytest

from scraper.extraction import extract
from scraper.htmltree import parse
from scraper.prepass import prepare
from tests.scraper.test_main_element import STORY, page, paragraphs

CONSENT = [
    "We and our partners store and access information on a device, such as cookies, and "
    "process personal data such as unique identifiers sent by a device.",
    "With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning, for personalised advertising and content.",
    "You may click to consent to our and our partners' processing as described above, or "
    "access more detailed information and change your preferences before consenting.",
    "Some processing of your personal data may not require your consent, but you have a "
    "right to object to such processing at any time via the settings link.",
    "Your preferences will apply to this website only. You can change them at any time by "
    "returning to this site or visiting our policy page, where you can read more.",
    "Strictly necessary cookies are required for the site to work and cannot be switched "
    "off; performance cookies let us count visits so we can improve the site.",
]
ABOUT = [
    "The Valley Gazette has served the towns of the valley since 1887, reporting on local "
    "politics, business, schools and sport with a newsroom of forty journalists.",
    "Our journalists follow the editors' code of practice; complaints about our coverage "
    "can be sent to the readers' editor, who answers every letter within ten working days.",
    "The Valley Gazette is published by Valley Media Limited, registered in England under "
    "company number 01234567, with its registered office at 12 Mill Street, Riverton.",
    "All content belongs to Valley Media Limited unless stated otherwise; no part of this "
    "site may be reproduced without the written permission of the publisher.",
    "Advertising on this site is sold by our commercial team and is always marked as such; "
    "sponsored content is produced without the involvement of the editorial team.",
]


def notice(texts: list[str]) -> str:
    return f"<div id='q1'><div>{paragraphs(story=texts)}</div><button>Agree</button></div>"


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("count", [1, 4])
def test_an_unnamed_consent_notice_longer_than_the_article(where: str, count: int) -> None:
    article = f"<div class='wrap'><div class='c'>{paragraphs(story=STORY[:count])}</div></div>"
    body = notice(CONSENT) + article if where == "before" else article + notice(CONSENT)
    assert extract(page(body)).text.split("\n\n") == STORY[:count]


def test_an_unnamed_site_footer_longer_than_the_article() -> None:
    footer = f"<div class='bottom'><div>{paragraphs(story=ABOUT)}</div></div>"
    body = f"<div class='wrap'><div class='c'>{paragraphs(story=STORY[:2])}</div></div>{footer}"
    assert extract(page(body)).text.split("\n\n") == STORY[:2]


#: A body that never repeats the words of the headline used with it.
DETAILS = [
    "Divers who inspected the structure in March reported that eleven of its timber "
    "supports had rotted through at the waterline and several more were cracked.",
    "Boats will land at a temporary stage to the east, and the operator expects the "
    "timetable to hold throughout the works, weather permitting.",
    "Traders asked for clear signs to the temporary landing, saying visitors already "
    "struggle to find the ticket office on busy summer weekends.",
    "The works are expected to cost about four million and to take six months, starting "
    "as soon as the weather allows the barges to moor alongside.",
]


def test_a_body_in_other_words_than_its_headline_stays_beside_a_standfirst() -> None:
    # the headline is a quote the body never repeats; the standfirst beside it
    # repeats the description, which shares the headline's words
    title = "We cannot wait another winter"
    deck = (
        "Harbour master says we cannot wait another winter, and the old pier must close "
        "for repairs in the spring."
    )
    body = (
        f"<div class='deck'><p>{deck}</p></div>"
        f"<div class='text'>{paragraphs(story=DETAILS)}{paragraphs(story=DETAILS[::-1])}</div>"
    )
    tree, _ = parse(page(body).replace("Ferry pier to close for repairs", title))
    main = prepare(tree, title=title, description=deck).main
    assert main is not None and main.get("class") == "text"


def test_a_part_of_the_body_that_never_names_the_headline_stays() -> None:
    # a body split into blocks of one class: the longest block speaks of
    # details only; the block with the headline's words is a part, not a rival
    first = f"<div class='part'><p>{STORY[0]}</p></div>"
    rest = f"<div class='part'>{paragraphs(story=DETAILS)}</div>"
    html = page(f"<div class='x'>{first}<div class='ad'>Ad</div>{rest}</div>")
    tree, _ = parse(html)
    prepared = prepare(tree, title="Ferry pier to close for repairs")
    assert prepared.removed["off_topic"] == 0
    assert extract(html).text.split("\n\n") == [STORY[0], *DETAILS]


def test_a_body_does_not_give_way_to_a_summary_of_it() -> None:
    # the body never names the headline; a key-points box that does tells the
    # same story in the body's words
    points = (
        "Divers found rotted timber supports at the waterline, so the ferry pier shuts "
        "for six months of works costing four million; boats will land at a temporary stage."
    )
    body = (
        f"<div class='key-points'><p>{points}</p></div>"
        f"<div class='body'>{paragraphs(story=DETAILS)}</div>"
    )
    tree, _ = parse(page(body))
    prepared = prepare(tree, title="Ferry pier to close for repairs")
    assert prepared.removed["off_topic"] == 0
    assert prepared.main is not None and prepared.main.get("class") == "body"


def test_one_block_of_a_split_body_does_not_give_way_to_another_block() -> None:
    # the body is split into blocks of one class (the longest never names the
    # headline); a block of another class that does is no rival to a part
    tail = "Work is due to start in April, weather permitting, the operator said today."
    rows = [paragraphs(story=DETAILS), f"<p>{tail} Boats will run.</p>"]
    body = f"<div class='box'><p>{STORY[0]}</p></div>" + "".join(
        f"<div class='row'><div class='para'>{r}</div></div>" for r in rows
    )
    tree, _ = parse(page(body))
    prepared = prepare(tree, title="Ferry pier to close for repairs")
    assert prepared.removed["off_topic"] == 0


def test_a_title_that_is_the_sites_name_tells_nothing_of_the_article() -> None:
    # the page's title is the site's name, which a footer shorter than the
    # article repeats: the article, which never names the site, stays
    head = "<meta property='og:site_name' content='Valley Gazette'>"
    footer = f"<div class='bottom'><div>{paragraphs(story=ABOUT[:2])}</div></div>"
    html = page(f"<div class='c'>{paragraphs(story=STORY)}</div>{footer}", head)
    html = html.replace("Ferry pier to close for repairs", "Valley Gazette News")
    assert extract(html).text.split("\n\n") == STORY


def test_the_pages_own_article_element_keeps_its_place() -> None:
    # an <article> whose words differ from the headline's, beside a longer
    # block that names it: the page says where its article is
    title = "We cannot wait another winter"
    aside = (
        f"<div class='box'><p>{title}: the harbour master on the ferry pier, and why "
        "another winter of waiting would cost the town its ferries.</p></div>"
    )
    article = f"<article>{paragraphs(story=DETAILS)}</article>"
    tree, _ = parse(page(article + aside).replace("Ferry pier to close for repairs", title))
    prepared = prepare(tree, title=title)
    assert prepared.main is not None and prepared.main.tag == "article"
