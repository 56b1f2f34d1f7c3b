"""RFC 5545 calendar export (``interview schedule export --ics FILE``).

One ``VEVENT`` per interview, in the user's zone (with its ``VTIMEZONE``),
one ``VALARM`` per reminder offset, and the interview's stored UID, so that
importing a newer export *updates* the calendar entries: a rescheduled
interview keeps its UID and carries a higher ``SEQUENCE``; a cancelled one is
exported with ``STATUS:CANCELLED`` so calendars remove it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event
from sqlalchemy import Engine, select

from ..settings import APP_PATH
from ..store import Program, ScheduledInterview, get_engine, transaction, utcnow
from . import rules
from .lifecycle import start_link

PRODID = "-//Jupyter interview notebooks//interview-kernel//EN"

_STATUS = {
    "scheduled": "CONFIRMED",
    "in_progress": "CONFIRMED",
    "completed": "CONFIRMED",
    "missed": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def _label(minutes: int) -> str:
    if minutes % 1440 == 0:
        return f"{minutes // 1440} day(s)"
    if minutes % 60 == 0:
        return f"{minutes // 60} hour(s)"
    return f"{minutes} minute(s)"


def build_calendar(
    interviews: list[dict[str, Any]], *, app_url: str = "", stamp: datetime | None = None
) -> Calendar:
    """A calendar from interview dicts (pure: values in, a ``Calendar`` out).

    Parameters
    ----------
    interviews
        Each with ``uid``, ``start`` (aware), ``duration_minutes``, ``timezone``,
        ``mode``, ``difficulty``, ``company_role``, ``status``, ``sequence``,
        ``reminder_offsets`` (minutes), and ``id`` (the event links to the
        interview's start link; without it, to the app).
    app_url
        Base URL of the Voila server, for the event's link (may be empty).
    stamp
        ``DTSTAMP`` of every event (the export time).
    """
    stamp = stamp or utcnow()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Mock interviews")
    for iv in interviews:
        tz = rules.zone(iv["timezone"])
        start = iv["start"].astimezone(tz)
        ev = Event()
        ev.add("uid", iv["uid"])
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(minutes=iv["duration_minutes"]))
        what = " ".join(x for x in (iv.get("difficulty"), iv["mode"]) if x)
        role = f" ({iv['company_role']})" if iv.get("company_role") else ""
        ev.add("summary", f"Mock interview: {what}{role}")
        path = start_link(iv["id"]) if iv.get("id") else APP_PATH
        link = f"{app_url.rstrip('/')}{path}" if app_url else path
        ev.add("description", f"Open the practice app to start: {link}")
        if app_url:
            ev.add("url", link)
        ev.add("sequence", int(iv.get("sequence") or 0))
        ev.add("status", _STATUS.get(iv["status"], "CONFIRMED"))
        ev.add("categories", ["interview", iv["mode"]])
        if iv["status"] in ("scheduled", "in_progress"):
            for minutes in iv.get("reminder_offsets") or ():
                al = Alarm()
                al.add("action", "DISPLAY")
                al.add("trigger", timedelta(minutes=-minutes))
                al.add("description", f"Mock interview in {_label(minutes)}")
                ev.add_component(al)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal


def export_ics(
    user_id: str,
    *,
    include_past: bool = False,
    app_url: str = "",
    engine: Engine | None = None,
    now: datetime | None = None,
) -> bytes:
    """The user's interviews as ``.ics`` bytes (recent and upcoming; all with ``include_past``)."""
    now = now or utcnow()
    with transaction(engine or get_engine()) as db:
        q = select(ScheduledInterview).where(ScheduledInterview.user_id == user_id)
        if not include_past:
            q = q.where(ScheduledInterview.scheduled_time >= now - timedelta(days=1))
        rows = db.scalars(q.order_by(ScheduledInterview.scheduled_time)).all()
        offsets: dict[int, list[int]] = {}
        for p in db.scalars(select(Program).where(Program.user_id == user_id)):
            offsets[p.id] = list(p.reminder_offsets or [])
        items = [
            {
                "id": iv.id,
                "uid": iv.uid,
                "start": iv.scheduled_time,
                "duration_minutes": iv.duration_minutes,
                "timezone": iv.timezone,
                "mode": iv.mode,
                "difficulty": iv.difficulty,
                "company_role": iv.company_role,
                "status": iv.status,
                "sequence": iv.sequence,
                "reminder_offsets": offsets.get(
                    iv.program_id or -1, list(rules.DEFAULT_REMINDERS_MIN)
                ),
            }
            for iv in rows
        ]
    return build_calendar(items, app_url=app_url, stamp=now).to_ical()
