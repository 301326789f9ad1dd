"""bench.midbody: a box set between the article's paragraphs, scored per extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extract import Page
from bench.midbody import BOXES, main, with_box
from tests.bench.devset import STORY, write_devset

MORE = "The transport office will publish the timetable for the works in the autumn."
PAGE = (
    "<html><head><title>Tram line approved</title></head><body><article>"
    + "".join(f"<p>{t}</p>" for t in (*STORY, MORE))
    + "</article></body></html>"
)


def test_the_box_stands_after_the_second_paragraph_and_the_text_stays_in_order() -> None:
    page = Page("p", "https://news.example/p", PAGE.encode(), "\n".join((*STORY, MORE)))
    boxed = with_box(page, BOXES["read-more line"])
    assert boxed is not None
    html = boxed.html.decode()
    at = html.index("READ MORE:")
    assert html.index(STORY[1]) < at < html.index(STORY[2])


def test_a_page_with_too_short_an_article_is_left_out() -> None:
    page = Page("p", "https://news.example/p", PAGE.encode(), "\n".join(STORY[:2]))
    assert with_box(page, BOXES["story card"]) is None


def test_the_table_has_a_row_per_extractor_and_box(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_devset(tmp_path / "set", {"de-Gamma_2024_03_01": (PAGE, {
        "articleBody": "\n".join((*STORY, MORE))})})  # fmt: skip
    assert main(["--sets", str(tmp_path / "set")]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 2 * len(BOXES)  # the header, then extractors x boxes
