"""bench.snapshot: every page's Article written, and compared with an earlier run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.snapshot import main
from tests.bench.devset import write_devset

ARTICLE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The council voted on Monday to build a new tram line through the old town,"
    " after two years of debate about its cost and its route.</p>"
    "<p>Work is due to start next spring and the first trams should run in 2028,"
    " the transport office said in a statement on Tuesday.</p></article></body></html>"
)


def write_set(folder: Path) -> None:
    """Two pages: an article and a page without article text."""
    article = ARTICLE.format(title="Council backs tram line")
    write_devset(folder, {"a": (article, {}), "b": ("<html><p>Hi</p></html>", {})})


def test_same_code_same_snapshot_and_a_changed_page_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path / "set")
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert main([str(before), "--sets", str(tmp_path / "set")]) == 0
    rows = json.loads(before.read_text("utf-8"))
    assert rows["set/a"]["title"] == "Council backs tram line"
    assert "no article text" in rows["set/b"]["error"]
    assert main([str(after), "--against", str(before), "--sets", str(tmp_path / "set")]) == 0
    assert "0 of 2 pages differ" in capsys.readouterr().out
    rows["set/a"]["text"] += " changed"
    before.write_text(json.dumps(rows), "utf-8")
    assert main([str(after), "--against", str(before), "--sets", str(tmp_path / "set")]) == 1
    out = capsys.readouterr().out
    assert "set/a: text\n" in out and "1 of 2 pages differ" in out


def test_an_unreadable_earlier_snapshot_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path / "set")
    missing = tmp_path / "missing.json"
    assert (
        main([str(tmp_path / "o.json"), "--against", str(missing), "--sets", str(tmp_path / "set")])
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot read" in err
