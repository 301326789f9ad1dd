"""Scrapy's own commands from the repository (scrapy.cfg): `scrapy list` and
`scrapy crawl news -a sitemap=URL` against the demo site on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from spiders.demo_site import DemoServer
from tests.spiders.conftest import ROOT, read_records

pytestmark = pytest.mark.timeout(300)


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_scrapy_list_and_crawl_from_the_repository(tmp_path: Path, demo_server: DemoServer) -> None:
    listed = scrapy("list")
    assert listed.returncode == 0 and listed.stdout.split() == ["news"], listed.stderr
    out = tmp_path / "articles.jsonl"
    crawled = scrapy(
        "crawl",
        "news",
        "-a",
        f"sitemap={demo_server.url}/sitemap.xml",
        "-a",
        f"out={out}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_START_DELAY=0",
        "-s",
        "NEWSCLEAN_EXTRACT_WORKERS=1",
        "-s",
        f"JOBDIR={tmp_path / 'job'}",
    )
    assert crawled.returncode == 0, crawled.stderr
    records = read_records(out)
    urls = [r["url"] for r in records]
    assert len(urls) >= len(demo_server.site.articles) // 2 and len(set(urls)) == len(urls)
    assert all(r["text"] and r["url"].startswith(demo_server.url + "/news/") for r in records)
    assert (tmp_path / "articles.state.sqlite").is_file()
