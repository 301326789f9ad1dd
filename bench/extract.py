"""Benchmark ``scraper.extract`` against plain ``trafilatura.extract`` on the
dev half of the article-extraction benchmark.

Run ``.venv/bin/python -m bench.extract`` (``--help`` for options). Scoring
follows the benchmark's README: tokens are ``\\w+`` runs, shingles are 4
consecutive tokens counted as multisets; per page TP/FP/FN are normalised by
their sum; precision and recall are averaged over pages and F1 is computed from
the two averages. Accuracy is the share of pages whose token sequence equals the
ground truth. Both extractors run on the same pages in the same process, after a
warm-up, in alternating rounds; the time ratio is ours over trafilatura's, in
wall-clock time and in this process's CPU time (the latter is what to trust on
a machine other jobs are loading).
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "aeb-dev"
TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass
class Page:
    """One benchmark page: its id, URL, HTML bytes and ground-truth body."""

    id: str
    url: str
    html: bytes
    truth: str


def load_pages(folder: Path) -> list[Page]:
    """The pages of a benchmark folder (``html/<id>.html.gz`` + ``ground-truth.json``)."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(Page(page_id, item["url"], html, item["articleBody"]))
    return pages


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


@dataclass
class Score:
    """Per-page results of one extractor."""

    name: str
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    errors: int = 0

    def metrics(self, pages: list[Page]) -> dict[str, float]:
        """F1, precision, recall and accuracy over ``pages``."""
        precisions, recalls, exact = [], [], 0
        for page in pages:
            pred = self.outputs.get(page.id, "")
            p, r = precision_recall(*tp_fp_fn(page.truth, pred))
            if p is not None:
                precisions.append(p)
            if r is not None:
                recalls.append(r)
            exact += tokens(page.truth) == tokens(pred)
        prec = statistics.mean(precisions) if precisions else 0.0
        rec = statistics.mean(recalls) if recalls else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"f1": f1, "precision": prec, "recall": rec, "accuracy": exact / len(pages)}


def run_newsclean(page: Page) -> str:
    """``scraper.extract`` body text (the title is not part of the scored body)."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    try:
        return extract(page.html, url=page.url).text
    except NewscleanError:
        return ""


def run_newsclean_unchained(page: Page) -> str:
    """``scraper.extract`` with an empty cleaner chain: the extraction's own share."""
    from cleaners.chain import Chain
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    try:
        return extract(page.html, url=page.url, chain=Chain([])).text
    except NewscleanError:
        return ""


def run_trafilatura(page: Page) -> str:
    """Plain ``trafilatura.extract`` with its default options."""
    import trafilatura

    return trafilatura.extract(page.html, url=page.url) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {
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


def worst(pages: list[Page], score: Score, count: int) -> list[tuple[float, float, Page]]:
    """The ``count`` pages with the lowest F1 for one extractor."""
    rows = []
    for page in pages:
        p, r = precision_recall(*tp_fp_fn(page.truth, score.outputs.get(page.id, "")))
        p, r = p or 0.0, r or 0.0
        rows.append((p, r, page))
    rows.sort(key=lambda row: 2 * row[0] * row[1] / (row[0] + row[1] or 1))
    return rows[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.extract", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="benchmark folder")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (alternating)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also time scraper.extract with an empty cleaner chain (extraction only)",
    )
    args = parser.parse_args(argv)
    if args.breakdown:
        EXTRACTORS["newsclean, no chain"] = run_newsclean_unchained

    pages = load_pages(args.dir)
    if args.limit:
        pages = pages[: args.limit]
    names = list(EXTRACTORS)
    scores = {name: Score(name) for name in names}
    # warm-up, not timed: one full pass of each extractor, so imports, lazily
    # loaded word lists (one per language met) and caches are in place
    for name in names:
        for page in pages:
            EXTRACTORS[name](page)
    for i in range(args.rounds):
        run_round(scores, pages, names if i % 2 == 0 else names[::-1])

    print(f"{len(pages)} pages, {args.rounds} alternating rounds after a full warm-up pass")
    print()
    print("| extractor | F1 | precision | recall | accuracy | wall s/round | CPU s/round |")
    print("|---|---|---|---|---|---|---|")
    for name in names:
        m = scores[name].metrics(pages)
        secs = statistics.median(scores[name].seconds)
        cpu = statistics.median(scores[name].cpu_seconds)
        print(
            f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} "
            f"| {m['accuracy']:.3f} | {secs:.2f} | {cpu:.2f} |"
        )
    ref_metrics = scores["trafilatura"].metrics(pages)
    ref_time = sum(scores["trafilatura"].seconds)
    ref_cpu = sum(scores["trafilatura"].cpu_seconds)
    print()
    for name in names:
        if name == "trafilatura":
            continue
        gain = scores[name].metrics(pages)["f1"] - ref_metrics["f1"]
        ratio = sum(scores[name].seconds) / ref_time
        cpu_ratio = sum(scores[name].cpu_seconds) / ref_cpu
        per_round = statistics.median(
            a / b for a, b in zip(scores[name].seconds, scores["trafilatura"].seconds, strict=True)
        )
        print(
            f"{name}: F1 gain over trafilatura {gain:+.3f}, "
            f"time ratio {ratio:.2f} wall, {cpu_ratio:.2f} CPU (totals over all rounds), "
            f"{per_round:.2f} wall (median of rounds)"
        )
    if args.worst:
        for name in names:
            print(f"\nworst pages, {name}:")
            for p, r, page in worst(pages, scores[name], args.worst):
                print(f"  P={p:.3f} R={r:.3f} {page.id[:12]} {page.url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
