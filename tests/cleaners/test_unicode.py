"""fix_unicode's cheap test (``needs_ftfy``) against the searches it stands for,
and the fix itself on mojibake, entities and clean text."""

from __future__ import annotations

import unicodedata

import ftfy
import pytest
from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.base import Document, diff_edit
from cleaners.unicode import (
    FTFY_CONFIG,
    SUSPECT,
    FixUnicode,
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
def test_needs_ftfy_never_skips_what_ftfy_changes(text: str) -> None:
    assert needs_ftfy(text) or fix_text(text) == text


#: Mojibake of these strings, by the encodings ftfy tries.
MOJIBAKE_SOURCES = st.text(
    alphabet="aé ñ’“”–—…€™ü\ufb01\u00a0\u2019Ø文\x85<&;\n", min_size=1, max_size=12
)


@settings(max_examples=300)
# (UTF-8 read as cp437, cp1251 or MacRoman is not looked for by the cheap test:
# web text is mis-decoded as Windows-1252 or Latin-1)
@given(MOJIBAKE_SOURCES, st.sampled_from(["latin-1", "cp1252"]))
def test_needs_ftfy_never_skips_mojibake_ftfy_fixes(source: str, encoding: str) -> None:
    text = source.encode("utf-8").decode(encoding, errors="replace")
    assert needs_ftfy(text) or fix_text(text) == text


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_needs_ftfy_never_skips_any_text_ftfy_changes(text: str) -> None:
    assert needs_ftfy(text) or fix_text(text) == text
