"""Boxes a page sets into the article, read as text: lists of other stories'
headlines (a bulleted run of headlines, no sentence among them, that the
article does not introduce, with a bullet the article uses nowhere else, or a
run of "Label | Headline" lines) and fact boxes (a bulleted list under a
"Fakta" title).

A page's "more on this" box, read as text, is a run of bulleted headlines
between two of the article's paragraphs, often under a title of the box's own
("Exklusive Politik-Hintergründe – für Sie recherchiert") or none at all. The
article's own lists differ in shape: a line ending in a colon introduces them
("Das sind die Namen der Eisheiligen:"), their items are often sentences, and
an article that makes lists usually makes more than one with the same bullet.
Only the shape is read, so the rule holds in any language; teaser scores are
not asked, since the stories in such a box are chosen for sharing the
article's subject.
"""

from __future__ import annotations

import re

from cleaners.evidence import is_sentence
from cleaners.settings import MAX_HEADING_CHARS, MAX_TITLE_WORDS, MIN_CORE, MIN_HEADLINE_LIST
from cleaners.teasers import bullet_of, strip_bullet, teaser_shaped
from cleaners.vocabulary import RELATED_HEADING_WORDS
from cleaners.vocabulary_boxes import FACT_BOX_HEADING

#: A line opening with related-article words ("Mehr zum Thema finden Sie auch
#: im wöchentlichen Zins-Check:"): a box's title, colon or not.
RELATED_INTRO = re.compile(rf"^[\W_]*(?:{RELATED_HEADING_WORDS})(?!\w)", re.I)
#: The bar between a label and a headline ("Milan Design Week 2018 | FLOS pays
#: tribute to …"), spaced on both sides: "a|b" inside a word or a URL is none.
LABEL_BAR = re.compile(r"\s[|｜¦]\s")


def _is_box_title(line: str) -> bool:
    """Whether ``line``, right above a run, is the box's title: related words
    opening it, or a short line that is no sentence.

    >>> _is_box_title("Exklusive Politik-Hintergründe – für Sie recherchiert")
    True
    >>> _is_box_title("The council met on Monday."), _is_box_title("Mehr zum Thema hier:")
    (False, True)
    """
    text = line.strip()
    if len(text) > MAX_HEADING_CHARS:
        return False
    return bool(RELATED_INTRO.match(text)) or not (is_sentence(text) or text.endswith(":"))


def _is_headline(item: str) -> bool:
    """Whether a list item reads as a headline: no sentence end, or a question.

    >>> _is_headline("- Drones: Are they hidden here?"), _is_headline("- He left.")
    (True, False)
    """
    text = strip_bullet(item).rstrip()
    return not is_sentence(text) or text.rstrip("\"'”’»)").endswith("?")


def _introduced(line: str) -> bool:
    """Whether ``line`` introduces a list of the article's own (a colon at its
    end, not after related-article words)."""
    text = line.rstrip()
    return text.endswith((":", "：")) and not RELATED_INTRO.match(text)


def embedded_headline_lists(paragraphs: list[str], skip: set[int]) -> list[int]:
    """Indices of bulleted headline runs inside the body (and the title line
    right above one), the body's last line excepted: a run at the end is
    ``headless_tail``'s. ``skip``: indices already taken out.

    >>> body = ["Power failed across Berlin on Tuesday.", "Police suspect arson.",
    ...         "- Drones: Are they hidden here?",
    ...         "- Hackers: The tricks that fool users", "- Spies: Putin's throwaway agents",
    ...         "Two pylons burned in the night."]
    >>> embedded_headline_lists(body, set())
    [2, 3, 4]
    """
    found: list[int] = []
    n = len(paragraphs)
    bullets = [bullet_of(p) for p in paragraphs]
    if not any(bullets):
        return []  # most bodies (the cheap test)
    i = MIN_CORE  # a box stands in the body, once the article has begun: a list
    # right under the headline is the article's summary of itself
    while i < n:
        bullet = bullets[i]
        end = i
        while end < n and bullet and bullets[end] == bullet and end not in skip:
            end += 1
        if end - i < MIN_HEADLINE_LIST or end >= n:
            i = max(end, i + 1)
            continue
        run = range(i, end)
        own_bullet = any(b == bullet for k, b in enumerate(bullets) if k not in run)
        headlines = all(teaser_shaped(paragraphs[k]) and _is_headline(paragraphs[k]) for k in run)
        if headlines and not own_bullet and not _introduced(paragraphs[i - 1]):
            title = i - 1 not in skip and _is_box_title(paragraphs[i - 1])
            found.extend(([i - 1] if title else []) + list(run))
        i = end
    return found


def fact_boxes(paragraphs: list[str], skip: set[int]) -> list[int]:
    """Indices of fact boxes: a fact-box title ("Fakta om …", "Key facts") and
    the bulleted lines right under it. Without bullets under it, the title may
    be the article's own subheading, and nothing goes.

    >>> fact_boxes(["Lead.", "Fakta om depresjon", "- Én av ti rammes.", "- Den går over.",
    ...             "Article goes on."], set())
    [1, 2, 3]
    """
    found: list[int] = []
    for i, p in enumerate(paragraphs):
        if i in skip or len(p) > MAX_HEADING_CHARS or not FACT_BOX_HEADING.match(p.strip()):
            continue
        bullet = bullet_of(paragraphs[i + 1]) if i + 1 < len(paragraphs) else ""
        end = i + 1
        while bullet and end < len(paragraphs) and bullet_of(paragraphs[end]) == bullet:
            end += 1
        if end > i + 1:
            found.extend(range(i, end))
    return found


def _labelled_headline(line: str) -> bool:
    """Whether ``line`` is "Label | Headline": one bar, a short label and a
    headline after it, neither ending as a sentence.

    >>> _labelled_headline("Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni")
    True
    >>> _labelled_headline("Rockledge | 14 | 11"), _labelled_headline("He said so. | Then left.")
    (False, False)
    """
    if "|" not in line and "｜" not in line and "¦" not in line:
        return False  # most lines (the cheap test)
    parts = LABEL_BAR.split(line.strip())
    if len(parts) != 2:
        return False
    label, headline = parts
    # the line has a teaser's shape (the label opens it: "a preview of …" after
    # the bar is a headline still)
    return (
        0 < len(label.split()) <= MAX_TITLE_WORDS
        and len(headline.split()) > 1
        and not (is_sentence(label) or is_sentence(headline))
        and teaser_shaped(line)
    )


def _labels_repeat(lines: list[str]) -> bool:
    """Whether two labels of ``lines`` share a word: a site labels its stories
    by section or series, so its labels repeat; a table's row names (the
    "Population | …", "Area | …" of a fact table) do not.

    >>> _labels_repeat(["Milan Design Week | A", "Milano Design Week | B", "X | C"])
    True
    """
    seen: set[str] = set()
    for line in lines:
        label = LABEL_BAR.split(line.strip(), maxsplit=1)[0]
        words = {w.casefold() for w in label.split() if w.isalpha()}
        if words & seen:
            return True
        seen |= words
    return False


def labelled_headline_runs(paragraphs: list[str], skip: set[int]) -> list[int]:
    """Indices of runs of ``MIN_HEADLINE_LIST`` or more "Label | Headline" lines
    once the article has begun, two of them under the same label word: a site's
    list of other stories, each under its section or series label, read as text.
    The bar does what a bullet does, in any language; a table's row has more
    than one bar or a label of its own, a sentence ends as one.

    >>> body = ["Flos shows a light installation in Milan.", "It runs all week.",
    ...         "Design Week | Seiko shows The Flow of Time",
    ...         "Design Week | Living Nature explores the relationship with nature",
    ...         "Design Week | A preview of the Santambrogio district"]
    >>> labelled_headline_runs(body, set())
    [2, 3, 4]
    """
    found: list[int] = []
    i = MIN_CORE
    while i < len(paragraphs):
        end = i
        while end < len(paragraphs) and end not in skip and _labelled_headline(paragraphs[end]):
            end += 1
        if end - i >= MIN_HEADLINE_LIST and _labels_repeat(paragraphs[i:end]):
            found.extend(range(i, end))
        i = max(end, i + 1)
    return found
