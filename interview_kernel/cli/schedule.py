"""``interview schedule program|list|cancel|reschedule|export``: scheduled mock interviews."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``schedule`` subcommand."""
    p = sub.add_parser(
        "schedule",
        help="schedule mock interviews (programs, list, cancel, calendar export)",
        description="Recurring mock interviews with reminders 24 h, 1 h and 5 min before.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--user", default=argparse.SUPPRESS, help="whose schedule (ignored under JupyterHub)"
    )
    common.add_argument(
        "--now", default=argparse.SUPPRESS, help="ISO 8601 time to act as of (operators, tests)"
    )
    p.add_argument("--user", help="whose schedule (ignored under JupyterHub)")
    p.add_argument("--now", help="ISO 8601 time to act as of (operators and tests)")
    ssub = p.add_subparsers(dest="schedule_command", metavar="ACTION")

    prog = ssub.add_parser(
        "program", parents=[common], help="create a recurring program of interviews"
    )
    prog.add_argument("--weeks", type=int, default=12, help="length of the program (default 12)")
    prog.add_argument("--day", default="friday", help="weekday (default friday)")
    prog.add_argument("--at", default="15:00", help="local time HH:MM (default 15:00)")
    prog.add_argument("--tz", default="UTC", help="IANA time zone, e.g. America/New_York")
    prog.add_argument("--start", help="first day YYYY-MM-DD (default today)")
    prog.add_argument(
        "--frequency",
        default="weekly",
        choices=["weekly", "biweekly", "daily"],
        help="how often (default weekly)",
    )
    prog.add_argument("--rrule", help="any RFC 5545 RRULE instead, e.g. FREQ=WEEKLY;BYDAY=TU,TH")
    prog.add_argument("--count", type=int, help="number of interviews (with --rrule)")
    prog.add_argument("--mode", default="coding", choices=["coding", "design", "behavioral"])
    prog.add_argument("--difficulty", default="medium", choices=["easy", "medium", "hard"])
    prog.add_argument("--company", dest="company", help="company / role, e.g. 'Google SWE L4'")
    prog.add_argument("--duration", type=int, default=45, help="minutes (default 45)")
    prog.add_argument("--email", help="send e-mail reminders to this address")
    prog.add_argument(
        "--reminders", default="24h,1h,5m", help="offsets before each interview (default 24h,1h,5m)"
    )
    prog.add_argument("--no-notifications", action="store_true", help="in-app banners only")
    prog.add_argument("--json", action="store_true", help="print one JSON object")
    prog.set_defaults(func=_program)

    ls = ssub.add_parser("list", parents=[common], help="list upcoming interviews")
    ls.add_argument("--all", action="store_true", help="include past and cancelled ones")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(func=_list)

    ca = ssub.add_parser("cancel", parents=[common], help="cancel one interview or a whole program")
    ca.add_argument("interview", nargs="?", type=int, help="interview id (see `schedule list`)")
    ca.add_argument("--program", type=int, help="cancel every remaining interview of a program")
    ca.set_defaults(func=_cancel)

    rs = ssub.add_parser("reschedule", parents=[common], help="move one interview")
    rs.add_argument("interview", type=int, help="interview id")
    rs.add_argument("--to", required=True, help="new time, ISO 8601 with offset or with --tz")
    rs.add_argument("--tz", help="zone for a --to without offset (default the interview's)")
    rs.set_defaults(func=_reschedule)

    ex = ssub.add_parser("export", parents=[common], help="write an iCalendar file with alarms")
    ex.add_argument("--ics", required=True, help="output .ics file ('-' for standard output)")
    ex.add_argument("--all", action="store_true", help="include past interviews")
    ex.add_argument("--app-url", help="base URL for event links (default INTERVIEW_APP_URL)")
    ex.set_defaults(func=_export)
    p.set_defaults(func=lambda args: _help(p))


def _help(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def parse_now(text: str | None) -> datetime | None:
    """``--now``: an ISO 8601 time with offset, or ``None``."""
    from ..schedule.rules import ScheduleError

    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ScheduleError(f"--now {text!r} is not ISO 8601 (2026-03-06T15:00:00+00:00)") from exc
    if dt.tzinfo is None:
        raise ScheduleError(f"--now {text!r} needs an offset such as +00:00")
    return dt


def _user(args: argparse.Namespace) -> str:
    from ..practice.sessions import current_user

    return current_user(args.user)


def _program(args: argparse.Namespace) -> int:
    from ..schedule import create_program
    from ..schedule.rules import ScheduleError, parse_offsets

    start = None
    if args.start:
        try:
            start = date.fromisoformat(args.start)
        except ValueError as exc:
            raise ScheduleError(f"--start {args.start!r} is not a date YYYY-MM-DD") from exc
    summary = create_program(
        user_id=_user(args),
        weeks=args.weeks,
        day=args.day,
        at=args.at,
        tz=args.tz,
        start=start,
        frequency=args.frequency,
        rrule=args.rrule,
        count=args.count,
        mode=args.mode,
        difficulty=args.difficulty,
        company_role=args.company,
        email=args.email,
        notifications=not args.no_notifications,
        reminder_offsets=parse_offsets(args.reminders),
        duration_minutes=args.duration,
        now=parse_now(args.now),
    )
    if args.json:
        print(
            json.dumps(
                {
                    "program_id": summary.program_id,
                    "rrule": summary.rrule,
                    "interviews": summary.interviews,
                    "reminders": summary.reminders,
                    "notes": summary.notes,
                }
            )
        )
        return 0
    ivs = summary.interviews
    print(
        f"program {summary.program_id}: {len(ivs)} interviews ({summary.rrule}),"
        f" {summary.reminders} reminders"
    )
    print(f"  first {ivs[0]['scheduled_time']}, last {ivs[-1]['scheduled_time']}")
    for note in summary.notes:
        print(f"  note: {note}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from ..schedule import list_interviews

    rows = list_interviews(_user(args), include_past=args.all, now=parse_now(args.now))
    if args.json:
        print(json.dumps(rows))
        return 0
    if not rows:
        print("no interviews scheduled; create some with `interview schedule program`")
    for r in rows:
        role = f"  {r['company_role']}" if r["company_role"] else ""
        print(
            f"{r['id']:>5}  {r['scheduled_time']}  {r['mode']:<10} {r['difficulty'] or '':<7}"
            f" {r['status']:<11} program {r['program_id']}{role}"
        )
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from ..schedule import cancel_interview, cancel_program
    from ..schedule.rules import ScheduleError

    if (args.interview is None) == (args.program is None):
        raise ScheduleError("give an interview id or --program ID (one of them)")
    now = parse_now(args.now)
    if args.program is not None:
        n = cancel_program(args.program, _user(args), now=now)
        print(f"program {args.program}: cancelled {n} interviews")
    else:
        iv = cancel_interview(args.interview, _user(args), now=now)
        print(f"interview {iv['id']} at {iv['scheduled_time']} cancelled")
    return 0


def _reschedule(args: argparse.Namespace) -> int:
    from ..schedule import reschedule_interview
    from ..schedule.rules import ScheduleError, to_utc, zone

    try:
        when = datetime.fromisoformat(args.to)
    except ValueError as exc:
        raise ScheduleError(f"--to {args.to!r} is not ISO 8601") from exc
    if when.tzinfo is None:
        if not args.tz:
            raise ScheduleError("--to has no offset: add one or pass --tz ZONE")
        when, _ = to_utc(when, zone(args.tz))
    iv = reschedule_interview(args.interview, _user(args), when, now=parse_now(args.now))
    print(f"interview {iv['id']} moved to {iv['scheduled_time']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..schedule.ics import export_ics
    from ..schedule.reminders import app_url

    data = export_ics(
        _user(args),
        include_past=args.all,
        app_url=args.app_url or app_url(),
        now=parse_now(args.now),
    )
    if args.ics == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.ics).write_bytes(data)
        print(f"wrote {args.ics}", file=sys.stderr)
    return 0
