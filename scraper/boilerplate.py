"""Named boilerplate patterns for the HTML pre-pass.

Everything here is data: the class/id tokens that mark page furniture
(related-story lists, newsletter boxes, comment sections, share bars, author
boxes, cookie banners), the headings that open such a section, and the short
promotional lines that sit between paragraphs. Nothing is specific to a site:
each pattern is a name news sites in general give to the thing.

>>> bool(furniture_kind("article-comments")), furniture_kind("commentary")
(True, None)
>>> furniture_kind("social-share-bar"), furniture_kind("modal"), furniture_kind("modal-enabled")
('share', 'hidden', None)
>>> furniture_kind("social-media-embed")
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# The heading, teaser-label and promo word lists are shared with the text
# cleaners: one vocabulary, kept in cleaners.vocabulary.
from cleaners.vocabulary import (  # noqa: F401  (re-exported for the pre-pass)
    PROMO_LINES,
    SECTION_HEADINGS,
    TEASER_LABEL,
)

#: Token boundary inside a class or id value: start/end, ``-``, ``_``, space,
#: or a camelCase hump (handled by lower-casing after splitting humps).
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _tokens(*words: str) -> str:
    """Alternation of words that must stand as whole tokens of a class/id."""
    return "|".join(words)


#: kind -> words that, as whole tokens (or hyphenated runs of tokens) of an
#: element's class or id, mark that element as furniture of that kind.
FURNITURE_TOKENS: dict[str, tuple[str, ...]] = {
    "related": (
        "related",
        "related-articles",
        "related-stories",
        "related-posts",
        "related-content",
        "more-stories",
        "more-articles",
        "more-news",
        "more-from",
        "read-more",
        "readmore",
        "read-next",
        "up-next",
        "recommended",
        "recommendations",
        "recirc",
        "recirculation",
        "also-read",
        "also-like",
        "you-may-like",
        "most-read",
        "most-popular",
        "mostread",
        "most-viewed",
        "popular-posts",
        "trending",
        "outbrain",
        "taboola",
        "zergnet",
        "further-reading",
        "next-article",
        "rel-links",
        "story-list",
        "headlines-list",
        "jp-relatedposts",
        "yarpp",
        "crp-list",
        "article-list",
        "post-navigation",
    ),
    "newsletter": (
        "newsletter",
        "newsletters",
        "signup",
        "sign-up",
        "subscribe",
        "subscription",
        "subscribe-box",
        "email-signup",
        "mailing-list",
        "optin",
        "opt-in",
        "paywall",
        "piano",
        "registration-wall",
        "inline-newsletter",
    ),
    "comments": (
        "comments",
        "comment-list",
        "comment-section",
        "comments-section",
        "commentlist",
        "comment-respond",
        "respond",
        "disqus",
        "disqus-thread",
        "comments-area",
        "discussion",
        "reader-comments",
        "user-comments",
        "livefyre",
        "coral",
        "viafoura",
        "comment-form",
        "comment-count",
        "top-comments",
        "spot-im",
        "openweb",
    ),
    "share": (
        "share",
        "shares",
        "sharing",
        "share-bar",
        "share-buttons",
        "sharebar",
        "social",
        "social-share",
        "social-links",
        "social-media",
        "socialmedia",
        "addthis",
        "sharethis",
        "share-tools",
        "print-email",
        "follow-us",
        "social-icons",
    ),
    "author_box": (
        "author-bio",
        "author-box",
        "about-author",
        "about-the-author",
        "authorbox",
        "author-info",
        "author-card",
        "author-profile",
        "bio-box",
        "contributor-bio",
        "author-details",
        "byline-bio",
    ),
    "cookie": (
        "cookie",
        "cookies",
        "cookie-banner",
        "cookie-notice",
        "cookie-consent",
        "consent",
        "gdpr",
        # a consent platform is a CMP, but component libraries prefix every
        # block "cmp-" (cmp-text holds the article): only the platforms' names
        "cmpbox",
        "cmpwrapper",
        "cmp-banner",
        "cmp-layer",
        "onetrust",
        "privacy-banner",
        "cc-banner",
        "cookiebar",
    ),
    # how long the article takes to read: a label, not its text
    "reading_time": (
        "reading-time",
        "read-time",
        "readtime",
        "reading-duration",
    ),
    # a boxed aside beside the running text: key facts, figures, a transcript
    "box": (
        "factbox",
        "fact-box",
        "infobox",
        "info-box",
    ),
    "popup": (
        "rollover",
        "hovercard",
        "hover-card",
        "tooltip",
        "popover",
        "popup",
        "pop-up",
        "flyout",
    ),
    "promo": (
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "ad-slot",
        "ad-container",
        "dfp",
        "sponsored",
        "sponsor",
        "promo",
        "promoted",
        "native-ad",
        "teaser-ad",
        "app-promo",
        "donate",
        "membership-promo",
        "banner-ad",
        "cta",
        "call-to-action",
        "calltoaction",
    ),
}

#: Whole class/id tokens (not parts of a hyphenated token: ``hidden-xs`` only
#: hides on small screens) that mark an element as not shown to readers.
HIDDEN_TOKENS = frozenset(
    {
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "hidden",
        "hide",
        "d-none",
        "is-hidden",
        "offscreen",
        "tooltip",
        "hovercard",
        "popover",
        "modal",
        "screenreader-only",
        "element-invisible",
        "invisible",
    }
)

#: Whole parts of a class/id that name page chrome rather than content (the
#: last part names the thing: ``sidebar-grid__content`` is content).
CHROME_NAMES = frozenset(
    {
        "footer",
        "header",
        "masthead",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "megamenu",
        "sidebar",
        "breadcrumb",
        "breadcrumbs",
        "colophon",
        "legal",
        "copyright",
        "disclaimer",
        "imprint",
        "sitemap",
        "site-info",
    }
)
#: Last parts of a class/id token that name a dialog drawn over the page (a
#: note or sign-in form, a share sheet): "note-modal", "share-dialog". Only the
#: last part: it names the thing, where "modal-open" or "modal-enabled" is a
#: state of a wrapper and "modal-content" a part of a dialog named above it.
DIALOG_NAMES = frozenset({"modal", "dialog"})

#: Tokens of embedded posts (tweets, Instagram posts) quoted by the article:
#: content, whatever furniture word sits next to them ("social-media-embed").
EMBED_TOKENS = frozenset(
    {"embed", "embedded", "twitter-tweet", "instagram-media", "tiktok-embed", "oembed"}
)

#: Caption containers: their text goes to ``captions``, never to the body.
CAPTION_TOKENS: tuple[str, ...] = (
    "caption",
    "figcaption",
    "wp-caption-text",
    "image-caption",
    "photo-caption",
    "img-caption",
    "media-caption",
    "caption-text",
    "credit",
    "image-credit",
    "photo-credit",
    "media-credit",
    "picture-caption",
    "inline-caption",
)


_PART_SPLIT = re.compile(r"[-_]+")
_CAPTION = "caption"
_EMBED = "embed"


def _vocabulary() -> dict[str, str]:
    """word (parts joined by hyphens) -> kind, caption or embed."""
    table: dict[str, str] = {}
    for kind, words in FURNITURE_TOKENS.items():
        for word in words:
            table.setdefault(word, kind)
    for word in CAPTION_TOKENS:
        table.setdefault(word, _CAPTION)
    for word in EMBED_TOKENS:
        table[word] = _EMBED
    return table


_VOCAB = _vocabulary()
#: first part of a word -> the lengths (in parts) of the words starting with it
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _word in _VOCAB:
    _first, _n = _word.split("-")[0], _word.count("-") + 1
    _LENGTHS[_first] = tuple(sorted({*_LENGTHS.get(_first, ()), _n}))


#: Parts of a class/id value that negate the word after them.
NEGATIONS = frozenset({"non", "no", "not", "without"})


def _kinds(token_parts: list[list[str]]) -> list[str]:
    """Kinds of the vocabulary words found, in order, as runs of whole parts of
    the tokens of a normalised class/id value (each token split in its parts).

    >>> _kinds([["article", "comments"], ["wp", "caption", "text"]])
    ['comments', 'caption', 'caption', 'caption']

    A word after a negation names what the block is not: ``non-ad-column`` is
    the page's column without ads, ``no-comments`` an article closed to them.

    >>> _kinds([["non", "ad", "column"], ["no", "comments"]])
    []
    """
    found = []
    for parts in token_parts:
        for i, part in enumerate(parts):
            if i and parts[i - 1] in NEGATIONS:
                continue
            for n in _LENGTHS.get(part, ()):
                if i + n <= len(parts):
                    kind = _VOCAB.get("-".join(parts[i : i + n]))
                    if kind is not None:
                        found.append(kind)
    return found


def normalise_attr(value: str) -> str:
    """Lower-case a class/id value with camelCase humps turned into hyphens.

    >>> normalise_attr("relatedStories main_col")
    'related-stories main_col'
    """
    if value.islower():  # the common case: no hump to split
        return value
    return _CAMEL.sub("-", value).lower()


class AttrNames(NamedTuple):
    """What a class/id value names: its furniture kind (or None), whether it
    names a caption or an embedded post, and the last parts of its tokens (the
    last part names the thing: ``sidebar-grid__content`` is content)."""

    kind: str | None
    caption: bool
    embed: bool
    last_parts: frozenset[str]


@lru_cache(maxsize=20_000)
def read_attr(attr: str) -> AttrNames:
    """Everything the pre-pass asks of a class/id value, read in one pass over
    its parts (a page has a hundred values or more, each read once).

    >>> names = read_attr("siteFooter related-links")
    >>> names.kind, names.caption, sorted(names.last_parts)
    ('related', False, ['footer', 'links'])
    """
    tokens = normalise_attr(attr).split()
    # str methods, not _PART_SPLIT: this runs for every class value of a page
    token_parts = [[p for p in t.replace("_", "-").split("-") if p] for t in tokens]
    last_parts = frozenset(parts[-1] for parts in token_parts if parts)
    if HIDDEN_TOKENS.intersection(tokens):
        return AttrNames("hidden", False, False, last_parts)
    kinds = _kinds(token_parts)
    embed = _EMBED in kinds
    caption = _CAPTION in kinds
    furniture = next((k for k in kinds if k not in (_CAPTION, _EMBED)), None)
    return AttrNames(None if embed else furniture, caption, embed, last_parts)


def classify(attr: str) -> tuple[str | None, bool, bool]:
    """(furniture kind or None, names a caption, names an embedded post)."""
    names = read_attr(attr)
    return names.kind, names.caption, names.embed


def names_dialog(attr: str) -> bool:
    """True when a class/id token's last part names a dialog.

    >>> names_dialog("scrap-modal"), names_dialog("share-button__modal")
    (True, True)
    >>> names_dialog("modal-enabled"), names_dialog("modalities")
    (False, False)
    """
    return not DIALOG_NAMES.isdisjoint(read_attr(attr).last_parts)


def furniture_kind(attr: str) -> str | None:
    """The kind of furniture a class/id value names, or None.

    >>> furniture_kind("js-newsletter-signup"), furniture_kind("headline")
    ('newsletter', None)
    """
    return classify(attr)[0]


def is_embed_attr(attr: str) -> bool:
    """True when a class/id value names an embedded post.

    >>> is_embed_attr("twitter-tweet"), is_embed_attr("tweet-this")
    (True, False)
    """
    return classify(attr)[2]


def is_caption_attr(attr: str) -> bool:
    """True when a class/id value names a caption or photo-credit element.

    >>> is_caption_attr("wp-caption-text"), is_caption_attr("captionless-layout")
    (True, False)
    """
    return classify(attr)[1]


#: Class/id values (normalised) that call a block the article's standfirst.
LEAD_ATTR = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|standfirst|deck|dek|sub-?title|sub-?headline|intro|summary"
    r"|excerpt)(?:$|[\s_-])"
)

#: Class/id values that call an element a subheading inside the article.
SUBHEADING_ATTR = re.compile(
    r"(?:^|[\s_-])(?:sub-?head(?:line|ing)?|cross-?head(?:ing)?|inter-?title|section-?title"
    r"|article-?subtitle|h2|h3)(?:$|[\s_-])",
    re.IGNORECASE,
)
