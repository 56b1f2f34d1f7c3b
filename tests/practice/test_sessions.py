"""The session API: create, draft, submit, chat, end, resume; identity and isolation.

Grading here uses FAKE graders (``fake_grader``/``FakeGrader``) that return a fixed
GradeResult: these tests are about session bookkeeping, not grading (the real
Grader has its own tests).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from interview_kernel import load_problem
from interview_kernel import result as R
from interview_kernel.errors import SourceError
from interview_kernel.practice import sessions
from interview_kernel.practice.sessions import SessionEndedError, SessionError, UnknownSessionError
from interview_kernel.store import (
    CodeSubmission,
    InterviewSession,
    Metrics,
    ReviewItem,
    create_store_engine,
    transaction,
)

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def engine(tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("INTERVIEW_USER", raising=False)
    eng = create_store_engine(f"sqlite:///{tmp_path / 's.db'}")
    yield eng
    eng.dispose()


@pytest.fixture
def two_sum():
    return load_problem("two-sum")


def _result(verdicts, hidden_from=2, problem="two-sum"):
    tests = [
        R.TestResult(f"t{i}", i >= hidden_from, R.Verdict(v), time_ms=1.5)
        for i, v in enumerate(verdicts)
    ]
    failing = next((t.verdict for t in tests if t.verdict is not R.Verdict.AC), R.Verdict.AC)
    return R.GradeResult(problem, "python", failing, tests, time_ms=12.0)


def fake_grader(verdicts):
    """FAKE grader callable (problem, source, language) -> fixed GradeResult."""
    calls = []

    def grade(problem, source, language):
        calls.append((problem.id, source, language))
        return _result(verdicts)

    grade.calls = calls
    return grade


class FakeGrader:
    """FAKE object with the real Grader's ``grade(problem, source, language=...)`` shape."""

    def __init__(self, verdicts):
        self.verdicts = verdicts
        self.languages = []

    def grade(self, problem, source, language="python"):
        self.languages.append(language)
        return _result(self.verdicts)


def test_full_session_flow(engine, two_sum):
    s = sessions.create_session(
        user="ann", problem=two_sum, engine=engine, now=T0, company_role="Google / SWE"
    )
    assert (s.mode, s.problem_id, s.problem_version, s.status) == ("coding", "two-sum", 1, "active")
    sessions.save_draft(
        s.id,
        "def two_sum(nums, target):\n    pass\n",
        user="ann",
        engine=engine,
        now=T0 + timedelta(minutes=1),
    )
    sessions.add_chat(
        s.id,
        "user",
        "Can the input be empty?",
        user="ann",
        engine=engine,
        now=T0 + timedelta(minutes=2),
    )
    sessions.add_chat(
        s.id,
        "ai",
        "No, at least two numbers.",
        user="ann",
        engine=engine,
        now=T0 + timedelta(minutes=2, seconds=1),
    )
    assert sessions.record_hint(s.id, user="ann", engine=engine) == 1
    grader = fake_grader(["AC", "AC", "AC", "WA"])
    rec = sessions.submit(
        s.id, "code v1", grader, user="ann", engine=engine, now=T0 + timedelta(minutes=10)
    )
    assert grader.calls == [("two-sum", "code v1", "python")]
    assert (rec.verdict, rec.passed, rec.total, rec.hidden_passed, rec.hidden_total) == (
        "WA",
        3,
        4,
        1,
        2,
    )
    rec2 = sessions.submit(
        s.id,
        "code v2",
        FakeGrader(["AC"] * 4),
        complexity="O(n)",
        user="ann",
        engine=engine,
        now=T0 + timedelta(minutes=12),
    )
    assert rec2.verdict == "AC"
    report = sessions.end_session(
        s.id,
        user="ann",
        engine=engine,
        feedback="Nice.",
        rubric={"problem_solving": 4, "technical": 3, "communication": 3, "testing": 3},
        self_assessment=4,
        now=T0 + timedelta(minutes=20),
    )
    assert report.score == 94  # the failed first submit and one hint
    assert [str(d) for d in report.coding.deductions] == [
        "-2: 1 failed submission before the last one (2 each)",
        "-4: 1 hint used",
    ]
    assert report.rubric.hire_signal == "hire"
    view = sessions.get_session(s.id, user="ann", engine=engine)
    assert view.status == "completed" and view.score == 94 and view.hire_signal == "hire"
    assert view.self_assessment == 4
    assert [m["speaker"] for m in view.chat] == ["user", "ai"]
    assert [x["verdict"] for x in view.submissions] == ["WA", "AC"]
    assert view.score_breakdown["deductions"] == [
        {
            "points": 2,
            "reason": "1 failed submission before the last one (2 each)",
            "part": "correctness",
        },
        {"points": 4, "reason": "1 hint used", "part": "hints"},
    ]
    with transaction(engine) as db:
        sub = db.scalars(select(CodeSubmission).order_by(CodeSubmission.id)).first()
        assert (sub.test_passed, sub.test_failed, sub.verdict, sub.problem_version) == (
            3,
            1,
            "WA",
            1,
        )
        hidden = [t for t in sub.result["tests"] if t["hidden"]]
        assert all(set(t) == {"name", "hidden", "verdict", "time_ms"} for t in hidden)
        m = db.scalars(select(Metrics)).one()
        assert (m.mode, m.difficulty, m.problems_attempted, m.problems_solved) == (
            "coding",
            "easy",
            1,
            1,
        )
        assert m.avg_score == 94 and m.total_hours == pytest.approx(20 / 60, abs=1e-3)


def test_failed_session_enters_review_queue(engine, two_sum):
    s = sessions.create_session(user="bo", problem=two_sum, engine=engine, now=T0)
    sessions.submit(s.id, "x", fake_grader(["WA", "AC"]), user="bo", engine=engine, now=T0)
    r = sessions.end_session(s.id, user="bo", engine=engine, now=T0 + timedelta(minutes=5))
    assert r.review_outcome == "failed"
    with transaction(engine) as db:
        item = db.scalars(select(ReviewItem)).one()
        assert item.problem_id == "two-sum" and item.due_at == T0 + timedelta(days=1, minutes=5)


def test_resume_brings_back_the_unfinished_session_and_draft(engine, two_sum):
    old = sessions.create_session(user="cy", problem=two_sum, engine=engine, now=T0)
    sessions.end_session(old.id, user="cy", engine=engine, score=10, now=T0)
    s = sessions.create_session(
        user="cy", problem=two_sum, engine=engine, now=T0 + timedelta(hours=1)
    )
    sessions.save_draft(s.id, "half-typed", "python", user="cy", engine=engine)
    sessions.add_chat(s.id, "user", "hi", user="cy", engine=engine)
    back = sessions.resume_session(user="cy", engine=engine)
    assert back.id == s.id and back.draft_code == "half-typed" and len(back.chat) == 1
    assert sessions.resume_session(user="cy", problem_id="other", engine=engine) is None
    assert sessions.resume_session(user="nobody", engine=engine) is None


def test_users_never_see_each_other(engine, two_sum):
    s = sessions.create_session(user="ann", problem=two_sum, engine=engine)
    with pytest.raises(UnknownSessionError, match="unknown session"):
        sessions.get_session(s.id, user="eve", engine=engine)
    with pytest.raises(UnknownSessionError):
        sessions.save_draft(s.id, "x", user="eve", engine=engine)
    with pytest.raises(UnknownSessionError):
        sessions.end_session(s.id, user="eve", engine=engine)
    assert sessions.list_sessions(user="eve", engine=engine) == []
    assert [v.id for v in sessions.list_sessions(user="ann", engine=engine)] == [s.id]


def test_identity_order(monkeypatch):
    monkeypatch.delenv("INTERVIEW_USER", raising=False)
    monkeypatch.setenv("JUPYTERHUB_USER", "hubuser")
    assert sessions.current_user("someone-else") == "hubuser"
    monkeypatch.delenv("JUPYTERHUB_USER")
    assert sessions.current_user("explicit") == "explicit"
    monkeypatch.setenv("INTERVIEW_USER", "envuser")
    assert sessions.current_user() == "envuser"
    monkeypatch.delenv("INTERVIEW_USER")
    import getpass

    assert sessions.current_user() == getpass.getuser()


def test_bad_input_is_refused_and_nothing_is_written(engine, two_sum):
    with pytest.raises(SessionError, match="invalid mode"):
        sessions.create_session(user="u", mode="karaoke", engine=engine)
    with pytest.raises(SessionError, match="invalid duration"):
        sessions.create_session(user="u", duration_minutes=1000, engine=engine)
    with pytest.raises(SessionError, match="invalid duration"):
        sessions.create_session(user="u", duration_minutes="45", engine=engine)
    s = sessions.create_session(user="u", problem=two_sum, engine=engine)
    with pytest.raises(SourceError, match="limit is 64 KB"):
        sessions.submit(s.id, "x" * 70_000, fake_grader(["AC"]), user="u", engine=engine)
    with pytest.raises(SourceError, match="limit"):
        sessions.save_draft(s.id, "x" * 70_000, user="u", engine=engine)
    with pytest.raises(SessionError, match="invalid speaker"):
        sessions.add_chat(s.id, "bot", "hi", user="u", engine=engine)
    with pytest.raises(UnknownSessionError):
        sessions.submit(999, "x", fake_grader(["AC"]), user="u", engine=engine)
    with pytest.raises(SessionError, match="self-assessment"):
        sessions.end_session(s.id, user="u", self_assessment=9, engine=engine)
    with pytest.raises(SessionError, match="rubric"):
        sessions.end_session(s.id, user="u", rubric={"technical": 9}, engine=engine)

    def broken(problem, source, language):  # FAKE grader that crashes
        raise RuntimeError("grader died")

    with pytest.raises(RuntimeError):
        sessions.submit(s.id, "x", broken, user="u", engine=engine)
    with transaction(engine) as db:
        assert db.scalar(select(func.count()).select_from(InterviewSession)) == 1
        assert db.scalar(select(func.count()).select_from(CodeSubmission)) == 0
    sessions.end_session(s.id, user="u", engine=engine)
    with pytest.raises(SessionEndedError, match="has ended"):
        sessions.submit(s.id, "x", fake_grader(["AC"]), user="u", engine=engine)
    with pytest.raises(SessionEndedError):
        sessions.add_chat(s.id, "user", "hi", user="u", engine=engine)


def test_design_session_scored_from_rubric(engine):
    s = sessions.create_session(
        user="d", mode="design", company_role="Meta E5", duration_minutes=60, engine=engine, now=T0
    )
    r = sessions.end_session(
        s.id,
        user="d",
        engine=engine,
        now=T0 + timedelta(minutes=50),
        rubric={"problem_solving": 3, "technical": 3, "communication": 4, "testing": 2},
    )
    assert r.score == 67 and r.coding is None and r.rubric.hire_signal == "hire"
    with transaction(engine) as db:
        m = db.scalars(select(Metrics)).one()
        assert (m.mode, m.difficulty, m.problems_attempted, m.problems_solved) == (
            "design",
            "any",
            1,
            1,
        )


def test_record_run_stores_a_cli_submission(engine, two_sum):
    sid = sessions.record_run(
        two_sum, "code", "python", _result(["AC", "AC", "AC"]), user="cli", engine=engine, now=T0
    )
    v = sessions.get_session(sid, user="cli", engine=engine)
    assert v.status == "completed" and v.submissions[0]["verdict"] == "AC" and v.score == 100


def test_problem_by_id_is_loaded_from_the_bank(engine):
    s = sessions.create_session(user="u", problem="two-sum", engine=engine)
    assert (s.problem_id, s.problem_version) == ("two-sum", 1)
    rec = sessions.submit(
        s.id, "x", FakeGrader(["AC", "AC"]), language="python", user="u", engine=engine
    )
    assert rec.verdict == "AC"


def test_real_grader_class_is_accepted_by_shape():
    from interview_kernel import Grader

    assert callable(getattr(Grader, "grade", None))


KILLED = """
import os, signal
from interview_kernel.practice import sessions
s = sessions.create_session(user="kay", problem="two-sum")
sessions.save_draft(s.id, "def two_sum(nums, target):\\n    seen = {}\\n", user="kay")
sessions.add_chat(s.id, "user", "thinking about a hash map", user="kay")
print(s.id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the kernel dies mid-session
"""


def test_killed_process_loses_only_unsaved_keystrokes(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys
    from pathlib import Path

    url = f"sqlite:///{tmp_path / 'killed.db'}"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "INTERVIEW_DB_URL": url, "PYTHONPATH": str(root)}
    env.pop("JUPYTERHUB_USER", None)
    proc = subprocess.run(
        [sys.executable, "-c", KILLED], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -9
    sid = int(proc.stdout.split()[0])
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    eng = create_store_engine(url)
    back = sessions.resume_session(user="kay", engine=eng)
    eng.dispose()
    assert back.id == sid and back.draft_code.startswith("def two_sum")
    assert back.chat[0]["message"] == "thinking about a hash map"


def test_timed_and_practice_sessions_never_resume_each_other(engine):
    two = load_problem("two-sum")
    practice = sessions.create_session(user="ann", problem=two, engine=engine, now=T0)
    timed = sessions.create_session(
        user="ann", problem=two, timed=True, engine=engine, now=T0 + timedelta(minutes=1)
    )
    assert timed.timed and not practice.timed
    assert (
        sessions.resume_session(user="ann", problem_id="two-sum", engine=engine).id == practice.id
    )
    again = sessions.resume_session(user="ann", problem_id="two-sum", timed=True, engine=engine)
    assert again is not None and again.id == timed.id
