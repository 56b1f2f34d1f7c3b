"""The REST + WebSocket API: a jupyter_server extension on the app's port and token.

``interview serve`` adds :func:`handlers` to its server; any jupyter_server (a
JupyterHub single-user server, ``jupyter lab``) loads the same routes as the
extension ``interview_kernel.api`` (``--ServerApp.jpserver_extensions``). The
routes, their bodies and errors are described by the OpenAPI document at
``/interview/api/openapi.json`` (see :mod:`.openapi`). Grading goes through one
:class:`~interview_kernel.grading.service.GradingService` per server.
"""

from __future__ import annotations

import re
from typing import Any

from .state import ApiState

__all__ = ["ApiState", "handlers"]


def handlers(base_url: str = "/") -> list[tuple[str, Any]]:
    """The tornado routes of the API under ``base_url``."""
    from jupyter_server.utils import url_path_join

    from . import chat, routes
    from .openapi import PREFIX, ROUTES

    classes: dict[str, Any] = {
        "openapi": routes.OpenApiHandler,
        "problems": routes.ProblemsHandler,
        "problem": routes.ProblemHandler,
        "sessions": routes.SessionsHandler,
        "session": routes.SessionHandler,
        "draft": routes.DraftHandler,
        "runs": routes.RunsHandler,
        "submissions": routes.SubmissionsHandler,
        "end": routes.EndHandler,
        "chat": chat.ChatSocket,
        "schedule": routes.ScheduleHandler,
        "calendar": routes.CalendarHandler,
        "reschedule": routes.RescheduleHandler,
        "cancel": routes.CancelHandler,
        "reminders": routes.RemindersHandler,
        "dismiss": routes.DismissHandler,
        "stats": routes.StatsHandler,
        "preferences": routes.PreferencesHandler,
        "notes": routes.NotesHandler,
        "note": routes.NoteHandler,
        "grading": routes.GradingStatusHandler,
        "grade": routes.GradeHandler,
        "probe": routes.ProbeHandler,
    }
    out = []
    for path, name, _ in ROUTES:
        pattern = re.escape(path)
        pattern = re.sub(r"\\\{(session_id|interview_id|reminder_id)\\\}", r"(\\d{1,12})", pattern)
        pattern = re.sub(r"\\\{problem_id\\\}", r"([A-Za-z0-9_.:-]{1,128})", pattern)
        pattern = re.sub(r"\\\{subject\\\}", r"([A-Za-z0-9_.:-]{1,255})", pattern)
        out.append((url_path_join(base_url, PREFIX + pattern + "$"), classes[name]))
    return out


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "interview_kernel.api"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Add the API to a running jupyter_server, with its own grading service."""
    state = ApiState()
    serverapp.web_app.settings["interview_api"] = state
    base_url = serverapp.web_app.settings.get("base_url", "/")
    serverapp.web_app.add_handlers(".*$", handlers(base_url))
    serverapp.log.info("interview API at %sinterview/api/openapi.json", base_url)


async def _unload_jupyter_server_extension(serverapp: Any) -> None:
    state = serverapp.web_app.settings.get("interview_api")
    if state is not None:
        state.close()
