"""A benchmark folder written to disk as the dev sets are laid out:
``html/<id>.html.gz`` and ``ground-truth.json``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

#: An article's three paragraphs, for pages the bench tests write.
STORY = (
    "The council voted on Monday to build a new tram line through the old town,"
    " after two years of debate about its cost and its route.",
    "Work is due to start next spring and the first trams should run in 2028,"
    " the transport office said in a statement on Tuesday.",
    "Shop owners along the route asked for help while the street is closed, and"
    " the mayor promised a fund for them before the works begin.",
)


def write_devset(folder: Path, pages: dict[str, tuple[str, dict[str, Any]]]) -> None:
    """Write each page id's HTML and its ground truth (``url`` and an empty
    ``articleBody`` unless the given fields say otherwise) under ``folder``."""
    (folder / "html").mkdir(parents=True)
    truth = {}
    for page_id, (html, fields) in pages.items():
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"url": f"https://news.example/{page_id}", "articleBody": "", **fields}
    (folder / "ground-truth.json").write_text(json.dumps(truth), "utf-8")
