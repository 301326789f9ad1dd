"""Scheduled, incremental, polite crawling of news sites with Scrapy.

``newsclean crawl`` discovers article URLs from sitemaps, feeds and start
pages (:mod:`spiders.news`), fetches only what is new or changed
(:mod:`spiders.state`), extracts and cleans each page in a process pool
(:mod:`spiders.pipelines`) and appends one JSON line per new article version
(:mod:`spiders.output`).

May import :mod:`scraper` and :mod:`cleaners` (the layers below) and
third-party libraries; never :mod:`newsclean` (the command line above it).
"""
