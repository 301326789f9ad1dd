"""Where inside a token a lost space may hide, and how strongly the words say so.

A *candidate* is a position inside a whitespace-free token where two words
might have run together, with ``score``: the evidence for a lost space there,
on a log10 odds scale. For two runs of letters ``a|b`` it is the frequency
ratio ``zipf(a) + zipf(b) - 9 - zipf(ab)`` (``withcountries``: 6.9 + 5.0 - 9 -
1 = 1.9); punctuation directly followed by a letter (``event,Thanh``) and a
lower-case word followed by a capital (``theINTERPOL``) carry fixed weights.
Everything here depends on the token and the language only, so it is cached;
the document's own vocabulary is weighed in by :mod:`cleaners.joins`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from cleaners.joins_lexicon import MODELLED_LANGUAGES, normalize, zipf_table
from cleaners.joins_marks import LETTERS, case_of, digit_score, punct_score
from cleaners.language import stopword_table
from cleaners.settings import (
    AFTER_ADDRESS_PUNCT,
    AFTER_ADDRESS_WORD,
    ARTICLE_PENALTY,
    CAMEL_CAP,
    CAMEL_PART,
    CAMEL_UNKNOWN,
    COMMON_PAIR_GAP,
    DOUBLED_WORD,
    FUNCTION_LANGUAGES,
    FUNCTION_SPLIT_HEAD,
    FUNCTION_SPLIT_TAIL,
    FUNCTION_WORD,
    HYPHENATED_NAME_COST,
    INITIAL,
    KNOWN_WORD,
    LOADED_LANGUAGES,
    LOWER_UPPER_BONUS,
    MAX_CANDIDATES,
    MAX_TOKEN,
    MIN_TOKEN,
    NAME_NEXT_WORD,
    NAME_SPLIT_TAIL,
    NAME_ZIPF,
    POSSESSIVE_COST,
    SCORED_POSITIONS,
    SINGLE_LETTER_PENALTY,
    SURE_FRONT_ZIPF,
    UPPER_UPPER_PENALTY,
    ZIPF_UNKNOWN,
)
from cleaners.wordtables import WordSet, ZipfTable

#: A token that is one word with punctuation around it.
PLAIN_WORD = re.compile(r"[\"“‘(\[]*([^\W\d_]+(?:['’][^\W\d_]+)?)[\"”’)\].,;:!?]*")
#: Words joined by hyphens, with punctuation around them as in PLAIN_WORD.
HYPHENATED_WORDS = re.compile(r"[\"“‘(\[]*([^\W\d_]+(?:-[^\W\d_]+)+)[\"”’)\].,;:!?]*")
#: Sort key putting every change of letter case first among the positions scored.
LIKELY_CASE = 100.0
#: Independence baseline: two words side by side are as likely as the product
#: of their frequencies (Zipf counts per 10^9 words, hence 9).
ZIPF_PAIR = 9.0
#: Languages with one-consonant prepositions ("w", "z", "в", "с"); elsewhere a
#: one-letter function word is a vowel ("a", "y", "e", "å"), and a consonant in
#: a language's function words is an elided article or pronoun ("l'", "d'").
CONSONANT_WORD_LANGUAGES = frozenset({"pl", "cs", "sk", "sl", "ru", "uk", "bg"})
VOWELS = "aeiouyæøаеиоуяєіюэыηοαειυω"


def _single_letter_words() -> dict[str, frozenset[str]]:
    """The one-letter words of each modelled language: its one-letter function
    words (the language detector's lists) that stand alone in text.

    >>> words = _single_letter_words()
    >>> sorted(words["en"]), sorted(words["es"]), sorted(words["pl"]), "l" in words["fr"]
    (['a', 'i'], ['a', 'o', 'y'], ['a', 'i', 'o', 'w', 'z'], False)
    """
    table = stopword_table()
    out = {}
    for lang in MODELLED_LANGUAGES:
        letters = {
            w
            for w in table.get(lang, ())
            if len(w) == 1
            and w.isalpha()
            and (lang in CONSONANT_WORD_LANGUAGES or unicodedata.normalize("NFD", w)[0] in VOWELS)
        }
        if letters:
            out[lang] = frozenset(letters)
    return out


#: One-letter words by language (English "a" and "I", Spanish "y", Polish "w").
SINGLE_LETTER_WORDS = _single_letter_words()
#: Clitics written as part of the word before them ("haditsnya", "bencilah"):
#: never a word of their own.
_MALAY_CLITICS = frozenset({"nya", "lah", "kah", "tah", "pun", "ku", "mu"})
CLITICS = {"id": _MALAY_CLITICS, "ms": _MALAY_CLITICS}
#: Languages that write a reduplicated word with a 2 ("masing2" for
#: "masing-masing"): a 2 after a word is no join there.
REDUPLICATION_DIGIT = frozenset({"id", "ms"})
ARTICLE_PREFIXES = frozenset({"a"})
APOSTROPHES = frozenset("'’")
APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")
#: Tokens never split: web addresses, e-mail, handles, hashtags, code and paths.
UNSPLITTABLE = re.compile(
    r"://|^www\.|\w@\w|^[@#]\w|[=<>{}\\|`~^_]|^/\w|/\w+/|\w\.(?:com|org|net|gov|edu|io|co|uk|de)\b"
    r"|\w\(\)",
    re.IGNORECASE,
)
#: A web address glued to what precedes it ("2014.https://t.co/x", "visitwww.x.com"):
#: an address never starts inside a word, so the space before it was lost.
GLUED_ADDRESS = re.compile(r"(?<=[^\W_]|[.,;:!?)”])(?:https?://|www\.|pic\.twitter\.com/)", re.I)


class Candidate(NamedTuple):
    """A possible lost space at ``offset`` inside a token.

    ``left``/``right``/``whole`` are the normalized words on each side and the
    word they would be together (empty when the evidence is punctuation), so
    that the document's vocabulary can be weighed in later.
    """

    offset: int
    score: float
    left: str = ""
    right: str = ""
    whole: str = ""
    zl: float = 0.0
    zr: float = 0.0


#: A candidate's fields in a plain tuple (see :func:`candidates`).
Split = tuple[int, float, str, str, str, float, float]


def _evidence(offset: int, score: float) -> Split:
    """A candidate whose evidence is not two words (punctuation, digits)."""
    return (offset, score, "", "", "", 0.0, 0.0)


def _lower_then_capital(word: str) -> bool:
    """Whether ``word`` opens with two lower-case letters and has a capital
    after them ("ausRichtung", "easyJet"; not "iPhone", "McDonald").

    >>> [_lower_then_capital(w) for w in ("ausRichtung", "iPhone", "McDonald", "Richtung")]
    [True, False, False, False]
    """
    return word[:2].islower() and any(c.isupper() for c in word[2:])


def _by_score(c: Split) -> float:
    return -c[1]


def load_tables(lang: str) -> None:
    """Load what the candidates of ``lang`` need (word list, frequent words),
    which otherwise happens on first use.

    >>> load_tables("en")
    """
    zipf_table(lang)
    sure_words(lang)
    if lang in FUNCTION_LANGUAGES:
        frequent_words(lang, FUNCTION_WORD)
        frequent_words(lang, NAME_NEXT_WORD)
    _longest_frequent(lang)


@lru_cache(maxsize=LOADED_LANGUAGES)
def sure_words(lang: str) -> WordSet:
    """Words of the list never split, as they appear in text (lower case and
    capitalised): those at least ``KNOWN_WORD`` frequent that are not two much
    more frequent words ("ofthe"; see ``COMMON_PAIR_GAP``).

    >>> "into" in sure_words("en"), "Into" in sure_words("en"), "ofthe" in sure_words("en")
    (True, True, False)
    """
    table = zipf_table(lang)
    longest = _longest_frequent(lang)
    # both parts of such a split are at least KNOWN_WORD + COMMON_PAIR_GAP
    # frequent: a few hundred words, quicker to ask than the whole list
    frequent = {w: table[w] for w in frequent_words(lang, KNOWN_WORD + COMMON_PAIR_GAP)}
    get = frequent.get
    words: list[str] = []
    for w, z in table.at_least(KNOWN_WORD):
        if "'" in w:
            # "didn't", "company's": never split at the apostrophe, and too
            # frequent to hide a join; as written with either apostrophe
            words += (w, w.replace("'", "’"))
            continue
        need = z + COMMON_PAIR_GAP
        n = len(w)
        for i in range(max(1, n - longest), min(n, longest + 1)):
            if get(w[:i], 0.0) >= need and get(w[i:], 0.0) >= need:
                break
        else:
            words.append(w)
    # the most frequent also in a frozenset: most tokens of a text are among them
    front = {w for w, _ in table.at_least(SURE_FRONT_ZIPF)}
    hot = [w for w in words if w in front]
    return WordSet(words + [w.capitalize() for w in words], hot + [w.capitalize() for w in hot])


@lru_cache(maxsize=64)
def _longest_frequent(lang: str) -> int:
    """Length of the longest word at least ``KNOWN_WORD + COMMON_PAIR_GAP``
    frequent: both sides of a split of a known word are at most this long."""
    need = KNOWN_WORD + COMMON_PAIR_GAP
    return max((len(w) for w, _ in zipf_table(lang).at_least(need)), default=0)


def _part_zipf(part: str, table: ZipfTable) -> float:
    """Frequency of one side of a split; a possessive counts as its noun."""
    z = table.get(part, 0.0)
    if part.endswith("'s") and len(part) > 3:
        z = max(z, table.get(part[:-2], 0.0) - POSSESSIVE_COST)
    return z


def _case_bonus(a: str, b: str, ca: str, cb: str) -> float | None:
    """What the letter case at ``a|b`` says, or None when it rules the split out."""
    if cb == "l":
        # a brand may come first ("AirPods|with"), not a word cut after a capital
        return None if ca == "m" and a[-1].isupper() and a[-2].islower() else 0.0
    if ca == "l":
        # "theINTERPOL", "deChile"; a one-letter prefix is a brand ("iPhone"),
        # but for the article "a" ("aSamsung")
        if len(a) == 1:
            return 0.0 if a in ARTICLE_PREFIXES else None
        return LOWER_UPPER_BONUS if cb in "cu" else 0.0
    if ca == "u" and cb == "u":
        return -UPPER_UPPER_PENALTY
    if ca == "m" or (cb == "u" and len(b) < 2):
        return None
    return 0.0  # "KimJong", "WeWork", "ATPFinals": capped, see CAMEL_CAP


def _word_positions(
    run: str, whole: str, lang: str, table: ZipfTable, singles: frozenset[str]
) -> list[int]:
    """Where a run of letters that is not a known word may split: at a change
    of letter case (names and acronyms the list may not know: "ReeceKershaw",
    "theINTERPOL"), between two words of the list, or (in English) beside a
    function word ("implausibilitiesand") or after a name ("Bublikdefeated")."""
    n = len(run)
    # with no capital after the first letter, no change of case can be
    # inside, and a word may sit beside a function word
    lower_tail = run[1:].islower()
    beside_function_word = lower_tail and lang in FUNCTION_LANGUAGES
    capitalised = run[0].isupper()
    function_words: frozenset[str] = frozenset()
    next_words = function_words
    if beside_function_word:
        function_words = frequent_words(lang, FUNCTION_WORD)
        next_words = frequent_words(lang, NAME_NEXT_WORD)
    heads = table.prefixes(whole)  # the words the run starts with, by length
    positions = []
    for i in range(1, n):
        if not lower_tail and (
            (run[i].isupper() and not run[i - 1].isupper())
            or (run[i - 1].isupper() and run[i].islower() and i > 1 and run[i - 2].isupper())
        ):
            positions.append(i)
            continue
        head = whole[:i]
        z_head = heads.get(i)
        tail = whole[i:]
        if (
            (z_head is not None or head in singles)
            and (tail in table or tail in singles or tail.endswith("'s"))
        ) or (
            beside_function_word
            and i >= FUNCTION_SPLIT_HEAD
            and n - i >= FUNCTION_SPLIT_TAIL
            and (
                tail in function_words
                or (z_head or 0.0) >= FUNCTION_WORD
                or (capitalised and n - i >= NAME_SPLIT_TAIL and tail in next_words)
            )
        ):
            positions.append(i)
    return positions


@lru_cache(maxsize=4 * LOADED_LANGUAGES)  # a few floors per language
def frequent_words(lang: str, floor: float) -> frozenset[str]:
    """The words of ``lang``'s list at least ``floor`` frequent: a small set,
    quicker to ask than the whole list.

    >>> "the" in frequent_words("en", FUNCTION_WORD), "trees" in frequent_words("en", 6.0)
    (True, False)
    """
    return frozenset(w for w, _ in zipf_table(lang).at_least(floor))


def _word_splits(
    run: str, start: int, lang: str, table: ZipfTable, inside: bool = False
) -> list[Split]:
    """Candidates inside one run of letters (apostrophes included); ``inside``
    when the run follows a hyphen or a digit in its token ("Bautista-Agut"),
    where a one-letter word cannot start it."""
    out: list[Split] = []
    whole = normalize(run)
    zw_raw = table.get(whole, 0.0)
    zw = max(zw_raw, ZIPF_UNKNOWN)
    # a known word folded is none as written when a capital follows its
    # lower-case start ("ausRichtung"): its splits are looked for as any run's
    known = zw_raw >= KNOWN_WORD and not _lower_then_capital(run)
    singles = SINGLE_LETTER_WORDS.get(lang, frozenset())
    clitics = CLITICS.get(lang, frozenset())
    same_length = len(whole) == len(run)
    if known:
        # a word in its own right ("into", "area") splits only into two words
        # much more frequent than itself ("ofthe"): look for those alone
        need = zw_raw + COMMON_PAIR_GAP
        longest = _longest_frequent(lang)
        n = len(whole)
        positions = [
            i
            for i in range(max(1, n - longest), min(n, longest + 1))
            if table.get(whole[:i], 0.0) >= need and table.get(whole[i:], 0.0) >= need
        ]
        if not positions or not same_length:
            return out
    elif same_length:
        # two words both in the word list, or a change of letter case (names
        # and acronyms the list may not know: "ReeceKershaw", "theINTERPOL")
        positions = _word_positions(run, whole, lang, table, singles)
    else:
        positions = list(range(1, len(run)))
    if len(positions) > MAX_CANDIDATES and same_length:
        # only a few survive: look closely at the likeliest pairs of words
        # and at every change of letter case
        def likely(i: int) -> float:
            changes = run[i].isupper() != run[i - 1].isupper()
            return LIKELY_CASE if changes else table.get(whole[:i], 0) + table.get(whole[i:], 0)

        positions = sorted(positions, key=likely, reverse=True)[:SCORED_POSITIONS]
    for i in positions:
        a, b = run[:i], run[i:]
        if a[-1] in "'’" or b[0] in "'’":
            continue
        if same_length:
            na, nb = whole[:i], whole[i:]
        else:
            na, nb = normalize(a), normalize(b)
        if nb in clitics:
            continue
        ca, cb = case_of(a), case_of(b)
        bonus = _case_bonus(a, b, ca, cb)
        if bonus is None:
            continue
        if len(a) < 2 or len(b) < 2:
            if not (
                (na in singles and not inside and (cb == "l" or a in ARTICLE_PREFIXES))
                or (nb in singles and (ca == "l" or b == "I"))
            ):
                continue
            bonus -= ARTICLE_PENALTY if "a" in (a, b) or "I" in (a, b) else SINGLE_LETTER_PENALTY
        za, zb = _part_zipf(na, table), _part_zipf(nb, table)
        if not za and ca == "c" and cb == "l" and len(a) >= 3 and lang in FUNCTION_LANGUAGES:
            za = NAME_ZIPF  # a name the list does not know: "Bublikdefeated"
        if known and min(za, zb) - zw_raw < COMMON_PAIR_GAP:
            continue  # "into", "area": a word in its own right
        score = za + zb - ZIPF_PAIR - zw + bonus
        if na == nb:
            score += DOUBLED_WORD  # "toto", "bonbon": a word of its own
        if ca in "cum" and cb in "cum":
            if ca == cb == "c" and zw_raw == 0 and min(za, zb) >= CAMEL_PART:
                score = CAMEL_CAP  # two known names: "ReeceKershaw", "KimJong"
            elif ca == cb == "c" and zw_raw == 0 and min(len(a), len(b)) >= 3:
                score = max(score, CAMEL_UNKNOWN)  # "BrianBatko": the wrap must say
            score = min(score, CAMEL_CAP)
        out.append((start + i, score, na, nb, whole, za, zb))
    return out


@lru_cache(maxsize=100_000)
def candidates(token: str, lang: str) -> tuple[Split, ...]:
    """Every place inside ``token`` where a space may have been lost, best first
    (at most a handful), judged by the words of ``lang``: the fields of
    :class:`Candidate` as a plain tuple (which the garbage collector stops
    tracking, so that a large cache costs nothing at each collection).

    >>> [Candidate._make(c).offset for c in candidates("withcountries", "en")][:1]
    [4]
    >>> [token[c[0]:] for token in ["event,Thanh"] for c in candidates(token, "en")][:1]
    ['Thanh']
    >>> candidates("example.com", "en")
    ()
    """
    if len(token) < MIN_TOKEN or len(token) > MAX_TOKEN:
        return ()
    # each unsplittable form has a mark in it: letters and digits alone have none
    if not token.isalnum() and UNSPLITTABLE.search(token):
        address = GLUED_ADDRESS.search(token)
        if address is None:
            return ()
        i = address.start()
        glued = AFTER_ADDRESS_WORD if token[i - 1].isalnum() else AFTER_ADDRESS_PUNCT
        return (_evidence(i, glued),)
    table = zipf_table(lang)
    core = PLAIN_WORD.fullmatch(token)
    if core:  # the common case: one word, maybe with punctuation around it
        word = core.group(1)
        # a known word folded, but not as written when a capital follows its
        # lower-case start: "ausRichtung" is "aus Richtung", not "Ausrichtung"
        if normalize(word) in sure_words(lang) and not _lower_then_capital(word):
            return ()
        found = _word_splits(word, core.start(1), lang, table)
        if (
            len(word) >= 3
            and word[-1].isupper()
            and word[-2].islower()
            and token[core.end(1) : core.end(1) + 1] == "."
        ):
            found.append(_evidence(core.end(1) - 1, INITIAL))  # "JohnM."
        found.sort(key=_by_score)
        return tuple(found[:MAX_CANDIDATES])
    hyphenated = HYPHENATED_WORDS.fullmatch(token)
    if hyphenated:
        sure = sure_words(lang)
        if all(normalize(part) in sure for part in hyphenated.group(1).split("-")):
            return ()  # "well-known", "(long-term": known words, hyphens between
    out: list[Split] = []
    for m in LETTERS.finditer(token):
        inside_before = token[m.start() - 1 : m.start()] in APOSTROPHES and m.start() > 1
        inside_after = token[m.end() : m.end() + 1] in APOSTROPHES and (
            token[m.end() + 1 : m.end() + 2].isalpha()
        )
        if inside_before or inside_after:
            continue  # part of a word with an apostrophe, below
        inside = m.start() > 0 and (token[m.start() - 1] == "-" or token[m.start() - 1].isdigit())
        found = _word_splits(m.group(), m.start(), lang, table, inside)
        if m.group()[0].isupper() and (
            token[m.start() - 1 : m.start()] == "-" or token[m.end() : m.end() + 1] == "-"
        ):
            # part of a hyphenated name ("Bien-Aime", "Hueske-Kraus")
            found = [(c[0], c[1] - HYPHENATED_NAME_COST, *c[2:]) for c in found]
        out.extend(found)
        if (
            len(m.group()) >= 3
            and m.group()[-1].isupper()
            and m.group()[-2].islower()
            and token[m.end() : m.end() + 1] == "."
        ):
            out.append(_evidence(m.end() - 1, INITIAL))  # "JohnM."
    for m in APOSTROPHE_WORD.finditer(token):
        # a possessive or contraction run into the next word: "Vietnam’slaw"
        out.extend(_word_splits(m.group(), m.start(), lang, table))
    for i in range(1, len(token)):
        before, after = token[i - 1], token[i]
        if before.isalpha() and after.isalpha():
            continue
        score = punct_score(token, i)
        if score is None and (before.isdigit() != after.isdigit()):
            score = digit_score(token, i, table)
            if after == "2" and lang in REDUPLICATION_DIGIT and before.isalpha():
                score = None  # "masing2": masing-masing
        if score is not None:
            out.append(_evidence(i, score))
    out.sort(key=_by_score)
    return tuple(out[:MAX_CANDIDATES])
