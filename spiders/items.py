"""The item a spider hands to the pipeline: one fetched article page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageItem:
    """A fetched page waiting for extraction (the body is left out of its repr)."""

    key: str  # the canonical URL the page was requested under (state key)
    url: str  # the response URL
    body: bytes = field(repr=False)
    fetched_at: str
    lastmod: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    raw_hash: str | None = None
