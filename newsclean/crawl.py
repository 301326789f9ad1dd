"""``newsclean crawl``: the command-line front of the crawl.

Exit codes: 0 the crawl finished without errors; 1 it finished with errors
(pages that could not be fetched, counted in the summary) or another crawl
holds the state file; 2 usage error; 130 stopped by a signal.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cleaners.errors import NewscleanError

EXIT_USAGE = 2
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_OUT = "articles.jsonl"


def parse_interval(text: str) -> float:
    """Seconds in an interval like ``30m``, ``2h``, ``90s``, ``1d`` or ``45``.

    >>> parse_interval("30m"), parse_interval("1.5h"), parse_interval("90")
    (1800.0, 5400.0, 90.0)
    """
    match = INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not an interval: {text!r} (e.g. 30m, 2h, 1d)")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2).lower()]


def _setting(text: str) -> tuple[str, str]:
    from spiders.settings import parse_setting

    try:
        return parse_setting(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``crawl`` subcommand to ``subparsers`` (from ``add_subparsers``)."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "crawl",
        help="crawl news sites incrementally into a JSONL file",
        description="Fetch new and changed articles from a site's sitemaps, feeds and start "
        "pages, extract and clean them, and append one JSON object per new article version "
        "to --out. A state file remembers what was fetched, so the next run fetches only "
        "what changed.",
    )
    p.add_argument(
        "--site",
        metavar="NAME",
        help="site profile: spiders/sites/NAME.toml, or a path to a .toml file",
    )
    p.add_argument(
        "--base-url", metavar="URL", help="resolve the profile's relative URLs against URL"
    )
    p.add_argument(
        "--sitemap",
        action="append",
        default=[],
        metavar="URL",
        help="a sitemap, sitemap index, Google News sitemap or robots.txt (repeatable)",
    )
    p.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="an RSS or Atom feed (repeatable)",
    )
    p.add_argument(
        "--start",
        action="append",
        default=[],
        metavar="URL",
        help="a page whose in-domain article links are followed (repeatable)",
    )
    p.add_argument(
        "--pattern", metavar="REGEX", help="article URLs match this (searched in path and query)"
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path(DEFAULT_OUT),
        metavar="FILE.jsonl",
        help=f"append articles here (default {DEFAULT_OUT})",
    )
    p.add_argument(
        "--state",
        type=Path,
        metavar="FILE.sqlite",
        help="crawl state file (default: FILE.jsonl with .state.sqlite)",
    )
    p.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        default=[],
        type=_setting,
        metavar="NAME=VALUE",
        help="a Scrapy setting (repeatable)",
    )
    p.add_argument(
        "--every",
        type=parse_interval,
        metavar="INTERVAL",
        help="keep running, one crawl every INTERVAL (30m, 2h, 1d)",
    )
    p.add_argument(
        "--redis",
        metavar="redis://HOST:PORT/DB",
        help="share the crawl with other workers through Redis: request queue, duplicate "
        "filter and stored-article knowledge (see docs/distributed.md)",
    )
    p.add_argument(
        "--redis-prefix",
        metavar="PREFIX",
        help="with --redis: key prefix shared by the workers (default newsclean:SITE)",
    )
    p.add_argument(
        "--idle-exit",
        type=parse_interval,
        metavar="INTERVAL",
        help="with --redis: leave after the shared queue was empty this long "
        "(default: the NEWSCLEAN_REDIS_IDLE_EXIT setting)",
    )
    p.add_argument(
        "--reextract",
        action="store_true",
        help="fetch nothing: extract again the raw pages the state keeps (each with its "
        "site's learned template), or with --warc-dir the responses archived there, and "
        "append a new version of each article whose text changed",
    )
    p.add_argument(
        "--warc-dir",
        type=Path,
        metavar="DIR",
        help="keep every fetched response as WARC records in DIR (newsclean clean DIR "
        "re-extracts them; --reextract stores new versions from them)",
    )
    p.add_argument(
        "--warc-max-size",
        type=int,
        default=1 << 30,
        metavar="BYTES",
        help="start a new WARC file past this size (default 1 GiB)",
    )
    p.add_argument("--runs", type=int, metavar="N", help=argparse.SUPPRESS)
    return p


def default_state(out: Path) -> Path:
    """The state file used when ``--state`` is not given.

    >>> default_state(Path("data/news.jsonl")).as_posix()
    'data/news.state.sqlite'
    """
    return out.with_suffix(".state.sqlite")


def run(args: argparse.Namespace) -> int:
    """Run ``newsclean crawl`` with parsed ``args``; returns the exit code."""
    from spiders.profiles import ProfileError, SiteProfile, load_profile

    if args.reextract and args.warc_dir is None:
        return reextract_from_state(args)
    try:
        base = load_profile(args.site) if args.site else SiteProfile("command-line")
        profile = base.merged(
            sitemaps=args.sitemap,
            feeds=args.feed,
            start_pages=args.start,
            article_pattern=args.pattern,
            base_url=args.base_url,
        ).resolved()
        if args.pattern:
            re.compile(args.pattern)
    except (ProfileError, re.error) as e:
        print(f"newsclean crawl: {e}", file=sys.stderr)
        return EXIT_USAGE
    if not profile.seeds and not args.reextract:
        print(
            "newsclean crawl: nothing to crawl: give --site, --sitemap, --feed or --start",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from newsclean.logs import quiet_network_failures
    from spiders.runner import CrawlJob, run_job

    quiet_network_failures()
    overrides = dict(args.settings)
    if args.warc_dir is not None:
        overrides["NEWSCLEAN_WARC_DIR"] = str(args.warc_dir)
        overrides["NEWSCLEAN_WARC_MAX_BYTES"] = args.warc_max_size
    if args.reextract:
        return reextract_from_warc(args, profile, overrides)
    if getattr(args, "redis", None):
        from spiders.distributed import check_redis_url, ping, worker_overrides

        try:
            check_redis_url(args.redis)
            ping(args.redis)
        except (ValueError, NewscleanError) as e:
            print(f"newsclean crawl: {e}", file=sys.stderr)
            return EXIT_USAGE if isinstance(e, ValueError) else 1
        from spiders.settings import REDIS_IDLE_EXIT

        prefix = args.redis_prefix or f"newsclean:{profile.name}"
        idle_exit = REDIS_IDLE_EXIT if args.idle_exit is None else args.idle_exit
        overrides = worker_overrides(
            args.redis, prefix, idle_exit, dict(profile.settings), overrides
        )
    job = CrawlJob(
        profile=profile,
        out=args.out,
        state=args.state or default_state(args.out),
        overrides=overrides,
        every=args.every,
        max_runs=args.runs,
    )
    try:
        return run_job(job)
    except (NewscleanError, OSError) as e:  # the state file's lock: busy or not writable
        from spiders.runner import error_line

        print(f"newsclean crawl: {error_line(e)}", file=sys.stderr)
        return 1


def _on_store(
    state: Path, open_store: Callable[[], Any], work: Callable[[Any], dict[str, int]]
) -> dict[str, int] | None:
    """``work`` on the crawl's store, under the state's lock; None after a
    one-line error on stderr."""
    from spiders.runner import error_line
    from spiders.state import StateLock

    try:
        with StateLock(state):
            store = open_store()
            try:
                return work(store)
            finally:
                store.close()
    except (NewscleanError, OSError) as e:
        print(f"newsclean crawl: {error_line(e)}", file=sys.stderr)
        return None


def reextract_from_state(args: argparse.Namespace) -> int:
    """``newsclean crawl --reextract``: the stored raw pages extracted again with
    their site's template; prints the outcomes on stderr."""
    from spiders.profiles import ProfileError, load_profile
    from spiders.store import ArticleStore
    from spiders.templates import reextract

    state = args.state or default_state(args.out)
    if not state.exists():
        print(f"newsclean crawl: {state}: no crawl state file to re-extract from", file=sys.stderr)
        return EXIT_USAGE
    try:
        profile = load_profile(args.site) if args.site else None
    except ProfileError as e:
        print(f"newsclean crawl: {e}", file=sys.stderr)
        return EXIT_USAGE
    drop = tuple(profile.drop) if profile else ()
    body = profile.body if profile else None
    outcomes = _on_store(
        state, lambda: ArticleStore(state, args.out).open(), lambda s: reextract(s, drop, body)
    )
    if outcomes is None:
        return 1
    total = sum(outcomes.values())
    summary = ", ".join(f"{name} {n}" for name, n in sorted(outcomes.items())) or "none kept"
    print(f"newsclean crawl: re-extracted {total} page(s): {summary}", file=sys.stderr)
    return 0


def reextract_from_warc(args: argparse.Namespace, profile: Any, overrides: dict[str, Any]) -> int:
    """``newsclean crawl --reextract --warc-dir DIR``: the archived pages through
    the current extractor into the store, without fetching."""
    from spiders.archive import reextract as run_reextract
    from spiders.archive import warc_files
    from spiders.runner import CrawlJob, open_store
    from spiders.settings import build_settings

    paths = warc_files(args.warc_dir)
    if not paths:
        print(f"newsclean crawl: no WARC files in {args.warc_dir}", file=sys.stderr)
        return EXIT_USAGE
    state = args.state or default_state(args.out)
    job = CrawlJob(profile=profile, out=args.out, state=state, overrides=overrides)
    settings = build_settings(state, profile.settings, overrides)
    outcomes = _on_store(
        state, lambda: open_store(job, settings), lambda s: run_reextract(s, profile, paths)
    )
    if outcomes is None:
        return 1
    summary = ", ".join(f"{n} {name}" for name, n in sorted(outcomes.items())) or "no pages"
    print(
        f"newsclean crawl: re-extracted from {len(paths)} WARC file(s): {summary}", file=sys.stderr
    )
    return 0
