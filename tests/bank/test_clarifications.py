"""Every bank problem carries authored clarifications that agree with it and reveal nothing."""

from __future__ import annotations

import json
import re

import pytest

from interview_kernel import load_problem
from interview_kernel.bank.loader import problem_ids
from interview_kernel.interviewer.guard import Redactor
from interview_kernel.problem import Problem

IDS = problem_ids()
REQUIRED = {"input", "empty", "output"}
_NUM = r"-?\d+(?:\s*\*\s*10)?(?:\^-?\d+)?(?:\s*-\s*1\b)?"
_QUOTED = re.compile(
    rf"\b(?:up to|at most|between|from)\s+({_NUM})(?:\s+(?:and|to|up to)\s+({_NUM}))?"
)


@pytest.fixture(scope="module", params=IDS)
def problem(request: pytest.FixtureRequest) -> Problem:
    return load_problem(request.param)


def test_the_bank_is_covered() -> None:
    assert len(IDS) >= 48


def test_enough_clarifications_covering_the_basics(problem: Problem) -> None:
    cs = problem.clarifications
    assert 5 <= len(cs) <= 9, f"{problem.id}: {len(cs)} clarifications"
    missing = REQUIRED - {c.about for c in cs}
    assert not missing, f"{problem.id}: no clarification about {sorted(missing)}"


def test_ask_phrases_are_lowercase_and_distinct(problem: Problem) -> None:
    for c in problem.clarifications:
        assert all(p == p.lower() and p.strip() for p in c.ask), (problem.id, c.ask)
        assert len(set(c.ask)) == len(c.ask), (problem.id, c.ask)
    answers = [c.answer for c in problem.clarifications]
    assert len(set(answers)) == len(answers)


def test_no_answer_reveals_the_reference_or_a_hidden_test(problem: Problem) -> None:
    redactor = Redactor.for_problem(problem)
    hidden = [
        "".join(json.dumps(v).split())
        for t in problem.tests
        if t.hidden
        for v in [*t.input.values(), t.expected]
        if len(json.dumps(v)) >= 8
    ]
    for c in problem.clarifications:
        assert redactor.leak(c.answer) is None, (problem.id, c.answer)
        squashed = "".join(c.answer.split())
        assert not [h for h in hidden if h in squashed], (problem.id, c.answer)
        assert not re.search(r"\bhidden\b", c.answer, re.IGNORECASE)


def test_every_bound_an_answer_quotes_is_the_statements(problem: Problem) -> None:
    """A bound an answer quotes ("up to 10^5", "between -2^31 and 2^31 - 1") is the statement's.

    Derived figures (the largest possible sum, a squared distance) are said
    differently ("no more than", "about") and are not checked here.
    """
    statement = " ".join(problem.statement.split())
    for bound in _quoted_bounds(problem):
        assert bound.lstrip("-") in statement, f"{problem.id}: {bound!r} is not in the statement"


def _quoted_bounds(problem: Problem) -> list[str]:
    return [
        bound
        for c in problem.clarifications
        for match in _QUOTED.finditer(c.answer)
        for bound in match.groups()
        if bound
    ]


def test_the_bound_check_has_something_to_check() -> None:
    quoted = [b for pid in IDS for b in _quoted_bounds(load_problem(pid))]
    assert len(quoted) >= 60
