"""How a test ended, from what the supervisor observed: pure functions, no I/O.

The I/O loop (:mod:`._watch`) reports an :class:`Observed`: why it stopped
watching (a limit), the worker's answer line or its exit status, the tails of
its output, and the CPU and wall time it used. :func:`classify` turns that into
the outcome's ``status`` and ``detail`` (see ``protocol.Status``) and says
whether the worker can serve the next test. Verdicts proper are the trusted
grader's; this only names what happened.
"""

from __future__ import annotations

import json
import os
import signal
from typing import NamedTuple, cast

from .protocol import Outcome, RunLimits, Status, WorkerAnswer

OOM_SIGNALS = frozenset((signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGKILL))
"""Signals a runtime that ran out of memory dies by (abort on ``std::bad_alloc`` or V8's
fatal error, a fault on a failed allocation, the kernel's OOM killer)."""


class TestBudget(NamedTuple):
    """One test's limits as the supervisor enforces them."""

    cpu_seconds: float
    """The problem's CPU limit per test (what messages name)."""
    cpu_ms: float
    """The CPU time the loop allows: ``cpu_seconds`` plus a fresh runtime's start-up."""
    wall_seconds: float
    """The wall time the loop allows."""
    output_kb: int
    result_kb: int
    file_size_kb: int

    @property
    def output_cap(self) -> int:
        """Bytes of stdout plus stderr allowed."""
        return self.output_kb * 1024

    @property
    def result_cap(self) -> int:
        """Bytes of encoded return value allowed."""
        return self.result_kb * 1024


def budget_for(limits: RunLimits, startup_seconds: float) -> TestBudget:
    """The budget of one test; ``startup_seconds`` is the allowance of a fresh worker."""
    cpu = float(limits["cpu_seconds"])
    return TestBudget(
        cpu_seconds=cpu,
        cpu_ms=(cpu + startup_seconds) * 1000,
        wall_seconds=cpu * 2 + 1.0 + 2 * startup_seconds,
        output_kb=int(limits["output_kb"]),
        result_kb=int(limits.get("result_kb", 16384)),
        file_size_kb=int(limits["file_size_kb"]),
    )


class Observed(NamedTuple):
    """What the supervisor saw of one test."""

    why: str | None
    """The limit the loop stopped at (``wall``, ``cpu``, ``output``, ``result``), or ``None``."""
    answer: bytes | None
    """The worker's answer line, when one came in time (the worker then still runs)."""
    result: bytes
    """Everything read from the result channel."""
    stdout: str
    """The head of stdout."""
    stderr: str
    """The tail of stderr."""
    output_bytes: int
    """Bytes of stdout plus stderr read."""
    cpu_ms: float
    wall_ms: float
    wait_status: int | None
    """The worker's wait status, when it was stopped (it did not answer)."""


TAMPERED: Outcome = {"status": "re", "detail": "the result channel was tampered with"}


def parse_answer(line: bytes) -> WorkerAnswer | None:
    """The worker's answer line as an object, or ``None`` when it is not one."""
    try:
        answer = json.loads(line)
    except ValueError:
        return None
    return cast(WorkerAnswer, answer) if isinstance(answer, dict) else None


class Ending(NamedTuple):
    """How a test ended: a status, the detail a candidate reads, and the clock it names."""

    status: Status
    detail: str
    time_ms: float | None = None
    """The time to show beside the detail: the clock of the limit it names (a time
    limit's), or ``None`` to leave the outcome's own times."""


def classify(
    obs: Observed, budget: TestBudget, oom_markers: tuple[str, ...] = ()
) -> tuple[Outcome, bool]:
    """The outcome's fields and whether the worker is still good for the next test."""
    outcome: Outcome = {"stdout": obs.stdout, "stderr": obs.stderr}
    if obs.answer is not None:
        answer = parse_answer(obs.answer)
        if answer is None:
            outcome.update(TAMPERED)
            return outcome, False
        if obs.cpu_ms > budget.cpu_ms:
            _put(outcome, classify_overrun("cpu", obs.cpu_ms, obs.wall_ms, budget))
            return outcome, False
        if obs.output_bytes > budget.output_cap:
            _put(outcome, classify_overrun("output", obs.cpu_ms, obs.wall_ms, budget))
            return outcome, False
        fields, healthy = classify_answer(answer)
        outcome.update(fields)
        return outcome, healthy
    if obs.why is not None:
        _put(outcome, classify_overrun(obs.why, obs.cpu_ms, obs.wall_ms, budget))
        return outcome, False
    setup = parse_answer(obs.result.split(b"\n", 1)[0]) if obs.result.strip() else None
    if setup is not None and setup.get("kind") == "setup":  # the worker failed before serving
        outcome.update({"status": "internal", "detail": str(setup.get("message"))})
        return outcome, False
    status = obs.wait_status or 0
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    ending = classify_death(
        signum=sig,
        exit_code=code,
        stderr=obs.stderr,
        cpu_ms=obs.cpu_ms,
        wall_ms=obs.wall_ms,
        budget=budget,
        oom_markers=oom_markers,
    )
    _put(outcome, ending)
    return outcome, False


def classify_program(
    obs: Observed, budget: TestBudget, oom_markers: tuple[str, ...] = ()
) -> tuple[Outcome, bool]:
    """The outcome of a whole program on one input (its worker never serves another).

    Exit status 0 is ``ok`` with the program's stdout as ``value`` (the trusted
    side compares it); an uncaught Python exception (reported by the runtime on
    the result channel, with a non-zero exit) is ``exception``; any other exit
    or signal is named as for a function's worker, limits first.
    """
    outcome: Outcome = {"stdout": obs.stdout, "stderr": obs.stderr}
    if obs.why is not None:
        _put(outcome, classify_overrun(obs.why, obs.cpu_ms, obs.wall_ms, budget))
        return outcome, False
    first = parse_answer(obs.result.split(b"\n", 1)[0]) if obs.result.strip() else None
    if first is not None and first.get("kind") == "setup":
        outcome.update({"status": "internal", "detail": str(first.get("message"))})
        return outcome, False
    status = obs.wait_status or 0
    if first is not None and first.get("kind") == "compile" and os.WIFEXITED(status):
        # a runtime that checks the source as it starts (``check_at_start``): not built
        outcome.update({"status": "exit", "compile_error": str(first.get("message"))[:20000]})
        return outcome, False
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    if code == 0:
        if obs.cpu_ms > budget.cpu_ms:
            _put(outcome, classify_overrun("cpu", obs.cpu_ms, obs.wall_ms, budget))
            return outcome, False
        outcome.update(
            {
                "status": "ok",
                "value": obs.stdout,
                "stdout": "",
                "time_ms": obs.wall_ms,
                # /proc counts CPU in 10 ms ticks: too coarse to time one run of a
                # program, so the probe reads its wall time (``time_ms``) instead.
                "call_cpu_ms": None,
            }
        )
        return outcome, False
    if code is not None and first is not None and first.get("kind") == "exception":
        fields, _ = classify_answer(first)
        outcome.update(fields)
        return outcome, False
    ending = classify_death(
        signum=sig,
        exit_code=code,
        stderr=obs.stderr,
        cpu_ms=obs.cpu_ms,
        wall_ms=obs.wall_ms,
        budget=budget,
        oom_markers=oom_markers,
    )
    if ending.status == "exit":
        ending = ending._replace(detail=f"exited with code {code}")
    _put(outcome, ending)
    return outcome, False


def _put(outcome: Outcome, ending: Ending) -> None:
    outcome["status"] = ending.status
    outcome["detail"] = ending.detail
    if ending.time_ms is not None:
        outcome["time_ms"] = ending.time_ms


def classify_answer(answer: WorkerAnswer) -> tuple[Outcome, bool]:
    """The fields of a test the worker answered, and whether the worker is still good."""
    kind = answer.get("kind")
    if kind == "ok":
        ok: Outcome = {
            "status": "ok",
            "value": answer.get("value"),
            "time_ms": answer.get("time_ms"),
            "call_cpu_ms": answer.get("call_cpu_ms"),
        }
        return ok, True
    if kind == "exception":
        etype = str(answer.get("type"))
        if etype == "MemoryError":
            return {"status": "mle", "detail": "MemoryError"}, False
        raised: Outcome = {
            "status": "exception",
            "type": etype,
            "message": answer.get("message", ""),
            "line": answer.get("line"),
        }
        return raised, etype not in ("SystemExit", "KeyboardInterrupt")
    if kind == "mle":
        return {"status": "mle", "detail": str(answer.get("message", ""))}, False
    if kind == "setup":
        return {"status": "internal", "detail": str(answer.get("message"))}, False
    return TAMPERED.copy(), False


def classify_overrun(why: str, cpu_ms: float, wall_ms: float, budget: TestBudget) -> Ending:
    """A test the supervisor stopped at a limit: ``wall``, ``cpu``, ``output`` or ``result``.

    A time limit's detail names the clock that ran out, and ``time_ms`` is that clock,
    so a row never reads "wall time over 5 s" beside the 2 s of CPU the test used.
    """
    if why == "wall":
        return Ending(
            "tle",
            f"wall time over {budget.wall_seconds:g} s (CPU time {cpu_ms / 1000:.2f} s)",
            wall_ms,
        )
    if why == "cpu":
        return Ending("tle", f"CPU time over {budget.cpu_seconds:g} s", cpu_ms)
    if why == "output":
        return Ending("ole", f"printed more than {budget.output_kb} KB")
    return Ending("ole", "returned a value larger than the output limit")


def classify_death(
    *,
    signum: int | None,
    exit_code: int | None,
    stderr: str,
    cpu_ms: float,
    wall_ms: float,
    budget: TestBudget,
    oom_markers: tuple[str, ...],
) -> Ending:
    """A test whose worker died (by ``signum``) or exited (``exit_code``) before answering.

    Out of memory (``mle``) needs two things: a death a runtime out of memory
    dies of (a signal of :data:`OOM_SIGNALS`, or an exit, as the JVM's harness halts)
    *and* one of the runtime's own ``oom_markers`` in the tail of ``stderr``. A
    marker alone proves nothing: stderr is the candidate's, and another
    language's marker never counts (a marker counts as a word of its own, so
    Python's ``MemoryError`` is not found in Java's ``OutOfMemoryError``).
    SIGXCPU is the worker's RLIMIT_CPU (a time limit, on the CPU clock), SIGXFSZ
    its file-size limit; any other signal is a crash (``signal``) and any other
    exit an ``exit``.
    """
    marked = any(_says(stderr, m) for m in oom_markers)
    if signum is not None:
        name = _signal_name(signum)
        if signum == signal.SIGXCPU:
            if cpu_ms > budget.cpu_seconds * 1000:
                return Ending("tle", f"CPU time over {budget.cpu_seconds:g} s", cpu_ms)
            return Ending(
                "tle", "CPU time over the worker's limit for all its tests together", cpu_ms
            )
        if signum == signal.SIGXFSZ:
            return Ending("ole", f"wrote a file over {budget.file_size_kb} KB")
        if signum in OOM_SIGNALS and marked:
            return Ending("mle", f"out of memory ({name})")
        return Ending("signal", f"killed by {name}")
    if marked:
        return Ending("mle", "out of memory")
    return Ending("exit", f"exited with code {exit_code} before returning")


def _says(text: str, marker: str) -> bool:
    """Whether ``marker`` is in ``text`` as a word of its own.

    Not inside a longer name: Python's ``MemoryError`` is not Java's ``OutOfMemoryError``.
    """
    start = text.find(marker)
    while start >= 0:
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before == "_"):
            return True
        start = text.find(marker, start + 1)
    return False


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return str(sig)
