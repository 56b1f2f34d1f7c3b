"""The per-run supervisor: pid 1 of a run's namespaces; never executes candidate code.

It mounts a private /tmp and /proc, builds the source, then feeds tests one at a
time to a *worker*: a child with rlimits applied and capabilities dropped, which
runs the candidate's module once and answers each test (see ``langs.Runtime``).
Test inputs go from the memfd straight into the worker's pipe with ``splice``,
so they never enter this process's memory, and a worker only ever holds the
tests it has been given (the grader sends visible tests before hidden ones).
Per test it enforces CPU time (polling /proc), wall time, output size and result
size, kills stray processes, and writes one JSON line of raw outcome data to the
kernel; a worker that dies or overruns is replaced for the next test. Verdicts
are decided by the trusted grader, not here.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import select
import signal
import struct
import sys
import time
from typing import Any

from . import langs, nsutil

_LEN = struct.Struct("!Q")
F_SETPIPE_SZ = 1031
CMD_FD, RES_FD = 3, 4
_CLK_TCK = os.sysconf("SC_CLK_TCK")


SKIPPED = "not run: an earlier test hit a resource limit"
LIMITS = ("tle", "mle", "ole")
"""Outcomes after which a ``stop_at_limit`` run skips its remaining tests."""


def emit(fd: int, obj: dict[str, Any]) -> None:
    """Write one JSON line to the kernel."""
    data = (json.dumps(obj, separators=(",", ":")) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _cpu_ms(pid: int, children: bool = False) -> float:
    """User+system CPU time of a process (all its threads), from /proc.

    With ``children``, also what its reaped children used (``cutime``/``cstime``).
    """
    try:  # os-level calls: no file objects, which this is polled often enough to notice
        fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
        try:
            fields = os.read(fd, 4096).rsplit(b")", 1)[1].split()
        finally:
            os.close(fd)
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks * 1000.0 / _CLK_TCK


def _namespace_cpu_ms() -> float:
    """CPU time of every process in this pid namespace, the living and the reaped.

    The supervisor is pid 1 of the run's own pid namespace and never runs
    candidate code, so this is the worker's whole process tree: a fork bomb's
    spinning children count against the time limit as cgroup accounting would,
    instead of only the worker's own thread. Orphans the supervisor reaped are
    in its ``cutime``; its own CPU is not counted.
    """
    me = os.getpid()
    total = _cpu_ms(me, children=True) - _cpu_ms(me)
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != me:
            total += _cpu_ms(int(name), children=True)
    return total


class Worker:
    """A running worker and the pipes to it."""

    def __init__(self, pid: int, cmd_w: int, res_r: int, out_r: int, err_r: int):
        self.pid = pid
        self.cmd_w = cmd_w
        self.res_r = res_r
        self.out_r = out_r
        self.err_r = err_r

    def close(self) -> None:
        for fd in (self.cmd_w, self.res_r, self.out_r, self.err_r):
            try:
                os.close(fd)
            except OSError:
                pass


class Supervisor:
    """Build once, then run each test in the worker and report it."""

    def __init__(self, isolated: bool):
        self.isolated = isolated
        self.req: dict[str, Any] = {}
        self.out_fd = self.tests_fd = -1
        self.limits: dict[str, Any] = {}
        self.runtime: Any = None
        self.built: Any = None
        self.workdir = ""

    # -- setup ---------------------------------------------------------------

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

    def run(self, req: dict[str, Any], out_fd: int, tests_fd: int) -> None:
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
        self.runtime = langs.get(self.req["language"])
        if self.runtime is None:
            emit(self.out_fd, {"fatal": f"no runtime for {self.req['language']!r} in sandbox"})
            return
        self.built = self.runtime.build(
            self.req["source"], os.path.join(base, "build"), self.limits, self.req["entry"]
        )
        emit(
            self.out_fd,
            {
                "build": {
                    "ok": self.built.ok,
                    "output": self.built.output[:20000],
                    "time_ms": self.built.time_ms,
                }
            },
        )
        worker: Worker | None = None
        if self.built.ok:
            tests = self.req["tests"]
            for i, (offset, length) in enumerate(tests):
                fresh = worker is None
                if worker is None:
                    worker = self.spawn()
                outcome, healthy = self.run_test(worker, offset, length, fresh)
                outcome["i"] = i
                emit(self.out_fd, outcome)
                if self.req.get("stop_at_limit") and outcome.get("status") in LIMITS:
                    for j in range(i + 1, len(tests)):
                        emit(self.out_fd, {"i": j, "status": "skipped", "detail": SKIPPED})
                    break
                if not healthy:
                    self.discard(worker)
                    worker = None
                else:
                    self.kill_strays(worker.pid)
        emit(self.out_fd, {"done": True})
        # Isolated, we are pid 1: when we exit, the kernel kills everything left in this
        # pid namespace, so the last worker needs no teardown of its own.
        if self.built.ok and worker is not None and not self.isolated:
            self.discard(worker)

    # -- workers -------------------------------------------------------------

    def spawn(self) -> Worker:
        """Fork a worker with its limits applied; it runs the candidate's module."""
        cmd_r, cmd_w = os.pipe()
        res_r, res_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        for fd in (cmd_w, out_r):
            try:
                fcntl.fcntl(fd, F_SETPIPE_SZ, 1 << 20)
            except OSError:
                pass
        pid = os.fork()
        if pid == 0:
            nsutil.set_name("ik-worker")
            try:
                self._become_worker(cmd_r, res_w, out_w, err_w)
            finally:
                os._exit(72)
        for fd in (cmd_r, res_w, out_w, err_w):
            os.close(fd)
        for fd in (cmd_w, res_r, out_r, err_r):
            os.set_blocking(fd, False)
        return Worker(pid, cmd_w, res_r, out_r, err_r)

    def _become_worker(self, cmd_r: int, res_w: int, out_w: int, err_w: int) -> None:
        lim = self.limits
        try:
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in (out_w, err_w, cmd_r, res_w)]
            for fd, target in zip(high, (1, 2, CMD_FD, RES_FD), strict=True):
                os.dup2(fd, target)
            os.closerange(RES_FD + 1, 1 << 16)
            devnull = os.open("/dev/null", os.O_RDONLY)
            os.dup2(devnull, 0)
            os.close(devnull)
            if not self.isolated:
                os.setpgid(0, 0)
            signal.signal(
                signal.SIGXFSZ, signal.SIG_DFL
            )  # Python ignores it; a file too big ends the test
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            tdir = os.path.join(self.workdir, "run")
            os.makedirs(tdir, exist_ok=True)
            os.chdir(tdir)
            ntests = max(1, len(self.req["tests"]))
            cpu = int(float(lim["cpu_seconds"]) * ntests) + 2
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            fsize = int(lim["file_size_kb"]) * 1024
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            nofile = int(lim["open_files"])
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
            if self.runtime_limits_address_space():
                mem = int(lim["memory_mb"]) * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
            # A JVM runs a dozen threads of its own before any candidate code.
            nproc = int(lim["processes"]) + 3 + int(getattr(self.runtime, "own_threads", 0))
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
            if self.isolated:
                nsutil.drop_capabilities()
            sys.stdout = open(
                1, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False
            )
            sys.stderr = open(
                2, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False
            )
        except BaseException as exc:
            os.write(RES_FD, (json.dumps({"kind": "setup", "message": repr(exc)}) + "\n").encode())
            os._exit(71)
        self.runtime.serve(self.built, self.req["entry"], CMD_FD, RES_FD)

    def runtime_limits_address_space(self) -> bool:
        """Runtimes that reserve huge address space (JVM, V8) opt out of RLIMIT_AS."""
        return bool(getattr(self.runtime, "address_space_limit", True))

    def discard(self, worker: Worker) -> None:
        """Stop a worker and everything it started."""
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        worker.close()
        if self.isolated:
            self.kill_strays(None)
        else:
            try:
                os.killpg(worker.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self._reap()

    def kill_strays(self, keep: int | None) -> None:
        """Kill every process in this namespace except us and ``keep``."""
        if not self.isolated:
            return
        me = os.getpid()
        for _ in range(50):
            strays = [int(p) for p in os.listdir("/proc") if p.isdigit()]
            strays = [p for p in strays if p not in (me, keep)]
            if not strays:
                break
            if keep is None:
                try:
                    os.kill(-1, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            else:
                for p in strays:
                    try:
                        os.kill(p, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            self._reap()
            time.sleep(0.002)
        self._reap()

    def _reap(self) -> None:
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return

    # -- one test ------------------------------------------------------------

    def run_test(
        self, w: Worker, offset: int, length: int, fresh: bool = False
    ) -> tuple[dict[str, Any], bool]:
        """Feed one test to the worker and watch it; returns (outcome, worker still good)."""
        lim = self.limits
        cap = int(lim["output_kb"]) * 1024
        result_cap = int(lim.get("result_kb", 16384)) * 1024
        # A fresh JVM or V8 spends CPU starting up before the first test: not the candidate's.
        grace = float(getattr(self.runtime, "startup_seconds", 0.0)) if fresh else 0.0
        cpu_limit = (float(lim["cpu_seconds"]) + grace) * 1000
        wall = float(lim["cpu_seconds"]) * 2 + 1.0 + 2 * grace
        for fd in (w.out_r, w.err_r):  # output left over from earlier tests is not this test's
            self._drain(fd, bytearray(), 1 << 30)
        pending = bytearray(_LEN.pack(length))
        to_splice = length
        splice_off = offset
        res, out, err = bytearray(), bytearray(), bytearray()
        run_cpu = _namespace_cpu_ms if self.isolated else lambda: _cpu_ms(w.pid)
        cpu0 = run_cpu()
        t0 = time.monotonic()
        why: str | None = None
        while True:
            remaining = t0 + wall - time.monotonic()
            if remaining <= 0:
                why = "wall"
                break
            wants_write = bool(pending) or to_splice > 0
            rd, wr, _ = select.select(
                [w.res_r, w.out_r, w.err_r],
                [w.cmd_w] if wants_write else [],
                [],
                min(remaining, 0.05),
            )
            if wr:
                try:
                    if pending:
                        del pending[: os.write(w.cmd_w, pending)]
                    elif to_splice > 0:
                        n = os.splice(self.tests_fd, w.cmd_w, to_splice, offset_src=splice_off)
                        splice_off += n
                        to_splice -= n
                except BlockingIOError:
                    pass
                except BrokenPipeError:
                    pending.clear()
                    to_splice = 0
            eof = False
            for fd in rd:
                buf = res if fd == w.res_r else out if fd == w.out_r else err
                if self._drain(fd, buf, result_cap if fd == w.res_r else cap) and fd == w.res_r:
                    eof = True
            if len(out) + len(err) > cap:
                why = "output"
                break
            if len(res) > result_cap:
                why = "result"
                break
            if b"\n" in res or eof:
                break
            if run_cpu() - cpu0 > cpu_limit:
                why = "cpu"
                break
        cpu_used = run_cpu() - cpu0
        wall_ms = (time.monotonic() - t0) * 1000
        outcome: dict[str, Any] = {"wall_ms": wall_ms, "cpu_ms": cpu_used}
        if b"\n" in res and why is None:
            line = bytes(res.split(b"\n", 1)[0])
            self._drain(w.out_r, out, cap)
            self._drain(w.err_r, err, cap)
            outcome["stdout"] = out[:65536].decode("utf-8", "replace")
            outcome["stderr"] = err[-8192:].decode("utf-8", "replace")
            try:
                result = json.loads(line)
                assert isinstance(result, dict)
            except (ValueError, AssertionError):
                outcome.update(status="re", detail="the result channel was tampered with")
                return outcome, False
            if cpu_used > cpu_limit:
                outcome.update(status="tle", detail=f"CPU time over {lim['cpu_seconds']} s")
                return outcome, False
            if len(out) + len(err) > cap:
                outcome.update(status="ole", detail=f"printed more than {lim['output_kb']} KB")
                return outcome, False
            return self._classify_answer(result, outcome)
        # The worker overran, or died: stop it and find out how it ended.
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(w.pid, 0)
        self._drain(w.out_r, out, cap)
        self._drain(w.err_r, err, cap)
        outcome["stdout"] = out[:65536].decode("utf-8", "replace")
        outcome["stderr"] = err[-8192:].decode("utf-8", "replace")
        if why == "wall":
            outcome.update(status="tle", detail=f"wall time over {wall:.1f} s")
        elif why == "cpu":
            outcome.update(status="tle", detail=f"CPU time over {lim['cpu_seconds']} s")
        elif why == "output":
            outcome.update(status="ole", detail=f"printed more than {lim['output_kb']} KB")
        elif why == "result":
            outcome.update(status="ole", detail="returned a value larger than the output limit")
        else:
            self._classify_death(status, outcome, res)
        return outcome, False

    @staticmethod
    def _drain(fd: int, buf: bytearray, cap: int) -> bool:
        """Read what is available (up to a little past ``cap``); True at end of file."""
        while len(buf) <= cap:
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                return False
            except OSError:
                return True
            if not chunk:
                return True
            buf += chunk
        return False

    def _classify_answer(
        self, result: dict[str, Any], outcome: dict[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        kind = result.get("kind")
        if kind == "ok":
            outcome.update(
                status="ok",
                value=result.get("value"),
                time_ms=result.get("time_ms"),
                call_cpu_ms=result.get("call_cpu_ms"),
            )
            return outcome, True
        if kind == "exception":
            etype = str(result.get("type"))
            if etype == "MemoryError":
                outcome.update(status="mle", detail="MemoryError")
                return outcome, False
            outcome.update(
                status="exception",
                type=etype,
                message=result.get("message", ""),
                line=result.get("line"),
            )
            return outcome, etype not in ("SystemExit", "KeyboardInterrupt")
        if kind == "mle":
            outcome.update(status="mle", detail=str(result.get("message", "")))
            return outcome, False
        if kind == "setup":
            outcome.update(status="internal", detail=str(result.get("message")))
            return outcome, False
        outcome.update(status="re", detail="the result channel was tampered with")
        return outcome, False

    def _classify_death(self, status: int, outcome: dict[str, Any], res: bytearray) -> None:
        lim = self.limits
        if res.strip():
            try:
                result = json.loads(bytes(res).split(b"\n", 1)[0])
                if isinstance(result, dict) and result.get("kind") == "setup":
                    outcome.update(status="internal", detail=str(result.get("message")))
                    return
            except ValueError:
                pass
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            try:
                name = signal.Signals(sig).name
            except ValueError:
                name = str(sig)
            if sig == signal.SIGXCPU:
                outcome.update(status="tle", detail=f"CPU time over {lim['cpu_seconds']} s")
            elif sig == signal.SIGXFSZ:
                outcome.update(status="ole", detail=f"wrote a file over {lim['file_size_kb']} KB")
            elif (
                sig in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGKILL)
                and "MemoryError" in outcome.get("stderr", "")
                or "std::bad_alloc" in outcome.get("stderr", "")
                or "OutOfMemoryError" in outcome.get("stderr", "")
                or "heap out of memory" in outcome.get("stderr", "")
            ):
                outcome.update(status="mle", detail=f"out of memory ({name})")
            else:
                outcome.update(status="signal", detail=f"killed by {name}")
            return
        code = os.WEXITSTATUS(status)
        stderr = outcome.get("stderr", "")
        if (
            "MemoryError" in stderr
            or "OutOfMemoryError" in stderr
            or "heap out of memory" in stderr
        ):
            outcome.update(status="mle", detail="out of memory")
            return
        outcome.update(status="exit", detail=f"exited with code {code} before returning")
