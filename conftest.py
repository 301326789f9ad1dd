"""Doctest collection for the packages (pytest's testpaths include cleaners/ and
scraper/): a compiled join module is an extension module, which pytest cannot
collect doctests from; its source's doctests run in
tests/cleaners/test_accelerated.py instead."""

from __future__ import annotations

from pathlib import Path

from cleaners import _accelerated


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if (
        _accelerated.BUILD == "compiled"
        and collection_path.parent == _accelerated.HERE
        and collection_path.stem in _accelerated.COMPILED
        and collection_path.suffix == ".py"
    ):
        return True
    return None
