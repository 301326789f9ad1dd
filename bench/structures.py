"""The article's own structures: lists, tables and voices that are the
article's, in 17-19 languages, alone and with another stories' block after them.

A cleaner that removes related lists by their shape (short lines, bullets,
one subject per line, a heading over them) risks taking the article's own
lists with them: a timeline, key points, advice, sports results, an
interview's questions, reactions, an explainer's numbered sections, a fact
box, a live blog's posts. Each case in ``bench/data/structures/<set>/``
is an invented news article holding one such structure (``article``: its lines as they should
survive cleaning) and a block of other stories' headlines the same site
would set below it (``tail``). The cases were written for this bench, each
natively in its language, not taken from any page.

A live blog's post time alone on its line ("14:32", "22h54") counts neither
way (:attr:`Case.required`).

Two sets, written apart: ``tune`` was read while the rules that keep these
structures were written; ``heldout`` was written afterwards, apart from them,
to the same brief with a fact box added, and is scored, never shown.

For each case, ``cleaners.clean_text`` runs on the article alone (every line
is the article's: "kept" is the share of cases whose lines all survive) and
on the article with the block after it (F1 of shingles against the article;
"block gone" is the share of cases whose block lines are all removed). The
table gives both per set and per kind; ``--show`` lists a tune case's lines
lost and left.

Run: ``.venv/bin/python -m bench.structures [--show NAME]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cleaners
from bench.dirty import table
from bench.realdirty import page_f1

DATA = Path(__file__).resolve().parent / "data" / "structures"
SETS = ("tune", "heldout")
#: A live blog's post time alone on its line ("14:32", "22h54", "23時05分",
#: "71. Min."): digits and marks, and at most two short words.
POST_TIME = re.compile(r"(?=.*\d)[\W\d_]*(?:[^\W\d_]{1,4}[\W\d_]*){0,2}")
#: The longest such line.
MAX_POST_TIME_CHARS = 20


@dataclass(frozen=True)
class Case:
    """One invented article with its own structure, and a block after it."""

    set: str
    name: str
    lang: str
    kind: str
    article: list[str]
    tail: list[str]

    @property
    def required(self) -> list[str]:
        """The article's lines cleaning must keep: all of them, but a live
        blog's post times. news-dev's one live blog has its hand-checked body
        keep each post's title and text and leave the post's time out (a
        stamp, as the page's own), and a reader loses little either way: the
        bench counts them neither as lost nor as left in."""
        return [line for line in self.article if not self.optional(line)]

    def optional(self, line: str) -> bool:
        """Whether ``line`` is a live blog's post time (see :attr:`required`)."""
        line = line.strip()
        return (
            self.kind == "liveblog"
            and len(line) <= MAX_POST_TIME_CHARS
            and bool(POST_TIME.fullmatch(line))
        )


@dataclass(frozen=True)
class Outcome:
    """What cleaning did to one case."""

    case: Case
    lost_alone: list[str]  # the article's lines cleaning took from it alone
    lost_with_tail: list[str]  # ... and with the block after it
    left: list[str]  # the block's lines left in
    f1: float  # the article with the block after it, cleaned, against the article


def load_cases(name: str, folder: Path = DATA) -> list[Case]:
    """The cases of one set (``tune`` or ``heldout``), by file name."""
    cases = []
    for path in sorted((folder / name).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        cases.append(
            Case(name, path.stem, data["lang"], data["kind"], data["article"], data["tail"])
        )
    return cases


def spaced(line: str) -> str:
    """``line`` with every run of spaces one plain space ("玉ねぎ\u30001個"
    reads as "玉ねぎ 1個": cleaning makes every space a plain one)."""
    return " ".join(line.split())


def _lost(lines: Iterable[str], text: str) -> list[str]:
    """The lines not in ``text`` (a line is whole, its spacing aside)."""
    kept = {spaced(line) for line in text.split("\n")}
    return [line for line in lines if line.strip() and spaced(line) not in kept]


def run(case: Case) -> Outcome:
    """Clean one case alone and with its block after it."""
    alone = cleaners.clean_text("\n\n".join(case.article))
    both = cleaners.clean_text("\n\n".join([*case.article, *case.tail]))
    gone = _lost(case.tail, both)
    left = [line for line in case.tail if line not in gone]
    scored = "\n".join(line for line in both.split("\n") if not case.optional(line))
    return Outcome(
        case,
        _lost(case.required, alone),
        _lost(case.required, both),
        left,
        page_f1("\n\n".join(case.required), scored),
    )


def rows_for(label: str, outcomes: list[Outcome]) -> list[str]:
    """One table row: cases, kept alone, F1 with the block, block gone."""
    n = len(outcomes)
    kept = sum(not o.lost_alone for o in outcomes) / n
    lines = sum(len(o.case.required) for o in outcomes)
    lost = sum(len(o.lost_alone) for o in outcomes)
    f1 = sum(o.f1 for o in outcomes) / n
    gone = sum(not o.left for o in outcomes) / n
    return [label, str(n), f"{kept:.0%}", f"{lost}/{lines}", f"{f1:.3f}", f"{gone:.0%}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="list the lines lost and left of a tune case")
    args = parser.parse_args(argv)
    rows = [["set / kind", "cases", "kept whole alone", "lines lost alone",
             "F1 with block", "block gone"]]  # fmt: skip
    outcomes: dict[str, list[Outcome]] = {}
    for name in SETS:
        outcomes[name] = [run(c) for c in load_cases(name)]
        if not outcomes[name]:
            continue
        rows.append(rows_for(name, outcomes[name]))
        for kind in sorted({o.case.kind for o in outcomes[name]}):
            rows.append(rows_for(f"  {kind}", [o for o in outcomes[name] if o.case.kind == kind]))
    print(table(rows))
    if args.show:
        found = [o for o in outcomes["tune"] if o.case.name.startswith(args.show)]
        if not found:
            print(f"no tune case named {args.show!r}", file=sys.stderr)
            return 2
        for o in found:
            print(f"\n{o.case.name} ({o.case.lang}, {o.case.kind}), F1 with block {o.f1:.3f}")
            for line in o.lost_alone:
                print(f"  lost alone: {line}")
            for line in o.lost_with_tail:
                print(f"  lost with the block: {line}")
            for line in o.left:
                print(f"  block line left: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
