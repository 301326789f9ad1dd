"""Fixtures for the crawl tests: the demo site on 127.0.0.1 and a crawl
runner that starts ``newsclean crawl`` as a subprocess (Scrapy's reactor can
run only once per process)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from spiders.demo_site import DemoServer, DemoSite

#: Settings that make a crawl of the local demo site quick: no politeness
#: delay towards our own test server, one extraction worker.
FAST = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_START_DELAY=0",
    "NEWSCLEAN_EXTRACT_WORKERS=1",
    "RETRY_BACKOFF_BASE=0.2",
)
CRAWL_TIMEOUT = 240
ROOT = Path(__file__).resolve().parents[2]
COUNTER_ROW = re.compile(r"^(\S+/\S+|\S+_count|finish_reason)\s+(\S+)\s*$", re.MULTILINE)


@dataclass
class CrawlResult:
    """A finished crawl subprocess."""

    returncode: int
    stderr: str
    records: list[dict[str, Any]]

    @property
    def counters(self) -> dict[str, str]:
        """The last summary table's counters."""
        tail = self.stderr.rsplit("crawl summary", 1)[-1]
        return dict(COUNTER_ROW.findall(tail))

    def counter(self, name: str) -> int:
        return int(self.counters.get(name, "0"))


def crawl_command(out: Path, *args: str) -> list[str]:
    """The argv of a crawl subprocess writing to ``out``."""
    command = [sys.executable, "-m", "newsclean.cli", "crawl", "--out", str(out)]
    for setting in FAST:
        command += ["-s", setting]
    return command + list(args)


def read_records(out: Path) -> list[dict[str, Any]]:
    """Every record of a finished JSONL output file."""
    if not out.exists():
        return []
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]


def read_written_records(out: Path) -> list[dict[str, Any]]:
    """The records a running crawl has written so far.

    A crawl may be halfway through writing a line when the file is read; only lines
    ending in a newline are whole records, so the last, unfinished one is left out.
    """
    if not out.exists():
        return []
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    return [json.loads(line) for line in lines if line]


def run_crawl(out: Path, *args: str, timeout: float = CRAWL_TIMEOUT) -> CrawlResult:
    """Run a crawl to the end."""
    proc = subprocess.run(
        crawl_command(out, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    return CrawlResult(proc.returncode, proc.stderr, read_records(out))


def profile_args(server: DemoServer) -> tuple[str, ...]:
    """Crawl the demo site through its site profile."""
    return ("--site", "demo", "--base-url", server.url)


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """A fresh demo site on a free port of 127.0.0.1."""
    with DemoServer(DemoSite()) as server:
        yield server


def normalized(text: str) -> str:
    """Words only, for comparing extracted text with the source paragraphs."""
    return " ".join(re.findall(r"\w+", text.casefold()))
