"""The problem picker and :func:`widgets.launch`'s handling of what the address asks for.

Store-backed tests use a temporary SQLite store (``INTERVIEW_DB_URL``) and a FAKE
grader's results (fixed verdicts): they are about the picker's data, not grading.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import ipywidgets as w
import pytest

from interview_kernel import load_problem
from interview_kernel import result as R
from interview_kernel.practice import sessions
from interview_kernel.practice.metrics import problem_progress
from interview_kernel.store import create_store_engine
from widgets import InterviewApp, ProblemPicker, launch
from widgets.picker import catalog, problem_href, suggestions


class FakeGrader:
    """FAKE grader: never called here (the tests only open the app)."""

    def __init__(self, problem: Any) -> None:
        self.problem = problem

    def grade(self, problem: Any, source: str, language: str = "python") -> R.GradeResult:
        return _result(problem.id, "AC")


def _result(problem_id: str, verdict: str) -> R.GradeResult:
    v = R.Verdict(verdict)
    return R.GradeResult(problem_id, "python", v, [R.TestResult("t0", False, v)], time_ms=1)


@pytest.fixture
def store(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    url = f"sqlite:///{tmp_path / 'picker.db'}"
    monkeypatch.setenv("INTERVIEW_DB_URL", url)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("INTERVIEW_USER", "ann")
    eng = create_store_engine(url)
    yield eng
    eng.dispose()


def _submit(eng: Any, user: str, problem_id: str, verdict: str) -> None:
    s = sessions.create_session(user=user, problem=problem_id, engine=eng)
    sessions.record_submission(
        s.id, "x", _result(problem_id, verdict), user=user, problem=problem_id, engine=eng
    )


def test_progress_gives_the_users_status_and_everyones_acceptance(store: Any) -> None:
    _submit(store, "ann", "two-sum", "WA")
    _submit(store, "ann", "two-sum", "AC")
    _submit(store, "ann", "three-sum", "TLE")
    _submit(store, "zed", "two-sum", "WA")
    _submit(store, "zed", "climbing-stairs", "AC")
    mine = problem_progress("ann", engine=store)
    assert mine["two-sum"].status == "solved" and mine["two-sum"].acceptance == pytest.approx(1 / 3)
    assert mine["three-sum"].status == "attempted" and mine["three-sum"].acceptance == 0
    assert mine["climbing-stairs"].status is None  # zed's, not ann's
    assert "valid-parentheses" not in mine  # never submitted: no acceptance to show


def test_the_picker_lists_status_badges_companies_and_links(store: Any) -> None:
    _submit(store, "ann", "two-sum", "AC")
    picker = launch(None, record=True).children[0]
    assert isinstance(picker, ProblemPicker)
    assert picker.has_trait("_esm") and "interview-picker" in picker._dom_classes
    rows = {r["id"]: r for r in picker.problems}
    assert len(rows) == len(catalog())
    two = rows["two-sum"]
    assert (two["status"], two["acceptance"], two["href"]) == ("solved", 1.0, "?problem=two-sum")
    assert two["difficulty"] == "easy" and "Google" in two["companies"]
    assert rows["three-sum"]["status"] is None


def test_picker_links_keep_the_mode_and_language() -> None:
    assert problem_href("two-sum") == "?problem=two-sum"
    keep = {"mode": "interview", "language": "java"}
    assert problem_href("two-sum", keep) == "?problem=two-sum&mode=interview&language=java"
    picker = launch(None, mode="interview", record=False).children[0]
    assert all(r["href"].endswith("&mode=interview") for r in picker.problems)


def test_unknown_problem_is_a_friendly_page_with_suggestions() -> None:
    picker = launch("two-summ", record=False).children[0]
    assert isinstance(picker, ProblemPicker)
    assert picker.message == "There is no problem called \u201ctwo-summ\u201d."
    assert "`" not in picker.message and "interview problems" not in picker.message
    assert picker.suggestions[0] == {
        "id": "two-sum",
        "title": "Two Sum",
        "href": "?problem=two-sum",
    }
    assert suggestions("zzzzzz", catalog()) == []


def test_a_bad_query_value_is_said_on_the_picker() -> None:
    picker = launch(None, notice="unknown mode 'god'; using practice", record=False).children[0]
    assert picker.message == "Unknown mode 'god'; using practice."


def test_picking_from_the_browser_opens_the_app(two_sum: Any) -> None:
    box = launch(None, grader=FakeGrader(two_sum), threaded=False, record=False)
    picker = box.children[0]
    sent: list[Any] = []
    picker.send = sent.append  # type: ignore[method-assign]
    picker._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"pick": "no-such"}}}, "buffers": []}
    )
    assert box.children[0] is picker  # an id the picker does not offer is refused, with a reason
    assert sent == [{"error": "That problem could not be opened; reload the page to try again."}]
    picker._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"pick": "two-sum"}}}, "buffers": []}
    )
    assert isinstance(box.children[0], InterviewApp)
    assert box.children[0].problem.id == "two-sum"


def test_an_unoffered_language_is_said_not_silently_replaced(two_sum: Any) -> None:
    box = launch(
        "two-sum", language="rust", grader=FakeGrader(two_sum), threaded=False, record=False
    )
    notice, app = box.children
    assert isinstance(notice, w.HTML) and isinstance(app, InterviewApp)
    assert "Rust is not available for this problem" in notice.value
    assert "opened in Python" in notice.value and app.language == "python"


def test_an_offered_language_opens_without_a_notice(two_sum: Any) -> None:
    problem = load_problem("valid-parentheses")
    box = launch(
        "valid-parentheses",
        language="java",
        grader=FakeGrader(problem),
        threaded=False,
        record=False,
    )
    assert [type(c) for c in box.children] == [InterviewApp]
    assert box.children[0].language == "java"


# -- timed sessions and scheduled mocks ---------------------------------------------------------


def _mock_in(eng: Any, minutes: float, user: str = "ann") -> int:
    """A scheduled medium coding mock of ``user`` starting ``minutes`` from now; its id."""
    from datetime import timedelta

    from interview_kernel.schedule import create_program
    from interview_kernel.store import ScheduledInterview, transaction, utcnow

    prog = create_program(user_id=user, weeks=2, engine=eng)
    first = prog.interviews[0]["id"]
    with transaction(eng) as db:
        db.get(ScheduledInterview, first).scheduled_time = utcnow() + timedelta(minutes=minutes)
    return int(first)


def _status(eng: Any, interview_id: int) -> str:
    from interview_kernel.store import ScheduledInterview, transaction

    with transaction(eng) as db:
        return str(db.get(ScheduledInterview, interview_id).status)


def test_query_string_schedule_is_an_id_and_makes_the_mode_timed() -> None:
    from widgets import resolve_params

    p = resolve_params(query_string="schedule=12&mode=practice")
    assert (p["schedule"], p["mode"], p["notice"]) == (12, "interview", "")
    bad = resolve_params(query_string="schedule=1;drop")
    assert bad["schedule"] is None and "mock interview" in bad["notice"]


def test_timed_mode_never_resumes_a_practice_session(store: Any, two_sum: Any) -> None:
    practice = launch("two-sum", grader=FakeGrader(two_sum), threaded=False).children[-1]
    timed = launch("two-sum", mode="interview", grader=FakeGrader(two_sum), threaded=False)
    timed_app = timed.children[-1]
    assert timed_app.recorder.session_id != practice.recorder.session_id
    again = launch("two-sum", grader=FakeGrader(two_sum), threaded=False).children[-1]
    assert again.recorder.session_id == practice.recorder.session_id  # practice resumes practice


def test_practice_near_a_mock_leaves_the_mock_alone(store: Any, two_sum: Any) -> None:
    mock = _mock_in(store, 4)
    app = launch("two-sum", grader=FakeGrader(two_sum), threaded=False).children[-1]
    assert app.recorder.view.scheduled_interview_id is None
    assert _status(store, mock) == "scheduled"


def test_the_start_link_starts_the_mock_and_a_reload_resumes_it(store: Any) -> None:
    mock = _mock_in(store, 4)
    box = launch(None, schedule=mock, grader=FakeGrader(None), threaded=False)
    app = box.children[-1]
    assert isinstance(app, InterviewApp) and app.mode == "interview"
    assert app.problem.difficulty == "medium"  # the mock's difficulty
    assert app.recorder.view.scheduled_interview_id == mock
    assert _status(store, mock) == "in_progress"
    reloaded = launch(None, schedule=mock, grader=FakeGrader(None), threaded=False).children[-1]
    assert reloaded.recorder.session_id == app.recorder.session_id
    assert reloaded.problem.id == app.problem.id


def test_a_start_link_too_early_shows_when_instead(store: Any) -> None:
    mock = _mock_in(store, 120)
    picker = launch(None, schedule=mock, record=True).children[0]
    assert isinstance(picker, ProblemPicker)
    assert picker.message.startswith("Your mock interview is on ")
    assert _status(store, mock) == "scheduled"
    assert "no such mock" in launch(None, schedule=99999).children[0].message


def test_the_interviewer_can_keep_the_difficulty_to_itself(two_sum: Any) -> None:
    from interview_kernel.interviewer import Interviewer

    assert "(easy)" in Interviewer(two_sum, "rule").opening()
    hidden = Interviewer(two_sum, "rule", hide_difficulty=True).opening()
    assert "Two Sum" in hidden and "easy" not in hidden.lower()


def test_in_voila_the_picker_and_the_app_link_to_the_dashboard(
    two_sum: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SERVER_SOFTWARE", raising=False)
    assert launch(None, record=False).children[0].dashboard == ""  # JupyterLab: no sibling pages
    monkeypatch.setenv("SERVER_SOFTWARE", "voila/0.5.8")
    assert launch(None, record=False).children[0].dashboard == "dashboard.ipynb"
    nav, app = launch("two-sum", grader=FakeGrader(two_sum), threaded=False, record=False).children
    assert isinstance(app, InterviewApp)
    assert 'href="dashboard.ipynb"' in nav.value and 'href="interview.ipynb"' in nav.value


def test_the_picker_announces_the_next_mock_with_its_start_link(store: Any) -> None:
    assert launch(None).children[0].mock == {}
    mock = _mock_in(store, 125)
    announced = launch(None).children[0].mock
    assert announced == {  # relative: the app and the dashboard are served side by side
        "text": "Your mock interview starts in 2 h 5 min.",
        "href": f"interview.ipynb?schedule={mock}",
    }
    from interview_kernel.store import ScheduledInterview, transaction, utcnow

    with transaction(store) as db:
        db.get(ScheduledInterview, mock).scheduled_time = utcnow()
    assert launch(None).children[0].mock["text"] == "Your mock interview can start now."


def test_a_mock_more_than_a_day_ahead_is_not_announced(store: Any) -> None:
    from widgets._mock import mock_banner

    mock = _mock_in(store, 24 * 60 + 5)
    assert launch(None).children[0].mock == {}
    assert mock_banner() == {}
    from interview_kernel.store import ScheduledInterview, transaction, utcnow

    with transaction(store) as db:
        db.get(ScheduledInterview, mock).scheduled_time = utcnow() + timedelta(hours=23)
    banner = mock_banner()
    assert banner["text"] == "Your mock interview starts in 23 h."
    assert (banner["id"], banner["can_start"]) == (mock, False)
    assert banner["href"] == f"interview.ipynb?schedule={mock}"
    assert 22 * 3600 < banner["seconds_until"] <= 23 * 3600
