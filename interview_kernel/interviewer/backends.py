"""Interviewer backends: who phrases a :class:`~.turns.Turn`, and the registry that names them.

A backend turns a decided message into text, streamed in chunks. The flow never
depends on which backend speaks: the rule-based one says ``turn.text``
verbatim; the LLM one rephrases it. Backends are looked up by name in a small
registry fed by the ``interview.interviewer_backends`` entry-point group
(papermill's ``engines.py`` is the model) and by :func:`register_backend`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from .. import settings
from ..errors import InterviewError
from .guard import LeakError, Redactor, StreamGuard
from .turns import Message, Turn

log = logging.getLogger("interview.interviewer")

ENTRY_POINT_GROUP = "interview.interviewer_backends"
BACKEND_ENV = "INTERVIEW_INTERVIEWER"
"""Forces a backend by name (``rule`` or ``llm``); by default ``llm`` when
``INTERVIEW_LLM_BASE_URL`` is set, else ``rule``."""


class BackendError(InterviewError):
    """A backend could not phrase a turn; the interviewer falls back to the rule-based text."""

    def __init__(self, backend: str, message: str):
        self.backend = backend
        super().__init__(f"interviewer backend {backend!r}: {message}")


class UnknownBackendError(InterviewError, LookupError):
    """A backend name that nothing registered."""

    def __init__(self, name: str, known: Sequence[str]):
        self.name = name
        self.known = sorted(known)
        super().__init__(
            f"unknown interviewer backend {name!r}; available: {', '.join(self.known)}"
            f" (set {BACKEND_ENV} to one of them or unset it)"
        )


@runtime_checkable
class Backend(Protocol):
    """What a backend provides: a name and a streaming ``phrase``."""

    name: str

    def phrase(self, turn: Turn, history: Sequence[Message]) -> Iterator[str]:
        """Yield the text of ``turn`` in chunks, given the conversation so far."""
        ...


class RuleBackend:
    """The offline backend: says exactly what the flow decided. Never fails."""

    name = "rule"

    def phrase(self, turn: Turn, history: Sequence[Message]) -> Iterator[str]:
        """Yield ``turn.text`` as one chunk."""
        yield turn.text


BackendFactory = Callable[[], Backend]
_REGISTRY: dict[str, BackendFactory] = {}


def register_backend(name: str, factory: BackendFactory) -> None:
    """Make a backend available under ``name`` (replacing any with that name).

    Parameters
    ----------
    name
        The name :func:`create_backend` and ``INTERVIEW_INTERVIEWER`` use.
    factory
        A callable without arguments that returns a :class:`Backend`.
    """
    _REGISTRY[name] = factory


def _load_entry_points() -> None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _REGISTRY:
            continue
        try:
            _REGISTRY[ep.name] = ep.load()
        except Exception as exc:  # a broken plugin must not take the interviewer down
            log.warning("interviewer backend %s could not be loaded: %s", ep.name, exc)


def available_backends() -> list[str]:
    """Names of every registered backend."""
    _load_entry_points()
    return sorted(_REGISTRY)


def default_backend_name() -> str:
    """The backend name: ``INTERVIEW_INTERVIEWER``, else ``llm`` if configured, else ``rule``."""
    forced = os.environ.get(BACKEND_ENV, "").strip()
    if forced:
        return forced
    return "llm" if settings.get("INTERVIEW_LLM_BASE_URL") else "rule"


def create_backend(name: str | None = None) -> Backend:
    """A backend by name (default: :func:`default_backend_name`).

    Raises
    ------
    UnknownBackendError
        When no backend has that name.
    """
    name = name or default_backend_name()
    if name not in _REGISTRY:
        _load_entry_points()
    factory = _REGISTRY.get(name)
    if factory is None:
        raise UnknownBackendError(name, list(_REGISTRY))
    return factory()


def speak(
    turn: Turn, backend: Backend, redactor: Redactor, history: Sequence[Message]
) -> Iterator[str]:
    """Stream ``turn`` through ``backend``, guarded, falling back to the rule text on any failure.

    The rule-based text itself is checked too: a hint ladder that quotes a
    hidden input is an authoring error, and the candidate is told nothing
    rather than the secret.
    """
    fallback = turn.text
    if redactor.leak(fallback):
        log.error("refusing to send a %s message that reveals a secret", turn.kind)
        fallback = "Let's keep going: tell me what you are trying now."
    if isinstance(backend, RuleBackend):
        yield fallback
        return
    guard = StreamGuard(redactor)
    shown = False
    limit = 2 * len(fallback) + 300  # a rephrasing that grows this much is adding content
    try:
        for chunk in backend.phrase(turn, history):
            if len(guard.text) + len(chunk) > limit:
                raise LeakError("a reply far longer than the message it phrases")
            out = guard.feed(chunk)
            if out:
                shown = True
                yield out
        rest = guard.close()
        if rest:
            shown = True
            yield rest
        if not guard.text.strip():
            raise BackendError(backend.name, "the model returned an empty message")
    except Exception as exc:  # any failure: the conversation continues
        if isinstance(exc, LeakError):
            log.warning("backend %s output withheld: it contained %s", backend.name, exc)
        else:
            log.warning("backend %s failed, using the rule-based text: %s", backend.name, exc)
        yield ("\n\n" if shown else "") + fallback


register_backend("rule", RuleBackend)
