"""bench.structures: each case is cleaned alone and with its block below, and
the table counts what was lost and left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.structures import load_cases, main, run

ARTICLE = [
    "The council approved a new cycle path along the river on Tuesday, after two years of "
    "debate over the cost and the loss of parking spaces near the market.",
    "Work will start in March and the path should open before the summer holidays, the "
    "council said, with a bridge over the canal to follow next year.",
    "Shopkeepers near the market said they feared losing customers who come by car.",
]
TAIL = [
    "Police in Leeds arrested two men after a night of rioting on Monday.",
    "Hauliers face overnight closures near Warrington for bridge repairs.",
    "Archaeologists found a Roman coin hoard in a tunnel near Chester.",
]


def write_set(
    folder: Path, name: str, tail: list[str], article: list[str] = ARTICLE, kind: str = "keyfacts"
) -> None:
    (folder / name).mkdir(parents=True)
    case = {"lang": "en", "kind": kind, "article": article, "tail": tail}
    (folder / name / f"01-en-{kind}.json").write_text(json.dumps(case), "utf-8")


def test_a_case_whose_article_survives_and_block_goes(tmp_path: Path) -> None:
    write_set(tmp_path, "tune", TAIL)
    (case,) = load_cases("tune", tmp_path)
    outcome = run(case)
    assert (case.lang, case.kind) == ("en", "keyfacts")
    assert outcome.lost_alone == [] and outcome.lost_with_tail == []
    assert outcome.left == [] and outcome.f1 == pytest.approx(1.0)


def test_a_block_left_in_is_counted(tmp_path: Path) -> None:
    # one line naming no one reads as the article's, and stays
    write_set(tmp_path, "tune", ["Rents went up again this spring."])
    outcome = run(load_cases("tune", tmp_path)[0])
    assert outcome.left == ["Rents went up again this spring."] and outcome.f1 < 1.0


def test_a_live_blogs_post_times_count_neither_way(tmp_path: Path) -> None:
    # the posts' times alone on their lines: kept or taken, the case scores the same
    blog = [ARTICLE[0], "14:32", ARTICLE[1], "14.05 Uhr", ARTICLE[2]]
    write_set(tmp_path, "tune", TAIL, blog, "liveblog")
    (case,) = load_cases("tune", tmp_path)
    assert case.required == ARTICLE
    outcome = run(case)
    assert outcome.lost_alone == [] and outcome.f1 == pytest.approx(1.0)
    # in any other kind, a line of the article is one to keep, whatever it holds
    write_set(tmp_path / "other", "tune", TAIL, blog, "timeline")
    assert load_cases("tune", tmp_path / "other")[0].required == blog


def test_the_table_covers_both_sets_and_an_unknown_case_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "| tune " in out and "| heldout " in out and "timeline" in out
    assert main(["--show", "no-such-case"]) == 2
    assert "no tune case named" in capsys.readouterr().err
