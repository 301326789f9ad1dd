"""HTML to Article: decode, pre-pass, trafilatura, then the cleaner chain.

1. :mod:`scraper.encoding` turns bytes into text (HTTP charset, BOM, meta
   charset, detection);
2. the page is parsed once with lxml; :mod:`scraper.metadata` reads title,
   author, date and language from it;
3. :mod:`scraper.prepass` takes out what trafilatura would keep (related
   lists, newsletter boxes, comments, share bars, captions, the headline) and
   makes every block edge a word boundary;
4. trafilatura extracts the body from the prepared tree, in its fast,
   precision-favouring mode (the pre-pass has already done the recall-safe
   work that its fallback extractors would do);
5. the cleaner chain runs on the text, with captions and metadata as hints.

Every step is bounded: inputs are capped in size, deep nesting is flattened,
and trafilatura runs under a time budget; past it the best text so far (the
main element's paragraphs) is used, or :class:`ExtractionError` raised.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

import cleaners
from cleaners.article import Article, Change
from cleaners.bounded import in_pieces
from cleaners.chain import Chain
from cleaners.errors import ExtractionError
from cleaners.forms import joined_forms, written_forms
from scraper.agreement import OTHER, choose, or_reference, share, shingle_set, suspect
from scraper.htmltree import cut_page_text, norm, parse
from scraper.metadata import page_metadata, search_page_date
from scraper.prepass import Prepared, prepare, strip_headline
from scraper.rawpage import RawPage
from scraper.settings import (
    FOUND_SHARE,
    MAX_BODY_CHARS,
    MAX_DATE_SEARCH_ELEMENTS,
    MAX_PAGE_TEXT_CHARS,
    MAX_REMOVAL_TEXT,
    MAX_TREE_ELEMENTS,
    MIN_BODY_CHARS,
    MIN_COVERAGE,
    MIN_MAIN_CHARS,
    PREPASS_SHARE,
    STANDFIRST_SEARCH_PARAGRAPHS,
    TIME_BUDGET,
    WORD_LIST_MAX_CHARS,
)
from scraper.sites import SiteTemplate

_WORD = re.compile(r"\w+")
_COUNT_ELEMENTS = etree.XPath("count(descendant-or-self::*)")
#: trafilatura's options on the prepared tree: precision first, no fallback
#: extractors (the pre-pass did their recall-safe work), no comments.
TRAFILATURA_OPTIONS: dict[str, bool] = {
    "fast": True,
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_formatting": False,
    "include_links": False,
}
#: trafilatura's options for the second opinion, on the raw page: its defaults
#: (fallback extractors included), without comments (never article text).
RAW_OPTIONS: dict[str, bool] = {"include_comments": False, "include_tables": True}
#: Elements read, in order, when the main element has to give the text itself.
_FALLBACK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")


#: Characters escaped in error messages (they would break the one line).
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class _OutOfTime(Exception):
    pass


#: Seconds between repeats of the alarm once the budget is spent: Python drops
#: an exception raised where nothing can take it (a garbage-collector callback,
#: a ``__del__``), so the alarm fires again until one lands in the block.
ALARM_REPEAT = 0.05


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_OutOfTime` inside the block after ``seconds`` (main thread
    only; elsewhere the size caps are the bound). An outer timer is restored."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return
    active = True

    def on_alarm(signum: int, frame: object) -> None:
        if active:
            raise _OutOfTime

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT)
    if previous_delay and previous_delay < seconds:  # an outer timer fires first: keep it
        signal.setitimer(signal.ITIMER_REAL, previous_delay, previous_interval)
        signal.signal(signal.SIGALRM, previous_handler)
        previous_delay = 0.0
        previous_handler = None
    try:
        yield
    finally:
        active = False
        if previous_handler is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
            if previous_delay:
                left = max(0.001, previous_delay - (time.monotonic() - started))
                signal.setitimer(signal.ITIMER_REAL, left, previous_interval)


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, for a
    one-line error message.

    >>> one_line("a\\nb\\x00c")
    'a\\\\nb\\\\x00c'
    """
    return CONTROL_CHARS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def page_label(url: str | None) -> str:
    """How an error message names a page: its URL on one line, or ``page``.

    >>> page_label(None), page_label("https://e.org/a")
    ('page', 'https://e.org/a')
    """
    return one_line(url) if url else "page"


def main_text(page: Prepared) -> str:
    """The best text without trafilatura: the paragraphs of the pre-pass's main
    element (or of the whole body), one per line."""
    body = page.tree.find("body")
    root = page.main if page.main is not None else (body if body is not None else page.tree)
    # the outermost blocks only: a quote's <p> inside its <blockquote>, a list
    # item's <p>, is read with its block, not a second time on its own
    parts = [
        norm(e.text_content()) for e in root.iter(*_FALLBACK_TAGS) if not _inside_block(e, root)
    ]
    parts = [p for p in parts if p]
    if not parts:
        parts = [line.strip() for line in root.text_content().split("\n") if line.strip()]
    return "\n".join(parts)


def _inside_block(elem: HtmlElement, root: HtmlElement) -> bool:
    """Whether ``elem`` sits inside another of the fallback's blocks below ``root``."""
    parent = elem.getparent()
    while parent is not None and parent is not root:
        if parent.tag in _FALLBACK_TAGS:
            return True
        parent = parent.getparent()
    return False


def _trafilatura_text(
    tree: HtmlElement, url: str | None, options: dict[str, bool] = TRAFILATURA_OPTIONS
) -> str:
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        **options,  # type: ignore[arg-type]
    )
    return str(getattr(result, "text", None) or "")


def second_opinion(raw: RawPage, url: str | None, budget: float) -> tuple[list[str], str]:
    """trafilatura's paragraphs for the raw page (parsed afresh: the pre-pass
    changed the first tree; its text cut as the first one was), with the raw
    page's body text (scripts and styles aside: it places blocks the pre-pass
    removed); none past ``budget`` seconds."""
    try:
        with _time_limit(budget):
            text = raw.text()
            tree, _ = parse(text)
            html_chars = len(text)
            del text
            cut_page_text(tree, MAX_PAGE_TEXT_CHARS, html_chars)
            if element_count(tree) > MAX_TREE_ELEMENTS:
                return [], ""
            etree.strip_elements(tree, "script", "style", with_tail=False)
            raw_text = norm(_body_of(tree).text_content())
            text = _trafilatura_text(tree, url, RAW_OPTIONS)
    except (_OutOfTime, RecursionError, ValueError, TypeError, etree.LxmlError):
        return [], ""
    return [p for p in (norm(line) for line in text.split("\n")) if p], raw_text


def cap_paragraphs(paragraphs: list[str], limit: int = MAX_BODY_CHARS) -> list[str]:
    """The leading paragraphs that fit in ``limit`` characters (at least one,
    itself cut to the limit).

    >>> cap_paragraphs(["abc", "def", "ghi"], limit=10)
    ['abc', 'def']
    """
    out: list[str] = []
    total = 0
    for p in paragraphs:
        total += len(p) + 2  # joined by a blank line
        if total > limit and out:
            break
        out.append(p[:limit])
    return out


def coverage(text: str, reference: str) -> float:
    """Share of the distinct words of ``reference`` that ``text`` contains.

    >>> coverage("the cat sat", "the cat sat on the mat")
    0.6
    """
    ref = distinct_words(reference)
    if not ref:
        return 1.0
    return len(ref & distinct_words(text)) / len(ref)


def distinct_words(text: str) -> set[str]:
    """The distinct words of ``text``, casefolded, found a piece of at most
    about ``WORD_LIST_MAX_CHARS`` at a time (cut at spaces, never in a word).

    >>> sorted(distinct_words("The cat saw the Cat"))
    ['cat', 'saw', 'the']
    """
    folded = in_pieces(str.casefold, text)
    words: set[str] = set()
    start = 0
    while start < len(folded):
        end = folded.find(" ", start + WORD_LIST_MAX_CHARS)
        end = len(folded) if end < 0 else end
        words.update(_WORD.findall(folded, start, end))
        start = end
    return words


def body_text(page: Prepared, url: str | None, budget: float = TIME_BUDGET) -> str:
    """The article body of a prepared page, within ``budget`` seconds.

    trafilatura's text is checked against the pre-pass's main element: when
    it misses most of the main element's prose (it settled on another part of
    the page), the main element's paragraphs are used instead.
    """
    if element_count(page.tree) > MAX_TREE_ELEMENTS:
        return main_text(page)
    try:
        with _time_limit(budget):
            text = _trafilatura_text(page.tree, url)
    except (_OutOfTime, RecursionError):
        text = ""
    main = page.main
    if main is not None and main.tag != "body":
        reference = main.text_content()
        if len(reference) >= MIN_MAIN_CHARS and coverage(text, reference) < MIN_COVERAGE:
            return main_text(page)
    return text if text.strip() else main_text(page)


def with_standfirst(paragraphs: list[str], page: Prepared) -> list[str]:
    """``paragraphs`` opened by the page's standfirst when the pre-pass found
    one outside the main element and the body does not hold it already."""
    if not page.standfirst:
        return paragraphs
    held = shingle_set("\n".join(paragraphs[:STANDFIRST_SEARCH_PARAGRAPHS]))
    if share(shingle_set(page.standfirst), held) >= FOUND_SHARE:
        return paragraphs
    return [page.standfirst, *paragraphs]


def element_count(tree: HtmlElement) -> int:
    """Number of elements in ``tree``, counted in C.

    >>> import lxml.html
    >>> element_count(lxml.html.fromstring("<div><p>a</p><p>b</p></div>"))
    3
    """
    return int(_COUNT_ELEMENTS(tree))


def extract(
    html: bytes | str,
    url: str | None = None,
    chain: Chain | None = None,
    *,
    charset: str | None = None,
    budget: float = TIME_BUDGET,
    site: SiteTemplate | None = None,
) -> Article:
    """Extract the article from an HTML page and clean it.

    ``charset`` is the HTTP header's charset when the page was fetched;
    ``budget`` the seconds the extraction may take before it settles for the
    best text so far (the cleaner chain runs after it, on a capped body).
    Raises :class:`~cleaners.errors.ExtractionError` (one-line message) when
    the page holds no article text. ``site`` (see :func:`scraper.learn_site`)
    guides the extraction with what the page's site repeats: see
    :mod:`scraper.sitefit`.

    >>> page = ("<html><head><title>Rain - Gazette</title></head><body><article>"
    ...     "<h1>Rain due</h1><p>Rain is due in the north on Monday, forecasters said"
    ...     " on Sunday.<br>It will clear by Wednesday.</p><p>Farmers welcomed the"
    ...     " news after a dry summer across the region.</p></article>"
    ...     "<div class='newsletter'>Sign up for our newsletter</div></body></html>")
    >>> a = extract(page.encode())
    >>> a.title
    'Rain due'
    >>> a.text.split("\\n\\n")[1]
    'It will clear by Wednesday.'
    >>> "newsletter" in a.text
    False
    """
    if site is not None:  # the template's own module weighs both ways
        from scraper.sitefit import extract_with_site

        return extract_with_site(html, url, site, chain, charset=charset, budget=budget)
    started = time.monotonic()
    raw = RawPage(html, charset)
    del html  # ``raw`` holds it
    text = raw.text()
    try:
        tree, flattened = parse(text)
    except (ValueError, TypeError, etree.LxmlError) as e:  # lxml refuses some inputs outright
        message = f"not parseable as HTML ({e})"
        raise ExtractionError(f"{page_label(url)}: {one_line(message)}") from None
    # the page as given (bytes take less than their text) stands for it from
    # here on: the second opinion decodes it again
    html_chars = len(text)
    del text
    headline_elem = tree.find(".//h1")
    headline = norm(headline_elem.text_content()) if headline_elem is not None else None
    size = element_count(tree)
    meta = page_metadata(tree, url, headline or None, search_date=False)
    # metadata read (JSON-LD may close the page), the text past what any step needs goes
    page_cut = cut_page_text(tree, MAX_PAGE_TEXT_CHARS, html_chars)
    if page_cut:  # the tree is now small: the page would be the most held
        raw.pack()
    if size <= MAX_DATE_SEARCH_ELEMENTS:
        search_page_date(meta, tree, url)
    page = prepare(
        tree,
        flattened,
        meta.title,
        meta.description,
        started + PREPASS_SHARE * budget,
        author=meta.author,
        site_name=meta.site_name,
        reference=meta.body,
        summaries=tuple(meta.summaries),
    )
    # the words the page writes decomposed, if any, read where the article is
    # (the main element, the title): the whole page's markup costs 20 times more
    main = page.main if page.main is not None else page.tree
    written = " ".join(filter(None, (main.text_content(), meta.title, headline)))
    # and the words it writes with a joiner inside (Persian), which trafilatura drops
    forms = {**joined_forms(written), **written_forms(written)}
    left = budget - (time.monotonic() - started)
    body = body_text(page, url, left) if left > 0 else main_text(page)
    title = meta.title or page.headline
    paragraphs = with_standfirst(strip_headline(body.split("\n"), page.headline, title), page)
    change = None
    left = budget - (time.monotonic() - started)
    if left > 0 and suspect(paragraphs, page.prose_chars, meta.body):
        found_other, raw_text = second_opinion(raw, url, left)
        other = strip_headline(found_other, page.headline, title)
        choice = choose(
            paragraphs,
            other,
            page.removed_text(),
            meta.body,
            title=title,
            page_text=norm(page.tree.text_content()),
            headline=page.headline or title,
            raw_text=raw_text,
            description=meta.description,
            off_topic=[t for kind, t in page.removals() if kind == "off_topic"],
        )
        # neither reading of the HTML may hold the article: the page's data then does
        choice = or_reference(choice, meta.body, f"{title or ''} {meta.description or ''}")
        if choice.winner != "body":
            change = _choice_change(paragraphs, choice.paragraphs, choice.winner, choice.reason)
            paragraphs = choice.paragraphs
    found, paragraphs = paragraphs, cap_paragraphs(paragraphs)
    if sum(len(p.strip()) for p in paragraphs) < MIN_BODY_CHARS:
        raise ExtractionError(f"{page_label(url)}: no article text found")
    article = cleaners.clean(
        "\n".join(paragraphs),
        chain=chain,
        url=url,
        title=title,
        author=meta.person,  # a publisher as author leaves the text's byline a say
        published=meta.published,
        captions=page.captions,
        forms=forms,  # trafilatura composes its text: the article keeps the page's forms
    )
    # the body's language, as the chain detects it, wins over what the page
    # declares (pages copy a site-wide lang attribute); the page fills a gap
    if article.language is None:
        article.language = meta.language
    if change is not None:
        article.changes.insert(0, change)
    # what the pre-pass took out of the page comes first, as it happened first
    article.changes[:0] = [
        Change("prepass", "remove", cut_text(t, MAX_REMOVAL_TEXT), 0, target=k)
        for k, t in page.removals()
    ]
    meta.describe(article)
    cut = sum(map(len, found)) - sum(map(len, paragraphs)) + page_cut
    if cut > 0:  # said, not silent: the reader must know the text is not whole
        at = sum(map(len, paragraphs)) + 2 * (len(paragraphs) - 1)
        limit = f"[{cut:,} characters past the {MAX_BODY_CHARS:,}-character limit]"
        article.changes.insert(0, Change("cap_body", "remove", limit, at))
    return article


def _body_of(tree: HtmlElement) -> HtmlElement:
    """The tree's ``<body>`` (the head's title would come first in its text)."""
    body = tree.find("body")
    return body if body is not None else tree


def cut_text(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a space, with an ellipsis.

    >>> cut_text("one two three", 8)
    'one two…'
    """
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _choice_change(before: list[str], after: list[str], winner: str, reason: str) -> Change:
    """The record of a body other than the pre-pass's: which won and why."""
    if winner == "union":
        kept = set(before)
        added = [p for p in after if p not in kept]
        size = sum(len(p) for p in added)
        joined = f"{len(added)} paragraphs ({size} characters) from {OTHER}: {reason}"
        return Change("choose_body", "insert", joined, 0)
    size = sum(len(p) for p in before)
    source = "the page's JSON-LD articleBody" if winner == "reference" else OTHER
    chosen = f"{source} ({sum(len(p) for p in after)} characters): {reason}"
    return Change("choose_body", "replace", f"pre-pass body ({size} characters)", 0, chosen)
