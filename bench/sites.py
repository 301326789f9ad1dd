"""Leave-one-out benchmark of site and source templates.

Run ``.venv/bin/python -m bench.sites`` (``--help`` for options). For every
page of a site with at least two pages (news-dev's multi-page publishers,
aeb-dev's sites with two pages, and the demo site's articles), a template is
learned from the site's *other* pages only, then:

- HTML: ``scraper.extract(page)`` (generic) against
  ``scraper.extract(page, site=learn_site(others))``;
- the ``transplant`` rows: five-page sites made from news-dev's multi-page
  publishers (:mod:`bench.transplant`: one real page's template, five other
  articles' bodies, per-page lines varied), as the five-page check is run;
  with ``--older-hosts``, also the ``transplant-older`` rows: the same on each
  of the publishers' older pages (more layouts, older designs);
- text: the real-dirty input, ``trafilatura.extract(page, favor_recall=True,
  include_comments=False)``, cleaned by ``cleaners.clean_text`` without and
  with ``source=learn_source(dirty texts of the others)``; with ``--text-input
  wide``, the article column's block lines instead (:mod:`bench.wide`), where a
  site's menus, footers and boxes recur from page to page.

Scores are those of :mod:`bench.extract` (shingle F1 from mean precision and
recall); the worst loss is the largest per-page F1 drop with the template.
Rows are per split of :mod:`bench.splits` (tune on ``tune``, trust ``heldout``).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bench.extract import (
    BENCHMARKS,
    Page,
    Result,
    Score,
    load_pages,
    precision_recall,
    tp_fp_fn,
)
from bench.splits import SPLITS, TUNE, site_of

AEB_DEV, NEWS_DEV = BENCHMARKS / "aeb-dev", BENCHMARKS / "news-dev"
#: The demo site's pages are served under this base (any fixed host will do).
DEMO_BASE = "http://harbour-courier.example"
DEMO_SITE = "demo-site"


def demo_pages() -> list[Page]:
    """The demo site's article pages, rendered, with their bodies as truth."""
    from spiders.demo_site.site import DemoSite

    site = DemoSite()
    pages = []
    for art in site.expected_articles():
        rendered = site.render(art.path, DEMO_BASE)
        if rendered is not None:
            pages.append(Page(f"demo-{art.slug}", DEMO_BASE + art.path, rendered.body, art.text))
    return pages


def sites_of(pages: list[Page]) -> dict[str, list[Page]]:
    """Pages grouped by site, only sites with at least two pages."""
    groups: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        groups[site_of(page.url, page.id)].append(page)
    return {site: group for site, group in groups.items() if len(group) >= 2}


def page_f1(page: Page, text: str) -> float:
    """One page's F1 (precision and recall of the benchmark's shingles)."""
    p, r = precision_recall(*tp_fp_fn(page.truth, text))
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def html_runs(site_pages: list[Page]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Generic and templated extraction of each page (learned leave-one-out),
    and which way the templated run went."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract
    from scraper.sites import learn_site

    generic, templated, used = {}, {}, {}
    for page in site_pages:
        others = [p for p in site_pages if p is not page]
        template = learn_site([p.html for p in others], [p.url for p in others])
        try:
            generic[page.id] = extract(page.html, url=page.url).text
        except NewscleanError:
            generic[page.id] = ""
        try:
            article = extract(page.html, url=page.url, site=template)
            templated[page.id] = article.text
            used[page.id] = article.changes[0].text.split(":", 1)[0]
        except NewscleanError:
            templated[page.id], used[page.id] = "", "error"
    return generic, templated, used


def dirty_texts(site_pages: list[Page], kind: str = "recall") -> dict[str, str]:
    """Each page's dirty text: trafilatura's recall-oriented text (``recall``)
    or its article column's block lines (``wide``, :mod:`bench.wide`: menus,
    share bars, rails and boxes as a careless scraper hands them over)."""
    if kind == "wide":
        from bench.wide import wide_extract

        return {p.id: wide_extract(p.html, p.truth) for p in site_pages}
    import trafilatura

    return {
        p.id: trafilatura.extract(p.html, url=p.url, favor_recall=True, include_comments=False)
        or ""
        for p in site_pages
    }


def text_runs(
    site_pages: list[Page], kind: str = "recall"
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Dirty text cleaned without and with the source template (leave-one-out)."""
    from cleaners import clean, clean_text, learn_source

    dirty = dirty_texts(site_pages, kind)
    plain, templated, used = {}, {}, {}
    for page in site_pages:
        source = learn_source([dirty[p.id] for p in site_pages if p is not page])
        plain[page.id] = clean_text(dirty[page.id]) if dirty[page.id].strip() else ""
        article = clean(dirty[page.id], source=source) if dirty[page.id].strip() else None
        templated[page.id] = article.text if article else ""
        dropped = article and any(c.cleaner == "source_template" for c in article.changes)
        used[page.id] = "template (lines dropped)" if dropped else "none dropped"
    return plain, templated, used


Runner = Callable[[list[Page]], tuple[dict[str, str], dict[str, str], dict[str, str]]]


def report(
    title: str,
    groups: dict[str, list[Page]],
    runner: Runner,
    worst: int,
    datasets: dict[str, str],
) -> None:
    """Print one table: per data set and split, generic vs templated F1 and the
    worst loss (``datasets`` names each site's data set)."""
    rows: dict[str, list[Page]] = defaultdict(list)
    base, tmpl = Score("generic"), Score("template")
    used: dict[str, str] = {}
    for site, site_pages in sorted(groups.items()):
        g, t, u = runner(site_pages)
        base.outputs.update({k: Result(v) for k, v in g.items()})
        tmpl.outputs.update({k: Result(v) for k, v in t.items()})
        used.update(u)
        split = site_pages[0].split  # a synthetic site's is its publisher's
        name = "demo" if site == DEMO_SITE else f"{datasets[site]} {split}"
        rows[name].extend(site_pages)
    print(f"\n{title}\n")
    print("| pages | n | sites | generic F1 | template F1 | gain | worst loss | template changed |")
    print("|---|---|---|---|---|---|---|---|")
    losses: list[tuple[float, Page]] = []
    names = [f"{d} {split}" for d in dict.fromkeys(datasets.values()) for split in SPLITS]
    for name in (*names, "demo"):
        pages = rows.get(name, [])
        if not pages:
            continue
        g1, t1 = base.metrics(pages)["f1"], tmpl.metrics(pages)["f1"]
        page_losses = [(page_f1(p, base.text(p)) - page_f1(p, tmpl.text(p)), p) for p in pages]
        losses.extend(page_losses)
        sites = len({site_of(p.url, p.id) for p in pages})
        n_used = sum(used.get(p.id, "").startswith("template") for p in pages)
        print(
            f"| {name} | {len(pages)} | {sites} | {g1:.3f} | {t1:.3f} | {t1 - g1:+.3f} "
            f"| {max(x for x, _ in page_losses):+.3f} | {n_used} |"
        )
    if worst:
        # held-out pages are counted in the table above, never named: no rule
        # is written while reading them
        print("\nlargest per-page changes of tune pages (loss > 0 is worse with the template):")
        shown = [(loss, page) for loss, page in losses if page.split == TUNE and loss]
        for loss, page in sorted(shown, key=lambda x: -abs(x[0]))[:worst]:
            print(f"  {loss:+.3f} {used.get(page.id, ''):8} {page.id}")
        if not shown:
            print("  none changed")


def scale(count: int) -> None:
    """Learn one template from ``count`` demo-site pages: time, peak memory, size."""
    import resource
    import time
    import tracemalloc

    from scraper.sites import learn_site
    from spiders.demo_site.site import DemoSite

    base = len(DemoSite().expected_articles())
    site = DemoSite(copies=max(1, -(-count // base)))
    pages = []
    for art in site.expected_articles()[:count]:
        rendered = site.render(art.path, DEMO_BASE)
        if rendered is not None:
            pages.append(rendered.body)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    template = learn_site(pages)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1e3
    print(f"\nLearning from {len(pages)} demo-site pages ({sum(map(len, pages)) / 1e6:.1f} MB)\n")
    print(
        "| pages | seconds | pages/s | Python peak MB | max RSS growth MB "
        "| template bytes | paths | lines |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(pages)} | {seconds:.2f} | {len(pages) / seconds:.0f} | {peak / 1e6:.1f} "
        f"| {rss_growth:.1f} "
        f"| {len(template.to_json())} | {len(template.body_paths)} | {len(template.lines)} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(prog="bench.sites", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=NEWS_DEV, help="news-dev folder")
    parser.add_argument(
        "--aeb-dir", type=Path, default=AEB_DEV, help="aeb-dev folder (its sites with 2 pages)"
    )
    parser.add_argument("--part", choices=("html", "text", "both"), default="both")
    parser.add_argument(
        "--text-input",
        choices=("recall", "wide"),
        default="recall",
        help="the text part's dirty input: trafilatura's recall text, or the article "
        "column's block lines (bench.wide)",
    )
    parser.add_argument("--worst", type=int, default=8, help="list the N largest changes")
    parser.add_argument(
        "--no-transplant",
        dest="transplant",
        action="store_false",
        help="leave out the five-page sites made from news-dev (bench.transplant)",
    )
    parser.add_argument(
        "--older-hosts",
        action="store_true",
        help="also five-page sites hosted on the publishers' older pages (transplant-older)",
    )
    parser.add_argument(
        "--scale", type=int, default=0, metavar="N", help="only time learning from N pages"
    )
    args = parser.parse_args(argv)
    if args.scale:
        scale(args.scale)
        return 0
    groups = sites_of(load_pages(args.dir))
    datasets = dict.fromkeys(groups, "news-dev")
    if args.aeb_dir.exists():
        aeb = sites_of(load_pages(args.aeb_dir))
        groups.update(aeb)
        datasets.update(dict.fromkeys(aeb, "aeb-dev"))
    if args.transplant:
        from bench.transplant import synthetic_sites

        made = synthetic_sites(load_pages(args.dir))
        groups.update(made)
        datasets.update(dict.fromkeys(made, "transplant"))
    if args.older_hosts:
        from bench.transplant import synthetic_sites

        made = synthetic_sites(load_pages(args.dir), older=True)
        groups.update(made)
        datasets.update(dict.fromkeys(made, "transplant-older"))
    groups[DEMO_SITE] = demo_pages()
    count = sum(len(g) for g in groups.values())
    print(f"{count} pages of {len(groups)} sites with 2+ pages, leave-one-out")
    if args.part in ("html", "both"):
        report(
            "HTML: scraper.extract vs extract(site=template)",
            groups,
            html_runs,
            args.worst,
            datasets,
        )
    if args.part in ("text", "both"):
        report(
            f"Text ({args.text_input} input): clean_text(dirty) vs "
            "clean_text(dirty, source=template)",
            groups,
            functools.partial(text_runs, kind=args.text_input),
            args.worst,
            datasets,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
