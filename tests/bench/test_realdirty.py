"""bench.realdirty: the wide input keeps a page's furniture around its body, and
the bench scores and caches it on a dev-set folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.realdirty import cache_name, main
from bench.wide import wide_extract
from tests.bench.devset import STORY, write_devset

FURNITURE = ("Share", "Subscribe to our newsletter for the latest news.")
PAGE = (
    "<html><head><title>Tram</title><style>p{}</style></head><body>"
    "<nav>Home News Sport Weather Travel Culture Opinion Business</nav><main><article>"
    + "".join(f"<p>{t}</p>" for t in STORY)
    + f"<div class='share'><a>{FURNITURE[0]}</a></div><aside><p>{FURNITURE[1]}</p></aside>"
    "<script>var x = 1;</script></article></main>"
    "<footer>About us, contact, careers, advertising, privacy, terms of use, cookies, imprint,"
    " archive, sitemap, jobs and the rest of the site's many links</footer></body></html>"
)


def test_the_wide_input_is_the_column_around_the_body_line_by_line() -> None:
    lines = wide_extract(PAGE.encode(), "\n".join(STORY)).split("\n")
    assert lines == [*STORY, *FURNITURE]  # no menu, footer, script or style


def test_an_unparsable_page_gives_no_text() -> None:
    assert wide_extract(b"", "Some body.") == ""


#: Sites of the two tune folds (A, B) and of the held-out half.
SITES = ("de-Gamma", "de-Delta", "de-Beta")


def write_set(folder: Path, sites: tuple[str, ...] = SITES[:1]) -> None:
    """A page per site whose column holds the story, a share button and a newsletter offer."""
    body = {"articleBody": "\n\n".join(STORY)}
    write_devset(folder, {f"{site}_2024_03_01": (PAGE, body) for site in sites})


def rows(out: str) -> dict[str, list[str]]:
    """The table's rows by their first cell."""
    return {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
        for line in out.splitlines()
        if line.startswith("|")
    }


def test_wide_input_is_scored_before_and_after_cleaning_and_cached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path / "set")
    argv = ["--input", "wide", "--sets", str(tmp_path / "set"), "--cache", str(tmp_path / "c")]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "input: article column's block lines" in out
    pages, _f_in, _f_out, ceiling, p_in, p_out, r_in, r_out, *_ = rows(out)["set"]
    assert pages == "1" and float(p_in) < 1.0 and float(r_in) == 1.0
    assert float(ceiling) == 1.0  # all of the body is in the input: a cleaner could get it all
    assert float(p_in) < float(p_out) and float(r_out) == 1.0  # the offer is gone, no body line
    cached = json.loads((tmp_path / "c" / cache_name("set", "wide")).read_text("utf-8"))
    assert cached["de-Gamma_2024_03_01"].split("\n")[-1] == FURNITURE[1]
    # a rerun reads the cache, not the page
    (tmp_path / "set" / "html" / "de-Gamma_2024_03_01.html.gz").write_bytes(b"")
    assert main(argv) == 0
    assert rows(capsys.readouterr().out)["set"][4] == p_in


def test_a_fold_keeps_only_tune_pages_of_its_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_set(tmp_path / "set", SITES)
    argv = ["--sets", str(tmp_path / "set"), "--cache", str(tmp_path / "c"), "--worst", "3"]
    for fold, site in zip(("A", "B"), SITES, strict=False):
        assert main([*argv, "--fold", fold]) == 0
        out = capsys.readouterr().out
        assert rows(out)["set"][0] == "1" and "tune" in out and f"{site}_2024" in out
    assert main([*argv, "--split", "heldout"]) == 0
    assert f"{SITES[2]}_2024" in capsys.readouterr().out


def test_a_held_out_page_is_never_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # no rule is written while reading held-out pages: they are scored, not shown
    write_set(tmp_path / "set", SITES)
    argv = ["--sets", str(tmp_path / "set"), "--cache", str(tmp_path / "c"), "--worst", "0"]
    assert main([*argv, "--show", SITES[0], "--show", SITES[2]]) == 0
    out = capsys.readouterr().out
    assert out.count(STORY[0]) == 2  # the tune page's cleaned text and its truth
    assert f"{SITES[2]}_2024_03_01: a held-out page, not shown" in out


def test_the_wide_input_is_decoded_as_the_page_is_written() -> None:
    # a UTF-8 page that declares no charset: lxml alone reads it as Latin-1
    page = "<html><body><article><p>Zürich räumt auf.</p><p>Ölpreis fällt.</p></article>"
    assert wide_extract(page.encode(), "Zürich räumt auf.\nÖlpreis fällt.").split("\n") == [
        "Zürich räumt auf.",
        "Ölpreis fällt.",
    ]
    declared = '<?xml version="1.0" encoding="utf-8"?>' + page
    assert wide_extract(declared.encode(), "Zürich räumt auf.").startswith("Zürich")


def test_reader_equivalent_scores_forgive_decomposed_letters_and_soft_hyphens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target that keeps the page's decomposed "ü" and a soft hyphen reads as
    the cleaned text does, but its word tokens differ: the official score counts
    that against the output, the reader-equivalent one does not."""
    truth = "\n\n".join(STORY).replace("council", "coun\u00adcil") + " Su\u0308d."
    html = PAGE.replace(STORY[2], STORY[2] + " Süd.")
    write_devset(tmp_path / "set", {"de-Gamma_2024_03_01": (html, {"articleBody": truth})})
    argv = ["--input", "wide", "--sets", str(tmp_path / "set"), "--cache", str(tmp_path / "c")]
    assert main(argv) == 0
    official = float(rows(capsys.readouterr().out)["set"][2])
    assert main([*argv, "--reader-equivalent"]) == 0
    equivalent = float(rows(capsys.readouterr().out)["set"][2])
    assert official < equivalent == 1.0
