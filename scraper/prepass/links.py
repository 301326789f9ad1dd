"""Steps that take out blocks of links: menus, sidebars, teaser grids, lists
of other articles.

>>> from scraper.htmltree import parse
>>> page = PageState(parse("<html><body><p>Story.</p><ul><li><a href=a>One</a></li>"
...     "<li><a href=b>Two</a></li></ul></body></html>")[0])
>>> drop_link_lists(page); page.removed["link_list"]
1
"""

from __future__ import annotations

from scraper.htmltree import attached, link_text_len, norm
from scraper.prepass.state import PageState, is_heading, is_prose
from scraper.settings import LINK_ITEM_SHARE, LINK_LIST_MIN_ITEMS, SIDEBAR_LINK_SHARE

#: Tags never dropped as a link block beside the main element.
KEEP_SIBLING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "table"})


def drop_link_blocks_around_main(page: PageState) -> None:
    """Blocks beside the main element's ancestors that hold no prose and are
    mostly links (menus, sidebars, teaser grids)."""
    if page.main is page.body:
        return
    for child in [page.main, *page.main.iterancestors()]:
        parent = child.getparent()
        if parent is None or child is page.body:
            break
        for sib in list(parent):
            if sib is child or not isinstance(sib.tag, str) or sib.tag in KEEP_SIBLING_TAGS:
                continue
            if any(is_prose(p) for p in sib.iter("p")):
                continue
            text_len = len(norm(sib.text_content()))
            if text_len == 0 or link_text_len(sib) >= SIDEBAR_LINK_SHARE * text_len:
                page.drop(sib, "link_block")


def drop_link_lists(page: PageState) -> None:
    """Lists whose every item is nothing but a link: other articles."""
    for lst in list(page.body.iter("ul", "ol")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) < LINK_LIST_MIN_ITEMS:
            continue
        for li in items:
            text = norm(li.text_content())
            if not text or link_text_len(li) < LINK_ITEM_SHARE * len(text):
                break
        else:
            if page.removable(lst) and attached(lst, page.tree):
                title = lst.getprevious()
                page.drop(lst, "link_list")
                # the list's own title ("Key events", "Read next") goes with it
                if title is not None and is_heading(title) and page.removable(title):
                    page.drop(title, "link_list")
