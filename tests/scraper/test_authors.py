"""The article's author: names split one each, the publisher given as author,
and the byline the reader sees under the headline."""

from __future__ import annotations

import json

import pytest

from scraper.authors import is_publisher, page_byline, split_names
from scraper.extraction import extract
from scraper.htmltree import parse

BODY = (
    "<p>The council voted on Monday to build a new tram line through the old town,"
    " after two years of debate about its cost and its route.</p>"
    "<p>Work is due to start next spring and the first trams should run in 2028,"
    " the transport office said in a statement on Tuesday.</p>"
    "<p>Shopkeepers on the route fear a long building site, while commuters"
    " welcomed the decision after years of crowded buses.</p>"
)


def page(head: str = "", byline: str = "", after: str = "") -> bytes:
    """A news page: ``head`` in its head, ``byline`` under the headline."""
    return (
        f"<html><head><title>Council backs tram line</title>{head}</head><body>"
        f"<article><h1>Council backs tram line</h1>{byline}{BODY}</article>{after}"
        "</body></html>"
    ).encode()


def json_ld(author: object) -> str:
    data = {"@type": "NewsArticle", "headline": "Council backs tram line", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def author_of(html: bytes, url: str = "https://news.example/a/1") -> str | None:
    return extract(html, url=url).author


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Samya Kullab and Vasilisa Stepanenko", "Samya Kullab, Vasilisa Stepanenko"),
        ("Monika Bolliger und Anna Trechsel, Zürich", "Monika Bolliger, Anna Trechsel, Zürich"),
        ("Kari Nordmann og Ola Nordmann", "Kari Nordmann, Ola Nordmann"),
        ("Ann Lee, Bo Ek and Cy Young", "Ann Lee, Bo Ek, Cy Young"),
        ("José Ortega y Gasset", "José Ortega y Gasset"),
    ],
)
def test_names_joined_by_and_are_one_name_each(given: str, expected: str) -> None:
    assert author_of(page(json_ld({"@type": "Person", "name": given}))) == expected


def test_newsroom_codes_after_names_are_dropped() -> None:
    authors = [
        {"@type": "Person", "name": "Elena Muster (emu)"},
        {"@type": "Person", "name": "Max Beispiel (mbe.)"},
    ]
    assert author_of(page(json_ld(authors))) == "Elena Muster, Max Beispiel"


def test_organisation_as_author_gives_way_to_the_byline() -> None:
    head = json_ld({"@type": "Organization", "name": "Daily Planet"})
    byline = '<p class="meta">Von <a href="/autoren/name/anna-berger">Dr. Anna Berger</a></p>'
    assert author_of(page(head, byline)) == "Dr. Anna Berger"


def test_organisation_stays_the_author_when_no_person_is_named() -> None:
    head = json_ld({"@type": "Organization", "name": "Daily Planet"})
    assert author_of(page(head)) == "Daily Planet"


def test_site_name_as_author_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="TDP"><meta property="og:site_name" content="TDP">'
    byline = '<span class="article__author">Von Seb Dumitru, Lille</span>'
    assert author_of(page(head, byline)) == "Seb Dumitru, Lille"
    # the host's name is the site's name too
    head = '<meta name="author" content="Planet">'
    assert author_of(page(head, byline), "https://www.planet.example/a") == "Seb Dumitru, Lille"


def test_byline_read_when_the_metadata_names_nobody() -> None:
    byline = (
        '<ul class="metaInfoAuthorList"><li><a href="https://news.example/author/jd">'
        "Jane Doe</a></li></ul>"
    )
    assert author_of(page(byline=byline)) == "Jane Doe"
    byline = '<p class="story-authors">Von: <a href="/x">Simone Jung</a></p>'
    assert author_of(page(byline=byline)) == "Simone Jung"


def test_byline_of_a_comment_or_a_caption_is_not_the_author() -> None:
    comments = '<div class="comments"><span class="comment-author">Ken Reader</span></div>'
    caption = '<figure><figcaption class="photo-author">Foto: Max Photo</figcaption></figure>'
    assert author_of(page(byline=caption, after=comments)) is None


def test_a_byline_naming_the_publisher_keeps_the_publisher() -> None:
    head = '<meta name="author" content="Dizpaper">'
    byline = '<span class="author vcard"><a href="/author/desk/">Dizpaper</a></span>'
    teaser = '<div class="related"><span class="author">Anna Teaser</span></div>'
    assert author_of(page(head, byline, teaser), "https://dizpaper.example/a") == "Dizpaper"


def test_codes_and_date_stamps_are_not_names() -> None:
    head = '<meta name="author" content="kicker">'
    byline = '<p class="byline">Veröffentlicht am 27.04.24</p><p class="detail-author">amw</p>'
    assert author_of(page(head, byline), "https://www.kicker.example/a") == "kicker"


def test_split_names_and_publisher() -> None:
    assert split_names("By Ann Lee & Bo Ek") == ["Ann Lee", "Bo Ek"]
    assert split_names(None) == []
    assert is_publisher("Lesotho Times", ["Lesotho Times"], None)
    assert not is_publisher("Lesotho Times", [], "https://lestimes.example/a")


def test_byline_after_the_headline_wins_over_one_before_it() -> None:
    tree, _ = parse(
        "<html><body><div class='author-box'><a rel='author' href='/a'>Top Writer</a></div>"
        "<h1>Headline</h1><p class='byline'>By Jane Doe</p><p>Text.</p></body></html>"
    )
    assert page_byline(tree, tree.find(".//h1"), None) == "Jane Doe"
    assert page_byline(tree, None, None) == "Top Writer"


def test_bylines_of_related_articles_are_not_the_author() -> None:
    related = (
        '<div class="related-stories"><a href="/b">Bus fares rise</a>'
        '<span class="author">Anna Teaser</span></div>'
    )
    byline = '<p class="article-byline">By Jane Doe</p>'
    assert author_of(page(byline=related)) is None
    assert author_of(page(byline=related + byline)) == "Jane Doe"


def test_only_a_persons_name_replaces_the_publisher() -> None:
    head = json_ld({"@type": "Organization", "name": "Redaktion Stadtblatt"})
    label = '<div class="teaser-byline">Kurzmeldung</div>'
    assert author_of(page(head, label)) == "Redaktion Stadtblatt"
    # with nothing in the metadata, a one-word byline (an agency) is the author
    assert author_of(page(byline='<span class="byline">Reuters</span>')) == "Reuters"


def test_name_after_an_author_label() -> None:
    facts = (
        "<ul><li><strong>Datum</strong> 28.04.2023</li>"
        "<li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>"
    )
    assert author_of(page(after=facts)) == "Roman Goncharenko"
    facts = "<p><b>Author:</b> Jane Doe</p>"
    assert author_of(page(byline=facts)) == "Jane Doe"


def test_the_byline_inside_a_wrapper_is_read_alone() -> None:
    byline = (
        '<div class="byline-section"><span class="author">Elliot Brownstein</span>'
        '<span class="publication">Florida Today</span></div>'
    )
    assert author_of(page(byline=byline)) == "Elliot Brownstein"
    byline = (
        '<div class="author-wrap"><span class="author-by">By</span>'
        '<a class="author" href="/p/9">Jane Doe</a></div>'
    )
    assert author_of(page(byline=byline)) == "Jane Doe"
