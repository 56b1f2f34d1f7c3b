"""The code editor: CodeMirror 6 in an anywidget, or a plain text area when the bundle is missing.

Both editors expose the same face: ``value``, ``language``, ``theme``,
``storage_key``, ``run_state`` and :meth:`on_run` (called when the candidate
presses Ctrl/Cmd+Enter in the CodeMirror editor, Ctrl/Cmd+Shift+Enter for
``submit``, Esc while a run is in flight for ``stop``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import anywidget
import ipywidgets as w
import traitlets as t

from ._bundle import EDITOR_BUNDLE, MISSING_BUNDLE_NOTICE, editor_bundle, esm

log = logging.getLogger(__name__)

LANGUAGE_MODES = ("python", "javascript", "cpp", "java")
THEMES = ("auto", "dark", "light")
MAX_SOURCE_CHARS = 200_000

RunCallback = Callable[[str], Any]
ACTIONS = ("run", "submit", "stop")
"""What the browser may ask for: the key bindings' messages."""
RUN_STATES = ("idle", "running", "queued", "probing")


class CodeEditor(anywidget.AnyWidget):
    """CodeMirror 6 editor; Ctrl/Cmd+Enter flushes the text and asks Python to run the tests.

    Parameters
    ----------
    value
        The initial text.
    language
        One of ``python``, ``javascript``, ``cpp``, ``java`` (highlighting and indent).
    theme
        ``auto`` (default: the page's theme), ``dark`` or ``light``.
    storage_key
        Key of the browser-side draft (localStorage); empty disables drafts.
    """

    # anywidget reads a Path when the class is defined; a missing file would raise there.
    _esm = esm(EDITOR_BUNDLE) if EDITOR_BUNDLE.is_file() else "export default {};"
    value = t.Unicode("").tag(sync=True)
    language = t.Unicode("python").tag(sync=True)
    theme = t.Unicode("auto").tag(sync=True)
    """``auto`` follows the page (its theme toggle, else the system's colour scheme)."""
    storage_key = t.Unicode("").tag(sync=True)
    placeholder_text = t.Unicode("Write your solution here").tag(sync=True)
    read_only = t.Bool(False).tag(sync=True)
    run_state = t.Unicode("idle").tag(sync=True)
    """Mirrored onto ``.interview-run`` as ``data-state``; Esc stops unless ``idle``."""

    def __init__(self, **kwargs: Any) -> None:
        if editor_bundle() is None:
            raise RuntimeError(MISSING_BUNDLE_NOTICE)
        super().__init__(**kwargs)
        self._callbacks: dict[str, list[RunCallback]] = {a: [] for a in ACTIONS}
        self.on_msg(self._on_browser_message)
        self.add_class("interview-editor")

    @t.validate("language")
    def _valid_language(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"]).lower()
        return value if value in LANGUAGE_MODES else "python"

    @t.validate("theme")
    def _valid_theme(self, proposal: dict[str, Any]) -> str:
        return proposal["value"] if proposal["value"] in THEMES else "auto"

    @t.validate("value")
    def _valid_value(self, proposal: dict[str, Any]) -> str:
        value = proposal["value"]
        if not isinstance(value, str):
            raise t.TraitError("editor text must be a string")
        return value[:MAX_SOURCE_CHARS]

    def on_run(self, callback: RunCallback, remove: bool = False, action: str = "run") -> None:
        """Register ``callback(source)`` for Ctrl/Cmd+Enter (or remove it).

        ``action="submit"`` is Ctrl/Cmd+Shift+Enter, ``action="stop"`` is Esc.
        """
        if remove:
            self._callbacks[action].remove(callback)
        else:
            self._callbacks[action].append(callback)

    def focus(self) -> None:
        """Ask the browser to focus the editor."""
        self.send({"type": "focus"})

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        # Everything from the browser is untrusted: check the shape, always answer.
        try:
            action = content.get("type") if isinstance(content, dict) else None
            if action not in ACTIONS:
                self.send({"type": "error", "message": "unknown editor message"})
                return
            text = content.get("value")
            if isinstance(text, str):
                self.value = text
            for callback in list(self._callbacks[action]):
                callback(self.value)
            self.send({"type": f"{action}-accepted"})
        except Exception as exc:  # noqa: BLE001 - the browser must get an answer
            log.exception("editor run request failed")
            self.send({"type": "error", "message": f"could not run the tests: {exc}"})


class TextareaEditor(w.VBox):
    """Fallback editor: a Textarea with a visible notice saying why it is not CodeMirror."""

    value = t.Unicode("")
    language = t.Unicode("python")
    theme = t.Unicode("auto")
    storage_key = t.Unicode("")
    read_only = t.Bool(False)
    run_state = t.Unicode("idle")

    def __init__(self, notice: str = MISSING_BUNDLE_NOTICE, **kwargs: Any) -> None:
        self._area = w.Textarea(
            value=kwargs.pop("value", ""),
            placeholder="Write your solution here",
            layout=w.Layout(width="100%", height="22em"),
        )
        self.notice = w.HTML(f'<div class="iv-notice">{notice}</div>')
        super().__init__([self.notice, self._area], **kwargs)
        self.value = self._area.value
        t.link((self, "value"), (self._area, "value"))
        t.link((self, "read_only"), (self._area, "disabled"))
        self.add_class("interview-editor")
        self.add_class("interview-editor-fallback")

    def on_run(self, callback: RunCallback, remove: bool = False, action: str = "run") -> None:
        """Kept for the same face as :class:`CodeEditor`; a textarea has no key bindings."""

    def focus(self) -> None:
        """Plain textareas cannot be focused from Python; a no-op."""


def make_editor(**kwargs: Any) -> CodeEditor | TextareaEditor:
    """The CodeMirror editor when the bundle was built, else the text-area fallback."""
    if editor_bundle() is None:
        log.warning("editor bundle missing; using the plain text area")
        return TextareaEditor(**kwargs)
    return CodeEditor(**kwargs)
