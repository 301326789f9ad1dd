"""Settings of the Scrapy project that ``scrapy.cfg`` names, so that Scrapy's
own commands work from the repository: ``scrapy list``, ``scrapy crawl news -a
sitemap=URL`` (with ``-a feed=``, ``-a start=``, ``-a site=``, ``-a out=``,
``-a state=``; several URLs comma-separated). ``newsclean crawl`` stays the
command with locking, scheduling and a summary."""

from typing import Any

from spiders.settings import DEFAULTS

globals().update(DEFAULTS)
SPIDER_MODULES = ["spiders.command"]
NEWSPIDER_MODULE = "spiders.command"


def __getattr__(name: str) -> Any:  # for type checkers: the settings come from DEFAULTS
    raise AttributeError(name)
