"""What a source repeats across its documents: learned from the documents
themselves, then dropped from each one (:func:`learn_source`, :class:`SourceTemplate`).

A line or paragraph that comes back, exactly or nearly (case, punctuation,
spacing and digits aside, or with its middle changed: :func:`edge_keys`), in
most documents of one source is the source's boilerplate: a newsletter plug,
a promo line, a standard sign-off. An article's own lines never repeat across
its source, so they are never counted as boilerplate. Works in any language:
only the text's shape is read.

A template keeps 64-bit hashes of the repeated lines and their counts, never
the text itself.

>>> docs = [f"Story {w} opens here with its own words.\\nSign up for our newsletter!"
...         for w in ("one", "two", "three")]
>>> source = learn_source(docs)
>>> source.documents, len(source.lines)
(3, 1)
>>> clean_lines("A fresh story about boats.\\nSIGN UP for our newsletter", source)
'A fresh story about boats.'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cleaners.base import Document
from cleaners.settings import (
    CHANCE_LINE_DOCUMENTS,
    CHANCE_LINE_WORDS,
    MAX_TRACKED_KEYS,
    NEAR_EDGE_WORDS,
)

#: Bump when the key or the file format changes: an older template is refused.
SOURCE_VERSION = 2
#: Name under which the removals are recorded in ``Article.changes``.
CLEANER_NAME = "source_template"
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def line_key(line: str) -> str | None:
    """The near-exact identity of a line: its words, case-folded, digits as 0,
    hashed (None for a line without a word).

    >>> key = line_key("© 2024 Gazette. All rights reserved.")
    >>> key == line_key("© 2025 Gazette - all RIGHTS reserved")
    True
    >>> key == line_key("© 2025 Gazette, some rights reserved")
    False
    """
    words = _words(line)
    return _hash(" ".join(words)) if words else None


def _words(line: str) -> list[str]:
    return _WORD.findall(_DIGIT.sub("0", line.casefold()))


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def edge_keys(line: str) -> tuple[str, str] | None:
    """Keys of a long line's first and last ``NEAR_EDGE_WORDS`` words (None
    for a shorter line): a line the source repeats with a name, a number or a
    phrase changed in its middle keeps both. A story's lead that opens as every
    lead of the source does (a dateline, an agency) keeps its opening only.

    >>> a = edge_keys("Gazette Media is based in Lyon, has 15 offices and employs 300 in all.")
    >>> a == edge_keys("Gazette Media is based in Paris, with 4 shops, and employs 320 in all.")
    True
    >>> edge_keys("Too short a line to have two ends.") is None
    True
    """
    return _edges(_words(line))


def _edges(words: list[str]) -> tuple[str, str] | None:
    if len(words) < 2 * NEAR_EDGE_WORDS:
        return None
    return (
        _hash("<" + " ".join(words[:NEAR_EDGE_WORDS])),
        _hash(">" + " ".join(words[-NEAR_EDGE_WORDS:])),
    )


def line_keys(line: str) -> tuple[str, ...]:
    """All keys a line is counted under: its own (:func:`line_key`, first)
    and its two ends' (:func:`edge_keys`, if long); none for a line without
    a word."""
    words = _words(line)
    if not words:
        return ()
    return (_hash(" ".join(words)), *(_edges(words) or ()))


def repeated_line(lines: dict[str, int], documents: int, line: str) -> bool:
    """Whether ``line``, in a new document, is one of the repeated lines
    counted in ``lines`` over ``documents`` documents: itself, or both its ends
    (:func:`edge_keys`), on enough of them with the new document included.
    A line of a few words needs more than one learned document: a city or a
    section name is on two documents by chance.

    >>> oslo = line_key("OSLO")
    >>> repeated_line({oslo: 1}, 1, "Oslo"), repeated_line({oslo: 2}, 3, "Oslo")
    (False, True)
    """
    words = _words(line)
    if not words:
        return False
    count = lines.get(_hash(" ".join(words)), 0)
    short = len(words) < CHANCE_LINE_WORDS
    if repeated_with_one_more(count, documents) and (count >= CHANCE_LINE_DOCUMENTS or not short):
        return True
    edges = edge_keys(line)
    return edges is not None and all(
        repeated_with_one_more(lines.get(k, 0), documents) for k in edges
    )


def is_repeated(count: int, documents: int) -> bool:
    """Whether a line seen in ``count`` of ``documents`` documents is boilerplate:
    in at least two of them and in a majority.

    >>> is_repeated(2, 2), is_repeated(2, 4), is_repeated(1, 1)
    (True, False, False)
    """
    return count >= 2 and 2 * count > documents


def repeated_with_one_more(count: int, documents: int) -> bool:
    """Whether a line seen in ``count`` of the ``documents`` a template was
    learned from is boilerplate in a new document that holds it too (the new
    document counts: one learning document and the new one make two).

    >>> repeated_with_one_more(1, 1), repeated_with_one_more(1, 3), repeated_with_one_more(0, 5)
    (True, False, False)
    """
    return is_repeated(count + 1, documents + 1)


class KeyCounter:
    """Counts, for each key, how many documents hold it (each document once),
    forgetting once-seen keys when more than ``limit`` are tracked."""

    def __init__(self, limit: int = MAX_TRACKED_KEYS) -> None:
        self.counts: Counter[str] = Counter()
        self.documents = 0
        self.limit = limit

    def add(self, keys: Iterable[str]) -> None:
        """Count one document's keys."""
        self.documents += 1
        self.counts.update(set(keys))
        if len(self.counts) > self.limit:
            self.counts = Counter({k: n for k, n in self.counts.items() if n > 1})

    def repeated(self) -> dict[str, int]:
        """The keys that are boilerplate in a new document holding them (by
        :func:`repeated_with_one_more`), with their counts."""
        n = self.documents
        return {k: c for k, c in self.counts.items() if repeated_with_one_more(c, n)}


@dataclass
class SourceTemplate:
    """The repeated lines of one source: hashes and counts, no text."""

    documents: int
    lines: dict[str, int] = field(default_factory=dict)
    version: int = SOURCE_VERSION

    def is_boilerplate(self, line: str) -> bool:
        """Whether ``line``, in a document the template was not learned from,
        is one of the source's repeated lines."""
        return repeated_line(self.lines, self.documents, line)

    def excluding(self, text: str) -> SourceTemplate:
        """The template as if learned without ``text`` (one of its documents):
        to clean the documents a template was learned from, each on its own
        merits (its own lines are counted once, not twice)."""
        lines = dict(self.lines)
        for key in text_keys(text):
            if key in lines:
                lines[key] -= 1
        return SourceTemplate(max(0, self.documents - 1), lines, self.version)

    def apply(self, doc: Document) -> None:
        """Drop the document's repeated paragraphs, recording each removal; a
        document made only of repeated lines is left alone (it is no article
        of the source, and emptying it helps no one)."""
        drop = [i for i, p in enumerate(doc.paragraphs) if self.is_boilerplate(p)]
        if drop and len(drop) < len(doc.paragraphs):
            doc.remove(CLEANER_NAME, drop)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {"version": self.version, "documents": self.documents, "lines": self.lines}

    def to_json(self) -> str:
        """The template as one JSON object."""
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceTemplate:
        """Inverse of :meth:`to_dict`; raises ValueError on another version."""
        if data.get("version") != SOURCE_VERSION:
            raise ValueError(f"source template version {data.get('version')!r} is not supported")
        return cls(int(data["documents"]), {str(k): int(v) for k, v in data["lines"].items()})

    @classmethod
    def from_json(cls, text: str) -> SourceTemplate:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


def text_keys(text: str) -> set[str]:
    """The keys of a text's non-blank lines."""
    return {k for line in text.split("\n") for k in line_keys(line)}


def learn_source(texts: Iterable[str]) -> SourceTemplate:
    """Learn a source's repeated lines from its documents (plain text, one
    paragraph or line per line). Only repeated lines are kept."""
    counter = KeyCounter()
    for text in texts:
        counter.add(text_keys(text))
    return SourceTemplate(counter.documents, counter.repeated())


def clean_lines(text: str, source: SourceTemplate) -> str:
    """``text`` without the source's repeated lines (nothing else changes)."""
    lines = [line for line in text.split("\n") if line.strip()]
    kept = [line for line in lines if not source.is_boilerplate(line)]
    return "\n".join(kept if kept else lines)
