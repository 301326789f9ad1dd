"""Site templates: learned from a site's own pages, used by extract(site=...)."""

from __future__ import annotations

import json
import re

import pytest

from scraper import SiteTemplate, extract, learn_site
from tests.scraper.site_factory import FOOTER, NEWSLETTER, PROMO, article, page, site


@pytest.fixture(scope="module")
def template() -> SiteTemplate:
    return learn_site(site(6))


def test_learns_where_the_body_is_and_what_repeats(template: SiteTemplate) -> None:
    assert template.pages == 6
    assert template.usable_paths()[0].endswith("div.story-body")
    for line in (PROMO, NEWSLETTER, FOOTER):
        assert template.is_boilerplate(line)
    # near-exact: case, punctuation and digits aside
    assert template.is_boilerplate(PROMO.upper().replace(".", "!"))
    for paragraph in article(3)[1]:  # a learning page's own text never repeats
        assert not template.is_boilerplate(paragraph)


def test_json_round_trip_and_version(template: SiteTemplate) -> None:
    again = SiteTemplate.from_json(template.to_json())
    assert again == template
    data = json.loads(template.to_json())
    data["version"] = 0
    with pytest.raises(ValueError, match="version"):
        SiteTemplate.from_dict(data)


def test_template_holds_no_text(template: SiteTemplate) -> None:
    # paths are markup (tags, classes, ids), at most three steps long
    assert all(path.count(">") < 3 for path in template.body_paths)
    dumped = json.dumps(template.lines).casefold()
    assert re.fullmatch(r'\{("[0-9a-f]{16}": \d+(, )?)*\}', dumped)
    words = set()
    for seed in range(6):
        title, paragraphs = article(seed)
        words |= set(re.findall(r"[a-z]{5,}", " ".join([title, *paragraphs]).casefold()))
    words |= set(re.findall(r"[a-z]{5,}", (PROMO + NEWSLETTER + FOOTER).casefold()))
    assert not [w for w in words if w in dumped]


def test_page_that_fits_uses_the_body_element_without_the_site_lines(
    template: SiteTemplate,
) -> None:
    html, paragraphs = page(40)
    generic = extract(html)
    assert PROMO in generic.text  # inside the body: generic extraction keeps it
    result = extract(html, site=template)
    note = result.changes[0]
    assert (note.cleaner, note.action) == ("site_template", "note")
    assert note.text.startswith("template at") and "story-body" in note.text
    assert result.text.split("\n\n") == paragraphs
    assert result.title == generic.title
    removed = [
        c.text for c in result.changes if c.action == "remove" and c.cleaner == "site_template"
    ]
    assert removed == [PROMO]


def test_redesigned_page_falls_back_to_generic(template: SiteTemplate) -> None:
    html, paragraphs = page(41, redesigned=True)
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("generic:")
    for paragraph in paragraphs:
        assert paragraph in result.text
    assert PROMO not in result.text  # the site's lines still go


def test_body_element_with_little_prose_falls_back_to_generic(template: SiteTemplate) -> None:
    # a live blog: the body element is there but holds one line; the posts sit elsewhere
    html, paragraphs = page(42)
    posts = "".join(f'<div class="post"><p>{p}</p></div>' for p in paragraphs)
    html = html.replace(
        '<div class="story-body">',
        '<div class="story-body"><p>Live updates from the council meeting follow below,'
        ' newest first.</p></div><div class="live">' + posts + "<div>",
        1,
    )
    generic = extract(html)
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("generic:")
    assert "holds" in result.changes[0].text  # the evidence: how little the element held
    assert result.text.split("\n\n") == [p for p in generic.text.split("\n\n") if p != PROMO]


def test_page_of_another_layout_with_the_same_class_elsewhere(template: SiteTemplate) -> None:
    # the body element's class under other parents: matched by its own class
    html, paragraphs = page(43)
    html = html.replace('<main id="content"><article class="story">', "<div><section>", 1)
    html = html.replace("</article></main>", "</section></div>", 1)
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at div.story-body")
    assert result.text.split("\n\n") == paragraphs


def test_one_learning_page_is_enough_for_lines_on_both(template: SiteTemplate) -> None:
    one = learn_site([page(0)[0]])
    assert one.pages == 1
    assert one.is_boilerplate(NEWSLETTER)  # on the learning page and on the new one
    result = extract(page(44)[0], site=one)
    assert PROMO not in result.text


def test_a_dateline_two_pages_share_by_chance_stays() -> None:
    # one learned page: a few words (a city, a section name) can be on both by chance,
    # a line of prose cannot
    def with_dateline(seed: int) -> str:
        html = page(seed)[0]
        return html.replace('<div class="story-body">', '<div class="story-body"><p>OSLO</p>', 1)

    one = learn_site([with_dateline(0)])
    assert not one.is_boilerplate("OSLO")
    assert one.is_boilerplate(PROMO)
    # on two learned pages of three it is the site's
    assert learn_site([with_dateline(0), with_dateline(1), page(2)[0]]).is_boilerplate("Oslo")


def test_learning_many_pages_keeps_the_template_small() -> None:
    big = learn_site(site(300))
    assert big.pages == 300
    assert big.usable_paths()[0].endswith("div.story-body")
    assert len(big.lines) < 40  # only the site's repeated lines, not every page's
    assert len(big.to_json()) < 4000


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="urls"):
        learn_site(site(2), urls=["https://example.org/a"])
    assert learn_site([]).pages == 0
    empty = learn_site([b"", "<html></html>"])
    html = page(45)[0]
    assert extract(html, site=empty).text == extract(html).text


def test_excluding_a_learned_page_keeps_its_own_lines() -> None:
    # two of four pages quote the same paragraph: on 2 of 4 pages, it is no boilerplate
    pages = [page(seed) for seed in (60, 61, 62, 63)]
    quote = pages[0][1][1]
    html, paragraphs = pages[1]
    body = '<div class="story-body">'
    pages[1] = (html.replace(body, f"{body}<p>{quote}</p>", 1), [quote, *paragraphs])
    learned = learn_site([html for html, _ in pages])
    assert learned.pages == 4
    for html, paragraphs in pages[:2]:
        assert learned.excluding(html).pages == 3
        assert extract(html, site=learned.excluding(html)).text.split("\n\n") == paragraphs
        # counted with itself, the page's quote would look repeated (on 3 of 5)
        assert quote not in extract(html, site=learned).text


def test_body_element_with_a_class_added_since(template: SiteTemplate) -> None:
    html, paragraphs = page(46)
    html = html.replace('<div class="story-body">', '<div class="story-body wide-layout">', 1)
    html = html.replace('<main id="content">', '<main id="page">', 1)
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at div.story-body.wide-layout")
    assert result.text.split("\n\n") == paragraphs
