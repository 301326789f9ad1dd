"""A body cut at the extractor's limit says so: a ``cap_body`` change in the
Article (in a crawled record and in ``newsclean clean``'s output), and a line
on stderr with ``--explain``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scraper.extraction import MAX_BODY_CHARS
from tests.reliability.faulty_server import FaultyServer
from tests.reliability.hostile import BOUNDED, urlset
from tests.spiders.conftest import ROOT, run_crawl

pytestmark = pytest.mark.timeout(300)
PARAGRAPH = "The council met on Monday to discuss the budget for the coming year. " * 40


def long_page(paragraphs: int) -> bytes:
    body = "".join(f"<p>{PARAGRAPH} Part {n}.</p>" for n in range(paragraphs))
    return (
        "<!DOCTYPE html><html><head><title>Budget</title></head><body><article>"
        f"<h1>Budget</h1>{body}</article></body></html>"
    ).encode()


#: Enough paragraphs to pass the limit by a third.
PARAGRAPHS = MAX_BODY_CHARS * 4 // 3 // len(PARAGRAPH)


def test_a_crawled_article_cut_at_the_limit_says_so(tmp_path: Path) -> None:
    with FaultyServer() as server:
        server.raw("/long.html", long_page(PARAGRAPHS), "text/html; charset=utf-8")
        server.raw("/sitemap.xml", urlset([(server.url + "/long.html", None)]), "application/xml")
        result = run_crawl(
            tmp_path / "out.jsonl", *BOUNDED, "--sitemap", server.url + "/sitemap.xml"
        )
    assert result.returncode == 0, result.stderr[-3000:]
    (record,) = result.records
    (cut,) = [c for c in record["changes"] if c["cleaner"] == "cap_body"]
    assert f"{MAX_BODY_CHARS:,}-character limit" in cut["text"]
    assert len(record["text"]) <= MAX_BODY_CHARS


def test_clean_explain_says_the_body_was_cut(tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    page.write_bytes(long_page(PARAGRAPHS))
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "clean", "--explain", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "cap_body" in proc.stderr and "-character limit" in proc.stderr
