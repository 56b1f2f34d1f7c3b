"""One big-O parser: every bank target reads, and probe, scoring and interviewer agree."""

from __future__ import annotations

import pytest

from interview_kernel import bigo, list_problems
from interview_kernel.grading.fit import ORDER, compare_to_target
from interview_kernel.interviewer import Interviewer
from interview_kernel.scoring import CodingAttempt, coding_score

PROBLEMS = list_problems()


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("O(n)", "O(n)"),
        ("O(N)", "O(n)"),
        ("O(N log N)", "O(n log n)"),
        ("O(n*log(n))", "O(n log n)"),
        ("O(nlogn)", "O(n log n)"),
        ("O(n²)", "O(n^2)"),
        ("n^2", "O(n^2)"),
        ("Θ(n)", "O(n)"),
        ("O(1)", "O(1)"),
        ("O(lg n)", "O(log n)"),
        ("O(log^2 n)", "O(log n)"),
        ("O(sqrt(n))", "O(sqrt n)"),
        ("O(2^n)", "O(2^n)"),
        ("O(n!)", "O(n!)"),
        # several variables: the dominant class, every size growing together
        ("O(m * n)", "O(n^2)"),
        ("O(rows * cols)", "O(n^2)"),
        ("O(V + E)", "O(n)"),
        ("O(n + m)", "O(n)"),
        ("O(n log k)", "O(n log n)"),
        ("O(amount * k)", "O(n^2)"),
        ("O(N * L^2)", "O(n^3)"),
        ("O(n * 2^n)", "O(2^n)"),
        ("O(m * n * 4^L)", "O(2^n)"),
        ("O(min(m, n))", "O(n)"),
        ("O(n sqrt n)", "O(n^2)"),
        ("O(n/2)", "O(n)"),
        # unreadable
        ("O(n % 3)", None),
        ("fast", None),
        ("", None),
    ],
)
def test_parse(written: str, label: str | None) -> None:
    assert bigo.normalize(written) == label


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("O(n^2)", "O(n)", 1),
        ("O(n)", "O(n log n)", -1),
        ("O(n*log(n))", "O(nlogn)", 0),
        ("O(1)", "O(log n)", -1),
        ("O(2^n)", "O(n^3)", 1),
        ("O(n!)", "O(2^n)", 1),
        ("O(n^3)", "O(m * n)", 1),
        ("O(n % 3)", "O(n)", None),
    ],
)
def test_compare(a: str, b: str, expected: int | None) -> None:
    assert bigo.compare(a, b) == expected


def test_classes_are_in_growth_order() -> None:
    assert [c.rank for c in bigo.CLASSES] == list(range(len(bigo.CLASSES)))
    exps = [c.exponent for c in bigo.CLASSES]
    assert exps == sorted(exps)
    assert all(c in bigo.BY_LABEL for c in ORDER)  # every fittable class is canonical


def test_mentioned() -> None:
    assert bigo.mentioned("It's O(n) time and O(1) space") == ["O(n)", "O(1)"]


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_every_bank_target_parses(problem) -> None:
    assert bigo.parse(problem.complexity.time) is not None, problem.complexity.time
    if problem.complexity.space:
        assert bigo.parse(problem.complexity.space) is not None, problem.complexity.space


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_probe_scoring_and_interviewer_agree(problem) -> None:
    target = problem.complexity.time
    for measured in ORDER:
        probe_worse = compare_to_target(measured, bigo.normalize(target)) == "worse"
        report = coding_score(CodingAttempt(3, 3, 10, 10, "AC", target, measured, 10, 45, 0))
        scoring_worse = any(d.part == "efficiency" for d in report.deductions)
        iv = Interviewer(problem, backend="rule")
        interviewer_worse = iv.on_complexity({"best": measured, "target": target}) is not None
        assert probe_worse == scoring_worse == interviewer_worse, (measured, target)


def test_cubic_against_a_grid_target_is_deducted() -> None:
    r = coding_score(CodingAttempt(3, 3, 10, 10, "AC", "O(m * n)", "O(n^3)", 10, 45, 0))
    assert [str(d) for d in r.deductions] == ["-10: O(n^3) where O(n^2) is expected"]
    assert r.deductions[0].part == "efficiency" and r.score == 90


def test_deductions_are_ordered_by_part_not_by_their_wording() -> None:
    r = coding_score(CodingAttempt(2, 3, 5, 10, "WA", "O(n)", "O(n^2)", 70, 45, 2))
    assert [d.part for d in r.deductions] == [
        "correctness",
        "correctness",
        "efficiency",
        "time",
        "hints",
    ]
