"""Run-together words: spaces lost where the source had a hard line wrap or a
``<br>`` ("withcountries", "deChile"). The repair only ever inserts spaces."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from cleaners.base import Document, Edit, ParagraphCleaner

#: A candidate: a run of letters long enough to hide two words.
TOKEN = re.compile(r"[^\W\d_]{6,}")
#: Frequency (Zipf scale) a part must reach to count as a word, and that the
#: whole token must stay under to count as a non-word.
PART_ZIPF = 3.0
WHOLE_ZIPF = 1.5
SHORT_PARTS = frozenset({"a", "i"})


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def _best_split(token: str) -> int | None:
    """Where to split ``token`` into two common words, or None."""
    if _zipf(token.lower()) >= WHOLE_ZIPF:
        return None
    best: tuple[float, int] | None = None
    for i in range(1, len(token)):
        left, right = token[:i], token[i:]
        if right[0].isupper() and not (left[-1].islower() and right[1:].islower()):
            continue  # inside an acronym or a CamelCase brand
        if (len(left) < 2 and left.lower() not in SHORT_PARTS) or len(right) < 2:
            continue
        score = min(_zipf(left.lower()), _zipf(right.lower()))
        if score >= PART_ZIPF and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None


class RepairJoins(ParagraphCleaner):
    """Insert the space lost between two run-together words.

    >>> RepairJoins().fix("collaboration withcountries worldwide")
    'collaboration with countries worldwide'
    """

    name = "repair_joins"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        edits = []
        for m in TOKEN.finditer(paragraph):
            at = _best_split(m.group())
            if at is not None:
                edits.append(Edit(m.start() + at, m.start() + at, " "))
        return edits
