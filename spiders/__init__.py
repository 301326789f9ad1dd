"""Scheduled, incremental, polite crawling of news sites with Scrapy.

``newsclean crawl`` discovers article URLs from sitemaps, feeds and start
pages (:mod:`spiders.news`), fetches only what is new or changed
(:mod:`spiders.state`), extracts and cleans each page in a process pool
(:mod:`spiders.pipelines`) and appends one JSON line per new article version
(:mod:`spiders.output`).
"""
