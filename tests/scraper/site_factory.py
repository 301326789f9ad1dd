"""A synthetic news site for the site-template tests: varied articles in one
template (navigation, a promo line inside the body, a related box, a
newsletter box, a footer), and the same articles in a redesigned template."""

from __future__ import annotations

import random
from html import escape

SUBJECTS = (
    "The city council",
    "A local bakery",
    "The harbour authority",
    "Regional farmers",
    "The university hospital",
    "A group of volunteers",
    "The ferry operator",
    "Secondary school teachers",
    "The water board",
    "A small software firm",
)
VERBS = (
    "announced",
    "postponed",
    "criticised",
    "welcomed",
    "approved",
    "questioned",
    "celebrated",
    "reviewed",
    "funded",
    "opposed",
)
OBJECTS = (
    "a plan to widen the northern bridge",
    "new rules for weekend parking",
    "the budget for the coming winter",
    "a proposal to close the old pool",
    "plans for a second tram line",
    "the results of a safety inspection",
    "a scheme to plant trees along the canal",
    "higher fees for market stalls",
    "a survey of empty shops in the centre",
    "the merger of two clinics",
)
TAILS = (
    "on Monday after a long debate",
    "despite protests outside the town hall",
    "following months of negotiations",
    "in a statement released late on Friday",
    "after residents raised concerns",
    "at a crowded public meeting",
    "to the surprise of many observers",
    "ahead of the regional elections",
)
#: A line the site puts at the end of every article body.
PROMO = "Follow the Valley Gazette on every platform for the latest local updates."
NEWSLETTER = "Sign up for the Valley Gazette morning briefing, delivered before breakfast."
FOOTER = "Valley Gazette, 12 Mill Street. All rights reserved."


def article(seed: int, paragraphs: int = 5) -> tuple[str, list[str]]:
    """A headline and paragraphs of varied prose, different for every seed."""
    rng = random.Random(seed)
    paras = []
    for _ in range(paragraphs):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(TAILS)}, report number {seed * 97 + rng.randint(0, 999)} shows."
            for _ in range(rng.randint(2, 3))
        ]
        paras.append(" ".join(sentences))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} story {seed}", paras


def story_page(title: str, inner: str, *, nav: bool = False) -> str:
    """A plain page of the site: ``inner`` after the headline in its article
    element, the site's footer below (and its menu above, with ``nav``)."""
    menu = '<nav class="site-nav"><a href="/">Home</a> <a href="/local/">Local</a></nav>\n'
    story = f'<article class="story"><h1>{escape(title)}</h1>{inner}</article>'
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title></head><body>
{menu if nav else ""}<main id="content">{story}</main>
<footer class="site-footer"><p>{FOOTER}</p></footer>
</body></html>"""


def page(seed: int, redesigned: bool = False, promo: bool = True) -> tuple[str, list[str]]:
    """The HTML of article ``seed`` and its body paragraphs (the truth)."""
    title, paras = article(seed)
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    if promo:
        body += f"<p>{PROMO}</p>"
    related = "".join(
        f'<li><a href="/news/{s}.html">{escape(article(s)[0])}</a></li>'
        for s in (seed + 101, seed + 102, seed + 103)
    )
    if redesigned:
        main = (
            f'<div class="page-shell"><section class="article-text"><h1>{escape(title)}</h1>{body}'
            f"</section></div>"
        )
    else:
        main = (
            f'<main id="content"><article class="story"><h1>{escape(title)}</h1>'
            f'<p class="byline">By Ann Reporter</p><div class="story-body">{body}</div>'
            f'<aside class="related"><h3>More from the Gazette</h3><ul>{related}</ul></aside>'
            f"</article></main>"
        )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | Valley Gazette</title></head><body>
<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li>
<li><a href="/sport/">Sport</a></li></ul></nav></header>
{main}
<div class="signup-box"><p>{NEWSLETTER}</p></div>
<footer class="site-footer"><p>{FOOTER}</p></footer>
</body></html>"""
    return html, paras


def site(count: int, start: int = 0) -> list[str]:
    """``count`` article pages of the site in its usual template."""
    return [page(seed)[0] for seed in range(start, start + count)]
