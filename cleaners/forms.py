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
C-level check.

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
    # how often the text writes each word composed, as a whole word (one pass)
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
    return _patterns()[2].sub(lambda m: forms.get(m.group(), m.group()), text)
