"""Story cards: other stories' headlines found by what they are
(cleaners.related_cards, run by drop_related)."""

from __future__ import annotations

import pytest

from cleaners import Chain, Document, clean_text
from cleaners.related_cards import card_line, continues

#: An article about a tram line, in short paragraphs.
ARTICLE = [
    "MANCHESTER – Councillors approved a £1.2bn extension of the Metrolink tram network to the "
    "airport's new terminal on Tuesday, despite objections from residents along the route.",
    "The tram line will branch off the existing airport spur and run alongside the motorway "
    "before ending in an underground stop beneath the terminal.",
    "Residents had argued that construction traffic would disrupt the area for three years and "
    "that the tram route would cut through a playing field used by local schools.",
    "The council leader told the planning committee the tram scheme had been changed twice to "
    "reduce its impact on residents near the route.",
    "Work on the extension is expected to start next spring, with the first trams running in "
    "2029 if the government confirms its share of the funding.",
]
#: Other stories' headlines: no full stop, nothing of the tram article's vocabulary.
HEADLINES = [
    "Kansas wheat farmers brace for smallest harvest in a decade",
    "Louvre shuts two galleries as Vermeer's Lacemaker moves downstairs",
    "Chilean copper output slumps as strikes idle northern mines",
    "Osaka scientists grow cartilage that repairs knee injuries in pigs",
]
#: A lead sentence under each headline.
LEADS = [
    "Dry winter weather withered seedlings across the Great Plains, growers said on Monday.",
    "The museum expects the renovation of its Dutch painting rooms to last until autumn.",
    "Output at the world's largest producer of the metal fell for a third month in October.",
    "Human trials could begin within two years, according to the university's hospital.",
]


def drop(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = Document(list(paragraphs), language=language)
    Chain(["drop_related"]).run(doc)
    return doc.paragraphs


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize("bullet", ["", "• ", "▪ "])
def test_a_tail_of_headlines_without_heading_goes(count: int, bullet: str) -> None:
    assert drop([*ARTICLE, *(bullet + h for h in HEADLINES[:count])]) == ARTICLE


def test_headlines_with_their_leads_go() -> None:
    cards = [line for pair in zip(HEADLINES[:3], LEADS[:3], strict=True) for line in pair]
    assert drop([*ARTICLE, *cards]) == ARTICLE


@pytest.mark.parametrize(
    "dress",
    [
        lambda h: f"{h} 05.12.2026",
        lambda h: f"14:32 {h}",
        lambda h: f"{h} 4 min read",
        lambda h: f"World: {h}",
    ],
)
def test_headlines_with_dates_times_and_kickers_go(dress: object) -> None:
    assert callable(dress)
    assert drop([*ARTICLE, *(dress(h) for h in HEADLINES[:3])]) == ARTICLE


def test_kicker_lines_above_the_headlines_go() -> None:
    cards = ["Business", HEADLINES[0], "Culture", HEADLINES[1], "Science", HEADLINES[3]]
    assert drop([*ARTICLE, *cards]) == ARTICLE


def test_a_box_of_headlines_between_paragraphs_goes() -> None:
    assert drop([*ARTICLE[:2], *HEADLINES[:3], *ARTICLE[2:]]) == ARTICLE


@pytest.mark.parametrize("heading", ["Elsewhere", "What else is happening", "In other news"])
def test_a_box_under_a_heading_no_word_list_names_goes(heading: str) -> None:
    assert drop([*ARTICLE[:2], heading, *HEADLINES[:3], *ARTICLE[2:]]) == ARTICLE
    assert drop([*ARTICLE, heading, *HEADLINES[:3]]) == ARTICLE


def test_a_lone_headline_after_the_last_paragraph_goes() -> None:
    assert drop([*ARTICLE, HEADLINES[2]]) == ARTICLE


def test_a_closing_headline_in_the_articles_words_stays() -> None:
    closing = "Tram extension to airport terminal approved by councillors"
    assert drop([*ARTICLE, closing]) == [*ARTICLE, closing]


def test_subheadings_in_the_articles_words_stay() -> None:
    text = [
        *ARTICLE[:2],
        "Residents fear years of construction traffic",
        *ARTICLE[2:4],
        "Tram funding still waits for the government",
        ARTICLE[4],
    ]
    assert drop(text) == text


def test_a_list_the_article_introduces_stays() -> None:
    listing = [
        "Other schemes the council will vote on next month:",
        "Bus lanes along Oxford Road in the city centre",
        "A cycle bridge over the Irwell at Salford Quays",
        "New pedestrian crossings near Piccadilly Gardens",
    ]
    assert drop([*ARTICLE, *listing]) == [*ARTICLE, *listing]


def test_a_results_table_and_a_dated_list_stay() -> None:
    table = [
        "1 Kyle Busch 5040 5 1 17 27",
        "2 Martin Truex Jr. 5035 7 0 15 24",
        "3 Kevin Harvick 5033 4 6 15 26",
    ]
    dates = [
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
        "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
        "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
    ]
    for listing in (table, dates):
        assert drop([*ARTICLE, *listing]) == [*ARTICLE, *listing]


def test_references_with_addresses_stay() -> None:
    references = [
        "Khamenei issues ruling on insults http://example.org/2011/09/07/ruling/",
        "Scholars on the companions of the prophet http://example.net/archives/2364",
    ]
    assert drop([*ARTICLE, *references]) == [*ARTICLE, *references]


def test_closing_lines_that_refer_back_stay() -> None:
    closing = [
        "He said construction would start next spring in Wythenshawe",
        "They expect the first passengers in Ringway by the end of 2029",
    ]
    assert drop([*ARTICLE, *closing]) == [*ARTICLE, *closing]


#: The same in German, French and Spanish: an article, other stories' headlines
#: (each with a teaser's count of rare words: between paragraphs, where the
#: place is no evidence, a headline of common words stays).
OTHER_LANGUAGES = {
    "de": (
        [
            "Berlin. Der Senat hat am Dienstag den Ausbau der Straßenbahn nach Steglitz "
            "beschlossen, trotz der Einwände vieler Anwohner entlang der Strecke.",
            "Die neue Straßenbahnlinie soll vom Rathaus Steglitz über die Schloßstraße bis "
            "zum Bahnhof Lichterfelde Ost führen und rund 180 Millionen Euro kosten.",
            "Anwohner befürchten jahrelange Bauarbeiten und den Verlust von Parkplätzen in "
            "der Schloßstraße, wo viele Geschäfte auf Kundschaft mit dem Auto setzen.",
            "Der Senat rechnet damit, dass die ersten Bahnen im Jahr 2031 fahren, sofern "
            "der Bund seinen Anteil an der Finanzierung zusagt.",
        ],
        [
            "Giftige Rauchwolke über Lichtenberg: Feuerwehr warnt Bürger",
            "Zoll stoppt Schmuggler mit Kokain im Hamburger Hafen",
            "Eisheilige bringen Bodenfrost in Brandenburgs Obstplantagen",
        ],
    ),
    "fr": (
        [
            "Lyon. Le conseil métropolitain a voté mardi le prolongement de la ligne de "
            "tramway jusqu'à l'aéroport Saint-Exupéry, malgré l'opposition des riverains.",
            "La nouvelle ligne longera l'autoroute avant de rejoindre une station souterraine "
            "sous le terminal, pour un coût estimé à 400 millions d'euros.",
            "Les riverains redoutent trois années de chantier et la disparition d'un terrain "
            "de football utilisé par les écoles du quartier.",
            "Les premières rames devraient circuler en 2029 si l'État confirme sa part du "
            "financement du projet de tramway.",
        ],
        [
            "Incendie en Corse : des centaines d'hectares ravagés près de Bastia",
            "Les ostréiculteurs d'Arcachon inquiets face aux algues toxiques",
            "Pénurie de beurre : les boulangers bretons s'inquiètent",
        ],
    ),
    "es": (
        [
            "Sevilla. El Ayuntamiento aprobó el martes la ampliación del tranvía hasta el "
            "aeropuerto de San Pablo, pese a las protestas de los vecinos del trazado.",
            "La nueva línea del tranvía discurrirá junto a la autovía y terminará en una "
            "parada subterránea bajo la terminal, con un coste de 300 millones de euros.",
            "Los vecinos temen tres años de obras y la pérdida de un campo de fútbol que "
            "usan los colegios del barrio.",
            "Los primeros tranvías circularían en 2029 si el Gobierno confirma su parte de "
            "la financiación del proyecto.",
        ],
        [
            "Detenida una red de estafadores que vaciaba cuentas de jubilados en Málaga",
            "El Real Madrid ficha a un joven delantero brasileño",
            "La ola de calor dispara el consumo eléctrico en Andalucía",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_headline_tails_and_boxes_go_in_other_languages(language: str) -> None:
    article, headlines = OTHER_LANGUAGES[language]
    assert drop([*article, *headlines], language) == article
    assert drop([*article[:2], *headlines, *article[2:]], language) == article


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Kansas wheat farmers brace for smallest harvest in a decade", "headline"),
        ("Dry winter weather withered seedlings across the Great Plains.", "lead"),
        ("Wirtschaft", "kicker"),
        ("05.12.2026", "kicker"),
        ("1 Kyle Busch 5040 5 1 17 27", None),
        ("Ruling on insults http://example.org/ruling/", None),
    ],
)
def test_card_line_kinds(line: str, kind: str | None) -> None:
    assert card_line(line) == kind


@pytest.mark.parametrize(
    ("line", "refers_back"),
    [
        ("'Whingers' Harry and Meghan 'won't recover' from snub", False),
        ("“We will win the final next week", True),
        ("Er forderte einen Neuanfang für die Partei", True),
        ("Elle a quitté le parti en 2019", True),
    ],
)
def test_references_back(line: str, refers_back: bool) -> None:
    assert continues(line) is refers_back


def test_a_tail_whose_headlines_are_all_the_articles_ends_in_no_error() -> None:
    """Share buttons shaped as headlines, then section kickers: once every
    headline of the run is read as the text's own, what is left of the run
    is kickers alone, and the text comes back (it raised IndexError)."""
    lines = [
        "Box aufklappen Box zuklappen",
        "Schweiz: «Der Zug ist noch lange nicht abgefahren»",
        "Hinweis auf einen verwandten Artikel:",
        "Streit um die Bahnreform",
        "«Ein teurer Versuch der Schadensbegrenzung»",
        "12.03.2024 Mit Video",
        "Klicken, um die Teilen-Funktion zu öffnen. Teilen Zu den Kommentaren springen.",
        "Schliessen",
        "Auf Facebook teilen Facebook",
        "Per WhatsApp teilen WhatsApp",
        "Per E-Mail teilen E-Mail",
        "Link kopieren Link kopieren",
        "News",
        "Schweiz",
    ]
    out = clean_text("\n".join(lines))
    # the text's headlines come back; the share bar below them, six labels in
    # a row, goes as a menu (drop_page_furniture's rule "menu")
    assert "Streit um die Bahnreform" in out and "«Ein teurer Versuch" in out


#: Cards on the article's own subject (a tram and a council: no headline is
#: alien to it), each with its stamp: author, date, reading time.
TOPICAL_CARDS = [
    "Tram extension: what the new route means for your commute",
    "Commuters along the airport line will wait longer for trams during the works.",
    "Jane Roe 12.03.2024 4 min",
    "Councillors split over the cost of the tram scheme",
    "The council's finance chief warned the budget could not carry another overrun.",
    "John Doe, Ann Lee 02.03.2024 6 min",
    "Kommentar",
    "Why the tram to the airport took twenty years",
    "Sam Poe 21.02.2024 3 min",
]


def test_cards_with_stamps_go_whatever_their_subject() -> None:
    assert drop([*ARTICLE, *TOPICAL_CARDS]) == ARTICLE
    # the same in German, on any page: the stamps are the evidence, not the words
    assert drop([*ARTICLE, *TOPICAL_CARDS], language="de") == ARTICLE


def test_dated_lines_in_a_row_or_with_dates_between_are_the_articles_list() -> None:
    tour = [
        "The band's tour dates:",
        "June 17 – Nashville, TN",
        "June 19 – Charlotte, NC @ PNC Music Pavilion and Amphitheatre",
        "June 24 – Bristow, VA",
        "June 26 – Allentown, PA @ PPL Center and the Arena Hall",
        "July 2 – Uncasville, CT",
    ]
    assert drop([*ARTICLE, *tour]) == [*ARTICLE, *tour]
    # stamps one after another are a list's items, not cards
    stamps = ["Jane Roe 12.03.2024", "John Doe 02.03.2024", "Sam Poe 21.02.2024"]
    assert drop([*ARTICLE, *stamps]) == [*ARTICLE, *stamps]


def test_two_stamped_cards_are_too_few_to_tell() -> None:
    two = TOPICAL_CARDS[:6]
    assert drop([*ARTICLE, *two]) == [*ARTICLE, *two]
