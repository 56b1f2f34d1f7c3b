from interview_kernel import Problem
from interview_kernel.checkers import check

BASE = {
    "id": "t",
    "title": "T",
    "difficulty": "easy",
    "signature": {"name": "f", "params": [{"name": "x", "type": "int"}], "returns": "int"},
}


def make(kind, expected, **checker):
    p = Problem.model_validate(
        {
            **BASE,
            "checker": {"kind": kind, **checker},
            "tests": [{"name": "a", "input": {"x": 1}, "expected": expected}],
        }
    )
    return p, p.tests[0]


def test_exact_distinguishes_bool_from_int_and_accepts_tuples_for_lists():
    p, t = make("exact", [1, 2])
    assert check(p, t, (1, 2))[0]
    assert not check(p, t, [2, 1])[0]
    p, t = make("exact", 1)
    assert not check(p, t, True)[0]


def test_float_tolerance():
    p, t = make("float", 0.1 + 0.2, abs_tol=1e-9)
    assert check(p, t, 0.3)[0]
    assert not check(p, t, 0.31)[0]
    p, t = make("float", [1.0, 2.0])
    assert check(p, t, [1.0000000001, 2.0])[0]


def test_unordered_is_a_multiset_comparison():
    p, t = make("unordered", [1, 2, 2])
    assert check(p, t, [2, 1, 2])[0]
    assert not check(p, t, [1, 2])[0]
    assert not check(p, t, 3)[0]


def test_any_of():
    p, t = make("any_of", [[0, 1], [1, 0]])
    assert check(p, t, [1, 0])[0]
    assert not check(p, t, [1, 1])[0]


def test_custom_checker_runs_author_code_and_can_explain():
    p = Problem.model_validate(
        {
            **BASE,
            "checker": {"kind": "custom"},
            "custom_checker": "def check(input, expected, output):\n"
            "    return True if output % 2 == 0 else 'expected an even number'\n",
            "tests": [{"name": "a", "input": {"x": 1}, "expected": None}],
        }
    )
    assert check(p, p.tests[0], 4) == (True, "")
    assert check(p, p.tests[0], 3) == (False, "expected an even number")
