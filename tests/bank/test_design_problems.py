"""The class-design problems of the bank: what only a call-sequence problem must get right.

``test_problem_bank.py`` plays every test through the Python reference and the
checklist covers counts, languages and hints; ``interview problems validate``
grades the four references in the sandbox. Here: enough design problems, tests
that exercise every method, and a design problem graded for real.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from interview_kernel import load_problem
from interview_kernel.bank.loader import problem_ids
from interview_kernel.problem import Problem, camel_case
from interview_kernel.result import Verdict

BANK = Path(__file__).resolve().parents[2] / "problems"


@functools.cache
def problem(pid: str) -> Problem:
    return load_problem(pid, [BANK])


DESIGN = [pid for pid in problem_ids([BANK]) if problem(pid).kind == "design"]


def test_the_bank_has_the_classic_design_problems() -> None:
    assert len(DESIGN) >= 8, DESIGN
    classes = {problem(pid).design.class_name for pid in DESIGN}
    assert {"LRUCache", "MinStack", "Trie", "TimeMap", "HitCounter", "SnapshotArray"} <= classes


@pytest.mark.parametrize("pid", DESIGN)
def test_the_visible_tests_call_every_method(pid: str) -> None:
    p = problem(pid)
    assert p.design is not None
    called = {op for t in p.visible_tests for op in t.input["operations"][1:]}
    for m in p.design.methods:
        assert m.name in called or camel_case(m.name) in called, f"{pid}: no example calls {m.name}"


@pytest.mark.parametrize("pid", DESIGN)
def test_hidden_sequences_include_a_long_one(pid: str) -> None:
    lengths = [len(t.input["operations"]) for t in problem(pid).tests if t.hidden]
    assert max(lengths) >= 1000, f"{pid}: the longest hidden call sequence has {max(lengths)}"


@pytest.mark.parametrize("pid", DESIGN)
def test_per_call_targets_say_so(pid: str) -> None:
    # A design target is per operation (the interview's language); the probe times whole
    # sequences, so a design problem ships no size generator (see the report of this change).
    p = problem(pid)
    assert "per call" in p.complexity.time, f"{pid}: say the target is per call"
    gen = (BANK / pid / "generator.py").read_text(encoding="utf-8")
    assert "def sized_input" not in gen


MIN_STACK_WRONG = """\
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val):
        self.items.append(val)

    def pop(self):
        self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.items[-1]  # the top, not the minimum
"""


def test_a_design_problem_is_graded_in_the_sandbox(grader) -> None:
    p = problem("min-stack")
    for lang in ("python", "javascript"):
        result = grader.grade(p, p.reference[lang], language=lang)
        assert result.verdict is Verdict.AC, (lang, result.first_failure)
    wrong = grader.grade(p, MIN_STACK_WRONG, language="python")
    assert wrong.verdict is Verdict.WA and wrong.first_failure is not None
    assert wrong.first_failure.name == "example-1"
