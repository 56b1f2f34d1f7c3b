"""``InterviewApp``: problem, editor, run button, results, chat and countdown in one widget.

The app never executes candidate code itself: Run and Submit hand the source to
a grader (by default :class:`interview_kernel.Grader`, which runs it in the
sandboxed kernel) and show what comes back. Run grades the visible examples
plus the Testcase panel's own cases (not recorded); Submit grades every test,
hidden ones included, and is what the session records and scores. Both stop at
the first time, memory or output limit. The order of requests, the queue, Stop
and the probe are :class:`widgets.runloop.RunLoop`'s (testable without a
browser): nothing the candidate asks for is dropped, and every failure ends as
a friendly message at the top of the results panel.

The chat is :class:`interview_kernel.interviewer.Interviewer` (offline rules by
default, a model when configured): it opens the interview, hands out counted
hints, reacts to every run and to the measured complexity, and nudges at half
time and five minutes left. The clock is checked on the candidate's events and
when the browser's countdown crosses a threshold; no Python timer runs.

After an Accepted, the complexity probe times the code on growing inputs
through the same warm grader, still in the worker thread; the Run button says
so until it finishes (a new Run cancels it), and the result is plotted under
the test table.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import ipywidgets as w

from interview_kernel.custom import NAME_PREFIX, parse_cases
from interview_kernel.errors import CustomInputError
from interview_kernel.languages import offered

from ._grading import GraderHandle
from ._session import SessionRecorder
from .chat import ChatBackend, ChatBox, ChatEvent
from .complexity import ComplexityView, trusted_class
from .countdown import Countdown
from .editor import make_editor
from .params import in_voila
from .problem import LANGUAGE_NAMES, ProblemView
from .results import ResultsView, result_from_dict
from .runloop import Job, RunLoop, State
from .shell import PageShell, tab_bar, tab_panel
from .testcases import TestcasePanel

log = logging.getLogger(__name__)

RUN_LABEL = "Run"
BUSY_LABEL = "Running..."
QUEUED_LABEL = "Queued..."
PROBE_LABEL = "Measuring complexity..."
LABELS = {"idle": RUN_LABEL, "running": BUSY_LABEL, "queued": QUEUED_LABEL, "probing": PROBE_LABEL}
SUBMIT_LABEL = "Submit"
GRADER_FAILED = (
    "The grader could not judge this run (an internal problem, not your code). "
    "Try again in a moment; if it persists, tell the organiser."
)

ResultCallback = Callable[["InterviewApp", Any, str, str], Any]


def _friendly(exc: BaseException) -> str:
    """What the candidate reads about a failure: our own errors are instructions."""
    from interview_kernel.errors import InterviewError

    if isinstance(exc, InterviewError):
        return str(exc)
    return GRADER_FAILED


def _accepted(result: Any) -> bool:
    return str(getattr(result.verdict, "value", result.verdict)) == "AC"


def default_interviewer(
    problem: Any,
    duration_seconds: float | None,
    on_hint: Callable[[Any], Any] | None = None,
    hide_difficulty: bool = False,
) -> Any:
    """The coding :class:`~interview_kernel.interviewer.Interviewer` for the chat.

    The backend comes from the environment (``INTERVIEW_LLM_*``); when that one
    cannot be built, the offline rule backend is used instead.
    """
    from interview_kernel.interviewer import Interviewer

    options = {"duration_seconds": duration_seconds, "on_hint": on_hint}
    if hide_difficulty:  # timed mode hides the difficulty, in the greeting too
        options["hide_difficulty"] = True
    try:
        return Interviewer(problem, **options)
    except Exception:  # noqa: BLE001 - a misconfigured model must not cost the interview
        log.exception("the configured interviewer backend failed; using the offline rules")
        return Interviewer(problem, "rule", **options)


def _breakdown(report: Any) -> str:
    """The score's explanation for the chat: every deduction, the rubric and the hire signal."""
    lines: list[str] = []
    coding = getattr(report, "coding", None)
    if coding is not None:
        lines += [f"- {d}" for d in coding.deductions] or ["- no deductions"]
        lines += [f"- note: {n}" for n in coding.notes]
    rubric = getattr(report, "rubric", None)
    if rubric is not None:
        scores = ", ".join(f"{k.replace('_', ' ')} {v}/4" for k, v in rubric.scores.items())
        lines += [f"- rubric: {scores}", f"- hire signal: **{rubric.hire_signal}**"]
    return ("\n" + "\n".join(lines)) if lines else ""


def _button(label: str, hook: str, tooltip: str) -> w.Button:
    """A toolbar button with its DOM hook class and a tooltip (also its description)."""
    button = w.Button(description=label, tooltip=tooltip, layout=w.Layout(width="auto"))
    button.add_class(hook)
    return button


def _epoch_s(moment: datetime) -> float:
    """Epoch seconds of a stored (naive UTC or aware) timestamp."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _report_html(text: str, score: float | None) -> str:
    """The end report: the score in large type over the chat's explanation (Markdown lines)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head = lines[0] if lines else "Session ended."
    items = "".join(
        f"<li>{_inline(ln[2:])}</li>" if ln.startswith("- ") else f"<p>{_inline(ln)}</p>"
        for ln in lines[1:]
    )
    big = f'<div class="iv-score">{score:.0f}<span>/100</span></div>' if score is not None else ""
    return (
        f'<section class="iv-report" aria-labelledby="iv-report-title">{big}'
        f'<h2 id="iv-report-title">{_inline(head)}</h2>'
        f"<ul>{items}</ul></section>"
        if items
        else f'<section class="iv-report">{big}<h2>{_inline(head)}</h2></section>'
    )


def _inline(text: str) -> str:
    from .chat import _inline_markdown

    return _inline_markdown(text)


def _starter(problem: Any, language: str) -> str:
    from interview_kernel.languages import starter_code

    return starter_code(problem, language)


def warm_up(problem_id: str = "two-sum") -> None:
    """Build and discard one app, so the first page request pays no first-use costs.

    A preheated Voila kernel calls this before it waits for its request: the
    first app built in a process is about a third slower than the next (widget
    classes, the Markdown renderer, the interviewer, the store's queries). No
    session is recorded and no grader is started; every widget it made is
    closed again, so the page's front end never sees them. Failures are logged.
    """
    try:
        from interview_kernel.bank.loader import load_problem

        app = InterviewApp(load_problem(problem_id), grader=object(), threaded=False)
        app.close()
    except Exception:  # noqa: BLE001 - an optimisation only
        log.exception("warming up the app failed")
    finally:
        w.Widget.close_all()  # nothing else exists yet in a kernel waiting for its request


def waiting_text(ahead: int) -> str:
    """What the results panel says while a run waits for a free grader."""
    if ahead == 0:
        return "Waiting for a free grader: yours is next"
    return f"Waiting for a free grader: {ahead} run{'s' if ahead != 1 else ''} ahead of yours"


class InterviewApp(w.VBox):
    """The practice app for one problem.

    Parameters
    ----------
    problem
        An :class:`interview_kernel.Problem`.
    language
        Initial language; defaults to Python, else the problem's first language.
    mode
        ``practice`` (no time limit unless ``minutes``; tags shown) or ``interview``
        (timed by the problem's estimate; difficulty and tags hidden).
    minutes
        Session length for the countdown; ``0`` for none.
    grader
        An object with ``grade(problem, source, language=...)``; default: a
        :class:`interview_kernel.Grader` started in the background.
    grader_factory
        Makes the grader when ``grader`` is not given.
    interviewer
        The chat backend (see :mod:`widgets.chat`); default:
        :func:`default_interviewer`, whose hints are counted by ``recorder``. A
        backend given here has each Hint-button press counted instead, and gets
        ``on_tick``/``on_complexity`` calls if it has those methods.
    threaded
        Grade in a worker thread (the app in a browser); ``False`` grades inline,
        which tests use.
    theme
        Editor theme: ``auto`` (the page's: the theme toggle, else the system's
        colour scheme), ``dark`` or ``light``.
    next_interview_ms
        Epoch ms of the next scheduled mock interview, shown by the countdown.
    recorder
        Keeps the session in the store (drafts, runs, chat, score); ``None``
        records nothing. See :class:`widgets._session.SessionRecorder`. A session
        it resumes (a reload) comes back with its language, draft, last result,
        chat and clock.
    session_id
        The timed sitting the page's address names (``session=<id>``, put there
        by the page itself): timed mode resumes only that one, so a reload keeps
        the clock while opening timed mode again starts afresh.

    Attributes
    ----------
    submissions_box, notes_box
        Empty boxes: the contents of the Submissions and Notes tabs.
    """

    def __init__(
        self,
        problem: Any,
        language: str | None = None,
        mode: str = "practice",
        minutes: float | None = None,
        grader: Any = None,
        grader_factory: Callable[[], Any] | None = None,
        interviewer: ChatBackend | None = None,
        threaded: bool = True,
        theme: str = "auto",
        next_interview_ms: float = 0.0,
        recorder: SessionRecorder | None = None,
        session_id: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.problem = problem
        self.mode = mode
        self.threaded = threaded
        self.last_result: Any = None
        self.last_complexity: Any = None
        self.ended = False
        self._result_callbacks: list[ResultCallback] = []
        self._drafts: dict[str, str] = {}
        self._grader = GraderHandle(grader, grader_factory)
        self.loop = RunLoop(
            self._grade,
            self._measure,
            self._finish,
            wants_probe=lambda _job, result: _accepted(result),
            on_state=self._show_state,
            threaded=threaded,
        )

        self.recorder = recorder
        if recorder is not None and recorder.timed and recorder.schedule_id is None:
            recorder.resume_id = session_id
        session = recorder.start() if recorder is not None else None
        languages = offered(problem)
        if language is None and session is not None and session.draft_language in languages:
            language = session.draft_language  # a reload reopens the session's language
        if language not in languages:
            language = "python" if "python" in languages else languages[0]
        self.language = language
        if minutes is None:
            minutes = problem.estimated_minutes if mode == "interview" else 0
        self.minutes = minutes
        starter = _starter(problem, language)
        if session is not None and session.draft_code and session.draft_language == language:
            starter = session.draft_code  # a reload: the kernel is new, the draft is not

        hide = mode == "interview"
        self.problem_view = ProblemView(
            problem,
            language,
            show_meta=not hide,
            include_language=False,
            hide_difficulty=hide,
        )
        self.editor = make_editor(
            value=starter,
            language=language,
            theme=theme,
            storage_key=self._storage_key(language),
        )
        self.editor.on_run(lambda source: self.run_tests(source))
        self.editor.on_run(lambda source: self.submit(source), action="submit")
        self.editor.on_run(lambda _source: self.stop(), action="stop")
        self.run_button = _button(
            RUN_LABEL,
            "interview-run",
            "Run the examples and your test cases, not recorded (Ctrl/Cmd+Enter)",
        )
        self.run_button.on_click(lambda _b: self.run_tests())
        self.submit_button = _button(
            SUBMIT_LABEL,
            "interview-submit",
            "Submit: every test, hidden ones too; recorded and scored (Ctrl/Cmd+Shift+Enter)",
        )
        self.submit_button.on_click(lambda _b: self.submit())
        self.stop_button = _button("Stop", "interview-stop", "Stop the run (Esc)")
        self.stop_button.disabled = True
        self.stop_button.on_click(lambda _b: self.stop())
        self.testcases = TestcasePanel(problem, defer=threaded)
        self.reset_button = _button("Reset", "interview-reset", "Back to the starter code")
        self.reset_button.on_click(lambda _b: self.reset_code())
        self.end_button = _button("End session", "interview-end", "Finish and get a score")
        self.end_button.on_click(lambda _b: self.end_session())
        self.new_button = _button(
            "New session", "interview-new-session", "Start again on this problem"
        )
        self.new_button.on_click(lambda _b: self.new_session())
        self.new_button.layout.display = "none"
        self.results = ResultsView()
        self.countdown = Countdown(minutes=minutes, next_ms=next_interview_ms)
        if session is not None and minutes:
            self.countdown.resume(session.remaining_seconds(), session.duration_minutes)
        elif session is not None and getattr(recorder, "resumed", False):
            self.countdown.resume_untimed(_epoch_s(session.start_time))
        self.complexity = ComplexityView()
        self._own_interviewer = interviewer is None
        count_hint_button = interviewer is not None
        if interviewer is None:
            interviewer = self._make_interviewer()
        self.interviewer = interviewer
        self.chat = ChatBox(interviewer, context=self._chat_context)
        self.chat.event_callbacks.append(lambda _event: self.check_clock())
        self.countdown.on_threshold(self._on_threshold)
        self.problem_view.language.observe(self._on_language, names="value")
        if recorder is not None:
            self.on_result(recorder.on_result)
            self.chat.message_callbacks.append(recorder.on_chat)
            if count_hint_button:
                self.chat.hint_callbacks.append(recorder.on_hint)
            self.editor.observe(
                lambda change: recorder.draft(change["new"], self.language), names="value"
            )
        self.shell = PageShell(page_title=f"{problem.title} \u00b7 Interview practice")
        self.shell.on_ready(self.testcases.draw)
        self.report_box = w.VBox()  # the end report, built when the session ends
        self.report_box.add_class("iv-end-panel")
        self.report_box.layout.display = "none"
        self.end_report: w.HTML | None = None
        self.submissions_box = w.Box()
        self.submissions_box.add_class("interview-submissions-box")
        self.notes_box = w.Box()
        self.notes_box.add_class("interview-notes-box")
        if recorder is not None:  # the tabs read the store; without one they stay empty
            self._attach_history_tabs(problem.id)

        toolbar = w.HBox(
            [
                self.problem_view.language,
                self.run_button,
                self.submit_button,
                self.stop_button,
                self.reset_button,
                self.countdown,
                self.end_button,
                self.new_button,
                self.shell,
            ]
        )
        toolbar.add_class("iv-toolbar")
        left = w.VBox(
            [
                tab_bar(
                    "left",
                    "Problem",
                    [
                        ("description", "Description"),
                        ("submissions", "Submissions"),
                        ("notes", "Notes"),
                    ],
                ),
                tab_panel("left", "description", [self.problem_view], hidden=False),
                tab_panel("left", "submissions", [self.submissions_box]),
                tab_panel("left", "notes", [self.notes_box]),
            ]
        )
        left.add_class("iv-left")
        left.add_class("iv-pane")
        shown = self._restore_result(session)  # a reload opens on the last result
        console = w.VBox(
            [
                tab_bar(
                    "console",
                    "Console",
                    [("testcase", "Testcase"), ("result", "Result")],
                    selected="result" if shown else "testcase",
                ),
                tab_panel("console", "testcase", [self.testcases], hidden=shown),
                tab_panel("console", "result", [self.results, self.complexity], hidden=not shown),
            ]
        )
        console.add_class("iv-console")
        console.add_class("iv-pane")
        self._console = console
        center = w.VBox([self.report_box, self.editor, console])
        center.add_class("iv-center")
        chat_pane = w.VBox([self.chat])
        chat_pane.add_class("iv-chat-pane")
        chat_pane.add_class("iv-pane")
        main = w.HBox([left, center, chat_pane])
        main.add_class("iv-main")
        super().__init__([toolbar, main], **kwargs)  # the stylesheet comes with the shell
        self.add_class("interview-app")
        if hide:
            self.add_class("iv-timed")
        self.shell.query = self._address()
        self._restore(session)
        if recorder is not None and recorder.error:
            self.chat.say("system", recorder.error)
        if threaded:
            threading.Thread(target=self._grader.warm, name="grader-warm", daemon=True).start()
        if session is not None and minutes and session.remaining_seconds() <= 0:
            self.time_up()  # reopened after the time ran out: end and score it now

    # -- public API ---------------------------------------------------------------------------

    def on_result(self, callback: ResultCallback, remove: bool = False) -> None:
        """Call ``callback(app, result, source, language)`` after every Submit (sessions hook).

        A Run (examples and custom cases) is a try-out and is not passed on.
        After an Accepted the call comes once the complexity probe is done, with
        its report in ``app.last_complexity`` (``None`` when not measured).
        """
        if remove:
            self._result_callbacks.remove(callback)
        else:
            self._result_callbacks.append(callback)

    @property
    def busy(self) -> bool:
        """Whether a job is running, queued or being measured."""
        return self.loop.state != "idle"

    def run_tests(self, source: str | None = None) -> bool:
        """Run the examples and the custom cases on the editor's code (or ``source``).

        Returns ``False`` only after the session ended: a request while busy is
        queued (the latest wins) or cancels the complexity probe.
        """
        return self._request("run", source)

    def submit(self, source: str | None = None) -> bool:
        """Grade every test (hidden ones too) and record the result; see :meth:`run_tests`."""
        return self._request("submit", source)

    def stop(self) -> bool:
        """Stop the job in flight and drop a queued one; ``False`` when nothing ran."""
        return self.loop.stop()

    def _request(self, kind: str, source: str | None) -> bool:
        if self.ended:
            return False
        code = self.editor.value if source is None else source
        job = Job(
            "submit" if kind == "submit" else "run", code, self.language, self.testcases.value
        )
        self.loop.request(job)
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the current run (if any) has finished; for tests and scripts."""
        self.loop.wait(timeout)

    def end_session(self, time_up: bool = False) -> Any:
        """Finish: score the session (when recorded), report it, lock the controls.

        The report shows above the editor with a New session action (and, after
        a timed sitting, Continue practising); the chat says it too.
        """
        if self.loop.state in ("running", "queued") and not time_up:
            self.chat.say("system", "Wait for the running tests to finish, then end the session.")
            return None
        self.loop.stop()  # a probe still measuring: the verdict is in, the score can go
        if self.ended:
            return None
        self.ended = True
        self._lock(True)
        report = self.recorder.end() if self.recorder is not None else None
        self.countdown.stop("Time is up" if time_up else "Session ended")
        if report is not None and report.score is not None:
            text = f"Session ended. Score: {report.score:.0f}/100." + _breakdown(report)
            if report.feedback:
                text += f"\n{report.feedback}"
        elif self.last_result is not None:
            text = (
                f"Session ended. Your last run: {self.last_result.verdict.label}, "
                f"{self.last_result.passed}/{self.last_result.total} tests."
            )
        else:
            text = "Session ended before any run."
        hints = getattr(self.interviewer, "hints_used", None)
        if isinstance(hints, int) and hints:
            text += f" Hints used: {hints}."
        if self.recorder is not None and self.recorder.error:
            text += f" ({self.recorder.error})"
        self.chat.say("ai", text)
        if time_up:
            text = "Time is up. " + text
        self._show_report(_report_html(text, getattr(report, "score", None)))
        self.shell.announce(text.splitlines()[0])
        return report

    def _show_report(self, body: str) -> None:
        """The end report above the editor, with New session (and Continue practising)."""
        if self.end_report is None:
            self.end_report = w.HTML("")
            self.end_report.add_class("interview-end-report")
            self.continue_button = _button(
                "Continue practising",
                "interview-continue",
                "A new untimed session on this problem",
            )
            self.continue_button.on_click(lambda _b: self.new_session(mode="practice"))
            again = _button("New session", "interview-new-session", "Start again on this problem")
            again.on_click(lambda _b: self.new_session())
            actions = w.HBox([again, self.continue_button])
            actions.add_class("iv-report-actions")
            self.report_box.children = [self.end_report, actions]
        self.end_report.value = body
        self.continue_button.layout.display = None if self.mode == "interview" else "none"
        self.report_box.layout.display = None

    def time_up(self) -> Any:
        """The timed sitting's clock ran out: lock the editor and Run/Submit, end and score it."""
        if self.ended or self.mode != "interview":
            return None
        remaining = self.countdown.remaining_s
        if remaining is not None and remaining > 1.0:
            return None  # the browser's word is a trigger only: the kernel's clock decides
        self.loop.stop()  # what is running is cut short: time is up for everyone
        self.loop.wait(5.0)
        return self.end_session(time_up=True)

    def new_session(self, mode: str | None = None) -> Any:
        """After End or time up: a new session on this problem (``mode="practice"``: untimed).

        The editor keeps the code; results, chat and clock start over.
        """
        if not self.ended:
            return None
        if mode is not None and mode != self.mode:
            self.mode = mode
            if mode == "practice":
                self.minutes = 0
        timed = self.mode == "interview"
        view = None
        if self.recorder is not None:
            view = self.recorder.restart(timed=timed, minutes=self.minutes or None)
        self.ended = False
        self.last_result = None
        self.last_complexity = None
        if self._own_interviewer:
            self.interviewer = self._make_interviewer()
            self.chat.backend = self.interviewer
        self.countdown.start(self.minutes if timed else 0)
        self.results.clear()
        self.complexity.hide()
        self.report_box.layout.display = "none"
        self._lock(False)
        self.chat.clear()
        self.chat.react(ChatEvent("start"))
        if self.recorder is not None and self.recorder.error:
            self.chat.say("system", self.recorder.error)
        self.shell.query = self._address()
        self.shell.announce("A new session started.")
        return view

    def _attach_history_tabs(self, problem_id: str) -> None:
        """The Submissions and Notes tabs; Submissions is read again after each Submit."""
        from .notes import NotesPanel
        from .submissions import SubmissionsPanel

        submissions = SubmissionsPanel(problem_id, on_load=self.load_code)
        self.submissions_box.children = [submissions]
        self.notes_box.children = [NotesPanel(problem_id)]
        self.on_result(lambda *_args: submissions.refresh())

    def load_code(self, language: str, code: str) -> None:
        """Switch to ``language`` and put ``code`` in the editor ("load into editor")."""
        if language in offered(self.problem) and language != self.language:
            self.problem_view.language.value = language  # saves the current draft first
        self.editor.value = str(code)
        self.shell.announce(f"Loaded into the editor ({LANGUAGE_NAMES.get(language, language)}).")

    def _lock(self, locked: bool) -> None:
        for widget in (self.run_button, self.submit_button, self.reset_button, self.end_button):
            widget.disabled = locked
        self.problem_view.language.disabled = locked
        self.chat.set_enabled(not locked)
        if hasattr(self.editor, "read_only"):
            self.editor.read_only = locked
        self.end_button.layout.display = "none" if locked else None
        self.new_button.layout.display = None if locked else "none"

    def reset_code(self) -> None:
        """Put the starter code for the current language back into the editor."""
        self.editor.value = _starter(self.problem, self.language)

    def close(self) -> None:
        """Stop the grader this app started and close every widget."""
        self._grader.close()
        super().close()

    # -- internals ----------------------------------------------------------------------------

    def _make_interviewer(self) -> Any:
        clock = self.countdown
        duration = (clock.end_ms - clock.start_ms) / 1000 if clock.end_ms else None
        return default_interviewer(
            self.problem,
            duration,
            on_hint=self._hint_given,
            hide_difficulty=self.mode == "interview",
        )

    def _restore_result(self, session: Any) -> bool:
        """Show a resumed session's last stored result; whether there was one."""
        resumed = session is not None and getattr(self.recorder, "resumed", False)
        if not resumed or self.recorder is None:
            return False
        stored = self.recorder.last_result()
        if not stored:
            return False
        try:
            result = result_from_dict(stored)
            self.last_result = result
            self.results.show(result, result.language, note="Your last submission")
        except Exception:  # noqa: BLE001 - the page opens without it
            log.exception("showing the stored result failed")
            return False
        return True

    def _restore(self, session: Any) -> None:
        """Open a resumed session as it was: its chat; else greet."""
        resumed = session is not None and getattr(self.recorder, "resumed", False)
        if resumed and self.recorder is not None:
            resume_hints = getattr(self.interviewer, "resume_hints", None)
            if resume_hints is not None:  # the ladder goes on where it was ("Hint 2 of 3")
                resume_hints(getattr(session, "hints_used", 0) or 0)
            history = [(m["speaker"], m["message"]) for m in session.chat or ()]
            if history:
                self.chat.restore(history)
                return
        self.chat.react(ChatEvent("start"))

    def _address(self) -> dict[str, str | None]:
        """What the page's address must say for a reload to reopen this session."""
        if not in_voila():
            return {}
        session_id = getattr(self.recorder, "session_id", None)
        if self.mode == "interview" and getattr(self.recorder, "schedule_id", None) is None:
            return {"session": str(session_id) if session_id else None}
        return {"session": None, "mode": None if self.mode == "practice" else self.mode}

    def _on_threshold(self, which: str) -> None:
        if which == "time_up" and self.mode == "interview":
            self.time_up()
        else:
            self.check_clock()

    def _storage_key(self, language: str) -> str:
        return f"{self.problem.id}:{language}"

    def _chat_context(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "result": self.last_result,
            "elapsed_s": self.countdown.elapsed_s,
        }

    def _show_state(self, state: State) -> None:
        """Every request shows at once: the Run button's label, data-state and Stop."""
        self.run_button.description = LABELS[state]
        self.stop_button.disabled = state == "idle"
        if hasattr(self.editor, "run_state"):
            self.editor.run_state = state

    def _grade(self, job: Job, cancel: Any) -> Any:
        """Grade one job and show it; ``None`` (and a message at the top) when there is none."""
        self.last_complexity = None
        self.complexity.hide()
        if not job.source.strip():
            self.results.show_error("The editor is empty: write a solution first.")
            return None
        submit = job.kind == "submit"
        try:
            custom = [] if submit else self._custom_cases(job.custom)
        except CustomInputError as exc:
            fixes = "; ".join(f"{where}: {message}" for where, message in exc.problems)
            self.results.show_error(f"Your test input needs a fix: {fixes}")
            return None
        what = "every test" if submit else "the examples" + (" and your cases" if custom else "")
        running = f"Running {what} in {job.language}"
        self.results.show_running(running)

        def on_place(ahead: int) -> None:  # a shared server's queue: where this run stands
            if cancel is not None and cancel.cancelled:
                return
            self.results.show_running(running if ahead < 0 else waiting_text(ahead))

        try:
            result = self._grader.grade(
                self.problem,
                job.source,
                job.language,
                include_hidden=submit,
                custom=custom,
                cancel=cancel,
                on_place=on_place,
            )
        except Exception as exc:  # noqa: BLE001 - the candidate never sees a traceback
            log.exception("grading failed")
            self.results.show_error(_friendly(exc))
            return None
        self.results.show(result, job.language)
        if getattr(result, "stopped", False):
            return result
        self.last_result = result
        self.chat.react(ChatEvent("result", result=result))
        return result

    def _custom_cases(self, raw: str) -> list[Any]:
        """The Testcase panel's own cases: the examples it starts with run anyway, once."""
        examples = [t.input for t in self.problem.visible_tests]
        own = [c for c in parse_cases(self.problem, raw) if c.input not in examples]
        return [c.model_copy(update={"name": f"{NAME_PREFIX}{i}"}) for i, c in enumerate(own, 1)]

    def _finish(self, job: Job, result: Any) -> None:
        """After a job: the clock check, and a Submit goes to the session hooks."""
        self.check_clock()
        if result is None or job.kind != "submit" or getattr(result, "stopped", False):
            return
        for callback in list(self._result_callbacks):
            try:
                callback(self, result, job.source, job.language)
            except Exception:  # noqa: BLE001 - a hook must not break the app
                log.exception("result callback failed")

    def _measure(self, job: Job, _result: Any, cancel: Any) -> None:
        """Probe the accepted code's complexity, plot it, and tell the interviewer."""
        if not self._grader.can_probe():
            return  # a grader without raw runs (a test double): nothing to time
        self.complexity.show_running()
        try:
            report = self._grader.probe(self.problem, job.source, job.language, cancel)
        except Exception as exc:  # noqa: BLE001 - the verdict stands without a measurement
            log.exception("the complexity probe failed")
            self.complexity.show_error(
                f"The time complexity could not be measured this time ({_friendly(exc)})"
            )
            return
        if report is None or cancel.cancelled:
            self.complexity.hide()
            return
        self.show_complexity(report)

    def show_complexity(self, report: Any) -> None:
        """Plot a complexity report and pass a confident one to the interviewer."""
        self.last_complexity = report
        self.complexity.show(report)
        best = trusted_class(report)
        on_complexity = getattr(self.interviewer, "on_complexity", None)
        if best is None or not callable(on_complexity):
            return
        estimate = {"best": best}
        if report.target:
            estimate["target"] = str(report.target)
        try:
            with self.chat.lock:
                text = on_complexity(estimate)
                if text:
                    self.chat.say("ai", text)
        except Exception:  # noqa: BLE001 - the plot is already there
            log.exception("the interviewer could not take the complexity report")

    def check_clock(self) -> None:
        """Let the interviewer nudge at half time, five minutes left and time up.

        Called on every candidate event and when the browser's countdown crosses
        a threshold; the time is read from this kernel's clock, and the
        interviewer speaks at most once per threshold.
        """
        on_tick = getattr(self.interviewer, "on_tick", None)
        remaining = self.countdown.remaining_s
        if self.ended or remaining is None:
            return
        if remaining <= 0 and self.mode == "interview" and not self.loop.in_worker():
            self.time_up()
            return
        if not callable(on_tick):
            return
        try:
            with self.chat.lock:
                text = on_tick(self.countdown.elapsed_s, remaining)
                if text:
                    self.chat.say("ai", text)
        except Exception:  # noqa: BLE001 - a missed nudge is harmless
            log.exception("the interviewer's clock check failed")

    def _hint_given(self, _use: Any) -> None:
        """The interviewer handed out a hint (button or typed request): cost it."""
        if self.recorder is not None:
            self.recorder.on_hint()

    def _on_language(self, change: dict[str, Any]) -> None:
        new = change["new"]
        if new == self.language or new not in offered(self.problem):
            return
        self._drafts[self.language] = self.editor.value
        self.language = new
        with self.editor.hold_sync():
            self.editor.language = new  # the editor falls back to Python highlighting
            self.editor.storage_key = self._storage_key(new)
            self.editor.value = self._drafts.get(new) or _starter(self.problem, new)
