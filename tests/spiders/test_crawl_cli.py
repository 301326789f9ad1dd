"""The crawl without a site profile (--sitemap/--feed/--start), retries that
honour Retry-After, the status line, and usage errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer
from tests.spiders.conftest import run_crawl

pytestmark = pytest.mark.timeout(600)
RETRY_AFTER = 1


def test_command_line_seeds_retries_and_status_line(
    tmp_path: Path, demo_server: DemoServer
) -> None:
    site, url = demo_server.site, demo_server.url
    throttled = site.article("harbour-united-wins-derby-with-late-penalty").path
    broken = site.article("family-bakery-wins-national-bread-award").path
    demo_server.fail(throttled, 429, **{"Retry-After": str(RETRY_AFTER)})
    demo_server.fail(broken, 503)
    result = run_crawl(
        tmp_path / "out.jsonl",
        "--sitemap",
        f"{url}/robots.txt",  # its Sitemap: line leads to the index
        "--feed",
        f"{url}/rss.xml",
        "--start",
        f"{url}/",
        "-s",
        "NEWSCLEAN_STATUS=always",
    )
    assert result.returncode == 0, result.stderr
    pages = [e for e in demo_server.log if e.path.startswith("/news/") and e.path.endswith(".html")]
    fetched = Counter(e.path for e in pages)
    assert fetched[throttled] == 2 and fetched[broken] == 2
    assert max(n for p, n in fetched.items() if p not in (throttled, broken)) == 1
    first, second = (e.at for e in pages if e.path == throttled)
    assert second - first >= RETRY_AFTER * 0.9
    assert result.counter("retry/retry_after_count") == 1
    assert result.counter("retry/backoff_count") == 2
    # Every page fetched whole is accounted for: stored, a duplicate, or the
    # same article as one stored (the partner copy's canonical link).
    ok = sum(1 for e in pages if e.status == 200)
    outcomes = sum(
        result.counter(f"newsclean/articles/{o}") for o in ("stored", "duplicate", "unchanged")
    )
    assert outcomes + result.counter("newsclean/pages/no_article") == ok
    canonical = Counter(r["canonical_url"] for r in result.records)
    assert canonical and max(canonical.values()) == 1
    assert result.counter("newsclean/articles/stored") == len(result.records)
    # The live status line redraws itself (carriage return, erase line).
    assert "\x1b[Kpages " in result.stderr and "| stored " in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "nothing to crawl"),
        (("--site", "no-such-site"), "no site profile 'no-such-site'"),
        (("--feed", "http://127.0.0.1:9/rss.xml", "--pattern", "("), "missing )"),
        (("--feed", "http://127.0.0.1:9/rss.xml", "--every", "soon"), "not an interval"),
        (("--feed", "http://127.0.0.1:9/rss.xml", "-s", "NOVALUE"), "expected NAME=VALUE"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_crawl(tmp_path / "out.jsonl", *args, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
