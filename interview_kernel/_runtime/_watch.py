"""The I/O loop of one test: feed its input to the worker, watch it, collect what it left.

Test inputs go from the memfd straight into the worker's command pipe with
``splice``, so they never enter the supervisor's memory. While the worker runs,
its stdout, stderr and result channel are drained, and CPU time (of the whole
pid namespace when isolated: see :func:`namespace_cpu_ms`), wall time, output
size and result size are checked every few milliseconds. The loop decides
nothing about verdicts: it returns an :class:`~._classify.Observed` for
:mod:`._classify`. A worker that overran or died is killed and reaped here, so
its exit status is part of what was observed.
"""

from __future__ import annotations

import os
import select
import signal
import struct
import time

from ._classify import Observed, TestBudget
from ._worker import Worker

_LEN = struct.Struct("!Q")
_CLK_TCK = os.sysconf("SC_CLK_TCK")
STDOUT_HEAD = 65536
STDERR_TAIL = 8192


def cpu_ms(pid: int, children: bool = False) -> float:
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


def namespace_cpu_ms() -> float:
    """CPU time of every process in this pid namespace, the living and the reaped.

    The supervisor is pid 1 of the run's own pid namespace and never runs
    candidate code, so this is the worker's whole process tree: a fork bomb's
    spinning children count against the time limit as cgroup accounting would,
    instead of only the worker's own thread. Orphans the supervisor reaped are
    in its ``cutime``; its own CPU is not counted.
    """
    me = os.getpid()
    total = cpu_ms(me, children=True) - cpu_ms(me)
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != me:
            total += cpu_ms(int(name), children=True)
    return total


def drain(fd: int, buf: bytearray, cap: int) -> bool:
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


def watch(
    w: Worker,
    tests_fd: int,
    offset: int,
    length: int,
    budget: TestBudget,
    isolated: bool,
    program: bool = False,
) -> Observed:
    """Feed one test (``length`` bytes at ``offset`` of ``tests_fd``) to the worker and watch it.

    A ``program`` worker reads the test as its stdin: the command pipe is closed
    once the input is in, so the program sees end of file instead of waiting, and
    the test ends when the process does (its pidfd), not at an answer line. Its
    stdout is kept whole, up to the output limit: it is the program's output.
    """
    cap = budget.output_cap
    result_cap = budget.result_cap
    cpu_limit = budget.cpu_ms
    wall = budget.wall_seconds
    for fd in (w.out_r, w.err_r):  # output left over from earlier tests is not this test's
        drain(fd, bytearray(), 1 << 30)
    pending = bytearray(_LEN.pack(length))
    to_splice = length
    splice_off = offset
    res, out, err = bytearray(), bytearray(), bytearray()
    run_cpu = namespace_cpu_ms if isolated else lambda: cpu_ms(w.pid)
    cpu0 = run_cpu()
    t0 = time.monotonic()
    why: str | None = None
    exited = False
    pidfd = os.pidfd_open(w.pid) if program else -1
    watched = [w.res_r, w.out_r, w.err_r] + ([pidfd] if program else [])
    while True:
        remaining = t0 + wall - time.monotonic()
        if remaining <= 0:
            why = "wall"
            break
        wants_write = bool(pending) or to_splice > 0
        if program and not wants_write and w.cmd_w >= 0:  # all in: the program reads EOF next
            os.close(w.cmd_w)
            w.cmd_w = -1
        rd, wr, _ = select.select(
            watched,
            [w.cmd_w] if wants_write else [],
            [],
            min(remaining, 0.05),
        )
        if wr:
            try:
                if pending:
                    del pending[: os.write(w.cmd_w, pending)]
                elif to_splice > 0:
                    n = os.splice(tests_fd, w.cmd_w, to_splice, offset_src=splice_off)
                    splice_off += n
                    to_splice -= n
            except BlockingIOError:
                pass
            except BrokenPipeError:
                pending.clear()
                to_splice = 0
        eof = False
        for fd in rd:
            if fd == pidfd:
                exited = True
                continue
            buf = res if fd == w.res_r else out if fd == w.out_r else err
            ended = drain(fd, buf, result_cap if fd == w.res_r else cap)
            if ended and program:  # closed early: stop selecting it (it would spin)
                watched.remove(fd)
            elif ended and fd == w.res_r:
                eof = True
        if len(out) + len(err) > cap:
            why = "output"
            break
        if len(res) > result_cap:
            why = "result"
            break
        if program:
            if exited:
                break
        elif b"\n" in res or eof:
            break
        if run_cpu() - cpu0 > cpu_limit:
            why = "cpu"
            break
    cpu_used = run_cpu() - cpu0
    wall_ms = (time.monotonic() - t0) * 1000
    if pidfd >= 0:
        os.close(pidfd)
    answered = b"\n" in res and why is None and not program
    status: int | None = None
    if not answered:  # the worker overran, or died: stop it and find out how it ended
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(w.pid, 0)
    drain(w.out_r, out, cap)
    drain(w.err_r, err, cap)
    return Observed(
        why=why,
        answer=bytes(res.split(b"\n", 1)[0]) if answered else None,
        result=bytes(res),
        stdout=out[: cap if program else STDOUT_HEAD].decode("utf-8", "replace"),
        stderr=err[-STDERR_TAIL:].decode("utf-8", "replace"),
        output_bytes=len(out) + len(err),
        cpu_ms=cpu_used,
        wall_ms=wall_ms,
        wait_status=status,
    )
