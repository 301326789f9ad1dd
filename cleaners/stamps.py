"""Timestamp lines: a line that is nothing but a date or a time, with or
without a label ("05.08.2024, 20:59 Uhr", "Updated at 1:23 p.m."), or a time
counted back from now or a reading time ("13 hours ago", "vor 3 Stunden",
"5 min read"). Pages stamp their articles, their teaser cards and their
headers with them; they are never the article's prose. Above the article's
first paragraph of prose, a stamp with the few words of the header it came
from (the author, the agency, the section, a label) goes too
(:func:`is_header_stamp`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.base import Document
from cleaners.bounded import short_text_cache
from cleaners.bylines import find_date, parse_byline
from cleaners.evidence import is_prose, is_sentence
from cleaners.promos import DropLines
from cleaners.settings import CACHED_PARAGRAPHS
from cleaners.settings_lines import (
    MAX_HEADER_STAMPS,
    MAX_PLAYER_LABEL_CHARS,
    MAX_STAMP_NAME_WORDS,
    MAX_TIMESTAMP_CHARS,
)
from cleaners.vocabulary import (
    DIGIT,
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

#: A word of letters (what is left of a stamp line once its stamp is gone).
LETTERS = re.compile(r"[^\W\d_]+")
#: What separates a stamp's parts ("Cronaca | 4 febbraio", "27. Januar • Name •").
STAMP_SEPARATORS = re.compile(r"\s*[|•·,]\s*|\s+[–—-]\s+")
#: The dashes that open a quotation's credit.
DASHES = "—–-―"
#: A number that can be a day or a year beside a month's name.
DAY_OR_YEAR = re.compile(r"(?<!\d)(?:\d{1,2}|\d{4})(?!\d)")


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


def date_count(text: str) -> int:
    """How many dates ``text`` holds: numeric ones, and months' names beside a
    day or a year.

    >>> date_count("Published 12.03.2024, updated 5 May 2024"), date_count("In May, rain.")
    (2, 0)
    """
    return len(NUMERIC_DATE.findall(text)) + (
        len(MONTH.findall(text)) if DAY_OR_YEAR.search(text) else 0
    )


def has_date(text: str) -> bool:
    """Whether ``text`` holds a date (:func:`date_count`)."""
    return bool(DIGIT.search(text)) and date_count(text) > 0


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def is_header_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a stamp from an article's header: a date (a
    time perhaps with it; two only when labelled, "Published … Updated …")
    and at most ``MAX_STAMP_NAME_WORDS`` other words, no sentence. Asked only
    of the lines above the article's first paragraph of prose: there a line
    so made names who wrote it and when, as a headline with a date in it has
    more words ("Parliament sets a veterans' day for 15 June"). A line opening
    with a dash is a quotation's credit ("— Jane Doe (@jane) November 18,
    2019", an embedded post's); two dates unlabelled are a span, and so is a
    date with a tilde ("2018.04.05 ~ OPEN RUN": an event's run). (Asked again
    of the lines below the prose by the card finder on each of its passes:
    kept per paragraph.)

    >>> is_header_stamp("Von Juliane Rohr 28.04.2023, 18:11 Uhr")
    True
    >>> is_header_stamp("Associated Press November 19, 2019, 9:02 AM")
    True
    >>> is_header_stamp("Parliament sets a national day for veterans on 15 June")
    False
    >>> is_header_stamp("Rain is due on 5 May."), is_header_stamp("29 May 2018 | 20 June 2019")
    (False, False)
    """
    p = paragraph.strip()
    if len(p) > MAX_TIMESTAMP_CHARS or not DIGIT.search(p) or p[0] in DASHES or is_sentence(p):
        return False
    if "~" in p or "～" in p:
        return False
    dates = date_count(p)
    if not dates or (dates > 1 and not (dates == 2 and PUBLICATION_LABEL.search(p))):
        return False
    return len(LETTERS.findall(TIMESTAMP_TOKEN.sub(" ", p))) <= MAX_STAMP_NAME_WORDS


def header_metadata(stamp: str) -> tuple[str | None, str | None]:
    """The date (ISO 8601) and the author's name a header's stamp gives, when
    it gives them: the name only with a byline's word ("Von", "By", "Di").

    >>> header_metadata("Von Juliane Rohr 28.04.2023, 18:11 Uhr")
    ('2023-04-28T18:11', 'Juliane Rohr')
    >>> header_metadata("Cronaca | 4 febbraio 2025 - 14:41")
    ('2025-02-04T14:41', None)
    """
    found = find_date(stamp)
    if found is None:
        return None, None
    date, spans = found
    rest = stamp
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    byline = parse_byline(STAMP_SEPARATORS.sub(" ", TIMESTAMP_TOKEN.sub(" ", rest)).strip())
    return date.iso(), byline[0] if byline else None


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
    ("13 hours ago", "vor 3 Stunden", "5 min read") wherever they stand; an
    audio player's button ("Artikel anhören", "Listen to this article"); and,
    above the first paragraph of prose, a header's stamp with its names
    (:func:`is_header_stamp`), whose date and byline fill ``published`` and
    ``author`` where the document has none yet (:func:`header_metadata`).

    >>> from cleaners.base import Document
    >>> DropTimestamps()(Document(["Lead.", "30. Januar 2024", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_timestamps"

    def __init__(self) -> None:
        super().__init__()
        self._first_prose = 0

    def apply(self, doc: Document) -> None:
        # a header's stamp tells when, and perhaps who: what the document does
        # not know yet is read from it before the line goes
        if doc.published is None or doc.author is None:
            self.prepare(doc.paragraphs)
            for p in doc.paragraphs[: self._first_prose]:
                if is_header_stamp(p):
                    published, author = header_metadata(p)
                    doc.published = doc.published or published
                    doc.author = doc.author or author
        super().apply(doc)

    def prepare(self, paragraphs: Sequence[str]) -> None:
        first = next((i for i, p in enumerate(paragraphs) if is_prose(p)), 0)
        stamps = sum(is_header_stamp(p) for p in paragraphs[:first])
        # more of them than a header holds: a list of the article's (tour dates)
        self._first_prose = first if stamps <= MAX_HEADER_STAMPS else 0

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index]
        # the rule player_label: an audio player's button, perhaps with its time
        if is_timestamp(p) or is_player_label(p):
            return True
        # the rule header_stamp: above the first prose, a stamp with its names
        return index < self._first_prose and is_header_stamp(p)
