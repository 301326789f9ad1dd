"""Whether a block speaks of the page's headline: the words they share.

An article's text repeats the words of its headline; a consent notice, a
site footer or a block of links to other pages shares none of them. Words are
compared casefolded; a word of four letters or more is a term (shorter ones
are mostly function words in languages that space their words), and a run of
CJK characters gives its character pairs, as those scripts do not space words.

>>> t = terms("Ferry pier to close for repairs")
>>> sorted(t)
['close', 'ferry', 'pier', 'repairs']
>>> title_share("The old pier will close in spring for repairs.", t)
0.75
>>> sorted(terms("東京で大雨"))
['で大', '京で', '大雨', '東京']
"""

from __future__ import annotations

import re

from scraper.settings import MIN_TERM_CHARS

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def terms(text: str) -> set[str]:
    """The terms of ``text``: words of ``MIN_TERM_CHARS`` letters or more,
    and the character pairs of CJK runs."""
    out: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _CJK.search(word):
            out.update(word[i : i + 2] for i in range(len(word) - 1))
        elif len(word) >= MIN_TERM_CHARS and not word.isdigit():
            out.add(word)
    return out


def title_share(text: str, title_terms: set[str]) -> float:
    """Share of ``title_terms`` that ``text`` holds (1.0 for no terms): whole
    words for spaced scripts, substrings for CJK pairs (searched, not split:
    the text may be a whole page)."""
    if not title_terms:
        return 1.0
    folded = text.casefold()
    words = sorted(t for t in title_terms if not _CJK.search(t))
    found = {t for t in title_terms if _CJK.search(t) and t in folded}
    if words:
        pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)"
        found.update(re.findall(pattern, folded))
    return len(found) / len(title_terms)
