"""HTML to Article: encoding, metadata, the boilerplate pre-pass and trafilatura,
then the cleaner chain on the body (:func:`extract`).

May import :mod:`cleaners` (the layer below: text cleaning and the Article model)
and third-party libraries only; never ``spiders`` or ``newsclean``.
"""

from typing import TYPE_CHECKING

from cleaners.article import Article, Change
from cleaners.errors import ExtractionError, FetchError, InputError, NewscleanError

__all__ = [
    "Article",
    "Change",
    "ExtractionError",
    "FetchError",
    "InputError",
    "NewscleanError",
    "SiteTemplate",
    "extract",
    "learn_site",
]

if TYPE_CHECKING:
    from scraper.extraction import extract
    from scraper.sites import SiteTemplate, learn_site


def __getattr__(name: str) -> object:
    # ``extract`` pulls in trafilatura; import it on first use only.
    if name == "extract":
        from scraper.extraction import extract

        return extract
    if name in ("learn_site", "SiteTemplate"):
        from scraper import sites

        return getattr(sites, name)
    raise AttributeError(name)
