"""The space lost after sentence punctuation at a hard wrap: "said.The" becomes
"said. The", "event,Thanh" becomes "event, Thanh". Only spaces are inserted, and
never inside abbreviations ("U.S.", "e.g."), numbers ("3.5", "1,000", "No.1"),
URLs, e-mail addresses or domain names ("Amazon.com", "www.vna.vn")."""

from __future__ import annotations

import re

from cleaners.base import Document, Edit, ParagraphCleaner

#: Sentence punctuation (with closing quotes or brackets) between a word of two or
#: more lower-case letters (or a number, a percent sign, a bracket) and a
#: capitalised word: the space after it was lost.
MISSING_AFTER_STOP = re.compile(
    r"(?:(?<=[^\W\d_]{2})(?<![A-Z]{2})|(?<=\d{2})|(?<=[%)]))"
    r"(?:[.!?]+|…)[\"”’)\]]*(?=[A-Z][a-z])"
)
#: A comma or semicolon between two words of two or more letters.
MISSING_AFTER_COMMA = re.compile(r"(?<=[^\W\d_]{2})(?<![A-Z]{2})[,;](?=[^\W\d_]{2})")
#: Tokens that keep their punctuation as it is: URLs, e-mail addresses, handles,
#: domain names.
PROTECTED_TOKEN = re.compile(
    r"\S*(?:://|www\.|@)\S*|\S+\.(?:com|net|org|gov|edu|io|co|info|biz|vn|uk|de|fr)\b\S*",
    re.I,
)  # matched against one whitespace-delimited token at a time
#: Capitalised top-level domains and file extensions ("Booking.Com") are not sentences.
NOT_A_SENTENCE = re.compile(r"(?:Com|Net|Org|Gov|Edu|Io|Co|Js|Html?|Php|Pdf|Jpe?g|Png)\b")


class SpaceAfterPunctuation(ParagraphCleaner):
    """Insert the space lost after a full stop, question mark, exclamation mark,
    comma or semicolon.

    >>> fix = SpaceAfterPunctuation().fix
    >>> fix("Thanh said.The meeting at the event,Thanh added;then it ended. TL;DR")
    'Thanh said. The meeting at the event, Thanh added; then it ended. TL;DR'
    >>> fix("The U.S. grew 3.5% in 2019, e.g. No.1 at www.Example.com and Amazon.Com")
    'The U.S. grew 3.5% in 2019, e.g. No.1 at www.Example.com and Amazon.Com'
    """

    name = "space_after_punctuation"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if (
            "." not in paragraph
            and "," not in paragraph
            and not any(c in paragraph for c in "!?;…")
        ):
            return []
        positions: set[int] = set()
        for m in MISSING_AFTER_STOP.finditer(paragraph):
            if not NOT_A_SENTENCE.match(paragraph, m.end()):
                positions.add(m.end())
        positions.update(m.end() for m in MISSING_AFTER_COMMA.finditer(paragraph))
        return [Edit(p, p, " ") for p in sorted(positions) if not _protected(paragraph, p)]


def _protected(paragraph: str, position: int) -> bool:
    """Whether ``position`` falls inside a URL, e-mail address, handle or domain."""
    start = max(paragraph.rfind(" ", 0, position), paragraph.rfind("\n", 0, position)) + 1
    end = min(
        (i for i in (paragraph.find(" ", position), paragraph.find("\n", position)) if i >= 0),
        default=len(paragraph),
    )
    return bool(PROTECTED_TOKEN.fullmatch(paragraph, start, end))
