"""The ``newsclean`` command line.

Exit codes: 0 all inputs cleaned; 1 some inputs failed (one line each on
stderr, the others still processed); 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TextIO

import newsclean.crawl
from cleaners import REGISTRY
from cleaners.article import Article
from cleaners.chain import UnknownCleaner
from newsclean import __version__, batch, readers, writers
from newsclean.inputs import DEFAULT_MAX_BYTES
from newsclean.progress import DEFAULT_LOG_INTERVAL, count_documents, progress

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
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_clean_arguments(
        sub.add_parser(
            "clean",
            help="clean HTML pages, text files, WARC files, stdin or URLs",
            description="Clean each INPUT: an HTML or text file (told apart by content), "
            "a JSONL or WARC file, a directory of them, '-' for stdin, or an http(s) URL.",
        )
    )
    add_clean_arguments(
        sub.add_parser(
            "extract-archive",
            help="extract the articles of WARC files again (newsclean crawl --warc-dir)",
            description="The same as clean, for the archive a crawl kept with --warc-dir: "
            "each HTML response of each WARC file is extracted again, no server needed.",
        )
    )
    newsclean.crawl.add_parser(sub)
    return parser


def add_clean_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of ``clean`` (and of ``extract-archive``)."""
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="an HTML or text file, a JSONL file of {html|text, url, ...} records, a WARC "
        "or WARC.gz file, any of these .gz/.bz2/.xz/.zst-compressed, a directory of them, "
        "'-' for stdin, or an http(s) URL",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout; the suffix gives the format (.txt, .json, "
        ".jsonl, .parquet) and a .gz/.bz2/.xz/.zst after it the compression",
    )
    p.add_argument(
        "--format",
        choices=writers.FORMATS,
        help="text: title, blank line, body (default); json: one JSON array (one object "
        "for a single document); jsonl: one Article per line; parquet: one row per "
        "Article (with -o; schema in newsclean.parquet)",
    )
    p.add_argument(
        "--keep-errors",
        action="store_true",
        help='write failed documents into the output as {"error", "name", "input"} rows',
    )
    p.add_argument(
        "--errors",
        metavar="FILE",
        help="write failed documents here as JSONL rows (default with -o: "
        "NAME.errors.jsonl beside it)",
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
        help="no progress bar on a terminal, no progress lines elsewhere",
    )
    p.add_argument(
        "--log-every",
        type=float,
        default=DEFAULT_LOG_INTERVAL,
        metavar="SECONDS",
        help="when stderr is not a terminal, a progress line this often "
        f"(default {DEFAULT_LOG_INTERVAL:.0f})",
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


def explain(article: Article, name: str, err: TextIO) -> None:
    by_cleaner: dict[str, list[str]] = defaultdict(list)
    for change in article.changes:
        by_cleaner[change.cleaner].append(change.describe())
    err.write(f"{name}: {len(article.changes)} change(s)\n")
    for cleaner, lines in by_cleaner.items():
        err.write(f"  {cleaner} ({len(lines)})\n")
        for line in lines:
            err.write(f"    {line.split(': ', 1)[1]}\n")


def _file_descriptors(stream: TextIO) -> list[int]:
    """The descriptor behind ``stream``, if it has one (a test's StringIO has none)."""
    try:
        return [stream.fileno()]
    except (OSError, ValueError, AttributeError):
        return []


def run_clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsclean clean``: clean every input, write the results, report failures."""
    spec = batch.ChainSpec(
        only=tuple(args.only) if args.only is not None else None,
        enable=tuple(args.enable),
        disable=tuple(args.disable),
    )
    spec.build()  # an unknown cleaner name is a usage error, before any work
    workers = args.jobs or batch.default_workers()
    several = len(args.inputs) > 1 or readers.holds_many(args.inputs[0])
    fmt = writers.output_format(args.output, args.format)
    errors_path = args.errors
    if errors_path is None and args.output not in (None, "-") and not args.keep_errors:
        errors_path = writers.default_errors_path(args.output)
    # opening the output truncates it and an old errors file is removed: never an input
    writers.check_not_an_input([args.output, errors_path], args.inputs)
    writer, opened = writers.open_writer(fmt, args.output, out, args.keep_errors, several)
    errors = writers.ErrorLog(errors_path)
    # a directory of inputs may hold the run's own output: never read it back
    own = batch.OwnFiles.of([args.output, errors_path], _file_descriptors(opened or out))
    options = batch.Options(chain=spec, url=args.url, max_bytes=args.max_size, own_files=own)
    total = count_documents(args.inputs, own) if args.progress else None
    items: Iterable[batch.Job | batch.Result] = batch.expand(args.inputs, options)
    if args.learn_sites:  # two passes: the jobs are listed once, read twice
        from newsclean import sites

        items = list(items)
        options = dataclasses.replace(options, templates=sites.learn(items, options))
    results = batch.run(items, options, workers)
    shown = progress(results, total, None if args.progress else False, args.log_every, err)
    try:
        for result in shown:
            if result.article is None:
                err.write(f"newsclean: {result.error}\n")
                err.flush()
                errors.write(result)
            elif args.explain:
                explain(result.article, result.name, err)
            writer.write(result)
    finally:
        writer.close()
        errors.close()
        if opened is not None:
            opened.close()
    if errors.count and errors.path:
        err.write(f"newsclean: {errors.count:,} failed document(s) written to {errors.path}\n")
    return EXIT_SOME_FAILED if errors.count else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse prints its own one-line usage error
        return int(e.code or 0)
    try:
        if args.command in ("clean", "extract-archive"):
            if args.list_cleaners:
                print("\n".join(sorted(REGISTRY)))
                return EXIT_OK
            return run_clean(args, sys.stdout, sys.stderr)
        if args.command == "crawl":
            return newsclean.crawl.run(args)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
        return EXIT_OK
    except (UnknownCleaner, writers.OutputError) as e:
        print(f"newsclean: {e}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as e:  # the output or errors file cannot be written
        print(
            f"newsclean: cannot write {e.filename or 'the output'}: {e.strerror or e}",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE  # not reached


if __name__ == "__main__":
    sys.exit(main())
