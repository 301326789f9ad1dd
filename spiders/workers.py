"""Work done in the extraction worker processes: site selectors, the
canonical link, :func:`scraper.extract` with the cleaner chain, fingerprints.

Everything here is CPU-bound and runs outside the crawl's event loop
(see :class:`spiders.pipelines.ExtractionPipeline`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from spiders.fingerprint import text_fingerprint
from spiders.store import near_duplicate_signature

CANONICAL_XPATH = etree.XPath("//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href")


def canonical_link(root: lxml.html.HtmlElement, url: str) -> str | None:
    """The page's ``<link rel="canonical">`` as an absolute http(s) URL, or None.

    >>> page = lxml.html.fromstring('<html><head><link rel="canonical" href="/a"></head></html>')
    >>> canonical_link(page, "https://e.org/x?utm_source=y")
    'https://e.org/a'
    """
    for href in CANONICAL_XPATH(root):
        full = urljoin(url, str(href).strip())
        if full.startswith(("http://", "https://")):
            return full
    return None


def apply_selectors(root: lxml.html.HtmlElement, drop: tuple[str, ...], body: str | None) -> bool:
    """Remove elements matching ``drop``; when ``body`` matches, keep only that
    element inside ``<body>``. Returns True when the tree changed.

    >>> page = lxml.html.fromstring(
    ...     '<html><body><nav>N</nav><article><p>A</p><div id="c">C</div></article></body></html>')
    >>> apply_selectors(page, ("#c",), "article")
    True
    >>> lxml.html.tostring(page.body)
    b'<body><article><p>A</p></article></body>'
    """
    changed = False
    for selector in drop:
        for elem in CSSSelector(selector)(root):
            parent = elem.getparent()
            if parent is not None:
                elem.drop_tree()
                changed = True
    if body:
        matches = CSSSelector(body)(root)
        page_body = root.find(".//body")
        if matches and page_body is not None:
            keep = matches[0]
            for child in list(page_body):
                page_body.remove(child)
            page_body.text = None
            page_body.append(keep)
            keep.tail = None
            changed = True
    return changed


def extract_page(
    body: bytes,
    url: str,
    drop: tuple[str, ...] = (),
    body_selector: str | None = None,
    site: str | None = None,
) -> dict[str, Any]:
    """Extract and clean one page; returns the Article as a dict plus
    ``canonical`` (the page's canonical link), ``text_hash`` and ``signature``
    (MinHash bytes, or None for a short text). ``site`` is the page's site
    template as JSON (:mod:`spiders.templates`), when it has one.

    Raises :class:`cleaners.errors.ExtractionError` when there is no article.
    """
    from scraper.extraction import extract
    from scraper.sites import SiteTemplate

    html: bytes | str = body
    canonical = None
    try:
        root = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        root = None
    if root is not None:
        canonical = canonical_link(root, url)
        if (drop or body_selector) and apply_selectors(root, drop, body_selector):
            # As text: re-encoded bytes could contradict the page's <meta charset>.
            html = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    article = extract(html, url=url, site=SiteTemplate.from_json(site) if site else None)
    text = article.text
    return {
        "article": article.to_dict(),
        "canonical": canonical,
        "text_hash": text_fingerprint(text),
        "signature": near_duplicate_signature(text),
    }


#: A small page extracted once when a worker starts, so that the extraction
#: stack's lazy loading (word lists, models) is done before the first real page.
WARM_UP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    + b"<p>The council met on Monday to discuss the budget for the coming year.</p>" * 8
    + b"</article></body></html>"
)


#: prctl option: a signal for this process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to end this worker when the crawl process dies, even by
    SIGKILL, so that a killed crawl leaves no orphaned workers behind."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


def load_extraction_stack() -> None:
    """Import and exercise the extraction stack once, so that its lazy loading
    (word lists, language data) is done before the first real page."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    with contextlib.suppress(NewscleanError):  # only the loading matters here
        extract(WARM_UP_PAGE, url="http://localhost/warm-up")


def warm_up() -> None:
    """Initialise a worker process: tie it to its parent, then make sure the
    extraction stack is loaded (a no-op when the fork server preloaded it)."""
    die_with_parent()
    load_extraction_stack()


def extract_profiled(
    body: bytes,
    url: str,
    drop: tuple[str, ...] = (),
    body_selector: str | None = None,
    selectors: tuple[tuple[str, str], ...] = (),
    site: str | None = None,
) -> dict[str, Any]:
    """:func:`~spiders.workers.extract_page` (with the site's template JSON when
    there is one), then the profile's title, author and date selectors
    (``[selectors]``) over what the page's metadata gave (run in a worker process)."""
    result = extract_page(body, url, drop, body_selector, site)
    if selectors:
        import lxml.html

        from spiders.profiles import select_fields

        root = lxml.html.document_fromstring(body)
        result["article"].update(select_fields(root, dict(selectors)))
    return result
