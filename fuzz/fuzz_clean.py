"""Fuzz ``cleaners.clean_text`` with atheris (libFuzzer): it must never raise.

Run through ``make fuzz``, or directly, bounded::

    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 [CORPUS_DIR ...]

A crash prints the input and writes it as ``crash-*``; keep it as a
regression test (tests/reliability/test_fuzz_regressions.py) once fixed.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["cleaners"]):
    import cleaners

#: Longest text handed to the cleaners per input (characters).
MAX_CHARS = 20_000


def test_one_input(data: bytes) -> None:
    """Clean the input as text, decoded as UTF-8 (with replacement) or, when
    the first byte is odd, as arbitrary code points from the fuzzer."""
    if not data:
        return
    if data[0] & 1:
        provider = atheris.FuzzedDataProvider(data[1:])
        text = provider.ConsumeUnicodeNoSurrogates(MAX_CHARS)
    else:
        text = data[1:].decode("utf-8", "replace")[:MAX_CHARS]
    result = cleaners.clean_text(text)
    if not isinstance(result, str):
        raise TypeError(f"clean_text returned {type(result).__name__}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
