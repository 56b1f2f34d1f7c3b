"""Behavioural mode in the app: the questions, each answer analysed with STAR, and the report.

``?mode=behavioral`` opens a sitting of a few questions
(:class:`interview_kernel.interviewer.BehavioralInterviewer`). The candidate
answers in the answer box (or the chat); after each answer the panel beside it
shows the STAR breakdown with the sentence that showed each part, "I" against
"we", the quantified result or its absence, the length, one concrete
improvement and a score. **End** lists every answer so analysed.

A reload resumes the sitting: its questions come from a seed (the session id)
and the stored answers are replayed through the offline rules.
"""

from __future__ import annotations

import logging
from typing import Any

import ipywidgets as w

from .chat import ChatBox, ChatEvent
from .countdown import Countdown
from .design_app import ModeSession, esc, mode_stylesheet

log = logging.getLogger(__name__)

QUESTIONS = 3
MINUTES = 30
STAR_TITLES = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}


def improvement(analysis: dict[str, Any]) -> str:
    """The one change that would help this answer most (the first gap the analysis names)."""
    for tip in analysis.get("feedback", []):
        if not tip.startswith("Clear "):
            return str(tip)
    return "A strong answer: close with what you learned or would do differently."


def render_answer(item: dict[str, Any], number: int) -> str:
    """One answered question as HTML: its STAR parts with quotes and the rest of the analysis."""
    a = item["analysis"]
    rows = "".join(
        f'<tr data-part="{esc(part)}" data-found="{str(bool(p["found"])).lower()}">'
        f"<th>{esc(STAR_TITLES.get(part, part))}</th>"
        f'<td><span class="iv-level {"iv-found" if p["found"] else "iv-missing"}">'
        f"{'found' if p['found'] else 'missing'}</span></td>"
        f"<td>{('<q>' + esc(p['quote']) + '</q>') if p.get('quote') else ''}</td></tr>"
        for part, p in a["parts"].items()
    )
    mine = a["i_count"]
    ours = a["we_count"]
    ownership = f'"I" {mine} times, "we" {ours} times' + (
        " (make your own part clearer)" if ours > mine and ours >= 3 else ""
    )
    quantified = (
        f"<q>{esc(a['quantified'])}</q>" if a.get("quantified") else "none: put a number on it"
    )
    follow = "".join(f"<li>{esc(f)}</li>" for f in a.get("follow_ups", [])[:2])
    return (
        f'<article class="iv-answer interview-star" data-question="{esc(item["id"])}"'
        f' data-score="{float(a["score"]):.0f}">'
        f"<h3>Q{number}. {esc(item['text'])}</h3>"
        f'<p><span class="iv-level iv-level-{_band(a["score"])}">{float(a["score"]):.0f}/100</span>'
        f" · {int(a['words'])} words</p>"
        f"<table><tbody>{rows}</tbody></table>"
        f"<p><b>I versus we:</b> {esc(ownership)}</p>"
        f"<p><b>Quantified result:</b> {quantified}</p>"
        f'<p class="iv-improve"><b>One thing to improve:</b> {esc(improvement(a))}</p>'
        + (
            f"<details><summary>Follow-up questions</summary><ul>{follow}</ul></details>"
            if follow
            else ""
        )
        + "</article>"
    )


def _band(score: float) -> int:
    return 4 if score >= 80 else 3 if score >= 65 else 2 if score >= 45 else 1


def render_behavioral_report(report: Any) -> str:
    """The end report: the average score and every answer's analysis."""
    answered = report.details.get("questions", [])
    cards = "".join(render_answer(q, i) for i, q in enumerate(answered, 1))
    score = (
        f'<div class="iv-score">{report.score:.0f}<span>/100</span></div>'
        if report.score is not None
        else '<div class="iv-score">—</div>'
    )
    return (
        '<section class="iv-mode-report iv-behavioral-report" aria-label="Behavioural report">'
        f"{score}<p>{len(answered)} answer(s) analysed"
        f"{' (average)' if len(answered) > 1 else ''}.</p>"
        f"{cards or '<p>No question was answered.</p>'}</section>"
    )


def report_text(report: Any) -> str:
    """The report as plain text (the session's stored feedback)."""
    lines = [f"Score: {report.score}/100" if report.score is not None else "No answers"]
    for q in report.details.get("questions", []):
        a = q["analysis"]
        found = [p for p, v in a["parts"].items() if v["found"]]
        lines.append(
            f"{q['text']} -> {a['score']:.0f}/100; STAR found: {', '.join(found) or 'none'}"
        )
        lines.append(f"  improve: {improvement(a)}")
    return "\n".join(lines)


class BehavioralApp(w.VBox):
    """A behavioural sitting; see the module docstring."""

    def __init__(
        self, record: bool = True, session_id: int | None = None, count: int = QUESTIONS
    ) -> None:
        self.store = ModeSession("behavioral", "behavioral", MINUTES) if record else None
        if self.store is not None:
            self.store.start(session_id)
        seed = self.store.id if self.store is not None else None
        self.interviewer = self._interviewer(count, seed)
        title = w.HTML('<h1>Behavioural interview</h1> <span class="iv-tag">STAR</span>')
        self.countdown = Countdown(minutes=MINUTES)
        self.end_button = w.Button(description="End interview", tooltip="End and see the report")
        self.end_button.add_class("interview-end")
        self.end_button.on_click(lambda _b: self.end())
        head = w.HBox([title, self.countdown, self.end_button])
        head.add_class("iv-mode-head")
        self.question = w.HTML("")
        self.question.add_class("interview-question")
        self.answer = w.Textarea(
            placeholder=(
                "Your answer: the situation, your task, what you did, and the result "
                "(with a number if you can)."
            ),
            layout=w.Layout(width="100%", height="12em"),
        )
        self.answer.add_class("interview-answer")
        self.send_answer = w.Button(description="Send answer", button_style="primary")
        self.send_answer.add_class("interview-answer-send")
        self.send_answer.on_click(lambda _b: self._send_answer())
        answer_box = w.VBox([self.question, self.answer, self.send_answer])
        answer_box.add_class("iv-pane")
        self.chat = ChatBox(self._backend)
        self.chat.hint_button.description = "Help"
        self.chat.hint_button.tooltip = "Ask how to structure the answer"
        self.analysis = w.HTML('<p class="iv-muted">Each answer is analysed here.</p>')
        self.analysis.add_class("interview-star-panel")
        analysis_box = w.VBox(
            [w.HTML('<h2 class="iv-pane-title">Your answers, analysed</h2>'), self.analysis]
        )
        analysis_box.add_class("iv-pane")
        self.report = w.HTML("")
        self.report.add_class("interview-report")
        self.notice = w.HTML("")
        left = w.VBox([answer_box, self.chat])
        left.add_class("iv-mode-left")
        right = w.VBox([analysis_box])
        right.add_class("iv-mode-right")
        cols = w.HBox([left, right])
        cols.add_class("iv-mode-cols")
        super().__init__([*mode_stylesheet(), head, self.notice, self.report, cols])
        self.add_class("interview-app")
        self.add_class("iv-mode-app")
        self.add_class("interview-behavioral")
        self._restore()
        self.chat.message_callbacks.append(self._on_chat)
        self.countdown.on_threshold(self._on_clock)

    @staticmethod
    def _interviewer(count: int, seed: int | None) -> Any:
        from interview_kernel.interviewer import BehavioralInterviewer

        try:
            return BehavioralInterviewer(count=count, seed=seed)
        except Exception:  # noqa: BLE001 - a misconfigured model must not cost the interview
            log.exception("the configured interviewer backend failed; using the offline rules")
            return BehavioralInterviewer(count=count, seed=seed, backend="rule")

    # -- state ------------------------------------------------------------------------

    def _restore(self) -> None:
        store = self.store
        if store is None or not store.resumed:
            self.chat.say("ai", self.interviewer.opening())
            self._refresh()
            return
        from interview_kernel.interviewer.backends import create_backend

        history = store.chat()
        backend, self.interviewer.backend = self.interviewer.backend, create_backend("rule")
        try:  # the flow is code's: replaying the answers rebuilds it without the model
            self.interviewer.opening()
            for speaker, text in history:
                if speaker == "user" and not self.interviewer.finished:
                    self.interviewer.reply(text)
        finally:
            self.interviewer.backend = backend
        self.chat.restore(history)
        if store.active:
            self.countdown.resume(store.remaining_s(), store.minutes)
            self._refresh()
        else:
            self._show_report(ended=True)

    def _refresh(self) -> None:
        iv = self.interviewer
        q = iv.current
        if q is None or iv.finished:
            self.question.value = (
                "<p><b>All questions answered.</b> Press End to see the report.</p>"
            )
        else:
            focus = " ".join(f'<span class="iv-tag">{esc(f)}</span>' for f in q.focus)
            self.question.value = (
                f'<p class="iv-muted">Question {iv.index + 1} of {len(iv.questions)} {focus}</p>'
                f'<p class="iv-question-text"><b>{esc(q.text)}</b></p>'
            )
        answered = iv.report().details.get("questions", [])
        if answered:
            self.analysis.value = "".join(
                render_answer(item, i) for i, item in enumerate(answered, 1)
            )

    def _send_answer(self) -> None:
        text = self.answer.value.strip()
        if not text:
            return
        self.answer.value = ""
        self.chat.send(text, clear=False)

    def _on_chat(self, speaker: str, text: str) -> None:
        if self.store is not None:
            self.store.record_chat(speaker, text)
        if speaker == "ai":
            self._refresh()
            if self.interviewer.finished and self.end_button.disabled is False:
                self.end()

    def _on_clock(self, which: str) -> None:
        said = self.interviewer.on_tick(self.countdown.elapsed_s, self.countdown.remaining_s)
        if said:
            self.chat.say("ai", said)
        if which == "time_up":
            self.end()

    def _backend(self, event: ChatEvent) -> Any:
        if event.kind == "hint":
            return self.interviewer.respond("Can you help me? I'm stuck.")
        if event.kind == "message":
            return self.interviewer.respond(event.text)
        return None

    # -- the end ----------------------------------------------------------------------

    def end(self) -> None:
        """Show the report of every answer and store the sitting."""
        if self.end_button.disabled:
            return
        self.interviewer.finished = True
        self._show_report(ended=False)

    def _show_report(self, ended: bool) -> None:
        self.end_button.disabled = True
        report = self.interviewer.report()
        if not ended and self.store is not None:
            rubric = None
            if report.score is not None:
                level = max(1, min(4, 1 + round(report.score / 100 * 3)))
                rubric = {
                    "problem_solving": level,
                    "technical": level,
                    "communication": level,
                    "testing": level,
                }
            self.store.end(report.score, report_text(report), rubric)
            if self.store.error:
                self.notice.value = f'<div class="iv-notice">{esc(self.store.error)}</div>'
        self.report.value = render_behavioral_report(report)
        self.countdown.stop("Interview ended")
        self.chat.set_enabled(False)
        self.answer.disabled = True
        self.send_answer.disabled = True
        self._refresh()


def launch_behavioral(
    session: int | None = None, notice: str = "", record: bool = True
) -> w.Widget:
    """A behavioural sitting (resumed after a reload, or ``session`` reopened)."""
    app = BehavioralApp(record=record, session_id=session)
    if notice:
        app.notice.value = f'<div class="iv-notice" role="status">{esc(notice)}</div>'
    return app
