"""The article's own lists, tables and voices stay: ``bench.structures``'
tune cases (invented articles in 19 languages, each holding a timeline, key
points, advice, results, an interview, reactions, numbered sections or a fact
box)."""

from __future__ import annotations

import pytest

from bench.structures import load_cases, run
from cleaners import Chain, Document
from cleaners.related import list_like, names_someone
from cleaners.related_cards import has_score, results_rows
from cleaners.teasers import VOICE
from cleaners.widgets import chronology
from tests.cleaners.test_related import drop

#: Cases whose structure cleaning still takes, and why: the rules have no
#: evidence yet that tells these from other stories' lists.
KNOWN_GAPS = {
    # key points whose lines bring words the article does not use
    "20-pt-keyfacts": "key points with words the article does not use",
    # advice in a script without capitals: no name test, and few shared words
    "26-ko-tips": "Korean advice reads as other stories' leads",
    # dates on lines of their own over each event read as story cards' stamps
    "C17-ru-timeline": "dates on their own lines read as cards' stamps",
    # fact boxes: "Label: value" rows read as story cards (a rule keeping
    # label-value runs with figures kept real pages' contact and stamp lines,
    # and the dev pages' hand-checked bodies leave such boxes out)
    "D01-en-factbox": "'Label: value' rows read as story cards",
    "D06-pt-factbox": "'Label: value' rows read as story cards",
    "D09-pl-factbox": "label-value rows without a colon read as story cards",
    # ... or, at the end, as a run of other stories' leads
    "D03-fr-factbox": "bulleted figures at the end read as a bulleted related list",
    "D05-it-factbox": "a fact a line at the end reads as other stories' leads",
    "D07-nl-factbox": "bulleted facts at the end read as a bulleted related list",
    # steps and advice at the end that name places and services
    "D11-en-tips": "numbered steps naming services read as a related list",
    "D14-it-tips": "bulleted advice naming services reads as a related list",
    # listings ("Name – venue, day at 21 h, 12 €"): their lines are headlines by
    # shape, their fields' commas vary, and real headlines hold as many
    "G10-fr-listings": "event listings between paragraphs read as a box of story cards",
    "G12-id-listings": "event listings at the end read as story cards",
    # a review's box of "Label: value" rows at the end, as the fact boxes above
    "G13-pt-specs": "a specs box of 'Label: value' rows reads as a rail of headlines",
    "G14-cs-specs": "a specs box of 'Label: value' rows reads as a rail of headlines",
}

CASES = load_cases("tune")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN_GAPS[c.name], strict=True))
        if c.name in KNOWN_GAPS
        else c
        for c in CASES
    ],
    ids=[c.name for c in CASES],
)
def test_an_articles_own_structure_stays_whole(case) -> None:  # type: ignore[no-untyped-def]
    assert run(case).lost_alone == []


LIVE_BLOGS = [c for c in CASES if c.kind == "liveblog"]


@pytest.mark.parametrize("case", LIVE_BLOGS, ids=[c.name for c in LIVE_BLOGS])
def test_the_list_below_a_live_blog_goes_whole(case) -> None:  # type: ignore[no-untyped-def]
    # a live blog's posts are short lines about one event, some of them a
    # headline's size: the other stories' list below goes, every line of it
    # (one item sharing a word with a post stood as the article's, between
    # two removed parts of the list), and no post goes with it
    outcome = run(case)
    assert outcome.left == [] and outcome.lost_with_tail == []


def test_the_cases_cover_every_kind_in_many_languages() -> None:
    assert len(CASES) >= 50
    assert {c.kind for c in CASES} >= {
        "timeline", "keyfacts", "tips", "results", "qa", "reactions", "numbered", "factbox",
        "liveblog", "recipe", "letters", "verse", "listings", "specs",
    }  # fmt: skip
    assert len({c.lang for c in CASES}) >= 12


def test_a_timeline_opens_each_item_with_its_date() -> None:
    # any separator, when the years run forward
    assert chronology(["14 marca 2015, blokada drogi", "2 października 2017, umowa",
                       "6 września 2024, otwarcie obwodnicy"])  # fmt: skip
    # other stories opening with their dates run back from the newest
    assert not chronology(["14.03.2025 Hospital abre", "13.03.2025 Feira bate recorde",
                           "12.03.2025 Preço da água sobe"])  # fmt: skip
    assert chronology(["Wrzesień 2006 – zakład kończy pracę", "Marzec 2014 – gmina kupuje teren",
                       "15 marca 2025 – otwarcie centrum"])  # fmt: skip
    assert chronology(["1998: the plant opens", "2004: a second line", "2011: the strike"])
    # a date after a headline, or none, is a card's
    assert not chronology(["Bridge shut after cracks found 12.03.2024", "Markets fall again",
                           "Council votes on budget 11.03.2024"])  # fmt: skip


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("CD Vallebajo 3-1 Atlético Sierramar", True),
        ("Unia Miłków – Start Gronów 42:48", True),
        ("SC Castelmont – US Bréhan : 27-19", True),
        ("浜岡学園 7－2 白鷺台", True),
        ("14:05 市役所新庁舎、来年5月に開庁へ", False),  # a clock's time
        ("Kickoff moved to 20:30 after the storm", False),
        ("Season tickets for 2024-25 go on sale", False),  # a season, not a result
        ("12.10.2025 Ny kunstgressbane i Kvitsund åpnet", False),
    ],
)
def test_a_result_is_two_scores_not_a_time_or_a_date(line: str, score: bool) -> None:
    assert has_score(line) is score


def test_a_results_table_is_three_rows_of_results_running() -> None:
    rows = ["Brann – Molde 2–0", "Bodø/Glimt – Viking 3–3", "Rosenborg – Tromsø 1–2"]
    lines = ["Brann won at home on Sunday.", *rows, "Molde's coach resigns"]
    assert results_rows(lines, list(range(len(lines)))) == {1, 2, 3}
    # two headlines with a score each are no table
    pair = ["Brann won at home on Sunday.", "Brann beat Molde 2-0", "Viking held 3-3"]
    assert results_rows(pair, [0, 1, 2]) == set()


ROUND = [
    "Harwick stayed top of the Northern League with a hard-won home victory over Dunmore "
    "on Saturday, their fifth win in a row in front of a crowd of nearly two thousand.",
    "Dunmore led through an early header, but Harwick's captain Owen Blake levelled from "
    "the penalty spot before the break and substitute Liam Hurst won it late on.",
    "Manager Craig Dalton said his side had shown patience. They travel to the league's "
    "second-placed team next weekend.",
    "Results, round 24",
    "Harwick 2-1 Dunmore",
    "Castleford Town 0-0 Redbridge",
    "Ashby United 3-2 Millbrook",
    "Fenwick 1-4 Stanton Rovers",
    "Orchard Park 2-2 Kelso",
]


def test_a_round_of_results_under_a_report_stays() -> None:
    # the rows read as other stories' headlines: teams the report never names
    assert Chain.default().run(Document(list(ROUND))).paragraphs == ROUND


def test_other_stories_below_a_results_table_go_and_the_table_stays() -> None:
    others = [
        "Cricket club unveils new pavilion after fundraising drive",
        "Swimmer breaks county record at regional gala",
        "Golf society names new captain for the season",
        "Rugby club launches search for new coach",
    ]
    # the rows are no title over the block below them: they stay, it goes
    assert Chain.default().run(Document(ROUND + others)).paragraphs == ROUND


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("Renate Kiefer, Bäckerin: „Ohne die Schichtarbeiter kann ich hier zumachen.“", True),
        ("Claire Morel, maire : « Nous ne lâcherons rien sur ce dossier. »", True),
        ("Tom Hale (Labour): “We will fight for every single job here.”", True),
        ('Merz says "no" to a new tax', False),  # a quoted word is no quotation
        # a quoted phrase inside a headline is no voice
        ("Mayor calls the «plan a disgrace» in a row over trams", False),
        ("Council approves the new tram line for the city centre", False),
    ],
)
def test_a_voice_ends_its_line_with_a_quotation(line: str, quoted: bool) -> None:
    assert bool(VOICE.search(line)) == quoted


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Buvez de l'eau régulièrement, sans attendre d'avoir soif.", False),
        ("Ne laissez jamais un enfant dans une voiture. Appelez le 15.", False),
        ("Police in Leeds arrested two men on Monday.", True),
        ("Hauliers face overnight closures near Warrington for repairs.", True),
        ("초미세먼지 심할 때 외출을 자제하세요", None),  # no capitals: no test
    ],
)
def test_a_line_names_someone_by_a_capital_inside_a_sentence(line: str, named: bool | None) -> None:
    assert names_someone(line) == named


def test_advice_under_its_title_stays_and_named_leads_go() -> None:
    article = [
        "Temperatures will stay above 35 degrees across the south until Friday, the weather "
        "service said on Tuesday, and nights will bring little relief.",
        "Hospitals in the region have opened extra beds, and the city has kept its libraries "
        "open late as cool rooms for anyone who needs one.",
        "Doctors say older people and small children are most at risk, and that many cases of "
        "heatstroke could be avoided with simple steps.",
    ]
    advice = [
        "Staying safe in the heat",
        "- Drink water often, before you feel thirsty.",
        "- Keep shutters and windows closed during the day.",
        "- Avoid hard exercise between eleven and six.",
        "- Check on neighbours who live alone.",
    ]
    assert drop([*article, *advice]) == [*article, *advice]
    leads = [
        "- Police in Leeds arrested two men after a night of rioting on Monday.",
        "- Hauliers face overnight closures near Warrington for bridge repairs.",
        "- Archaeologists found a Roman coin hoard in a tunnel near Chester.",
        "- Cheshire's salmon anglers blame warmer rivers for an empty season.",
    ]
    assert drop([*article, "Elsewhere today", *leads]) == article


def test_lines_weighed_with_a_block_and_kept_stay_once_it_is_gone() -> None:
    """A results table with another stories' block below it: the block goes on
    the first pass, and the table, weighed with it and kept, must not go on
    the next as the text's new tail."""
    case = next(c for c in CASES if c.name == "04-es-results")
    doc = Document([*case.article, *case.tail], language="es")
    Chain(["drop_related"]).run(doc)
    assert doc.paragraphs == case.article


def test_a_fact_boxs_lines_share_a_skeleton_whatever_their_numbers_hold() -> None:
    """ "4,7" and "380.000" are numbers, not marks of the line: the box's lines
    are "Label: value" all."""
    box = ["Lengte dijkvak: 4,7 kilometer", "Kosten: 56 miljoen euro",
           "Verhoging van de dijk: gemiddeld 1,2 meter",
           "Benodigde klei: 380.000 kubieke meter", "Verwachte oplevering: eind 2028"]  # fmt: skip
    assert list_like(box)
