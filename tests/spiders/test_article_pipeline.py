"""spiders.pipelines.ArticlePipeline dropped into a fresh `scrapy startproject`,
crawling pages a server on 127.0.0.1 serves."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

ARTICLE = """<html><head><title>{title} - The Gazette</title>
<meta property="og:site_name" content="The Gazette">
<meta property="article:tag" content="Bridges"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>{title}</h1>
<p>The council of {place} approved the plans for a new bridge over the river on Tuesday,
after a debate that lasted most of the afternoon and ended with a clear majority.</p>
<p>Work is expected to begin in the spring and to last about two years, officials said,
while the old crossing stays open to traffic until the new one is finished.</p>
</article><div class="share">Share on Facebook</div></body></html>"""
PAGES = {
    "/": '<html><body><a href="/a/lyon">Lyon</a> <a href="/a/graz">Graz</a>'
    ' <a href="/a/menu">Menu</a></body></html>',
    "/a/lyon": ARTICLE.format(title="Bridge approved in Lyon", place="Lyon"),
    "/a/graz": ARTICLE.format(title="Bridge approved in Graz", place="Graz"),
    "/a/menu": "<html><body><nav><a href='/'>Home</a></nav></body></html>",
}
SPIDER = """
import scrapy


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, root, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [root]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse_page)

    def parse_page(self, response):
        yield {"url": response.url, "html": response.text, "id": response.url[-4:]}
"""


@pytest.fixture
def server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = PAGES.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def scrapy(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_the_pipeline_in_a_fresh_scrapy_project(tmp_path: Path, server: str) -> None:
    made = scrapy(tmp_path, "startproject", "newsproject")
    assert made.returncode == 0, made.stderr
    project = tmp_path / "newsproject"
    (project / "newsproject" / "spiders" / "pages.py").write_text(SPIDER)
    settings = project / "newsproject" / "settings.py"
    settings.write_text(
        settings.read_text()
        + textwrap.dedent("""
            ITEM_PIPELINES = {"spiders.pipelines.ArticlePipeline": 300}
            NEWSCLEAN_EXTRACT_WORKERS = 1
            DOWNLOAD_DELAY = 0
            """)
    )
    crawled = scrapy(project, "crawl", "pages", "-a", f"root={server}", "-O", "items.jsonl")
    assert crawled.returncode == 0, crawled.stderr
    items = [json.loads(line) for line in (project / "items.jsonl").read_text().splitlines()]
    by_url = {item["url"]: item for item in items}
    # the menu page has no article: dropped; the two articles have their fields
    assert sorted(by_url) == [server + "a/graz", server + "a/lyon"]
    lyon = by_url[server + "a/lyon"]
    assert lyon["title"] == "Bridge approved in Lyon"
    assert lyon["paragraphs"][0].startswith("The council of Lyon approved")
    assert "Share on Facebook" not in lyon["text"] and "Home" not in lyon["text"]
    assert lyon["site_name"] == "The Gazette" and lyon["tags"] == ["Bridges"]
    assert lyon["id"] == "lyon" and lyon["html"].startswith("<html>")  # the item's own fields stay
    assert "'newsclean/articles/extracted': 2" in crawled.stderr
    assert "'newsclean/pages/no_article': 1" in crawled.stderr
