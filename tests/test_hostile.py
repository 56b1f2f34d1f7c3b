"""Hostile programs kept as data: each file says the verdict it must get."""

import os
import re
import time
from pathlib import Path

import pytest

from interview_kernel import Grader, Verdict

HOSTILE = sorted((Path(__file__).parent / "hostile").glob("*.py"))


def expected(path: Path) -> str:
    m = re.match(r"# expect: (\w+)", path.read_text())
    assert m, f"{path.name} lacks '# expect: VERDICT'"
    return m.group(1)


@pytest.fixture(scope="module")
def hostile_grader():
    with Grader() as g:
        yield g


@pytest.mark.slow
@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_program(hostile_grader, add_two, path):
    result = hostile_grader.grade(add_two, path.read_text(), language="python")
    want = expected(path)
    first = result.tests[0]
    assert result.verdict.value == want, (result.verdict, first.error, result.message)
    # Never a pass, never an internal error, never hidden data.
    assert result.verdict is not Verdict.IE
    hidden = [t.to_dict() for t in result.tests if t.hidden]
    for t in hidden:
        assert set(t) <= {"name", "hidden", "verdict", "time_ms"}
    # The grader stays usable after every hostile program.
    good = hostile_grader.grade(add_two, "def add(a, b):\n    return a + b\n")
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
                g.grade(add_two, path.read_text())
        assert g.grade(add_two, "def add(a, b):\n    return a + b\n").verdict is Verdict.AC
        rundirs = [os.path.dirname(k.km.connection_file) for k in g._all]
    deadline = time.monotonic() + 10
    while ours(rundirs) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ours(rundirs) == []
    left = {n for n in set(os.listdir("/tmp")) - before if n.startswith("ik-")}
    assert left == set()
    assert not Path("/evil").exists() and not Path("/usr/evil").exists()
