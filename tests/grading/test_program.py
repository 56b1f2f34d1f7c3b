"""Program problems (kind ``program``) through the real sandbox, in every language.

A program reads standard input and writes standard output; each test is one run
of a fresh process on one input. Hostile programs live as data in
``tests/hostile/program/`` with their expected verdicts.
"""

import re
from pathlib import Path

import pytest

from interview_kernel import Grader, Problem, Verdict
from interview_kernel.custom import parse_cases
from interview_kernel.languages import language_for_extension

SUM = {
    "python": "a, b = map(int, input().split())\nprint(a + b)\n",
    "cpp": (
        "#include <iostream>\nint main() { long long a, b; std::cin >> a >> b;"
        ' std::cout << a + b << "\\n"; }\n'
    ),
    "java": (
        "import java.util.*;\npublic class Main { public static void main(String[] x) {"
        " Scanner in = new Scanner(System.in); long a = in.nextLong(), b = in.nextLong();"
        " System.out.println(a + b); } }\n"
    ),
    "javascript": (
        'const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/)'
        ".map(Number);\nconsole.log(a + b);\n"
    ),
}
WRONG = {
    "python": "a, b = map(int, input().split())\nprint(a - b)\n",
    "cpp": (
        '#include <cstdio>\nint main() { int a, b; scanf("%d %d", &a, &b);'
        ' printf("%d\\n", a * b); }\n'
    ),
    "java": (
        "public class Main { public static void main(String[] x) { System.out.println(7); } }\n"
    ),
    "javascript": "console.log(-1);\n",
}
BROKEN = {
    "python": "print(1 +\n",
    "cpp": "int main() { return 0 }\n",
    "java": "public class Main { public static void main(String[] x) { int y = ; } }\n",
    "javascript": "console.log((;\n",
}
HOSTILE = sorted(
    p
    for p in (Path(__file__).parents[1] / "hostile" / "program").iterdir()
    if language_for_extension(p.suffix)
)


def sum_problem(**extra) -> Problem:
    spec = {
        "id": "sum-two",
        "title": "Sum of two",
        "difficulty": "easy",
        "kind": "program",
        "checker": {"kind": "tokens"},
        "limits": {"cpu_seconds": 1.0, "wall_seconds": 120},
        "tests": [
            {"name": "example-1", "stdin": "1 2\n", "stdout": "3\n"},
            {"name": "example-2", "stdin": "-5 5\n", "stdout": "0\n"},
            {
                "name": "hidden-1",
                "stdin": "1000000000 1000000000\n",
                "stdout": "2000000000\n",
                "hidden": True,
                "category": "overflow",
            },
        ],
        "reference": dict(SUM),
    }
    spec.update(extra)
    return Problem.model_validate(spec)


@pytest.fixture(scope="module")
def program_grader():
    with Grader() as g:
        yield g


@pytest.mark.parametrize("language", sorted(SUM))
def test_program_verdicts_in_every_language(program_grader, language):
    problem = sum_problem()
    good = program_grader.grade(problem, SUM[language], language)
    assert good.verdict is Verdict.AC, (good.tests, good.compile_output)
    assert good.tests[0].output == "3\n"  # what it printed is the output shown
    assert good.tests[0].input == {"stdin": "1 2\n"}
    wrong = program_grader.grade(problem, WRONG[language], language)
    assert wrong.verdict is Verdict.WA
    assert "token 1" in wrong.tests[0].error
    broken = program_grader.grade(problem, BROKEN[language], language)
    assert broken.verdict is Verdict.CE and broken.compile_output


def test_hidden_program_tests_keep_their_data(program_grader):
    result = program_grader.grade(sum_problem(), WRONG["python"], "python")
    hidden = [t.to_dict() for t in result.tests if t.hidden]
    assert hidden and all(set(t) <= {"name", "hidden", "verdict", "time_ms"} for t in hidden)


def test_checkers_decide_on_the_trusted_side(program_grader):
    spaced = "a, b = map(int, input().split())\nprint(' ', a + b, ' ')\nprint()\n"
    assert program_grader.grade(sum_problem(), spaced, "python").verdict is Verdict.AC
    exact = sum_problem(checker={"kind": "exact"})
    result = program_grader.grade(exact, spaced, "python")
    assert result.verdict is Verdict.WA and "line 1" in result.tests[0].error
    ws = sum_problem(checker={"kind": "whitespace"})
    assert program_grader.grade(ws, spaced, "python").verdict is Verdict.AC


def test_custom_input_is_answered_by_the_reference(program_grader):
    problem = sum_problem()
    cases = parse_cases(problem, "40 2\n---\n7 8\n")
    result = program_grader.grade(problem, SUM["cpp"], "cpp", include_hidden=False, custom=cases)
    assert result.verdict is Verdict.AC
    custom = [t for t in result.tests if t.name.startswith("custom-")]
    assert [t.expected for t in custom] == ["42\n", "15\n"]
    wrong = program_grader.grade(
        problem, WRONG["python"], "python", include_hidden=False, custom=cases
    )
    assert [t.verdict for t in wrong.tests if t.name.startswith("custom")] == [Verdict.WA] * 2


def test_large_input_streams_into_stdin(program_grader):
    n = 200_000
    text = f"{n}\n" + " ".join(str(i) for i in range(n)) + "\n"
    problem = sum_problem(tests=[{"name": "big", "stdin": text, "stdout": f"{n * (n - 1) // 2}\n"}])
    src = "import sys\nd = sys.stdin.buffer.read().split()\nprint(sum(map(int, d[1:])))\n"
    assert program_grader.grade(problem, src, "python").verdict is Verdict.AC


def _expect(path: Path) -> tuple[str, str]:
    m = re.match(r"(?:#|//) expect: (\w+)(?: (\w+))?", path.read_text())
    assert m, f"{path.name} lacks an expect header"
    return m.group(1), m.group(2) or ""


@pytest.mark.slow
@pytest.mark.parametrize("path", HOSTILE, ids=[p.name for p in HOSTILE])
def test_hostile_stdin_program(program_grader, path):
    lang = language_for_extension(path.suffix)
    result = program_grader.grade(sum_problem(), path.read_text(), lang)
    want, named = _expect(path)
    first = result.tests[0]
    why = (result.verdict, first.error, result.message, result.compile_output)
    assert result.verdict.value == want, why
    assert named in first.error, why
    assert result.verdict is not Verdict.IE
    assert program_grader.grade(sum_problem(), SUM[lang], lang).verdict is Verdict.AC


# -- program-style assertion tests (imported sets: HumanEval-X, MultiPL-E) -------------

TEST_PROGRAMS = {
    "python": (
        "def add(a, b):\n    return a {op} b\n",
        "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(0, 0) == 0\n"
        "\ncheck(add)\n",
    ),
    "cpp": (
        "#include <cstdio>\nint add(int a, int b) {{ return a {op} b; }}\n",
        "#undef NDEBUG\n#include <assert.h>\nint main() { assert(add(1, 2) == 3); }\n",
    ),
    "java": (
        "import java.util.*;\nclass Solution {{\n"
        "    public int add(int a, int b) {{ return a {op} b; }}\n}}\n",
        "public class Main { public static void main(String[] args) {\n"
        "    Solution s = new Solution();\n"
        "    if (!(s.add(1, 2) == 3)) { throw new AssertionError(); } } }\n",
    ),
    "javascript": (
        "const add = (a, b) => {{ return a {op} b; }};\n",
        "const testAdd = () => { console.assert(add(1, 2) === 3); };\ntestAdd();\n",
    ),
}


def assertion_task(language: str) -> Problem:
    _, test = TEST_PROGRAMS[language]
    return Problem.model_validate(
        {
            "id": f"add-{language}",
            "title": "add",
            "difficulty": "easy",
            "kind": "program",
            "limits": {"wall_seconds": 120},
            "tests": [
                {"name": "example", "stdin": "", "program": test},
                {"name": "test", "stdin": "", "program": test, "hidden": True},
            ],
            "reference": {language: ""},
        }
    )


@pytest.mark.parametrize("language", sorted(TEST_PROGRAMS))
def test_test_programs_follow_the_sets_rule(program_grader, language):
    source, _ = TEST_PROGRAMS[language]
    task = assertion_task(language)
    good = program_grader.grade(task, source.format(op="+"), language)
    assert good.verdict is Verdict.AC, (good.tests, good.compile_output)
    assert [t.name for t in good.tests] == ["example", "test"]
    bad = program_grader.grade(task, source.format(op="-"), language)
    assert bad.verdict is Verdict.WA, bad.tests
    assert "assert" in bad.tests[0].error.lower()  # visible: why it failed
    assert bad.tests[1].error == ""  # hidden: nothing but the verdict
    broken = program_grader.grade(task, source.format(op="+ *"), language)
    assert broken.verdict is Verdict.CE and broken.compile_output
    crash = {"python": "def add(a, b):\n    return 1 // 0\n"}.get(language)
    if crash:
        assert program_grader.grade(task, crash, language).verdict is Verdict.RE


def test_complexity_probe_times_a_program(program_grader):
    from interview_kernel import load_problem
    from interview_kernel.grading.probe import probe_complexity

    problem = load_problem("best-streak")
    source = problem.reference["python"]
    report = probe_complexity(program_grader, problem, source, "python", budget_seconds=6)
    assert len(report.points) >= 4, report.message
    sizes = [n for n, _ in report.points]
    assert sizes == sorted(sizes) and report.best is not None
