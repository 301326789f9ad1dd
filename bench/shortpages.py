"""Short articles: every dev page cut to its article's first paragraphs.

A brief is the hardest page for an extractor: little prose of its own beside
related grids, rails and comment threads that hold more. This bench makes one
of every dev page whose article has more than ``--keep`` paragraphs: the
article's paragraphs past the first ``--keep`` are taken out of the HTML (found
from the ground truth as :mod:`bench.misnamed` finds them: a measuring stick,
never an input of the extractor), the truth is cut where the last kept
paragraph stands in it, and the page's JSON-LD ``articleBody`` becomes the cut
truth (a brief's page describes the brief; the whole article there would give
it back). Both extractors run on the cut pages;
the table gives the mean F1 per dev set and split, and how many pages
newsclean scores more than ``GUARD`` below trafilatura; the worst pages are
listed for the tune split only.

Run: ``.venv/bin/python -m bench.shortpages [--keep N] [--worst N]``
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

import lxml.html
from lxml import etree

from bench.dirty import table
from bench.extract import (
    DEFAULT_SETS,
    EXTRACTORS,
    GUARD,
    Page,
    load_pages,
    missing_truth,
    page_f1,
    shingles,
)
from bench.misnamed import article_paragraphs
from bench.splits import SPLITS, TUNE
from scraper.encoding import decode_html

#: The article's paragraphs a short page keeps by default.
KEEP = 4
#: A JSON-LD ``articleBody`` string, the cut truth on the cut page.
JSON_LD_BODY = re.compile(r'"articleBody"\s*:\s*"(?:[^"\\]|\\.)*"')


def _remove_keeping_tail(el: etree._Element) -> None:
    """Take ``el`` out of its parent, the text after it staying in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def cut_page(page: Page, keep: int = KEEP) -> Page | None:
    """``page`` with its article cut to its first ``keep`` paragraphs and the
    truth cut to match; None when the article has ``keep + 1`` or fewer."""
    text = decode_html(page.html).lstrip("\ufeff")
    parser = lxml.html.HTMLParser(encoding="utf-8")
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    found = article_paragraphs(root, page.truth)
    if len(found) <= keep + 1:
        return None
    last = set(shingles(" ".join(found[keep - 1].itertext())))
    for el in found[keep:]:
        _remove_keeping_tail(el)
    lines = [line for line in page.truth.split("\n") if line.strip()]
    end = max(range(len(lines)), key=lambda i: len(set(shingles(lines[i])) & last))
    truth = "\n".join(lines[: end + 1])
    # the JSON-LD body says what the cut page does: the brief, not the whole article
    body = '"articleBody":' + json.dumps(truth, ensure_ascii=False).replace("</", "<\\/")
    html = JSON_LD_BODY.sub(lambda _: body, lxml.html.tostring(root, encoding="unicode"))
    return Page(page.id, page.url, html.encode("utf-8"), truth, page.set, page.split, page.meta)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and the worst tune pages)."""
    parser = argparse.ArgumentParser(prog="python -m bench.shortpages", description=__doc__)
    parser.add_argument("--keep", type=int, default=KEEP, help="article paragraphs kept")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst tune pages")
    parser.add_argument("--sets", type=Path, nargs="+", default=list(DEFAULT_SETS))
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.shortpages"):
        return 2
    rows: list[tuple[str, ...]] = [
        ("set", "split", "pages", "newsclean", "trafilatura", "margin", "guard fails")
    ]
    worst: list[tuple[float, float, str]] = []
    for folder in args.sets:
        cut = [c for p in load_pages(folder) if (c := cut_page(p, args.keep)) is not None]
        for split in SPLITS:
            pages = [p for p in cut if p.split == split]
            if not pages:
                continue
            scores = {
                name: [page_f1(p, run(p).text) for p in pages] for name, run in EXTRACTORS.items()
            }
            mine, theirs = scores["newsclean"], scores["trafilatura"]
            fails = sum(m < t - GUARD for m, t in zip(mine, theirs, strict=True))
            rows.append(
                (folder.name, split, str(len(pages)), f"{statistics.mean(mine):.3f}",
                 f"{statistics.mean(theirs):.3f}",
                 f"{statistics.mean(mine) - statistics.mean(theirs):+.3f}", str(fails))
            )  # fmt: skip
            if split == TUNE:
                worst += [(m, t, p.id) for m, t, p in zip(mine, theirs, pages, strict=True)]
    print(f"dev pages cut to their article's first {args.keep} paragraphs, JSON-LD body cut alike")
    print(table(rows))
    if args.worst:
        print(f"\nworst tune pages (newsclean vs trafilatura), up to {args.worst}:")
        for m, t, pid in sorted(worst)[: args.worst]:
            print(f"  {m:.3f} vs {t:.3f} {pid[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
