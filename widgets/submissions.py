"""The Submissions tab: every Submit of this problem by this user, with code, diff and reload.

One anywidget (``submissions.js``): the list's headlines travel once as a trait;
opening a submission asks Python for its code and its diff with the one before
(so a long history does not ship every version of the code with the page), and
"Load into editor" names the submission by id only: the code put into the
editor is the stored one, never text the page sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets as t

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent

LoadCallback = Callable[[str, str], Any]
"""``on_load(language, code)``: put a stored submission into the editor."""

_UNREADABLE = "Your submissions could not be read just now; try again in a moment."


class SubmissionsPanel(anywidget.AnyWidget):
    """The user's submissions of one problem, newest first.

    Parameters
    ----------
    problem_id
        The problem whose submissions are listed.
    on_load
        Called with ``(language, code)`` when "Load into editor" is pressed.
    user
        Whose submissions (default: the current user).
    engine
        The store (default: the configured one).

    Notes
    -----
    Call :meth:`refresh` after each Submit. Store failures are logged and the
    panel says so in a sentence; it never shows a traceback.
    """

    _esm = _HERE / "submissions.js"
    _css = _HERE / "submissions.css"
    items = t.List(t.Dict()).tag(sync=True)
    error = t.Unicode("").tag(sync=True)

    def __init__(
        self,
        problem_id: str,
        on_load: LoadCallback | None = None,
        user: str | None = None,
        engine: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.problem_id = problem_id
        self.on_load = on_load
        self.user = user
        self.engine = engine
        self._subs: list[Any] = []
        self.add_class("interview-submissions")
        self.on_msg(self._on_browser_message)
        self.refresh()

    def refresh(self) -> None:
        """Read the submissions again (after a Submit) and redraw the list."""
        from interview_kernel.practice.history import problem_submissions

        try:
            self._subs = problem_submissions(self.problem_id, self.user, self.engine)
        except Exception:  # noqa: BLE001 - the candidate gets a sentence, the operator the log
            log.exception("reading the submissions of %s failed", self.problem_id)
            self.error = _UNREADABLE
            return
        self.error = ""
        self.items = [s.summary() for s in self._subs]

    def detail(self, submission_id: int) -> dict[str, Any] | None:
        """The code of one listed submission and its diff with the one before, or ``None``."""
        from interview_kernel.practice.history import diff_with_previous

        sub = next((s for s in self._subs if s.id == submission_id), None)
        if sub is None:
            return None
        diff = diff_with_previous(self._subs, submission_id)
        return {
            "id": sub.id,
            "language": sub.language,
            "code": sub.code,
            "diff": None if diff is None else [[d.kind, d.text] for d in diff],
        }

    def load(self, submission_id: int) -> bool:
        """Put a listed submission's stored code into the editor; ``False`` if it is not listed."""
        sub = next((s for s in self._subs if s.id == submission_id), None)
        if sub is None or self.on_load is None:
            return False
        self.on_load(sub.language, sub.code)
        return True

    def _on_browser_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        """Answer ``open`` with the detail and ``load`` with a confirmation, or an error."""
        if not isinstance(content, dict):
            return
        try:
            if isinstance(content.get("open"), int):
                found = self.detail(content["open"])
                if found is None:
                    self.send({"error": "That submission is no longer listed."})
                else:
                    self.send({"detail": found})
            elif isinstance(content.get("load"), int):
                if self.load(content["load"]):
                    self.send({"loaded": content["load"]})
                else:
                    self.send({"error": "That submission could not be loaded into the editor."})
            else:
                self.send({"error": "That request was not understood; reload the page."})
        except Exception:  # noqa: BLE001 - the page always gets an answer
            log.exception("submissions panel request %r failed", content)
            self.send({"error": "Something went wrong; try again."})
