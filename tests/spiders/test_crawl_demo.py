"""End to end: crawl the demo site three times (first run, unchanged rerun,
rerun after an article changed) and check what was fetched and stored."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer, DemoSite
from spiders.demo_site.server import LogEntry
from spiders.demo_site.site import DISALLOWED_PREFIX
from spiders.urls import canonicalize_url
from tests.spiders.conftest import CrawlResult, normalized, profile_args, run_crawl

pytestmark = pytest.mark.timeout(900)
PARAGRAPH_FLOOR = 0.90
UPDATED_SLUG = "old-harbour-library-reopens-after-three-year-renovation"
UPDATE = (
    "From June the library will also open on Sunday afternoons, the city "
    "announced on Monday, after more than two thousand readers signed a petition."
)


@dataclass
class Runs:
    server: DemoServer
    site: DemoSite
    out: Path
    first: CrawlResult
    first_log: list[LogEntry]
    second: CrawlResult
    second_log: list[LogEntry]
    third: CrawlResult
    third_log: list[LogEntry]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    site = DemoSite()
    out = tmp_path_factory.mktemp("crawl") / "articles.jsonl"
    with DemoServer(site) as server:
        first = run_crawl(out, *profile_args(server))
        mark = len(server.log)
        second = run_crawl(out, *profile_args(server))
        mark2 = len(server.log)
        site.update_article(UPDATED_SLUG, UPDATE)
        third = run_crawl(out, *profile_args(server))
        return Runs(
            server,
            site,
            out,
            first,
            server.log[:mark],
            second,
            server.log[mark:mark2],
            third,
            server.log[mark2:],
        )


def article_paths(log: list[LogEntry]) -> list[str]:
    return [e.path for e in log if e.path.startswith("/news/") and e.path.endswith(".html")]


def test_first_run_stores_every_article_exactly_once(runs: Runs) -> None:
    assert runs.first.returncode == 0, runs.first.stderr
    records = runs.first.records
    canonical = Counter(r["canonical_url"] for r in records)
    assert max(canonical.values()) == 1
    expected = {canonicalize_url(runs.server.url + a.path) for a in runs.site.expected_articles()}
    wire = {u for u in canonical if u.endswith("-wire.html")}
    original = {u for u in expected if u.endswith("crimes.html")}
    # The wire copy and its original are one article: whichever came first is kept.
    assert set(canonical) - wire | (original if wire else set()) == expected
    assert len(records) == len(expected)
    assert runs.first.counter("newsclean/articles/stored") == len(expected)


def test_first_run_records_have_the_source_text_and_fields(runs: Runs) -> None:
    by_path = {r["canonical_url"].split("/", 3)[3]: r for r in runs.first.records}
    found = total = 0
    for article in runs.site.expected_articles():
        record = by_path.get(article.path.lstrip("/"))
        if record is None:  # the wire copy was kept instead of this original
            record = by_path[article.path.lstrip("/").replace(".html", "-wire.html")]
        body = normalized(record["text"])
        # The lead is always there; the other paragraphs are counted below.
        assert normalized(article.paragraphs[0].split(", Deputy")[0]) in body, article.slug
        if not record["url"].endswith("-wire.html"):
            present = [normalized(p) in body for p in article.paragraphs]
            found, total = found + sum(present), total + len(present)
        assert record["version"] == 1
        assert record["title"] == article.title
        assert record["fetched_at"].endswith("Z")
        assert set(record) >= {
            "url",
            "canonical_url",
            "title",
            "text",
            "captions",
            "author",
            "published",
            "language",
            "changes",
            "fetched_at",
            "version",
        }
    # A floor on the source paragraphs found word for word in the stored text:
    # extraction and the cleaner chain decide the rest; lower it only on purpose.
    assert found / total >= PARAGRAPH_FLOOR, f"{found}/{total} source paragraphs"


def test_profile_selectors_drop_comments_and_related_box(runs: Runs) -> None:
    from spiders.demo_site.site import COMMENTS

    for record in runs.first.records:
        text = record["text"]
        for _, comment in COMMENTS:
            assert comment not in text
        assert "Related news" not in text
        others = [a for a in runs.site.articles if a.title != record["title"]]
        assert not any(a.title in text for a in others if len(a.title) > 30)


def test_robots_txt_disallow_is_obeyed(runs: Runs) -> None:
    logs = runs.first_log + runs.second_log + runs.third_log
    assert any(e.path == "/robots.txt" for e in logs)
    assert not [e for e in logs if e.path.startswith(DISALLOWED_PREFIX)]
    assert not [r for r in runs.first.records if DISALLOWED_PREFIX in r["url"]]
    assert runs.first.counter("robotstxt/forbidden") >= 1


def test_polite_user_agent_names_the_tool(runs: Runs) -> None:
    agents = {e.headers.get("User-Agent", "") for e in runs.first_log}
    assert agents and all(a.startswith("newsclean/") for a in agents)


def test_tracking_parameter_urls_are_fetched_and_stored_once(runs: Runs) -> None:
    # The feed and the home page link articles with utm_* parameters; the
    # sitemap without. Each page is requested once, without the parameters.
    fetched = Counter(article_paths(runs.first_log))
    assert fetched and max(fetched.values()) == 1
    assert all(
        "utm_" not in r["url"] and "utm_" not in r["canonical_url"] for r in runs.first.records
    )


def test_partner_copy_with_canonical_link_is_not_stored_again(runs: Runs) -> None:
    partner = [e for e in runs.first_log if e.path.startswith("/news/partner/")]
    assert partner, "the partner copy is linked from the home page"
    assert not [r for r in runs.first.records if r["canonical_url"].count("/news/partner/")]
    assert (
        runs.first.counter("newsclean/articles/unchanged")
        + runs.first.counter("newsclean/articles/duplicate")
        >= 2
    )


def test_second_run_fetches_no_article_and_appends_nothing(runs: Runs) -> None:
    assert runs.second.returncode == 0, runs.second.stderr
    assert article_paths(runs.second_log) == []
    assert len(runs.second.records) == len(runs.first.records)
    assert runs.second.counter("newsclean/articles/stored") == 0
    # Discovery documents are read again: that is how changes are found.
    paths = {e.path for e in runs.second_log}
    assert {"/sitemap.xml", "/rss.xml", "/"} <= paths


def test_changed_page_is_fetched_again_and_appended_as_a_new_version(runs: Runs) -> None:
    assert runs.third.returncode == 0, runs.third.stderr
    path = runs.site.article(UPDATED_SLUG).path
    assert article_paths(runs.third_log) == [path]
    new = runs.third.records[len(runs.second.records) :]
    assert len(new) == 1
    assert new[0]["version"] == 2
    assert new[0]["canonical_url"].endswith(path)
    assert normalized(UPDATE) in normalized(new[0]["text"])
    # The request was conditional: it carried the stored validators.
    request = next(e for e in runs.third_log if e.path == path)
    assert request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since")


def test_summary_table_lists_scrapy_style_counters(runs: Runs) -> None:
    counters = runs.first.counters
    for name in (
        "newsclean/discovered",
        "downloader/request_count",
        "finish_reason",
        "newsclean/articles/stored",
    ):
        assert name in counters
    assert counters["finish_reason"] == "finished"
    # No page failed and no extraction worker died (a broken pool is retried,
    # so only this counter shows it).
    assert "newsclean/errors" not in counters
    assert "newsclean/errors/worker_crash" not in counters
