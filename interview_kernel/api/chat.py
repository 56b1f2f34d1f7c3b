"""``WS /interview/api/sessions/{id}/chat``: the interviewer, replies streamed in chunks.

The client sends ``{"message": "..."}``; the server answers with
``{"type": "chunk", "text": ...}`` frames and a final
``{"type": "done", "text": <whole reply>, "hints_used": n}``. On connecting, a new
conversation starts with ``{"type": "opening", "text": ...}``. Both sides are
stored in the session's chat; a hint taken is counted on the session. One
interviewer per session lives in the server, so a reconnect continues the
conversation. Errors are ``{"type": "error", "error": {"code", "message"}}``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from jupyter_server.auth.decorator import ws_authenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.base.websocket import WebSocketMixin
from pydantic import ValidationError
from tornado import web
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from ..errors import InterviewError
from ..interviewer import create_interviewer
from ..practice import sessions
from .auth import request_user
from .base import api_error, validation_message
from .schemas import ChatMessageIn
from .state import ApiState

log = logging.getLogger("interview.api")

MAX_FRAME_BYTES = 32 * 1024


class ChatSocket(WebSocketMixin, WebSocketHandler, JupyterHandler):  # type: ignore[misc]
    """The chat WebSocket of one session of the caller."""

    interviewer: Any = None
    session_id = 0
    user = ""

    @property
    def api(self) -> ApiState:
        """The server's API state."""
        return self.settings["interview_api"]  # type: ignore[no-any-return]

    @ws_authenticated
    async def get(self, session_id: str) -> None:  # type: ignore[override]
        """Check the session is the caller's and active, then upgrade."""
        self.user, self.session_id = request_user(self), int(session_id)
        try:
            view = await self.api.call(sessions.get_session, self.session_id, user=self.user)
        except sessions.UnknownSessionError:
            raise web.HTTPError(404, "no such session") from None
        if view.status != "active":
            raise web.HTTPError(409, "the session has ended")
        self.view = view
        await super().get(session_id)

    async def open(self, session_id: str) -> None:  # type: ignore[override]
        """Attach (or start) the session's interviewer; a new one opens the conversation."""
        super().open()
        key = (self.user, self.session_id)
        self.interviewer = self.api.interviewers.get(key)
        if self.interviewer is not None:
            return
        subject = self.view.problem_id or self.api.subjects.get(key)
        try:
            self.interviewer = await self.api.call(
                create_interviewer,
                self.view.mode,
                subject,
                duration_seconds=self.view.duration_minutes * 60,
            )
        except InterviewError as exc:
            self._send({"type": "error", "error": {"code": "invalid", "message": str(exc)}})
            self.close(4400, "no interviewer for this session")
            return
        if len(self.api.interviewers) > 10_000:
            self.api.interviewers.clear()
        self.api.interviewers[key] = self.interviewer
        opening = await self.api.call(self.interviewer.opening)
        await self._store("ai", opening)
        self._send({"type": "opening", "text": opening})

    async def on_message(self, raw: str | bytes) -> None:
        """One candidate message: store it, stream the reply, store that."""
        if self.interviewer is None:
            return
        try:
            if len(raw) > MAX_FRAME_BYTES:
                raise ValueError(f"a message is at most {MAX_FRAME_BYTES // 1024} KB")
            try:
                data = json.loads(raw)
            except ValueError:
                raise ValueError('send JSON: {"message": "..."}') from None
            if not isinstance(data, dict):
                raise ValueError('send JSON: {"message": "..."}')
            message = ChatMessageIn.model_validate(data).message
        except ValidationError as exc:
            self._send(
                {"type": "error", "error": {"code": "invalid", "message": validation_message(exc)}}
            )
            return
        except ValueError as exc:
            self._send({"type": "error", "error": {"code": "invalid", "message": str(exc)}})
            return
        try:
            await self._store("user", message)
            before = self.interviewer.report().hints_used
            stream = self.interviewer.respond(message)
            chunks: list[str] = []
            while (chunk := await self.api.call(next, stream, None)) is not None:
                chunks.append(chunk)
                self._send({"type": "chunk", "text": chunk})
            reply = "".join(chunks)
            await self._store("ai", reply)
            hints = self.interviewer.report().hints_used
            for _ in range(hints - before):
                await self.api.call(sessions.record_hint, self.session_id, user=self.user)
            self._send({"type": "done", "text": reply, "hints_used": hints})
        except Exception as exc:  # noqa: BLE001 - answered as JSON, logged in full
            err = api_error(exc)
            if err.status >= 500:
                log.error("chat of session %s failed", self.session_id, exc_info=exc)
            self._send({"type": "error", "error": {"code": err.code, "message": err.message}})

    async def _store(self, speaker: str, text: str) -> None:
        if text.strip():
            await self.api.call(
                sessions.add_chat, self.session_id, speaker, text[:8000], user=self.user
            )

    def _send(self, frame: dict[str, Any]) -> None:
        try:
            self.write_message(json.dumps(frame))
        except WebSocketClosedError:
            pass

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """A refused upgrade (403, 404, 409) answers JSON, as the REST routes do."""
        exc = kwargs.get("exc_info", (None, None, None))[1]
        message = getattr(exc, "log_message", None) or self._reason
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"error": {"code": "http", "message": message}}))

    def on_close(self) -> None:
        """Nothing to release: the interviewer stays for a reconnect."""
