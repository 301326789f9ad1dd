"""drop_hover_cards: a linked name's card glued into the text."""

from __future__ import annotations

import pytest

from cleaners import Document, clean_text
from cleaners.hovercards import DropHoverCards


def test_a_card_glued_to_a_name_goes_and_the_name_stays() -> None:
    text = (
        "Senator Maria LopezMaria Elena LopezLopez backs water bill | Farm groups split MORE (D) "
    )
    text += "said on Monday that the vote would come next week."
    doc = DropHoverCards()(Document([text]))
    assert doc.paragraphs == [
        "Senator Maria Lopez (D) said on Monday that the vote would come next week."
    ]
    assert [(c.cleaner, c.action) for c in doc.changes] == [("drop_hover_cards", "remove")]


def test_two_cards_in_one_paragraph_both_go() -> None:
    text = (
        "Rep. Tom HaleTom HaleHale votes no MORE (R) and Rep. Ana DiazAna DiazDiaz speaks out "
        "MORE (D) agreed."
    )
    assert clean_text(text) == "Rep. Tom Hale (R) and Rep. Ana Diaz (D) agreed."


@pytest.mark.parametrize(
    "text",
    [
        # glued names without a card label: a join for repair_joins, no card
        "The coach praised Maria LopezMaria for her speed in the final on Sunday.",
        # a brand written in camel case, and the word MORE in capitals
        "Fans of GasGas and McLaren bikes want MORE races in the calendar next year.",
        # the word after the glue is no word of the name before it
        "Officials in New YorkSenate leaders met MORE often this year than last.",
    ],
)
def test_text_without_a_card_stays(text: str) -> None:
    doc = DropHoverCards()(Document([text]))
    assert doc.paragraphs == [text]
    assert doc.changes == []
