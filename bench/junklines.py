"""Lines that are no part of the article, worded as sites word them, set into
an article: which does ``clean_text`` take out, and which sentences that use
the same words does it leave?

Each language file in ``bench/data/junk/<set>/`` holds an invented news
article (five paragraphs), lines of seven kinds a scraper leaves in the text
(a site's promotion of itself, a newsletter call, an advertisement's marker,
a "read also" link with its headline, a contact or tip line, a source or
agency tag, a call to follow or share), and sentences of the article's kind
of prose that use the same words (a paper's subscriptions, a police appeal
to contact them, an advert that drew complaints) and must stay. They were
written for this bench, natively in each language, by writers who saw none
of the cleaners' rules or word lists. Two sets, written apart: ``tune`` may
be read while rules are written; ``heldout`` is scored, never shown.

Each line is set into the article twice: after its last paragraph, and
between its second and third. A junk line is caught where ``clean_text``
leaves no line of it in the text (a source tag moved to its own field, a
credit split off: all the same to a reader of the text); a sentence to keep
must stay whole. Any of the article's own paragraphs lost is counted too.

Run: ``.venv/bin/python -m bench.junklines [--show LANG]`` (``--show``:
a tune language's lines missed and sentences lost).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cleaners
from bench.dirty import table
from bench.structures import spaced

DATA = Path(__file__).resolve().parent / "data" / "junk"
SETS = ("tune", "heldout")
#: The kinds of line, in the table's order.
KINDS = ("promo", "newsletter", "ad_marker", "read_also", "contact", "source_tag", "social")
#: Where a line is set: after the last paragraph, or between the second and third.
PLACES = ("end", "inside")
INSIDE_AFTER = 2


@dataclass(frozen=True)
class Language:
    """One language file: the article, its junk lines by kind, its sentences to keep."""

    set: str
    lang: str
    article: list[str]
    junk: dict[str, list[str]]
    keep: list[str]


@dataclass(frozen=True)
class Trial:
    """One line set at one place, and what cleaning made of it."""

    lang: str
    kind: str  # one of KINDS, or "keep"
    place: str
    line: str
    survived: bool  # the line is still in the text, whole
    article_lost: int  # the article's own paragraphs lost


def load(name: str, folder: Path = DATA) -> list[Language]:
    """The language files of one set, by name."""
    out = []
    for path in sorted((folder / name).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        out.append(Language(name, data["lang"], data["article"], data["junk"], data["keep"]))
    return out


def _placed(article: list[str], line: str, place: str) -> list[str]:
    if place == "end":
        return [*article, line]
    return [*article[:INSIDE_AFTER], line, *article[INSIDE_AFTER:]]


def trials(language: Language) -> Iterable[Trial]:
    """Every line of ``language`` at every place, cleaned."""
    lines = [(kind, line) for kind in KINDS for line in language.junk.get(kind, [])]
    lines += [("keep", line) for line in language.keep]
    for kind, line in lines:
        for place in PLACES:
            text = cleaners.clean_text("\n\n".join(_placed(language.article, line, place)))
            kept = {spaced(p) for p in text.split("\n")}
            yield Trial(
                language.lang,
                kind,
                place,
                line,
                spaced(line) in kept,
                sum(spaced(p) not in kept for p in language.article),
            )


def rows_for(label: str, found: list[Trial]) -> list[str]:
    """One table row: how many lines, the share caught (kept, for sentences to
    keep) at each place, and the article's paragraphs lost."""
    by_place = {place: [t for t in found if t.place == place] for place in PLACES}
    keep = found[0].kind == "keep"
    cells = []
    for place in PLACES:
        ts = by_place[place]
        share = sum(t.survived == keep for t in ts) / len(ts) if ts else 0.0
        cells.append(f"{share:.0%}")
    lost = sum(t.article_lost for t in found)
    return [label, str(len(by_place["end"])), *cells, str(lost)]


def report(found: dict[str, list[Trial]]) -> str:
    """The table: each set by kind of line, and the sentences to keep."""
    rows = [["set / kind", "lines", "caught at end", "caught inside", "article lost"]]
    for name, ts in found.items():
        if not ts:
            continue
        junk = [t for t in ts if t.kind != "keep"]
        rows.append(rows_for(name, junk))
        for kind in KINDS:
            of_kind = [t for t in ts if t.kind == kind]
            if of_kind:
                rows.append(rows_for(f"  {kind}", of_kind))
        keep = [t for t in ts if t.kind == "keep"]
        if keep:
            rows.append(rows_for("  keep (kept)", keep))
    return table(rows)


def by_language(found: dict[str, list[Trial]]) -> str:
    """Per language: the share of junk lines caught at both places, and of
    sentences kept."""
    rows = [["set", "lang", "junk caught", "kept"]]
    for name, ts in found.items():
        for lang in sorted({t.lang for t in ts}):
            mine = [t for t in ts if t.lang == lang]
            junk = [t for t in mine if t.kind != "keep"]
            keep = [t for t in mine if t.kind == "keep"]
            caught = sum(not t.survived for t in junk) / len(junk) if junk else 0.0
            kept = sum(t.survived for t in keep) / len(keep) if keep else 0.0
            rows.append([name, lang, f"{caught:.0%}", f"{kept:.0%}"])
    return table(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="LANG", help="a tune language's misses")
    args = parser.parse_args(argv)
    found = {name: [t for lang in load(name, DATA) for t in trials(lang)] for name in SETS}
    if not any(found.values()):
        print(f"no language files under {DATA}", file=sys.stderr)
        return 2
    print(report(found))
    print()
    print(by_language(found))
    if args.show:
        mine = [t for t in found["tune"] if t.lang == args.show]
        if not mine:
            print(f"no tune language {args.show!r}", file=sys.stderr)
            return 2
        print()
        for t in mine:
            if (t.kind == "keep") != t.survived or t.article_lost:
                what = "lost" if t.kind == "keep" else "missed"
                print(f"  {what} ({t.kind}, {t.place}, article lost {t.article_lost}): {t.line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
