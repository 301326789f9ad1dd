"""Unicode repair: mojibake, HTML entities left in text, control characters."""

from __future__ import annotations

import ftfy

from cleaners.base import Document, Edit, ParagraphCleaner, diff_edit

#: ftfy's fixes minus the ones that would change legitimate typography: curly
#: quotes stay curly, and full-width forms (normal in CJK text) stay.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    explain=False,
)


class FixUnicode(ParagraphCleaner):
    """Repair mojibake and stray entities with ftfy.

    >>> FixUnicode().fix("Sebasti\u00c3\u00a1n Pi\u00c3\u00b1era")
    'Sebastián Piñera'
    >>> FixUnicode().fix("Vietnam\u2019s police")
    'Vietnam’s police'
    """

    name = "fix_unicode"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        if paragraph.isascii() and "&" not in paragraph and "\x1b" not in paragraph:
            return []  # nothing ftfy could fix: skip it on the hot path
        return diff_edit(paragraph, ftfy.fix_text(paragraph, FTFY_CONFIG))
