"""The coding score and the rubric: deterministic, explained, validated."""

from __future__ import annotations

import pytest

from interview_kernel.scoring import (
    CodingAttempt,
    ScoringError,
    coding_score,
    hire_signal,
    rubric_score,
)


def test_perfect_attempt_scores_100_with_no_deductions():
    r = coding_score(CodingAttempt(3, 3, 10, 10, "AC", "O(n)", "O(n)", 20, 45, 0))
    assert r.score == 100
    assert r.deductions == ()
    assert "no deductions" in r.explain()


def test_every_deduction_is_listed_and_sums_to_the_score():
    r = coding_score(CodingAttempt(2, 4, 5, 10, "WA", "O(n)", "O(n^2)", 50, 45, 2))
    reasons = [str(d) for d in r.deductions]
    assert reasons == [
        "-10: 2 of 4 visible tests failed",
        "-20: 5 of 10 hidden tests failed",
        "-10: O(n^2) where O(n) is expected",
        "-5: took 50 min, over the 45 min budget",
        "-8: 2 hints used",
    ]
    assert r.score == 100 - sum(d.points for d in r.deductions) == 47
    assert r.to_dict()["deductions"][0] == {
        "points": 10,
        "reason": "2 of 4 visible tests failed",
        "part": "correctness",
    }


def test_score_is_deterministic():
    a = CodingAttempt(1, 3, 7, 9, "WA", "O(n log n)", "O(n^3)", 70, 45, 5)
    assert coding_score(a) == coding_score(a)


@pytest.mark.parametrize(
    ("target", "measured", "points"),
    [
        ("O(n)", "O(n log n)", 10),
        ("O(n)", "O(n^2)", 10),
        ("O(n)", "O(n^3)", 20),
        ("O(log n)", "O(n)", 10),
        ("O(n)", "O(2^n)", 20),
        ("O(n^2)", "O(n)", 0),
        ("O(n)", "O(n)", 0),
    ],
)
def test_efficiency_deduction(target, measured, points):
    r = coding_score(CodingAttempt(1, 1, 1, 1, "AC", target, measured, 10, 45, 0))
    assert 100 - r.score == points


def test_unknown_complexity_is_not_penalised_but_noted():
    r = coding_score(CodingAttempt(1, 1, 1, 1, "AC", "O(n)", None, 10, 45, 0))
    assert r.score == 100
    assert any("not measured" in n for n in r.notes)


def test_compile_error_and_no_submission_lose_correctness():
    ce = coding_score(CodingAttempt(0, 3, 0, 5, "CE", "O(n)", None, 10, 45, 0))
    assert ce.score == 20 and "did not compile" in ce.deductions[0].reason
    assert [d.part for d in ce.deductions] == ["correctness", "efficiency"]
    none = coding_score(CodingAttempt(minutes_used=10))
    assert none.score == 0 and "no code was submitted" in none.deductions[0].reason
    assert sum(d.points for d in none.deductions) == 100


def test_time_and_hint_caps():
    r = coding_score(CodingAttempt(1, 1, 1, 1, "AC", "", None, 100, 45, 9))
    assert [d.points for d in r.deductions] == [10, 10]
    assert r.score == 80


def test_bad_inputs_are_rejected():
    with pytest.raises(ScoringError, match="hidden_passed exceeds"):
        coding_score(CodingAttempt(0, 0, 3, 2, "WA"))
    with pytest.raises(ScoringError, match="negative"):
        coding_score(CodingAttempt(hints_used=-1, verdict="AC"))
    with pytest.raises(ScoringError, match="minutes_allowed"):
        coding_score(CodingAttempt(minutes_allowed=0, verdict="AC"))


@pytest.mark.parametrize(
    ("scores", "signal", "score"),
    [
        ((4, 4, 4, 4), "strong hire", 100),
        ((3, 3, 3, 3), "hire", 67),
        ((3, 3, 2, 3), "lean hire", 58),
        ((2, 2, 2, 2), "lean no hire", 33),
        ((2, 2, 1, 2), "no hire", 25),
        ((1, 1, 1, 1), "strong no hire", 0),
        ((4, 4, 4, 1), "lean no hire", 75),
    ],
)
def test_rubric_to_hire_signal(scores, signal, score):
    dims = ("problem_solving", "technical", "communication", "testing")
    r = rubric_score(dict(zip(dims, scores, strict=True)))
    assert r.hire_signal == signal
    assert r.score == score
    assert r.to_dict()["hire_signal"] == signal


def test_rubric_validation():
    with pytest.raises(ScoringError, match="missing"):
        rubric_score({"technical": 3})
    with pytest.raises(ScoringError, match="from 1 to 4"):
        rubric_score({"problem_solving": 5, "technical": 3, "communication": 3, "testing": 3})


def test_hire_signal_thresholds():
    assert hire_signal(3.5, 3) == "strong hire"
    assert hire_signal(3.49, 3) == "hire"
    assert hire_signal(3.75, 1) == "lean no hire"


def test_failed_submissions_cost_two_points_each_capped() -> None:
    from interview_kernel.scoring import CodingAttempt, coding_score

    base = CodingAttempt(4, 4, 10, 10, "AC", "O(n)", "O(n)", 20, 45, 0)
    assert coding_score(base).score == 100
    two = coding_score(CodingAttempt(4, 4, 10, 10, "AC", "O(n)", "O(n)", 20, 45, 0, 2))
    assert two.score == 96 and str(two.deductions[0]).startswith("-4: 2 failed submissions")
    many = CodingAttempt(4, 4, 10, 10, "AC", "O(n)", "O(n)", 20, 45, 0, failed_submissions=9)
    assert coding_score(many).score == 90
