"""Real dirty text: what a recall-oriented extractor leaves in, cleaned, scored
against the hand-checked body.

For every page of ``aeb-dev`` and ``news-dev`` the input is
``trafilatura.extract(html, favor_recall=True, include_comments=False)`` (the
page's own related lists, promos, ad markers, credits and contact lines stay in
it) and the target is the page's ground-truth body. Scores are the shingle
precision/recall/F1 of ``bench.extract`` for the input as it is and after
``cleaners.clean_text``, per dev set, per split (``bench.splits``) and per
language group; the recall drop is what cleaning lost of the body, and the
ceiling what a perfect cleaner would score (it removes, it cannot add: the
input's recall and a precision of 1). ``--show`` prints a tune page's texts;
a held-out page is scored and never shown.

``--input wide`` gives a wider input instead (``bench.wide``): every block
line of the page's article column, as a careless scraper hands it over, with
far more of the page's furniture in it (share bars, tag lists, rails, boxes).

``--fold A|B`` keeps the tune pages of one of two fixed halves of the tune
sites (``fold_of``): a rule written while reading one fold is checked on the
other before any held-out figure is looked at.

``--reader-equivalent`` scores every text (input, target, output) in Unicode
NFC with soft hyphens (U+00AD) removed: a reader sees no difference, but the
benchmark's word tokens split a word at a combining mark or a soft hyphen,
and a few targets keep the page's decomposed letters or hyphenation hints
where the extractors and ``clean_text`` give composed, unhyphenated text. A
diagnostic of what the official scores count against that; the headline
figures are the official ones.

The extractions are cached in ``bench/out/realdirty-<set>-<maker>.json``
(the extractor's version in the file name): a rerun only cleans and scores.

Run: ``.venv/bin/python -m bench.realdirty [--input recall|wide] [--split S]
[--fold A|B] [--reader-equivalent] [--worst N] [--show ID]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import cleaners
from bench.dirty import table
from bench.extract import load_pages, missing_truth, precision_recall, tokens, tp_fp_fn
from bench.splits import SPLITS, TUNE, site_of, split_of

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
SETS = ("aeb-dev", "news-dev")
CACHE = Path(__file__).resolve().parent / "out"

#: Language groups reported apart (detected on the target body).
GROUPS: dict[str, frozenset[str]] = {
    "en": frozenset({"en"}),
    "germanic": frozenset({"de", "nl", "da", "nb", "no", "sv", "is", "af"}),
    "romance": frozenset({"fr", "es", "it", "pt", "ca", "ro", "gl"}),
    "slavic/baltic": frozenset({"pl", "cs", "sk", "ru", "uk", "bg", "sl", "sh", "lt", "lv", "mk"}),
    "cjk": frozenset({"ja", "zh", "ko"}),
}
OTHER_GROUP = "other"
#: The two inputs: trafilatura's recall text, and the article column's block lines.
INPUTS = ("recall", "wide")
#: The two halves of the tune sites.
FOLDS = ("A", "B")


def fold_of(site: str) -> str:
    """``A`` or ``B``: a fixed half of the sites, by a hash other than
    ``bench.splits``' (so each split has sites of both folds).

    >>> fold_of("example.co.uk") in FOLDS
    True
    """
    return FOLDS[zlib.adler32(site.encode("utf-8")) % 2]


@dataclass
class Case:
    """One page: the recall extraction (input), the target and where it belongs."""

    set: str
    id: str
    url: str
    source: str
    truth: str
    split: str
    group: str
    fold: str = ""


def group_of(text: str) -> str:
    """The language group of ``text`` (by ``cleaners.language``).

    >>> group_of("The police said that the man was in the car on Monday.")
    'en'
    """
    from cleaners.language import detect_language

    lang = detect_language(text) or ""
    return next((g for g, langs in GROUPS.items() if lang in langs), OTHER_GROUP)


def recall_extract(html: bytes, url: str) -> str:
    """The recall-oriented trafilatura text of one page ("" when it finds none)."""
    import trafilatura

    return trafilatura.extract(html, url=url, favor_recall=True, include_comments=False) or ""


def cache_name(folder: str, kind: str) -> str:
    """The cache file's name for ``folder``'s ``kind`` of input."""
    if kind == "wide":
        from bench.wide import VERSION

        return f"realdirty-{folder}-wide{VERSION}.json"
    import trafilatura

    return f"realdirty-{folder}-trafilatura{trafilatura.__version__}.json"


def load_cases(
    name: str, kind: str = "recall", folder: Path | None = None, cache: Path = CACHE
) -> list[Case]:
    """The cases of one dev set (``folder``, else the dev set ``name``) with
    ``kind`` of input, extracting (and caching) what is not cached yet."""
    folder = folder or BENCHMARKS / name
    cache.mkdir(parents=True, exist_ok=True)
    cache_file = cache / cache_name(folder.name, kind)
    cached: dict[str, str] = {}
    if cache_file.exists():
        cached = json.loads(cache_file.read_text("utf-8"))
    pages = load_pages(folder)
    missing = [p for p in pages if p.id not in cached]
    for page in missing:
        if kind == "wide":
            from bench.wide import wide_extract

            cached[page.id] = wide_extract(page.html, page.truth)
        else:
            cached[page.id] = recall_extract(page.html, page.url)
    if missing:
        cache_file.write_text(json.dumps(cached, ensure_ascii=False), "utf-8")
    cases = []
    for page in pages:
        site = site_of(page.url, page.id)
        cases.append(
            Case(folder.name, page.id, page.url, cached[page.id], page.truth, split_of(site),
                 group_of(page.truth), fold_of(site))
        )  # fmt: skip
    return cases


@dataclass
class Scores:
    """Averaged shingle scores of one method over some cases."""

    f1: float
    precision: float
    recall: float
    exact: float
    count: int


def as_read(text: str) -> str:
    """``text`` as a reader sees it: composed (NFC), without soft hyphens.

    >>> as_read("Su\u0308dtiroler Brenn\u00adpunkt") == "Südtiroler Brennpunkt"
    True
    """
    return unicodedata.normalize("NFC", text).replace("\u00ad", "")


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Scores of ``(truth, output)`` pairs, averaged as ``bench.extract`` does."""
    precisions, recalls, exact, count = [], [], 0, 0
    for truth, out in pairs:
        p, r = precision_recall(*tp_fp_fn(truth, out))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
        exact += tokens(truth) == tokens(out)
        count += 1
    prec = statistics.mean(precisions) if precisions else 0.0
    rec = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return Scores(f1, prec, rec, exact / count if count else 0.0, count)


def page_f1(truth: str, out: str) -> float:
    """One page's shingle F1."""
    p, r = precision_recall(*tp_fp_fn(truth, out))
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def rows_for(
    label: str, cases: list[Case], cleaned: dict[tuple[str, str], str]
) -> list[tuple[str, ...]]:
    """One table row: input and cleaned scores of ``cases`` and the recall drop."""
    if not cases:
        return []
    before = score((c.truth, c.source) for c in cases)
    after = score((c.truth, cleaned[c.set, c.id]) for c in cases)
    # what a perfect cleaner would score: it can remove, not add, so the
    # input's recall bounds it (precision 1, the input's recall)
    ceiling = 2 * before.recall / (1 + before.recall)
    return [
        (label, str(len(cases)), f"{before.f1:.4f}", f"{after.f1:.4f}", f"{ceiling:.4f}",
         f"{before.precision:.4f}", f"{after.precision:.4f}", f"{before.recall:.4f}",
         f"{after.recall:.4f}", f"{after.recall - before.recall:+.4f}", f"{after.exact:.1%}")
    ]  # fmt: skip


HEADER = (
    "set / part", "pages", "F1 input", "F1 cleaned", "F1 ceiling", "P input", "P cleaned",
    "R input", "R cleaned", "R drop", "exact cleaned",
)  # fmt: skip


def report(
    cases: list[Case], cleaned: dict[tuple[str, str], str], sets: Iterable[str] = SETS
) -> str:
    """The table: each dev set whole, by split and by language group."""
    rows: list[tuple[str, ...]] = [HEADER]
    for name in sets:
        mine = [c for c in cases if c.set == name]
        rows += rows_for(name, mine, cleaned)
        for split in SPLITS:
            rows += rows_for(f"  {split}", [c for c in mine if c.split == split], cleaned)
        for group in [*GROUPS, OTHER_GROUP]:
            rows += rows_for(f"  lang {group}", [c for c in mine if c.group == group], cleaned)
    return table(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the real-dirty table (and the worst pages)."""
    parser = argparse.ArgumentParser(prog="python -m bench.realdirty", description=__doc__)
    parser.add_argument("--worst", type=int, default=8, help="list the N worst cleaned pages")
    parser.add_argument("--show", action="append", default=[], help="print one tune page's texts")
    parser.add_argument("--split", choices=SPLITS, help="only this split's pages")
    parser.add_argument(
        "--fold", choices=FOLDS, help="only the tune pages of this half of the tune sites"
    )
    parser.add_argument(
        "--input", choices=INPUTS, default="recall",
        help="trafilatura's recall text, or the article column's block lines",
    )  # fmt: skip
    parser.add_argument(
        "--sets", type=Path, nargs="+", default=[BENCHMARKS / n for n in SETS],
        help="benchmark folders (html/ and ground-truth.json)",
    )  # fmt: skip
    parser.add_argument("--cache", type=Path, default=CACHE, help="where extractions are kept")
    parser.add_argument(
        "--reader-equivalent", action="store_true",
        help="score texts in NFC without soft hyphens (a diagnostic, not the official score)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.realdirty"):
        return 2
    cases = [c for f in args.sets for c in load_cases(f.name, args.input, f, args.cache)]
    if args.split:
        cases = [c for c in cases if c.split == args.split]
    if args.fold:
        cases = [c for c in cases if c.split == TUNE and c.fold == args.fold]
    clean: Callable[[str], str] = cleaners.clean_text
    cleaned = {(c.set, c.id): clean(c.source) for c in cases}
    if args.reader_equivalent:
        cases = [replace(c, source=as_read(c.source), truth=as_read(c.truth)) for c in cases]
        cleaned = {key: as_read(text) for key, text in cleaned.items()}
    what = "article column's block lines" if args.input == "wide" else "trafilatura favor_recall"
    print(f"{len(cases)} pages; input: {what}; target: hand-checked body")
    print(report(cases, cleaned, [f.name for f in args.sets]))
    if args.worst:
        print(f"\nworst {args.worst} cleaned pages (F1 input -> cleaned, split):")
        ranked = sorted(cases, key=lambda c: page_f1(c.truth, cleaned[c.set, c.id]))
        for c in ranked[: args.worst]:
            f_in, f_out = page_f1(c.truth, c.source), page_f1(c.truth, cleaned[c.set, c.id])
            print(f"  {f_in:.3f} -> {f_out:.3f} {c.split:7} {c.group:8} {c.set} {c.id[:40]}")
    for wanted in args.show:
        for c in cases:
            if c.id.startswith(wanted) and c.split != TUNE:
                # no rule is written while reading a held-out page
                print(f"\n=== {c.id}: a held-out page, not shown")
            elif c.id.startswith(wanted):
                print(f"\n=== {c.id} ({c.url})\n--- cleaned\n{cleaned[c.set, c.id]}")
                print(f"--- truth\n{c.truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
