"""The main element: the element holding the article's paragraphs.

Every paragraph (a ``<p>``, or a div the pre-pass will turn into one) with
prose scores for its ancestors: its length in full for its parent, half for
the grandparent, and so on. The choice can be wrong safely:

* prose inside page chrome (``<nav>``, ``<footer>``, ``<aside>``, ``<header>``,
  ``<form>``, or a class/id naming a footer, menu, legal notice...) and inside
  furniture named by class (consent banners, comments, related lists) weighs
  little, so a cookie notice longer than the article does not win;
* the page's own statement of where the article is (``<article>``, ``<main>``,
  role=main, ``itemprop=articleBody``) weighs in as evidence, not as an order;
* comment threads rarely win: each comment has its own parent, so their prose
  spreads over many elements;
* a best block that shares almost none of the words of the page's title and
  description gives way to a block that shares most (:mod:`scraper.prepass.topic`):
  an unnamed consent notice or footer longer than the article is not it;
* a post weighs little: a paragraph in an item of its own with a short header
  and a link (a name, a time, "Reply"), in a run of such items, is a reader's
  comment (:mod:`scraper.prepass.posts`), however many there are;
* a teaser's blurb weighs little: a paragraph that opens with a link, or that
  follows a linked heading (a list of other articles, of the publisher's other
  sites), is a link's description, not the article.

>>> from scraper.htmltree import parse
>>> body = ("<div class='cookie-notice'>" + "<p>" + "We use cookies. " * 30 + "</p>" * 3
...     + "</div><div id='story'><p>" + "The storm hit the coast. " * 10 + "</p></div>")
>>> page = PageState(parse(f"<html><body>{body}</body></html>")[0])
>>> from scraper.prepass.furniture import find_furniture
>>> find_furniture(page); find_main(page); page.main.get("id")
'story'
"""

from __future__ import annotations

from collections import Counter

from lxml import etree
from lxml.html import HtmlElement

from scraper.htmltree import BLOCK_TAGS, attached, link_text_len, norm
from scraper.prepass.furniture import chrome_by_tag
from scraper.prepass.misnamed import free_zones
from scraper.prepass.posts import find_posts
from scraper.prepass.state import HEADING_TAGS, PageState, is_prose
from scraper.prepass.topic import terms, title_share
from scraper.settings import (
    FURNITURE_PROSE_WEIGHT,
    MARKED_BODY_MIN_CHARS,
    MARKED_BODY_MIN_SHARE,
    PROSE_LINK_SHARE,
    PROSE_MIN_CHARS,
    RIVAL_TOPIC_FACTOR,
    SAME_STORY_TERM_SHARE,
    SCORE_MIN_WEIGHT,
    SEMANTIC_BONUS,
    SIBLING_PROSE_SHARE,
    STANDFIRST_TERM_SHARE,
    TEASER_GROUP_LEVELS,
    TEASER_GROUP_MIN,
    TEASER_MAX_CHARS,
    TITLE_AGREE_SHARE,
    TITLE_CANDIDATES,
    TITLE_DISAGREE_SHARE,
    TITLE_MIN_TERMS,
    TITLE_RIVAL_SHARE,
    TOPIC_TEXT_CHARS,
)

_BR_PARENTS = etree.XPath(".//*[br]")
#: Semantic containers, in document order; the articleBody ones among them
#: are read from this list (an attribute test on every element is a walk).
_SEMANTIC = etree.XPath(
    "descendant::article | descendant::main"
    " | descendant::*[@role='main' or @itemprop='articleBody']"
)


def zones_of(page: PageState) -> set[HtmlElement]:
    """Chrome and furniture elements: prose inside them weighs little. An
    element named as furniture that holds the page's headline is none: it is
    the layout's column (``container vertical-ad-con``), as no box of ads or
    links holds the article's own ``<h1>``."""
    zones = {e for e, kind in page.furniture if kind != "popup"}
    if zones:
        zones -= _holding_headline(page, zones)
    zones.update(chrome_by_tag(page.body))
    zones.update(page.chrome)
    zones.discard(page.body)
    return zones - page.content


def _holding_headline(page: PageState, zones: set[HtmlElement]) -> set[HtmlElement]:
    """The ``zones`` holding an ``<h1>`` that says the page's title (holds
    ``TITLE_AGREE_SHARE`` of its terms, less the site name's)."""
    subject = terms(page.title or "") - terms(page.site_name or "")
    if len(subject) < TITLE_MIN_TERMS:
        return set()
    out: set[HtmlElement] = set()
    for h1 in page.body.iter("h1"):
        if title_share(h1.text_content(), subject) >= TITLE_AGREE_SHARE:
            out.update(a for a in h1.iterancestors() if a in zones)
    return out


def _free_zones(
    page: PageState,
    found: list[tuple[HtmlElement, int]],
    zones: set[HtmlElement],
    posts: dict[HtmlElement, HtmlElement],
) -> set[HtmlElement]:
    """``zones`` less those the page shows are its article (a body named as
    furniture or chrome: :func:`scraper.prepass.misnamed.free_zones`); these
    become ``page.content``, out of the furniture and chrome to remove."""
    prose = [
        (p, n)
        for p, n in found
        if n >= 2 * PROSE_MIN_CHARS
        and p not in page.teasers
        and p not in posts
        and link_text_len(p) < PROSE_LINK_SHARE * n
    ]
    freed = free_zones(page, prose, zones)
    if not freed:
        return zones
    page.content.update(freed)
    page.furniture = [(e, k) for e, k in page.furniture if e not in freed]
    page.chrome = [e for e in page.chrome if e not in freed]
    page.removed["content_zone"] += len(freed)
    return zones - freed


def _paragraphs(root: HtmlElement) -> list[HtmlElement]:
    """The ``<p>`` elements under ``root`` and the divs without a block child
    (those that may be paragraphs), in document order: one walk, where an
    XPath testing each block name on each div's children cost four times as much."""
    return [
        e
        for e in root.iterdescendants("p", "div")
        if e.tag == "p" or all(c.tag not in BLOCK_TAGS for c in e)
    ]


def _paragraph_len(elem: HtmlElement) -> int:
    """Text length of a paragraph (a ``<p>`` or a div used as one), else 0.

    The XPath keeps only divs without a block inside: own text makes one a
    paragraph, and so does text held in inline elements (spans between
    ``<br>``) that is not mostly links (a div wrapping a link is a teaser).
    """
    raw = elem.text_content()
    if len(raw) < PROSE_MIN_CHARS:
        return 0  # too short to score whatever its spaces (a cheap cut)
    length = len(norm(raw))
    if elem.tag == "div" and not (
        (elem.text or "").strip() or any((c.tail or "").strip() for c in elem)
    ):
        return length if link_text_len(elem) < PROSE_LINK_SHARE * length else 0
    return length


def _teaser(elem: HtmlElement) -> bool:
    """True for a paragraph that describes a link: its text opens with a link,
    or the element before it is a heading holding a link (a teaser's blurb).

    >>> import lxml.html
    >>> _teaser(lxml.html.fromstring("<p><b><a href=x>Site</a></b> covers the north.</p>"))
    True
    >>> _teaser(lxml.html.fromstring("<p>See <a href=x>the report</a>.</p>"))
    False
    """
    before = elem.getprevious()
    if before is not None and before.tag in HEADING_TAGS and before.find(".//a[@href]") is not None:
        return True
    node = elem
    while not (node.text or "").strip() and len(node):
        first = node[0]
        if first.tag == "a":
            return bool(norm(first.text_content()))
        if not isinstance(first.tag, str):
            return False
        node = first
    return False


def _teasers(
    paragraphs: list[tuple[HtmlElement, int]], reference: set[str]
) -> dict[HtmlElement, None]:
    """The paragraphs (with their lengths) shaped as teasers (:func:`_teaser`,
    at most ``TEASER_MAX_CHARS``: a blurb is short, longer ones are the items
    of a list article) that sit in a group of them: their parent or
    grandparent holds at least ``TEASER_GROUP_MIN`` such paragraphs, and they
    are at least half of its paragraphs. One paragraph of an article opening
    with a link is no list of teasers; nor is a group that speaks of the page's
    title (``reference``, its terms: the items of a list article, "the best
    lamps", after an intro in its own block)."""
    if len(reference) < TITLE_MIN_TERMS:
        return {}
    shaped = {p for p, n in paragraphs if n <= TEASER_MAX_CHARS and _teaser(p)}
    if len(shaped) < TEASER_GROUP_MIN:
        return {}
    total: Counter[HtmlElement] = Counter()
    teasers: Counter[HtmlElement] = Counter()
    for p, _ in paragraphs:
        for level, anc in enumerate(p.iterancestors()):
            if level >= TEASER_GROUP_LEVELS:
                break
            total[anc] += 1
            teasers[anc] += p in shaped
    groups = {
        a
        for a, n in teasers.items()
        if n >= TEASER_GROUP_MIN
        and 2 * n >= total[a]
        and title_share(
            " ".join(p.text_content() for p in shaped if a in p.iterancestors()), reference
        )
        < TITLE_DISAGREE_SHARE
    }
    # in document order (a set of elements iterates by memory address), so
    # their removals are listed the same way on every run
    out: dict[HtmlElement, None] = {}
    for p, _ in paragraphs:
        if p not in shaped:
            continue
        for level, anc in enumerate(p.iterancestors()):
            if level >= TEASER_GROUP_LEVELS:
                break
            if anc in groups:
                out[p] = None
                break
    return out


def drop_teasers(page: PageState) -> None:
    """Teasers' blurbs outside the main element go, with the linked heading
    before each: a list of other articles, not this one; so do posts (readers'
    comments), each with its item, outside the page's own article container
    around the main element (``<article>``…), or, without one, outside the
    main element's parent: a live report's entries look like posts, and sit
    in its article or beside its intro."""
    for p in page.teasers:
        if not page.removable(p) or page.inside_main(p):
            continue
        before = p.getprevious()
        if before is not None and before.tag in HEADING_TAGS and page.removable(before):
            page.drop(before, "teaser")
        page.drop(p, "teaser")
    box = _article_box(page.main)
    if box is None:
        # without the page's word, posts may be a live report's entries: those
        # beside the main element, in its parent, may be its text
        box = page.main.getparent() if page.main.getparent() is not None else page.main
    for item in page.posts:
        if box not in item.iterancestors() and page.removable(item) and attached(item, page.tree):
            page.drop(item, "comments")


def _article_box(main: HtmlElement) -> HtmlElement | None:
    """The page's own article container around ``main`` (or ``main``
    itself): ``<article>``, ``<main>``, role=main or ``itemprop=articleBody``."""
    for elem in (main, *main.iterancestors()):
        if elem.tag in ("article", "main") or elem.get("role") == "main":
            return elem
        if elem.get("itemprop") == "articleBody":
            return elem
    return None


def find_main(page: PageState) -> None:
    """Choose the main element and note the page's prose length (``prose_chars``)
    and the teasers' blurbs (``teasers``)."""
    zones = zones_of(page)
    scores: dict[HtmlElement, float] = {}
    prose = 0
    prose_in: dict[HtmlElement, int] = {}  # clean prose under each element
    found = [(p, n) for p in _paragraphs(page.body) if (n := _paragraph_len(p)) >= PROSE_MIN_CHARS]
    page.teasers = _teasers(found, page.subject())
    posts = find_posts([p for p, _ in found], [n for _, n in found])
    page.posts = list(posts.values())
    zones = _free_zones(page, found, zones, posts)
    # paragraphs share parents: each parent's ancestors are listed and looked up once
    lineage: dict[HtmlElement, tuple[list[HtmlElement], bool, bool]] = {}
    for p, text_len in found:
        parent = p.getparent()
        known = lineage.get(parent)
        if known is None:
            ancestors = list(p.iterancestors())
            zoned = any(a in zones for a in ancestors)
            # a block inside a link is a card's blurb: an article's paragraph
            # is never one link (a page links a story by wrapping its teaser)
            linked = any(a.tag == "a" for a in ancestors)
            known = lineage[parent] = (ancestors, zoned, linked)
        ancestors, zoned, linked = known
        penalised = zoned or p in zones
        teaser = p in page.teasers or p in posts or linked
        if (
            not penalised
            and not teaser
            and text_len >= 2 * PROSE_MIN_CHARS
            and link_text_len(p) < PROSE_LINK_SHARE * text_len
        ):
            prose += text_len
            for anc in ancestors:
                prose_in[anc] = prose_in.get(anc, 0) + text_len
        start = FURNITURE_PROSE_WEIGHT if penalised or teaser else 1.0
        weight = start
        for anc in ancestors:
            if weight < SCORE_MIN_WEIGHT * start:
                break
            scores[anc] = scores.get(anc, 0.0) + text_len * weight
            weight /= 2
    # text split by <br> instead of <p>: the element's own text runs count
    for elem in _BR_PARENTS(page.body):
        own = len(norm((elem.text or "") + " ".join(c.tail or "" for c in elem)))
        if own >= 2 * PROSE_MIN_CHARS:
            scores[elem] = scores.get(elem, 0.0) + own
    page.prose_chars = prose
    semantic = _SEMANTIC(page.body)
    for elem in semantic:
        if elem in scores:
            scores[elem] *= SEMANTIC_BONUS
    if not scores:
        page.set_main(page.body)
        return
    best = max(scores, key=lambda e: scores[e])
    marked = [
        e
        for e in semantic
        if e.get("itemprop") == "articleBody"
        and len(norm(e.text_content())) > MARKED_BODY_MIN_CHARS
        and scores.get(e, 0.0) >= MARKED_BODY_MIN_SHARE * scores[best]
    ]
    if marked:
        best = max(marked, key=lambda e: len(e.text_content()))
    else:
        chosen = _on_topic(page, best, scores)
        if chosen is not best:
            # the block it displaced is no article text: it goes, and its
            # prose no longer counts as the page's
            page.prose_chars -= prose_in.get(best, 0)
            page.drop(best, "off_topic")
            best = chosen
    page.set_main(_with_sibling_prose(page, best, prose_in))


def _on_topic(page: PageState, best: HtmlElement, scores: dict[HtmlElement, float]) -> HtmlElement:
    """``best``, unless it shares few terms with the page's title and
    description while another block of prose, neither inside nor around it,
    shares clearly more (``RIVAL_TOPIC_FACTOR`` times, and most when ``best``
    is not off the subject): then the best-scoring such block (a consent
    notice or a site footer longer than the article does not speak of its
    headline, beyond its common words). Not a
    rival: a block of ``best``'s own tag and class (another part of the same
    body), a block far smaller than ``best`` (``TITLE_RIVAL_SHARE``), or one that mostly repeats the
    description (a standfirst beside a body whose words differ from the
    headline's), or one whose words are much the best block's (a summary of
    the same story). Beside a ``best`` off the subject (under
    ``TITLE_DISAGREE_SHARE``), a small block is a rival too. An ``<article>``
    the page names keeps its place."""
    description = terms(page.description or "")
    reference = page.subject()
    if len(reference) < TITLE_MIN_TERMS:
        return best
    # the opening of a long text is enough to tell what it speaks of
    best_text = best.text_content()[:TOPIC_TEXT_CHARS]
    held = title_share(best_text, reference)
    if held >= TITLE_AGREE_SHARE:
        return best
    # common words of the headline ("with", "have") lift a consent notice to
    # the off-topic floor or past it: a rival speaking of the subject
    # RIVAL_TOPIC_FACTOR times as much is then the article (off-topic: from
    # the floor up; else: from an agreeing share up)
    floor = TITLE_DISAGREE_SHARE if held < TITLE_DISAGREE_SHARE else TITLE_AGREE_SHARE
    needed = max(floor, RIVAL_TOPIC_FACTOR * held)
    if best.tag == "article" or _has_twin(page, best):
        return best  # the page's own article, or a part of a body split into blocks of one class
    around = set(best.iterancestors())
    ranked = sorted(scores, key=lambda e: -scores[e])[:TITLE_CANDIDATES]
    # beside a block off the subject, any block of prose on it is the better
    # choice, however small: a brief beside a long consent notice
    smallest: float = 2 * PROSE_MIN_CHARS
    if held >= TITLE_DISAGREE_SHARE:
        smallest = max(smallest, TITLE_RIVAL_SHARE * scores[best])
    for elem in ranked:
        if scores[elem] < smallest:
            break
        if elem is best or elem in around or best in elem.iterancestors():
            continue
        if elem.tag == best.tag and elem.get("class") == best.get("class") and _kin(elem, best):
            return best  # another part of the same body
        text = elem.text_content()[:TOPIC_TEXT_CHARS]
        if title_share(text, reference) < needed:
            continue
        own = terms(text)
        if description and len(own & description) >= STANDFIRST_TERM_SHARE * len(own):
            continue
        if len(own & terms(best_text)) >= SAME_STORY_TERM_SHARE * len(own):
            return best  # it tells the best block's story: a summary of it, not a rival
        return elem
    if held < TITLE_DISAGREE_SHARE:
        return _semantic_on_subject(page, best, around, scores, reference)
    return best


def _semantic_on_subject(
    page: PageState,
    best: HtmlElement,
    around: set[HtmlElement],
    scores: dict[HtmlElement, float],
    subject: set[str],
) -> HtmlElement:
    """Beside a ``best`` block off the subject, the page's own article element
    (``<article>``, ``<main>``, ``role=main``, ``articleBody``) that agrees
    with the subject (``TITLE_AGREE_SHARE`` of its terms), however little
    prose it scores: a brief of one-line paragraphs under a consent notice
    in another language. The best-scoring such element, else ``best``
    (``around``: ``best``'s ancestors)."""
    found = [
        elem
        for elem in _SEMANTIC(page.body)
        if elem is not best
        and elem not in around
        and best not in elem.iterancestors()
        and len(norm(elem.text_content())) >= 2 * PROSE_MIN_CHARS
        and title_share(elem.text_content()[:TOPIC_TEXT_CHARS], subject) >= TITLE_AGREE_SHARE
    ]
    return max(found, key=lambda e: scores.get(e, 0.0), default=best)


def _kin(elem: HtmlElement, best: HtmlElement) -> bool:
    """Whether ``elem``, of ``best``'s tag and class, is another part of the
    same body: a class names the body's parts; unnamed blocks are parts of one
    body only side by side, under one parent or grandparent (an unnamed notice
    at the top of the page is no kin of an unnamed story block far below)."""
    if best.get("class"):
        return True
    up, best_up = elem.getparent(), best.getparent()
    if up is None or best_up is None:
        return False
    return up is best_up or (up.getparent() is not None and up.getparent() is best_up.getparent())


def _has_twin(page: PageState, elem: HtmlElement) -> bool:
    """True when another element of ``elem``'s tag and (non-empty) class holds
    prose: ``elem`` is one block of a body split into blocks of one class."""
    name = elem.get("class")
    if not name:
        return False
    return any(
        other is not elem
        and other.get("class") == name
        and len(norm(other.text_content())) >= 2 * PROSE_MIN_CHARS
        for other in page.body.iter(elem.tag)
    )


def _with_sibling_prose(
    page: PageState, best: HtmlElement, prose_in: dict[HtmlElement, int]
) -> HtmlElement:
    """``best``'s parent when the parent holds clean prose beside it (a lead in
    its own block, a body split over two containers), else ``best``. However
    short the prose beside, a parent holding nothing else is the article."""
    parent = best.getparent()
    if parent is None or parent is page.body or parent.getparent() is None:
        return best
    own = prose_in.get(best, 0)
    beside = prose_in.get(parent, 0) - own
    if beside >= 2 * PROSE_MIN_CHARS and (
        beside >= SIBLING_PROSE_SHARE * own or _only_prose_beside(parent, best, beside)
    ):
        return parent
    return best


def _only_prose_beside(parent: HtmlElement, best: HtmlElement, beside: int) -> bool:
    """True when every text of ``parent`` outside ``best`` is in clean prose
    paragraphs (``beside`` characters of them): no heading, list or widget."""
    if (parent.text or "").strip():
        return False
    others = 0
    for child in parent:
        if (child.tail or "").strip():
            return False
        if child is best or not isinstance(child.tag, str):
            continue
        text = norm(child.text_content())
        if not text:
            continue
        if child.tag != "p" or not is_prose(child):
            return False
        others += len(text)
    return others == beside
