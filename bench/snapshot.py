"""Every dev page's whole Article, written to a JSON file and compared with an
earlier one: the check that a change meant to be output-neutral (a speed-up, a
refactoring) changed no page's text, title, author, date or change records.

Run ``.venv/bin/python -m bench.snapshot before.json`` on the untouched code,
then ``.venv/bin/python -m bench.snapshot after.json --against before.json``
after the change: it lists every page whose Article differs (and which fields)
and exits 1 when one does, 0 when all are byte-identical. The sets are
``bench.extract``'s (``aeb-dev`` and ``news-dev`` by default). A page that
raises :class:`~cleaners.errors.NewscleanError` is recorded as its message.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench.extract import DEFAULT_SETS, load_pages, missing_truth


def snapshot(folders: list[Path]) -> dict[str, Any]:
    """Each page's Article as plain data (``{"error": message}`` when it
    raised), keyed ``<set>/<page id>``."""
    from cleaners.errors import NewscleanError
    from scraper.extraction import extract

    out: dict[str, Any] = {}
    for folder in folders:
        for page in load_pages(folder):
            try:
                row: dict[str, Any] = extract(page.html, url=page.url).to_dict()
            except NewscleanError as e:
                row = {"error": str(e)}
            out[f"{folder.name}/{page.id}"] = row
    return out


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per page whose Article differs: its key and the fields that do.

    >>> differences({"a": {"text": "x", "title": "t"}}, {"a": {"text": "y", "title": "t"}})
    ['a: text']
    >>> differences({"a": {}}, {"b": {}})
    ['a: missing after', 'b: missing before']
    """
    lines = []
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            lines.append(f"{key}: missing after")
        elif key not in before:
            lines.append(f"{key}: missing before")
        elif before[key] != after[key]:
            old, new = before[key], after[key]
            fields = sorted(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
            lines.append(f"{key}: {', '.join(fields)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.snapshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="JSON file to write every page's Article to")
    parser.add_argument("--against", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument(
        "--sets", type=Path, nargs="+", default=list(DEFAULT_SETS), help="benchmark folders"
    )
    args = parser.parse_args(argv)
    if missing_truth(args.sets, "bench.snapshot"):
        return 2
    before = None
    if args.against is not None:
        try:
            before = json.loads(args.against.read_text("utf-8"))
        except (OSError, ValueError) as e:
            print(f"bench.snapshot: cannot read {args.against}: {e}", file=sys.stderr)
            return 2
    after = snapshot(args.sets)
    args.out.write_text(json.dumps(after, ensure_ascii=False, indent=1), "utf-8")
    if before is None:
        print(f"{len(after)} pages written to {args.out}")
        return 0
    lines = differences(before, after)
    for line in lines:
        print(line)
    print(f"{len(lines)} of {len(after)} pages differ from {args.against}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
