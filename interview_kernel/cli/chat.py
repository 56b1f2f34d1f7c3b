"""``interview chat``: the interviewer in a terminal, stored as a session like the app's.

:func:`chat_loop` is the conversation (lines in, messages out) and knows
nothing of terminals or databases; :func:`register` adds the subcommand, whose
``run`` wires it to standard input/output and to :mod:`interview_kernel.practice.sessions`.
Enable it with the entry point ``chat = "interview_kernel.cli.chat:register"``
in the ``interview.commands`` group.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import InterviewError
from ..interviewer.base import BaseInterviewer
from ..interviewer.turns import InterviewReport, Message

log = logging.getLogger("interview.chat")

Recorder = Callable[[str, str], None]


def chat_loop(
    interviewer: BaseInterviewer,
    lines: Iterable[str],
    emit: Callable[[Message], None],
    record: Recorder | None = None,
    on_hint: Callable[[], None] | None = None,
) -> InterviewReport:
    """Hold a conversation: the opening, then one reply per candidate line.

    Parameters
    ----------
    interviewer
        Any interviewer mode.
    lines
        The candidate's messages (a file, a list, a prompt loop).
    emit
        Called with every message, the candidate's and the interviewer's.
    record
        Called with ``(speaker, message)`` for storage; failures are the caller's.
    on_hint
        Called once per hint taken, so the session can cost it.

    Returns
    -------
    InterviewReport
        The interviewer's report when the candidate is done or the input ends.
    """

    def say(speaker: str, text: str) -> None:
        emit(Message(speaker, text))
        if record is not None and text.strip():
            record(speaker, text)

    say("ai", interviewer.opening())
    hints = interviewer.report().hints_used
    for line in lines:
        text = line.rstrip("\r\n")
        say("user", text)
        say("ai", interviewer.reply(text))
        now = interviewer.report().hints_used
        for _ in range(now - hints):
            if on_hint is not None:
                on_hint()
        hints = now
        if interviewer.finished:
            break
    return interviewer.report()


def _prompt_lines() -> Iterator[str]:
    while True:
        try:
            yield input("you> ")
        except EOFError:
            return


def register(subparsers: Any) -> None:
    """Add ``interview chat`` to the CLI (the ``interview.commands`` entry point)."""
    p = subparsers.add_parser(
        "chat",
        help="talk to the interviewer in the terminal",
        description=(
            "Chat with the interviewer: reads your lines from standard input (or a prompt "
            "when interactive) and prints its replies. The conversation is stored as a session."
        ),
    )
    p.add_argument(
        "subject",
        nargs="?",
        help="coding: problem id; design: prompt id; behavioral: focus area (optional)",
    )
    p.add_argument("--mode", choices=("coding", "design", "behavioral"), default="coding")
    p.add_argument("--json", action="store_true", help="one JSON object per message")
    p.add_argument("--backend", help="interviewer backend: rule or llm (default: from env)")
    p.add_argument("--minutes", type=int, default=45, help="interview length (default 45)")
    p.add_argument("--no-save", action="store_true", help="do not store the session")
    p.add_argument("--user", help="store the session for this user")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``interview chat``; returns the exit code."""
    from ..interviewer import create_interviewer

    options: dict[str, Any] = {}
    if args.mode == "coding":
        options["duration_seconds"] = args.minutes * 60
    interviewer = create_interviewer(args.mode, args.subject, backend=args.backend, **options)

    def emit(m: Message) -> None:
        if args.json:
            print(json.dumps(m.to_dict()), flush=True)
        elif m.speaker == "ai":
            print(f"interviewer> {m.message}\n", flush=True)

    session = None if args.no_save else _SessionSink(args, interviewer)
    interactive = sys.stdin.isatty() and not args.json
    lines = _prompt_lines() if interactive else sys.stdin
    report = chat_loop(
        interviewer,
        lines,
        emit,
        record=session.record if session else None,
        on_hint=session.hint if session else None,
    )
    if session is not None:
        session.end(report)
    return 0


class _SessionSink:
    """Stores the conversation in the session store; a store failure never stops the chat."""

    def __init__(self, args: argparse.Namespace, interviewer: BaseInterviewer):
        self.user = args.user
        self.id: int | None = None
        try:
            from ..practice import sessions

            problem = args.subject if args.mode == "coding" else None
            view = sessions.create_session(
                user=args.user,
                mode=args.mode,
                problem=problem,
                duration_minutes=args.minutes,
            )
            self.id = view.id
        except (InterviewError, ImportError, OSError) as exc:
            self._warn(exc)

    def _warn(self, exc: Exception) -> None:
        print(f"warning: the session is not being saved: {exc}", file=sys.stderr)
        self.id = None

    def record(self, speaker: str, message: str) -> None:
        if self.id is None:
            return
        from ..practice import sessions

        try:
            sessions.add_chat(
                self.id, speaker, message[: sessions.MAX_MESSAGE_CHARS], user=self.user
            )
        except InterviewError as exc:
            self._warn(exc)

    def hint(self) -> None:
        if self.id is None:
            return
        from ..practice import sessions

        try:
            sessions.record_hint(self.id, user=self.user)
        except InterviewError as exc:
            self._warn(exc)

    def end(self, report: InterviewReport) -> None:
        if self.id is None:
            return
        from ..practice import sessions

        try:
            sessions.end_session(
                self.id,
                score=report.score,
                feedback="\n".join(report.feedback) or None,
                user=self.user,
            )
        except InterviewError as exc:
            self._warn(exc)
