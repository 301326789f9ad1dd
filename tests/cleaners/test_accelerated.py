"""The compiled join repairer (setup.py, mypyc) and its source agree, and an
edited source is never shadowed by an older compiled module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleaners
from cleaners import _accelerated

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "golden"
JOIN_CASES = sorted(p / "input.txt" for p in GOLDEN.glob("joins-*") if (p / "input.txt").exists())
PURE = {**os.environ, _accelerated.PURE_ENV: "1"}
WHICH_BUILD = "import cleaners.joins as j, cleaners._accelerated as a; print(a.BUILD, j.__file__)"


def _python(code: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True, check=False
    )


def test_source_doctests_pass() -> None:
    """The join modules' doctests, run against their source."""
    paths = [str(_accelerated.HERE / f"{name}.py") for name in _accelerated.COMPILED]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--doctest-modules", "-p", "no:cacheprovider",
         "--rootdir", str(ROOT), *paths],
        env=PURE, cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:]


def test_pure_python_on_request() -> None:
    done = _python(
        "import cleaners.joins as j, cleaners._accelerated as a; print(a.BUILD, j.__file__)", PURE
    )
    assert done.returncode == 0, done.stderr
    build, path = done.stdout.split()
    assert build == "source" and path.endswith("joins.py")


@pytest.mark.parametrize("case", JOIN_CASES, ids=lambda p: p.parent.name)
def test_compiled_and_source_repair_alike(case: Path) -> None:
    """Whatever build this process runs, the source gives the same text."""
    text = case.read_text(encoding="utf-8")
    code = "import sys, cleaners; sys.stdout.write(cleaners.clean_text(sys.stdin.read()))"
    done = subprocess.run(
        [sys.executable, "-c", code], input=text, env=PURE, cwd=ROOT,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert cleaners.clean_text(text) == done.stdout


@pytest.mark.skipif(_accelerated.BUILD != "compiled", reason="the join repairer is not compiled")
@pytest.mark.parametrize("edited", ["joins.py", "settings.py"])
def test_edited_source_is_used_over_an_older_compiled_module(tmp_path: Path, edited: str) -> None:
    """A source (or the settings inlined into it) newer than its compiled
    module wins, with a warning."""
    package = tmp_path / "cleaners"
    shutil.copytree(_accelerated.HERE, package, ignore=shutil.ignore_patterns("__pycache__"))
    for so in ROOT.glob("*__mypyc*"):  # the compiled modules' shared runtime
        shutil.copy2(so, tmp_path / so.name)
    shutil.copytree(ROOT / "scraper", tmp_path / "scraper")
    source = package / "joins.py"
    os.utime(package / edited)  # "edited" after the build
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    env.pop(_accelerated.PURE_ENV, None)
    done = _python(
        "import warnings; warnings.simplefilter('always')\n" + WHICH_BUILD,
        env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    build, path = done.stdout.split()
    assert build == "source" and path == str(source)
    assert "older than the source" in done.stderr
