"""Throughput with more cores: ``newsclean clean -j 1`` vs ``-j 2``, and Spark
``local[2]`` vs ``clean -j 2``, on the same documents.

Run ``.venv/bin/python -m bench.scale`` (``--help`` for options). The documents
are the dev pages of the article-extraction benchmark, repeated ``--repeat``
times, as one JSONL file of ``{"url", "html"}`` records in a temporary folder.

* ``clean -j N`` runs the real command line as a subprocess (interpreter start,
  imports, reading the JSONL, writing JSONL output: what a user waits for);
  CPU is user + system time of the process and its workers. Each article is
  timed as it comes out, which gives a second rate: the documents after the
  first pass over the pages, over the time they took. It leaves out the
  one-off costs every process pays once (interpreter start, loading a word
  list the first time a page in its language comes up), which one process
  pays once and each of N workers pays again; a long run approaches it. The
  end-to-end rate stays the headline figure.

With ``--repeat`` above 1 the pages repeat, and one process meets each page
again, with its caches warm, where each of N workers must meet it first: with
``--repeat 1`` every document is distinct, but the run is short, so start-up
weighs more. The table says which set it measured. The default, 12 times the
91 pages, takes about 25 s on one core: the 1-2 s every process spends
starting (interpreter, imports, the word lists of each language met) is then a
small part of the run, as in a batch of real size; shorter runs give ``-j 2``
less (``--repeat 6``: about 1.5-1.6x, the start-up being paid before the
workers can share anything).
* ``2 x clean -j 1 side by side`` deals the documents out to two files and
  runs ``clean -j 1`` on both at once: two processes that share nothing, each
  paying its own start-up. It shows what the machine gives two such processes
  at once, the yardstick for ``-j 2`` (which shares the main process's
  start-up and warm-up with its workers, and pays for handing jobs out).
* ``spark local[2]`` runs ``docs/spark_job.py`` (read JSONL, clean, write
  Parquet) in a session started once. The first job of the session (its
  Python workers start and load the cleaners) is shown apart from the later
  jobs, which reuse the warm workers; the session start-up is in the note.
* ``reference`` is plain ``trafilatura.bare_extraction`` on one core, in this
  process after a warm-up: the share of the work that is extraction.

Configurations alternate within each round so a change in the machine's load
hits all of them alike; the table gives the median and the range over rounds.
On a shared machine other work decides the figures: before each ``clean`` run
the bench waits (up to ``--wait-idle`` seconds) until the other processes have
left both cores alone for a moment, and the ``others' CPU s`` column gives the
CPU they took during the run (machine-wide busy time from ``/proc/stat`` minus
the run's own). The load average says little here: it also counts tasks
waiting on I/O, and it lags.

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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from bench.scale_crawl import add_arguments as add_crawl_arguments
from bench.scale_crawl import crawl_section, crawl_summary
from bench.scale_warc import add_arguments as add_warc_arguments
from bench.scale_warc import warc_section, warc_summary

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "aeb-dev"
SPARK_JOB = ROOT / "docs" / "spark_job.py"
TARGET_RATIO = 1.7
#: Linux setting that makes the scheduler share CPU per session, not per process.
AUTOGROUP_SETTING = "/proc/sys/kernel/sched_autogroup_enabled"
#: Machine-wide CPU counters (Linux): user, nice, system, idle, iowait, irq,
#: softirq, steal, in clock ticks.
PROC_STAT = "/proc/stat"
#: The machine counts as idle when other work used less than this share of one
#: core over ``IDLE_WINDOW`` seconds.
IDLE_SHARE = 0.1
IDLE_WINDOW = 2.0
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
    others: list[float] = field(default_factory=list)  # other processes' CPU s meanwhile
    steady: list[float] = field(default_factory=list)  # docs/s after the first pass
    note: str = ""

    def rate(self, seconds: float) -> float:
        return self.docs / seconds if seconds else 0.0

    @property
    def median(self) -> float:
        return self.rate(statistics.median(self.seconds)) if self.seconds else 0.0

    @property
    def best(self) -> float:
        return self.rate(min(self.seconds)) if self.seconds else 0.0

    @property
    def worst(self) -> float:
        return self.rate(max(self.seconds)) if self.seconds else 0.0


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
from newsclean.cli import main
code = main(sys.argv[1:])
cpu = [sum(resource.getrusage(w)[:2]) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
sys.stderr.write("\\n" + RUSAGE_TAG + json.dumps(cpu) + "\\n")
sys.exit(code)
"""
RUSAGE_TAG = "bench-rusage "


@dataclass
class CliRun:
    """One ``newsclean clean`` run: wall seconds, CPU of the main process and
    of its workers, and when each article came out (seconds from the start)."""

    wall: float
    main_cpu: float
    workers_cpu: float
    times: list[float]
    others_cpu: float | None = None  # CPU seconds other processes used meanwhile

    @property
    def written(self) -> int:
        return len(self.times)

    def rate_after(self, first: int) -> float | None:
        """Articles per second after the first ``first`` came out: the rate
        once every page has been met (None when too few came after).

        >>> CliRun(3.0, 1.0, 0.0, [1.0, 1.5, 2.0, 3.0]).rate_after(2)
        1.3333333333333333
        """
        if len(self.times) < first + 2 or first < 1:
            return None
        span = self.times[-1] - self.times[first - 1]
        return (len(self.times) - first) / span if span > 0 else None

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
    times = []
    busy_before = busy_seconds()
    with out.open("w") as sink, tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        # the command flushes each article: read them as they come, to time them
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, cwd=ROOT
        ) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                times.append(time.perf_counter() - start)
                sink.write(line)
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    tagged = [line for line in stderr.splitlines() if line.startswith(RUSAGE_TAG)]
    if proc.returncode not in (0, 1) or not tagged:
        raise SystemExit(f"bench.scale: clean -j {jobs} failed: {stderr.strip()[-500:]}")
    main_cpu, workers_cpu = json.loads(tagged[-1][len(RUSAGE_TAG) :])
    busy_after = busy_seconds()
    others = None
    if busy_before is not None and busy_after is not None:
        # the bench's own reading of the output is counted as other work
        others = max(0.0, busy_after - busy_before - main_cpu - workers_cpu)
    return CliRun(wall, main_cpu, workers_cpu, times, others)


def busy_seconds() -> float | None:
    """CPU seconds all cores have spent busy since boot (None off Linux)."""
    try:
        fields = Path(PROC_STAT).read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    if fields[0] != "cpu" or len(fields) < 9:
        return None
    ticks = [int(v) for v in fields[1:9]]
    busy = sum(ticks) - ticks[3] - ticks[4]  # all but idle and iowait
    return busy / os.sysconf("SC_CLK_TCK")


def wait_for_idle(limit: float) -> float:
    """Wait until other processes leave the cores alone for ``IDLE_WINDOW``
    seconds, at most ``limit`` seconds; returns the seconds waited."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        before = busy_seconds()
        if before is None:
            break
        time.sleep(IDLE_WINDOW)
        after = busy_seconds()
        if after is not None and after - before < IDLE_SHARE * IDLE_WINDOW:
            break
    return time.perf_counter() - start


def split_corpus(corpus: Corpus, folder: Path, parts: int = 2) -> list[Corpus]:
    """The corpus dealt out record by record into ``parts`` JSONL files."""
    paths = [folder / f"part-{n}.jsonl" for n in range(parts)]
    counts = [0] * parts
    sinks = [path.open("w", encoding="utf-8") for path in paths]
    try:
        with corpus.path.open(encoding="utf-8") as f:
            for number, line in enumerate(f):
                sinks[number % parts].write(line)
                counts[number % parts] += 1
    finally:
        for sink in sinks:
            sink.close()
    return [
        Corpus(path, count, corpus.pages, path.stat().st_size / 1e6)
        for path, count in zip(paths, counts, strict=True)
    ]


def run_side_by_side(parts: list[Corpus], work: Path) -> CliRun:
    """``clean -j 1`` on each part at once; wall time until the last is done."""
    busy_before = busy_seconds()
    start = time.perf_counter()
    with ThreadPoolExecutor(len(parts)) as threads:  # each thread waits on its process
        runs = list(
            threads.map(lambda n: run_cli(parts[n], 1, work / f"side-{n}.jsonl"), range(len(parts)))
        )
    wall = time.perf_counter() - start
    busy_after = busy_seconds()
    cpu = [r.main_cpu + r.workers_cpu for r in runs]
    others = None
    if busy_before is not None and busy_after is not None:
        others = max(0.0, busy_after - busy_before - sum(cpu))
    times = sorted(t for r in runs for t in r.times)
    return CliRun(wall, max(cpu), sum(cpu) - max(cpu), times, others)


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
    what = "distinct pages" if corpus.count == corpus.pages else "repeated pages"
    j1 = Row(f"newsclean clean -j 1 ({what})", corpus.count)
    j2 = Row(f"newsclean clean -j 2 ({what})", corpus.count)
    side = Row("2 x clean -j 1 side by side, half the documents each", corpus.count)
    parts = split_corpus(corpus, work)
    spark_first = Row("spark local[2], first job of the session", corpus.count)
    spark_row = Row("spark local[2], later jobs (warm workers)", corpus.count)
    reference = Row("reference: trafilatura alone, 1 process", corpus.count)
    runner = None if args.no_spark else SparkRunner(2)
    waited = 0.0
    try:
        for round_number in range(args.rounds):
            order = [(1, j1), (2, j2)] if round_number % 2 == 0 else [(2, j2), (1, j1)]
            order.append((0, side))
            for jobs, row in order:
                waited += wait_for_idle(args.wait_idle)
                if row is side:
                    run = run_side_by_side(parts, work)
                    row.seconds.append(run.wall)
                    row.cpu.append(run.main_cpu + run.workers_cpu)
                    row.critical.append(run.main_cpu)  # the busier of the two
                    if run.others_cpu is not None:
                        row.others.append(run.others_cpu)
                    row.note = (
                        f"{run.written} articles; CPU {run.main_cpu:.1f} s + "
                        f"{run.workers_cpu:.1f} s (last round)"
                    )
                    continue
                run = run_cli(corpus, jobs, work / f"clean-j{jobs}.jsonl")
                if run.others_cpu is not None:
                    row.others.append(run.others_cpu)
                row.seconds.append(run.wall)
                row.cpu.append(run.main_cpu + run.workers_cpu)
                row.critical.append(run.critical_path(jobs))
                steady = run.rate_after(corpus.pages)
                if steady is not None:
                    row.steady.append(steady)
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
            print(
                f"  round {round_number + 1}/{args.rounds} done "
                f"({waited:.0f} s spent waiting for an idle machine so far)",
                file=sys.stderr,
            )
        cli = _cli_texts(work / "clean-j2.jsonl")
        j2.note += f"; {_agreement(_cli_texts(work / 'clean-j1.jsonl'), cli)} as -j 1"
        if runner is not None:
            agree = _agreement(cli, runner.texts(work / "spark-out"))
            spark_row.note += f"; {agree} as -j 2"
    finally:
        if runner is not None:
            runner.stop()
    rows = [j1, j2, side]
    if runner is not None:
        rows += [spark_first, spark_row]
    if not args.no_reference:
        rows.append(reference)
    return rows


#: Each section measures something and returns its rows; a crawl section
#: (pages/s with 1 and 2 workers on the local demo site) is added here.
SECTIONS: list[Callable[[argparse.Namespace, Corpus], list[Row]]] = [
    clean_and_spark_section,
    warc_section,
    crawl_section,
]


def print_table(rows: list[Row]) -> None:
    """The table, with each row's median docs/s relative to ``clean -j 1``.

    ``cores used`` is CPU seconds over wall seconds (at most 1 for one process,
    2 for two): below that, other work on the machine took the rest; ``others'
    CPU s`` is what other processes used during the run (median). ``idle
    est.`` is an estimate, not a measurement: documents over the CPU seconds of
    the critical path (:meth:`CliRun.critical_path`), the rate with free cores.
    ``after 1st pass`` is the median rate once every page has come out once
    (:meth:`CliRun.rate_after`).
    """
    base = next((r.median for r in rows if _is_clean(r, 1)), 0.0)
    steady_base = next((_median(r.steady) for r in rows if _is_clean(r, 1)), 0.0)
    header = ["configuration", "docs", "rounds", "median s", "docs/s", "range docs/s"]
    header += ["vs -j 1", "CPU s", "cores used", "others' CPU s", "idle est. docs/s"]
    header += ["after 1st pass docs/s", "note"]
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
            f"{r.worst:.1f}-{r.best:.1f}" if r.seconds else "-",
            f"{r.median / base:.2f}x" if base and not r.name.startswith("newsclean crawl") else "-",
            f"{cpu:.1f}" if r.cpu else "-",
            f"{cpu / wall:.2f}" if r.cpu and wall else "-",
            f"{_median(r.others):.1f}" if r.others else "-",
            f"{r.docs / statistics.median(r.critical):.1f}" if r.critical else "-",
            _steady_cell(r, steady_base),
            r.note,
        ]
        print("| " + " | ".join(cells) + " |")


def _is_clean(row: Row, jobs: int) -> bool:
    return row.name.startswith(f"newsclean clean -j {jobs} ")


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _steady_cell(row: Row, base: float) -> str:
    if not row.steady:
        return "-"
    rate = _median(row.steady)
    return f"{rate:.1f}" + (f" ({rate / base:.2f}x)" if base else "")


def summary(rows: list[Row]) -> list[str]:
    """The ratios the issue asks for, one line each."""
    lines = []
    j1 = next((r for r in rows if _is_clean(r, 1)), None)
    j2 = next((r for r in rows if _is_clean(r, 2)), None)
    if j1 and j2 and j1.median:
        ratio = j2.median / j1.median
        verdict = "meets" if ratio >= TARGET_RATIO else "short of"
        lines.append(
            f"clean -j 2 / -j 1, end to end: {ratio:.2f}x median, {j2.best / j1.best:.2f}x best, "
            f"{j2.worst / j1.worst:.2f}x worst round ({verdict} the {TARGET_RATIO}x target)"
        )
        if j1.critical and j2.critical:
            estimate = statistics.median(j1.critical) / statistics.median(j2.critical)
            lines.append(
                f"clean -j 2 / -j 1 estimated from CPU critical paths (free cores): {estimate:.2f}x"
            )
        side = next((r for r in rows if r.name.startswith("2 x clean -j 1")), None)
        if side and side.median:
            lines.append(
                f"2 x clean -j 1 side by side / -j 1: {side.median / j1.median:.2f}x median "
                "(two processes sharing nothing); clean -j 2 / side by side: "
                f"{j2.median / side.median:.2f}x"
            )
        if j1.steady and j2.steady:
            lines.append(
                f"clean -j 2 / -j 1 after the first pass over the pages (no start-up, every "
                f"word list loaded): {_median(j2.steady) / _median(j1.steady):.2f}x"
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
    parser.add_argument(
        "--repeat",
        type=int,
        default=12,
        help="times each page is repeated (12: about 25 s on one core, so that the "
        "one-off start-up is a small part, as in a real batch)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per configuration")
    parser.add_argument("--no-spark", action="store_true", help="skip the Spark row")
    parser.add_argument("--no-reference", action="store_true", help="skip the reference row")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="before each clean run, wait up to this long for other work to stop (0: never)",
    )
    add_crawl_arguments(parser)
    add_warc_arguments(parser)
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
    for line in warc_summary(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
