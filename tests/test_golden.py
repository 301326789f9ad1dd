"""Every case in golden/ must come out as its hand-written expected.json."""

from __future__ import annotations

import json

import pytest

from tests.golden_cases import GoldenCase, all_cases, fields_of


def _params() -> list[object]:
    params = []
    for case in all_cases():
        marks = []
        if case.xfail_reason:
            marks.append(pytest.mark.xfail(reason=case.xfail_reason, strict=True))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_golden(case: GoldenCase, update_golden: bool) -> None:
    actual = fields_of(case.run())
    if update_golden and not case.xfail_reason:
        # a known failure keeps its hand-written expectation: that is the target
        text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
        case.expected_path.write_text(text, "utf-8")
        return
    expected = case.expected()
    for field in expected:  # field by field, so a failure names what differs
        assert actual[field] == expected[field], f"{case.name}: {field} differs"
    assert set(expected) == set(actual), f"{case.name}: expected.json lacks fields"


def test_every_case_is_complete() -> None:
    cases = all_cases()
    assert len(cases) >= 5
    for case in cases:
        assert case.input_path.exists()
        assert case.expected_path.exists(), f"{case.name} has no expected.json"
