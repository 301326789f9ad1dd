"""Harmlessness: what cleaning takes out of text that is already a clean article.

For every page of ``aeb-dev`` and ``news-dev`` the input is the page's
hand-checked body itself (a clean article, in 20+ languages) and
``cleaners.clean`` runs the default chain on it. Nothing in such a text is
boilerplate, so every removal is a false positive of some cleaner, found
without any generator of dirt: the bench names the cleaner, how often it
struck and how much text it took.

One removal is counted apart: ``extract_title`` moving the first paragraph
into ``title`` (column "headline moved"). The bodies start with a standfirst,
which a text without its headline gives no way to tell from a headline, so
that move is honest; the recall is shown both with it ("R kept") and with the
moved headline given back ("R no headline"). The target is the body after
``fix_unicode`` and ``normalize_whitespace`` (they repair the decomposed
accents and soft hyphens that some bodies hold), so a repair is not counted as
damage.

Scores are the shingle recall of ``bench.extract`` (the output against the
body) and the share of pages whose words come out unchanged, per dev set, per
split (``bench.splits``) and per language group (``bench.realdirty``).

Run: ``.venv/bin/python -m bench.harmless [--split tune|heldout] [--worst N] [--show ID]``
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cleaners
from bench.dirty import table
from bench.extract import load_pages, missing_truth, precision_recall, tokens, tp_fp_fn
from bench.realdirty import BENCHMARKS, GROUPS, OTHER_GROUP, SETS, Case, group_of, score
from bench.splits import SPLITS
from cleaners import Chain, Change

#: Where a probe splits a paragraph into sentences: an end mark, then a capital
#: or an opening quotation mark (a rough split: a probe only needs plausible lines).
SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+(?=[A-ZÀ-ÞА-Я„“”\"«])")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (split at blank lines)."""
    return [p for p in text.split("\n\n") if p.strip()]


def one_sentence_a_line(text: str) -> str:
    """``text`` with every sentence a paragraph of its own, as pages that put
    each sentence in its own block are extracted.

    >>> one_sentence_a_line("He came. She left.\\n\\nIt rained.").split("\\n\\n")
    ['He came.', 'She left.', 'It rained.']
    """
    return "\n\n".join(s for p in paragraphs(text) for s in SENTENCE_END.split(p))


def reversed_order(text: str) -> str:
    """``text`` with its paragraphs in reverse order: the opening paragraphs
    stand at the end, where tail cleaners look."""
    return "\n\n".join(reversed(paragraphs(text)))


#: Paragraphs a short article keeps (``short``): a brief, as agencies file them.
SHORT_PARAGRAPHS = 4


def short_article(text: str) -> str:
    """The first :data:`SHORT_PARAGRAPHS` paragraphs of ``text``: a short
    article, whose few lines give the cleaners little vocabulary to compare.

    >>> short_article("A.\\n\\nB.\\n\\nC.\\n\\nD.\\n\\nE.")
    'A.\\n\\nB.\\n\\nC.\\n\\nD.'
    """
    return "\n\n".join(paragraphs(text)[:SHORT_PARAGRAPHS])


#: The inputs made of a clean body: the body itself and the probes, each still
#: all article text, in other shapes the cleaners must leave alone too.
VARIANTS: dict[str, Callable[[str], str]] = {
    "body": lambda text: text,
    "sentences": one_sentence_a_line,
    "reversed": reversed_order,
    "short": short_article,
}

#: The cleaners whose repairs the target already holds (see the docstring).
REPAIRS = ("fix_unicode", "normalize_whitespace")


def truth_cases(folder: Path) -> list[Case]:
    """The pages of one dev-set folder, with the ground-truth body as the input."""
    return [
        Case(folder.name, p.id, p.url, p.truth, p.truth, p.split, group_of(p.truth))
        for p in load_pages(folder)
    ]


@dataclass
class Outcome:
    """What cleaning did to one clean body."""

    case: Case
    target: str  # the body after fix_unicode
    text: str  # the cleaned body
    headline: str  # the first paragraph moved to ``title`` ("" when none was)
    removals: list[Change] = field(default_factory=list)

    @property
    def given_back(self) -> str:
        """The cleaned body with the moved headline put back on top."""
        return f"{self.headline}\n\n{self.text}" if self.headline else self.text


def lost_words(change: Change) -> bool:
    """Whether ``change`` took words out of the body (a removal, a move out of
    it, or a replacement by fewer words).

    >>> lost_words(Change("drop_promos", "remove", "Subscribe now", 0))
    True
    >>> lost_words(Change("normalize_whitespace", "replace", "a  b", 0, "a b"))
    False
    """
    if change.action in ("remove", "move"):
        return bool(tokens(change.text))
    if change.action == "replace":
        return len(tokens(change.text)) > len(tokens(change.replacement))
    return False


def lost_chars(change: Change) -> int:
    """How many characters ``change`` took out of the body."""
    return max(0, len(change.text) - len(change.replacement))


def is_headline_move(change: Change) -> bool:
    """Whether ``change`` is ``extract_title`` taking the first paragraph."""
    return change.cleaner == "extract_title" and change.target == "title" and change.position == 0


def run(case: Case, repair: Chain, variant: str = "body") -> Outcome:
    """Clean ``case``'s body (made into ``variant``) and sort what was taken out of it."""
    text = VARIANTS[variant](case.truth)
    target = cleaners.clean(text, repair).text
    article = cleaners.clean(text)
    headline, removals = "", []
    for change in article.changes:
        if change.cleaner in REPAIRS or not lost_words(change):
            continue
        if is_headline_move(change) and not headline:
            headline = change.text
        else:
            removals.append(change)
    return Outcome(case, target, article.text, headline, removals)


def recall(target: str, out: str) -> float:
    """The shingle recall of ``out`` against ``target``."""
    return precision_recall(*tp_fp_fn(target, out))[1] or 0.0


def rows_for(label: str, outcomes: list[Outcome]) -> list[tuple[str, ...]]:
    """One row of the main table."""
    if not outcomes:
        return []
    kept = score((o.target, o.text) for o in outcomes)
    back = score((o.target, o.given_back) for o in outcomes)
    moved = sum(bool(o.headline) for o in outcomes)
    hit = [o for o in outcomes if o.removals]
    count = sum(len(o.removals) for o in outcomes)
    chars = sum(lost_chars(c) for o in outcomes for c in o.removals)
    return [
        (label, str(len(outcomes)), f"{kept.recall:.4f}", f"{back.recall:.4f}",
         f"{back.exact:.1%}", str(moved), str(len(hit)), str(count), str(chars))
    ]  # fmt: skip


HEADER = (
    "set / part", "pages", "R kept", "R no headline", "unchanged", "headline moved",
    "pages hit", "removals", "chars removed",
)  # fmt: skip


def report(outcomes: list[Outcome], sets: list[str]) -> str:
    """The main table: each dev set whole, by split and by language group."""
    rows: list[tuple[str, ...]] = [HEADER]
    for name in sets:
        mine = [o for o in outcomes if o.case.set == name]
        rows += rows_for(name, mine)
        for split in SPLITS:
            rows += rows_for(f"  {split}", [o for o in mine if o.case.split == split])
        for group in [*GROUPS, OTHER_GROUP]:
            rows += rows_for(f"  lang {group}", [o for o in mine if o.case.group == group])
    return table(rows)


def by_cleaner(outcomes: list[Outcome], sets: list[str]) -> str:
    """Removals per cleaner (count / characters), per dev set and split."""
    parts = [(n, s) for n in sets for s in SPLITS]
    counts: Counter[tuple[str, str, str]] = Counter()
    chars: Counter[tuple[str, str, str]] = Counter()
    for o in outcomes:
        for c in o.removals:
            counts[c.cleaner, o.case.set, o.case.split] += 1
            chars[c.cleaner, o.case.set, o.case.split] += lost_chars(c)
    names = sorted({k[0] for k in counts}, key=lambda n: -sum(chars[n, *p] for p in parts))
    moved = {p: sum(bool(o.headline) for o in outcomes if (o.case.set, o.case.split) == p)
             for p in parts}  # fmt: skip
    rows: list[tuple[str, ...]] = [("cleaner", "", *(f"{n} {s}" for n, s in parts))]
    rows.append(("extract_title", "headline", *(f"{moved[p]} pages" for p in parts)))
    for name in names:
        rows.append((name, "removed", *(f"{counts[name, *p]} / {chars[name, *p]}" for p in parts)))
    return table(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the harmlessness tables (and the pages losing most)."""
    parser = argparse.ArgumentParser(prog="python -m bench.harmless", description=__doc__)
    parser.add_argument("--split", choices=SPLITS, help="only this split's pages")
    parser.add_argument(
        "--variant", choices=VARIANTS, default="body", help="the body as is, or a probe made of it"
    )
    parser.add_argument("--worst", type=int, default=8, help="list the N pages losing most")
    parser.add_argument("--show", action="append", default=[], help="print one page's removals")
    parser.add_argument(
        "--sets", type=Path, nargs="+", default=[BENCHMARKS / n for n in SETS],
        help="benchmark folders (html/ and ground-truth.json)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.harmless"):
        return 2
    cases = [c for folder in args.sets for c in truth_cases(folder)]
    if args.split:
        cases = [c for c in cases if c.split == args.split]
    repair = Chain.default(only=REPAIRS)
    outcomes = [run(c, repair, args.variant) for c in cases]
    what = "the hand-checked body" + ("" if args.variant == "body" else f" ({args.variant})")
    print(f"{len(cases)} pages; input: {what}; every removal is a false positive")
    print("(R kept: recall of the cleaned body; R no headline: with the moved headline given back)")
    names = [folder.name for folder in args.sets]
    print(report(outcomes, names))
    print("\nremovals per cleaner (count / characters):")
    print(by_cleaner(outcomes, names))
    if args.worst:
        print(f"\n{args.worst} pages losing most (R no headline, split, removals):")
        hit = [o for o in outcomes if o.removals]
        for o in sorted(hit, key=lambda o: recall(o.target, o.given_back))[: args.worst]:
            who = ",".join(sorted({c.cleaner for c in o.removals}))
            case = o.case
            print(f"  {recall(o.target, o.given_back):.3f} {case.split:7} {case.group:8} "
                  f"{case.set} {case.id[:40]} {who}")  # fmt: skip
    for wanted in args.show:
        for o in outcomes:
            if o.case.id.startswith(wanted):
                print(f"\n=== {o.case.id} ({o.case.split}, {o.case.group})")
                if o.headline:
                    print(f"  headline moved: {o.headline[:100]!r}")
                for c in o.removals:
                    print(f"  {c.describe()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
