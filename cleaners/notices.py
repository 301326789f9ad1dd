"""Notices a page sets beside the article that are not the article: a note that
it was translated by machine, an investment disclaimer, the consent text of an
embed, a comment-moderation notice, a helpline box, what the page's own software
says (a player's fallback, a form's feedback, "Link copied"); and the "About the
company" paragraphs that close a press release.

Their words (``cleaners.vocabulary_boxes.PAGE_NOTICE``) are evidence, never the
only evidence: a notice is a short paragraph of a few sentences (a software
message shorter still, and never in quotation marks), and the article's own
lines never use its words (an article about machine translation, or about a
helpline, or about a crashed web form, keeps every line that speaks of it). A
short label ending in a colon right above a notice ("Bitte beachten:") goes with
it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.bounded import in_pieces
from cleaners.evidence import is_sentence, sentence_count
from cleaners.language import fold_case
from cleaners.promos import DropLines
from cleaners.settings_lines import (
    MAX_BOILERPLATE_SHORT_WORDS,
    MAX_NOTICE_CHARS,
    MAX_NOTICE_LABEL_WORDS,
    MAX_NOTICE_SENTENCES,
    MAX_SOFTWARE_MESSAGE_CHARS,
    MIN_COMPANY_FACTS,
    TAIL_LINES,
)
from cleaners.teasers import QUOTE_MARKS
from cleaners.vocabulary_boxes import (
    COMPANY_DEFINITION,
    COMPANY_FACT,
    NOTICE_LABEL,
    PAGE_NOTICE,
    PAGE_NOTICE_CJK,
    SOFTWARE_MESSAGE_WORDS,
)

#: A web or e-mail address: a line of the company's contacts.
ADDRESS = re.compile(r"www\.|https?://|@\w")


def notice_words(lower: str) -> set[str]:
    """The notice and software-message phrases of ``lower`` (a lower-cased
    paragraph), each with single spaces.

    >>> sorted(notice_words("dies ist keine anlageberatung. 読み込み中"))
    ['keine anlageberatung', '読み込み中']
    """
    found = {" ".join(m.group().split()) for m in PAGE_NOTICE.finditer(lower)}
    if not lower.isascii():
        found.update(m.group() for m in PAGE_NOTICE_CJK.finditer(lower))
    return found


class DropNotices(DropLines):
    """Remove notices about the page or the article (machine translation,
    investment disclaimers, embed consent, comment moderation, helplines,
    the page's software messages) that stand as short paragraphs of their own.

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
        # the short lines first: without a notice among them, the longer ones
        # need no search
        short = [len(p.strip()) <= MAX_NOTICE_CHARS for p in paragraphs]
        shaped: set[int] = set()
        for first_pass in (True, False):
            for i, p in enumerate(paragraphs):
                if short[i] != first_pass:
                    continue
                lower = in_pieces(fold_case, p)
                found = notice_words(lower)
                if found:
                    words[i] = found
                    # a software message alone is a short one, and never in
                    # quotation marks: there the article quotes it
                    alone = found <= SOFTWARE_MESSAGE_WORDS
                    size = MAX_SOFTWARE_MESSAGE_CHARS if alone else MAX_NOTICE_CHARS
                    text = p.strip()
                    if alone and QUOTE_MARKS.search(text):
                        continue
                    if len(text) <= size and sentence_count(text) <= MAX_NOTICE_SENTENCES:
                        shaped.add(i)
            if not shaped:
                return
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


class DropCompanyBoilerplate(DropLines):
    """Remove the "About the company" paragraphs that close a press release:
    among the last ``TAIL_LINES`` paragraphs, the run at the end of paragraphs
    that open by saying what a company is ("Ascom is a global solutions
    provider …") and say where it has its seat, how many it employs, where its
    shares are listed or that it leads its market (``COMPANY_FACT``), with
    ``MIN_COMPANY_FACTS`` such facts or an address. Short lines inside the run
    (a web address, a contact) go with it; an article that ends on other text,
    or on one fact about a company, keeps every line.

    >>> from cleaners.base import Document
    >>> body = ["Ascom and GE announced a partnership on Monday.", "It starts in May.",
    ...         "Ascom is a global solutions provider focused on healthcare ICT.",
    ...         "Ascom is headquartered in Baar and employs around 1,300 people worldwide."]
    >>> DropCompanyBoilerplate()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_company_boilerplate"

    def prepare(self, paragraphs: Sequence[str]) -> None:
        self.run: set[int] = set()
        facts: set[str] = set()
        first_fact = None
        for i in range(len(paragraphs) - 1, max(0, len(paragraphs) - TAIL_LINES) - 1, -1):
            p = paragraphs[i].strip()
            found = _facts(p)
            if not (found or _is_reference(p)):
                break  # the article's own text: the run (if any) starts below it
            self.run.add(i)
            if found:
                facts |= found
                first_fact = i
        if first_fact is None:
            self.run = set()
            return
        self.run = {i for i in self.run if i >= first_fact}  # short lines above it stay
        # a company's self-description gives an address or several facts;
        # one fact ("Nvidia is the world's leading maker of AI chips.") ends stories too
        described = len(facts) >= MIN_COMPANY_FACTS or any(
            ADDRESS.search(paragraphs[i]) for i in self.run
        )
        if len(self.run) >= len(paragraphs) - 1 or not described:
            self.run = set()  # nothing would be left of the article, or no self-description

    def drops(self, paragraphs: Sequence[str], index: int) -> bool:
        return index in self.run


def _is_reference(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short line that points elsewhere (a web or
    e-mail address) or is no sentence (a name, a phone number)."""
    short = len(paragraph.split()) <= MAX_BOILERPLATE_SHORT_WORDS
    return short and (bool(ADDRESS.search(paragraph)) or not is_sentence(paragraph))


def _facts(paragraph: str) -> set[str]:
    """The company facts (seat, staff, listing, market) ``paragraph`` states
    when it opens by saying what a company is; none otherwise."""
    if not COMPANY_DEFINITION.match(paragraph):
        return set()
    return {m.group() for m in COMPANY_FACT.finditer(in_pieces(fold_case, paragraph))}
