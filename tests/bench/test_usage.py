"""Every bench that reads dev-set folders says in one line which folder has no
ground truth and exits 2, before it extracts anything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench import extract, harmless, inject, metadata, midbody, realdirty, rewrite, snapshot

MAINS: dict[str, Callable[[list[str]], int]] = {
    "extract": extract.main,
    "harmless": harmless.main,
    "inject": inject.main,
    "metadata": metadata.main,
    "midbody": midbody.main,
    "realdirty": realdirty.main,
    "rewrite": rewrite.main,
    "snapshot": lambda argv: snapshot.main(["snapshot.json", *argv]),
}


@pytest.mark.parametrize("name", sorted(MAINS))
def test_a_folder_without_ground_truth_is_one_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert MAINS[name](["--sets", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"bench.{name}: no ground-truth.json in {tmp_path}" in err
