from __future__ import annotations

import json

from cleaners.article import Article, Change


def test_json_round_trip_keeps_every_field() -> None:
    article = Article(
        url="https://example.org/a",
        title="Headline",
        text="First.\n\nSecond.",
        captions=["A photo. (Photo: VNA)"],
        author="An Nhien",
        published="2018-04-16T14:28",
        language="en",
        changes=[
            Change("repair_joins", "insert", " ", 4),
            Change("split_captions", "move", "x", 0, target="captions"),
        ],
    )
    again = Article.from_json(article.to_json())
    assert again == article
    assert isinstance(again.changes[0], Change)


def test_json_is_plain_and_keeps_non_ascii() -> None:
    text = Article(title="Jürgen Stock", text="Thứ Hai").to_json()
    assert "Jürgen" in text and "Thứ" in text
    assert json.loads(text)["captions"] == []


def test_from_dict_ignores_unknown_keys() -> None:
    assert Article.from_dict({"text": "x", "fetched_at": "2026-01-01"}).text == "x"


def test_change_describe_names_the_cleaner_and_action() -> None:
    assert Change("drop_related", "remove", "Teaser.", 10).describe() == (
        "drop_related: removed 'Teaser.' at 10"
    )
    assert "moved 'Cap' to captions" in Change("c", "move", "Cap", 0, target="captions").describe()
