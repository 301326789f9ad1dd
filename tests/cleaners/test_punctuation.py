"""The space lost after punctuation (cleaners.punctuation)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Chain, Document
from cleaners.punctuation import (
    COMMA_BEFORE_WORD,
    GLUED_AFTER_PUNCTUATION,
    STOP_BEFORE_WORD,
    SpaceAfterPunctuation,
)

fix = SpaceAfterPunctuation().fix


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the minister said.The meeting", "the minister said. The meeting"),
        ("in 2019.The year after", "in 2019. The year after"),
        ("Really?Yes, he said", "Really? Yes, he said"),
        ("he said.”The next day", "he said.” The next day"),
        ("on the sidelines of the event,Thanh said", "on the sidelines of the event, Thanh said"),
        ("organised,emerging crimes", "organised, emerging crimes"),
        ("first;then second", "first; then second"),
        ("and then...The end", "and then... The end"),
    ],
)
def test_lost_spaces_come_back(before: str, after: str) -> None:
    assert fix(before) == after


@pytest.mark.parametrize(
    "text",
    [
        "the U.S. economy and the U.S.A.",
        "growth of 3.5% and 1,000 people",
        "e.g. this, i.e. that",
        "No.1 seed and Vol.2 of the series",
        "visit www.vna.vn or https://example.org/a.B?x=1,y=2",
        "write to news@example.org.Thanks",
        "shop at Amazon.Com and Booking.com",
        "TL;DR and ASP.NET and NASA.Gov",
        "version 2.0.1 of node.js",
        "the @handle.Name and #tag",
    ],
)
def test_what_is_whole_stays_whole(text: str) -> None:
    assert fix(text) == text


def test_only_spaces_are_inserted_and_recorded() -> None:
    doc = Document(["He left.The end,Thanh said"])
    Chain(["space_after_punctuation"]).run(doc)
    assert doc.paragraphs == ["He left. The end, Thanh said"]
    assert [(c.action, c.text, c.position) for c in doc.changes] == [
        ("insert", " ", 8),
        ("insert", " ", 16),
    ]


#: The stop pattern as first written (an alternation first); the one in use opens
#: with a character class and must find the same matches.
STOP_BEFORE_WORD_REFERENCE = re.compile(r"(?:[.!?]+|…)[\"”’)\]]*(?=[A-Z][a-z])")


@settings(max_examples=500)
@given(st.text(alphabet='.!?…"”’)]Aab ', max_size=16))
def test_stop_pattern_finds_what_the_alternation_did(text: str) -> None:
    spans = [m.span() for m in STOP_BEFORE_WORD.finditer(text)]
    assert spans == [m.span() for m in STOP_BEFORE_WORD_REFERENCE.finditer(text)]


@settings(max_examples=500)
@given(st.text(alphabet='.!?…,;"”’)]Aab1 é', max_size=16))
def test_the_cheap_search_finds_whatever_the_patterns_can(text: str) -> None:
    if not GLUED_AFTER_PUNCTUATION.search(text):
        assert not STOP_BEFORE_WORD.search(text) and not COMMA_BEFORE_WORD.search(text)
