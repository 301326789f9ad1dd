"""Instructions ``cleaners.clean_text`` executes on real scraped text, counted by
valgrind's callgrind: a figure that does not move with the machine's load.

The seconds of ``bench.speed`` move by a third from one run to the next on a
shared machine (other processes, CPU steal), more than most changes to the
code do; the count of instructions executed does not (a few parts in a
thousand, from hash order). A change meant to be faster is checked here:
run this before and after it.

A child process cleans every ``--step``-th real text of ``bench.realdirty``
once to load the word tables and warm the caches, empties the per-paragraph
caches (as ``bench.speed`` does between rounds), then cleans the same texts
again inside one ``functools.reduce`` call, the only part callgrind counts
(``--toggle-collect``). Instructions are not time: the join repair takes a
third of the time and under a quarter of the instructions.

``--against COMMIT`` counts that commit's code too, in the same run: its
files (``git archive``) in a temporary directory, its join modules compiled
by its own ``setup.py`` as at install, the same texts (the
cached extractions of ``bench/out`` and ``../shared`` are linked in). The
table then gives both counts and the change.

Needs ``valgrind`` (Debian package); about two minutes a count with the
default step, and half a minute to compile the other commit.

Run: ``.venv/bin/python -m bench.instructions [--step N] [--against COMMIT]``
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The measured process: warm up, forget the paragraphs, clean again under the toggle.
CHILD = """
import functools, sys
import cleaners
from bench.speed import forget_paragraphs, real_texts
texts = real_texts()[:: int(sys.argv[1])]
for t in texts:
    cleaners.clean_text(t)
forget_paragraphs()
functools.reduce(lambda _, t: cleaners.clean_text(t), texts, None)
print(len(texts), sum(len(t.encode("utf-8")) for t in texts))
"""
COLLECTED = re.compile(r"Collected\s*:\s*([\d,]+)")


def count(step: int, code: Path = ROOT) -> tuple[int, int, int]:
    """(texts, bytes, instructions) of one counted pass over every ``step``-th
    text, with the code of the checkout ``code``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}",
             sys.executable, "-W", "ignore", "-c", CHILD, str(step)],
            capture_output=True, text=True, check=True, cwd=code,
            env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(code)},
        )  # fmt: skip
    found = COLLECTED.search(done.stderr)
    if found is None:
        raise subprocess.CalledProcessError(0, "valgrind", stderr="callgrind printed no count")
    texts, size = map(int, done.stdout.split()[-2:])
    return texts, size, int(found.group(1).replace(",", ""))


def checkout(commit: str, into: Path) -> Path:
    """``commit``'s files in ``into``/code, its join modules compiled, this
    checkout's cached extractions and ``../shared`` beside them."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True
    ).stdout
    code = into / "code"
    code.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(code, filter="data")
    # its own setup.py compiles the join modules; without pyproject.toml,
    # setuptools builds only those and installs nothing
    (code / "pyproject.toml").unlink()
    (code / "bench" / "out").symlink_to(ROOT / "bench" / "out")
    (into / "shared").symlink_to(ROOT.parent / "shared")
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
        cwd=code, check=True, capture_output=True,
    )  # fmt: skip
    if not any((code / "cleaners").glob("joins.*.so")):
        # setup.py leaves pure Python when mypyc fails: no count to compare
        raise subprocess.CalledProcessError(1, "setup.py", stderr="compiled no join module")
    return code


def _last_line(error: subprocess.CalledProcessError) -> str:
    """The last line a failed command wrote to stderr (or what failed)."""
    stderr = error.stderr or ""
    if isinstance(stderr, bytes):
        stderr = stderr.decode("utf-8", "replace")
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else str(error)


def main(argv: list[str] | None = None) -> int:
    """Print the instruction count of one pass of ``clean_text``."""
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__)
    parser.add_argument("--step", type=int, default=6, help="clean every N-th real text")
    parser.add_argument("--against", metavar="COMMIT", help="count this commit's code too")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is missing: apt-get install valgrind", file=sys.stderr)
        return 1
    label = "this checkout"
    try:
        rows = [(label, *count(args.step))]
        if args.against:
            label = args.against
            with tempfile.TemporaryDirectory() as tmp:
                rows.append((label, *count(args.step, checkout(label, Path(tmp)))))
    except subprocess.CalledProcessError as error:
        print(f"cannot count {label}: {_last_line(error)}", file=sys.stderr)
        return 1
    print("| code | texts | bytes | instructions | per byte |")
    print("|---|---|---|---|---|")
    for label, texts, size, instructions in rows:
        print(f"| {label} | {texts} | {size:,} | {instructions:,} | {instructions / size:,.0f} |")
    if len(rows) == 2:
        change = rows[0][3] / rows[1][3] - 1
        print(f"\nthis checkout executes {change:+.1%} instructions against {args.against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
