from __future__ import annotations

import pytest

import cleaners
from cleaners.base import Document, Edit, ParagraphCleaner
from cleaners.chain import DEFAULT_CHAIN, Chain, UnknownCleaner


def test_default_chain_runs_the_default_names_in_order() -> None:
    assert Chain.default().names == list(DEFAULT_CHAIN)


def test_chain_is_configurable_by_name() -> None:
    assert "repair_joins" not in Chain.default(disable=["repair_joins"]).names
    assert Chain.default(only=["normalize_whitespace", "fix_unicode"]).names == [
        "normalize_whitespace",
        "fix_unicode",
    ]
    with pytest.raises(UnknownCleaner, match="no_such_cleaner"):
        Chain.default(disable=["no_such_cleaner"])


def test_changes_are_recorded_only_when_something_changed() -> None:
    clean = cleaners.clean("A clean paragraph.\n\nAnother one.")
    assert clean.changes == []
    dirty = cleaners.clean("A  paragraph\u200b with cafÃ© in it.")
    assert dirty.text == "A paragraph with café in it."
    assert {c.cleaner for c in dirty.changes} == {"fix_unicode", "normalize_whitespace"}


def test_change_positions_point_into_the_text_as_it_was() -> None:
    text = "First paragraph.\n\nSecond  paragraph."
    article = cleaners.clean(text, chain=Chain(["normalize_whitespace"]))
    (change,) = article.changes
    assert change.action == "replace"
    assert text[change.position : change.position + len(change.text)] == "  "


class Shout(ParagraphCleaner):
    """Test cleaner: upper-cases the word 'quiet'."""

    name = "test_shout"

    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        at = paragraph.find("quiet")
        return [Edit(at, at + 5, "QUIET")] if at >= 0 else []


def test_a_new_cleaner_drops_into_a_chain_by_name() -> None:
    chain = Chain.default(enable=["test_shout"])
    assert chain.names[-1] == "test_shout"
    article = cleaners.clean("Keep quiet.", chain=chain)
    assert article.text == "Keep QUIET."
    assert article.changes[-1].cleaner == "test_shout"


def test_hints_fill_the_article_and_unknown_hints_are_refused() -> None:
    article = cleaners.clean("Body.", url="https://x.test/a", author="Jane Doe", language="en")
    assert (article.url, article.author, article.language) == ("https://x.test/a", "Jane Doe", "en")
    with pytest.raises(TypeError, match="bogus"):
        cleaners.clean("Body.", bogus=1)


def test_clean_text_returns_the_body_only() -> None:
    assert cleaners.clean_text("  One.\n\n\n\nTwo.  ") == "One.\n\nTwo."
