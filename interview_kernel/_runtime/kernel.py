"""The ``interview-sandbox`` Jupyter kernel: speaks the Jupyter messaging protocol over zmq.

It runs inside bubblewrap. An ``execute_request``'s code is a JSON run request
(language, source, entry point, limits, and an index into the test inputs, which
travel as one binary buffer of tagged-JSON documents whose digest is in the signed
part), never Python to execute: the kernel hands it to the fork-server and relays
each per-test outcome as a ``display_data`` message (MIME type :data:`MIME`) on
IOPub, then replies (outcomes that arrive together share one message). Interrupts arrive
as messages (``interrupt_mode: message``) and kill the running worker. The
kernel itself never executes candidate code.

With ``--lifeline FD`` (the read end of a pipe whose write end only the grader
holds) the kernel ends the moment that pipe reaches end of file, i.e. as soon as
the grader is gone, however it went: see :func:`hold_lifeline`.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import signal
import socket
import struct
import sys
import time
import uuid
from datetime import datetime, timezone
from typing import Any

from . import forkserver
from .protocol import MIME, Outcome, OutcomeBundle, RunInfo, RunRequest

__all__ = ["MIME", "Kernel", "hold_lifeline", "main"]
FLUSH_SECONDS = 0.05
DELIM = b"<IDS|MSG>"
PROTOCOL_VERSION = "5.3"
_HEADER = struct.Struct("!Q")


def hold_lifeline(fd: int) -> None:
    """Die (SIGIO, whose default action ends the process) when ``fd`` reaches end of file.

    bubblewrap's ``--die-with-parent`` cannot cover an owner that dies while it
    spawns the sandbox (before bwrap has armed it); this covers every moment.
    The pipe's last writer closing makes the kernel signal the reader that asked
    for ``O_ASYNC``, whatever that reader is doing, so no thread and no polling
    is needed; end of file reached before we asked is caught by the read below.
    Our death ends the sandbox: bwrap's init follows its first child, and the
    fork-server and run supervisors have a parent-death signal.
    """
    signal.signal(signal.SIGIO, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGIO])
    fcntl.fcntl(fd, fcntl.F_SETOWN, os.getpid())
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_ASYNC | os.O_NONBLOCK)
    try:
        os.read(fd, 1)  # b"": the owner died before we asked to be told (nobody writes)
    except BlockingIOError:  # still open: the signal will tell us
        return
    os._exit(0)


def _start_forkserver(weak: bool, lifeline: int | None = None) -> tuple[socket.socket, int]:
    parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = os.fork()
    if pid == 0:
        parent.close()
        if lifeline is not None:  # the kernel watches it; nothing below needs it
            os.close(lifeline)
        try:
            forkserver.serve(child, weak)
        finally:
            os._exit(0)
    child.close()
    return parent, pid


class Kernel:
    """A minimal, dependency-light Jupyter kernel (pyzmq only)."""

    def __init__(self, connection_file: str, fs_sock: socket.socket):
        import zmq

        with open(connection_file) as f:
            info = json.load(f)
        self.key = info["key"].encode()
        self.session = uuid.uuid4().hex
        self.count = 0
        self.fs_sock = fs_sock
        self.current: int | None = None
        self.interrupted = False
        ctx: Any = zmq.Context.instance()
        base = f"{info['transport']}://{info['ip']}"
        sep = "-" if info["transport"] == "ipc" else ":"

        def bind(kind: int, port_key: str) -> Any:
            s = ctx.socket(kind)
            s.linger = 1000
            s.bind(f"{base}{sep}{info[port_key]}")
            return s

        self.shell = bind(zmq.ROUTER, "shell_port")
        self.control = bind(zmq.ROUTER, "control_port")
        self.stdin = bind(zmq.ROUTER, "stdin_port")
        self.iopub = bind(zmq.PUB, "iopub_port")
        self.hb = bind(zmq.REP, "hb_port")
        self.zmq = zmq
        self.poller = zmq.Poller()
        for s in (self.shell, self.control, self.hb):
            self.poller.register(s, zmq.POLLIN)

    # -- wire protocol -------------------------------------------------------

    def _sign(self, parts: list[bytes]) -> bytes:
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for p in parts:
            h.update(p)
        return h.hexdigest().encode()

    def recv(self, sock: Any) -> tuple[list[bytes], dict[str, Any]] | None:
        """Receive and verify one message; ``None`` if it is not signed with our key."""
        frames = sock.recv_multipart()
        i = frames.index(DELIM)
        idents, sig, parts = frames[:i], frames[i + 1], frames[i + 2 : i + 6]
        if not hmac.compare_digest(sig, self._sign(parts)):
            return None
        header, parent, metadata, content = (json.loads(p) for p in parts)
        return idents, {
            "header": header,
            "parent_header": parent,
            "metadata": metadata,
            "content": content,
            "buffers": frames[i + 6 :],
        }

    def send(
        self,
        sock: Any,
        msg_type: str,
        content: dict[str, Any],
        parent: dict[str, Any] | None,
        idents: list[bytes] | None = None,
    ) -> None:
        """Sign and send one message."""
        header = {
            "msg_id": uuid.uuid4().hex,
            "msg_type": msg_type,
            "username": "sandbox",
            "session": self.session,
            "date": datetime.now(timezone.utc).isoformat(),
            "version": PROTOCOL_VERSION,
        }
        parts = [
            json.dumps(p, default=str).encode()
            for p in (header, (parent or {}).get("header", {}), {}, content)
        ]
        self_sig = self._sign(parts)
        sock.send_multipart([*(idents or []), DELIM, self_sig, *parts])

    def status(self, state: str, parent: dict[str, Any]) -> None:
        """Publish busy/idle on IOPub."""
        self.send(self.iopub, "status", {"execution_state": state}, parent)

    # -- handlers ------------------------------------------------------------

    def kernel_info(self) -> dict[str, Any]:
        """The kernel_info_reply content."""
        return {
            "status": "ok",
            "protocol_version": PROTOCOL_VERSION,
            "implementation": "interview-sandbox",
            "implementation_version": "1",
            "language_info": {
                "name": "json",
                "mimetype": "application/json",
                "file_extension": ".json",
            },
            "banner": "interview-sandbox: grades candidate code in fresh sandboxed workers",
        }

    def execute(self, msg: dict[str, Any]) -> dict[str, Any]:
        """Run one grading request (or a batch: ``{"runs": [...]}``), relaying outcomes.

        A batch is several independent runs, one tests buffer each, carried by one
        message so that a batch of small runs (HumanEval samples) does not pay the
        messaging of each; every run still gets its own namespaces and processes,
        and its outcomes carry ``"run": j``.
        """
        self.count += 1
        self.interrupted = False
        code = msg["content"].get("code", "")
        try:
            req = json.loads(code)
            batch: list[RunRequest] = req["runs"] if "runs" in req else [req]
            budgets = [float(r["limits"]["wall_seconds"]) for r in batch]
        except (ValueError, KeyError, TypeError) as exc:
            return {"status": "error", "ename": "BadRequest", "evalue": str(exc), "traceback": []}
        blobs = list(msg["buffers"]) or [b""]
        if len(blobs) != len(batch) or any(
            hashlib.sha256(blob).hexdigest() != r.get("tests_sha256")
            for r, blob in zip(batch, blobs, strict=False)
        ):
            return {
                "status": "error",
                "ename": "BadRequest",
                "evalue": "tests digest mismatch",
                "traceback": [],
            }
        del msg["buffers"]
        pending: list[Outcome] = []
        flush_at = [0.0]

        def flush() -> None:
            if pending:
                bundle: OutcomeBundle = {"outcomes": list(pending)}
                data = {MIME: bundle}
                self.send(
                    self.iopub, "display_data", {"data": data, "metadata": {}, "transient": {}}, msg
                )
                pending.clear()

        complete: list[bool] = []
        timed_out = False
        for j, (run, budget) in enumerate(zip(batch, budgets, strict=True)):
            if self.interrupted:
                break
            tag = j if "runs" in req else None
            done, timed_out = self._run_one(run, blobs[j], budget, tag, pending, flush_at, flush)
            blobs[j] = b""
            complete.append(done)
        flush()
        info: RunInfo = {
            "complete": len(complete) == len(batch) and all(complete),
            "runs_complete": complete,
            "timed_out": timed_out,
            "interrupted": self.interrupted,
        }
        return {
            "status": "ok",
            "execution_count": self.count,
            "user_expressions": {},
            "payload": [],
            "interview": info,
        }

    def _run_one(
        self,
        req: RunRequest,
        blob: bytes,
        budget: float,
        tag: int | None,
        pending: list[Outcome],
        flush_at: list[float],
        flush: Any,
    ) -> tuple[bool, bool]:
        """One run through the fork-server; returns (finished, out of wall budget)."""
        r, w = os.pipe()
        tests_fd = os.memfd_create("tests", os.MFD_CLOEXEC)
        view = memoryview(blob)
        while view:
            view = view[os.write(tests_fd, view) :]
        del blob, view
        # The request goes in a memfd too: the fork-server, which every later run is
        # forked from, must never hold a candidate's source in its memory.
        request_fd = os.memfd_create("request", os.MFD_CLOEXEC)
        view = memoryview(json.dumps(req).encode())
        while view:
            view = view[os.write(request_fd, view) :]
        forkserver.send_fds(self.fs_sock, [w, tests_fd, request_fd])
        for fd in (w, tests_fd, request_fd):
            os.close(fd)
        (self.current,) = _HEADER.unpack(self._recv_exact(_HEADER.size))
        deadline = time.monotonic() + budget
        buf = b""
        done = timed_out = False
        poller = self.zmq.Poller()
        poller.register(r, self.zmq.POLLIN)
        poller.register(self.control, self.zmq.POLLIN)
        poller.register(self.hb, self.zmq.POLLIN)
        with os.fdopen(r, "rb", buffering=0) as pipe:
            while not self.interrupted and not done:
                now = time.monotonic()
                remaining = deadline - now
                if remaining <= 0:
                    timed_out = True
                    break
                if pending and now >= flush_at[0]:
                    flush()
                wait = min(remaining, 0.5, (flush_at[0] - now) if pending else 0.5)
                events = dict(poller.poll(max(0, int(wait * 1000))))
                if self.hb in events:
                    self.hb.send(self.hb.recv())
                if self.control in events:
                    self.handle_control()
                if r not in events:
                    continue
                chunk = pipe.read(1 << 16)
                if not chunk:
                    break
                buf += chunk
                if b"\n" not in buf:
                    continue
                # Outcomes are batched for up to FLUSH_SECONDS: progress stays live while
                # a fast run of many tests costs a few messages, not one per test.
                lines, _, buf = buf.rpartition(b"\n")
                if not pending:
                    flush_at[0] = time.monotonic() + FLUSH_SECONDS
                outcomes: list[Outcome] = [json.loads(line) for line in lines.split(b"\n")]
                done = any(o.get("done") for o in outcomes)
                if tag is not None:
                    for o in outcomes:
                        o["run"] = tag
                pending.extend(outcomes)
        self.kill_current()
        return done, timed_out

    def _recv_exact(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.fs_sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("fork-server died")
            data += chunk
        return data

    def kill_current(self) -> None:
        """Kill the running worker (its namespace dies with it)."""
        if self.current:
            try:
                os.kill(self.current, 9)
            except ProcessLookupError:
                pass
            self.current = None

    def handle_control(self) -> None:
        """Answer one control-channel message if one is waiting."""
        if not self.control.poll(0):
            return
        got = self.recv(self.control)
        if got is None:
            return
        idents, msg = got
        mtype = msg["header"]["msg_type"]
        if mtype == "interrupt_request":
            self.interrupted = True
            self.kill_current()
            self.send(self.control, "interrupt_reply", {"status": "ok"}, msg, idents)
        elif mtype == "shutdown_request":
            self.kill_current()
            self.send(
                self.control,
                "shutdown_reply",
                {"status": "ok", "restart": msg["content"].get("restart", False)},
                msg,
                idents,
            )
            sys.exit(0)
        elif mtype == "kernel_info_request":
            self.send(self.control, "kernel_info_reply", self.kernel_info(), msg, idents)

    def handle_shell(self) -> None:
        """Answer one shell-channel message."""
        got = self.recv(self.shell)
        if got is None:
            return
        idents, msg = got
        mtype = msg["header"]["msg_type"]
        self.status("busy", msg)
        if mtype == "kernel_info_request":
            self.send(self.shell, "kernel_info_reply", self.kernel_info(), msg, idents)
        elif mtype == "execute_request":
            try:
                reply = self.execute(msg)
            except (OSError, RuntimeError) as exc:
                # The fork-server is gone; a new one forked from here would not be pristine.
                # Answer, then exit: the grader restarts the whole kernel.
                err = {
                    "status": "error",
                    "ename": type(exc).__name__,
                    "evalue": str(exc),
                    "traceback": [],
                }
                self.send(self.shell, "execute_reply", err, msg, idents)
                self.status("idle", msg)
                sys.exit(1)
            self.send(self.shell, "execute_reply", reply, msg, idents)
        elif mtype == "is_complete_request":
            self.send(self.shell, "is_complete_reply", {"status": "complete"}, msg, idents)
        elif mtype == "comm_info_request":
            self.send(self.shell, "comm_info_reply", {"status": "ok", "comms": {}}, msg, idents)
        elif mtype == "shutdown_request":
            self.send(self.shell, "shutdown_reply", {"status": "ok", "restart": False}, msg, idents)
            self.status("idle", msg)
            sys.exit(0)
        self.status("idle", msg)

    def serve(self) -> None:
        """The main loop."""
        while True:
            events = dict(self.poller.poll())
            if self.hb in events:
                self.hb.send(self.hb.recv())
            if self.control in events:
                self.handle_control()
            if self.shell in events:
                self.handle_shell()


def main(argv: list[str]) -> None:
    """Entry point: ``python -m <pkg>.kernel -f CONNECTION_FILE [--lifeline FD] [--weak]``."""
    connection_file = argv[argv.index("-f") + 1]
    lifeline = int(argv[argv.index("--lifeline") + 1]) if "--lifeline" in argv else None
    if lifeline is not None:  # first of all: the owner may already be gone
        hold_lifeline(lifeline)
    try:
        from . import nsutil

        nsutil.prctl(nsutil.PR_SET_DUMPABLE, 0)
    except OSError:
        pass
    # The fork-server is forked first: it never holds the connection key or zmq state.
    fs_sock, _ = _start_forkserver("--weak" in argv, lifeline)
    try:
        kernel = Kernel(connection_file, fs_sock)
    except FileNotFoundError:  # the grader closed (and cleaned up) before we started
        sys.exit(0)
    kernel.serve()


if __name__ == "__main__":
    main(sys.argv)
