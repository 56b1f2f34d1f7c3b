"""``interview stats [--json]``: your practice history in the terminal."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``stats`` subcommand."""
    p = sub.add_parser(
        "stats",
        help="show your scores, solved problems, streak and review queue",
        description="Summarise the current user's sessions from the store (INTERVIEW_DB_URL).",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--user", help="whose stats (ignored under JupyterHub: you are you)")
    p.add_argument("--now", help="ISO 8601 time to compute as of (streak, due reviews)")
    p.set_defaults(func=run)


def _parse_now(text: str | None) -> datetime | None:
    from ..schedule.rules import ScheduleError

    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ScheduleError(f"--now {text!r} is not ISO 8601 (2026-03-06T15:00:00+00:00)") from exc
    if dt.tzinfo is None:
        raise ScheduleError(f"--now {text!r} needs an offset, e.g. +00:00")
    return dt


def render(stats: dict[str, Any]) -> str:
    """The human-readable summary of :func:`interview_kernel.practice.metrics.collect_stats`."""
    t = stats["totals"]
    avg = "-" if t["avg_score"] is None else f"{t['avg_score']:g}"
    lines = [
        f"Stats for {stats['user']}",
        f"  sessions {t['sessions']} ({t['completed']} completed, {t['active']} active),"
        f" submissions {t['submissions']}",
        f"  problems solved {t['problems_solved']} of {t['problems_attempted']} attempted,"
        f" average score {avg}, {t['total_hours']:g} h practised",
        f"  streak {stats['streak']['current']} day(s), longest {stats['streak']['longest']}",
    ]
    if stats["metrics"]:
        lines.append("  by mode and difficulty:")
        for m in stats["metrics"]:
            score = "-" if m["avg_score"] is None else f"{m['avg_score']:g}"
            lines.append(
                f"    {m['mode']:<11} {m['difficulty']:<7} solved {m['problems_solved']}"
                f"/{m['problems_attempted']}  avg {score}  {m['total_hours']:.2f} h"
            )
    if stats["verdicts"]:
        mix = ", ".join(f"{k} {v}" for k, v in stats["verdicts"].items())
        lines.append(f"  verdicts: {mix}")
    if stats["weakest_topics"]:
        weak = ", ".join(
            f"{w['topic']} ({w['solved']}/{w['attempted']})" for w in stats["weakest_topics"]
        )
        lines.append(f"  weakest topics: {weak}")
    due = [r for r in stats["review_queue"] if r["due"]]
    if stats["review_queue"]:
        lines.append(f"  review queue: {len(stats['review_queue'])} ({len(due)} due now)")
        for r in stats["review_queue"][:5]:
            mark = "due" if r["due"] else f"due {r['due_at'][:10]}"
            lines.append(f"    {r['problem_id']:<28} {mark:<15} {r['reason']}")
    if stats["upcoming"]:
        nxt = stats["upcoming"][0]
        lines.append(
            f"  next interview: {nxt['scheduled_time']} ({nxt['mode']}, {nxt['status']});"
            f" {len(stats['upcoming'])} upcoming"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the stats; exit 0."""
    from ..practice.metrics import collect_stats
    from ..practice.sessions import current_user

    stats = collect_stats(current_user(args.user), now=_parse_now(args.now))
    if args.json:
        print(json.dumps(stats, default=str))
    else:
        print(render(stats))
    return 0
