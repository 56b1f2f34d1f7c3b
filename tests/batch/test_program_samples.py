"""Samples of test-program sets (HumanEval-X, MultiPL-E) through the real sandbox.

Tasks in HumanEval-X's shape, our own text: per language a right, a wrong (a failed
assertion), a non-compiling, a raising and a looping completion give AC, WA, CE,
RE and TLE. Identical programs are built once (one run, a fresh process per
sample); every distinct program of a task shares its precompiled includes (C++)
and keeps its line numbers.
"""

import json

import pytest

from interview_kernel import Grader, load_problem
from interview_kernel.bank.importers import compile_set, write_pack
from interview_kernel.batch.samples import grade_samples, program_chunks, upstream_tests

TASKS = {
    "cpp": {
        "task_id": "CPP/0",
        "prompt": "/*\nTwice x.\n*/\n#include<stdio.h>\n#include<vector>\n#include<string>\n"
        "using namespace std;\nint twice(int x){\n",
        "canonical_solution": "    return 2 * x;\n}\n",
        "test": "#undef NDEBUG\n#include<assert.h>\nint main(){\n    assert (twice(2)==4);\n"
        "    assert (twice(-3)==-6);\n}\n",
        "example_test": "#undef NDEBUG\n#include<assert.h>\nint main(){\n"
        "    assert (twice(1)==2);\n}\n",
    },
    "java": {
        "task_id": "Java/0",
        "prompt": "import java.util.*;\nimport java.lang.*;\n\nclass Solution {\n"
        "    public int twice(int x) {\n",
        "canonical_solution": "        return 2 * x;\n    }\n}",
        "test": "public class Main {\n    public static void main(String[] args) {\n"
        "        Solution s = new Solution();\n"
        "        List<Boolean> correct = Arrays.asList(s.twice(2) == 4, s.twice(-3) == -6);\n"
        "        if (correct.contains(false)) {\n            throw new AssertionError();\n"
        "        }\n    }\n}\n",
        "example_test": "public class Main {\n    public static void main(String[] args) {\n"
        "        if (new Solution().twice(1) != 2) {\n            throw new AssertionError();\n"
        "        }\n    }\n}\n",
    },
    "javascript": {
        "task_id": "JavaScript/0",
        "prompt": "/* Twice x. */\nconst twice = (x) => {\n",
        "canonical_solution": "  return 2 * x\n}\n",
        "test": "const testTwice = () => {\n  console.assert(twice(2) === 4)\n"
        "  console.assert(twice(-3) === -6)\n}\n\ntestTwice()\n",
        "example_test": "const testTwice = () => {\n  console.assert(twice(1) === 2)\n}\n"
        "testTwice()\n",
    },
    "python": {
        "task_id": "Python/0",
        "prompt": 'def twice(x):\n    """Twice x."""\n',
        "canonical_solution": "    return 2 * x\n",
        "test": "\n\ndef check(twice):\n    assert twice(2) == 4\n    assert twice(-3) == -6\n"
        "\ncheck(twice)\n",
        "example_test": "\n\ndef check(twice):\n    assert twice(1) == 2\n\ncheck(twice)\n",
    },
}
COMPLETIONS = {  # verdict: completion, per language
    "cpp": {
        "WA": "    return x + 2;\n}\n",
        "CE": "    return y;\n}\n",
        "RE": "    throw 1;\n}\n",
        "TLE": "    volatile int k = 0;\n    while (true) { k = k + 1; }\n}\n",
    },
    "java": {
        "WA": "        return x + 2;\n    }\n}",
        "CE": "        return y;\n    }\n}",
        "RE": '        throw new RuntimeException("not done");\n    }\n}',
        "TLE": "        while (true) {}\n    }\n}",
    },
    "javascript": {
        "WA": "  return x + 2\n}\n",
        "CE": "  return (x +\n}\n",
        "RE": "  throw new Error('not done')\n}\n",
        "TLE": "  while (true) {}\n}\n",
    },
    "python": {
        "WA": "    return x + 2\n",
        "CE": "    return (x +\n",
        "RE": "    raise ValueError('not done')\n",
        "TLE": "    while True:\n        pass\n",
    },
}


@pytest.fixture(scope="module")
def tasks_dir(tmp_path_factory):
    base = tmp_path_factory.mktemp("xsets")
    src = base / "x.jsonl"
    src.write_text("".join(json.dumps(t) + "\n" for t in TASKS.values()))
    write_pack(compile_set("humaneval-x", str(src))[0], str(base / "tasks"))
    return base / "tasks"


def test_program_chunks_group_identical_programs():
    keys = [("A", "x"), ("B", "y"), ("A", "x"), ("A", "z"), ("A", "x")]
    chunks = program_chunks(keys, size=8)
    assert chunks == [[[0, 2, 4], [3], [1]]]  # one group per program, a task's together
    big = program_chunks([("A", "x")] * 5 + [("A", "y")], size=2)
    assert big == [[[0, 1]], [[2, 3]], [[4], [5]]]  # a large group is split, chunks stay small


def test_samples_run_the_sets_test_not_the_example(tasks_dir):
    task = load_problem(str(tasks_dir / "cpp-0"))
    assert [t.name for t in task.tests] == ["example", "tests"]
    assert [t.name for t in upstream_tests(task).tests] == ["tests"]


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(TASKS))
def test_program_samples_verdicts_in_each_language(tasks_dir, tmp_path, language):
    task = TASKS[language]
    lines = [("AC", task["canonical_solution"])] + list(COMPLETIONS[language].items())
    lines.append(("AC", task["canonical_solution"]))  # the same program again: built once
    samples = tmp_path / "samples.jsonl"
    samples.write_text(
        "".join(json.dumps({"task_id": task["task_id"], "completion": c}) + "\n" for _, c in lines)
    )
    with Grader(pool_size=1) as g:
        rows = grade_samples(samples, tasks_dir, tmp_path / "out.jsonl", grader=g, timeout=2)
    assert [r["verdict"] for r in rows] == [v for v, _ in lines], rows
    assert [r["passed"] for r in rows] == [v == "AC" for v, _ in lines]
    assert [
        json.loads(x)["verdict"] for x in (tmp_path / "out.jsonl").read_text().splitlines()
    ] == [r["verdict"] for r in rows]


class CountingGrader(Grader):
    """A grader that records the runs it sends to the sandbox (tests per run)."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.runs: list[int] = []
        self.builds: list[dict] = []

    def run_raw_batch(self, runs, cancel=None):
        self.runs += [len(r[3]) for r in runs]
        done = super().run_raw_batch(runs, cancel)
        self.builds += [o["build"] for outcomes, _ in done for o in outcomes if "build" in o]
        return done


@pytest.mark.slow
def test_identical_programs_build_once(tasks_dir, tmp_path):
    task = TASKS["cpp"]
    right, wrong = task["canonical_solution"], COMPLETIONS["cpp"]["WA"]
    order = [right, wrong, right, right, wrong, right + "// another\n"]
    samples = tmp_path / "samples.jsonl"
    samples.write_text(
        "".join(json.dumps({"task_id": task["task_id"], "completion": c}) + "\n" for c in order)
    )
    with CountingGrader(pool_size=1) as g:
        rows = grade_samples(samples, tasks_dir, tmp_path / "out.jsonl", grader=g)
        assert [r["verdict"] for r in rows] == ["AC", "WA", "AC", "AC", "WA", "AC"]
        # three distinct programs: three runs (one build each), one test per sample
        assert sorted(g.runs) == [1, 2, 3]
        assert len(g.builds) == 3 and all(b["ok"] for b in g.builds)
        # the kernel's compile cache: the same program again is not compiled again
        rows = grade_samples(samples, tasks_dir, tmp_path / "again.jsonl", grader=g)
        assert [r["verdict"] for r in rows] == ["AC", "WA", "AC", "AC", "WA", "AC"]
        assert [b.get("cached") for b in g.builds[3:]] == [True, True, True]


@pytest.mark.slow
def test_precompiled_includes_keep_line_numbers(tasks_dir):
    """Programs sharing their includes compile through a precompiled header; errors still
    name the line of the program as written."""
    problem = upstream_tests(load_problem(str(tasks_dir / "cpp-0")))
    test = problem.tests[0].program
    prompt = TASKS["cpp"]["prompt"]
    with Grader(pool_size=1) as g:
        runs = [
            (
                problem,
                prompt + f"    return 2 * x; // {k}\n}}\n" + test,
                "cpp",
                [[""]],
                problem.limits,
            )
            for k in range(3)
        ]
        runs.append((problem, prompt + "    return y;\n}\n" + test, "cpp", [[""]], problem.limits))
        done = g.run_raw_batch(runs)
    builds = [next(o["build"] for o in outcomes if "build" in o) for outcomes, _ in done]
    assert [b["ok"] for b in builds] == [True, True, True, False]
    assert [[o["status"] for o in outcomes if "i" in o] for outcomes, _ in done[:3]] == [["ok"]] * 3
    line = prompt.count("\n") + 1  # `return y;` is the line after the prompt
    assert f"solution.cpp:{line}:" in builds[3]["output"], builds[3]["output"]
    assert "ik_includes" not in builds[3]["output"]


@pytest.mark.slow
def test_java_assert_statements_count(tmp_path):
    """MultiPL-E's Java tests are `assert` statements: they run with assertions enabled."""
    task = {
        "task_id": "Java/7",
        "prompt": TASKS["java"]["prompt"],
        "canonical_solution": TASKS["java"]["canonical_solution"],
        "test": "public class Main {\n    public static void main(String[] args) {\n"
        "        assert(new Solution().twice(3) == 6);\n    }\n}\n",
    }
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps(task) + "\n")
    write_pack(compile_set("humaneval-x", str(src))[0], str(tmp_path / "tasks"))
    problem = load_problem(str(tmp_path / "tasks" / "java-7"))
    with Grader(pool_size=1) as g:
        right = g.grade(problem, task["prompt"] + task["canonical_solution"], "java")
        wrong = g.grade(problem, task["prompt"] + COMPLETIONS["java"]["WA"], "java")
    assert right.verdict.value == "AC", right.tests
    assert wrong.verdict.value == "WA", wrong.tests
