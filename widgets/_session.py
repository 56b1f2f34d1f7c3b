"""Records an app sitting in the session store: drafts, runs, chat and the end.

Storage is a side effect the candidate must never pay for: every call here
catches its own failures, logs them for the operator, and keeps a short
message (:attr:`SessionRecorder.problem`) the app may show. Grading does not
depend on the store.
"""

from __future__ import annotations

import importlib
import logging
import time
from typing import Any

log = logging.getLogger(__name__)

DRAFT_EVERY_S = 5.0
MIN_MINUTES, MAX_MINUTES = 5, 240


class SessionRecorder:
    """One practice or interview session, kept in the store.

    Parameters
    ----------
    problem
        The :class:`interview_kernel.Problem` being solved.
    minutes
        The session's time budget (clamped to what the store accepts).
    resume
        Pick up the newest unfinished session on this problem (after a reload).
    timed
        A sitting on its own clock (``mode=interview``): it resumes only a timed
        session, never a practice one (and practice never resumes it).
    schedule_id
        The scheduled mock interview this sitting starts (its ``?schedule=<id>``
        link): its own session is resumed after a reload, else a session is
        started for it. Without it no scheduled interview is touched.
    resume_id
        A timed sitting to resume by its id (the ``session=<id>`` the page put in
        its address): a timed sitting resumes only that way, so opening timed
        mode afresh always starts a fresh session, while a reload keeps its clock.
    api
        The sessions module (tests pass a fake); default :mod:`interview_kernel.practice.sessions`.
    """

    def __init__(
        self,
        problem: Any,
        minutes: float,
        resume: bool = True,
        timed: bool = False,
        schedule_id: int | None = None,
        api: Any = None,
        resume_id: int | None = None,
    ) -> None:
        self.problem = problem
        self.minutes = int(min(MAX_MINUTES, max(MIN_MINUTES, round(minutes or 0) or 45)))
        self.resume = resume
        self.timed = timed
        self.schedule_id = schedule_id
        self.resume_id = resume_id
        self.resumed = False
        """Whether :meth:`start` picked up an existing session (a reload) rather than a new one."""
        self._api = api
        self.view: Any = None
        self.error = ""
        self._last_draft = 0.0
        self._pending_draft: tuple[str, str] | None = None

    @property
    def api(self) -> Any:
        """The sessions module, imported on first use."""
        if self._api is None:
            self._api = importlib.import_module("interview_kernel.practice.sessions")
        return self._api

    @property
    def session_id(self) -> int | None:
        """The store's id for this session, once started."""
        return getattr(self.view, "id", None)

    def _safely(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - storage never breaks the app
            log.exception("session store: %s failed", what)
            self.error = f"Progress is not being saved ({what} failed: {exc})."
            return None

    def start(self) -> Any:
        """Resume or create the session; returns its view (``None`` when the store failed)."""
        view = None
        self.resumed = False
        if self.schedule_id is not None:
            view = self._safely("resume", self.api.resume_session, schedule_id=self.schedule_id)
        elif self.timed:
            view = self._timed_sitting()
        elif self.resume:
            view = self._safely(
                "resume", self.api.resume_session, problem_id=self.problem.id, timed=self.timed
            )
            if view is not None and view.remaining_seconds() <= 0:
                view = None  # a stale sitting: start afresh
        if view is None:
            view = self._safely(
                "start",
                self.api.create_session,
                mode="coding",
                problem=self.problem,
                duration_minutes=self.minutes,
                timed=self.timed,
                schedule_id=self.schedule_id,
            )
        else:
            self.resumed = True
        self.view = view
        return view

    def _timed_sitting(self) -> Any:
        """The timed session named by :attr:`resume_id`, if it is this one still running."""
        if self.resume_id is None or not self.resume:
            return None
        try:
            view = self.api.get_session(self.resume_id)
        except Exception:  # noqa: BLE001 - not ours, or gone: a fresh sitting
            log.info("timed session %s cannot be resumed; starting afresh", self.resume_id)
            return None
        fits = (
            view.status == "active"
            and view.timed
            and view.problem_id == self.problem.id
            and view.scheduled_interview_id is None
        )
        return view if fits else None

    def restart(self, timed: bool | None = None, minutes: float | None = None) -> Any:
        """Start a new session on the same problem (after End, or time up); returns its view."""
        if timed is not None:
            self.timed = timed
        if minutes is not None:
            self.minutes = int(min(MAX_MINUTES, max(MIN_MINUTES, round(minutes) or 45)))
        self.schedule_id = None
        self.resume = False
        self.resume_id = None
        self.view = None
        self.error = ""
        self._pending_draft = None
        return self.start()

    def last_result(self) -> dict[str, Any] | None:
        """The stored result of this session's latest submission (``None``: none, or no store)."""
        if self.session_id is None:
            return None
        helper = getattr(self.api, "last_result", None)
        if not callable(helper):
            return None
        return self._safely("reading the last result", helper, self.session_id)

    def draft(self, code: str, language: str, force: bool = False) -> None:
        """Autosave the editor, at most every few seconds unless ``force``."""
        if self.session_id is None or not code.strip():
            return
        self._pending_draft = (code, language)
        now = time.monotonic()
        if force or now - self._last_draft >= DRAFT_EVERY_S:
            self._last_draft = now
            self._pending_draft = None
            self._safely("draft", self.api.save_draft, self.session_id, code, language)

    def on_result(self, app: Any, result: Any, source: str, language: str) -> None:
        """Store a graded run (the result the app already showed).

        The app calls this after the complexity probe of an Accepted run, so the
        submission keeps the measured class (when confident enough to score).
        """
        if self.session_id is None:
            return
        from .complexity import trusted_class

        complexity = trusted_class(getattr(app, "last_complexity", None))
        self._safely(
            "submission",
            self.api.record_submission,
            self.session_id,
            source,
            result,
            language=language,
            problem=self.problem,
            complexity=complexity,
        )
        self.draft(source, language, force=True)

    def on_chat(self, speaker: str, text: str) -> None:
        """Store one chat line (``user`` or ``ai``; system notes are not stored)."""
        if self.session_id is None or speaker not in ("user", "ai") or not text.strip():
            return
        self._safely("chat", self.api.add_chat, self.session_id, speaker, text[:8000])

    def on_hint(self) -> None:
        """Count a hint taken (the interviewer's ``on_hint`` calls this as it gives one)."""
        if self.session_id is not None:
            self._safely("hint", self.api.record_hint, self.session_id)

    def end(self) -> Any:
        """End the session; returns the store's report (score and feedback) or ``None``."""
        if self.session_id is None:
            return None
        if self._pending_draft:
            self.draft(*self._pending_draft, force=True)
        report = self._safely("end", self.api.end_session, self.session_id, problem=self.problem)
        if report is not None:
            self.view = None
        return report


def next_interview_ms() -> float:
    """Epoch ms of the user's next scheduled mock interview, or ``0`` (none, or no store)."""
    try:
        from interview_kernel.schedule import next_interview

        upcoming = next_interview()
    except Exception:  # noqa: BLE001 - the countdown just omits it
        log.exception("looking up the next scheduled interview failed")
        return 0.0
    if not upcoming or upcoming.get("seconds_until") is None:
        return 0.0
    return time.time() * 1000 + float(upcoming["seconds_until"]) * 1000


def reminder_banners() -> list[dict[str, Any]]:
    """Unread in-app reminders (``id``, ``message``), or ``[]`` without a store."""
    try:
        from interview_kernel.schedule.inbox import unread

        return list(unread())
    except Exception:  # noqa: BLE001
        log.exception("reading reminder banners failed")
        return []


def dismiss_banners(ids: list[int]) -> None:
    """Mark banners read (failures are logged only)."""
    try:
        from interview_kernel.schedule.inbox import dismiss

        for banner_id in ids:
            dismiss(banner_id)
    except Exception:  # noqa: BLE001
        log.exception("dismissing reminder banners failed")
