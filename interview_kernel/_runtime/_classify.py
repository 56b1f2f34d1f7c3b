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

from .protocol import Outcome, RunLimits, WorkerAnswer

_OOM_SIGNALS = (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGKILL)


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


def classify(obs: Observed, budget: TestBudget) -> tuple[Outcome, bool]:
    """The outcome's fields and whether the worker is still good for the next test."""
    outcome: Outcome = {"stdout": obs.stdout, "stderr": obs.stderr}
    if obs.answer is not None:
        answer = parse_answer(obs.answer)
        if answer is None:
            outcome.update(TAMPERED)
            return outcome, False
        if obs.cpu_ms > budget.cpu_ms:
            outcome.update({"status": "tle", "detail": f"CPU time over {budget.cpu_seconds} s"})
            return outcome, False
        if obs.output_bytes > budget.output_cap:
            outcome.update({"status": "ole", "detail": f"printed more than {budget.output_kb} KB"})
            return outcome, False
        fields, healthy = classify_answer(answer)
        outcome.update(fields)
        return outcome, healthy
    if obs.why == "wall":
        outcome.update({"status": "tle", "detail": f"wall time over {budget.wall_seconds:.1f} s"})
    elif obs.why == "cpu":
        outcome.update({"status": "tle", "detail": f"CPU time over {budget.cpu_seconds} s"})
    elif obs.why == "output":
        outcome.update({"status": "ole", "detail": f"printed more than {budget.output_kb} KB"})
    elif obs.why == "result":
        outcome.update({"status": "ole", "detail": "returned a value larger than the output limit"})
    else:
        outcome.update(classify_death(obs.wait_status or 0, obs.stderr, obs.result, budget))
    return outcome, False


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


def classify_death(status: int, stderr: str, res: bytes, budget: TestBudget) -> Outcome:
    """The fields of a test whose worker ended (wait ``status``) without answering."""
    if res.strip():
        answer = parse_answer(res.split(b"\n", 1)[0])
        if answer is not None and answer.get("kind") == "setup":
            return {"status": "internal", "detail": str(answer.get("message"))}
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        if sig == signal.SIGXCPU:
            return {"status": "tle", "detail": f"CPU time over {budget.cpu_seconds} s"}
        if sig == signal.SIGXFSZ:
            return {"status": "ole", "detail": f"wrote a file over {budget.file_size_kb} KB"}
        if (
            sig in _OOM_SIGNALS
            and "MemoryError" in stderr
            or "std::bad_alloc" in stderr
            or "OutOfMemoryError" in stderr
            or "heap out of memory" in stderr
        ):
            return {"status": "mle", "detail": f"out of memory ({name})"}
        return {"status": "signal", "detail": f"killed by {name}"}
    code = os.WEXITSTATUS(status)
    if "MemoryError" in stderr or "OutOfMemoryError" in stderr or "heap out of memory" in stderr:
        return {"status": "mle", "detail": "out of memory"}
    return {"status": "exit", "detail": f"exited with code {code} before returning"}
