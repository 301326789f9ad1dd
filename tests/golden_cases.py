"""Loading and running the golden cases in ``golden/`` (format: golden/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cleaners.article import Article

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "golden"
#: The Article fields a golden case pins down (``changes`` is not compared).
COMPARED = ("title", "text", "captions", "author", "published", "language")


@dataclass
class GoldenCase:
    name: str
    path: Path

    @property
    def input_path(self) -> Path:
        for name in ("input.html", "input.txt"):
            if (self.path / name).exists():
                return self.path / name
        raise FileNotFoundError(f"{self.path}: no input.html or input.txt")

    @property
    def meta(self) -> dict[str, str]:
        meta = self.path / "meta.json"
        return json.loads(meta.read_text("utf-8")) if meta.exists() else {}

    @property
    def xfail_reason(self) -> str | None:
        marker = self.path / "XFAIL"
        return marker.read_text("utf-8").strip() or "known failure" if marker.exists() else None

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"

    def expected(self) -> dict[str, object]:
        return json.loads(self.expected_path.read_text("utf-8"))

    def run(self) -> Article:
        meta = self.meta
        if self.input_path.suffix == ".html":
            from scraper.extraction import extract

            return extract(self.input_path.read_bytes(), url=meta.get("url"))
        import cleaners

        return cleaners.clean(self.input_path.read_text("utf-8"), **meta)


def fields_of(article: Article) -> dict[str, object]:
    data = article.to_dict()
    return {k: data[k] for k in COMPARED}


def all_cases() -> list[GoldenCase]:
    return [GoldenCase(p.name, p) for p in sorted(GOLDEN_DIR.iterdir()) if p.is_dir()]
