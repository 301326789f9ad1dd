"""Small parts of the crawl: URL canonicalisation, sitemap and feed parsing,
site profiles, settings, and the doctests of every spiders module."""

from __future__ import annotations

import doctest
import gzip
import importlib
import pkgutil
from pathlib import Path

import pytest

import spiders
from newsclean.crawl import parse_interval
from spiders.discovery import looks_like, parse_feed, parse_sitemap
from spiders.profiles import ProfileError, load_profile
from spiders.settings import build_settings
from spiders.urls import ArticleMatcher, canonicalize_url

#: spiders.preload loads the extraction stack when imported (in the fork server).
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(spiders.__path__, "spiders.")
    if m.name != "spiders.preload"
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://e.org/a?utm_source=x&utm_medium=y", "https://e.org/a"),
        ("https://e.org/a?fbclid=1&id=7", "https://e.org/a?id=7"),
        ("https://E.org:443/a#comments", "https://e.org/a"),
        ("http://e.org:8080/a?b=2&a=1", "http://e.org:8080/a?a=1&b=2"),
        ("https://e.org/caf%C3%A9", "https://e.org/caf%C3%A9"),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_gzipped_sitemap_and_index_are_read() -> None:
    urlset = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://e.org/a.html</loc><lastmod>2024-01-01</lastmod></url>"
        b"</urlset>"
    )
    assert looks_like(gzip.compress(urlset)) == "sitemap"
    assert [e.url for e in parse_sitemap(gzip.compress(urlset))] == ["https://e.org/a.html"]
    assert parse_sitemap(b"<html><body>not a sitemap</body></html>") == []


def test_rdf_feed_and_xml_bombs() -> None:
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://e.org/x">'
        b"<title>X</title></item></rdf:RDF>"
    )
    assert [e.url for e in parse_feed(rdf)] == ["https://e.org/x"]
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<rss><channel><item><link>&b;</link></item></channel></rss>"
    )
    assert all(len(e.url) < 100 for e in parse_feed(bomb))


def test_article_matcher_uses_path_and_query() -> None:
    matcher = ArticleMatcher(r"/\d{4}/\d{2}/[^/]+\.html$")
    assert matcher("https://e.org/news/2024/05/x.html")
    assert not matcher("https://e.org/news/world/")


def test_profiles_ship_and_errors_are_one_line(tmp_path: Path) -> None:
    demo = load_profile("demo")
    assert demo.article_pattern and "#comments" in demo.drop
    assert load_profile("example").resolved().allowed_domains == {"news.example.org"}
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "bad"\narticle_pattern = "("\n')
    with pytest.raises(ProfileError, match="article_pattern"):
        load_profile(str(bad))
    with pytest.raises(ProfileError, match="relative"):
        load_profile("demo").resolved()


def test_polite_defaults_and_precedence() -> None:
    settings = build_settings("/tmp/x.sqlite", {"DOWNLOAD_DELAY": 3}, {"USER_AGENT": "me/1"})
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert 429 in settings.getlist("RETRY_HTTP_CODES")
    assert settings.getint("DOWNLOAD_MAXSIZE") > 0 and settings.getint("DOWNLOAD_TIMEOUT") > 0
    assert settings.getfloat("DOWNLOAD_DELAY") == 3
    assert settings["USER_AGENT"] == "me/1"
    assert build_settings("/tmp/x.sqlite")["USER_AGENT"].startswith("newsclean/")


def test_parse_interval() -> None:
    assert parse_interval("30m") == 1800
    assert parse_interval("1d") == 86400
