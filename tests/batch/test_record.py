"""Recording a batch: every graded submission stored once, in a few transactions, none lost.

Real store (SQLite; PostgreSQL too when ``INTERVIEW_TEST_PG_URL`` is set), real
grading results from the sandboxed grader.
"""

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from interview_kernel.batch import collect_submissions, run_batch
from interview_kernel.batch import runner as batch_runner
from interview_kernel.practice import sessions
from interview_kernel.practice.metrics import refresh_metrics
from interview_kernel.store import (
    CodeSubmission,
    InterviewSession,
    ReviewItem,
    create_store_engine,
    transaction,
    utcnow,
)
from interview_kernel.store.models import Metrics

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "problems" / "two-sum" / "reference" / "solution.py").read_text()
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"


@pytest.fixture(scope="module")
def graded(grader, two_sum):
    """A real accepted and a real wrong result of two-sum."""
    return {
        "AC": grader.grade(two_sum, GOOD, language="python", stop_at_limit=True),
        "WA": grader.grade(two_sum, WRONG, language="python", stop_at_limit=True),
    }


def _rows(engine):
    with transaction(engine) as db:
        subs = [
            (c.user_id, c.session_id, c.verdict, c.test_passed, c.test_failed, c.hidden_total)
            for c in db.scalars(select(CodeSubmission).order_by(CodeSubmission.id))
        ]
        done = db.scalar(
            select(func.count())
            .select_from(InterviewSession)
            .where(InterviewSession.status == "completed", InterviewSession.score.is_not(None))
        )
        queue = {(r.user_id, r.problem_id): r.stage for r in db.scalars(select(ReviewItem))}
        stats = {
            m.user_id: (m.problems_attempted, m.problems_solved)
            for m in db.scalars(select(Metrics).where(Metrics.mode == "coding"))
        }
    return subs, done, queue, stats


def test_record_runs_stores_what_record_run_stores(engine, two_sum, graded, tmp_path):
    """150 runs in one call: the same sessions, submissions, queue and metrics as one by one."""
    kinds = ["AC" if i % 3 else "WA" for i in range(150)]
    runs = [
        sessions.GradedRun(
            two_sum,
            f"# candidate {i}\n" + (GOOD if kind == "AC" else WRONG),
            "python",
            graded[kind].to_dict() if i % 2 else graded[kind],  # as on disk, or as graded
            user=f"cand{i % 100:03d}",  # 50 candidates submit twice
        )
        for i, kind in enumerate(kinds)
    ]
    ids = sessions.record_runs(runs, engine=engine)
    assert len(ids) == 150 and all(isinstance(i, int) for i in ids) and len(set(ids)) == 150

    subs, done, queue, stats = _rows(engine)
    assert len(subs) == 150 and done == 150
    assert Counter(v for _, _, v, *_ in subs) == {"AC": 100, "WA": 50}
    for (_, _, verdict, passed, failed, hidden), kind in zip(subs, kinds, strict=True):
        want = graded[kind]
        assert verdict == kind and (passed, failed) == (want.passed, want.total - want.passed)
        assert hidden == sum(t.hidden for t in want.tests)
    assert [sid for _, sid, *_ in subs] == ids

    one_by_one = create_store_engine(f"sqlite:///{tmp_path / 'one.db'}")
    for run, kind in zip(runs, kinds, strict=True):
        sessions.record_run(
            run.problem, run.code, run.language, graded[kind], user=run.user, engine=one_by_one
        )
    _, done1, queue1, stats1 = _rows(one_by_one)
    one_by_one.dispose()
    assert (done1, queue1, stats1) == (done, queue, stats)
    with transaction(engine) as db:  # the batch's metrics are what a recomputation gives
        [row] = refresh_metrics(db, "cand001", utcnow())
    assert (row.problems_attempted, row.problems_solved) == stats["cand001"]


def test_one_bad_run_does_not_cost_the_others(engine, two_sum, graded):
    runs = [
        sessions.GradedRun(two_sum, GOOD, "python", graded["AC"], user="ann"),
        sessions.GradedRun(two_sum, "x = '\x00'\n", "python", graded["WA"], user="nul"),
        sessions.GradedRun(two_sum, "#" * (sessions.MAX_CODE_BYTES + 1), "python", graded["WA"]),
        sessions.GradedRun(two_sum, WRONG, "python", {"no": "verdict"}, user="odd"),
        sessions.GradedRun(two_sum, WRONG, "python", graded["WA"], user="ben"),
    ]
    out = sessions.record_runs(runs, engine=engine)
    assert isinstance(out[0], int) and isinstance(out[4], int)
    assert [type(x).__name__ for x in out[1:4]] == ["SourceError", "SourceError", "SessionError"]
    subs, done, queue, _ = _rows(engine)
    assert [(u, v) for u, _, v, *_ in subs] == [("ann", "AC"), ("ben", "WA")] and done == 2
    assert set(queue) == {("ben", "two-sum")}  # a failed problem comes back for review


@pytest.mark.slow
def test_a_batch_is_recorded_completely_and_resume_stores_what_was_lost(
    db_url, tmp_path, two_sum, monkeypatch
):
    """A cohort larger than a chunk is stored whole; a store failure loses nothing for good."""
    monkeypatch.setattr(batch_runner, "RECORD_CHUNK", 4)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    expected = {}
    for i in range(10):
        (cohort / f"c{i}.py").write_text(GOOD if i % 2 else WRONG)
        expected[f"c{i}"] = "AC" if i % 2 else "WA"
    (cohort / "broken.ipynb").write_text("{ not json")  # bad input: a row, never a record
    subs = collect_submissions([cohort], [two_sum])
    out = tmp_path / "out"

    # the store is unusable during the first run (a folder, not a database file):
    # grading goes on, nothing is recorded, nothing is marked as recorded
    (tmp_path / "folder.db").mkdir()
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'folder.db'}")
    report = run_batch(subs, [two_sum], out, jobs=2, timeout=5)
    assert report.graded == 10 and report.errors == 1
    assert json.loads((out / "recorded.json").read_text()) == {}

    monkeypatch.setenv("INTERVIEW_DB_URL", db_url)
    engine = create_store_engine(db_url)
    try:
        report = run_batch(subs, [two_sum], out, jobs=2, timeout=5, resume=True)
        assert report.resumed == 10 and report.graded == 0
        subs_rows, done, _, stats = _rows(engine)
        assert {u: v for u, _, v, *_ in subs_rows} == expected and done == 10
        assert stats["c1"] == (1, 1) and stats["c0"] == (1, 0)

        # resumed again: everything is settled, nothing is stored twice
        run_batch(subs, [two_sum], out, jobs=2, timeout=5, resume=True)
        assert len(_rows(engine)[0]) == 10
        assert set(json.loads((out / "recorded.json").read_text())) == {
            s.key for s in subs if not s.error
        }

        # a fresh run records afresh, in chunks of RECORD_CHUNK
        report = run_batch(subs, [two_sum], out, jobs=2, timeout=5)
        assert report.graded == 10 and len(_rows(engine)[0]) == 20
    finally:
        engine.dispose()
