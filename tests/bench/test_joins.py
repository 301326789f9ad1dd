"""bench.joins: the per-language table of damaged dev bodies."""

from __future__ import annotations

from pathlib import Path

from bench.joins import dev_damage_table
from tests.bench.devset import STORY, write_devset

#: A German body long enough to wrap over several lines.
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, eine neue Straßenbahnlinie durch die Altstadt zu "
    "bauen, nachdem zwei Jahre lang über die Kosten und die Strecke gestritten worden war. Die "
    "Arbeiten sollen im nächsten Frühjahr beginnen, und die ersten Bahnen sollen 2028 fahren."
)


def test_damaged_bodies_are_scored_per_split_and_language_apart(tmp_path: Path) -> None:
    story = " ".join(STORY)
    write_devset(
        tmp_path / "set",
        {
            "de-Alpha_2024_01_01": ("<html></html>", {"articleBody": GERMAN}),
            "uk-Beta_2024_01_01": ("<html></html>", {"articleBody": story}),
        },
    )
    rows = [line.split("|") for line in dev_damage_table(7, [tmp_path / "set"]).splitlines()]
    cells = {(r[1].strip(), r[2].strip()): [c.strip() for c in r[3:]] for r in rows[1:]}
    languages = {language for _, language in cells}
    assert languages == {"English", "other"}
    for bodies, lost, recall, precision in cells.values():
        assert bodies == "1" and int(lost) >= 2  # each body lost a space at each wrap
        # plain prose of a few lines: every space lost at a wrap comes back, no other
        assert (recall, precision) == ("1.0000", "1.0000")
