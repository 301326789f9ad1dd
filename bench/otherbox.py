"""Other stories' headlines in the text, no marker: each tune body with other
tune pages' real headlines (and leads) set after its last paragraph or between
two of its paragraphs, in the shapes a page's related box takes when read as
text, scored after ``cleaners.clean_text``.

Where ``bench.othertail`` appends lead sentences, this bench uses headlines
(the ``title`` of the other pages' ground truth, a site name after a bar cut
off) in several formats:

- ``tail``: 2-6 headlines after the last paragraph, sometimes bulleted, under a
  heading, with a section kicker taken from the other page's URL ("Politik",
  alone on a line above or before a colon), a date or a time, or "N min read";
- ``leads``: 2-4 stories after the last paragraph, each a headline and its lead
  sentence on the line below;
- ``box``: 2-4 headlines between two paragraphs of the body, sometimes under a
  heading or bulleted;
- ``lone``: one headline right after the last paragraph.

Only ``tune`` pages are used (``bench.splits``): the bodies, headlines and
leads all come from them. The tune sites are reported in two folds by a hash
of the site name, so that a rule written while reading one fold's cases can
be checked on the other's.

Run: ``.venv/bin/python -m bench.otherbox [--seed N] [--show-worst N] [--fold A|B]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from bench.othertail import HEADINGS, lead_sentence, score_by_part
from bench.realdirty import BENCHMARKS, SETS, load_cases, page_f1
from bench.splits import TUNE, site_of
from cleaners.language import detect_language

DEFAULT_SEED = 20261205
FORMATS = ("tail", "leads", "box", "lone")
BULLETS = ("• ", "- ", "* ", "» ", "► ", "▪ ")
#: A site name after the headline ("Storm hits coast | The Courier").
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
#: A URL path segment usable as a section kicker: letters only.
SECTION = re.compile(r"[^\W\d_]{4,20}")
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 4, 18


@dataclass
class Sample:
    """One body with other stories' headlines set into it."""

    id: str
    fold: str
    format: str
    body: str
    text: str


@dataclass
class Story:
    """Another tune page's headline, lead sentence and section."""

    page: str
    headline: str
    lead: str | None
    section: str | None


def fold_of(site: str) -> str:
    """The tune fold of a site ("A" or "B"), by a stable hash of its name (not
    the split's hash, which is even for every tune site).

    >>> fold_of("example.com") in ("A", "B")
    True
    """
    return "AB"[zlib.crc32(f"fold:{site}".encode()) % 2]


def headline_of(title: object) -> str | None:
    """A page title as a related list shows it: without the site name after a
    bar; None for a title too short or too long for a headline.

    >>> headline_of("Storm floods the harbour of Hamburg | The Courier")
    'Storm floods the harbour of Hamburg'
    >>> headline_of("Home") is None, headline_of(None) is None
    (True, True)
    """
    if not isinstance(title, str):
        return None
    text = SITE_SUFFIX.sub("", " ".join(title.split()))
    words = len(text.split())
    return text if MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS else None


def section_of(url: str) -> str | None:
    """The first path segment of ``url`` that reads as a section name, capitalised.

    >>> section_of("https://example.de/politik/2024/ampel-100.html")
    'Politik'
    >>> section_of("https://example.com/2024/05/1234") is None
    True
    """
    for part in urlparse(url).path.split("/"):
        if SECTION.fullmatch(part):
            return part.capitalize()
    return None


def _dressed(story: Story, rng: random.Random, language: str) -> list[str]:
    """One headline as a related list may show it: a kicker, a date, a time."""
    line = story.headline
    roll = rng.random()
    if story.section and roll < 0.2:
        return [story.section, line]
    if story.section and roll < 0.35:
        line = f"{story.section}: {line}"
    roll = rng.random()
    if roll < 0.15:
        line += f" {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2026)}"
    elif roll < 0.25:
        line = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} {line}"
    elif roll < 0.32 and language == "en":
        line += f" {rng.randint(2, 12)} min read"
    return [line]


def _tail_lines(stories: list[Story], fmt: str, rng: random.Random, language: str) -> list[str]:
    """The lines of one related block in format ``fmt``."""
    lines: list[str] = []
    if fmt == "leads":
        for story in stories:
            lines += [story.headline] + ([story.lead] if story.lead else [])
        return lines
    bullet = rng.choice(BULLETS) if rng.random() < 0.35 else ""
    for story in stories:
        dressed = _dressed(story, rng, language) if fmt != "lone" else [story.headline]
        lines += [*dressed[:-1], bullet + dressed[-1]]
    if fmt != "lone" and rng.random() < 0.3 and language in HEADINGS:
        lines.insert(0, rng.choice(HEADINGS[language]))
    return lines


def build(seed: int) -> list[Sample]:
    """Every tune body of 3+ paragraphs with other tune stories set into it."""
    rng = random.Random(seed)
    cases = [c for name in SETS for c in load_cases(name) if c.split == TUNE]
    titles: dict[str, object] = {}
    for name in SETS:
        truth = json.loads((BENCHMARKS / name / "ground-truth.json").read_text("utf-8"))
        titles.update({page: item.get("title") for page, item in truth.items()})
    language = {c.id: detect_language(c.truth) or "" for c in cases}
    stories: dict[str, list[Story]] = {}
    for c in cases:
        if (headline := headline_of(titles.get(c.id))) is not None:
            story = Story(c.id, headline, lead_sentence(c.truth), section_of(c.url))
            stories.setdefault(language[c.id], []).append(story)
    samples = []
    for c in cases:
        paragraphs = [p.strip() for p in c.truth.split("\n") if p.strip()]
        pool = [s for s in stories.get(language[c.id], []) if s.page != c.id]
        if len(paragraphs) < 3 or len(pool) < 2:
            continue
        fmt = rng.choice(FORMATS)
        count = {"tail": (2, 6), "leads": (2, 4), "box": (2, 4), "lone": (1, 1)}[fmt]
        chosen = rng.sample(pool, min(len(pool), rng.randint(*count)))
        block = _tail_lines(chosen, fmt, rng, language[c.id])
        at = rng.randint(2, len(paragraphs) - 1) if fmt == "box" else len(paragraphs)
        lines = paragraphs[:at] + block + paragraphs[at:]
        fold = fold_of(site_of(c.url, c.id))
        samples.append(Sample(c.id, fold, fmt, "\n\n".join(paragraphs), "\n\n".join(lines)))
    return samples


def main(argv: list[str] | None = None) -> int:
    """Print the table by format and fold (and the worst documents of a fold)."""
    parser = argparse.ArgumentParser(prog="python -m bench.otherbox", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-worst", type=int, default=0)
    parser.add_argument("--fold", choices=("A", "B"), help="only this fold's worst documents")
    args = parser.parse_args(argv)
    samples = build(args.seed)
    parts: list[tuple[str, Callable[[Sample], bool]]] = [("all", lambda s: True)]
    for fold in "AB":
        parts.append((f"fold {fold}", lambda s, fold=fold: s.fold == fold))  # type: ignore[misc]
    for fmt in FORMATS:
        parts.append((fmt, lambda s, fmt=fmt: s.format == fmt))  # type: ignore[misc]
    cleaned, rows = score_by_part(samples, parts)
    print(f"{len(samples)} tune documents, seed {args.seed}")
    print(rows)
    if args.show_worst:
        shown = [s for s in samples if args.fold in (None, s.fold)]
        ranked = sorted(shown, key=lambda s: page_f1(s.body, cleaned[s.id]))
        for s in ranked[: args.show_worst]:
            out = cleaned[s.id]
            body = set(s.body.split("\n"))
            kept = [line for line in out.split("\n") if line.strip() and line not in body]
            lost = [line for line in body if line.strip() and line not in out]
            print(f"\n--- {s.id[:40]} fold {s.fold} {s.format} F1 {page_f1(s.body, out):.3f}")
            for line in kept[:12]:
                print("  left:", line[:110])
            for line in lost[:6]:
                print("  lost:", line[:110])
    return 0


if __name__ == "__main__":
    sys.exit(main())
