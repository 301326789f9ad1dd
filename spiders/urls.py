"""URL canonicalisation and article-URL matching.

Two URLs that differ only by tracking parameters, fragment, host case, default
port or query order name the same page; :func:`canonicalize_url` maps them to
one string, which is the key of the crawl state.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

#: Query parameters that only say where a click came from.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "icid",
        "ncid",
        "sr_share",
        "s_cid",
        "xtor",
        "at_medium",
        "at_campaign",
        "smid",
        "ito",
        "spm",
        "share",
        "ref_src",
        "ref_url",
    }
)
#: Prefixes of tracking parameter families (utm_source, utm_medium, ...).
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_", "matomo_", "hsa_", "vero_")
DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443}

#: Paths that look like an article when a site profile gives no pattern: a date
#: folder (/2019/10/), or a last segment of at least three hyphenated words or
#: ending in a numeric id.
DEFAULT_ARTICLE_PATTERN = (
    r"/(19|20)\d{2}/[01]?\d/"
    r"|/[^/?#]*[a-z0-9]+-[a-z0-9]+-[a-z0-9]+[^/?#]*/?(\?|#|$)"
    r"|[-_/]\d{4,}(\.s?html?)?/?(\?|#|$)"
)


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks the click.

    >>> is_tracking_param("utm_source"), is_tracking_param("id")
    (True, False)
    """
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """The canonical form of ``url``: lower-case scheme and host, no default
    port, no fragment, no tracking parameters, the other parameters sorted.

    >>> canonicalize_url("HTTPS://News.Example.org:443/a/b.html?utm_source=rss&id=3&b=1#top")
    'https://news.example.org/a/b.html?b=1&id=3'
    >>> canonicalize_url("http://example.org")
    'http://example.org/'
    """
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def host_of(url: str) -> str:
    """The lower-case host name of ``url``.

    >>> host_of("https://WWW.Example.org:8080/x")
    'www.example.org'
    """
    return (urlsplit(url).hostname or "").lower()


def in_domains(url: str, domains: frozenset[str] | set[str]) -> bool:
    """True when the host of ``url`` is one of ``domains`` or a subdomain of one.

    >>> in_domains("https://en.example.org/a", {"example.org"})
    True
    >>> in_domains("https://badexample.org/a", {"example.org"})
    False
    """
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)


class ArticleMatcher:
    """Tells article URLs from other links with one regular expression
    searched in the URL's path and query.

    >>> m = ArticleMatcher(DEFAULT_ARTICLE_PATTERN)
    >>> m("https://example.org/news/world/2019/10/vietnam-attends-assembly.html")
    True
    >>> m("https://example.org/news/world/")
    False
    """

    def __init__(self, pattern: str | None) -> None:
        self.pattern = pattern
        self._regex = re.compile(pattern) if pattern else None

    def __call__(self, url: str) -> bool:
        if self._regex is None:
            return True
        parts = urlsplit(url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        return bool(self._regex.search(target))
