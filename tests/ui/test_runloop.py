"""The app's run loop without a browser: queue, latest code wins, Stop, probe preemption."""

import threading
import time

from interview_kernel import CancelToken
from widgets.runloop import Job, RunLoop


class Steps:
    """Grade and measure steps that block until released, recording what happened."""

    def __init__(self) -> None:
        self.graded: list[str] = []
        self.finished: list[tuple[str, object]] = []
        self.measured: list[str] = []
        self.states: list[str] = []
        self.release = threading.Event()
        self.in_grade = threading.Event()
        self.in_probe = threading.Event()

    def grade(self, job: Job, token: CancelToken) -> str:
        self.graded.append(job.source)
        self.in_grade.set()
        while not self.release.is_set() and not token.cancelled:
            time.sleep(0.005)
        return "stopped" if token.cancelled else "AC"

    def measure(self, job: Job, _result: object, token: CancelToken) -> None:
        self.in_probe.set()
        assert token.wait(5), "the probe was never cancelled"
        self.measured.append(job.source)

    def finish(self, job: Job, result: object) -> None:
        self.finished.append((job.source, result))

    def loop(self) -> RunLoop:
        return RunLoop(
            self.grade,
            self.measure,
            self.finish,
            wants_probe=lambda _job, result: result == "AC",
            on_state=self.states.append,
        )


def test_a_request_during_a_run_is_queued_and_the_latest_code_wins() -> None:
    s = Steps()
    loop = s.loop()
    assert loop.request(Job("run", "v1", "python")) == "running"
    assert s.in_grade.wait(5)
    assert loop.request(Job("run", "v2", "python")) == "queued"
    assert loop.request(Job("submit", "v3", "python")) == "queued"
    s.release.set()
    s.in_probe.clear()
    assert s.in_probe.wait(5)  # v3 is accepted and measured
    assert loop.state == "probing"
    loop.stop()
    loop.wait(5)
    assert s.graded == ["v1", "v3"]  # v2 was replaced before it started, never lost silently
    assert [src for src, _ in s.finished] == ["v1", "v3"]
    assert loop.state == "idle" and s.states[-1] == "idle"
    assert "queued" in s.states


def test_a_request_while_the_probe_measures_cancels_it_and_runs() -> None:
    s = Steps()
    s.release.set()
    loop = s.loop()
    loop.request(Job("run", "v1", "python"))
    assert s.in_probe.wait(5)
    assert loop.state == "probing"
    s.in_probe.clear()
    started = time.monotonic()
    loop.request(Job("run", "v2", "python"))
    assert s.in_probe.wait(5)  # v2 graded and now probing in turn
    assert time.monotonic() - started < 4  # the probe was cut short, not waited for
    assert s.measured == ["v1"] and s.graded == ["v1", "v2"]
    loop.stop()
    loop.wait(5)
    assert [src for src, _ in s.finished] == ["v1", "v2"]  # the cut probe still finishes v1


def test_stop_cancels_the_run_and_drops_the_queue() -> None:
    s = Steps()
    loop = s.loop()
    loop.request(Job("run", "v1", "python"))
    assert s.in_grade.wait(5)
    loop.request(Job("run", "v2", "python"))
    assert loop.stop() is True
    loop.wait(5)
    assert s.finished == [("v1", "stopped")] and s.graded == ["v1"]
    assert s.measured == [] and loop.state == "idle"
    assert loop.stop() is False  # nothing to stop


def test_inline_mode_runs_in_the_caller_and_a_failing_step_does_not_stop_the_loop() -> None:
    calls: list[str] = []

    def grade(job: Job, _token: CancelToken) -> str:
        calls.append(job.source)
        if job.source == "boom":
            raise RuntimeError("grader exploded")
        return "WA"

    loop = RunLoop(
        grade,
        lambda *_: None,
        lambda job, result: calls.append(f"finish {job.source} {result}"),
        wants_probe=lambda *_: False,
        on_state=lambda _s: None,
        threaded=False,
    )
    assert loop.request(Job("run", "boom", "python")) == "running"
    assert loop.state == "idle"  # the job ran inside request()
    loop.request(Job("run", "ok", "python"))
    assert calls == ["boom", "finish boom None", "ok", "finish ok WA"]
