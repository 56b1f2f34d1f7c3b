"""The store: migrations, models, SQLite settings, errors, concurrency, PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from interview_kernel.store import (
    Base,
    DatabaseCorruptError,
    DatabaseLockedError,
    InterviewSession,
    create_store_engine,
    current_revision,
    database_url,
    downgrade,
    head_revision,
    transaction,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL")
ORIGINAL_COLUMNS = {
    "interview_sessions": "id user_id mode company_role problem_id start_time end_time "
    "duration_minutes status score feedback",
    "code_submissions": "id session_id user_id code language submitted_at test_passed "
    "test_failed execution_time_ms",
    "interview_chat": "id session_id speaker message timestamp",
    "scheduled_interviews": "id user_id scheduled_time mode difficulty company_role status "
    "created_at completed_at cancelled_at score feedback",
    "interview_reminders": "id interview_id user_id reminder_time sent sent_at",
    "interview_preferences": "user_id preferred_time preferred_day preferred_mode frequency "
    "timezone email notifications_enabled",
    "interview_metrics": "id user_id mode difficulty problems_solved problems_attempted "
    "avg_score total_hours last_updated",
}
FEATURE_COLUMNS = {
    "code_submissions": {"verdict", "problem_version"},
    "interview_sessions": {"hints_used", "problem_version", "self_assessment", "timed"},
}


def test_migrations_reach_head_and_match_models(engine):
    assert current_revision(engine) == head_revision() == "0005"
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_every_designed_column_exists(engine):
    insp = inspect(engine)
    for table, cols in ORIGINAL_COLUMNS.items():
        have = {c["name"] for c in insp.get_columns(table)}
        assert set(cols.split()) <= have, table
    for table, cols in FEATURE_COLUMNS.items():
        assert cols <= {c["name"] for c in insp.get_columns(table)}
    assert {"schedule_programs", "review_queue", "notifications"} <= set(insp.get_table_names())


def test_downgrade_to_original_and_back_keeps_rows(engine):
    now = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
    with transaction(engine) as db:
        db.add(
            InterviewSession(
                user_id="ann",
                mode="coding",
                start_time=now,
                duration_minutes=45,
                status="active",
                hints_used=2,
            )
        )
    downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    cols = {c["name"] for c in inspect(engine).get_columns("interview_sessions")}
    assert "hints_used" not in cols and "feedback" in cols
    upgrade(engine)
    with transaction(engine) as db:
        s = db.scalars(select(InterviewSession)).one()
        assert s.user_id == "ann" and s.hints_used == 0 and s.start_time == now


def test_timestamps_round_trip_as_aware_utc(engine):
    berlin = timezone(timedelta(hours=1))
    with transaction(engine) as db:
        db.add(
            InterviewSession(
                user_id="u",
                mode="coding",
                duration_minutes=30,
                status="active",
                start_time=datetime(2026, 1, 5, 9, tzinfo=berlin),
            )
        )
    with transaction(engine) as db:
        s = db.scalars(select(InterviewSession)).one()
    assert s.start_time == datetime(2026, 1, 5, 8, tzinfo=timezone.utc)
    assert s.start_time.tzinfo is not None


def test_naive_timestamps_are_refused(engine):
    with pytest.raises(Exception, match="timezone-aware"):
        with transaction(engine) as db:
            db.add(
                InterviewSession(
                    user_id="u",
                    mode="coding",
                    duration_minutes=30,
                    status="active",
                    start_time=datetime(2026, 1, 5, 9),
                )
            )


def test_transaction_rolls_back_everything_on_error(engine):
    now = datetime.now(timezone.utc)
    with pytest.raises(RuntimeError):
        with transaction(engine) as db:
            db.add(
                InterviewSession(
                    user_id="u", mode="coding", duration_minutes=30, status="active", start_time=now
                )
            )
            db.flush()
            raise RuntimeError("boom")
    with transaction(engine) as db:
        assert db.scalars(select(InterviewSession)).all() == []


def test_default_url_is_in_the_data_home_and_uses_wal(tmp_path, monkeypatch):
    from interview_kernel import settings

    monkeypatch.delenv("INTERVIEW_DB_URL", raising=False)
    monkeypatch.setattr(settings, "data_home", lambda: tmp_path / "memory")
    monkeypatch.chdir(tmp_path / "..")
    url = database_url()
    assert url == f"sqlite:///{tmp_path / 'memory' / 'interview.db'}"
    eng = create_store_engine()
    try:
        with eng.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
        assert (tmp_path / "memory" / "interview.db").is_file()
    finally:
        eng.dispose()


def test_a_relative_sqlite_url_is_relative_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVIEW_DB_URL", "sqlite:///here/x.db")
    monkeypatch.chdir(tmp_path)
    assert database_url() == f"sqlite:///{tmp_path / 'here' / 'x.db'}"


def test_env_url_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert database_url() == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_locked_database_gives_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.db"
    eng0 = create_store_engine(f"sqlite:///{path}")
    eng0.dispose()
    monkeypatch.setenv("INTERVIEW_DB_TIMEOUT", "0.2")
    eng = create_store_engine(f"sqlite:///{path}", migrate=False)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match=r"is locked.*INTERVIEW_DB_TIMEOUT"):
            with transaction(eng) as db:
                db.scalars(select(InterviewSession)).all()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        eng.dispose()


def test_corrupt_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseCorruptError, match="move the file aside"):
        create_store_engine(f"sqlite:///{path}")


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from interview_kernel import result as R
    from interview_kernel.practice import sessions

    def fake_grader(problem, source, language):  # FAKE grader: bookkeeping only
        return R.GradeResult("p", language, R.Verdict.AC, [R.TestResult("t1", False, R.Verdict.AC)])

    class P:
        id, version, difficulty, topics = "p", 1, "easy", ["arrays"]

    who = sys.argv[1]
    for i in range(int(sys.argv[2])):
        s = sessions.create_session(user=who, problem=P())
        sessions.save_draft(s.id, f"# draft {i}", user=who)
        sessions.submit(s.id, "def f(): pass", fake_grader, problem=P(), user=who)
        sessions.add_chat(s.id, "user", f"hello {i}", user=who)
        sessions.end_session(s.id, user=who, score=50, problem=P())
    """
)


def test_concurrent_processes_lose_nothing(db_url, tmp_path):
    if db_url.startswith("sqlite"):
        create_store_engine(db_url).dispose()  # migrate once first, as the app does
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "INTERVIEW_DB_URL": db_url, "PYTHONPATH": str(ROOT)}
    env.pop("JUPYTERHUB_USER", None)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), f"user{k % 2}", "5"],  # two writers per user
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(4)
    ]
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    eng = create_store_engine(db_url)
    try:
        with eng.connect() as conn:
            assert conn.execute(text("select count(*) from interview_sessions")).scalar() == 20
            assert conn.execute(text("select count(*) from code_submissions")).scalar() == 20
            assert conn.execute(text("select count(*) from interview_chat")).scalar() == 20
            assert (
                conn.execute(
                    text("select count(*) from interview_sessions where status='completed'")
                ).scalar()
                == 20
            )
            assert conn.execute(text("select count(*) from interview_metrics")).scalar() == 2
            solved = "select sum(problems_solved) from interview_metrics"
            assert conn.execute(text(solved)).scalar() == 2
    finally:
        eng.dispose()


def test_concurrent_first_start_migrates_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    code = f"from interview_kernel.store import create_store_engine as c; c({url!r}).dispose()"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    eng = create_store_engine(url)
    assert current_revision(eng) == "0005"
    eng.dispose()


def test_downgrade_removes_every_feature_column(engine):
    downgrade(engine, "0001")
    insp = inspect(engine)
    for table, cols in ORIGINAL_COLUMNS.items():
        assert {c["name"] for c in insp.get_columns(table)} == set(cols.split()), table
    upgrade(engine)


def test_two_transactions_of_one_user_update_metrics_without_conflict(db_url):
    """Two tabs of one user ending sessions at once: the second waits, nothing is lost."""
    import threading
    import time

    from interview_kernel.practice.metrics import refresh_metrics

    eng_a, eng_b = create_store_engine(db_url), create_store_engine(db_url)
    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    with transaction(eng_a) as db:
        db.add(
            InterviewSession(
                user_id="tabs",
                mode="design",
                start_time=now,
                end_time=now,
                duration_minutes=30,
                status="completed",
                score=80,
            )
        )
    inserted, release, errors = threading.Event(), threading.Event(), []

    def tab_a():
        try:
            with transaction(eng_a) as db:
                refresh_metrics(db, "tabs", now)
                db.flush()
                inserted.set()
                release.wait(10)
        except Exception as exc:
            errors.append(exc)
            inserted.set()

    def tab_b():
        inserted.wait(10)
        try:
            with transaction(eng_b) as db:
                refresh_metrics(db, "tabs", now)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=tab_a), threading.Thread(target=tab_b)]
    for t in threads:
        t.start()
    inserted.wait(10)
    time.sleep(0.5)  # let tab B reach its insert while A still holds the row
    release.set()
    for t in threads:
        t.join(30)
    try:
        assert errors == []
        with eng_a.connect() as conn:
            assert conn.execute(text("select count(*) from interview_metrics")).scalar() == 1
    finally:
        eng_a.dispose()
        eng_b.dispose()


def test_unwritable_location_gives_a_clear_error(tmp_path):
    from interview_kernel.store import StoreError

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="somewhere writable"):
        create_store_engine(f"sqlite:///{blocker / 'sub' / 'x.db'}")


@pytest.mark.postgres
def test_unreachable_server_gives_a_clear_error():
    from sqlalchemy.engine import make_url

    from interview_kernel.store import DatabaseUnavailableError

    if not PG_URL:
        pytest.skip("INTERVIEW_TEST_PG_URL is not set")
    bad = make_url(PG_URL).set(password="definitely-wrong").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailableError, match="check INTERVIEW_DB_URL") as info:
        create_store_engine(bad)
    assert "definitely-wrong" not in str(info.value)


def test_a_password_with_a_percent_escape_reaches_alembic_intact():
    """Alembic reads its options as ConfigParser text, where a bare "%" is an error."""
    from sqlalchemy import create_engine

    from interview_kernel.store._engine import alembic_config

    url = "postgresql+psycopg://interview:p%40ss%25word@127.0.0.1:5432/interview"
    eng = create_engine(url)  # not connected: only the URL matters here
    try:
        assert alembic_config(eng).get_main_option("sqlalchemy.url") == url
    finally:
        eng.dispose()
