"""The tune/held-out split of the dev pages, by site, shared by every bench.

Rules are tuned on the ``tune`` half and judged on the ``heldout`` half: a
publisher's pages are all on one side (split by site, never by page), so a
held-out figure says how a rule does on sites nobody looked at while tuning.

    >>> site_of("https://www.example.co.uk/news/1", "x")
    'example.co.uk'
    >>> site_of("", "de-Spiegel_2024_01_02")
    'de-Spiegel'
    >>> split_of("example.co.uk") in {"tune", "heldout"}
    True
"""

from __future__ import annotations

import re
import zlib
from urllib.parse import urlsplit

TUNE = "tune"
HELDOUT = "heldout"
SPLITS = (TUNE, HELDOUT)

#: news-dev ids are ``<country>-<Publisher>_<date>``: the publisher is the site.
_PUBLISHER_ID = re.compile(r"^([a-z]{2,3}-[A-Za-z0-9]+)_\d{4}")


def site_of(url: str, page_id: str) -> str:
    """The site a page belongs to: news-dev's publisher, else the URL's host."""
    match = _PUBLISHER_ID.match(page_id)
    if match:
        return match.group(1)
    host = (urlsplit(url).hostname or page_id).lower()
    return host.removeprefix("www.")


def split_of(site: str) -> str:
    """``tune`` or ``heldout``, fixed by a hash of the site's name."""
    return TUNE if zlib.crc32(site.encode("utf-8")) % 2 == 0 else HELDOUT
