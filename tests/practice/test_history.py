"""A problem's submission history and its diffs, on SQLite and PostgreSQL.

Submissions come from a FAKE grader's results (fixed verdicts): the history is
about what was recorded, not about grading.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from interview_kernel import result as R
from interview_kernel.practice import history, sessions
from interview_kernel.store import create_store_engine

PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL")
T0 = datetime(2026, 3, 6, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.delenv("INTERVIEW_USER", raising=False)
    if request.param == "sqlite":
        eng = create_store_engine(f"sqlite:///{tmp_path / 'h.db'}")
    else:
        if not PG_URL:
            pytest.skip("INTERVIEW_TEST_PG_URL is not set")
        wipe = create_store_engine(PG_URL, migrate=False)
        with wipe.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        wipe.dispose()
        eng = create_store_engine(PG_URL)
    yield eng
    eng.dispose()


def _result(problem_id, verdicts, language="python", time_ms=7.5):
    tests = [R.TestResult(f"t{i}", i >= 1, R.Verdict(v)) for i, v in enumerate(verdicts)]
    bad = next((t.verdict for t in tests if t.verdict is not R.Verdict.AC), R.Verdict.AC)
    return R.GradeResult(problem_id, language, bad, tests, time_ms=time_ms)


def _submit(eng, user, problem, code, verdicts, minutes, *, language="python", session=None):
    when = T0 + timedelta(minutes=minutes)
    sid = session or sessions.create_session(user=user, problem=problem, engine=eng, now=when).id
    sessions.record_submission(
        sid,
        code,
        _result(problem, verdicts, language),
        language=language,
        problem=problem,
        user=user,
        engine=eng,
        now=when,
    )
    return sid


def test_every_submit_of_the_user_is_listed_newest_first_across_sessions(engine):
    first = _submit(engine, "ann", "two-sum", "v1\n", ["AC", "WA"], 0)
    _submit(engine, "ann", "two-sum", "v2\n", ["AC", "AC"], 5, session=first)
    _submit(engine, "ann", "two-sum", "int v3;\n", ["AC", "AC"], 60, language="cpp")
    _submit(engine, "ann", "three-sum", "other problem\n", ["AC"], 70)
    _submit(engine, "bob", "two-sum", "bob's\n", ["AC"], 80)

    subs = history.problem_submissions("two-sum", user="ann", engine=engine)
    assert [s.code for s in subs] == ["int v3;\n", "v2\n", "v1\n"]
    assert len({s.session_id for s in subs}) == 2
    newest = subs[0]
    assert (newest.verdict, newest.language, newest.passed, newest.total) == ("AC", "cpp", 2, 2)
    assert newest.submitted_at == T0 + timedelta(minutes=60)
    assert subs[2].verdict == "WA" and (subs[2].passed, subs[2].total) == (1, 2)
    head = newest.summary()
    assert "code" not in head and head["submitted_at"] == "2026-03-06T13:00:00+00:00"
    assert head["time_ms"] == 7.5
    assert history.problem_submissions("two-sum", user="cat", engine=engine) == []
    assert len(history.problem_submissions("two-sum", user="ann", engine=engine, limit=2)) == 2


def test_the_diff_is_against_the_submission_before(engine):
    _submit(engine, "ann", "two-sum", "def f():\n    return 1\n", ["WA"], 0)
    _submit(engine, "ann", "two-sum", "def f():\n    return 2\n", ["AC"], 1)
    subs = history.problem_submissions("two-sum", user="ann", engine=engine)
    diff = history.diff_with_previous(subs, subs[0].id)
    assert diff is not None
    kinds = [(d.kind, d.text) for d in diff]
    assert kinds[0] == ("meta", f"--- submission {subs[1].id}")
    assert ("del", "-    return 1") in kinds and ("add", "+    return 2") in kinds
    assert ("same", " def f():") in kinds
    assert history.diff_with_previous(subs, subs[1].id) is None  # the first: nothing before
    assert history.diff_with_previous(subs, 123456) is None


def test_a_deleted_line_that_looks_like_a_header_is_still_a_deletion():
    diff = history.unified_diff("-- sql comment\nx\n", "x\n")
    assert [d.kind for d in diff] == ["meta", "meta", "hunk", "del", "same"]
    assert diff[3].text == "--- sql comment"


def test_the_latest_scores_come_with_their_deductions(engine):
    sid = _submit(engine, "ann", "two-sum", "v1\n", ["AC", "WA"], 0)
    sessions.record_hint(sid, user="ann", engine=engine)
    sessions.end_session(sid, user="ann", engine=engine, now=T0 + timedelta(minutes=10))
    later = sessions.create_session(user="ann", problem="three-sum", engine=engine, now=T0)
    sessions.end_session(later.id, user="ann", engine=engine, now=T0 + timedelta(minutes=20))
    sessions.create_session(user="ann", problem="two-sum", engine=engine, now=T0)  # still open

    rows = history.scored_sessions(user="ann", engine=engine)
    assert [r["problem_id"] for r in rows] == ["three-sum", "two-sum"]
    never_run, hidden_fail = rows
    assert never_run["score"] == 0  # nothing was run: no credit
    assert {d["part"] for d in never_run["deductions"]} >= {"correctness", "efficiency"}
    assert hidden_fail["score"] == 100 - sum(d["points"] for d in hidden_fail["deductions"])
    reasons = [d["reason"] for d in hidden_fail["deductions"]]
    assert "1 of 1 hidden tests failed" in reasons and "1 hint used" in reasons
    assert hidden_fail["end_time"] == "2026-03-06T12:10:00+00:00"
    assert history.scored_sessions(user="bob", engine=engine) == []
    assert len(history.scored_sessions(user="ann", engine=engine, limit=1)) == 1
