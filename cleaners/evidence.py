"""Small measurements the structural cleaners weigh: content words, how much of a
paragraph's vocabulary another text shares, sentence counts, squashed text for
comparisons that must survive lost spaces.

>>> content_words("The Ministry of Public Security met INTERPOL in 2019.")
['ministry', 'public', 'security', 'interpol']
>>> squash("Vietnam stands  ready,with countries") == squash("Vietnam standsready, with countries")
True
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from cleaners.bounded import short_text_cache
from cleaners.language import stopwords
from cleaners.settings import (
    CACHED_PARAGRAPHS,
    CJK_WORD_CHARS,
    FUNCTION_WORD,
    MIN_CONTENT_LEN,
    MIN_SQUASHED_WORD,
    STEM_LENGTH,
    TOPICAL_ZIPF,
    UNSPACED_WORD_CHARS,
    VIETNAMESE_SHARE,
)
from cleaners.settings_lines import MIN_PROSE_WORDS
from cleaners.vocabulary import CJK_LETTERS, SOUTHEAST_ASIAN_LETTERS

#: A word: a run of letters (and digits) as the benchmark tokenises text.
WORD = re.compile(r"\w+")
#: Everything that is not a letter or digit; removed when texts are compared squashed.
NON_WORD = re.compile(r"[\W_]+")
#: Sentence ends: terminal punctuation, optional closing quotes or brackets, then space
#: and the start of the next sentence. Single capitals ("U.S.", "Gen.") do not end one.
#: (The look-behinds stand after the first mark, which they include: a pattern that
#: opens with a character class lets the regex engine skip to the marks.)
SENTENCE_END = re.compile(
    r"[.!?…](?<![\s.][A-Z][.!?…])(?<!\b[A-Z][a-z][.!?…])[.!?…]*"
    r"[\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
)
#: A stop after an abbreviated word that a number follows ("Nov. 18", "Art. 5",
#: "p. 12"): a sentence rarely opens with a figure, an abbreviation often stands
#: before one. (Two letters, a capital first, are ``SENTENCE_END``'s already.)
ABBREVIATION_BEFORE_NUMBER = re.compile(r"(?<!\S)(?:[^\W\d_]{3,4}|[a-z])\.\s+\d")
#: What every such stop holds, asked first: this one the engine finds by
#: skipping to each full stop, the other tries every character.
STOP_BEFORE_NUMBER = re.compile(r"\.\s+\d")
#: Terminal punctuation a sentence (as opposed to a headline) ends with, the
#: full-width marks of CJK text included, and the closing quotes and brackets
#: that may follow it.
TERMINAL_MARKS = ".!?…:;。！？：；"
TERMINAL_CLOSERS = "\"'”’)]」』）"
#: A word long enough to have a stem. (A shorter word holds no match, so every match
#: is a whole word.)
STEMMED_WORD = re.compile(rf"\w{{{MIN_CONTENT_LEN},}}")
#: Languages for which wordfreq needs MeCab or jieba to look a word up.
NEEDS_TOKENIZER = frozenset({"ja", "zh", "ko"})


#: Runs of Chinese, Japanese or Korean characters: written without spaces, so
#: their words are read as overlapping character pairs (a Japanese or Chinese
#: word is most often two characters long).
CJK_RUN = re.compile(f"[{CJK_LETTERS}]{{2,}}")
#: A pair of kana only is a grammatical ending or particle, not a topic.
KANA_ONLY = re.compile(r"[\u3040-\u30ff]+")
#: Sentence ends of those scripts ("。", "！", "？"), with more text after them.
CJK_SENTENCE_END = re.compile(r"[。！？][」』”）)]*(?=\S)")


def cjk_pairs(text: str) -> list[str]:
    """The overlapping character pairs of ``text``'s CJK runs that are not kana only.

    >>> cjk_pairs("韓国の大統領は")
    ['韓国', '国の', 'の大', '大統', '統領', '領は']
    """
    pairs = []
    for run in CJK_RUN.findall(text):
        pairs += [run[i : i + 2] for i in range(len(run) - 1)]
    return [p for p in pairs if not KANA_ONLY.fullmatch(p)]


#: Letters only Vietnamese writes: ơ, ư, đ and the vowels with a tone mark of
#: the Latin Extended Additional block ("ạ", "ố", "ữ"). About half the syllables
#: of Vietnamese text hold one; other languages' text, a name at most.
VIETNAMESE_LETTER = re.compile(r"[ơưđƠƯĐ\u1ea0-\u1ef9]")
#: Words with no punctuation or figure between them: where a syllable pair may stand.
CLAUSE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)+")


def syllable_pairs(text: str) -> list[str]:
    """The topic-bearing words of Vietnamese text, which writes each syllable
    apart and most of its words as two ("xe buýt", "Hà Nội"): its adjacent
    syllable pairs within a clause, but not a pair of two of the language's
    function syllables ("của các", "cho biết"). Every syllable alone is among the
    language's common words, so single words tell no topic. Text that is not
    Vietnamese (``VIETNAMESE_SHARE`` of its words with a letter only Vietnamese
    writes) has none.

    >>> syllable_pairs("Hà Nội đưa thêm xe buýt điện, cho biết ông Minh.")
    ['hà nội', 'nội đưa', 'đưa thêm', 'thêm xe', 'xe buýt', 'buýt điện', 'ông minh']
    >>> syllable_pairs("Nguyễn Xuân Phúc met the prime minister of Japan in Tokyo.")
    []
    """
    if not VIETNAMESE_LETTER.search(text):  # the cheap test: most text has none
        return []
    words = text.split()
    marked = sum(1 for w in words if VIETNAMESE_LETTER.search(w))
    if len(words) < 2 or marked < VIETNAMESE_SHARE * len(words):
        return []
    function = function_syllables()
    pairs = []
    for clause in CLAUSE.findall(text.lower()):
        pairs += [
            f"{a} {b}"
            for a, b in itertools.pairwise(clause.split())
            if a not in function or b not in function
        ]
    return pairs


@cache
def function_syllables() -> frozenset[str]:
    """Vietnamese's function syllables: those at least ``FUNCTION_WORD`` frequent
    (none without wordfreq's Vietnamese list: every pair then counts)."""
    from cleaners.joins_lexicon import zipf_table  # the one loader of word tables

    try:
        table = zipf_table("vi")
    except (LookupError, ImportError):
        return frozenset()
    return frozenset(w for w, _ in table.at_least(FUNCTION_WORD))


#: A run of Thai, Lao, Burmese or Khmer letters: scripts that put no space
#: between words (a space ends a phrase or a sentence).
UNSPACED_RUN = re.compile(f"[{SOUTHEAST_ASIAN_LETTERS}]{{2,}}")


def word_count(text: str) -> int:
    """How many words ``text`` holds, a CJK run (no spaces) counted at about
    two characters a word, a Thai, Lao, Burmese or Khmer run at about
    ``UNSPACED_WORD_CHARS`` (their vowels and tones are characters of their own).

    >>> word_count("Police chiefs meet in Hanoi"), word_count("大統領は宣言した")
    (5, 5)
    >>> word_count("ชาวบ้านในพื้นที่ยินดีกับข่าวนี้")  # ชาวบ้าน ใน พื้นที่ ยินดี กับ ข่าว นี้
    7
    """
    words = len(text.split())
    if not text.isascii():  # CJK text has no spaces: a word is about two characters
        words += sum(map(len, CJK_RUN.findall(text))) // CJK_WORD_CHARS
        words += sum(len(run) // UNSPACED_WORD_CHARS for run in UNSPACED_RUN.findall(text))
    return words


def content_words(text: str) -> list[str]:
    """The lower-cased words of ``text`` that carry topic: not numbers, not short,
    not among any language's most common words (CJK text: its character pairs;
    Vietnamese: its syllable pairs, see :func:`syllable_pairs`)."""
    stop = stopwords()
    pairs: list[str] = []
    if not text.isascii():
        pairs = syllable_pairs(text)
        if CJK_RUN.search(text):
            pairs += cjk_pairs(text)
            text = CJK_RUN.sub(" ", text)
    return [
        w
        for w in map(str.lower, WORD.findall(text))
        if len(w) >= MIN_CONTENT_LEN and not w.isdigit() and w not in stop
    ] + pairs


#: The ASCII characters that are not letters or digits, as bytes to delete.
ASCII_NON_WORD = bytes(c for c in range(128) if not chr(c).isalnum())


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def squash(text: str) -> str:
    """``text`` lower-cased with everything but letters and digits removed.

    The ASCII ones go first, deleted from the UTF-8 bytes (where no other
    character has an ASCII byte) in one C-level pass; the regex removes the rest.

    >>> squash("Vietnam’s police, “INTERPOL” & the U.S._2019")
    'vietnamspoliceinterpoltheus2019'
    """
    if text.isascii():
        return text.encode("ascii").translate(None, ASCII_NON_WORD).lower().decode("ascii")
    raw = text.encode("utf-8", "surrogatepass").translate(None, ASCII_NON_WORD)
    return NON_WORD.sub("", raw.decode("utf-8", "surrogatepass")).casefold()


def shared_fraction(words: Iterable[str], vocabulary: set[str], squashed: str = "") -> float:
    """The share of ``words`` found in ``vocabulary`` (or, for longer words, inside
    ``squashed``, where a lost space hid them); 0.0 for no words.

    >>> shared_fraction(["police", "chile", "bridge"], {"police", "santiago"}, "deputyinchile")
    0.6666666666666666
    """
    words = list(words)
    if not words:
        return 0.0
    hits = 0
    for w in words:
        if w in vocabulary or (len(w) >= MIN_SQUASHED_WORD and squashed and w in squashed):
            hits += 1
    return hits / len(words)


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def sentence_count(text: str) -> int:
    """How many sentences ``text`` holds (a headline without a full stop counts one).
    (Asked of most lines by several cleaners: kept per text.)

    >>> sentence_count("He spoke. Then he left! U.S. officials agreed.")
    3
    >>> sentence_count("大統領は宣言した。野党は反発した。")
    2
    """
    text = text.strip()
    cjk = len(CJK_SENTENCE_END.findall(text)) if not text.isascii() else 0
    ends = len(SENTENCE_END.findall(text))
    if ends and STOP_BEFORE_NUMBER.search(text):
        ends -= len(ABBREVIATION_BEFORE_NUMBER.findall(text))
    return ends + cjk + 1


def is_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (not as a headline).

    >>> is_sentence("Vietnam attends INTERPOL meeting"), is_sentence("He said so.")
    (False, True)
    """
    return ends_with(text.rstrip(), TERMINAL_MARKS, TERMINAL_CLOSERS)


#: How a paragraph ends that ends as a sentence (not a headline, not a colon
#: introducing a list), the closing quotes and brackets after its mark aside.
PROSE_MARKS = ".!?…。！？"
PROSE_CLOSERS = "\"'”’»)]"


def ends_with(text: str, marks: str, closers: str) -> bool:
    """Whether ``text`` ends with one of ``marks``, any of ``closers`` after
    it, as ``re.search(f"[{marks}][{closers}]*$", text)`` finds, the end of
    the text or a newline closing it (string methods: a search tries every
    character).

    >>> ends_with('He said “yes.”', PROSE_MARKS, PROSE_CLOSERS)
    True
    >>> ends_with("Read more", PROSE_MARKS, PROSE_CLOSERS), ends_with("", ".", "")
    (False, False)
    """
    if text.endswith("\n"):  # "$" also stands before a newline that ends the text
        text = text[:-1]
    body = text.rstrip(closers)
    return bool(body) and body[-1] in marks


def ends_as_prose(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (``PROSE_MARKS``), closing
    quotes and brackets aside.

    >>> ends_as_prose("Vielen Dank!"), ends_as_prose("Mehr zum Thema:")
    (True, False)
    """
    return ends_with(text, PROSE_MARKS, PROSE_CLOSERS)


def is_prose(paragraph: str) -> bool:
    """Whether ``paragraph`` is article prose: two sentences or more, or one of
    ``MIN_PROSE_WORDS`` words ending as a sentence.

    >>> is_prose("The council met on Monday to vote on the new tram line.")
    True
    >>> is_prose("Vielen Dank!")
    False
    """
    text = paragraph.strip()
    if not ends_as_prose(text):
        return False
    return sentence_count(text) >= 2 or len(text.split()) >= MIN_PROSE_WORDS


@cache
def common_words(language: str = "en") -> frozenset[str]:
    """The words of ``language`` at or above ``TOPICAL_ZIPF`` (a few thousand),
    read once from wordfreq's list. Languages whose lookups need an extra
    tokenizer, and languages wordfreq does not know, use the English list.

    >>> "people" in common_words(), "santiago" in common_words(), "police" in common_words("ja")
    (True, False, True)
    """
    from cleaners.joins_lexicon import zipf_table  # the one loader of word tables

    if language in NEEDS_TOKENIZER:
        language = "en"
    try:
        table = zipf_table(language)
    except (LookupError, ImportError):
        table = zipf_table("en")
    return frozenset(w for w, _ in table.at_least(TOPICAL_ZIPF))


def topical_words(text: str, language: str = "en") -> set[str]:
    """The content words of ``text`` rare enough to tell its topic.

    >>> sorted(topical_words("The people of Santiago met INTERPOL delegates this year."))
    ['delegates', 'interpol', 'santiago']
    """
    common = common_words(language)
    return {w for w in content_words(text) if w not in common}


@short_text_cache(maxsize=CACHED_PARAGRAPHS)
def stems(text: str) -> frozenset[str]:
    """The stems (see :func:`stem`) of the words of ``text`` that are at least
    ``MIN_CONTENT_LEN`` long, found in one pass.

    >>> sorted(stems("Protesters and protests in Nairobi; trams and a tram"))
    ['and', 'nairobi', 'protest', 'tram']
    """
    pairs: list[str] = []
    if not text.isascii():
        pairs = [stem(p) for p in syllable_pairs(text)]
        if CJK_RUN.search(text):
            pairs += cjk_pairs(text)  # a pair is its own stem
            text = CJK_RUN.sub(" ", text)
    return frozenset(
        [
            w[:STEM_LENGTH] if len(w) > STEM_LENGTH else w.rstrip("s")
            for w in STEMMED_WORD.findall(text.lower())
        ]
        + pairs
    )


def stem(word: str) -> str:
    """A crude, language-blind stem: the first ``STEM_LENGTH`` letters, and a
    short word without its plural "s".

    >>> stem("protesters") == stem("protests"), stem("police"), stem("trams")
    (True, 'police', 'tram')
    """
    return word[:STEM_LENGTH] if len(word) > STEM_LENGTH else word.rstrip("s")
