"""Page furniture around the article's prose: the short lines a page sets
above its first and below its last paragraph that are about nothing the
article is about (share and print buttons, menus, tag lists, section labels,
form fields, a site's links), in any language.

The evidence is the line's place, shape and words, not a list: it stands
before the article's first prose line or after its last one (``is_prose``),
it is a few words and does not end as a sentence does, and none of its content words is one the
article's prose uses (a headline, a kicker or a caption of the article's own
subject shares them). Bylines, datelines and sign-offs are left for their
cleaners. A line carrying data (a number, an address) is the article's box
(prices, opening hours, a contact), not furniture. A line alone needs one
more sign (a run of such lines around it, or a word of the page's interface);
a run of them is a menu or a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.base import Cleaner, Document
from cleaners.evidence import content_words, stem
from cleaners.related_headed import is_meta
from cleaners.settings_lines import (
    MAX_FURNITURE_WORDS,
    MIN_FURNITURE_RUN,
    MIN_INNER_FURNITURE_RUN,
)
from cleaners.widgets import SENTENCE_END, is_prose

#: What an article's own closing box carries and furniture does not: a
#: number (a price, a date, a phone), a web or e-mail address.
DATA = re.compile(r"\d|www\.|https?://|@\w")


#: A letter (a line of marks alone is no label, but a rule's or a bullet's).
WORD_CHAR = re.compile(r"[^\W\d_]")


def _stems(text: str) -> set[str]:
    """The stems of ``text``'s content words."""
    return {stem(w) for w in content_words(text)}


def furniture_lines(paragraphs: Sequence[str]) -> list[int]:
    """Indices of the furniture lines outside the article's prose.

    >>> furniture_lines(["Menu", "Search", "Sport",
    ...                  "The council met on Monday to vote on the new tram line.",
    ...                  "It voted for the line, which will run through the old town.",
    ...                  "Share", "Tweet", "Email"])
    [0, 1, 2, 5, 6, 7]
    """
    prose = [i for i, p in enumerate(paragraphs) if is_prose(p)]
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    topic: set[str] = set()
    for i in prose:  # the prose only: a menu repeated between it says nothing of the topic
        topic |= _stems(paragraphs[i])
    candidates = {
        i
        for i in range(len(paragraphs))
        if WORD_CHAR.search(paragraphs[i])  # a line of marks alone says nothing
        and not SENTENCE_END.search(paragraphs[i])  # a sentence, however short, is not a label
        if len(paragraphs[i].split()) <= MAX_FURNITURE_WORDS
        and not DATA.search(paragraphs[i])
        and not is_meta(paragraphs[i])
        and not _stems(paragraphs[i]) & topic
    }
    drop = []
    for i in sorted(candidates):
        run = 1
        j = i - 1
        while j in candidates:
            run, j = run + 1, j - 1
        j = i + 1
        while j in candidates:
            run, j = run + 1, j + 1
        outside = i < first or i > last
        if run >= (MIN_FURNITURE_RUN if outside else MIN_INNER_FURNITURE_RUN):
            drop.append(i)
    return drop


class DropPageFurniture(Cleaner):
    """Remove the furniture lines above and below the article's prose.

    >>> body = ["Share", "Print", "The council met on Monday to vote on the new tram line.",
    ...         "Tags", "Transport", "Politics"]
    >>> DropPageFurniture()(Document(body)).paragraphs
    ['The council met on Monday to vote on the new tram line.']
    """

    name = "drop_page_furniture"

    def apply(self, doc: Document) -> None:
        drop = furniture_lines(doc.paragraphs)
        if drop and len(drop) < len(doc.paragraphs):
            doc.remove(self.name, drop)
