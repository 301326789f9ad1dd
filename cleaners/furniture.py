"""Page furniture around the article's prose: the short lines a page sets
above its first and below its last paragraph that are about nothing the
article is about (share and print buttons, menus, tag lists, section labels,
form notices, polls), in any language.

The evidence is the line's place, shape and words together, never a list
alone: it stands outside the article's prose (the stretch of the page holding
the most prose, ``core_prose``), it is a few words that end as no sentence,
carry no data (a number, an address: an article's own box has them) and share
no content word with the article's prose (a headline, a kicker or a caption of
the article's own subject does). Such labels go as a run of two or more (three
amid the prose) in which one names a piece of the page: a button ("Share on
Facebook", "Drucken", "読む"), a widget's or a related list's title, a tag
label; one such label goes alone (``interface_line``), and amid the prose
too when it is two words or more, every one of them the page's interface
("Back to top", "Nächste Seite"). Labels in a row and
nothing more may be the article's own list, and one introduced by a colon is.
Beside such furniture, a short notice in the site's voice about nothing the
article is about goes too (``site_notice``); so does a poll, a question to the
reader over its options (``poll``); anywhere, a short shouted line the page
repeats word for word, a banner's call to action (``repeated_call``); and a
line without a number the page sets twice above or below the prose, or two
such lines it sets twice in a row anywhere, a menu, a footer, a rail or a
share bar rendered twice (``repeated_tail``). A line the page sets twice or
more apart (a share bar's prompt above and below the text) is never the
article's prose, and goes when each copy stands beside furniture and it is
about nothing the article is about (``echoed_line``). The page's last
lines, read up from the end while each is furniture, a label or a notice in
the site's voice, are its footer: below a label or furniture there, notices
about nothing the article is about go, with the footer's labels
(``closing_notice``: "Registration on or use of this site constitutes
acceptance of our User Agreement"), and so do the lines ending in a colon
that introduced furniture (``stranded_introducer``). Anywhere, a long run of labels
of a few words each, without bullets or an introduction, goes whatever its
words: a menu or a tag list, which an article's text does not set (``menu``).
Bylines, datelines and sign-offs are left for their cleaners.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from cleaners.base import Cleaner, Document
from cleaners.bounded import cut_points, in_pieces
from cleaners.evidence import content_words, ends_as_prose, is_prose, sentence_count, stem, stems
from cleaners.language import fold_case
from cleaners.related_headed import is_meta
from cleaners.settings import WINDOW_CHARS
from cleaners.settings_lines import (
    MAX_BUTTON_OTHER_WORDS,
    MAX_FURNITURE_WORDS,
    MAX_MENU_MEAN_CHARS,
    MAX_MENU_MEAN_WORDS,
    MAX_NOTICE_OVERLAP,
    MAX_POLL_OPTIONS,
    MAX_PROMO_SENTENCES,
    MAX_REPEATED_TAIL_WORDS,
    MAX_SITE_NOTICE_CHARS,
    MIN_FURNITURE_RUN,
    MIN_INNER_FURNITURE_RUN,
    MIN_MENU_RUN,
    MIN_POLL_OPTIONS,
    MIN_SEPARATING_LABELS,
    TABLE_LOOKAHEAD,
)
from cleaners.teasers import bullet_of
from cleaners.vocabulary import FAMILIAR_ADDRESS, READER_ADDRESS, RELATED_HEADING, TAXONOMY
from cleaners.vocabulary_boxes import INTERFACE_WORD, NAVIGATION_WORD, POLL_VOTE, WIDGET_WORD

#: What an article's own closing box carries and furniture does not: a
#: number (a price, a date, a phone), a web or e-mail address.
DATA = re.compile(r"\d|www\.|https?://|@\w")


#: A share of the votes after a poll's option ("Tea 52 %", "Coffee (48%)").
SHARE = re.compile(r"\d+(?:[.,]\d+)?\s?%")
#: A table's cell that is a figure alone: a price, a change, a share, a score,
#: a time ("225.86", "-5.44%", "2:1", "$ 12", "+0,35 €").
FIGURE = re.compile(r"[-+−±]?\W{0,2}\d[\d.,:/ ]*\s?(?:%|\W)?", re.UNICODE)
#: A letter (a line of marks alone is no label, but a rule's or a bullet's).
WORD_CHAR = re.compile(r"[^\W\d_]")


def _stems(text: str) -> set[str]:
    """The stems of ``text``'s content words (a long text read a window at a
    time: its list of words would take many times its size)."""
    if len(text) <= WINDOW_CHARS:
        return set(map(stem, set(content_words(text))))  # each word stemmed once
    found: set[str] = set()
    for start, end in pairwise([0, *cut_points(text), len(text)]):
        found.update(map(stem, set(content_words(text[start:end]))))
    return found


def _label(paragraph: str) -> bool:
    """Whether ``paragraph`` is shaped as furniture: a few words with a letter,
    no data, no sentence's end, no byline or dateline."""
    return (
        len(paragraph.split()) <= MAX_FURNITURE_WORDS
        and bool(WORD_CHAR.search(paragraph))  # a line of marks alone says nothing
        and not ends_as_prose(paragraph)  # a sentence, however short, is not a label
        and not DATA.search(paragraph)
        and not is_meta(paragraph)
    )


def site_voice(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short notice in the site's voice: a sentence
    or two that speaks to the reader or of the site ("Registration on or use
    of this site constitutes acceptance of our User Agreement", "Your email
    address will not be published.").

    >>> site_voice("Your email address will not be published."), site_voice("He left.")
    (True, False)
    """
    text = paragraph.strip()
    if len(text) > MAX_SITE_NOTICE_CHARS or sentence_count(text) > MAX_PROMO_SENTENCES:
        return False
    # "this article" alone is how a writer's own note speaks of it ("This
    # article was reprinted on …"): the site's voice addresses a person
    words = {m.group() for m in READER_ADDRESS.finditer(in_pieces(str.lower, text))}
    return bool(words - {"this article"})


def _run(candidates: set[int], index: int) -> range:
    """The lines of ``candidates`` standing in a row with ``index``."""
    start, end = index, index
    while start - 1 in candidates:
        start -= 1
    while end + 1 in candidates:
        end += 1
    return range(start, end + 1)


#: The marks a line that introduces what follows ends with.
COLONS = (":", "：")


def _introduced(paragraphs: Sequence[str], run: range) -> bool:
    """Whether the line above ``run`` introduces it with a colon: the
    article's own list ("New in this version:"), as no menu is introduced."""
    return run.start > 0 and paragraphs[run.start - 1].rstrip().endswith(COLONS)


def _option(paragraph: str) -> bool:
    """Whether ``paragraph`` may be a poll's option: a few words, no sentence's end."""
    text = paragraph.strip()
    return 0 < len(text.split()) <= MAX_FURNITURE_WORDS and not ends_as_prose(text)


def poll_lines(paragraphs: Sequence[str], first: int, last: int) -> list[int]:
    """Indices of polls: a question to the reader ("Welches dieser Mittel ist
    dein Favorit?") over two or more short options, with a vote button or
    results under them, shares in the options, or the whole outside the
    article's prose (lines ``first`` to ``last``).

    >>> poll_lines(["Which do you prefer?", "Tea", "Coffee", "Vote"], 5, 9)
    [0, 1, 2, 3]
    """
    drop: list[int] = []
    for i, p in enumerate(paragraphs):
        text = p.strip()
        if not text.endswith(("?", "？")) or len(text) > MAX_SITE_NOTICE_CHARS:
            continue
        lower = in_pieces(str.lower, text)
        if sentence_count(text) > 1 or not (
            READER_ADDRESS.search(lower) or FAMILIAR_ADDRESS.search(lower)
        ):
            continue
        j = i + 1
        while j < len(paragraphs) and _option(paragraphs[j]) and j - i <= MAX_POLL_OPTIONS:
            if POLL_VOTE.fullmatch(paragraphs[j].strip()):
                break
            j += 1
        options = range(i + 1, j)
        if len(options) < MIN_POLL_OPTIONS:
            continue
        voted = j < len(paragraphs) and bool(POLL_VOTE.fullmatch(paragraphs[j].strip()))
        shares = sum(bool(SHARE.search(paragraphs[k])) for k in options) >= MIN_POLL_OPTIONS
        if voted or shares or i > last or j <= first:
            drop += [i, *options, *([j] if voted else [])]
    return drop


def core_prose(paragraphs: Sequence[str], separators: Sequence[bool]) -> list[int]:
    """The article's prose lines: those of the stretch holding the most prose,
    stretches being parted by ``MIN_SEPARATING_LABELS`` separator lines in a
    row (a menu, a rail of links: the page's prose beyond them, a teaser's or
    a footer's, says nothing of the article's topic or bounds).

    >>> core_prose(["A long first paragraph of the article, with a full stop.",
    ...             "Menu", "Sport", "Culture", "Travel", "Footer text of the page here."],
    ...            [False, True, True, True, True, False])
    [0]
    """
    return _core([is_prose(p) for p in paragraphs], paragraphs, separators)


def _core(
    prose: Sequence[bool], paragraphs: Sequence[str], separators: Sequence[bool]
) -> list[int]:
    """:func:`core_prose` with the prose lines already known."""
    stretches: list[list[int]] = [[]]
    weight = [0]
    run = 0
    for i, p in enumerate(paragraphs):
        run = run + 1 if separators[i] else 0
        if run == MIN_SEPARATING_LABELS:
            stretches.append([])
            weight.append(0)
        if prose[i]:
            stretches[-1].append(i)
            weight[-1] += len(p)
    return stretches[max(range(len(stretches)), key=weight.__getitem__)]


def repeated_calls(paragraphs: Sequence[str]) -> list[int]:
    """Indices of a call to action the page repeats (the rule
    ``repeated_call``): a short line that stands twice or more, word for word,
    and shouts (ends on "!" or is written in capitals), as a button or a
    banner set into the article does ("GET THE QUIZ: INSTANT DOWNLOAD!").

    >>> repeated_calls(["Text one.", "GET THE GUIDE NOW!", "Text two.", "GET THE GUIDE NOW!"])
    [1, 3]
    """
    seen: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        text = p.strip()
        if len(text.split()) > MAX_FURNITURE_WORDS or not WORD_CHAR.search(text):
            continue
        if text.endswith(("!", "！")) or text.isupper():
            seen.setdefault(text, []).append(i)
    return sorted(i for found in seen.values() if len(found) >= 2 for i in found)


class ProseStems:
    """Which of a few stems (a label's, a notice's) the stems of a page's prose
    lines hold, without working out every prose line's content words: a line's
    stems are among the stems of all its words (:func:`evidence.stems`, which
    other cleaners have often worked out already), and only a line whose words
    have one of those asked for is read for its content words.

    >>> ProseStems(["Tram lines", "The council voted for the tram."]).among({"tram", "menu"}, [1])
    {'tram'}
    """

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.stems: dict[int, set[str]] = {}

    def among(self, wanted: set[str], lines: Sequence[int]) -> set[str]:
        """Those of ``wanted`` that are stems of one of the lines ``lines``."""
        found: set[str] = set()
        for i in lines:
            if not wanted - found:
                break
            text = self.paragraphs[i]
            # all words' stems hold the content words' where the text is
            # lower-cased as its words are, one at a time: no capital sigma
            # (its lower case depends on the letters around it), no dotted
            # capital I (the only letter whose lower case adds a mark)
            if "Σ" in text or "İ" in text or not (wanted - found).isdisjoint(stems(text)):
                if i not in self.stems:
                    self.stems[i] = _stems(text)
                found |= self.stems[i] & wanted
        return found

    def foreign(self, text: str, lines: Sequence[int], share: float = MAX_NOTICE_OVERLAP) -> bool:
        """Whether ``text`` is about nothing the lines ``lines`` are about: at
        most ``share`` of its content words' stems are theirs.

        >>> prose = ProseStems(["The council voted for the tram."])
        >>> prose.foreign("Subscribe to our newsletter", [0]), prose.foreign("Tram news", [0])
        (True, False)
        """
        own = _stems(text)
        return len(self.among(own, lines)) <= share * len(own)


def _repeatable(paragraph: str) -> bool:
    """Whether ``paragraph`` may be a line the page sets twice: a few words, no
    prose, no number (an article's list may repeat a label with its figures)."""
    text = paragraph.strip()
    return (
        len(text.split()) <= MAX_REPEATED_TAIL_WORDS
        and not DATA.search(text)
        and bool(WORD_CHAR.search(text))
        and not is_prose(text)
    )


def repeated_lines(paragraphs: Sequence[str], first: int, last: int) -> list[int]:
    """Indices of the lines the page sets twice or more word for word (the rule
    ``repeated_tail``): above ``first`` or below ``last`` (the article's first
    and last prose lines), a line set twice on the same side (a longer one
    twice in a row is an echo, whose one copy stays), a menu, a footer
    or a sign-up box rendered for two screens, a headline in two rails; and
    anywhere, two lines in a row set once again in the same order (a share bar
    above and below the text; a pair set three times or more is the article's
    own table, a plan's or a recipe's rows). Prose and lines with a number stay.

    >>> repeated_lines(["The council met on Monday.", "Privacy Policy", "Join us",
    ...                 "Privacy Policy", "Join us", "Tram 3"], 0, 0)
    [1, 2, 3, 4]
    """
    # only a line the text holds twice is read further (most lines: a hash each)
    texts = [p.strip() for p in paragraphs]
    counts = Counter(texts)
    ok = [counts[t] >= 2 and _repeatable(t) for t in texts]
    if not any(ok):
        return []
    drop: set[int] = set()
    for side in (range(first), range(last + 1, len(paragraphs))):
        seen: dict[str, list[int]] = {}
        for i in side:
            if ok[i]:
                seen.setdefault(texts[i], []).append(i)
        for text, found in seen.items():
            # a longer line twice in a row is an echo (drop_repeats keeps one copy)
            apart = any(b - a > 1 for a, b in pairwise(found))
            if len(found) >= 2 and (apart or len(text.split()) <= MAX_FURNITURE_WORDS):
                drop.update(found)
    pairs: dict[tuple[str, str], list[int]] = {}
    for i in range(len(paragraphs) - 1):
        if ok[i] and ok[i + 1]:
            pairs.setdefault((texts[i], texts[i + 1]), []).append(i)
    for found in pairs.values():
        if len(found) == 2 and found[1] - found[0] >= 2:  # two copies, not one run of three
            drop.update(k for i in found for k in (i, i + 1))
    return sorted(drop)


def _set_apart(paragraphs: Sequence[str]) -> set[int]:
    """Indices of the lines the page sets twice or more word for word, not in
    a row: a prompt or a notice printed above and below the article ("Click
    to open the share function"), which is the page's, not the article's."""
    where: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if p.strip():
            where.setdefault(p.strip(), []).append(i)
    return {
        i
        for found in where.values()
        if len(found) >= 2 and any(b - a > 1 for a, b in pairwise(found))
        for i in found
    }


def _echoed_beside(
    paragraphs: Sequence[str],
    echoed: set[int],
    drop: set[int],
    prose: Sequence[int],
    prose_stems: ProseStems,
) -> list[int]:
    """Indices of the rule ``echoed_line``: a short line the page sets twice
    or more apart (``echoed``) that is furniture where it stands: each copy
    beside furniture (``drop``), or one copy furniture already and the others
    outside the article's ``prose``. It is the prompt of a share bar or of a
    comment box printed above and below the article, a headline or a label of
    a rail printed twice. A sentence must be about nothing the article is
    about: share none of its words, or few when it speaks in the site's voice
    ("The email you need for the day's top news from Canada"); a sentence of
    the article's own set twice stays."""
    first, last = prose[0], prose[-1]
    copies: dict[str, list[int]] = {}
    for i in sorted(echoed):
        if len(paragraphs[i].strip()) <= MAX_SITE_NOTICE_CHARS:
            copies.setdefault(paragraphs[i].strip(), []).append(i)
    gone = set(drop)  # a line found goes with the furniture beside it
    found: list[int] = []
    changed = True
    while changed:
        changed = False
        for text, where in copies.items():
            left = [i for i in where if i not in gone]
            if not left:
                continue
            beside = all(i - 1 in gone or i + 1 in gone for i in left)
            copy_of = len(left) < len(where) and all(i < first or i > last for i in left)
            if not (beside or copy_of):
                continue
            if ends_as_prose(text) and not prose_stems.foreign(
                text, prose, MAX_NOTICE_OVERLAP if site_voice(text) else 0
            ):
                continue
            found.extend(left)
            gone.update(left)
            changed = True
    return found


def _cell_figure(paragraph: str) -> bool:
    """Whether ``paragraph`` is a figure alone, as a table's cell is.

    >>> _cell_figure("-5.44%"), _cell_figure("225.86"), _cell_figure("100 Gute Bücher")
    (True, True, False)
    """
    return bool(FIGURE.fullmatch(paragraph.strip()))


def _menu_item(paragraph: str, label: bool) -> bool:
    """Whether ``paragraph`` may be a menu's item: a label without a bullet that
    introduces nothing (a line ending on a colon opens the article's list)."""
    return label and not bullet_of(paragraph) and not paragraph.rstrip().endswith((":", "："))


def menu_lines(paragraphs: Sequence[str], labels: Sequence[bool]) -> list[int]:
    """Indices of menus (the rule ``menu``): ``MIN_MENU_RUN`` or more labels in
    a row, none with a bullet, not introduced by a colon (but for a line that
    names a piece of the page, "Ressorts:"), their lines
    ``MAX_MENU_MEAN_WORDS`` words and ``MAX_MENU_MEAN_CHARS`` characters long
    on average at most, and no figure alone right below them. A menu, a rail
    or a tag list sets its items one per line; an article's own list of short
    items is bulleted or introduced, the lines of a poem run longer, a
    paragraph of Thai (no sentence mark) is one long "label", and the header
    of a table read a cell per line has its rows' figures below it (a menu's
    items may hold numbers, "100 Gute Bücher"). The words are not read: a menu
    names the sections the article belongs to.

    >>> menu_lines(["Home", "News", "Sport", "Culture", "Travel", "Weather",
    ...             "The council met on Monday."], [True] * 6 + [False])
    [0, 1, 2, 3, 4, 5]
    """
    drop: list[int] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and _menu_item(paragraphs[j], labels[j]):
            j += 1
        run = range(i, j)
        if (
            len(run) >= MIN_MENU_RUN
            # introduced by a colon: the article's list, unless the line that
            # introduces it names a piece of the page ("Ressorts:", "Tags:")
            and not (_introduced(paragraphs, run) and not _sign(paragraphs[run.start - 1]))
            and sum(len(paragraphs[k].split()) for k in run) <= MAX_MENU_MEAN_WORDS * len(run)
            and sum(len(paragraphs[k].strip()) for k in run) <= MAX_MENU_MEAN_CHARS * len(run)
            and not any(_cell_figure(p) for p in paragraphs[j : j + TABLE_LOOKAHEAD])
        ):
            drop.extend(run)
        i = max(j, i + 1)
    return drop


def furniture_lines(paragraphs: Sequence[str]) -> list[int]:
    """Indices of the furniture lines outside the article's prose.

    >>> furniture_lines(["Menu", "Search", "Sport",
    ...                  "The council met on Monday to vote on the new tram line.",
    ...                  "It voted for the line, which will run through the old town.",
    ...                  "Share", "Tweet", "Email"])
    [0, 1, 2, 5, 6, 7]
    """
    labels = [_label(p) for p in paragraphs]
    # a line the page sets twice apart is the page's: no prose of the article
    echoed = _set_apart(paragraphs)
    prosy = [not labels[i] and i not in echoed and is_prose(p) for i, p in enumerate(paragraphs)]
    # what matters of the prose is only which labels' (and notices') stems it
    # holds: the labels' stems are worked out, the prose is searched for them
    label_stems = {i: _stems(p) for i, p in enumerate(paragraphs) if labels[i]}
    wanted = set().union(*label_stems.values())
    prose_stems = ProseStems(paragraphs)
    # the topic of all the page's prose, as far as the labels go
    everywhere = prose_stems.among(wanted, [i for i in range(len(paragraphs)) if prosy[i]])
    # a stretch ends at a run of labels about nothing any prose of the page is
    # about (a menu); an article's own sub-headings share its words
    separators = [labels[i] and not label_stems[i] & everywhere for i in range(len(paragraphs))]
    prose = _core(prosy, paragraphs, separators)
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    # the prose's stems only: a menu repeated between it says nothing of the topic
    topic = prose_stems.among(wanted, prose)
    # a button's label and nothing more is the page's whatever words it shares
    # with the prose ("Back to top", "Voir les photos"), amid the prose too
    whole = {i for i in label_stems if _whole_button(paragraphs[i])}
    candidates = {i for i, own in label_stems.items() if not own & topic or i in whole}
    drop = set(poll_lines(paragraphs, first, last) + repeated_calls(paragraphs))
    drop.update(menu_lines(paragraphs, labels))
    drop.update(repeated_lines(paragraphs, first, last))
    signs: dict[int, bool] = {}

    def sign(k: int) -> bool:
        if k not in signs:
            signs[k] = _sign(paragraphs[k])
        return signs[k]

    for i in sorted(candidates):
        run = _run(candidates, i)
        if _introduced(paragraphs, run):
            continue
        # a run needs a sign (a button, a widget's or a list's title, a tag
        # label): labels in a row and nothing more may be the article's list
        outside = i < first or i > last
        needed = MIN_FURNITURE_RUN if outside else MIN_INNER_FURNITURE_RUN
        long_enough = len(run) >= needed and any(sign(k) for k in run)
        if long_enough or (outside and sign(i)) or i in whole:
            drop.add(i)  # a run, or the rule interface_line: a button's or a link's label
    # the rule site_notice: next to the furniture, a notice in the site's voice
    # about nothing the article is about
    for i in [*range(first), *range(last + 1, len(paragraphs))]:
        if i in drop or not site_voice(paragraphs[i]):
            continue
        if (i - 1 in drop or i + 1 in drop) and prose_stems.foreign(paragraphs[i], prose):
            drop.add(i)
    drop.update(_echoed_beside(paragraphs, echoed, drop, prose, prose_stems))
    drop.update(_closing_notices(paragraphs, labels, drop, prose, prose_stems))
    drop.update(stranded_introducers(paragraphs, labels, drop))
    return sorted(drop)


def stranded_introducers(
    paragraphs: Sequence[str], labels: Sequence[bool], drop: set[int]
) -> list[int]:
    """The rule ``stranded_introducer``: labels ending in a colon, alone or in a
    row, with furniture right above and right below them ("Entdecken Sie unsere
    Apps:", "Folgen Sie uns auf:" in a footer): what they introduced (the
    apps' badges, the networks' icons) was no text, and a colon that
    introduces furniture introduces none of the article.

    >>> lines = ["Shop", "Folgen Sie uns auf:", "Service", "Zutaten:", "Mehl"]
    >>> stranded_introducers(lines, [True] * 5, {0, 2})
    [1]
    """
    out: list[int] = []
    n = len(paragraphs)
    i = 0
    while i < n:
        j = i
        while j < n and j not in drop and labels[j] and paragraphs[j].rstrip().endswith(COLONS):
            j += 1
        if j > i and i - 1 in drop and j in drop:
            out.extend(range(i, j))
        i = max(j, i + 1)
    return out


def _closing_notices(
    paragraphs: Sequence[str],
    labels: Sequence[bool],
    drop: set[int],
    prose: Sequence[int],
    prose_stems: ProseStems,
) -> list[int]:
    """The rule ``closing_notice``: the page's last lines, read up from the
    end while each is furniture, a label or a short notice in the site's
    voice: there, below a label or furniture, the notices about nothing the
    rest of the article is about ("Registration on or use of this site
    constitutes acceptance of our User Agreement") go, with the block's labels
    about nothing it is about ("Disclaimer", "Ad Choices"). A notice is prose,
    so the rule ``site_notice`` counts such a footer as the article's last
    lines; right after the prose, with no furniture between, a line in the
    first or second person is the article's (a quote's "we", an appeal)."""
    block: list[int] = []
    for i in range(len(paragraphs) - 1, -1, -1):
        text = paragraphs[i]
        if (
            i in drop
            or labels[i]
            or (len(text.strip()) <= MAX_SITE_NOTICE_CHARS and site_voice(text))
        ):
            block.append(i)
        else:
            break
    # a notice below furniture: the article's last lines (a quote's "we",
    # an appeal to "you") stand right after its prose
    furniture = [j for j in block if j in drop or labels[j]]
    if not furniture:
        return []
    notices = [i for i in block if i not in drop and not labels[i] and i > min(furniture)]
    if not notices:
        return []
    inside = set(block)
    rest = [k for k in prose if k not in inside]
    found = [i for i in notices if prose_stems.foreign(paragraphs[i], rest)]
    if not found:
        return []
    # the footer's labels (its title, "Ad Choices") go with it, but for one
    # that speaks of the article's subject
    return found + [
        i
        for i in block
        if labels[i] and i not in drop and prose_stems.foreign(paragraphs[i], rest, share=0)
    ]


def _sign(paragraph: str) -> bool:
    """Whether ``paragraph`` names a piece of the page: a button's label, a
    widget's or a related list's title, a tag label."""
    return bool(
        _button(paragraph)
        or WIDGET_WORD.search(paragraph)
        or RELATED_HEADING.match(paragraph)
        or TAXONOMY.match(paragraph)
    )


def _whole_button(paragraph: str) -> bool:
    """Whether ``paragraph`` is a button's or a link's label and nothing more, in
    two words or more: every word of it is one of the page's interface ("Back to
    top", "Nächste Seite", "Share Tweet"). An article writes no such line, amid
    its prose or beside it; a one-word one ("Drucken") may be its sub-heading.

    >>> _whole_button("Back to top"), _whole_button("Drucken"), _whole_button("More questions")
    (True, False, False)
    """
    lower = fold_case(paragraph)
    if len(lower.split()) < 2 or not INTERFACE_WORD.search(lower):
        return False
    return not WORD_CHAR.search(INTERFACE_WORD.sub(" ", lower))


def _button(paragraph: str) -> bool:
    """Whether ``paragraph`` is a button's or a link's label: words of the
    page's interface or of its navigation (a section's name: "Politik",
    "Startseite") and at most ``MAX_BUTTON_OTHER_WORDS`` other content word
    ("Share on Facebook", "Infos zum Zitiervorschlag"); an interface word in a
    phrase of its own ("More questions for your opponent") is no button.
    Text without spaces (Japanese, Chinese) is read whole.

    >>> _button("Share on Facebook"), _button("More questions for your opponent")
    (True, False)
    """
    lower = fold_case(paragraph)
    if not (INTERFACE_WORD.search(lower) or NAVIGATION_WORD.search(lower)):
        return False
    if " " not in lower.strip():
        return True
    rest = NAVIGATION_WORD.sub(" ", INTERFACE_WORD.sub(" ", lower))
    return len(content_words(rest)) <= MAX_BUTTON_OTHER_WORDS


class DropPageFurniture(Cleaner):
    """Remove the furniture lines above and below the article's prose.

    >>> body = ["Share", "Print", "The council met on Monday to vote on the new tram line.",
    ...         "Tags", "Transport", "Politics"]
    >>> DropPageFurniture()(Document(body)).paragraphs
    ['The council met on Monday to vote on the new tram line.']
    """

    name = "drop_page_furniture"

    def apply(self, doc: Document) -> None:
        if len(doc.paragraphs) < 2:
            return  # one paragraph: the text itself, nothing around it
        drop = furniture_lines(doc.paragraphs)
        if drop and len(drop) < len(doc.paragraphs):
            doc.remove(self.name, drop)
