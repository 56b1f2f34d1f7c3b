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


def render_report(report: InterviewReport) -> str:
    """The end-of-interview report as text: the score and what earned or cost it.

    Behavioural: per answer, its score, the STAR parts found (with the sentence
    that showed each), "I" against "we", the quantified result or its absence,
    the length, one improvement and follow-ups. Design: the hire signal, then
    per dimension its level, the quotes and whiteboard elements that earned it
    and what was missing, and the back-of-envelope numbers against the prompt's.
    Coding: hints and follow-ups.
    """
    lines = []
    d = report.details
    if report.score is not None:
        signal = f"; hire signal: {d['hire_signal']}" if d.get("hire_signal") else ""
        lines.append(f"Score: {report.score:g}/100{signal}")
    for n, q in enumerate(d.get("questions", []), 1):
        a = q["analysis"]
        lines.append(f"\nQ{n}: {q['text']}\n  score {a['score']:g}/100, {a['words']} words")
        for part, found in a["parts"].items():
            mark = "yes" if found["found"] else "missing"
            quote = f': "{found["quote"]}"' if found.get("quote") else ""
            lines.append(f"  {part:<9} {mark}{quote}")
        lines.append(f"  ownership: 'I' {a['i_count']} times, 'we' {a['we_count']} times")
        lines.append(
            f'  result quantified: yes: "{a["quantified"]}"'
            if a["quantified"]
            else "  result quantified: no (put a number on the outcome)"
        )
        tips = [f for f in a["feedback"] if not f.startswith("Clear ")]
        lines.append(f"  improve: {tips[0] if tips else 'keep this structure'}")
        lines += [f"  - {f}" for f in tips[1:]]
        lines += [f"  follow-up: {f}" for f in a["follow_ups"][:2]]
    for dim in d.get("dimensions", []):
        lines.append(f"\n{dim['title']}: {dim['label']} ({dim['level']}/4)")
        lines += [f'  "{e["quote"]}" ({e["concept"]})' for e in dim["evidence"][:3]]
        lines += [f"  [board] {x}" for x in dim.get("diagram", [])[:4]]
        lines += [f"  gap: {g}" for g in dim.get("gaps", [])[:3]]
        if dim["missing"]:
            lines.append(f"  not covered: {', '.join(dim['missing'])}")
    numbers = d.get("numbers") or []
    if numbers:
        lines.append("\nNumbers (within 3x of the prompt's scale):")
        for c in numbers:
            said = f"you wrote {c['stated']}" if c["stated"] else "not estimated"
            lines.append(
                f"  {'ok ' if c['ok'] else 'off'} {c['what']}: about {c['expected']:,.4g}; {said}"
            )
    if report.mode == "coding":
        lines.append(
            f"Hints used: {report.hints_used} of {report.hints_available};"
            f" follow-ups answered: {report.follow_ups_answered} of {report.follow_ups_asked}"
        )
    if report.feedback and not d.get("questions"):
        lines.append("")
        lines += [f"- {f}" for f in report.feedback]
    return "\n".join(lines).strip()


def report_object(report: InterviewReport, summary: str) -> dict[str, Any]:
    """The final ``--json`` object: the whole report (mode, subject, score, details, text)."""
    return {
        "speaker": "report",
        "mode": report.mode,
        "subject": report.subject,
        "score": report.score,
        "hire_signal": report.details.get("hire_signal"),
        "message": summary,
        "report": report.details,
        "hints_used": report.hints_used,
    }


def choose_subject(mode: str, interactive: bool, ask: Callable[[str], str] = input) -> str:
    """Let the candidate pick what to practise when the command line names nothing.

    Raises
    ------
    InterviewError
        When not interactive (piped input cannot answer a menu): the message lists
        the choices and how to name one.
    """
    if mode == "design":
        from ..interviewer.catalog import load_design_prompts

        options = [(p.id, p.title) for p in load_design_prompts()]
    else:
        from ..bank.loader import list_problems

        options = [(p.id, f"{p.title} ({p.difficulty})") for p in list_problems()]
    if not interactive:
        raise InterviewError(
            f"name a {'design prompt' if mode == 'design' else 'problem'}, e.g."
            f" `interview chat {options[0][0]} --mode {mode}`; choices: "
            + ", ".join(i for i, _ in options)
        )
    for n, (ident, title) in enumerate(options, 1):
        print(f"{n:>3}. {title}  [{ident}]")
    ids = {ident for ident, _ in options}
    while True:
        try:
            picked = ask("choose a number or an id> ").strip()
        except EOFError:
            raise InterviewError("nothing chosen") from None
        if picked.isdigit() and 1 <= int(picked) <= len(options):
            return options[int(picked) - 1][0]
        if picked in ids:
            return picked
        print(f"'{picked}' is not one of the choices; type its number or its id")


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
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per message, then the report as one final object",
    )
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
    interactive = sys.stdin.isatty() and not args.json
    if args.subject is None and args.mode in ("coding", "design"):
        args.subject = choose_subject(args.mode, interactive)
    interviewer = create_interviewer(args.mode, args.subject, backend=args.backend, **options)

    def emit(m: Message) -> None:
        if args.json:
            print(json.dumps(m.to_dict()), flush=True)
        elif m.speaker == "ai":
            print(f"interviewer> {m.message}\n", flush=True)

    session = None if args.no_save else _SessionSink(args, interviewer)
    lines = _prompt_lines() if interactive else sys.stdin
    report = chat_loop(
        interviewer,
        lines,
        emit,
        record=session.record if session else None,
        on_hint=session.hint if session else None,
    )
    summary = render_report(report)
    if args.json:
        print(json.dumps(report_object(report, summary)), flush=True)
    else:
        print(f"\n--- report ---\n{summary}", flush=True)
    if session is not None:
        assess = getattr(interviewer, "assess", None)
        session.end(report, summary, assess().rubric() if callable(assess) else None)
    return 0


class _SessionSink:
    """Stores the conversation in the session store; a store failure never stops the chat."""

    def __init__(self, args: argparse.Namespace, interviewer: BaseInterviewer):
        self.user = args.user
        self.id: int | None = None
        try:
            from ..practice import sessions

            problem: Any = args.subject if args.mode == "coding" else None
            if args.mode == "design" and args.subject:  # the prompt id, as the app stores it
                from types import SimpleNamespace

                problem = SimpleNamespace(
                    id=args.subject, version=None, difficulty=None, topics=["design"]
                )
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

    def end(
        self, report: InterviewReport, summary: str, rubric: dict[str, int] | None = None
    ) -> None:
        if self.id is None:
            return
        from ..practice import sessions

        try:
            sessions.end_session(
                self.id,
                score=report.score,
                feedback=summary or None,
                rubric=rubric,
                user=self.user,
            )
        except InterviewError as exc:
            self._warn(exc)
