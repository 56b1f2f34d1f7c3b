"""The app's session life on a real store (SQLite in tmp_path), without a browser.

A reload is a new kernel building a new app: these tests build a second app on the
same store and check what it brings back, what timed mode resumes, what time up
does, and what New session and "load into editor" do.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_kernel import GradeResult, Verdict, load_problem
from interview_kernel import TestResult as Outcome
from interview_kernel.practice import sessions
from interview_kernel.problem import Problem
from widgets._session import SessionRecorder
from widgets.app import InterviewApp
from widgets.results import render_result, result_from_dict


class WrongGrader:
    """Every test a wrong answer (the first visible one shows its values)."""

    def grade(self, problem: Problem, source: str, language: str = "python", **_: Any) -> Any:
        tests = [
            Outcome(t.name, t.hidden, Verdict.WA, 1.0)
            if t.hidden
            else Outcome(t.name, False, Verdict.WA, 1.0, t.input, t.expected, [9, 9])
            for t in problem.tests
        ]
        return GradeResult(problem.id, language, Verdict.WA, tests, 3.0)


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from interview_kernel.store import dispose_engines

    monkeypatch.setenv("INTERVIEW_DB_URL", f"sqlite:///{tmp_path / 'iv.db'}")
    yield
    dispose_engines()


@pytest.fixture()
def problem() -> Problem:
    return load_problem("two-sum")


def _app(problem: Problem, mode: str = "practice", **kwargs: Any) -> InterviewApp:
    minutes = kwargs.pop("minutes", None)
    recorder = SessionRecorder(
        problem, minutes=minutes or problem.estimated_minutes, timed=mode == "interview"
    )
    return InterviewApp(
        problem,
        mode=mode,
        grader=WrongGrader(),
        threaded=False,
        recorder=recorder,
        minutes=minutes,
        **kwargs,
    )


def test_a_stored_result_renders_as_the_original(problem: Problem) -> None:
    result = WrongGrader().grade(problem, "x", "java")
    again = result_from_dict(result.to_dict())
    assert render_result(again, "java") == render_result(result, "java")


def test_a_reload_brings_back_language_draft_result_and_chat(problem: Problem) -> None:
    first = _app(problem)
    first.problem_view.language.value = "java"
    first.chat.send("I would use a hash map")
    first.submit("class Solution { /* mine */ }")
    assert first.results.value and "Wrong Answer" in first.results.value
    again = _app(problem)  # the reload: same store, new app
    assert again.recorder is not None and again.recorder.resumed
    assert again.recorder.session_id == first.recorder.session_id  # type: ignore[union-attr]
    assert again.language == "java" and again.problem_view.language.value == "java"
    assert "/* mine */" in again.editor.value
    assert "Wrong Answer" in again.results.value and "Your last submission" in again.results.value
    assert again.last_result is not None and again.last_result.verdict is Verdict.WA
    said = [text for who, text in again.chat.history if who == "user"]
    assert said == ["I would use a hash map"]
    assert sum("Today's problem" in text for _who, text in again.chat.history) == 1
    assert again.countdown.start_ms == pytest.approx(first.countdown.start_ms, abs=2000)


def test_the_hint_ladder_goes_on_after_a_reload(problem: Problem) -> None:
    first = _app(problem)
    first.chat.ask_hint()
    assert first.interviewer.hints_used == 1
    again = _app(problem)  # the reload
    assert again.interviewer.hints_used == 1
    again.chat.ask_hint()
    assert any(text.startswith("Hint 2 of") for who, text in again.chat.history if who == "ai")


def test_an_explicit_language_wins_over_the_sessions(problem: Problem) -> None:
    first = _app(problem)
    first.problem_view.language.value = "java"
    first.submit("class Solution {}")
    assert _app(problem, language="cpp").language == "cpp"


def test_timed_mode_starts_fresh_unless_the_address_names_its_sitting(problem: Problem) -> None:
    practice = _app(problem)
    timed = _app(problem, mode="interview")
    assert timed.recorder.session_id != practice.recorder.session_id  # type: ignore[union-attr]
    assert not timed.recorder.resumed  # type: ignore[union-attr]
    again = _app(problem, mode="interview")
    assert again.recorder.session_id != timed.recorder.session_id  # type: ignore[union-attr]
    reload = _app(problem, mode="interview", session_id=timed.recorder.session_id)  # type: ignore[union-attr]
    assert reload.recorder.session_id == timed.recorder.session_id  # type: ignore[union-attr]
    assert "easy" not in reload.problem_view.body.value.lower()
    assert "(easy)" not in reload.chat.history[0][1]


def test_time_up_locks_ends_and_scores_then_continue_practising(problem: Problem) -> None:
    app = _app(problem, mode="interview")
    sitting = app.recorder.session_id  # type: ignore[union-attr]
    assert app.time_up() is None  # the browser's word alone: the kernel's clock says no
    app.countdown.end_ms = time.time() * 1000 - 1000
    report = app.time_up()
    assert app.ended and report is not None and report.score == 0  # nothing was run
    assert app.run_button.disabled and app.submit_button.disabled and app.editor.read_only
    assert app.countdown.status == "Time is up"
    assert "Time is up" in (app.end_report.value if app.end_report else "")
    assert app.continue_button.layout.display is None  # offered after a timed sitting
    assert sessions.get_session(sitting).status != "active"  # type: ignore[arg-type]
    ended = app.recorder
    app.new_session(mode="practice")
    assert not app.ended and not app.editor.read_only and not app.run_button.disabled
    assert app.mode == "practice" and app.countdown.end_ms == 0
    assert ended is app.recorder and app.recorder.session_id is not None
    fresh = sessions.get_session(app.recorder.session_id)
    assert fresh.status == "active" and not fresh.timed
    assert app.shell.query.get("mode") is None


def test_a_sitting_reopened_after_its_time_ran_out_is_ended_at_once(problem: Problem) -> None:
    from datetime import timedelta

    from interview_kernel.store import get_engine, transaction
    from interview_kernel.store.models import InterviewSession

    timed = _app(problem, mode="interview")
    sid = timed.recorder.session_id  # type: ignore[union-attr]
    with transaction(get_engine()) as db:
        s = db.get(InterviewSession, sid)
        s.start_time = s.start_time - timedelta(minutes=s.duration_minutes + 1)
    reload = _app(problem, mode="interview", session_id=sid)
    assert reload.ended and reload.countdown.status == "Time is up"
    assert sessions.get_session(sid).status != "active"


def test_end_then_new_session_and_load_code(problem: Problem) -> None:
    app = _app(problem)
    app.end_session()
    assert app.ended and app.new_button.layout.display is None
    assert app.end_button.layout.display == "none"
    assert app.continue_button.layout.display == "none"  # practice: New session only
    first = app.recorder.session_id  # type: ignore[union-attr]
    app.new_session()
    assert app.recorder.session_id not in (None, first)  # type: ignore[union-attr]
    assert app.end_button.layout.display is None and app.new_button.layout.display == "none"
    app.load_code("java", "class Solution { int loaded; }")
    assert app.language == "java" and app.problem_view.language.value == "java"
    assert app.editor.value == "class Solution { int loaded; }"


def test_the_submissions_and_notes_tabs_hold_their_panels_when_there_is_a_store(
    problem: Problem,
) -> None:
    app = _app(problem)
    assert [type(c).__name__ for c in app.submissions_box.children] == ["SubmissionsPanel"]
    assert [type(c).__name__ for c in app.notes_box.children] == ["NotesPanel"]
    assert "interview-submissions-box" in app.submissions_box._dom_classes
    bare = InterviewApp(problem, grader=WrongGrader(), threaded=False)
    assert bare.submissions_box.children == () and bare.notes_box.children == ()
