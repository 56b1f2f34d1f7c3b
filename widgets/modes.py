"""The apps of the non-coding modes by name: the one place that knows both of them."""

from __future__ import annotations

import logging
from typing import Any

import ipywidgets as w

from .behavioral_app import launch_behavioral
from .design_app import launch_design

log = logging.getLogger(__name__)


def launch_mode(
    mode: str,
    prompt: str | None = None,
    session: int | None = None,
    notice: str = "",
    record: bool = True,
    **_ignored: Any,
) -> w.Widget:
    """The app of ``design`` or ``behavioral`` mode (called by :func:`widgets.launch`)."""
    box = w.VBox()
    box.add_class("interview-root")
    try:
        if mode == "behavioral":
            box.children = [launch_behavioral(session=session, notice=notice, record=record)]
        else:
            box.children = [launch_design(prompt, session, notice, record)]
    except Exception:  # noqa: BLE001 - the candidate sees a sentence, the log the traceback
        log.exception("starting %s mode failed", mode)
        box.children = [
            w.HTML(
                '<div class="iv-notice">This interview could not be started. Reload the page.</div>'
            )
        ]
    return box
