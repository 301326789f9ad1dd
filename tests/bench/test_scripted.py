"""bench.scripted: the article's element is emptied, the page's data kept, and
the bench scores only pages whose data holds an article."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from bench.extract import Page
from bench.scripted import data_body, main, scripted
from tests.bench.devset import STORY, write_devset


def page(data: str | None) -> str:
    ld = "" if data is None else json.dumps({"@type": "NewsArticle", "articleBody": data})
    script = f"<script type='application/ld+json'>{ld}</script>" if ld else ""
    return (
        f"<html><head><title>Tram line</title>{script}</head><body>"
        "<nav><a href='/'>Home</a></nav><h1>Council backs tram line</h1>"
        "<article class='story'>" + "".join(f"<p>{t}</p>" for t in STORY) + "</article>"
        "<footer><p>© The Courier</p></footer></body></html>"
    )


def test_the_article_goes_and_the_rest_of_the_page_and_its_data_stay() -> None:
    data = "\n\n".join(STORY)
    before = Page("uk-Courier_2024_01_01", "https://news.example/a", page(data).encode(), data)
    after = scripted(before)
    root = lxml.html.document_fromstring(after.html)
    (article,) = root.iter("article")
    assert article.get("class") == "story" and not article.text_content().strip()
    assert (
        "Council backs tram line" in root.text_content() and "© The Courier" in root.text_content()
    )
    assert data_body(after.html) == data and after.truth == before.truth


def test_only_pages_whose_data_holds_an_article_are_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the story with one more paragraph: a body of some length
    story = [*STORY, "Buses will use a new lane on the bridge while it is closed to cars."]
    data = "\n\n".join(story)
    write_devset(
        tmp_path / "dev",
        {
            "uk-Courier_2024_01_01": (page(data), {"articleBody": data}),
            "uk-Herald_2024_01_01": (page(None), {"articleBody": "\n\n".join(STORY)}),
            "uk-Gazette_2024_01_01": (page("Short teaser."), {"articleBody": "\n\n".join(STORY)}),
        },
    )
    assert main(["--sets", str(tmp_path / "dev")]) == 0
    rows = [line.strip("|").split("|") for line in capsys.readouterr().out.splitlines()]
    cells = [[c.strip() for c in r] for r in rows if len(r) == 8]
    scored = [r for r in cells if r[0] == "dev"]
    # one page of the three is scored (the others hold no article in their
    # data), and newsclean reads the article from the data
    assert sum(int(r[2]) for r in scored) == 1
    (row,) = [r for r in scored if r[2] == "1"]
    assert float(row[4]) > 0.9
