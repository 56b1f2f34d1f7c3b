"""The Notes tab: the user's own Markdown notes on a problem, autosaved to the store.

One anywidget (``notes.js``) with Edit and Preview. The page sends the text a
moment after typing stops (and at once on leaving the box, on Preview and when
the tab is hidden); each text that arrives is saved
(:func:`interview_kernel.practice.notes.save_note`) and rendered for Preview
here, with raw HTML escaped and unsafe links (``javascript:``) left as text.
The notes travel with ``interview db export``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import anywidget
import traitlets as t

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent


def render_markdown(text: str) -> str:
    r"""``text`` (CommonMark plus tables and strikethrough) as HTML safe to put in the page.

    Raw HTML in the notes is escaped, not rendered, and links whose scheme is
    not safe (``javascript:``, ``vbscript:``, ``data:`` other than images) stay text.

    Examples
    --------
    >>> render_markdown("**hash map** <script>x</script>")
    '<p><strong>hash map</strong> &lt;script&gt;x&lt;/script&gt;</p>\n'
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    return md.render(text)


class NotesPanel(anywidget.AnyWidget):
    """Personal Markdown notes on one problem, with Edit and Preview, autosaved.

    Parameters
    ----------
    problem_id
        The problem the notes are about (the note's subject in the store).
    user
        Whose notes (default: the current user).
    engine
        The store (default: the configured one).
    """

    _esm = _HERE / "notes.js"
    _css = _HERE / "notes.css"
    body = t.Unicode("").tag(sync=True)
    preview = t.Unicode("").tag(sync=True)
    error = t.Unicode("").tag(sync=True)
    saved = t.Int(0).tag(sync=True)

    def __init__(
        self, problem_id: str, user: str | None = None, engine: Any = None, **kwargs: Any
    ) -> None:
        from interview_kernel.practice.notes import get_note

        error, body = "", ""
        try:
            body = get_note(problem_id, user=user, engine=engine)
        except Exception:  # noqa: BLE001 - the candidate gets a sentence, the operator the log
            log.exception("reading the notes on %s failed", problem_id)
            error = "Your notes could not be read just now; reload the page to try again."
        super().__init__(body=body, preview=render_markdown(body), error=error, **kwargs)
        self.problem_id = problem_id
        self.user = user
        self.engine = engine
        self._readable = not error  # never overwrite notes that could not be read
        self.add_class("interview-notes")
        self.observe(self._on_body, names="body")

    def _on_body(self, change: dict[str, Any]) -> None:
        """Save the text the page sent and render its preview."""
        from interview_kernel.practice.notes import save_note

        text = change["new"]
        self.preview = render_markdown(text)
        if not self._readable:
            return
        try:
            save_note(self.problem_id, text, user=self.user, engine=self.engine)
        except Exception as exc:  # noqa: BLE001
            from interview_kernel.errors import InterviewError

            if isinstance(exc, InterviewError):
                self.error = str(exc)
            else:
                log.exception("saving the notes on %s failed", self.problem_id)
                self.error = "Your notes could not be saved just now; they stay in this page."
            return
        self.error = ""
        self.saved += 1
