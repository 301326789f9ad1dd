"""The lxml pre-pass: take out of a page what trafilatura would keep.

The pre-pass is an ordered list of named steps (:data:`STEPS`), each a
function of the page's :class:`~scraper.prepass.state.PageState`, like the
cleaner chain. Before trafilatura sees the tree, the steps

* make divs used as paragraphs ``<p>`` (every later step reads paragraphs);
* drop polls and quizzes (a group of radio buttons or checkboxes), scripts,
  forms' controls, hidden elements and page furniture named by
  tag or class/id (related lists, newsletter boxes, comment sections, share
  bars, author boxes, cookie banners, ads: :mod:`scraper.boilerplate`);
* choose the main element (:mod:`scraper.prepass.main`): it, its ancestors and
  any large part of it are never removed;
* note the article's standfirst when it stands outside the main element (a
  block before it repeating the page's description): it opens the body;
* drop, outside it, teasers' blurbs (paragraphs opening with a link or
  following a linked heading, in a group of them: a list of other articles);
* join into it the later blocks of its own tag and class that hold prose (a
  body split around ads);
* drop sections opened by a furniture heading ("Related stories"), one-line
  teasers ("READ MORE: …") and promotional lines ("Follow us on Twitter");
* move ``<figure>``/``<figcaption>`` and caption elements to ``captions``;
* note the headline (``<h1>``): it is the title, not body text;
* flatten ruby annotations into their sentence (the page's own fallback text);
* turn ``<br>``, empty blocks and block edges into whitespace, so no two
  words run together whatever the extractor does with the markup;
* name the main element (``role=main``) for an extractor that finds no
  article container of its own.

It may import :mod:`scraper.htmltree`, :mod:`scraper.boilerplate` and
:mod:`scraper.settings` only.

>>> from scraper.htmltree import parse
>>> page = prepare(parse("<html><body><article><h1>T</h1><p>One<br>two.</p>"
...     "<figure><img src=a.jpg><figcaption>A cat.</figcaption></figure></article>"
...     "<div class='related-stories'><a href=/x>Other story</a></div></body></html>")[0])
>>> page.captions, page.removed["related"], page.headline
(['A cat.'], 1, 'T')
>>> strip_headline(["T", "One two."], page.headline)
['One two.']
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from lxml.html import HtmlElement

from scraper.htmltree import norm
from scraper.prepass.captions import take_captions
from scraper.prepass.furniture import (
    drop_furniture,
    drop_invisible,
    drop_polls,
    find_furniture,
    unwrap_layout_tables,
)
from scraper.prepass.joins import join_split_body
from scraper.prepass.links import drop_link_blocks_around_main, drop_link_lists
from scraper.prepass.main import drop_teasers, find_main
from scraper.prepass.misnamed import unname_content
from scraper.prepass.sections import (
    drop_sections,
    drop_short_lines,
    drop_standfirst,
    find_headline,
    find_standfirst,
    mark_subheadings,
)
from scraper.prepass.spacing import (
    flatten_ruby,
    name_main,
    paragraphs_from_divs,
    space_blocks,
    unlink_prose,
    unwrap_inline,
)
from scraper.prepass.state import PageState, Prepared
from scraper.settings import STANDFIRST_MIN_CHARS

__all__ = ["STEPS", "PageState", "Prepared", "Step", "prepare", "strip_headline"]


@dataclass(frozen=True)
class Step:
    """One named pre-pass step; an ``optional`` one is skipped past the deadline."""

    name: str
    run: Callable[[PageState], None]
    optional: bool = False


#: The pre-pass, in order. The main element is chosen once the furniture is
#: known (it weighs prose inside furniture little) and before anything is
#: removed around it; spacing comes last, once nothing else moves.
STEPS: tuple[Step, ...] = (
    Step("drop_polls", drop_polls),
    Step("drop_invisible", drop_invisible),
    Step("flatten_ruby", flatten_ruby),
    Step("unwrap_layout_tables", unwrap_layout_tables),
    Step("paragraphs_from_divs", paragraphs_from_divs),
    Step("find_furniture", find_furniture),
    Step("find_main", find_main),
    Step("find_standfirst", find_standfirst),
    Step("join_split_body", join_split_body),
    Step("drop_teasers", drop_teasers),
    Step("drop_furniture", drop_furniture),
    Step("mark_subheadings", mark_subheadings),
    Step("find_headline", find_headline),
    Step("drop_link_blocks_around_main", drop_link_blocks_around_main, optional=True),
    Step("drop_link_lists", drop_link_lists, optional=True),
    Step("drop_standfirst", drop_standfirst, optional=True),
    Step("take_captions", take_captions, optional=True),
    Step("drop_sections", drop_sections, optional=True),
    Step("drop_short_lines", drop_short_lines, optional=True),
    Step("unwrap_inline", unwrap_inline),
    Step("space_blocks", space_blocks),
    Step("unlink_prose", unlink_prose),
    Step("unname_content", unname_content),
    Step("name_main", name_main),
)


def prepare(
    tree: HtmlElement,
    flattened: bool = False,
    title: str | None = None,
    description: str | None = None,
    deadline: float | None = None,
    author: str | None = None,
    steps: tuple[Step, ...] = STEPS,
    site_name: str | None = None,
    reference: str | None = None,
    summaries: tuple[str, ...] = (),
) -> Prepared:
    """Run the pre-pass on a tree from :func:`scraper.htmltree.parse` (changed in place).

    ``title``, ``description`` and ``author`` are the page's metadata: blocks
    outside the article that repeat them (a standfirst, a byline) are dropped;
    the title's and description's words, less the ``site_name``'s, tell what
    the article speaks of.
    ``summaries`` are all the descriptions the page gives (social, search):
    its standfirst may repeat any of them.
    ``reference`` is the page's JSON-LD article body: a hidden element
    holding it is the article a script will show, not hidden furniture.
    Past ``deadline`` (a :func:`time.monotonic` value) the optional steps are
    skipped; the tree is then still usable, only less clean.
    """
    page = PageState(
        tree,
        title=title,
        description=description,
        author=author,
        site_name=site_name,
        reference=reference,
        summaries=summaries,
    )
    for step in steps:
        if step.optional and deadline is not None and time.monotonic() >= deadline:
            page.removed["skipped_steps"] += 1
            continue
        step.run(page)
    return page.prepared(flattened)


def strip_headline(paragraphs: list[str], *titles: str | None) -> list[str]:
    """Drop paragraphs that repeat the headline (or another title): at the
    top, or anywhere once the title is long enough not to be a plain phrase.

    >>> strip_headline(["Storm hits coast", "Body."], "Storm Hits Coast")
    ['Body.']
    """
    keys = {norm(t).casefold().rstrip(" .") for t in titles if t}
    out = list(paragraphs)
    while out and (not out[0].strip() or norm(out[0]).casefold().rstrip(" .") in keys):
        out.pop(0)
    long_keys = {k for k in keys if len(k) >= STANDFIRST_MIN_CHARS}
    return [p for p in out if norm(p).casefold().rstrip(" .") not in long_keys]
