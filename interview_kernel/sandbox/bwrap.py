"""The sandbox: how the isolated kernel is wrapped in bubblewrap, and whether it can be.

Layers, outside in: (1) when running as root, ``setpriv`` drops to an
unprivileged uid first, because root ignores RLIMIT_NPROC; toolchain folders that
uid cannot reach (a pyenv under /root) are bind-mounted to a staging point in a
private mount namespace (``unshare --mount``) so nothing on the host changes;
(2) bubblewrap with new user, pid, net, ipc, uts and cgroup namespaces, a
read-only view of /usr and the interpreter only, a private tmpfs /tmp, a scrubbed
environment and ``--die-with-parent``; (3) inside, each run gets nested
namespaces and each test a fresh child with rlimits (see ``_runtime.forkserver``).

The *lifeline*: ``--die-with-parent`` is armed only once bwrap runs, and follows
the thread that spawned it, so an owner that dies while it spawns (during the
``unshare``/``setpriv`` steps) would leave the sandbox running for ever. The owner
therefore keeps the write end of a pipe whose read end is passed down to the
kernel (``--lifeline FD``); the kernel dies the moment that pipe reaches end of
file, whenever and however the owner died, and its sandbox dies with it. The
runtime folders a killed owner could not remove are swept by the next grader:
each folder's name carries its owner's pid and start time
(:func:`sweep_stale_rundirs`).

Weak mode (rlimits only, no namespaces) exists for local self-practice where
user namespaces are unavailable; it must be asked for (``INTERVIEW_SANDBOX=weak``
or ``Grader(weak=True)``), warns loudly, and refuses to run as root.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import zmq

from .. import settings
from ..errors import SandboxUnavailableError

RUNTIME_PKG = Path(__file__).resolve().parents[1] / "_runtime"
MOUNT_BASE = "/opt/interview"
RUNTIME_NAME = "ikrt"
NOBODY = 65534


class WeakSandboxWarning(UserWarning):
    """Grading runs without namespaces: only rlimits protect this machine."""


def sandbox_ids() -> tuple[int, int]:
    """The host uid/gid sandboxed processes run as (``nobody`` when we are root)."""
    if os.geteuid() == 0:
        return NOBODY, NOBODY
    return os.getuid(), os.getgid()


def _reachable(path: str, uid: int, gid: int) -> bool:
    """Tell whether ``uid`` can traverse every folder on the way to ``path``."""
    p = Path(path)
    for d in [*reversed(p.parents), p]:
        try:
            st = d.stat()
        except OSError:
            return False
        if not stat.S_ISDIR(st.st_mode):
            continue
        if st.st_uid == uid:
            ok = st.st_mode & stat.S_IXUSR
        elif st.st_gid == gid:
            ok = st.st_mode & stat.S_IXGRP
        else:
            ok = st.st_mode & stat.S_IXOTH
        if not ok:
            return False
    return True


def python_home() -> str:
    """The real installation prefix of the running interpreter (not the venv)."""
    return os.path.realpath(sys.base_prefix)


def python_binary() -> str:
    """The real interpreter binary (a venv's ``python`` is only a symlink to it)."""
    return os.path.realpath(sys.executable)


def runtime_mounts() -> dict[str, str]:
    """``{destination: source}`` of what the kernel needs beyond /usr."""
    zmq_dir = Path(zmq.__file__).resolve().parent
    mounts = {
        f"{MOUNT_BASE}/{RUNTIME_NAME}": str(RUNTIME_PKG),
        f"{MOUNT_BASE}/zmq": str(zmq_dir),
    }
    libs = zmq_dir.parent / "pyzmq.libs"
    if libs.is_dir():
        mounts[f"{MOUNT_BASE}/pyzmq.libs"] = str(libs)
    home = python_home()
    if not home.startswith("/usr/") and home != "/usr":
        mounts[home] = home
    return mounts


def kernel_argv(connection_file: str, weak: bool = False, lifeline: int | None = None) -> list[str]:
    """How the kernel starts inside the sandbox.

    ``lifeline`` is the inherited read end of the owner's lifeline pipe: the
    kernel exits when it reaches end of file (see the module docstring).
    """
    argv = [python_binary(), "-S", "-B", "-m", f"{RUNTIME_NAME}.kernel", "-f", connection_file]
    if lifeline is not None:
        argv += ["--lifeline", str(lifeline)]
    return [*argv, "--weak"] if weak else argv


def _env() -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "PYTHONPATH": MOUNT_BASE,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


def bwrap_command(connection_file: str, rundir: str, lifeline: int | None = None) -> list[str]:
    """The full command line that starts the kernel inside bubblewrap.

    ``unshare``, ``sh``, ``setpriv`` and bwrap all keep inherited file
    descriptors, so a ``lifeline`` fd passed to the first reaches the kernel
    under the same number.
    """
    bwrap = shutil.which("bwrap")
    if not bwrap:
        raise SandboxUnavailableError(
            "bubblewrap is not installed: run `sudo apt-get install bubblewrap` "
            "(or set INTERVIEW_SANDBOX=weak for unsafe local self-practice)"
        )
    uid, gid = sandbox_ids()
    args = [
        bwrap,
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--hostname",
        "sandbox",
        "--clearenv",
    ]
    for k, v in _env().items():
        args += ["--setenv", k, v]
    args += ["--ro-bind", "/usr", "/usr"]
    for d in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(d):
            args += ["--symlink", os.readlink(d), d]
        elif os.path.isdir(d):
            args += ["--ro-bind", d, d]
    for etc in ("/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime"):
        args += ["--ro-bind-try", etc, etc]
    for java_etc in sorted(Path("/etc").glob("java-*")):
        args += ["--ro-bind", str(java_etc), str(java_etc)]
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", MOUNT_BASE]
    stage_script: list[str] = []
    for dest, src in runtime_mounts().items():
        if _reachable(src, uid, gid):
            args += ["--ro-bind", src, dest]
            continue
        if os.geteuid() != 0:
            raise SandboxUnavailableError(f"{src} is not readable by the sandbox user")
        point = os.path.join(rundir, "stage", str(len(stage_script)))
        os.makedirs(point, mode=0o755, exist_ok=True)
        stage_script.append(f"mount --bind {shlex.quote(src)} {shlex.quote(point)}")
        args += ["--ro-bind", point, dest]
    args += [
        "--bind",
        rundir,
        rundir,
        "--remount-ro",
        "/",
        "--chdir",
        "/tmp",
        "--",
        *kernel_argv(connection_file, lifeline=lifeline),
    ]
    if os.geteuid() == 0:
        args = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", *args]
        if stage_script:
            script = " && ".join([*stage_script, 'exec "$@"'])
            args = [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "--",
                "sh",
                "-c",
                script,
                "sandbox",
                *args,
            ]
    return args


def weak_command(connection_file: str, rundir: str, lifeline: int | None = None) -> list[str]:
    """The kernel without namespaces (rlimits only); refuses to run as root."""
    if os.geteuid() == 0:
        raise SandboxUnavailableError(
            "weak sandbox mode refuses to run as root (a candidate could kill every process); "
            "install bubblewrap or run as an ordinary user"
        )
    warnings.warn(
        "INTERVIEW_SANDBOX=weak: candidate code runs WITHOUT namespaces, only rlimits. "
        "Use this only to practise with your own code on your own machine.",
        WeakSandboxWarning,
        stacklevel=3,
    )
    pydir = os.path.join(rundir, "py")
    os.makedirs(pydir, exist_ok=True)
    for dest, src in runtime_mounts().items():
        if dest.startswith(MOUNT_BASE):
            link = os.path.join(pydir, os.path.basename(dest))
            if not os.path.exists(link):
                os.symlink(src, link)
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in {**_env(), "PYTHONPATH": pydir}.items())
    argv = ["env", "-i", *env.split(" "), *kernel_argv(connection_file, True, lifeline)]
    return argv


RUNDIR_PREFIX = "ik-"
_OWNED = re.compile(r"ik-([0-9a-f]+)-(\d+)-(\d+)-")
"""A runtime folder's name: ``ik-<owner's pid namespace>-<owner pid>-<its start time>-<random>``."""


def _start_time(pid: int | str) -> int | None:
    """A process's start time (clock ticks after boot), or ``None`` if it is gone.

    With the pid it names a process for good: a pid alone may be reused. A
    zombie (dead, not yet reaped: an orphan waits for its reaper) counts as gone.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return None if fields[0] in (b"Z", b"X") else int(fields[19])
    except (OSError, ValueError, IndexError):
        return None


def _pid_namespace() -> str:
    """The pid namespace we run in (its inode, in hex): pids only mean something inside it."""
    try:
        return f"{os.stat('/proc/self/ns/pid').st_ino:x}"
    except OSError:
        return "0"


def _owner_tag() -> str | None:
    """``<pid namespace>-<pid>-<start time>`` of this process, or ``None`` if /proc cannot say."""
    if proc_is_foreign():
        return None
    me = os.getpid()
    started = _start_time(me)
    return None if started is None else f"{_pid_namespace()}-{me}-{started}"


def make_rundir(base: str | None = None) -> str:
    """A private runtime folder for one kernel: its connection file and IPC sockets only.

    It is created in ``base`` (default ``INTERVIEW_RUNTIME_DIR`` or /tmp) and
    named after this process, so that :func:`sweep_stale_rundirs` can tell when
    its owner has died without removing it (killed, say).
    """
    base = base or settings.get("INTERVIEW_RUNTIME_DIR") or "/tmp"
    owner = _owner_tag()
    prefix = f"{RUNDIR_PREFIX}{owner}-" if owner else RUNDIR_PREFIX
    rundir = tempfile.mkdtemp(prefix=prefix, dir=base)
    uid, gid = sandbox_ids()
    if os.geteuid() == 0:
        os.chown(rundir, uid, gid)
    os.chmod(rundir, 0o700)
    return rundir


def sweep_stale_rundirs(base: str | None = None) -> list[str]:
    """Remove the runtime folders whose owner is dead; returns the removed paths.

    A grader removes its kernels' folders when it closes, but one that is
    killed cannot, and the kernel inside the sandbox cannot remove the folder
    it is bound to either. So each grader start sweeps them: a folder whose
    owner pid is gone, or now names a process started at another time (a
    reused pid), is stale. Folders made in another pid namespace (a container
    sharing this base folder) or without an owner in their name are left alone,
    and nothing is swept when /proc belongs to another pid namespace.
    """
    base = base or settings.get("INTERVIEW_RUNTIME_DIR") or "/tmp"
    if proc_is_foreign():
        return []
    here = _pid_namespace()
    try:
        names = os.listdir(base)
    except OSError:
        return []
    removed = []
    for name in names:
        m = _OWNED.match(name)
        if m is None or m.group(1) != here or _start_time(m.group(2)) == int(m.group(3)):
            continue
        path = os.path.join(base, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def proc_is_foreign() -> bool:
    """Tell whether /proc shows another pid namespace than this process's own.

    That is the case inside ``unshare --pid --fork`` without ``--mount-proc``:
    pids read from /proc then name other processes, and bubblewrap fails at
    random ("open /proc/N/ns/ns failed") depending on which host pids exist.
    """
    try:
        with open("/proc/self/stat", "rb") as f:
            return int(f.read().split(b" ", 1)[0]) != os.getpid()
    except (OSError, ValueError):
        return False


FOREIGN_PROC = (
    "this process is in a pid namespace whose /proc was not remounted "
    "(inside `unshare --pid --fork` without --mount-proc?)"
)
FOREIGN_PROC_FIX = (
    "run it with `unshare --pid --fork --mount-proc ...`, or remount /proc in the "
    "namespace (`mount -t proc proc /proc` in a private mount namespace)"
)


def weak_requested() -> bool:
    """Tell whether the user opted into weak mode (``INTERVIEW_SANDBOX=weak``)."""
    return settings.get("INTERVIEW_SANDBOX").lower() == "weak"


@dataclass
class Capability:
    """What `interview doctor` reports about the sandbox."""

    ok: bool
    detail: str
    fix: str = ""


@functools.lru_cache(maxsize=1)
def check() -> Capability:
    """Check that bubblewrap can build the sandbox here (one short-lived process)."""
    if proc_is_foreign():
        return Capability(False, FOREIGN_PROC, FOREIGN_PROC_FIX)
    if not shutil.which("bwrap"):
        return Capability(
            False, "bubblewrap (bwrap) is not installed", "sudo apt-get install bubblewrap"
        )
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        return Capability(
            False,
            "setpriv is missing (needed to drop root before the sandbox)",
            "sudo apt-get install util-linux",
        )
    rundir = make_rundir()
    try:
        cmd = bwrap_command(os.path.join(rundir, "none.json"), rundir)
        argv = cmd[: cmd.index("--", cmd.index("--chdir")) + 1]
        argv += [
            python_binary(),
            "-S",
            "-c",
            "import ctypes; l=ctypes.CDLL(None, use_errno=True); "
            "assert l.unshare(0x10000000) == 0, 'nested user namespaces are blocked'",
        ]
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError, SandboxUnavailableError) as exc:
        return Capability(False, f"cannot start bubblewrap: {exc}", "")
    finally:
        shutil.rmtree(rundir, ignore_errors=True)
    if proc.returncode != 0:
        err = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
        fix = ""
        if re.search(r"open /proc/\d+/ns", err):  # /proc of another pid namespace
            fix = FOREIGN_PROC_FIX
        elif "uid map" in err or "Permission denied" in err or "Operation not permitted" in err:
            fix = (
                "allow unprivileged user namespaces: `sudo sysctl -w "
                "kernel.apparmor_restrict_unprivileged_userns=0` (Ubuntu 24.04) or "
                "`sudo sysctl -w kernel.unprivileged_userns_clone=1`"
            )
        return Capability(False, f"bubblewrap cannot build the sandbox: {err}", fix)
    return Capability(True, "bubblewrap with user, pid, net, ipc, uts namespaces works")
