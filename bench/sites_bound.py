"""What a site template could gain at most: the generic output's errors that
the site's other pages could give away.

Run ``.venv/bin/python -m bench.sites_bound`` (``--split heldout`` for the
other half, ``--show`` to list each page's lines, ``--transplant`` for the
five-page sites of :mod:`bench.transplant`, ``--template`` for what the
templated output still gets wrong). For every page of a site
with 2+ pages, the generic output (``scraper.extract`` for HTML, ``clean_text``
of the real-dirty text for text) is split into paragraphs and compared with
the ground truth:

- *extra*: an output paragraph whose shingles are mostly not in the truth;
- *missing*: a truth paragraph whose shingles are mostly not in the output.

An extra paragraph is *repeated* when the site's other pages hold the same
line (line key: case, punctuation and digits aside), *near* when they hold a
line sharing most of its words (names, numbers, dates aside), and *in a
shared block* when the element holding it on this page has a path found on
another page whose text there is not that page's article. The bound is the
F1 of the generic output with every such paragraph removed (an oracle: it
cannot remove more than what repeats); missing paragraphs are counted, not
added back.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable

from bench.extract import Page, Result, Score, load_pages, shingles
from bench.sites import AEB_DEV, NEWS_DEV, page_f1, sites_of
from bench.splits import TUNE

_WORD = re.compile(r"\w+")
#: A paragraph with less than this share of its shingles in the other text is not in it.
IN_SHARE = 0.5
#: Lines sharing this share of their words (the longer line's) are near-duplicates.
NEAR_SHARE = 0.6


def _in(paragraph: str, other: set[tuple[str, ...]], other_text: str) -> bool:
    sh = shingles(paragraph)
    if not sh:  # under four words: look for the words themselves
        words = " ".join(_WORD.findall(paragraph))
        return bool(words) and words in other_text
    return sum(n for s, n in sh.items() if s in other) >= IN_SHARE * sum(sh.values())


def errors(truth: str, output: str) -> tuple[list[str], list[str]]:
    """(extra, missing) paragraphs of ``output`` against ``truth``."""
    t_par = [p for p in truth.splitlines() if p.strip()]
    o_par = [p for p in output.splitlines() if p.strip()]
    t_sh, o_sh = set(shingles(truth)), set(shingles(output))
    t_words, o_words = " ".join(_WORD.findall(truth)), " ".join(_WORD.findall(output))
    extra = [p for p in o_par if not _in(p, t_sh, t_words)]
    missing = [p for p in t_par if not _in(p, o_sh, o_words)]
    return extra, missing


def _near(line: str, others: list[set[str]]) -> bool:
    words = set(_WORD.findall(line.casefold()))
    if not words:
        return False
    return any(len(words & other) >= NEAR_SHARE * max(len(words), len(other)) for other in others)


class SiteEvidence:
    """The other pages of a site, read as a template would read them."""

    def __init__(self, others: list[Page]) -> None:
        from cleaners.source import line_key
        from scraper.sites import page_lines, parse_page, short_path

        self.keys: set[str] = set()
        self.word_sets: list[set[str]] = []
        #: paths holding text that is not the other page's article
        self.off_paths: set[str] = set()
        for page in others:
            root = parse_page(page.html)
            truth_sh = set(shingles(page.truth))
            truth_words = " ".join(_WORD.findall(page.truth))
            for elem, line in page_lines(root):
                key = line_key(line)
                if key is None:
                    continue
                self.keys.add(key)
                self.word_sets.append(set(_WORD.findall(line.casefold())))
                if not _in(line, truth_sh, truth_words):
                    self.off_paths.add(short_path(elem))

    def kind(self, line: str, path: str | None) -> str:
        """How the other pages give ``line`` away: repeated, near, block or ''."""
        from cleaners.source import line_key

        if line_key(line) in self.keys:
            return "repeated"
        if _near(line, self.word_sets):
            return "near"
        if path is not None and path in self.off_paths:
            return "block"
        return ""


def _paths_of(page: Page) -> dict[str, str]:
    """Each line of the page (words joined) -> the short path of its element."""
    from scraper.sites import page_lines, parse_page, short_path

    out: dict[str, str] = {}
    for elem, line in page_lines(parse_page(page.html)):
        out.setdefault(" ".join(_WORD.findall(line)), short_path(elem))
    return out


def _path_for(paragraph: str, paths: dict[str, str]) -> str | None:
    words = " ".join(_WORD.findall(paragraph))
    if words in paths:
        return paths[words]
    for line, path in paths.items():  # the paragraph may join or split lines
        if words and (words in line or (line and line in words and len(line) > 20)):
            return path
    return None


def generic_html(pages: list[Page]) -> dict[str, str]:
    """The generic extraction of each page."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    out = {}
    for page in pages:
        try:
            out[page.id] = extract(page.html, url=page.url).text
        except NewscleanError:
            out[page.id] = ""
    return out


def generic_text(pages: list[Page]) -> dict[str, str]:
    """``clean_text`` of each page's real-dirty text."""
    import trafilatura

    from cleaners import clean_text

    out = {}
    for page in pages:
        dirty = trafilatura.extract(
            page.html, url=page.url, favor_recall=True, include_comments=False
        )
        out[page.id] = clean_text(dirty) if dirty and dirty.strip() else ""
    return out


def bound(
    groups: dict[str, list[Page]], run: Callable[[list[Page]], dict[str, str]], show: bool
) -> None:
    """Print the per-page errors and the bound table for one kind of output."""
    base, oracle = Score("generic"), Score("bound")
    counts = {"extra": 0, "repeated": 0, "near": 0, "block": 0, "missing": 0}
    rows = []
    pages_all: list[Page] = []
    for _site, pages in sorted(groups.items()):
        outputs = run(pages)
        for page in pages:
            ev = SiteEvidence([p for p in pages if p is not page])
            paths = _paths_of(page)
            extra, missing = errors(page.truth, outputs[page.id])
            kinds = {p: ev.kind(p, _path_for(p, paths)) for p in extra}
            gone = {p for p, k in kinds.items() if k}
            kept = [p for p in outputs[page.id].splitlines() if p not in gone]
            base.outputs[page.id] = Result(outputs[page.id])
            oracle.outputs[page.id] = Result("\n".join(kept))
            pages_all.append(page)
            counts["extra"] += len(extra)
            counts["missing"] += len(missing)
            for k in kinds.values():
                if k:
                    counts[k] += 1
            g, b = page_f1(page, outputs[page.id]), page_f1(page, "\n".join(kept))
            rows.append((b - g, page.id, g, b, kinds, missing))
    print("| pages | output F1 | bound F1 | extra | repeated | near | block | missing |")
    print("|---|---|---|---|---|---|---|---|")
    g1, b1 = base.metrics(pages_all)["f1"], oracle.metrics(pages_all)["f1"]
    print(
        f"| {len(pages_all)} | {g1:.3f} | {b1:.3f} | {counts['extra']} | {counts['repeated']} "
        f"| {counts['near']} | {counts['block']} | {counts['missing']} |"
    )
    for gain, pid, g, b, kinds, missing in sorted(rows, key=lambda r: -r[0]):
        if not show and gain < 0.005:
            continue
        print(f"\n{pid}: output {g:.3f}, bound {b:.3f}")
        for p, k in kinds.items():
            print(f"  extra [{k or '-'}] {p[:110]!r}")
        for p in missing:
            print(f"  missing {p[:110]!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the bound tables."""
    parser = argparse.ArgumentParser(prog="bench.sites_bound", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default=TUNE, choices=("tune", "heldout"))
    parser.add_argument("--part", choices=("html", "text", "both"), default="both")
    parser.add_argument("--show", action="store_true", help="list every page, not only gains")
    parser.add_argument(
        "--transplant", action="store_true", help="the five-page sites of bench.transplant"
    )
    parser.add_argument(
        "--template",
        action="store_true",
        help="bound the templated output (leave-one-out), not the generic one: what is left",
    )
    args = parser.parse_args(argv)
    news = load_pages(NEWS_DEV)
    if args.transplant:
        from bench.transplant import synthetic_sites

        groups = synthetic_sites(news)
    else:
        groups = {**sites_of(news), **sites_of(load_pages(AEB_DEV))}
    groups = {s: g for s, g in groups.items() if g[0].split == args.split}
    html_run: Callable[[list[Page]], dict[str, str]] = generic_html
    text_run: Callable[[list[Page]], dict[str, str]] = generic_text
    if args.template:
        from bench.sites import html_runs, text_runs

        html_run, text_run = (lambda p: html_runs(p)[1]), (lambda p: text_runs(p)[1])
    which = "with template" if args.template else "generic"
    if args.part in ("html", "both"):
        print(f"\nHTML ({args.split}, {which})\n")
        bound(groups, html_run, args.show)
    if args.part in ("text", "both"):
        print(f"\nText ({args.split}, {which}): clean_text(real-dirty)\n")
        bound(groups, text_run, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
