"""Five-page sites made from news-dev's real pages, for leave-one-out with
more pages per site than the dev data has.

A real site's template is kept and only the article changes: for a publisher
with 2+ pages in news-dev, its newest page is the *host*, and five other
news-dev articles in the same language and the same half of
:mod:`bench.splits` are *donors*. Each synthetic page is
the host page with

- the host's article (the blocks whose text is in its ground truth) replaced:
  blocks of the host's most common body tag take the donor's paragraphs whole
  (more are added after the last one, the rest removed), other article blocks
  (standfirst, subheadings) take as many of the donor's words as they had;
- the host's lines that are neither article nor on the publisher's other real
  pages (related headlines, bylines, dates, captions: what differs from page
  to page on a real site) given other words of another same-language article,
  word for word, markup kept (links stay links);
- what the publisher's real pages share (navigation, footers, boxes) kept as is;
- title, headline and description made the donor's, JSON-LD with the host's
  text dropped.

The truth is the new text of the article blocks, in page order. It is a
check, not the real thing: a real site's per-page lines are not word
salad, and the host's shared lines repeat exactly on every synthetic page.
"""

from __future__ import annotations

import copy
import random
import re
import zlib
from collections import Counter
from collections.abc import Iterator

import lxml.html
from lxml.html import HtmlElement

from bench.extract import Page, shingles
from bench.splits import site_of
from scraper.settings import MAX_FIELD_CHARS

#: Pages made per synthetic site (the hidden check's count).
SITE_PAGES = 5
#: A line with this share of its shingles in the truth is article text.
IN_SHARE = 0.5
_WORD = re.compile(r"\w+")


def _in_truth(line: str, truth_sh: set[tuple[str, ...]], truth_words: str) -> bool:
    sh = shingles(line)
    if not sh:
        words = " ".join(_WORD.findall(line))
        return bool(words) and f" {words} " in f" {truth_words} "
    return sum(n for s, n in sh.items() if s in truth_sh) >= IN_SHARE * sum(sh.values())


class Words:
    """An endless stream of one text's words, from a given offset."""

    def __init__(self, text: str, start: int) -> None:
        self.words = _WORD.findall(text) or ["text"]
        self.i = start % len(self.words)

    def take(self) -> str:
        """The next word."""
        word = self.words[self.i]
        self.i = (self.i + 1) % len(self.words)
        return word

    def swap(self, text: str) -> str:
        """``text`` with each word replaced by the next word, capitals kept."""

        def one(m: re.Match[str]) -> str:
            new = self.take()
            return new[:1].upper() + new[1:] if m.group()[:1].isupper() else new.lower()

        return _WORD.sub(one, text)


def _own_nodes(elem: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(element, 'text' or 'tail') of every text node the block holds itself."""
    from scraper.htmltree import BLOCK_TAGS
    from scraper.sites import SKIP_TAGS

    yield elem, "text"
    for child in elem:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS and tag not in SKIP_TAGS:
            yield from _own_nodes(child)
        yield child, "tail"


def _swap_block(elem: HtmlElement, words: Words) -> None:
    for node, attr in list(_own_nodes(elem)):
        value = getattr(node, attr)
        if value and _WORD.search(value):
            setattr(node, attr, words.swap(value))


def _set_block(elem: HtmlElement, text: str) -> None:
    """The block's own text made ``text``; its inline markup goes, nested blocks stay."""
    from scraper.htmltree import BLOCK_TAGS

    for child in list(elem):
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            child.tail = None
        else:
            elem.remove(child)
    elem.text = text


def _article_blocks(
    root: HtmlElement, truth: str
) -> tuple[list[HtmlElement], list[tuple[HtmlElement, str]]]:
    """The host's article blocks (page order) and its other (block, line) pairs."""
    from scraper.sites import page_lines

    truth_sh, truth_words = set(shingles(truth)), " ".join(_WORD.findall(truth))
    article: list[HtmlElement] = []
    other: list[tuple[HtmlElement, str]] = []
    for elem, line in page_lines(root):
        if _in_truth(line, truth_sh, truth_words):
            if elem not in article:
                article.append(elem)
        else:
            other.append((elem, line))
    return article, other


def transplant(host: Page, shared: set[str], donor: Page, filler: Words) -> Page:
    """One synthetic page: ``host``'s page holding ``donor``'s article (see the module)."""
    from cleaners.source import line_key
    from scraper.sites import own_lines, parse_page

    root = parse_page(host.html)
    article, other = _article_blocks(root, host.truth)
    article_set = set(article)
    for elem, line in other:
        if elem not in article_set and line_key(line) not in shared:
            _swap_block(elem, filler)
    described = _described(root, article)
    body_tag = Counter(e.tag for e in article).most_common(1)[0][0] if article else "p"
    paragraphs = [p.strip() for p in donor.truth.split("\n") if p.strip()]
    body = [e for e in article if e.tag == body_tag]
    lead = Words(donor.truth, 0)
    for elem in article:
        if elem.tag != body_tag:
            _set_block(elem, lead.swap(" ".join(_WORD.findall(elem.text_content()))))
    for elem, text in zip(body, paragraphs, strict=False):
        _set_block(elem, text)
    if body and len(paragraphs) > len(body):
        last = body[-1]
        for text in reversed(paragraphs[len(body) :]):
            new = copy.deepcopy(last)
            new.tail = None
            _set_block(new, text)
            last.addnext(new)
            article_set.add(new)
    for elem in body[len(paragraphs) :]:
        elem.drop_tree()
    lead_text = " ".join(own_lines(described)) if described is not None else None
    _retitle(root, host, donor, lead_text)
    truth = [" ".join(own_lines(e)) for e in root.iter() if e in article_set]
    html = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    page_id = f"{host.id}~{donor.id}"
    truth_text = "\n\n".join(t for t in truth if t.strip())
    return Page(page_id, host.url, html.encode("utf-8"), truth_text, "transplant", host.split)


def _described(root: HtmlElement, article: list[HtmlElement]) -> HtmlElement | None:
    """The article block that repeats the host's description (its standfirst)."""
    from scraper.sites import own_lines

    tags = root.xpath('//meta[@property="og:description" or @name="description"]/@content')
    if not tags:
        return None
    want = set(shingles(str(tags[0])))
    for elem in article:
        sh = shingles(" ".join(own_lines(elem)))
        if want and sum(n for s, n in sh.items() if s in want) >= IN_SHARE * sum(sh.values()):
            return elem
    return None


def _retitle(root: HtmlElement, host: Page, donor: Page, lead: str | None) -> None:
    """Title, headline, description and JSON-LD: the donor's, not the host's
    (the description is the new standfirst's text when the host's was its)."""
    title = str(donor.meta.get("title") or " ".join(_WORD.findall(donor.truth)[:8]))
    lead = lead or next((p for p in donor.truth.split("\n") if p.strip()), title)
    if len(lead) > MAX_FIELD_CHARS:  # as a CMS cuts a description
        lead = lead[:MAX_FIELD_CHARS].rsplit(" ", 1)[0]
    for elem in root.iter("title", "h1"):
        _set_block(elem, title)
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name.endswith("title"):
            meta.set("content", title)
        elif name.endswith("description"):
            meta.set("content", lead)
    host_title = str(host.meta.get("title") or "")
    for script in list(root.iter("script")):
        if "ld+json" in (script.get("type") or "") and (
            "articleBody" in (script.text or "")
            or (host_title and host_title in (script.text or ""))
        ):
            script.drop_tree()


def _language(page: Page) -> str:
    from cleaners.language import detect_language

    return detect_language(page.truth) or "?"


def synthetic_sites(pages: list[Page], older: bool = False) -> dict[str, list[Page]]:
    """Five-page synthetic sites, one per publisher with 2+ pages, named
    ``<publisher>~synthetic`` (its tune/held-out split is the publisher's).
    With ``older``, one site per *other* page of such a publisher instead,
    hosted on that page (``<page id>~older``): more layouts, older designs."""
    from cleaners.source import line_key
    from scraper.sites import page_lines, parse_page

    groups: dict[str, list[Page]] = {}
    for page in pages:
        groups.setdefault(site_of(page.url, page.id), []).append(page)
    language = {p.id: _language(p) for p in pages}
    out: dict[str, list[Page]] = {}
    for site, group in sorted(groups.items()):
        if len(group) < 2:
            continue
        newest = max(group, key=lambda p: p.id)  # ids end in the date
        hosts = [p for p in group if p is not newest] if older else [newest]
        for host in hosts:
            shared: set[str] = set()
            for other in group:
                if other is not host:
                    root = parse_page(other.html)
                    shared |= {k for _, line in page_lines(root) if (k := line_key(line))}
            seed = f"{host.id}~older" if older else site
            rng = random.Random(zlib.crc32(seed.encode("utf-8")))
            donors = [  # the host's half only: a tune site's figures read no held-out page
                p
                for p in pages
                if p is not host and p.split == host.split and language[p.id] == language[host.id]
            ]
            if len(donors) < SITE_PAGES + 1:
                continue
            chosen = rng.sample(donors, SITE_PAGES + 1)
            made = []
            for i in range(SITE_PAGES):
                filler = Words(chosen[(i + 1) % len(chosen)].truth, rng.randrange(10_000))
                made.append(transplant(host, shared, chosen[i], filler))
            out[seed if older else f"{site}~synthetic"] = made
    return out
