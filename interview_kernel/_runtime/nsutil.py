"""Thin ctypes wrappers for the Linux calls the fork-server needs (no os.unshare in 3.11)."""

from __future__ import annotations

import ctypes
import errno
import os
import signal

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38

MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REMOUNT = 32
MS_BIND = 4096

# The interpreter's own symbols, libc's included: ctypes.util.find_library would import
# subprocess, threading, tempfile and random into the fork-server, and the at-fork hooks
# of the last two cost every fork of it ~200 copy-on-write page faults.
_libc = ctypes.CDLL(None, use_errno=True)
# The same C library, called with the GIL held: a raw clone must not release it.
_libc_gil = ctypes.PyDLL(None, use_errno=True)
_SYS_CLONE3 = 435  # the same number on every architecture (the generic syscall table)
# clone(2) where clone3 is missing or filtered (ENOSYS): with a null stack and no
# pointers, its argument order (which differs between architectures) does not matter.
_SYS_CLONE = {"x86_64": 56, "aarch64": 220}.get(os.uname().machine)
# Looked up once, here in the fork-server: a first lookup in each run would allocate.
_mount, _prctl, _capset = _libc.mount, _libc.prctl, _libc.capset


def _check(ret: int, what: str) -> int:
    if ret < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return ret


class _CloneArgs(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)
        for name in ("flags", "pidfd", "child_tid", "parent_tid", "exit_signal", "stack",
                     "stack_size", "tls")
    ]  # fmt: skip


def fork_into(flags: int) -> int:
    """``fork`` straight into new namespaces: 0 in the child, its pid in the parent.

    A ``clone3`` with no new stack behaves as ``fork``, but the child starts in
    the namespaces ``flags`` asks for; with ``CLONE_NEWPID`` it is pid 1 there
    (``unshare`` would only move the caller's *later* children, which costs one
    more process per run). It is made with the GIL held and without Python's
    before/after-fork steps: those re-create locks other threads might hold and
    run ``os.register_at_fork`` hooks, and the fork-server has neither (it
    refuses to go on with a second thread), while the steps cost each run ~100
    copy-on-write page faults. Raises ``OSError`` when the namespaces cannot be made.
    """
    if len(os.listdir("/proc/self/task")) != 1:
        raise RuntimeError("fork_into needs a single-threaded process")
    args = _CloneArgs(flags=flags, exit_signal=signal.SIGCHLD)
    pid = _libc_gil.syscall(
        ctypes.c_long(_SYS_CLONE3), ctypes.byref(args), ctypes.c_size_t(ctypes.sizeof(args))
    )
    if pid < 0 and ctypes.get_errno() == errno.ENOSYS and _SYS_CLONE is not None:
        zero = ctypes.c_long(0)
        pid = _libc_gil.syscall(
            ctypes.c_long(_SYS_CLONE), ctypes.c_long(flags | signal.SIGCHLD), zero, zero, zero, zero
        )
    if pid < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"clone: {os.strerror(err)}")
    return int(pid)


def mount(source: str, target: str, fstype: str, flags: int = 0, data: str = "") -> None:
    """Mount a filesystem, as the mount system call does."""
    _check(
        _mount(source.encode(), target.encode(), fstype.encode(), flags, data.encode()),
        f"mount {target}",
    )


PR_SET_NAME = 15


def set_name(name: str) -> None:
    """Name the calling process (what ``ps`` and ``top`` show) so each role is visible."""
    _prctl(PR_SET_NAME, ctypes.c_char_p(name.encode()[:15]), 0, 0, 0)


def prctl(option: int, arg: int) -> None:
    """Set a process attribute (prctl(2) with one argument)."""
    _check(_prctl(option, arg, 0, 0, 0), "prctl")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_capabilities() -> None:
    """Drop every capability and forbid regaining any (no_new_privs)."""
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    header = _CapHeader(0x20080522, 0)
    data = (_CapData * 2)()
    _check(_capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def map_ids(uid: int, gid: int) -> None:
    """Map the current uid/gid to themselves in a fresh user namespace."""
    for name, text in (
        ("setgroups", "deny"),
        ("uid_map", f"{uid} {uid} 1"),
        ("gid_map", f"{gid} {gid} 1"),
    ):
        fd = os.open(f"/proc/self/{name}", os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)


M_ARENA_MAX = -8


def mallopt_arena_max(n: int) -> None:
    """Cap glibc's malloc arenas (each reserves 64 MB of address space per thread)."""
    try:
        _libc.mallopt(M_ARENA_MAX, n)
    except AttributeError:  # not glibc
        pass
