"""The step that moves figures' and caption elements' text to ``captions``.

>>> from scraper.htmltree import parse
>>> page = PageState(parse("<html><body><p>Story.</p><figure><img src=a.jpg>"
...     "<figcaption>A cat.</figcaption></figure></body></html>")[0])
>>> take_captions(page); page.captions, page.removed["figure"]
(['A cat.'], 1)
"""

from __future__ import annotations

from lxml.html import HtmlElement

from scraper import boilerplate as bp
from scraper.htmltree import attached, class_and_id, norm
from scraper.prepass.state import PageState
from scraper.settings import CAPTION_MAX_CHARS, FIGURE_OWN_TEXT_CHARS

#: Characters that end a caption's sentence (a credit may follow, glued on).
CAPTION_SENTENCE_END = frozenset('.!?:;)”’"')


def spaced_text(elem: HtmlElement) -> str:
    """The element's text, with a space where a sentence ends at an element
    boundary ("…New York.</span><span>Reuters" -> "…New York. Reuters").

    >>> import lxml.html
    >>> spaced_text(lxml.html.fromstring("<p><span>A cat.</span><span>AP</span></p>"))
    'A cat. AP'
    """
    out = ""
    for piece in elem.itertext():
        if out and piece and out[-1] in CAPTION_SENTENCE_END and not piece[0].isspace():
            out += " "
        out += piece
    return out


def _add_caption(page: PageState, elem: HtmlElement) -> None:
    text = norm(spaced_text(elem))
    if text and text not in page.captions:
        page.captions.append(text)


def take_captions(page: PageState) -> None:
    """Figures go, their captions to ``captions``; a figure holding more than
    pictures and captions (a quote, a table, an embedded post) keeps that
    content. Caption elements outside figures go to ``captions`` too."""
    for fig in list(page.body.iter("figure")):
        if not attached(fig, page.tree):
            continue
        captions = list(fig.iter("figcaption")) or [
            e for e in fig.iter("*") if bp.is_caption_attr(class_and_id(e))
        ]
        for cap in captions:
            _add_caption(page, cap)
        own_text = len(norm(fig.text_content())) - sum(
            len(norm(c.text_content())) for c in captions
        )
        if own_text > FIGURE_OWN_TEXT_CHARS:
            for cap in captions:
                if attached(cap, page.tree):
                    page.drop(cap, "caption")
        elif page.removable(fig) or len(norm(fig.text_content())) < CAPTION_MAX_CHARS:
            page.drop(fig, "figure")
    for elem in [*page.body.iter("figcaption"), *page.caption_elems]:
        if attached(elem, page.tree):
            text = norm(elem.text_content())
            if len(text) <= CAPTION_MAX_CHARS and page.removable(elem):
                _add_caption(page, elem)
                page.drop(elem, "caption")
