"""The crawl's raw-response archive: crawl the demo site with --warc-dir, stop
the server, then re-extract from the WARC files (newsclean clean) and
re-version the crawl's articles from them (newsclean crawl --reextract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from spiders.demo_site import DemoServer, DemoSite
from spiders.sites import __file__ as sites_init
from tests.spiders.conftest import ROOT, normalized, profile_args, read_records, run_crawl

pytestmark = pytest.mark.timeout(600)


def newsclean(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsclean.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_crawl_with_warc_then_reextract_with_no_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, archive = tmp_path / "articles.jsonl", tmp_path / "warc"
    with DemoServer(DemoSite()) as server:
        crawl = run_crawl(out, *profile_args(server), "--warc-dir", str(archive))
        base_url = server.url
    assert crawl.returncode == 0, crawl.stderr
    assert crawl.counter("newsclean/archive/records") > len(crawl.records) > 0
    files = sorted(archive.glob("newsclean-*.warc.gz"))
    assert files

    # the server is gone: everything below reads the archive only
    code = main(["extract-archive", "-j", "2", "--format", "jsonl", str(archive)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    by_url = {r["url"]: r for r in rows}
    for record in crawl.records:
        again = by_url[record["url"]]
        assert again["title"] == record["title"]
        assert normalized(record["text"]) in normalized(again["text"])
        assert again["input"]["warc_target_uri"] == record["url"]

    # the same extractor over the same pages: every stored article unchanged
    same = newsclean(
        "crawl",
        *profile_args_for(base_url),
        "--out",
        str(out),
        "--warc-dir",
        str(archive),
        "--reextract",
    )
    assert same.returncode == 0, same.stderr
    assert "stored" not in same.stderr and "new_version" not in same.stderr
    assert len(read_records(out)) == len(crawl.records)

    # a changed extraction (the profile now drops each article's last paragraph):
    # a new version of each article, from the archive, without fetching
    profile = tmp_path / "demo-trimmed.toml"
    demo = (Path(sites_init).parent / "demo.toml").read_text()
    profile.write_text(demo.replace('drop = ["', 'drop = ["article p:last-of-type", "'))
    changed = newsclean(
        "crawl",
        "--site",
        str(profile),
        "--base-url",
        base_url,
        "--out",
        str(out),
        "--warc-dir",
        str(archive),
        "--reextract",
    )
    assert changed.returncode == 0, changed.stderr
    records = read_records(out)
    versions = [r for r in records if r["version"] == 2]
    assert len(versions) >= len(crawl.records) // 2
    assert f"{len(versions)} new_version" in changed.stderr, changed.stderr
    assert "unchanged" in same.stderr, same.stderr


def profile_args_for(base_url: str) -> tuple[str, ...]:
    return ("--site", "demo", "--base-url", base_url)
