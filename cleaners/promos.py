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
    TAIL_LINES,
)
from cleaners.vocabulary import (
    AD_MARKER,
    CONTACT_LABEL,
    CREDIT_LINE,
    EMAIL,
    FOLLOW_US,
    SOURCE_TAG,
    SUBSCRIPTION,
    TAXONOMY,
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
        drop = [i for i in range(len(paras)) if self.drops(paras, i)]
        if drop and len(drop) < len(paras):
            doc.remove(self.name, drop)

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

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        return len(p) <= MAX_AD_MARKER_CHARS and bool(AD_MARKER.fullmatch(p))


def _used_elsewhere(paragraphs: Sequence[str], index: int, words: set[str]) -> bool:
    """Whether another paragraph uses one of ``words`` (lower-cased)."""
    return any(any(w in p.lower() for w in words) for i, p in enumerate(paragraphs) if i != index)


class DropPromos(DropLines):
    """Subscription, newsletter, donation and app offers, follow-us lines: short
    lines whose offer words the article does not use elsewhere.

    >>> body = ["The council met on Monday.", "It voted for the plan.",
    ...         "Sign up for our newsletter to get the news in your inbox."]
    >>> DropPromos()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_promos"

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        p = paragraphs[index].strip()
        if len(p) > MAX_PROMO_CHARS or REPORTED.search(p):
            return False
        lower = p.lower()
        if FOLLOW_US.search(lower):
            return sentence_count(p) <= MAX_PROMO_SENTENCES
        if index < len(paragraphs) - TAIL_LINES and len(p) > MAX_MID_PROMO_CHARS:
            return False  # a longer line amid the article is the article's
        words = {m.group() for m in SUBSCRIPTION.finditer(lower)}
        return (
            bool(words)
            and sentence_count(p) <= MAX_PROMO_SENTENCES
            and not _used_elsewhere(paragraphs, index, words)
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
