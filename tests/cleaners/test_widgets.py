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


# -------- drop_headline_tail: a rail of other stories' headlines ends the text

STORY = [
    "More than a third of the company's 12,000 employees will likely receive notice this "
    "week that they no longer have a job.",
    "In an email sent by the chairman, employees were told that layoffs would begin in the "
    "United States and that a planned meeting was postponed.",
    "A person familiar with the matter said staff in the legal and human resources "
    "departments would be told on Monday. The company declined to comment.",
]
#: A "Popular" rail read as text: headlines on the article's own subject too,
#: with its title, a count and a stamp between them.
RAIL = [
    "Popular",
    "Avery Hall pays $30M for Gowanus site",
    "StreetEasy hikes rental listing fees, forces manual entry",
    "1",
    "Another head rolls at the co-working giant",
    "Regulators open a probe into the company's accounts",
    "World 2 days ago",
    "SoftBank's $3B payout to investors is delayed...",
]


def drop_tail(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = Document(list(paragraphs), language=language)
    Chain(["drop_headline_tail"]).run(doc)
    return doc.paragraphs


def test_a_rail_of_headlines_that_ends_the_text_goes() -> None:
    # from the first headline down: its count, its stamp and the headline the
    # page cut short go with it; the title above the first headline stays
    assert drop_tail([*STORY, *RAIL]) == [*STORY, "Popular"]


def test_the_rail_goes_in_any_language() -> None:
    rail = [
        "Ostatnie przygotowania do pokoju w Genewie",
        "Nieoficjalnie: Chiny zaoferowały Iranowi pomoc",
        "2 godz. temu",
        "Europejski myśliwiec przyszłości może nie powstać",
        "Kolejny atak na synagogę w Londynie",
        "Marynarka wojenna USA wkracza w erę rakiet hipersonicznych",
    ]
    assert drop_tail([*STORY, *rail], language="pl") == STORY


def test_bare_unpunctuated_lines_after_the_prose_stay() -> None:
    """No label, stamp or count among them: the page's marks are what tell a
    rail from the article's own list of unpunctuated lines."""
    listing = [RAIL[1], RAIL[2], RAIL[4], RAIL[5], "Hospital opens new children's ward"]
    assert drop_tail([*STORY, *listing]) == [*STORY, *listing]


def test_a_rail_of_story_cards_goes() -> None:
    """A card: a headline, its one-sentence summary, its section's label."""
    cards = [
        "Breaking Down the Fallout from the Ambassador's Testimony",
        "There were fireworks aplenty during the hearing on Friday.",
        "Economy & Business",
        "Paul Krugman: Always Wrong, Never in Doubt",
        "The chairman told the committee there was no reason to think so.",
        "Video",
        "District Poll Numbers Are Bad for the Congresswoman",
        "Elections",
        "Marco Rubio's Half-Baked Political Philosophy",
        "I am a great believer in the senator and his intentions.",
        "The Welfare Magnet for Immigrants Explained",
        "That term refers to a controversial concept.",
    ]
    assert drop_tail([*STORY, *cards]) == STORY


def test_an_article_ending_in_sections_of_prose_keeps_them() -> None:
    """Subheadings over paragraphs of two sentences or more are the article's."""
    sections = [
        line
        for n in range(6)
        for line in (
            f"What the fund bought in year {n + 1}",
            "The fund bought three warehouses. It paid less than the market expected.",
        )
    ]
    assert drop_tail([*STORY, *sections]) == [*STORY, *sections]


@pytest.mark.parametrize(
    "tail",
    [
        # four headlines: the article may close on a few lines of its own
        RAIL[1:3] + RAIL[4:6],
        # a list a colon introduces: the article's own
        ["These are the sites the fund bought this year:", *RAIL[1:3], *RAIL[4:6],
         "A warehouse in Red Hook for industrial tenants"],
        # the article's own data: one punctuation skeleton (dates and venues)
        ["June 20 – Raleigh, NC @ Red Hat Amphitheater", "June 22 – Atlanta, GA @ Lakewood",
         "June 24 – Tampa, FL @ Midflorida Arena", "June 26 – Austin, TX @ Moody Center",
         "June 28 – Denver, CO @ Red Rocks Amphitheatre"],
        # a recipe's ingredients under their heading, amounts first: the
        # heading and a short one read as the page's labels
        ["Ingredients", "250g green lentils", "2 large onions, finely sliced",
         "3 cloves of garlic", "1 tbsp smoked paprika", "400g tin of chopped tomatoes",
         "1 litre vegetable stock", "Olive oil, salt and pepper"],
        ["Zutaten", "250 g Linsen", "2 große Zwiebeln, in Ringe geschnitten",
         "3 Knoblauchzehen", "1 EL geräuchertes Paprikapulver", "400 g gehackte Tomaten",
         "1 l Gemüsebrühe", "Olivenöl, Salz und Pfeffer"],
        # headlines with a sentence of prose after them: subheadings of the article
        [*RAIL[1:3], *RAIL[4:6], "Rents in the borough rose by a fifth over the year, the "
         "figures published on Monday show."],
    ],
)  # fmt: skip
def test_an_articles_own_closing_lines_are_no_rail(tail: list[str]) -> None:
    assert drop_tail([*STORY, *tail]) == [*STORY, *tail]


def test_a_rail_of_dated_headlines_still_goes() -> None:
    """Dates open a rail's headlines now and then: they are no amounts."""
    rail = [
        "Latest",
        "14.03.2025 Hospital opens new children's ward",
        "13.03.2025 Council delays vote on tram line",
        "2 hours ago",
        "12.03.2025 Storm closes the harbour for two days",
        "3 March: Schools reopen after the flooding",
        "2 March: Rents rise again in the city",
    ]
    assert drop_tail([*STORY, *rail]) == [*STORY, "Latest"]


def test_a_text_of_headlines_alone_is_left_whole() -> None:
    """Without three lines of prose above, there is no article to end."""
    lines = [STORY[0], *RAIL[1:3], *RAIL[4:6], RAIL[7]]
    assert drop_tail(lines) == lines
