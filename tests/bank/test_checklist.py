"""The bank's checklist: every problem in ``problems/`` meets the bar a problem must meet.

One test per problem and item, so a report names the problem and what it lacks.
Data only (nothing runs in the sandbox here): ``interview problems validate`` grades
the references and the naive baselines; ``test_problem_bank.py`` runs the Python
references on every test.

Every problem has clarifications (the interviewer answers from them).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from interview_kernel import bigo
from interview_kernel.bank.loader import load_problem, problem_ids
from interview_kernel.problem import PATTERNS, Problem

BANK = Path(__file__).resolve().parents[2] / "problems"
IDS = problem_ids([BANK])


LANGUAGES = {"python", "javascript", "cpp", "java"}
MIN_VISIBLE, MIN_HIDDEN, MIN_CATEGORIES = 5, 20, 3
HINTS = 3
MIN_CLARIFICATIONS = 3
STATEMENT_CHARS = (200, 3000)
"""A statement shorter than this cannot hold examples and constraints; longer loses readers."""


@functools.cache
def problem(pid: str) -> Problem:
    return load_problem(pid, [BANK])


def test_the_checklist_sees_the_bank() -> None:
    assert len(IDS) >= 48 and "two-sum" in IDS


@pytest.mark.parametrize("pid", IDS)
def test_test_counts_and_named_categories(pid: str) -> None:
    p = problem(pid)
    visible = [t for t in p.tests if not t.hidden]
    hidden = [t for t in p.tests if t.hidden]
    assert len(visible) >= MIN_VISIBLE, f"{pid}: {len(visible)} visible tests, need {MIN_VISIBLE}"
    assert len(hidden) >= MIN_HIDDEN, f"{pid}: {len(hidden)} hidden tests, need {MIN_HIDDEN}"
    unnamed = [t.name for t in hidden if not t.category.strip()]
    assert not unnamed, f"{pid}: hidden tests without a category: {unnamed[:5]}"
    categories = {t.category for t in hidden}
    assert len(categories) >= MIN_CATEGORIES, (
        f"{pid}: hidden tests cover only {sorted(categories)}; name at least"
        f" {MIN_CATEGORIES} edge-case categories"
    )


@pytest.mark.parametrize("pid", IDS)
def test_references_in_every_language(pid: str) -> None:
    missing = LANGUAGES - set(problem(pid).reference)
    assert not missing, f"{pid}: no reference in {sorted(missing)} (reference/solution.<ext>)"


@pytest.mark.parametrize("pid", IDS)
def test_a_three_rung_hint_ladder(pid: str) -> None:
    hints = problem(pid).hints
    assert len(hints) == HINTS, f"{pid}: {len(hints)} hints; the ladder is nudge, approach, steps"
    assert all(h.strip() for h in hints) and len(set(hints)) == HINTS, f"{pid}: empty or repeated"


@pytest.mark.parametrize("pid", IDS)
def test_complexity_targets_parse(pid: str) -> None:
    p = problem(pid)
    for what, text in (("time", p.complexity.time), ("space", p.complexity.space)):
        assert bigo.parse(text) is not None, (
            f"{pid}: complexity.{what} {text!r} is not a big-O the parser reads"
        )


@pytest.mark.parametrize("pid", IDS)
def test_names_its_pattern_companies_and_roles(pid: str) -> None:
    p = problem(pid)
    assert p.pattern in PATTERNS, f"{pid}: set `pattern:` to one of {list(PATTERNS)}"
    assert p.companies and p.roles, f"{pid}: name companies and roles"


@pytest.mark.parametrize("pid", IDS)
def test_statement_length_is_sensible(pid: str) -> None:
    n = len(problem(pid).statement)
    low, high = STATEMENT_CHARS
    assert low <= n <= high, f"{pid}: statement.md has {n} characters; keep it {low}..{high}"


@pytest.mark.parametrize("pid", IDS)
def test_clarifications(pid: str) -> None:
    p = problem(pid)
    assert len(p.clarifications) >= MIN_CLARIFICATIONS, (
        f"{pid}: {len(p.clarifications)} clarifications, need {MIN_CLARIFICATIONS}"
    )
    for i, c in enumerate(p.clarifications):
        bad = [a for a in c.ask if a != a.strip().lower() or not a.strip()]
        assert not bad, f"{pid}: clarifications[{i}].ask must be lowercase phrases: {bad}"
        assert len(c.answer.strip()) >= 10, f"{pid}: clarifications[{i}].answer is too short"
