"""The REST routes: problems, sessions, runs and submissions, schedules, stats, notes.

Paths are those of the architecture's contract, under ``/interview/api``.
Every store call is scoped to the caller (:attr:`ApiHandler.user_id`): another
user's session or interview answers 404, exactly as a missing one does.
Grading goes through the server's :class:`~interview_kernel.grading.service.GradingService`.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import asdict
from datetime import datetime
from typing import Any

from ..custom import parse_cases
from ..grading.cancel import CancelToken
from ..practice import metrics, notes, sessions
from ..schedule import inbox, lifecycle
from ..schedule.ics import export_ics
from ..store import Preferences, get_engine, transaction
from . import schemas
from .base import ApiError, ApiHandler
from .openapi import document

_CLIENT_RE = re.compile(schemas.CLIENT_PATTERN)

MAX_QUERY_CHARS = 200


class OpenApiHandler(ApiHandler):
    """``GET /interview/api/openapi.json``: the API described (OpenAPI 3.1)."""

    async def get(self) -> None:
        """The document."""
        self.reply(document(self.settings.get("base_url", "/")))


def _query(handler: ApiHandler, name: str) -> str | None:
    value = handler.get_query_argument(name, None)
    if value is not None and len(value) > MAX_QUERY_CHARS:
        raise ApiError(400, "invalid", f"{name}: at most {MAX_QUERY_CHARS} characters")
    return value.strip().lower() if value else None


class ProblemsHandler(ApiHandler):
    """``GET /interview/api/problems``: the bank, filtered."""

    async def get(self) -> None:
        """``?difficulty=&topic=&company=&language=&kind=&q=`` filter the list."""
        items = await self.api.call(self.api.catalogue)
        difficulty, topic, company = _query(self, "difficulty"), _query(self, "topic"), None
        company = _query(self, "company")
        language, kind, q = _query(self, "language"), _query(self, "kind"), _query(self, "q")

        def keep(p: dict[str, Any]) -> bool:
            lower = [t.lower() for t in p["topics"]]
            return (
                (difficulty is None or p["difficulty"] == difficulty)
                and (topic is None or topic in lower)
                and (company is None or company in [c.lower() for c in p["companies"]])
                and (language is None or language in p["languages"])
                and (kind is None or p["kind"] == kind)
                and (q is None or q in p["id"].lower() or q in p["title"].lower())
            )

        self.reply([p for p in items if keep(p)])


class ProblemHandler(ApiHandler):
    """``GET /interview/api/problems/{id}``: one problem, without hidden tests or references."""

    async def get(self, problem_id: str) -> None:
        """The ``problems show --json`` shape."""
        from ..bank.catalogue import public_dict

        problem = await self.api.call(self.api.problem, problem_id)
        self.reply(public_dict(problem, include_hidden=False))


def _session_json(view: sessions.SessionView) -> dict[str, Any]:
    return asdict(view)


class SessionsHandler(ApiHandler):
    """``GET|POST /interview/api/sessions``: the caller's sessions; start one."""

    async def get(self) -> None:
        """The caller's sessions, newest first."""
        views = await self.api.call(sessions.list_sessions, user=self.user_id)
        self.reply([_session_json(v) for v in views])

    async def post(self) -> None:
        """Start a session (``{problem, language, mode}``)."""
        body = self.body(schemas.SessionCreate)
        mode, timed = body.mode, False
        if mode in ("practice", "interview"):
            mode, timed = "coding", mode == "interview"
        problem: Any = None
        if mode == "coding":
            if body.problem is None:
                raise ApiError(400, "invalid", "problem: a coding session needs a problem id")
            problem = await self.api.call(self.api.problem, body.problem)
        view = await self.api.call(
            sessions.create_session,
            user=self.user_id,
            mode=mode,
            problem=problem,
            company_role=body.company_role,
            duration_minutes=body.duration_minutes,
            timed=timed,
            schedule_id=body.schedule_id,
        )
        if mode != "coding" and body.problem:  # the design prompt or behavioural focus
            self.api.subjects[(self.user_id, view.id)] = body.problem
        self.reply({**_session_json(view), "language": body.language}, 201)


class SessionHandler(ApiHandler):
    """``GET /interview/api/sessions/{id}``: one session with its chat and submissions."""

    async def get(self, session_id: str) -> None:
        """The session."""
        view = await self.api.call(sessions.get_session, int(session_id), user=self.user_id)
        self.reply(_session_json(view))


class DraftHandler(ApiHandler):
    """``PUT /interview/api/sessions/{id}/draft``: autosave the editor."""

    async def put(self, session_id: str) -> None:
        """Store the draft."""
        body = self.body(schemas.DraftRequest)
        await self.api.call(
            sessions.save_draft, int(session_id), body.code, body.language, user=self.user_id
        )
        self.reply({"saved": True})


async def _session_problem(handler: ApiHandler, session_id: int) -> Any:
    view = await handler.api.call(sessions.get_session, session_id, user=handler.user_id)
    if view.status != "active":
        raise sessions.SessionEndedError(session_id)
    if not view.problem_id or view.mode != "coding":
        raise ApiError(400, "invalid", f"session {session_id} has no problem to grade against")
    return await handler.api.call(handler.api.problem, view.problem_id)


class _GradingHandler(ApiHandler):
    """Grades through the shared service; a closed connection stops the run."""

    cancel: CancelToken | None = None
    queued_ms = 0
    """How long the last run waited for a kernel (the reply's ``queued_ms``)."""

    def on_connection_close(self) -> None:
        """The caller went away: stop the run (or drop it from the queue)."""
        if self.cancel is not None:
            self.cancel.cancel()

    async def grade(
        self, problem: Any, code: str, language: str, client: str | None = None, **kw: Any
    ) -> tuple[Any, int]:
        """The result and how many runs were ahead when it was queued."""
        token = self.cancel = CancelToken()

        def work(grader: Any) -> Any:
            return grader.grade(
                problem, code, language=language, cancel=token, stop_at_limit=True, **kw
            )

        return await self.queue(work, client)

    async def queue(self, work: Any, client: str | None = None) -> tuple[Any, int]:
        """Run ``work(grader)`` in the shared service under the caller's fair share."""
        key = self.user_id + (f"/{client}" if client else "")
        ticket = self.api.service.submit(key, work, self.cancel)
        ahead = ticket.position()
        result = await asyncio.wrap_future(ticket.future)
        if ticket.started is not None:
            self.queued_ms = round(1000 * (ticket.started - ticket.enqueued))
        return result, ahead


class RunsHandler(_GradingHandler):
    """``POST /interview/api/sessions/{id}/runs``: the visible tests plus custom inputs."""

    async def post(self, session_id: str) -> None:
        """Run ``{code, language, inputs?}``; not recorded."""
        body = self.body(schemas.RunRequest)
        problem = await _session_problem(self, int(session_id))
        custom = parse_cases(problem, body.inputs) if body.inputs else ()
        result, ahead = await self.grade(
            problem, body.code, body.language, include_hidden=False, custom=custom
        )
        self.reply({**result.to_dict(), "queued_behind": ahead, "queued_ms": self.queued_ms})


class SubmissionsHandler(_GradingHandler):
    """``POST /interview/api/sessions/{id}/submissions``: every test, recorded."""

    async def post(self, session_id: str) -> None:
        """Submit ``{code, language}``."""
        body = self.body(schemas.SubmissionRequest)
        sid = int(session_id)
        problem = await _session_problem(self, sid)
        result, ahead = await self.grade(problem, body.code, body.language, include_hidden=True)
        record = await self.api.call(
            sessions.record_submission,
            sid,
            body.code,
            result,
            language=body.language,
            problem=problem,
            user=self.user_id,
        )
        self.reply(
            {
                **result.to_dict(),
                "submission_id": record.id,
                "queued_behind": ahead,
                "queued_ms": self.queued_ms,
            },
            201,
        )


class GradeHandler(_GradingHandler):
    """``POST /interview/api/grade``: grade without a session (what the app's page calls)."""

    async def post(self) -> None:
        """``{problem, code, language, include_hidden?, inputs?}``; hidden tests stay opaque."""
        body = self.body(schemas.GradeRequest)
        problem = await self.api.call(self.api.problem, body.problem)
        custom = parse_cases(problem, body.inputs) if body.inputs else ()
        result, ahead = await self.grade(
            problem,
            body.code,
            body.language,
            client=body.client,
            include_hidden=body.include_hidden,
            custom=custom,
        )
        self.reply({**result.to_dict(), "queued_behind": ahead, "queued_ms": self.queued_ms})


class ProbeHandler(_GradingHandler):
    """``POST /interview/api/grade/probe``: estimate the time complexity of accepted code."""

    async def post(self) -> None:
        """``{problem, code, language}``: the complexity report (a few seconds of runs)."""
        from ..grading.grader import Grader
        from ..grading.probe import probe_complexity

        body = self.body(schemas.ProbeRequest)
        problem = await self.api.call(self.api.problem, body.problem)
        Grader.admit(problem, body.code, body.language)
        token = self.cancel = CancelToken()

        def work(grader: Any) -> Any:
            return probe_complexity(grader, problem, body.code, body.language, cancel=token)

        report, _ = await self.queue(work, body.client)
        self.reply(report.to_dict())


class EndHandler(ApiHandler):
    """``POST /interview/api/sessions/{id}/end``: score the session and close it."""

    async def post(self, session_id: str) -> None:
        """End with ``{score?, feedback?, rubric?, self_assessment?}``."""
        body = self.body(schemas.EndRequest)
        report = await self.api.call(
            sessions.end_session,
            int(session_id),
            score=body.score,
            feedback=body.feedback,
            rubric=body.rubric,
            self_assessment=body.self_assessment,
            user=self.user_id,
        )
        self.reply(
            {
                "session_id": report.session_id,
                "score": report.score,
                "feedback": report.feedback,
                "coding": report.coding.to_dict() if report.coding else None,
                "rubric": report.rubric.to_dict() if report.rubric else None,
                "review_outcome": report.review_outcome,
            }
        )


class ScheduleHandler(ApiHandler):
    """``GET|POST /interview/api/schedule``: the caller's interviews; create a program."""

    async def get(self) -> None:
        """Upcoming interviews (``?past=1`` for all)."""
        past = self.get_query_argument("past", "0") in ("1", "true", "yes")
        items = await self.api.call(lifecycle.list_interviews, self.user_id, include_past=past)
        self.reply(items)

    async def post(self) -> None:
        """Create a program of interviews and their reminders."""
        body = self.body(schemas.ProgramRequest)
        summary = await self.api.call(
            lifecycle.create_program,
            user_id=self.user_id,
            weeks=body.weeks,
            day=body.day,
            at=body.at,
            tz=body.tz,
            start=body.start,
            frequency=body.frequency,
            mode=body.mode,
            difficulty=body.difficulty,
            company_role=body.company_role,
            email=body.email,
            notifications=body.notifications,
            reminder_offsets=tuple(body.reminder_offsets),
            duration_minutes=body.duration_minutes,
        )
        self.reply(asdict(summary), 201)


async def _own_interview(handler: ApiHandler, interview_id: int) -> None:
    found = await handler.api.call(lifecycle.get_interview, interview_id, handler.user_id)
    if found is None:
        raise ApiError(404, "not_found", f"no interview {interview_id}")


class RescheduleHandler(ApiHandler):
    """``POST /interview/api/schedule/{id}/reschedule``: move one interview."""

    async def post(self, interview_id: str) -> None:
        """Move to ``{time}`` (ISO 8601 with offset)."""
        body = self.body(schemas.RescheduleRequest)
        try:
            when = datetime.fromisoformat(body.time)
        except ValueError:
            raise ApiError(
                400, "invalid", "time: use ISO 8601, e.g. 2026-12-04T15:00-05:00"
            ) from None
        await _own_interview(self, int(interview_id))
        moved = await self.api.call(
            lifecycle.reschedule_interview, int(interview_id), self.user_id, when
        )
        self.reply(moved)


class CancelHandler(ApiHandler):
    """``POST /interview/api/schedule/{id}/cancel``: cancel one interview."""

    async def post(self, interview_id: str) -> None:
        """Cancel it and its pending reminders."""
        await _own_interview(self, int(interview_id))
        self.reply(await self.api.call(lifecycle.cancel_interview, int(interview_id), self.user_id))


class CalendarHandler(ApiHandler):
    """``GET /interview/api/schedule.ics``: the caller's interviews as a calendar file."""

    async def get(self) -> None:
        """RFC 5545, with alarms for the reminders."""
        data = await self.api.call(export_ics, self.user_id)
        self.set_header("Content-Disposition", 'attachment; filename="interviews.ics"')
        self.finish(data, set_content_type="text/calendar; charset=utf-8")


class RemindersHandler(ApiHandler):
    """``GET /interview/api/reminders``: the in-app reminders not yet dismissed."""

    async def get(self) -> None:
        """Unread banners, newest first."""
        self.reply(await self.api.call(inbox.unread, self.user_id))


class DismissHandler(ApiHandler):
    """``POST /interview/api/reminders/{id}/dismiss``."""

    async def post(self, notification_id: str) -> None:
        """Mark one banner read."""
        if not await self.api.call(inbox.dismiss, int(notification_id), self.user_id):
            raise ApiError(404, "not_found", f"no reminder {notification_id}")
        self.reply({"dismissed": True})


class StatsHandler(ApiHandler):
    """``GET /interview/api/stats``: what ``interview stats --json`` prints, for the caller."""

    async def get(self) -> None:
        """The caller's statistics."""
        self.reply(await self.api.call(metrics.collect_stats, self.user_id))


PREFERENCE_FIELDS = tuple(schemas.PreferencesRequest.model_fields)


def _get_preferences(user_id: str) -> dict[str, Any]:
    with transaction(get_engine()) as db:
        pref = db.get(Preferences, user_id)
        return {f: getattr(pref, f, None) if pref else None for f in PREFERENCE_FIELDS}


def _save_preferences(user_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    with transaction(get_engine()) as db:
        pref = db.get(Preferences, user_id)
        if pref is None:
            pref = Preferences(user_id=user_id, notifications_enabled=True)
            db.add(pref)
        for k, v in changes.items():
            setattr(pref, k, v)
    return _get_preferences(user_id)


class PreferencesHandler(ApiHandler):
    """``GET|PUT /interview/api/preferences``."""

    async def get(self) -> None:
        """The caller's preferences."""
        self.reply(await self.api.call(_get_preferences, self.user_id))

    async def put(self) -> None:
        """Change the fields given."""
        body = self.body(schemas.PreferencesRequest)
        changes = body.model_dump(exclude_unset=True)
        self.reply(await self.api.call(_save_preferences, self.user_id, changes))


class NotesHandler(ApiHandler):
    """``GET /interview/api/notes``: every note of the caller, by subject."""

    async def get(self) -> None:
        """``{subject: body}``."""
        self.reply(await self.api.call(notes.list_notes, user=self.user_id))


class NoteHandler(ApiHandler):
    """``GET|PUT /interview/api/notes/{subject}``."""

    async def get(self, subject: str) -> None:
        """The notes on one problem (empty when none)."""
        body = await self.api.call(notes.get_note, subject, user=self.user_id)
        self.reply({"subject": subject, "body": body})

    async def put(self, subject: str) -> None:
        """Replace them (an empty body deletes them)."""
        body = self.body(schemas.NoteRequest)
        await self.api.call(notes.save_note, subject, body.body, user=self.user_id)
        self.reply({"subject": subject, "body": body.body})


class GradingStatusHandler(ApiHandler):
    """``GET /interview/api/grading``: the shared pool and its queue."""

    async def get(self) -> None:
        """Pool size, runs in flight and waiting; with ``?client=`` that client's place.

        ``position`` is how many runs start before the caller's oldest waiting run
        from that client (0: it is next), or -1 when none of its runs waits.
        """
        stats = self.api.service.stats()
        client = self.get_query_argument("client", None)
        if client is not None:
            if not _CLIENT_RE.match(client):
                message = "client: 1-64 letters, digits or . : - _"
                raise ApiError(400, "invalid", message)
            stats["position"] = self.api.service.position_of(f"{self.user_id}/{client}")
        self.reply(stats)
