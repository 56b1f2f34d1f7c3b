"""Widget wiring, headless: a recording comm plays the browser, a fake grader the sandbox."""

from __future__ import annotations

import threading
from typing import Any

import comm
import ipywidgets as w
import nbformat
import pytest

import widgets
from interview_kernel import GradeResult, Verdict, load_problem
from interview_kernel import TestResult as Outcome
from interview_kernel.errors import SourceError
from interview_kernel.grading.probe import ComplexityReport
from interview_kernel.interviewer import Interviewer
from interview_kernel.problem import Problem
from widgets import (
    ChatBox,
    ChatEvent,
    Countdown,
    InterviewApp,
    launch,
    render_result,
    resolve_params,
)
from widgets import editor as editor_module
from widgets._session import SessionRecorder
from widgets.app import BUSY_LABEL, GRADER_FAILED, PROBE_LABEL, QUEUED_LABEL, RUN_LABEL

HOOKS = {
    "interview-app",
    "interview-problem",
    "interview-editor",
    "interview-language",
    "interview-run",
    "interview-results",
    "interview-hint",
    "interview-chat-log",
    "interview-chat-input",
    "interview-chat-send",
    "interview-countdown",
}

GOOD = "def two_sum(nums, target):\n    return [0, 1]\n"
CORRECT_TWO_SUM = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)


class RecordingComm(comm.DummyComm):
    """A comm that remembers what the kernel sent to the 'browser'."""

    sent: list[dict[str, Any]] = []

    def publish_msg(
        self,
        msg_type: str,
        data: Any = None,
        metadata: Any = None,
        buffers: Any = None,
        **keys: Any,
    ) -> None:
        RecordingComm.sent.append({"msg_type": msg_type, "data": data, "comm_id": self.comm_id})


@pytest.fixture(autouse=True)
def recording_comm(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    RecordingComm.sent = []
    monkeypatch.setattr(comm, "create_comm", lambda *a, **k: RecordingComm(*a, **k))
    return RecordingComm.sent


def custom_sent(widget: w.Widget) -> list[Any]:
    return [
        m["data"]["content"]
        for m in RecordingComm.sent
        if m["comm_id"] == widget.comm.comm_id
        and isinstance(m["data"], dict)
        and m["data"].get("method") == "custom"
    ]


def from_browser(widget: w.Widget, data: dict[str, Any]) -> None:
    """Deliver a comm message as the browser would (through ipywidgets' own dispatch)."""
    widget._handle_msg({"content": {"data": data}, "buffers": []})


class FakeGrader:
    """Accepts code containing 'return [0, 1]' on every test; records calls."""

    def __init__(
        self,
        problem: Problem,
        gate: threading.Event | None = None,
        error: BaseException | None = None,
    ):
        self.problem = problem
        self.calls: list[tuple[str, str]] = []
        self.kinds: list[tuple[str, list[str]]] = []
        self.gate = gate
        self.error = error

    def grade(
        self,
        problem: Problem,
        source: str,
        language: str = "python",
        include_hidden: bool = True,
        custom: Any = (),
        **_limits: Any,
    ) -> GradeResult:
        self.calls.append((source, language))
        self.kinds.append(("submit" if include_hidden else "run", [c.name for c in custom]))
        if self.gate is not None:
            assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        ok = "return [0, 1]" in source
        tests = [
            Outcome(
                name=tc.name,
                hidden=tc.hidden,
                verdict=Verdict.AC if ok else Verdict.WA,
                time_ms=1.0,
                input=None if tc.hidden else tc.input,
                expected=None if tc.hidden else tc.expected,
                output=None if tc.hidden else ([0, 1] if ok else [9, 9]),
            )
            for tc in [t for t in problem.tests if include_hidden or not t.hidden] + list(custom)
        ]
        verdict = Verdict.AC if ok else Verdict.WA
        return GradeResult(problem.id, language, verdict, tests, time_ms=5.0)


@pytest.fixture()
def two_sum() -> Problem:
    return load_problem("two-sum")


@pytest.fixture()
def app(two_sum: Problem) -> InterviewApp:
    grader = FakeGrader(two_sum)
    a = InterviewApp(two_sum, grader=grader, threaded=False)
    a.fake = grader  # type: ignore[attr-defined]
    yield a
    a.close()


def walk(widget: Any) -> list[Any]:
    out = [widget]
    for child in getattr(widget, "children", ()):
        out += walk(child)
    return out


def classes(widget: Any) -> set[str]:
    return {c for x in walk(widget) for c in getattr(x, "_dom_classes", ())}


def find(widget: Any, cls: str) -> Any:
    return next(x for x in walk(widget) if cls in getattr(x, "_dom_classes", ()))


# -- the app ------------------------------------------------------------------------------------


def test_app_has_every_dom_hook(app: InterviewApp) -> None:
    assert HOOKS <= classes(app)


def test_editor_starts_with_starter_code_and_a_draft_key(app: InterviewApp) -> None:
    assert app.editor.value.startswith("def two_sum(nums: list[int], target: int)")
    assert app.editor.storage_key == "two-sum:python"


def test_run_grades_the_examples_and_submit_every_test(app: InterviewApp) -> None:
    app.editor.value = GOOD
    find(app, "interview-run").click()
    assert app.fake.calls == [(GOOD, "python")] and app.fake.kinds == [("run", [])]
    html = app.results.value
    visible = len(app.problem.visible_tests)
    assert "Accepted" in html and f"{visible}/{visible} passed" in html
    assert "hidden test" not in html and html.count("interview-result-row") == visible
    assert app.run_button.description == RUN_LABEL and not app.run_button.disabled
    find(app, "interview-submit").click()
    total, hidden = len(app.problem.tests), sum(t.hidden for t in app.problem.tests)
    assert app.fake.kinds[-1] == ("submit", [])
    html = app.results.value
    assert f"{total}/{total} passed" in html and html.count("hidden test") == hidden
    assert 'data-name="example-1" data-verdict="AC"' in html


def test_the_testcase_panel_adds_custom_cases_and_says_what_to_fix(app: InterviewApp) -> None:
    panel = find(app, "interview-testcases")
    raw = find(panel, "interview-testcase-raw")
    assert raw.value.splitlines()[:2] == ["[3,8,12,5]", "13"]  # prefilled with the examples
    raw.value += "\n[1,5,9]\n14"
    app.run_tests(GOOD)
    assert app.fake.kinds[-1] == ("run", ["custom-1"])
    assert 'data-name="custom-1"' in app.results.value
    raw.value = '[1,2]\n"3"'
    app.run_tests(GOOD)
    assert len(app.fake.calls) == 1  # nothing ran
    assert "case 1, target (line 2): expected an integer, got a string" in app.results.value
    panel.reset_button.click()
    assert raw.value == panel.examples


def test_ctrl_shift_enter_submits_and_esc_stops(app: InterviewApp) -> None:
    from_browser(app.editor, {"method": "custom", "content": {"type": "submit", "value": GOOD}})
    assert app.fake.kinds == [("submit", [])]
    assert {"type": "submit-accepted"} in custom_sent(app.editor)
    from_browser(app.editor, {"method": "custom", "content": {"type": "stop"}})
    assert {"type": "stop-accepted"} in custom_sent(app.editor)


def test_ctrl_enter_message_carries_the_latest_text(app: InterviewApp) -> None:
    app.editor.value = "stale"
    from_browser(app.editor, {"method": "custom", "content": {"type": "run", "value": GOOD}})
    assert app.fake.calls == [(GOOD, "python")]
    assert app.editor.value == GOOD
    assert {"type": "run-accepted"} in custom_sent(app.editor)


def test_browser_text_updates_reach_python(app: InterviewApp) -> None:
    from_browser(app.editor, {"method": "update", "state": {"value": GOOD}, "buffer_paths": []})
    assert app.editor.value == GOOD


def test_unknown_editor_message_is_answered_with_an_error(app: InterviewApp) -> None:
    from_browser(app.editor, {"method": "custom", "content": {"type": "exec", "code": "1"}})
    from_browser(app.editor, {"method": "custom", "content": ["not", "a", "dict"]})
    replies = custom_sent(app.editor)
    assert [r["type"] for r in replies] == ["error", "error"]
    assert app.fake.calls == []


def test_a_failing_run_callback_still_answers(app: InterviewApp) -> None:
    def broken(source: str) -> None:
        raise RuntimeError("kaput")

    app.editor.on_run(broken)
    from_browser(app.editor, {"method": "custom", "content": {"type": "run", "value": GOOD}})
    replies = custom_sent(app.editor)
    assert replies[-1]["type"] == "error" and "kaput" in replies[-1]["message"]


def test_wrong_answer_highlights_the_first_visible_failure(app: InterviewApp) -> None:
    app.submit("def two_sum(nums, target):\n    return [9, 9]\n")
    html = app.results.value
    assert "Wrong Answer" in html and f"0/{len(app.problem.tests)} passed" in html
    assert html.count("iv-first-failure") == 1
    assert html.index("iv-first-failure") < html.index("example-1")


def test_grader_crash_is_a_friendly_message_not_a_traceback(two_sum: Problem) -> None:
    grader = FakeGrader(two_sum, error=RuntimeError("Traceback: secret internals"))
    a = InterviewApp(two_sum, grader=grader, threaded=False)
    a.run_tests(GOOD)
    assert GRADER_FAILED in a.results.value
    assert "secret internals" not in a.results.value
    assert not a.run_button.disabled and not a.busy


def test_library_errors_read_as_instructions(two_sum: Problem) -> None:
    grader = FakeGrader(two_sum, error=SourceError("the source is larger than 64 KB; shorten it"))
    a = InterviewApp(two_sum, grader=grader, threaded=False)
    a.run_tests(GOOD)
    assert "shorten it" in a.results.value


def test_empty_editor_is_not_sent_to_the_grader(app: InterviewApp) -> None:
    app.run_tests("   \n")
    assert app.fake.calls == []
    assert "empty" in app.results.value


def test_a_run_requested_during_a_run_is_queued_and_the_latest_code_wins(
    two_sum: Problem,
) -> None:
    gate = threading.Event()
    grader = FakeGrader(two_sum, gate=gate)
    a = InterviewApp(two_sum, grader=grader, threaded=True)
    try:
        assert a.run_tests(GOOD) is True
        assert a.run_button.description == BUSY_LABEL and a.editor.run_state == "running"
        assert not a.stop_button.disabled
        assert "Running" in a.results.value
        assert a.run_tests("stale") is True
        a.editor.value = GOOD.replace("[0, 1]", "[0, 1]  # v3")
        a.run_button.click()
        assert a.run_button.description == QUEUED_LABEL and a.editor.run_state == "queued"
        gate.set()
        a.wait(10)
        assert [src for src, _ in grader.calls] == [GOOD, a.editor.value]
        assert not a.run_button.disabled and a.run_button.description == RUN_LABEL
        assert a.editor.run_state == "idle" and a.stop_button.disabled
        assert "Accepted" in a.results.value
    finally:
        gate.set()
        a.close()


def test_result_callbacks_get_every_submit_and_no_run(app: InterviewApp) -> None:
    seen: list[tuple[str, str, str]] = []
    app.on_result(
        lambda _app, result, source, lang: seen.append((result.verdict.value, source, lang))
    )
    app.run_tests(GOOD)
    assert seen == []
    app.submit(GOOD)
    assert seen == [("AC", GOOD, "python")]


def test_chat_reacts_to_a_run(app: InterviewApp) -> None:
    app.submit(GOOD)
    total = len(app.problem.tests)
    assert f"All tests pass ({total} of {total})" in app.chat.log_view.value


def test_language_switch_swaps_starter_and_keeps_drafts() -> None:
    problem = Problem.model_validate(
        {
            "id": "add",
            "title": "Add",
            "difficulty": "easy",
            "signature": {
                "name": "add",
                "params": [{"name": "a", "type": "int"}],
                "returns": "int",
            },
            "tests": [{"name": "t", "input": {"a": 1}, "expected": 1}],
            "reference": {"python": "def add(a): return a", "javascript": "x"},
            "starter": {"javascript": "function add(a) {\n}\n"},
        }
    )
    grader = FakeGrader(problem)
    a = InterviewApp(problem, grader=grader, threaded=False)
    a.editor.value = "def add(a):\n    return a  # mine\n"
    a.problem_view.language.value = "javascript"
    assert (a.language, a.editor.language) == ("javascript", "javascript")
    assert a.editor.value == "function add(a) {\n}\n"
    assert a.editor.storage_key == "add:javascript"
    a.problem_view.language.value = "python"
    assert a.editor.value.endswith("# mine\n")
    a.problem_view.language.value = "javascript"
    a.run_tests()
    assert grader.calls == [("function add(a) {\n}\n", "javascript")]


def test_interview_mode_is_timed_and_hides_tags(two_sum: Problem) -> None:
    a = InterviewApp(two_sum, mode="interview", grader=FakeGrader(two_sum), threaded=False)
    assert a.countdown.end_ms - a.countdown.start_ms == pytest.approx(15 * 60_000)
    body = a.problem_view.body.value
    assert '<details class="iv-meta-details">' in body  # closed: the candidate may open it
    assert "arrays" in body and "Easy" not in body and "easy" not in body  # no difficulty


# -- pieces ---------------------------------------------------------------------------------


def test_editor_falls_back_to_a_textarea_with_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_module, "editor_bundle", lambda: None)
    ed = editor_module.make_editor(value="x = 1")
    assert isinstance(ed, editor_module.TextareaEditor)
    assert "Node.js" in ed.notice.value
    assert "interview-editor" in ed._dom_classes
    ed._area.value = "y = 2"
    assert ed.value == "y = 2"


@pytest.mark.skipif(widgets.editor_bundle() is None, reason="editor bundle not built (no Node)")
def test_codemirror_bundle_binds_mod_enter() -> None:
    ed = editor_module.CodeEditor(value="x", language="cobol", theme="neon")
    assert "Mod-Enter" in ed._esm
    assert (ed.language, ed.theme) == ("python", "auto")  # auto: the page's theme
    with pytest.raises(Exception, match="string"):
        ed.value = 42  # type: ignore[assignment]


def test_results_escape_program_output_and_hide_hidden_tests() -> None:
    tests = [
        Outcome(
            "visible",
            False,
            Verdict.WA,
            1.0,
            {"s": "<b>"},
            "ok",
            "<script>x</script>",
            stdout="<img src=x onerror=alert(1)>",
        ),
        Outcome(
            "secret",
            True,
            Verdict.WA,
            2.0,
            {"s": "HIDDEN-INPUT"},
            "HIDDEN-EXPECTED",
            "HIDDEN-OUTPUT",
        ),
    ]
    html = render_result(GradeResult("p", "python", Verdict.WA, tests, compile_output="<warn>"))
    assert "<script>" not in html and "<img" not in html and "<warn>" not in html
    assert "&lt;script&gt;" in html
    assert "HIDDEN" not in html
    assert "1/2" not in html and "0/2 passed" in html


def test_chat_renders_the_interviewers_bold_and_code_but_escapes_the_rest() -> None:
    chat = ChatBox(lambda event: "**Two Sum** takes `nums` <b>raw</b>")
    chat.react(ChatEvent("start"))
    assert "<b>Two Sum</b> takes <code>nums</code> &lt;b&gt;raw&lt;/b&gt;" in chat.log_view.value


def test_chat_enter_sends_the_text_that_came_with_it() -> None:
    """The browser puts the box's text into the Enter message: no stale value is sent."""
    chat = ChatBox(lambda event: None)
    box = find(chat, "interview-chat-input")
    box.value = "an older value still in sync"
    from_browser(box, {"method": "custom", "content": {"type": "submit", "value": "hash map"}})
    from_browser(box, {"method": "custom", "content": {"type": "submit", "value": 42}})
    from_browser(box, {"method": "custom", "content": {"type": "other", "value": "x"}})
    assert [text for who, text in chat.history if who == "user"] == ["hash map"]


def test_chat_streams_and_survives_a_broken_backend() -> None:
    def streaming(event: ChatEvent) -> Any:
        yield "Think "
        yield "about <hashing>."

    chat = ChatBox(streaming)
    find(chat, "interview-chat-input").value = "help?"
    find(chat, "interview-chat-send").click()
    assert chat.history[-2:] == [("user", "help?"), ("ai", "Think about <hashing>.")]
    assert "&lt;hashing&gt;" in chat.log_view.value
    assert find(chat, "interview-chat-input").value == ""

    def broken(event: ChatEvent) -> str:
        raise ValueError("model offline")

    chat.backend = broken
    find(chat, "interview-hint").click()
    assert chat.history[-1][0] == "system" and "could not answer" in chat.history[-1][1]


def test_countdown_ticks_in_the_browser_from_an_end_timestamp() -> None:
    c = Countdown(minutes=30)
    assert c.end_ms - c.start_ms == pytest.approx(30 * 60_000)
    assert 0 < c.remaining_s <= 1800
    assert "setInterval" in c._esm and "Time is up" in c._esm
    assert Countdown(minutes=0).remaining_s is None


# -- parameters, picker, notebook --------------------------------------------------------------


def test_query_string_overrides_papermill_parameters() -> None:
    p = resolve_params(
        "two-sum", None, "practice", query_string="problem=valid-parentheses&mode=interview"
    )
    assert (p["problem"], p["language"], p["mode"], p["notice"]) == (
        "valid-parentheses",
        None,
        "interview",
        "",
    )


def test_bad_query_values_are_dropped_with_a_notice() -> None:
    p = resolve_params(None, None, None, query_string="problem=../../etc&language=<x>&mode=god")
    assert p["problem"] is None and p["language"] is None and p["mode"] == "practice"
    assert "not a problem id" in p["notice"] and "unknown mode" in p["notice"]


def test_notebook_runs_headless_and_shows_the_picker(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import papermill as pm

    # preload() opens the store: keep it out of the source tree (the kernel runs in notebooks/).
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(
        "notebooks/interview.ipynb",
        str(out),
        parameters={"problem": None},
        progress_bar=False,
        cwd="notebooks",
        kernel_name="python3",
    )
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert not any(o.get("output_type") == "error" for o in outputs)
    assert (tmp_path / "iv.db").is_file()


# -- sessions ----------------------------------------------------------------------------------


def test_end_session_without_a_store_locks_the_app(app: InterviewApp) -> None:
    app.submit(GOOD)
    app.end_session()
    assert app.run_button.disabled and app.chat.hint_button.disabled
    assert app.editor.read_only
    assert app.countdown.status == "Session ended"
    total = len(app.problem.tests)
    assert f"Session ended. Your last run: Accepted, {total}/{total}" in app.chat.log_view.value
    # A browser that re-enables the button (every trait is reachable) still cannot run.
    from_browser(
        app.run_button, {"method": "update", "state": {"disabled": False}, "buffer_paths": []}
    )
    app.run_button.click()
    assert len(app.fake.calls) == 1


def test_a_broken_store_never_breaks_the_app(two_sum: Problem) -> None:
    class Down:
        def __getattr__(self, name: str) -> Any:
            def fail(*a: Any, **k: Any) -> Any:
                raise OSError("database is locked")

            return fail

    rec = SessionRecorder(two_sum, minutes=15, api=Down())
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=rec)
    a.run_tests(GOOD)
    assert "Accepted" in a.results.value
    assert "not being saved" in a.chat.log_view.value
    a.end_session()
    assert "Session ended" in a.chat.log_view.value


def test_the_store_keeps_drafts_runs_chat_and_the_score(
    two_sum: Problem, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_kernel.practice import sessions

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    monkeypatch.setenv("INTERVIEW_USER", "ada")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    rec = SessionRecorder(two_sum, minutes=15)
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=rec)
    sid = rec.session_id
    assert sid is not None, rec.error
    a.editor.value = GOOD
    a.chat.ask_hint()
    a.run_tests()  # a try-out: not recorded
    assert sessions.get_session(sid).submissions == []
    a.submit()
    view = sessions.get_session(sid)
    assert view.draft_code == GOOD and view.hints_used == 1
    assert [s["verdict"] for s in view.submissions] == ["AC"]
    assert any(m["speaker"] == "ai" and "Hint 1 of 3" in m["message"] for m in view.chat)

    # A reload (new kernel, same browser): the session and its draft come back.
    again = SessionRecorder(two_sum, minutes=15)
    b = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=again)
    assert again.session_id == sid and b.editor.value == GOOD

    report = b.end_session()
    assert report is not None and report.score is not None
    assert f"Score: {report.score:.0f}/100" in b.chat.log_view.value
    assert sessions.get_session(sid).status != "active"


def test_a_failed_submit_costs_points_and_end_shows_the_breakdown(
    two_sum: Problem, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    monkeypatch.setenv("INTERVIEW_USER", "ada")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    rec = SessionRecorder(two_sum, minutes=15)
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=rec)
    a.run_tests("def two_sum(nums, target):\n    return [9, 9]\n")  # a try-out: free
    a.submit("def two_sum(nums, target):\n    return [9, 9]\n")
    a.submit(GOOD)
    report = a.end_session()
    assert report is not None and report.score == 98
    said = a.chat.history[-1][1]
    assert "Score: 98/100." in said and "-2: 1 failed submission before the last one" in said


# -- the JupyterLab cell magic ----------------------------------------------------------------


def test_run_tests_magic_grades_the_cell_as_text(two_sum: Problem) -> None:
    from widgets.magic import run_tests_html

    grader = FakeGrader(two_sum)
    html = run_tests_html("two-sum --language python", GOOD, grader=grader)
    assert grader.calls == [(GOOD, "python")]
    total = len(two_sum.tests)
    assert "Accepted" in html and f"{total}/{total} passed" in html and "interview-results" in html
    assert "unknown problem" in run_tests_html("nope", GOOD, grader=grader)
    assert "usage" in run_tests_html("", GOOD, grader=grader)
    broken = FakeGrader(two_sum, error=RuntimeError("internals"))
    assert "internals" not in run_tests_html("two-sum", GOOD, grader=broken)


def test_load_ext_registers_the_cell_magic() -> None:
    registered: dict[str, Any] = {}

    class Shell:
        def register_magic_function(self, fn: Any, magic_kind: str, magic_name: str) -> None:
            registered[(magic_kind, magic_name)] = fn

    widgets.load_ipython_extension(Shell())
    assert ("cell", "run_tests") in registered


def test_launch_shows_reminders_and_the_next_interview(
    two_sum: Problem, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import widgets._session as ws

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    dismissed: list[list[int]] = []
    monkeypatch.setattr(ws, "reminder_banners", lambda: [{"id": 7, "message": "Mock <in> 1 h"}])
    monkeypatch.setattr(ws, "dismiss_banners", dismissed.append)
    monkeypatch.setattr(ws, "next_interview_ms", lambda: 4_102_444_800_000.0)
    box = launch("two-sum", grader=FakeGrader(two_sum), threaded=False)
    reminders, app = box.children
    assert "Mock &lt;in&gt; 1 h" in reminders.children[0].value
    assert app.countdown.next_ms == 4_102_444_800_000.0
    assert app.recorder is not None and app.recorder.session_id is not None
    reminders.children[1].click()
    assert dismissed == [[7]] and reminders.layout.display == "none"


def test_schedule_lookups_are_harmless_without_a_schedule(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import widgets._session as ws

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    assert ws.next_interview_ms() == 0.0
    assert ws.reminder_banners() == []


def test_the_editor_follows_the_page_theme(app: InterviewApp) -> None:
    # The page's theme toggle (widgets/shell.js) sets data-iv-theme; the editor follows it.
    assert app.editor.theme == "auto"
    assert "dataset.ivTheme" in app.shell._esm and "prefers-color-scheme" in app.shell._esm


# -- the interviewer and the complexity probe -------------------------------------------------


class FakeApi:
    """The sessions API as the recorder uses it, remembering the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            if name == "create_session":
                return type("View", (), {"id": 7, "draft_code": "", "draft_language": ""})()
            return None

        return call

    def named(self, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(a, k) for n, a, k in self.calls if n == name]


def recorded_app(problem: Problem, grader: Any = None, **kwargs: Any) -> tuple[InterviewApp, Any]:
    api = FakeApi()
    rec = SessionRecorder(problem, minutes=30, resume=False, api=api)
    a = InterviewApp(
        problem, grader=grader or FakeGrader(problem), threaded=False, recorder=rec, **kwargs
    )
    return a, api


class ProbingGrader(FakeGrader):
    """A fake grader that can time raw runs, so the app probes after an Accepted."""

    def run_raw(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover - probe is stubbed
        raise AssertionError("the probe is stubbed in these tests")


def stub_probe(monkeypatch: pytest.MonkeyPatch, report: Any) -> list[tuple[Any, ...]]:
    """Replace the sandboxed probe with one returning ``report`` (or raising it)."""
    import interview_kernel.grading.probe

    calls: list[tuple[Any, ...]] = []

    def probe(grader: Any, problem: Any, source: str, language: str, **_: Any) -> Any:
        calls.append((grader, problem.id, source, language))
        if isinstance(report, BaseException):
            raise report
        return report

    monkeypatch.setattr(interview_kernel.grading.probe, "probe_complexity", probe)
    return calls


def quadratic(confidence: float = 0.9) -> ComplexityReport:
    points = [(64, 1e-4), (128, 4e-4), (256, 1.6e-3), (512, 6.4e-3)]
    return ComplexityReport(
        "O(n^2)", confidence, "O(n)", "worse", points, points, "measured O(n^2); target O(n)"
    )


def test_the_real_interviewer_is_the_default_and_opens(app: InterviewApp) -> None:
    assert isinstance(app.interviewer, Interviewer)
    assert app.chat.backend is app.interviewer
    opening = app.chat.history[0]
    assert opening[0] == "ai" and "Two Sum" in opening[1]
    assert "<b>Two Sum</b>" in app.chat.log_view.value
    app.chat.send("I would use a hash map")
    assert app.chat.history[-1][0] == "ai" and "complexity" in app.chat.history[-1][1]


def test_hints_are_counted_by_the_interviewer_and_costed_by_the_recorder(
    two_sum: Problem,
) -> None:
    a, api = recorded_app(two_sum)
    find(a, "interview-hint").click()
    assert "Hint 1 of 3" in a.chat.history[-1][1] and two_sum.hints[0] in a.chat.history[-1][1]
    a.chat.send("I'm stuck, can I get a hint?")  # a typed request is a hint too
    assert "Hint 2 of 3" in a.chat.history[-1][1]
    assert a.interviewer.report().hints_used == 2
    assert len(api.named("record_hint")) == 2
    a.end_session()
    assert len(api.named("record_hint")) == 2


def test_a_custom_backend_has_its_hint_button_counted(two_sum: Problem) -> None:
    a, api = recorded_app(two_sum, interviewer=lambda event: "ok")
    find(a, "interview-hint").click()
    assert len(api.named("record_hint")) == 1
    a.run_tests(GOOD)  # no on_tick/on_complexity: nothing breaks
    assert "Accepted" in a.results.value


def test_the_browser_clock_threshold_makes_the_interviewer_nudge(two_sum: Problem) -> None:
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, minutes=20)
    assert a.interviewer.duration_seconds == pytest.approx(1200, abs=1)
    said = len(a.chat.history)
    # Junk from a browser is ignored; a real threshold before its time says nothing.
    from_browser(a.countdown, {"method": "custom", "content": {"event": "exec", "which": "x"}})
    from_browser(a.countdown, {"method": "custom", "content": "half_time"})
    from_browser(a.countdown, {"method": "custom", "content": {"event": "clock", "which": "x"}})
    from_browser(
        a.countdown, {"method": "custom", "content": {"event": "clock", "which": "half_time"}}
    )
    assert len(a.chat.history) == said
    a.countdown.start_ms -= 11 * 60_000  # the kernel's clock says past half time
    a.countdown.end_ms -= 11 * 60_000
    from_browser(
        a.countdown, {"method": "custom", "content": {"event": "clock", "which": "half_time"}}
    )
    assert "half time" in a.chat.history[-1][1]
    from_browser(
        a.countdown, {"method": "custom", "content": {"event": "clock", "which": "half_time"}}
    )
    assert sum("half time" in text for _s, text in a.chat.history) == 1
    assert 'signal("half_time")' in a.countdown._esm and "model.send" in a.countdown._esm


def test_candidate_events_check_the_clock(two_sum: Problem) -> None:
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, minutes=20)
    a.countdown.start_ms -= 16 * 60_000
    a.countdown.end_ms -= 16 * 60_000
    a.chat.send("Is a hash map fine?")
    assert "Five minutes left" in a.chat.history[-1][1]
    a.countdown.end_ms -= 10 * 60_000
    a.run_tests(GOOD)
    assert "Time is up" in a.chat.history[-1][1]


def test_no_time_limit_means_no_nudges(app: InterviewApp) -> None:
    assert app.countdown.remaining_s is None
    app.countdown.start_ms -= 3 * 3600_000
    app.chat.send("hello")
    assert not any("half time" in text for _s, text in app.chat.history)


def test_a_fake_grader_without_raw_runs_skips_the_probe(
    app: InterviewApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = stub_probe(monkeypatch, quadratic())
    app.run_tests(GOOD)
    assert calls == [] and app.last_complexity is None
    assert app.complexity.layout.display == "none"


def test_an_accepted_run_is_probed_and_the_panel_plotted(
    two_sum: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = stub_probe(monkeypatch, quadratic())
    grader = ProbingGrader(two_sum)
    a, api = recorded_app(two_sum, grader=grader)
    panel = find(a, "interview-complexity")
    assert panel is a.complexity and panel.layout.display == "none"
    labels: list[str] = []
    a.run_button.observe(lambda change: labels.append(change["new"]), names="description")
    a.submit("def two_sum(nums, target):\n    return [9, 9]\n")
    assert calls == []  # never after a failing run
    a.submit(GOOD)
    assert calls == [(grader, "two-sum", GOOD, "python")]  # the same warm grader
    assert PROBE_LABEL in labels and a.run_button.description == RUN_LABEL
    assert panel.layout.display is None
    html = panel.value
    assert "O(n^2)" in html and "confidence 90%" in html and "target <b>O(n)</b>" in html
    assert "<svg" in html and "input size n" in html and "<script" not in html
    assert "Accepted" in a.results.value
    ai = [text for speaker, text in a.chat.history if speaker == "ai"]
    assert "All tests pass" in ai[-2] and "looks like O(n^2)" in ai[-1]
    submits = api.named("record_submission")
    assert [k["complexity"] for _a, k in submits] == [None, "O(n^2)"]
    a.submit("def two_sum(nums, target):\n    return [9, 9]\n")
    assert panel.layout.display == "none"  # a new run clears the old measurement


def test_a_low_confidence_measurement_is_shown_but_not_held_against_the_candidate(
    two_sum: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_probe(monkeypatch, quadratic(confidence=0.2))
    a, api = recorded_app(two_sum, grader=ProbingGrader(two_sum))
    a.submit(GOOD)
    assert "Low confidence" in a.complexity.value
    assert not any("O(n^2)" in text for _s, text in a.chat.history)
    assert api.named("record_submission")[0][1]["complexity"] is None


def test_complexity_text_for_candidates_names_no_internals() -> None:
    from widgets.complexity import render_complexity

    unknown = ComplexityReport(
        None, 0.0, "O(n)", "unknown", message="this problem has no size generator"
    )
    html = render_complexity(unknown)
    assert "generator" not in html and "could not be measured this time" in html
    guess = ComplexityReport("O(n)", 0.0, "O(n)", "as expected", [(64, 1e-4)] * 4, [], "m")
    html = render_complexity(guess)
    assert "meets the target" not in html and "Low confidence" in html


def test_a_failed_probe_is_a_note_and_the_verdict_stands(
    two_sum: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_probe(monkeypatch, RuntimeError("Traceback: sandbox internals"))
    a, api = recorded_app(two_sum, grader=ProbingGrader(two_sum))
    a.submit(GOOD)
    assert "Accepted" in a.results.value
    assert "could not be measured" in a.complexity.value
    assert "internals" not in a.complexity.value
    assert not a.busy and a.run_button.description == RUN_LABEL
    assert len(api.named("record_submission")) == 1


def test_the_run_button_says_the_probe_is_running(
    two_sum: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, started = threading.Event(), threading.Event()

    def slow_probe(grader: Any, problem: Any, source: str, language: str, cancel: Any) -> Any:
        started.set()
        assert gate.wait(10) or cancel.cancelled
        return quadratic()

    import interview_kernel.grading.probe

    monkeypatch.setattr(interview_kernel.grading.probe, "probe_complexity", slow_probe)
    a = InterviewApp(two_sum, grader=ProbingGrader(two_sum), threaded=True)
    try:
        a.run_tests(GOOD)
        assert started.wait(10)
        assert "Accepted" in a.results.value  # the verdict is shown while the probe runs
        assert a.run_button.description == PROBE_LABEL and a.editor.run_state == "probing"
        assert "Measuring" in a.complexity.value
        gate.set()
        a.wait(10)
        assert a.run_button.description == RUN_LABEL and not a.run_button.disabled
        assert "O(n^2)" in a.complexity.value
    finally:
        gate.set()
        a.close()


def test_a_misconfigured_backend_falls_back_to_the_offline_rules(
    two_sum: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_kernel.interviewer.backends import BACKEND_ENV, RuleBackend

    monkeypatch.setenv(BACKEND_ENV, "no-such-backend")
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False)
    assert isinstance(a.interviewer, Interviewer)
    assert isinstance(a.interviewer.backend, RuleBackend)
    assert "Two Sum" in a.chat.history[0][1]
    find(a, "interview-hint").click()
    a.end_session()
    assert "Hints used: 1." in a.chat.history[-1][1]


def test_preload_prestarts_the_grader_the_first_app_takes(
    two_sum: Problem, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a preheated Voila kernel does before its request: store open, sandbox warm."""
    from interview_kernel.store import dispose_engines
    from widgets import _grading, preload

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    preload()
    assert (tmp_path / "iv.db").is_file()  # opened and migrated before any request
    spare = _grading._prestarted
    assert spare is not None
    handle = _grading.GraderHandle()
    try:
        result = handle.grade(two_sum, CORRECT_TWO_SUM, "python")
        assert str(result.verdict.value) == "AC"
        assert spare.started is not None
        assert handle._owned is spare.started[0]  # the app took the prestarted grader
        assert _grading.take_prestarted() is None  # handed out once
    finally:
        handle.close()
        dispose_engines()


def test_an_app_with_its_own_factory_leaves_the_prestarted_grader(two_sum: Problem) -> None:
    from widgets import _grading

    _grading.prestart()
    made: list[Any] = []

    class Fake:
        def grade(self, problem: Any, source: str, language: str = "python", **_: Any) -> Any:
            made.append(source)
            return "graded"

    handle = _grading.GraderHandle(factory=Fake)
    try:
        assert handle.grade(two_sum, "x", "python") == "graded" and made == ["x"]
    finally:
        handle.close()
        spare = _grading.take_prestarted()
        assert spare is not None
        spare[0].__exit__(None, None, None)


def test_closing_while_the_grader_starts_neither_hangs_nor_leaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from widgets import _grading

    monkeypatch.setattr(_grading, "CLOSE_WAIT_S", 0.2)
    started, stopped = threading.Event(), threading.Event()
    release = threading.Event()

    class Slow:
        def __enter__(self) -> Slow:
            started.set()
            release.wait(10)
            return self

        def __exit__(self, *exc: Any) -> None:
            stopped.set()

    handle = _grading.GraderHandle(factory=Slow)
    warm = threading.Thread(target=handle.warm, daemon=True)
    warm.start()
    assert started.wait(5)
    t0 = time.monotonic()
    handle.close()  # the warm-up holds the lock: close must not wait for it
    assert time.monotonic() - t0 < 2 and not stopped.is_set()
    release.set()
    warm.join(5)
    assert stopped.is_set()  # the warm-up stopped what it started once it was up


def test_timed_mode_keeps_the_difficulty_out_of_the_greeting(two_sum: Problem) -> None:
    from widgets.app import default_interviewer

    timed = default_interviewer(two_sum, 900, hide_difficulty=True).opening()
    practice = default_interviewer(two_sum, None).opening()
    assert two_sum.difficulty in practice and two_sum.difficulty not in timed
