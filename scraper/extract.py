"""HTML to Article: trafilatura for the main text and metadata, then the
cleaner chain."""

from __future__ import annotations

import trafilatura

import cleaners
from cleaners.chain import Chain
from scraper.article import Article
from scraper.errors import ExtractionError


def extract(html: bytes | str, url: str | None = None, chain: Chain | None = None) -> Article:
    """Extract the article from an HTML page and clean it.

    Raises :class:`~scraper.errors.ExtractionError` when the page holds no
    article text.
    """
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    if result is None or not (result.text or "").strip():
        raise ExtractionError(f"{url or 'page'}: no article text found")
    return cleaners.clean(
        result.text,
        chain=chain,
        url=url or result.url,
        title=result.title,
        author=result.author,
        published=result.date,
        language=result.language,
    )
