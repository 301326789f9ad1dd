"""``clean -j 2`` from a WARC.gz vs from a directory of the same pages
(``bench.scale``'s WARC rows; goal: the WARC within 10% of the directory).

The pages are the benchmark's dev pages repeated up to ``--warc-pages``
documents, written once as ``PAGES/NNNNN.html`` files and once as one
``pages.warc.gz`` of HTTP response records (one gzip member per record, as
crawlers and CC-NEWS write them). Both runs go through the real command line
(``bench.scale.run_cli``), alternating by round, each after an idle wait.

Run alone: ``.venv/bin/python -m bench.scale_warc`` (the same rows, without the
other sections of ``bench.scale``).

Measured on the shared 2-core machine, three runs of 3-5 rounds while other
sessions used 30-95 CPU s per run: wall docs/s WARC/directory 0.67x, 1.15x and
0.88x (the load decides it); CPU critical path 0.88x, 0.96x, 0.95x; total CPU
20.8-20.9 s from the WARC vs 18.8-20.4 s from the directory. The WARC's cost
is the main process inflating the whole file to find the records (0.4 ms a
page) and each worker inflating its record again (0.5 ms), against about
18 ms of extraction a page.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_PAGES = 1000
TARGET_SHARE = 0.9  # WARC docs/s at least this share of the directory's
ROW_WARC = "WARC.gz, clean -j 2"
ROW_DIR = "directory of .html, clean -j 2"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The WARC rows' options."""
    parser.add_argument(
        "--warc-pages", type=int, default=DEFAULT_PAGES, help="documents in the WARC rows"
    )
    parser.add_argument("--no-warc", action="store_true", help="skip the WARC rows")


def pages(folder: Path, count: int) -> list[tuple[str, bytes]]:
    """``count`` (url, html bytes) from the benchmark folder, its pages repeated."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    distinct = [
        (item["url"], gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()))
        for page_id, item in sorted(truth.items())
    ]
    return [
        (f"{url}#{n}", html)
        for n, (url, html) in enumerate((distinct * (count // len(distinct) + 1))[:count])
    ]


def write_corpora(docs: list[tuple[str, bytes]], work: Path) -> tuple[Path, Path]:
    """The same documents as a directory of files and as one WARC.gz."""
    folder = work / "pages"
    folder.mkdir()
    warc = work / "pages.warc.gz"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n, (url, html) in enumerate(docs):
            (folder / f"{n:05d}.html").write_bytes(html)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=headers
            )
            writer.write_record(record)
    return folder, warc


def warc_section(args: argparse.Namespace, corpus: Any) -> list[Any]:
    """Rows: clean -j 2 from the WARC.gz and from the directory, alternating."""
    from bench.scale import Corpus, Row, run_cli, wait_for_idle

    if getattr(args, "no_warc", False):
        return []
    work = Path(args.workdir) / "warc"
    work.mkdir()
    docs = pages(args.dir, args.warc_pages)
    folder, warc = write_corpora(docs, work)
    size = sum(len(h) for _, h in docs) / 1e6
    warc_row = Row(ROW_WARC, len(docs))
    dir_row = Row(ROW_DIR, len(docs))
    runs = [(Corpus(warc, len(docs), len(docs), size), warc_row)]
    runs.append((Corpus(folder, len(docs), len(docs), size), dir_row))
    for round_number in range(args.rounds):
        for corpus_, row in runs if round_number % 2 == 0 else runs[::-1]:
            wait_for_idle(args.wait_idle)
            run = run_cli(corpus_, 2, work / "out.jsonl")
            row.seconds.append(run.wall)
            row.cpu.append(run.main_cpu + run.workers_cpu)
            row.critical.append(run.critical_path(2))
            if run.others_cpu is not None:
                row.others.append(run.others_cpu)
            row.note = (
                f"{run.written} articles; CPU main {run.main_cpu:.1f} s + workers "
                f"{run.workers_cpu:.1f} s (last round); {size:.0f} MB of HTML, "
                f"WARC.gz {warc.stat().st_size / 1e6:.0f} MB"
            )
    return [warc_row, dir_row]


def warc_summary(rows: list[Any]) -> list[str]:
    """WARC docs/s over directory docs/s, one line."""
    by_name = {r.name: r for r in rows}
    warc_row, dir_row = by_name.get(ROW_WARC), by_name.get(ROW_DIR)
    if not (warc_row and dir_row and dir_row.median):
        return []
    share = warc_row.median / dir_row.median
    verdict = "within" if share >= TARGET_SHARE else "outside"
    critical = statistics.median(dir_row.critical) / statistics.median(warc_row.critical)
    return [
        f"clean -j 2 from WARC.gz / from a directory: {share:.2f}x docs/s median "
        f"({warc_row.median:.1f} vs {dir_row.median:.1f}; {verdict} the 10% goal); "
        f"{critical:.2f}x from CPU critical paths"
    ]


def main(argv: list[str] | None = None) -> int:
    from bench.scale import DEFAULT_DIR, print_table

    parser = argparse.ArgumentParser(prog="python -m bench.scale_warc", description=__doc__)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="benchmark folder")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per configuration")
    parser.add_argument("--wait-idle", type=float, default=60.0, metavar="SECONDS")
    add_arguments(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-warc-") as tmp:
        args.workdir = tmp
        rows = warc_section(args, None)
    print_table(rows)
    print()
    for line in warc_summary(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
