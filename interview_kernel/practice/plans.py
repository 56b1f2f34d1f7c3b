"""Study plans: a list of problems by pattern, in weekly sets sized by the hours a user has.

A *study list* is a YAML file naming problem ids by pattern (``problems/lists/*.yaml``
built in, or any file of the same shape). :func:`lay_out` (pure) orders the list's
problems by their own ``pattern:`` (in :data:`~interview_kernel.problem.PATTERNS`
order) and difficulty, and fills weeks up to the weekly minutes (each problem's
``estimated_minutes``); ids not in the bank are skipped and counted, so a list can
name problems the bank does not have yet. :func:`create_plan` stores the layout and
links each week to that week's mock interview of the user's schedule program, so
the mock can be set on the week's patterns (:func:`mock_patterns`).
:func:`plan_progress` is what the dashboard and ``interview plan show`` read: done,
due (this week's unsolved), behind (earlier weeks' unsolved) and the next problem
with its app link; it also feeds the review queue with the problems that are behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import yaml
from sqlalchemy import Engine, select

from ..errors import InterviewError
from ..problem import PATTERNS
from ..store.models import (
    CodeSubmission,
    Program,
    ReviewItem,
    ScheduledInterview,
    StudyPlan,
    utcnow,
)
from .metrics import practice_link

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
BUILT_IN = ("patterns-150", "essentials-75")
"""The lists in ``problems/lists``."""


class PlanError(InterviewError):
    """A list or plan setting that cannot be used; the message says how to fix it."""


class PlannedProblem(Protocol):
    """What laying out a plan needs of a problem (a :class:`~interview_kernel.problem.Problem`)."""

    @property
    def id(self) -> str: ...  # noqa: D102

    @property
    def difficulty(self) -> str: ...  # noqa: D102

    @property
    def pattern(self) -> str | None: ...  # noqa: D102

    @property
    def estimated_minutes(self) -> int: ...  # noqa: D102


@dataclass(frozen=True)
class StudyList:
    """A study list: its name and the problem ids under each pattern, in the file's order."""

    name: str
    title: str
    patterns: dict[str, list[str]]

    @property
    def ids(self) -> list[str]:
        """Every id of the list once, in the file's order."""
        seen: dict[str, None] = {}
        for ids in self.patterns.values():
            seen.update(dict.fromkeys(ids))
        return list(seen)


@dataclass
class Layout:
    """A plan's weeks (:func:`lay_out`), JSON-ready through :meth:`to_dict`."""

    weeks: list[dict[str, Any]]
    skipped: list[str] = field(default_factory=list)
    unscheduled: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The form stored in ``study_plans.layout``."""
        return {"weeks": self.weeks, "skipped": self.skipped, "unscheduled": self.unscheduled}


def lists_dir() -> Path:
    """Where the built-in lists are: ``lists/`` beside the problem folders."""
    from ..bank.loader import bank_dirs

    return bank_dirs()[0] / "lists"


def load_list(name_or_path: str) -> StudyList:
    """A built-in list by name (``patterns-150``) or a list file by path.

    Raises
    ------
    PlanError
        No such list, or a file that is not a mapping of patterns to lists of ids.
    """
    path = Path(name_or_path)
    if not path.is_file():
        path = lists_dir() / f"{name_or_path}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in lists_dir().glob("*.yaml"))
        raise PlanError(
            f"no study list {name_or_path!r}; use one of {', '.join(known) or 'none'}"
            " or the path of your own list file (see problems/lists/patterns-150.yaml)"
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PlanError(f"study list {path}: cannot be read ({exc})") from None
    patterns = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(patterns, dict) or not all(
        isinstance(v, list) and all(isinstance(i, str) for i in v) for v in patterns.values()
    ):
        raise PlanError(
            f"study list {path}: needs `patterns:`, a mapping of pattern names to lists of"
            " problem ids (see problems/lists/patterns-150.yaml)"
        )
    unknown = sorted(set(patterns) - set(PATTERNS))
    if unknown:
        raise PlanError(
            f"study list {path}: unknown patterns {unknown}; use names from {list(PATTERNS)}"
        )
    return StudyList(path.stem, str(data.get("title") or path.stem), dict(patterns))


def lay_out(
    study: StudyList,
    problems: Mapping[str, PlannedProblem],
    weeks: int,
    hours_per_week: float,
) -> Layout:
    """Order a list's problems and fill weeks of ``hours_per_week`` (pure).

    Problems go by pattern (their own ``pattern:``, else the list's heading, in
    :data:`PATTERNS` order), then difficulty (easy first), then the list's order.
    A week takes problems while their ``estimated_minutes`` fit its minutes (a week
    always takes at least one). What does not fit in ``weeks`` is ``unscheduled``;
    ids ``problems`` lacks are ``skipped``.

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> bank = {
    ...     "a": P(id="a", difficulty="hard", pattern="stack", estimated_minutes=40),
    ...     "b": P(id="b", difficulty="easy", pattern="stack", estimated_minutes=20),
    ...     "c": P(id="c", difficulty="easy", pattern="arrays-hashing", estimated_minutes=20),
    ... }
    >>> plan = lay_out(StudyList("x", "X", {"stack": ["a", "b", "zz"], "arrays-hashing": ["c"]}),
    ...                bank, weeks=2, hours_per_week=1)
    >>> [w["problems"] for w in plan.weeks], plan.skipped, plan.unscheduled
    ([['c', 'b'], ['a']], ['zz'], [])
    """
    if weeks < 1 or not 0 < hours_per_week <= 80:
        raise PlanError("--weeks must be at least 1 and --hours between 0 and 80")
    heading = {pid: pat for pat, ids in study.patterns.items() for pid in ids}
    order = {pid: i for i, pid in enumerate(study.ids)}
    present = [pid for pid in study.ids if pid in problems]
    skipped = [pid for pid in study.ids if pid not in problems]
    pattern_rank = {p: i for i, p in enumerate(PATTERNS)}

    def pattern_of(pid: str) -> str:
        return problems[pid].pattern or heading[pid]

    present.sort(
        key=lambda pid: (
            pattern_rank.get(pattern_of(pid), len(PATTERNS)),
            DIFFICULTY_ORDER.get(problems[pid].difficulty, 1),
            order[pid],
        )
    )
    budget = hours_per_week * 60
    layout: list[dict[str, Any]] = []
    unscheduled: list[str] = []
    week: list[str] = []
    minutes = 0
    for pid in present:
        cost = problems[pid].estimated_minutes
        if week and minutes + cost > budget:
            layout.append(_week(week, minutes, pattern_of))
            week, minutes = [], 0
        if len(layout) == weeks:
            unscheduled.append(pid)
            continue
        week.append(pid)
        minutes += cost
    if week and len(layout) < weeks:
        layout.append(_week(week, minutes, pattern_of))
    return Layout(layout, skipped, unscheduled)


def _week(ids: list[str], minutes: int, pattern_of: Any) -> dict[str, Any]:
    patterns = sorted({pattern_of(pid) for pid in ids}, key=list(PATTERNS).index)
    return {"problems": list(ids), "patterns": patterns, "minutes": minutes}


def create_plan(
    *,
    user_id: str,
    list_name: str,
    weeks: int,
    hours_per_week: float,
    program_id: int | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
    problems: Mapping[str, PlannedProblem] | None = None,
) -> dict[str, Any]:
    """Lay a list out, store it as the user's active plan, link the weekly mocks.

    The plan starts ``now``; week ``k`` is the seven days from ``now + 7 (k - 1)``
    days. Each week is linked to the first scheduled coding interview of the
    user's program (``program_id``, else their latest active program) in that
    week. A previous active plan is archived. Returns :func:`plan_progress`'s dict.

    Raises
    ------
    PlanError
        An unknown list, impossible weeks or hours, a program that is not the
        user's, or a list none of whose problems is in the bank.
    """
    from ..bank.loader import list_problems
    from ..store import get_engine, transaction

    now = now or utcnow()
    study = load_list(list_name)
    bank = problems if problems is not None else {p.id: p for p in list_problems()}
    layout = lay_out(study, bank, weeks, hours_per_week)
    if not layout.weeks:
        raise PlanError(
            f"none of the {len(study.ids)} problems of {study.name!r} is in the bank;"
            " check the ids against `interview problems list`"
        )
    engine = engine or get_engine()
    with transaction(engine) as db:
        if program_id is None:
            program_id = db.scalar(
                select(Program.id)
                .where(Program.user_id == user_id, Program.status == "active")
                .order_by(Program.created_at.desc(), Program.id.desc())
                .limit(1)
            )
        elif (
            db.scalar(
                select(Program.id).where(Program.id == program_id, Program.user_id == user_id)
            )
            is None
        ):
            raise PlanError(
                f"you have no schedule program {program_id} (`interview schedule list`)"
            )
        for k, week in enumerate(layout.weeks):
            week["mock_interview_id"] = _mock_in_week(db, user_id, program_id, now, k)
        for old in db.scalars(
            select(StudyPlan).where(StudyPlan.user_id == user_id, StudyPlan.status == "active")
        ):
            old.status = "archived"
        db.add(
            StudyPlan(
                user_id=user_id,
                list_name=study.name,
                weeks=weeks,
                hours_per_week=hours_per_week,
                start_time=now,
                program_id=program_id,
                layout=layout.to_dict(),
                status="active",
                created_at=now,
            )
        )
    progress = plan_progress(user_id, engine=engine, now=now)
    if progress is None:  # another process archived it between the two transactions
        raise PlanError("the plan was replaced while it was being created; run it again")
    return progress


def _mock_in_week(
    db: Any, user_id: str, program_id: int | None, start: datetime, k: int
) -> int | None:
    if program_id is None:
        return None
    begin, end = start + timedelta(days=7 * k), start + timedelta(days=7 * (k + 1))
    found = db.scalar(
        select(ScheduledInterview.id)
        .where(
            ScheduledInterview.user_id == user_id,
            ScheduledInterview.program_id == program_id,
            ScheduledInterview.mode == "coding",
            ScheduledInterview.status == "scheduled",
            ScheduledInterview.scheduled_time >= begin,
            ScheduledInterview.scheduled_time < end,
        )
        .order_by(ScheduledInterview.scheduled_time)
        .limit(1)
    )
    return int(found) if found is not None else None


def _active(db: Any, user_id: str) -> StudyPlan | None:
    return db.scalar(
        select(StudyPlan)
        .where(StudyPlan.user_id == user_id, StudyPlan.status == "active")
        .order_by(StudyPlan.id.desc())
        .limit(1)
    )


def _solved(db: Any, user_id: str, ids: Iterable[str]) -> set[str]:
    return set(
        db.scalars(
            select(CodeSubmission.problem_id).where(
                CodeSubmission.user_id == user_id,
                CodeSubmission.verdict == "AC",
                CodeSubmission.problem_id.in_(list(ids)),
            )
        ).all()
    )


def plan_progress(
    user_id: str,
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
    feed_reviews: bool = True,
) -> dict[str, Any] | None:
    """The user's active plan and where they stand; ``None`` without a plan.

    Returns a JSON-ready dict: ``plan_id``, ``list``, ``weeks``, ``hours_per_week``,
    ``start``, ``week`` (the current week, 1-based; 0 before the start, ``weeks + 1``
    after the end), ``total``, ``done`` (count), ``due`` (this week's unsolved ids),
    ``behind`` (earlier weeks' unsolved ids), ``status`` (``on track``, ``behind``
    or ``finished``), ``next`` (``{problem_id, week, link}`` or ``None``: the first
    behind, else the first due, else the first of a later week), ``mock`` (this
    week's interview id and patterns, or ``None``), ``skipped``, ``unscheduled``
    and ``schedule`` (each week: ``week``, ``start``, ``problems`` as ``{id, done}``,
    ``patterns``, ``minutes``, ``mock_interview_id``).

    With ``feed_reviews``, each problem that is behind and not yet in the review
    queue joins it, due now (reason ``study plan, week k``); a solved one leaves
    by the queue's own rule.
    """
    from ..store import get_engine, transaction

    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        plan = _active(db, user_id)
        if plan is None:
            return None
        weeks: list[dict[str, Any]] = list(plan.layout.get("weeks") or [])
        ids = [pid for w in weeks for pid in w["problems"]]
        solved = _solved(db, user_id, ids)
        elapsed = (now - plan.start_time).total_seconds()
        current = 0 if elapsed < 0 else min(int(elapsed // (7 * 86400)) + 1, plan.weeks + 1)
        behind = [
            pid for w in weeks[: max(current - 1, 0)] for pid in w["problems"] if pid not in solved
        ]
        this = weeks[current - 1] if 1 <= current <= len(weeks) else None
        due = [pid for pid in (this or {}).get("problems", []) if pid not in solved]
        later = [pid for w in weeks[max(current, 0) :] for pid in w["problems"]]
        upcoming = [pid for pid in later if pid not in solved]
        week_of = {pid: k + 1 for k, w in enumerate(weeks) for pid in w["problems"]}
        first = (behind or due or upcoming or [None])[0]
        if feed_reviews and behind:
            _feed(db, user_id, behind, week_of, now)
        schedule = [
            {
                "week": k + 1,
                "start": (plan.start_time + timedelta(days=7 * k)).isoformat(),
                "problems": [{"id": pid, "done": pid in solved} for pid in w["problems"]],
                "patterns": list(w.get("patterns") or []),
                "minutes": w.get("minutes", 0),
                "mock_interview_id": w.get("mock_interview_id"),
            }
            for k, w in enumerate(weeks)
        ]
        done = sum(pid in solved for pid in ids)
        return {
            "plan_id": plan.id,
            "list": plan.list_name,
            "weeks": plan.weeks,
            "hours_per_week": plan.hours_per_week,
            "start": plan.start_time.isoformat(),
            "week": current,
            "total": len(ids),
            "done": done,
            "due": due,
            "behind": behind,
            "status": "finished" if done == len(ids) else ("behind" if behind else "on track"),
            "next": None
            if first is None
            else {"problem_id": first, "week": week_of[first], "link": practice_link(first)},
            "mock": None
            if this is None or not this.get("mock_interview_id")
            else {"interview_id": this["mock_interview_id"], "patterns": this["patterns"]},
            "skipped": list(plan.layout.get("skipped") or []),
            "unscheduled": list(plan.layout.get("unscheduled") or []),
            "schedule": schedule,
        }


def _feed(db: Any, user_id: str, behind: list[str], week_of: dict[str, int], now: datetime) -> None:
    queued = set(
        db.scalars(
            select(ReviewItem.problem_id).where(
                ReviewItem.user_id == user_id, ReviewItem.problem_id.in_(behind)
            )
        ).all()
    )
    for pid in behind:
        if pid not in queued:
            db.add(
                ReviewItem(
                    user_id=user_id,
                    problem_id=pid,
                    stage=0,
                    due_at=now,
                    reason=f"study plan, week {week_of[pid]}",
                    updated_at=now,
                )
            )


def mock_patterns(interview_id: int, user_id: str, *, engine: Engine | None = None) -> list[str]:
    """The patterns of the plan week a scheduled mock interview belongs to (``[]``: none).

    The app's mock start (``?schedule=<id>``) can pick its problem among these
    patterns, so the weekly mock tests what the week practised.
    """
    from ..store import get_engine, transaction

    with transaction(engine or get_engine()) as db:
        plan = _active(db, user_id)
        if plan is None:
            return []
        for week in plan.layout.get("weeks") or []:
            if week.get("mock_interview_id") == interview_id:
                return list(week.get("patterns") or [])
    return []
