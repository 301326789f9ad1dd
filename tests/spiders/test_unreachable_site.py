"""A crawl of a site that cannot be reached says so in one line per seed URL,
with no traceback (the summary table counts the failures)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.spiders.conftest import run_crawl

pytestmark = pytest.mark.timeout(300)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends


def test_an_unreachable_site_gives_one_line_per_seed(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    result = run_crawl(
        tmp_path / "out.jsonl", "--sitemap", f"{base}/sitemap.xml", "--feed", f"{base}/rss.xml"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    log_lines = [line for line in result.stderr.splitlines() if "] " in line and ": " in line]
    assert log_lines == [line for line in log_lines if "failed: connection_refused" in line], (
        result.stderr
    )
    assert len(log_lines) == 2
    assert result.counter("newsclean/errors/discovery/connection_refused") == 2
