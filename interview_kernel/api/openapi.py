"""The OpenAPI 3.1 document of the API, served at ``/interview/api/openapi.json``.

:data:`ROUTES` is the one list of paths: the server registers its handlers
from it (see :func:`interview_kernel.api.handlers`) and the document is built
from it, so the two cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from . import schemas

PREFIX = "/interview/api"

Op = tuple[str, type[BaseModel] | None, str]
"""(summary, request body model or None, success status)."""

ROUTES: list[tuple[str, str, dict[str, Op]]] = [
    ("/openapi.json", "openapi", {"get": ("This document", None, "200")}),
    ("/problems", "problems", {"get": ("List problems (filters: difficulty, topic, company, "
                                        "language, kind, q)", None, "200")}),
    ("/problems/{problem_id}", "problem", {"get": ("One problem, without hidden tests", None,
                                                    "200")}),
    ("/sessions", "sessions", {"get": ("Your sessions", None, "200"),
                               "post": ("Start a session", schemas.SessionCreate, "201")}),
    ("/sessions/{session_id}", "session", {"get": ("One session with chat and submissions",
                                                    None, "200")}),
    ("/sessions/{session_id}/draft", "draft", {"put": ("Autosave the code", schemas.DraftRequest,
                                                        "200")}),
    ("/sessions/{session_id}/runs", "runs", {"post": ("Run visible tests and custom inputs",
                                                       schemas.RunRequest, "200")}),
    ("/sessions/{session_id}/submissions", "submissions",
     {"post": ("Submit: every test, recorded", schemas.SubmissionRequest, "201")}),
    ("/sessions/{session_id}/end", "end", {"post": ("End and score the session",
                                                     schemas.EndRequest, "200")}),
    ("/sessions/{session_id}/chat", "chat", {"get": ("WebSocket: the interviewer chat "
                                                      "(send {message}; chunk/done frames)",
                                                      None, "101")}),
    ("/schedule", "schedule", {"get": ("Your scheduled interviews (?past=1 for all)", None, "200"),
                               "post": ("Create a program", schemas.ProgramRequest, "201")}),
    ("/schedule.ics", "calendar", {"get": ("Your interviews as an iCalendar file", None, "200")}),
    ("/schedule/{interview_id}/reschedule", "reschedule",
     {"post": ("Move an interview", schemas.RescheduleRequest, "200")}),
    ("/schedule/{interview_id}/cancel", "cancel", {"post": ("Cancel an interview", None, "200")}),
    ("/reminders", "reminders", {"get": ("In-app reminders not yet dismissed", None, "200")}),
    ("/reminders/{reminder_id}/dismiss", "dismiss", {"post": ("Dismiss a reminder", None, "200")}),
    ("/stats", "stats", {"get": ("Your statistics", None, "200")}),
    ("/preferences", "preferences", {"get": ("Your preferences", None, "200"),
                                     "put": ("Change preferences", schemas.PreferencesRequest,
                                             "200")}),
    ("/notes", "notes", {"get": ("All your notes by subject", None, "200")}),
    ("/notes/{subject}", "note", {"get": ("Your notes on a problem", None, "200"),
                                  "put": ("Replace them", schemas.NoteRequest, "200")}),
    ("/grade", "grade", {"post": ("Grade without a session (not recorded)", schemas.GradeRequest,
                                  "200")}),
    ("/grade/probe", "probe", {"post": ("Estimate the time complexity of accepted code",
                                        schemas.ProbeRequest, "200")}),
    ("/grading", "grading", {"get": ("The shared grading pool and its queue", None, "200")}),
]  # fmt: skip

QUERY: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("/problems", "get"): [
        (name, f"only problems with this {name}")
        for name in ("difficulty", "topic", "company", "language", "kind")
    ]
    + [("q", "a word or part of a word in the id or title")],
    ("/schedule", "get"): [("past", "1: past interviews too")],
    ("/grading", "get"): [("client", "a page's id: adds `position`, its place in the queue")],
}
"""Optional query parameters per (path, method)."""

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "retry_after": {"type": "integer"},
            },
        }
    },
}


def document(base_url: str = "/") -> dict[str, Any]:
    """The OpenAPI document (paths relative to the server's ``base_url``)."""
    components: dict[str, Any] = {"Error": ERROR_SCHEMA}
    paths: dict[str, Any] = {}
    for path, name, ops in ROUTES:
        item: dict[str, Any] = {}
        for method, (summary, model, status) in ops.items():
            op: dict[str, Any] = {
                "operationId": f"{method}_{name}",
                "summary": summary,
                "security": [{"token": []}],
                "responses": {
                    status: {"description": "success"},
                    "default": {
                        "description": "an error",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                },
            }
            params = [p.strip("{}") for p in path.split("/") if p.startswith("{")]
            parameters = [
                {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                for p in params
            ] + [
                {"name": q, "in": "query", "description": d, "schema": {"type": "string"}}
                for q, d in QUERY.get((path, method), [])
            ]
            if parameters:
                op["parameters"] = parameters
            if model is not None:
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                components.update(schema.pop("$defs", {}))
                components[model.__name__] = schema
                op["requestBody"] = {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{model.__name__}"}
                        }
                    },
                }
            item[method] = op
        paths[base_url.rstrip("/") + PREFIX + path] = item
    return {
        "openapi": "3.1.0",
        "info": {"title": "Interview practice API", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "token": {"type": "apiKey", "in": "header", "name": "Authorization"}
            },
        },
    }
