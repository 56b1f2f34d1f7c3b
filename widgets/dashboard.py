"""The dashboard's interactive part: upcoming mock interviews to start, schedule, move or cancel.

One anywidget (``dashboard.js``). Times travel as UTC instants and the page shows
them in the browser's own time zone; a new or moved interview is given as the
wall-clock date and time the person picked plus the browser's IANA zone, so
"15:00" stays 15:00 local across daylight-saving changes (the schedule's own
rule). Every request is answered with a sentence (``ok`` or ``error``); store
and schedule errors never reach the page as tracebacks or command lines.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import anywidget
import traitlets as t

from ._mock import mock_banner, start_href

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent

MODES = ("coding", "design", "behavioral")
DIFFICULTIES = ("easy", "medium", "hard")
LENGTHS = (30, 45, 60, 90)
MAX_WEEKS = 26


def _friendly(exc: Exception) -> str:
    """A schedule error as a sentence for the page: no command lines, no user ids."""
    text = str(exc)
    if "`" in text or "--" in text:
        text = text.split(";")[0]
    text = re.sub(r" for user '[^']*'", "", text)
    text = text.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if text else "That did not work; try again."


def _local(day: Any, clock: Any) -> datetime:
    """``YYYY-MM-DD`` and ``HH:MM`` from the page as a naive wall-clock time."""
    from interview_kernel.schedule import ScheduleError
    from interview_kernel.schedule.rules import parse_time

    if not isinstance(day, str) or not isinstance(clock, str):
        raise ScheduleError("pick a date and a time")
    try:
        when = date.fromisoformat(day)
    except ValueError as exc:
        raise ScheduleError(f"{day!r} is not a date") from exc
    return datetime.combine(when, parse_time(clock))


class SchedulePanel(anywidget.AnyWidget):
    """Upcoming mock interviews with start links, and forms to schedule, reschedule and cancel.

    Parameters
    ----------
    user
        Whose interviews (default: the current user).
    engine
        The store (default: the configured one).
    """

    _esm = _HERE / "dashboard.js"
    _css = _HERE / "dashboard.css"
    interviews = t.List(t.Dict()).tag(sync=True)
    banner = t.Dict().tag(sync=True)
    error = t.Unicode("").tag(sync=True)

    def __init__(self, user: str | None = None, engine: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.user = user
        self.engine = engine
        self.add_class("interview-schedule")
        self.on_msg(self._on_browser_message)
        self.refresh()

    def _uid(self) -> str:
        from interview_kernel.store.identity import current_user

        return current_user(self.user)

    def refresh(self) -> None:
        """Read the user's upcoming interviews (still to start) and the announcement again."""
        from interview_kernel.schedule import list_interviews

        try:
            rows = list_interviews(self._uid(), engine=self.engine)
        except Exception:  # noqa: BLE001 - the candidate gets a sentence, the operator the log
            log.exception("listing scheduled interviews failed")
            self.error = "Your mock interviews could not be read just now; reload the page."
            return
        self.error = ""
        self.interviews = [
            {
                "id": r["id"],
                "starts_at": r["scheduled_time_utc"],
                "timezone": r["timezone"],
                "mode": r["mode"],
                "difficulty": r["difficulty"] or "",
                "minutes": r["duration_minutes"],
                "can_start": bool(r["can_start"]),
                "href": start_href(r["id"]),
            }
            for r in rows
            if r["status"] == "scheduled"  # one in progress is open in the app, not upcoming
        ]
        self.banner = mock_banner(self.user, engine=self.engine)

    # -- requests from the page ------------------------------------------------------------

    def schedule(self, request: dict[str, Any], now: datetime | None = None) -> str:
        """Create one interview, or one a week for ``weeks`` weeks; returns what was done."""
        from interview_kernel.schedule import ScheduleError, create_program
        from interview_kernel.schedule.rules import DAYS, to_utc, zone
        from interview_kernel.store import utcnow

        tz = str(request.get("tz") or "UTC")
        local = _local(request.get("date"), request.get("time"))
        weeks = request.get("weeks", 1)
        minutes = request.get("minutes", 45)
        mode, difficulty = request.get("mode", "coding"), request.get("difficulty") or None
        if not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
            raise ScheduleError(f"repeat for 1 to {MAX_WEEKS} weeks")
        if minutes not in LENGTHS:
            raise ScheduleError("pick a length from the list")
        if mode not in MODES or (difficulty is not None and difficulty not in DIFFICULTIES):
            raise ScheduleError("pick a kind and a difficulty from the lists")
        now = now or utcnow()
        if to_utc(local, zone(tz))[0] <= now:
            raise ScheduleError("that time has passed; pick a later one")
        made = create_program(
            user_id=self._uid(),
            weeks=weeks,
            day=DAYS[local.weekday()],
            at=f"{local:%H:%M}",
            tz=tz,
            start=local.date(),
            mode=mode,
            difficulty=difficulty,
            duration_minutes=minutes,
            engine=self.engine,
            now=now,
        )
        n = len(made.interviews)
        return f"Scheduled {n} mock interview{'s' if n != 1 else ''}."

    def reschedule(self, request: dict[str, Any], now: datetime | None = None) -> str:
        """Move one interview to the date and time the page gives, in its zone."""
        from interview_kernel.schedule import ScheduleError, reschedule_interview
        from interview_kernel.schedule.rules import to_utc, zone

        interview_id = request.get("id")
        if not isinstance(interview_id, int) or isinstance(interview_id, bool):
            raise ScheduleError("that interview is not in the list")
        local = _local(request.get("date"), request.get("time"))
        when, _note = to_utc(local, zone(str(request.get("tz") or "UTC")))
        reschedule_interview(interview_id, self._uid(), when, engine=self.engine, now=now)
        return "Moved; your reminders follow the new time."

    def cancel(self, interview_id: Any) -> str:
        """Cancel one interview (and its reminders)."""
        from interview_kernel.schedule import ScheduleError, cancel_interview

        if not isinstance(interview_id, int) or isinstance(interview_id, bool):
            raise ScheduleError("that interview is not in the list")
        cancel_interview(interview_id, self._uid(), engine=self.engine)
        return "Cancelled."

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        """Do what the page asks and answer with a sentence, then redraw the list."""
        from interview_kernel.errors import InterviewError

        actions = {"schedule": self.schedule, "reschedule": self.reschedule, "cancel": self.cancel}
        action = next((k for k in actions if isinstance(content, dict) and k in content), None)
        if action is None:
            self.send({"error": "That request was not understood; reload the page."})
            return
        try:
            done = actions[action](content[action])
        except InterviewError as exc:
            self.send({"error": _friendly(exc), "action": action})
            return
        except Exception:  # noqa: BLE001 - the page always gets an answer
            log.exception("schedule request %r failed", content)
            self.send({"error": "That did not work just now; try again.", "action": action})
            return
        self.refresh()
        self.send({"ok": done, "action": action})
