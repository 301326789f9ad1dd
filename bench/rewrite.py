"""How extraction holds on the dev pages rewritten as sites nobody tuned for.

Each dev page is rewritten so that the markup conventions extraction rules read
are gone while its text and structure stay: the truth is the same, only the
markup changed. It measures, without looking at unseen pages, how much of a
score comes from names and tags the rules were tuned on. The rewrites:

- ``hashed``: every class and id token becomes a short stable hash of itself
  (a name still repeats across the page, but means nothing to any vocabulary);
- ``divs``: every ``<p>`` becomes a ``<div>`` (attributes kept);
- ``plain``: semantic containers lose their meaning: ``<article>`` and
  ``<main>`` become ``<div>``, ``role="main"`` and ``itemprop="articleBody"``
  are dropped;
- ``hashed+divs``: the first two at once;
- ``all``: the three at once;
- ``misnamed-paras``, ``misnamed-body``, ``misnamed-wrap``, ``misnamed-tags``:
  the opposite family, names that mislead: the article's paragraphs, its
  element or a new wrapper around it get a name that elsewhere means
  furniture ("paywall", "sidebar", "related-content"), or its element a chrome
  tag (``<aside>``), one per page by a hash of its id (:mod:`bench.misnamed`);
- ``br``, ``table``, ``fonts``, ``subheads``, ``slots``, ``legacy``: layouts
  older CMSs and hand-made sites write: paragraphs as one block cut by
  ``<br><br>``, a three-column layout table, pasted word-processor
  ``<font>``/``<span style>`` markup, headings as bold paragraphs, a body cut
  into boxes by ad slots, and the first four at once (:mod:`bench.layouts`).

``none`` only parses and serialises the page (lxml, the page's encoding
kept): the baseline the rewrites compare with, since serialising alone can
change what an extractor sees. Per rewrite, set and split the table gives the
mean F1 of newsclean and of trafilatura's default on the rewritten pages (same
truth), newsclean's margin and how many pages fail the guard of
``bench.extract`` (newsclean more than ``--guard`` F1 below trafilatura on the
same rewritten page). ``--worst N`` lists up to N tune pages failing it per
rewrite; held-out pages are only counted, never named, so that half stays
blind.

Run ``.venv/bin/python -m bench.rewrite`` (``--help`` for options): both dev
sets, sixteen rewrites, two extractors, about five minutes on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import lxml.html
from lxml import etree

from bench.extract import (
    DEFAULT_SETS,
    EXTRACTORS,
    GUARD,
    Page,
    missing_truth,
    page_f1,
    select_pages,
)
from bench.layouts import LAYOUTS
from bench.misnamed import MISNAMED
from bench.splits import HELDOUT, SPLITS, TUNE
from scraper.encoding import declared_charset, decode_html

#: Tags whose meaning says "the article is here"; ``plain`` makes them divs.
SEMANTIC_TAGS = ("article", "main")
#: Attribute values that say the same; ``plain`` drops the attribute.
SEMANTIC_ATTRIBUTES = {"role": "main", "itemprop": "articlebody"}


def hashed_name(token: str) -> str:
    """A short name standing for ``token``: the same token always gives the
    same name, and the name says nothing of the token.

    >>> hashed_name("article-body") == hashed_name("article-body")
    True
    >>> hashed_name("article-body")
    'he8f83f1c'
    """
    return f"h{zlib.crc32(token.encode('utf-8')):08x}"


def hash_names(root: etree._Element) -> None:
    """Replace every class token and id value under ``root`` by its hashed name."""
    for el in root.iter(etree.Element):
        classes = el.get("class")
        if classes is not None:
            el.set("class", " ".join(hashed_name(t) for t in classes.split()))
        ident = el.get("id")
        if ident is not None:
            el.set("id", hashed_name(ident))


def divs_for_paragraphs(root: etree._Element) -> None:
    """Turn every ``<p>`` under ``root`` into a ``<div>`` with the same attributes."""
    for el in root.iter("p"):
        el.tag = "div"


def plain_containers(root: etree._Element) -> None:
    """Make ``<article>`` and ``<main>`` divs; drop ``role=main`` and
    ``itemprop=articleBody``."""
    for el in root.iter(etree.Element):
        if el.tag in SEMANTIC_TAGS:
            el.tag = "div"
        for attr, value in SEMANTIC_ATTRIBUTES.items():
            if (el.get(attr) or "").strip().lower() == value:
                del el.attrib[attr]


DOCTYPE = re.compile(r"<!doctype", re.IGNORECASE)
#: How far into a page its doctype is looked for (after a BOM, XML declaration, comments).
DOCTYPE_SCAN = 2000
#: Rewrite name -> the steps it applies to the parsed page, in order.
REWRITES: dict[str, tuple[Callable[[etree._Element], None], ...]] = {
    "none": (),
    "hashed": (hash_names,),
    "divs": (divs_for_paragraphs,),
    "hashed+divs": (hash_names, divs_for_paragraphs),
    "plain": (plain_containers,),
    "all": (hash_names, divs_for_paragraphs, plain_containers),
}

#: Rewrites that find the article by the page's truth: (tree, truth, page id).
TRUTH_REWRITES = {**MISNAMED, **LAYOUTS}
#: Every rewrite's name: the markup-removing ones, the misleading names, the old layouts.
NAMES = [*REWRITES, *MISNAMED, *LAYOUTS]


def page_codec(html: bytes) -> str:
    """The codec a page is written in: its declared charset when the bytes
    decode with it, else UTF-8 (detected encodings are written back as UTF-8).

    >>> page_codec(b'<meta charset="iso-8859-1"><p>Caf\\xe9</p>')
    'cp1252'
    >>> page_codec(b"<p>plain</p>")
    'utf-8'
    """
    codec = declared_charset(html)
    if codec is not None:
        try:
            html.decode(codec)
            return codec
        except (UnicodeDecodeError, LookupError):
            pass
    return "utf-8"


def rewrite(html: bytes, name: str, truth: str = "", page_id: str = "") -> bytes:
    """``html`` parsed with lxml, changed by rewrite ``name`` and serialised in
    the page's codec (a character it cannot hold becomes a reference). The
    misnamed and layout rewrites find the article by the page's ``truth`` and
    pick their variant by its ``page_id``.

    >>> rewrite(b'<html><body><p class="x">a</p></body></html>', "divs")
    b'<html><body><div class="x">a</div></body></html>'
    """

    def change(root: etree._Element) -> None:
        if name in TRUTH_REWRITES:
            TRUTH_REWRITES[name](root, truth, page_id)
        for step in REWRITES.get(name, ()):
            step(root)

    return edit_html(html, change)


def edit_html(html: bytes, change: Callable[[etree._Element], None]) -> bytes:
    """``html`` parsed with lxml, changed in place by ``change`` (given the
    root) and serialised in the page's codec (a character it cannot hold
    becomes a reference), its doctype kept.

    >>> edit_html(b"<html><body><p>a</p></body></html>", lambda root: None)
    b'<html><body><p>a</p></body></html>'
    """
    codec = page_codec(html)
    text = decode_html(html).lstrip("\ufeff")
    # parsed from bytes in a known codec: lxml refuses a str with an XML declaration
    parser = lxml.html.HTMLParser(encoding="utf-8")
    tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser).getroottree()
    change(tree.getroot())
    # lxml gives a page without a doctype a default one: keep only a real one
    doctype = tree.docinfo.doctype if DOCTYPE.search(text[:DOCTYPE_SCAN]) else None
    out: str = lxml.html.tostring(tree.getroot(), encoding="unicode")
    return (f"{doctype}\n{out}" if doctype else out).encode(codec, "xmlcharrefreplace")


def rewritten(page: Page, name: str) -> Page:
    """``page`` with its HTML rewritten by ``name``; truth and split unchanged."""
    html = rewrite(page.html, name, page.truth, page.id)
    return Page(page.id, page.url, html, page.truth, page.set, page.split, page.meta)


def variants(page: Page, count: int) -> list[Page]:
    """``page`` under ``count`` ids, itself first then ``id#1``, ``id#2``…:
    a rewrite that picks a page's variant by a hash of its id (a misleading
    name, a nesting, a tag) picks anew for each, so that every page meets
    every variant, not the one its id happens to draw.

    >>> [p.id for p in variants(Page("x", "", b"", ""), 3)]
    ['x', 'x#1', 'x#2']
    """
    return [page] + [
        Page(f"{page.id}#{i}", page.url, page.html, page.truth, page.set, page.split, page.meta)
        for i in range(1, count)
    ]


def scores(pages: list[Page], name: str) -> dict[str, dict[str, float]]:
    """Per extractor, each page's F1 on its rewrite ``name``."""
    out: dict[str, dict[str, float]] = {ext: {} for ext in EXTRACTORS}
    for page in pages:
        changed = rewritten(page, name)
        for ext, run in EXTRACTORS.items():
            out[ext][page.id] = page_f1(page, run(changed).text)
    return out


def print_rows(
    name: str, set_name: str, pages: list[Page], f1: dict[str, dict[str, float]], guard: float
) -> list[tuple[float, float, Page]]:
    """One table row per split of ``pages``; returns the pages failing the guard."""
    failing = [
        (f1["newsclean"][p.id], f1["trafilatura"][p.id], p)
        for p in pages
        if f1["newsclean"][p.id] < f1["trafilatura"][p.id] - guard
    ]
    for split in SPLITS:
        part = [p for p in pages if p.split == split]
        if not part:
            continue
        ours = sum(f1["newsclean"][p.id] for p in part) / len(part)
        theirs = sum(f1["trafilatura"][p.id] for p in part) / len(part)
        below = sum(page.split == split for _, _, page in failing)
        print(
            f"| {name} | {set_name} | {split} | {len(part)} | {ours:.3f} | {theirs:.3f} "
            f"| {ours - theirs:+.3f} | {below} |"
        )
    return failing


def tune_listing(name: str, failing: list[tuple[float, float, Page]], count: int) -> list[str]:
    """One line per tune page failing the guard, the furthest below first, at
    most ``count``; held-out pages are never named (that half stays blind)."""
    tune = sorted((r for r in failing if r[2].split == TUNE), key=lambda r: r[0] - r[1])
    return [
        f"  {name:11} {mine:.3f} vs {theirs:.3f} {page.set} {page.id[:44]}"
        for mine, theirs, page in tune[:count]
    ]


def main(argv: list[str] | None = None) -> int:
    """Print, per rewrite, set and split, both extractors' mean F1 and the guard count."""
    parser = argparse.ArgumentParser(prog="bench.rewrite", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--rewrites", nargs="+", choices=NAMES, default=NAMES, metavar="NAME")
    parser.add_argument("--split", choices=(TUNE, HELDOUT, "all"), default="all")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages of a set")
    parser.add_argument("--guard", type=float, default=GUARD, help="per-page guard margin (F1)")
    parser.add_argument("--worst", type=int, default=0, help="list N tune pages failing the guard")
    parser.add_argument(
        "--variants",
        type=int,
        default=1,
        metavar="N",
        help="rewrite each page N times, its hash-picked choices (names, nesting, "
        "tags) drawn again each time",
    )
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.rewrite"):
        return 2
    sets = select_pages(args.sets, args.limit, args.split)
    if args.variants > 1:
        sets = {k: [v for p in ps for v in variants(p, args.variants)] for k, ps in sets.items()}
    print(f"\n{sum(map(len, sets.values()))} pages; guard: newsclean more than {args.guard:.2f}")
    print("F1 below trafilatura on the same rewritten page\n")
    print("| rewrite | set | split | pages | newsclean | trafilatura | margin | guard fails |")
    print("|---|---|---|---|---|---|---|---|")
    listed: list[str] = []
    for name in args.rewrites:
        failing: list[tuple[float, float, Page]] = []
        for set_name, pages in sets.items():
            failing += print_rows(name, set_name, pages, scores(pages, name), args.guard)
        listed += tune_listing(name, failing, args.worst)
    if args.worst:
        print(
            f"\ntune pages failing the guard (newsclean vs trafilatura), up to {args.worst} each:"
        )
        print("\n".join(listed) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
