"""Choosing between candidate bodies of one page, in both directions.

The pre-pass body (trafilatura on the prepared tree, or the main element's
paragraphs) is the default. When it looks wrong (much shorter than the page's
prose, or far from the page's own JSON-LD ``articleBody``) it is compared with
a second opinion, trafilatura on the raw page:

* the body holds most of the other's text: the body stays (it is the more
  precise of the two);
* what the other has before the page's headline, when the body starts after
  it, is set aside first: a consent notice or a menu at the top of the page;
* the two share a part: the body missed some of the article (a lead in its own
  block, a body split over containers). Paragraphs only the other has join it,
  in the other's order, when they are prose, said once, and not something the
  pre-pass removed as furniture (a comment, a consent notice, a teaser), unless
  together they do not speak of the title's subject while the body does;
* the two are different texts: the JSON-LD body decides when there is one;
  else a body that precedes, on the page, a longer other text on the title's
  subject is its lead (the main element held the lead alone): the other's
  prose follows it; else the one with clearly more prose wins, unless it does
  not speak of the title's subject while the body does.

Texts are compared as sets of 4-word shingles, as the benchmarks score them.

>>> body = ["Short lead of the story, in its own block on the page."]
>>> other = [body[0], "The rest of the story follows here, with the details that "
...     "matter to readers, and it runs on."]
>>> c = choose(body, other, [], None)
>>> c.paragraphs == other, c.winner
(True, 'union')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from cleaners.evidence import is_sentence
from cleaners.language import detect_language
from cleaners.settings import MIN_CORE_PROSE
from cleaners.teasers import DocVocabulary, teaser_score
from scraper.htmltree import norm
from scraper.prepass.topic import terms, title_share
from scraper.settings import (
    AGREEMENT_SHARE,
    BODY_IN_REFERENCE,
    DISJOINT_SHARE,
    FOUND_SHARE,
    HEADING_MAX_DIGIT_SHARE,
    JOIN_MIN_CHARS,
    MIN_BODY_CHARS,
    PROSE_MARGIN,
    RIVAL_TOPIC_FACTOR,
    SHINGLE_WORDS,
    SUSPECT_BODY_CHARS,
    SUSPECT_PROSE_SHARE,
    SUSPECT_REFERENCE_SHARE,
    TITLE_AGREE_SHARE,
    TITLE_DISAGREE_SHARE,
    TITLE_MIN_TERMS,
)

_WORD = re.compile(r"\w+")
#: Characters of a paragraph's start looked for in the page's text to place it.
_ANCHOR_CHARS = 60
BODY = "pre-pass body"
OTHER = "trafilatura on the raw page"


def _place(paragraph: str, text: str) -> int:
    """Where ``paragraph`` opens in ``text`` (whitespace-normalised), -1 if not.

    >>> _place("Second  part.", "First part. Second part.")
    12
    """
    return text.find(norm(paragraph)[:_ANCHOR_CHARS])


def shingle_set(text: str, n: int = SHINGLE_WORDS) -> set[tuple[str, ...]]:
    """The ``n``-word shingles of ``text`` (casefolded; a short text is one).

    >>> sorted(shingle_set("A b c", 2))
    [('a', 'b'), ('b', 'c')]
    """
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def share(inner: set[tuple[str, ...]], outer: set[tuple[str, ...]]) -> float:
    """Share of ``inner``'s shingles that ``outer`` holds (1.0 for none).

    >>> share({("a",), ("b",)}, {("a",)})
    0.5
    """
    return len(inner & outer) / len(inner) if inner else 1.0


def suspect(paragraphs: list[str], prose_chars: int, reference: str | None) -> bool:
    """True when the body may have missed the article. The page's JSON-LD
    body, when it has one of some length, decides alone: the body is suspect
    when far from it. Else the body is suspect when short, or much shorter
    than the page's prose."""
    if reference and len(reference) >= SUSPECT_BODY_CHARS:
        body = shingle_set("\n".join(paragraphs))
        return share(shingle_set(reference), body) < SUSPECT_REFERENCE_SHARE
    length = sum(len(p) for p in paragraphs)
    return length < SUSPECT_BODY_CHARS or length < SUSPECT_PROSE_SHARE * prose_chars


@dataclass
class Choice:
    """The chosen paragraphs, which candidate won (``body``, ``other`` or
    ``union``) and why (empty when the body stood unchanged)."""

    paragraphs: list[str]
    winner: str
    reason: str = ""
    joined: int = 0


def _wordy(line: str) -> bool:
    """True for a line of words (a heading), not of figures (a date, a score).

    >>> _wordy("Who pays"), _wordy("12 March 2024")
    (True, False)
    """
    return sum(c.isdigit() for c in line) <= HEADING_MAX_DIGIT_SHARE * len(line)


def _prose(paragraphs: list[str]) -> int:
    counts = Counter(norm(p) for p in paragraphs)
    return sum(len(p) for p in paragraphs if len(p) >= JOIN_MIN_CHARS and counts[norm(p)] == 1)


def _pick_different(
    body: list[str],
    other: list[str],
    removed: list[str],
    reference: str | None,
    held: float,
    continued: list[str] | None,
    page_text: str | None = None,
) -> Choice:
    """Two different texts: the JSON-LD body decides; else a body the other
    continues (``continued``: the body and the other's prose after it); else
    clearly more prose. When the JSON-LD body holds more of the other text
    but also holds the body, both are the publisher's article (a lead and the
    rest, or the story and a box the page sets beside it), unless the body is
    a lead alone: the other's prose joins the body, but for what the pre-pass
    took out (``removed``), in the order of ``page_text`` (the page's text)
    where it places them all, else after the body."""
    why = f"the two share {held:.0%} of their text"
    if reference:
        ref = shingle_set(reference)
        mine_set = shingle_set("\n".join(body))
        mine = share(ref, mine_set)
        theirs = share(ref, shingle_set("\n".join(other)))
        if theirs <= mine:
            return Choice(body, "body")
        # a lead alone (fewer than MIN_CORE_PROSE sentences) is no article
        # to keep against the text that holds more of the publisher's body
        if share(mine_set, ref) >= BODY_IN_REFERENCE and (
            sum(map(is_sentence, body)) >= MIN_CORE_PROSE
        ):
            fresh, joined = _union([], other, removed, mine_set)
            if not joined:
                return Choice(body, "body")
            reason = f"{why}; the JSON-LD body holds both"
            return Choice(_page_order([*body, *fresh], page_text), "union", reason, joined)
        return Choice(other, "other", f"{why}; it holds {theirs:.0%} of the JSON-LD body")
    if continued is not None:
        joined = len(continued) - len(body)
        reason = f"{why}; it follows the body on the page, on the title's subject"
        return Choice(continued, "union", reason, joined)
    if _prose(other) >= PROSE_MARGIN * max(1, _prose(body)):
        return Choice(other, "other", f"{why}; it holds {_prose(other)} characters of prose")
    return Choice(body, "body")


def _page_order(paragraphs: list[str], page_text: str | None) -> list[str]:
    """``paragraphs`` in the order their openings stand in ``page_text``;
    unchanged when it does not place every one of them.

    >>> _page_order(["Second part.", "First part."], "First part. Second part.")
    ['First part.', 'Second part.']
    """
    if not page_text:
        return paragraphs
    where = [_place(p, page_text) for p in paragraphs]
    if min(where, default=0) < 0:
        return paragraphs
    return [p for _, p in sorted(zip(where, paragraphs, strict=True), key=lambda t: t[0])]


def _continuation(
    body: list[str], other: list[str], removed: list[str], title: str | None, page_text: str | None
) -> list[str] | None:
    """The body followed by the other's prose when the other text continues
    it: it comes after the body's last paragraph in ``page_text``, holds at
    least as much prose, and speaks of the title's subject. Else ``None``."""
    title_terms = terms(title or "")
    if not page_text or len(title_terms) < TITLE_MIN_TERMS:
        return None
    fresh, _ = _union([], other, removed, set())
    if not fresh or _prose(fresh) < _prose(body):
        return None
    if title_share("\n".join(fresh), title_terms) < TITLE_DISAGREE_SHARE:
        return None
    last = _place(body[-1], page_text)
    first = _place(fresh[0], page_text)
    if last < 0 or first <= last:
        return None
    return [*body, *fresh]


def or_reference(choice: Choice, reference: str | None, subject: str | None = None) -> Choice:
    """The page's JSON-LD body (``reference``, a line per paragraph) instead
    of ``choice`` when neither candidate found the article in the page's HTML:
    a page its scripts fill in holds the article in its data alone, and both
    readings of the HTML come back with a menu, a consent notice or nothing.

    The reference must be of some length (``SUSPECT_BODY_CHARS``) and the
    chosen text must hold little of it (less than ``SUSPECT_REFERENCE_SHARE``
    of its shingles). A chosen text of less prose than ``SUSPECT_BODY_CHARS``
    gives way. A longer one stays when it is mostly part of the reference (the
    page shows the article, its data holds more: a transcript, a box) or when
    the reference has less than ``PROSE_MARGIN`` times its prose, unless it
    does not speak of ``subject`` (the page's title and description) while the
    reference does: a page whose data holds another text than it shows is left
    to what it shows, but not for a menu or other stories.

    >>> ref = "\\n".join(f"Paragraph {n} of the story, as the data has it." for n in range(9))
    >>> or_reference(Choice(["Accept all cookies"], "body"), ref).winner
    'reference'
    >>> or_reference(Choice(ref.split("\\n"), "body"), ref).winner
    'body'
    """
    if not reference or len(reference) < SUSPECT_BODY_CHARS:
        return choice
    ref = shingle_set(reference)
    mine = shingle_set("\n".join(choice.paragraphs))
    held = share(ref, mine)
    if held >= SUSPECT_REFERENCE_SHARE:
        return choice
    lines = reference.split("\n")
    prose = _prose(choice.paragraphs)
    if prose >= SUSPECT_BODY_CHARS:
        # the article as the page shows it, which its data holds with more
        # (a transcript, a box), or a text the data does not hold at all and
        # that is not far shorter than it
        if share(mine, ref) >= BODY_IN_REFERENCE:
            return choice
        if _prose(lines) < PROSE_MARGIN * prose and not _off_subject(
            choice.paragraphs, lines, subject, whole=True
        ):
            return choice
    reason = f"the page's HTML holds {held:.0%} of its JSON-LD body"
    return Choice(lines, "reference", reason)


def choose(
    body: list[str],
    other: list[str],
    removed: list[str],
    reference: str | None,
    *,
    title: str | None = None,
    page_text: str | None = None,
    headline: str | None = None,
    raw_text: str | None = None,
    description: str | None = None,
    off_topic: Collection[str] = (),
) -> Choice:
    """The better of the pre-pass ``body`` and the ``other`` candidate, or
    their union; ``removed`` is the text the pre-pass took out as furniture,
    ``reference`` the page's JSON-LD article body, ``title`` the page's title
    and ``page_text`` its text (whitespace-normalised), which give the
    candidates' subject and order; ``headline`` the page's ``<h1>`` (or
    title): when the body starts after it in ``raw_text`` (the raw page's body
    text), what the other has before it is no article text (a consent notice,
    a menu, teasers at the top of the page). ``description`` is the page's:
    with the title, it tells whether a wholly different text is on the
    article's subject. ``off_topic``: those of ``removed`` the pre-pass took
    out for their subject alone (a guess the JSON-LD body may overrule).
    (:func:`or_reference` then gives the JSON-LD body its say.)"""
    other = _after_headline(body, other, headline, raw_text)
    if sum(len(p) for p in body) < MIN_BODY_CHARS:
        if sum(len(p) for p in other) >= MIN_BODY_CHARS:
            return Choice(other, "other", "the pre-pass found no article text")
        return Choice(body, "body")
    mine = shingle_set("\n".join(body))
    theirs = shingle_set("\n".join(other))
    held = share(theirs, mine)
    if held >= AGREEMENT_SHARE:
        return Choice(body, "body")
    overlap = len(mine & theirs) / max(1, min(len(mine), len(theirs)))
    if overlap < DISJOINT_SHARE:
        continued = None if reference else _continuation(body, other, removed, title, page_text)
        # the JSON-LD body overrules a removal made on the subject alone
        guessed = set(off_topic)
        kept_out = [t for t in removed if t not in guessed]
        choice = _pick_different(body, other, kept_out, reference, overlap, continued, page_text)
        # a wholly different text must speak of the subject the page gives
        # (its title and description) when the body does: not comments
        subject = f"{title or ''} {description or ''}"
        if (
            choice.winner != "body"
            and not reference
            and _off_subject(other, body, subject, whole=True)
        ):
            return Choice(body, "body")
        return choice
    merged, joined = _union(body, other, removed, mine)
    merged, joined = _without_alien_tail(merged, body, joined)
    if not joined:
        return Choice(body, "body")
    kept = set(body)
    if _off_subject([p for p in merged if p not in kept], body, title):
        return Choice(body, "body")
    reason = f"the body held {held:.0%} of its text"
    return Choice(merged, "union", reason, joined)


def _without_alien_tail(merged: list[str], body: list[str], joined: int) -> tuple[list[str], int]:
    """``merged`` without the paragraphs joined below the body's last one that
    read as another story's lead against the body (``cleaners.teasers``): new
    names and subjects, none of the body's. The union's premise is that the
    body missed part of the article, and the article's missed lines speak of
    what it does; a page's list of other stories' leads below it does not.
    A body of fewer than ``MIN_CORE_PROSE`` lines of prose (the lead alone)
    says too little of its subject to judge by. Returns the paragraphs and how
    many joined ones are left.

    >>> body = ["Councillors approved the Metrolink tram extension to the airport on "
    ...     "Tuesday.", "The tram line will run alongside the motorway to the terminal.",
    ...     "Residents near the tram route objected to three years of works."]
    >>> lead = ("Wheat farmers in Kansas expect their smallest harvest in a decade after "
    ...     "a dry winter withered seedlings across the Great Plains.")
    >>> merged, joined = _without_alien_tail([*body, lead], body, 1)
    >>> merged == body, joined
    (True, 0)
    """
    kept = set(body)
    last = max((i for i, p in enumerate(merged) if p in kept), default=-1)
    tail = [p for p in merged[last + 1 :] if p not in kept]
    if not tail or sum(map(is_sentence, body)) < MIN_CORE_PROSE:
        return merged, joined
    language = detect_language("\n".join(body)) or "en"
    alien = set()
    for para in tail:
        vocabulary = DocVocabulary([*body, para], language)
        if teaser_score(para, *vocabulary.shared(len(body))) > 0:
            alien.add(para)
    return [p for p in merged if p not in alien], joined - len(alien)


def _after_headline(
    body: list[str], other: list[str], headline: str | None, text: str | None
) -> list[str]:
    """``other`` without the paragraphs that stand before ``headline`` in
    ``text``, when ``body`` starts after it; else ``other`` unchanged."""
    if not body or not other or not headline or not text:
        return other
    top = text.find(norm(headline))
    if top < 0 or _place(body[0], text) <= top:
        return other
    return [p for p in other if not 0 <= _place(p, text) < top]


def _off_subject(
    paragraphs: list[str], body: list[str], subject: str | None, *, whole: bool = False
) -> bool:
    """True when ``paragraphs`` (what the other candidate would bring) hold
    under ``TITLE_DISAGREE_SHARE`` of the terms of ``subject`` (the title, or
    the title and the description) while the body holds at least that:
    comments or other stories beside an article on its subject
    (scraper.prepass.topic). With fewer than ``TITLE_MIN_TERMS`` terms, False."""
    subject_terms = terms(subject or "")
    if len(subject_terms) < TITLE_MIN_TERMS:
        return False
    theirs = title_share("\n".join(paragraphs), subject_terms)
    mine = title_share("\n".join(body), subject_terms)
    # a wholly different text: the subject's common words ("after", "with")
    # lift any text a little, so a body agreeing with the subject
    # RIVAL_TOPIC_FACTOR times as much also keeps its place
    if whole and mine >= TITLE_AGREE_SHARE and mine >= RIVAL_TOPIC_FACTOR * theirs:
        return True
    return theirs < TITLE_DISAGREE_SHARE <= mine


def _union(
    body: list[str], other: list[str], removed: list[str], mine: set[tuple[str, ...]]
) -> tuple[list[str], int]:
    """``body`` with the prose paragraphs only ``other`` has, in ``other``'s
    order; a short line only ``other`` has joins when it opens a paragraph
    that is kept (a section heading)."""
    gone = shingle_set("\n".join(removed)) if removed else set()
    counts = Counter(norm(p) for p in other)
    body_sets = [shingle_set(p) for p in body]
    out: list[str] = []
    next_body = joined = 0
    heading: str | None = None
    for para in other:
        shingles = shingle_set(para)
        if share(shingles, mine) >= FOUND_SHARE:
            # the body has it: emit the body's paragraphs up to that one
            for j in range(next_body, len(body)):
                if body_sets[j] & shingles:
                    out.extend(body[next_body : j + 1])
                    next_body = j + 1
                    break
            heading = None
            continue
        fresh = counts[norm(para)] == 1 and share(shingles, gone) < FOUND_SHARE
        if fresh and len(para) >= JOIN_MIN_CHARS:
            if heading is not None:
                out.append(heading)
                joined += 1
            out.append(para)
            joined += 1
        heading = para if fresh and len(para) < JOIN_MIN_CHARS and _wordy(para) else None
    out.extend(body[next_body:])
    return out, joined
