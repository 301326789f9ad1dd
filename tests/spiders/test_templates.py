"""Site templates in the crawl: learned once enough pages of a site are in,
relearned after a redesign, and stored pages re-extracted with them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer, DemoSite
from spiders.settings import MIN_PAGES
from spiders.state import StateStore
from spiders.store import ArticleStore, ExtractedPage
from spiders.templates import SiteTemplates, reextract, used_template
from spiders.workers import extract_page
from tests.scraper.site_factory import PROMO, page
from tests.spiders.conftest import ROOT, profile_args, read_records, run_crawl

SITE = "https://www.valley.example"


def fetch(templates: SiteTemplates, seed: int, redesigned: bool = False) -> tuple[str, dict]:
    """What the pipeline does with one fetched page: extract (with the site's
    template when it has one), then keep the page for the template."""
    url = f"{SITE}/news/{seed}.html"
    body = page(seed, redesigned=redesigned)[0].encode()
    result = extract_page(body, url, site=templates.template_json(url))
    fit = used_template(result["article"])
    return templates.observe(url, url, body, "2026-01-01T00:00:00Z", fit), result


def test_learned_after_enough_pages_then_used(tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.sqlite")
    templates = SiteTemplates(state.db)
    outcomes = [fetch(templates, seed)[0] for seed in range(MIN_PAGES)]
    assert outcomes == ["kept"] * (MIN_PAGES - 1) + ["learned"]
    template = templates.template("valley.example")
    assert template is not None and template.pages == MIN_PAGES
    _, result = fetch(templates, 50)
    assert used_template(result["article"]) is True
    assert PROMO not in result["article"]["text"]
    # the state keeps it: a new run reads the same template
    assert SiteTemplates(state.db).template("valley.example") == template
    state.close()


def test_a_template_of_an_older_version_is_learned_again(tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.sqlite")
    templates = SiteTemplates(state.db)
    for seed in range(MIN_PAGES):
        fetch(templates, seed)
    state.db.execute(
        "UPDATE site_templates SET template = ?",
        ('{"version": 1, "pages": 5, "body_paths": {}, "lines": {}}',),
    )
    state.db.commit()
    again = SiteTemplates(state.db).template("valley.example")
    assert again is not None and again.pages == MIN_PAGES
    assert again.usable_paths()[0].endswith("div.story-body")
    stored = state.db.execute("SELECT template FROM site_templates").fetchone()[0]
    assert '"version": 2' in stored
    state.close()


def test_redesign_falls_back_to_generic_then_relearns(tmp_path: Path) -> None:
    state = StateStore(tmp_path / "state.sqlite")
    templates = SiteTemplates(state.db)
    for seed in range(MIN_PAGES):
        fetch(templates, seed)
    before = templates.template("valley.example")
    assert before is not None and "story-body" in before.usable_paths()[0]
    outcomes = []
    for seed in range(100, 100 + MIN_PAGES):
        outcome, result = fetch(templates, seed, redesigned=True)
        outcomes.append(outcome)
        if outcome != "learned":
            assert used_template(result["article"]) is False  # generic extraction
            assert result["article"]["text"].startswith(page(seed)[1][0])
    assert outcomes == ["misfit"] * (MIN_PAGES - 1) + ["learned"]
    after = templates.template("valley.example")
    assert after is not None and "article-text" in after.usable_paths()[0]
    _, result = fetch(templates, 200, redesigned=True)
    assert used_template(result["article"]) is True
    state.close()


def test_reextract_stores_a_new_version_only_where_the_text_changed(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "state.sqlite", tmp_path / "out.jsonl").open()
    assert store.state is not None
    templates = SiteTemplates(store.state.db)
    for seed in range(MIN_PAGES + 2):
        _, result = fetch(templates, seed)
        url = f"{SITE}/news/{seed}.html"
        store.accept(
            ExtractedPage(
                url,
                url,
                url,
                result["article"],
                result["text_hash"],
                result["signature"],
                "2026-01-01T00:00:00Z",
            )
        )
    records = read_records(tmp_path / "out.jsonl")
    with_promo = {r["url"] for r in records if PROMO in r["text"]}
    assert len(with_promo) == MIN_PAGES  # extracted before the template existed
    outcomes = reextract(store)
    assert outcomes == {"stored": MIN_PAGES, "unchanged": 2}
    new = read_records(tmp_path / "out.jsonl")[len(records) :]
    assert {r["url"] for r in new} == with_promo
    assert all(r["version"] == 2 and PROMO not in r["text"] for r in new)
    assert reextract(store) == {"unchanged": MIN_PAGES + 2}
    store.close()


@pytest.mark.timeout(600)
def test_demo_crawl_learns_its_template_and_reextract_keeps_unchanged_text(
    tmp_path: Path,
) -> None:
    out = tmp_path / "articles.jsonl"
    with DemoServer(DemoSite()) as server:
        crawl = run_crawl(out, *profile_args(server))
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert crawl.counter("newsclean/templates/learned") >= 1
    assert crawl.counter("newsclean/templates/used") >= len(crawl.records) - MIN_PAGES - 2
    assert crawl.counter("newsclean/templates/misfit") == 0
    later = [r for r in crawl.records if used_template(r) is True]
    assert later and all(r["text"] for r in later)
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "crawl", "--reextract", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"re-extracted (\d+) page\(s\): (.*)", proc.stderr)
    assert match and int(match.group(1)) >= len(crawl.records)
    counted = {name: int(n) for name, n in re.findall(r"(\w+) (\d+)", match.group(2))}
    assert sum(counted.values()) == int(match.group(1))
    stored = counted.get("stored", 0)
    records = read_records(out)
    assert len(records) == len(crawl.records) + stored
    previous = {r["canonical_url"]: r["text"] for r in crawl.records}
    for record in records[len(crawl.records) :]:
        assert record["version"] == 2 and record["text"] != previous[record["canonical_url"]]


def test_reextract_without_a_state_file_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsclean.cli",
            "crawl",
            "--reextract",
            "--out",
            str(tmp_path / "x.jsonl"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "no crawl state file" in proc.stderr
