"""A run's worker: forked by the supervisor, limited, then handed to the language runtime.

The worker is the only process of a run that executes candidate code. Before it
does, it gets its file descriptors (stdout and stderr pipes, the command pipe on
:data:`CMD_FD`, the result pipe on :data:`RES_FD`, nothing else), rlimits (CPU,
file size, open files, processes, address space unless the runtime opts out),
the default actions of SIGXFSZ and SIGPIPE, and, isolated, no capabilities.
This module also stops workers and everything they started.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import signal
import sys
import time

from . import nsutil
from .langs import Built, Runtime
from .protocol import Entry, RunLimits

CMD_FD, RES_FD = 3, 4
F_SETPIPE_SZ = 1031


class Worker:
    """A running worker and the pipes to it."""

    def __init__(self, pid: int, cmd_w: int, res_r: int, out_r: int, err_r: int):
        self.pid = pid
        self.cmd_w = cmd_w
        self.res_r = res_r
        self.out_r = out_r
        self.err_r = err_r

    def close(self) -> None:
        """Close the supervisor's ends of the pipes."""
        for fd in (self.cmd_w, self.res_r, self.out_r, self.err_r):
            try:
                os.close(fd)
            except OSError:
                pass


def spawn(
    runtime: Runtime,
    built: Built,
    entry: Entry,
    limits: RunLimits,
    ntests: int,
    workdir: str,
    isolated: bool,
) -> Worker:
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
            _become_worker(runtime, limits, ntests, workdir, isolated, cmd_r, res_w, out_w, err_w)
            runtime.serve(built, entry, CMD_FD, RES_FD)
        finally:
            os._exit(72)
    for fd in (cmd_r, res_w, out_w, err_w):
        os.close(fd)
    for fd in (cmd_w, res_r, out_r, err_r):
        os.set_blocking(fd, False)
    return Worker(pid, cmd_w, res_r, out_r, err_r)


def _become_worker(
    runtime: Runtime,
    limits: RunLimits,
    ntests: int,
    workdir: str,
    isolated: bool,
    cmd_r: int,
    res_w: int,
    out_w: int,
    err_w: int,
) -> None:
    """In the child: descriptors, signals, working folder, limits; exits on failure."""
    try:
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for fd in (out_w, err_w, cmd_r, res_w)]
        for fd, target in zip(high, (1, 2, CMD_FD, RES_FD), strict=True):
            os.dup2(fd, target)
        os.closerange(RES_FD + 1, 1 << 16)
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        if not isolated:
            os.setpgid(0, 0)
        signal.signal(
            signal.SIGXFSZ, signal.SIG_DFL
        )  # Python ignores it; a file too big ends the test
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        tdir = os.path.join(workdir, "run")
        os.makedirs(tdir, exist_ok=True)
        os.chdir(tdir)
        apply_limits(runtime, limits, ntests)
        if isolated:
            nsutil.drop_capabilities()
        sys.stdout = open(1, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
        sys.stderr = open(2, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
    except BaseException as exc:
        os.write(RES_FD, (json.dumps({"kind": "setup", "message": repr(exc)}) + "\n").encode())
        os._exit(71)


def apply_limits(runtime: Runtime, limits: RunLimits, ntests: int) -> None:
    """Set the worker's rlimits (for the whole life of the worker, all its tests)."""
    lim = limits
    cpu = int(float(lim["cpu_seconds"]) * max(1, ntests)) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    fsize = int(lim["file_size_kb"]) * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    nofile = int(lim["open_files"])
    resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
    # Runtimes that reserve huge address space (JVM, V8) opt out of RLIMIT_AS.
    if runtime.address_space_limit:
        mem = int(lim["memory_mb"]) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    # A JVM runs a dozen threads of its own before any candidate code.
    nproc = int(lim["processes"]) + 3 + runtime.own_threads
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))


def discard(worker: Worker, isolated: bool) -> None:
    """Stop a worker and everything it started."""
    try:
        os.kill(worker.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    worker.close()
    if isolated:
        kill_strays(None, isolated)
    else:
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    reap()


def kill_strays(keep: int | None, isolated: bool) -> None:
    """Kill every process in this namespace except us and ``keep``."""
    if not isolated:
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
        reap()
        time.sleep(0.002)
    reap()


def reap() -> None:
    """Collect every child that has ended, without waiting."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
