"""Pages their scripts fill in: the article in the page's data, not its HTML.

Many sites serve the article's element empty and fill it from data the page
carries, most often its JSON-LD ``articleBody``; a crawler that runs no script
gets the empty element. This bench takes every dev page whose JSON-LD holds an
``articleBody`` of ``MIN_DATA_CHARS`` or more, empties the element that holds
the article (found by the truth, as :mod:`bench.misnamed` finds it: its tag and
attributes stay, its content goes) and scores newsclean and trafilatura on the
result against the page's truth, as ``bench.extract`` does. Pages without such
data are left out: no extractor can find an article that is nowhere.

Run ``.venv/bin/python -m bench.scripted`` (``--help`` for options): both dev
sets, two extractors, under a minute on one core. ``--worst N`` names the N
tune pages where newsclean scores lowest; held-out pages are only counted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from bench.extract import DEFAULT_SETS, EXTRACTORS, Page, missing_truth, page_f1, select_pages
from bench.misnamed import article_element, article_paragraphs
from bench.rewrite import edit_html
from bench.splits import SPLITS, TUNE
from scraper.encoding import decode_html

#: A JSON-LD ``articleBody`` shorter than this holds no article (a teaser, a stub).
MIN_DATA_CHARS = 400


def _values(item: Any, key: str) -> Iterator[Any]:
    """Every value of ``key`` anywhere in a parsed JSON document."""
    if isinstance(item, dict):
        for k, v in item.items():
            if k == key:
                yield v
            yield from _values(v, key)
    elif isinstance(item, list):
        for v in item:
            yield from _values(v, key)


def data_body(html: bytes) -> str:
    """The longest JSON-LD ``articleBody`` of a page ("" when it has none),
    read here rather than by ``scraper.metadata``, so that which pages the bench
    takes does not hang on the code it measures.

    >>> data_body(b'<script type="application/ld+json">{"@graph": [{"articleBody": "Story."}]}'
    ...           b'</script><p>x</p>')
    'Story.'
    """
    root = lxml.html.document_fromstring(decode_html(html).encode("utf-8"))
    bodies = []
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        bodies += [v for v in _values(data, "articleBody") if isinstance(v, str)]
    return max(bodies, key=len, default="")


def empty_article(root: etree._Element, truth: str) -> None:
    """Empty the element holding the article's paragraphs, its tag and
    attributes kept, as a page whose scripts have not run serves it."""
    paragraphs = article_paragraphs(root, truth)
    if not paragraphs:
        return
    element = article_element(root, paragraphs)
    attributes = dict(element.attrib)
    element.clear()
    element.attrib.update(attributes)


def scripted(page: Page) -> Page:
    """``page`` as served before its scripts run; truth and split unchanged."""
    return replace(page, html=edit_html(page.html, lambda root: empty_article(root, page.truth)))


def main(argv: list[str] | None = None) -> int:
    """Print both extractors' mean F1 per set and split on the emptied pages."""
    parser = argparse.ArgumentParser(prog="bench.scripted", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages of a set")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest tune pages")
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.scripted"):
        return 2
    sets = select_pages(args.sets, args.limit, "all")
    print(f"\npages with a JSON-LD articleBody of {MIN_DATA_CHARS}+ characters, article emptied\n")
    print("| set | split | pages | of | newsclean | trafilatura | margin | newsclean < 0.5 |")
    print("|---|---|---|---|---|---|---|---|")
    lowest: list[tuple[float, float, str]] = []
    for set_name, pages in sets.items():
        kept = [scripted(p) for p in pages if len(data_body(p.html)) >= MIN_DATA_CHARS]
        scores = {
            name: {p.id: page_f1(p, run(p).text) for p in kept} for name, run in EXTRACTORS.items()
        }
        ours, theirs = scores["newsclean"], scores["trafilatura"]
        for split in SPLITS:
            part = [p for p in kept if p.split == split]
            total = sum(q.split == split for q in pages)
            if not part:
                continue
            mine = statistics.mean(ours[p.id] for p in part)
            other = statistics.mean(theirs[p.id] for p in part)
            low = sum(ours[p.id] < 0.5 for p in part)
            print(
                f"| {set_name} | {split} | {len(part)} | {total} | {mine:.3f} | {other:.3f} "
                f"| {mine - other:+.3f} | {low} |"
            )
        lowest += [
            (ours[p.id], theirs[p.id], f"{set_name}/{p.id}") for p in kept if p.split == TUNE
        ]
    if args.worst:
        print(f"\nlowest tune pages, newsclean (trafilatura), up to {args.worst}:")
        for mine, other, name in sorted(lowest)[: args.worst]:
            print(f"  {mine:.3f} ({other:.3f}) {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
