"""The demo site's articles: ``articles/*.txt`` read into :class:`DemoArticle`,
the editions a bench multiplies them into, and the wire and partner copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ARTICLES_DIR = Path(__file__).parent / "articles"
SITE_NAME = "The Harbour Courier"
DISALLOWED_PREFIX = "/news/premium/"
NEWS_SITEMAP_SIZE = 8
FEED_SIZE = 12
TRACKING_QUERY = "?utm_source=rss&utm_medium=feed&utm_campaign=latest"
HOME_TRACKING_QUERY = "?utm_source=homepage&utm_content=top-story"
#: Article the wire copy repeats, and the word it changes.
WIRE_SOURCE = "vn-hopes-for-more-international-cooperation-to-combat-hi-tech-crimes"
WIRE_EDIT = (
    "Deputy Minister of Public Security Nguyen Van Thanh said",
    "Deputy Public Security Minister Nguyen Van Thanh said",
)
#: Article the partner site republishes with a canonical link back.
PARTNER_SOURCE = "vietnam-attends-88th-interpol-general-assembly-in-chile"
COMMENTS = (
    ("harbourwatcher", "Finally some good news from this city. Keep it up!"),
    ("J. Petersen", "I read this twice and still don't understand who pays for it."),
    ("marta_k", "My grandfather would have loved to see this day."),
)


@dataclass
class DemoArticle:
    """One article of the demo site."""

    slug: str
    title: str
    section: str
    published: datetime
    author: str
    paragraphs: list[str]
    caption: str | None = None
    layout: str = "p"  # "p": <p> paragraphs; "br": one block broken by <br><br>
    source: str | None = None
    modified: datetime | None = None
    canonical_path: str | None = None  # set on copies that point at an original
    kind: str = "article"  # "article", "wire" (near-duplicate copy), "partner"
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """Where the article is served."""
        return f"/news/{self.section}/{self.published:%Y}/{self.published:%m}/{self.slug}.html"

    @property
    def last_modified(self) -> datetime:
        return self.modified or self.published

    @property
    def disallowed(self) -> bool:
        """True when robots.txt forbids the article."""
        return self.path.startswith(DISALLOWED_PREFIX)

    @property
    def text(self) -> str:
        """The body as the crawl should extract it."""
        return "\n\n".join(self.paragraphs)


def parse_article_file(path: Path) -> DemoArticle:
    """Read ``key: value`` header lines, a blank line, then paragraphs."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    slug = path.stem.split("-", 1)[1]
    return DemoArticle(
        slug=slug,
        title=meta["title"],
        section=meta["section"],
        published=datetime.fromisoformat(meta["published"]).astimezone(UTC),
        author=meta.get("author", SITE_NAME),
        caption=meta.get("caption"),
        layout=meta.get("layout", "p"),
        source=meta.get("source"),
        paragraphs=[p.strip() for p in body.split("\n\n") if p.strip()],
    )


def load_articles(directory: Path = ARTICLES_DIR) -> list[DemoArticle]:
    """Every article file in ``directory``, in file-name order."""
    return [parse_article_file(p) for p in sorted(directory.glob("*.txt"))]


def editions(articles: list[DemoArticle], count: int) -> list[DemoArticle]:
    """``articles`` plus ``count - 1`` further editions of each, for benchmarks:
    edition ``k`` of an article keeps its first half and takes the second half
    of another article, so that editions are distinct articles, not copies.

    >>> base = load_articles()
    >>> len(editions(base, 3)) == 3 * len(base)
    True
    """
    out = list(articles)
    n = len(articles)
    for k in range(1, count):
        for i, art in enumerate(articles):
            other = articles[(i + k) % n]
            half = max(1, len(art.paragraphs) // 2)
            out.append(
                replace(
                    art,
                    slug=f"{art.slug}-{k + 1}",
                    title=f"{art.title} ({k + 1})",
                    published=art.published + timedelta(minutes=k),
                    paragraphs=art.paragraphs[:half]
                    + other.paragraphs[len(other.paragraphs) // 2 :],
                )
            )
    return out


def copies_of(articles: list[DemoArticle]) -> list[DemoArticle]:
    by_slug = {a.slug: a for a in articles}
    copies = []
    if WIRE_SOURCE in by_slug:
        src = by_slug[WIRE_SOURCE]
        old, new = WIRE_EDIT
        copies.append(
            replace(
                src,
                slug=src.slug + "-wire",
                kind="wire",
                layout="p",
                caption=None,
                paragraphs=[p.replace(old, new) for p in src.paragraphs],
            )
        )
    if PARTNER_SOURCE in by_slug:
        src = by_slug[PARTNER_SOURCE]
        copies.append(replace(src, section="partner", kind="partner", canonical_path=src.path))
    return copies
