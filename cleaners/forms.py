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
import sys
import unicodedata
from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=1)
def _word() -> re.Pattern[str]:
    """A word: a run of word characters and combining marks (``\\w`` alone
    stops at a mark). Built on first use: few texts are decomposed."""
    marks = "".join(
        re.escape(chr(c))
        for c in range(0x300, sys.maxunicode + 1)
        if unicodedata.category(chr(c)).startswith("M")
    )
    return re.compile(f"(?:[^\\W_]|[{marks}])+")


def written_forms(text: str) -> dict[str, str]:
    """The words of ``text`` not in composed form, by their composed form: the
    form written most often when ``text`` writes a word both ways. Empty for
    composed text.

    >>> written_forms("Cafe\\u0301 and café and Cafe\\u0301") == {"Café": "Cafe\\u0301"}
    True
    >>> written_forms("Café")
    {}
    """
    if unicodedata.is_normalized("NFC", text):
        return {}
    counts: Counter[tuple[str, str]] = Counter()
    for word in _word().findall(text):
        if not word.isascii():
            counts[unicodedata.normalize("NFC", word), word] += 1
    chosen: dict[str, tuple[int, str]] = {}
    for (composed, written), n in counts.items():
        if composed not in chosen or n > chosen[composed][0]:
            chosen[composed] = (n, written)
    return {c: w for c, (_, w) in chosen.items() if w != c}


def restore_forms(text: str, forms: dict[str, str]) -> str:
    """``text`` with each word of ``forms`` written as its source writes it.

    >>> restore_forms("für alle", {"für": "fu\\u0308r"}) == "fu\\u0308r alle"
    True
    """
    if not forms or text.isascii():
        return text
    return _word().sub(lambda m: forms.get(m.group(), m.group()), text)
