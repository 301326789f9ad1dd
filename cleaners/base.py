"""The pieces every cleaner is made of: the document it works on, the base
classes, and the registry that maps cleaner names to classes.

A cleaner is a small unit with one job. It either rewrites paragraphs
(:class:`ParagraphCleaner`: fill in :meth:`ParagraphCleaner.edits`) or works on
the document as a whole (:class:`Cleaner`: fill in :meth:`Cleaner.apply`), and
records a :class:`~cleaners.article.Change` only when it changed something.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

from cleaners.article import Change

PARAGRAPH_SEPARATOR = "\n\n"

#: name -> cleaner class; filled in by ``Cleaner.__init_subclass__``.
REGISTRY: dict[str, type[Cleaner]] = {}


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``new`` (an insertion when start == end)."""

    start: int
    end: int
    new: str


@dataclass
class Document:
    """A document on its way through the chain: body paragraphs plus the fields
    cleaners fill in (title, captions, author, published, language)."""

    paragraphs: list[str]
    url: str | None = None
    title: str | None = None
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    published: str | None = None
    language: str | None = None
    changes: list[Change] = field(default_factory=list)
    #: Words the source writes decomposed, by their composed form
    #: (:mod:`cleaners.forms`): the chain reads composed text, and the
    #: article gets the source's forms back.
    forms: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body as one string."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def offset(self, index: int, within: int = 0) -> int:
        """Character offset in :attr:`text` of position ``within`` of paragraph ``index``."""
        sep = len(PARAGRAPH_SEPARATOR)
        return sum(len(p) + sep for p in self.paragraphs[:index]) + within

    def remove(self, cleaner: str, indices: Iterable[int], target: str = "") -> list[str]:
        """Take the paragraphs at ``indices`` out of the body, recording each.

        With ``target`` the change is a move (the caller puts the text there).
        Returns the removed paragraphs in document order.
        """
        wanted = set(indices)
        removed = []
        action = "move" if target else "remove"
        sep = len(PARAGRAPH_SEPARATOR)
        offset = 0  # offsets against the body as it stood, in one pass (linear time)
        for i, text in enumerate(self.paragraphs):
            if i in wanted:
                self.changes.append(Change(cleaner, action, text, offset, target=target))
                removed.append(text)
            offset += len(text) + sep
        self.paragraphs[:] = [p for i, p in enumerate(self.paragraphs) if i not in wanted]
        return removed

    def add_caption(self, caption: str) -> None:
        """Add a caption unless the same caption is already there."""
        key = " ".join(caption.split()).casefold()
        if all(" ".join(c.split()).casefold() != key for c in self.captions):
            self.captions.append(caption)


class Cleaner(ABC):
    """Base of all cleaners. Subclasses set ``name`` and fill in :meth:`apply`."""

    name: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.name:
            if cls.name in REGISTRY and REGISTRY[cls.name] is not cls:
                raise ValueError(f"two cleaners are named {cls.name!r}")
            REGISTRY[cls.name] = cls

    @abstractmethod
    def apply(self, doc: Document) -> None:
        """Clean ``doc`` in place, recording what changed in ``doc.changes``."""

    def __call__(self, doc: Document) -> Document:
        self.apply(doc)
        return doc

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class ParagraphCleaner(Cleaner):
    """A cleaner that rewrites each paragraph on its own.

    Fill in :meth:`edits`; empty paragraphs left behind are dropped.
    """

    @abstractmethod
    def edits(self, paragraph: str, doc: Document) -> list[Edit]:
        """Non-overlapping edits for ``paragraph``, in order of position."""

    def fix(self, paragraph: str, doc: Document | None = None) -> str:
        """The paragraph with this cleaner's edits applied (nothing recorded)."""
        return apply_edits(paragraph, self.edits(paragraph, doc or Document([paragraph])))

    def apply(self, doc: Document) -> None:
        out: list[str] = []
        base = 0  # offset of the current paragraph in the body before this cleaner
        sep = len(PARAGRAPH_SEPARATOR)
        for paragraph in doc.paragraphs:
            edits = self.edits(paragraph, doc)
            if edits:
                for e in edits:
                    old = paragraph[e.start : e.end]
                    if e.start == e.end:
                        change = Change(self.name, "insert", e.new, base + e.start)
                    elif not e.new:
                        change = Change(self.name, "remove", old, base + e.start)
                    else:
                        change = Change(self.name, "replace", old, base + e.start, e.new)
                    doc.changes.append(change)
                paragraph_out = apply_edits(paragraph, edits)
            else:
                paragraph_out = paragraph
            base += len(paragraph) + sep
            if paragraph_out:
                out.append(paragraph_out)
        doc.paragraphs = out


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping, ordered edits to ``text``.

    >>> apply_edits("withcountries", [Edit(4, 4, " ")])
    'with countries'
    """
    parts = []
    pos = 0
    for start, end, new in edits:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def diff_edit(old: str, new: str) -> list[Edit]:
    """The single edit that turns ``old`` into ``new``, trimmed to the changed span.

    >>> diff_edit("cafÃ© au lait", "café au lait")
    [Edit(start=3, end=5, new='é')]
    """
    if old == new:
        return []
    limit = min(len(old), len(new))
    prefix = _common_length(lambda k: old[:k] == new[:k], limit)
    rest = limit - prefix
    suffix = _common_length(lambda k: old[len(old) - k :] == new[len(new) - k :], rest)
    return [Edit(prefix, len(old) - suffix, new[prefix : len(new) - suffix])]


def _common_length(same: Callable[[int], bool], limit: int) -> int:
    """The largest ``k <= limit`` with ``same(k)``, for a ``same`` that holds up to
    some length and fails beyond it (a common prefix or suffix): a binary search,
    so the characters are compared by slices, not one by one in Python.

    >>> _common_length(lambda k: "cafÃ©"[:k] == "café"[:k], 4)
    3
    """
    low, high = 0, limit  # same(low) holds; the answer is in [low, high]
    while low < high:
        mid = (low + high + 1) // 2
        if same(mid):
            low = mid
        else:
            high = mid - 1
    return low
