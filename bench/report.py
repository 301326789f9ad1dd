"""Write a bench's table into ``docs/benchmarks.md``, between its own markers.

Every bench prints its table; with ``--docs`` it also replaces its section of
``docs/benchmarks.md`` (the text between ``<!-- bench:NAME -->`` and
``<!-- /bench:NAME -->``), stamped with the command and the date, so the figures
a reader sees are the last ones a bench printed, never hand-copied.

    >>> text = "a\\n<!-- bench:x -->\\nold\\n<!-- /bench:x -->\\nb\\n"
    >>> print(replace_section(text, "x", "new"), end="")
    a
    <!-- bench:x -->
    new
    <!-- /bench:x -->
    b
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
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


def stamp() -> str:
    """The command line, date and load average a section was produced with."""
    spec = getattr(sys.modules["__main__"], "__spec__", None)
    module = spec.name if spec else Path(sys.argv[0]).stem
    command = " ".join(["python -m", module, *sys.argv[1:]])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    today = datetime.date.today().isoformat()
    return f"_`{command}`, {today}, load average {load:.1f} at the end._"


def write_section(name: str, body: str, path: Path = DOCS) -> None:
    """Replace section ``name`` of ``path`` with ``body`` and a stamp."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(replace_section(text, name, f"{stamp()}\n\n{body}"), "utf-8")


def add_docs_flag(parser: argparse.ArgumentParser) -> None:
    """The ``--docs`` flag every bench takes."""
    parser.add_argument(
        "--docs",
        action="store_true",
        help=f"also write the table into {DOCS.relative_to(DOCS.parents[1])}",
    )
