"""The session API the practice app and the CLI share.

A session is one sitting: created when the app opens, autosaved as the
candidate types (:func:`save_draft`), graded on "Run tests" (:func:`submit`),
talked through in the chat (:func:`add_chat`), and ended with a score
(:func:`end_session`). :func:`resume_session` brings back the newest unfinished
session after a reload, so a killed kernel loses at most the unsaved keystrokes.

Each call is one transaction: it lands whole or not at all. Every call is
scoped to one user; another user's session id answers "unknown session",
exactly as a missing one does. Grading runs outside any transaction, so a
slow grader never holds the database.

Who the user is (:func:`current_user`): ``JUPYTERHUB_USER`` when set (a hub
user cannot act as someone else), else the explicit ``user=`` argument, else
``INTERVIEW_USER``, else the operating-system user.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Engine, select

from .. import scoring
from ..errors import InterviewError, SourceError
from ..schedule import lifecycle
from ..store import (
    MODES,
    ChatMessage,
    CodeSubmission,
    InterviewSession,
    ReviewItem,
    get_engine,
    transaction,
    utcnow,
)
from ..store.identity import current_user  # re-exported: sessions.current_user
from . import metrics

MAX_CODE_BYTES = 64 * 1024
"""Largest source accepted for a draft or a submission."""

MAX_MESSAGE_CHARS = 8000
"""Longest chat message stored."""

MIN_DURATION, MAX_DURATION = 5, 240
"""Allowed session lengths in minutes."""

MAX_RESULT_BYTES = 256 * 1024
"""A stored result larger than this keeps its summary and drops per-test detail."""


class SessionError(InterviewError):
    """A session call that cannot be done as asked."""


class UnknownSessionError(SessionError, LookupError):
    """No such session for this user (never reveals another user's sessions)."""

    def __init__(self, session_id: int, user_id: str):
        self.session_id = session_id
        self.user_id = user_id
        super().__init__(
            f"unknown session {session_id} for user {user_id!r}; "
            "`interview stats` lists your sessions"
        )


class SessionEndedError(SessionError):
    """The session has ended; start a new one to keep practising."""

    def __init__(self, session_id: int):
        self.session_id = session_id
        super().__init__(f"session {session_id} has ended; start a new session to continue")


class GraderLike(Protocol):
    """Anything with the :class:`interview_kernel.Grader` ``grade`` method."""

    def grade(self, problem: Any, source: str, language: str = ...) -> Any:
        """Grade ``source`` against ``problem``; returns a ``GradeResult``."""
        ...


GradeFunction = Callable[..., Any]
"""``(problem, source, language) -> GradeResult``."""


@dataclass
class SessionView:
    """A session as the app shows it (a plain snapshot, safe to keep after the transaction)."""

    id: int
    user_id: str
    mode: str
    problem_id: str | None
    company_role: str | None
    status: str
    start_time: datetime
    end_time: datetime | None
    duration_minutes: int
    score: float | None
    feedback: str | None
    hints_used: int
    draft_code: str | None
    draft_language: str | None
    problem_version: int | None
    scheduled_interview_id: int | None
    timed: bool = False
    score_breakdown: dict[str, Any] | None = None
    rubric: dict[str, Any] | None = None
    hire_signal: str | None = None
    self_assessment: int | None = None
    chat: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)

    def remaining_seconds(self, now: datetime | None = None) -> float:
        """Seconds left of the time budget (negative when over)."""
        now = now or utcnow()
        return self.duration_minutes * 60 - (now - self.start_time).total_seconds()


@dataclass(frozen=True)
class SubmissionRecord:
    """What :func:`submit` stored, with the grader's result."""

    id: int
    session_id: int
    verdict: str
    passed: int
    total: int
    hidden_passed: int
    hidden_total: int
    time_ms: float
    result: Any


@dataclass(frozen=True)
class EndReport:
    """How a session ended: its score and the explanations behind it."""

    session_id: int
    score: float | None
    coding: scoring.ScoreReport | None
    rubric: scoring.RubricReport | None
    feedback: str | None
    review_outcome: str | None


def _view(db: Any, s: InterviewSession, full: bool = True) -> SessionView:
    view = SessionView(
        id=s.id,
        user_id=s.user_id,
        mode=s.mode,
        problem_id=s.problem_id,
        company_role=s.company_role,
        status=s.status,
        start_time=s.start_time,
        end_time=s.end_time,
        duration_minutes=s.duration_minutes,
        score=s.score,
        feedback=s.feedback,
        hints_used=s.hints_used,
        draft_code=s.draft_code,
        draft_language=s.draft_language,
        problem_version=s.problem_version,
        scheduled_interview_id=s.scheduled_interview_id,
        timed=bool(s.timed),
        score_breakdown=s.score_breakdown,
        rubric=s.rubric,
        hire_signal=s.hire_signal,
        self_assessment=s.self_assessment,
    )
    if full:
        view.chat = [
            {"speaker": m.speaker, "message": m.message, "timestamp": m.timestamp.isoformat()}
            for m in db.scalars(
                select(ChatMessage)
                .where(ChatMessage.session_id == s.id)
                .order_by(ChatMessage.timestamp, ChatMessage.id)
            )
        ]
        view.submissions = [
            {
                "id": c.id,
                "language": c.language,
                "verdict": c.verdict,
                "test_passed": c.test_passed,
                "test_failed": c.test_failed,
                "hidden_passed": c.hidden_passed,
                "hidden_total": c.hidden_total,
                "execution_time_ms": c.execution_time_ms,
                "submitted_at": c.submitted_at.isoformat(),
            }
            for c in db.scalars(
                select(CodeSubmission)
                .where(CodeSubmission.session_id == s.id)
                .order_by(CodeSubmission.id)
            )
        ]
    return view


def _load(db: Any, session_id: int, user_id: str, *, active: bool = False) -> InterviewSession:
    s = db.get(InterviewSession, session_id)
    if s is None or s.user_id != user_id:
        raise UnknownSessionError(session_id, user_id)
    if active and s.status != "active":
        raise SessionEndedError(session_id)
    return s


def _check_code(code: str, what: str = "code") -> None:
    if not isinstance(code, str):
        raise SourceError(f"{what} must be text, got {type(code).__name__}")
    size = len(code.encode("utf-8", errors="surrogatepass"))
    if size > MAX_CODE_BYTES:
        raise SourceError(
            f"{what} is {size // 1024} KB; the limit is {MAX_CODE_BYTES // 1024} KB. "
            "Trim generated data or large comments"
        )
    if "\x00" in code:
        raise SourceError(f"{what} contains NUL bytes; paste it as plain text")


def _resolve_problem(problem: Any) -> Any:
    if problem is None or not isinstance(problem, str):
        return problem
    from ..bank.loader import load_problem

    return load_problem(problem)


def create_session(
    *,
    user: str | None = None,
    mode: str = "coding",
    problem: Any = None,
    company_role: str | None = None,
    duration_minutes: int = 45,
    timed: bool = False,
    schedule_id: int | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> SessionView:
    """Start a session.

    Parameters
    ----------
    user
        Explicit user; see :func:`current_user`.
    mode
        ``coding``, ``design`` or ``behavioral``.
    problem
        A :class:`~interview_kernel.Problem` or a problem id (loaded from the
        bank to record its version, difficulty and topics).
    company_role
        Free text such as ``"Google / SWE L4"``.
    duration_minutes
        The time budget, 5 to 240.
    timed
        A sitting on its own clock (the app's ``mode=interview``): only a timed
        resume picks it up again, never a practice one. A scheduled mock is timed.
    schedule_id
        Start this scheduled interview of the user (its start link
        ``?schedule=<id>``): the session is linked to it, takes its length, and
        the interview turns ``in_progress``. Without it no scheduled interview
        is touched, however close one is: practice is not the mock.
    engine, now
        The store and the clock (tests inject both).

    Returns
    -------
    SessionView
        The new session.

    Raises
    ------
    SessionError
        An invalid mode or duration, or a ``schedule_id`` that cannot be
        started now (not the user's, not scheduled, outside its start window);
        then no session is created.
    """
    uid = current_user(user)
    if mode not in MODES:
        raise SessionError(f"invalid mode {mode!r}: choose one of {', '.join(MODES)}")
    if (
        isinstance(duration_minutes, bool)
        or not isinstance(duration_minutes, int)
        or not MIN_DURATION <= duration_minutes <= MAX_DURATION
    ):
        raise SessionError(
            f"invalid duration {duration_minutes!r}: give whole minutes from"
            f" {MIN_DURATION} to {MAX_DURATION}"
        )
    prob = _resolve_problem(problem)
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        s = InterviewSession(
            user_id=uid,
            mode=mode,
            company_role=company_role,
            problem_id=getattr(prob, "id", None),
            problem_version=getattr(prob, "version", None),
            difficulty=getattr(prob, "difficulty", None),
            topics=list(getattr(prob, "topics", []) or []) or None,
            start_time=now,
            duration_minutes=duration_minutes,
            status="active",
            hints_used=0,
            timed=timed or schedule_id is not None,
        )
        db.add(s)
        db.flush()
        if schedule_id is not None:
            try:
                lifecycle.link_session(db, s, schedule_id, now)
            except lifecycle.ScheduleError as exc:
                raise SessionError(str(exc)) from exc
        return _view(db, s)


def get_session(
    session_id: int, *, user: str | None = None, engine: Engine | None = None
) -> SessionView:
    """One session of the current user, with its chat and submissions."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        return _view(db, _load(db, session_id, uid))


def list_sessions(
    *, user: str | None = None, limit: int = 50, engine: Engine | None = None
) -> list[SessionView]:
    """The current user's sessions, newest first (without chat and submissions)."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        rows = db.scalars(
            select(InterviewSession)
            .where(InterviewSession.user_id == uid)
            .order_by(InterviewSession.start_time.desc(), InterviewSession.id.desc())
            .limit(limit)
        ).all()
        return [_view(db, s, full=False) for s in rows]


def resume_session(
    *,
    user: str | None = None,
    problem_id: str | None = None,
    timed: bool = False,
    schedule_id: int | None = None,
    engine: Engine | None = None,
) -> SessionView | None:
    """The newest unfinished session of the user, or ``None``.

    With ``schedule_id``, the session of that scheduled interview (a reload of
    the mock). Otherwise a session of no scheduled interview that is timed or
    untimed as ``timed`` says (on ``problem_id`` if given): practice never
    reopens a timed clock, and a timed sitting never inherits a practice one.
    """
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        q = select(InterviewSession).where(
            InterviewSession.user_id == uid, InterviewSession.status == "active"
        )
        if schedule_id is not None:
            q = q.where(InterviewSession.scheduled_interview_id == schedule_id)
        else:
            q = q.where(
                InterviewSession.scheduled_interview_id.is_(None),
                InterviewSession.timed.is_(timed),
            )
        if problem_id is not None:
            q = q.where(InterviewSession.problem_id == problem_id)
        s = db.scalars(
            q.order_by(InterviewSession.start_time.desc(), InterviewSession.id.desc()).limit(1)
        ).first()
        return _view(db, s) if s else None


def last_result(
    session_id: int, *, user: str | None = None, engine: Engine | None = None
) -> dict[str, Any] | None:
    """The stored result (``interview run --json`` shape) of the session's latest submission.

    Read-only; ``None`` when nothing was submitted (or its result was not kept).
    The app shows it again after a reload.
    """
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        _load(db, session_id, uid)
        row = db.scalars(
            select(CodeSubmission)
            .where(CodeSubmission.session_id == session_id)
            .order_by(CodeSubmission.id.desc())
            .limit(1)
        ).first()
        if row is None or not isinstance(row.result, dict):
            return None
        return {**row.result, "language": row.language or row.result.get("language")}


def save_draft(
    session_id: int,
    code: str,
    language: str = "python",
    *,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> None:
    """Autosave the editor contents (the only thing a crash can lose is what came after)."""
    uid = current_user(user)
    _check_code(code, "draft")
    with transaction(engine or get_engine()) as db:
        s = _load(db, session_id, uid, active=True)
        s.draft_code, s.draft_language, s.draft_saved_at = code, language, now or utcnow()


def add_chat(
    session_id: int,
    speaker: str,
    message: str,
    *,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> int:
    """Store one chat line (``speaker`` is ``user`` or ``ai``); returns its id."""
    uid = current_user(user)
    if speaker not in ("user", "ai"):
        raise SessionError(f"invalid speaker {speaker!r}: use 'user' or 'ai'")
    if not isinstance(message, str) or not message.strip():
        raise SessionError("empty chat message")
    if len(message) > MAX_MESSAGE_CHARS:
        raise SessionError(f"chat message is {len(message)} characters; limit {MAX_MESSAGE_CHARS}")
    with transaction(engine or get_engine()) as db:
        _load(db, session_id, uid, active=True)
        m = ChatMessage(
            session_id=session_id, speaker=speaker, message=message, timestamp=now or utcnow()
        )
        db.add(m)
        db.flush()
        return m.id


def record_hint(session_id: int, *, user: str | None = None, engine: Engine | None = None) -> int:
    """Count one more hint taken from the ladder; returns the session's total."""
    uid = current_user(user)
    with transaction(engine or get_engine()) as db:
        s = _load(db, session_id, uid, active=True)
        s.hints_used = (s.hints_used or 0) + 1
        return s.hints_used


def _grade(grader: GraderLike | GradeFunction, problem: Any, code: str, language: str) -> Any:
    grade = getattr(grader, "grade", None)
    if callable(grade):
        return grade(problem, code, language=language)
    if callable(grader):
        return grader(problem, code, language)
    raise SessionError("grader must be an interview_kernel.Grader or a callable")


def _result_json(result: Any) -> dict[str, Any] | None:
    to_dict = getattr(result, "to_dict", None)
    if not callable(to_dict):
        return None
    d = to_dict()
    try:
        text = json.dumps(d, default=str)
    except (TypeError, ValueError):
        return None
    if len(text) > MAX_RESULT_BYTES:
        d = {k: v for k, v in d.items() if k != "tests"}
        d["tests_dropped"] = True
    return json.loads(json.dumps(d, default=str))


def _session_problem(session_id: int, code: str, problem: Any, uid: str, eng: Engine) -> Any:
    """The problem a submission to an active session is about (checking the code first)."""
    _check_code(code)
    with transaction(eng) as db:
        problem_id = _load(db, session_id, uid, active=True).problem_id
    return _resolve_problem(problem if problem is not None else problem_id)


def submit(
    session_id: int,
    code: str,
    grader: GraderLike | GradeFunction,
    *,
    language: str = "python",
    problem: Any = None,
    complexity: str | None = None,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> SubmissionRecord:
    """Grade ``code`` and store the submission.

    Parameters
    ----------
    session_id
        An active session of the user.
    code, language
        The candidate's source.
    grader
        An :class:`interview_kernel.Grader` (its ``grade(problem, source,
        language=...)`` is called) or any callable ``(problem, source, language)``
        returning a :class:`~interview_kernel.GradeResult`.
    problem
        The problem (object or id); defaults to the session's problem.
    complexity
        The estimated time complexity of the code, if measured (kept for scoring).
    user, engine, now
        Explicit user (see :func:`current_user`), the store and the clock.

    Returns
    -------
    SubmissionRecord
        Counts as stored, and the grader's result for display.
    """
    uid = current_user(user)
    eng = engine or get_engine()
    prob = _session_problem(session_id, code, problem, uid, eng)
    if prob is None:
        raise SessionError(f"session {session_id} has no problem to grade against")
    result = _grade(grader, prob, code, language)
    return record_submission(
        session_id,
        code,
        result,
        language=language,
        problem=prob,
        complexity=complexity,
        user=uid,
        engine=eng,
        now=now,
    )


def record_submission(
    session_id: int,
    code: str,
    result: Any,
    *,
    language: str = "python",
    problem: Any = None,
    complexity: str | None = None,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> SubmissionRecord:
    """Store a submission that has already been graded (:func:`submit` grades, then calls this).

    Parameters are those of :func:`submit`, with ``result`` the
    :class:`~interview_kernel.GradeResult` in place of a grader.
    """
    uid = current_user(user)
    eng = engine or get_engine()
    prob = _session_problem(session_id, code, problem, uid, eng)
    tests = list(getattr(result, "tests", []) or [])
    verdict = str(getattr(getattr(result, "verdict", None), "value", result.verdict))
    passed = int(result.passed)
    total = int(result.total)
    hidden = [t for t in tests if getattr(t, "hidden", False)]
    hidden_passed = sum(str(getattr(t.verdict, "value", t.verdict)) == "AC" for t in hidden)
    time_ms = float(getattr(result, "time_ms", 0.0) or 0.0)
    when = now or utcnow()
    with transaction(eng) as db:
        s = _load(db, session_id, uid, active=True)
        sub = CodeSubmission(
            session_id=s.id,
            user_id=uid,
            code=code,
            language=language,
            submitted_at=when,
            test_passed=passed,
            test_failed=total - passed,
            execution_time_ms=time_ms,
            verdict=verdict,
            problem_id=getattr(prob, "id", s.problem_id),
            problem_version=getattr(prob, "version", s.problem_version),
            hidden_passed=hidden_passed,
            hidden_total=len(hidden),
            complexity=complexity,
            result=_result_json(result),
        )
        db.add(sub)
        s.draft_code, s.draft_language, s.draft_saved_at = code, language, when
        db.flush()
        metrics.refresh_metrics(db, uid, when)
        return SubmissionRecord(
            id=sub.id,
            session_id=s.id,
            verdict=verdict,
            passed=passed,
            total=total,
            hidden_passed=hidden_passed,
            hidden_total=len(hidden),
            time_ms=time_ms,
            result=result,
        )


def _coding_report(
    db: Any, s: InterviewSession, prob: Any, now: datetime
) -> tuple[scoring.ScoreReport, CodeSubmission | None]:
    last = db.scalars(
        select(CodeSubmission)
        .where(CodeSubmission.session_id == s.id)
        .order_by(CodeSubmission.id.desc())
        .limit(1)
    ).first()
    minutes = max((now - s.start_time).total_seconds() / 60, 0.0)
    if last is None:
        attempt = scoring.CodingAttempt(
            minutes_used=minutes, minutes_allowed=s.duration_minutes, hints_used=s.hints_used
        )
    else:
        failed = len(
            db.scalars(
                select(CodeSubmission.id).where(
                    CodeSubmission.session_id == s.id,
                    CodeSubmission.id < last.id,
                    CodeSubmission.verdict != "AC",
                )
            ).all()
        )
        attempt = _attempt(s, last, prob, minutes, failed)
    return scoring.coding_score(attempt), last


def _attempt(
    s: InterviewSession, last: CodeSubmission, prob: Any, minutes: float, failed: int
) -> scoring.CodingAttempt:
    """What the coding score of session ``s`` is computed from, ``last`` its scored submission."""
    total = last.test_passed + last.test_failed
    return scoring.CodingAttempt(
        visible_passed=last.test_passed - last.hidden_passed,
        visible_total=total - last.hidden_total,
        hidden_passed=last.hidden_passed,
        hidden_total=last.hidden_total,
        verdict=last.verdict,
        target_complexity=getattr(getattr(prob, "complexity", None), "time", "") or "",
        measured_complexity=last.complexity,
        minutes_used=minutes,
        minutes_allowed=s.duration_minutes,
        hints_used=s.hints_used,
        failed_submissions=failed,
    )


def end_session(
    session_id: int,
    *,
    score: float | None = None,
    feedback: str | None = None,
    rubric: dict[str, int] | None = None,
    self_assessment: int | None = None,
    problem: Any = None,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> EndReport:
    """End a session: score it, update metrics, the review queue and any scheduled interview.

    Parameters
    ----------
    session_id
        An active session of the user.
    score
        An explicit 0-100 score; by default coding sessions are scored with
        :func:`interview_kernel.scoring.coding_score` on their last submission,
        design and behavioural sessions from ``rubric``.
    feedback
        Free text shown with the score (the interviewer's summary).
    rubric
        ``{problem_solving, technical, communication, testing: 1..4}``: gives the hire signal.
    self_assessment
        The candidate's own 1-5 rating of how it went.
    problem
        The problem (for its target complexity); defaults to loading the session's problem.
    user, engine, now
        Explicit user (see :func:`current_user`), the store and the clock.
    """
    uid = current_user(user)
    if self_assessment is not None and (
        isinstance(self_assessment, bool)
        or not isinstance(self_assessment, int)
        or not 1 <= self_assessment <= 5
    ):
        raise SessionError(f"self-assessment must be 1 to 5, got {self_assessment!r}")
    if score is not None and not 0 <= float(score) <= 100:
        raise SessionError(f"score must be between 0 and 100, got {score!r}")
    try:
        rubric_report = scoring.rubric_score(rubric) if rubric is not None else None
    except scoring.ScoringError as exc:
        raise SessionError(str(exc)) from exc
    eng = engine or get_engine()
    with transaction(eng) as db:
        s = _load(db, session_id, uid, active=True)
        problem_id, mode = s.problem_id, s.mode
    prob = problem
    if prob is None and problem_id and mode == "coding":
        try:
            prob = _resolve_problem(problem_id)
        except InterviewError:
            prob = None  # the bank changed; score without the target complexity
    when = now or utcnow()
    with transaction(eng) as db:
        s = _load(db, session_id, uid, active=True)
        coding_report: scoring.ScoreReport | None = None
        outcome: metrics.Outcome | None = None
        last = None
        if s.mode == "coding":
            coding_report, last = _coding_report(db, s, prob, when)
        final, breakdown = scoring.final_score(score, coding_report, rubric_report)
        s.status = "completed"
        s.end_time = when
        s.score = final
        s.feedback = feedback
        s.score_breakdown = breakdown
        s.self_assessment = self_assessment
        if rubric_report is not None:
            s.rubric = rubric_report.to_dict()
            s.hire_signal = rubric_report.hire_signal
        if s.mode == "coding" and s.problem_id and last is not None:
            outcome, reason = _review_outcome(last.verdict, coding_report)
            metrics.update_review(db, uid, s.problem_id, outcome, reason, when)
        db.flush()
        metrics.refresh_metrics(db, uid, when)
        lifecycle.complete_for_session(db, s, when)
        return EndReport(
            session_id=s.id,
            score=final,
            coding=coding_report,
            rubric=rubric_report,
            feedback=feedback,
            review_outcome=outcome,
        )


def _review_outcome(
    verdict: str, report: scoring.ScoreReport | None
) -> tuple[metrics.Outcome, str]:
    if verdict != "AC":
        return "failed", f"last verdict {verdict}"
    slow = [
        d.reason for d in (report.deductions if report else ()) if d.part in ("time", "efficiency")
    ]
    if slow:
        return "slow", slow[0]
    return "good", "accepted in time"


def record_run(
    problem: Any,
    code: str,
    language: str,
    result: Any,
    *,
    user: str | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> int:
    """Store an already-graded ``interview run`` as a one-submission coding session.

    The CLI calls this after grading (unless ``--no-save``); returns the session id.
    """
    view = create_session(user=user, mode="coding", problem=problem, engine=engine, now=now)
    record_submission(
        view.id,
        code,
        result,
        language=language,
        problem=problem,
        user=user,
        engine=engine,
        now=now,
    )
    end_session(view.id, problem=problem, user=user, engine=engine, now=now)
    return view.id


@dataclass(frozen=True)
class GradedRun:
    """One already-graded submission for :func:`record_runs`.

    Attributes
    ----------
    problem
        The :class:`~interview_kernel.Problem` (its id, version, difficulty,
        topics and target complexity are recorded).
    code, language
        The graded source.
    result
        The :class:`~interview_kernel.GradeResult`, or its ``to_dict()`` (the
        ``interview run --json`` shape, as a batch keeps it on disk).
    user
        Whose run it is (see :func:`current_user`).
    complexity
        The measured time complexity, when the complexity probe ran.
    """

    problem: Any
    code: str
    language: str
    result: Any
    user: str | None = None
    complexity: str | None = None


def _counts(result: Any) -> tuple[dict[str, Any], str, int, int, int, int, float]:
    """``(stored result, verdict, passed, total, hidden passed, hidden total, time ms)``."""
    if isinstance(result, dict):
        stored = json.loads(json.dumps(result, default=str))
        tests = list(stored.get("tests") or [])
        hidden = [t for t in tests if t.get("hidden")]
        if len(json.dumps(stored)) > MAX_RESULT_BYTES:
            stored = {k: v for k, v in stored.items() if k != "tests"}
            stored["tests_dropped"] = True
        return (
            stored,
            str(result["verdict"]),
            int(result["passed"]),
            int(result["total"]),
            sum(t.get("verdict") == "AC" for t in hidden),
            len(hidden),
            float(result.get("time_ms") or 0.0),
        )
    tests = list(getattr(result, "tests", []) or [])
    hidden_tests = [t for t in tests if getattr(t, "hidden", False)]
    return (
        _result_json(result) or {},
        str(getattr(result.verdict, "value", result.verdict)),
        int(result.passed),
        int(result.total),
        sum(str(getattr(t.verdict, "value", t.verdict)) == "AC" for t in hidden_tests),
        len(hidden_tests),
        float(getattr(result, "time_ms", 0.0) or 0.0),
    )


def record_runs(
    runs: Sequence[GradedRun],
    *,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> list[int | InterviewError]:
    """Store already-graded runs, each as a one-submission coding session, in one transaction.

    Each run is stored as :func:`record_run` stores one (a session created,
    the submission, the session ended and scored, the review queue and the
    metrics updated), but the whole list costs one transaction and a few
    statements per table instead of a handful of transactions per run: what a
    batch (``interview grade``) records.

    A run that cannot be stored (code over the size limit, a result without a
    verdict) is left out and reported in its place; the others are stored. A
    failure of the store itself stores none of them and raises.

    Returns
    -------
    list
        Per run, in order: the new session's id, or the
        :class:`~interview_kernel.errors.InterviewError` saying why it was not stored.
    """
    when = now or utcnow()
    out: list[int | InterviewError] = []
    ready: list[tuple[int, GradedRun, str, tuple[Any, ...]]] = []
    for n, run in enumerate(runs):
        try:
            _check_code(run.code)
            counts = _counts(run.result)
        except InterviewError as exc:
            out.append(exc)
            continue
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            out.append(SessionError(f"not a grading result ({type(exc).__name__}: {exc})"))
            continue
        out.append(-1)
        ready.append((n, run, current_user(run.user), counts))
    if not ready:
        return out
    with transaction(engine or get_engine()) as db:
        uids = sorted({uid for _, _, uid, _ in ready})
        for uid in uids:  # in one order, so two batches of the same users cannot deadlock
            metrics.lock_user(db, uid)
        pairs: list[tuple[InterviewSession, CodeSubmission]] = []
        for _, run, uid, (stored, verdict, passed, total, h_passed, h_total, ms) in ready:
            prob = run.problem
            s = InterviewSession(
                user_id=uid,
                mode="coding",
                problem_id=getattr(prob, "id", None),
                problem_version=getattr(prob, "version", None),
                difficulty=getattr(prob, "difficulty", None),
                topics=list(getattr(prob, "topics", []) or []) or None,
                start_time=when,
                duration_minutes=45,
                status="active",
                hints_used=0,
                timed=False,
                draft_code=run.code,
                draft_language=run.language,
                draft_saved_at=when,
            )
            sub = CodeSubmission(
                user_id=uid,
                code=run.code,
                language=run.language,
                submitted_at=when,
                test_passed=passed,
                test_failed=total - passed,
                execution_time_ms=ms,
                verdict=verdict,
                problem_id=getattr(prob, "id", None),
                problem_version=getattr(prob, "version", None),
                hidden_passed=h_passed,
                hidden_total=h_total,
                complexity=run.complexity,
                result=stored,
            )
            pairs.append((s, sub))
        db.add_all([s for s, _ in pairs])
        db.flush()
        for s, sub in pairs:
            sub.session_id = s.id
        db.add_all([sub for _, sub in pairs])
        problem_ids = sorted({s.problem_id for s, _ in pairs if s.problem_id})
        queue = {
            (item.user_id, item.problem_id): item
            for item in db.scalars(
                select(ReviewItem).where(
                    ReviewItem.user_id.in_(uids), ReviewItem.problem_id.in_(problem_ids)
                )
            )
        }
        for (n, run, uid, _), (s, sub) in zip(ready, pairs, strict=True):
            report = scoring.coding_score(_attempt(s, sub, run.problem, 0.0, 0))
            s.score, s.score_breakdown = scoring.final_score(None, report, None)
            s.status, s.end_time = "completed", when
            if s.problem_id:
                outcome, reason = _review_outcome(sub.verdict, report)
                _review(db, queue, uid, s.problem_id, outcome, reason, when)
            out[n] = s.id
        db.flush()
        metrics.refresh_metrics_of(db, uids, when)
    return out


def _review(
    db: Any,
    queue: dict[tuple[str, str], ReviewItem],
    uid: str,
    problem_id: str,
    outcome: metrics.Outcome,
    reason: str,
    now: datetime,
) -> None:
    """:func:`metrics.update_review` on a queue read once for the whole batch."""
    item = queue.get((uid, problem_id))
    nxt = metrics.next_review(item.stage if item else None, outcome, now)
    if nxt is None:
        if item is not None:
            (db.expunge if item in db.new else db.delete)(item)
            del queue[(uid, problem_id)]
        return
    if item is None:
        item = queue[(uid, problem_id)] = ReviewItem(user_id=uid, problem_id=problem_id)
        db.add(item)
    item.stage, item.due_at, item.updated_at = nxt[0], nxt[1], now
    item.reason = reason[:255]
