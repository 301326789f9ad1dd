"""Language detection: fills ``Document.language`` when the caller gave none.

Cheap on purpose: scripts tell Japanese, Korean and Chinese apart; for the rest,
the language whose most common words (wordfreq's top words, kept in
``data/stopwords.json``) occur most often in the text wins. Regenerate the table
with ``python -m cleaners.language``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from cleaners.base import Cleaner, Document

STOPWORDS_PATH = Path(__file__).resolve().parent / "data" / "stopwords.json"
#: How many of each language's top words the table keeps.
TOP_WORDS = 60
#: How much text the detector reads: the start of the body is enough.
SAMPLE_CHARS = 2500
#: Fewer stopword hits than this and the detector says nothing.
MIN_HITS = 3
WORD = re.compile(r"\w+")
#: Scripts that name a language by themselves (share of letters needed).
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
#: Any of the three (a cheap test before counting them).
CJK = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u4e00-\u9fff]")
SCRIPT_SHARE = 0.1
NON_LETTER = re.compile(r"[\W\d_]+")
#: Words too short to tell languages apart on their own (shared by many).
MIN_WORD_LEN = 2


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
    """
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii() and CJK.search(sample):
        letters = len(NON_LETTER.sub("", sample)) or 1
        if len(KANA.findall(sample)) / letters >= SCRIPT_SHARE:
            return "ja"
        if len(HANGUL.findall(sample)) / letters >= SCRIPT_SHARE:
            return "ko"
        if len(HAN.findall(sample)) / letters >= SCRIPT_SHARE:
            return "zh"
    index = _word_languages()
    scores: Counter[str] = Counter()
    # each distinct word once, in order of first use (ties go to the language met first)
    for w, n in Counter(WORD.findall(sample.lower())).items():
        for lang in index.get(w, ()):
            scores[lang] += n
    if not scores:
        return None
    lang, hits = scores.most_common(1)[0]
    return lang if hits >= MIN_HITS else None


class DetectLanguage(Cleaner):
    """Fill in ``language`` from the body when it is not known yet."""

    name = "detect_language"

    def apply(self, doc: Document) -> None:
        if doc.language is None:
            doc.language = detect_language("\n".join(doc.paragraphs[:50]))


def build_table(top: int = TOP_WORDS) -> dict[str, list[str]]:
    """The stopword table from wordfreq (used to regenerate the data file)."""
    from wordfreq import available_languages, top_n_list

    return {lang: top_n_list(lang, top) for lang in sorted(available_languages("small"))}


if __name__ == "__main__":
    STOPWORDS_PATH.parent.mkdir(exist_ok=True)
    STOPWORDS_PATH.write_text(json.dumps(build_table(), ensure_ascii=False, indent=0), "utf-8")
    print(f"wrote {STOPWORDS_PATH}")
