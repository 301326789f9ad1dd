"""Words keep the Unicode form their source writes them in (``cleaners.forms``):
a page typed decomposed (NFD) comes out decomposed, from text and from HTML,
while the chain's rules read composed text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaners
import scraper
from cleaners.forms import joined_forms, restore_forms, written_forms


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


STORY = (
    "Die Südtiroler Gesellschaft für Allgemeinmedizin hat in Klausen ihr "
    "30-jähriges Bestehen gefeiert, mit Gründervätern und Ärztinnen.\n\n"
    "Die neue Präsidentin der Ärztekammer hielt einen Vortrag über die "
    "Fortbildung, die für alle Mitglieder entscheidend sei."
)


def test_decomposed_text_comes_out_decomposed() -> None:
    text = nfd(STORY)
    assert cleaners.clean_text(text) == text


def test_decomposed_text_is_cleaned_as_the_composed_text_is() -> None:
    # the rules read composed text: a repeated paragraph and a stray space go
    # in either form, and only the form of the words differs in the output
    dirty = STORY + "\n\n" + STORY.split("\n\n")[1] + "\n\nFoto:  Archiv"
    composed = cleaners.clean_text(dirty)
    decomposed = cleaners.clean_text(nfd(dirty))
    assert composed != dirty
    assert decomposed == nfd(composed)


def test_composed_text_is_not_decomposed() -> None:
    assert cleaners.clean_text(STORY) == STORY


def test_a_word_written_both_ways_takes_the_form_written_most() -> None:
    forms = written_forms(nfd("für für") + " für")
    assert forms == {"für": nfd("für")}
    assert written_forms(nfd("für") + " für für") == {}


def test_title_and_author_hints_keep_the_source_form() -> None:
    text = nfd(STORY)
    article = cleaners.clean(text, title=nfd("Unermüdlicher Einsatz"), author=nfd("Jörg Müller"))
    assert article.title == nfd("Unermüdlicher Einsatz")
    assert article.author == nfd("Jörg Müller")
    assert article.text == text


def test_extract_keeps_the_page_form() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in nfd(STORY).split("\n\n"))
    page = (
        "<html><head><title>Einsatz</title></head><body><article><h1>Einsatz</h1>"
        f"{paragraphs}</article></body></html>"
    )
    article = scraper.extract(page.encode())
    assert article.text == nfd(STORY)


#: Persian writes a zero-width non-joiner inside words ("می‌شود", "ساخت‌وساز").
PERSIAN = (
    "وزارت بهداشت روز دوشنبه اعلام کرد که بیمارستان جدیدی در شمال شهر ماه آینده افتتاح "
    "می\u200cشود، پس از سه سال ساخت\u200cوساز که به دلیل کمبود بودجه به تأخیر افتاده بود.\n\n"
    "وزیر بهداشت گفت این بیمارستان بیش از دویست تخت خواهد داشت و به حدود نیم میلیون نفر "
    "از ساکنان منطقه خدمات می\u200cدهد."
)


def test_extract_keeps_the_joiners_a_page_writes_inside_words() -> None:
    # trafilatura drops the joiner as unprintable: "میشود" is another spelling
    paragraphs = "".join(f"<p>{p}</p>" for p in PERSIAN.split("\n\n"))
    page = (
        "<html lang='fa'><head><title>بیمارستان</title></head><body><article>"
        f"<h1>بیمارستان</h1>{paragraphs}</article></body></html>"
    )
    assert scraper.extract(page.encode()).text == PERSIAN
    assert cleaners.clean_text(PERSIAN) == PERSIAN


def test_a_word_the_source_writes_without_its_joiner_more_often_stays_so() -> None:
    text = "می\u200cشود و میشود و میشود"
    assert joined_forms(text) == {}
    assert joined_forms("می\u200cشود و می\u200cشود و میشود") == {"میشود": "می\u200cشود"}


@settings(deadline=None)  # the first decomposed text builds the mark table (0.2 s)
@given(st.lists(st.text(alphabet="aeouAEUéüÅçñøẞ", min_size=1, max_size=8), max_size=12))
def test_a_decomposed_text_composed_gets_its_forms_back(words: list[str]) -> None:
    text = nfd(" ".join(words))
    assert restore_forms(unicodedata.normalize("NFC", text), written_forms(text)) == text


@settings(deadline=None)  # the first decomposed text builds the mark table (0.2 s)
@given(st.text(alphabet="aeouAEUnc éüÅçñ.,\n", max_size=120))
def test_any_text_decomposed_is_cleaned_as_composed_and_stays_decomposed(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    cleaned = cleaners.clean_text(composed)
    assert cleaners.clean_text(nfd(composed)) == nfd(cleaned)
