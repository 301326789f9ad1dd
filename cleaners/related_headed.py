"""Related blocks under a heading ("Related news", "Read more:", "Most read"),
one-line "Read more: …" teasers, and the line kinds ``cleaners.related`` tells
apart from teasers: headings, and the sign-offs, bylines, datelines and end
markers left for the metadata cleaners.

Below a heading the block runs over the lines that carry the first item's
bullet, or, without bullets, over teaser-shaped lines up to where the article
resumes (:func:`headed_blocks`).
"""

from __future__ import annotations

import re

from cleaners.bounded import short_text_cache
from cleaners.bylines import END_MARKER, is_sign_off, parse_byline, parse_dateline
from cleaners.evidence import is_sentence, sentence_count, stem, stems, topical_words, word_count
from cleaners.language import fold_case
from cleaners.settings import (
    CACHED_PARAGRAPHS,
    FIRST_WORD_WINDOW,
    MAX_HEADING_CHARS,
    MAX_META_CHARS,
    MIN_OWN_SHARED,
    MIN_RESUME_AT_ONCE_SHARED,
    MIN_RESUME_PARAGRAPH_WORDS,
    MIN_RESUME_SHARED,
    MIN_TEASER_SHARE,
    RESUME_SCORE,
    RESUME_SHARE,
)
from cleaners.teasers import DocVocabulary, bullet_of, teaser_score, teaser_shaped
from cleaners.vocabulary import HEADING_FIRST_WORDS, RELATED_HEADING, RELATED_LABEL

#: Related headings (alone on a line) and "Read more: …" labels: the shared
#: multilingual vocabulary.
HEADING = RELATED_HEADING
#: The heading of a video player's list ("Up Next", "More videos"), whose
#: items are titles, never sentences.
VIDEO_HEADING = re.compile(
    r"[\W_]*(?:up\s+next|watch\s+next|(?:more|top|latest|related)\s+videos?)[\s:.…»>›|–—-]*$",
    re.I,
)
HEADING_PREFIX = RELATED_LABEL
INLINE_TEASER = re.compile(RELATED_LABEL.pattern + r"\S", re.I)
FIRST_WORD = re.compile(r"[^\W\d_]+")


def is_heading(paragraph: str) -> bool:
    """Whether ``paragraph`` is the heading of a related-article block.

    >>> is_heading("Related news"), is_heading("READ MORE:"), is_heading("Read the report")
    (True, True, False)
    """
    return (
        len(paragraph) <= MAX_HEADING_CHARS
        and first_word(paragraph) in HEADING_FIRST_WORDS
        and bool(HEADING.match(paragraph.strip()))
    )


def first_word(paragraph: str) -> str:
    """The first word of ``paragraph``, lower-cased ("" for none).

    >>> first_word("• READ MORE: …")
    'read'
    """
    m = FIRST_WORD.search(paragraph, 0, FIRST_WORD_WINDOW)
    return fold_case(m.group()) if m else ""


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
        if first_word(p) not in HEADING_FIRST_WORDS:
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
            video = any(VIDEO_HEADING.match(paragraphs[k].strip()) for k in block)
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
                # unless the article goes on right under it (see _resumes_at_once;
                # a video list's items are titles: a sentence under its heading
                # is the article's, the titles were thumbnails left out)
                own = (
                    j > first and teaser_score(paragraphs[j], *vocabulary.shared(j)) <= RESUME_SCORE
                ) or (
                    j == first
                    and (
                        (video and is_sentence(paragraphs[j]))
                        or _resumes_at_once(paragraphs, vocabulary, around, stop, j)
                    )
                )
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
                ) or (j > first and _is_paragraph(paragraphs[j]))
                if not first_bullet and (resumes or own or prose):
                    break  # the article resumes
                block.append(j)
            # a heading with no item under it (the teaser was a picture or a
            # link the extractor left out) is a label still: it goes alone
            found.extend(block)
            i = block[-1]
        i += 1
    return found


def _is_paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of prose, longer than a related item
    runs: two sentences or more, and ``MIN_RESUME_PARAGRAPH_WORDS`` words.

    >>> _is_paragraph("Rents rise again. Tenants' groups protest.")
    False
    """
    return word_count(line) >= MIN_RESUME_PARAGRAPH_WORDS and sentence_count(line) >= 2


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
