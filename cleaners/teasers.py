"""What a teaser for another story looks like, and how much of a line's
vocabulary the rest of its document shares: the measurements
``cleaners.related`` weighs to find related-article blocks.

A teaser is a self-contained line (one or two sentences, or a headline) about
another story, so it shares little vocabulary with the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cleaners.evidence import (
    common_words,
    content_words,
    is_sentence,
    sentence_count,
    squash,
    stem,
    stems,
    word_count,
)
from cleaners.settings import (
    COMMON_OWN_POINTS,
    COMMON_OWN_SHARE,
    CONTINUATION_POINTS,
    FEW_WORDS_POINTS,
    MAX_TEASER_SENTENCES,
    MAX_TEASER_WORDS,
    MIN_DATELINE_LEAD_WORDS,
    MIN_OWN_SHARED,
    MIN_SQUASHED_WORD,
    MIN_TEASER_WORDS,
    MIN_UNSHARED,
    MIXED_POINTS,
    MOSTLY_NEW_POINTS,
    MOSTLY_NEW_SHARE,
    OWN_POINTS,
    OWN_SHARE,
    TEASER_POINTS,
)

#: Bullets and arrows that may open a teaser line.
BULLET = re.compile(r"^\s*(?:[•·*▪►▶»>›◦‣∙–—-]|\d{1,2}[.)])\s*")
#: Lines that continue the story rather than open another: an anaphoric or
#: connective first word, a quotation, a reported-speech clause. ("We" and "I"
#: open promotional teasers as often as an article's lines: they point to the
#: writer, not back to the text.)
CONTINUATION = re.compile(
    r"^(?:[\"“‘'«„]|(?:he|she|it|they|his|her|its|their|this|these|those|that|there"
    r"|however|but|and|or|so|also|both|another|meanwhile|still|yet|then|instead|such"
    r"|the\s+(?:former|latter|same|two|three|move|decision|company|group|man|woman))\b)",
    re.I,
)
REPORTED = re.compile(r"\b(?:he|she|they|we|i|it)\s+(?:said|says|added|told|noted)\b", re.I)
#: The same in the other languages detected: a personal pronoun or a connective
#: ("Er forderte", "Hun står", "Il a", "Ayrıca"), followed by a lower-case word (a
#: verb or the clause going on: "Han Kang", "Ella Fitzgerald" are names). Words
#: another language opens a lead with are left out ("Il" and "Mais" in Italian
#: and Portuguese, "Dia" and "Lei" in Portuguese, "Dock" in English).
CONTINUATION_OTHER = re.compile(
    r"^(?i:er|sie|doch|zudem|außerdem|allerdings|dennoch|deshalb"  # de
    r"|elle|ils|elles|pourtant|cependant"  # fr
    r"|él|ella|ellos|ellas|pero|además|sin\s+embargo"  # es
    r"|lui|loro|però|inoltre|tuttavia"  # it
    r"|ele|ela|eles|elas|porém|contudo"  # pt
    r"|hij|zij|maar|daarnaast|bovendien"  # nl
    r"|han|hon|hun|dessutom|dessuten|desuden"  # sv, no, da
    r"|ona|oni|jednak|ponadto"  # pl
    r"|ancak|ayrıca"  # tr
    r"|ia|mereka|namun"  # id, ms
    r"|nicméně|navíc|avšak|navyše"  # cs, sk ("on", "ona": "On Monday", Polish's list)
    r"|он|она|они|однако|він|вона|вони|проте|однак"  # ru, uk
    r"|той|тя|те|обаче|тој|таа|тие|меѓутоа"  # bg, mk
    r"|αυτός|αυτή|αυτοί|ωστόσο|όμως|επίσης"  # el
    r"|hän|lisäksi|kuitenkin|ő|ők|azonban|emellett|însă|totuși"  # fi, hu, ro
    r"|međutim|također|vendar|tačiau|jis|ji|jie|tomēr|viņš|viņa|viņi"  # hr/sr/bs, sl, lt, lv
    r"|hann|hún|þeir|tanmateix|tuy\s+nhiên|ngoài\s+ra)"  # is, ca, vi
    r"[,:]?\s+(\w)"
)
#: The double quotation marks of every script's conventions (“…”, „…“, ”…”, «…»,
#: »…«, 「…」): each quotation has two, whichever way they face. Apostrophes and
#: single marks are left out: they stand in words ("don't", "l'État").
QUOTE_MARKS = re.compile(r"[\"“”„‟«»「」『』]")
#: A "»" or ">" bullet (followed by a space) opens no quotation.
ARROW_BULLET = re.compile(r"^\s*[»>›]\s+")

#: A voice: a line that ends with a quotation of three words or more, set off
#: by a colon or a dash ("Name, role: „…“", "Name – « … »"; any language's
#: marks, the French space inside guillemets allowed).
_NOT_A_MARK = r"[^\"“”„«»「」『』\s]"
VOICE = re.compile(
    rf"[:：–—-]\s*[\"“”„«»‘‚‹›「『]\s?(?:{_NOT_A_MARK}+\s+){{2,}}[^\"“”„«»「」『』]*?"
    rf"[\"“”«»’‘‹›」』][.!?…]?\s*$"
)


def strip_bullet(paragraph: str) -> str:
    """``paragraph`` without a leading bullet or list number.

    >>> strip_bullet("• Police chiefs meet in Hanoi")
    'Police chiefs meet in Hanoi'
    """
    return BULLET.sub("", paragraph, count=1)


#: How a headline's second half opens when it goes on from the first.
ELLIPSES = ("…", "...")


def teaser_shaped(paragraph: str, max_sentences: int = MAX_TEASER_SENTENCES) -> bool:
    """Whether ``paragraph`` has a teaser's shape: a headline or one or two
    sentences, starting as a headline does.

    >>> teaser_shaped("• Police chiefs of ASEAN meet in Hanoi on September 18")
    True
    >>> teaser_shaped("VNA"), teaser_shaped("“We will win,” he said. Then he left. It rained.")
    (False, False)
    """
    text = strip_bullet(paragraph).strip()
    words = word_count(text)
    if not MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS:
        return False
    first = next((c for c in text if c.isalnum()), "")
    uncased = first.isalpha() and first.lower() == first.upper()  # CJK, Arabic, Thai…
    # a headline may go on from its first half after an ellipsis: "…as Bela
    # Bela communities cry foul"
    going_on = text.startswith(ELLIPSES)
    if not (first.isupper() or first.isdigit() or uncased or going_on):
        return False
    return sentence_count(text) <= max_sentences


#: A story's dateline opening a line: a place in capitals (perhaps a region
#: or a date after a comma, an agency in brackets) or a place and an agency in
#: brackets, then a dash ("WASHINGTON —", "KATHMANDU, Aug 7 (Xinhua) --",
#: "Kiel (dpo) -", "MADRID, 5 may (EFE).-"). Stricter than the caption
#: cleaner's ``LEAD_SOURCE_TAG``, which also takes a capitalised subject before
#: a dash ("The Palestinian Authority - which …"): past an article's opening,
#: such a sentence is the article's.
STORY_DATELINE = re.compile(
    r"(?:[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’ -]{2,40}(?:,\s[^()–—]{1,40}?)?(?:\s\([^()]{1,30}\))?"
    r"|[A-ZÀ-ÞĀ-Ž][\w.'’ -]{1,40}?\s\([^()]{1,30}\))\.?\s?(?:--|[–—-])\s+[\"“„«]?\w"
)


def opens_story(paragraph: str) -> bool:
    """Whether ``paragraph`` is a story's first sentence: a dateline, then a
    sentence of ``MIN_DATELINE_LEAD_WORDS`` words or more. Past its opening
    lines an article's paragraphs never open so; another story's lead does.

    >>> opens_story("WASHINGTON — NASA added five companies to a contract for moon deliveries.")
    True
    >>> opens_story("June 20 – Raleigh, NC @ Coastal Credit Union Music Park")
    False
    >>> opens_story("PEPA – Universitätsklinikum Heidelberg (UKHD)")
    False
    """
    text = strip_bullet(paragraph).strip()
    return (
        bool(STORY_DATELINE.match(text))
        and len(text.split()) >= MIN_DATELINE_LEAD_WORDS
        and is_sentence(text)
    )


def continues_in_other_language(text: str) -> bool:
    """Whether ``text`` opens as a line going on from the one before does, in a
    language other than English: a pronoun or a connective, then a lower-case word.

    >>> continues_in_other_language("Hun står med en rekord på 4,70 meter.")
    True
    >>> continues_in_other_language("Han Kang wins the Nobel prize in literature")
    False
    """
    m = CONTINUATION_OTHER.match(text)
    return m is not None and m.group(1).islower()


def open_quotation(paragraph: str) -> bool:
    """Whether ``paragraph`` opens a quotation it does not close, or closes one
    opened above: an odd count of quotation marks, in any language's style. Such
    a line is part of a quotation that runs over several lines, the article's
    own text: a teaser is self-contained.

    >>> open_quotation("Police wrote: ”The woman is about 166 centimetres tall.")
    True
    >>> open_quotation("»Wir bleiben«, sagte sie."), open_quotation("» Weitere Nachrichten")
    (False, False)
    """
    return len(QUOTE_MARKS.findall(ARROW_BULLET.sub("", paragraph, count=1))) % 2 == 1


def bullet_of(paragraph: str) -> str:
    """The bullet that opens ``paragraph`` ("" for none; list numbers are "#").

    >>> bullet_of("• Police chiefs meet"), bullet_of("12. Item"), bullet_of("Plain")
    ('•', '#', '')
    """
    m = BULLET.match(paragraph)
    if not m:
        return ""
    mark = m.group().strip()
    return "#" if mark[:1].isdigit() else mark


def continues_story(paragraph: str) -> bool:
    """Whether ``paragraph`` goes on from the line before (a pronoun or a
    connective first, reported speech, a quotation left open) rather than
    opening a story of its own, as a teaser does.

    >>> continues_story("• However, the vote was delayed."), continues_story("Rice exports rose.")
    (True, False)
    """
    text = strip_bullet(paragraph)
    return bool(
        CONTINUATION.match(text)
        or REPORTED.search(text)
        or open_quotation(paragraph)
        or continues_in_other_language(text)
    )


def teaser_score(paragraph: str, shared: int, unshared: int, common: float = 0.0) -> float:
    """How much a line looks like a teaser for another story (positive) or like
    the article's own text (negative), given how many of its topical words the
    rest of the document uses (``shared``) and how many it does not, and the
    share of all its content words the rest uses (``common``).

    >>> teaser_score("Rice exports from the Mekong delta rose sharply.", 0, 3)
    1.0
    >>> teaser_score("He said the talks in Santiago and Lima would go on.", 2, 0)
    -2.5
    """
    score = CONTINUATION_POINTS if continues_story(paragraph) else 0.0
    if common >= COMMON_OWN_SHARE:
        score += COMMON_OWN_POINTS  # it speaks the article's language, if not its names
    total = shared + unshared
    if total == 0:
        return score
    if shared >= MIN_OWN_SHARED and shared / total >= OWN_SHARE:
        return score + OWN_POINTS
    if shared == 0:
        return score + (TEASER_POINTS if unshared >= MIN_UNSHARED else FEW_WORDS_POINTS)
    if shared / total < MOSTLY_NEW_SHARE and unshared >= MIN_UNSHARED:
        return score + MOSTLY_NEW_POINTS
    return score + MIXED_POINTS


class DocVocabulary:
    """Which paragraphs use which content words, to measure how much of one
    paragraph's vocabulary the rest of the document shares."""

    def __init__(self, paragraphs: list[str], language: str = "en") -> None:
        self.paragraphs = paragraphs
        self.language = language
        self.frequency: Counter[str] | None = None  # built on first use
        self.squashed = ""
        self.bounds: list[tuple[int, int]] = []
        self._shared: dict[int, tuple[int, int, float]] = {}
        self._stems: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def _build(self) -> Counter[str]:
        frequency: Counter[str] = Counter()
        where: dict[str, tuple[int, int]] = {}  # a paragraph and its echoes count once
        parts = []
        pos = 0
        for p in self.paragraphs:
            s = squash(p)
            if s not in where:
                frequency.update(stems(p))
                where[s] = (pos, pos + len(s))
                parts.append(s)
                pos += len(s)
            self.bounds.append(where[s])
        self.squashed = "".join(parts)
        self.frequency = frequency
        return frequency

    def shared(self, index: int, without: Sequence[int] = ()) -> tuple[int, int, float]:
        """How many of paragraph ``index``'s topical words occur elsewhere in the
        document (leaving out the paragraphs ``without``), how many do not, and
        the share of all its content words that occur elsewhere."""
        if without:
            return self._count_shared(index, without)
        found = self._shared.get(index)
        if found is None:  # asked again for the lines around a block: counted once
            found = self._shared[index] = self._count_shared(index)
        return found

    def topical(self, index: int) -> frozenset[str]:
        """The stems of paragraph ``index``'s topical words: its content words
        that are not among the language's common ones."""
        return self._words(index)[0]

    def _words(self, index: int) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of paragraph ``index``'s topical words and of all its
        content words (counted once per paragraph)."""
        found = self._stems.get(index)
        if found is None:
            content_list = content_words(self.paragraphs[index])
            common_list = common_words(self.language)
            found = self._stems[index] = (
                frozenset(stem(w) for w in content_list if w not in common_list),
                frozenset(stem(w) for w in content_list),
            )
        return found

    def _count_shared(self, index: int, without: Sequence[int] = ()) -> tuple[int, int, float]:
        frequency = self.frequency if self.frequency is not None else self._build()
        words, content = self._words(index)
        own = self.bounds[index]
        left_out = {self.bounds[i] for i in without} - {own}  # an echo counts once
        elsewhere = Counter({w: frequency[w] for w in content})
        for i in without:
            if self.bounds[i] in left_out:
                left_out.discard(self.bounds[i])
                for w in content & stems(self.paragraphs[i]):
                    elsewhere[w] -= 1
        gaps = []  # the squashed document outside this paragraph and those left out
        pos = 0
        for start, end in sorted({own, *{self.bounds[i] for i in without}}):
            if start > pos:
                gaps.append((pos, start))
            pos = max(pos, end)
        gaps.append((pos, len(self.squashed)))
        hits = 0
        for w in words:
            if elsewhere[w] > 1 or (
                len(w) >= MIN_SQUASHED_WORD
                and any(self.squashed.find(w, a, b) >= 0 for a, b in gaps)
            ):
                hits += 1  # found elsewhere (perhaps hidden by a lost space)
        common = sum(elsewhere[w] > 1 for w in content) / len(content) if content else 0.0
        return hits, len(words) - hits, common
