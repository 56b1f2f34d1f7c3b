"""Hostile programs kept as data: each file says the verdict it must get.

A file's extension gives its language (``.py``, ``.cpp``, ``.java``, ``.js``); its
first line is ``# expect: VERDICT`` (``//`` in C++, Java and JavaScript), optionally
followed by a word the first failing test's error must contain (a signal's or an
exception's name).
"""

import os
import re
import time
from pathlib import Path

import pytest

from interview_kernel import Grader, Problem, Verdict
from interview_kernel.languages import language_for_extension

HOSTILE = sorted(
    p for p in (Path(__file__).parents[1] / "hostile").iterdir() if language_for_extension(p.suffix)
)
GOOD = {
    "python": "def add(a, b):\n    return a + b\n",
    "cpp": "class Solution { public: int add(int a, int b) { return a + b; } };",
    "java": "class Solution { public int add(int a, int b) { return a + b; } }",
    "javascript": "var add = (a, b) => a + b;",
}


def expected(path: Path) -> str:
    """The verdict a hostile program must get."""
    return _expect(path)[0]


def _expect(path: Path) -> tuple[str, str]:
    m = re.match(r"(?:#|//) expect: (\w+)(?: (\w+))?", path.read_text())
    assert m, f"{path.name} lacks '# expect: VERDICT' (or '// expect: VERDICT')"
    return m.group(1), m.group(2) or ""


def language(path: Path) -> str:
    """The language of a hostile program, from its extension."""
    lang = language_for_extension(path.suffix)
    assert lang, path.name
    return lang


def offering(problem: Problem, path: Path) -> Problem:
    """The problem offered in the program's language, with time for a cold compile."""
    if language(path) == "python":
        return problem
    limits = problem.limits.model_copy(update={"wall_seconds": 120})
    reference = {**problem.reference, language(path): ""}
    return problem.model_copy(update={"reference": reference, "limits": limits})


@pytest.fixture(scope="module")
def hostile_grader():
    with Grader() as g:
        yield g


@pytest.mark.slow
@pytest.mark.parametrize(
    "path", HOSTILE, ids=[p.stem if p.suffix == ".py" else p.name for p in HOSTILE]
)
def test_hostile_program(hostile_grader, add_two, path):
    lang = language(path)
    problem = offering(add_two, path)
    result = hostile_grader.grade(problem, path.read_text(), language=lang)
    want, named = _expect(path)
    first = result.tests[0]
    why = (result.verdict, first.error, result.message, result.compile_output)
    assert result.verdict.value == want, why
    assert named in first.error, why
    # Never a pass, never an internal error, never hidden data.
    assert result.verdict is not Verdict.IE
    hidden = [t.to_dict() for t in result.tests if t.hidden]
    for t in hidden:
        assert set(t) <= {"name", "hidden", "verdict", "time_ms"}
    # The grader stays usable after every hostile program.
    good = hostile_grader.grade(problem, GOOD[lang], language=lang)
    assert good.verdict is Verdict.AC


@pytest.mark.slow
def ours(rundirs):
    """Live processes (kernel, fork-server, workers, daemons) started for these kernels."""
    found = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                cmd = Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if any(r in cmd for r in rundirs):
                found.append(int(p))
    return found


def test_host_is_healthy_after_the_suite(add_two):
    before = set(os.listdir("/tmp"))
    with Grader() as g:
        for path in HOSTILE:
            if expected(path) in ("AC", "RE", "WA"):
                g.grade(offering(add_two, path), path.read_text(), language=language(path))
        assert g.grade(add_two, "def add(a, b):\n    return a + b\n").verdict is Verdict.AC
        rundirs = [os.path.dirname(k.km.connection_file) for k in g._all]
    deadline = time.monotonic() + 10
    while ours(rundirs) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ours(rundirs) == []
    from interview_kernel.sandbox.bwrap import RUNDIR_PREFIX, _owner_tag

    mine = f"{RUNDIR_PREFIX}{_owner_tag()}-"  # other runs on this machine make folders too
    left = {n for n in set(os.listdir("/tmp")) - before if n.startswith(mine)}
    assert left == set()
    assert not Path("/evil").exists() and not Path("/usr/evil").exists()
