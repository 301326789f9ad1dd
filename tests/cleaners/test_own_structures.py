"""The article's own lists, tables and voices stay: ``bench.structures``'
tune cases (invented articles in 14 languages, each holding a timeline, key
points, advice, results, an interview, reactions or numbered sections)."""

from __future__ import annotations

import pytest

from bench.structures import load_cases, run
from cleaners.related import VOICE
from cleaners.widgets import chronology

#: Cases whose structure cleaning still takes, and why: the rules have no
#: evidence yet that tells these from other stories' lists.
KNOWN_GAPS = {
    # a results table read as story cards (a card list of one skeleton is as
    # often a related list with its stamps: no rule tells them apart yet)
    "04-es-results": "results lines read as story cards",
    # advice under a title without a colon, sharing few of the article's words
    "03-fr-tips": "bulleted advice reads as other stories' leads",
    "21-nl-tips": "bulleted advice reads as other stories' leads",
    "26-ko-tips": "bulleted advice reads as other stories' leads",
    # key points whose lines bring words of their own (not most restate the article)
    "20-pt-keyfacts": "key points with words the article does not use",
    "36-sv-keyfacts": "key points with words the article does not use",
    # Dutch "Reacties" heads comment threads on Dutch sites
    "35-nl-reactions": "'Reacties' is a comment prompt in Dutch",
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


def test_the_cases_cover_every_kind_in_many_languages() -> None:
    assert len(CASES) >= 30
    assert {c.kind for c in CASES} >= {
        "timeline", "keyfacts", "tips", "results", "qa", "reactions", "numbered"
    }  # fmt: skip
    assert len({c.lang for c in CASES}) >= 12


def test_a_timeline_opens_each_item_with_its_date() -> None:
    assert chronology(["Wrzesień 2006 – zakład kończy pracę", "Marzec 2014 – gmina kupuje teren",
                       "15 marca 2025 – otwarcie centrum"])  # fmt: skip
    assert chronology(["1998: the plant opens", "2004: a second line", "2011: the strike"])
    # a date after a headline, or none, is a card's
    assert not chronology(["Bridge shut after cracks found 12.03.2024", "Markets fall again",
                           "Council votes on budget 11.03.2024"])  # fmt: skip


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
