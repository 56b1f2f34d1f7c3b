"""What every interviewer mode shares: the transcript, the backend, the guard, streaming.

Subclasses decide a :class:`~.turns.Turn` for each message or event; this class
phrases it through the backend (falling back to the rule text), guards it, and
records both sides of the conversation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from .backends import Backend, create_backend, speak
from .guard import Redactor
from .turns import FIVE_MINUTES, MAX_MESSAGE_CHARS, InterviewContext, InterviewReport, Message, Turn


class BaseInterviewer:
    """The streaming and bookkeeping half of an interviewer.

    Parameters
    ----------
    backend
        A backend instance or name; default :func:`~.backends.create_backend`.
    redactor
        The secrets no message may reveal.
    max_message_chars
        Candidate messages longer than this are cut.
    duration_seconds
        The length of the interview, for :meth:`on_tick` when only elapsed time is known.
    """

    mode = "base"
    finished = False
    """True once the interview has wrapped up (the candidate is done or the time is up)."""

    def __init__(
        self,
        backend: Backend | str | None = None,
        redactor: Redactor | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
        duration_seconds: float | None = None,
    ):
        self.backend = (
            backend
            if backend is not None and not isinstance(backend, str)
            else (create_backend(backend))
        )
        self.redactor = redactor or Redactor()
        self.max_message_chars = max_message_chars
        self.transcript: list[Message] = []
        self.intents: Counter[str] = Counter()
        self.duration_seconds = duration_seconds
        self.elapsed: float | None = None
        self.remaining: float | None = None
        self._nudged: set[str] = set()

    # -- the public streaming API -------------------------------------------------

    def respond(self, message: str, context: InterviewContext | None = None) -> Iterator[str]:
        """Answer a candidate message, streamed in chunks.

        Parameters
        ----------
        message
            What the candidate typed. Empty messages get a prompt; messages
            longer than ``max_message_chars`` are cut (and the candidate told).
        context
            The latest result, complexity estimate, clock and notes, if any.

        Yields
        ------
        str
            Chunks of the interviewer's reply; joined they are the whole reply.
            The decision (hint counted, phase changed) is taken before the first
            chunk; the reply enters the transcript once the stream is consumed
            or closed.
        """
        text = "" if message is None else str(message)
        cut = len(text) > self.max_message_chars
        if cut:
            text = text[: self.max_message_chars]
        self.transcript.append(Message("user", text))
        turn = self._decide(text.strip(), context or InterviewContext())
        if cut:
            turn = Turn(
                turn.kind,
                f"(Your message was long, so I read the first {self.max_message_chars} "
                f"characters.) {turn.text}",
                turn.candidate,
            )
        return self._say(turn)

    def reply(self, message: str, context: InterviewContext | None = None) -> str:
        """:meth:`respond`, joined into one string."""
        return "".join(self.respond(message, context))

    def opening(self) -> str:
        """The interviewer's first message (also recorded in the transcript)."""
        return "".join(self._say(self._opening_turn()))

    def __call__(self, event: Any) -> Iterator[str] | str | None:
        """Answer a chat event: the interviewer as a ``widgets.chat.ChatBackend``.

        Duck-typed on the event's ``kind`` (``start``, ``message``, ``hint``,
        ``result``), ``text``, ``result`` and ``elapsed_s``, so the library needs
        nothing from the UI package.

        Returns
        -------
        iterator of str, str or None
            Streamed chunks for ``start``/``message``/``hint``; the reaction to
            a ``result`` (or ``None`` when there is nothing to say).
        """
        kind = getattr(event, "kind", "message")
        elapsed = getattr(event, "elapsed_s", None)
        remaining = (
            self.duration_seconds - elapsed
            if elapsed is not None and self.duration_seconds is not None
            else None
        )
        context = InterviewContext(
            result=getattr(event, "result", None), elapsed=elapsed, remaining=remaining
        )
        if kind == "start":
            return self._say(self._opening_turn())
        if kind == "result":
            return self._on_result_event(context)
        if kind == "hint":
            return self.respond("Hint, please.", context)
        return self.respond(getattr(event, "text", "") or "", context)

    def on_tick(self, elapsed: float, remaining: float | None = None) -> str | None:
        """React to the clock: a nudge at half time, at five minutes left and at time up.

        Call it every few seconds; each threshold speaks at most once, and when
        several are crossed at once (a short interview) only the latest speaks.

        Parameters
        ----------
        elapsed
            Seconds since the interview started.
        remaining
            Seconds left; derived from ``duration_seconds`` when omitted.

        Returns
        -------
        str or None
            The message for the chat (already in the transcript), or ``None``.
        """
        self.elapsed = elapsed
        if remaining is None and self.duration_seconds is not None:
            remaining = self.duration_seconds - elapsed
        self.remaining = remaining
        if remaining is None:
            return None
        total = elapsed + remaining
        due = []
        if remaining <= 0:
            due.append("time_up")
        if remaining <= FIVE_MINUTES and total > FIVE_MINUTES:
            due.append("five_minutes")
        if elapsed >= total / 2:
            due.append("half_time")
        fresh = [d for d in due if d not in self._nudged]
        self._nudged.update(due)
        if not fresh or self.finished:
            return None
        return self._say_now(self._clock_turn(fresh[0]))

    def report(self) -> InterviewReport:
        """Hints, score, feedback and the transcript (each mode fills in its own)."""
        raise NotImplementedError

    # -- for subclasses -----------------------------------------------------------

    def _opening_turn(self) -> Turn:
        raise NotImplementedError

    def _decide(self, message: str, context: InterviewContext) -> Turn:
        raise NotImplementedError

    def _on_result_event(self, context: InterviewContext) -> str | None:
        """React to a test run (modes without code have nothing to say)."""
        return None

    def _clock_turn(self, which: str) -> Turn | None:
        """The nudge for ``half_time``, ``five_minutes`` or ``time_up`` (None: stay quiet)."""
        return None

    def _say(self, turn: Turn) -> Iterator[str]:
        history = list(self.transcript)
        return self._record(turn, speak(turn, self.backend, self.redactor, history))

    def _say_now(self, turn: Turn | None) -> str | None:
        return None if turn is None else "".join(self._say(turn))

    def _record(self, turn: Turn, chunks: Iterator[str]) -> Iterator[str]:
        said: list[str] = []
        try:
            for chunk in chunks:
                said.append(chunk)
                yield chunk
        finally:
            self.transcript.append(Message("ai", "".join(said) or turn.text, turn.kind))
