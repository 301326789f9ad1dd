"""A site's template, learned from a few of its own pages (:func:`learn_site`).

A site's boilerplate repeats across its pages and an article's own text does
not, which tells the two apart without hand-written rules: a line (hashed,
case, punctuation and digits aside) on at least two pages and most of them is
boilerplate; the innermost element with a stable class or id holding most of
a page's unrepeated prose is where the site keeps its body. A
:class:`SiteTemplate` holds those body paths and line hashes, never any text;
:mod:`scraper.sitefit` uses it in ``extract(..., site=...)``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from cleaners.source import (
    KeyCounter,
    is_repeated,
    line_keys,
    repeated_line,
    repeated_with_one_more,
)
from scraper.settings import (
    BLOCK_PROSE_SHARE,
    BODY_SHARE,
    MAX_BODY_PAGES,
    MAX_BODY_PATHS,
    MIN_PATH_SHARE,
    MIN_PROSE_WORDS,
    PAGE_OWN_SHARE,
)
from scraper.sitepaths import (
    PAGE_TAGS,
    SKIP_TAGS,
    has_anchor,
    own_lines,
    page_lines,
    parse_page,
    short_path,
    signature,
    site_key,
)

__all__ = [
    "PAGE_TAGS",
    "SKIP_TAGS",
    "SiteLearner",
    "SiteTemplate",
    "learn_site",
    "own_lines",
    "page_lines",
    "parse_page",
    "short_path",
    "signature",
    "site_key",
]

#: Bump when paths, keys or the file format change: an older template is refused.
SITE_VERSION = 2
_WORD = re.compile(r"\w+")


@dataclass
class SiteTemplate:
    """What a site's pages share: body paths (path -> pages where it held the
    body) and repeated lines (hash -> pages holding it). No text."""

    pages: int
    body_paths: dict[str, int] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    #: paths of repeated blocks (see :func:`block_paths`) -> pages holding one
    blocks: dict[str, int] = field(default_factory=dict)
    #: paths of edge lines (see :func:`edge_paths`) -> pages holding one
    edges: dict[str, int] = field(default_factory=dict)
    version: int = SITE_VERSION

    def is_boilerplate(self, line: str) -> bool:
        """Whether ``line``, on a page the template was not learned from, is
        one the site repeats on most of its pages (that page included)."""
        return repeated_line(self.lines, self.pages, line)

    def excluding(self, page: bytes | str) -> SiteTemplate:
        """The template as if learned without ``page`` (one of its pages), to
        extract the pages it was learned from: a page's own lines are then
        counted once, never taken for the site's. Body paths stay (a page's
        vote for its own body element is no harm to it)."""
        try:
            keys = page_keys(parse_page(page))
        except (ValueError, TypeError, etree.LxmlError):
            return self
        lines = {k: n - 1 if k in keys else n for k, n in self.lines.items()}
        # the page's own blocks, as the template's counts saw it
        learner = SiteLearner()
        learner.add(page)
        counts = Counter({k: self.lines.get(k, 0) for k in keys})
        record = learner.records[0] if learner.records else None
        own = block_paths(record, counts, self.pages) if record else set()
        blocks = {p: n - 1 if p in own else n for p, n in self.blocks.items()}
        own = edge_paths(record, counts, self.pages) if record else set()
        edges = {p: n - 1 if p in own else n for p, n in self.edges.items()}
        pages = max(0, self.pages - 1)
        return SiteTemplate(pages, self.body_paths, lines, blocks, edges, self.version)

    def is_block(self, path: str) -> bool:
        """Whether an element at ``path``, on a page the template was not
        learned from, is where the site keeps one of its repeated blocks."""
        return repeated_with_one_more(self.blocks.get(path, 0), self.pages)

    def is_edge(self, path: str) -> bool:
        """Whether a short line of a new page's own, outside its prose, in an
        element at ``path`` is where the site puts its edge lines."""
        return repeated_with_one_more(self.edges.get(path, 0), self.pages)

    def usable_paths(self) -> list[str]:
        """Body paths that held the body on at least a quarter of the pages (a
        site may have a few layouts), most frequent first."""
        ranked = sorted(self.body_paths.items(), key=lambda kv: (-kv[1], kv[0]))
        return [path for path, n in ranked if n >= MIN_PATH_SHARE * self.pages]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "version": self.version,
            "pages": self.pages,
            "body_paths": self.body_paths,
            "lines": self.lines,
            "blocks": self.blocks,
            "edges": self.edges,
        }

    def to_json(self) -> str:
        """The template as one JSON object."""
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteTemplate:
        """Inverse of :meth:`to_dict`; raises ValueError on another version."""
        if data.get("version") != SITE_VERSION:
            raise ValueError(f"site template version {data.get('version')!r} is not supported")
        return cls(
            int(data["pages"]),
            {str(k): int(v) for k, v in data["body_paths"].items()},
            {str(k): int(v) for k, v in data["lines"].items()},
            {str(k): int(v) for k, v in data["blocks"].items()},
            {str(k): int(v) for k, v in data["edges"].items()},
        )

    @classmethod
    def from_json(cls, text: str) -> SiteTemplate:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


@dataclass
class _PageRecord:
    """One page's prose lines: key, length, and the index of each anchored
    element holding the line (root first); ``paths`` and ``depths`` name those
    elements."""

    lines: list[tuple[str, int, tuple[int, ...]]]
    paths: list[str]
    depths: list[int]
    #: the other lines (key and chain), for the repeated blocks
    short: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    #: each line's place in the page (prose lines, other lines)
    prose_at: list[int] = field(default_factory=list)
    short_at: list[int] = field(default_factory=list)


def _record(root: HtmlElement, keys: set[str]) -> _PageRecord:
    record = _PageRecord([], [], [])
    index: dict[HtmlElement, int] = {}  # anchored element -> its index in record.paths
    chains: dict[HtmlElement, tuple[int, ...]] = {}
    signatures: dict[HtmlElement, str] = {}
    for elem, line in page_lines(root):
        line_and_edges = line_keys(line)
        if not line_and_edges:
            continue
        key = line_and_edges[0]
        keys.update(line_and_edges)
        if elem not in chains:
            nodes = [*reversed(list(elem.iterancestors())), elem]  # root first
            chain = []
            for depth, node in enumerate(nodes):
                if node not in index:
                    path = short_path(node, signatures)
                    index[node] = len(record.paths) if has_anchor(path) else -1
                    if index[node] >= 0:
                        record.paths.append(path)
                        record.depths.append(depth)
                if index[node] >= 0:
                    chain.append(index[node])
            chains[elem] = tuple(chain)
        if len(_WORD.findall(line)) < MIN_PROSE_WORDS:
            record.short.append((key, chains[elem]))
            record.short_at.append(len(record.short_at) + len(record.prose_at))
        else:
            record.lines.append((key, len(line), chains[elem]))
            record.prose_at.append(len(record.short_at) + len(record.prose_at))
    return record


def edge_paths(record: _PageRecord, counts: Counter[str], pages: int) -> set[str]:
    """The paths of a page's edge lines: short lines of its own (a byline, a
    kicker, a dateline) before its first or after its last line of own prose,
    in an element holding none of that prose, nor at the path of the elements
    that hold it. (A heading between paragraphs, a short first or last
    paragraph among the body's paragraphs, are no edge lines.)"""
    own = [i for i, (key, _, _) in enumerate(record.lines) if not is_repeated(counts[key], pages)]
    if not own:
        return set()
    first, last = record.prose_at[own[0]], record.prose_at[own[-1]]
    prose_held = {i for j in own for i in record.lines[j][2]}
    # the paths of the elements holding the prose lines themselves (the body's paragraphs)
    prose_paths = {record.paths[record.lines[j][2][-1]] for j in own if record.lines[j][2]}
    found = set()
    for (key, chain), at in zip(record.short, record.short_at, strict=True):
        if first < at < last or is_repeated(counts[key], pages) or not chain:
            continue
        path = record.paths[chain[-1]]
        if chain[-1] not in prose_held and path not in prose_paths and has_anchor(path):
            found.add(path)
    return found


def body_path(record: _PageRecord, counts: Counter[str], pages: int) -> str | None:
    """The path of the innermost anchored element holding most of a page's own
    prose (lines found on this page only, or on a few pages of many: a story
    updated or republished), or None when the page has none."""
    few = max(1, int(PAGE_OWN_SHARE * pages))
    own = [(chars, chain) for key, chars, chain in record.lines if counts[key] <= few]
    total = sum(chars for chars, _ in own)
    if not total:
        return None
    held: Counter[int] = Counter()
    for chars, chain in own:
        for i in chain:
            held[i] += chars
    fits = [i for i, n in held.items() if n >= BODY_SHARE * total]
    if not fits:
        return None
    return record.paths[max(fits, key=lambda i: record.depths[i])]


def block_paths(record: _PageRecord, counts: Counter[str], pages: int) -> set[str]:
    """The paths of a page's repeated blocks: elements holding a line the site
    repeats, a line of the page's own, and little of the page's own prose (a
    related box under its repeated heading, a teaser rail, an author box). The
    element holding the body holds most of that prose, and is never one."""
    # "own" here is any line the site does not repeat: a related box shares
    # some of its items with a few other pages
    total = sum(chars for key, chars, _ in record.lines if not is_repeated(counts[key], pages))
    held: Counter[int] = Counter()
    labelled: set[int] = set()
    own: set[int] = set()
    for key, chars, chain in record.lines:
        if is_repeated(counts[key], pages):
            labelled.update(chain)
        else:
            own.update(chain)
            for i in chain:
                held[i] += chars
    for key, chain in record.short:
        (labelled if is_repeated(counts[key], pages) else own).update(chain)
    found = {
        i
        for i in labelled & own
        if held[i] <= BLOCK_PROSE_SHARE * total and has_anchor(record.paths[i])
    }
    # the outermost of nested blocks is enough: its lines are all of theirs
    chains = [chain for *_, chain in record.lines] + [chain for _, chain in record.short]
    return {
        record.paths[next(i for i in chain if i in found)]
        for chain in chains
        if found.intersection(chain)
    }


class SiteLearner:
    """Learns one site's template a page at a time (memory bounded by
    ``MAX_BODY_PAGES`` page records and the line counter's limit)."""

    def __init__(self) -> None:
        self.counter = KeyCounter()
        self.records: list[_PageRecord] = []

    def add(self, page: bytes | str) -> bool:
        """Learn from one page; False when it does not parse (it is skipped)."""
        try:
            root = parse_page(page)
        except (ValueError, TypeError, etree.LxmlError):
            return False
        keys: set[str] = set()
        record = _record(root, keys)
        self.counter.add(keys)
        if len(self.records) < MAX_BODY_PAGES:
            self.records.append(record)
        return True

    def template(self) -> SiteTemplate:
        """The template of the pages added so far."""
        paths: Counter[str] = Counter()
        blocks: Counter[str] = Counter()
        edges: Counter[str] = Counter()
        counts, pages = self.counter.counts, self.counter.documents
        for record in self.records:
            path = body_path(record, counts, pages)
            if path is not None:
                paths[path] += 1
            blocks.update(block_paths(record, counts, pages))
            edges.update(edge_paths(record, counts, pages))
        # a block counts as a line does: on two pages and most of them, a new one included
        scale = pages / max(1, len(self.records))  # the records are a sample of a large site
        return SiteTemplate(
            pages=pages,
            body_paths=dict(paths.most_common(MAX_BODY_PATHS)),
            lines=self.counter.repeated(),
            blocks=_repeated_paths(blocks, scale, pages),
            edges=_repeated_paths(edges, scale, pages),
        )


def _repeated_paths(found: Counter[str], scale: float, pages: int) -> dict[str, int]:
    counted = {p: round(n * scale) for p, n in found.items()}
    return {p: n for p, n in counted.items() if repeated_with_one_more(n, pages)}


def learn_site(pages: Sequence[bytes | str], urls: Sequence[str] | None = None) -> SiteTemplate:
    """Learn a site's template from a few of its pages (HTML as bytes or str).

    ``urls`` (the pages' addresses, same length) are checked for length only:
    the template is learned from the pages' content, whatever their address.
    Pages that do not parse are skipped.
    """
    if urls is not None and len(urls) != len(pages):
        raise ValueError(f"{len(urls)} urls for {len(pages)} pages")
    learner = SiteLearner()
    for page in pages:
        learner.add(page)
    return learner.template()


def page_keys(root: HtmlElement) -> set[str]:
    """The line keys of a parsed page."""
    return {k for _, line in page_lines(root) for k in line_keys(line)}
