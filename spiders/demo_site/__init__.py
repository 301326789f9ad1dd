"""The demo news site used by ``make demo``, the crawl tests and ``bench.crawl``."""

from spiders.demo_site.server import DemoServer, crawl_command
from spiders.demo_site.site import DemoArticle, DemoSite

__all__ = ["DemoArticle", "DemoServer", "DemoSite", "crawl_command"]
