"""The design whiteboard: Excalidraw in an anywidget, or a notice when the bundle is missing.

The board's content is Excalidraw's scene as JSON text (the ``scene`` trait),
synchronised both ways: the browser sends it when the drawing changes (not on
selection or scrolling), and Python may replace it (a reopened session). The
bundle (``widgets/static/whiteboard.js``) is built from ``widgets/js`` with the
editor's; it embeds its fonts and fetches nothing from the network.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import anywidget
import ipywidgets as w
import traitlets as t

from ._bundle import STATIC_DIR, esm

log = logging.getLogger(__name__)

WHITEBOARD_BUNDLE = STATIC_DIR / "whiteboard.js"
MAX_SCENE_CHARS = 2_000_000
"""The store keeps at most this much (``practice.notes.MAX_ARTIFACT_CHARS``)."""
MISSING_NOTICE = (
    "The whiteboard was not built (Node.js/npm were missing when this package was installed). "
    "Describe the components and how requests flow between them in the notes instead."
)


def whiteboard_bundle() -> Any:
    """The built whiteboard bundle's path, or ``None``."""
    return WHITEBOARD_BUNDLE if WHITEBOARD_BUNDLE.is_file() else None


class Whiteboard(anywidget.AnyWidget):
    """Excalidraw; ``scene`` holds the drawing as Excalidraw JSON text.

    Parameters
    ----------
    scene
        The initial drawing (JSON text; empty for a blank board).
    theme
        ``auto`` (the page's theme), ``dark`` or ``light``.
    height
        The board's height in pixels.
    """

    _esm = esm(WHITEBOARD_BUNDLE) if WHITEBOARD_BUNDLE.is_file() else "export default {};"
    scene = t.Unicode("").tag(sync=True)
    theme = t.Unicode("auto").tag(sync=True)
    read_only = t.Bool(False).tag(sync=True)
    height = t.Int(520).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        if whiteboard_bundle() is None:
            raise RuntimeError(MISSING_NOTICE)
        super().__init__(**kwargs)
        self.add_class("interview-board")
        self._change_callbacks: list[Callable[[str], Any]] = []
        self.observe(self._on_scene, names="scene")

    @t.validate("scene")
    def _valid_scene(self, proposal: dict[str, Any]) -> str:
        # from the browser, so untrusted: text of bounded size that parses as a scene
        value = proposal["value"]
        if not isinstance(value, str):
            raise t.TraitError("a board is JSON text")
        if len(value) > MAX_SCENE_CHARS:
            raise t.TraitError(f"the board is larger than {MAX_SCENE_CHARS} characters")
        if value:
            try:
                data = json.loads(value)
            except ValueError as exc:
                raise t.TraitError("the board is not JSON") from exc
            if not isinstance(data, (dict, list)):
                raise t.TraitError("the board is not a scene")
        return value

    @t.validate("theme")
    def _valid_theme(self, proposal: dict[str, Any]) -> str:
        return proposal["value"] if proposal["value"] in ("auto", "dark", "light") else "auto"

    def on_change(self, callback: Callable[[str], Any]) -> None:
        """Call ``callback(scene)`` whenever the drawing changes."""
        self._change_callbacks.append(callback)

    def flush(self) -> None:
        """Ask the browser to send a pending change now."""
        self.send({"type": "flush"})

    def _on_scene(self, change: dict[str, Any]) -> None:
        for callback in list(self._change_callbacks):
            try:
                callback(change["new"])
            except Exception:  # noqa: BLE001 - a listener must not break the board
                log.exception("whiteboard listener failed")


class MissingWhiteboard(w.VBox):
    """Stands in for :class:`Whiteboard` when the bundle was not built: says so, keeps a scene."""

    scene = t.Unicode("")
    read_only = t.Bool(False)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.pop("theme", None)
        kwargs.pop("height", None)
        super().__init__([w.HTML(f'<div class="iv-notice">{MISSING_NOTICE}</div>')], **kwargs)
        self.add_class("interview-board")

    def on_change(self, callback: Callable[[str], Any]) -> None:
        """Kept for the same face as :class:`Whiteboard`; nothing is drawn here."""

    def flush(self) -> None:
        """Nothing to flush."""


def make_whiteboard(**kwargs: Any) -> Whiteboard | MissingWhiteboard:
    """The Excalidraw board when the bundle was built, else a notice."""
    if whiteboard_bundle() is None:
        log.warning("whiteboard bundle missing; design mode shows a notice instead")
        return MissingWhiteboard(**kwargs)
    return Whiteboard(**kwargs)
