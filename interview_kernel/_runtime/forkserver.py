"""The pristine fork-server and the per-run supervisor.

The kernel forks the fork-server at start, before it has seen any candidate data.
For each run the fork-server forks a child that enters fresh user, pid, mount,
ipc and uts namespaces; its child is pid 1 there: the *supervisor*. The
supervisor mounts a private /tmp and /proc, builds the source, and runs each test
in a new child process with rlimits applied and capabilities dropped. It never
executes candidate code itself. After each test it kills every other process in
its namespace (``kill(-1)`` from pid 1), so daemons and fork bombs die; when the
supervisor exits the kernel tears the namespace down. Per test it writes one
JSON line to the kernel: raw outcome data only; verdicts are decided by the
trusted grader.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import socket
import struct
import sys
import time
from typing import Any

from . import langs, nsutil

RESULT_FD = 3
_HEADER = struct.Struct("!Q")


# ----------------------------------------------------------------- fork-server


def serve(sock: socket.socket) -> None:
    """Serve run requests from the kernel until the socket closes (never returns)."""
    nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
    try:
        nsutil.prctl(nsutil.PR_SET_DUMPABLE, 0)
    except OSError:
        pass
    langs.load_all()
    while True:
        _reap()
        try:
            head, fds, _flags, _addr = socket.recv_fds(sock, _HEADER.size, 1)
        except OSError:
            os._exit(0)
        if len(head) < _HEADER.size or not fds:
            os._exit(0)
        (size,) = _HEADER.unpack(head)
        payload = _recv_exact(sock, size)
        out_fd = fds[0]
        pid = os.fork()
        if pid == 0:
            sock.close()
            try:
                _enter_namespace(json.loads(payload), out_fd)
            finally:
                os._exit(70)
        os.close(out_fd)
        sock.sendall(_HEADER.pack(pid))


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks, got = [], 0
    while got < size:
        chunk = sock.recv(min(1 << 20, size - got))
        if not chunk:
            os._exit(0)
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _enter_namespace(req: dict[str, Any], out_fd: int) -> None:
    uid, gid = os.getuid(), os.getgid()
    isolated = True
    try:
        nsutil.prctl(nsutil.PR_SET_DUMPABLE, 1)  # the uid/gid maps are written through /proc/self
        nsutil.unshare(
            nsutil.CLONE_NEWUSER
            | nsutil.CLONE_NEWPID
            | nsutil.CLONE_NEWNS
            | nsutil.CLONE_NEWIPC
            | nsutil.CLONE_NEWUTS
        )
        nsutil.map_ids(uid, gid)
    except OSError as exc:
        if not req.get("weak"):
            _emit(out_fd, {"fatal": f"cannot create the per-run namespaces: {exc}"})
            os._exit(71)
        isolated = False
    child = os.fork()
    if child == 0:
        try:
            Supervisor(req, out_fd, isolated).run()
        except BaseException as exc:  # a bug here is an internal error, never a pass
            _emit(out_fd, {"fatal": f"supervisor failed: {type(exc).__name__}: {exc}"})
        os._exit(0)
    os.close(out_fd)
    signal.signal(signal.SIGTERM, lambda *_: os.kill(child, signal.SIGKILL))
    while True:
        try:
            os.waitpid(child, 0)
            break
        except ChildProcessError:
            break
        except InterruptedError:
            continue
    os._exit(0)


def _emit(fd: int, obj: dict[str, Any]) -> None:
    data = (json.dumps(obj, separators=(",", ":")) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


# ----------------------------------------------------------------- supervisor


class Supervisor:
    """Pid 1 of a run's namespace: builds once, then runs each test in a fresh child."""

    def __init__(self, req: dict[str, Any], out_fd: int, isolated: bool):
        self.req = req
        self.out_fd = out_fd
        self.isolated = isolated
        self.limits: dict[str, Any] = req["limits"]

    def run(self) -> None:
        """Set up the namespace, build, run every test, report each as it finishes."""
        nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
        if self.isolated:
            nsutil.prctl(nsutil.PR_SET_DUMPABLE, 0)
            nsutil.mount("none", "/", "", 0x4000 | 0x40000)  # MS_REC | MS_PRIVATE
            size = int(self.limits.get("tmpfs_mb", 64))
            nsutil.mount(
                "tmpfs",
                "/tmp",
                "tmpfs",
                nsutil.MS_NOSUID | nsutil.MS_NODEV,
                f"size={size}m,nr_inodes=8192,mode=1777",
            )
            nsutil.mount(
                "proc", "/proc", "proc", nsutil.MS_NOSUID | nsutil.MS_NODEV | nsutil.MS_NOEXEC
            )
        else:
            os.setsid()
        base = os.path.join("/tmp", "work") if self.isolated else self.req["workdir"]
        os.makedirs(base, exist_ok=True)
        runtime = langs.get(self.req["language"])
        if runtime is None:
            _emit(self.out_fd, {"fatal": f"no runtime for {self.req['language']!r} in sandbox"})
            return
        build_dir = os.path.join(base, "build")
        os.makedirs(build_dir, exist_ok=True)
        built = runtime.build(self.req["source"], build_dir, self.limits)
        _emit(
            self.out_fd,
            {"build": {"ok": built.ok, "output": built.output[:20000], "time_ms": built.time_ms}},
        )
        if built.ok:
            for i, args in enumerate(self.req["tests"]):
                workdir = os.path.join(base, f"t{i}")
                os.makedirs(workdir, exist_ok=True)
                outcome = self.run_test(runtime, built, args, workdir)
                outcome["i"] = i
                _emit(self.out_fd, outcome)
                self.kill_leftovers()
        _emit(self.out_fd, {"done": True})

    def kill_leftovers(self) -> None:
        """Kill every process of this run except ourselves, and reap them."""
        for _ in range(100):
            try:
                if self.isolated:
                    os.kill(-1, signal.SIGKILL)
                else:
                    os.killpg(os.getpgid(0), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            alive = False
            while True:
                try:
                    pid, _ = os.waitpid(-1, os.WNOHANG)
                except ChildProcessError:
                    break
                if pid == 0:
                    alive = True
                    time.sleep(0.001)
                    break
            if not alive:
                return

    def _child(self, runtime: Any, built: Any, args: list[Any], workdir: str,
               fds: tuple[int, int, int]) -> None:
        out_w, err_w, res_w = fds
        try:
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.dup2(res_w, RESULT_FD)
            os.closerange(RESULT_FD + 1, 1 << 16)
            devnull = os.open("/dev/null", os.O_RDONLY)
            os.dup2(devnull, 0)
            os.close(devnull)
            os.chdir(workdir)
            lim = self.limits
            cpu = max(1, int(-(-float(lim["cpu_seconds"]) // 1)))
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            fsize = int(lim["file_size_kb"]) * 1024
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            nofile = int(lim["open_files"])
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
            if lim.get("address_space", True):
                mem = int(lim["memory_mb"]) * 1024 * 1024
                resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
            nproc = int(lim["processes"]) + 3
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
            if self.isolated:
                nsutil.drop_capabilities()
            sys.stdout = open(1, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
            sys.stderr = open(2, "w", buffering=1, encoding="utf-8", errors="replace", closefd=False)
        except BaseException as exc:
            os.write(RESULT_FD if res_w != RESULT_FD else res_w,
                     json.dumps({"kind": "setup", "message": repr(exc)}).encode())
            os._exit(71)
        runtime.run(built, self.req["entry"], args, RESULT_FD)
        os._exit(72)

    def run_test(self, runtime: Any, built: Any, args: list[Any], workdir: str) -> dict[str, Any]:
        """Run one test in a fresh child and describe how it ended (raw data only)."""
        lim = self.limits
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        res_r, res_w = os.pipe()
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:
            for fd in (out_r, err_r, res_r, self.out_fd):
                os.close(fd)
            self._child(runtime, built, args, workdir, (out_w, err_w, res_w))
        for fd in (out_w, err_w, res_w):
            os.close(fd)
        cap = int(lim["output_kb"]) * 1024
        result_cap = int(lim.get("result_kb", 16384)) * 1024
        wall = float(lim["cpu_seconds"]) * 2 + 1.0
        bufs: dict[int, bytearray] = {out_r: bytearray(), err_r: bytearray(), res_r: bytearray()}
        open_fds = set(bufs)
        over: str | None = None
        timed_out = False
        while open_fds:
            remaining = t0 + wall - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select(list(open_fds), [], [], min(remaining, 0.5))
            for fd in ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    open_fds.discard(fd)
                    continue
                bufs[fd] += chunk
            if len(bufs[out_r]) + len(bufs[err_r]) > cap:
                over = "output"
                break
            if len(bufs[res_r]) > result_cap:
                over = "result"
                break
        if timed_out or over:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status, usage = os.wait4(pid, 0)
        wall_ms = (time.monotonic() - t0) * 1000
        for fd in bufs:
            os.close(fd)
        cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
        out: dict[str, Any] = {
            "wall_ms": wall_ms,
            "cpu_ms": cpu_ms,
            "maxrss_kb": usage.ru_maxrss,
            "stdout": bufs[out_r][:65536].decode("utf-8", "replace"),
            "stderr": bufs[err_r][-8192:].decode("utf-8", "replace"),
        }
        if over:
            out["status"] = "ole"
            out["detail"] = (
                f"printed more than {lim['output_kb']} KB"
                if over == "output"
                else "returned a value larger than the output limit"
            )
            return out
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        if timed_out:
            out.update(status="tle", detail=f"wall time over {wall:.1f} s")
            return out
        if sig == signal.SIGXCPU or cpu_ms >= float(lim["cpu_seconds"]) * 1000:
            out.update(status="tle", detail=f"CPU time over {lim['cpu_seconds']} s")
            return out
        if sig == signal.SIGXFSZ:
            out.update(status="ole", detail=f"wrote a file over {lim['file_size_kb']} KB")
            return out
        result: dict[str, Any] | None = None
        raw = bytes(bufs[res_r])
        if raw:
            try:
                result = json.loads(raw)
                if not isinstance(result, dict):
                    result = None
            except ValueError:
                result = None
            if result is None:
                out.update(status="re", detail="the result channel was tampered with")
                return out
        if result is not None and result.get("kind") == "ok" and not sig:
            out.update(status="ok", value=result.get("value"), time_ms=result.get("time_ms"))
            return out
        if result is not None and result.get("kind") == "exception":
            etype = str(result.get("type"))
            if etype == "MemoryError":
                out.update(status="mle", detail="MemoryError")
                return out
            out.update(status="exception", type=etype, message=result.get("message", ""),
                       line=result.get("line"))
            return out
        if result is not None and result.get("kind") == "mle":
            out.update(status="mle", detail=str(result.get("message", "")))
            return out
        if result is not None and result.get("kind") == "setup":
            out.update(status="internal", detail=str(result.get("message")))
            return out
        mem_kb = int(lim["memory_mb"]) * 1024
        if sig:
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
            if usage.ru_maxrss >= mem_kb * 0.8 or sig == signal.SIGKILL and not timed_out:
                if usage.ru_maxrss >= mem_kb * 0.5:
                    out.update(status="mle", detail=f"killed by {name} near the memory limit")
                    return out
            out.update(status="signal", detail=f"killed by {name}")
            return out
        code = os.WEXITSTATUS(status)
        out.update(status="exit", detail=f"exited with code {code} before returning")
        return out
