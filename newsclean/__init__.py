"""The application layer: the ``newsclean`` command line (:mod:`newsclean.cli`,
:mod:`newsclean.crawl`), batch cleaning on many processes (:mod:`newsclean.batch`;
what it reads in :mod:`newsclean.inputs`, :mod:`newsclean.readers` and
:mod:`newsclean.warc`; what it writes in :mod:`newsclean.writers` and
:mod:`newsclean.parquet`; its progress in :mod:`newsclean.progress`) and the Spark
helper (:mod:`newsclean.spark`).

Layers, each importing only those below it (checked by import-linter, ``make lint``):
``newsclean`` -> ``spiders`` (crawling) -> ``scraper`` (HTML to Article) -> ``cleaners``
(text cleaning and the Article model). Nothing below imports this package.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
