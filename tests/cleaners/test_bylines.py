"""Datelines, bylines and sign-offs (cleaners.bylines)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Chain, Document, clean
from cleaners.bylines import (
    DATE_DAY_MONTH,
    DATE_ISO,
    DATE_MONTH_DAY,
    DATE_NUMERIC,
    YEAR_DIGITS,
    ExtractByline,
    is_sign_off,
    parse_byline,
    parse_dateline,
)

LEAD = "PSNews – A working delegation of the ministry worked with Interpol in Lyon on April 11."
BODY = "The two sides agreed to share information on transnational crime and fugitives."


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Thứ Hai, 16/04/2018, 14:28", "2018-04-16T14:28"),
        ("Chủ Nhật, 3/3/2021", "2021-03-03"),
        ("Published: 3 March 2021 09:15", "2021-03-03T09:15"),
        ("Updated 14:02 GMT, Mar 3, 2021", "2021-03-03T14:02"),
        ("March 3, 2021 at 9:15 p.m. ET", "2021-03-03T21:15"),
        ("Posted on Wednesday, November 20th, 2019", "2019-11-20"),
        ("2019-11-20T08:30:00Z", "2019-11-20T08:30"),
        ("11/20/2019", "2019-11-20"),  # month first only when the day cannot be the month
    ],
)
def test_datelines_are_parsed(line: str, iso: str) -> None:
    found = parse_dateline(line)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        "The meeting ended on 3 March 2021.",
        "Prices rose 3.5% in 2021, officials said on Monday, March 3.",
        "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX",
        "32/13/2020",
    ],
)
def test_sentences_with_dates_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By An Nhien", "An Nhien"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Ludwig van Beethoven, Staff Writer", "Ludwig van Beethoven"),
        ("Written by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        # the word for "by", or an "Author:" label, of the other languages; a
        # name's capital in any script
        ("Von Anna Berg", "Anna Berg"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Por María López", "María López"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("Av Ola Nordmann", "Ola Nordmann"),
        ("Oleh Budi Santoso", "Budi Santoso"),
        ("Autor: Šimon Novák", "Šimon Novák"),
        ("Автор: Юлия Иванова", "Юлия Иванова"),
        ("Szerző: Kovács Péter", "Kovács Péter"),
        ("Kirjoittaja: Matti Virtanen", "Matti Virtanen"),
        ("By Ólafur Arnalds", "Ólafur Arnalds"),
    ],
)
def test_bylines_give_the_author(line: str, author: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0] == author


@pytest.mark.parametrize(
    ("line", "author", "iso"),
    [
        ("5:45 AM PST 11/19/2019 by Patrick Shanley", "Patrick Shanley", "2019-11-19T05:45"),
        ("Posted on 3 March 2021 by Jane Doe", "Jane Doe", "2021-03-03"),
        ("12.03.2021 von Anna Berg", "Anna Berg", "2021-03-12"),
    ],
)
def test_a_dateline_then_by_and_a_name_is_a_dated_byline(line: str, author: str, iso: str) -> None:
    found = parse_byline(line)
    assert found is not None and found[0] == author
    assert found[1] is not None and found[1].iso() == iso


@pytest.mark.parametrize(
    "line",
    [
        "In 2019 the plant was bought by Siemens AG",
        "On 3 March 2021 the bill was signed by the president",
        "3 March 2021 by the river",
    ],
)
def test_a_sentence_with_a_date_and_by_is_no_dated_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line",
    ["By the end of the year, prices rose.", "By 2030 the city wants clean buses", "By",
     "Von Montag an gilt die Regel.", "Von Berlin nach Hamburg", "Por la tarde llovió.",
     "Par ailleurs, le maire a démissionné.", "Door de regen werd het feest afgelast.",
     "Di recente è stato aperto.", "Av og til regner det."],
)  # fmt: skip
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", ["VNA", "(Reuters)", "— AFP", "-AP-", "Xinhua", "VNA/VNP"])
def test_sign_offs(line: str) -> None:
    assert is_sign_off(line)


@pytest.mark.parametrize("line", ["Vietnam", "(Reuters) The lead.", "APPLE", "Photo: VNA"])
def test_not_sign_offs(line: str) -> None:
    assert not is_sign_off(line)


def test_dateline_and_byline_fill_the_article() -> None:
    text = f"Headline about Interpol\n\nThứ Hai, 16/04/2018, 14:28\n{LEAD}\n\n{BODY}\nBy An Nhien"
    article = clean(text)
    assert (article.published, article.author) == ("2018-04-16T14:28", "An Nhien")
    assert "14:28" not in article.text and "An Nhien" not in article.text
    assert article.text.startswith("PSNews – ")  # the source tag is part of the lead


def test_hints_win_over_what_is_found() -> None:
    text = f"Thứ Hai, 16/04/2018, 14:28\n\n{LEAD}\n\n{BODY}\n\nBy An Nhien"
    article = clean(text, author="Desk", published="2018-04-17")
    assert (article.author, article.published) == ("Desk", "2018-04-17")
    assert "An Nhien" not in article.text


def test_end_marker_and_sign_off_leave_the_body_but_the_source_tag_stays() -> None:
    doc = Document(["Santiago (VNA) – The lead sentence.", "The last paragraph./.", "VNA"])
    Chain(["drop_signoff"]).run(doc)
    assert doc.paragraphs == ["Santiago (VNA) – The lead sentence.", "The last paragraph."]
    assert [c.action for c in doc.changes] == ["remove", "remove"]


def test_a_lone_agency_above_the_lead_leaves_the_body() -> None:
    doc = Document(["AA", "Istanbul police detained 15 suspects on Monday.", "The end."])
    Chain(["drop_signoff"]).run(doc)
    assert doc.paragraphs == ["Istanbul police detained 15 suspects on Monday.", "The end."]
    assert [(c.cleaner, c.text) for c in doc.changes] == [("drop_signoff", "AA")]


def test_a_lone_agency_in_the_middle_stays() -> None:
    doc = Document(["The lead.", "VNA", "The end."])
    Chain(["drop_signoff", "extract_byline", "extract_dateline"]).run(doc)
    assert doc.paragraphs == ["The lead.", "VNA", "The end."]
    assert doc.changes == []


@settings(max_examples=300)
@given(st.text(alphabet="0123456789/.-: TZ+ March Mon,st", max_size=30))
def test_a_date_needs_four_digits_in_a_row(text: str) -> None:
    """find_date's cheap test: without a four-digit year no date pattern matches."""
    if not YEAR_DIGITS.search(text):
        assert not any(
            p.search(text) for p in (DATE_ISO, DATE_NUMERIC, DATE_DAY_MONTH, DATE_MONTH_DAY)
        )


@pytest.mark.parametrize(
    ("by", "name"), [("By", "Ryan Reed"), ("von", "Michelle de Oliveira"), ("Par", "Jean Dupont")]
)
def test_a_byline_split_over_two_lines_gives_the_author(by: str, name: str) -> None:
    doc = Document(["The council met on Monday.", by, name, "It voted for the plan."])
    ExtractByline()(doc)
    assert doc.author == name
    assert doc.paragraphs == ["The council met on Monday.", "It voted for the plan."]


def test_by_alone_over_a_sentence_is_no_byline() -> None:
    lines = ["The council met on Monday.", "By", "the river, the town grew.", "It voted."]
    doc = ExtractByline()(Document(list(lines)))
    assert doc.author is None and doc.paragraphs == lines
