"""The chain of text cleaners, and the model it produces (:class:`Article`,
:class:`Change`, the error types).

The bottom layer: imports third-party libraries only, never ``scraper``,
``spiders`` or ``newsclean``.

>>> clean_text("Vietnam\u2019s police\u00a0 joined  the meeting.")
'Vietnam’s police joined the meeting.'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

# First: picks the compiled or the source join repairer (see the module).
from cleaners import _accelerated  # noqa: F401  isort: skip

# Importing the modules registers their cleaners by name.
from cleaners import (  # noqa: F401
    bylines,
    furniture,
    headline,
    hovercards,
    joins,
    language,
    legal,
    notices,
    promos,
    punctuation,
    related,
    stamps,
    unicode,
    whitespace,
    widgets,
)
from cleaners import captions as _captions  # noqa: F401  ("captions" is a hint below)
from cleaners.article import Article, Change
from cleaners.base import REGISTRY, Cleaner, Document, Edit, ParagraphCleaner
from cleaners.chain import DEFAULT_CHAIN, Chain, UnknownCleaner
from cleaners.forms import restore_forms, written_forms
from cleaners.source import SourceTemplate, learn_source
from cleaners.whitespace import split_paragraphs

__all__ = [
    "DEFAULT_CHAIN",
    "REGISTRY",
    "Article",
    "Chain",
    "Change",
    "Cleaner",
    "Document",
    "Edit",
    "ParagraphCleaner",
    "SourceTemplate",
    "UnknownCleaner",
    "clean",
    "clean_document",
    "clean_text",
    "learn_source",
    "repair_joins",
    "text_document",
]

HINTS = ("url", "title", "author", "published", "language", "captions", "forms")


def clean_document(
    doc: Document, chain: Chain | None = None, source: SourceTemplate | None = None
) -> Article:
    """Run ``chain`` (the default chain if None) on ``doc``, then drop the
    lines ``source`` repeats, and return the Article."""
    (chain or default_chain()).run(doc)
    if source is not None:
        # after the chain: the source's repeated lines are often the evidence a
        # cleaner reads ("Read more" under a teaser), and a template should only
        # take out what the generic chain left, never change what it sees
        source.apply(doc)
    written = doc.forms
    return Article(
        url=doc.url,
        title=doc.title and restore_forms(doc.title, written),
        text=restore_forms(doc.text, written),
        captions=[restore_forms(c, written) for c in doc.captions],
        author=doc.author and restore_forms(doc.author, written),
        published=doc.published,
        language=doc.language,
        changes=list(doc.changes),
    )


def clean(
    text: str, chain: Chain | None = None, *, source: SourceTemplate | None = None, **hints: Any
) -> Article:
    """Clean plain text into an :class:`Article`.

    ``hints`` are what the caller already knows: ``url``, ``title``, ``author``,
    ``published``, ``language``, ``captions``. Cleaners fill in what they find.
    ``source`` (see :func:`learn_source`) drops the lines the text's source
    repeats across its documents, after the chain has run. ``forms`` maps words
    to the decomposed form their source (a page) writes them in
    (:func:`cleaners.forms.written_forms`); the text's own are added, and the
    article keeps them (:mod:`cleaners.forms`).

    >>> a = clean("Headline\\n\\nBody  text.", url="https://example.org/a")
    >>> a.text, a.url
    ('Headline\\n\\nBody text.', 'https://example.org/a')
    """
    return clean_document(text_document(text, **hints), chain, source)


def text_document(text: str, **hints: Any) -> Document:
    """The document :func:`clean` runs the chain on: ``text`` split into
    paragraphs, with the ``hints`` set. Once it is made, ``text`` is no longer needed: a caller
    that lets it go holds a large text once, not twice, while it is cleaned.

    >>> text_document("Headline\\n\\nBody  text.", title="Headline").paragraphs
    ['Headline', 'Body  text.']
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        raise TypeError(
            f"clean wants text as str, not {kind}: decode bytes first (scraper.extract takes HTML)"
        )
    unknown = set(hints) - set(HINTS)
    if unknown:
        raise TypeError(f"unknown hints: {', '.join(sorted(unknown))}")
    captions: Iterable[str] = hints.pop("captions", None) or []
    forms = dict(hints.pop("forms", None) or {})  # the caller's own stays as it was
    for written in (text, hints.get("title"), hints.get("author")):
        if written:
            forms.update(written_forms(written))
    if forms:  # the chain reads composed text; the article gets the forms back
        text = unicodedata.normalize("NFC", text)
        for hint in ("title", "author"):
            if hints.get(hint):
                hints[hint] = unicodedata.normalize("NFC", hints[hint])
        captions = [unicodedata.normalize("NFC", c) for c in captions]
    doc = Document(split_paragraphs(text), forms=forms, **hints)
    for caption in captions:
        doc.add_caption(caption)
    return doc


def clean_text(text: str, source: SourceTemplate | None = None) -> str:
    """The default chain on plain text (then the ``source`` template's
    repeated lines dropped, when given); returns the body only."""
    return clean(text, source=source).text


def repair_joins(text: str) -> str:
    """Only the run-together-word repair; every other character stays as it is.

    >>> repair_joins("law enforcement forces of theINTERPOL member countries")
    'law enforcement forces of the INTERPOL member countries'
    """
    return joins.repair_text(text)


_DEFAULT: Chain | None = None


def default_chain() -> Chain:
    """The default chain, built once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Chain.default()
    return _DEFAULT
