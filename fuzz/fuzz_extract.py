"""Fuzz ``scraper.extract`` with atheris (libFuzzer): it must return an
Article or raise ExtractionError, nothing else.

Run through ``make fuzz``, or directly, bounded::

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=60 [CORPUS_DIR ...]

A crash prints the input and writes it as ``crash-*``; keep it as a
regression test (tests/reliability/test_fuzz_regressions.py) once fixed.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports(include=["scraper", "cleaners"]):
    from cleaners.errors import ExtractionError
    from scraper import extract

#: Charsets tried, chosen by the input's first byte (None: detect).
CHARSETS = (None, "utf-8", "latin-1", "utf-16", "shift_jis", "koi8-r", "bogus-charset")


def test_one_input(data: bytes) -> None:
    """Extract the page in the input's remaining bytes."""
    if not data:
        return
    charset = CHARSETS[data[0] % len(CHARSETS)]
    with contextlib.suppress(ExtractionError):
        extract(data[1:], "https://example.org/news/a.html", charset=charset, budget=2.0)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
