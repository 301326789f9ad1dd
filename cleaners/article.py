"""The Article model: what every entry point of newsclean returns."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Change:
    """One thing a cleaner did to the text.

    ``action`` is ``"remove"``, ``"insert"``, ``"replace"``, ``"move"`` (text
    taken out of the body into another field, named by ``target``) or
    ``"note"`` (a decision that changed no text by itself, said in ``text``).
    ``position`` is the character offset in the body as it stood when the
    cleaner ran (paragraphs joined by a blank line). The HTML pre-pass reports
    what it removed from the page (outside the body: position 0) as
    ``"prepass"`` removals whose ``target`` names the kind (``"related"``,
    ``"chrome"``, ...).

    >>> Change("repair_joins", "insert", " ", 12).describe()
    "repair_joins: inserted ' ' at 12"
    """

    cleaner: str
    action: str
    text: str
    position: int
    replacement: str = ""
    target: str = ""

    def describe(self) -> str:
        """One human-readable line, as ``newsclean clean --explain`` prints it."""
        if self.action == "insert":
            what = f"inserted {self.text!r}"
        elif self.action == "replace":
            what = f"replaced {self.text!r} with {self.replacement!r}"
        elif self.action == "note":
            what = self.text
        elif self.action == "move":
            what = f"moved {self.text!r} to {self.target}"
        elif self.target:  # a removal of a named kind (the pre-pass: "related", "chrome")
            what = f"removed {self.target} {_short(self.text)!r}"
        else:
            what = f"removed {self.text!r}"
        return f"{self.cleaner}: {what} at {self.position}"


def _short(text: str, width: int = 72) -> str:
    """``text``, or its start and its length when longer than ``width``.

    >>> _short("Home News Sport Weather " * 5, 20)
    'Home News Sport Weat… (120 characters)'
    """
    return text if len(text) <= width else f"{text[:width]}… ({len(text)} characters)"


@dataclass
class Article:
    """A clean news article.

    ``text`` holds the body only (paragraphs separated by a blank line): no
    captions, bylines, datelines or related links; :attr:`paragraphs` is the
    same body as a list. ``published`` is an ISO 8601 date or date-time
    string. ``description``, ``image``, ``tags`` and ``site_name`` are what the
    page's metadata says (Open Graph, JSON-LD, meta tags), never guessed from
    the text.

    ``input`` says where the article came from and keeps what the input had
    besides the page: ``file`` and ``line`` (JSONL) or ``offset`` (WARC),
    ``warc_record_id`` and ``warc_target_uri``, and every key of an input
    record that is not an Article field (``id``, ``source``, ...), unchanged.
    Empty when the caller gave the text directly.

    >>> a = Article(title="T", text="Body.", captions=["A photo. (Photo: VNA)"])
    >>> Article.from_json(a.to_json()) == a
    True
    >>> Article(title="Rain due", text="One.\\n\\nTwo.").paragraphs
    ['One.', 'Two.']
    >>> Article(url="https://e.org/a", title="Rain due", text="x" * 500)
    Article(url='https://e.org/a', title='Rain due', text=<500 chars, 1 paragraph>)
    """

    url: str | None = None
    title: str | None = None
    text: str = ""
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    published: str | None = None
    language: str | None = None
    changes: list[Change] = field(default_factory=list)
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    input: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs (``text`` split at its blank lines)."""
        return [p for p in self.text.split("\n\n") if p.strip()]

    def __repr__(self) -> str:
        # The whole body in a repr floods a console or a log line.
        n = len(self.paragraphs)
        body = f"<{len(self.text)} chars, {n} paragraph{'' if n == 1 else 's'}>"
        return f"Article(url={self.url!r}, title={self.title!r}, text={body})"

    def to_dict(self) -> dict[str, Any]:
        """The article as plain JSON-ready data, with ``paragraphs`` (derived
        from ``text``) after ``text``."""
        data = asdict(self)
        ordered: dict[str, Any] = {}
        for key, value in data.items():
            ordered[key] = value
            if key == "text":
                ordered["paragraphs"] = self.paragraphs
        return ordered

    def to_json(self, **kwargs: Any) -> str:
        """The article as one JSON object (``kwargs`` go to :func:`json.dumps`)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build an article from :meth:`to_dict` output; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["changes"] = [Change(**c) for c in values.get("changes") or []]
        values["captions"] = list(values.get("captions") or [])
        values["tags"] = list(values.get("tags") or [])
        values["input"] = dict(values.get("input") or {})
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))
