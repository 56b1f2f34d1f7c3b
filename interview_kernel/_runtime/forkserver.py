"""The pristine fork-server: keeps one run namespace ready and hands each request to it.

The kernel forks the fork-server at start, before it has seen any candidate data.
The fork-server keeps one *spare*: a supervisor (:mod:`._supervisor`) forked
straight into fresh user, pid, mount, ipc and uts namespaces (pid 1 there), with
a private /tmp and /proc mounted, waiting for a request. A request goes to the
spare, and a new spare is prepared while the run proceeds, so namespace set-up
is off the critical path. The fork-server never reads a request: the run's
settings and source arrive in one memfd, which the run's supervisor reads, and
the test inputs in another, which only the worker reads. So nothing of one run
is in the memory that later runs are forked from.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import struct
import time

from . import langs, nsutil
from ._supervisor import Supervisor, emit
from ._worker import reap
from .protocol import RunRequest

_HEADER = struct.Struct("!Q")


def send_fds(sock: socket.socket, fds: list[int]) -> None:
    """Pass a run's file descriptors (result pipe, tests memfd, request memfd)."""
    socket.send_fds(sock, [b"R"], fds)


def recv_fds(sock: socket.socket, count: int) -> list[int] | None:
    """Receive exactly ``count`` file descriptors (``None`` at the end or on garbage)."""
    try:
        msg, fds, _flags, _addr = socket.recv_fds(sock, 1, count)
    except OSError:
        return None
    if msg != b"R" or len(fds) != count:
        for fd in fds:
            os.close(fd)
        return None
    return fds


def read_request(fd: int) -> RunRequest:
    """The run request (JSON) from its memfd, read from the start."""
    size = os.fstat(fd).st_size
    chunks, got = [], 0
    while got < size:
        chunk = os.pread(fd, size - got, got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    request: RunRequest = json.loads(b"".join(chunks))
    return request


def serve(sock: socket.socket, weak: bool) -> None:
    """Serve run requests from the kernel until the socket closes (never returns)."""
    nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
    nsutil.set_name("ik-forkserver")
    langs.load_all()
    spare = _try_spare(sock, weak)
    while True:
        reap()
        fds = recv_fds(sock, 3)
        if fds is None:
            os._exit(0)
        pid = 0
        for _attempt in range(2):
            if spare is None:
                spare = _try_spare(sock, weak)
            if spare is None:
                break
            pid, ctrl = spare
            spare = None
            try:
                send_fds(ctrl, fds)
                break
            except OSError:  # the spare died: make a fresh one and use it
                pid = 0
            finally:
                ctrl.close()
        if pid == 0:  # no run namespace could be made (out of processes?): say so, go on
            emit(fds[0], {"fatal": "the sandbox could not start a worker (fork failed); retry"})
        for fd in fds:
            os.close(fd)
        sock.sendall(_HEADER.pack(pid))
        spare = _try_spare(sock, weak)


def _try_spare(kernel_sock: socket.socket, weak: bool) -> tuple[int, socket.socket] | None:
    """A spare, retrying briefly when fork fails (the machine is out of processes)."""
    for delay in (0.0, 0.05, 0.2, 0.5):
        time.sleep(delay)
        try:
            return _make_spare(kernel_sock, weak)
        except OSError:
            continue
    return None


RUN_NAMESPACES = (
    nsutil.CLONE_NEWUSER
    | nsutil.CLONE_NEWPID
    | nsutil.CLONE_NEWNS
    | nsutil.CLONE_NEWIPC
    | nsutil.CLONE_NEWUTS
)


def _make_spare(kernel_sock: socket.socket, weak: bool) -> tuple[int, socket.socket]:
    """Fork the next run's supervisor into fresh namespaces; it waits for one request."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    uid, gid = os.getuid(), os.getgid()
    error = ""
    try:
        pid = nsutil.fork_into(RUN_NAMESPACES)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.ENOMEM):  # out of processes: _try_spare retries
            raise
        error = str(exc)  # no user namespaces here: only weak mode may go on
        pid = os.fork()
    if pid == 0:
        kernel_sock.close()
        ours.close()
        try:
            _supervise(theirs, weak, uid, gid, error)
        finally:
            os._exit(70)
    theirs.close()
    return pid, ours


def _supervise(ctrl: socket.socket, weak: bool, uid: int, gid: int, error: str) -> None:
    """In the new namespaces, as pid 1: map our ids, prepare, then serve one request."""
    nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
    nsutil.set_name("ik-supervisor")
    if not error:
        try:
            nsutil.prctl(nsutil.PR_SET_DUMPABLE, 1)  # the uid/gid maps are written via /proc/self
            nsutil.map_ids(uid, gid)
        except OSError as exc:
            error = str(exc)
    isolated = not error
    supervisor = Supervisor(isolated)
    setup_error = "" if (isolated or weak) else f"cannot create run namespaces: {error}"
    if not setup_error:
        try:
            supervisor.prepare()
        except OSError as exc:
            setup_error = f"cannot prepare the run namespace: {exc}"
    fds = recv_fds(ctrl, 3)
    if fds is None:
        os._exit(0)
    out_fd, tests_fd, request_fd = fds
    ctrl.close()
    if setup_error:
        emit(out_fd, {"fatal": setup_error})
        os._exit(0)
    try:
        req = read_request(request_fd)
        os.close(request_fd)
        supervisor.run(req, out_fd, tests_fd)
    except BaseException as exc:  # a bug here is an internal error, never a pass
        emit(out_fd, {"fatal": f"supervisor failed: {type(exc).__name__}: {exc}"})
    os._exit(0)
