"""Page widgets after the article's end (cleaners.widgets)."""

from __future__ import annotations

import pytest

from cleaners import Chain, Document

ARTICLE = [
    "Klarmobil is cutting the price of its ten-gigabyte plan on the Vodafone network to "
    "5.99 euros a month for new customers who sign up before Sunday.",
    "The plan runs for two years; after that the monthly fee rises to 14.99 euros unless "
    "the customer cancels in time.",
    "Compared with the yearly packages of the discount brands, the plan saves almost 40 "
    "euros over its term. The network is the better one, too.",
]
#: Section headings with nothing under them, tab labels, a shop line, thanks.
WIDGETS = [
    "Neue Vodafone-Bilder",
    "Videos rund um Vodafone",
    "- Neueste",
    "- Beliebte",
    "Vodafone Aktienkurs",
    "Beiträge aus dem Forum",
    "Weiterführende Links",
    "Ab 06:45 Uhr Powerbank mit Handkurbel Original-Preis 59,99 € Ersparnis 9 €",
    "Vielen Dank!",
]


def drop(paragraphs: list[str]) -> list[str]:
    doc = Document(list(paragraphs), language="de")
    Chain(["drop_widget_tail"]).run(doc)
    return doc.paragraphs


def test_a_tail_of_empty_section_headings_goes() -> None:
    assert drop([*ARTICLE, *WIDGETS]) == ARTICLE


def test_what_was_removed_is_recorded() -> None:
    doc = Document([*ARTICLE, *WIDGETS], language="de")
    Chain(["drop_widget_tail"]).run(doc)
    assert [c.text for c in doc.changes] == WIDGETS
    assert {c.cleaner for c in doc.changes} == {"drop_widget_tail"}


@pytest.mark.parametrize(
    "tail",
    [
        # an event box: titles over data lines, the last one a time
        ["Michael Anastassiades", "Jewels after Jewels", "Flos Showroom, Milan", "9.30 / 19.00"],
        # the article's own closing section: a subheading with its lines under it
        ["Programm für alle Sinne", "Ein Markt mit Kunsthandwerk, Schmuck und Design.",
         "Stände", "Kinder basteln am Nachmittag."],
        # a list a colon introduces
        ["Die Preise:", "Erwachsene", "Kinder", "Familien", "Gruppen"],
        # tab labels alone: no heading stands empty above another
        ["- Haberler", "- Spor", "- Futbol", "- Galatasaray"],
        # the article's closing list of names, no colon: no widget's word names a line
        ["Die Nominierten", "Anna Berger", "Peter Schmidt", "Jana Hoffmann", "Lukas Wagner"],
    ],
)  # fmt: skip
def test_an_articles_own_closing_lines_stay(tail: list[str]) -> None:
    assert drop([*ARTICLE, *tail]) == [*ARTICLE, *tail]


def test_a_short_tail_stays() -> None:
    assert drop([*ARTICLE, "Neue Bilder", "Videos"]) == [*ARTICLE, "Neue Bilder", "Videos"]


@pytest.mark.parametrize(
    "tail",
    [["Фото дня", "Видео недели", "Самое читаемое", "Темы недели"],
     ["Päivän kuvat", "Videot", "Luetuimmat", "Aiheet"],
     ["Φωτογραφίες", "Βίντεο", "Δημοφιλή", "Θέματα"]],
)  # fmt: skip
def test_a_tail_of_widget_headings_goes_in_every_detected_language(tail: list[str]) -> None:
    """The widget section names (pictures, videos, most read, topics) of the
    languages the detector names beyond the major ones back the tail's shape."""
    assert drop([*ARTICLE, *tail]) == ARTICLE
