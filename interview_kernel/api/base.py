"""The API's handler base: authentication, JSON bodies, and errors as JSON.

Every route requires an authenticated user (the server's token, a team token or
the hub's identity); the user's id scopes every store call. Errors are
``{"error": {"code", "message"}}``: what went wrong in words a candidate can act
on, never a traceback (that goes to the server log with the request).
"""

from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

from jupyter_server.base.handlers import APIHandler
from pydantic import BaseModel, ValidationError
from tornado import web

from ..errors import CustomInputError, InterviewError, SandboxUnavailableError, UnknownProblemError
from ..grading.service import RateLimited, ServiceBusy, ServiceClosed
from ..practice.notes import NoteError
from ..practice.sessions import SessionEndedError, UnknownSessionError
from .auth import request_user
from .state import ApiState

log = logging.getLogger("interview.api")

M = TypeVar("M", bound=BaseModel)

MAX_BODY_BYTES = 256 * 1024


class ApiError(Exception):
    """An error answer: HTTP status, a stable code, a message, optional headers."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.extra = extra


def _unauthorized() -> ApiError:
    return ApiError(401, "unauthorized", "a token is required (Authorization: token T)")


def api_error(exc: BaseException) -> ApiError:
    """The answer for an exception raised while serving a request."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RateLimited):
        return ApiError(
            429, "rate_limited", str(exc), {"Retry-After": str(exc.retry_after)},
            retry_after=exc.retry_after,
        )  # fmt: skip
    if isinstance(exc, ServiceBusy):
        return ApiError(
            503, "busy", str(exc), {"Retry-After": str(exc.retry_after)},
            retry_after=exc.retry_after,
        )  # fmt: skip
    if isinstance(exc, (SandboxUnavailableError, ServiceClosed)):
        return ApiError(
            503, "grading_unavailable", "grading is unavailable on this server right now; "
            "tell the organiser", {"Retry-After": "30"},
        )  # fmt: skip
    if isinstance(exc, UnknownSessionError):
        return ApiError(404, "not_found", f"no session {exc.session_id}")
    if isinstance(exc, UnknownProblemError):
        return ApiError(404, "not_found", f"no problem {exc.problem_id!r}")
    if isinstance(exc, SessionEndedError):
        return ApiError(409, "session_ended", str(exc))
    if isinstance(exc, CustomInputError):
        return ApiError(400, "invalid_input", str(exc))
    if isinstance(exc, (InterviewError, NoteError)):
        return ApiError(400, "invalid", str(exc))
    if isinstance(exc, web.HTTPError):
        return ApiError(exc.status_code, "http", exc.log_message or exc.reason or "error")
    return ApiError(500, "internal", "something went wrong on the server; try again")


def validation_message(exc: ValidationError) -> str:
    """One line per field: ``field: what is wrong`` (no echo of the value sent)."""
    parts = []
    for err in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in err.get("loc", ())) or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts[:10])


class ApiHandler(APIHandler):  # type: ignore[misc]
    """Base of every JSON route: authenticated, JSON in and out, JSON errors."""

    @property
    def api(self) -> ApiState:
        """The server's API state."""
        return self.settings["interview_api"]  # type: ignore[no-any-return]

    @property
    def user_id(self) -> str:
        """The store's id of the authenticated caller."""
        return request_user(self)

    async def prepare(self) -> None:  # type: ignore[override]
        """Authenticate before anything else; a stranger gets 401 as JSON."""
        try:
            await super().prepare()
        except web.HTTPError:
            if getattr(self, "_jupyter_current_user", None) is None:
                raise _unauthorized() from None
            raise
        if self.current_user is None:
            raise _unauthorized()

    def body(self, model: type[M]) -> M:
        """The request's JSON body checked against ``model`` (400 when it does not fit)."""
        raw = self.request.body or b"{}"
        if len(raw) > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", f"the body is over {MAX_BODY_BYTES // 1024} KB")
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "invalid_json", "the body is not JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "invalid", "the body must be a JSON object")
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise ApiError(400, "invalid", validation_message(exc)) from None

    def reply(self, data: Any, status: int = 200) -> None:
        """Answer with JSON."""
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        self.finish(
            json.dumps(data, default=_default), set_content_type="application/json; charset=UTF-8"
        )

    def _handle_request_exception(self, e: BaseException) -> None:
        err = api_error(e)
        if err.status >= 500 and err.code == "internal":
            log.error("%s %s failed", self.request.method, self.request.path, exc_info=e)
        elif err.status >= 500:
            log.warning("%s %s: %s", self.request.method, self.request.path, e)
        if self._finished:
            return
        self.clear()
        for k, v in err.headers.items():
            self.set_header(k, v)
        self.reply({"error": {"code": err.code, "message": err.message, **err.extra}}, err.status)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Errors raised by tornado itself (404 of a route, 405) in the same JSON form."""
        exc = kwargs.get("exc_info", (None, None, None))[1]
        message = getattr(exc, "log_message", None) or self._reason
        self.finish(json.dumps({"error": {"code": "http", "message": message}}, default=_default))


def _default(value: Any) -> Any:
    iso = getattr(value, "isoformat", None)
    if callable(iso):
        return iso()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return str(value)
