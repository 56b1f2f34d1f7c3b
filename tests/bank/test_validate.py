"""``interview problems validate``: references in the sandbox, the naive-baseline check, order.

The naive check compares the naive baseline's growth with the reference's on one
fixed ladder of sizes, so its answer does not depend on how busy the machine is.
The baselines below are far apart on purpose (quadratic against linear; linear
against linear): the check must tell them apart on any machine.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest

from interview_kernel import load_problem
from interview_kernel.bank import validate
from interview_kernel.bank.validate import (
    MIN_EXPONENT,
    check_naive,
    naive_growth,
    naive_sizes,
    validate_problems,
)

PROBLEM = """\
title: Running Total
difficulty: easy
topics: [arrays]
signature:
  name: total
  params: [{name: nums, type: "list[int]"}]
  returns: int
complexity: {time: "O(n)", space: "O(1)"}
"""
TESTS = "- {name: a, input: {nums: [1, 2, 3]}, expected: 6}\n"
REFERENCE = """\
def total(nums):
    s = 0
    for x in nums:
        s += x
    return s
"""
GENERATOR = """\
def sized_input(n, rng):
    return {"nums": [rng.randint(-9, 9) for _ in range(n)]}
"""
QUADRATIC = """\
def total(nums):
    s = 0
    for i in range(len(nums)):
        s = 0
        for x in nums[: i + 1]:
            s += x
    return s
"""
LINEAR_BUT_SLOWER = """\
def total(nums):
    s = 0
    for _ in range(4):
        s = 0
        for x in nums:
            s += x * 1
    return s
"""


def make(tmp_path: Path, name: str, naive: str | None, reference: str = REFERENCE) -> str:
    folder = tmp_path / name
    (folder / "reference").mkdir(parents=True)
    (folder / "problem.yaml").write_text(PROBLEM)
    (folder / "tests.yaml").write_text(TESTS)
    (folder / "generator.py").write_text(GENERATOR)
    (folder / "reference" / "solution.py").write_text(reference)
    if naive is not None:
        (folder / "naive").mkdir()
        (folder / "naive" / "solution.py").write_text(naive)
    return str(folder)


def test_growth_is_the_slope_of_the_slowdown_over_the_ladder() -> None:
    sizes = [64, 90, 128, 181, 256, 362, 512, 724]
    ref = {n: n * 1e-7 for n in sizes}
    quadratic = {n: n * n * 1e-9 for n in sizes}
    found = naive_growth(ref, quadratic)
    assert found is not None
    assert found.sizes == tuple(sizes)
    assert found.ratios[0] == pytest.approx(0.64) and found.ratios[-1] == pytest.approx(7.24)
    assert found.exponent == pytest.approx(1.0)
    assert found.describe() == (
        "naive/reference 0.6x at n=64, 7.2x at n=724 (the slowdown grows like n^1.00)"
    )
    log_factor = {n: t * math.log2(n) for n, t in ref.items()}
    assert 0.05 < naive_growth(ref, log_factor).exponent < MIN_EXPONENT


def test_a_constant_slowdown_does_not_grow_and_one_outlier_does_not_decide() -> None:
    sizes = [64, 90, 128, 181, 256, 362, 512, 724, 1024]
    ref = {n: n * 1e-7 for n in sizes}
    slower = {n: 5 * t for n, t in ref.items()}
    assert naive_growth(ref, slower).exponent == pytest.approx(0.0, abs=1e-9)
    slower[1024] *= 2  # one size hit by a burst of load that outlasted its three passes
    assert naive_growth(ref, slower).exponent < MIN_EXPONENT


def test_too_few_shared_sizes_give_no_verdict() -> None:
    ref = {n: 1e-6 for n in (64, 90, 128, 181, 256, 362)}
    assert naive_growth(ref, {64: 1e-5, 90: 1e-5}) is None
    assert naive_growth({}, {}) is None


def test_the_ladder_is_fixed_and_small_for_exponential_targets() -> None:
    assert naive_sizes("O(n)") == naive_sizes("O(n log n)")
    assert naive_sizes("O(n)")[:3] == [64, 91, 128] and naive_sizes("O(n)")[-1] <= 1 << 16
    assert naive_sizes("O(2^n)")[0] == 2 and naive_sizes("O(2^n)")[-1] <= 28


def test_a_quadratic_baseline_passes_a_copy_fails_and_a_constant_factor_is_a_note(
    tmp_path: Path, grader
) -> None:
    good = load_problem(make(tmp_path, "quadratic", QUADRATIC))
    assert check_naive(grader, good) == ([], [])
    copy = load_problem(make(tmp_path, "copy", REFERENCE))
    problems, notes = check_naive(grader, copy)
    assert notes == [] and len(problems) == 1
    assert "naive baseline is not slower than the reference" in problems[0]
    flat = load_problem(make(tmp_path, "linear", LINEAR_BUT_SLOWER))
    problems, notes = check_naive(grader, flat)
    assert problems == [] and len(notes) == 1
    assert "grows only slightly faster" in notes[0] and "naive/reference" in notes[0]


def test_no_naive_or_no_generator_means_nothing_to_check(tmp_path: Path, grader) -> None:
    assert check_naive(grader, load_problem(make(tmp_path, "plain", None))) == ([], [])
    folder = Path(make(tmp_path, "no-generator", QUADRATIC))
    (folder / "generator.py").unlink()
    assert check_naive(grader, load_problem(str(folder))) == ([], [])


def test_validate_reports_in_the_order_given_and_names_the_broken_reference(tmp_path: Path) -> None:
    broken = "def total(nums):\n    return 0\n"
    ids = [
        make(tmp_path, "b-fine", QUADRATIC),
        make(tmp_path, "a-broken", None, reference=broken),
        make(tmp_path, "c-fine", None),
    ]
    out = io.StringIO()
    failures = validate_problems(ids, grade=True, out=out, jobs=2)
    lines = out.getvalue().splitlines()
    assert [line.split()[1].rstrip(":") for line in lines[:3]] == ["b-fine", "a-broken", "c-fine"]
    assert lines[0].startswith("ok") and lines[2].startswith("ok")
    assert lines[1].startswith("FAIL a-broken: python reference: WA on test 'a'")
    assert lines[-1] == "2/3 problems valid"
    assert len(failures) == 1 and "'a-broken'" in failures[0]


def test_schema_only_grades_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "problem.yaml").write_text(PROBLEM.replace("difficulty: easy\n", ""))
    out = io.StringIO()
    failures = validate_problems([make(tmp_path, "fine", None), str(bad)], grade=False, out=out)
    assert "ok   fine (schema)" in out.getvalue() and "difficulty is missing" in failures[0]
    assert out.getvalue().splitlines()[-1] == "1/2 problems valid"


def test_jobs_default_to_the_cores_and_at_most_four() -> None:
    assert 1 <= validate.default_jobs() <= 4
