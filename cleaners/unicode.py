"""Unicode repair: mojibake, HTML entities left in text, control characters."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.chardata import CONTROL_CHARS, LIGATURES, UTF8_CLUES, UTF8_DETECTOR_RE

from cleaners.base import Document, Edit, ParagraphCleaner, diff_edit
from cleaners.settings import (
    MAX_FTFY_PASSES,
)
from cleaners.whitespace import INVISIBLE, INVISIBLE_CHARS, SPACE_CHARS, SPACE_RUN

#: ftfy's fixes minus the ones that would change legitimate typography: curly
#: quotes stay curly, and full-width forms (normal in CJK text) stay.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    explain=False,
)


#: Characters ftfy would change on their own: controls it removes, ligatures it
#: splits, C1 controls, U+FFFD and surrogates (clues of broken text), the start of an HTML
#: entity, a terminal escape.
_SUSPECT_CHARS = (
    "".join(re.escape(chr(c)) for c in sorted({*CONTROL_CHARS, *LIGATURES}))
    + "\x80-\x9f\ufffd\ud800-\udfff&\x1b"
)
SUSPECT = re.compile(f"[{_SUSPECT_CHARS}]")
#: The same characters and the invisible ones together: one search for both.
SUSPECT_OR_INVISIBLE = re.compile(f"[{_SUSPECT_CHARS}{INVISIBLE_CHARS}]")
#: How every match of ftfy's slow ``UTF8_DETECTOR_RE`` starts (a UTF-8 lead byte,
#: then a continuation byte or any space): texts without it skip the detector.
MOJIBAKE_START = re.compile(
    "[" + "".join(UTF8_CLUES[f"utf8_first_of_{n}"] for n in (2, 3, 4)) + "]"
    f"[{UTF8_CLUES['utf8_continuation']}{SPACE_CHARS}]"
)


def needs_ftfy(paragraph: str) -> bool:
    """Whether ftfy could change ``paragraph``: a cheap test that keeps ftfy off
    the many paragraphs whose only non-ASCII characters are typography.

    >>> needs_ftfy("Vietnam’s police – “INTERPOL”"), needs_ftfy("cafÃ© au lait")
    (False, True)
    """
    if paragraph.isascii():
        return "&" in paragraph or "\x1b" in paragraph or bool(SUSPECT.search(paragraph))
    return bool(
        SUSPECT_OR_INVISIBLE.search(paragraph)  # invisibles can hide mojibake from the test below
        or (
            MOJIBAKE_START.search(paragraph)
            and (
                UTF8_DETECTOR_RE.search(paragraph)
                or UTF8_DETECTOR_RE.search(SPACE_RUN.sub(" ", paragraph))  # so can a no-break space
            )
        )
        or not unicodedata.is_normalized("NFC", paragraph)
    )


def fix_text(text: str) -> str:
    """``ftfy.fix_text`` with :data:`FTFY_CONFIG`: ftfy's public API, whatever
    its release (:func:`needs_ftfy` keeps it off the paragraphs it cannot change).

    >>> fix_text("SebastiÃ¡n PiÃ±era &amp; ﬁnance")
    'Sebastián Piñera & finance'
    """
    return ftfy.fix_text(text, FTFY_CONFIG)


class FixUnicode(ParagraphCleaner):
    """Repair mojibake and stray entities with ftfy.

    >>> FixUnicode().fix("Sebasti\u00c3\u00a1n Pi\u00c3\u00b1era")
    'Sebastián Piñera'
    >>> FixUnicode().fix("Vietnam\u2019s police")
    'Vietnam’s police'
    """

    name = "fix_unicode"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if not needs_ftfy(paragraph):
            return []  # nothing ftfy could fix: skip it on the hot path
        # ftfy sees the text as it is first (a soft hyphen can be mojibake: "Ã\u00ad"),
        # then again without the invisible characters that can hide more ("Â\u00ad\x80").
        fixed = fix_text(paragraph)
        for _ in range(MAX_FTFY_PASSES):
            visible = SPACE_RUN.sub(" ", INVISIBLE.sub("", fixed))  # as normalize_whitespace will
            if visible == paragraph or not needs_ftfy(visible):
                break  # nothing left that ftfy could change
            again = fix_text(visible)
            if again == visible:
                break  # stable: a second run of the chain will find nothing
            fixed = again
        return diff_edit(paragraph, fixed)
