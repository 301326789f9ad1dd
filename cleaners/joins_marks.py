"""Evidence for a lost space from the characters around it: punctuation
("ministers.The", "event,Thanh", "said,”Noem") and the meeting of letters and
digits ("in1981", "900representatives"), for :mod:`cleaners.joins_candidates`.

A positive weight says a space was lost; a negative one says the token is
written so on purpose unless the line wrap agrees.
"""

from __future__ import annotations

import re

from cleaners.joins_lexicon import normalize
from cleaners.wordtables import ZipfTable

#: A word this frequent ("and", "the", "with") may sit beside a word the list
#: does not know ("implausibilitiesand").
FUNCTION_WORD = 6.0
#: Fixed weights of punctuation evidence.
AFTER_COMMA = 3.0  # "event,Thanh", "time,particularly"
DIGIT_AFTER_COMMA = -2.0  # "6-2,6-1"; also "3,5" in much of Europe: wrap must agree
AFTER_STOP = 2.0  # "ministers.The", "place?More"
AFTER_STOP_LOWER = -3.0  # "example.com", "Node.js": only where the wrap says so
AFTER_STOP_DIGIT = -3.0  # "Dec.6"
AFTER_ABBREVIATION = -2.0  # "U.S.border", "P.Blair"
INITIAL = -1.0  # "JohnM. Ponytails"
HYPHENATED_NAME_COST = 1.0  # a split inside "Bien-Aime" rather than "Vietnamculture"
AFTER_COLON = 1.5  # "week:two"
CLOSING_QUOTE = 3.0  # "said,”Noem"
OPENING_QUOTE = 3.0  # "word“We”"
OPENING_PAREN = 2.5  # "Conference(ASEANAPOL)"
CLOSING_PAREN = 2.0  # "(Magic Box)centre"
#: "business— maybe", "associates —from": a house style as often as a lost
#: space, so only where the columns agree.
HANGING_DASH = 1.0
#: "Israel -Egypt"; a hyphen ending a token is left alone: "pre- and
#: post-war", "Gesundheits- und Sozialwesen".
HANGING_HYPHEN = -4.0
INNER_DASH = -2.0  # "business—maybe" is a house style too
PERCENT_LETTER = 2.0  # "99%of"
LETTER_CURRENCY = 2.0  # "a$7,500"
WORD_NUMBER = -1.0  # "in1981", "from162": only where the wrap says so
NUMBER_WORD = -1.0  # "900representatives"
NAME_NUMBER = -3.0  # "In2012"
NAME_SCORE = -1.5  # "Opelka7-6,": a name and a score
UNKNOWN_NAME_NUMBER = -4.0  # "Monforte15", or a model: "Pixel4"
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
#: A bracket opened and not closed inside the token opens a phrase
#: ("potatoes(or", "billion.(Bad", "the[National"); "friend(s)" closes it.
UNCLOSED_BRACKET = 3.0
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
        if "„" in left:
            return None
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
        return CLOSING_QUOTE if after.isalnum() else None
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
        if word.islower() and (len(word) > 1 or word == "a") and z >= 3:
            return WORD_NUMBER
        if case_of(word) == "c" and (
            (len(word) > 2 and (z >= 4 or SCORE.match(token, i)))
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
        if zipf(rest, table) >= 2.0:
            return NUMBER_WORD
    return None
