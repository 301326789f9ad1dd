"""``newsclean clean --learn-sites``: group a batch's documents by site, learn
each site's template from its own documents, then clean with it.

A document's site is its record's ``source`` field (JSONL input) or else its
URL's host (``www.`` aside); a document with neither is cleaned as usual.
HTML documents teach a :class:`~scraper.sites.SiteTemplate`, text documents a
:class:`~cleaners.source.SourceTemplate`. Learning is a first pass over the
inputs (the jobs are listed once: byte ranges for files, records for stdin);
cleaning is the usual batch, each document with its site's template as if
learned without it (its own lines never count as the site's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cleaners.errors import NewscleanError
from cleaners.source import KeyCounter, SourceTemplate, text_keys
from newsclean.batch import Document, Job, Options, Result, group_of, read_document
from newsclean.readers import load
from scraper.sites import SiteLearner, SiteTemplate, site_key


@dataclass(frozen=True)
class Templates:
    """Each site's learned templates, by site name."""

    sites: dict[str, SiteTemplate] = field(default_factory=dict)
    sources: dict[str, SourceTemplate] = field(default_factory=dict)

    def site_for(self, group: str | None, html: bytes | str) -> SiteTemplate | None:
        """The site template for an HTML document of ``group`` (one it was learned from)."""
        template = self.sites.get(group) if group else None
        return template.excluding(html) if template is not None else None

    def source_for(self, group: str | None, text: str) -> SourceTemplate | None:
        """The source template for a text document of ``group`` (one it was learned from)."""
        template = self.sources.get(group) if group else None
        return template.excluding(text) if template is not None else None


def site_of(url: str | None, source: str | None = None) -> str | None:
    """A document's site: its ``source`` field, else its URL's host.

    >>> site_of("https://www.example.org/news/1"), site_of(None, "Gazette"), site_of(None)
    ('example.org', 'Gazette', None)
    """
    return source or site_key(url)


def read_for_learning(job: Job, options: Options) -> tuple[Document, str | None] | None:
    """A batch job's document and site, read for learning (None when it cannot
    be read: the cleaning pass reports it)."""
    try:
        job = load(job, options.max_bytes)  # a JSONL record's source field joins job.origin
        doc = read_document(job, options)
    except NewscleanError:
        return None
    return doc, group_of(job, doc.url)


def learn(jobs: Iterable[Job | Result], options: Options) -> Templates:
    """Learn every site's templates from the batch's jobs (failed inputs skipped)."""
    sites: dict[str, SiteLearner] = {}
    sources: dict[str, KeyCounter] = {}
    for job in jobs:
        read = read_for_learning(job, options) if isinstance(job, Job) else None
        if read is None:
            continue
        doc, group = read
        if group is None:
            continue
        if doc.html:
            sites.setdefault(group, SiteLearner()).add(doc.content)
        else:
            assert isinstance(doc.content, str)
            sources.setdefault(group, KeyCounter()).add(text_keys(doc.content))
    return Templates(
        {group: learner.template() for group, learner in sites.items()},
        {group: SourceTemplate(c.documents, c.repeated()) for group, c in sources.items()},
    )
