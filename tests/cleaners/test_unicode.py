"""fix_unicode's cheap test (``needs_ftfy``) against the searches it stands for,
and the fix itself on mojibake, entities and clean text."""

from __future__ import annotations

import re._constants as sre_constants
import re._parser as sre_parser
import unicodedata
from itertools import pairwise

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.base import Document, diff_edit
from cleaners.unicode import (
    FTFY_CONFIG,
    FTFY_MIRRORED,
    MAYBE_BAD,
    MIRRORED_FTFY,
    SUSPECT,
    FixUnicode,
    _fix_encoding,
    fix_text,
    needs_ftfy,
)
from cleaners.whitespace import INVISIBLE, SPACE_RUN


def needs_ftfy_reference(paragraph: str) -> bool:
    """``needs_ftfy`` as the plain sequence of searches, without its shortcuts."""
    if paragraph.isascii():
        return "&" in paragraph or "\x1b" in paragraph or bool(SUSPECT.search(paragraph))
    return bool(
        SUSPECT.search(paragraph)
        or INVISIBLE.search(paragraph)
        or UTF8_DETECTOR_RE.search(paragraph)
        or UTF8_DETECTOR_RE.search(SPACE_RUN.sub(" ", paragraph))
        or not unicodedata.is_normalized("NFC", paragraph)
    )


#: Characters mojibake is made of (the first and continuation bytes of UTF-8 as
#: single-byte encodings show them), spaces of every kind, invisibles, accents.
MOJIBAKE_ALPHABET = "".join(
    sorted(
        {
            c
            for key in ("utf8_first_of_2", "utf8_first_of_3", "utf8_first_of_4")
            for c in UTF8_CLUES[key]
        }
        | set("\x80\x85\x9f\xa0\xa9\xad\xbf€™“”’–— \t\u2009\u3000\u200bé́aZ.&")
    )
)


@settings(max_examples=400)
@given(st.text(alphabet=MOJIBAKE_ALPHABET, max_size=12))
def test_needs_ftfy_answers_as_the_full_searches_do(text: str) -> None:
    assert needs_ftfy(text) == needs_ftfy_reference(text)


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_needs_ftfy_answers_as_the_full_searches_do_on_any_text(text: str) -> None:
    assert needs_ftfy(text) == needs_ftfy_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sebasti\u00c3\u00a1n Pi\u00c3\u00b1era",  # mojibake
        "H\u00c3\u00a0 N\u00e1\u00bb\u2122i",  # a no-break space lost to a space
        "Caf\u00c3\u00a9\u00a0au lait",
        "Tom &amp; Jerry",
        "cafe\u0301",  # not NFC
        "\ufb01nal",  # a ligature
    ],
)
def test_texts_ftfy_would_fix_are_sent_to_it(text: str) -> None:
    assert needs_ftfy(text)
    assert ftfy.fix_text(text, FTFY_CONFIG) != text


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam\u2019s police \u2013 \u201cINTERPOL\u201d",
        "Die Polizei teilte am Montag mit, dass die M\u00e4nner festgenommen wurden.",
        "H\u00e0 N\u1ed9i, Vi\u1ec7t Nam",
    ],
)
def test_clean_text_in_other_scripts_skips_ftfy_and_is_kept(text: str) -> None:
    assert not needs_ftfy(text)
    assert ftfy.fix_text(text, FTFY_CONFIG) == text
    assert FixUnicode().fix(text) == text


def test_cyrillic_text_is_kept() -> None:
    # a Cyrillic letter before a space looks like the start of UTF-8 mojibake to
    # the cheap test; ftfy itself then finds nothing to fix
    text = "В Москве прошла встреча с министром."
    assert FixUnicode().fix(text) == text


def test_fix_records_the_trimmed_replacement() -> None:
    doc = Document(["Paris caf\u00c3\u00a9 owners"])
    FixUnicode().apply(doc)
    assert doc.paragraphs == ["Paris caf\u00e9 owners"]
    assert [(c.action, c.text, c.position, c.replacement) for c in doc.changes] == [
        ("replace", "\u00c3\u00a9", 9, "\u00e9")
    ]


def diff_edit_reference(old: str, new: str) -> tuple[int, int, str] | None:
    """The common prefix and suffix found one character at a time."""
    if old == new:
        return None
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, new[prefix : len(new) - suffix]


@settings(max_examples=300)
@given(st.text(alphabet="abc", max_size=10), st.text(alphabet="abc", max_size=10))
def test_diff_edit_is_the_trimmed_change(old: str, new: str) -> None:
    edits = diff_edit(old, new)
    expected = diff_edit_reference(old, new)
    assert (tuple(edits[0]) if edits else None) == expected


def test_another_ftfy_release_is_called_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # until fix_text is checked against a new ftfy release (and MIRRORED_FTFY
    # moves on), the text goes to ftfy.fix_text itself
    import cleaners.unicode

    calls = []

    def spy(text: str, config: object) -> str:
        calls.append(text)
        return "fixed"

    monkeypatch.setattr(cleaners.unicode, "FTFY_MIRRORED", False)
    monkeypatch.setattr(ftfy, "fix_text", spy)
    assert fix_text("caf\u00c3\u00a9") == "fixed" and calls == ["caf\u00c3\u00a9"]


@pytest.mark.skipif(
    ftfy.__version__ != MIRRORED_FTFY,
    reason=f"ftfy {ftfy.__version__} is called as it is: check fix_text against it, "
    "then move MIRRORED_FTFY on",
)
def test_the_installed_ftfy_is_the_mirrored_one() -> None:
    # a new ftfy release is not a failure (fix_text hands it the text), but
    # the fast path then stays off until fix_text is checked against it
    assert ftfy.__version__ == MIRRORED_FTFY and FTFY_MIRRORED


#: ftfy's own examples and the cases its steps handle: mojibake (in one and in
#: several encodings, with a lost no-break space), entities (and "<" turning them
#: off for the segment and the ones after it), ligatures and controls appearing
#: only once mojibake is decoded, C1 controls, terminal escapes, line breaks,
#: surrogates, text that is not NFC.
FTFY_CASES = [
    "\u00e2\u0153\u201d No problems",
    "&macr;\\_(\u00e3\x83\x84)_/&macr;",
    "Broken text&hellip; it&#x2019;s \ufb02ubberi\ufb01c!",
    "Sebasti\u00c3\u00a1n Pi\u00c3\u00b1era",
    "voil\u00c3 le travail",
    "H\u00c3\u00a9l\u00c3\u00a8ne a ouvert le caf\u00c3\u00a9",
    "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2 twice",
    "caf\u00c3\u00a9 &lt;b&gt; ok\n<b>bold</b> &amp; more\nthird &amp; line",
    "\u00ef\u00ac\x81nance",  # UTF-8 of a ligature read as Latin-1
    "\u00c2\x85 and \x80 and \x9f",
    "\x1b[36mcolour\x1b[0m and \x00 null \ufeff bom",
    "line\r\nbreaks\u2028and\u2029more\x85end",
    "\ud83d\ude00 paired surrogates",
    "cafe\u0301 and \u212b",
    "&ATILDE;&SUP3; upper-case entities",
    "\u00d0\u00a1\u00d0\u00bb\u00d0\u00b0\u00d0\u00b2\u00d0\u00b0 Cyrillic",
    "",
    "\n\n",
]


@pytest.mark.parametrize("text", FTFY_CASES)
def test_fix_text_is_ftfy_fix_text(text: str) -> None:
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)


#: Mojibake of these strings, by the encodings ftfy tries.
MOJIBAKE_SOURCES = st.text(
    alphabet="aé ñ’“”–—…€™ü\ufb01\u00a0\u2019Ø文\x85<&;\n", min_size=1, max_size=12
)


@settings(max_examples=300)
@given(MOJIBAKE_SOURCES, st.sampled_from(["latin-1", "cp1252", "cp1251", "cp437", "macroman"]))
def test_fix_text_is_ftfy_fix_text_on_mojibake(source: str, encoding: str) -> None:
    text = source.encode("utf-8").decode(encoding, errors="replace")
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_fix_text_is_ftfy_fix_text_on_any_text(text: str) -> None:
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)


def _chars_of(op: object, av: object) -> set[int] | None:
    """The code points one parsed regex item matches, when it is one character
    (a literal or a class of literals and ranges); None for anything else."""
    if op is sre_constants.LITERAL:
        return {av}  # type: ignore[arg-type]
    if op is not sre_constants.IN:
        return None
    out: set[int] = set()
    for o, a in av:  # type: ignore[attr-defined]
        if o is sre_constants.LITERAL:
            out.add(a)
        elif o is sre_constants.RANGE:
            out.update(range(a[0], a[1] + 1))
        else:
            return None  # a category or a negated class
    return out


def test_every_badness_alternative_holds_what_maybe_bad_looks_for() -> None:
    # MAYBE_BAD finds a C1 control, Œ, œ, Ã or Â, or two non-ASCII characters in a
    # row: each alternative of ftfy's test must need one of those
    singles = set(range(0x80, 0xA0)) | {ord(c) for c in "ŒœÃÂ"}
    ((op, av),) = sre_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert op is sre_constants.BRANCH
    for alternative in av[1]:
        items = [_chars_of(o, a) for o, a in alternative.data]
        single = any(s is not None and s <= singles for s in items)
        pair = any(
            a is not None and b is not None and min(a) >= 0x80 and min(b) >= 0x80
            for a, b in pairwise(items)
        )
        assert single or pair, alternative


@settings(max_examples=300)
@given(MOJIBAKE_SOURCES, st.sampled_from(["latin-1", "cp1252", "cp1251", "cp1253", "macroman"]))
def test_fix_encoding_is_ftfy_fix_encoding(source: str, encoding: str) -> None:
    text = source.encode("utf-8").decode(encoding, errors="replace")
    assert _fix_encoding(text) == ftfy.fix_encoding(text)
    assert not is_bad(text) or MAYBE_BAD.search(text)
