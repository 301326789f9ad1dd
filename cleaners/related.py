"""Related-article blocks: runs of teaser headlines about other stories, at the
end of the body or inside it, with or without a heading ("Related news", "Read
more") and bullets.

A teaser is a self-contained line (one or two sentences, or a headline) about
another story, so it shares little vocabulary with the article. The evidence,
strongest first:

- an end-of-story marker ("/."): everything after it but a sign-off is sidebar;
- a heading: the teasers below it go, up to where the article resumes
  (``cleaners.related_headed``);
- a run of teasers at the end with no heading: at least ``MIN_RUN`` lines that
  share little vocabulary with the body. A single unrelated closing line stays:
  an article's own last paragraph may well be off-topic ("Originally published
  on Live Science.").
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable

from cleaners.base import Cleaner, Document
from cleaners.bylines import has_closing_sign_off, has_end_marker
from cleaners.evidence import (
    content_words,
    is_sentence,
    sentence_count,
    squash,
    stem,
    stems,
    word_count,
)
from cleaners.headline_lists import (
    embedded_headline_lists,
    fact_boxes,
    labelled_headline_runs,
)
from cleaners.related_cards import (
    card_box,
    card_tail,
    lone_headline,
    results_rows,
    stamped_cards,
)
from cleaners.related_headed import headed_blocks, is_heading, is_meta
from cleaners.settings import (
    CONTRAST_LINES,
    DATELINE_POINTS,
    LONE_POINTS,
    MAX_CONTINUING_LEADS,
    MAX_HEADING_CHARS,
    MAX_HEADLESS_TEASER_SENTENCES,
    MAX_PAIR_RATIO,
    MAX_RELATED_PASSES,
    MAX_RUN_SHARE,
    MAX_SCAN,
    MAX_SKELETON,
    MAX_TEASER_SENTENCES,
    MAX_TITLE_WORDS,
    MIN_BULLETED_LEADS,
    MIN_BULLETED_RUN_SCORE,
    MIN_CONTRAST,
    MIN_CORE,
    MIN_CORE_PROSE,
    MIN_LIST_SHARE,
    MIN_LONE_TOPICAL,
    MIN_RUN,
    MIN_RUN_SCORE,
    MIN_SENTENCE_RUN,
    MIN_STARRED_LEADS,
    MIN_TEASER_SHARE,
    MIN_TITLE_ECHOES,
    MIN_TITLED_RUN,
    MIN_TITLED_SHARE,
    MIN_UNREAD_CHARS,
)
from cleaners.stamps import is_timestamp
from cleaners.teasers import (
    VOICE,
    DocVocabulary,
    bullet_of,
    continues_story,
    opens_story,
    strip_bullet,
    teaser_score,
    teaser_shaped,
)
from cleaners.vocabulary import TAGGED_TEASER

__all__ = [
    "DropRelated",
    "headed_blocks",
    "headless_tail",
    "is_heading",
    "is_meta",
    "list_like",
    "teaser_shaped",
]

#: "More:" alone, in the detected languages: a teaser label whose teasers the
#: extractor left out. It goes alone: the article's lines below it are no
#: teasers ("More" without the colon may be a word of the article's).
MORE_LABEL = re.compile(
    r"(?:more|mehr|plus|más|mais|meer|mer|więcej|lainnya|lisää|több|mai\s+mult|više|více|viac"
    r"|daugiau|vairāk|meira|περισσότερα|ещё|еще|більше|още|més|더보기|更多)\s*[:：]",
    re.I,
)
#: Its shape: words only (no address, separator, reference or sentence mark).
BLOCK_TITLE = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+[\w'’&-]+)*")
#: A run whose lines share one punctuation skeleton is the article's own list.
LIST_SKELETON = re.compile(r"[\w\s]+")
#: A decimal or thousands mark inside a number.
NUMBER_MARK = re.compile(r"(?<=\d)[.,’'](?=\d)")
SENTENCE_MARKS = ".,'’\"“”"


def is_block_title(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as a block's title: a few words, no sentence.

    >>> is_block_title("Otras historias"), is_block_title("He left early.")
    (True, False)
    """
    text = paragraph.strip().rstrip(":")
    return (
        len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and bool(BLOCK_TITLE.fullmatch(text))
    )


def set_aside(paragraph: str) -> bool:
    """Whether a line is one the teaser rules step over, neither counting it in
    a run nor letting it end one: a sign-off, byline or dateline (left for
    their cleaners) or a timestamp ("13 hours ago", "05.08.2024, 20:59"), a
    card's or the page's stamp, which is no teaser and no line of the prose.

    >>> set_aside("By An Nhien"), set_aside("Updated 2 hours ago"), set_aside("Rents rise")
    (True, True, False)
    """
    return is_meta(paragraph) or is_timestamp(paragraph)


def after_end_marker(paragraphs: list[str]) -> list[int]:
    """Indices after an end-of-story marker, sign-offs and bylines excepted.

    >>> after_end_marker(["Lead.", "End./.", "VNA", "Other story one.", "Other story two."])
    [3, 4]
    """
    for i, p in enumerate(paragraphs[:-1]):
        if has_end_marker(p):
            return [j for j in range(i + 1, len(paragraphs)) if not is_meta(paragraphs[j])]
    return []


#: Marks that open a list item and something else as well: a number (the
#: article's own steps), a dash (a line of dialogue in many languages), an
#: asterisk (a footnote under a table).
SHARED_MARKS = frozenset({"#", "–", "—", "*"})


def list_like(paragraphs: list[str]) -> bool:
    """Whether the lines share one punctuation skeleton, as the items of the
    article's own list do ("June 20 – Raleigh, NC @ …", "Name: charge, charge")."""
    unique = {squash(p): p for p in paragraphs}.values()  # an echo is one item
    # a number's own marks ("4,7", "380.000") are no part of the line's skeleton
    shapes = Counter(LIST_SKELETON.sub("", NUMBER_MARK.sub("", p))[:MAX_SKELETON] for p in unique)
    shape, count = shapes.most_common(1)[0]
    # commas and full stops are any sentence's: a list's skeleton has more
    return bool(shape.strip(SENTENCE_MARKS)) and count / len(unique) >= MIN_LIST_SHARE


def headless_tail(
    paragraphs: list[str],
    vocabulary: DocVocabulary,
    skip: set[int] | frozenset[int] = frozenset(),
    aside: set[int] | None = None,
) -> list[int]:
    """Indices of a run of teasers at the end with no heading (``skip``: indices
    already taken out; ``aside``: those of the lines :func:`set_aside`, when
    the caller has them).

    Scans up from the end over teaser-shaped lines that all carry the last
    line's bullet (or none) and keeps the run whose summed :func:`teaser_score`
    is highest; the run goes when that sum reaches ``MIN_RUN_SCORE``, most of
    its lines look like teasers on their own, and (without bullets) at least
    ``MIN_RUN`` of them are a single sentence or a headline while each longer
    one scores as a teaser. A bulleted list whose bullet the
    article above does not use goes whole when its sum is positive or most of
    its lines look like teasers, unless the line above it ends in a colon (a
    list the article introduces is its own, whatever its lines score).
    """
    # sign-offs, bylines and datelines, wherever they stand in the run, stay for
    # their own cleaners and do not break the run
    if aside is None:
        aside = {i for i, p in enumerate(paragraphs) if set_aside(p)}
    rest = [i for i in range(len(paragraphs)) if i not in skip and i not in aside]
    # the article keeps MIN_CORE_PROSE lines of prose above any run: a name, a
    # label or a kicker on top of it is none, and a comparison with it means nothing
    prose = [k for k, i in enumerate(rest) if is_sentence(paragraphs[i])]
    if len(prose) < MIN_CORE_PROSE or len(rest) <= prose[MIN_CORE_PROSE - 1] + 1:
        return []
    bullet = bullet_of(paragraphs[rest[-1]])
    shaped = []  # the candidates, found before any vocabulary is built
    longer: set[int] = set()  # those of more than one sentence
    for k in range(len(rest) - 1, max(len(rest) - 1 - MAX_SCAN, prose[MIN_CORE_PROSE - 1]), -1):
        p = paragraphs[rest[k]]
        if bullet_of(p) != bullet or not (bullet or teaser_shaped(p, MAX_TEASER_SENTENCES)):
            break
        shaped.append(k)
        if not bullet and not teaser_shaped(p, MAX_HEADLESS_TEASER_SENTENCES):
            longer.add(k)
    if len(shaped) - len(longer) < MIN_RUN:
        return []
    # Teasers may share words with each other (two stories about one band): when
    # a candidate below reads as a teaser, a line that reads as the article's is
    # measured again without the candidate lines below it, so that it does not
    # pass for the article's for what it shares with them. (Lines above stay:
    # the article's own run down to the teasers and its lines share words.)
    scores: dict[int, float] = {}  # in scan order, from the last line up
    alien = False  # whether a line below reads as a teaser

    # an article written in paragraphs of several sentences moves on from line
    # to line with the same names and subjects; one written a sentence per
    # line does so far less, and there a lone line tells nothing
    above_run = [sentence_count(paragraphs[rest[k]]) for k in prose if k < shaped[-1]]
    in_paragraphs = bool(above_run) and statistics.median(above_run) >= 2

    def lone(k: int) -> float:
        """Points for a line that shares no topical word with the two above it:
        a teaser opens another story, an article's line mostly goes on with
        the names and subjects of the lines before it."""
        if not in_paragraphs or k < 2:
            return 0.0
        topic = vocabulary.topical
        words = topic(rest[k])
        alone = len(words) >= MIN_LONE_TOPICAL and not words & (
            topic(rest[k - 1]) | topic(rest[k - 2])
        )
        return LONE_POINTS if alone else 0.0

    # a line past the article's first that opens with a dateline opens another
    # story; in a digest of briefs, each of the article's items opens so (the
    # lines above are read only when a candidate opens a story)
    stories = {k: opens_story(paragraphs[rest[k]]) for k in shaped}
    digest = any(stories.values()) and any(opens_story(paragraphs[i]) for i in rest[1 : shaped[-1]])

    def measure(k: int) -> float:
        nonlocal alien
        score = teaser_score(paragraphs[rest[k]], *vocabulary.shared(rest[k]))
        if score <= 0 and alien:
            below = [rest[j] for j in scores]
            score = teaser_score(paragraphs[rest[k]], *vocabulary.shared(rest[k], below))
        if stories[k] and not digest:
            score += DATELINE_POINTS
        alien = alien or score > 0
        return score + lone(k)

    if bullet and all(bullet_of(paragraphs[i]) != bullet for i in rest[: shaped[-1]]):
        # a bulleted list unlike anything above it: all of it goes when its
        # lines read as teasers, or when a title of its own heads it ("Otras
        # historias": a few words, no sentence) over lines of varied shapes
        title = paragraphs[rest[shaped[-1] - 1]] if shaped[-1] > 0 else ""
        if title.rstrip().endswith(":"):
            return []  # the lines a colon introduces are the article's own list
        if all(_restates(vocabulary.shared(rest[k])) for k in shaped):
            return []  # each line says again what the article says: its key points
        if no_names([paragraphs[rest[k]] for k in shaped]):
            return []  # advice or steps: other stories' lines name who and where
        if title and is_block_title(title):
            # lines of one shape ("Burnham: for") under it: the article's own table
            items = [strip_bullet(paragraphs[rest[k]]) for k in sorted(shaped)]
            return [] if list_like(items) else [rest[k] for k in sorted(shaped)]
        if _bulleted_leads([paragraphs[rest[k]] for k in sorted(shaped)], bullet, title):
            return [rest[k] for k in sorted(shaped)]
        for k in shaped:
            scores[k] = measure(k)
        positive = sum(v > 0 for v in scores.values()) / len(scores)
        if sum(scores.values()) <= MIN_BULLETED_RUN_SCORE and positive < MIN_TEASER_SHARE:
            return []
        return [rest[k] for k in sorted(shaped)]
    titled = _titled_run(paragraphs, vocabulary, rest, shaped)
    if titled:
        return titled
    total, best, best_at = 0.0, 0.0, len(rest)
    for k in shaped:
        scores[k] = measure(k)
        total += scores[k]
        if total > best:
            best, best_at = total, k
    run = _scored_run(paragraphs, rest, longer, scores, best, best_at)
    if not run and in_paragraphs:
        run = _sentence_run(paragraphs, rest, shaped, longer, scores)
    if not run:
        return []
    return _kept_apart(paragraphs, vocabulary, rest, run, scores, stories, digest, lone)


def _scored_run(
    paragraphs: list[str],
    rest: list[int],
    longer: set[int],
    scores: dict[int, float],
    best: float,
    best_at: int,
) -> list[int]:
    """The run of teasers the summed scores find (positions in ``rest``):
    from ``best_at``, where the sum from the end is highest, down, when it is
    high enough and most of its lines read as teasers; else none."""
    run = list(range(best_at, len(rest)))
    # a teaser may run to two sentences, but a longer line joins the run only
    # when it reads as a teaser itself: one that does not is the article's, and
    # the run starts below it
    own_long = [k for k in run if k in longer and scores[k] <= 0]
    if own_long:
        run = [k for k in run if k > max(own_long)]
        best = sum(scores[k] for k in run)
        best_at = run[0] if run else len(rest)
    signed = _below_sign_off(paragraphs, rest, run)
    if signed != run:
        run = signed
        best = sum(scores[k] for k in run)
        best_at = run[0] if run else len(rest)
    if best < MIN_RUN_SCORE or len(run) < MIN_RUN:
        return []
    # the run needs MIN_RUN one-sentence lines
    if len(run) - len([k for k in run if k in longer]) < MIN_RUN:
        return []
    if sum(scores[k] > 0 for k in run) / len(run) < MIN_TEASER_SHARE:
        return []
    if len(run) == MIN_RUN:
        # two lines are a list only when they are alike: a long sentence and a
        # short label are the article's last paragraph and a line of the page
        sizes = sorted(word_count(paragraphs[rest[k]]) for k in run)
        if sizes[-1] > MAX_PAIR_RATIO * sizes[0]:
            return []
    return run


def _below_sign_off(paragraphs: list[str], rest: list[int], run: list[int]) -> list[int]:
    """The run's lines below the last one closing with the writer's sign-off
    ("… frei. (kas)"): the story runs down to that line."""
    signed = [k for k in run if has_closing_sign_off(paragraphs[rest[k]])]
    return [k for k in run if k > max(signed)] if signed else run


def _sentence_run(
    paragraphs: list[str],
    rest: list[int],
    shaped: list[int],
    longer: set[int],
    scores: dict[int, float],
) -> list[int]:
    """Under an article written in paragraphs: the lines of one sentence
    each at the end (positions in ``rest``), when at least
    ``MIN_SENTENCE_RUN`` in a row, their summed score positive and fewer
    than half of them reading as the article's own; its top lines that
    do not read as teasers stay with the article. An article written in
    paragraphs of several sentences seldom ends on that many single
    sentences (2 of the 86 such tune bodies), and those go on with its
    names and subjects; a list of other stories' leads is all single
    sentences, most of them on subjects of their own."""
    run = []
    for k in shaped:  # from the last line up
        if k in longer:
            break
        run.append(k)
    run = _below_sign_off(paragraphs, rest, run)
    if len(run) < MIN_SENTENCE_RUN or sum(scores[k] for k in run) <= 0:
        return []
    if 2 * sum(scores[k] < 0 for k in run) >= len(run):
        return []
    run.sort()
    while run and scores[run[0]] <= 0:
        run.pop(0)
    return run if len(run) >= MIN_SENTENCE_RUN else []


def _kept_apart(
    paragraphs: list[str],
    vocabulary: DocVocabulary,
    rest: list[int],
    run: list[int],
    scores: dict[int, float],
    stories: dict[int, bool],
    digest: bool,
    lone: Callable[[int], float],
) -> list[int]:
    """The run's paragraph indices, unless what stands around it or its
    lines' shapes say it is the article's own (a list it introduces, lines as
    alien as the article's, its items or voices, most of the text)."""
    best_at = run[0]
    best = sum(scores[k] for k in run)
    if best_at and paragraphs[rest[best_at - 1]].rstrip().endswith(":"):
        return []  # the lines a colon introduces are the article's own list
    above = rest[max(0, best_at - CONTRAST_LINES) : best_at]
    if above and all(teaser_shaped(paragraphs[i], MAX_HEADLESS_TEASER_SENTENCES) for i in above):
        # the article's own lines have a teaser's shape too: only words can tell
        own = sorted(
            teaser_score(paragraphs[rest[k]], *vocabulary.shared(rest[k])) + lone(k)
            for k in range(max(0, best_at - CONTRAST_LINES), best_at)
        )
        if best / len(run) - own[len(own) // 2] < MIN_CONTRAST:
            # they read no less alien than the run: the scores cannot tell,
            # the words can when one story stands above a block that names none of it
            run = _below_one_story(paragraphs, vocabulary, rest, run)
            if not run:
                return []
    if digest and 2 * sum(stories[k] for k in run) > len(run):
        return []  # the digest's own items, each under its dateline
    run_chars = sum(len(paragraphs[rest[k]]) for k in run)
    if run_chars > MAX_RUN_SHARE * sum(len(paragraphs[i]) for i in rest[: run[0]]):
        # most of the text: the article's own lines, not a block beside it,
        # unless one story stands above a block that speaks of none of it
        run = _below_one_story(paragraphs, vocabulary, rest, run)
        if not run:
            return []
    lines = [strip_bullet(paragraphs[rest[k]]) for k in run]
    if list_like(lines) or all(VOICE.search(line) for line in lines) or no_names(lines):
        # the article's own list, the voices it gathers ("Name, role: „…“"), its advice
        return []
    return [rest[k] for k in run]


def _below_one_story(
    paragraphs: list[str], vocabulary: DocVocabulary, rest: list[int], run: list[int]
) -> list[int]:
    """The part of a run (positions in ``rest``) that stands below one story
    and speaks of none of it; none when there is no such story. The text above
    is one story when most of its lines of prose share a topical word with
    another of them (a story's lines go on with its names and subjects; a
    digest's briefs or a live blog's posts that lost their times, each about
    something else, do not). The run's top lines that share its words are
    the story's last lines and join it; most lines below must share none
    (another story may name a thing the brief names, now and then).
    Then a short article, a brief, stands above a related block however long
    the block is."""
    above = list(rest[: run[0]])
    words = {i: vocabulary.topical(i) for i in above}
    told = set().union(*words.values())
    start = 0
    while start < len(run) and (top := vocabulary.topical(rest[run[start]])) & told:
        words[rest[run[start]]] = top
        start += 1
    below = run[start:]
    if len(below) < MIN_RUN or 2 * sum(
        bool(vocabulary.topical(rest[k]) & told) for k in below
    ) >= len(below):
        return []
    prose = [i for i in words if is_sentence(paragraphs[i])]
    if len(prose) < MIN_CORE_PROSE:
        return []
    lines_using = Counter(w for line_words in words.values() for w in line_words)
    alone = sum(not any(lines_using[w] > 1 for w in words[i]) for i in prose)
    return [] if 2 * alone > len(prose) else below


def _restates(shared: tuple[int, int, float]) -> bool:
    """Whether most of a line's topical words are the article's (``shared``:
    :meth:`DocVocabulary.shared` of the line, how many of its topical words
    occur elsewhere in the document and how many do not). A key point or a
    summary line restates the article; another story's lead or headline, even
    on its subject, brings names and subjects of its own (of the bulleted
    lines removed from the tune texts and the generated tails, 9 of 216 have
    more of their topical words elsewhere than not, and no run is all such).

    >>> _restates((3, 0, 0.6)), _restates((1, 1, 0.5)), _restates((1, 4, 0.2))
    (True, False, False)
    """
    hits, misses, _ = shared
    return hits > misses


#: A word that may open a sentence: what a capital after it begins is no name.
SENTENCE_CLOSE = (".", "!", "?", ":", "…", "»", "«", '"', "“", "”")
QUOTE_EDGES = "\"'“”„«»‘’()[]¿¡-–—"


def names_someone(line: str) -> bool | None:
    """Whether ``line`` names someone or something: a capitalised word past
    the first word of a sentence ("… said Jane Doe", "… in Leeds"). ``None``
    when its script has no capitals (or it is too short to tell): the test
    says nothing there.

    >>> names_someone("Buvez de l'eau régulièrement, sans attendre d'avoir soif.")
    False
    >>> names_someone("Police in Leeds arrested two men on Monday.")
    True
    >>> names_someone("초미세먼지 심할 때 이렇게 하세요") is None
    True
    """
    words = strip_bullet(line).split()
    if len(words) < 4 or not any(c.isupper() for c in line):
        return None
    for before, word in itertools.pairwise(words):
        core = word.strip(QUOTE_EDGES)
        if core[:1].isupper() and not before.endswith(SENTENCE_CLOSE):
            return True
    return False


def no_names(lines: list[str]) -> bool:
    """Whether two or more of ``lines`` can tell and none names anyone or
    anything: the article's own advice or steps ("Buvez de l'eau …", "Fermez
    volets et fenêtres …"), not other stories, whose leads and headlines tell
    who and where (in the dev texts and generated tails every removed run of
    two lines or more names someone in at least a third of its lines)."""
    told = [names_someone(line) for line in lines]
    return sum(t is not None for t in told) >= 2 and not any(told)


def _bulleted_leads(lines: list[str], bullet: str, above: str) -> bool:
    """Whether a bulleted run at the end (``lines``, top down), with a bullet
    the article above does not use, is a list of other stories by its shape
    alone: at least ``MIN_BULLETED_LEADS`` lines, each one sentence that opens
    a story of its own (past the first, a few may open as a line going on from
    another does, as a story's lead may: a quotation, "This comes after";
    ``MAX_CONTINUING_LEADS``), under a bullet that marks nothing else
    (``SHARED_MARKS``; asterisks, which open footnotes too, from
    ``MIN_STARRED_LEADS`` lines on), and nothing above that introduces a list
    (a colon). A first line that goes on from the article makes the list the
    article's, unless ``MIN_STARRED_LEADS`` or more lines follow it: a lead
    opens so now and then, and so long a run is a list of stories.
    The article's own list is introduced, numbered, or continues its story; a
    related list on the article's own subject shares its words, which the
    scores would take for the article's."""
    if above.rstrip().endswith(":"):
        return False
    # an asterisk opens a footnote too, but an article's footnotes are a few
    if bullet in SHARED_MARKS and not (bullet == "*" and len(lines) >= MIN_STARRED_LEADS):
        return False
    if not all(teaser_shaped(line, MAX_HEADLESS_TEASER_SENTENCES) for line in lines):
        return False
    if continues_story(lines[0]) and len(lines) - 1 < MIN_STARRED_LEADS:
        return False  # the list goes on from the article above it
    going_on = sum(continues_story(line) for line in lines[1:])
    opening = len(lines) - going_on
    return opening >= MIN_BULLETED_LEADS and going_on <= MAX_CONTINUING_LEADS * len(lines)


def _titled_run(
    paragraphs: list[str], vocabulary: DocVocabulary, rest: list[int], shaped: list[int]
) -> list[int]:
    """The lines under the last block title of the end run (``shaped``: indices
    into ``rest``, from the last line up), when at least ``MIN_TITLED_RUN`` of
    them, each measured without the others, mostly read as teasers: a title
    ("What else is happening", a few words, no sentence, no colon) over leads
    about other stories."""
    titles = [
        k
        for k in shaped
        if is_block_title(paragraphs[rest[k]]) and not paragraphs[rest[k]].rstrip().endswith(":")
    ]
    if not titles:
        return []
    items = [rest[k] for k in shaped if k > titles[0]]
    if len(items) < MIN_TITLED_RUN or list_like([paragraphs[i] for i in items]):
        return []  # too few, or the article's own list ("June 20 – Raleigh, NC @ …")
    title = {stem(w) for w in content_words(paragraphs[rest[titles[0]]])}
    if sum(bool(title & stems(paragraphs[i])) for i in items) >= MIN_TITLE_ECHOES:
        return []  # a subheading: the lines below speak of what it names
    scores = [
        teaser_score(paragraphs[i], *vocabulary.shared(i, [j for j in items if j != i]))
        for i in items
    ]
    if sum(scores) <= 0 or sum(v > 0 for v in scores) / len(scores) < MIN_TITLED_SHARE:
        return []
    return sorted(items)


def _island(paragraphs: list[str], k: int, drop: set[int]) -> bool:
    """Whether line ``k``, with nothing but removed lines (and bylines,
    stamps) below it, is a headline left inside the block that ends the text:
    two removed lines right above it and one right below, and a headline's
    shape (no sentence's end). One item of a related list may share a word
    with the article, and the rule that reads the list under its heading
    stops there as if the article resumed; the rule that reads a headless run
    takes the items below it. The article does not resume for one headline
    between two parts of a block and end there. (The caller scans up from the
    end, so that the lines below ``k`` are known to be removed.)
    """
    p = paragraphs[k]
    return (
        k + 1 in drop
        and k - 1 in drop
        and k - 2 in drop
        and teaser_shaped(p)
        and not is_sentence(p)
    )


class DropRelated(Cleaner):
    """Remove related-article blocks: after an end marker, under a heading, a
    headless run of teasers at the end, or story cards with their stamps.

    >>> body = ["Police chiefs of ASEAN met in Hanoi on Monday.",
    ...         "The police chiefs agreed to share data on crime in Hanoi./.",
    ...         "Rice exports rose sharply in the first quarter."]
    >>> DropRelated()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_related"

    def apply(self, doc: Document) -> None:
        # Once a block is gone, lines it separated can show as a run of their own:
        # look again, so that cleaning the output again finds nothing more. The
        # lines above the first block removed were weighed with it below them
        # and kept: a later pass leaves them (else the article's last
        # paragraphs, the block gone, end the text and go as its tail).
        top: int | None = None  # the first line of the first block removed
        for _ in range(MAX_RELATED_PASSES):
            drop = {i for i in self._find(doc) if top is None or i >= top}
            if not drop:
                return
            top = min(drop) if top is None else top
            doc.remove(self.name, drop)

    def _find(self, doc: Document) -> set[int]:
        paras = doc.paragraphs
        if len(paras) < MIN_CORE + 1:
            return set()
        vocabulary = DocVocabulary(paras, doc.language or "en")
        drop = set(after_end_marker(paras)) | set(headed_blocks(paras, vocabulary))
        drop |= set(embedded_headline_lists(paras, drop)) | set(fact_boxes(paras, drop))
        drop |= set(labelled_headline_runs(paras, drop))
        drop |= {i for i, p in enumerate(paras) if i and len(p) < 16 and MORE_LABEL.fullmatch(p)}
        drop |= {  # "]" near the end: the cheap test before the pattern
            i
            for i, p in enumerate(paras)
            if i and "]" in p[-4:] and TAGGED_TEASER.search(p) and teaser_shaped(p)
        }
        if doc.language is not None or sum(map(len, paras)) < MIN_UNREAD_CHARS:
            # a long text in a language the detector does not know is read with
            # another language's word list: its words cannot tell teasers apart
            language = doc.language or "en"
            cards = self._cards(paras, language, drop)
            aside = {i for i, p in enumerate(paras) if set_aside(p)}  # read once
            tail = set(headless_tail(paras, vocabulary, drop | cards, aside))
            drop |= cards | tail
            # cards with their stamps, of any subject: after the runs above, which
            # weigh a tail's lines together (a footer below cards goes with them),
            # before a lone headline is looked for (a card's stamp is none)
            drop |= set(stamped_cards(paras, [i for i in range(len(paras)) if i not in drop]))
            # one headline alone, only where no run ends the text: the last
            # line of a run of teasers is the run's, weighed with it
            last = next((i for i in reversed(range(len(paras))) if i not in aside), 0)
            if not tail and last not in cards:
                rest = [i for i in range(len(paras)) if i not in drop and i not in aside]
                drop |= set(lone_headline(paras, language, rest))
        below = False  # whether a removed block stands below the line looked at
        rows = results_rows(paras, [i for i in range(len(paras)) if i not in drop])
        for k in range(len(paras) - 1, 0, -1):  # a heading left with nothing below it
            if k in drop or is_meta(paras[k]):
                below = below or k in drop
                continue
            # a heading in any wording: a short title line right above the
            # block that ends the body (a results table's row is none)
            titled = below and k + 1 in drop and is_block_title(paras[k])
            if not (titled or is_heading(paras[k]) or _island(paras, k, drop)) or k in rows:
                break
            drop.add(k)
        return drop if len(drop) < len(paras) else set()

    @staticmethod
    def _cards(paras: list[str], language: str, drop: set[int]) -> set[int]:
        """Story cards (``cleaners.related_cards``) among the lines still in: a
        run at the end and boxes between paragraphs."""
        # timestamps stay in: a card's date is a kicker above its headline
        rest = [i for i in range(len(paras)) if i not in drop and not is_meta(paras[i])]
        found = set(card_tail(paras, language, rest))
        rest = [i for i in rest if i not in found]
        return found | set(card_box(paras, language, rest))
