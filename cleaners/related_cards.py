"""Story cards: other stories' headlines (each perhaps under a kicker, with a
date, a time or its lead sentence below it) set after the article's last
paragraph or between two of its paragraphs, found by what they are rather
than by a heading's words.

A card's headline is a line of a headline's shape (a few words, no sentence
end) about another subject: most of its topical words (content words rarer
than ``TOPICAL_ZIPF``) occur nowhere in the article, and it opens with no
pronoun or connective going on from the line above. Its lead is one such
sentence. The measure is the article's vocabulary in any language (content
words by every language's stop words, rarity by the detected language's word
frequencies), so no list of headings is needed:

- :func:`card_tail`: a run of cards at the end, ``MIN_CARD_HEADLINES``
  headlines at least, each line measured against the article above the run
  only (a headline and its lead share their own words, not the article's);
- :func:`card_box`: a run of card headlines between two paragraphs, each
  measured against the whole article around it;
- :func:`lone_headline`: one headline right after the last paragraph whose
  topical words the article never uses;
- :func:`stamped_cards`: a run of cards below the article's prose, each with
  a stamp line naming its author or section and its date ("Jonas Roth
  13.12.2023 4 min", "Politik 03.08.2024"), whatever their subject: an
  article's prose has no such lines between its paragraphs, and a list of its
  own (tour dates) sets its dated lines one after another, not one per card.

The article's own lists stay: a line ending in a colon introduces them, and
their items repeat each other's words ("Temp rating: …", "Fill: …").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from itertools import pairwise

from cleaners.bounded import short_text_cache
from cleaners.evidence import is_prose, is_sentence, stem, stems, topical_words
from cleaners.settings import (
    CACHED_PARAGRAPHS,
    MAX_CARD_HEADLINES,
    MAX_CARD_WORDS,
    MAX_KICKER_WORDS,
    MAX_NUMBERS,
    MAX_RESULT_ROW_CHARS,
    MAX_SCAN,
    MAX_STAMPED_CARD_LINES,
    MAX_TEASER_SENTENCES,
    MAX_TITLE_WORDS,
    MIN_ALIEN_WORDS,
    MIN_ARTICLE_STEMS,
    MIN_CARD_HEADLINES,
    MIN_CORE,
    MIN_CORE_PROSE,
    MIN_LIST_SHARE,
    MIN_LONE_WORDS,
    MIN_OWN_SHARED,
    MIN_RESULT_ROWS,
    MIN_STAMPED_CARDS,
    MIN_UNSHARED,
    MOSTLY_NEW_SHARE,
    OWN_SHARE,
)
from cleaners.stamps import has_date, is_header_stamp
from cleaners.teasers import (
    CONTINUATION,
    REPORTED,
    bullet_of,
    continues_in_other_language,
    open_quotation,
    strip_bullet,
    teaser_shaped,
)

#: A line that is a date or a time only ("05.12.2026", "14:32", "2026-12-05").
DATE_LINE = re.compile(r"[\d\s.:/,-]{4,20}(?:\s*(?:am|pm|Uhr|h))?", re.I)

#: The marks a quotation (or a headline's scare quote) opens with.
QUOTE_OPENERS = "\"“‘'«„"

#: An address in a line: a reference or a citation, not a link's headline.
URL = re.compile(r"https?://|www\.", re.I)
#: A number: a table row or a list of results has several in a line, a
#: headline a date or a score at most.
NUMBER = re.compile(r"(?<!\w)\d[\d.,:/]*(?!\w)")
#: What a line is without its words: the punctuation skeleton the items of
#: the article's own list share ("June 20 – Raleigh, NC @ …"). Apostrophes
#: and hyphens stand inside words ("d'Arcachon", "Far-right"): no skeleton.
NOT_SKELETON = re.compile(r"[\w\s'’-]+")

#: A match's result: two scores with a dash or a colon between them ("3-1",
#: "4–2", "42:48", "7－2"), standing apart from other figures (no date, no
#: range of years). "14:05" is a clock's time (``_is_score``).
SCORE = re.compile(r"(?<![\w.,:/–-])(\d{1,3}) ?([-–—:－]) ?(\d{1,3})(?![\w.,:/–-])")
#: What every result holds, asked first: the engine skips from digit to digit
#: for this one, and tries every character for the other.
SCORE_MARK = re.compile(r"\d ?[-–—:－] ?\d")

#: The marks a line that reads as a sentence ends with, before closing quotes
#: or brackets (a question or an exclamation may be a headline's).
SENTENCE_MARKS = ".:;…"
CLOSING = "\"'”’»)] \t"

HEADLINE, LEAD, KICKER = "headline", "lead", "kicker"
ALIEN, NEUTRAL, OWN = "alien", "neutral", "own"


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def card_line(paragraph: str) -> str | None:
    """What part of a story card ``paragraph`` can be: a headline (a headline's
    shape, ``MAX_CARD_WORDS`` words at most), a lead (one sentence), a
    kicker (a section label or a date above a headline), or none.

    >>> card_line("Swedish police to investigate reports of leaks to gangs")
    'headline'
    >>> card_line("Sweden has struggled with a surge in gang violence."), card_line("Politik")
    ('lead', 'kicker')
    >>> card_line("He left. Then he came back. Then it rained.") is None
    True
    """
    text = strip_bullet(paragraph).strip()
    if not text or URL.search(text):
        return None
    words = len(text.split())
    if words <= MAX_KICKER_WORDS:
        if DATE_LINE.fullmatch(text) or (text[:1].isupper() and not is_sentence(text)):
            return KICKER
        return None
    if not teaser_shaped(text, MAX_TEASER_SENTENCES) or len(NUMBER.findall(text)) > MAX_NUMBERS:
        return None
    # a headline may ask or exclaim, and ask inside ("Sinkt der Leitzins? Klare Ansage")
    if is_sentence(text) and not text.rstrip("\"'”’»)").endswith(("?", "!")):
        return LEAD
    # longer, it is a lead whose full stop a teaser cut off
    return HEADLINE if words <= MAX_CARD_WORDS else LEAD


def _is_score(match: re.Match[str]) -> bool:
    """Whether a ``SCORE`` match is a result, not a clock's time ("14:05")."""
    hours, mark, minutes = match.groups()
    return not (mark == ":" and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60)


def has_score(paragraph: str) -> bool:
    """Whether ``paragraph`` holds a match's result.

    >>> has_score("Lyngnes – Brattvoll 3–1"), has_score("14:05 Council opens new hall")
    (True, False)
    """
    return bool(SCORE_MARK.search(paragraph)) and any(
        _is_score(m) for m in SCORE.finditer(paragraph)
    )


def results_rows(paragraphs: list[str], rest: list[int]) -> set[int]:
    """Indices of ``rest`` in runs of ``MIN_RESULT_ROWS`` lines or more, one
    after another, each holding a result ("Unia Miłków – Start Gronów 42:48"):
    a results table, the article's own. Each row reads as a headline by its
    shape and names teams the report may not, but other stories' headlines
    carry a score now and then, not line after line. (Voices, "Name, role:
    „…“", are no such evidence: a Spanish site's headlines end with a
    quotation after a colon, one after another.)

    >>> rows = ["A report.", "Lyngnes – Brattvoll 3–1", "Fjordvik – Hamrevåg 0–2",
    ...         "Stølen – Solbakken 1–1", "Ferry fares rise 3% in May"]
    >>> sorted(results_rows(rows, list(range(5))))
    [1, 2, 3]
    """
    found: set[int] = set()
    run: list[int] = []
    for i in [*rest, None]:
        # a row is two teams and a score: a longer line is asked nothing
        if (
            i is not None
            and len(paragraphs[i]) <= MAX_RESULT_ROW_CHARS
            and has_score(paragraphs[i])
        ):
            run.append(i)
            continue
        if len(run) >= MIN_RESULT_ROWS:
            found.update(run)
        run = []
    return found


def continues(paragraph: str) -> bool:
    """Whether ``paragraph`` refers back to the text above it: a pronoun or a
    connective opening it, a reported-speech clause, a quotation left open.

    >>> continues("He said the talks would go on."), continues("Rice prices rise in Asia")
    (True, False)
    """
    text = strip_bullet(paragraph)
    # a headline may open with a quotation it closes ("'Whingers' Harry and …")
    opens = CONTINUATION.match(text)
    return bool(
        (opens and not (text[:1] in QUOTE_OPENERS and not open_quotation(paragraph)))
        or REPORTED.search(text)
        or open_quotation(paragraph)
        or continues_in_other_language(text)
    )


def topical_stems(paragraph: str, language: str) -> set[str]:
    """The stems of ``paragraph``'s topical words."""
    return {stem(w) for w in topical_words(paragraph, language)}


def alien(paragraph: str, article: Container[str], language: str) -> bool:
    """Whether ``paragraph`` speaks of another subject than the article whose
    stems are ``article``: ``MIN_ALIEN_WORDS`` new topical words, of the
    others one at most (under ``OWN_SHARE``) or a share under
    ``MOSTLY_NEW_SHARE``, and no reference back.

    >>> article = set(stems("Police chiefs of ASEAN met in Hanoi to share crime data."))
    >>> alien("Rice exports from the Mekong delta rose sharply", article, "en")
    True
    >>> alien("ASEAN police chiefs share crime data in Hanoi", article, "en")
    False
    """
    words = topical_stems(paragraph, language)
    new = {w for w in words if w not in article}
    shared = len(words) - len(new)
    if len(new) < MIN_ALIEN_WORDS or shared / len(words) >= OWN_SHARE:
        return False
    # one word in common may be chance ("Home Depot" in a retail story's list),
    # more must be a small share of many
    if shared > MIN_OWN_SHARED and shared / len(words) >= MOSTLY_NEW_SHARE:
        return False
    return not continues(paragraph)


def _verdict(paragraph: str, kind: str, article: Container[str], language: str) -> str:
    """``ALIEN`` for a headline or lead about another subject, ``NEUTRAL`` for a
    kicker or a line whose few topical words the article does not use (it may
    stand in a run, not make one), ``OWN`` for the article's own line."""
    if kind == KICKER:
        return NEUTRAL
    if alien(paragraph, article, language):
        return ALIEN
    if any(w in article for w in topical_stems(paragraph, language)) or continues(paragraph):
        return OWN
    return NEUTRAL


def _distinct(headlines: list[str], language: str) -> bool:
    """Whether the headlines read as other stories, not as the items of the
    article's own list: at most ``MAX_CARD_HEADLINES`` of them, under
    ``OWN_SHARE`` of their topical words repeated from one to another (list
    items repeat theirs: "Temp rating: …", "Fill: …"), and no punctuation
    skeleton of two marks or more shared by most of them ("June 20 – Raleigh,
    NC @ …"; one colon is many a headline's: "Kenia: Nairobi von unten")."""
    if len(headlines) > MAX_CARD_HEADLINES:
        return False
    sets = [topical_stems(h, language) for h in headlines]
    total = sum(map(len, sets))
    if total == 0 or 1 - len(set().union(*sets)) / total >= OWN_SHARE:
        return False
    shapes = Counter(NOT_SKELETON.sub("", strip_bullet(h)) for h in headlines)
    shape, count = shapes.most_common(1)[0]
    return len(shape) < 2 or count / len(headlines) < MIN_LIST_SHARE


def _vocabulary(paragraphs: list[str], indices: list[int]) -> set[str]:
    return set().union(*(stems(paragraphs[i]) for i in indices)) if indices else set()


class _Outside:
    """The stems of a text's lines outside one run, from the counts over all
    of them less the run's: counted once per text, not once per run."""

    def __init__(self, total: Counter[str], inside: Counter[str]) -> None:
        self.total, self.inside = total, inside

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.total[word] > self.inside[word]

    def __len__(self) -> int:
        return len(self.total) - sum(self.total[w] == n for w, n in self.inside.items())


def _introduced(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces a list of the article's own (a colon)."""
    return paragraph.rstrip().endswith((":", "："))


def card_tail(paragraphs: list[str], language: str, rest: list[int]) -> list[int]:
    """Indices of a run of story cards at the end of ``rest`` (the indices of
    the lines still in, metadata lines left out).

    The run is the longest end of ``rest`` whose lines are all card lines,
    none of them the article's own by the words of the article above the run
    (a headline and its lead share their own words, not the article's); it
    opens with a headline (kickers above it are left to the title rule of
    ``cleaners.related``), holds ``MIN_CARD_HEADLINES`` distinct alien
    headlines, and no colon above it introduces it.
    """
    kinds: list[str] = []
    scanned = rest[-MAX_SCAN:]
    rows = results_rows(paragraphs, scanned)
    for i in reversed(scanned):
        kind = card_line(paragraphs[i])
        if kind is None or i in rows:
            break
        kinds.append(kind)
    kinds.reverse()
    if kinds.count(HEADLINE) < MIN_CARD_HEADLINES:
        return []  # most texts (the cheap test)
    top = len(rest) - len(kinds)
    start = max(top, MIN_CORE)
    article = _vocabulary(paragraphs, rest[:start])
    seen = start  # the lines whose stems ``article`` holds: it grows as the run shrinks
    while start <= len(rest) - MIN_CARD_HEADLINES:
        for i in rest[seen:start]:
            article |= stems(paragraphs[i])
        seen = start
        if len(article) < MIN_ARTICLE_STEMS:
            start += 1  # too little text above to tell its words from others'
            continue
        verdicts = [
            _verdict(paragraphs[rest[k]], kinds[k - top], article, language)
            # a lead belongs under its headline: alone, it is the article's (a
            # run of leads alone is ``headless_tail``'s)
            if kinds[k - top] != LEAD or (k > top and kinds[k - top - 1] == HEADLINE)
            else OWN
            for k in range(start, len(rest))
        ]
        if OWN not in verdicts:
            break
        start += len(verdicts) - verdicts[::-1].index(OWN)  # below the last own line
    else:
        return []
    while start < len(rest) and kinds[start - top] != HEADLINE:
        start += 1  # a lead or a kicker left over from a card above the run
        verdicts.pop(0)
    run = rest[start:]
    if len(run) < MIN_CARD_HEADLINES:
        return []  # the leftover skipped was all the run held
    bullet = bullet_of(paragraphs[run[0]])
    if bullet and bullet_of(paragraphs[rest[start - 1]]) == bullet:
        return []  # part of a bulleted list: ``headless_tail`` weighs it whole
    headlines = [
        paragraphs[i]
        for k, i in enumerate(run)
        if kinds[start + k - top] == HEADLINE and verdicts[k] == ALIEN
    ]
    if len(headlines) < MIN_CARD_HEADLINES or not _distinct(headlines, language):
        return []
    return [] if _introduced(paragraphs[rest[start - 1]]) else run


def card_box(paragraphs: list[str], language: str, rest: list[int]) -> list[int]:
    """Indices of runs of card headlines (kickers among them) between two of
    the article's paragraphs: ``MIN_CARD_HEADLINES`` distinct alien headlines
    or more and no line of the article's own, measured against the rest of the
    text, below a line that does not introduce them with a colon. A run of
    headline-shaped lines is cut at the article's own ones (its subheadings)."""
    # a line ending as a sentence is no headline (the cheap test, on every line)
    rows = results_rows(paragraphs, rest)
    kinds = [
        None
        if paragraphs[i].rstrip(CLOSING)[-1:] in SENTENCE_MARKS or i in rows
        else card_line(paragraphs[i])
        for i in rest
    ]
    runs = []
    k = 1
    while k < len(rest) - 1:
        end = k
        while end < len(rest) - 1 and kinds[end] in (HEADLINE, KICKER):
            end += 1
        # a list right under the headline is the article's summary of itself
        if k >= MIN_CORE and sum(kind == HEADLINE for kind in kinds[k:end]) >= MIN_CARD_HEADLINES:
            runs.append((k, end))
        k = max(end, k + 1)
    if not runs:
        return []  # most texts
    total: Counter[str] = Counter()
    for i in rest:
        total.update(stems(paragraphs[i]))
    bullets = Counter(bullet_of(paragraphs[i]) for i in rest)
    found: list[int] = []
    for k, end in runs:
        found.extend(_box_in(paragraphs, language, rest, kinds, k, end, total, bullets))
    return found


def _bullet_elsewhere(headlines: list[str], bullets: Counter[str]) -> bool:
    """Whether the headlines' bullet opens other lines of the text too
    (``bullets``: the bullets of all its lines, counted): an article that
    makes lists with it makes this one too."""
    bullet = bullet_of(headlines[0])
    return bool(bullet) and bullets[bullet] > sum(bullet_of(h) == bullet for h in headlines)


def _box_in(
    paragraphs: list[str],
    language: str,
    rest: list[int],
    kinds: list[str | None],
    k: int,
    end: int,
    total: Counter[str],
    bullets: Counter[str],
) -> list[int]:
    """The boxes in the run of headline-shaped lines ``rest[k:end]``: its
    stretches without a line of the article's own, a kicker at the bottom left
    to the article (a subheading over the text below). ``total``: the stems of
    all lines of ``rest``, counted; ``bullets``: their bullets, counted."""
    inside: Counter[str] = Counter()
    for i in rest[k:end]:
        inside.update(stems(paragraphs[i]))
    article = _Outside(total, inside)
    if len(article) < MIN_ARTICLE_STEMS:
        return []
    verdicts = [
        _verdict(paragraphs[rest[j]], kinds[j] or "", article, language) for j in range(k, end)
    ]
    found: list[int] = []
    j = 0
    while j < len(verdicts):
        if verdicts[j] == OWN:
            j += 1
            continue
        stop = j
        while stop < len(verdicts) and verdicts[stop] != OWN:
            stop += 1
        last = stop
        while last > j and kinds[k + last - 1] == KICKER:
            last -= 1
        # the box's own title ("What else is happening"): a few words of no
        # topic at its top
        first = j
        while (
            first < last and verdicts[first] == NEUTRAL and _is_title(paragraphs[rest[k + first]])
        ):
            first += 1
        # between paragraphs the place is no evidence, as the end is: every
        # headline must be alien, with a teaser's count of new words
        at = [k + m for m in range(first, last) if kinds[k + m] == HEADLINE]
        headlines = [paragraphs[rest[i]] for i in at]
        if (
            len(at) >= MIN_CARD_HEADLINES
            and all(verdicts[i - k] == ALIEN for i in at)
            and all(
                sum(w not in article for w in topical_stems(h, language)) >= MIN_UNSHARED
                for h in headlines
            )
            and not _bullet_elsewhere(headlines, bullets)
            and not _introduced(paragraphs[rest[k + j - 1]])
            and _distinct(headlines, language)
        ):
            found.extend(rest[k + j : k + last])
        j = stop
    return found


def _is_title(paragraph: str) -> bool:
    """Whether ``paragraph`` is short enough for a box's title (no sentence)."""
    return len(paragraph.split()) <= MAX_TITLE_WORDS and not is_sentence(paragraph)


def lone_headline(paragraphs: list[str], language: str, rest: list[int]) -> list[int]:
    """The index of one headline right after the article's last paragraph (a
    sentence) when none of its topical words, ``MIN_LONE_WORDS`` at least, is
    the article's: a "read also" link with no label.

    >>> body = ["Police chiefs of ASEAN met in Hanoi on Monday to share crime data "
    ...         "on smuggling routes, cybercrime, terrorism and human trafficking.",
    ...         "The chiefs agreed to set up a hotline between their headquarters and "
    ...         "to train investigators together in Singapore and Jakarta next spring.",
    ...         "Interpol officials joined the meeting; the ministers signed a pact "
    ...         "on extradition that parliaments in Manila and Bangkok must ratify.",
    ...         "Mekong rice farmers count losses after drought"]
    >>> lone_headline(body, "en", [0, 1, 2, 3])
    [3]
    """
    if len(rest) <= MIN_CORE:
        return []
    last = paragraphs[rest[-1]]
    if card_line(last) != HEADLINE or not is_sentence(paragraphs[rest[-2]]):
        return []
    words = topical_stems(last, language)
    article = _vocabulary(paragraphs, rest[:-1])
    if len(words) < MIN_LONE_WORDS or words & article or len(article) < MIN_ARTICLE_STEMS:
        return []
    return [] if continues(last) else [rest[-1]]


def stamped_cards(paragraphs: list[str], rest: list[int]) -> list[int]:
    """Indices of runs of story cards below the article's prose, each card
    carrying one stamp line of the header kind (:func:`~cleaners.stamps.is_header_stamp`:
    a date with an author's or a section's name): ``MIN_STAMPED_CARDS`` stamps
    or more, none in the line right after another, each within
    ``MAX_STAMPED_CARD_LINES`` lines of the next. The run holds the lines from
    the first card's top to the last card's stamp: a card's lines above its
    stamp (kicker, headline, lead) as many as the cards' usual length, and
    only card lines (``rest``: the lines still in, metadata left out).

    >>> article = ["The council met on Monday to vote on the new tram line.",
    ...            "The vote was close, and the mayor said work would start soon.",
    ...            "Residents had asked for the line for a decade, the council said."]
    >>> cards = ["Storm floods the old town", "Jane Roe 12.03.2024 4 min",
    ...          "Rail strike halts trains", "John Doe 11.03.2024 3 min",
    ...          "Museum reopens after fire", "Ann Lee 10.03.2024 5 min"]
    >>> paras = article + cards
    >>> stamped_cards(paras, list(range(len(paras))))
    [3, 4, 5, 6, 7, 8]
    """
    prose = [k for k, i in enumerate(rest) if is_prose(paragraphs[i])]
    if len(prose) < MIN_CORE_PROSE:
        return []
    below = prose[MIN_CORE_PROSE - 1] + 1  # the article keeps its first prose
    stamps = [k for k in range(below, len(rest)) if is_header_stamp(paragraphs[rest[k]])]
    if len(stamps) < MIN_STAMPED_CARDS:
        return []  # most texts (the cheap test)
    found: list[int] = []
    run = [stamps[0]]
    for k in [*stamps[1:], None]:
        if k is not None and 1 < k - run[-1] <= MAX_STAMPED_CARD_LINES:
            run.append(k)
            continue
        if len(run) >= MIN_STAMPED_CARDS and not _dated_list(paragraphs, rest, run):
            found.extend(_card_span(paragraphs, rest, run, below))
        run = [k] if k is not None else []
    return found


def _dated_list(paragraphs: list[str], rest: list[int], stamps: list[int]) -> bool:
    """Whether the lines between the stamps carry dates too: a list of dated
    items (a tour's dates, some with more words than a stamp), not cards,
    whose headlines and leads carry none."""
    between = [rest[k] for k in range(stamps[0] + 1, stamps[-1]) if k not in stamps]
    return any(has_date(paragraphs[i]) for i in between)


def _card_span(paragraphs: list[str], rest: list[int], stamps: list[int], top: int) -> list[int]:
    """The lines of a run of stamped cards: from the first card's top (as many
    card lines above the first stamp as the cards usually hold above theirs,
    not above ``top``) down to the last stamp."""
    gaps = sorted(b - a for a, b in pairwise(stamps))
    above = gaps[len(gaps) // 2] - 1  # the usual card's lines above its stamp
    start = stamps[0]
    while start > max(top, stamps[0] - above) and card_line(paragraphs[rest[start - 1]]):
        start -= 1
    return [rest[k] for k in range(start, stamps[-1] + 1)]
