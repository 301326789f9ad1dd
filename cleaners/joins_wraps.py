"""The columns of a hard-wrapped paragraph: which width explains where its
lines ended, walked line by line over the candidate lost spaces (``Join``),
and the line ends that are not words (straight quotes, hyphens), for
:mod:`cleaners.joins`.

A paragraph wrapped at W columns lost a space at the last word boundary before
each line's end, so each line ends inside the token that crosses column W.
"""

from __future__ import annotations

import re
from heapq import nlargest
from typing import NamedTuple

from cleaners.settings import (
    CHAIN_MIN,
    LINE_BASE,
    LINE_MAX,
    LINE_MIN,
    LINE_SLOPE,
    MISSING_LINE,
    NARROW_SLACK,
    OFF_WIDTH_COST,
    STRAIGHT_QUOTE,
    VOTE,
    WIDE_PENALTY,
    WIDE_SLACK,
    WIDTHS,
)


class Join(NamedTuple):
    """A candidate lost space at ``at`` in a paragraph, inside the token that
    ends at ``end``; ``insert`` is False for a line break after a hyphen."""

    at: int
    end: int
    score: float
    insert: bool = True


def line_evidence(score: float) -> float:
    """Evidence (log10 odds) that a line ended where a join of ``score`` lies,
    given that the width predicts a line end in that token: on clean text a
    token there holds a split of score >= -5 one time in 8, of >= 0 one time
    in 1,000; on wrapped text nine joins in ten score >= -5."""
    return min(max(LINE_BASE + LINE_SLOPE * score, LINE_MIN), LINE_MAX)


def follow(
    joins: list[Join], n: int, width: int, slack: int, shortfall: int = 0
) -> tuple[float, list[Join]]:
    """Walk the paragraph line by line at ``width``: each line ends with the
    best join that the width allows (or a hyphen), if any. Returns the
    evidence that the paragraph was wrapped at ``width`` and the line ends.
    A line no join ends is taken to be at least half the width long, or,
    given a ``shortfall``, at least the width less that."""
    chosen: list[Join] = []
    value = 0.0
    lo = hi = 0  # where the current line may start
    k = 0
    count = len(joins)
    shortest, longest = width - slack, width + slack
    while n - lo > shortest:
        best: Join | None = None
        best_score = 0.0
        while k < count and joins[k][0] <= lo:
            k += 1
        for i in range(k, count):
            j = joins[i]
            at, end, score, _ = j
            if at - hi > longest:
                break
            if end - lo < shortest:
                continue
            start = min(max(lo, at - width), hi)
            off = max(0, at - start - width, width - (end - start))
            score -= OFF_WIDTH_COST * off
            if best is None or score > best_score:
                best, best_score = j, score
        if best is None:
            if n - hi <= longest:
                break  # the rest fits on one line
            value -= MISSING_LINE
            lo, hi = lo + (width - shortfall if shortfall else width // 2), hi + longest  # unplaced
            if hi - lo > width:
                break
            continue
        if n - lo <= longest and best.score < VOTE:
            break  # the last line may be as long as the others
        chosen.append(best)
        value += line_evidence(best_score)
        lo = hi = best.at
    return value, chosen


def wrapped(
    joins: list[Join],
    n: int,
    widths: tuple[int, int] = WIDTHS,
    needed: float = CHAIN_MIN,
    shortfall: int = 0,
) -> tuple[float, int, list[Join]]:
    """The width in ``widths`` that explains the paragraph best, with its
    evidence and line ends, if that evidence reaches ``needed``."""
    lo_w, hi_w = widths
    nothing: tuple[float, int, list[Join]] = (0.0, 0, [])
    if n <= lo_w:
        return nothing
    # the most any width could score: each line ended by one of the best joins
    lines = n // lo_w
    ceiling = sum(map(line_evidence, nlargest(lines, [j.score for j in joins])))
    if ceiling < needed:
        return nothing
    best: tuple[float, int, list[Join]] = (0.0, 0, [])
    top = min(hi_w, n)
    # exact widths: those at which the first two lines end with joins
    exact: set[int] = set()
    for a, first in enumerate(joins):
        if first.at > top:
            break
        lo, hi = max(first.at, lo_w), min(first.end, top)
        if lo > hi:
            continue
        if n - first.at <= hi:
            exact.update(range(max(lo, n - first.at), hi + 1))  # a two-line paragraph
        for second in joins[a + 1 :]:
            gap = second.at - first.at
            if gap > hi:
                break
            exact.update(range(max(lo, gap), min(hi, second.end - first.at) + 1))
    for width in sorted(exact):
        value, chain = follow(joins, n, width, NARROW_SLACK, shortfall)
        if value > best[0]:
            best = (value, width, chain)
    if best[2] and len(best[2]) >= (n - 1) // (lo_w + hi_w) * 2:
        return best if best[0] >= needed else nothing
    # loose widths, a slack apart, when exact ones leave lines unexplained
    width = lo_w
    while width <= top:
        slack = round(WIDE_SLACK * width)
        value, chain = follow(joins, n, width, slack, shortfall)
        value -= WIDE_PENALTY * len(chain)
        if value > best[0]:
            best = (value, width, chain)
        width += slack
    return best if best[0] >= needed else nothing


def unexplained_gaps(chain: list[Join], n: int, width: int) -> list[tuple[int, int]]:
    """Stretches of a paragraph wrapped at ``width`` longer than one line that
    no join of ``chain`` ends: (from, to) in paragraph offsets."""
    out = []
    start = 0
    for at in [j.at for j in chain] + [n]:
        if at - start > width + NARROW_SLACK:
            out.append((start, at))
        start = at
    return out


#: A hyphen between letters, where a wrapper may end a line without a join
#: (the line ends at the match's end). The hyphen comes first in the pattern:
#: the engine skips to each hyphen instead of trying every character.
HYPHEN_BREAK = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")


def quote_joins(paragraph: str) -> list[Join]:
    """Straight double quotes glued to a word on both sides: an opening quote
    (an even number of quotes before it) lost the space before it, a closing
    one the space after it."""
    out = []
    seen = 0
    for i, ch in enumerate(paragraph):
        if ch != '"':
            continue
        if i > 0 and paragraph[i - 1].isdigit():
            # an inch mark ('34"'), not a quotation: a word glued after it
            if i < len(paragraph) - 1 and paragraph[i + 1].isalnum():
                out.append(Join(i + 1, token_end(paragraph, i), STRAIGHT_QUOTE))
            continue
        if 0 < i < len(paragraph) - 1 and not paragraph[i - 1].isspace():
            nxt = paragraph[i + 1]
            if (
                seen % 2 == 0
                and nxt.isalnum()
                and (paragraph[i - 1].isalnum() or paragraph[i - 1] in ".,:;!?")
            ):
                at = i
            elif seen % 2 == 1 and nxt.isalpha():
                at = i + 1
            else:
                at = -1
            if at > 0:
                out.append(Join(at, token_end(paragraph, i), STRAIGHT_QUOTE))
        seen += 1
    return out


def token_end(paragraph: str, i: int) -> int:
    """Where the whitespace-free token holding ``paragraph[i]`` ends."""
    end = i + 1
    while end < len(paragraph) and not paragraph[end].isspace():
        end += 1
    return end
