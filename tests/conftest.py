from __future__ import annotations

import os

import pytest
from hypothesis import settings

# `make test` (and CI) checks the same generated examples on every run, so a
# red build always reproduces; `--hypothesis-profile=explore` (or
# NEWSCLEAN_HYPOTHESIS=explore, as `make fuzz` sets) draws new ones, and
# what it finds becomes a regression example.
settings.register_profile("default", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("NEWSCLEAN_HYPOTHESIS", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden/<case>/expected.json from the current output (review the diff)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
