"""Page widgets left after the article's end: a tail of section headings whose
content (pictures, scripts, tabs, a price box) the extractor left out, such as
"Neue Bilder", "Videos rund um …", "- Neueste", "Beiträge aus dem Forum",
"Weiterführende Links", mixed with the odd shop or support line; and a tail of
other stories' headlines (:func:`headline_tail`).

The evidence is the shape, in any language: after the article's last prose
line, a run of lines most of which are block titles (a few words, no
sentence), several of them headings with nothing under them but the next
heading, one of them naming a widget's section (pictures, videos, a forum,
links: a word list backs the shape, in the project's languages). An article's
own closing list is different: its lines carry data (dates, prices, names
with numbers) or a colon introduces it, a heading in it has its lines under
it, and no line of it names a widget.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from cleaners.base import Cleaner, Document
from cleaners.evidence import is_prose, is_sentence, word_count
from cleaners.related import is_block_title, list_like, set_aside
from cleaners.related_cards import results_rows
from cleaners.related_headed import is_heading, is_meta
from cleaners.settings import MAX_HEADLINE_WORDS, MIN_CORE_PROSE, MIN_LIST_SHARE
from cleaners.settings_lines import (
    DATE_LOOKAHEAD,
    MAX_TAIL_HEADLINE_CHARS,
    MAX_TAIL_LABEL_WORDS,
    MIN_EMPTY_HEADINGS,
    MIN_TAIL_HEADLINES,
    MIN_WIDGET_LABEL_SHARE,
    MIN_WIDGET_LINES,
)
from cleaners.stamps import has_date
from cleaners.teasers import bullet_of, strip_bullet, teaser_shaped
from cleaners.vocabulary_boxes import WIDGET_WORD

#: A chronology's item: a short opening (its date) set off by a dash or a colon.
ITEM_OPENING = re.compile(r"(.{1,30}?)(?:\s+[–—-]\s+|:\s+)")
#: A year alone opens a chronology's item as a date does ("1998 – …").
YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: The words of a line's opening read for a date, at most.
MAX_DATE_WORDS = 4
#: What sets a card's stamp off from its headline (a timeline's date has none).
STAMP_SEPARATORS = frozenset("|·•")


def _opening_year(line: str) -> int | None:
    """The year of the date ``line`` opens with (its first words, a comma
    after them or none; a bar sets off a card's stamp, not a date of its own),
    else ``None``.

    >>> _opening_year("14 marca 2015, pierwsza blokada"), _opening_year("Zeven schapen gedood")
    (2015, None)
    """
    words = strip_bullet(line).split()
    for n in range(min(MAX_DATE_WORDS, len(words) - 1), 0, -1):
        opening = " ".join(words[:n]).rstrip(",")
        if words[n] in STAMP_SEPARATORS or not has_date(opening):
            continue
        year = YEAR.search(opening)
        return int(year.group()) if year else None
    return None


def chronology(lines: list[str]) -> bool:
    """Whether ``lines`` are an article's own timeline: most of them open with
    a date set off by a dash or a colon ("March 2021 – Engineers find cracks
    …", "1998: the plant opens"), or with dates whose years run forward over
    two years or more ("3 maart 2022 Eerste waarneming …", "14 marca 2015,
    …"). Another story's headline puts its date, if any, after it or on a
    line of its own; a list of other stories that opens its lines with their
    dates runs back from the newest, within days.

    >>> chronology(["March 2021 – Cracks found", "3 May 2022 – Bridge shut", "2024: Rebuilt"])
    True
    >>> chronology(["3 maart 2022 Eerste waarneming", "9 januari 2023 Eerste aanval",
    ...             "7 april 2024 Zeven schapen gedood"])
    True
    >>> chronology(["14.03.2025 Hospital abre nova unidade", "13.03.2025 Feira bate recorde",
    ...             "12.03.2025 Preço da água sobe"])
    False
    """
    if not lines:
        return False
    dated = 0
    for line in lines:
        m = ITEM_OPENING.match(strip_bullet(line).strip())
        if m and (has_date(m.group(1)) or YEAR.fullmatch(m.group(1))):
            dated += 1
    if dated / len(lines) >= MIN_LIST_SHARE:
        return True
    years = [y for y in map(_opening_year, lines) if y is not None]
    return (
        len(years) / len(lines) >= MIN_LIST_SHARE
        and len(set(years)) >= 2
        and all(a <= b for a, b in pairwise(years))
    )


#: A line opening with an amount: a number, perhaps a decimal or a fraction,
#: and perhaps a short unit ("250g", "2 tbsp", "1/2 cup", "3 x", "12 km").
AMOUNT = re.compile(r"\d+(?:[.,/]\d+)?\s?(?:[^\W\d_]{1,6}\.?)?(?=\s)")


def amounts(lines: list[str]) -> bool:
    """Whether most of ``lines`` open with an amount, no date: the article's
    own list of quantities or counts (a recipe's ingredients, a kit list, a
    player's figures). A rail's headlines open with a number now and then
    ("5 things to know"), with their dates more often ("14.03.2025 …", "3
    May: …"), seldom most of them with an amount.

    >>> amounts(["2 large onions, finely sliced", "400g tin of chopped tomatoes",
    ...          "1 litre vegetable stock", "Olive oil, salt and pepper"])
    True
    >>> amounts(["14.03.2025 Hospital abre nova unidade", "3 May: Bridge shut again",
    ...          "5 things to know about the budget", "Rents rise again"])
    False
    """
    if not lines:
        return False
    opening = 0
    for line in lines:
        # a bullet goes, but no number: "14." opening "14.03.2025" is a day
        text = line.strip()
        if not text[:1].isdigit():
            text = strip_bullet(text).strip()
        m = AMOUNT.match(text)
        if m and not has_date(text[: m.end() + DATE_LOOKAHEAD]):
            opening += 1
    return opening / len(lines) >= MIN_LIST_SHARE


def _introduces(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces the lines below it (a colon, no bullet)."""
    return paragraph.rstrip().endswith((":", "：")) and not bullet_of(paragraph)


def widget_tail(paragraphs: list[str]) -> list[int]:
    """Indices of a widget tail after the last prose line (sign-offs, bylines
    and datelines in it stay for their cleaners).

    >>> widget_tail(["The council met on Monday to vote on the new tram line.",
    ...              "Neue Bilder", "Videos rund um Trams", "Aus dem Forum", "Vielen Dank!"])
    [1, 2, 3, 4]
    """
    last = max((i for i, p in enumerate(paragraphs) if is_prose(p)), default=-1)
    if last < 0:
        return []
    tail = [i for i in range(last + 1, len(paragraphs)) if not is_meta(paragraphs[i])]
    if len(tail) < MIN_WIDGET_LINES:
        return []
    labels = {i for i in tail if is_block_title(strip_bullet(paragraphs[i]))}
    if any(i in labels and _introduces(paragraphs[i]) for i in tail[:-1]):
        return []  # a title with a colon introduces the lines below: the article's list
    if len(labels) / len(tail) < MIN_WIDGET_LABEL_SHARE:
        return []
    # a heading with nothing under it: a title, no bullet, the next line a title too
    empty = [
        i for i, j in pairwise(tail) if i in labels and j in labels and not bullet_of(paragraphs[i])
    ]
    if len(empty) < MIN_EMPTY_HEADINGS:
        return []
    # the words back the shape: one title names a widget's section (pictures,
    # videos, a forum, links), as no list an article ends on does
    named = any(WIDGET_WORD.search(paragraphs[i]) or is_heading(paragraphs[i]) for i in labels)
    return tail if named else []


class DropWidgetTail(Cleaner):
    """Remove a tail of page-widget headings after the article's last prose line.

    >>> body = ["Lead.", "The council met on Monday to vote on the new tram line.",
    ...         "Neue Bilder", "Videos rund um Trams", "Aus dem Forum", "- Neueste"]
    >>> DropWidgetTail()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_widget_tail"

    def apply(self, doc: Document) -> None:
        drop = widget_tail(doc.paragraphs)
        if drop:
            doc.remove(self.name, drop)


#: A headline cut short by the page ("… record high likely if index...").
CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")


def is_tail_headline(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as another story's headline: a teaser's
    shape (a capital first, four words or more), at most ``MAX_HEADLINE_WORDS``
    words, one sentence at most and not ending as one, a question or a
    headline the page cut short aside; nor a colon introducing what follows.

    >>> is_tail_headline("Avery Hall pays $30M for Gowanus site")
    True
    >>> is_tail_headline("Technical View: Nifty forms Doji pattern, record high likely if...")
    True
    >>> is_tail_headline("The council met on Monday."), is_tail_headline("Read the full list:")
    (False, False)
    """
    if len(paragraph) > MAX_TAIL_HEADLINE_CHARS:
        return False  # the cheap test first: a paragraph, not a headline
    text = strip_bullet(paragraph).strip()
    if not teaser_shaped(text, 1) or word_count(text) > MAX_HEADLINE_WORDS:
        return False
    text = CUT_SHORT.sub("", text)
    return not is_sentence(text) or text.rstrip("\"'”’»)").endswith(("?", "？"))


def _tail_label(paragraph: str) -> bool:
    """Whether a line stands among the headlines of a tail without counting:
    a few words (a section name, "Share", a count), no letter at all (a
    price, a number), or a stamp, byline or dateline."""
    text = paragraph.strip()
    if len(text) > MAX_TAIL_HEADLINE_CHARS:
        return False  # the cheap test first: no label, no stamp is this long
    return (
        word_count(text) <= MAX_TAIL_LABEL_WORDS
        or not any(c.isalpha() for c in text)
        or set_aside(paragraph)
    )


def headline_tail(paragraphs: list[str]) -> list[int]:
    """Indices of a list of other stories' headlines that ends the text:
    scanning up from the last line over headlines (:func:`is_tail_headline`),
    the short labels between them and a story card's one-sentence summary
    right under its headline, up to the first line that is none of these (the
    article's prose). It goes from its first headline down when it holds
    at least ``MIN_TAIL_HEADLINES`` headlines and at least one of the page's
    marks among or above them (a label, a stamp, a count), the article above it has
    ``MIN_CORE_PROSE`` lines of prose, no colon introduces it, and its
    headlines do not share one punctuation skeleton (a list of the article's
    own: dates and venues, names and charges; nor are a results table's rows
    headlines).

    The shape alone is the evidence, in any language: an article seldom ends on
    five lines none of which is a sentence (its subheadings have prose under
    them; its own lists are introduced, or are sentences, or are data), while
    a page's rails of other stories ("Most read", "More from the section") are
    exactly that, with the page's marks between their headlines (a section's
    name, a stamp, a count, a button). A run of bare unpunctuated lines right
    after the prose may be the article's own list and stays: the five-page
    synthetic sites of ``bench.transplant`` hold such lists, which went
    without the marks asked. Teaser scores are not asked: the stories of a
    rail are often on the article's own subject.

    >>> body = ["The council met on Monday to vote on the new tram line.",
    ...         "The vote was delayed by a week after a long debate.",
    ...         "Opponents said the line would cost far too much.", "Popular",
    ...         "Avery Hall pays $30M for Gowanus site",
    ...         "StreetEasy hikes rental listing fees, forces manual entry", "2",
    ...         "Kate Spade's UES co-op sells for $5.8M", "Another head rolls at WeWork",
    ...         "SEC launches WeWork probe: report"]
    >>> headline_tail(body)
    [4, 5, 6, 7, 8, 9]
    >>> cards = [line for n in range(5) for line in (f"Rents rise again in district {n}",
    ...          "Tenants say they can no longer afford the city centre.", "Housing")]
    >>> headline_tail(body[:3] + cards) == list(range(3, 18))
    True
    """
    # each line is asked once, though a summary's test reads the line above it;
    # a results table's rows read as headlines and are the article's
    rows = results_rows(paragraphs, list(range(len(paragraphs))))
    is_headline = cache(lambda i: i not in rows and is_tail_headline(paragraphs[i]))
    headlines: list[int] = []
    labels = 0
    top = -1  # the line the scan stopped at
    summary = False  # whether the line below was a card's summary
    for i in range(len(paragraphs) - 1, -1, -1):
        if is_headline(i):
            headlines.append(i)
            summary = False
        elif _tail_label(paragraphs[i]):
            labels += 1
            continue
        elif not summary and i > 0 and is_headline(i - 1) and teaser_shaped(paragraphs[i], 1):
            summary = True  # a card's one-sentence summary under its headline
        else:
            top = i
            break
    if len(headlines) < MIN_TAIL_HEADLINES or top < 0 or _introduces(paragraphs[top]):
        return []
    if not labels:
        return []  # no mark of the page's among them: perhaps the article's own list
    if sum(is_prose(p) for p in paragraphs[: top + 1]) < MIN_CORE_PROSE:
        return []
    lines = [paragraphs[i] for i in sorted(headlines)]
    if list_like([strip_bullet(line) for line in lines]) or chronology(lines) or amounts(lines):
        return []  # the article's own list, timeline or quantities
    return list(range(min(headlines), len(paragraphs)))


class DropHeadlineTail(Cleaner):
    """Remove a list of other stories' headlines that ends the text
    (:func:`headline_tail`).

    >>> body = ["The council met on Monday to vote on the new tram line.",
    ...         "The vote was delayed by a week after a long debate.",
    ...         "Opponents said the line would cost far too much.", "Latest",
    ...         "Rents rise again in the city centre", "New tram line opens next spring",
    ...         "Mayor faces questions over budget", "Storm closes the harbour for two days",
    ...         "Schools reopen after the summer break"]
    >>> DropHeadlineTail()(Document(body)).paragraphs == body[:4]
    True
    """

    name = "drop_headline_tail"

    def apply(self, doc: Document) -> None:
        drop = headline_tail(doc.paragraphs)
        if drop:
            doc.remove(self.name, drop)
