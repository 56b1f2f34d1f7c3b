"""The Testcase panel: fields per case and the raw text stay one, with messages per field."""

from __future__ import annotations

import pytest

from interview_kernel import load_problem
from widgets.testcases import TestcasePanel


@pytest.fixture
def panel() -> TestcasePanel:
    return TestcasePanel(load_problem("two-sum"))


def _fields(panel: TestcasePanel) -> list[list[str]]:
    return [[f.value for f in box.children[1].children] for box in panel.cases.children]


def test_it_starts_with_the_examples_as_fields(panel: TestcasePanel) -> None:
    rows = _fields(panel)
    assert len(rows) == len(panel.problem.visible_tests) and all(len(r) == 2 for r in rows)
    assert panel.value == panel.examples
    assert "ready" in panel.status.value
    labels = [f.description for f in panel.cases.children[0].children[1].children]
    assert labels == ["nums", "target"]


def test_editing_a_field_rewrites_the_raw_text(panel: TestcasePanel) -> None:
    first = panel.cases.children[0].children[1].children
    first[1].value = "99"
    assert panel.value.splitlines()[1] == "99"
    assert panel.cases.children[0].children[1].children[1] is first[1]  # not redrawn: focus stays


def test_editing_the_raw_text_redraws_the_fields(panel: TestcasePanel) -> None:
    panel.raw.value = "[1,2]\n3\n[5,5]\n10"
    assert _fields(panel) == [["[1,2]", "3"], ["[5,5]", "10"]]


def test_add_remove_and_reset(panel: TestcasePanel) -> None:
    n = len(_fields(panel))
    panel.add_case()
    assert len(_fields(panel)) == n + 1 and _fields(panel)[-1] == _fields(panel)[-2]
    panel.remove_case(0)
    assert len(_fields(panel)) == n
    panel.cases.children[0].children[0].children[1].click()  # the case's Remove button
    assert len(_fields(panel)) == n - 1
    panel.reset()
    assert panel.value == panel.examples and len(_fields(panel)) == n


def test_a_bad_field_is_named_in_the_status(panel: TestcasePanel) -> None:
    panel.cases.children[0].children[1].children[1].value = '"seven"'
    assert "case 1, target" in panel.status.value
    panel.cases.children[0].children[1].children[1].value = "[1,"
    assert "case 1, target" in panel.status.value and "ready" not in panel.status.value
    panel.cases.children[0].children[1].children[1].value = "7"
    assert "ready" in panel.status.value


def test_a_program_problem_shows_stdin_cases() -> None:
    panel = TestcasePanel(load_problem("maze-escape"))
    fields = _fields(panel)
    assert len(fields) == len(panel.problem.visible_tests)
    assert fields[0] == [panel.problem.visible_tests[0].input["stdin"].rstrip("\n")]
    panel.add_case()
    assert len(_fields(panel)) == len(fields) + 1 and "ready" in panel.status.value
    panel.raw.value = "1 2\nSE\n---\n"
    assert _fields(panel) == [["1 2\nSE"]] and "ready" in panel.status.value
