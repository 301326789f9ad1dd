"""``python -m spiders.demo_site``: crawl the bundled demo news site and show
what was stored (``make demo``).

Starts the site on a free port of 127.0.0.1, runs ``newsclean crawl --site
demo`` twice into a temporary directory (the second run shows the
incremental crawl fetching nothing), prints each stored article's title and
first line, and stops the site. ``--serve`` only serves the site.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from spiders.demo_site import DemoServer, crawl_command

#: Our own local server: no politeness delay needed.
DEMO_SETTINGS = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_START_DELAY=0")
FIRST_LINE_WIDTH = 96


def crawl(server: DemoServer, out: Path) -> int:
    """One ``newsclean crawl`` run of the demo profile into ``out``."""
    command = crawl_command(server, out, DEMO_SETTINGS)
    return subprocess.run(command, check=False).returncode


def show(out: Path) -> None:
    """Print each record's title and the start of its body."""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    print(f"\n{len(records)} articles in {out}:\n")
    for record in records:
        first = record["text"].split("\n", 1)[0]
        print(f"v{record['version']}  {record['title']}")
        print(textwrap.indent(textwrap.shorten(first, FIRST_LINE_WIDTH), "    "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.demo_site", description=__doc__)
    parser.add_argument("--serve", action="store_true", help="only serve the site (Ctrl-C stops)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--dir", type=Path, help="write the output and state here")
    args = parser.parse_args(argv)
    with DemoServer(port=args.port) as server:
        if args.serve:
            print(f"demo news site on {server.url} (Ctrl-C stops)", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                return 0
        with tempfile.TemporaryDirectory(prefix="newsclean-demo-") as tmp:
            out = (args.dir or Path(tmp)) / "articles.jsonl"
            print(f"== crawling the demo site at {server.url} ==", flush=True)
            code = crawl(server, out)
            if code not in (0, 1):
                return code
            show(out)
            print("\n== second run: nothing changed, so no article is fetched ==", flush=True)
            code = crawl(server, out)
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
