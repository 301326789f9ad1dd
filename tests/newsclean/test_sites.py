"""`newsclean clean --learn-sites`: each site's template learned from the batch, then used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main
from tests.cleaners.test_source import DE_PROMO, DE_STORIES, EN_PROMO, EN_STORIES
from tests.scraper.site_factory import PROMO, page


def write_batch(path: Path) -> list[list[str]]:
    """A JSONL batch: five pages of one site (by URL), and texts of two sources (by
    field) in two languages; returns each record's expected paragraphs."""
    records, expected = [], []
    for seed in range(70, 75):
        html, paragraphs = page(seed)
        records.append({"html": html, "url": f"https://www.valley.example/news/{seed}.html"})
        expected.append(paragraphs)
    for source, stories, promo in (
        ("courier", EN_STORIES, EN_PROMO),
        ("bote", DE_STORIES, DE_PROMO),
    ):
        for story in stories:
            records.append({"text": f"{story}\n{promo}", "source": source})
            expected.append(story.split("\n"))
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return expected


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_learn_sites_drops_what_each_site_repeats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    batch = tmp_path / "batch.jsonl"
    expected = write_batch(batch)
    code = main(["clean", "--learn-sites", "-j", jobs, "--format", "jsonl", str(batch)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    articles = [json.loads(line) for line in out.splitlines()]
    assert [a["text"].split("\n\n") for a in articles] == expected
    notes = [c["text"] for c in articles[0]["changes"] if c["cleaner"] == "site_template"]
    assert notes[0].startswith("template at") and PROMO in notes


def test_without_learning_the_repeated_lines_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "batch.jsonl"
    write_batch(batch)
    assert main(["clean", "--format", "jsonl", str(batch)]) == 0
    texts = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert sum(PROMO in t for t in texts) == 5
    assert sum(EN_PROMO in t or DE_PROMO in t for t in texts) == 6


def test_a_lone_document_and_a_bad_record_are_cleaned_as_usual(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": f"{EN_STORIES[0]}\n{EN_PROMO}", "source": "courier"}) + "\n{not json\n",
        "utf-8",
    )
    code = main(["clean", "--learn-sites", "--format", "jsonl", str(batch)])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "not a JSON object" in err
    assert EN_PROMO in json.loads(out)["text"]  # one document: nothing repeats
