"""``interview reminders run [--once] [--now ISO]``: deliver due reminders."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``reminders`` subcommand."""
    p = sub.add_parser(
        "reminders",
        help="deliver interview reminders (e-mail and in-app)",
        description="Claims due reminders in a transaction and sends each at most once, even"
        " with several runners. E-mail goes through INTERVIEW_SMTP_URL.",
    )
    rsub = p.add_subparsers(dest="reminders_command", metavar="ACTION")
    run = rsub.add_parser("run", help="run the reminder loop (or one pass with --once)")
    run.add_argument("--once", action="store_true", help="one pass, for cron or a systemd timer")
    run.add_argument("--now", help="ISO 8601 time to run as of (implies --once)")
    run.add_argument("--interval", type=float, default=30.0, help="seconds between passes")
    run.add_argument("--json", action="store_true", help="print the pass report as JSON")
    run.set_defaults(func=_run)
    p.set_defaults(func=lambda args: _help(p))


def _help(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _run(args: argparse.Namespace) -> int:
    from ..schedule.reminders import run_forever, run_once
    from .schedule import parse_now

    now = parse_now(args.now)
    if args.once or now is not None:
        rep = run_once(now=now)
        if args.json:
            print(json.dumps(rep.__dict__))
        else:
            print(f"reminders: {rep.summary()}")
            for err in rep.errors:
                print(f"  {err}")
        return 1 if rep.failed else 0
    run_forever(interval=args.interval)
    return 0
