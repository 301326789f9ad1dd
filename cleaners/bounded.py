"""Memory bounded by the text: a large document read in bounded pieces by
the cleaners whose memory grows faster than the text they read, case
mappings of a long text done a piece at a time, and caches that keep short
paragraphs only.

A cleaner that weighs a whole document at once (the join repairer tokenises
every paragraph and counts every word of the document) needs many times the
text's size while it works. On a document of up to :data:`WINDOW_CHARS` that
is a few megabytes and the document is read whole, as always; a larger one is
read window by window: consecutive paragraphs up to that size together, and a
paragraph longer than that alone, cut at sentence ends (else at a space) into
pieces. What the cleaner finds in each piece is moved back to the paragraph's
coordinates, so its caller never sees the cut.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Protocol, TypeVar, cast

from cleaners.settings import CACHED_PARAGRAPH_CHARS, WINDOW_CHARS

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: The end of a sentence: its mark, closing quotes or brackets, then space.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
#: Any space: where a piece is cut when no sentence ends in its second half.
SPACE = re.compile(r"\s+")


def cut_points(text: str, size: int = WINDOW_CHARS) -> list[int]:
    """Offsets that cut ``text`` into pieces of at most ``size`` characters:
    after the last sentence end of each piece's second half, else after its
    last space, else (no space at all) at ``size``.

    >>> text = "One two three. Four five. Six seven."
    >>> cuts = cut_points(text, 20)
    >>> cuts, [text[a:b] for a, b in itertools.pairwise([0, *cuts, len(text)])]
    ([15, 30], ['One two three. ', 'Four five. Six ', 'seven.'])
    """
    cuts: list[int] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = _last_end(SENTENCE_END, text, start + size // 2, end)
        if cut is None:
            cut = _last_end(SPACE, text, start + 1, end)
        cut = cut if cut is not None else end
        cuts.append(cut)
        start = cut
    return cuts


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` inside ``text[lo:hi]``."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def in_pieces(convert: Callable[[str], str], text: str, size: int = WINDOW_CHARS) -> str:
    """``convert`` (``str.lower``, ``str.casefold``) of ``text``, a piece of
    about ``size`` characters at a time, cut at spaces (no case mapping reads
    across a space): on a text that is not ASCII, these allocate 12 bytes per
    character of it at once.

    >>> text = "ÉTÉ À PARIS, ΟΔΟΣ ΣΟΦΙΑΣ"
    >>> in_pieces(str.lower, text, size=4) == text.lower()
    True
    """
    if len(text) <= size or text.isascii():
        return convert(text)
    pieces = []
    start = 0
    while start < len(text):
        end = text.find(" ", start + size)
        end = len(text) if end < 0 else end
        pieces.append(convert(text[start:end]))
        start = end
    return "".join(pieces)


#: What a windowed cleaner computes: positions in each paragraph it was given.
Positions = dict[str, list[int]]


def by_window(
    paragraphs: list[str],
    find: Callable[[list[str]], Positions],
    size: int = WINDOW_CHARS,
) -> Positions:
    """``find`` (positions in each of the paragraphs it is given) run on the
    distinct ``paragraphs`` a window of at most ``size`` characters at a time;
    a document no larger than ``size`` is one window, so ``find`` sees it whole.

    >>> def words(ps): return {p: [m.start() for m in re.finditer(r"\\b\\w", p)] for p in ps}
    >>> by_window(["ab cd. ef gh.", "ij"], words, size=8)
    {'ab cd. ef gh.': [0, 3, 7, 10], 'ij': [0]}
    """
    out: Positions = {}
    for window in windows(list(dict.fromkeys(paragraphs)), size):
        if len(window[0]) > size:  # a paragraph too long for a window is alone in one
            out[window[0]] = _in_pieces(window[0], find, size)
        else:
            out.update(find(window))
    return out


def _in_pieces(paragraph: str, find: Callable[[list[str]], Positions], size: int) -> list[int]:
    """``find`` on each piece of a paragraph longer than ``size``, alone; the
    positions it gives, in the paragraph's coordinates."""
    bounds = [0, *cut_points(paragraph, size), len(paragraph)]
    positions: list[int] = []
    for start, end in itertools.pairwise(bounds):
        piece = paragraph[start:end]
        positions.extend(start + at for at in find([piece])[piece])
    return positions


def windows(paragraphs: list[str], size: int = WINDOW_CHARS) -> Iterator[list[str]]:
    """Consecutive paragraphs in groups of at most ``size`` characters (one
    longer than that alone).

    >>> list(windows(["aaaa", "bb", "cccccc", "d"], size=6))
    [['aaaa'], ['bb'], ['cccccc'], ['d']]
    >>> list(windows(["aa", "bb", "c"], size=6))
    [['aa', 'bb'], ['c']]
    """
    window: list[str] = []
    filled = 0
    for paragraph in paragraphs:
        if window and filled + len(paragraph) > size:
            yield window
            window, filled = [], 0
        window.append(paragraph)
        filled += len(paragraph) + 1
    if window:
        yield window


class TextCache(Protocol[T_co]):
    """A function of a text (and more arguments) whose results are kept."""

    def __call__(self, text: str, /, *args: Any) -> T_co: ...

    def cache_clear(self) -> None:
        """Forget every result."""

    def cache_info(self) -> Any:
        """``functools.lru_cache``'s figures of the kept results."""


def short_text_cache(
    maxsize: int, max_chars: int = CACHED_PARAGRAPH_CHARS
) -> Callable[[Callable[..., T]], TextCache[T]]:
    """Decorator: the results of a function of a text (and more arguments)
    are kept, the ``maxsize`` last ones, for texts of at most ``max_chars``
    characters. A cache of paragraphs holds each one it keeps, so a count
    alone would let one huge paragraph outlive its document (and ``maxsize``
    of them fill the memory).

    >>> upper = short_text_cache(maxsize=8, max_chars=3)(str.upper)
    >>> upper("abc"), upper("abcd"), upper.cache_info().currsize
    ('ABC', 'ABCD', 1)
    """

    def wrap(func: Callable[..., T]) -> TextCache[T]:
        cached = lru_cache(maxsize)(func)

        # a plain function, not an object with __call__: it is called per
        # paragraph by several cleaners, and this costs the least per call
        def call(text: str, /, *args: Any) -> T:
            return func(text, *args) if len(text) > max_chars else cached(text, *args)

        functools.update_wrapper(call, func)
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(TextCache[T], call)

    return wrap
