"""Assertion checks that use the prompt's own functions and unseeded random draws.

Four task shapes (written here, after the shapes of HumanEval/32, /33, /38 and
/50) whose canonical solutions were judged WA: their ``check`` calls functions
the prompt defines, or the entry point by name, and two draw random inputs
without a seed. Each must be Accepted with its canonical solution, one by one
and through the samples path, and a wrong completion must still fail.
"""

from __future__ import annotations

import json

import pytest

from interview_kernel import Grader, Verdict
from interview_kernel.bank.importers import import_humaneval
from interview_kernel.bank.loader import load_problem
from interview_kernel.batch import grade_samples
from interview_kernel.grading import assertions

ROOT_FINDING = {
    "task_id": "Shapes/root",
    "entry_point": "find_root",
    "prompt": (
        "import math\n\n\n"
        "def evaluate(coeffs: list, x: float) -> float:\n"
        '    """The polynomial with these coefficients (lowest power first) at x."""\n'
        "    return sum(c * math.pow(x, i) for i, c in enumerate(coeffs))\n\n\n"
        "def find_root(coeffs: list) -> float:\n"
        '    """A real root of an odd-degree polynomial, by bisection."""\n'
    ),
    "canonical_solution": (
        "    lo, hi = -1.0, 1.0\n"
        "    while evaluate(coeffs, lo) * evaluate(coeffs, hi) > 0:\n"
        "        lo, hi = lo * 2, hi * 2\n"
        "    for _ in range(200):\n"
        "        mid = (lo + hi) / 2\n"
        "        if evaluate(coeffs, mid) * evaluate(coeffs, lo) > 0:\n"
        "            lo = mid\n"
        "        else:\n"
        "            hi = mid\n"
        "    return lo\n"
    ),
    "test": (
        "import math\nimport random\n\n\n"
        "def check(candidate):\n"
        "    rng = random.Random(7)\n"
        "    for _ in range(12):\n"
        "        degree = 2 * rng.randint(1, 3)\n"
        "        coeffs = [rng.choice([-3, -2, -1, 1, 2, 3]) for _ in range(degree)]\n"
        "        root = candidate(list(coeffs))\n"
        "        assert math.fabs(evaluate(coeffs, root)) < 1e-4\n"
    ),
}

BY_OWN_NAME = {
    "task_id": "Shapes/own-name",
    "entry_point": "every_second_doubled",
    "prompt": (
        "def every_second_doubled(values: list) -> list:\n"
        '    """The values, with those at odd positions doubled."""\n'
    ),
    "canonical_solution": "    return [v * 2 if i % 2 else v for i, v in enumerate(values)]\n",
    "test": (
        "def check(candidate):\n"
        "    assert candidate([1, 2, 3, 4]) == [1, 4, 3, 8]\n"
        "    assert tuple(candidate([5, 5])) == tuple(every_second_doubled([5, 5]))\n"
    ),
}

ROTATION = {
    "task_id": "Shapes/rotation",
    "entry_point": "unrotate",
    "prompt": (
        "def rotate(s: str) -> str:\n"
        '    """Each character moved 3 places along the lowercase alphabet."""\n'
        "    return ''.join(chr((ord(c) - 97 + 3) % 26 + 97) for c in s)\n\n\n"
        "def unrotate(s: str) -> str:\n"
        '    """Undo rotate."""\n'
    ),
    "canonical_solution": "    return ''.join(chr((ord(c) - 97 - 3) % 26 + 97) for c in s)\n",
    "test": (
        "from random import choice, randint\n"
        "import string\n\n\n"
        "def check(candidate):\n"
        "    for _ in range(15):\n"
        "        s = ''.join(choice(string.ascii_lowercase) for _ in range(randint(5, 12)))\n"
        "        assert candidate(rotate(s)) == s\n"
    ),
}

GROUPS = {
    "task_id": "Shapes/groups",
    "entry_point": "ungroup",
    "prompt": (
        "def group(s: str) -> str:\n"
        '    """Each full group of three characters turned left by one."""\n'
        "    parts = [s[i:i + 3] for i in range(0, len(s), 3)]\n"
        "    return ''.join(p[1:] + p[0] if len(p) == 3 else p for p in parts)\n\n\n"
        "def ungroup(s: str) -> str:\n"
        '    """Undo group."""\n'
    ),
    "canonical_solution": (
        "    parts = [s[i:i + 3] for i in range(0, len(s), 3)]\n"
        "    return ''.join(p[-1] + p[:-1] if len(p) == 3 else p for p in parts)\n"
    ),
    "test": (
        "import random\nimport string\n\n\n"
        "def check(candidate):\n"
        "    for _ in range(15):\n"
        "        n = random.randint(4, 14)\n"
        "        s = ''.join(random.choice(string.ascii_letters) for _ in range(n))\n"
        "        assert candidate(group(s)) == s\n"
    ),
}

TASKS = [ROOT_FINDING, BY_OWN_NAME, ROTATION, GROUPS]


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shapes")
    (folder / "tasks.jsonl").write_text("".join(json.dumps(t) + "\n" for t in TASKS))
    import_humaneval(str(folder / "tasks.jsonl"), str(folder / "probs"))
    return folder


def _problem(bank, task):
    pid = task["task_id"].lower().replace("/", "-")
    return load_problem(pid, [bank / "probs"])


def test_the_prompts_other_functions_are_found(bank):
    assert [f.name for f in assertions.prompt_functions(_problem(bank, ROOT_FINDING))] == [
        "evaluate"
    ]
    assert assertions.prompt_functions(_problem(bank, BY_OWN_NAME)) == []


def test_an_unseeded_check_draws_the_same_inputs_every_time():
    drawn = []
    for _ in range(2):
        ns = assertions.check_namespace({})
        exec("import random\nfrom random import randint\nx = [randint(0, 10**9) for _ in 'ab']", ns)
        drawn.append((ns["x"], ns["random"].random()))
    assert drawn[0] == drawn[1]


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t["task_id"])
def test_canonical_solutions_pass_and_wrong_ones_fail(bank, task):
    problem = _problem(bank, task)
    with Grader() as g:
        good = g.grade(problem, task["prompt"] + task["canonical_solution"])
        bad = g.grade(problem, task["prompt"] + "    return None\n")
    assert good.verdict is Verdict.AC, good.to_dict()
    assert bad.verdict is not Verdict.AC


@pytest.mark.slow
def test_the_samples_path_accepts_every_canonical_solution(bank, tmp_path):
    samples = tmp_path / "samples.jsonl"
    lines = [{"task_id": t["task_id"], "completion": t["canonical_solution"]} for t in TASKS]
    lines.append({"task_id": ROTATION["task_id"], "completion": "    return s\n"})
    samples.write_text("".join(json.dumps(x) + "\n" for x in lines))
    rows = grade_samples(samples, bank / "probs", tmp_path / "out.jsonl", jobs=1, timeout=60)
    assert [r["verdict"] for r in rows] == ["AC", "AC", "AC", "AC", "WA"], rows
