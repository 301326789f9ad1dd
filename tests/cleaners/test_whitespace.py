"""normalize_whitespace's cheap test against the single search it replaced, and
the paragraph splitter."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Chain, Document
from cleaners.whitespace import (
    INVISIBLE,
    LINE_BREAKS,
    OTHER_SPACE_CHARS,
    NormalizeWhitespace,
    needs_work,
    split_paragraphs,
)

#: The test as one regex: space at either end, two spaces or tabs in a row,
#: whitespace other than a space, an invisible character.
NEEDS_WORK_REFERENCE = re.compile(f"^\\s|\\s$|[ \\t]{{2}}|[^ \\S]|{INVISIBLE.pattern}")


def test_other_space_chars_are_every_whitespace_but_the_space() -> None:
    listed = re.compile(f"[{OTHER_SPACE_CHARS}]")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert bool(listed.match(c)) == (c.isspace() and c != " "), hex(code)


@settings(max_examples=500)
@given(st.text(alphabet=" \t\n\r\u00a0\u2009\u3000\u200b\u00ad\x85\x7f\x1cab.\u2028é", max_size=10))
def test_needs_work_answers_as_the_single_search(text: str) -> None:
    assert needs_work(text) == bool(NEEDS_WORK_REFERENCE.search(text))


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_needs_work_answers_as_the_single_search_on_any_text(text: str) -> None:
    assert needs_work(text) == bool(NEEDS_WORK_REFERENCE.search(text))


def test_clean_paragraphs_are_left_alone_and_others_fixed() -> None:
    fix = NormalizeWhitespace().fix
    assert fix("Vietnam’s police – “INTERPOL”") == "Vietnam’s police – “INTERPOL”"
    assert fix("Not\u00adfall\u200b  daten\u00a0satz\t") == "Notfall daten satz"


def test_split_paragraphs_joins_hard_wrapped_lines() -> None:
    text = "Headline\n\nThe police chiefs of\nthe region met.\nThey agreed.\r\n"
    assert split_paragraphs(text) == [
        "Headline",
        "The police chiefs of the region met.",
        "They agreed.",
    ]


#: The line-break pattern as first written (an alternation first).
LINE_BREAKS_REFERENCE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@settings(max_examples=500)
@given(st.text(alphabet="\r\n\u2028\u2029\x0b\x0c\x85 ab", max_size=14))
def test_line_breaks_are_what_the_alternation_found(text: str) -> None:
    assert LINE_BREAKS.sub("\n", text) == LINE_BREAKS_REFERENCE.sub("\n", text)
    assert split_paragraphs(text) == split_paragraphs(LINE_BREAKS_REFERENCE.sub("\n", text))


def test_every_kind_of_line_break_splits_paragraphs() -> None:
    text = "One.\r\nTwo.\rThree.\u2028Four.\u2029Five.\x0bSix.\x0cSeven.\x85Eight."
    assert split_paragraphs(text) == [
        "One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight."
    ]  # fmt: skip


def test_joiners_at_a_paragraphs_ends_go_and_a_line_of_them_alone_with_them() -> None:
    # a zero-width non-joiner is a letter's business inside a word (Persian
    # "می‌خواهم"), nothing at either end; a line of them alone is a page's spacer
    doc = Document(["می\u200cخواهم بروم.\u200c", "\u200c", "\u200d \u200c", "Next."])
    Chain(["normalize_whitespace"]).run(doc)
    assert doc.paragraphs == ["می\u200cخواهم بروم.", "Next."]
