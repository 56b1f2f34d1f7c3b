"""Scheduled mock interviews: programs, lifecycle, calendar export and reminders.

:mod:`.rules` is the pure arithmetic (recurrence, time zones, the DST rule);
:mod:`.lifecycle` keeps interviews in the store; :mod:`.ics` writes RFC 5545
calendars; :mod:`.notifiers` and :mod:`.reminders` deliver reminders.
"""

from .lifecycle import (
    GRACE,
    START_EARLY,
    ProgramSummary,
    cancel_interview,
    cancel_program,
    create_program,
    get_interview,
    in_start_window,
    list_interviews,
    next_interview,
    reschedule_interview,
    start_link,
)
from .rules import ScheduleError, occurrences, parse_offsets, to_utc

__all__ = [
    "GRACE",
    "START_EARLY",
    "ProgramSummary",
    "ScheduleError",
    "cancel_interview",
    "cancel_program",
    "create_program",
    "get_interview",
    "in_start_window",
    "list_interviews",
    "next_interview",
    "occurrences",
    "parse_offsets",
    "reschedule_interview",
    "start_link",
    "to_utc",
]
