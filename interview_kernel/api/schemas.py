"""Request bodies of the API: types and length limits, checked before anything runs.

Each model forbids unknown fields, so a misspelt field is an error rather than
a silently ignored one. The OpenAPI document takes its request schemas from here.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_CODE_CHARS = 64 * 1024
MAX_INPUT_CHARS = 16 * 1024
MAX_TEXT = 8000
MAX_NOTE = 64_000

Language = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z0-9+#_-]+$")]
ProblemId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$")]


class Body(BaseModel):
    """A JSON object with exactly the documented fields."""

    model_config = ConfigDict(extra="forbid")


class SessionCreate(Body):
    """Start a session: a problem (coding) or a prompt id (design); the mode and language."""

    problem: ProblemId | None = None
    language: Language = "python"
    mode: Literal["coding", "design", "behavioral", "practice", "interview"] = "coding"
    duration_minutes: int = Field(45, ge=5, le=240)
    company_role: str | None = Field(None, max_length=255)
    schedule_id: int | None = Field(None, ge=1)


class RunRequest(Body):
    """Run the visible tests plus custom inputs (LeetCode's raw format, one value a line)."""

    code: str = Field(max_length=MAX_CODE_CHARS)
    language: Language
    inputs: str | None = Field(None, max_length=MAX_INPUT_CHARS)


class SubmissionRequest(Body):
    """Submit: every test, recorded."""

    code: str = Field(max_length=MAX_CODE_CHARS)
    language: Language


class DraftRequest(Body):
    """Autosave the editor."""

    code: str = Field(max_length=MAX_CODE_CHARS)
    language: Language = "python"


class EndRequest(Body):
    """End a session; the score is computed unless given."""

    score: float | None = Field(None, ge=0, le=100)
    feedback: str | None = Field(None, max_length=MAX_TEXT)
    rubric: dict[str, int] | None = Field(None, max_length=8)
    self_assessment: int | None = Field(None, ge=1, le=5)


class ProgramRequest(Body):
    """A program of mock interviews, e.g. every Friday at 15:00 in a zone for 12 weeks."""

    weeks: int = Field(12, ge=1, le=104)
    day: str = Field("friday", max_length=16)
    at: str = Field("15:00", pattern=r"^\d{1,2}:\d{2}$")
    tz: str = Field("UTC", max_length=64)
    start: date | None = None
    frequency: Literal["weekly", "biweekly", "daily"] = "weekly"
    mode: Literal["coding", "design", "behavioral"] = "coding"
    difficulty: Literal["easy", "medium", "hard"] | None = "medium"
    company_role: str | None = Field(None, max_length=255)
    email: str | None = Field(None, max_length=320)
    notifications: bool = True
    reminder_offsets: list[int] = Field([1440, 60, 5], max_length=8)
    duration_minutes: int = Field(45, ge=5, le=240)


class RescheduleRequest(Body):
    """Move one interview: an ISO 8601 time with its offset."""

    time: str = Field(max_length=64)


class PreferencesRequest(Body):
    """The user's scheduling and notification preferences (only the fields given change)."""

    preferred_time: str | None = Field(None, pattern=r"^\d{1,2}:\d{2}$")
    preferred_day: str | None = Field(None, max_length=20)
    preferred_mode: Literal["coding", "design", "behavioral"] | None = None
    frequency: str | None = Field(None, max_length=255)
    timezone: str | None = Field(None, max_length=64)
    email: str | None = Field(None, max_length=320)
    notifications_enabled: bool | None = None
    display_name: str | None = Field(None, max_length=255)


class NoteRequest(Body):
    """Replace the notes on a subject (empty deletes them)."""

    body: str = Field(max_length=MAX_NOTE)


class ChatMessageIn(Body):
    """One candidate message over the chat WebSocket."""

    message: str = Field(min_length=1, max_length=MAX_TEXT)


CLIENT_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
"""A page's id (``client``): in grading requests and ``GET /grading?client=``."""


class GradeRequest(Body):
    """Grade without a session (the app's page, ``interview run``-like): nothing is recorded.

    ``client`` names the caller's page, so pages sharing the server's token still
    get a fair share of the queue each.
    """

    problem: ProblemId
    code: str = Field(max_length=MAX_CODE_CHARS)
    language: Language
    include_hidden: bool = False
    inputs: str | None = Field(None, max_length=MAX_INPUT_CHARS)
    client: str | None = Field(None, max_length=64, pattern=CLIENT_PATTERN)


class ProbeRequest(Body):
    """Time accepted code on growing inputs (the complexity estimate)."""

    problem: ProblemId
    code: str = Field(max_length=MAX_CODE_CHARS)
    language: Language
    client: str | None = Field(None, max_length=64, pattern=CLIENT_PATTERN)
