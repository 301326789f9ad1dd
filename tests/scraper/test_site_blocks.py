"""Site templates: the site's repeated blocks and the page's standfirst."""

from __future__ import annotations

from html import escape

from scraper import extract, learn_site
from tests.scraper.site_factory import article, page

#: The heading of a box the site puts inside every article body.
BOX_HEADING = "Picked by the Gazette desk this week"
STANDFIRST = "The council met for six hours and ended with a vote nobody in the town expected."


def box_page(seed: int) -> tuple[str, list[str], list[str]]:
    """A page whose body element holds a box of other stories under the
    site's heading: its HTML, its paragraphs and the box's own lines."""
    html, paragraphs = page(seed)
    others = [article(s)[1][0].split(", report")[0] + "." for s in (seed + 500, seed + 501)]
    box = f'<div class="panel"><p>{BOX_HEADING}</p>' + "".join(
        f"<p>{escape(line)}</p>" for line in others
    )
    third = f"<p>{escape(paragraphs[2])}</p>"  # the box sits mid-body
    html = html.replace(third, box + "</div>" + third, 1)
    return html, paragraphs, others


def test_a_box_under_a_repeated_heading_goes_with_its_own_lines() -> None:
    template = learn_site([box_page(seed)[0] for seed in range(5)])
    assert any(path.endswith("div.panel") for path in template.blocks)
    html, paragraphs, others = box_page(70)
    generic = extract(html)
    assert all(line in generic.text for line in others)  # prose, inside the body
    result = extract(html, site=template)
    assert result.text.split("\n\n") == paragraphs
    removed = {c.text for c in result.changes if c.cleaner == "site_template"}
    assert set(others) <= removed


def test_the_body_element_is_never_a_block() -> None:
    # the body holds the site's repeated promo line and all of the page's prose
    template = learn_site([box_page(seed)[0] for seed in range(5)])
    assert not any(path.endswith("story-body") for path in template.blocks)
    assert not any(path.endswith("article.story") for path in template.blocks)


def test_a_box_holding_the_page_prose_is_kept() -> None:
    # on a page where the box's element holds the article itself, it is no box
    template = learn_site([box_page(seed)[0] for seed in range(5)])
    html, paragraphs = page(71)
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = html.replace(
        '<div class="story-body">',
        f'<div class="story-body"><div class="panel"><p>{BOX_HEADING}</p>{body}</div>',
        1,
    )
    result = extract(html, site=template)
    assert all(p in result.text for p in paragraphs)


def standfirst_page(seed: int) -> tuple[str, list[str]]:
    """A page with a standfirst outside the element holding the paragraphs,
    repeated by the page's description."""
    html, paragraphs = page(seed)
    lead = f"{STANDFIRST} Story {seed}."
    html = html.replace(
        "</title>", f'</title><meta name="description" content="{escape(lead)}">', 1
    )
    # the standfirst opens the article's element; the paragraphs have one of their own
    html = html.replace(
        '<div class="story-body">',
        f'<div class="story-body"><p>{escape(lead)}</p><div class="story-text">',
        1,
    )
    html = html.replace("</div><aside", "</div></div><aside", 1)
    return html, [lead, *paragraphs]


def test_the_standfirst_the_generic_text_keeps_stays_with_the_template() -> None:
    template = learn_site([standfirst_page(seed)[0] for seed in range(5)])
    html, paragraphs = standfirst_page(72)
    generic = extract(html)
    assert generic.text.startswith(paragraphs[0])
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at")
    assert result.text.split("\n\n") == paragraphs


def test_a_template_with_blocks_round_trips_and_forgets_a_learned_page() -> None:
    pages = [box_page(seed)[0] for seed in range(4)]
    template = learn_site(pages)
    again = type(template).from_json(template.to_json())
    assert again == template
    path = next(p for p in template.blocks if p.endswith("div.panel"))
    assert template.excluding(pages[0]).blocks[path] == template.blocks[path] - 1


AUTHORS = ("Maren Holt", "Jonas Weber", "Ines Carvalho", "Piet de Vries", "Sara Lind", "Tom Okafor")


def kicker_page(seed: int) -> tuple[str, list[str], str]:
    """A page whose body element opens with a kicker naming the story's
    author: its HTML, its paragraphs and the kicker line."""
    html, paragraphs = page(seed)
    kicker = f"{AUTHORS[seed % len(AUTHORS)]} in Harbourside"
    html = html.replace(
        '<div class="story-body">', f'<div class="story-body"><div class="kicker">{kicker}</div>', 1
    )
    return html, paragraphs, kicker


def test_a_short_line_of_its_own_before_the_prose_goes() -> None:
    pages = [kicker_page(seed)[0] for seed in range(5)]
    template = learn_site(pages)
    path = next(p for p in template.edges if p.endswith("div.kicker"))
    assert template.excluding(pages[0]).edges[path] == template.edges[path] - 1
    html, paragraphs, kicker = kicker_page(75)
    assert kicker in extract(html).text
    result = extract(html, site=template)
    assert result.text.split("\n\n") == paragraphs
    assert kicker in {c.text for c in result.changes if c.cleaner == "site_template"}


def test_a_subheading_between_paragraphs_is_no_edge_line() -> None:
    pages = []
    for seed in range(5):
        html, paragraphs, _ = kicker_page(seed)
        heading = f"<h2>{AUTHORS[seed % len(AUTHORS)]} on the vote</h2>"
        third = f"<p>{escape(paragraphs[2])}</p>"
        pages.append(html.replace(third, heading + third, 1))
    template = learn_site(pages)
    assert not any(path.endswith("h2") for path in template.edges)


def test_a_short_paragraph_at_the_body_paragraphs_path_is_no_edge_line() -> None:
    # a dateline set as the body's first paragraph, another city on each page
    cities = ("OSLO", "BERGEN", "TROMSO", "BODO", "MOLDE", "ALTA")

    def dated(seed: int) -> tuple[str, list[str]]:
        html, paragraphs = page(seed, promo=False)
        city = cities[seed % len(cities)]
        html = html.replace('<div class="story-body">', f'<div class="story-body"><p>{city}</p>', 1)
        return html, [city, *paragraphs]

    template = learn_site([dated(seed)[0] for seed in range(5)])
    assert not any(path.endswith("div.story-body>p") for path in template.edges)
    html, paragraphs = dated(5)
    assert extract(html, site=template).text.split("\n\n") == paragraphs
