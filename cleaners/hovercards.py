"""Hover cards read into the text: a page that links a person's name to a
card (the full name and the latest headlines about them, closed by a "MORE"
link) gives an extractor the card's text glued to the name, with no space:

    "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on …
    MORE (R) is defending …"

The evidence is the glue: a name's word repeated right after it with no space
between ("NoemKristi"), and a closing "more" label in capitals within a card's
length. The card, from the glued repeat to the label, goes; the name stays.
"""

from __future__ import annotations

import re

from cleaners.base import Document, Edit, ParagraphCleaner
from cleaners.settings_lines import (
    MAX_HOVER_CARD_CHARS,
)

#: A lower-case letter glued to a capital: where a card may start.
GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: The last few capitalised words before the glue: the linked name.
NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")
#: The capitalised word right after the glue.
WORD_AFTER = re.compile(r"[A-Z][\w'’-]*")
#: The card's closing link label, in capitals ("MORE", and its words in the
#: detected languages), then a space or the line's end.
CARD_LABELS = ("MORE", "MEHR", "PLUS", "MÁS", "ALTRO", "MAIS", "MEER", "MER", "WIĘCEJ")
CARD_END = re.compile(rf"\s(?:{'|'.join(CARD_LABELS)})(?=\s|$)")


def hover_cards(paragraph: str) -> list[Edit]:
    """Edits taking the hover cards out of ``paragraph``.

    >>> p = "Rep. Jane RoeJane RoeRoe backs the bill Roe wins primary MORE (D) said no."
    >>> from cleaners.base import apply_edits
    >>> apply_edits(p, hover_cards(p))
    'Rep. Jane Roe (D) said no.'
    """
    edits: list[Edit] = []
    done = 0
    for glue in GLUE.finditer(paragraph):
        start = glue.start()
        if start < done:
            continue
        name = NAME_BEFORE.search(paragraph, max(0, start - 80), start)
        after = WORD_AFTER.match(paragraph, start)
        # the name's word again (not its last one, which the glue ends)
        if name is None or after is None or after.group() not in name.group().split()[:-1]:
            continue
        end = CARD_END.search(paragraph, start, start + MAX_HOVER_CARD_CHARS)
        if end is None:
            continue
        edits.append(Edit(start, end.end(), ""))
        done = end.end()
    return edits


class DropHoverCards(ParagraphCleaner):
    """Remove hover cards glued to a linked name (see the module).

    >>> DropHoverCards().fix("Gov. Ann LeeAnn LeeLee signs law MORE said so.")
    'Gov. Ann Lee said so.'
    """

    name = "drop_hover_cards"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if not any(label in paragraph for label in CARD_LABELS):
            return []  # most paragraphs (the cheap test)
        return hover_cards(paragraph)
