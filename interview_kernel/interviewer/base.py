"""What every interviewer mode shares: the transcript, the backend, the guard, streaming.

Subclasses decide a :class:`~.turns.Turn` for each message or event; this class
phrases it through the backend (falling back to the rule text), guards it, and
records both sides of the conversation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .backends import Backend, create_backend, speak
from .guard import Redactor
from .turns import MAX_MESSAGE_CHARS, InterviewContext, InterviewReport, Message, Turn


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
    """

    mode = "base"
    finished = False
    """True once the interview has wrapped up (the candidate is done or the time is up)."""

    def __init__(
        self,
        backend: Backend | str | None = None,
        redactor: Redactor | None = None,
        max_message_chars: int = MAX_MESSAGE_CHARS,
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

    def report(self) -> InterviewReport:
        """Hints, score, feedback and the transcript (each mode fills in its own)."""
        raise NotImplementedError

    # -- for subclasses -----------------------------------------------------------

    def _opening_turn(self) -> Turn:
        raise NotImplementedError

    def _decide(self, message: str, context: InterviewContext) -> Turn:
        raise NotImplementedError

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
