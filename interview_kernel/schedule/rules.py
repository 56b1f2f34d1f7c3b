"""Schedule arithmetic: pure functions from a program's settings to UTC instants.

The daylight-saving rule
------------------------
A program fixes a *wall-clock* time in the user's zone: "Fridays 15:00 in
America/New_York" is 15:00 local in January (20:00 UTC) and in July (19:00
UTC). Occurrences are generated as local wall-clock times (python-dateutil
``rrule`` on naive datetimes) and only then converted to UTC with ``zoneinfo``.

Local times that do not exist or occur twice are resolved by one documented rule:

* **Gap** (spring forward; 02:30 on the night clocks jump 02:00 -> 03:00):
  the time moves forward by the length of the gap, to 03:30 local, so the
  interview keeps its place in the day (PEP 495 ``fold=0``).
* **Fold** (fall back; 01:30 happens twice): the *first* occurrence, still on
  daylight time (``fold=0``).

Nothing here reads the clock, the database or the network.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as _rr

from ..errors import InterviewError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FREQUENCIES = ("daily", "weekly", "biweekly")
DEFAULT_REMINDERS_MIN = (24 * 60, 60, 5)
"""Reminder offsets in minutes before the interview: 24 h, 1 h, 5 min."""

MAX_OCCURRENCES = 400
"""A program never creates more interviews than this (an RRULE without an end is capped)."""

EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class ScheduleError(InterviewError):
    """A schedule setting that cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class Occurrence:
    """One interview of a program: its local wall-clock time and the UTC instant."""

    local: datetime
    utc: datetime
    adjusted: str = ""

    def iso(self) -> str:
        """ISO 8601 in the user's zone, with its offset."""
        return self.utc.astimezone(self.local.tzinfo).isoformat()


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` or a :class:`ScheduleError` naming the problem."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ScheduleError(
            f"unknown time zone {name!r}: use an IANA name such as America/New_York"
            " or Europe/Berlin"
        ) from exc


def parse_time(text: str) -> time:
    """``"15:00"`` -> ``time(15, 0)``; rejects impossible times such as ``25:00``."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ScheduleError(f"impossible time {text!r}: use 24-hour HH:MM such as 15:00")
    return time(int(m.group(1)), int(m.group(2)))


def parse_day(text: str) -> int:
    """A weekday name or prefix (``fri``) -> 0 (Monday) .. 6 (Sunday)."""
    t = text.strip().lower()
    matches = [i for i, d in enumerate(DAYS) if len(t) >= 2 and d.startswith(t)]
    if len(matches) != 1:
        raise ScheduleError(f"unknown day {text!r}: use a weekday such as friday")
    return matches[0]


def parse_offsets(text: str) -> tuple[int, ...]:
    """``"24h,1h,5m"`` -> ``(1440, 60, 5)`` minutes, largest first, no duplicates."""
    out = set()
    for part in text.split(","):
        p = part.strip().lower()
        m = re.fullmatch(r"(\d+)\s*([dhm])", p)
        if not m or int(m.group(1)) <= 0:
            raise ScheduleError(f"bad reminder offset {part!r}: use forms like 24h, 1h, 5m, 2d")
        out.add(int(m.group(1)) * {"d": 1440, "h": 60, "m": 1}[m.group(2)])
    if not out:
        raise ScheduleError("no reminder offsets given")
    return tuple(sorted(out, reverse=True))


def check_email(address: str) -> str:
    """The address stripped, or a :class:`ScheduleError` if it is not an e-mail address."""
    a = address.strip()
    if not EMAIL_RE.match(a):
        raise ScheduleError(f"invalid e-mail address {address!r}")
    return a


def to_utc(local: datetime, tz: ZoneInfo) -> tuple[datetime, str]:
    """Attach ``tz`` to a naive wall-clock time by the module's DST rule.

    Returns
    -------
    tuple of (datetime, str)
        The UTC instant, and ``""`` or a note saying how a gap or fold was resolved.
    """
    aware = local.replace(tzinfo=tz, fold=0)
    utc = aware.astimezone(timezone.utc)
    back = utc.astimezone(tz)
    if back.replace(tzinfo=None) != local:
        return utc, f"{local:%H:%M} does not exist on {local:%Y-%m-%d}; moved to {back:%H:%M}"
    later = local.replace(tzinfo=tz, fold=1).astimezone(timezone.utc)
    if later != utc:
        return utc, f"{local:%H:%M} occurs twice on {local:%Y-%m-%d}; the first one is used"
    return utc, ""


def build_rrule(frequency: str, weekday: int | None) -> str:
    """An RFC 5545 RRULE (without DTSTART or COUNT) for a named frequency."""
    if frequency == "daily":
        return "FREQ=DAILY"
    if frequency not in ("weekly", "biweekly"):
        raise ScheduleError(f"unknown frequency {frequency!r}: use {', '.join(FREQUENCIES)}")
    day = DAYS[weekday if weekday is not None else 4][:2].upper()
    interval = ";INTERVAL=2" if frequency == "biweekly" else ""
    return f"FREQ=WEEKLY{interval};BYDAY={day}"


def occurrences(
    rule: str,
    at: time,
    tz_name: str,
    start: date,
    *,
    count: int | None = None,
    until: date | None = None,
) -> list[Occurrence]:
    """The interviews a rule produces from ``start``, in local time and UTC.

    Parameters
    ----------
    rule
        An RRULE body such as ``FREQ=WEEKLY;BYDAY=FR`` (``RRULE:`` prefix optional).
    at
        Local wall-clock time of each interview.
    tz_name
        IANA zone.
    start
        First day that may hold an interview.
    count, until
        Limit by number or by last day; the rule's own COUNT/UNTIL also apply.
        At most :data:`MAX_OCCURRENCES` are returned.

    Examples
    --------
    >>> from datetime import date, time
    >>> occ = occurrences("FREQ=WEEKLY;BYDAY=FR", time(15), "America/New_York",
    ...                   date(2026, 10, 30), count=2)
    >>> [o.iso() for o in occ]
    ['2026-10-30T15:00:00-04:00', '2026-11-06T15:00:00-05:00']
    """
    tz = zone(tz_name)
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    dtstart = datetime.combine(start, at)
    try:
        rr = _rr.rrulestr(body, dtstart=dtstart, ignoretz=True)
    except (ValueError, TypeError) as exc:
        raise ScheduleError(f"invalid RRULE {rule!r}: {exc}") from exc
    limit = min(count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    end = datetime.combine(until, time(23, 59, 59)) if until else None
    out: list[Occurrence] = []
    for local in rr:
        if end is not None and local > end:
            break
        local = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
        utc, note = to_utc(local, tz)
        out.append(Occurrence(local=local.replace(tzinfo=tz), utc=utc, adjusted=note))
        if len(out) >= limit:
            break
    return out


def weekly_program(
    weeks: int,
    day: str,
    at: str,
    tz_name: str,
    start: date,
    frequency: str = "weekly",
) -> tuple[str, list[Occurrence]]:
    """The RRULE and occurrences of an "every <day> at <time> for <weeks> weeks" program.

    ``weeks`` bounds the calendar span: a 12-week weekly program has 12
    interviews, a biweekly one 6, a daily one 84.
    """
    if weeks < 1 or weeks > 104:
        raise ScheduleError(f"weeks must be 1 to 104, got {weeks}")
    rule = build_rrule(frequency, parse_day(day))
    until = start + timedelta(weeks=weeks) - timedelta(days=1)
    return rule, occurrences(rule, parse_time(at), tz_name, start, until=until)


def reminder_times(when: datetime, offsets_min: Sequence[int]) -> list[tuple[int, datetime]]:
    """``(offset, instant)`` for each reminder of an interview at ``when``."""
    return [(m, when - timedelta(minutes=m)) for m in offsets_min]


def interview_uid(user_id: str, program_key: str, local: datetime) -> str:
    """A stable iCalendar UID: the same program and slot always give the same UID.

    Re-exporting therefore updates calendar entries instead of duplicating them.
    """
    import hashlib

    digest = hashlib.sha256(f"{user_id}|{program_key}|{local:%Y%m%dT%H%M}".encode()).hexdigest()
    return f"{digest[:24]}@interview-kernel"
