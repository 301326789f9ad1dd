"""Photo captions (cleaners.captions)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Chain, Document
from cleaners.bylines import END_MARKER, has_end_marker
from cleaners.captions import (
    CREDIT_HINTS,
    CREDITS,
    credited,
    has_credit,
    paraphrases_top,
    split_image_marker,
)
from cleaners.settings import CREDIT_WINDOW, MAX_CAPTION_WORDS, MIN_DESCRIPTION_WORDS

LEAD = (
    "LIMA (Reuters) – Peru's congress voted on Thursday to remove the president from office "
    "after a week of protests over rising fuel prices in the capital and the southern provinces."
)
BODY = [
    LEAD,
    "Lawmakers voted 101 to 6 in favour of the motion, well above the two-thirds majority "
    "needed under the constitution.",
    "The vice president is expected to be sworn in on Friday, the speaker said.",
]


@pytest.mark.parametrize(
    "caption",
    [
        "Protesters march through central Lima on Wednesday. (Photo: Reuters)",
        "Protesters march through central Lima on Wednesday. Photo: AP",
        "Protesters march through central Lima. Credit: Jane Doe/Reuters",
        "Protesters march through central Lima on Wednesday. (AP Photo/Martin Mejia)",
        "Protesters march through central Lima on Wednesday. REUTERS/Sebastian Castaneda",
        "Protesters march through central Lima on Wednesday. (Reuters)",
        "Protesters march through central Lima on Wednesday. (Getty Images)",
        "Protesters march through central Lima on Wednesday. © Jane Doe",
        "Protesters march through central Lima on Wednesday. Image credit: EFE",
        "Protesters march through central Lima Photograph: Jane Doe/AFP via Getty Images",
    ],
)
def test_credited_captions(caption: str) -> None:
    assert has_credit(caption)


@pytest.mark.parametrize(
    "paragraph",
    [
        LEAD,
        "The National Aeronautics and Space Administration (NASA)",
        "He said the police (AFP) would help.",
        "The vote was 101 to 6. Reporting by Jane Doe; editing by John Roe",
        "The camera captured the moment: a crowd of thousands outside congress.",
        "See https://example.org/photos/2021/lima for the full set",
    ],
)
def test_body_text_is_not_a_caption(paragraph: str) -> None:
    assert not has_credit(paragraph)


def run(paragraphs: list[str]) -> Document:
    doc = Document(list(paragraphs))
    Chain(["split_captions"]).run(doc)
    return doc


def test_caption_twice_is_kept_once() -> None:
    caption = "Protesters march through central Lima on Wednesday. (Photo: Reuters)"
    doc = run([BODY[0], caption, caption, *BODY[1:], caption])
    assert doc.paragraphs == BODY
    assert doc.captions == [caption]
    assert [c.action for c in doc.changes] == ["move"] * 3


def test_glued_image_marker_splits_headline_and_caption() -> None:
    glued = "Peru removes president hinh anh 1Lawmakers vote in Lima (Photo: VNA)"
    assert split_image_marker(glued) == (
        "Peru removes president",
        "Lawmakers vote in Lima (Photo: VNA)",
    )
    doc = run([glued, *BODY])
    assert doc.paragraphs == ["Peru removes president", *BODY]
    assert doc.captions == ["Lawmakers vote in Lima (Photo: VNA)"]


def test_uncredited_caption_restating_the_lead() -> None:
    caption = (
        "Protesters march in Lima after congress voted to remove Peru's president from office."
    )
    doc = run([caption, *BODY])
    assert doc.paragraphs == BODY and doc.captions == [caption]


def test_uncredited_caption_with_a_position_cue() -> None:
    lead = "The new president, Dina Ortega, was sworn in before congress in Lima on Friday."
    caption = "Dina Ortega (centre) is sworn in before congress in Lima on Friday."
    doc = run([lead, caption, *BODY[1:]])
    assert doc.paragraphs == [lead, *BODY[1:]] and doc.captions == [caption]


def test_a_standfirst_is_not_a_caption() -> None:
    standfirst = LEAD.split(" – ", 1)[1]
    assert not paraphrases_top([standfirst, *BODY], 0)


def test_a_document_of_captions_only_is_left_alone() -> None:
    captions = ["A man walks. (Photo: AP)", "A dog runs. (Photo: AP)"]
    assert run(captions).paragraphs == captions


def has_credit_reference(paragraph: str) -> bool:
    """has_credit trying every credit pattern, without the per-pattern clues."""
    text = paragraph.strip()
    if has_end_marker(text):
        text = END_MARKER.sub("", text).rstrip()
    words = text.count(" ") + 1
    if not MIN_DESCRIPTION_WORDS < words <= MAX_CAPTION_WORDS:
        return False
    cut = max(0, len(text) - CREDIT_WINDOW)
    tail = text[cut:]
    lowered = tail.lower()
    if not (tail.rstrip(" .").endswith(")") or any(h in lowered for h in CREDIT_HINTS)):
        return False
    for _, pattern in CREDITS:
        m = pattern.search(tail)
        if m and len(text[: cut + m.start()].split()) >= MIN_DESCRIPTION_WORDS:
            return True
    return False


#: Pieces of captions and body text: descriptions, credits of every kind, and
#: the characters the patterns turn on.
CAPTION_PIECES = st.lists(
    st.sampled_from(
        [
            "Protesters march", "in Lima", "on Wednesday.", "(Photo: VNA)", "Photo:", "AP",
            "REUTERS/Jane", "Doe", "Jane Doe/Reuters", "NASA/Jane Doe", "(Getty Images)",
            "(Reuters)", "©", "(c)", "(C)", "Photo by", "BY", "Ảnh:", "image", "/", ":", ")",
            "(", "credit", "Video", "ÁP", "İ", "./.", "(AFP via Getty Images).", "the police",
        ]
    ),
    max_size=12,
)  # fmt: skip


@settings(max_examples=500)
@given(CAPTION_PIECES)
def test_has_credit_with_clues_answers_as_every_pattern_did(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert has_credit(text) == has_credit_reference(text)


@pytest.mark.parametrize(
    "tagged",
    ["LIMA (AFP) – Congress voted on Friday to remove the president from office.",
     "Lima, 9 de marzo – Congress voted on Friday to remove the president from office.",
     "Paris, le 3 mars – Congress voted on Friday to remove the president from office."],
)  # fmt: skip
def test_a_caption_beside_a_lead_with_a_source_tag_moves(tagged: str) -> None:
    caption = "Congress votes on Friday to remove the president from office."
    assert paraphrases_top([caption, tagged, *BODY[1:]], 0)


def test_a_sentence_beside_a_paragraph_with_a_dash_clause_is_no_caption() -> None:
    """A dash after a clause ("The palace said on Sunday – despite …") is no
    source tag: the short sentence above it that shares its words stays."""
    short = "Vice President Vance was to take part in the talks in Pakistan."
    clause = (
        "The White House announced on Sunday – despite the president's earlier words – that "
        "Vance would take part in the talks in Pakistan after all."
    )
    assert not paraphrases_top([BODY[0], short, clause, *BODY[1:]], 1)


@pytest.mark.parametrize(
    "caption",
    [
        "Polisen och hemvärnet deltar i sökandet efter kvinnan. Foto: Rescue Photo",
        "Wladimir Putin auf einer Wahlkampfveranstaltung im Moskauer StadionBild: "
        "Pavel Golovkin/dpa/picture alliance",
        "The latest case was reported after a hunter killed and ate a rabbitCredit: Getty",
        "Un centro de recepción de migrantes construido en Albania. Imagen: Florion Goga",
        # the picture labels of the other languages the detector names
        "A polgármester a híd átadásán. Fotó: MTI",
        "A polgármester a híd átadásán. Kép: Kovács Péter",
        "Ο δήμαρχος στα εγκαίνια της γέφυρας. Φωτογραφία: ΑΠΕ-ΜΠΕ",
        "다리 개통식에 참석한 시장. 사진: 연합뉴스",
        "Starostka při otevření nového mostu v Brně. (Fotografie: ČTK)",
        "Borgarstjórinn við opnun brúarinnar. Mynd: RÚV",
    ],
)
def test_credits_in_other_languages_and_glued_labels_mark_a_caption(caption: str) -> None:
    assert has_credit(caption)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er sagte der Zeitung Bild: Das ist falsch.",
        "Das Foto zeigt den Minister beim Besuch der Fabrik in Leipzig am Montag.",
    ],
)
def test_a_sentence_naming_a_paper_or_a_photo_is_no_credited_caption(paragraph: str) -> None:
    assert not has_credit(paragraph)


@pytest.mark.parametrize(
    "caption",
    [
        # a source and a name joined by a slash, names no list holds
        "Viel Ruhe und Schlaf helfen, wieder zu Kräften zu kommen. Unsplash/Kelly Sikkema",
        "Garlic has long been used against colds.Pexels/AS Photography",
        "Nadal serves during the final in Madrid, Spain, on Tuesday, Nov. 19, 2019. "
        "(Manu Fernandez/AP)",
        "Los escombros de un edificio destruido en Jabalia. EFE/EPA/HAITHAM IMAD",
        "Mæðgurnar í dómshúsinu í gær, mánudag. Ljósmynd/Aðsend",
    ],
)
def test_a_credit_by_names_joined_by_a_slash_marks_a_caption(caption: str) -> None:
    doc = run([BODY[0], caption, *BODY[1:]])
    assert doc.paragraphs == BODY and doc.captions == [caption]


def test_the_same_few_names_ending_several_paragraphs_are_a_credit() -> None:
    captions = [
        "The main lodge lobby overlooks the lake and the mountains beyond. Supplied",
        "A new lakeside patio offers guests views of the water. Supplied",
    ]
    doc = run([BODY[0], captions[0], BODY[1], captions[1], BODY[2]])
    assert doc.paragraphs == BODY and doc.captions == captions
    # once, without a slash, a short end after a sentence is no credit
    alone = run([BODY[0], captions[0], *BODY[1:]])
    assert alone.paragraphs == [BODY[0], captions[0], *BODY[1:]]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # an abbreviation or an ordinal before the end is no sentence's end
        ["The tour ends at the Casino Amphitheatre in St. Louis", "It opens in St. Louis"],
        ["Der Bundestag beschließt einen Gedenktag am 15. Juni", "Die Feier ist am 15. Juni"],
        # a sentence the words after it continue
        ["He left early. Then he came back.", "She stayed late. Then she went home."],
        # a button's label glued on twice: the quotation stays (another rule's business)
        ["Every business lives in time and space.Click To Tweet", "Laws hold.Click To Tweet"],
    ],
)
def test_article_lines_ending_alike_are_no_credits(paragraphs: list[str]) -> None:
    assert credited([BODY[0], *paragraphs, *BODY[1:]]) == []
