"""Design mode in the app: the prompt, a whiteboard, Markdown notes, the interviewer and the clock.

``?mode=design&prompt=<id>`` opens one system-design prompt; without a prompt the
page lists them. The interviewer (:class:`interview_kernel.interviewer.DesignInterviewer`)
reads the notes, the chat and the whiteboard's labels, and probes the rubric
dimensions not yet covered. **End** grades the sitting
(:func:`interview_kernel.interviewer.design.assess_design`: the written rubric,
the board's components, single points of failure and paths, the numbers) and
shows each dimension's level with the sentences and diagram elements that
earned it, and a hire signal.

The notes and the board are saved with the session as they change
(``practice.notes.save_artifact``); a reload reopens the sitting as it was, and
``?mode=design&session=<id>`` shows an ended one with its report.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

import ipywidgets as w
import mistune

from ._style import stylesheet
from .chat import ChatBox, ChatEvent
from .countdown import Countdown

log = logging.getLogger(__name__)

SAVE_DELAY_S = 1.0
_markdown = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])
_candidate_markdown = mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])

MODE_CSS = """
<style>
.iv-mode-app { gap: 10px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--iv-fg, #1f2328); width: 100%; }
.iv-mode-app .iv-mode-head { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; }
.iv-mode-app .iv-mode-head h1 { font-size: 20px; margin: 0 8px 0 0; }
.iv-mode-app .iv-mode-cols { display: flex; gap: 14px; width: 100%; align-items: flex-start; }
.iv-mode-app .iv-mode-left { flex: 1 1 38%; min-width: 300px; gap: 8px; }
.iv-mode-app .iv-mode-right { flex: 1 1 62%; min-width: 360px; gap: 8px; }
.iv-mode-app .iv-pane { border: 1px solid var(--iv-border, #d0d7de); border-radius: 8px;
  padding: 8px 12px; background: var(--iv-surface, transparent); }
.iv-mode-app .iv-pane h2, .iv-mode-app .iv-pane-title { font-size: 15px; margin: 4px 0; }
.iv-mode-app .iv-scale { padding: 6px 10px; border-left: 3px solid var(--iv-accent, #0969da);
  background: var(--iv-surface-2, rgba(127,127,127,0.08)); border-radius: 4px; }
.iv-mode-app .interview-notes textarea, .iv-mode-app .interview-answer textarea {
  font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px;
  color: var(--iv-fg, inherit); background: var(--iv-surface, inherit); }
.iv-mode-app .interview-board { width: 100%; border: 1px solid var(--iv-border, #d0d7de);
  border-radius: 8px; overflow: hidden; }
.iv-mode-app .iv-board-canvas { width: 100%; }
.iv-mode-app .interview-report { width: 100%; }
.iv-mode-report { border: 1px solid var(--iv-border, #d0d7de); border-radius: 8px;
  padding: 10px 14px; background: var(--iv-surface, transparent); }
.iv-mode-report .iv-score { font-size: 34px; font-weight: 700; }
.iv-mode-report .iv-score span { font-size: 15px; color: var(--iv-muted, #57606a); }
.iv-mode-report .iv-signal { font-weight: 600; }
.iv-mode-report .iv-dim { border-top: 1px solid var(--iv-border, #d0d7de); padding: 6px 0; }
.iv-mode-report .iv-dim h3 { font-size: 15px; margin: 2px 0; }
.iv-mode-report .iv-level { display: inline-block; padding: 0 8px; border-radius: 10px;
  font-size: 12px; font-weight: 600; color: #fff; background: var(--iv-badge-muted, #57606a); }
.iv-mode-report .iv-level-3, .iv-mode-report .iv-level-4, .iv-mode-report .iv-found {
  background: var(--iv-badge-ok, #1a7f37); }
.iv-mode-report .iv-level-2 { background: var(--iv-badge-warn, #9a6700); }
.iv-mode-report .iv-level-0, .iv-mode-report .iv-level-1, .iv-mode-report .iv-missing {
  background: var(--iv-badge-bad, #cf222e); }
.iv-mode-report blockquote { margin: 2px 0 2px 8px; padding-left: 8px; font-style: italic;
  border-left: 3px solid var(--iv-border, #d0d7de); }
.iv-mode-report .iv-diagram li::marker { content: "\\25A1  "; }
.iv-mode-report .iv-gap { color: var(--iv-bad, #cf222e); }
.iv-mode-report table { border-collapse: collapse; font-size: 13px; }
.iv-mode-report td, .iv-mode-report th { border-bottom: 1px solid var(--iv-border, #d0d7de);
  padding: 3px 6px; text-align: left; vertical-align: top; }
.iv-mode-picker ul { list-style: none; padding: 0; }
.iv-mode-picker li { padding: 6px 0; border-bottom: 1px solid var(--iv-border, #d0d7de); }
.iv-mode-picker a { color: var(--iv-accent, #0969da); font-weight: 600; }
</style>
"""


def mode_stylesheet() -> list[w.Widget]:
    """The app's stylesheet and the design/behavioural additions (hidden HTML widgets)."""
    extra = w.HTML(MODE_CSS, layout=w.Layout(display="none"))
    return [stylesheet(), extra]


def esc(text: Any) -> str:
    """HTML-escaped text."""
    return html.escape(str(text))


def _epoch_s(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


class ModeSession:
    """A design or behavioural sitting in the store: chat, artifacts and the end.

    Storage never breaks the app: failures are logged and kept in :attr:`error`.
    ``subject`` is the prompt id (design) or ``behavioral``; the session's
    ``problem_id`` holds it, so a reload resumes the sitting on the same subject.
    """

    def __init__(self, mode: str, subject: str, minutes: int, difficulty: str | None = None):
        self.mode = mode
        self.subject = subject
        self.minutes = max(5, min(240, int(minutes)))
        self.difficulty = difficulty
        self.view: Any = None
        self.resumed = False
        self.error = ""
        self._pending: dict[str, str] = {}
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    @property
    def id(self) -> int | None:
        """The session's id once started."""
        return getattr(self.view, "id", None)

    def _safely(self, what: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception:  # noqa: BLE001 - storage never breaks the app
            log.exception("session store: %s failed", what)
            self.error = f"Progress is not being saved ({what} failed)."
            return None

    def start(self, session_id: int | None = None) -> Any:
        """Open ``session_id`` (any status), else resume the active sitting, else start one."""
        from interview_kernel.practice import sessions

        if session_id is not None:
            view = self._safely("open", sessions.get_session, session_id)
            if view is not None and view.mode == self.mode:
                self.view, self.resumed = view, True
                return view
        view = self._safely("resume", sessions.resume_session, problem_id=self.subject)
        if view is not None and view.mode == self.mode and view.remaining_seconds() > 0:
            self.view, self.resumed = view, True
            return view
        subject = SimpleNamespace(
            id=self.subject, version=None, difficulty=self.difficulty, topics=[self.mode]
        )
        self.view = self._safely(
            "start",
            sessions.create_session,
            mode=self.mode,
            problem=subject,
            duration_minutes=self.minutes,
        )
        self.resumed = False
        return self.view

    @property
    def active(self) -> bool:
        """Whether the sitting still runs (not ended)."""
        return self.view is not None and getattr(self.view, "status", "") == "active"

    def remaining_s(self) -> float:
        """Seconds left on the sitting's clock."""
        return float(self.view.remaining_seconds()) if self.view is not None else 0.0

    def started_epoch_s(self) -> float:
        """When the sitting started (epoch seconds)."""
        return _epoch_s(self.view.start_time) if self.view is not None else time.time()

    def chat(self) -> list[tuple[str, str]]:
        """The stored transcript as ``(speaker, message)`` pairs."""
        if self.view is None:
            return []
        return [(m["speaker"], m["message"]) for m in getattr(self.view, "chat", [])]

    def record_chat(self, speaker: str, text: str) -> None:
        """Store one chat line (``user`` or ``ai``)."""
        if self.id is None or not self.active or speaker not in ("user", "ai"):
            return
        if not text.strip():
            return
        from interview_kernel.practice import sessions

        self._safely("chat", sessions.add_chat, self.id, speaker, text[:8000])

    def artifact(self, kind: str) -> str:
        """The stored ``board`` or ``notes`` ("" when none)."""
        if self.id is None:
            return ""
        from interview_kernel.practice.notes import get_artifact

        return self._safely("reading the " + kind, get_artifact, self.id, kind) or ""

    def save_later(self, kind: str, content: str) -> None:
        """Save an artifact within :data:`SAVE_DELAY_S` (changes in between are merged)."""
        if self.id is None or not self.active:
            return
        with self._lock:
            self._pending[kind] = content
            if self._timer is None:
                self._timer = threading.Timer(SAVE_DELAY_S, self.flush)
                self._timer.daemon = True
                self._timer.start()

    def flush(self) -> None:
        """Save every pending artifact now."""
        from interview_kernel.practice.notes import save_artifact

        with self._lock:
            pending, self._pending = self._pending, {}
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None
        if self.id is None:
            return
        for kind, content in pending.items():
            self._safely("saving the " + kind, save_artifact, self.id, kind, content)

    def end(self, score: float | None, feedback: str, rubric: dict[str, int] | None) -> Any:
        """End the sitting with its score, report text and rubric (for the hire signal)."""
        self.flush()
        if self.id is None or not self.active:
            return None
        from interview_kernel.practice import sessions

        report = self._safely(
            "end", sessions.end_session, self.id, score=score, feedback=feedback, rubric=rubric
        )
        refreshed = self._safely("reload", sessions.get_session, self.id)
        if refreshed is not None:
            self.view = refreshed
        return report


def _level_badge(level: int, label: str) -> str:
    return f'<span class="iv-level iv-level-{int(level)}">{esc(label)} ({int(level)}/4)</span>'


def render_design_report(details: dict[str, Any], session_id: int | None = None) -> str:
    """The design report as HTML: score, hire signal, then each dimension with its evidence."""
    dims = []
    for d in details.get("dimensions", []):
        quotes = "".join(
            f"<blockquote>{esc(e['quote'])} <small>({esc(e['concept'])})</small></blockquote>"
            for e in d.get("evidence", [])[:3]
        )
        diagram = "".join(f"<li>{esc(x)}</li>" for x in d.get("diagram", []))
        gaps = [
            *d.get("gaps", []),
            *(["not covered: " + ", ".join(d["missing"])] if d.get("missing") else []),
        ]
        dims.append(
            f'<div class="iv-dim" data-dimension="{esc(d["dimension"])}"'
            f' data-level="{int(d["level"])}">'
            f"<h3>{esc(d['title'])} {_level_badge(d['level'], d['label'])}</h3>{quotes}"
            + (
                f'<ul class="iv-diagram" aria-label="On the whiteboard">{diagram}</ul>'
                if diagram
                else ""
            )
            + "".join(f'<div class="iv-gap">{esc(g)}</div>' for g in gaps)
            + "</div>"
        )
    numbers = details.get("numbers") or []
    rows = "".join(
        f"<tr><td>{esc(n['what'])}</td><td>{esc(_fmt(n['expected'], n['kind']))}</td>"
        f"<td>{esc(n['stated'] or '—')}</td><td>{'yes' if n['ok'] else 'no'}</td></tr>"
        for n in numbers
    )
    table = (
        "<h3>Back-of-envelope numbers</h3><table><thead><tr><th>quantity</th><th>expected</th>"
        f"<th>you wrote</th><th>within 3x</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    board = details.get("board")
    board_note = (
        "<p>Nothing was drawn on the whiteboard.</p>"
        if not board
        else "".join(f"<p>{esc(n)}</p>" for n in board.get("notes", []))
    )
    feedback = "".join(f"<li>{esc(f)}</li>" for f in details.get("feedback", []))
    reopen = (
        f'<p><a href="?mode=design&amp;session={int(session_id)}">Open this sitting again</a></p>'
        if session_id
        else ""
    )
    return (
        '<section class="iv-mode-report iv-design-report" aria-label="Design report">'
        f'<div class="iv-score">{float(details.get("score") or 0):.0f}<span>/100</span></div>'
        f'<p class="iv-signal">Hire signal: {esc(details.get("hire_signal", "—"))}</p>'
        f"{''.join(dims)}{table}{board_note}"
        + (f"<h3>Feedback</h3><ul>{feedback}</ul>" if feedback else "")
        + f"{reopen}</section>"
    )


def _fmt(value: float, kind: str) -> str:
    from interview_kernel.interviewer.design import _round

    return _round(float(value), kind)


def report_text(details: dict[str, Any]) -> str:
    """The report as plain text, stored as the session's feedback."""
    lines = [f"Score: {details.get('score')}/100; hire signal: {details.get('hire_signal')}"]
    for d in details.get("dimensions", []):
        lines.append(f"{d['title']}: {d['label']} ({d['level']}/4)")
        lines += [f'  "{e["quote"]}"' for e in d.get("evidence", [])[:2]]
        lines += [f"  [board] {x}" for x in d.get("diagram", [])[:3]]
        lines += [f"  - {g}" for g in d.get("gaps", [])[:3]]
    return "\n".join(lines)


class DesignApp(w.VBox):
    """The design sitting for one prompt; see the module docstring.

    Parameters
    ----------
    prompt
        A :class:`interview_kernel.interviewer.design.DesignPrompt`.
    record
        Keep the sitting in the store (chat, notes, board, report).
    session_id
        Reopen this sitting (``?session=<id>``) instead of resuming or starting one.
    """

    def __init__(self, prompt: Any, record: bool = True, session_id: int | None = None) -> None:
        from interview_kernel.interviewer import DesignInterviewer
        from interview_kernel.interviewer.turns import Message

        from .whiteboard import make_whiteboard

        self.prompt = prompt
        self.store = (
            ModeSession("design", prompt.id, prompt.minutes, prompt.difficulty) if record else None
        )
        try:
            self.interviewer = DesignInterviewer(prompt)
        except Exception:  # noqa: BLE001 - a misconfigured model must not cost the interview
            log.exception("the configured interviewer backend failed; using the offline rules")
            self.interviewer = DesignInterviewer(prompt, "rule")
        if self.store is not None:
            self.store.start(session_id)
        title = w.HTML(
            f"<h1>{esc(prompt.title)}</h1>"
            f'<span class="iv-badge iv-{esc(prompt.difficulty)}">'
            f"{esc(prompt.difficulty.title())}</span>"
            ' <span class="iv-tag">system design</span>'
        )
        self.countdown = Countdown(minutes=prompt.minutes)
        self.end_button = w.Button(description="End interview", tooltip="End and see the report")
        self.end_button.add_class("interview-end")
        self.end_button.on_click(lambda _b: self.end())
        head = w.HBox([title, self.countdown, self.end_button])
        head.add_class("iv-mode-head")
        scale = (
            f'<div class="iv-scale"><b>Numbers to work with:</b> {esc(prompt.scale)}</div>'
            if prompt.scale
            else ""
        )
        problem = w.HTML(
            f'<div class="iv-pane"><h2>The prompt</h2>{_markdown(prompt.prompt)}{scale}</div>'
        )
        problem.add_class("interview-problem")
        self.notes = w.Textarea(
            placeholder=(
                "Your design notes (Markdown): requirements, estimates (e.g. 23k writes/s, "
                "40 TB a year), API, data model, components, scaling, failures, trade-offs."
            ),
            layout=w.Layout(width="100%", height="16em"),
        )
        self.notes.add_class("interview-notes")
        notes_box = w.VBox([w.HTML('<h2 class="iv-pane-title">Notes</h2>'), self.notes])
        notes_box.add_class("iv-pane")
        self.chat = ChatBox(self._backend)
        self.chat.hint_button.description = "Nudge"
        self.chat.hint_button.tooltip = "Ask the interviewer what to cover next"
        self.board = make_whiteboard(height=560)
        board_box = w.VBox([w.HTML('<h2 class="iv-pane-title">Whiteboard</h2>'), self.board])
        board_box.add_class("iv-pane")
        self.report = w.HTML("")
        self.report.add_class("interview-report")
        self.notice = w.HTML("")
        left = w.VBox([problem, notes_box, self.chat])
        left.add_class("iv-mode-left")
        right = w.VBox([board_box])
        right.add_class("iv-mode-right")
        cols = w.HBox([left, right])
        cols.add_class("iv-mode-cols")
        super().__init__([*mode_stylesheet(), head, self.notice, self.report, cols])
        self.add_class("interview-app")
        self.add_class("iv-mode-app")
        self.add_class("interview-design")
        self._restore(Message)
        self.notes.observe(self._on_notes, names="value")
        self.board.on_change(self._on_board)
        self.chat.message_callbacks.append(self._on_chat)
        self.countdown.on_threshold(self._on_clock)

    # -- state ------------------------------------------------------------------------

    def _restore(self, message_cls: Any) -> None:
        store = self.store
        if store is None or not store.resumed:
            self.chat.say("ai", self.interviewer.opening())
            if store is not None:
                store.record_chat("ai", self.interviewer.transcript[-1].message)
            return
        self.notes.value = store.artifact("notes")
        self.board.scene = store.artifact("board")
        history = store.chat()
        self.interviewer.transcript = [message_cls(s, m) for s, m in history if s in ("user", "ai")]
        self.interviewer.notes = self.notes.value
        self.interviewer.board = self.board.scene
        self.chat.restore(history)
        if store.active:
            self.countdown.resume(store.remaining_s(), store.minutes)
        else:
            self._show_report(ended=True)

    def _on_notes(self, change: dict[str, Any]) -> None:
        self.interviewer.notes = change["new"]
        if self.store is not None:
            self.store.save_later("notes", change["new"])

    def _on_board(self, scene: str) -> None:
        self.interviewer.board = scene
        if self.store is not None:
            self.store.save_later("board", scene)

    def _on_chat(self, speaker: str, text: str) -> None:
        if self.store is not None:
            self.store.record_chat(speaker, text)

    def _on_clock(self, which: str) -> None:
        elapsed, remaining = self.countdown.elapsed_s, self.countdown.remaining_s
        said = self.interviewer.on_tick(elapsed, remaining)
        if said:
            self.chat.say("ai", said)
        if which == "time_up":
            self.end()

    def _backend(self, event: ChatEvent) -> Any:
        from interview_kernel.interviewer.turns import InterviewContext

        context = InterviewContext(
            elapsed=self.countdown.elapsed_s,
            remaining=self.countdown.remaining_s,
            notes=self.notes.value,
        )
        if event.kind == "hint":
            return self.interviewer.respond("What should I cover next? Hint, please.", context)
        if event.kind == "message":
            return self.interviewer.respond(event.text, context)
        return None

    # -- the end ----------------------------------------------------------------------

    def end(self) -> None:
        """Grade the sitting, show the report and store it."""
        if self.store is not None and not self.store.active and self.store.id is not None:
            return
        self.board.flush()
        self.interviewer.notes = self.notes.value
        self.interviewer.finished = True
        self._show_report(ended=False)

    def _show_report(self, ended: bool) -> None:
        assessment = self.interviewer.assess()
        details = assessment.to_dict()
        if not ended and self.store is not None:
            self.store.save_later("notes", self.notes.value)
            self.store.save_later("board", self.board.scene)
            self.store.end(assessment.score, report_text(details), assessment.rubric())
            if self.store.error:
                self.notice.value = f'<div class="iv-notice">{esc(self.store.error)}</div>'
        session_id = self.store.id if self.store is not None else None
        self.report.value = render_design_report(details, session_id)
        self.countdown.stop("Interview ended")
        self.end_button.disabled = True
        self.chat.set_enabled(False)
        self.notes.disabled = True
        if hasattr(self.board, "read_only"):
            self.board.read_only = True
        if not ended:
            self.chat.say(
                "ai",
                f"Thanks, let's stop here. Your design scores {assessment.score:.0f} out of 100"
                f" (hire signal: {assessment.hire_signal}); the report is above.",
            )


def design_picker(message: str = "") -> w.Widget:
    """The list of design prompts, each a link to its own sitting."""
    from interview_kernel.interviewer.catalog import load_design_prompts

    try:
        prompts = load_design_prompts()
    except Exception:  # noqa: BLE001 - a broken bank must not show a traceback
        log.exception("listing design prompts failed")
        prompts = []
    items = "".join(
        f'<li class="interview-design-item" data-prompt="{esc(p.id)}">'
        f'<a href="?mode=design&amp;prompt={esc(p.id)}">{esc(p.title)}</a>'
        f' <span class="iv-badge iv-{esc(p.difficulty)}">{esc(p.difficulty)}</span>'
        f" <small>{int(p.minutes)} min</small></li>"
        for p in prompts
    )
    note = f'<div class="iv-notice" role="status">{esc(message)}</div>' if message else ""
    body = w.HTML(
        f'<section class="iv-mode-picker interview-design-picker" aria-label="Design prompts">'
        f"<h1>System design</h1>{note}<p>Choose a prompt: you get its numbers, a whiteboard, "
        "notes and an interviewer who asks about what you have not covered yet.</p>"
        f"<ul>{items or '<li>No design prompts are installed.</li>'}</ul></section>"
    )
    box = w.VBox([*mode_stylesheet(), body])
    box.add_class("iv-mode-app")
    return box


def launch_design(
    prompt: str | None = None, session: int | None = None, notice: str = "", record: bool = True
) -> w.Widget:
    """The design sitting for ``prompt`` (or ``session``), or the list of prompts."""
    from interview_kernel.errors import InterviewError
    from interview_kernel.interviewer.catalog import load_design_prompt

    if session is not None and prompt is None and record:
        try:
            from interview_kernel.practice import sessions

            view = sessions.get_session(session)
            if view.mode == "design" and view.problem_id:
                prompt = view.problem_id
        except Exception:  # noqa: BLE001 - not ours or gone: the list says so
            log.info("design session %s cannot be opened", session)
            notice = notice or "That design sitting cannot be opened."
    if not prompt:
        return design_picker(notice)
    try:
        loaded = load_design_prompt(prompt)
    except InterviewError:
        return design_picker(f"There is no design prompt called \u201c{prompt}\u201d.")
    except Exception:  # noqa: BLE001
        log.exception("loading design prompt %s failed", prompt)
        return design_picker(f"The design prompt \u201c{prompt}\u201d could not be loaded.")
    app = DesignApp(loaded, record=record, session_id=session)
    if notice:
        app.notice.value = f'<div class="iv-notice" role="status">{esc(notice)}</div>'
    return app
