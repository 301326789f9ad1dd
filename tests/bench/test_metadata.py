"""bench.metadata: agreement per split and the list of misses, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.metadata import main
from tests.bench.devset import write_devset

ARTICLE = (
    "<html><head><title>{title} | Gazette</title>"
    '<meta name="author" content="{author}">'
    '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">'
    "</head><body><article><h1>{title}</h1>"
    "<p>The council voted on Monday to build a new tram line through the old town,"
    " after two years of debate about its cost and its route.</p>"
    "<p>Work is due to start next spring and the first trams should run in 2028,"
    " the transport office said in a statement on Tuesday.</p></article></body></html>"
)


def write_set(folder: Path) -> None:
    """Two pages of two sites: one whose metadata agrees, one whose author does not."""
    pages = {
        "de-Alpha_2024_03_01": ("Council backs tram line", "Ann Lee", ["Ann Lee"]),
        "de-Beta_2024_03_01": ("Port strike ends", "Desk", ["Bo Ek"]),
    }
    published = "2024-03-01 10:00:00+01:00"
    write_devset(
        folder,
        {
            page_id: (
                ARTICLE.format(title=title, author=author),
                {"title": title, "authors": authors, "published": published},
            )
            for page_id, (title, author, authors) in pages.items()
        },
    )


def test_agreement_and_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_set(tmp_path / "set")
    assert main(["--sets", str(tmp_path / "set"), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "| newsclean | all | 2 | 1.00 (2/2) | 0.50 (1/2) | 1.00 (2/2) |" in out
    misses = out.split("misses (newsclean):")[1].strip().splitlines()
    assert len(misses) == 1
    assert "de-Beta_2024_03_01" in misses[0] and "authors" in misses[0]
    assert "ours='Desk'" in misses[0]
