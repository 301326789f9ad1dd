"""The measurements in cleaners.evidence against plain one-word-at-a-time forms
of them (the fast forms must give the same answers)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.evidence import (
    content_words,
    is_sentence,
    sentence_count,
    squash,
    stems,
    syllable_pairs,
)
from cleaners.language import stopwords
from cleaners.settings import MIN_CONTENT_LEN, STEM_LENGTH

#: Letters, digits, plural "s", capitals, sentence marks, quotes and spaces, so
#: that words of every length and every sentence-end case turn up.
PIECES = st.text(alphabet="aAsSbZé İΣς19 .!?…\"'”’)]([“\n_-", max_size=40)


def stems_reference(text: str) -> frozenset[str]:
    """Each word at a word start, its head of up to STEM_LENGTH letters and the rest."""
    pattern = re.compile(rf"(?<!\w)(\w{{{MIN_CONTENT_LEN},{STEM_LENGTH}}})(\w*)")
    return frozenset(
        head if tail else head.rstrip("s") for head, tail in pattern.findall(text.lower())
    )


def content_words_reference(text: str) -> list[str]:
    stop = stopwords()
    return [
        w
        for w in (m.group().lower() for m in re.finditer(r"\w+", text))
        if len(w) >= MIN_CONTENT_LEN and not w.isdigit() and w not in stop
    ]


#: The sentence-end pattern with its look-behinds first, as it was written before.
SENTENCE_END_REFERENCE = re.compile(
    r"(?<![\s.][A-Z])(?<!\b[A-Z][a-z])[.!?…]+[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
)

#: A stop after a short word that a figure follows ("Nov. 18") ends no sentence.
ABBREVIATED_REFERENCE = re.compile(r"(?<!\S)(?:[^\W\d_]{3,4}|[a-z])\.\s+\d")


@settings(max_examples=500)
@given(PIECES)
def test_stems_match_the_word_by_word_form(text: str) -> None:
    assert stems(text) == stems_reference(text)


@settings(max_examples=500)
@given(PIECES)
def test_content_words_match_the_word_by_word_form(text: str) -> None:
    assert content_words(text) == content_words_reference(text)


@settings(max_examples=500)
@given(PIECES)
def test_sentence_count_matches_the_look_behind_first_pattern(text: str) -> None:
    text = text.strip()
    ends = len(SENTENCE_END_REFERENCE.findall(text)) - len(ABBREVIATED_REFERENCE.findall(text))
    assert sentence_count(text) == ends + 1


def test_sentence_count_on_abbreviations_and_quotes() -> None:
    assert sentence_count("Mr. Smith met U.S. envoys. “It went well!” He left.") == 3
    assert sentence_count("Prices rose 3.5% in 2019. Then fell.") == 2


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON — NASA announced Nov. 18 that it would add five companies to its list.",
        "Das regelt Art. 5 des Grundgesetzes, wie auf S. 12 steht.",
        "The figures are on p. 4 of the report.",
    ],
)
def test_an_abbreviation_before_a_figure_ends_no_sentence(text: str) -> None:
    """A sentence seldom opens with a figure; a month, an article or a page
    number is often abbreviated before one. A lead that gives a date this way is
    one sentence, as a teaser is."""
    assert sentence_count(text) == 1


def squash_reference(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


@settings(max_examples=500)
@given(PIECES)
def test_squash_matches_the_single_substitution(text: str) -> None:
    assert squash.__wrapped__(text) == squash_reference(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=20))
def test_squash_matches_the_single_substitution_on_any_text(text: str) -> None:
    # any code point, lone surrogates included
    assert squash.__wrapped__(text) == squash_reference(text)


def test_squash_keeps_letters_of_every_script_and_lone_surrogates() -> None:
    text = "Hà Nội – \ud800 Straße_ΣΟΦΙΑ 2019!"
    assert squash.__wrapped__(text) == squash_reference(text) == "hànộistrasseσοφια2019"


def test_cjk_full_stops_end_a_sentence() -> None:
    assert is_sentence("大統領は非常戒厳を宣言した。")
    assert is_sentence("本当にそうなのか？」")
    assert not is_sentence("アンテナ改善で解消")


def test_vietnamese_text_is_read_by_its_syllable_pairs() -> None:
    """Two paragraphs on the same subject share its two-syllable words, and a
    pair of function syllables ("cho biết") is no topic."""
    one = "Hà Nội sẽ mở rộng mạng lưới xe buýt điện trong năm nay, ông Minh cho biết."
    two = "Người dân ở Hà Nội mong chờ các tuyến xe buýt điện mới."
    assert {"hà nội", "xe buýt", "buýt điện"} <= set(content_words(one)) & set(content_words(two))
    assert "cho biết" not in syllable_pairs(one)
    assert {"hà nội", "xe buýt"} <= stems(two)


def test_other_languages_get_no_syllable_pairs() -> None:
    """A Vietnamese name in another language's text is no reason to read pairs."""
    text = "Prime Minister Phạm Minh Chính met business leaders in Tokyo on Tuesday."
    assert syllable_pairs(text) == []
    assert syllable_pairs("Le président a rencontré les élèves à Hà Nội.") == []
