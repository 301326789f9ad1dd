"""Page widgets left after the article's end: a tail of section headings whose
content (pictures, scripts, tabs, a price box) the extractor left out, such as
"Neue Bilder", "Videos rund um …", "- Neueste", "Beiträge aus dem Forum",
"Weiterführende Links", mixed with the odd shop or support line.

The evidence is the shape, in any language: after the article's last prose
line, a run of lines most of which are block titles (a few words, no
sentence), several of them headings with nothing under them but the next
heading, one of them naming a widget's section (pictures, videos, a forum,
links: a word list backs the shape, in the project's languages). An article's
own closing list is different: its lines carry data (dates, prices, names
with numbers) or a colon introduces it, a heading in it has its lines under
it, and no line of it names a widget.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cleaners.base import Cleaner, Document
from cleaners.evidence import sentence_count
from cleaners.related import is_block_title
from cleaners.related_headed import is_heading, is_meta
from cleaners.settings_lines import (
    MIN_EMPTY_HEADINGS,
    MIN_PROSE_WORDS,
    MIN_WIDGET_LABEL_SHARE,
    MIN_WIDGET_LINES,
)
from cleaners.teasers import bullet_of, strip_bullet
from cleaners.vocabulary_boxes import WIDGET_WORD

#: How a sentence ends (not a headline, not a colon introducing a list), the
#: closing quotes and brackets after its mark aside.
SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")


def is_prose(paragraph: str) -> bool:
    """Whether ``paragraph`` is article prose: two sentences or more, or one of
    ``MIN_PROSE_WORDS`` words ending as a sentence.

    >>> is_prose("The council met on Monday to vote on the new tram line.")
    True
    >>> is_prose("Vielen Dank!")
    False
    """
    text = paragraph.strip()
    if not SENTENCE_END.search(text):
        return False
    return sentence_count(text) >= 2 or len(text.split()) >= MIN_PROSE_WORDS


def _introduces(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces the lines below it (a colon, no bullet)."""
    return paragraph.rstrip().endswith((":", "：")) and not bullet_of(paragraph)


def widget_tail(paragraphs: list[str]) -> list[int]:
    """Indices of a widget tail after the last prose line (sign-offs, bylines
    and datelines in it stay for their cleaners).

    >>> widget_tail(["The council met on Monday to vote on the new tram line.",
    ...              "Neue Bilder", "Videos rund um Trams", "Aus dem Forum", "Vielen Dank!"])
    [1, 2, 3, 4]
    """
    last = max((i for i, p in enumerate(paragraphs) if is_prose(p)), default=-1)
    if last < 0:
        return []
    tail = [i for i in range(last + 1, len(paragraphs)) if not is_meta(paragraphs[i])]
    if len(tail) < MIN_WIDGET_LINES:
        return []
    labels = {i for i in tail if is_block_title(strip_bullet(paragraphs[i]))}
    if any(i in labels and _introduces(paragraphs[i]) for i in tail[:-1]):
        return []  # a title with a colon introduces the lines below: the article's list
    if len(labels) / len(tail) < MIN_WIDGET_LABEL_SHARE:
        return []
    # a heading with nothing under it: a title, no bullet, the next line a title too
    empty = [
        i for i, j in pairwise(tail) if i in labels and j in labels and not bullet_of(paragraphs[i])
    ]
    if len(empty) < MIN_EMPTY_HEADINGS:
        return []
    # the words back the shape: one title names a widget's section (pictures,
    # videos, a forum, links), as no list an article ends on does
    named = any(WIDGET_WORD.search(paragraphs[i]) or is_heading(paragraphs[i]) for i in labels)
    return tail if named else []


class DropWidgetTail(Cleaner):
    """Remove a tail of page-widget headings after the article's last prose line.

    >>> body = ["Lead.", "The council met on Monday to vote on the new tram line.",
    ...         "Neue Bilder", "Videos rund um Trams", "Aus dem Forum", "- Neueste"]
    >>> DropWidgetTail()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_widget_tail"

    def apply(self, doc: Document) -> None:
        drop = widget_tail(doc.paragraphs)
        if drop:
            doc.remove(self.name, drop)
