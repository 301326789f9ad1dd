"""Legal lines among the last lines of the body: a copyright notice ("© 2024
Gazette. All rights reserved.", "copyright Inexhibit 2019 - ISSN: 2283-5474"),
"All rights reserved" in any wording the vocabulary knows, a periodical's ISSN,
a suggestion of how to cite the page (its address, a date, "abgerufen am").
A notice alone on its line goes with the line; one glued to the end of the last
lines (the page's footer read into its last paragraph) is cut off it.

The evidence is the notice's shape: the sign or the word "copyright" with a
year and a holder of a few words, standing at the end of a line among the last
ones; prose about copyright names no year right after the word, or goes on
after it.
"""

from __future__ import annotations

import re

from cleaners.article import Change
from cleaners.base import PARAGRAPH_SEPARATOR, Cleaner, Document
from cleaners.settings_lines import (
    MAX_CITATION_LABEL_WORDS,
    MAX_LEGAL_CHARS,
    MAX_LEGAL_NOTICE_CHARS,
    TAIL_LINES,
)
from cleaners.vocabulary import MONTH, NUMERIC_DATE
from cleaners.vocabulary_boxes import (
    ACCESSED,
    CITATION_LABEL,
    COPYRIGHT_LINE,
    COPYRIGHT_NOTICE,
    ISSN_LINE,
    RIGHTS_RESERVED,
)

#: A web address in a line.
WEB_ADDRESS = re.compile(r"https?://\S|www\.\w")
#: A date: digits, or a month's name.
DATE = re.compile(rf"{NUMERIC_DATE.pattern}|(?i:{MONTH.pattern})")


def legal_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is a legal line as a whole: a copyright notice
    opening it, the rights reserved, or an ISSN, in a short line.

    >>> legal_line("© 2024 Gazette. All rights reserved.")
    True
    >>> legal_line("© Copyright Chemnitzer Verlag und Druck GmbH & Co. KG")
    True
    >>> legal_line("Copyright law changed in 2019, the court said.")
    False
    """
    text = paragraph.strip()
    if len(text) > MAX_LEGAL_CHARS:
        return False
    if COPYRIGHT_NOTICE.match(text) or COPYRIGHT_LINE.fullmatch(text):
        return True
    if RIGHTS_RESERVED.match(text.lstrip("©().- ")) or ISSN_LINE.fullmatch(text):
        return True
    return citation_line(text)


def citation_line(paragraph: str) -> bool:
    """Whether ``paragraph`` says how to cite the page (the rule ``citation``):
    a web address, a date and the label of the day it was read, in a short
    line; or a short label of such a suggestion ("Infos zum Zitiervorschlag").

    >>> citation_line("Gaza: . In: Legal Tribune Online, 20.10.2025, "
    ...               "https://www.lto.de/a/58420 (abgerufen am: 20.10.2025)")
    True
    >>> citation_line("The report, published on 20.10.2025 at https://example.org, was read.")
    False
    """
    text = paragraph.strip()
    if len(text) > MAX_LEGAL_CHARS:
        return False
    if len(text.split()) <= MAX_CITATION_LABEL_WORDS and CITATION_LABEL.search(text):
        return not text.endswith((".", "!", "?"))
    return bool(WEB_ADDRESS.search(text) and DATE.search(text) and ACCESSED.search(text))


def glued_notice(paragraph: str) -> int:
    """Where a copyright notice glued to the end of ``paragraph`` starts (-1
    for none): after a space, short, the paragraph's other words before it.

    >>> glued_notice("29 November 2018 | 20 January 2019 copyright Inexhibit 2019")
    35
    """
    if "©" not in paragraph and "opyright" not in paragraph.lower():
        return -1  # most lines (the cheap test)
    text = paragraph.rstrip()
    for notice in COPYRIGHT_NOTICE.finditer(text):
        start = notice.start()
        if notice.end() == len(text) and start > 0 and text[start - 1].isspace():
            return start if len(notice.group()) <= MAX_LEGAL_NOTICE_CHARS else -1
    return -1


class DropLegalLines(Cleaner):
    """Remove legal lines among the last ``TAIL_LINES`` lines, and cut a
    copyright notice glued to the end of one.

    >>> doc = Document(["The show opens on Friday.", "It runs until May.",
    ...                 "Tickets cost €12. © 2024 Gazette. All rights reserved."])
    >>> DropLegalLines()(doc).paragraphs[-1]
    'Tickets cost €12.'
    """

    name = "drop_legal_lines"

    def apply(self, doc: Document) -> None:
        paras = doc.paragraphs
        if len(paras) < 2:
            return
        first = max(1, len(paras) - TAIL_LINES)  # the first line is the article's
        whole = [i for i in range(first, len(paras)) if legal_line(paras[i])]
        if whole:
            doc.remove(self.name, whole)
        paras = doc.paragraphs
        first = max(1, len(paras) - TAIL_LINES + len(whole))  # the same lines, less those gone
        sep = len(PARAGRAPH_SEPARATOR)
        for i in range(first, len(paras)):
            start = glued_notice(paras[i])
            if start > 0:
                kept = paras[i][:start].rstrip()
                offset = sum(len(p) + sep for p in paras[:i]) + len(kept)
                doc.changes.append(Change(self.name, "remove", paras[i][len(kept) :], offset))
                paras[i] = kept
