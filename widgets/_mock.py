"""The "your mock interview starts in ..." line of the picker, the app and the dashboard.

:func:`mock_banner` gives what to show (or nothing): the next scheduled mock
interview of the user when it starts within :data:`MOCK_HORIZON` or can be
started now, with its start link. The link is relative (``interview.ipynb?schedule=<id>``):
the app and the dashboard are served side by side, so it works at whatever
address (and under whatever hub prefix) the pages are served.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

log = logging.getLogger(__name__)

MOCK_HORIZON = timedelta(hours=24)
"""How far ahead a scheduled mock interview is announced."""

APP_PAGE = "interview.ipynb"


def start_href(interview_id: int) -> str:
    """The start link of a scheduled interview, relative to the app's and dashboard's pages."""
    return f"{APP_PAGE}?schedule={int(interview_id)}"


def duration_text(seconds: float) -> str:
    """``2 days 3 h``, ``3 h 5 min``, ``12 min``: how long until, to the useful precision.

    Examples
    --------
    >>> duration_text(125 * 60), duration_text(30), duration_text(26 * 3600)
    ('2 h 5 min', '1 min', '1 day 2 h')
    """
    minutes = max(1, round(seconds / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days > 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {mins} min" if mins else "")
    return f"{mins} min"


def mock_banner(
    user: str | None = None, *, engine: Any = None, now: datetime | None = None
) -> dict[str, Any]:
    """The next mock interview to announce, or ``{}`` when there is none within a day.

    Returns
    -------
    dict
        ``text`` (the sentence), ``href`` (its start link), ``id``, ``starts_at``
        (ISO 8601, UTC), ``seconds_until`` and ``can_start`` (inside its start
        window: the link starts it now). Empty when nothing is scheduled within
        :data:`MOCK_HORIZON` or the store cannot be read (logged, not shown).
    """
    try:
        from interview_kernel.schedule import next_interview

        iv = next_interview(user, engine=engine, now=now)
    except Exception:  # noqa: BLE001 - the announcement is an extra
        log.exception("looking up the next mock interview failed")
        return {}
    if not iv:
        return {}
    seconds = float(iv["seconds_until"])
    if iv["can_start"]:
        text = "Your mock interview can start now."
    elif 0 < seconds <= MOCK_HORIZON.total_seconds():
        text = f"Your mock interview starts in {duration_text(seconds)}."
    else:
        return {}
    return {
        "id": iv["id"],
        "text": text,
        "href": start_href(iv["id"]),
        "starts_at": iv["scheduled_time_utc"],
        "seconds_until": seconds,
        "can_start": bool(iv["can_start"]),
    }
