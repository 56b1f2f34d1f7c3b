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
from interview_kernel.problem import Problem
from widgets import (
    ChatBox,
    ChatEvent,
    Countdown,
    HintLadderInterviewer,
    InterviewApp,
    ProblemPicker,
    launch,
    render_result,
    resolve_params,
)
from widgets import editor as editor_module
from widgets._session import SessionRecorder
from widgets.app import BUSY_LABEL, GRADER_FAILED, RUN_LABEL

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
        self.gate = gate
        self.error = error

    def grade(self, problem: Problem, source: str, language: str = "python") -> GradeResult:
        self.calls.append((source, language))
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
            for tc in problem.tests
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


def test_run_button_grades_and_shows_the_table(app: InterviewApp) -> None:
    app.editor.value = GOOD
    find(app, "interview-run").click()
    assert app.fake.calls == [(GOOD, "python")]
    html = app.results.value
    assert "Accepted" in html and "15/15 passed" in html
    assert html.count("hidden test") == 10
    assert app.run_button.description == RUN_LABEL and not app.run_button.disabled


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
    app.run_tests("def two_sum(nums, target):\n    return [9, 9]\n")
    html = app.results.value
    assert "Wrong Answer" in html and "0/15 passed" in html
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


def test_run_cannot_be_double_fired(two_sum: Problem) -> None:
    gate = threading.Event()
    grader = FakeGrader(two_sum, gate=gate)
    a = InterviewApp(two_sum, grader=grader, threaded=True)
    try:
        assert a.run_tests(GOOD) is True
        assert a.run_button.disabled and a.run_button.description == BUSY_LABEL
        assert "Running" in a.results.value
        assert a.run_tests(GOOD) is False
        a.run_button.click()
        gate.set()
        a.wait(10)
        assert len(grader.calls) == 1
        assert not a.run_button.disabled and a.run_button.description == RUN_LABEL
        assert "Accepted" in a.results.value
    finally:
        gate.set()
        a.close()


def test_result_callbacks_get_every_run(app: InterviewApp) -> None:
    seen: list[tuple[str, str, str]] = []
    app.on_result(
        lambda _app, result, source, lang: seen.append((result.verdict.value, source, lang))
    )
    app.run_tests(GOOD)
    assert seen == [("AC", GOOD, "python")]


def test_chat_reacts_to_a_run(app: InterviewApp) -> None:
    app.run_tests(GOOD)
    assert "All 15 tests pass" in app.chat.log_view.value


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
    assert a.problem_view.meta.layout.display == "none"
    a.problem_view.meta_toggle.value = True
    assert a.problem_view.meta.layout.display is None


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
    assert (ed.language, ed.theme) == ("python", "dark")
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


def test_hint_ladder_walks_in_order_and_runs_out(two_sum: Problem) -> None:
    ladder = HintLadderInterviewer(two_sum)
    replies = [ladder(ChatEvent("hint")) for _ in range(4)]
    assert replies[0].startswith("Hint 1/3") and two_sum.hints[0] in replies[0]
    assert replies[2].startswith("Hint 3/3")
    assert "last hint" in replies[3]


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


def test_unknown_problem_shows_the_picker_with_a_message() -> None:
    box = launch("two-summ")
    picker = box.children[0]
    assert isinstance(picker, ProblemPicker)
    assert "unknown problem" in picker.message.value and "two-sum" in picker.message.value
    assert 'href="?problem=two-sum"' in picker.listing.value


def test_picking_a_problem_opens_the_app(two_sum: Problem) -> None:
    box = launch(None, grader=FakeGrader(two_sum), threaded=False, record=False)
    box.children[0].pick("two-sum")
    assert isinstance(box.children[0], InterviewApp)
    assert box.children[0].problem.id == "two-sum"


def test_notebook_runs_headless_and_shows_the_picker(tmp_path: Any) -> None:
    import papermill as pm

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


# -- sessions ----------------------------------------------------------------------------------


def test_end_session_without_a_store_locks_the_app(app: InterviewApp) -> None:
    app.run_tests(GOOD)
    app.end_session()
    assert app.run_button.disabled and app.chat.hint_button.disabled
    assert app.editor.read_only
    assert app.countdown.status == "Session ended"
    assert "Session ended. Your last run: Accepted, 15/15" in app.chat.log_view.value
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
    from interview_kernel import sessions

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    monkeypatch.setenv("INTERVIEW_USER", "ada")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    rec = SessionRecorder(two_sum, minutes=15)
    a = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=rec)
    sid = rec.session_id
    assert sid is not None, rec.error
    a.editor.value = GOOD
    a.chat.ask_hint()
    a.run_tests()
    view = sessions.get_session(sid)
    assert view.draft_code == GOOD and view.hints_used == 1
    assert [s["verdict"] for s in view.submissions] == ["AC"]
    assert any(m["speaker"] == "ai" and "Hint 1/3" in m["message"] for m in view.chat)

    # A reload (new kernel, same browser): the session and its draft come back.
    again = SessionRecorder(two_sum, minutes=15)
    b = InterviewApp(two_sum, grader=FakeGrader(two_sum), threaded=False, recorder=again)
    assert again.session_id == sid and b.editor.value == GOOD

    report = b.end_session()
    assert report is not None and report.score is not None
    assert f"Score: {report.score:.0f}/100" in b.chat.log_view.value
    assert sessions.get_session(sid).status != "active"


# -- the JupyterLab cell magic ----------------------------------------------------------------


def test_run_tests_magic_grades_the_cell_as_text(two_sum: Problem) -> None:
    from widgets.magic import run_tests_html

    grader = FakeGrader(two_sum)
    html = run_tests_html("two-sum --language python", GOOD, grader=grader)
    assert grader.calls == [(GOOD, "python")]
    assert "Accepted" in html and "15/15 passed" in html and "interview-results" in html
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


def test_editor_theme_toggle(app: InterviewApp) -> None:
    assert app.editor.theme == "dark"
    app.light_theme.value = True
    assert app.editor.theme == "light"
