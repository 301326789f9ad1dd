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

Needs ``valgrind`` (Debian package); about two minutes with the default step.

Run: ``.venv/bin/python -m bench.instructions [--step N]``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

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


def count(step: int) -> tuple[int, int, int]:
    """(texts, bytes, instructions) of one counted pass over every ``step``-th text."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}",
             sys.executable, "-W", "ignore", "-c", CHILD, str(step)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip
    found = COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError("callgrind printed no count")
    texts, size = map(int, done.stdout.split()[-2:])
    return texts, size, int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    """Print the instruction count of one pass of ``clean_text``."""
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__)
    parser.add_argument("--step", type=int, default=6, help="clean every N-th real text")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is missing: apt-get install valgrind", file=sys.stderr)
        return 1
    texts, size, instructions = count(args.step)
    print("| texts | bytes | instructions | per byte |")
    print("|---|---|---|---|")
    print(f"| {texts} | {size:,} | {instructions:,} | {instructions / size:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
