"""The per-run supervisor: pid 1 of a run's namespaces; never executes candidate code.

It mounts a private /tmp and /proc (:meth:`Supervisor.prepare`), builds the
source, then feeds tests one at a time to a *worker* (:mod:`._worker`): a child
with rlimits applied and capabilities dropped, which runs the candidate's module
once and answers each test (see ``langs.Runtime``). Each test is fed and watched
by the I/O loop (:mod:`._watch`: CPU time, wall time, output size and result
size) and what it observed is named by :mod:`._classify` (pure). The supervisor
writes one JSON line of raw outcome data per test to the kernel, kills stray
processes between tests, and replaces a worker that died or overran. A worker
only ever holds the tests it has been given (the grader sends visible tests
before hidden ones). Verdicts are decided by the trusted grader, not here.
"""

from __future__ import annotations

import json
import os
import signal

from . import _classify, _watch, _worker, langs, nsutil
from .langs import _build
from .protocol import LIMIT_STATUSES, Outcome, RunLimits, RunRequest

SKIPPED = "not run: an earlier test hit a resource limit"


def emit(fd: int, obj: Outcome) -> None:
    """Write one JSON line to the kernel."""
    data = (json.dumps(obj, separators=(",", ":")) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Supervisor:
    """Build once, then run each test in the worker and report it."""

    def __init__(self, isolated: bool):
        self.isolated = isolated
        self.req: RunRequest
        self.out_fd = self.tests_fd = -1
        self.limits: RunLimits
        self.runtime: langs.Runtime
        self.built: langs.Built
        self.workdir = ""

    def prepare(self) -> None:
        """Before any request: private /tmp (hiding the kernel's files) and /proc."""
        nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
        if not self.isolated:
            return
        nsutil.prctl(nsutil.PR_SET_DUMPABLE, 0)
        nsutil.mount("none", "/", "", 0x4000 | 0x40000)  # MS_REC | MS_PRIVATE
        nsutil.mount(
            "tmpfs",
            "/tmp",
            "tmpfs",
            nsutil.MS_NOSUID | nsutil.MS_NODEV,
            "size=64m,nr_inodes=8192,mode=1777",
        )
        nsutil.mount("proc", "/proc", "proc", nsutil.MS_NOSUID | nsutil.MS_NODEV | nsutil.MS_NOEXEC)
        # bwrap's /dev is a writable tmpfs shared by every run of this kernel: not here.
        nsutil.mount(
            "none",
            "/dev",
            "",
            nsutil.MS_REMOUNT
            | nsutil.MS_BIND
            | nsutil.MS_RDONLY
            | nsutil.MS_NOSUID
            | nsutil.MS_NODEV,
        )

    def run(self, req: RunRequest, out_fd: int, tests_fd: int) -> None:
        """Build, run every test, report each as it finishes."""
        self.req, self.out_fd, self.tests_fd = req, out_fd, tests_fd
        self.limits = req["limits"]
        if self.isolated:
            base = "/tmp/work"
        else:
            import tempfile

            base = tempfile.mkdtemp(prefix="ik-run-")
        self.workdir = base
        os.makedirs(os.path.join(base, "build"), exist_ok=True)
        runtime = langs.get(self.req["language"])
        if runtime is None:
            emit(self.out_fd, {"fatal": f"no runtime for {self.req['language']!r} in sandbox"})
            return
        self.runtime = runtime
        self.built = self.runtime.build(
            self.req["source"], os.path.join(base, "build"), self.limits, self.req["entry"]
        )
        state = self.built.state
        # the source is checked by the first worker: the build is reported after it
        deferred = self.built.ok and isinstance(state, dict) and bool(state.get("check_at_start"))
        if not deferred:
            self.report_build()
        worker: _worker.Worker | None = None
        program = bool(self.req["entry"].get("program"))
        if self.built.ok:
            tests = self.req["tests"]
            if deferred and not tests:
                self.report_build()
            for i, (offset, length) in enumerate(tests):
                if program and worker is not None:  # a program runs once per input
                    _worker.discard(worker, self.isolated)
                    worker = None
                fresh = worker is None
                if worker is None:
                    worker = self.spawn()
                outcome, healthy = self.run_test(worker, offset, length, fresh)
                failed = outcome.pop("compile_error", None)
                if deferred:
                    deferred = False
                    if failed is not None:
                        self.built.ok = False
                        self.built.output = _build.clean_output(failed, os.path.join(base, "build"))
                        self.report_build()
                        _worker.discard(worker, self.isolated)
                        worker = None
                        break
                    self.report_build()
                outcome["i"] = i
                emit(self.out_fd, outcome)
                if self.req.get("stop_at_limit") and outcome.get("status") in LIMIT_STATUSES:
                    for j in range(i + 1, len(tests)):
                        emit(self.out_fd, {"i": j, "status": "skipped", "detail": SKIPPED})
                    break
                if not healthy:
                    _worker.discard(worker, self.isolated)
                    worker = None
                else:
                    _worker.kill_strays(worker.pid, self.isolated)
        emit(self.out_fd, {"done": True})
        # Isolated, we are pid 1: when we exit, the kernel kills everything left in this
        # pid namespace, so the last worker needs no teardown of its own.
        if self.built.ok and worker is not None and not self.isolated:
            _worker.discard(worker, self.isolated)

    def report_build(self) -> None:
        """Send the build report (first of a run's outcomes)."""
        emit(
            self.out_fd,
            {
                "build": {
                    "ok": self.built.ok,
                    "output": self.built.output[:20000],
                    "time_ms": self.built.time_ms,
                    "cached": self.built.cached,
                }
            },
        )

    def spawn(self) -> _worker.Worker:
        """Fork a worker for this run's runtime, build and limits."""
        return _worker.spawn(
            self.runtime,
            self.built,
            self.req["entry"],
            self.limits,
            len(self.req["tests"]),
            self.workdir,
            self.isolated,
        )

    def run_test(
        self, w: _worker.Worker, offset: int, length: int, fresh: bool = False
    ) -> tuple[Outcome, bool]:
        """Feed one test to the worker and watch it; returns (outcome, worker still good)."""
        # A fresh JVM or V8 spends CPU starting up before the first test: not the candidate's.
        grace = self.runtime.startup_seconds if fresh else 0.0
        budget = _classify.budget_for(self.limits, grace)
        if self.req["entry"].get("program"):
            obs = _watch.watch(w, self.tests_fd, offset, length, budget, self.isolated, True)
            fields, healthy = _classify.classify_program(obs, budget, self.runtime.oom_markers)
        else:
            obs = _watch.watch(w, self.tests_fd, offset, length, budget, self.isolated)
            fields, healthy = _classify.classify(obs, budget, self.runtime.oom_markers)
        outcome: Outcome = {"wall_ms": obs.wall_ms, "cpu_ms": obs.cpu_ms}
        outcome.update(fields)
        return outcome, healthy
