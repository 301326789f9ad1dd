"""The fit check of ``extract(site=...)``: a template never loses the body the
generic extraction found (a body split over several elements at the site's body
path, lead paragraphs the site keeps before its body element)."""

from __future__ import annotations

import re
from html import escape

from scraper import extract, learn_site
from tests.scraper.site_factory import article, story_page


def _page(
    seed: int, *, summary: bool = False, split: bool = False, more: bool = False
) -> tuple[str, list[str]]:
    """An article page and its truth: optionally key points (prose) before the
    body element, the body's last paragraph in a second element at its path
    after an advert, or its second half in an element of another class."""
    title, paras = article(seed, paragraphs=6)
    points = [f"{p.split(', report')[0]}, the key point of story {seed} says." for p in paras[:3]]
    head = ""
    if summary:
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        head = f'<div class="key-points"><ul>{items}</ul></div>'
    if split:
        body = (
            '<div class="story-body">'
            + "".join(f"<p>{escape(p)}</p>" for p in paras[:-1])
            + '</div><div class="advert">Advertisement</div><div class="story-body">'
            + f"<p>{escape(paras[-1])}</p></div>"
        )
    elif more:
        half = len(paras) // 2
        body = (
            '<div class="story-body">'
            + "".join(f"<p>{escape(p)}</p>" for p in paras[:half])
            + '</div><div class="story-more">'
            + "".join(f"<p>{escape(p)}</p>" for p in paras[half:])
            + "</div>"
        )
    else:
        body = '<div class="story-body">' + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</div>"
    html = story_page(title, head + body, nav=True)
    # the generic extraction writes list items as "- item"
    return html, [*(f"- {p}" for p in points), *paras] if summary else paras


def test_a_body_split_over_two_elements_at_the_body_path_is_kept_whole() -> None:
    template = learn_site([_page(seed, split=True)[0] for seed in range(5)])
    assert template.usable_paths()[0].endswith("div.story-body")
    html, paragraphs = _page(20, split=True)
    generic = extract(html)
    assert paragraphs[-1] in generic.text
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at")
    assert result.text.split("\n\n") == paragraphs


def test_lead_prose_before_the_body_element_stays() -> None:
    template = learn_site([_page(seed, summary=True)[0] for seed in range(5)])
    html, paragraphs = _page(21, summary=True)
    generic = extract(html)
    assert all(p in generic.text for p in paragraphs[:3])
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at")
    assert result.text.split("\n\n") == paragraphs


def test_a_body_element_holding_half_the_article_is_no_fit() -> None:
    # half the paragraphs hold most of the article's distinct words (a site
    # writes with one vocabulary), not most of its text
    template = learn_site([_page(seed)[0] for seed in range(5)])
    html, paragraphs = _page(22, more=True)
    generic = extract(html)
    assert generic.text.split("\n\n") == paragraphs
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("generic:")
    assert "shingles" in result.changes[0].text
    assert result.text == generic.text


SHARE = "Share this update with your friends"


def _updates_page(seed: int) -> tuple[str, list[str]]:
    """An article whose last paragraphs are updates, each in its own element
    under the site's share line: together a quarter of the body."""
    title, paras = article(seed, paragraphs=11)
    plain = "".join(f"<p>{escape(p)}</p>" for p in paras[:8])
    updates = "".join(
        f'<div class="update"><p>{escape(p)}</p><p>{SHARE}</p></div>' for p in paras[8:]
    )
    html = story_page(title, f'<div class="story-body">{plain}{updates}</div>')
    return html, paras


def test_posts_under_a_repeated_share_line_are_the_body_not_boxes() -> None:
    # each update holds a line the site repeats and a tenth of the prose, as a
    # box does; together they hold a quarter of it, as no box does
    template = learn_site([_updates_page(seed)[0] for seed in range(5)])
    assert any(path.endswith("div.update") for path in template.blocks)
    html, paragraphs = _updates_page(23)
    generic = extract(html)
    assert all(p in generic.text for p in paragraphs)
    result = extract(html, site=template)
    assert result.text.split("\n\n") == paragraphs


def _dateline_page(seed: int, *, short_lead: bool = False) -> tuple[str, list[str]]:
    """An article whose first paragraph shares an element with the site's
    dateline, as a box's items share one with its heading; with ``short_lead``
    that paragraph has two sentences (the shape of a teaser)."""
    title, paras = article(seed, paragraphs=8)
    if short_lead:
        paras[0] = " ".join(s.strip() for s in re.findall(r"[^.]+\.", paras[0])[:2])
    first = f'<div class="first-section"><span>Valleytown.</span><p>{escape(paras[0])}</p></div>'
    rest = "".join(f"<p>{escape(p)}</p>" for p in paras[1:])
    html = story_page(title, f'<div class="story-body">{first}{rest}</div>')
    return html, paras


def test_a_paragraph_of_several_sentences_is_no_box_line() -> None:
    template = learn_site([_dateline_page(seed)[0] for seed in range(5)])
    assert any(path.endswith("div.first-section") for path in template.blocks)
    html, paragraphs = _dateline_page(24)
    assert len(re.findall(r"shows\.", paragraphs[0])) >= 3  # three sentences: no teaser
    result = extract(html, site=template)
    assert paragraphs[0] in result.text.split("\n\n")


def test_a_first_paragraph_of_two_sentences_boxed_with_the_dateline_stays() -> None:
    # a teaser's shape, but a paragraph of the page's own that the generic
    # extraction kept: a block takes only the box's short lines
    template = learn_site([_dateline_page(seed, short_lead=True)[0] for seed in range(5)])
    assert any(path.endswith("div.first-section") for path in template.blocks)
    html, paragraphs = _dateline_page(25, short_lead=True)
    assert len(re.findall(r"shows\.", paragraphs[0])) == 2
    assert paragraphs[0] in extract(html).text.split("\n\n")
    result = extract(html, site=template)
    assert result.text.split("\n\n") == paragraphs


def _live_page(seed: int) -> tuple[str, list[str], str]:
    """A live blog whose body element sits inside the site's ``article-body``
    (the container extractors look for) and whose second post quotes a social
    post: its HTML, its paragraphs and the quoted post's text."""
    title, paras = article(seed, paragraphs=9)
    quote = [f"Line {i} of the post number {seed} from the harbour" for i in range(3)]
    embed = (
        '<blockquote class="twitter-tweet"><p>'
        + "<br>".join(quote)
        + f'</p>— Harbour Watch (@harbour) <a href="/s/{seed}">May {seed % 28 + 1}</a></blockquote>'
    )
    lead = "".join(f"<p>{escape(p)}</p>" for p in paras[:3])
    posts = "".join(
        f'<div class="post"><h3>Update {i}</h3><p>{escape(p)}</p>{embed if i == 1 else ""}</div>'
        for i, p in enumerate(paras[3:])
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title></head><body>
<main><article class="story"><h1>{escape(title)}</h1><div class="article-body">
<div class="live-body"><div class="lead">{lead}</div><div class="posts">{posts}</div></div>
</div></article></main>
<footer class="site-footer"><p>Valley Gazette, 12 Mill Street. All rights reserved.</p></footer>
</body></html>"""
    return html, paras, " ".join(quote)


def test_a_post_quoted_in_the_body_element_comes_out_once() -> None:
    # out of its page, the body element's quoted post can give its text twice
    # (the quote's paragraph, then the quote with its author line)
    template = learn_site([_live_page(seed)[0] for seed in range(5)])
    html, paragraphs, quote = _live_page(30)
    generic = extract(html)
    assert " ".join(generic.text.split()).count(quote) == 1
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at")
    assert " ".join(result.text.split()).count(quote) == 1
    assert all(p in result.text.split("\n\n") for p in paragraphs)


def test_a_caption_under_the_picture_before_the_body_is_no_lead() -> None:
    # the site shows a picture above its body element, its caption in a block
    # right after the image: the generic text keeps it, the lead rule must not
    def pictured(seed: int) -> tuple[str, list[str], str]:
        html, paragraphs = _page(seed)
        caption = f"{article(seed + 900)[1][0].split(', report')[0]} in the picture of story {seed}"
        figure = (
            f'<div class="picture"><img src="/img/{seed}.jpg" alt="">'
            f'<div class="picture-text">{escape(caption)}</div></div>'
        )
        return (
            html.replace('<div class="story-body">', figure + '<div class="story-body">', 1),
            paragraphs,
            caption,
        )

    template = learn_site([pictured(seed)[0] for seed in range(5)])
    html, paragraphs, caption = pictured(23)
    assert caption in extract(html).text
    result = extract(html, site=template)
    assert result.changes[0].text.startswith("template at")
    assert result.text.split("\n\n") == paragraphs
