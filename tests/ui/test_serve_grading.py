"""A page's kernel grades through the server's one service (no sandbox of its own)."""

import threading

import pytest

from interview_kernel import load_problem
from interview_kernel.custom import parse_cases
from interview_kernel.errors import InterviewError
from interview_kernel.grading.cancel import CancelToken
from tests.api.conftest import TOKEN, free_port, start_server, stop_server
from widgets import _grading
from widgets._grading import GraderHandle, ServiceGrader

GOOD = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n"
    "        seen[x] = i\n"
)
LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    proc, server = start_server(tmp_path_factory.mktemp("page"))
    try:
        yield server
    finally:
        stop_server(proc)


def test_the_page_grades_runs_custom_cases_and_probes_through_the_service(served, monkeypatch):
    monkeypatch.setenv("INTERVIEW_SERVICE_URL", served.base)
    monkeypatch.setenv("INTERVIEW_SERVICE_TOKEN", TOKEN)
    problem = load_problem("two-sum")
    handle = GraderHandle()
    try:
        assert isinstance(handle._get(), ServiceGrader)
        custom = parse_cases(problem, "[3,3]\n6")
        run = handle.grade(problem, GOOD, "python", include_hidden=False, custom=custom)
        assert run.verdict.value == "AC" and run.tests[-1].name == "custom-1"
        assert run.tests[-1].expected == [0, 1]
        submitted = handle.grade(problem, "def two_sum(n, t):\n    return [0, 1]\n", "python")
        assert submitted.verdict.value == "WA"
        hidden = [t for t in submitted.tests if t.hidden]
        assert hidden and all(t.input is None and t.expected is None for t in hidden)
        assert handle.can_probe()
        report = handle.probe(problem, GOOD, "python")
        assert report is not None and report.points
        status = ServiceGrader(served.base, TOKEN)
        assert status.client != handle._get().client
    finally:
        handle.close()


def test_stop_ends_a_run_in_flight(served):
    grader = ServiceGrader(served.base, TOKEN)
    problem = load_problem("two-sum")
    cancel = CancelToken()
    threading.Timer(1.0, cancel.cancel).start()
    result = grader.grade(problem, LOOP, "python", cancel=cancel)
    assert result.stopped


def test_an_unreachable_service_is_a_clear_message_and_no_prestart(monkeypatch):
    monkeypatch.setenv("INTERVIEW_SERVICE_URL", f"http://127.0.0.1:{free_port()}")
    _grading.prestart()
    assert _grading._prestarted is None  # no sandbox is started in the page's kernel
    handle = GraderHandle()
    with pytest.raises(InterviewError, match="cannot be reached"):
        handle.grade(load_problem("two-sum"), GOOD, "python")


def test_a_wrong_token_is_reported_not_hidden(served):
    grader = ServiceGrader(served.base, "not-the-token")
    with pytest.raises(InterviewError, match="cannot be reached") as refused:
        grader.grade(load_problem("two-sum"), GOOD, "python")
    assert "token" not in str(refused.value)
