"""bench.rewrite: the rewrites do what they say, and the bench runs on a dev-set folder."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from bench.extract import Page
from bench.rewrite import hashed_name, main, rewrite, tune_listing, variants
from bench.splits import HELDOUT, TUNE, site_of, split_of
from tests.bench.devset import STORY, write_devset

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tram line</title></head><body>"
    "<nav id='menu' class='nav top'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<main role='main'><article class='story' itemprop='articleBody'>"
    "<h1 class='headline'>Council backs tram line</h1>"
    + "".join(f"<p class='body-text para'>{t}</p>" for t in STORY)
    + "<p class='caption'>Zürich–style trams, € 40 million</p></article></main>"
    "<footer class='nav'><p>© The Courier</p></footer></body></html>"
)


def body_text(html: bytes) -> str:
    """The page's body text as a reader sees it (whitespace folded)."""
    body = lxml.html.document_fromstring(html).body
    return " ".join(body.text_content().split())


def classes_and_ids(html: bytes) -> list[tuple[str, str]]:
    """Each (element path, class token or id) of the page, in document order."""
    tree = lxml.html.document_fromstring(html).getroottree()
    out = []
    for el in tree.iter(etree.Element):
        path = re.sub(r"\[\d+\]", "", tree.getpath(el))
        out += [(path, t) for t in (el.get("class") or "").split()]
        out += [(path, el.get("id"))] if el.get("id") else []
    return out


def test_hashed_names_are_consistent_and_text_is_unchanged() -> None:
    before = PAGE.encode()
    after = rewrite(before, "hashed")
    pairs = list(zip(classes_and_ids(before), classes_and_ids(after), strict=True))
    mapping: dict[str, str] = {}
    for (_, old), (_, new) in pairs:
        assert mapping.setdefault(old, new) == new == hashed_name(old)
    assert len(set(mapping.values())) == len(mapping)  # different names stay different
    for old in mapping:
        assert not re.search(rf"(class|id)=['\"][^'\"]*\b{old}\b", after.decode())
    assert body_text(after) == body_text(before)


def test_divs_leave_no_paragraph_and_keep_attributes() -> None:
    after = rewrite(PAGE.encode(), "divs")
    assert "<p" not in after.decode()
    assert after.decode().count('<div class="body-text para">') == len(STORY)
    assert body_text(after) == body_text(PAGE.encode())


def test_plain_and_all_drop_semantic_containers() -> None:
    for name in ("plain", "all"):
        after = rewrite(PAGE.encode(), name).decode()
        assert not re.search(r"<(article|main)\b|role=|itemprop=", after)
        assert body_text(after.encode()) == body_text(PAGE.encode())
    assert "<p" not in rewrite(PAGE.encode(), "all").decode()


def test_the_page_encoding_and_doctype_are_kept() -> None:
    latin = PAGE.replace("utf-8", "windows-1252").encode("cp1252")
    after = rewrite(latin, "none")
    assert "Zürich".encode("cp1252") in after and "€".encode("cp1252") in after
    assert after.lower().startswith(b"<!doctype html>")
    assert not rewrite(b"<html><body><p>a</p></body></html>", "none").startswith(b"<!")


def page_on(host: str, page_id: str) -> tuple[str, dict[str, str]]:
    """PAGE served on ``host``, its truth the paragraphs."""
    return PAGE, {"url": f"https://{host}/{page_id}", "articleBody": "\n\n".join(STORY)}


def hosts_by_split() -> dict[str, str]:
    """One made-up host on each side of the split."""
    hosts = (f"courier{i}.example" for i in range(100))
    found: dict[str, str] = {}
    for host in hosts:
        found.setdefault(split_of(site_of(f"https://{host}/", "x")), host)
    return found


def test_the_bench_prints_a_row_per_rewrite_and_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hosts = hosts_by_split()
    write_devset(
        tmp_path / "set",
        {"a": page_on(hosts[TUNE], "a"), "b": page_on(hosts[HELDOUT], "b")},
    )
    assert main(["--sets", str(tmp_path / "set"), "--rewrites", "none", "all"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows[1:]]
    assert [(c[0], c[2]) for c in cells] == [
        ("none", TUNE),
        ("none", HELDOUT),
        ("all", TUNE),
        ("all", HELDOUT),
    ]
    assert all(float(c[4]) > 0.9 for c in cells)  # newsclean finds the story after any rewrite


def test_variants_give_a_page_more_than_the_one_name_its_id_draws() -> None:
    # misnamed-paras puts one furniture name, picked by a hash of the page id,
    # on every paragraph: the page's variants meet several names
    page = Page("page-1", "", PAGE.encode(), "\n".join(STORY), "set", TUNE)
    names = set()
    for variant in variants(page, 6):
        html = rewrite(variant.html, "misnamed-paras", variant.truth, variant.id)
        p = lxml.html.document_fromstring(html).find(".//p")
        names.add(p.get("class"))
        assert body_text(html) == body_text(PAGE.encode())
    assert len(names) >= 3


def test_the_bench_runs_each_page_as_many_times_as_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hosts = hosts_by_split()
    write_devset(tmp_path / "set", {"a": page_on(hosts[TUNE], "a")})
    assert main(["--sets", str(tmp_path / "set"), "--rewrites", "fonts", "--variants", "3"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| fonts")]
    assert [row.split("|")[4].strip() for row in rows] == ["3"]


def test_only_tune_pages_are_named() -> None:
    tune = Page("tune-page", "", b"", "", "set", TUNE)
    held = Page("held-page", "", b"", "", "set", HELDOUT)
    lines = tune_listing("all", [(0.2, 0.9, held), (0.5, 0.9, tune)], 5)
    assert len(lines) == 1 and "tune-page" in lines[0]
    assert tune_listing("all", [(0.5, 0.9, tune)], 0) == []
