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
    ExtractDateline,
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
        # the other languages: month names, labels, weekdays and fillers
        ("Veröffentlicht am 16. Mai 2024 um 14:20 Uhr", "2024-05-16T14:20"),
        ("Mittwoch, 5. Juni 2024, 10:15 Uhr", "2024-06-05T10:15"),
        ("Publié le 16 mai 2024 à 14h20", "2024-05-16T14:20"),
        ("5 de mayo de 2024", "2024-05-05"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13"),
        ("Posted on Maret 30, 2015", "2015-03-30"),
        ("2024. március 5. 14:30", "2024-03-05T14:30"),
        ("2024 m. rugsėjo 5 d.", "2024-09-05"),
        ("Опубликовано 12 января 2025 в 09:41", "2025-01-12T09:41"),
        ("Objavljeno: 14. rujna 2024. u 10:15", "2024-09-14T10:15"),
        ("3. května 2024 v 14:20", "2024-05-03T14:20"),
        ("Pazartesi, 5 Haziran 2024", "2024-06-05"),
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
        "Am 16. Mai 2024 tagte der Rat zum letzten Mal.",
        "El 5 de mayo de 2024 se inauguró el puente.",
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


@pytest.mark.parametrize(
    "line",
    ["VNA", "(Reuters)", "— AFP", "-AP-", "Xinhua", "VNA/VNP",
     # the national agencies of the other languages the detector names
     "(MTI)", "— ČTK", "Hina", "ТАСС", "(ΑΠΕ-ΜΠΕ)", "연합뉴스", "İHA", "Keystone-SDA", "(PAP)",
     "Belga/AFP",
     # in full-width brackets, as Japanese papers set the agency
     "（共同）", "（時事）"],
)  # fmt: skip
def test_sign_offs(line: str) -> None:
    assert is_sign_off(line)


@pytest.mark.parametrize(
    "line", ["Vietnam", "(Reuters) The lead.", "APPLE", "Photo: VNA", "Tanjug je objavio"]
)
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


@pytest.mark.parametrize("initials", ["(kas)", "(ant/nov)", "(red/dpa)", "（jps）"])
def test_a_writers_initials_alone_on_the_last_line_leave_the_body(initials: str) -> None:
    body = ["Istanbul police detained 15 suspects on Monday.", "The trial opens in May."]
    doc = Document([*body, initials])
    Chain(["drop_signoff"]).run(doc)
    assert doc.paragraphs == body


@pytest.mark.parametrize("line", ["(Fortsetzung folgt)", "(1/3)", "(Updated)"])
def test_a_bracketed_last_line_of_other_words_stays(line: str) -> None:
    body = ["Istanbul police detained 15 suspects on Monday.", "The trial opens in May.", line]
    doc = Document(list(body))
    Chain(["drop_signoff"]).run(doc)
    assert doc.paragraphs == body


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


def test_a_live_blogs_day_headings_stay_its_dateline_goes() -> None:
    """The article's dateline stands under its headline; a live blog heads each
    day's entries with the day's date, between lines of prose: those stay."""
    paragraphs = [
        "Live: Storm Ciarán crosses the Channel",
        "Updated 28 August 2024, 09:15",
        "08:55: The ferry company cancelled its morning crossings.",
        "Wednesday, 28 August 2024",
        "07:30: Winds of 140 km/h were measured on the coast overnight.",
        "Tuesday, 27 August 2024",
        "22:10: The weather service raised its warning to the highest level.",
    ]
    doc = ExtractDateline()(Document(list(paragraphs)))
    assert doc.published == "2024-08-28T09:15"
    assert doc.paragraphs == [p for p in paragraphs if not p.startswith("Updated")]
