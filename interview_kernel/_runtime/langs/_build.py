"""What compiled runtimes share: the compile cache, the limited compiler child, the exec.

The compile cache
    A folder on the kernel's own tmpfs, created by the fork-server (trusted, before
    any candidate data exists) and held open as a directory descriptor. Each run's
    supervisor mounts a private tmpfs over ``/tmp``, so no run can reach the cache by
    path; only the supervisor reads and writes it, through that descriptor (workers
    and compilers never hold it: it is close-on-exec and workers close every
    inherited descriptor). Entries are keyed by a hash of the language, the
    toolchain (binary path, size, mtime), the harness sources, the entry point and
    the candidate's source, so a hit is exactly what a compile would produce.
    Compile failures are cached too. Outside bubblewrap (weak mode) the runs could
    see the folder, so no cache is used there.

The compiler child
    Compiling never happens in the supervisor: a forked child with its own process
    group, rlimits (CPU, file size, processes, open files), every capability dropped
    and only the run's build folder as working directory ``exec``s the compiler; its
    output is captured, capped and cleaned of sandbox paths.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import select
import shutil
import signal
import stat
import time
from collections.abc import Callable
from typing import Any, NoReturn

from .. import nsutil

HARNESS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness")
MAX_ENTRIES = 256
MAX_BIG_ENTRIES = 4
BIG = "big-"
"""Cache keys of large entries (precompiled headers) start with this."""
MAX_FILE = 64 << 20
OUTPUT_CAP = 20000

_cache_fd: int | None = None
_cache_path = ""
_tool_stamps: dict[str, str] = {}


def open_cache() -> None:
    """Create the kernel's compile cache (the fork-server calls this once, at start)."""
    global _cache_fd, _cache_path
    if _cache_fd is not None:
        return
    here = os.path.abspath(__file__)
    if not here.startswith("/opt/interview/"):  # weak mode: runs would see the folder
        return
    try:
        # Not tempfile.mkdtemp: tempfile imports random, whose at-fork hook would cost
        # every fork of the fork-server page faults.
        _cache_path = f"/tmp/ikrt-cache-{os.urandom(8).hex()}"
        os.mkdir(_cache_path, 0o700)
        _cache_fd = os.open(_cache_path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        _cache_fd = None


_WARMERS: dict[str, Any] = {}
WARM_FIFO = "warm.fifo"
SHARED_RO = "/dev/shm"


def register_warmer(name: str, fn: Any) -> None:
    """Register a trusted, input-free build (a precompiled header) run on request."""
    _WARMERS[name] = fn


def start_warmer() -> None:
    """Fork the warmer (the fork-server calls this once, before any candidate data).

    The warmer waits on a FIFO in the cache folder; a supervisor writes a warmer's
    name to it when an asset is missing (the first C++ run of a kernel asks for the
    precompiled header). Assets go to ``/dev/shm``: writable at the kernel's level,
    read-only in every run (the supervisor remounts ``/dev`` read-only), so runs
    can use them but never change them. The warmer never sees candidate data.
    """
    if _cache_fd is None or not _WARMERS:
        return
    try:
        os.mkfifo(WARM_FIFO, 0o600, dir_fd=_cache_fd)
        os.makedirs(SHARED_RO, exist_ok=True)
    except OSError:
        return
    pid = os.fork()
    if pid:
        return
    try:
        nsutil.prctl(nsutil.PR_SET_PDEATHSIG, signal.SIGKILL)
        keep = _cache_fd
        os.closerange(3, keep)
        os.closerange(keep + 1, 1 << 16)
        null = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.nice(10)
        while True:
            fd = os.open(WARM_FIFO, os.O_RDONLY, dir_fd=keep)
            data = b""
            while True:
                chunk = os.read(fd, 4096)
                if not chunk:
                    break
                data += chunk
            os.close(fd)
            for name in sorted(set(data.decode("ascii", "replace").split())):
                fn = _WARMERS.get(name)
                if fn is not None:
                    try:
                        fn()
                    except Exception:  # noqa: BLE001 - a failed warm-up only costs speed
                        pass
    finally:
        os._exit(0)


def request_warm(name: str) -> None:
    """Ask the warmer (if any) to build an asset; never blocks."""
    if _cache_fd is None:
        return
    try:
        fd = os.open(WARM_FIFO, os.O_WRONLY | os.O_NONBLOCK, dir_fd=_cache_fd)
    except OSError:
        return
    try:
        os.write(fd, f"{name}\n".encode())
    except OSError:
        pass
    finally:
        os.close(fd)


def cache_usable() -> bool:
    """The cache is used only where the run cannot see it by path."""
    if _cache_fd is None:
        return False
    try:
        st = os.stat(_cache_path)
    except OSError:
        return True
    return not os.path.samestat(st, os.fstat(_cache_fd))


def tool_stamp(path: str) -> str:
    """An identity of a toolchain binary: its real path, size and modification time."""
    stamp = _tool_stamps.get(path)
    if stamp is None:
        real = os.path.realpath(shutil.which(path) or path)
        try:
            st = os.stat(real)
            stamp = f"{real}:{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = f"{real}:missing"
        _tool_stamps[path] = stamp
    return stamp


def cache_key(*parts: str | bytes) -> str:
    """A hash of everything a build depends on."""
    h = hashlib.sha256()
    for p in parts:
        data = p.encode() if isinstance(p, str) else p
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def harness_bytes(*names: str) -> bytes:
    """The concatenated harness sources (part of every cache key)."""
    out = b""
    for n in names:
        with open(os.path.join(HARNESS_DIR, n), "rb") as f:
            out += f.read()
    return out


def cache_has(key: str) -> bool:
    """Whether the cache holds a build under ``key`` (nothing is copied)."""
    if not cache_usable():
        return False
    assert _cache_fd is not None
    try:
        os.stat(key, dir_fd=_cache_fd, follow_symlinks=False)
    except OSError:
        return False
    return True


def cache_get(key: str, dest: str) -> dict[str, str] | None:
    """Copy a cached build's files into ``dest``; its metadata, or ``None`` on a miss."""
    if not cache_usable():
        return None
    assert _cache_fd is not None
    try:
        fd = os.open(key, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=_cache_fd)
    except OSError:
        return None
    meta: dict[str, str] = {}
    try:
        for name in os.listdir(fd):
            with open(os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=fd), "rb") as f:
                if name.startswith("meta."):
                    meta[name[5:]] = f.read().decode("utf-8", "replace")
                    continue
                target = os.path.join(dest, name.replace("%", "/"))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as out:
                    _copy(f.fileno(), out.fileno())
            os.chmod(target, 0o755)
        os.utime(key, dir_fd=_cache_fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    return meta


def _copy(src: int, dst: int) -> None:
    """Copy a whole file in the kernel (a precompiled header is tens of megabytes)."""
    offset = 0
    while True:
        sent = os.sendfile(dst, src, offset, 1 << 24)
        if sent == 0:
            return
        offset += sent


def cache_put(key: str, src: str, files: list[str], meta: dict[str, str]) -> None:
    """Store a build: ``files`` (paths relative to ``src``) and metadata strings."""
    if not cache_usable():
        return
    assert _cache_fd is not None
    tmp = f".{key}.{os.getpid()}"
    try:
        os.mkdir(tmp, 0o700, dir_fd=_cache_fd)
        dfd = os.open(tmp, os.O_RDONLY | os.O_DIRECTORY, dir_fd=_cache_fd)
        try:
            for rel in files:
                sfd = os.open(os.path.join(src, rel), os.O_RDONLY | os.O_NOFOLLOW)
                with open(sfd, "rb") as f:
                    if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                        raise OSError(f"{rel} is not a regular file")
                    data = f.read(MAX_FILE + 1)
                if len(data) > MAX_FILE:
                    raise OSError(f"{rel} is too large to cache")
                name = rel.replace("/", "%")
                with open(os.open(name, os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=dfd), "wb") as f:
                    f.write(data)
            for name, text in meta.items():
                with open(
                    os.open(f"meta.{name}", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=dfd), "wb"
                ) as f:
                    f.write(text.encode())
        finally:
            os.close(dfd)
        os.rename(tmp, key, src_dir_fd=_cache_fd, dst_dir_fd=_cache_fd)
    except OSError:
        _remove(tmp)
        return
    _evict()


def _remove(name: str) -> None:
    assert _cache_fd is not None
    try:
        fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=_cache_fd)
    except OSError:
        return
    try:
        for f in os.listdir(fd):
            try:
                os.unlink(f, dir_fd=fd)
            except OSError:
                pass
    finally:
        os.close(fd)
    try:
        os.rmdir(name, dir_fd=_cache_fd)
    except OSError:
        pass


def _evict() -> None:
    """Keep the newest :data:`MAX_ENTRIES` builds (a hit refreshes an entry's time).

    Of large entries (precompiled headers, keys starting ``big-``) only the newest
    :data:`MAX_BIG_ENTRIES` stay: the cache lives in the kernel's memory.
    """
    assert _cache_fd is not None
    names = os.listdir(_cache_fd)
    big = [n for n in names if n.startswith(BIG)]
    for limit, group in ((MAX_ENTRIES, names), (MAX_BIG_ENTRIES, big)):
        if len(group) <= limit:
            continue
        aged = []
        for n in group:
            try:
                aged.append((os.stat(n, dir_fd=_cache_fd, follow_symlinks=False).st_mtime, n))
            except OSError:
                pass
        aged.sort()
        for _, n in aged[: len(aged) - limit]:
            _remove(n)


def build_once(
    key: str,
    workdir: str,
    argv: list[str],
    *,
    what: str,
    outputs: Callable[[], list[str]] = list,
    on_miss: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    cpu_seconds: float,
    wall_seconds: float,
    memory_mb: int | None,
    processes: int,
) -> dict[str, str]:
    """Build once per cache key: ``{"ok": "1" or "", "output": text}``.

    On a cache hit the cached files are already in ``workdir`` and ``"cached"`` is
    ``"1"``. Otherwise the
    build runs limited (:func:`run_limited`); it succeeded when it exited 0 and
    every file ``outputs()`` names (relative to ``workdir``) exists. Unless it
    timed out (which says nothing about the source), the result is cached with
    those files. ``on_miss`` runs first on a cache miss.
    """
    meta = cache_get(key, workdir)
    if meta is not None:
        return {**meta, "cached": "1"}
    if on_miss is not None:
        on_miss()
    code, out, timed_out = run_limited(
        argv,
        workdir,
        env or worker_env(),
        cpu_seconds=cpu_seconds,
        wall_seconds=wall_seconds,
        memory_mb=memory_mb,
        processes=processes,
    )
    files = outputs() if code == 0 and not timed_out else []
    ok = (
        code == 0 and not timed_out and all(os.path.isfile(os.path.join(workdir, f)) for f in files)
    )
    meta = {
        "ok": "1" if ok else "",
        "output": f"{what} timed out" if timed_out else clean_output(out, workdir),
    }
    if not timed_out:
        cache_put(key, workdir, files if ok else [], meta)
    return meta


def run_limited(
    argv: list[str],
    cwd: str,
    env: dict[str, str],
    *,
    cpu_seconds: float,
    wall_seconds: float,
    memory_mb: int | None,
    processes: int,
    file_size_mb: int = MAX_FILE >> 20,
) -> tuple[int, str, bool]:
    """Run a compiler in a limited child; ``(exit status, output, timed out)``.

    The child gets its own process group, rlimits (CPU, address space when
    ``memory_mb`` is given, file size, processes, open files), no capabilities,
    ``/dev/null`` as stdin and one pipe for stdout and stderr.

    ``wall_seconds`` is a limit for a machine that is not overloaded: when it
    passes while the child's process group has used less than half of
    ``cpu_seconds``, the build is slow because the cores are shared, not because of
    the source, and it gets up to :data:`BUSY_WALL_FACTOR` times as long (a build
    that burns its CPU still meets its CPU limit). A compile that timed out on a
    loaded machine was reported as a compilation error of correct code.
    """
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            os.dup2(w, 1)
            os.dup2(w, 2)
            null = os.open("/dev/null", os.O_RDONLY)
            os.dup2(null, 0)
            os.closerange(3, 1 << 16)
            os.chdir(cwd)
            cpu = int(cpu_seconds) + 1
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            fsize = file_size_mb << 20
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
            resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
            if memory_mb:
                mem = memory_mb << 20
                resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
            try:
                nsutil.drop_capabilities()
            except OSError:
                pass
            for s in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT, signal.SIGTERM):
                signal.signal(s, signal.SIG_DFL)
            os.execve(argv[0], argv, env)
        except BaseException as exc:  # noqa: BLE001 - report why the compiler did not start
            os.write(2, f"cannot start {argv[0]}: {exc}\n".encode())
        os._exit(127)
    os.close(w)
    chunks: list[bytes] = []
    size = 0
    start = time.monotonic()
    deadline = start + wall_seconds
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                cap = start + wall_seconds * BUSY_WALL_FACTOR
                if deadline < cap and group_cpu_seconds(pid) < cpu_seconds / 2:
                    deadline = min(cap, time.monotonic() + 1.0)  # busy cores: look again in 1 s
                    continue
                timed_out = True
                break
            ready, _, _ = select.select([r], [], [], min(left, 0.5))
            if not ready:
                continue
            chunk = os.read(r, 1 << 16)
            if not chunk:
                break
            if size < 4 * OUTPUT_CAP:
                chunks.append(chunk)
                size += len(chunk)
    finally:
        os.close(r)
        if timed_out:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
    _, status = os.waitpid(pid, 0)
    try:
        os.killpg(pid, signal.SIGKILL)  # nothing the compiler started outlives it
    except OSError:
        pass
    code = os.waitstatus_to_exitcode(status)
    return code, b"".join(chunks).decode("utf-8", "replace"), timed_out


BUSY_WALL_FACTOR = 4
"""How many times its wall limit a build that used little CPU may take (:func:`run_limited`)."""


def group_cpu_seconds(pgid: int) -> float:
    """CPU seconds used by the live processes of group ``pgid`` and the children they reaped."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # pgrp; then utime, stime, cutime, cstime
            total += sum(int(x) for x in fields[11:15])
    return total / tick


def clean_output(text: str, workdir: str) -> str:
    """Compiler output without sandbox paths, trimmed to what a candidate can read."""
    text = text.replace(workdir.rstrip("/") + "/", "").replace(HARNESS_DIR + "/", "")
    text = re.sub(r"/opt/interview/\S*?/", "", text)
    if len(text) > OUTPUT_CAP:
        text = text[:OUTPUT_CAP] + "\n... (compiler output trimmed)"
    return text.strip()


def exec_worker(argv: list[str], env: dict[str, str], rlimits: dict[int, int]) -> NoReturn:
    """Become the compiled program (the worker's ``serve``); never returns.

    Fds 0-4 stay as the supervisor set them up; ``rlimits`` may only lower
    limits (or raise soft ones up to their hard limits).
    """
    try:
        for res, value in rlimits.items():
            _soft, hard = resource.getrlimit(res)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(res, (value, hard if res == resource.RLIMIT_STACK else value))
        os.execve(argv[0], argv, env)
    except BaseException as exc:  # noqa: BLE001 - the supervisor reports it as internal
        msg = f'{{"kind": "setup", "message": "cannot start {argv[0]}: {type(exc).__name__}"}}\n'
        os.write(4, msg.encode())
        os._exit(71)
    os._exit(71)


def worker_env() -> dict[str, str]:
    """The environment compiled programs run with."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "MALLOC_ARENA_MAX": "2",
    }


def strip_comments(source: str) -> str:
    """C-family source without ``//`` and ``/* */`` comments (strings left alone enough)."""
    return re.sub(r"//[^\n]*|/\*.*?\*/", " ", source, flags=re.S)
