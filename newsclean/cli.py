"""The ``newsclean`` command line.

Exit codes: 0 all inputs cleaned; 1 some inputs failed (one line each on
stderr, the others still processed); 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TextIO

import newsclean.crawl
from cleaners import REGISTRY
from cleaners.article import Article
from cleaners.chain import UnknownCleaner
from newsclean import batch
from newsclean.inputs import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Turn news pages and scraped news text into clean text."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "clean",
        help="clean HTML pages, text files, stdin or URLs",
        description="Clean each INPUT: an HTML or text file (told apart by content), "
        "'-' for stdin, or an http(s) URL.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a directory of files, a JSONL file of {html|text, url} records, "
        "'-' for stdin, or an http(s) URL",
    )
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="text: title, blank line, body (default); json: one Article object per "
        "input; jsonl: one Article per line",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="print on stderr, per cleaner, what it removed, moved or repaired",
    )
    p.add_argument("--url", help="the page's URL, for a file or stdin input")
    p.add_argument(
        "--only",
        type=_names,
        metavar="NAMES",
        help="run only these cleaners, in this order (comma-separated)",
    )
    p.add_argument(
        "--enable",
        type=_names,
        default=[],
        metavar="NAMES",
        help="add cleaners that are off by default",
    )
    p.add_argument(
        "--disable", type=_names, default=[], metavar="NAMES", help="skip these cleaners"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_workers,
        default=1,
        metavar="N",
        help="clean on N processes (0: all cores); results stay in input order",
    )
    p.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (shown on a terminal only)",
    )
    p.add_argument(
        "--learn-sites",
        action="store_true",
        help="first learn what each site (URL host, or a JSONL record's 'source') repeats "
        "across its documents, then clean each document without it",
    )
    p.add_argument("--list-cleaners", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--max-size",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="BYTES",
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES:,})",
    )
    newsclean.crawl.add_parser(sub)
    return parser


def write_article(article: Article, fmt: str, out: TextIO, header: str | None) -> None:
    if fmt == "jsonl":
        out.write(article.to_json() + "\n")
    elif fmt == "json":
        out.write(article.to_json(indent=2) + "\n")
    else:
        if header:
            out.write(f"==> {header} <==\n")
        if article.title:
            out.write(article.title + "\n\n")
        out.write(article.text + "\n")
        if header:
            out.write("\n")


def explain(article: Article, name: str, err: TextIO) -> None:
    by_cleaner: dict[str, list[str]] = defaultdict(list)
    for change in article.changes:
        by_cleaner[change.cleaner].append(change.describe())
    err.write(f"{name}: {len(article.changes)} change(s)\n")
    for cleaner, lines in by_cleaner.items():
        err.write(f"  {cleaner} ({len(lines)})\n")
        for line in lines:
            err.write(f"    {line.split(': ', 1)[1]}\n")


def run_clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    spec = batch.ChainSpec(
        only=tuple(args.only) if args.only is not None else None,
        enable=tuple(args.enable),
        disable=tuple(args.disable),
    )
    spec.build()  # an unknown cleaner name is a usage error, before any work
    options = batch.Options(chain=spec, url=args.url, max_bytes=args.max_size)
    workers = args.jobs or batch.default_workers()
    several = len(args.inputs) > 1 or not _single_document(args.inputs[0])
    failed = 0
    items: Iterable[batch.Job | batch.Result] = batch.expand(args.inputs, options)
    if args.learn_sites:  # two passes: the jobs are listed once, read twice
        from newsclean import sites

        items = list(items)
        options = dataclasses.replace(options, templates=sites.learn(items, options))
    results = batch.run(items, options, workers)
    for result in batch.progress(results, enabled=None if args.progress else False):
        if result.article is None:
            err.write(f"newsclean: {result.error}\n")
            err.flush()
            failed += 1
            continue
        write_article(result.article, args.format, out, result.name if several else None)
        if args.explain:
            explain(result.article, result.name, err)
        out.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _single_document(spec: str) -> bool:
    return spec == "-" or not os.path.isdir(spec)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse prints its own one-line usage error
        return int(e.code or 0)
    try:
        if args.command == "clean":
            if args.list_cleaners:
                print("\n".join(sorted(REGISTRY)))
                return EXIT_OK
            return run_clean(args, sys.stdout, sys.stderr)
        if args.command == "crawl":
            return newsclean.crawl.run(args)
    except UnknownCleaner as e:
        print(f"newsclean: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE  # not reached


if __name__ == "__main__":
    sys.exit(main())
