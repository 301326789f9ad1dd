"""Extraction with a site's template: ``extract(html, url, site=template)``.

The template result (the generic pipeline on the site's body element) and the
generic one are weighed both ways, as a fallback should be: the template's is
kept only when the page fits it (body path present, text agreeing with the
generic text), not on a redesign, a live blog or a gallery. Either way the
site's repeated lines go. What was used and why is the first entry of
``Article.changes`` (cleaner ``site_template``, action ``note``).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaners.article import Article, Change
from cleaners.base import PARAGRAPH_SEPARATOR
from cleaners.chain import Chain
from cleaners.errors import ExtractionError
from cleaners.source import line_key
from scraper.agreement import share, shingle_set
from scraper.encoding import decode_html
from scraper.extraction import TIME_BUDGET, extract, page_label
from scraper.htmltree import parse
from scraper.rawpage import shrink
from scraper.settings import (
    FOUND_SHARE,
    MAX_HEADING_WORDS,
    MAX_INNER_GAP,
    MIN_AGREE,
    MIN_HELD,
    MIN_HELD_ALL,
    MIN_PROSE_WORDS,
)
from scraper.siteblocks import (
    block_lines,
    caption_lines,
    drop_block_lines,
    edge_lines,
    is_standfirst,
)
from scraper.sites import SiteTemplate, short_path, signature

#: Name under which the template's decisions and removals are recorded.
CLEANER_NAME = "site_template"
_WORD = re.compile(r"\w+")


def find_body(root: HtmlElement, site: SiteTemplate) -> tuple[HtmlElement | None, str]:
    """The element at the template's most frequent body path found on the page
    (the one with the most text when several match), and that path; failing
    a whole path, an element of the path's own class or id (its parents'
    markup may have moved) when the page has one such element only."""
    paths = site.usable_paths()
    for path in paths:
        found = [e for e in root.iter(_tag(path)) if short_path(e) == path]
        if found:
            return max(found, key=lambda e: len(e.text_content())), path
    for path in paths:
        last = path.rsplit(">", 1)[-1]
        if "#" not in last and "." not in last:
            continue
        found = [e for e in root.iter(_tag(path)) if signature(e) == last]
        if len(found) == 1:
            return found[0], last
    for path in paths:  # a class added or dropped since: one class token in common
        tokens = set(re.split(r"[#.]", path.rsplit(">", 1)[-1])[1:])
        found = [e for e in root.iter(_tag(path)) if tokens & set(signature(e).split(".")[1:])]
        if len(found) == 1:
            return found[0], signature(found[0])
    return None, ""


def _tag(path: str) -> str:
    return re.split(r"[#.]", path.rsplit(">", 1)[-1], maxsplit=1)[0]


def body_parts(
    root: HtmlElement, body: HtmlElement, path: str, generic: Article | None
) -> list[HtmlElement]:
    """``body`` and the page's other elements at the same body ``path`` whose
    text the generic extraction kept (most of its shingles), in page order: a
    site may split its body into several such elements (paragraphs between
    ads, a second part after a box), and the largest alone holds only part of it."""
    if generic is None or ">" not in path:  # a path, not an element's own signature
        return [body]
    kept = shingle_set(generic.text)
    parts = [body]
    for elem in root.iter(_tag(path)):
        if elem is body or _inside(elem, body) or _inside(body, elem) or short_path(elem) != path:
            continue
        if any(_inside(elem, p) for p in parts):
            continue
        own = shingle_set(elem.text_content())
        if own and share(own, kept) >= FOUND_SHARE:
            parts.append(elem)
    order = {e: i for i, e in enumerate(root.iter())}
    return sorted(parts, key=order.__getitem__)


def _trimmed_html(root: HtmlElement, body: list[HtmlElement]) -> str:
    """The page reduced to its head, its headline and the body elements."""
    head = root.find("head")
    parts = ["<html>"]
    if head is not None:
        parts.append(lxml.html.tostring(head, encoding="unicode", with_tail=False))
    parts.append("<body>")
    headline = root.find(".//h1")
    if headline is not None and not any(_inside(headline, b) for b in body):  # the title's evidence
        parts.append(lxml.html.tostring(headline, encoding="unicode", with_tail=False))
    parts.extend(lxml.html.tostring(b, encoding="unicode", with_tail=False) for b in body)
    parts.append("</body></html>")
    return "".join(parts)


def _inside(elem: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in elem.iterancestors())


def _try_extract(
    html: bytes | str, url: str | None, chain: Chain | None, charset: str | None, budget: float
) -> Article | None:
    try:
        return extract(html, url, chain, charset=charset, budget=budget)
    except ExtractionError:
        return None


def drop_repeated(article: Article, site: SiteTemplate) -> None:
    """Take the site's repeated lines out of ``article.text``, recording each
    (never every line: an article is not emptied)."""
    paragraphs = article.text.split(PARAGRAPH_SEPARATOR)
    offset, kept, removed = 0, [], []
    for p in paragraphs:
        if site.is_boilerplate(p):
            removed.append(Change(CLEANER_NAME, "remove", p, offset))
        else:
            kept.append(p)
        offset += len(p) + len(PARAGRAPH_SEPARATOR)
    if removed and kept:
        article.text = PARAGRAPH_SEPARATOR.join(kept)
        article.changes.extend(removed)


def keep_lead(
    template: list[str],
    generic: list[str],
    description: str | None,
    captions: frozenset[str] = frozenset(),
) -> list[str]:
    """The template's paragraphs with the generic text's lead put first: the
    run of prose paragraphs (``MIN_PROSE_WORDS`` words or more) that the
    generic text has right before its first paragraph the template holds (key
    points, a standfirst, a lede the site keeps beside its body element), else
    a standfirst there (a paragraph repeating the page's description). An
    article's lead stands right before its body; what the site's body element
    leaves out after it (a teaser, a promo) stays out, and so do the pictures'
    captions (``captions``: line keys, see :func:`caption_lines`) in the run.

    >>> keep_lead(["Body."], ["Menu", "Rain fell all day in town.", "Body."], "Rain fell all day.")
    ['Rain fell all day in town.', 'Body.']
    >>> keep_lead(["Body."], ["Menu", "Rain fell on the whole town all day long.", "Body."], None)
    ['Rain fell on the whole town all day long.', 'Body.']
    """
    first = next((i for i, g in enumerate(generic) if g in template), len(generic))
    kept = set(template)
    run = first
    while 0 < run < len(generic) and len(_WORD.findall(generic[run - 1])) >= MIN_PROSE_WORDS:
        run -= 1
    lead = [
        g
        for g in generic[run:first]
        if g not in kept and (line_key(g) not in captions or is_standfirst(g, description))
    ]
    standfirst = [g for g in generic[:run] if g not in kept and is_standfirst(g, description)]
    return [*standfirst[:1], *lead, *template]


def restore_headings(template: list[str], generic: list[str]) -> list[str]:
    """The template's paragraphs, with the generic text's short lines (headings)
    put back where they stand *between* two of them: a site may keep its
    subheadings beside the element that holds its paragraphs, and what sits
    inside the body's span is the body's. Lines before the first or after the
    last template paragraph stay out (a headline, a dateline, a source line).

    >>> restore_headings(["P one.", "P two."], ["Title", "P one.", "Heading", "P two.", "Share"])
    ['P one.', 'Heading', 'P two.']
    """
    where = {" ".join(g.split()): i for i, g in enumerate(generic)}
    kept = set(where) & {" ".join(t.split()) for t in template}
    out: list[str] = []
    previous: int | None = None
    for paragraph in template:
        j = where.get(" ".join(paragraph.split()))
        if j is not None:
            if previous is not None and j > previous + 1:
                out.extend(
                    g
                    for g in generic[previous + 1 : j]
                    if _is_heading(g) and " ".join(g.split()) not in kept
                )
            previous = j
        out.append(paragraph)
    return out


def inner_gap(template: list[str], generic: list[str]) -> float:
    """Share of the generic text's words in paragraphs that stand between two
    of the template's paragraphs but are not among them: body the template's
    element missed (its markup may close early, or the site splits its body).

    >>> inner_gap(["P one.", "P four."], ["Title", "P one.", "Two three.", "P four.", "End"])
    0.25
    """
    keys = [" ".join(g.split()) for g in generic]
    kept = {" ".join(t.split()) for t in template}
    matched = [i for i, k in enumerate(keys) if k in kept]
    total = sum(len(_WORD.findall(g)) for g in generic)
    if len(matched) < 2 or not total:
        return 0.0
    inside = range(matched[0] + 1, matched[-1])
    missed = sum(len(_WORD.findall(generic[i])) for i in inside if keys[i] not in kept)
    return missed / total


def _is_heading(line: str) -> bool:
    return len(_WORD.findall(line)) < MAX_HEADING_WORDS and not line.rstrip().endswith(".")


def choose(template: Article | None, generic: Article | None) -> tuple[str, str]:
    """``("template" or "generic", why)``: which result to keep, by agreement
    of the two texts' 4-word shingles, as the benchmarks score them (a text
    missing whole paragraphs still holds most of their distinct words)."""
    if template is None or not template.text.strip():
        return "generic", "the template's body element gave no text"
    if generic is None:
        return "template", "the generic extraction found no text"
    t, g = shingle_set(template.text), shingle_set(generic.text)
    shared = len(t & g)
    held = shared / len(g) if g else 1.0
    agree = shared / len(t) if t else 0.0
    if held >= MIN_HELD_ALL:
        # the generic text sits inside the site's body element: what the
        # element adds around it is the site's body too
        return "template", f"fits (holds {held:.0%} of the generic text's shingles)"
    if held < MIN_HELD:
        return "generic", f"the template's body holds {held:.0%} of the generic text's shingles"
    if agree < MIN_AGREE:
        return "generic", f"{agree:.0%} of the template text's shingles are in the generic text"
    return "template", f"fits (holds {held:.0%} of the generic text's shingles, {agree:.0%} agree)"


def extract_with_site(
    html: bytes | str,
    url: str | None,
    site: SiteTemplate,
    chain: Chain | None = None,
    *,
    charset: str | None = None,
    budget: float = TIME_BUDGET,
) -> Article:
    """:func:`scraper.extraction.extract` guided by a site's template (see the
    module). Raises :class:`ExtractionError` when neither way finds text."""
    generic = _try_extract(html, url, chain, charset, budget)
    if generic is not None:
        drop_repeated(generic, site)
    text = html if isinstance(html, str) else decode_html(html, charset)
    template: Article | None = None
    try:
        root = parse(shrink(text))[0]
    except (ValueError, TypeError, etree.LxmlError):
        root = None
    body, path = find_body(root, site) if root is not None else (None, "")
    if body is None:
        used, why = "generic", "no body path of the template is on the page"
    else:
        parts = body_parts(root, body, path, generic)
        template = _try_extract(_trimmed_html(root, parts), url, chain, None, budget)
        if template is not None:
            drop_repeated(template, site)
        used, why = choose(template, generic)
    if used == "template" and template is not None and generic is not None:
        paragraphs = restore_headings(
            template.text.split(PARAGRAPH_SEPARATOR), generic.text.split(PARAGRAPH_SEPARATOR)
        )
        gap = inner_gap(paragraphs, generic.text.split(PARAGRAPH_SEPARATOR))
        if gap > MAX_INNER_GAP:
            used = "generic"
            why = f"the template's body leaves out {gap:.0%} of the generic text inside its span"
        paragraphs = keep_lead(
            paragraphs,
            generic.text.split(PARAGRAPH_SEPARATOR),
            generic.description,
            frozenset(caption_lines(root)) if root is not None else frozenset(),
        )
        template.text = PARAGRAPH_SEPARATOR.join(paragraphs)
    result = template if used == "template" else generic
    if result is None:
        raise ExtractionError(f"{page_label(url)}: no article text found")
    if root is not None:
        drop_block_lines(result, block_lines(root, site) | edge_lines(root, site))
    if used == "template" and generic is not None:
        # the whole page knows the metadata best (bylines and dates sit outside the body)
        result.title = generic.title or result.title
        result.author = generic.author or result.author
        result.published = generic.published or result.published
        result.captions = generic.captions or result.captions
    where = f" at {path}" if used == "template" else ""
    result.changes.insert(0, Change(CLEANER_NAME, "note", f"{used}{where}: {why}", 0))
    return result
