"""``interview plan new|show``: a study plan over a list of problems, week by week."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``plan`` subcommand."""
    p = sub.add_parser(
        "plan",
        help="study plans: a problem list in weekly sets sized by your hours",
        description=(
            "Order a study list's problems by pattern and difficulty into weekly sets, put "
            "each week's mock interview on that week's patterns, and track progress."
        ),
    )
    p.add_argument("--user", help="whose plan (ignored under JupyterHub: you are you)")
    psub = p.add_subparsers(dest="plan_command", metavar="ACTION")
    new = psub.add_parser("new", help="lay out a new plan (replaces the active one)")
    new.add_argument(
        "--list",
        required=True,
        dest="list_name",
        help="patterns-150, essentials-75, or the path of your own list file",
    )
    new.add_argument("--weeks", type=int, required=True, help="how many weeks")
    new.add_argument("--hours", type=float, required=True, help="hours of practice per week")
    new.add_argument("--program", type=int, help="schedule program whose mocks to use")
    new.add_argument("--json", action="store_true", help="print one JSON object")
    new.set_defaults(func=cmd_new)
    show = psub.add_parser("show", help="progress: done, due, behind, and the next problem")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(func=cmd_show)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _user(args: argparse.Namespace) -> str:
    from ..store import current_user

    return current_user(getattr(args, "user", None))


def cmd_new(args: argparse.Namespace) -> int:
    """Create the plan and show it."""
    from ..practice.plans import create_plan

    progress = create_plan(
        user_id=_user(args),
        list_name=args.list_name,
        weeks=args.weeks,
        hours_per_week=args.hours,
        program_id=args.program,
    )
    print(json.dumps(progress, indent=1) if args.json else render(progress, detail=True))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Show the active plan's progress (exit 1 when there is none)."""
    from ..practice.plans import plan_progress

    progress = plan_progress(_user(args))
    if progress is None:
        print("no study plan yet: interview plan new --list patterns-150 --weeks 12 --hours 6")
        return 1
    print(json.dumps(progress, indent=1) if args.json else render(progress))
    return 0


def render(progress: dict[str, Any], detail: bool = False) -> str:
    """The plan in a few lines (``detail``: every week's problems)."""
    p = progress
    lines = [
        f"Study plan: {p['list']}, {p['weeks']} weeks at {p['hours_per_week']:g} h/week"
        f" (week {p['week']} of {p['weeks']})",
        f"  done {p['done']}/{p['total']}, due this week {len(p['due'])},"
        f" behind {len(p['behind'])}: {p['status']}",
    ]
    if p["next"]:
        n = p["next"]
        lines.append(f"  next: {n['problem_id']} (week {n['week']})  {n['link']}")
    if p["mock"]:
        lines.append(
            f"  this week's mock interview #{p['mock']['interview_id']}"
            f" on {', '.join(p['mock']['patterns'])}"
        )
    if p["skipped"]:
        lines.append(
            f"  {len(p['skipped'])} problems of the list are not in the bank yet (skipped)"
        )
    if p["unscheduled"]:
        lines.append(
            f"  {len(p['unscheduled'])} problems did not fit; add weeks or hours to include them"
        )
    if detail:
        for w in p["schedule"]:
            mock = f", mock #{w['mock_interview_id']}" if w["mock_interview_id"] else ""
            ids = ", ".join(x["id"] for x in w["problems"])
            lines.append(
                f"  week {w['week']} ({w['minutes']} min; {', '.join(w['patterns'])}{mock}): {ids}"
            )
    return "\n".join(lines)
