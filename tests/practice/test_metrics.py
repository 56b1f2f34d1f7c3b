"""Metrics upkeep, the spaced-repetition queue, stats, and the stats/db commands.

Submissions are graded by a FAKE grader (fixed results): bookkeeping only.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from interview_kernel import load_problem as _load_problem
from interview_kernel import result as R
from interview_kernel.cli import db as cli_db
from interview_kernel.cli import stats as cli_stats
from interview_kernel.practice import sessions
from interview_kernel.practice.metrics import (
    collect_stats,
    next_review,
    practice_link,
    streaks,
    weakest_topics,
)
from interview_kernel.store import Metrics, ReviewItem, create_store_engine, transaction

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
_CACHE: dict = {}


def load_problem(pid):  # the bank parses YAML on every call; tests reuse one copy
    if pid not in _CACHE:
        _CACHE[pid] = _load_problem(pid)
    return _CACHE[pid]


@pytest.fixture
def engine(tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    url = f"sqlite:///{tmp_path / 'm.db'}"
    monkeypatch.setenv("INTERVIEW_DB_URL", url)
    eng = create_store_engine(url)
    yield eng
    eng.dispose()


def fake(verdicts):
    """FAKE grader returning fixed verdicts (first two visible, rest hidden)."""

    def grade(problem, source, language):
        tests = [R.TestResult(f"t{i}", i >= 2, R.Verdict(v)) for i, v in enumerate(verdicts)]
        bad = next((t.verdict for t in tests if t.verdict is not R.Verdict.AC), R.Verdict.AC)
        return R.GradeResult(problem.id, language, bad, tests, time_ms=5)

    return grade


def practice(engine, user, problem, verdicts, start, minutes=10, score=None):
    s = sessions.create_session(user=user, problem=problem, engine=engine, now=start)
    sessions.submit(s.id, "x", fake(verdicts), user=user, engine=engine, now=start)
    return sessions.end_session(
        s.id,
        user=user,
        engine=engine,
        score=score,
        problem=problem,
        now=start + timedelta(minutes=minutes),
    )


def test_next_review_steps():
    assert next_review(None, "failed", T0) == (0, T0 + timedelta(days=1))
    assert next_review(2, "slow", T0) == (0, T0 + timedelta(days=1))
    assert next_review(None, "good", T0) is None
    assert next_review(0, "good", T0) == (1, T0 + timedelta(days=3))
    assert next_review(1, "good", T0) == (2, T0 + timedelta(days=7))
    assert next_review(2, "good", T0) == (3, T0 + timedelta(days=14))
    assert next_review(3, "good", T0) is None


def test_review_queue_cycle_through_the_store(engine):
    p = load_problem("two-sum")
    practice(engine, "ann", p, ["WA", "AC"], T0)
    t = T0 + timedelta(minutes=10)
    for stage, days in ((1, 3), (2, 7), (3, 14)):
        t = t + timedelta(days=1)
        practice(engine, "ann", p, ["AC", "AC"], t - timedelta(minutes=10))
        with transaction(engine) as db:
            item = db.scalars(select(ReviewItem)).one()
            assert (item.stage, item.due_at) == (stage, t + timedelta(days=days))
    practice(engine, "ann", p, ["AC", "AC"], t + timedelta(days=20))
    with transaction(engine) as db:
        assert db.scalars(select(ReviewItem)).all() == []


def test_slow_solve_enters_the_queue(engine):
    r = practice(engine, "bo", load_problem("two-sum"), ["AC", "AC"], T0, minutes=60)
    assert r.review_outcome == "slow"
    stats = collect_stats("bo", engine=engine, now=T0 + timedelta(days=2))
    q = stats["review_queue"]
    assert q[0]["problem_id"] == "two-sum" and q[0]["due"] is True
    assert q[0]["link"] == "/voila/render/interview.ipynb?problem=two-sum"
    assert "took 60 min" in q[0]["reason"]


def test_metrics_rows_per_mode_and_difficulty(engine):
    practice(engine, "cy", load_problem("two-sum"), ["AC", "AC"], T0, score=80)
    practice(engine, "cy", load_problem("three-sum"), ["WA"], T0 + timedelta(hours=1), score=20)
    practice(engine, "cy", load_problem("two-sum"), ["AC"], T0 + timedelta(hours=2), score=90)
    with transaction(engine) as db:
        rows = {(m.mode, m.difficulty): m for m in db.scalars(select(Metrics))}
    easy = rows[("coding", "easy")]
    assert (easy.problems_attempted, easy.problems_solved, easy.avg_score) == (1, 1, 85)
    med = rows[("coding", load_problem("three-sum").difficulty)]
    assert (med.problems_attempted, med.problems_solved) == (1, 0)
    assert easy.total_hours == pytest.approx(20 / 60, abs=1e-3)


def test_collect_stats_shape_and_isolation(engine):
    practice(engine, "dee", load_problem("two-sum"), ["AC", "AC"], T0)
    practice(engine, "dee", load_problem("three-sum"), ["WA", "AC"], T0 + timedelta(days=1))
    practice(engine, "other", load_problem("two-sum"), ["TLE"], T0)
    s = collect_stats("dee", engine=engine, now=T0 + timedelta(days=1, hours=1))
    assert s["totals"]["sessions"] == 2 and s["totals"]["problems_solved"] == 1
    assert s["verdicts"] == {"AC": 1, "WA": 1}
    assert s["streak"] == {"current": 2, "longest": 2}
    assert s["by_topic"]["hashing"]["solved"] == 1
    assert s["weakest_topics"][0]["solve_rate"] == 0
    assert [p["problem_id"] for p in s["time_per_problem"]] == ["three-sum", "two-sum"]
    assert len(s["score_trend"]) == 2
    json.dumps(s)


def test_streaks():
    d = date(2026, 3, 10)
    assert streaks(set(), d) == (0, 0)
    assert streaks({d}, d) == (1, 1)
    assert streaks({d - timedelta(days=2)}, d) == (0, 1)
    run = {d - timedelta(days=k) for k in range(1, 6)} | {d - timedelta(days=9)}
    assert streaks(run, d) == (5, 5)


def test_weakest_topics_order():
    rows = weakest_topics(
        {
            "a": {"attempted": 2, "solved": 2, "avg_score": 90},
            "b": {"attempted": 2, "solved": 0, "avg_score": 10},
            "c": {"attempted": 0, "solved": 0, "avg_score": None},
        }
    )
    assert [r["topic"] for r in rows] == ["b"]  # "a" is fully solved: not weak


def test_practice_link_quotes():
    assert practice_link("a b") == "/voila/render/interview.ipynb?problem=a%20b"


def _parser():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers()
    cli_stats.register(sub)
    cli_db.register(sub)
    return p


def test_stats_command(engine, capsys):
    practice(engine, "eve", load_problem("two-sum"), ["WA"], T0)
    args = _parser().parse_args(
        ["stats", "--json", "--user", "eve", "--now", "2026-03-02T12:00:00+00:00"]
    )
    assert args.func(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["user"] == "eve" and out["verdicts"] == {"WA": 1}
    args = _parser().parse_args(["stats", "--user", "eve"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "Stats for eve" in text and "review queue: 1" in text


def test_db_commands_and_export_import(engine, tmp_path, capsys):
    practice(engine, "fay", load_problem("two-sum"), ["AC", "AC"], T0)
    p = _parser()
    args = p.parse_args(["db", "current"])
    assert args.func(args) == 0 and "0005 (up to date)" in capsys.readouterr().out
    args = p.parse_args(["db", "upgrade"])
    assert args.func(args) == 0
    out = tmp_path / "fay.json"
    args = p.parse_args(["db", "export", str(out), "--user", "fay"])
    assert args.func(args) == 0
    data = json.loads(out.read_text())
    assert data["format"] == 1 and len(data["sessions"]) == 1
    assert data["sessions"][0]["submissions"][0]["verdict"] == "AC"
    other = tmp_path / "other.db"
    args = p.parse_args(["db", "--url", f"sqlite:///{other}", "import", str(out), "--user", "fay2"])
    assert args.func(args) == 0
    assert args.func(args) == 0  # twice: no duplicates
    eng2 = create_store_engine(f"sqlite:///{other}")
    s = collect_stats("fay2", engine=eng2, now=T0)
    assert s["totals"]["sessions"] == 1 and s["totals"]["problems_solved"] == 1
    eng2.dispose()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99}')
    from interview_kernel.errors import InterviewError

    args = p.parse_args(["db", "import", str(bad)])
    with pytest.raises(InterviewError, match="not an interview history"):
        args.func(args)
