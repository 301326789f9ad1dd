"""bench.harmless: what cleaning takes out of clean bodies, on a small dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.harmless import main, one_sentence_a_line
from tests.bench.devset import write_devset

STORY = [
    "The council voted on Monday to build a new tram line through the old town, after two "
    "years of debate about its cost and its route.",
    "Work is due to start next spring and the first trams should run in 2028, the transport "
    "office said in a statement on Tuesday.",
    "Residents along the route will be offered noise barriers and a fund for repairs to their "
    "houses, the council added.",
]
PROMO = "Subscribe to our newsletter for the latest news."


def write_set(folder: Path) -> None:
    """Two pages of two sites: one clean body, one whose body ends with a promo
    line that the cleaners take (a false positive as far as this bench knows)."""
    write_devset(
        folder,
        {
            "de-Alpha_2024_03_01": ("<p>x</p>", {"articleBody": "\n\n".join(STORY)}),
            "de-Beta_2024_03_01": ("<p>x</p>", {"articleBody": "\n\n".join([*STORY, PROMO])}),
        },
    )


def test_removals_are_counted_per_cleaner_and_the_page_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path / "set")
    assert main(["--sets", str(tmp_path / "set"), "--show", "de-Beta"]) == 0
    out = capsys.readouterr().out
    rows = {line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("|")}
    cells = [c.strip() for c in rows["set"].split("|")[2:-1]]
    pages, _kept, _back, unchanged, moved, hit, removals, chars = cells
    assert (pages, unchanged, moved, hit, removals) == ("2", "50.0%", "0", "1", "1")
    assert chars == str(len(PROMO))
    assert f"1 / {len(PROMO)}" in rows["drop_promos"]
    worst = out.split("losing most")[1].splitlines()[1]
    assert "de-Beta_2024_03_01" in worst and "drop_promos" in worst
    assert f"drop_promos: removed {PROMO!r}" in out


def test_the_sentence_probe_keeps_every_word() -> None:
    body = "\n\n".join(STORY)
    probe = one_sentence_a_line("He came. She left. " + body)
    assert probe.split("\n\n")[:2] == ["He came.", "She left."]
    assert probe.split() == ("He came. She left. " + body).split()
