"""Evidence for a lost space from the characters around it: punctuation
("ministers.The", "event,Thanh", "said,”Noem") and the meeting of letters and
digits ("in1981", "900representatives"), for :mod:`cleaners.joins_candidates`.

A positive weight says a space was lost; a negative one says the token is
written so on purpose unless the line wrap agrees.
"""

from __future__ import annotations

import re

from cleaners.joins_lexicon import normalize
from cleaners.settings import (
    AFTER_ABBREVIATION,
    AFTER_COLON,
    AFTER_COMMA,
    AFTER_STOP,
    AFTER_STOP_DIGIT,
    AFTER_STOP_LOWER,
    CLOSING_PAREN,
    CLOSING_QUOTE,
    DIGIT_AFTER_COMMA,
    FUNCTION_WORD,
    HANGING_DASH,
    HANGING_HYPHEN,
    INNER_DASH,
    LETTER_CURRENCY,
    NAME_BEFORE_NUMBER_ZIPF,
    NAME_NUMBER,
    NAME_SCORE,
    NUMBER_WORD,
    OPENING_PAREN,
    OPENING_QUOTE,
    PERCENT_LETTER,
    UNCLOSED_BRACKET,
    UNKNOWN_NAME_NUMBER,
    WORD_AFTER_NUMBER_ZIPF,
    WORD_BEFORE_NUMBER_ZIPF,
    WORD_NUMBER,
)
from cleaners.wordtables import ZipfTable

#: Letters that may end a number without a space ("5km", "3rd", "1990s", "4K").
_UNITS = """st nd rd th s am pm a p k m b bn mn km m cm mm nm kg g mg mcg µg ml l dl cl
    kb mb gb tb pb kbps mbps gbps mph kph kmh kmph kwh mwh gwh kw mw gw w v mah hz
    khz mhz ghz fps px pt ft in inch lb lbs oz yd yr yrs y h hr hrs min mins sec
    secs ms ns d x f c t hp cc bhp rpm mpg gal sq ha ac u e gen ep"""
UNIT_SUFFIXES = frozenset(_UNITS.split())
OPENING_QUOTES = "“‘«„"
CLOSING_QUOTES = "”»"
DASHES = "—–"
SHORT_BRACKET = re.compile(r"[(\[][^\W\d_]{1,5}[)\]]$")  # "(s)he", "(multi)media"
DIGITS_BEFORE = re.compile(r"\d+$")
CODE_BEFORE = re.compile(r"(?:\d[^\W\d_]+|(?<![^\W\d_])[^\W\d_])$")
SCORE = re.compile(r"\d+[-–]\d")
THOUSANDS = re.compile(r"\d{3}(?!\d)")
LETTERS = re.compile(r"[^\W\d_]+")
#: Code before a bracket: a call ("os.path.join(a, b)"), not a word.
DOTTED_NAME = re.compile(r"[^\W\d]\.[^\W\d]|_")
UPPER_ABBREVIATION = re.compile(r"[A-Z]\.[A-Z]\.")
ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.)+[^\W\d_]?$")


def zipf(word: str, table: ZipfTable) -> float:
    return table.get(normalize(word), 0.0)


def case_of(word: str) -> str:
    """'l' lower, 'c' Capitalized, 'u' UPPER, 'm' anything else; a
    possessive is cased as its noun ("NASA's" is 'u')."""
    if word[-2:] in ("'s", "’s") and len(word) > 3:
        word = word[:-2]
    if word.islower():
        return "l"
    if word.isupper():
        return "u" if len(word) > 1 else "c"
    if word[0].isupper() and word[1:].islower():
        return "c"
    return "m"


def punct_score(token: str, i: int) -> float | None:
    """Evidence for a space before ``token[i]`` from the characters around it."""
    before, after = token[i - 1], token[i]
    left = token[:i]
    if (
        after in "(["
        and (before.isalnum() or before in ".,;:!?" or before in CLOSING_QUOTES)
        and ")" not in token[i:]
        and "]" not in token[i:]
        and not DOTTED_NAME.search(left)
    ):
        nxt = token[i + 1 : i + 2]
        return UNCLOSED_BRACKET if nxt and (nxt.isalnum() or nxt in OPENING_QUOTES) else None
    if before in ",;":
        if after.isalpha() and not (after.isupper() and token[i - 2 : i - 1].isupper()):
            return AFTER_COMMA  # but not "TL;DR"
        if after.isdigit() and not THOUSANDS.match(token, i):
            return DIGIT_AFTER_COMMA  # "7-5,3-6", but not "1,000"
        return None
    if before == "“" and "„" in left:
        return CLOSING_QUOTE if after.isalpha() else None  # German „…“
    if after in OPENING_QUOTES:
        if "„" in left or not token[i + 1 : i + 2].isalnum():
            return None  # a mark that opens nothing here closes a quote: "Wort«", "kommen“."
        glued = before.isalnum() or before in ",.:;!?" or before in CLOSING_QUOTES
        return OPENING_QUOTE if glued else None
    if before in ".?!":
        if after.isdigit():
            # "Dec.6"; not "3.5", "ID.3"
            return AFTER_STOP_DIGIT if token[i - 2 : i - 1].islower() else None
        if not after.isalpha():
            return None
        if before == "." and UPPER_ABBREVIATION.match(token, i - 2):
            return None  # "aU.S."
        if before == "." and ABBREVIATION.search(left):
            # "U.S.border", "P.Blair"; not "U.S.A"
            return AFTER_ABBREVIATION if LETTERS.match(token, i + 1) else None
        if after.isupper() and token[i - 2 : i - 1].islower() and token[i + 1 : i + 2].islower():
            return AFTER_STOP  # "ministers.The", not "IQ.LIGHT"
        return AFTER_STOP_LOWER
    if before == ":":
        return AFTER_COLON if after.isalpha() and left[:-1].isalpha() else None
    if before in CLOSING_QUOTES:
        # a mark that opens the token closes nothing: it opens a quote ("»Wort«", "”Hej”")
        return CLOSING_QUOTE if after.isalnum() and i > 1 else None
    if after == "(":
        inner = token[i + 1 :].split(")", 1)[0]
        if not before.isalnum() or len(inner) < 2 or (inner.islower() and len(inner) <= 3):
            return None  # "friend(s)", "f(x)"
        return OPENING_PAREN
    if before in ")]":
        return CLOSING_PAREN if after.isalpha() and not SHORT_BRACKET.search(left) else None
    if before in DASHES and after.isalnum():
        return HANGING_DASH if i == 1 else INNER_DASH
    if after in DASHES and before.isalnum():
        return HANGING_DASH if i == len(token) - 1 else None
    if before == "-" and i == 1 and after.isalnum():
        return HANGING_HYPHEN
    if before == "%" and after.isalpha():
        return PERCENT_LETTER
    if after in "$£€" and before.isalpha():
        return LETTER_CURRENCY
    return None


def digit_score(token: str, i: int, table: ZipfTable) -> float | None:
    """Evidence for a space between a word and a number."""
    before, after = token[i - 1], token[i]
    if before.isalpha() and after.isdigit():
        word = LETTERS.findall(token[:i])[-1]
        if i > len(word) and token[i - len(word) - 1].isdigit():
            return None  # "9to5Mac", "4x4"
        z = zipf(word, table)
        if word.islower() and (len(word) > 1 or word == "a") and z >= WORD_BEFORE_NUMBER_ZIPF:
            return WORD_NUMBER
        if case_of(word) == "c" and (
            (len(word) > 2 and (z >= NAME_BEFORE_NUMBER_ZIPF or SCORE.match(token, i)))
            or (len(word) > 1 and z >= FUNCTION_WORD)
        ):
            return NAME_SCORE if SCORE.match(token, i) else NAME_NUMBER  # not "Pixel4"
        if case_of(word) == "c" and len(word) > 2:
            return UNKNOWN_NAME_NUMBER  # "Monforte15", "Pixel4": only the wrap can say
        return None
    if before.isdigit() and after.isalpha():
        digits = DIGITS_BEFORE.search(token, 0, i)
        if digits and CODE_BEFORE.search(token, 0, digits.start()):
            return None  # "9to5Mac", "A350B"
        word = LETTERS.match(token, i)
        rest = word.group() if word else ""
        if normalize(rest) in UNIT_SUFFIXES or len(rest) < 3 or case_of(rest) == "m":
            return None
        if zipf(rest, table) >= WORD_AFTER_NUMBER_ZIPF:
            return NUMBER_WORD
    return None
