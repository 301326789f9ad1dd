"""Throughput with more cores: ``newsclean clean -j 1`` vs ``-j 2``, and Spark
``local[2]`` vs ``clean -j 2``, on the same documents.

Run ``.venv/bin/python -m bench.scale`` (``--help`` for options). The documents
are the dev pages of the article-extraction benchmark, repeated ``--repeat``
times, as one JSONL file of ``{"url", "html"}`` records in a temporary folder.

* ``clean -j N`` runs the real command line as a subprocess (interpreter start,
  imports, reading the JSONL, writing JSONL output: what a user waits for);
  CPU is user + system time of the process and its workers.
* ``spark local[2]`` runs ``docs/spark_job.py`` (read JSONL, clean, write
  Parquet) in a session started once. The first job of the session (its
  Python workers start and load the cleaners) is shown apart from the later
  jobs, which reuse the warm workers; the session start-up is in the note.
* ``reference`` is plain ``trafilatura.bare_extraction`` on one core, in this
  process after a warm-up: the share of the work that is extraction.

Configurations alternate within each round so a change in the machine's load
hits all of them alike; the table gives the median and the best round. The
load average is printed because on a shared machine it decides the figures.

Further measurements (e.g. crawl pages/s with 1 and 2 workers) are added as a
function in ``SECTIONS``: it gets the parsed arguments and the documents and
returns table rows.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from bench.scale_crawl import add_arguments as add_crawl_arguments
from bench.scale_crawl import crawl_section, crawl_summary

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "aeb-dev"
SPARK_JOB = ROOT / "docs" / "spark_job.py"
TARGET_RATIO = 1.7
#: Linux setting that makes the scheduler share CPU per session, not per process.
AUTOGROUP_SETTING = "/proc/sys/kernel/sched_autogroup_enabled"
#: Spark reads the JSONL in splits of this size, so both cores get work
#: without a shuffle (one split per file would leave one core idle).
SPARK_SPLIT_BYTES = 4 * 1024 * 1024


@dataclass
class Corpus:
    """The benchmark documents as one JSONL file."""

    path: Path
    count: int
    pages: int
    megabytes: float


@dataclass
class Row:
    """One line of the table: a configuration and its timed rounds."""

    name: str
    docs: int
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    critical: list[float] = field(default_factory=list)  # see CliRun.critical_path
    note: str = ""

    def rate(self, seconds: float) -> float:
        return self.docs / seconds if seconds else 0.0

    @property
    def median(self) -> float:
        return self.rate(statistics.median(self.seconds)) if self.seconds else 0.0

    @property
    def best(self) -> float:
        return self.rate(min(self.seconds)) if self.seconds else 0.0


def build_corpus(folder: Path, repeat: int, out: Path) -> Corpus:
    """Write the pages of ``folder`` ``repeat`` times as JSONL records."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for _ in range(repeat):
            for page_id, item in sorted(truth.items()):
                raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
                html = raw.decode("utf-8", "replace")
                f.write(json.dumps({"url": item["url"], "html": html}, ensure_ascii=False) + "\n")
                count += 1
    return Corpus(out, count, len(truth), out.stat().st_size / 1e6)


#: The ``newsclean`` entry point, run in a fresh interpreter, that also reports
#: the CPU time of the main process and of its worker processes on stderr.
CLI_WITH_RUSAGE = """
import json, resource, sys
from scraper.cli import main
code = main(sys.argv[1:])
cpu = [sum(resource.getrusage(w)[:2]) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
sys.stderr.write("\\n" + RUSAGE_TAG + json.dumps(cpu) + "\\n")
sys.exit(code)
"""
RUSAGE_TAG = "bench-rusage "


@dataclass
class CliRun:
    """One ``newsclean clean`` run: wall seconds, CPU of the main process and
    of its workers, articles written."""

    wall: float
    main_cpu: float
    workers_cpu: float
    written: int

    def critical_path(self, jobs: int) -> float:
        """CPU seconds on the longest chain of work: the main process plus an
        even share of the workers' CPU. That is the wall time on a machine with
        ``jobs`` free cores (the main process's reading overlaps the workers,
        so it errs long; an uneven last chunk errs short)."""
        return self.main_cpu + self.workers_cpu / max(1, jobs)


def run_cli(corpus: Corpus, jobs: int, out: Path) -> CliRun:
    """Run ``newsclean clean -j jobs`` over the corpus in a fresh interpreter."""
    code = CLI_WITH_RUSAGE.replace("RUSAGE_TAG", repr(RUSAGE_TAG))
    command = [sys.executable, "-c", code, "clean", "-j", str(jobs)]
    command += ["--format", "jsonl", "--no-progress", str(corpus.path)]
    start = time.perf_counter()
    with out.open("w") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    tagged = [line for line in done.stderr.splitlines() if line.startswith(RUSAGE_TAG)]
    if done.returncode not in (0, 1) or not tagged:
        raise SystemExit(f"bench.scale: clean -j {jobs} failed: {done.stderr.strip()[-500:]}")
    main_cpu, workers_cpu = json.loads(tagged[-1][len(RUSAGE_TAG) :])
    with out.open() as f:
        written = sum(1 for _ in f)
    return CliRun(wall, main_cpu, workers_cpu, written)


def _load_job() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_job", SPARK_JOB)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class SparkRunner:
    """A local[N] session kept for all rounds, running the example job."""

    def __init__(self, cores: int) -> None:
        self.job = _load_job()
        start = time.perf_counter()
        conf = {
            "spark.sql.files.maxPartitionBytes": str(SPARK_SPLIT_BYTES),
            "spark.ui.showConsoleProgress": "false",
            "spark.ui.enabled": "false",
        }
        self.spark = self.job.session(f"local[{cores}]", conf)
        self.spark.sparkContext.setLogLevel("ERROR")
        self.startup = time.perf_counter() - start

    def run(self, corpus: Corpus, out: Path) -> tuple[float, int]:
        """Wall seconds of one job run, and the rows written."""
        argv = [str(corpus.path), str(out), "--column", "html", "--mode", "overwrite"]
        start = time.perf_counter()
        code = self.job.main(argv, self.spark)
        wall = time.perf_counter() - start
        if code:
            raise SystemExit(f"bench.scale: the Spark job failed with exit code {code}")
        return wall, self.spark.read.parquet(str(out)).count()

    def texts(self, out: Path) -> dict[str, str]:
        rows = self.spark.read.parquet(str(out)).select("url", "text").collect()
        return {r["url"]: r["text"] for r in rows if r["text"] is not None}

    def stop(self) -> None:
        self.spark.stop()


def _cli_texts(out: Path) -> dict[str, str]:
    with out.open() as f:
        return {a["url"]: a["text"] for a in map(json.loads, f)}


def _agreement(a: dict[str, str], b: dict[str, str]) -> str:
    same = sum(1 for url, text in a.items() if b.get(url) == text)
    return f"{same}/{len(a)} URLs same text"


def reference_seconds(corpus: Corpus) -> float:
    """Plain trafilatura over the documents, in this process, after a warm-up."""
    import trafilatura

    with corpus.path.open() as f:
        records = [json.loads(line) for line in f]
    trafilatura.bare_extraction(records[0]["html"], url=records[0]["url"], with_metadata=True)
    start = time.perf_counter()
    for r in records:
        trafilatura.bare_extraction(
            r["html"],
            url=r["url"],
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    return time.perf_counter() - start


def clean_and_spark_section(args: argparse.Namespace, corpus: Corpus) -> list[Row]:
    """``clean -j 1``, ``clean -j 2``, Spark local[2] and the reference, alternating."""
    work = Path(args.workdir)
    j1 = Row("newsclean clean -j 1", corpus.count)
    j2 = Row("newsclean clean -j 2", corpus.count)
    spark_first = Row("spark local[2], first job of the session", corpus.count)
    spark_row = Row("spark local[2], later jobs (warm workers)", corpus.count)
    reference = Row("reference: trafilatura alone, 1 process", corpus.count)
    runner = None if args.no_spark else SparkRunner(2)
    try:
        for round_number in range(args.rounds):
            order = [(1, j1), (2, j2)] if round_number % 2 == 0 else [(2, j2), (1, j1)]
            for jobs, row in order:
                run = run_cli(corpus, jobs, work / f"clean-j{jobs}.jsonl")
                row.seconds.append(run.wall)
                row.cpu.append(run.main_cpu + run.workers_cpu)
                row.critical.append(run.critical_path(jobs))
                row.note = (
                    f"{run.written} articles; CPU main {run.main_cpu:.1f} s"
                    + (f" + workers {run.workers_cpu:.1f} s" if jobs > 1 else "")
                    + " (last round)"
                )
            if runner is not None:
                if not spark_first.seconds:  # its Python workers start and warm up
                    wall, written = runner.run(corpus, work / "spark-out")
                    spark_first.seconds.append(wall)
                    spark_first.note = (
                        f"{written} rows; session start-up {runner.startup:.1f} s more"
                    )
                wall, written = runner.run(corpus, work / "spark-out")
                spark_row.seconds.append(wall)
                spark_row.note = f"{written} rows"
            if not args.no_reference:
                reference.seconds.append(reference_seconds(corpus))
            print(f"  round {round_number + 1}/{args.rounds} done", file=sys.stderr)
        cli = _cli_texts(work / "clean-j2.jsonl")
        j2.note += f"; {_agreement(_cli_texts(work / 'clean-j1.jsonl'), cli)} as -j 1"
        if runner is not None:
            agree = _agreement(cli, runner.texts(work / "spark-out"))
            spark_row.note += f"; {agree} as -j 2"
    finally:
        if runner is not None:
            runner.stop()
    rows = [j1, j2]
    if runner is not None:
        rows += [spark_first, spark_row]
    if not args.no_reference:
        rows.append(reference)
    return rows


#: Each section measures something and returns its rows; a crawl section
#: (pages/s with 1 and 2 workers on the local demo site) is added here.
SECTIONS: list[Callable[[argparse.Namespace, Corpus], list[Row]]] = [
    clean_and_spark_section,
    crawl_section,
]


def print_table(rows: list[Row]) -> None:
    """The table, with each row's median docs/s relative to ``clean -j 1``.

    ``cores used`` is CPU seconds over wall seconds (at most 1 for one process,
    2 for two): below that, other work on the machine took the rest. ``idle
    est.`` is an estimate, not a measurement: documents over the CPU seconds of
    the critical path (:meth:`CliRun.critical_path`), the rate with free cores.
    """
    base = next((r.median for r in rows if r.name.endswith("-j 1")), 0.0)
    header = ["configuration", "docs", "rounds", "median s", "docs/s", "best docs/s"]
    header += ["vs -j 1", "CPU s", "cores used", "idle est. docs/s", "note"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        wall = statistics.median(r.seconds) if r.seconds else 0.0
        cpu = statistics.median(r.cpu) if r.cpu else 0.0
        cells = [
            r.name,
            str(r.docs),
            str(len(r.seconds)),
            f"{wall:.1f}" if r.seconds else "-",
            f"{r.median:.1f}",
            f"{r.best:.1f}",
            f"{r.median / base:.2f}x" if base and not r.name.startswith("newsclean crawl") else "-",
            f"{cpu:.1f}" if r.cpu else "-",
            f"{cpu / wall:.2f}" if r.cpu and wall else "-",
            f"{r.docs / statistics.median(r.critical):.1f}" if r.critical else "-",
            r.note,
        ]
        print("| " + " | ".join(cells) + " |")


def summary(rows: list[Row]) -> list[str]:
    """The ratios the issue asks for, one line each."""
    by_name = {r.name: r for r in rows}
    lines = []
    j1, j2 = by_name.get("newsclean clean -j 1"), by_name.get("newsclean clean -j 2")
    if j1 and j2 and j1.median:
        ratio = j2.median / j1.median
        verdict = "meets" if ratio >= TARGET_RATIO else "short of"
        lines.append(
            f"clean -j 2 / -j 1: {ratio:.2f}x median, {j2.best / j1.best:.2f}x best "
            f"({verdict} the {TARGET_RATIO}x target)"
        )
        if j1.critical and j2.critical:
            estimate = statistics.median(j1.critical) / statistics.median(j2.critical)
            lines.append(
                f"clean -j 2 / -j 1 estimated from CPU critical paths (free cores): {estimate:.2f}x"
            )
    for spark_row in (r for r in rows if r.name.startswith("spark")):
        if j2 and j2.median:
            lines.append(
                f"{spark_row.name} / clean -j 2: {spark_row.median / j2.median:.2f}x median"
            )
    return lines


def _autogroup_enabled() -> bool:
    try:
        return Path(AUTOGROUP_SETTING).read_text().strip() == "1"
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.scale", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="benchmark folder")
    parser.add_argument("--repeat", type=int, default=3, help="times each page is repeated")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per configuration")
    parser.add_argument("--no-spark", action="store_true", help="skip the Spark row")
    parser.add_argument("--no-reference", action="store_true", help="skip the reference row")
    add_crawl_arguments(parser)
    args = parser.parse_args(argv)
    if not (args.dir / "ground-truth.json").is_file():
        parser.error(f"{args.dir}: no ground-truth.json (see --dir)")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        args.workdir = tmp
        corpus = build_corpus(args.dir, args.repeat, Path(tmp) / "docs.jsonl")
        load_before = os.getloadavg()
        print(
            f"{corpus.count} documents ({corpus.pages} pages x {args.repeat}, "
            f"{corpus.megabytes:.1f} MB JSONL), {os.cpu_count()} cores, "
            f"load average before {load_before[0]:.2f}",
            file=sys.stderr,
        )
        rows = [row for section in SECTIONS for row in section(args, corpus)]
    load_after = os.getloadavg()
    print_table(rows)
    print()
    for line in summary(rows):
        print(line)
    print(
        f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after, "
        f"on {os.cpu_count()} cores: other work on the machine slows every row"
    )
    if _autogroup_enabled():
        print(
            "the kernel shares CPU between sessions (sched_autogroup): while other sessions "
            "are busy, -j 2 gets no more CPU than -j 1 (see 'cores used')"
        )
    for line in crawl_summary(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
