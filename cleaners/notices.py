"""Notices a page sets beside the article that are not the article: a note that
it was translated by machine, an investment disclaimer, the consent text of an
embed, a comment-moderation notice, a helpline box.

Their words (``cleaners.vocabulary_boxes.NOTICE``) are evidence, never the only
evidence: a notice is a short paragraph of a few sentences, and the article's
own lines never use its words (an article about machine translation, or about a
helpline, keeps every line that speaks of it). A short label ending in a colon
right above a notice ("Bitte beachten:") goes with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.bounded import in_pieces
from cleaners.evidence import sentence_count
from cleaners.promos import DropLines
from cleaners.settings import MAX_NOTICE_CHARS, MAX_NOTICE_LABEL_WORDS, MAX_NOTICE_SENTENCES
from cleaners.vocabulary_boxes import NOTICE, NOTICE_LABEL


class DropNotices(DropLines):
    """Remove notices about the page or the article (machine translation,
    investment disclaimers, embed consent, comment moderation, helplines) that
    stand as short paragraphs of their own.

    >>> from cleaners.base import Document
    >>> body = ["Die Aktie stieg am Montag um zehn Prozent.", "Der Konzern hob die Prognose an.",
    ...         "Bitte beachten:", "Aktien sind mit einem Risiko verbunden, auch ein "
    ...         "Totalverlust ist möglich. Dies ist keine Anlageberatung."]
    >>> DropNotices()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_notices"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        self.notices: set[int] = set()
        words: dict[int, set[str]] = {}
        for i, p in enumerate(paragraphs):
            found = {m.group() for m in NOTICE.finditer(in_pieces(str.lower, p))}
            if found:
                words[i] = found
        shaped = {
            i
            for i in words
            if len(paragraphs[i].strip()) <= MAX_NOTICE_CHARS
            and sentence_count(paragraphs[i].strip()) <= MAX_NOTICE_SENTENCES
        }
        for i in shaped:
            # a longer paragraph using the notice's words makes them the article's
            # subject (an article about machine translation keeps its lines)
            if not any(words[i] & words[j] for j in words.keys() - shaped):
                self.notices.add(i)
        for i in sorted(self.notices):
            label = paragraphs[i - 1].strip() if i else ""
            if (
                label
                and len(label.split()) <= MAX_NOTICE_LABEL_WORDS
                and NOTICE_LABEL.fullmatch(label)
            ):
                self.notices.add(i - 1)

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        return index in self.notices
