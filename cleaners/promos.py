"""Lines a page puts around an article that are not the article: ad markers,
subscription and newsletter offers, follow-us lines, contact lines, source tags,
agency credits and tag lists, in the languages of ``cleaners.vocabulary``.

Each kind is its own cleaner, so ``--explain`` names it and a chain can leave
it out. A word list alone never removes a line: each cleaner also asks for the
shape of such a line (short, standing alone, no more than a sentence or two)
and, where a word could be the article's own subject, that the article does not
use the word elsewhere.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Sequence

from cleaners.base import Cleaner, Document
from cleaners.bounded import in_pieces
from cleaners.evidence import sentence_count
from cleaners.settings import (
    MAX_AD_MARKER_CHARS,
    MAX_BARE_CONTACT_CHARS,
    MAX_CONTACT_CHARS,
    MAX_CREDIT_CHARS,
    MAX_MID_PROMO_CHARS,
    MAX_PROMO_CHARS,
    MAX_PROMO_SENTENCES,
    MAX_SOURCE_TAG_CHARS,
    MAX_SOURCE_TAG_WORDS,
    MAX_TIMESTAMP_CHARS,
    TAIL_LINES,
)
from cleaners.vocabulary import (
    AD_MARKER,
    CONTACT_LABEL,
    CREDIT_LINE,
    EMAIL,
    EMBED_NOTICE,
    FEEDBACK,
    FOLLOW_US,
    LINK_ARROW,
    MONTH,
    NUMERIC_DATE,
    PUBLICATION_LABEL,
    SOURCE_TAG,
    SUBSCRIPTION,
    TAXONOMY,
    TIME_OF_DAY,
    TIMESTAMP_TOKEN,
)

#: Reported speech: a line quoting someone is the article's.
REPORTED = re.compile(r"\b(?:said|says|told|sagte|erklärte|a déclaré|dijo|ha detto|disse)\b", re.I)
#: A bullet or dash before a line.
BULLET = re.compile(r"^\s*[•·*▪►▶»>›◦‣∙–—-]\s*")


class DropLines(Cleaner):
    """Remove whole paragraphs that :meth:`drops` picks (a Change each)."""

    # no name: a base, not a cleaner of the registry

    def apply(self, doc: Document) -> None:
        paras = doc.paragraphs
        if len(paras) < 2:
            return
        self.prepare(paras)
        drop = [i for i in range(len(paras)) if self.drops(paras, i)]
        self.prepare([])  # what was measured of the document is not kept past it
        if drop and len(drop) < len(paras):
            doc.remove(self.name, drop)

    def prepare(self, paragraphs: Sequence[str]) -> None:
        """Measure what :meth:`drops` needs of the whole document (once per run)."""

    @abstractmethod
    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        """Whether paragraph ``index`` goes."""


class DropAdMarkers(DropLines):
    """Ad-slot and hidden-embed labels alone on their line ("Advertisement",
    "Story continues below", "Anzeige", "Externer Inhalt nicht verfügbar").

    >>> DropAdMarkers()(Document(["Lead.", "ADVERTISEMENT", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_ad_markers"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        # the notice words the article's own prose uses: there they are its subject
        # (the word search first: it is cheaper than counting sentences)
        self.prose_words: set[str] = set()
        self.notice_words: dict[int, set[str]] = {}
        for i, p in enumerate(paragraphs):
            words = {m.group() for m in EMBED_NOTICE.finditer(in_pieces(str.lower, p))}
            if not words:
                continue
            if _short_offer(p.strip()):
                self.notice_words[i] = words
            else:
                self.prose_words |= words

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) <= MAX_AD_MARKER_CHARS and AD_MARKER.fullmatch(p):
            return True
        # a notice standing in for an embed the reader's consent settings hid,
        # in an article whose prose does not itself speak of such settings
        words = self.notice_words.get(index, set())
        return bool(words) and not words & self.prose_words


def _short_offer(paragraph: str) -> bool:
    """Whether ``paragraph`` is short enough for an offer or a notice."""
    return len(paragraph) <= MAX_PROMO_CHARS and sentence_count(paragraph) <= MAX_PROMO_SENTENCES


class DropPromos(DropLines):
    """Subscription, newsletter, donation and app offers, follow-us lines: short
    lines whose offer words the article does not use elsewhere.

    >>> body = ["The council met on Monday.", "It voted for the plan.",
    ...         "Sign up for our newsletter to get the news in your inbox."]
    >>> DropPromos()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_promos"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        self.lower = [in_pieces(str.lower, p) for p in paragraphs]
        self.holders: dict[str, int] = {}  # offer word -> paragraphs using it

    def _used_elsewhere(self, words: set[str]) -> bool:
        """Whether another paragraph than the one asking uses one of ``words``."""
        for w in words:
            if w not in self.holders:  # one pass per distinct word, not per line
                self.holders[w] = sum(w in p for p in self.lower)
            if self.holders[w] > 1:
                return True
        return False

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_PROMO_CHARS or REPORTED.search(p):
            return False
        lower = p.lower()
        if len(p) <= MAX_MID_PROMO_CHARS and FEEDBACK.search(p):
            return True  # a rating or feedback widget
        if LINK_ARROW.match(p):  # ">> Hier finden Sie …", alone: a list of them is a block
            arrow = p.lstrip()[:2]
            listed = any(
                paragraphs[j].lstrip().startswith(arrow)
                for j in (index - 1, index + 1)
                if 0 <= j < len(paragraphs)
            )
            return not listed and sentence_count(p) <= MAX_PROMO_SENTENCES
        if FOLLOW_US.search(lower):
            return sentence_count(p) <= MAX_PROMO_SENTENCES
        if index < len(paragraphs) - TAIL_LINES and len(p) > MAX_MID_PROMO_CHARS:
            return False  # a longer line amid the article is the article's
        words = {m.group() for m in SUBSCRIPTION.finditer(lower)}
        return (
            bool(words)
            and sentence_count(p) <= MAX_PROMO_SENTENCES
            and not self._used_elsewhere(words)
        )


class DropContact(DropLines):
    """Contact lines: an e-mail address with a label ("Email: …", "Kontakt: …",
    "may be reached at …"), or a short line that is little more than one.

    >>> DropContact()(Document(["Lead.", "• Email: desk@example.org"])).paragraphs
    ['Lead.']
    """

    name = "drop_contact"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_CONTACT_CHARS or "@" not in p or not EMAIL.search(p):
            return False
        return bool(CONTACT_LABEL.search(p)) or len(p) <= MAX_BARE_CONTACT_CHARS


class DropSourceTags(DropLines):
    """Among the last lines: source tags ("Quelle: ntv.de"), agency and
    contributor credits ("Additional reporting by …", "Mit Agenturmaterial"),
    tag lists ("Filed under: …", "Tags: …").

    >>> DropSourceTags()(Document(["Lead.", "More.", "Quelle: ntv.de"])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_source_tags"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        if index == 0 or index < len(paragraphs) - TAIL_LINES:
            return False
        p = BULLET.sub("", paragraphs[index].strip())
        if SOURCE_TAG.match(p):
            return len(p) <= MAX_SOURCE_TAG_CHARS and len(p.split()) <= MAX_SOURCE_TAG_WORDS + 1
        return len(p) <= MAX_CREDIT_CHARS and bool(CREDIT_LINE.match(p) or TAXONOMY.match(p))


class DropTimestamps(DropLines):
    """Lines that are nothing but a date or time, with or without a label
    ("05.08.2024, 20:59 Uhr", "Updated at 1:23 p.m.", "Uppdaterad 15.59 |
    Publicerad 14.14"): the page's publication stamps, left for the metadata
    cleaners when they open the article, taken out wherever else they stand.

    >>> DropTimestamps()(Document(["Lead.", "30. Januar 2024", "More."])).paragraphs
    ['Lead.', 'More.']
    """

    name = "drop_timestamps"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_TIMESTAMP_CHARS or not any(c.isdigit() for c in p):
            return False
        rest = TIMESTAMP_TOKEN.sub("", p)
        if any(c.isalnum() for c in rest):
            return False
        if PUBLICATION_LABEL.search(p):
            return True
        # one date and at most one time: a stamp; two of either are a range (an
        # event's dates or opening hours), a bare number or score is neither
        dates = len(NUMERIC_DATE.findall(p)) + len(MONTH.findall(p))
        times = len(TIME_OF_DAY.findall(NUMERIC_DATE.sub(" ", p)))
        return dates == 1 and times <= 1
