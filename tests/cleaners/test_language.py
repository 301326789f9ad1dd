"""Language detection (cleaners.language)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import clean
from cleaners.language import detect_language, stopword_table

SAMPLES = {
    "en": "The police said on Monday that the two men had been arrested at the border.",
    "de": "Die Polizei teilte am Montag mit, dass die beiden Männer an der Grenze festgenommen "
    "wurden und nicht mehr in der Stadt sind.",
    "fr": "La police a annoncé lundi que les deux hommes avaient été arrêtés à la frontière "
    "et qu'ils sont dans la prison de la ville.",
    "es": "La policía dijo el lunes que los dos hombres fueron detenidos en la frontera y que "
    "están en la cárcel de la ciudad.",
    "id": "Polisi mengatakan pada hari Senin bahwa kedua pria itu telah ditangkap di perbatasan "
    "dan mereka akan dibawa ke kota untuk diperiksa.",
    "vi": "Cảnh sát cho biết hai người đàn ông đã bị bắt tại biên giới và được đưa về thành phố "
    "để điều tra trong những ngày tới.",
    "ru": "Полиция сообщила в понедельник, что двое мужчин были задержаны на границе и что они "
    "находятся в городе.",
    "ja": "警察は月曜日、2人の男が国境で逮捕されたと発表した。",
    "ko": "경찰은 월요일 두 남성이 국경에서 체포되었다고 밝혔다.",
    "zh": "警方周一表示,两名男子在边境被捕。",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_detects_the_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "12:30", "VNA", "https://example.org/a"])
def test_says_nothing_without_evidence(text: str) -> None:
    assert detect_language(text) is None


def test_a_hint_wins_and_a_missing_language_is_filled() -> None:
    assert clean(SAMPLES["de"]).language == "de"
    assert clean(SAMPLES["de"], language="en").language == "en"


def test_the_table_holds_wordfreq_languages() -> None:
    table = stopword_table()
    assert {"en", "de", "vi", "id"} <= set(table)
    assert "the" in table["en"] and "và" in table["vi"]


def test_shipped_table_matches_wordfreq() -> None:
    """The precomputed table (reading every word list takes seconds) is what
    wordfreq gives today: regenerate it with ``python -m cleaners.language``."""
    from cleaners.language import build_table

    assert {k: frozenset(v) for k, v in build_table().items()} == stopword_table()


def detect_language_reference(text: str) -> str | None:
    """The detector counting one word at a time, as it did before it counted each
    distinct word once (the winner, ties included, must not change)."""
    from collections import Counter

    from cleaners.language import (
        HAN,
        HANGUL,
        KANA,
        NON_LETTER,
        SAMPLE_CHARS,
        SCRIPT_SHARE,
        WORD,
        _word_languages,
        choose_language,
    )

    sample = text[:SAMPLE_CHARS]
    if not sample.isascii():
        letters = len(NON_LETTER.sub("", sample)) or 1
        for pattern, lang in ((KANA, "ja"), (HANGUL, "ko"), (HAN, "zh")):
            if len(pattern.findall(sample)) / letters >= SCRIPT_SHARE:
                return lang
    index = _word_languages()
    scores: Counter[str] = Counter()
    for w in WORD.findall(sample.lower()):
        if w in index:
            scores.update(index[w])
    # the same choice among the counts (ties and the word-frequency tie-break)
    return choose_language(scores, Counter(WORD.findall(sample.lower())))


#: Words shared by several languages' tables (ties), words of one, and scripts.
TIE_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "id", "vi")
MIXED_WORDS = [
    *sorted({w for lang in TIE_LANGUAGES for w in stopword_table()[lang]}),
    *("警察", "경찰", "ケーサツ", "Vietnam", "2019"),
]


# no deadline: the first close call reads two word-frequency tables (once per process)
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MIXED_WORDS), max_size=40))
def test_counting_distinct_words_picks_the_same_language(words: list[str]) -> None:
    text = " ".join(words)
    assert detect_language(text) == detect_language_reference(text)


#: Close relatives whose function words mostly coincide: the stopword counts
#: alone took each of the first two for the other one of its pair.
RELATIVES = {
    "id": "Pemerintah akan memberikan bantuan keuangan kepada korban banjir di provinsi itu, "
    "kata Presiden kemarin. Dia mengatakan pemerintah daerah juga akan membantu.",
    "nb": "Regjeringen vil gi økonomisk hjelp til ofrene for flommen, sa statsministeren i går. "
    "Hun sa at kommunene også skal hjelpe.",
    "ms": "Kerajaan akan memberikan bantuan kewangan kepada mangsa banjir di negeri Kelantan, kata "
    "Perdana Menteri semalam. Beliau berkata kerajaan negeri juga akan membantu.",
    "da": "Regeringen vil give økonomisk hjælp til ofrene for oversvømmelsen, sagde "
    "statsministeren i går. Hun sagde, at kommunerne også skal hjælpe.",
}


@pytest.mark.parametrize(("lang", "text"), RELATIVES.items())
def test_tells_close_relatives_apart(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_a_clear_winner_reads_no_frequency_table(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaners.language as language

    def fail(*args: object) -> float:
        raise AssertionError("the tie-break ran")

    monkeypatch.setattr(language, "log_likelihood_ratio", fail)
    assert detect_language(SAMPLES["en"]) == "en"
