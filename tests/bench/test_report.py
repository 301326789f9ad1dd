"""bench.report writes what a bench printed into its section of the docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import report
from tests.bench.devset import write_devset

PAGE = (
    "<html><head><title>Rain due - Gazette</title></head><body><article><h1>Rain due</h1>"
    "<p>Rain is due in the north on Monday, forecasters said on Sunday evening.</p>"
    "<p>Farmers welcomed the news after a dry summer across the whole region.</p>"
    "</article></body></html>"
)


def test_a_named_part_goes_to_its_own_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# Benchmarks\n\n<!-- bench:metadata -->\nkept\n<!-- /bench:metadata -->\n")
    monkeypatch.setattr(report, "DOCS", docs)
    write_devset(tmp_path / "set", {"p1": (PAGE, {"title": "Rain due"})})
    assert report.main(["metadata:one", "--sets", str(tmp_path / "set")]) == 0
    text = docs.read_text("utf-8")
    assert "<!-- bench:metadata -->\nkept\n<!-- /bench:metadata -->" in text
    section = text.split("<!-- bench:metadata-one -->")[1].split("<!-- /bench:metadata-one -->")[0]
    assert "`python -m bench.metadata --sets" in section and "| newsclean |" in section
