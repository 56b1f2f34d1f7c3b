"""App parameters from papermill or the Voila query string, validated.

Papermill injects ``problem``, ``language`` and ``mode`` as notebook variables;
Voila passes ``?problem=two-sum&language=python&mode=practice`` in
``QUERY_STRING``, and ``?schedule=<id>`` (a scheduled mock's start link). A
preheated Voila kernel only sees the query string after
:func:`voila.utils.wait_for_request`'s protocol (which needs ``VOILA_APP_PORT``, set
by ``interview serve``), spoken here without importing ``voila.utils``.
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import parse_qs

MODES = ("practice", "interview", "design", "behavioral")
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANG_RE = re.compile(r"^[a-z+#]{1,20}$")


def _wait_for_voila_request() -> None:
    """What :func:`voila.utils.wait_for_request` does, without importing ``voila.utils``.

    That module imports jupyter_server, nbconvert, nbformat and jsonschema (about
    45 MB resident in every page's kernel, for one websocket read). Same protocol:
    the preheated kernel reads its request's variables from Voila's
    ``voila/query/<kernel id>`` websocket and puts them in its environment.
    """
    if os.environ.get("VOILA_PREHEAT") != "True":
        return
    import asyncio
    import json
    import threading

    import websockets

    env = os.environ
    base = env.get("VOILA_WS_BASE_URL", env.get("VOILA_SERVER_URL", "/"))
    url = (
        f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
        f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env.get('VOILA_KERNEL_ID')}"
    )
    got: dict[str, Any] = {}

    async def receive() -> None:
        async with websockets.connect(url, open_timeout=5) as ws:
            got["info"] = await ws.recv()

    def run() -> None:
        try:
            asyncio.new_event_loop().run_until_complete(receive())
        except (OSError, TimeoutError, websockets.WebSocketException) as exc:
            got["error"] = exc

    thread = threading.Thread(target=run, name="voila-request")  # the kernel's loop is busy
    thread.start()
    thread.join()
    if "info" in got:
        for key, value in json.loads(got["info"]).items():
            os.environ[key] = value


def in_voila() -> bool:
    """Whether this kernel renders a page for Voila (whose sibling pages links can name)."""
    return os.environ.get("SERVER_SOFTWARE", "").startswith("voila/")


def query_params(query_string: str | None = None) -> dict[str, str]:
    """The first value of each key in the query string (``QUERY_STRING`` by default)."""
    if query_string is None:
        _wait_for_voila_request()
        query_string = os.environ.get("QUERY_STRING", "")
    parsed = parse_qs(query_string, keep_blank_values=False, max_num_fields=20)
    return {k: v[0] for k, v in parsed.items() if v}


def resolve_params(
    problem: str | None = None,
    language: str | None = None,
    mode: str | None = None,
    query_string: str | None = None,
) -> dict[str, Any]:
    """Merge the query string over the notebook's (papermill) parameters.

    Returns a dict with ``problem``, ``language``, ``mode``, ``schedule`` (a
    scheduled interview's id or ``None``) and ``notice`` (a message for the
    candidate about a value that was ignored, or ``""``). Values that do not
    look like ids are dropped, never passed on.
    """
    q = query_params(query_string)
    notices = []
    out: dict[str, Any] = {"problem": problem, "language": language, "mode": mode or "practice"}
    for key in ("problem", "language", "mode"):
        if key in q:
            out[key] = q[key].strip().lower()
    if out["problem"] and not _ID_RE.match(str(out["problem"])):
        notices.append(f"{str(out['problem'])[:60]!r} is not a problem id")
        out["problem"] = None
    if out["language"] and not _LANG_RE.match(str(out["language"])):
        notices.append("the language in the address was not recognised")
        out["language"] = None
    if out["mode"] not in MODES:
        notices.append(f"unknown mode {str(out['mode'])[:20]!r}; using practice")
        out["mode"] = "practice"
    if out["mode"] in ("design", "behavioral"):  # widgets.design_app / behavioral_app
        if q.get("prompt") and _ID_RE.match(q["prompt"].strip().lower()):
            out["prompt"] = q["prompt"].strip().lower()
        if q.get("session", "").isdigit() and len(q["session"]) <= 12:
            out["session"] = int(q["session"])
    out["schedule"] = None
    if "schedule" in q:
        if q["schedule"].isdigit() and len(q["schedule"]) <= 12:
            out["schedule"] = int(q["schedule"])
            out["mode"] = "interview"  # a scheduled mock is timed, whatever else the URL says
        else:
            notices.append("the mock interview in the address was not recognised")
    out["notice"] = "; ".join(notices)
    return out
