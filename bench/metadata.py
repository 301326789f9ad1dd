"""Title, author and date agreement of ``scraper.extract`` alone: the metadata
part of :mod:`bench.extract`, without its timed rounds or trafilatura's body.

Run ``.venv/bin/python -m bench.metadata`` (``--help`` for options). Every page
of ``news-dev`` (or ``--sets``) is extracted once, untimed; a field is judged on
the pages whose ground truth has it, with :mod:`bench.extract`'s comparison
rules (title: casefolded tokens equal; authors: the sets of casefolded name
tokens equal; date: the same calendar day). Figures are printed for the set and
for each half of :mod:`bench.splits` (tune / heldout: trust the held-out half);
``--misses`` lists every page and field that disagrees, with both values;
``--trafilatura`` adds trafilatura's metadata for comparison (slower).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.extract import (
    AGREEMENT,
    BENCHMARKS,
    Page,
    Result,
    Score,
    agreement,
    load_pages,
    missing_truth,
    run_newsclean,
    trafilatura_metadata,
)
from bench.splits import HELDOUT, SPLITS, TUNE

DEFAULT_SETS = (BENCHMARKS / "news-dev",)


def extract_all(pages: list[Page], with_trafilatura: bool) -> dict[str, Score]:
    """Each page extracted once by newsclean (and trafilatura's metadata)."""
    scores = {"newsclean": Score("newsclean")}
    if with_trafilatura:
        scores["trafilatura"] = Score("trafilatura")
    for page in pages:
        scores["newsclean"].outputs[page.id] = run_newsclean(page)
        if with_trafilatura:
            result = Result("")
            trafilatura_metadata(page, result)
            scores["trafilatura"].outputs[page.id] = result
    return scores


def agreement_table(pages: list[Page], scores: dict[str, Score]) -> None:
    """Agreement per extractor and split, one row each."""
    parts = {"all": pages, **{s: [p for p in pages if p.split == s] for s in SPLITS}}
    print("| extractor | split | pages | title | authors | date |")
    print("|---|---|---|---|---|---|")
    for split, subset in parts.items():
        for name, score in scores.items():
            cells = [
                f"{hits / judged:.2f} ({hits}/{judged})" if judged else "-"
                for hits, judged in agreement(subset, score).values()
            ]
            print(f"| {name} | {split} | {len(subset)} | {' | '.join(cells)} |")


def misses(pages: list[Page], score: Score) -> list[tuple[Page, str, object, object]]:
    """Every (page, field, truth, ours) where ``score`` disagrees with the truth."""
    rows = []
    for page in pages:
        result = score.outputs[page.id]
        for key, (attr, same) in AGREEMENT.items():
            if key in page.meta and not same(page.meta[key], getattr(result, attr)):
                rows.append((page, key, page.meta[key], getattr(result, attr)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.metadata", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets", type=Path, nargs="+", default=list(DEFAULT_SETS), help="benchmark folders"
    )
    parser.add_argument(
        "--split", choices=(TUNE, HELDOUT, "all"), default="all", help="run one split only"
    )
    parser.add_argument("--misses", action="store_true", help="list every disagreeing field")
    parser.add_argument(
        "--trafilatura", action="store_true", help="also judge trafilatura's metadata"
    )
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.metadata"):
        return 2
    for folder in args.sets:
        pages = [p for p in load_pages(folder) if args.split in ("all", p.split) and p.meta]
        print(f"\n## {folder.name}: {len(pages)} pages with metadata\n")
        scores = extract_all(pages, args.trafilatura)
        agreement_table(pages, scores)
        if args.misses:
            print("\nmisses (newsclean):")
            for page, key, truth, ours in misses(pages, scores["newsclean"]):
                print(f"  {page.split:7} {page.id[:40]:40} {key:9} truth={truth!r} ours={ours!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
