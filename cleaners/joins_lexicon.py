"""Word evidence for the join repairer: word frequencies per language (wordfreq),
the document's language (by ``cleaners.language``'s detector), and the
vocabulary of one document.

Frequencies are on wordfreq's Zipf scale: log10 of occurrences per billion
words (``the`` is 7.7, ``countries`` 5.0, a word seen once in a billion 0).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from cleaners.language import detect_language, stopword_table
from cleaners.settings import (
    DEFAULT_LANGUAGE,
    LANGUAGE_SAMPLE,
    LOADED_LANGUAGES,
    MIN_STOPWORD_RATE,
    SHORT_TEXT,
)
from cleaners.wordtables import ZipfTable, load_table

#: Languages the repairer models: wordfreq has a word list for each, written
#: in a script that separates words with spaces.
MODELLED_LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "id", "ms", "sv", "da", "nb", "fi",
    "pl", "cs", "sk", "sl", "ro", "hu", "tr", "lt", "lv", "ca", "fil", "ru",
    "uk", "bg", "el", "vi", "is", "sh",
)  # fmt: skip
#: Words of a document, with internal apostrophes and hyphens, for its vocabulary.
DOC_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
LEFT_LETTERS = re.compile(r"[^\W\d_]+$")
RIGHT_LETTERS = re.compile(r"[^\W\d_]+")
EDGE_PUNCTUATION = "\"'“”‘’«»„()[]{}<>.,;:!?…*"


@lru_cache(maxsize=LOADED_LANGUAGES)
def zipf_table(lang: str) -> ZipfTable:
    """word -> Zipf frequency for ``lang``, from wordfreq's large list where
    there is one (read on first use, then kept).

    >>> zipf_table("en")["the"] > 7
    True
    """
    return load_table(lang)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    table = stopword_table()  # the language detector's table, shipped as data
    return {lang: table[lang] for lang in MODELLED_LANGUAGES}


def normalize(word: str) -> str:
    """The form wordfreq lists a word under: case-folded ("ß" is "ss"; the
    Turkish dotted capital "İ" is "i", where casefolding adds a combining dot),
    straight apostrophes.

    >>> normalize("Vietnam’s"), normalize("ausschließlich"), normalize("İstanbul")
    ("vietnam's", 'ausschliesslich', 'istanbul')
    """
    if "İ" in word:
        word = word.replace("İ", "I")
    return word.casefold().replace("’", "'").replace("ʼ", "'")


def token_key(token: str) -> str:
    """A whitespace token without edge punctuation, normalized.

    >>> token_key("“my6sense’s,")
    "my6sense's"
    """
    return normalize(token.strip(EDGE_PUNCTUATION))


def guess_language(text: str, words: list[str]) -> str | None:
    """The modelled language of ``text`` (``words``: its normalized words) by
    the project's one language detector (``cleaners.language``), or None when
    its function words cover too little of the text for the repairer to trust
    its word list (a language it does not model, or a mixture). A short text
    without evidence is taken to be in ``DEFAULT_LANGUAGE``.

    >>> guess_language("The police said that it was in the car.", [])
    'en'
    >>> guess_language("Die Polizei sagte, dass es in dem Auto war.", [])
    'de'
    >>> text = "xq zv " * 20
    >>> guess_language(text, text.split()) is None
    True
    """
    return _trusted_language(detect_language(text), words)


def _trusted_language(detected: str | None, words: list[str]) -> str | None:
    """:func:`guess_language` given what the detector said of the text."""
    lang = modelled_language(detected) if detected else None
    sample = words[:LANGUAGE_SAMPLE]
    if len(sample) < SHORT_TEXT:
        return lang or DEFAULT_LANGUAGE
    if lang is None:
        return None
    stop = _stopwords()[lang]
    needed = MIN_STOPWORD_RATE * stopword_rate(lang) * len(sample)
    return lang if sum(w in stop for w in sample) >= needed else None


@cache
def stopword_rate(lang: str) -> float:
    """The share of running text in ``lang`` that its function words make up,
    by their frequencies in its word list (English about 0.4, Turkish 0.2).

    >>> round(stopword_rate("en"), 1), round(stopword_rate("tr"), 1)
    (0.4, 0.2)
    """
    table = zipf_table(lang)
    return sum(10 ** (table.get(w, 0.0) - 9) for w in _stopwords()[lang] if w in table)


#: Language tags that name a modelled language by another code.
LANGUAGE_ALIASES = {
    "no": "nb", "nn": "nb", "tl": "fil", "in": "id", "hr": "sh", "bs": "sh", "sr": "sh",
}  # fmt: skip


def modelled_language(tag: str) -> str | None:
    """The modelled language a language tag (``en``, ``en-US``, ``pt_BR``)
    names, or None for a language the repairer has no model of.

    >>> modelled_language("en-US"), modelled_language("no"), modelled_language("hr")
    ('en', 'nb', 'sh')
    >>> modelled_language("ja"), modelled_language("et")
    (None, None)
    """
    code = tag.strip().lower().replace("_", "-").split("-")[0]
    code = LANGUAGE_ALIASES.get(code, code)
    return code if code in MODELLED_LANGUAGES else None


class DocumentLexicon:
    """What one document says about its words: how often each (normalized) word
    stands alone, whole tokens seen, and the document's language: ``language``
    when known (a language tag; see :func:`modelled_language`), else guessed
    from its function words.

    >>> lex = DocumentLexicon(["WeWork said WeWork will grow.", "The Kershaw case."])
    >>> lex.language, lex.count("wework"), lex.count("kershaw")
    ('en', 2, 1)
    >>> DocumentLexicon(["Die Polizei sagte."], language="de-AT").language
    'de'
    >>> lex = DocumentLexicon(["Politsei teatas, et mees peeti kinni."], "et")
    >>> lex.language, lex.foreign
    (None, True)
    """

    def __init__(self, paragraphs: Iterable[str], language: str | None = None) -> None:
        self.text = "\n".join(paragraphs)
        self._phrases: dict[str, bool] = {}
        text = normalize(self.text)
        # distinct tokens are about half the tokens: each is stripped and read
        # for words once (no word spans a space; a token of letters only is
        # one word, found without the regex)
        self.counts: Counter[str] = Counter()
        self.tokens: Counter[str] = Counter()
        count = self.counts.get
        get = self.tokens.get
        for token, n in Counter(text.split()).items():
            key = token.strip(EDGE_PUNCTUATION)
            self.tokens[key] = get(key, 0) + n
            if token.isalpha():
                self.counts[token] = count(token, 0) + n
            else:
                for word in DOC_WORD.findall(token):
                    self.counts[word] = count(word, 0) + n
        # foreign: a language the repairer has no word list for, whose words
        # are no English ones run together (only marks and digits tell a join)
        self.language: str | None
        if language is not None:
            self.language = modelled_language(language)
            self.foreign = self.language is None
        else:
            detected = detect_language(self.text)
            # the detector's sample: the first words, in order
            words = DOC_WORD.findall(text)
            self.language = _trusted_language(detected, words)
            self.foreign = detected is not None and modelled_language(detected) is None
        self.stopwords: frozenset[str] = (
            _stopwords()[self.language] if self.language else frozenset()
        )

    def has_phrase(self, token: str, at: int) -> bool:
        """Whether the document has the words on either side of ``token[at]``
        side by side, separated by a space, as they are written here.

        >>> DocumentLexicon(["binge eating is common", "it stops bingeeating"]).has_phrase(
        ...     "bingeeating", 5)
        True
        """
        left = LEFT_LETTERS.search(token, 0, at)
        right = RIGHT_LETTERS.match(token, at)
        if left is None or right is None:
            return False
        phrase = f"{left.group()} {right.group()}"
        known = self._phrases.get(phrase)
        if known is None:
            # a plain substring search first: most pairs are not in the text
            known = self._phrases[phrase] = phrase in self.text and (
                re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", self.text) is not None
            )
        return known

    def repeats(self, token: str) -> int:
        """How many times the document has ``token`` (edge punctuation aside)."""
        return self.tokens.get(token_key(token), 0)

    def count(self, word: str) -> int:
        """How many times ``word`` (normalized) stands alone in the document."""
        return self.counts.get(word, 0)
