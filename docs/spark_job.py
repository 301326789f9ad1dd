"""Example Spark job: clean a column of HTML pages (or dirty text) into Parquet.

Reads JSONL (``.jsonl``/``.json``, one object per line) or Parquet (a file or
a directory of part files), cleans one column with
:func:`newsclean.spark.clean_column`, and writes Parquet with the input's other
columns (the cleaned one too with ``--keep-input``) followed by url, title,
text, captions, author, published, language and error.

    spark-submit docs/spark_job.py pages.jsonl clean/ --column html
    python docs/spark_job.py pages.parquet clean/ --column html --master 'local[2]'

Exit codes: 0 done (rows that failed are in the output with an ``error``), 2
usage error (missing input, unknown column or cleaner).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

EXIT_OK, EXIT_USAGE = 0, 2
#: Rows per Arrow batch sent to a Python worker. Spark's default (10,000) is
#: meant for small values; 10,000 pages of ~200 KB would be 2 GB in one batch.
ROWS_PER_BATCH = 256
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spark_job.py", description="Clean a column of news pages or text into Parquet."
    )
    parser.add_argument("input", help="a JSONL file, a Parquet file or a directory of either")
    parser.add_argument("output", help="the Parquet directory to write")
    parser.add_argument("--column", default="html", help="the column to clean (default: html)")
    parser.add_argument(
        "--kind",
        choices=("auto", "html", "text"),
        default="auto",
        help="what the column holds (default: told apart by content)",
    )
    parser.add_argument("--url-column", help="page URLs, a hint for extraction (default: url)")
    parser.add_argument(
        "--format",
        choices=("auto", "json", "parquet"),
        default="auto",
        help="input format (default: from the file name; a directory is Parquet)",
    )
    parser.add_argument("--disable", default="", help="cleaners to skip (comma-separated)")
    parser.add_argument("--partitions", type=int, help="repartition the input into N parts")
    parser.add_argument(
        "--keep-input", action="store_true", help="keep the cleaned column in the output"
    )
    parser.add_argument("--master", help="Spark master when not set by spark-submit")
    parser.add_argument(
        "--mode", choices=("error", "overwrite"), default="error", help="if OUTPUT exists"
    )
    return parser


def read_input(spark: SparkSession, path: str, fmt: str = "auto") -> DataFrame:
    """JSONL or Parquet, chosen by ``fmt`` or by the file name."""
    if fmt == "auto":
        fmt = "json" if path.lower().endswith(JSON_SUFFIXES) else "parquet"
    if fmt == "json":
        return spark.read.json(path)
    return spark.read.parquet(path)


def run(spark: SparkSession, args: argparse.Namespace) -> None:
    """Read, clean and write as ``args`` say."""
    from newsclean.batch import ChainSpec
    from newsclean.spark import clean_column

    df = read_input(spark, args.input, args.format)
    if args.partitions:
        df = df.repartition(args.partitions)
    disable = tuple(n.strip() for n in args.disable.split(",") if n.strip())
    out = clean_column(
        df,
        args.column,
        kind=args.kind,
        url_column=args.url_column,
        chain=ChainSpec(disable=disable),
        keep_input=args.keep_input,
    )
    out.write.mode(args.mode).parquet(args.output)


def session(master: str | None = None, conf: dict[str, str] | None = None) -> SparkSession:
    """A session whose Python workers run this interpreter (it has newsclean)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsclean").config(
        "spark.sql.execution.arrow.maxRecordsPerBatch", str(ROWS_PER_BATCH)
    )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def main(argv: Sequence[str] | None = None, spark: SparkSession | None = None) -> int:
    """Run the job; ``spark`` is an existing session to use (it is left open)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if not Path(args.input).exists():
        print(f"spark_job.py: {args.input}: no such file or directory", file=sys.stderr)
        return EXIT_USAGE
    from pyspark.errors import AnalysisException

    from cleaners.chain import UnknownCleaner

    own = spark is None
    spark = spark or session(args.master)
    try:
        run(spark, args)
    except (ValueError, UnknownCleaner, AnalysisException) as e:
        first_line = (str(e).strip().splitlines() or [type(e).__name__])[0]
        print(f"spark_job.py: {first_line}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if own:
            spark.stop()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
