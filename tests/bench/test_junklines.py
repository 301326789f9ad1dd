"""bench.junklines: each line is set into the article at the end and between
its paragraphs, and the table counts what cleaning took and left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import junklines
from bench.junklines import load, main, report, trials
from tests.bench.test_structures import ARTICLE


def write_language(folder: Path) -> None:
    folder.mkdir(parents=True)
    data = {
        "lang": "en",
        "article": ARTICLE,
        # one line of each kind the cleaners know, one they do not
        "junk": {"ad_marker": ["Advertisement"], "promo": ["Blue skies over the old town"]},
        "keep": ["The advertisement drew twelve complaints to the regulator, it said."],
    }
    (folder / "en.json").write_text(json.dumps(data), "utf-8")


def test_lines_are_set_at_both_places_and_scored(tmp_path: Path) -> None:
    write_language(tmp_path / "tune")
    (language,) = load("tune", tmp_path)
    found = list(trials(language))
    assert len(found) == 3 * 2  # three lines, two places
    caught = {(t.kind, t.place): not t.survived for t in found}
    assert caught[("ad_marker", "end")] and caught[("ad_marker", "inside")]
    assert not caught[("promo", "end")]  # a line of no kind's shape stays
    assert all(t.survived for t in found if t.kind == "keep")
    assert all(t.article_lost == 0 for t in found)
    table = report({"tune": found})
    assert "| tune " in table and "ad_marker" in table and "keep (kept)" in table


def test_the_table_covers_both_sets_and_a_missing_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "| tune " in out and "| heldout " in out and "| lang |" in out
    assert main(["--show", "xx"]) == 2
    monkeypatch.setattr(junklines, "DATA", tmp_path)
    assert main([]) == 2
    assert "no language files" in capsys.readouterr().err
