"""Language detection: fills ``Document.language`` when the caller gave none.

Cheap on purpose: scripts tell Japanese, Korean and Chinese apart; for the rest,
the language whose most common words (wordfreq's top words, kept in
``data/stopwords.json``) occur most often in the text wins. Regenerate the table
with ``python -m cleaners.language``.

Close relatives (Malay and Indonesian, Danish and Norwegian, Czech and Slovak,
Spanish and Catalan…) share most of their function words, so their counts say
little. When the best two are such a pair, or their counts are close, the
sample's words decide: the language under whose full wordfreq table they are
likelier (summed Zipf frequencies) wins. Only then are those tables read.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from cleaners.base import Cleaner, Document
from cleaners.settings import (
    CLOSE_SHARE,
    MIN_HITS,
    MIN_WORD_LEN,
    SAMPLE_CHARS,
    SAMPLE_PARAGRAPHS,
    SCRIPT_SHARE,
    TIEBREAK_TABLES,
    TOP_WORDS,
    UNSEEN_ZIPF_GAP,
)
from cleaners.wordtables import ZipfTable, load_table

STOPWORDS_PATH = Path(__file__).resolve().parent / "data" / "stopwords.json"
WORD = re.compile(r"\w+")
#: Scripts that name a language by themselves (share of letters needed).
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
#: Any of the three (a cheap test before counting them).
CJK = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u4e00-\u9fff]")
#: Thai letters: a script of one language, written without spaces between
#: words, so that no word of the stopword table is ever found in it.
THAI = re.compile(r"[\u0e00-\u0e7f]")
NON_LETTER = re.compile(r"[\W\d_]+")
#: Languages that share most function words: when two of them lead, the
#: stopword counts do not decide between them.
CONFUSABLE = frozenset(
    frozenset(pair)
    for pair in (
        ("id", "ms"), ("da", "nb"), ("da", "sv"), ("nb", "sv"), ("cs", "sk"), ("es", "ca"),
        ("es", "pt"), ("ca", "pt"), ("bg", "mk"), ("ru", "uk"), ("sl", "sh"),
    )
)  # fmt: skip


def fold_case(text: str) -> str:
    """``text`` lower-cased to be matched against word lists, the same length:
    Turkish's dotted capital "İ" as "i", where ``str.lower`` gives "i" and a
    combining dot ("İlgili Haberler" would be no "ilgili haberler", and
    "İstanbul" two words).

    >>> fold_case("İLGİLİ HABERLER"), "İlgili".lower() == "ilgili"
    ('ilgili haberler', False)
    """
    return text.replace("İ", "I").lower() if "İ" in text else text.lower()


@lru_cache(maxsize=1)
def stopword_table() -> dict[str, frozenset[str]]:
    """language code -> its most common words."""
    data = json.loads(STOPWORDS_PATH.read_text("utf-8"))
    return {lang: frozenset(words) for lang, words in data.items()}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The most common words of every language in the table, together."""
    return frozenset().union(*stopword_table().values())


@lru_cache(maxsize=1)
def _word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in stopword_table().items():
        for w in words:
            if len(w) >= MIN_WORD_LEN:
                index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when
    there is too little evidence.

    >>> detect_language("The delegation attended the meeting in Santiago with the minister.")
    'en'
    >>> detect_language("Die Delegation hat sich mit dem Minister in der Stadt getroffen.")
    'de'
    >>> detect_language("12:30") is None
    True
    >>> detect_language("กระทรวงสาธารณสุขประกาศเมื่อวันจันทร์")
    'th'
    """
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii() and THAI.search(sample):
        letters = len(NON_LETTER.sub("", sample)) or 1
        if len(THAI.findall(sample)) / letters >= SCRIPT_SHARE:
            return "th"
    if not sample.isascii() and CJK.search(sample):
        letters = len(NON_LETTER.sub("", sample)) or 1
        if len(KANA.findall(sample)) / letters >= SCRIPT_SHARE:
            return "ja"
        if len(HANGUL.findall(sample)) / letters >= SCRIPT_SHARE:
            return "ko"
        if len(HAN.findall(sample)) / letters >= SCRIPT_SHARE:
            return "zh"
    words = Counter(WORD.findall(fold_case(sample)))
    index = _word_languages()
    scores: Counter[str] = Counter()
    # each distinct word once, in order of first use (ties go to the language met first)
    for w, n in words.items():
        for lang in index.get(w, ()):
            scores[lang] += n
    return choose_language(scores, words)


def choose_language(scores: Counter[str], words: Counter[str]) -> str | None:
    """The language with the most stopword hits in ``scores`` (ties: the one
    counted first), unless the runner-up is a close relative or close behind:
    then the one under whose word frequencies the sample's ``words`` (word ->
    count) are likelier. None below ``MIN_HITS``.

    >>> choose_language(Counter({"ms": 10, "id": 9}), Counter(["pemerintah", "mengungsi"]))
    'id'
    >>> choose_language(Counter({"en": 10, "de": 2}), Counter(["the"]))
    'en'
    """
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    best, hits = ranked[0]
    if len(ranked) == 1:
        return best
    second, second_hits = ranked[1]
    close = frozenset((best, second)) in CONFUSABLE or second_hits >= hits * (1 - CLOSE_SHARE)
    return second if close and log_likelihood_ratio(words, second, best) > 0 else best


def log_likelihood_ratio(words: Counter[str], lang: str, other: str) -> float:
    """How much likelier ``words`` (word -> count) are in ``lang`` than in
    ``other``: the summed difference of their Zipf frequencies (log10), over the
    words either language's table knows.

    >>> log_likelihood_ratio(Counter(["pemerintah", "mengungsi", "kerap"]), "id", "ms") > 0
    True
    """
    mine, theirs = tiebreak_table(lang), tiebreak_table(other)
    my_floor, their_floor = _unseen_zipf(lang), _unseen_zipf(other)
    total = 0.0
    for w, n in words.items():
        a, b = mine.get(w), theirs.get(w)
        if a is None and b is None:
            continue  # a name or a number: no evidence either way
        total += n * ((my_floor if a is None else a) - (their_floor if b is None else b))
    return total


@lru_cache(maxsize=TIEBREAK_TABLES)
def tiebreak_table(lang: str) -> ZipfTable:
    """word -> Zipf frequency from wordfreq's small list of ``lang`` (about 30,000
    words, read in milliseconds): enough to tell close relatives apart,
    without loading the join repairer's full tables. Empty for a language
    wordfreq lacks.

    >>> tiebreak_table("en")["the"] > 7
    True
    """
    return load_table(lang, "small")


@lru_cache(maxsize=TIEBREAK_TABLES)
def _unseen_zipf(lang: str) -> float:
    """The Zipf frequency taken for a word ``lang``'s table lacks."""
    return tiebreak_table(lang).lowest() - UNSEEN_ZIPF_GAP


class DetectLanguage(Cleaner):
    """Fill in ``language`` from the body when it is not known yet."""

    name = "detect_language"

    def apply(self, doc: Document) -> None:
        if doc.language is None:
            doc.language = detect_language("\n".join(doc.paragraphs[:SAMPLE_PARAGRAPHS]))


def build_table(top: int = TOP_WORDS) -> dict[str, list[str]]:
    """The stopword table from wordfreq (used to regenerate the data file)."""
    from wordfreq import available_languages, top_n_list

    return {lang: top_n_list(lang, top) for lang in sorted(available_languages("small"))}


if __name__ == "__main__":
    STOPWORDS_PATH.parent.mkdir(exist_ok=True)
    STOPWORDS_PATH.write_text(json.dumps(build_table(), ensure_ascii=False, indent=0), "utf-8")
    print(f"wrote {STOPWORDS_PATH}")
