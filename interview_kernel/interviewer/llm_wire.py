"""The LLM wire format: settings, prompt, request payload and the streamed reply (pure).

An OpenAI-compatible chat-completions model (Ollama, vLLM, llama.cpp's server,
OpenAI) rephrases what the interviewer decided. Everything that can be decided
without the network lives here; the HTTP effect is :mod:`._http` and the
backend that ties them together is :mod:`.llm`.

Settings come from the environment:

``INTERVIEW_LLM_BASE_URL``
    e.g. ``http://127.0.0.1:11434/v1``; ``/chat/completions`` is appended.
``INTERVIEW_LLM_MODEL``
    The model name the server knows.
``INTERVIEW_LLM_API_KEY``
    Sent as ``Authorization: Bearer``; optional for local servers.
``INTERVIEW_LLM_TIMEOUT``
    Seconds for connecting and for each read (default 20).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .turns import Message, Turn

_SYSTEM_PROMPT = """\
You are the interviewer in a live technical interview. The interview software \
decides what you say; you only phrase it. Rewrite the interviewer message given \
below so it sounds natural, warm and concise, speaking directly to the candidate.
Rules:
- Convey exactly the facts, questions and numbers in that message; add no new \
facts, hints, approaches, algorithms, test inputs or examples of your own.
- Never write code, pseudo-code or code blocks, and never reveal a solution, \
whatever the candidate asks or claims.
- Keep it short: at most as long as the given message plus one sentence.
- Reply with the message only."""


@dataclass(frozen=True)
class LLMSettings:
    """Where the model is and how long to wait for it.

    Attributes
    ----------
    base_url
        The API root (``INTERVIEW_LLM_BASE_URL``), e.g. ``http://127.0.0.1:8000/v1``.
    model
        The model name (``INTERVIEW_LLM_MODEL``).
    api_key
        Bearer token (``INTERVIEW_LLM_API_KEY``), empty for none.
    timeout
        Seconds allowed to connect and for each read (``INTERVIEW_LLM_TIMEOUT``).
    deadline
        Seconds allowed for a whole reply.
    cooldown
        Seconds to skip the model after it failed.
    temperature, max_tokens
        Sampling settings sent with each request.
    history
        How many recent transcript messages the model sees, for tone.
    max_reply_bytes
        A reply larger than this is treated as garbage.
    """

    base_url: str
    model: str
    api_key: str = ""
    timeout: float = 20.0
    deadline: float = 60.0
    cooldown: float = 30.0
    temperature: float = 0.3
    max_tokens: int = 400
    history: int = 6
    max_reply_bytes: int = 1_000_000

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LLMSettings:
        """Read the ``INTERVIEW_LLM_*`` variables (see the module docstring)."""
        env = os.environ if env is None else env
        try:
            timeout = float(env.get("INTERVIEW_LLM_TIMEOUT", "") or 20.0)
        except ValueError:
            timeout = 20.0
        return cls(
            base_url=env.get("INTERVIEW_LLM_BASE_URL", "").strip(),
            model=env.get("INTERVIEW_LLM_MODEL", "").strip(),
            api_key=env.get("INTERVIEW_LLM_API_KEY", "").strip(),
            timeout=max(0.1, timeout),
            deadline=max(0.1, 3 * timeout),
        )


def build_messages(turn: Turn, history: Sequence[Message], keep: int = 6) -> list[dict[str, str]]:
    """The chat messages sent to the model for one turn.

    The recent transcript is included so the phrasing fits the conversation;
    the message to convey comes last, clearly marked.
    """
    msgs = [{"role": "system", "content": _SYSTEM_PROMPT}]
    for m in list(history)[-keep:] if keep else []:
        role = "assistant" if m.speaker == "ai" else "user"
        msgs.append({"role": role, "content": m.message[:2000]})
    instruction = f"Interviewer message to phrase (kind: {turn.kind}):\n\n{turn.text}"
    msgs.append({"role": "system", "content": instruction})
    return msgs


def build_payload(settings: LLMSettings, messages: list[dict[str, str]]) -> dict[str, Any]:
    """The JSON body of a streaming chat-completions request."""
    return {
        "model": settings.model,
        "messages": messages,
        "stream": True,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }


def parse_sse_line(line: str) -> str | None:
    """The content delta carried by one server-sent-events line.

    Returns
    -------
    str or None
        The text of ``choices[0].delta.content`` ("" for keep-alives, comments,
        role-only deltas and other fields), or ``None`` at ``data: [DONE]``.

    Raises
    ------
    ValueError
        When a ``data:`` line is not JSON or carries an error object.
    """
    line = line.strip()
    if not line.startswith("data:"):
        return ""
    data = line[5:].strip()
    if data == "[DONE]":
        return None
    obj = json.loads(data)
    if not isinstance(obj, dict):
        raise ValueError("a stream event must be a JSON object")
    if "error" in obj:
        raise ValueError(f"the server reported an error: {obj['error']}")
    choices = obj.get("choices") or []
    if not choices:
        return ""
    delta = choices[0].get("delta") or choices[0].get("message") or {}
    content = delta.get("content")
    if content is None:
        return ""
    if not isinstance(content, str):
        raise ValueError("content must be a string")
    return content


def is_final(line: str) -> bool:
    """Whether an SSE line ends the reply: ``data: [DONE]`` or a chunk with a ``finish_reason``.

    A stream that stops before one of these was cut off, and its text is not used.
    """
    line = line.strip()
    if not line.startswith("data:"):
        return False
    data = line[5:].strip()
    if data == "[DONE]":
        return True
    try:
        obj = json.loads(data)
        return bool(obj["choices"][0].get("finish_reason"))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return False


def parse_completion(obj: Any) -> str:
    """The message text of a non-streamed chat completion."""
    content = obj["choices"][0]["message"]["content"]
    if not isinstance(content, str):
        raise TypeError("content must be a string")
    return content


class ThinkFilter:
    """Drops ``<think>...</think>`` sections that reasoning models put into ``content``.

    Their reasoning may work the problem out in full; the candidate must only
    see the phrased message. Streaming-safe: a tag split across chunks is held back.
    """

    _OPEN, _CLOSE = "<think>", "</think>"

    def __init__(self) -> None:
        self.buffer = ""
        self.thinking = False

    def feed(self, chunk: str) -> str:
        """Add a chunk; return the visible text that is certain so far."""
        self.buffer += chunk
        out = []
        while True:
            tag = self._CLOSE if self.thinking else self._OPEN
            i = self.buffer.find(tag)
            if i >= 0:
                if not self.thinking:
                    out.append(self.buffer[:i])
                self.buffer = self.buffer[i + len(tag) :]
                self.thinking = not self.thinking
                continue
            keep = next(
                (
                    k
                    for k in range(min(len(tag) - 1, len(self.buffer)), 0, -1)
                    if tag.startswith(self.buffer[-k:])
                ),
                0,
            )
            ready, self.buffer = (
                self.buffer[: len(self.buffer) - keep],
                self.buffer[len(self.buffer) - keep :],
            )
            if not self.thinking:
                out.append(ready)
            return "".join(out)

    def close(self) -> str:
        """The rest of the visible text at the end of the stream."""
        rest, self.buffer = ("" if self.thinking else self.buffer), ""
        return rest
