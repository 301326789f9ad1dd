"""Shared loader for the text benchmarks: the dev pages' ground-truth bodies.

The bodies are real, clean news text (see ``../shared/benchmarks/README.md``).
Benchmarks damage them and measure how much of the damage a cleaner undoes.

    >>> bodies = load_bodies()                               # doctest: +SKIP
    >>> english, other = split_by_language(bodies)           # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wordfreq import top_n_list

#: Where the dev half of the article-extraction benchmark lives; override with
#: the environment variable ``NEWSCLEAN_BENCH_DATA``.
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "aeb-dev"
GROUND_TRUTH = "ground-truth.json"

#: A body counts as English when most of its letters are ASCII and at least
#: this share of its words are among the most common English words (function
#: words make up 20-45% of English prose, lists and recipes included, and
#: under 5% of text in other languages).
ENGLISH_STOPWORD_SHARE = 0.08
ASCII_LETTER_SHARE = 0.5
STOPWORD_COUNT = 100
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Body:
    """One ground-truth article body."""

    id: str
    url: str
    text: str
    english: bool

    @property
    def paragraphs(self) -> list[str]:
        """The body's non-blank lines (one paragraph each)."""
        return [line for line in self.text.split("\n") if line.strip()]


@lru_cache(maxsize=1)
def _english_stopwords() -> frozenset[str]:
    return frozenset(top_n_list("en", STOPWORD_COUNT))


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English, by the share of common English words.

    >>> is_english("The police said that the man was in the car.")
    True
    >>> is_english("Die Digitalisierung zieht sich durch alle Branchen.")
    False
    """
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    letters = sum(len(w) for w in words)
    if not words or sum(w.isascii() * len(w) for w in words) < ASCII_LETTER_SHARE * letters:
        return False
    stop = _english_stopwords()
    return sum(w in stop for w in words) / len(words) >= ENGLISH_STOPWORD_SHARE


def data_dir() -> Path:
    """The benchmark data folder (``NEWSCLEAN_BENCH_DATA`` or the shared default)."""
    return Path(os.environ.get("NEWSCLEAN_BENCH_DATA", DEFAULT_DATA))


def load_bodies(folder: Path | None = None) -> list[Body]:
    """All ground-truth bodies, sorted by page id."""
    path = (folder or data_dir()) / GROUND_TRUTH
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"benchmark data not found: {path}") from None
    bodies = []
    for page_id in sorted(truth):
        text = truth[page_id]["articleBody"]
        bodies.append(Body(page_id, truth[page_id].get("url", ""), text, is_english(text)))
    return bodies


def split_by_language(bodies: list[Body]) -> tuple[list[Body], list[Body]]:
    """``(english, non_english)`` bodies."""
    return [b for b in bodies if b.english], [b for b in bodies if not b.english]
