"""Headlines and repeats: the headline (and a variant of it) at the top become
``title``, once; a standfirst that repeats the lead and paragraphs that repeat an
earlier one leave the body, so the lead and every paragraph stay once.
"""

from __future__ import annotations

import re

from cleaners.base import Cleaner, Document
from cleaners.bylines import parse_byline, parse_dateline
from cleaners.evidence import (
    content_words,
    is_sentence,
    shared_fraction,
    squash,
    stem,
    stems,
    word_count,
)
from cleaners.settings import (
    BODY_SAMPLE,
    DEBRIS_CHARS,
    LEAD_DISTANCE,
    MAX_HEADLINE_WORDS,
    MAX_REPEAT_PASSES,
    MIN_HEADLINE_OVERLAP,
    MIN_HEADLINE_WORDS,
    MIN_REPEAT_CHARS,
    MIN_VARIANT_OVERLAP,
    STANDFIRST_ZONE,
    VARIANTS,
)

HEADLINE_START = re.compile(r"[\"“‘'«„‚»]?[^\W_a-z]")
#: A question or an exclamation after a label ends a headline as often as a
#: sentence ("Post-Vac-Syndrom: Was wissen wir?", "Rescue on video: \"We got
#: her!\""); without one, such a line opens an article's lead as often.
QUESTION_OR_EXCLAMATION = re.compile(r":[^:]*[?!][\"'”’“«»)]*$")


def is_headline_like(paragraph: str) -> bool:
    """A short line that does not end like a sentence and is not a shouted kicker.

    >>> is_headline_like("Vietnam attends 88th INTERPOL General Assembly in Chile")
    True
    >>> is_headline_like("GIRLS BASKETBALL"), is_headline_like("He left early.")
    (False, False)
    """
    if not MIN_HEADLINE_WORDS <= word_count(paragraph) <= MAX_HEADLINE_WORDS:
        return False
    if not HEADLINE_START.match(paragraph):
        return False  # a headline starts with a capital, a digit or a quote
    if is_sentence(paragraph) and not QUESTION_OR_EXCLAMATION.search(paragraph.rstrip()):
        return False
    letters = [c for c in paragraph if c.isalpha()]
    return not (letters and all(c.isupper() for c in letters))


def is_headline(first: str, body: list[str]) -> bool:
    """Whether ``first`` is the headline of the article whose body starts with
    ``body``: headline-like, followed by a paragraph of sentences, and about what
    the body is about (``MIN_HEADLINE_OVERLAP`` of its words' stems recur there).
    Up to ``VARIANTS`` variants of the headline may stand between it and the body.

    >>> is_headline("Wildfire near Athens forces evacuation of seaside towns",
    ...             ["ATHENS (AP) — A wildfire tore through forest near Athens on Saturday."])
    True
    >>> is_headline("Staff Reports", ["Police arrested six people on Monday."])
    False
    """
    if not is_headline_like(first):
        return False
    key = squash(first)
    body = [  # copies of the headline, datelines and bylines are not the body
        p for p in body if squash(p) != key and not (parse_dateline(p) or parse_byline(p))
    ]
    if not any(is_sentence(p) for p in body[: VARIANTS + 1]):
        return False
    words = {stem(w) for w in content_words(first)}
    if not words:
        return False
    body_stems = set().union(*(stems(p) for p in body))
    return len(words & body_stems) / len(words) >= MIN_HEADLINE_OVERLAP


def _is_standfirst(paragraphs: list[str], index: int) -> bool:
    """Whether paragraph ``index`` is said again, whole, by one of the next
    ``LEAD_DISTANCE`` paragraphs (compared squashed)."""
    s = squash(paragraphs[index])
    return len(s) >= MIN_REPEAT_CHARS and any(
        s in squash(p) and s != squash(p) for p in paragraphs[index + 1 : index + 1 + LEAD_DISTANCE]
    )


def _debris(paragraph: str) -> bool:
    """Whether ``paragraph`` is a stray letter or mark ("A", "•", "|"): two
    characters at most, no figure (a list's "1." is no debris).

    >>> _debris("A"), _debris(" • "), _debris("1."), _debris("An")
    (True, True, False, True)
    """
    p = paragraph.strip()
    return len(p) <= DEBRIS_CHARS and not any(c.isdigit() for c in p)


class ExtractTitle(Cleaner):
    """Move the headline at the top, and a variant of it below, into ``title``.

    >>> doc = Document(["Police chiefs meet in Chile", "Police chiefs meet: minister",
    ...                 "Police chiefs from 162 countries meet in Chile, the minister said."])
    >>> ExtractTitle()(doc).title
    'Police chiefs meet in Chile'
    >>> doc.paragraphs
    ['Police chiefs from 162 countries meet in Chile, the minister said.']
    """

    name = "extract_title"

    def apply(self, doc: Document) -> None:
        paras = doc.paragraphs
        # debris above the headline (a stray letter or mark, which the furniture
        # cleaner removes later) does not hide it: the headline found is the
        # same before and after that removal, so cleaning again changes nothing
        first = next((i for i, p in enumerate(paras) if not _debris(p)), len(paras))
        if len(paras) - first < 2:
            return
        title = doc.title
        taken: list[int] = []
        # a standfirst repeated below: drop_repeats takes that one out
        top = first + 1 if _is_standfirst(paras, first) else first
        if title is None and is_headline(paras[top], paras[top + 1 : top + 1 + BODY_SAMPLE]):
            title = paras[top]
            if top > first and squash(paras[first]) in squash(title):
                taken.append(first)  # not a standfirst: a shorter copy of the headline
            taken.append(top)
        if title is not None:
            title_words = set(content_words(title))
            variants = 0
            for i in range(taken[-1] + 1 if taken else 0, len(paras) - 1):
                if squash(paras[i]) == squash(title):
                    taken.append(i)  # copies of the headline, however many
                    continue
                variant = is_headline_like(paras[i]) and (
                    shared_fraction(content_words(paras[i]), title_words) >= MIN_VARIANT_OVERLAP
                )
                if not variant or variants == VARIANTS:
                    break
                variants += 1
                taken.append(i)
        if not taken:
            return
        doc.title = title
        doc.remove(self.name, taken, target="title")


class DropRepeats(Cleaner):
    """Drop a standfirst that repeats the lead, and a paragraph that repeats the one
    before it (compared without spaces and punctuation, so lost spaces do not hide
    a repeat). Repeats further apart (pull quotes, recipe lists) are the author's.

    >>> lead = "Santiago (VNA) – Vietnam stands ready to work withcountries worldwide."
    >>> doc = Document(["Vietnam stands ready to work with countries worldwide.", lead, "More."])
    >>> DropRepeats()(doc).paragraphs == [lead, "More."]
    True
    """

    name = "drop_repeats"

    def apply(self, doc: Document) -> None:
        squashed = [squash(p) for p in doc.paragraphs]
        drop: set[int] = set()
        for _ in range(MAX_REPEAT_PASSES):  # a drop can make a new standfirst or echo
            kept = [i for i in range(len(squashed)) if i not in drop]
            found = set()
            for k, i in enumerate(kept):
                s = squashed[i]
                if len(s) < MIN_REPEAT_CHARS:
                    continue
                if k and s == squashed[kept[k - 1]]:
                    found.add(i)  # the same paragraph twice in a row: a scraping echo
                elif k < STANDFIRST_ZONE and any(
                    s in squashed[j] and s != squashed[j]
                    for j in kept[k + 1 : k + 1 + LEAD_DISTANCE]
                ):
                    found.add(i)  # a standfirst: the lead below says it again
            if not found or len(drop | found) == len(squashed):
                break
            drop |= found
        if drop:
            doc.remove(self.name, drop)
