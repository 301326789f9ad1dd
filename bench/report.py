"""Run a bench and write what it printed into ``docs/benchmarks.md``.

``python -m bench.report NAME [ARGS...]`` runs ``python -m bench.NAME ARGS``,
shows its output as it comes, and replaces the section of ``docs/benchmarks.md``
between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->`` with that output
(``NAME:PART`` runs ``bench.NAME`` into the section ``NAME-PART``: one bench's
runs with other arguments, such as ``realdirty:wide --input wide``),
stamped with the command, the date and the load average. The figures a reader
sees are then the last ones a bench printed, never hand-copied.

    >>> text = "a\\n<!-- bench:x -->\\nold\\n<!-- /bench:x -->\\nb\\n"
    >>> print(replace_section(text, "x", "new"), end="")
    a
    <!-- bench:x -->
    new
    <!-- /bench:x -->
    b
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def replace_section(text: str, name: str, body: str) -> str:
    """``text`` with section ``name``'s body replaced (appended when it has none)."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: block, text, count=1)
    return text.rstrip("\n") + f"\n\n{block}\n"


def write_section(name: str, command: list[str], output: str, path: Path = DOCS) -> None:
    """Replace section ``name`` of ``path`` with a bench's ``output``."""
    load = os.getloadavg()[0]
    today = datetime.date.today().isoformat()
    stamp = f"`{' '.join(command)}`, {today}, load average {load:.1f} at the end:"
    body = f"{stamp}\n\n{output.strip()}"  # the benches print Markdown tables
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(replace_section(text, name, body), "utf-8")


def main(argv: list[str]) -> int:
    """Run ``bench.NAME`` with the remaining arguments; keep its output if it succeeds."""
    if not argv or argv[0].startswith("-"):
        print("usage: python -m bench.report NAME [ARGS...]", file=sys.stderr)
        return 2
    name, _, part = argv[0].partition(":")
    args = argv[1:]
    section = f"{name}-{part}" if part else name
    command = ["python", "-m", f"bench.{name}", *args]
    lines = []
    with subprocess.Popen(
        [sys.executable, *command[1:]], stdout=subprocess.PIPE, text=True, bufsize=1
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            lines.append(line)
    if proc.returncode != 0:
        print(f"bench.{name} failed (exit {proc.returncode}); docs unchanged", file=sys.stderr)
        return proc.returncode
    write_section(section, command, "".join(lines), DOCS)
    print(f"wrote section {section!r} of {DOCS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
