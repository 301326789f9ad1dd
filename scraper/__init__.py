"""newsclean: news pages and scraped news text in, clean article text out.

``scraper`` holds the Article model, HTML extraction and the ``newsclean``
command line; ``cleaners`` the chain of text cleaners; ``spiders`` the crawl.
"""

from typing import TYPE_CHECKING

from scraper.article import Article, Change
from scraper.errors import ExtractionError, FetchError, InputError, NewscleanError

__all__ = [
    "Article",
    "Change",
    "ExtractionError",
    "FetchError",
    "InputError",
    "NewscleanError",
    "extract",
]

if TYPE_CHECKING:
    from scraper.extraction import extract


def __getattr__(name: str) -> object:
    # ``extract`` pulls in trafilatura; import it on first use only.
    if name == "extract":
        from scraper.extraction import extract

        return extract
    raise AttributeError(name)
