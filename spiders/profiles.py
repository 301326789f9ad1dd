"""Site profiles: what to crawl on one site, as data (``spiders/sites/NAME.toml``).

A profile names the site, its allowed domains, where articles are listed
(sitemaps, feeds, start pages), which URLs are articles, and optional CSS
selectors: ``drop`` removes page parts before extraction, ``body`` takes the
article from the first matching element only. URLs may be relative
("/sitemap.xml"); they are resolved against ``base_url``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from cleaners.errors import NewscleanError
from spiders.urls import DEFAULT_ARTICLE_PATTERN, host_of

SITES_DIR = Path(__file__).parent / "sites"
#: Folders of the user's own profiles, searched before the bundled ones:
#: ``$NEWSCLEAN_SITES`` (``os.pathsep``-separated), then ``./sites``.
SITES_ENV = "NEWSCLEAN_SITES"
LOCAL_SITES_DIR = Path("sites")
#: Fields a profile may give selectors for (``[selectors]``: CSS, or XPath when
#: the value starts with ``/`` or ``(``), read from the page before extraction.
SELECTOR_FIELDS = ("title", "author", "published", "body")
PROFILE_KEYS = frozenset(
    {
        "name",
        "base_url",
        "allowed_domains",
        "sitemaps",
        "feeds",
        "start_pages",
        "article_pattern",
        "drop",
        "body",
        "selectors",
        "settings",
    }
)


class ProfileError(NewscleanError):
    """A site profile is missing or malformed."""


@dataclass(frozen=True)
class SiteProfile:
    """Where and how to crawl one site.

    >>> p = SiteProfile("demo", base_url="http://127.0.0.1:8000", sitemaps=("/sitemap.xml",))
    >>> p.resolved().sitemaps, sorted(p.resolved().allowed_domains)
    (('http://127.0.0.1:8000/sitemap.xml',), ['127.0.0.1'])
    """

    name: str
    base_url: str | None = None
    allowed_domains: frozenset[str] = frozenset()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    start_pages: tuple[str, ...] = ()
    article_pattern: str | None = None
    drop: tuple[str, ...] = ()
    body: str | None = None
    settings: dict[str, object] = field(default_factory=dict)
    selectors: dict[str, str] = field(default_factory=dict)

    def resolved(self) -> SiteProfile:
        """URLs made absolute against ``base_url``; allowed domains default to
        the hosts of every seed URL."""
        base = self.base_url or ""

        def absolute(urls: tuple[str, ...]) -> tuple[str, ...]:
            out = []
            for url in urls:
                full = urljoin(base, url) if base else url
                if not re.match(r"https?://", full):
                    raise ProfileError(
                        f"profile {self.name!r}: {url!r} is relative and there is no base_url"
                    )
                out.append(full)
            return tuple(out)

        sitemaps, feeds, starts = (
            absolute(self.sitemaps),
            absolute(self.feeds),
            absolute(self.start_pages),
        )
        domains = set(self.allowed_domains) or {host_of(u) for u in (*sitemaps, *feeds, *starts)}
        if base and not self.allowed_domains:
            domains.add(host_of(base))
        return replace(
            self,
            sitemaps=sitemaps,
            feeds=feeds,
            start_pages=starts,
            allowed_domains=frozenset(d for d in domains if d),
        )

    @property
    def seeds(self) -> tuple[str, ...]:
        """Every URL the crawl starts from."""
        return (*self.sitemaps, *self.feeds, *self.start_pages)

    @property
    def effective_pattern(self) -> str | None:
        """The article-URL pattern; start pages fall back to a generic one."""
        if self.article_pattern:
            return self.article_pattern
        return DEFAULT_ARTICLE_PATTERN if self.start_pages else None

    def merged(
        self,
        *,
        sitemaps: list[str] | None = None,
        feeds: list[str] | None = None,
        start_pages: list[str] | None = None,
        article_pattern: str | None = None,
        base_url: str | None = None,
    ) -> SiteProfile:
        """This profile with command-line additions."""
        return replace(
            self,
            sitemaps=(*self.sitemaps, *(sitemaps or ())),
            feeds=(*self.feeds, *(feeds or ())),
            start_pages=(*self.start_pages, *(start_pages or ())),
            article_pattern=article_pattern or self.article_pattern,
            base_url=base_url or self.base_url,
        )


def _strings(data: dict[str, object], key: str, source: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{source}: {key} must be a list of strings")
    return tuple(value)


def profile_from_dict(data: dict[str, object], source: str = "profile") -> SiteProfile:
    """Build and check a profile from parsed TOML.

    >>> profile_from_dict({"name": "x", "feeds": ["https://x.org/rss"]}).feeds
    ('https://x.org/rss',)
    >>> profile_from_dict({"name": "x", "colour": 1})
    Traceback (most recent call last):
    ...
    spiders.profiles.ProfileError: profile: unknown key(s) colour
    """
    unknown = set(data) - PROFILE_KEYS
    if unknown:
        raise ProfileError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ProfileError(f"{source}: name is required")
    pattern = data.get("article_pattern")
    if pattern is not None:
        if not isinstance(pattern, str):
            raise ProfileError(f"{source}: article_pattern must be a string")
        try:
            re.compile(pattern)
        except re.error as e:
            raise ProfileError(f"{source}: article_pattern: {e}") from None
    body = data.get("body")
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise ProfileError(f"{source}: [settings] must be a table")
    base = data.get("base_url")
    selectors = _selectors(data.get("selectors", {}), source)
    if "body" in selectors and body is None:
        body = selectors["body"]
    return SiteProfile(
        name=name,
        base_url=base if isinstance(base, str) else None,
        allowed_domains=frozenset(d.lower() for d in _strings(data, "allowed_domains", source)),
        sitemaps=_strings(data, "sitemaps", source),
        feeds=_strings(data, "feeds", source),
        start_pages=_strings(data, "start_pages", source),
        article_pattern=pattern,
        drop=_strings(data, "drop", source),
        body=body if isinstance(body, str) else None,
        settings=dict(settings),
        selectors=selectors,
    )


def _selectors(value: object, source: str) -> dict[str, str]:
    """The ``[selectors]`` table, checked: known fields, CSS or XPath that compiles.

    >>> _selectors({"title": "h1.headline", "author": "//span[@class='by']"}, "p")
    {'title': 'h1.headline', 'author': "//span[@class='by']"}
    """
    if not isinstance(value, dict):
        raise ProfileError(f"{source}: [selectors] must be a table")
    unknown = set(value) - set(SELECTOR_FIELDS)
    if unknown:
        raise ProfileError(f"{source}: unknown selector(s) {', '.join(sorted(unknown))}")
    for name, selector in value.items():
        if not isinstance(selector, str) or not selector.strip():
            raise ProfileError(f"{source}: selector {name} must be a string")
        try:
            compile_selector(selector)
        except Exception as e:  # cssselect and lxml raise several error types
            raise ProfileError(f"{source}: selector {name}: {e}") from None
    return dict(value)


def compile_selector(selector: str) -> Any:
    """An lxml XPath for an XPath selector (``/...``, ``(...``), else for CSS."""
    from lxml import etree
    from lxml.cssselect import CSSSelector

    if selector.lstrip().startswith(("/", "(", "./")):
        return etree.XPath(selector)
    return CSSSelector(selector)


def select_fields(root: Any, selectors: dict[str, str]) -> dict[str, str]:
    """The text each field's selector finds in the parsed page ``root`` (first
    match; for XPath, a string result or an element's text), title, author
    and published only: the body selector narrows the page instead.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<html><body><h1 class='t'> Big  news </h1>"
    ...     "<time datetime='2024-05-01'>May 1</time></body></html>")
    >>> select_fields(page, {"title": "h1.t", "published": "//time/@datetime"})
    {'title': 'Big news', 'published': '2024-05-01'}
    """
    found: dict[str, str] = {}
    for name, selector in selectors.items():
        if name == "body":
            continue
        result = compile_selector(selector)(root)
        first = result[0] if isinstance(result, list) and result else result
        if hasattr(first, "text_content"):
            first = first.text_content()
        text = " ".join(str(first).split()) if isinstance(first, str) and first else ""
        if text:
            found[name] = text
    return found


def search_path(sites_dir: Path = SITES_DIR) -> list[Path]:
    """Where ``--site NAME`` is looked for, first match wins: the folders of
    ``$NEWSCLEAN_SITES``, ``./sites``, then the bundled profiles."""
    env = [Path(p) for p in os.environ.get(SITES_ENV, "").split(os.pathsep) if p]
    return [*env, LOCAL_SITES_DIR, sites_dir]


def load_profile(name_or_path: str, sites_dir: Path = SITES_DIR) -> SiteProfile:
    """Load a TOML file given by path, or ``NAME.toml`` from the first folder
    of :func:`search_path` that has it."""
    path = Path(name_or_path)
    folders = search_path(sites_dir)
    if path.suffix != ".toml":
        candidates = [folder / f"{name_or_path}.toml" for folder in folders]
        path = next((c for c in candidates if c.is_file()), candidates[-1])
    if not path.is_file():
        names = {p.stem for folder in folders if folder.is_dir() for p in folder.glob("*.toml")}
        known = ", ".join(sorted(names)) or "none"
        raise ProfileError(f"no site profile {name_or_path!r} (known: {known})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ProfileError(f"{path}: {e}") from None
    return profile_from_dict(data, str(path))
