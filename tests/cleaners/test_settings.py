"""The settings modules: one value per name."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import cleaners

PACKAGE = Path(cleaners.__file__).parent


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("settings*.py")))
def test_no_setting_is_assigned_twice(module: str) -> None:
    # a second assignment silently replaces the first one's value for every
    # cleaner that reads it
    tree = ast.parse((PACKAGE / module).read_text("utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
