"""The values the interview flow passes around: phases, turns, messages, context, report.

A :class:`Turn` is what code decided to say; a backend may only rephrase its
``text``. Pure data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..result import GradeResult

MAX_MESSAGE_CHARS = 4000
"""Longer candidate messages are cut here (and the candidate is told)."""

FIVE_MINUTES = 300.0
"""When the "five minutes left" nudge comes."""


class Phase(str, Enum):
    """Where a coding interview is."""

    INTRODUCTION = "introduction"  # problem presented, clarifying questions welcome
    CODING = "coding"  # approach agreed or code being written
    DEBUGGING = "debugging"  # tests were run and some fail
    FOLLOW_UP = "follow_up"  # accepted; complexity, edge cases, trade-offs
    WRAP_UP = "wrap_up"  # the candidate is done or the time is up


@dataclass(frozen=True)
class Turn:
    """One interviewer message as decided by the flow.

    Attributes
    ----------
    kind
        What the message does: ``hint``, ``refuse``, ``result``, ``nudge``,
        ``follow_up``, ``probe``, ... (a backend may adapt its tone to it).
    text
        The complete message as the rule-based backend says it; it carries
        every fact a rephrasing may use, and nothing else may be added.
    candidate
        The candidate message this turn answers ("" for events).
    """

    kind: str
    text: str
    candidate: str = ""


@dataclass(frozen=True)
class Message:
    """One line of the transcript; ``speaker`` is ``"user"`` or ``"ai"`` (as ``interview_chat``)."""

    speaker: str
    message: str
    kind: str = ""

    def to_dict(self) -> dict[str, str]:
        """The ``interview chat --json`` object."""
        return {"speaker": self.speaker, "message": self.message}


@dataclass
class InterviewContext:
    """What the caller knows when the candidate speaks; every field is optional.

    Attributes
    ----------
    result
        The latest grading result, if tests were run.
    complexity
        The complexity estimate, e.g. ``{"best": "O(n^2)", "target": "O(n)"}``.
    elapsed, remaining
        Seconds since the start and until the end of the interview.
    notes
        The candidate's written work (design mode: the Markdown design document).
    """

    result: GradeResult | None = None
    complexity: Mapping[str, str] | None = None
    elapsed: float | None = None
    remaining: float | None = None
    notes: str | None = None


@dataclass(frozen=True)
class HintUse:
    """One hint given: which rung of the ladder, when, and why."""

    index: int
    reason: str
    elapsed: float | None = None


@dataclass
class InterviewReport:
    """What the interview produced for scoring and the session report.

    ``hints_used`` is what scoring costs; ``reveal_attempts`` counts requests
    for the solution or hidden tests (all refused).
    """

    mode: str
    subject: str
    phase: str
    hints_used: int = 0
    hints_available: int = 0
    hint_log: list[HintUse] = field(default_factory=list)
    reveal_attempts: int = 0
    follow_ups_asked: int = 0
    follow_ups_answered: int = 0
    intents: dict[str, int] = field(default_factory=dict)
    transcript: list[Message] = field(default_factory=list)
    score: float | None = None
    feedback: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)
