"""The space lost after sentence punctuation at a hard wrap: "said.The" becomes
"said. The", "event,Thanh" becomes "event, Thanh". Only spaces are inserted, and
never inside abbreviations ("U.S.", "e.g."), numbers ("3.5", "1,000", "No.1"),
URLs, e-mail addresses or domain names ("Amazon.com", "www.vna.vn")."""

from __future__ import annotations

import re

from cleaners.base import Document, Edit, ParagraphCleaner

#: Sentence punctuation right before a capitalised word, and what must stand
#: before it for a lost space: two letters (not "U.S.The"), two digits, % or a
#: bracket. (It opens with a character class so that the engine skips to the marks.)
STOP_BEFORE_WORD = re.compile(r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)[\"”’)\]]*(?=[A-Z][a-z])")
BEFORE_STOP = re.compile(r"(?:[^\W\d_]{2}|\d{2}|[%)])$")
#: A comma or semicolon right before a word of two or more letters, and what
#: must stand before it: a word of two or more letters, not an acronym ("TL;DR").
COMMA_BEFORE_WORD = re.compile(r"[,;](?=[^\W\d_]{2})")
BEFORE_COMMA = re.compile(r"[^\W\d_]{2}$")
ACRONYM_END = re.compile(r"[A-Z]{2}$")
#: What both patterns above need: a stop, comma or semicolon (closing quotes or
#: brackets may follow) right before a letter.
GLUED_AFTER_PUNCTUATION = re.compile(r"[.!?…,;][\"”’)\]]*[^\W\d_]")
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
        if not GLUED_AFTER_PUNCTUATION.search(paragraph):
            return []  # neither pattern below can match: one search instead of two
        positions: set[int] = set()
        for pattern, before in ((STOP_BEFORE_WORD, BEFORE_STOP), (COMMA_BEFORE_WORD, BEFORE_COMMA)):
            for m in pattern.finditer(paragraph):  # rare: most stops have a space after them
                left = paragraph[max(0, m.start() - 2) : m.start()]
                if not before.search(left) or ACRONYM_END.search(left):
                    continue
                if pattern is STOP_BEFORE_WORD and NOT_A_SENTENCE.match(paragraph, m.end()):
                    continue
                positions.add(m.end())
        return [Edit(p, p, " ") for p in sorted(positions) if not _protected(paragraph, p)]


def _protected(paragraph: str, position: int) -> bool:
    """Whether ``position`` falls inside a URL, e-mail address, handle or domain."""
    start = max(paragraph.rfind(" ", 0, position), paragraph.rfind("\n", 0, position)) + 1
    end = min(
        (i for i in (paragraph.find(" ", position), paragraph.find("\n", position)) if i >= 0),
        default=len(paragraph),
    )
    return bool(PROTECTED_TOKEN.fullmatch(paragraph, start, end))
