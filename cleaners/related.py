"""Related-article blocks: runs of teaser headlines about other stories, at the
end of the body or inside it, with or without a heading ("Related news", "Read
more") and bullets.

A teaser is a self-contained line (one or two sentences, or a headline) about
another story, so it shares little vocabulary with the article. The evidence,
strongest first:

- an end-of-story marker ("/."): everything after it but a sign-off is sidebar;
- a heading: the teasers below it go, up to where the article resumes;
- a run of teasers at the end with no heading: at least ``MIN_RUN`` lines that
  share little vocabulary with the body. A single unrelated closing line stays:
  an article's own last paragraph may well be off-topic ("Originally published
  on Live Science.").
"""

from __future__ import annotations

import re
from collections import Counter

from cleaners.base import Cleaner, Document
from cleaners.bounded import short_text_cache
from cleaners.bylines import (
    END_MARKER,
    has_end_marker,
    is_sign_off,
    parse_byline,
    parse_dateline,
)
from cleaners.evidence import (
    is_sentence,
    squash,
    stem,
    stems,
    topical_words,
)
from cleaners.headline_lists import (
    embedded_headline_lists,
    fact_boxes,
    labelled_headline_runs,
)
from cleaners.settings import (
    CACHED_PARAGRAPHS,
    CONTRAST_LINES,
    FIRST_WORD_WINDOW,
    MAX_DIP,
    MAX_HEADING_CHARS,
    MAX_HEADLESS_TEASER_SENTENCES,
    MAX_META_CHARS,
    MAX_RELATED_PASSES,
    MAX_SCAN,
    MAX_SKELETON,
    MAX_TEASER_SENTENCES,
    MAX_TITLE_WORDS,
    MIN_BULLETED_RUN_SCORE,
    MIN_CONTRAST,
    MIN_CORE,
    MIN_LIST_SHARE,
    MIN_OWN_SHARED,
    MIN_RESUME_AT_ONCE_SHARED,
    MIN_RESUME_SHARED,
    MIN_RUN,
    MIN_RUN_SCORE,
    MIN_TEASER_SHARE,
    MIN_TITLED_RUN,
    MIN_TITLED_SHARE,
    MIN_UNREAD_CHARS,
    RESUME_SCORE,
    RESUME_SHARE,
)
from cleaners.teasers import (
    DocVocabulary,
    bullet_of,
    strip_bullet,
    teaser_score,
    teaser_shaped,
)
from cleaners.vocabulary import (
    HEADING_FIRST_WORDS,
    RELATED_HEADING,
    RELATED_LABEL,
    TAGGED_TEASER,
)

#: Related headings (alone on a line) and "Read more: …" labels: the shared
#: multilingual vocabulary.
HEADING = RELATED_HEADING
HEADING_PREFIX = RELATED_LABEL
INLINE_TEASER = re.compile(RELATED_LABEL.pattern + r"\S", re.I)
FIRST_WORD = re.compile(r"[^\W\d_]+")
#: "More:" alone, in the detected languages: a teaser label whose teasers the
#: extractor left out. It goes alone: the article's lines below it are no
#: teasers ("More" without the colon may be a word of the article's).
MORE_LABEL = re.compile(r"(?:more|mehr|plus|más|mais|meer|mer|więcej|lainnya)\s*[:：]", re.I)
#: Its shape: words only (no address, separator, reference or sentence mark).
BLOCK_TITLE = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+[\w'’&-]+)*")
#: A run whose lines share one punctuation skeleton is the article's own list.
LIST_SKELETON = re.compile(r"[\w\s]+")
SENTENCE_MARKS = ".,'’\"“”"


def is_heading(paragraph: str) -> bool:
    """Whether ``paragraph`` is the heading of a related-article block.

    >>> is_heading("Related news"), is_heading("READ MORE:"), is_heading("Read the report")
    (True, True, False)
    """
    return (
        len(paragraph) <= MAX_HEADING_CHARS
        and _first_word(paragraph) in HEADING_FIRST_WORDS
        and bool(HEADING.match(paragraph.strip()))
    )


def _is_block_title(paragraph: str) -> bool:
    """Whether ``paragraph`` reads as a block's title: a few words, no sentence.

    >>> _is_block_title("Otras historias"), _is_block_title("He left early.")
    (True, False)
    """
    text = paragraph.strip().rstrip(":")
    return (
        len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and text[:1].isupper()
        and bool(BLOCK_TITLE.fullmatch(text))
    )


def _first_word(paragraph: str) -> str:
    m = FIRST_WORD.search(paragraph, 0, FIRST_WORD_WINDOW)
    return m.group().lower() if m else ""


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def is_meta(paragraph: str) -> bool:
    """A sign-off, byline, dateline or end marker: left for the metadata cleaners.
    (Asked of every line, again after each block removed: kept per paragraph.)

    >>> is_meta("By An Nhien"), is_meta("VNA"), is_meta("Police chiefs met in Hanoi.")
    (True, True, False)
    """
    if len(paragraph) > MAX_META_CHARS:  # too long for a byline or a dateline
        return is_sign_off(paragraph) or bool(END_MARKER.fullmatch(paragraph.strip()))
    return (
        is_sign_off(paragraph)
        or bool(parse_byline(paragraph) or parse_dateline(paragraph))
        or bool(END_MARKER.fullmatch(paragraph.strip()))
    )


def after_end_marker(paragraphs: list[str]) -> list[int]:
    """Indices after an end-of-story marker, sign-offs and bylines excepted.

    >>> after_end_marker(["Lead.", "End./.", "VNA", "Other story one.", "Other story two."])
    [3, 4]
    """
    for i, p in enumerate(paragraphs[:-1]):
        if has_end_marker(p):
            return [j for j in range(i + 1, len(paragraphs)) if not is_meta(paragraphs[j])]
    return []


def headed_blocks(paragraphs: list[str], vocabulary: DocVocabulary) -> list[int]:
    """Indices of headed related blocks and one-line "Read more: …" teasers.

    Below a heading, the block runs over the lines that carry the first item's
    bullet, or, without bullets, over teaser-shaped lines up to where the
    article resumes: the first line past the first item that reads as the
    article's own text (:func:`teaser_score` at most ``RESUME_SCORE``, or
    ``MIN_RESUME_SHARED`` topical words shared), or the first of two lines in
    a row that share ``RESUME_SHARE`` of their topical words with the article
    above the block.
    """
    found: list[int] = []
    n = len(paragraphs)
    i = 1
    while i < n:
        p = paragraphs[i]
        if _first_word(p) not in HEADING_FIRST_WORDS:
            pass  # neither a heading nor a "Read more: …" line (the cheap test)
        elif INLINE_TEASER.match(p) and teaser_shaped(HEADING_PREFIX.sub("", p)):
            found.append(i)
        elif is_heading(p):
            first = i + 1
            while first < n and is_heading(paragraphs[first]):
                first += 1  # headings in a row head one block
            first_bullet = bullet_of(paragraphs[first]) if first < n else ""
            stop = first
            while stop < n and not is_meta(paragraphs[stop]):
                q = paragraphs[stop]
                if bullet_of(q) != first_bullet or not (first_bullet or teaser_shaped(q)):
                    break
                stop += 1
            at_end = all(is_meta(q) or is_heading(q) for q in paragraphs[stop:])
            around: set[str] = set()  # the article above the block
            if not first_bullet:
                around = set().union(*(stems(q) for q in paragraphs[:i]))
            block = list(range(i, first))
            lang = vocabulary.language
            for j in range(first, stop):
                # a headline under the heading with a sentence below it is the
                # block's one item, even on the article's own subject: related
                # stories share it by design
                lone_item = (
                    j == first
                    and j + 1 < n
                    and not is_sentence(paragraphs[j])
                    and is_sentence(paragraphs[j + 1])
                )
                resumes = (
                    j > first and _shares_topic(paragraphs[j], around, lang, MIN_RESUME_SHARED)
                ) or (
                    not lone_item
                    and j + 1 < n
                    and all(_shares_topic(paragraphs[k], around, lang) for k in (j, j + 1))
                )
                # the line under the heading is its first item, whatever it scores,
                # unless the article goes on right under it (see _resumes_at_once)
                own = (
                    j > first and teaser_score(paragraphs[j], *vocabulary.shared(j)) <= RESUME_SCORE
                ) or (j == first and _resumes_at_once(paragraphs, vocabulary, around, stop, j))
                if (
                    own and at_end and j > first
                ):  # at the end, the next line must not read as a teaser
                    own = (
                        j + 1 < stop
                        and teaser_score(paragraphs[j + 1], *vocabulary.shared(j + 1)) <= 0
                    )
                items = block[first - i :]  # headlines so far, now a sentence: prose again
                prose = (
                    bool(items)
                    and is_sentence(paragraphs[j])
                    and not any(is_sentence(paragraphs[k]) for k in items)
                )
                if not first_bullet and (resumes or own or prose):
                    break  # the article resumes
                block.append(j)
            # a heading with no item under it (the teaser was a picture or a
            # link the extractor left out) is a label still: it goes alone
            found.extend(block)
            i = block[-1]
        i += 1
    return found


def _resumes_at_once(
    paragraphs: list[str], vocabulary: DocVocabulary, around: set[str], stop: int, first: int
) -> bool:
    """Whether the article goes on right under a heading whose teasers the
    extractor left out (they were pictures or links): the first line under it
    is a sentence that reads as the article's own and shares its topic with the
    article above (``around``), a sentence follows it, and most of the lines up
    to ``stop`` read as the article's too (a teaser block on the article's own
    subject has one such line, not a majority)."""
    if first + 1 >= stop or not (
        is_sentence(paragraphs[first]) and is_sentence(paragraphs[first + 1])
    ):
        return False
    if teaser_score(paragraphs[first], *vocabulary.shared(first)) > RESUME_SCORE:
        return False
    if not _shares_topic(paragraphs[first], around, vocabulary.language, MIN_RESUME_AT_ONCE_SHARED):
        return False
    alien = sum(teaser_score(paragraphs[k], *vocabulary.shared(k)) > 0 for k in range(first, stop))
    return alien / (stop - first) < 1 - MIN_TEASER_SHARE


def _shares_topic(
    paragraph: str, around: set[str], language: str, least: int = MIN_OWN_SHARED
) -> bool:
    """Whether ``paragraph`` shares ``RESUME_SHARE`` of its topical words (and at
    least ``least``) with the stems in ``around``."""
    words = {stem(w) for w in topical_words(paragraph, language)}
    shared = len(words & around)
    return bool(words) and shared >= least and shared / len(words) >= RESUME_SHARE


def _list_like(paragraphs: list[str]) -> bool:
    """Whether the lines share one punctuation skeleton, as the items of the
    article's own list do ("June 20 – Raleigh, NC @ …", "Name: charge, charge")."""
    unique = {squash(p): p for p in paragraphs}.values()  # an echo is one item
    shapes = Counter(LIST_SKELETON.sub("", p)[:MAX_SKELETON] for p in unique)
    shape, count = shapes.most_common(1)[0]
    # commas and full stops are any sentence's: a list's skeleton has more
    return bool(shape.strip(SENTENCE_MARKS)) and count / len(unique) >= MIN_LIST_SHARE


def headless_tail(
    paragraphs: list[str], vocabulary: DocVocabulary, skip: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """Indices of a run of teasers at the end with no heading (``skip``: indices
    already taken out).

    Scans up from the end over teaser-shaped lines that all carry the last
    line's bullet (or none) and keeps the run whose summed :func:`teaser_score`
    is highest; the run goes when that sum reaches ``MIN_RUN_SCORE``, most of
    its lines look like teasers on their own, and (without bullets) at least
    ``MIN_RUN`` of them are a single sentence or a headline while each longer
    one scores as a teaser. A bulleted list whose bullet the
    article above does not use goes whole when its sum is positive or most of
    its lines look like teasers.
    """
    # sign-offs, bylines and datelines, wherever they stand in the run, stay for
    # their own cleaners and do not break the run
    rest = [i for i in range(len(paragraphs)) if i not in skip and not is_meta(paragraphs[i])]
    if len(rest) <= MIN_CORE:
        return []
    bullet = bullet_of(paragraphs[rest[-1]])
    shaped = []  # the candidates, found before any vocabulary is built
    longer: set[int] = set()  # those of more than one sentence
    for k in range(len(rest) - 1, max(len(rest) - 1 - MAX_SCAN, MIN_CORE - 1), -1):
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

    def measure(k: int) -> float:
        nonlocal alien
        score = teaser_score(paragraphs[rest[k]], *vocabulary.shared(rest[k]))
        if score <= 0 and alien:
            below = [rest[j] for j in scores]
            score = teaser_score(paragraphs[rest[k]], *vocabulary.shared(rest[k], below))
        alien = alien or score > 0
        return score

    if bullet and all(bullet_of(paragraphs[i]) != bullet for i in rest[: shaped[-1]]):
        # a bulleted list unlike anything above it: all of it goes when its
        # lines read as teasers, or when a title of its own heads it ("Otras
        # historias": a few words, no sentence, no colon introducing a list)
        title = paragraphs[rest[shaped[-1] - 1]] if shaped[-1] > 0 else ""
        if title and _is_block_title(title) and not title.rstrip().endswith(":"):
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
        if total < best - MAX_DIP:
            break
    run = list(range(best_at, len(rest)))
    # a teaser may run to two sentences, but a longer line joins the run only
    # when it reads as a teaser itself: one that does not is the article's, and
    # the run starts below it
    own_long = [k for k in run if k in longer and scores[k] <= 0]
    if own_long:
        run = [k for k in run if k > max(own_long)]
        best = sum(scores[k] for k in run)
        best_at = run[0] if run else len(rest)
    if best < MIN_RUN_SCORE or len(run) < MIN_RUN:
        return []
    if best_at and paragraphs[rest[best_at - 1]].rstrip().endswith(":"):
        return []  # the lines a colon introduces are the article's own list
    # the run needs MIN_RUN one-sentence lines
    if len(run) - len([k for k in run if k in longer]) < MIN_RUN:
        return []
    if sum(scores[k] > 0 for k in run) / len(run) < MIN_TEASER_SHARE:
        return []
    above = rest[max(0, best_at - CONTRAST_LINES) : best_at]
    if above and all(teaser_shaped(paragraphs[i], MAX_HEADLESS_TEASER_SENTENCES) for i in above):
        # the article's own lines have a teaser's shape too: only words can tell
        own = sorted(teaser_score(paragraphs[i], *vocabulary.shared(i)) for i in above)
        if best / len(run) - own[len(own) // 2] < MIN_CONTRAST:
            return []  # they read no less alien than the run: the scores cannot tell
    lines = [strip_bullet(paragraphs[rest[k]]) for k in run]
    return [] if _list_like(lines) else [rest[k] for k in run]


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
        if _is_block_title(paragraphs[rest[k]]) and not paragraphs[rest[k]].rstrip().endswith(":")
    ]
    if not titles:
        return []
    items = [rest[k] for k in shaped if k > titles[0]]
    if len(items) < MIN_TITLED_RUN or _list_like([paragraphs[i] for i in items]):
        return []  # too few, or the article's own list ("June 20 – Raleigh, NC @ …")
    scores = [
        teaser_score(paragraphs[i], *vocabulary.shared(i, [j for j in items if j != i]))
        for i in items
    ]
    if sum(scores) <= 0 or sum(v > 0 for v in scores) / len(scores) < MIN_TITLED_SHARE:
        return []
    return sorted(items)


class DropRelated(Cleaner):
    """Remove related-article blocks: after an end marker, under a heading, or a
    headless run of teasers at the end.

    >>> body = ["Police chiefs of ASEAN met in Hanoi on Monday.",
    ...         "The police chiefs agreed to share data on crime in Hanoi./.",
    ...         "Rice exports rose sharply in the first quarter."]
    >>> DropRelated()(Document(body)).paragraphs == body[:2]
    True
    """

    name = "drop_related"

    def apply(self, doc: Document) -> None:
        # Once a block is gone, lines it separated can show as a run of their own:
        # look again, so that cleaning the output again finds nothing more.
        for _ in range(MAX_RELATED_PASSES):
            drop = self._find(doc)
            if not drop:
                return
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
            drop |= set(headless_tail(paras, vocabulary, drop))
        below = False  # whether a removed block stands below the line looked at
        for k in range(len(paras) - 1, 0, -1):  # a heading left with nothing below it
            if k in drop or is_meta(paras[k]):
                below = below or k in drop
                continue
            # a heading in any wording: a short title line right above the
            # block that ends the body
            titled = below and k + 1 in drop and _is_block_title(paras[k])
            if not (titled or is_heading(paras[k])):
                break
            drop.add(k)
        return drop if len(drop) < len(paras) else set()
