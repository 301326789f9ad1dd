"""The cheap paths some cleaners take before (or instead of) a regex search
find what the plain search finds: a sentence's end read with string methods,
a trailing credit searched only near the end, guards asked before a pattern
that tries every character, the CJK software messages in a pattern of their
own, a hyphen break found from the hyphen."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners.captions import TRAILING_FRAGMENT, _fragment_start, trailing_credit
from cleaners.evidence import (
    ABBREVIATION_BEFORE_NUMBER,
    PROSE_CLOSERS,
    PROSE_MARKS,
    STOP_BEFORE_NUMBER,
    TERMINAL_CLOSERS,
    TERMINAL_MARKS,
    ends_with,
)
from cleaners.joins_wraps import HYPHEN_BREAK
from cleaners.notices import notice_words
from cleaners.related_cards import SCORE, SCORE_MARK
from cleaners.vocabulary import APP_OFFER, APP_OFFER_OBJECT
from cleaners.vocabulary_boxes import PAGE_NOTICE, PAGE_NOTICE_CJK

#: Characters that make the edge cases: marks, closers, spaces, a newline,
#: letters of two scripts, digits, dashes.
PIECES = st.sampled_from(
    [*".!?…。！？:;：；\"'”’»)]」』）", " ", "  ", "\n", "\t", "a", "Bc", "word", "Photo",
     "AP/", "Ünal", "東京", "3", "12", "-", "–", ":", "(", "Nov", "e.g"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=60).map("".join)


@given(TEXTS)
@example("He left.\n")
@example("Er sagte: «Nein.»\n")
@example("")
@settings(max_examples=400)
def test_ends_with_reads_as_the_end_anchored_search(text: str) -> None:
    for marks, closers in ((PROSE_MARKS, PROSE_CLOSERS), (TERMINAL_MARKS, TERMINAL_CLOSERS)):
        pattern = re.compile(f"[{re.escape(marks)}][{re.escape(closers)}]*$")
        assert ends_with(text, marks, closers) == bool(pattern.search(text))


@given(TEXTS, st.integers(min_value=0, max_value=200))
@settings(max_examples=400)
def test_a_trailing_credit_is_found_from_where_it_may_start(text: str, pad: int) -> None:
    text = "A picture of the lake at dawn. " * (pad // 40) + text
    whole = TRAILING_FRAGMENT.search(text)
    near_end = TRAILING_FRAGMENT.search(text, _fragment_start(text))
    assert (whole and (whole.span(), whole.group(1))) == (
        near_end and (near_end.span(), near_end.group(1))
    )


def test_a_long_caption_keeps_its_credit() -> None:
    caption = "Firefighters work through the night to contain the blaze. " * 6 + "AP Photo/Eric Gay"
    assert trailing_credit(caption) == "AP Photo/Eric Gay"


@given(TEXTS)
@settings(max_examples=300)
def test_guards_let_every_match_through(text: str) -> None:
    if ABBREVIATION_BEFORE_NUMBER.search(text):
        assert STOP_BEFORE_NUMBER.search(text)
    if SCORE.search(text):
        assert SCORE_MARK.search(text)


@given(TEXTS)
@settings(max_examples=300)
def test_hyphen_breaks_stand_after_a_hyphen_between_letters(text: str) -> None:
    after_hyphen = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")
    assert [m.end() for m in HYPHEN_BREAK.finditer(text)] == [
        m.start() for m in after_hyphen.finditer(text)
    ]


def test_notice_words_of_both_scripts() -> None:
    assert notice_words("this article was machine translated.") == {"machine translated"}
    assert notice_words("ページを読み込み中です") == {"読み込み中"}
    # the CJK pattern is asked only of text that is not ASCII, and finds
    # what the spaced pattern leaves
    for text in ("loading… 読み込み中", "リンクをコピーしました"):
        spaced = {" ".join(m.group().split()) for m in PAGE_NOTICE.finditer(text)}
        assert notice_words(text) == spaced | {m.group() for m in PAGE_NOTICE_CJK.finditer(text)}


#: Pieces of app and trial offers, in the lower case the offer search reads.
OFFER_PIECES = st.sampled_from(
    ["download", "the", " ", "  ", "-", "news-app", "app", "appen", "aplicativo", "try",
     "free", "gratis", "kostenlos", "ücretsiz", "za darmo", "ứng dụng", "baixe", "o", "prova",
     "14", "dagen", "ladda ner", "unduh", "aplikasi", ",", ".", "!", "x", "ứng", "dụng", "za",
     "darmo"]
)  # fmt: skip


@given(st.lists(OFFER_PIECES, max_size=30).map("".join))
@example("download the westbridge herald app")
@example("probeer premium 14 dagen gratis")
@settings(max_examples=400)
def test_the_offer_search_is_asked_only_where_its_object_is(text: str) -> None:
    # the cheap literal test never turns away a line the full search would match
    if APP_OFFER.search(text):
        assert APP_OFFER_OBJECT.search(text)
