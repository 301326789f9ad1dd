"""A benchmark folder written to disk as the dev sets are laid out:
``html/<id>.html.gz`` and ``ground-truth.json``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any


def write_devset(folder: Path, pages: dict[str, tuple[str, dict[str, Any]]]) -> None:
    """Write each page id's HTML and its ground truth (``url`` and an empty
    ``articleBody`` unless the given fields say otherwise) under ``folder``."""
    (folder / "html").mkdir(parents=True)
    truth = {}
    for page_id, (html, fields) in pages.items():
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"url": f"https://news.example/{page_id}", "articleBody": "", **fields}
    (folder / "ground-truth.json").write_text(json.dumps(truth), "utf-8")
