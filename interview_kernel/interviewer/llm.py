"""The LLM backend: an OpenAI-compatible chat-completions model rephrases what the flow decided.

The model is told the interviewer's message and asked to say it naturally; it
never receives the reference solution or hidden tests, so it cannot reveal them,
and its output still passes the :class:`~.guard.Redactor`. Any failure
(unreachable, slow, garbled, empty, leaking) falls back to the rule-based text,
and a failed endpoint is left alone for ``cooldown`` seconds so the chat stays
quick. Registered as the ``llm`` backend through the
``interview.interviewer_backends`` entry point group.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from ._http import TransportError, stream_chat
from .backends import BackendError
from .llm_wire import LLMSettings, ThinkFilter, build_messages, build_payload
from .turns import Message, Turn


class LLMBackend:
    """Phrases turns with a chat-completions model; see the module docstring.

    Parameters
    ----------
    settings
        Endpoint, model and timeouts; :meth:`from_env` reads them.
    """

    name = "llm"

    def __init__(self, settings: LLMSettings):
        self.settings = settings
        self._down_until = 0.0

    @classmethod
    def from_env(cls) -> LLMBackend:
        """A backend configured by the ``INTERVIEW_LLM_*`` variables."""
        return cls(LLMSettings.from_env())

    @property
    def configured(self) -> bool:
        """Whether an endpoint and a model are set."""
        return bool(self.settings.base_url and self.settings.model)

    def phrase(self, turn: Turn, history: Sequence[Message]) -> Iterator[str]:
        """Stream the model's phrasing of ``turn``.

        Raises
        ------
        BackendError
            When not configured, cooling down after a failure, or on any
            transport failure (the interviewer then uses ``turn.text``).
        """
        if not self.configured:
            raise BackendError(self.name, "set INTERVIEW_LLM_BASE_URL and INTERVIEW_LLM_MODEL")
        if time.monotonic() < self._down_until:
            raise BackendError(self.name, "the endpoint failed recently; using the rule-based text")
        payload = build_payload(
            self.settings, build_messages(turn, history, keep=self.settings.history)
        )
        think = ThinkFilter()
        try:
            for chunk in stream_chat(self.settings, payload):
                visible = think.feed(chunk)
                if visible:
                    yield visible
            rest = think.close()
            if rest:
                yield rest
        except TransportError as exc:
            self._down_until = time.monotonic() + self.settings.cooldown
            raise BackendError(self.name, str(exc)) from exc
