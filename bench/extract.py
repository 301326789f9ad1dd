"""Benchmark ``scraper.extract`` against plain ``trafilatura.extract`` on the
dev sets (``aeb-dev`` and ``news-dev`` by default), per set and per split.

Run ``.venv/bin/python -m bench.extract`` (``--help`` for options). Scoring
follows the benchmarks' README: tokens are ``\\w+`` runs, shingles are 4
consecutive tokens counted as multisets; per page TP/FP/FN are normalised by
their sum; precision and recall are averaged over pages and F1 is computed from
the two averages. Accuracy is the share of pages whose token sequence equals the
ground truth. Figures are given for each set as a whole and for each half of
:mod:`bench.splits` (tune / heldout: trust the held-out half). Where a set's
ground truth has titles, authors and dates, their agreement is reported for
both extractors. Every page where newsclean is more than ``--guard`` F1 below
trafilatura is listed (the per-page guard).

Both extractors run on the same pages in the same process, after a warm-up,
in alternating rounds; the time ratio is ours (with the cleaner chain) over
trafilatura's default, in this process's CPU time (what to trust on a machine
other jobs are loading) and in wall-clock time. ``--rounds 0`` skips timing:
one untimed pass, for quick quality checks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.splits import HELDOUT, SPLITS, TUNE, site_of, split_of

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
DEFAULT_SETS = (BENCHMARKS / "aeb-dev", BENCHMARKS / "news-dev")
#: newsclean more than this F1 below trafilatura on a page fails the guard.
GUARD = 0.10
TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass
class Page:
    """One benchmark page: its id, URL, HTML bytes, ground-truth body, the set
    and split it belongs to, and ground-truth metadata where the set has it."""

    id: str
    url: str
    html: bytes
    truth: str
    set: str = ""
    split: str = TUNE
    meta: dict[str, object] = field(default_factory=dict)


def load_pages(folder: Path) -> list[Page]:
    """The pages of a benchmark folder (``html/<id>.html.gz`` + ``ground-truth.json``)."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        meta = {k: item[k] for k in ("title", "authors", "published") if item.get(k)}
        split = split_of(site_of(item["url"], page_id))
        pages.append(
            Page(page_id, item["url"], html, item["articleBody"], folder.name, split, meta)
        )
    return pages


def missing_truth(folders: Iterable[Path], prog: str) -> bool:
    """Whether a folder lacks ``ground-truth.json``; the first such one is named
    on stderr in one line, as every bench's usage error is (exit code 2)."""
    for folder in folders:
        if not (folder / "ground-truth.json").is_file():
            print(f"{prog}: no ground-truth.json in {folder}", file=sys.stderr)
            return True
    return False


def select_pages(folders: Iterable[Path], limit: int, split: str) -> dict[str, list[Page]]:
    """Each folder's pages by its name: the first ``limit`` (0: all), of ``split``
    (``"all"``: both halves)."""
    sets = {}
    for folder in folders:
        pages = load_pages(folder)[: limit or None]
        sets[folder.name] = [p for p in pages if split in ("all", p.split)]
    return sets


def tokens(text: str) -> list[str]:
    """Benchmark tokens.

    >>> tokens("It's 4-gram time.")
    ['It', 's', '4', 'gram', 'time']
    """
    return TOKEN.findall(text or "")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles (a short text is one shingle).

    >>> sorted(shingles("a b c", 2).items())
    [(('a', 'b'), 1), (('b', 'c'), 1)]
    """
    toks = tokens(text)
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    """Normalised true positives, false positives and false negatives.

    >>> tp_fp_fn("one two three four five", "one two three four")
    (0.5, 0.0, 0.5)
    """
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def precision_recall(tp: float, fp: float, fn: float) -> tuple[float | None, float | None]:
    """Per-page precision and recall as the benchmark defines them; None where the
    page does not count (no predicted shingle for precision, no true one for recall).

    >>> precision_recall(0.0, 0.0, 1.0)
    (None, 0.0)
    """

    def score(part: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == part == 0 else tp / (tp + part))

    precision = score(fp) if tp + fp > 0 else None
    recall = score(fn) if tp + fn > 0 else None
    return precision, recall


def page_f1(page: Page, pred: str) -> float:
    """One page's F1 (a page without predicted or true shingles scores 0).

    >>> page_f1(Page("x", "", b"", "one two three four five"), "one two three four")
    0.6666666666666666
    """
    p, r = precision_recall(*tp_fp_fn(page.truth, pred))
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    """What an extractor gave for one page: body text and metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None


@dataclass
class Score:
    """Per-page results of one extractor."""

    name: str
    outputs: dict[str, Result] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)

    def text(self, page: Page) -> str:
        """The body this extractor gave for ``page`` ("" when none)."""
        result = self.outputs.get(page.id)
        return result.text if result else ""

    def metrics(self, pages: list[Page]) -> dict[str, float]:
        """F1, precision, recall and accuracy over ``pages``."""
        precisions, recalls, exact = [], [], 0
        for page in pages:
            pred = self.text(page)
            p, r = precision_recall(*tp_fp_fn(page.truth, pred))
            if p is not None:
                precisions.append(p)
            if r is not None:
                recalls.append(r)
            exact += tokens(page.truth) == tokens(pred)
        prec = statistics.mean(precisions) if precisions else 0.0
        rec = statistics.mean(recalls) if recalls else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {
            "f1": f1,
            "precision": prec,
            "recall": rec,
            "accuracy": exact / len(pages) if pages else 0.0,
        }


def _words(text: object) -> list[str]:
    return tokens(str(text or "").casefold())


def same_title(truth: object, pred: str | None) -> bool:
    """Titles agree when their casefolded tokens are equal.

    >>> same_title("Storm hits: coast", "storm hits coast")
    True
    """
    return bool(pred) and _words(truth) == _words(pred)


def same_authors(truth: object, pred: str | None) -> bool:
    """Authors agree when the sets of casefolded name tokens are equal.

    >>> same_authors(["Ann Lee", "Bo Ek"], "Bo Ek, Ann Lee")
    True
    """
    names = truth if isinstance(truth, list) else [truth]
    return bool(pred) and set(_words(" ".join(map(str, names)))) == set(_words(pred))


def same_date(truth: object, pred: str | None) -> bool:
    """Dates agree on the calendar day (the first ten characters, ISO 8601).

    >>> same_date("2024-01-07 01:20:00+00:00", "2024-01-07T01:20")
    True
    """
    return bool(pred) and str(truth)[:10] == str(pred)[:10]


AGREEMENT: dict[str, tuple[str, Callable[[object, str | None], bool]]] = {
    "title": ("title", same_title),
    "authors": ("author", same_authors),
    "published": ("published", same_date),
}


def agreement(pages: list[Page], score: Score) -> dict[str, tuple[int, int]]:
    """Per metadata field: (pages that agree, pages whose truth has the field)."""
    out = {}
    for key, (attr, same) in AGREEMENT.items():
        judged = [p for p in pages if key in p.meta]
        hits = sum(
            bool(p.id in score.outputs and same(p.meta[key], getattr(score.outputs[p.id], attr)))
            for p in judged
        )
        out[key] = (hits, len(judged))
    return out


def run_newsclean(page: Page) -> Result:
    """``scraper.extract``: body text (the title is not part of the scored body)
    and metadata."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    try:
        a = extract(page.html, url=page.url)
    except NewscleanError:
        return Result("")
    return Result(a.text, a.title, a.author, a.published)


def run_newsclean_unchained(page: Page) -> Result:
    """``scraper.extract`` with an empty cleaner chain: the extraction's own share."""
    from cleaners.chain import Chain
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    try:
        return Result(extract(page.html, url=page.url, chain=Chain([])).text)
    except NewscleanError:
        return Result("")


def run_trafilatura(page: Page) -> Result:
    """Plain ``trafilatura.extract`` with its default options."""
    import trafilatura

    return Result(trafilatura.extract(page.html, url=page.url) or "")


def trafilatura_metadata(page: Page, result: Result) -> None:
    """Fill ``result``'s metadata from trafilatura's own (untimed: the timed
    run is its default ``extract``, which returns text only)."""
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    result.title = getattr(doc, "title", None)
    result.author = getattr(doc, "author", None)
    result.published = getattr(doc, "date", None)


EXTRACTORS: dict[str, Callable[[Page], Result]] = {
    "newsclean": run_newsclean,
    "trafilatura": run_trafilatura,
}


def run_round(scores: dict[str, Score], pages: list[Page], order: list[str]) -> None:
    """One timed pass of every extractor over every page."""
    for name in order:
        fn, score = EXTRACTORS[name], scores[name]
        start, cpu_start = time.perf_counter(), time.process_time()
        for page in pages:
            score.outputs[page.id] = fn(page)
        score.seconds.append(time.perf_counter() - start)
        score.cpu_seconds.append(time.process_time() - cpu_start)


def worst(pages: list[Page], score: Score, count: int) -> list[tuple[float, Page]]:
    """The ``count`` pages with the lowest F1 for one extractor."""
    rows = sorted(((page_f1(p, score.text(p)), p) for p in pages), key=lambda row: row[0])
    return rows[:count]


def guard_failures(
    pages: list[Page], ours: Score, reference: Score, margin: float = GUARD
) -> list[tuple[float, float, Page]]:
    """Pages where ``ours`` is more than ``margin`` F1 below ``reference``."""
    rows = []
    for page in pages:
        mine, theirs = page_f1(page, ours.text(page)), page_f1(page, reference.text(page))
        if mine < theirs - margin:
            rows.append((mine, theirs, page))
    return sorted(rows, key=lambda row: row[0] - row[1])


def quality_table(name: str, pages: list[Page], scores: dict[str, Score]) -> None:
    """F1/P/R/accuracy per extractor, for the set and each split."""
    parts = {"all": pages, **{s: [p for p in pages if p.split == s] for s in SPLITS}}
    sizes = ", ".join(f"{len(v)} {k}" for k, v in parts.items() if k != "all")
    print(f"\n## {name}: {len(pages)} pages ({sizes})\n")
    print("| extractor | split | F1 | precision | recall | accuracy |")
    print("|---|---|---|---|---|---|")
    for split, subset in parts.items():
        if not subset:
            continue
        for ext, score in scores.items():
            m = score.metrics(subset)
            print(
                f"| {ext} | {split} | {m['f1']:.3f} | {m['precision']:.3f} "
                f"| {m['recall']:.3f} | {m['accuracy']:.3f} |"
            )
    ref = scores["trafilatura"]
    for ext, score in scores.items():
        if ext == "trafilatura":
            continue
        gains = [
            f"{split} {score.metrics(sub)['f1'] - ref.metrics(sub)['f1']:+.3f}"
            for split, sub in parts.items()
            if sub
        ]
        print(f"\n{ext} F1 minus trafilatura's: {', '.join(gains)}")


def metadata_table(pages: list[Page], scores: dict[str, Score]) -> None:
    """Title, author and date agreement with the ground truth, where it has them."""
    if not any(p.meta for p in pages):
        return
    print("\n| extractor | title | authors | date |")
    print("|---|---|---|---|")
    for ext in ("newsclean", "trafilatura"):
        cells = []
        for hits, judged in agreement(pages, scores[ext]).values():
            cells.append(f"{hits / judged:.2f} ({hits}/{judged})" if judged else "-")
        print(f"| {ext} | {' | '.join(cells)} |")


def time_table(pages: list[Page], scores: dict[str, Score], rounds: int) -> None:
    """Seconds per round per extractor, and each one's ratio to trafilatura's."""
    print(f"\n## time: {len(pages)} pages, {rounds} alternating rounds after a warm-up pass\n")
    print("| extractor | CPU s/round | wall s/round | CPU ratio | wall ratio |")
    print("|---|---|---|---|---|")
    ref = scores["trafilatura"]
    for ext, score in scores.items():
        cpu_ratio = sum(score.cpu_seconds) / sum(ref.cpu_seconds)
        wall_ratio = sum(score.seconds) / sum(ref.seconds)
        print(
            f"| {ext} | {statistics.median(score.cpu_seconds):.2f} "
            f"| {statistics.median(score.seconds):.2f} | {cpu_ratio:.2f} | {wall_ratio:.2f} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.extract", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sets", type=Path, nargs="+", default=list(DEFAULT_SETS), help="benchmark folders"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed rounds (alternating); 0: one untimed pass"
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages of a set")
    parser.add_argument(
        "--split", choices=(TUNE, HELDOUT, "all"), default="all", help="run one split only"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--guard", type=float, default=GUARD, help="per-page guard margin (F1)")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time scraper.extract with an empty cleaner chain (extraction only)",
    )
    parser.add_argument(
        "--dump", type=Path, help="write every page's outputs and F1 to this JSON file"
    )
    args = parser.parse_args(argv)
    if args.breakdown:
        EXTRACTORS["newsclean, no chain"] = run_newsclean_unchained
    if missing_truth(args.sets, "bench.extract"):
        return 2
    sets = select_pages(args.sets, args.limit, args.split)
    everything = [p for pages in sets.values() for p in pages]
    names = list(EXTRACTORS)
    scores = {name: Score(name) for name in names}
    if args.rounds > 0:
        # warm-up, not timed: one full pass of each extractor, so imports, lazily
        # loaded word lists (one per language met) and caches are in place
        for name in names:
            for page in everything:
                EXTRACTORS[name](page)
    for i in range(max(1, args.rounds)):
        run_round(scores, everything, names if i % 2 == 0 else names[::-1])
    for page in everything:
        if page.meta:
            trafilatura_metadata(page, scores["trafilatura"].outputs[page.id])

    for set_name, pages in sets.items():
        quality_table(set_name, pages, scores)
        metadata_table(pages, scores)
        failures = guard_failures(pages, scores["newsclean"], scores["trafilatura"], args.guard)
        print(
            f"\npages where newsclean is more than {args.guard:.2f} F1 below trafilatura: ", end=""
        )
        print(len(failures))
        for mine, theirs, page in failures:
            print(f"  {mine:.3f} vs {theirs:.3f} {page.split:7} {page.id[:40]} {page.url[:80]}")
        if args.worst:
            for name in names:
                print(f"\nworst pages, {name}:")
                for f1, page in worst(pages, scores[name], args.worst):
                    print(f"  F1={f1:.3f} {page.split:7} {page.id[:40]} {page.url[:80]}")
    if args.rounds > 0:
        time_table(everything, scores, args.rounds)
    if args.dump:
        rows = {
            p.id: {
                "set": p.set,
                "split": p.split,
                **{n: {"f1": page_f1(p, s.text(p)), "text": s.text(p)} for n, s in scores.items()},
            }
            for p in everything
        }
        args.dump.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
