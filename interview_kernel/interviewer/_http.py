"""The HTTP effect of the LLM backend: one streaming POST to ``/chat/completions``.

Standard library only (``http.client``), so the interviewer adds no dependency.
Everything that can be decided without the network lives in :mod:`.llm_wire`.
"""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from .llm_wire import LLMSettings, is_final, parse_completion, parse_sse_line


class TransportError(Exception):
    """The endpoint could not be reached, timed out, or answered with something unusable."""


def stream_chat(settings: LLMSettings, payload: dict[str, Any]) -> Iterator[str]:
    """POST ``payload`` and yield the content deltas of the streamed reply.

    Accepts both an SSE stream (``text/event-stream``) and a plain JSON reply,
    since some servers ignore ``stream``. Every socket operation is bounded by
    ``settings.timeout`` and the whole reply by ``settings.deadline``.

    Raises
    ------
    TransportError
        On connection errors, non-2xx statuses, timeouts and undecodable replies.
    """
    parts = urlsplit(settings.base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TransportError(f"INTERVIEW_LLM_BASE_URL {settings.base_url!r} is not an http(s) URL")
    conn_cls = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    conn = conn_cls(parts.hostname, parts.port, timeout=settings.timeout)
    path = parts.path.rstrip("/") + "/chat/completions"
    headers = {"Content-Type": "application/json", "Accept": "text/event-stream, application/json"}
    if settings.api_key:
        headers["Authorization"] = f"Bearer {settings.api_key}"
    started = time.monotonic()
    try:
        try:
            conn.request("POST", path, body=json.dumps(payload).encode(), headers=headers)
            resp = conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            raise TransportError(f"cannot reach {settings.base_url}: {exc}") from exc
        if not 200 <= resp.status < 300:
            body = resp.read(500).decode("utf-8", "replace")
            raise TransportError(f"HTTP {resp.status} from {settings.base_url}: {body}")
        ctype = resp.getheader("Content-Type", "")
        if "event-stream" not in ctype:
            try:
                raw = resp.read(settings.max_reply_bytes)
            except (OSError, http.client.HTTPException) as exc:
                raise TransportError(f"reading the reply failed: {exc}") from exc
            try:
                yield parse_completion(json.loads(raw))
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise TransportError(f"not a chat completion: {raw[:200]!r}") from exc
            return
        received = 0
        while True:
            if time.monotonic() - started > settings.deadline:
                raise TransportError(f"no complete reply within {settings.deadline:g} s")
            try:
                line = resp.readline(65536)
            except (OSError, http.client.HTTPException) as exc:
                raise TransportError(f"the stream broke: {exc}") from exc
            if not line:
                raise TransportError("the stream ended before the reply was complete")
            received += len(line)
            if received > settings.max_reply_bytes:
                raise TransportError("the reply is larger than expected")
            try:
                text = line.decode("utf-8")
                delta = parse_sse_line(text)
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise TransportError(f"garbled stream line: {line[:200]!r}") from exc
            if delta:
                yield delta
            if delta is None or is_final(text):
                return
    finally:
        conn.close()
