import math
import random

import pytest

from interview_kernel.grading.fit import fit
from interview_kernel.grading.probe import probe_complexity

SIZES = [2**k for k in range(6, 17)]
MODELS = {
    "O(1)": lambda n: 3e-4,
    "O(log n)": lambda n: 1e-5 + 4e-6 * math.log2(n),
    "O(n)": lambda n: 5e-5 + 2e-8 * n,
    "O(n log n)": lambda n: 5e-5 + 2e-8 * n * math.log2(n),
    "O(n^2)": lambda n: 1e-4 + 1e-10 * n * n,
    "O(n^3)": lambda n: 1e-4 + 1e-14 * n**3,
}


@pytest.mark.parametrize("name", list(MODELS))
def test_fit_recovers_each_class_from_noisy_points(name):
    rng = random.Random(7)
    points = [(n, MODELS[name](n) * (1 + 0.05 * rng.random())) for n in SIZES]
    assert fit(points).best == name


def test_fit_recovers_exponential_growth():
    points = [(n, 1e-6 * 2**n) for n in range(8, 22)]
    assert fit(points).best == "O(2^n)"


def test_fit_ignores_one_noisy_spike():
    points = [(n, 1e-4 + 2e-8 * n) for n in SIZES]
    points[5] = (points[5][0], points[5][1] * 8)
    assert fit(points).best == "O(n)"


def test_fit_needs_three_sizes():
    with pytest.raises(ValueError, match="three distinct sizes"):
        fit([(1, 1.0), (2, 2.0)])


QUADRATIC = """def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
"""


@pytest.mark.slow
def test_probe_tells_quadratic_from_linear_two_sum(grader, two_sum):
    quad = probe_complexity(grader, two_sum, QUADRATIC)
    assert quad.best == "O(n^2)" and quad.comparison == "worse"
    assert len(quad.points) >= 4 and len(quad.curve) == len(quad.points)
    linear = probe_complexity(grader, two_sum, two_sum.reference["python"])
    assert linear.best in ("O(n)", "O(n log n)")
    assert linear.to_dict()["target"] == "O(n)"


def test_probe_without_a_generator_says_so(grader, add_two):
    r = probe_complexity(grader, add_two, "def add(a, b):\n    return a + b\n")
    assert r.best is None and r.comparison == "unknown" and "generator" in r.message


def test_a_neighbour_of_the_expected_class_must_fit_clearly_better():
    rng = random.Random(3)
    # n log n data with enough noise that O(n) fits about as well
    points = [(n, (5e-5 + 2e-8 * n * math.log2(n)) * (1 + 0.25 * rng.random())) for n in SIZES]
    assert fit(points, expected="O(n log n)").best == "O(n log n)"
    # a clearly quadratic curve is never pulled to a linear expectation
    quad = [(n, 1e-4 + 1e-10 * n * n) for n in SIZES]
    assert fit(quad, expected="O(n)").best == "O(n^2)"


def test_factorial_growth_is_reported_as_exponential():
    points = [(n, 1e-6 * math.factorial(n)) for n in range(4, 12)]
    assert fit(points).best == "O(2^n)"
