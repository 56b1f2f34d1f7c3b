"""How a test ended, named from what the supervisor observed (pure: no sandbox needed)."""

import os
import signal

import pytest

from interview_kernel._runtime._classify import (
    Ending,
    Observed,
    budget_for,
    classify,
    classify_answer,
    classify_death,
    classify_overrun,
)
from interview_kernel._runtime.protocol import RunLimits

LIMITS: RunLimits = {
    "cpu_seconds": 2.0,
    "wall_seconds": 30.0,
    "memory_mb": 256,
    "output_kb": 64,
    "file_size_kb": 1024,
    "open_files": 64,
    "processes": 16,
}
BUDGET = budget_for(LIMITS, 0.0)
PYTHON = ("MemoryError",)
CPP = ("std::bad_alloc",)
JAVA = ("OutOfMemoryError",)
JAVASCRIPT = ("heap out of memory",)
BAD_ALLOC = (
    "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n"
)


def death(signum=None, exit_code=None, stderr="", markers=(), cpu_ms=100.0, wall_ms=150.0):
    return classify_death(
        signum=signum,
        exit_code=exit_code,
        stderr=stderr,
        cpu_ms=cpu_ms,
        wall_ms=wall_ms,
        budget=BUDGET,
        oom_markers=markers,
    )


# -- out of memory needs the runtime's own marker and a death out of memory ------------


@pytest.mark.parametrize(
    ("stderr", "markers"),
    [
        (BAD_ALLOC, PYTHON),  # a C++ runtime's words, printed by a Python candidate
        ("Exception in thread main java.lang.OutOfMemoryError\n", PYTHON),
        ("FATAL ERROR: JavaScript heap out of memory\n", CPP),
        ("MemoryError\n", JAVASCRIPT),
    ],
)
def test_another_languages_oom_words_before_a_crash_are_a_crash(stderr, markers):
    # The old `sig in (...) and "MemoryError" in err or "std::bad_alloc" in err or ...`
    # called any death MLE when stderr held std::bad_alloc, OutOfMemoryError or
    # "heap out of memory": a candidate could print them and crash to get MLE, not RE.
    assert death(signal.SIGSEGV, stderr=stderr, markers=markers) == Ending(
        "signal", "killed by SIGSEGV"
    )


@pytest.mark.parametrize("signum", [signal.SIGFPE, signal.SIGILL, signal.SIGTERM, signal.SIGSYS])
def test_the_runtimes_own_oom_words_beside_a_signal_no_oom_dies_of_are_a_crash(signum):
    ending = death(signum, stderr=BAD_ALLOC, markers=CPP)
    assert ending.status == "signal"
    assert signal.Signals(signum).name in ending.detail


def test_oom_words_of_another_language_before_an_exit_are_an_exit():
    ending = death(exit_code=3, stderr=BAD_ALLOC + "OutOfMemoryError\n", markers=PYTHON)
    assert ending == Ending("exit", "exited with code 3 before returning")


@pytest.mark.parametrize(
    ("signum", "exit_code", "stderr", "markers"),
    [
        (signal.SIGABRT, None, BAD_ALLOC, CPP),
        (
            signal.SIGABRT,
            None,
            "FATAL ERROR: Reached heap limit ... heap out of memory\n",
            JAVASCRIPT,
        ),
        (signal.SIGKILL, None, "MemoryError\n", PYTHON),
        (signal.SIGSEGV, None, "MemoryError\n", PYTHON),
        (
            None,
            70,
            'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n',
            JAVA,
        ),
    ],
)
def test_a_runtime_dying_of_memory_with_its_own_words_is_mle(signum, exit_code, stderr, markers):
    ending = death(signum, exit_code, stderr, markers)
    assert ending.status == "mle"
    assert ending.detail.startswith("out of memory")
    if signum is not None:
        assert signal.Signals(signum).name in ending.detail


def test_a_crash_without_words_is_a_crash_whatever_the_runtime():
    assert death(signal.SIGABRT, markers=CPP) == Ending("signal", "killed by SIGABRT")
    assert death(exit_code=1, markers=JAVA).status == "exit"


def test_an_unknown_signal_number_is_named_by_its_number():
    assert death(200).detail == "killed by 200"


# -- limits enforced by rlimits ----------------------------------------------------------


def test_sigxcpu_is_a_time_limit_on_the_cpu_clock():
    ending = death(signal.SIGXCPU, stderr=BAD_ALLOC, markers=CPP, cpu_ms=2300.0, wall_ms=2400.0)
    assert ending == Ending("tle", "CPU time over 2 s", 2300.0)


def test_sigxcpu_under_the_tests_own_limit_says_it_was_the_workers_total():
    ending = death(signal.SIGXCPU, cpu_ms=800.0, wall_ms=900.0)
    assert ending.status == "tle"
    assert "all its tests" in ending.detail
    assert ending.time_ms == 800.0


def test_sigxfsz_is_an_output_limit():
    assert death(signal.SIGXFSZ) == Ending("ole", "wrote a file over 1024 KB")


# -- limits the supervisor enforces: the detail names the clock that ran out --------------


def test_a_wall_time_limit_shows_the_wall_clock():
    budget = budget_for(LIMITS, 0.0)
    assert budget.wall_seconds == 5.0
    ending = classify_overrun("wall", 1970.0, 5012.0, budget)
    assert ending.status == "tle"
    assert ending.detail.startswith("wall time over 5 s")
    assert "1.97 s" in ending.detail  # the CPU it used is said, not shown as the time
    assert ending.time_ms == 5012.0


def test_a_cpu_time_limit_shows_the_cpu_clock():
    ending = classify_overrun("cpu", 2040.0, 2100.0, BUDGET)
    assert ending == Ending("tle", "CPU time over 2 s", 2040.0)


def test_a_fresh_runtime_gets_its_startup_allowance():
    budget = budget_for(LIMITS, 1.5)
    assert budget.cpu_ms == 3500.0
    assert budget.wall_seconds == 8.0
    assert budget.cpu_seconds == 2.0  # what the message names


@pytest.mark.parametrize(
    ("why", "status"), [("output", "ole"), ("result", "ole"), ("cpu", "tle"), ("wall", "tle")]
)
def test_every_overrun_is_a_limit(why, status):
    assert classify_overrun(why, 10.0, 10.0, BUDGET).status == status


# -- the whole observation -------------------------------------------------------------


def observed(**kw):
    base = {
        "why": None,
        "answer": None,
        "result": b"",
        "stdout": "",
        "stderr": "",
        "output_bytes": 0,
        "cpu_ms": 100.0,
        "wall_ms": 120.0,
        "wait_status": None,
    }
    return Observed(**{**base, **kw})


def test_an_answer_in_time_keeps_the_worker():
    obs = observed(answer=b'{"kind":"ok","value":3,"time_ms":1.5,"call_cpu_ms":1.2}', stdout="hi")
    outcome, healthy = classify(obs, BUDGET, PYTHON)
    assert healthy
    assert outcome == {
        "stdout": "hi",
        "stderr": "",
        "status": "ok",
        "value": 3,
        "time_ms": 1.5,
        "call_cpu_ms": 1.2,
    }


def test_an_answer_after_the_cpu_limit_is_a_time_limit_on_the_cpu_clock():
    obs = observed(answer=b'{"kind":"ok","value":3,"time_ms":1.5}', cpu_ms=2500.0, wall_ms=2600.0)
    outcome, healthy = classify(obs, BUDGET, PYTHON)
    assert not healthy
    assert (outcome["status"], outcome["detail"], outcome["time_ms"]) == (
        "tle",
        "CPU time over 2 s",
        2500.0,
    )


def test_an_answer_after_too_much_output_is_an_output_limit():
    obs = observed(answer=b'{"kind":"ok","value":3}', output_bytes=64 * 1024 + 1)
    outcome, healthy = classify(obs, BUDGET, PYTHON)
    assert (outcome["status"], healthy) == ("ole", False)


@pytest.mark.parametrize("line", [b"not json", b"[1, 2]", b'"ok"'])
def test_a_garbled_answer_is_tampering(line):
    outcome, healthy = classify(observed(answer=line), BUDGET, PYTHON)
    assert (outcome["status"], healthy) == ("re", False)


def test_a_wall_overrun_reports_the_wall_clock():
    obs = observed(why="wall", cpu_ms=1970.0, wall_ms=5012.0, wait_status=signal.SIGKILL)
    outcome, _ = classify(obs, BUDGET, PYTHON)
    assert outcome["status"] == "tle"
    assert outcome["detail"].startswith("wall time over 5 s")
    assert outcome["time_ms"] == 5012.0


def test_a_worker_that_failed_to_start_is_internal():
    obs = observed(
        result=b'{"kind": "setup", "message": "PermissionError()"}\n', wait_status=71 << 8
    )
    outcome, _ = classify(obs, BUDGET, PYTHON)
    assert (outcome["status"], outcome["detail"]) == ("internal", "PermissionError()")


def test_a_death_is_read_from_the_wait_status():
    segv = observed(wait_status=signal.SIGSEGV, stderr=BAD_ALLOC)
    outcome, _ = classify(segv, BUDGET, PYTHON)
    assert (outcome["status"], outcome["detail"]) == ("signal", "killed by SIGSEGV")
    outcome, _ = classify(segv, BUDGET, CPP)
    assert (outcome["status"], outcome["detail"]) == ("mle", "out of memory (SIGSEGV)")
    exited = observed(wait_status=3 << 8)
    assert os.WIFEXITED(3 << 8)
    outcome, _ = classify(exited, BUDGET, PYTHON)
    assert outcome["detail"] == "exited with code 3 before returning"


# -- answers -----------------------------------------------------------------------------


def test_an_exception_answer_keeps_the_worker_unless_it_was_told_to_exit():
    raised, healthy = classify_answer(
        {"kind": "exception", "type": "ValueError", "message": "bad", "line": 3}
    )
    assert healthy and raised == {
        "status": "exception",
        "type": "ValueError",
        "message": "bad",
        "line": 3,
    }
    assert not classify_answer({"kind": "exception", "type": "SystemExit"})[1]


def test_memory_answers_are_mle():
    assert classify_answer({"kind": "exception", "type": "MemoryError"})[0]["status"] == "mle"
    outcome, healthy = classify_answer({"kind": "mle", "message": "std::bad_alloc"})
    assert (outcome, healthy) == ({"status": "mle", "detail": "std::bad_alloc"}, False)


def test_an_unknown_answer_kind_is_tampering():
    outcome, healthy = classify_answer({"kind": "pass"})  # type: ignore[typeddict-item]
    assert (outcome["status"], healthy) == ("re", False)


def test_a_marker_counts_only_as_a_word_of_its_own():
    assert death(signal.SIGABRT, stderr="java.lang.OutOfMemoryError", markers=PYTHON).status == (
        "signal"
    )
    assert death(signal.SIGABRT, stderr="MemoryError", markers=PYTHON).status == "mle"
    assert death(signal.SIGABRT, stderr="x\nMemoryError: oops", markers=PYTHON).status == "mle"
