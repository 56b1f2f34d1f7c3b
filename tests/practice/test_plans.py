"""Study plans: lists, the weekly layout, the stored plan, progress, mocks and the review queue.

The store is real: a SQLite file, and PostgreSQL (in a database of its own, so other
test runs on the same server are untouched) when ``INTERVIEW_TEST_PG_URL`` is set.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlalchemy import select, text

from interview_kernel import load_problem
from interview_kernel import result as R
from interview_kernel.bank.loader import problem_ids
from interview_kernel.practice import plans, sessions
from interview_kernel.practice.dashboard import plan_html
from interview_kernel.practice.plans import (
    PlanError,
    StudyList,
    create_plan,
    lay_out,
    load_list,
    mock_patterns,
    plan_progress,
)
from interview_kernel.problem import PATTERNS
from interview_kernel.schedule import create_program
from interview_kernel.store import ReviewItem, StudyPlan, create_store_engine, transaction

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # a Monday
PG_URL = os.environ.get("INTERVIEW_TEST_PG_URL")


def P(pid: str, difficulty: str, pattern: str | None, minutes: int = 30) -> SimpleNamespace:
    return SimpleNamespace(
        id=pid, difficulty=difficulty, pattern=pattern, estimated_minutes=minutes
    )


# -- lists -------------------------------------------------------------------------------


def test_the_built_in_lists_name_the_target_sets() -> None:
    big, small = load_list("patterns-150"), load_list("essentials-75")
    assert len(big.ids) >= 150 and 70 <= len(small.ids) <= 80
    assert set(big.patterns) == set(small.patterns) == set(PATTERNS)
    assert all(len(ids) >= 6 for ids in big.patterns.values())
    assert set(small.ids) <= set(big.ids)
    in_bank = set(problem_ids())
    assert len(set(big.ids) & in_bank) >= 50, "the list should name the bank's problems"


def test_a_users_own_list_file_works_and_mistakes_are_explained(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("title: Mine\npatterns:\n  stack: [valid-parentheses, min-stack]\n")
    study = load_list(str(mine))
    assert study.name == "mine" and study.ids == ["valid-parentheses", "min-stack"]
    with pytest.raises(PlanError, match="no study list 'patterns-15'; use one of .*patterns-150"):
        load_list("patterns-15")
    (tmp_path / "bad.yaml").write_text("patterns: [two-sum]\n")
    with pytest.raises(PlanError, match="needs `patterns:`, a mapping"):
        load_list(str(tmp_path / "bad.yaml"))
    (tmp_path / "odd.yaml").write_text("patterns: {stacks: [two-sum]}\n")
    with pytest.raises(PlanError, match=r"unknown patterns \['stacks'\]"):
        load_list(str(tmp_path / "odd.yaml"))


# -- layout (pure) -----------------------------------------------------------------------


def test_layout_goes_by_pattern_then_difficulty_and_fills_the_hours() -> None:
    bank = {
        "s-hard": P("s-hard", "hard", "stack", 45),
        "s-easy": P("s-easy", "easy", "stack", 15),
        "a-med": P("a-med", "medium", "arrays-hashing", 30),
        "a-easy": P("a-easy", "easy", "arrays-hashing", 15),
        "b-med": P("b-med", "medium", "bit-manipulation", 30),
        "no-pattern": P("no-pattern", "easy", None, 15),
    }
    study = StudyList(
        "t",
        "T",
        {
            "bit-manipulation": ["b-med"],
            "stack": ["s-hard", "s-easy", "missing-one"],
            "two-pointers": ["no-pattern", "missing-two"],
            "arrays-hashing": ["a-med", "a-easy"],
        },
    )
    layout = lay_out(study, bank, weeks=10, hours_per_week=1)
    assert [w["problems"] for w in layout.weeks] == [
        ["a-easy", "a-med", "no-pattern"],  # 60 min: arrays first, then the list's heading
        ["s-easy", "s-hard"],
        ["b-med"],
    ]
    assert layout.weeks[0]["patterns"] == ["arrays-hashing", "two-pointers"]
    assert [w["minutes"] for w in layout.weeks] == [60, 60, 30]
    assert layout.skipped == ["missing-one", "missing-two"] and layout.unscheduled == []


def test_what_does_not_fit_is_unscheduled_and_a_long_problem_gets_a_week() -> None:
    bank = {f"p{i}": P(f"p{i}", "easy", "stack", 40) for i in range(5)}
    bank["huge"] = P("huge", "hard", "stack", 120)
    study = StudyList("t", "T", {"stack": [*bank]})
    layout = lay_out(study, bank, weeks=2, hours_per_week=1.5)
    assert [w["problems"] for w in layout.weeks] == [["p0", "p1"], ["p2", "p3"]]
    assert layout.unscheduled == ["p4", "huge"]
    alone = lay_out(StudyList("t", "T", {"stack": ["huge"]}), bank, weeks=1, hours_per_week=1)
    assert alone.weeks[0]["problems"] == ["huge"] and alone.weeks[0]["minutes"] == 120
    with pytest.raises(PlanError, match="--weeks must be at least 1"):
        lay_out(study, bank, weeks=0, hours_per_week=5)


def test_the_real_bank_fills_weeks_in_pattern_order() -> None:
    from interview_kernel.bank.loader import list_problems

    bank = {p.id: p for p in list_problems()}
    layout = lay_out(load_list("patterns-150"), bank, weeks=40, hours_per_week=4)
    order = [pid for w in layout.weeks for pid in w["problems"]]
    ranks = [list(PATTERNS).index(bank[pid].pattern) for pid in order]
    assert ranks == sorted(ranks)
    assert all(w["minutes"] <= 240 for w in layout.weeks if len(w["problems"]) > 1)
    assert len(order) + len(layout.skipped) + len(layout.unscheduled) == len(
        load_list("patterns-150").ids
    )


# -- the stored plan ---------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = create_store_engine(f"sqlite:///{tmp_path / 'plans.db'}")
        yield eng
        eng.dispose()
        return
    if not PG_URL:
        pytest.skip("INTERVIEW_TEST_PG_URL is not set")
    name = f"plans_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    eng = create_store_engine(url)
    yield eng
    eng.dispose()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name}"))
    admin.dispose()


def accept(engine, user: str, pid: str, when: datetime) -> None:
    """Record an Accepted submission of ``pid`` (a graded result as the app stores it)."""
    prob = load_problem(pid)
    s = sessions.create_session(user=user, problem=prob, engine=engine, now=when)
    result = R.GradeResult(pid, "python", R.Verdict.AC, [R.TestResult("t0", False, R.Verdict.AC)])
    sessions.record_submission(s.id, "x", result, problem=prob, user=user, engine=engine, now=when)


def test_a_plan_links_the_weekly_mocks_and_tracks_progress(engine) -> None:
    program = create_program(
        user_id="ann", weeks=4, day="friday", at="15:00", tz="UTC", engine=engine, now=NOW
    )
    made = create_plan(
        user_id="ann", list_name="essentials-75", weeks=4, hours_per_week=2, engine=engine, now=NOW
    )
    assert made["week"] == 1 and made["done"] == 0 and made["behind"] == []
    week1 = [x["id"] for x in made["schedule"][0]["problems"]]
    assert made["due"] == week1 and made["status"] == "on track"
    assert made["next"] == {
        "problem_id": week1[0],
        "week": 1,
        "link": f"/voila/render/interview.ipynb?problem={week1[0]}",
    }
    assert made["skipped"], "essentials-75 names problems the bank does not have yet"
    fridays = [iv["id"] for iv in program.interviews]
    assert [w["mock_interview_id"] for w in made["schedule"]] == fridays
    assert made["mock"] == {"interview_id": fridays[0], "patterns": made["schedule"][0]["patterns"]}
    assert mock_patterns(fridays[1], "ann", engine=engine) == made["schedule"][1]["patterns"]
    assert mock_patterns(fridays[1], "bob", engine=engine) == []

    accept(engine, "ann", week1[0], NOW + timedelta(days=1))
    later = NOW + timedelta(days=8)
    progress = plan_progress("ann", engine=engine, now=later)
    assert progress["week"] == 2 and progress["done"] == 1
    assert progress["behind"] == week1[1:] and progress["status"] == "behind"
    assert progress["next"]["problem_id"] == week1[1] and progress["next"]["week"] == 1
    assert progress["schedule"][0]["problems"][0] == {"id": week1[0], "done": True}
    with transaction(engine) as db:
        queued = {r.problem_id: r.reason for r in db.scalars(select(ReviewItem))}
    assert queued == {pid: "study plan, week 1" for pid in week1[1:]}
    plan_progress("ann", engine=engine, now=later)  # feeding twice adds nothing
    with transaction(engine) as db:
        assert len(db.scalars(select(ReviewItem)).all()) == len(week1) - 1
    assert plan_progress("bob", engine=engine, now=later) is None
    page = plan_html(progress)
    assert "week 2 of" in page and f"Done 1 of {progress['total']}" in page
    assert f"?problem={week1[1]}" in page and 'data-status="behind"' in page
    assert "No study plan yet" in plan_html(None)


def test_a_new_plan_archives_the_old_one_and_needs_known_problems(engine, tmp_path) -> None:
    create_plan(user_id="cy", list_name="essentials-75", weeks=2, hours_per_week=1, engine=engine)
    second = create_plan(
        user_id="cy", list_name="patterns-150", weeks=3, hours_per_week=1, engine=engine
    )
    assert second["list"] == "patterns-150" and second["mock"] is None
    assert len(second["schedule"]) == 3 and second["unscheduled"]
    with transaction(engine) as db:
        statuses = sorted(p.status for p in db.scalars(select(StudyPlan)))
    assert statuses == ["active", "archived"]
    ghost = tmp_path / "ghost.yaml"
    ghost.write_text("patterns:\n  stack: [no-such-problem]\n")
    with pytest.raises(PlanError, match="none of the 1 problems of 'ghost' is in the bank"):
        create_plan(user_id="cy", list_name=str(ghost), weeks=2, hours_per_week=1, engine=engine)
    with pytest.raises(PlanError, match="you have no schedule program 999"):
        create_plan(
            user_id="cy",
            list_name="essentials-75",
            weeks=2,
            hours_per_week=1,
            program_id=999,
            engine=engine,
        )


def test_the_module_names_its_built_in_lists() -> None:
    assert {p.stem for p in plans.lists_dir().glob("*.yaml")} >= set(plans.BUILT_IN)
