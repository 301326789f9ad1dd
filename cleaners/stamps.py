"""Timestamp lines: a line that is nothing but a date or a time, with or
without a label ("05.08.2024, 20:59 Uhr", "Updated at 1:23 p.m."), or a time
counted back from now or a reading time ("13 hours ago", "vor 3 Stunden",
"5 min read"). Pages stamp their articles, their teaser cards and their
headers with them; they are never the article's prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.bounded import short_text_cache
from cleaners.promos import DropLines
from cleaners.settings import CACHED_PARAGRAPHS
from cleaners.settings_lines import MAX_PLAYER_LABEL_CHARS, MAX_TIMESTAMP_CHARS
from cleaners.vocabulary import (
    MEDIA_DURATION,
    MONTH,
    NUMERIC_DATE,
    PLAYER_LABEL,
    PUBLICATION_LABEL,
    READING_TIME,
    RELATIVE_MARK,
    RELATIVE_TIME,
    TIME_OF_DAY,
    TIMESTAMP_TOKEN,
)

#: A digit, which every timestamp has.
DIGIT = re.compile(r"\d")


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def is_timestamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is nothing but a timestamp: one date and at most one
    time (two of either are a range: an event's dates or opening hours), with
    their labels and little words; or a relative or reading time. (Asked of
    every line by the related-block finder, again after each block removed,
    and by the timestamp cleaner: kept per paragraph.)

    >>> is_timestamp("Updated 2 hours ago · 5 min read"), is_timestamp("30. Januar 2024")
    (True, True)
    >>> is_timestamp("He left 3 hours ago."), is_timestamp("10:00-18:00, 5.-7. Mai")
    (False, False)
    >>> is_timestamp("08:15"), is_timestamp("01:43 min"), is_timestamp("20.00")
    (True, True, False)
    """
    # the cheap tests first (asked of every line): most lines are longer, and
    # most short ones have no digit
    if len(paragraph) > MAX_TIMESTAMP_CHARS and not (
        paragraph[0].isspace() or paragraph[-1].isspace()
    ):
        return False
    if not DIGIT.search(paragraph):
        return False
    p = paragraph.strip()
    if len(p) > MAX_TIMESTAMP_CHARS:
        return False
    if MEDIA_DURATION.fullmatch(p):
        return True  # the rule media_duration: "01:43 min", "00:00 / 03:15"
    if RELATIVE_MARK.search(p) or READING_TIME.search(p):
        # the rule relative_time: "13 hours ago", "Updated 2 hours ago · 5 min read"
        rest = TIMESTAMP_TOKEN.sub("", RELATIVE_TIME.sub(" ", READING_TIME.sub(" ", p)))
        if not any(c.isalnum() for c in rest):
            return True
    rest = TIMESTAMP_TOKEN.sub("", p)
    if any(c.isalnum() for c in rest):
        return False
    if PUBLICATION_LABEL.search(p):
        return True
    dates = len(NUMERIC_DATE.findall(p)) + len(MONTH.findall(p))
    times = TIME_OF_DAY.findall(NUMERIC_DATE.sub(" ", p))
    if dates == 0:
        # a time alone, written with a colon ("08:15", "um 14:30 Uhr"): a live
        # blog's or a feed's stamp; "20.00" alone may be a price
        return len(times) == 1 and ":" in times[0]
    return dates == 1 and len(times) <= 1


def is_player_label(paragraph: str) -> bool:
    """Whether ``paragraph`` is an audio player's button, alone or with the
    player's position or length.

    >>> is_player_label("Artikel anhören(03:15 min)"), is_player_label("0:00 Anhören")
    (True, True)
    >>> is_player_label("Listen to this article"), is_player_label("Listen to the people.")
    (True, False)
    """
    p = paragraph.strip()
    return len(p) <= MAX_PLAYER_LABEL_CHARS and bool(PLAYER_LABEL.fullmatch(p))


class DropTimestamps(DropLines):
    """Timestamp lines (:func:`is_timestamp`): the page's publication stamps,
    left for the metadata cleaners when they open the article (they run
    first), taken out wherever else they stand; relative and reading times
    ("13 hours ago", "vor 3 Stunden", "5 min read") wherever they stand; and an
    audio player's button ("Artikel anhören", "Listen to this article").

    >>> from cleaners.base import Document
    >>> DropTimestamps()(Document(["Lead.", "30. Januar 2024", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_timestamps"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index]
        # the rule player_label: an audio player's button, perhaps with its time
        return is_timestamp(p) or is_player_label(p)
