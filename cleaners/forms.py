"""Words kept in the Unicode form their source writes them in.

Some pages write accented letters decomposed (NFD: "u" and a combining
diaeresis for "ü"), as text typed on some systems is. Both forms are the same
text to a reader, but not to a program: a search, a hash or a tokenizer that
splits at the combining mark ("\\w+" does) sees different words. A cleaner
repairs defects, and a decomposed letter is not one, so the output keeps the
source's form. The chain itself works on composed (NFC) text, which every rule
is written for (trafilatura composes its output too); :func:`written_forms`
notes how the source writes each word, and :func:`restore_forms` puts those
forms back at the end. Text that is already composed (nearly all) costs one
C-level check. The same holds for zero-width joiners inside a word (Persian
"می‌شود"): the chain keeps them, but trafilatura drops them from a page's
text, and :func:`joined_forms` notes the page's words that have them.

>>> forms = written_forms("Su\\u0308dtirol")
>>> restore_forms("Südtirol today", forms) == "Su\\u0308dtirol today"
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

#: Code points past which no character composes (canonical compositions end in
#: the supplementary planes' first ones).
_LAST_COMPOSING = 0x2FFFF
#: How far back from a mark a word is looked for.
_MAX_WORD_CHARS = 64


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A run of the marks composition takes (the second part of a canonical
    decomposition: U+0308 in "u" + U+0308), a word's start before it, and a
    word (letters, digits and those marks; ``\\w`` alone stops at a mark).
    Built on first use: few texts are decomposed."""
    marks = sorted(
        {
            int(parts[1], 16)
            for c in range(_LAST_COMPOSING + 1)
            if (parts := unicodedata.decomposition(chr(c)).split())
            and len(parts) == 2
            and not parts[0].startswith("<")
        }
    )
    cls = "".join(re.escape(chr(m)) for m in marks)
    return (
        re.compile(f"[{cls}]+"),
        re.compile(r"[^\W_]*\Z"),
        re.compile(f"(?:[^\\W_]|[{cls}])+"),
    )


#: Zero-width (non-)joiners: inside a word they are part of its spelling
#: (Persian writes "می‌شود" with one), but a reader that drops what is not
#: printable (trafilatura, reading a page) writes the word without them.
JOINERS = "\u200c\u200d"
#: A word written with a joiner inside it.
_JOINED_WORD = re.compile(r"[^\W_]+(?:[\u200c\u200d]+[^\W_]+)+")
#: A word of letters and digits: what :func:`restore_forms` looks up when no
#: form holds a combining mark.
_WORD = re.compile(r"[^\W_]+")


def written_forms(text: str) -> dict[str, str]:
    """The words of ``text`` not in composed form, by their composed form: the
    form written most often when ``text`` writes a word both ways. Empty for
    composed text; only the words around a combining mark are read.

    >>> written_forms("Cafe\\u0301 and café and Cafe\\u0301") == {"Café": "Cafe\\u0301"}
    True
    >>> written_forms("Café")
    {}
    """
    if unicodedata.is_normalized("NFC", text):
        return {}
    return _decomposed_forms(text)


def joined_forms(text: str) -> dict[str, str]:
    """The words ``text`` writes with a joiner inside, by their form without
    it, when the text writes them so more often than without: what a page
    writes, for the text a reader that drops joiners took from it. (The chain
    keeps joiners: a text it cleans needs none of these.)

    >>> joined_forms("می\\u200cشود") == {"میشود": "می\\u200cشود"}
    True
    >>> joined_forms("plain text")
    {}
    """
    if "\u200c" not in text and "\u200d" not in text:
        return {}
    counts: Counter[tuple[str, str]] = Counter()
    for written in _JOINED_WORD.findall(text):
        plain = unicodedata.normalize("NFC", written.translate(_NO_JOINERS))
        counts[plain, written] += 1
    return _most_written(text, counts)


_NO_JOINERS = str.maketrans("", "", JOINERS)


def _decomposed_forms(text: str) -> dict[str, str]:
    """The words of ``text`` not in composed form, by their composed form."""
    mark_run, word_start, word = _patterns()
    counts: Counter[tuple[str, str]] = Counter()
    end = 0
    for mark in mark_run.finditer(text):
        if mark.start() < end:
            continue  # a later mark of the word just read
        before = word_start.search(text, max(end, mark.start() - _MAX_WORD_CHARS), mark.start())
        start = before.start() if before else mark.start()
        rest = word.match(text, mark.start())
        end = rest.end() if rest else mark.end()
        written = text[start:end]
        counts[unicodedata.normalize("NFC", written), written] += 1
    return _most_written(text, counts)


def _most_written(text: str, counts: Counter[tuple[str, str]]) -> dict[str, str]:
    """Of each word's forms in ``counts`` ((plain form, written form): how
    often), the one ``text`` writes most often, the plain form counted as a
    whole word of the text; only words whose chosen form is not the plain one."""
    if not counts:
        return {}
    # how often the text writes each word plainly, as a whole word (one pass)
    words = sorted({c for c, _ in counts}, key=len, reverse=True)
    alternation = "|".join(map(re.escape, words))
    found = Counter(re.findall(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", text))
    chosen = {c: (found[c], c) for c in words}
    for (composed, written), n in counts.items():
        if n > chosen[composed][0]:
            chosen[composed] = (n, written)
    return {c: w for c, (_, w) in chosen.items() if w != c}


def restore_forms(text: str, forms: dict[str, str]) -> str:
    """``text`` with each word of ``forms`` written as its source writes it.

    >>> restore_forms("für alle", {"für": "fu\\u0308r"}) == "fu\\u0308r alle"
    True
    """
    if not forms or text.isascii():
        return text
    # a word holding a combining mark needs the marks' pattern (built once, on
    # first use); words written with joiners alone are plain words without them
    composed = all(unicodedata.is_normalized("NFC", w) for w in forms.values())
    word = _WORD if composed else _patterns()[2]
    return word.sub(lambda m: forms.get(m.group(), m.group()), text)
