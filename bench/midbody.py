"""How extraction holds when a box is set between two of the article's paragraphs.

News pages break their stories with boxes: a list of related headlines under
a heading, a few linked headlines with no heading, a newsletter sign-up box
(a title, an offer, a form), a one-line "READ MORE:" link, a story card (a
linked picture, headline and blurb). Each dev page is extracted as it is and
again with one such box right after the article's second paragraph (found
from the ground truth as :mod:`bench.misnamed` finds the article's
paragraphs: a measuring stick, never an input of the extractor). A box is
small beside the article: a page "loses" when its F1 drops by more than
``--margin`` (0.02). Pages whose article has fewer than four paragraphs are
left out. The boxes' text is English whatever the page's language.

``--list`` names the tune pages each box made lose (held-out pages are
counted, never named). Run ``.venv/bin/python -m bench.midbody``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import lxml.html
from lxml import etree

from bench.extract import DEFAULT_SETS, EXTRACTORS, Page, load_pages, missing_truth, page_f1
from bench.misnamed import article_paragraphs
from bench.rewrite import edit_html
from bench.splits import TUNE, site_of, split_of

#: Other stories' headlines, as a box lists them.
HEADLINES = (
    "Council approves budget for the new school year after long debate",
    "Storm warning issued for the whole coast this weekend",
    "Local club signs two young players from its academy",
    "Market prices rise again as farmers blame fuel costs",
)
BLURB = (
    "A storm warning has been issued for the whole coast, with gusts of up to ninety "
    "kilometres an hour expected on Saturday."
)
#: The boxes, by name: markup a page sets between two paragraphs.
BOXES: dict[str, str] = {
    "related list": "<div><h4>Related</h4><ul>"
    + "".join(f"<li><a href='/s{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES))
    + "</ul></div>",
    "linked headlines": "<div>"
    + "".join(f"<p><a href='/s{i}'>{h}</a></p>" for i, h in enumerate(HEADLINES[:3]))
    + "</div>",
    "newsletter box": "<div><h3>Get the morning briefing</h3><p>The day's top stories in your "
    "inbox every morning, free.</p><form><input type='email' placeholder='Your email'>"
    "<button>Sign up</button></form></div>",
    "read-more line": f"<p><strong>READ MORE:</strong> <a href='/s0'>{HEADLINES[0]}</a></p>",
    "story card": f"<div><a href='/s1'><img src='/s1.jpg' alt=''><h3>{HEADLINES[1]}</h3>"
    f"<p>{BLURB}</p></a></div>",
}
#: A page loses to a box when its F1 drops by more than this.
MARGIN = 0.02
#: The article paragraph the box is set after (0-based), and the fewest
#: paragraphs a page's article must have.
AFTER = 1
MIN_PARAGRAPHS = 4


def with_box(page: Page, box: str) -> Page | None:
    """``page`` with ``box`` right after its article's paragraph ``AFTER``, or
    None when its article has fewer than ``MIN_PARAGRAPHS`` paragraphs."""
    fits = True

    def put(root: etree._Element) -> None:
        nonlocal fits
        found = article_paragraphs(root, page.truth)
        if len(found) < MIN_PARAGRAPHS:
            fits = False
            return
        anchor = found[AFTER]
        element = lxml.html.fragment_fromstring(box)
        anchor.addnext(element)
        element.tail, anchor.tail = anchor.tail, None  # the text after the paragraph stays after

    html = edit_html(page.html, put)
    if not fits:
        return None
    return Page(page.id, page.url, html, page.truth, page.set, page.split, page.meta)


def main(argv: list[str] | None = None) -> int:
    """Print, per extractor and box, the mean F1 change and the pages that lose."""
    parser = argparse.ArgumentParser(prog="bench.midbody", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--margin", type=float, default=MARGIN, help="F1 lost that counts")
    parser.add_argument("--list", action="store_true", help="name the tune pages that lose")
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.midbody"):
        return 2
    pages = [page for folder in args.sets for page in load_pages(folder)]
    tune = {p.id for p in pages if split_of(site_of(p.url, p.id)) == TUNE}
    boxed = {
        (label, p.id): changed
        for label, box in BOXES.items()
        for p in pages
        if (changed := with_box(p, box)) is not None
    }
    count = len({pid for _, pid in boxed})
    print(f"\n{count} pages with {MIN_PARAGRAPHS}+ article paragraphs, box after paragraph "
          f"{AFTER + 1}\n")  # fmt: skip
    print(f"| extractor | box | mean F1 | mean F1 as is | pages losing > {args.margin:.2f} |")
    print("|---|---|---|---|---|")
    for name, run in EXTRACTORS.items():
        as_is = {p.id: page_f1(p, run(p).text) for p in pages}
        for label in BOXES:
            scores = {
                pid: page_f1(page, run(page).text)
                for (box, pid), page in boxed.items()
                if box == label
            }
            lost = sorted(k for k, f1 in scores.items() if as_is[k] - f1 > args.margin)
            mean = statistics.mean(scores.values())
            before = statistics.mean(as_is[k] for k in scores)
            print(f"| {name} | {label} | {mean:.4f} | {before:.4f} | {len(lost)} |")
            named = [k[:28] for k in lost if k in tune]
            if args.list and named:
                print(f"|  |  | tune: {', '.join(named)} |  |  |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
