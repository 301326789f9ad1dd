"""Real dirty text: what a recall-oriented extractor leaves in, cleaned, scored
against the hand-checked body.

For every page of ``aeb-dev`` and ``news-dev`` the input is
``trafilatura.extract(html, favor_recall=True, include_comments=False)`` (the
page's own related lists, promos, ad markers, credits and contact lines stay in
it) and the target is the page's ground-truth body. Scores are the shingle
precision/recall/F1 of ``bench.extract`` for the input as it is and after
``cleaners.clean_text``, per dev set, per split (``bench.splits``) and per
language group; the recall drop is what cleaning lost of the body.

The extractions are cached in ``bench/out/realdirty-<set>.json`` (trafilatura's
version in the file name): a rerun only cleans and scores.

Run: ``.venv/bin/python -m bench.realdirty [--worst N] [--show ID]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import cleaners
from bench.dirty import table
from bench.extract import load_pages, precision_recall, tokens, tp_fp_fn
from bench.splits import SPLITS, site_of, split_of

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


def load_cases(name: str) -> list[Case]:
    """The cases of one dev set, extracting (and caching) what is not cached yet."""
    import trafilatura

    CACHE.mkdir(parents=True, exist_ok=True)
    cache_file = CACHE / f"realdirty-{name}-trafilatura{trafilatura.__version__}.json"
    cached: dict[str, str] = {}
    if cache_file.exists():
        cached = json.loads(cache_file.read_text("utf-8"))
    pages = load_pages(BENCHMARKS / name)
    missing = [p for p in pages if p.id not in cached]
    for page in missing:
        cached[page.id] = recall_extract(page.html, page.url)
    if missing:
        cache_file.write_text(json.dumps(cached, ensure_ascii=False), "utf-8")
    cases = []
    for page in pages:
        site = site_of(page.url, page.id)
        cases.append(
            Case(name, page.id, page.url, cached[page.id], page.truth, split_of(site),
                 group_of(page.truth))
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
    return [
        (label, str(len(cases)), f"{before.f1:.4f}", f"{after.f1:.4f}",
         f"{before.precision:.4f}", f"{after.precision:.4f}", f"{before.recall:.4f}",
         f"{after.recall:.4f}", f"{after.recall - before.recall:+.4f}", f"{after.exact:.1%}")
    ]  # fmt: skip


HEADER = (
    "set / part", "pages", "F1 input", "F1 cleaned", "P input", "P cleaned", "R input",
    "R cleaned", "R drop", "exact cleaned",
)  # fmt: skip


def report(cases: list[Case], cleaned: dict[tuple[str, str], str]) -> str:
    """The table: each dev set whole, by split and by language group."""
    rows: list[tuple[str, ...]] = [HEADER]
    for name in SETS:
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
    parser.add_argument("--show", action="append", default=[], help="print one page's texts")
    parser.add_argument("--split", choices=SPLITS, help="only this split's pages")
    args = parser.parse_args(argv)
    cases = [c for name in SETS for c in load_cases(name)]
    if args.split:
        cases = [c for c in cases if c.split == args.split]
    clean: Callable[[str], str] = cleaners.clean_text
    cleaned = {(c.set, c.id): clean(c.source) for c in cases}
    print(f"{len(cases)} pages; input: trafilatura favor_recall; target: hand-checked body")
    print(report(cases, cleaned))
    if args.worst:
        print(f"\nworst {args.worst} cleaned pages (F1 input -> cleaned, split):")
        ranked = sorted(cases, key=lambda c: page_f1(c.truth, cleaned[c.set, c.id]))
        for c in ranked[: args.worst]:
            f_in, f_out = page_f1(c.truth, c.source), page_f1(c.truth, cleaned[c.set, c.id])
            print(f"  {f_in:.3f} -> {f_out:.3f} {c.split:7} {c.group:8} {c.set} {c.id[:40]}")
    for wanted in args.show:
        for c in cases:
            if c.id.startswith(wanted):
                print(f"\n=== {c.id} ({c.url})\n--- cleaned\n{cleaned[c.set, c.id]}")
                print(f"--- truth\n{c.truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
