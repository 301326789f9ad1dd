"""Headlines, standfirsts and repeated paragraphs (cleaners.headline)."""

from __future__ import annotations

from cleaners import Chain, Document, clean
from cleaners.headline import is_headline, is_headline_like

LEAD = (
    "NAIROBI (AFP) – Kenya's parliament passed a finance bill raising taxes on mobile money "
    "transfers on Tuesday, as police fired tear gas at protesters outside."
)
BODY = [
    LEAD,
    "The bill now goes to President William Ruto, who has two weeks to sign it into law.",
    "Opponents say the new taxes will push up the cost of living for millions of Kenyans.",
]
HEADLINE = "Kenya parliament passes finance bill as protesters are tear-gassed"


def run(paragraphs: list[str], title: str | None = None) -> Document:
    doc = Document(list(paragraphs), title=title)
    Chain(["extract_title", "drop_repeats"]).run(doc)
    return doc


def test_headline_and_its_variants_become_the_title_once() -> None:
    variant = "Kenya's parliament passes finance bill | World News"
    doc = run([HEADLINE, HEADLINE, variant, *BODY])
    assert doc.title == HEADLINE
    assert doc.paragraphs == BODY


def test_no_headline_no_title() -> None:
    doc = run(BODY)
    assert doc.title is None and doc.paragraphs == BODY


def test_a_given_title_removes_its_copy_from_the_body() -> None:
    doc = run([HEADLINE, *BODY], title=HEADLINE)
    assert doc.title == HEADLINE and doc.paragraphs == BODY


def test_kickers_and_datelines_are_not_headlines() -> None:
    assert not is_headline_like("WORLD NEWS")
    assert not is_headline_like("Nairobi")
    assert not is_headline("Staff Reports", BODY)
    assert not is_headline("Remember the slogan contest?", BODY)


def test_an_unrelated_first_line_is_not_the_headline() -> None:
    assert not is_headline("Subscribe to our weekly newsletter today", BODY)


def test_standfirst_repeating_the_lead_is_dropped_and_the_lead_stays() -> None:
    standfirst = LEAD.split(" – ", 1)[1]
    doc = run([HEADLINE, standfirst, *BODY])
    assert doc.paragraphs == BODY


def test_standfirst_survives_lost_spaces_in_the_lead() -> None:
    wrapped = LEAD.replace("money transfers", "moneytransfers").replace("as police", "aspolice")
    standfirst = LEAD.split(" – ", 1)[1]
    doc = run([standfirst, wrapped, *BODY[1:]])
    assert doc.paragraphs == [wrapped, *BODY[1:]]


def test_a_paragraph_echoed_in_a_row_is_kept_once() -> None:
    doc = run([*BODY, BODY[2]])
    assert doc.paragraphs == BODY


def test_a_pull_quote_repeated_further_down_stays() -> None:
    quote = "“We will not accept these taxes,” one protester said outside parliament."
    paragraphs = [BODY[0], quote, BODY[1], BODY[2], quote]
    assert run(paragraphs).paragraphs == paragraphs


def test_clean_fills_the_title() -> None:
    article = clean("\n\n".join([HEADLINE, *BODY]))
    assert article.title == HEADLINE
    assert article.text == "\n\n".join(BODY)


def test_exclaiming_questioning_and_german_quoted_headlines_are_taken() -> None:
    body = [
        "Police released video of the rescue of an eight-year-old girl kidnapped in Fort Worth.",
        "The kidnapper was sentenced to life in prison, the court said on Friday.",
    ]
    for headline in (
        'Video shows dramatic rescue of kidnapped girl: "We got her!"',
        "Kidnapped girl in Fort Worth: what did the police video show?",
    ):
        assert is_headline(headline, body), headline
    german = ["Die Polizei zeigt ein Video der Rettung des entführten Mädchens aus Fort Worth."]
    assert is_headline("„Wir haben sie“: Polizeivideo zeigt Rettung des Mädchens", german)


def test_a_question_or_exclamation_that_opens_the_lead_is_not_the_headline() -> None:
    """Without a label before it, a question or an exclamation opens an
    article's lead as often as it heads one."""
    body = ["In October, the congressman visited the border near McAllen, Texas, with agents."]
    assert not is_headline("What is the value of drugs that come to the border?", body)
    standings = ["The standings after the Texas race, with the points of every driver."]
    assert not is_headline("On this page you will always find the latest standings!", standings)


def test_a_headline_written_without_spaces_becomes_the_title() -> None:
    """Japanese and Chinese write a headline without spaces: its length is
    counted in words of about two characters, as the teaser rules count it."""
    headline = "市営バス、来年度から全路線を電気バスに"
    body = [
        "市は来年度から、市営バスの全路線で電気バスを運行すると発表した。",
        "市交通局によると、充電設備は市内三か所の営業所に設ける。",
    ]
    article = clean("\n\n".join([headline, *body]))
    assert (article.title, article.text) == (headline, "\n\n".join(body))
    assert not is_headline_like("市は発表した。")
