"""The bank's program problems (stdin to stdout): complete, generated, accepted in four languages.

Each program problem's ``generator.py`` names its ``SEED``, its visible
``EXAMPLES`` (stdin texts), ``cases(rng)`` (the hidden tests with categories)
and ``sized_input(n, rng)`` (the complexity probe). ``tests.yaml`` is written
from them, with the Python reference's output as the expected text:

    PYTHONPATH=. python tests/bank/test_program_bank.py PROBLEM-ID...
"""

from __future__ import annotations

import functools
import importlib.util
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from interview_kernel import Problem, load_problem
from interview_kernel.bank.loader import problem_ids
from interview_kernel.problem import PATTERNS

BANK = Path(__file__).resolve().parents[2] / "problems"
PROGRAMS = [
    pid
    for pid in problem_ids([BANK])
    if "kind: program" in (BANK / pid / "problem.yaml").read_text(encoding="utf-8")
]
REFERENCES = {
    "python": "solution.py",
    "cpp": "solution.cpp",
    "java": "Main.java",
    "javascript": "solution.js",
}


@functools.cache
def problem(pid: str) -> Problem:
    return load_problem(pid, [BANK])


def generator(pid: str) -> ModuleType:
    path = BANK / pid / "generator.py"
    spec = importlib.util.spec_from_file_location(f"_program_generator_{pid}", path)
    assert spec and spec.loader, f"{pid}: generator.py is missing"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_reference(folder: Path, stdin: str) -> str:
    """The Python reference's output on one input (trusted author code, run on the host)."""
    done = subprocess.run(
        [sys.executable, str(folder / "reference" / "solution.py")],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{folder.name}: the reference failed: {done.stderr[-500:]}")
    return done.stdout


class _Literal(yaml.SafeDumper):
    """Multi-line texts as YAML literal blocks (readable tests.yaml)."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and len(value) < 4000 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Literal.add_representer(str, _text)


def write_tests(pid: str) -> int:
    """Write ``tests.yaml`` of a program problem from its generator; returns the test count."""
    folder = BANK / pid
    gen = generator(pid)
    tests = []
    for i, stdin in enumerate(gen.EXAMPLES, 1):
        expected = run_reference(folder, stdin)
        tests.append({"name": f"example-{i}", "stdin": stdin, "stdout": expected})
    for i, (category, inp) in enumerate(gen.cases(random.Random(gen.SEED)), 1):
        tests.append(
            {
                "name": f"hidden-{i}",
                "stdin": inp["stdin"],
                "stdout": run_reference(folder, inp["stdin"]),
                "hidden": True,
                "category": category,
            }
        )
    text = yaml.dump(tests, Dumper=_Literal, sort_keys=False, allow_unicode=True, width=100000)
    (folder / "tests.yaml").write_text(text, encoding="utf-8")
    return len(tests)


def test_the_bank_has_program_problems() -> None:
    assert len(PROGRAMS) >= 8, PROGRAMS


@pytest.mark.parametrize("pid", PROGRAMS)
def test_program_problem_is_complete(pid: str) -> None:
    p = problem(pid)
    assert p.kind == "program"
    assert p.pattern in PATTERNS and p.topics and p.companies and p.roles
    assert len(p.hints) >= 3 and len(set(p.hints)) == len(p.hints)
    assert len(p.clarifications) >= 5
    assert p.complexity.time.startswith("O(") and p.complexity.space.startswith("O(")
    statement = p.statement.lower()
    assert statement.count("example") >= 2 and "constraints" in statement
    assert "input" in statement and "output" in statement
    visible = [t for t in p.tests if not t.hidden]
    hidden = [t for t in p.tests if t.hidden]
    assert len(visible) >= 5 and len(hidden) >= 20
    assert all(t.category for t in hidden)
    for language, name in REFERENCES.items():
        assert (BANK / pid / "reference" / name).is_file(), f"{pid}: reference/{name}"
        assert language in p.reference


@pytest.mark.parametrize("pid", PROGRAMS)
def test_generator_made_the_tests(pid: str) -> None:
    gen = generator(pid)
    p = problem(pid)
    first = [inp for _, inp in gen.cases(random.Random(gen.SEED))]
    assert first == [inp for _, inp in gen.cases(random.Random(gen.SEED))], "not deterministic"
    assert [t.input for t in p.tests if t.hidden] == first, "tests.yaml is stale; regenerate"
    assert [t.input["stdin"] for t in p.tests if not t.hidden] == list(gen.EXAMPLES)
    small = gen.sized_input(16, random.Random(1))
    assert set(small) == {"stdin"} and small == gen.sized_input(16, random.Random(1))


@pytest.mark.parametrize("pid", PROGRAMS)
def test_python_reference_prints_the_expected_text(pid: str) -> None:
    p = problem(pid)
    from interview_kernel.checkers import check

    for t in p.tests[:8]:
        ok, why = check(p, t, run_reference(BANK / pid, t.input["stdin"]))
        assert ok, f"{pid}/{t.name}: {why}"


@pytest.fixture(scope="module")
def bank_grader():
    from interview_kernel import Grader

    with Grader() as g:
        yield g


@pytest.mark.slow
@pytest.mark.parametrize("pid", PROGRAMS)
def test_every_reference_is_accepted_in_the_sandbox(bank_grader, pid: str) -> None:
    from interview_kernel import Verdict

    p = problem(pid)
    for language in REFERENCES:
        result = bank_grader.grade(p, p.reference[language], language)
        first = result.first_failure
        assert result.verdict is Verdict.AC, (language, first, result.compile_output[:500])


def test_starter_templates_read_input_and_run(bank_grader) -> None:
    from interview_kernel import Verdict
    from interview_kernel.languages import starter_code

    p = problem(PROGRAMS[0])
    for language in REFERENCES:
        result = bank_grader.grade(p, starter_code(p, language), language, include_hidden=False)
        assert result.verdict is Verdict.WA, (language, result.compile_output[:300])


if __name__ == "__main__":
    for pid in sys.argv[1:]:
        print(pid, write_tests(pid), "tests")
