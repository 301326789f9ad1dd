"""Error lines name their input: with several inputs, a line that says
``page`` does not tell the user which file failed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.spiders.conftest import ROOT


def test_each_error_line_names_its_input_file(tmp_path: Path) -> None:
    names = []
    for n in range(3):
        path = tmp_path / f"menu-{n}.html"
        path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
        names.append(str(path))
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "clean", *names],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(names), proc.stderr
    assert sorted(line.split(": ", 2)[1] for line in lines) == sorted(names), lines
    assert not any(": page:" in line for line in lines)
