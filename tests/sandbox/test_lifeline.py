"""A grader that dies at any moment leaves no sandbox and, after the next start, no folder.

bubblewrap's ``--die-with-parent`` is armed only once bwrap has started, and it
follows the thread that spawned it: an owner killed while it spawns (the
``unshare``/``setpriv`` steps before bwrap) used to leave an orphaned bwrap, its
kernel and fork-server running for ever. Each test here runs a Grader in a child
process, SIGKILLs it at a chosen moment and then looks in /proc for anything
still running on its behalf, found by the private runtime base folder given to
that child (every sandbox command line names its connection file under it).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_kernel.sandbox import bwrap as sandbox

ROOT = Path(__file__).resolve().parents[2]
GONE_WITHIN = 2.0  # seconds after the owner's death

CHILD = r"""
import os, signal, sys
mode = sys.argv[1]
if mode == "spawn":
    # Die the instant the sandbox command has been spawned: bwrap has not even
    # started yet, so its parent-death signal cannot be armed in time.
    from jupyter_client.provisioning import local_provisioner

    launch = local_provisioner.launch_kernel

    def launch_and_die(*args, **kwargs):
        proc = launch(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return proc

    local_provisioner.launch_kernel = launch_and_die
from interview_kernel import Grader

g = Grader()
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def base() -> Iterator[str]:
    """A runtime base folder the sandbox user can traverse, unique to this test."""
    d = tempfile.mkdtemp(prefix="iklife-", dir="/tmp")
    os.chmod(d, 0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def survivors(marker: str) -> list[str]:
    """Live processes (bwrap, kernel, fork-server...) whose command line names ``marker``."""
    found = []
    for p in os.listdir("/proc"):
        if not p.isdigit() or int(p) == os.getpid():
            continue
        try:
            cmd = Path(f"/proc/{p}/cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmd:
            text = cmd.replace(b"\0", b" ").decode(errors="replace")
            found.append(f"{p}: {text[:160]}")
    return found


def start_owner(mode: str, base: str) -> subprocess.Popen[str]:
    env = {**os.environ, "INTERVIEW_RUNTIME_DIR": base}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )


def wait_for_kernel_spawn(base: str, timeout: float = 60) -> None:
    """Wait until a kernel's sandbox command (not the probe's) is running."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any("connection.json" in s for s in survivors(base)):
            return
        time.sleep(0.002)
    raise AssertionError("the kernel was never spawned")


def assert_nothing_left(owner: subprocess.Popen[str], base: str, what: str) -> None:
    owner.wait(timeout=10)
    assert owner.returncode == -signal.SIGKILL, f"the owner was not killed ({what})"
    deadline = time.monotonic() + GONE_WITHIN
    while survivors(base) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = survivors(base)
    for line in left:  # leave nothing behind for the rest of the suite
        try:
            os.kill(int(line.split(":")[0]), signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert left == [], f"still running {GONE_WITHIN} s after the owner died {what}"


@pytest.mark.slow
def test_owner_killed_right_after_spawning_leaves_no_sandbox(base):
    owner = start_owner("spawn", base)
    assert_nothing_left(owner, base, "right after spawning the sandbox")


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_owner_killed_while_the_kernel_boots_leaves_no_sandbox(base, seed):
    delay = random.Random(seed).uniform(0.0, 0.6)
    owner = start_owner("wait", base)
    wait_for_kernel_spawn(base)
    time.sleep(delay)
    owner.kill()
    assert_nothing_left(owner, base, f"{delay:.3f} s into the kernel's boot")


@pytest.mark.slow
@pytest.mark.parametrize("seed", [5, 6, 7])
def test_owner_killed_at_a_random_moment_leaves_no_sandbox(base, seed):
    delay = random.Random(seed).uniform(0.0, 3.0)
    owner = start_owner("wait", base)
    time.sleep(delay)
    owner.kill()
    assert_nothing_left(owner, base, f"{delay:.3f} s after it started")


@pytest.mark.slow
def test_the_next_grader_sweeps_folders_of_dead_owners(base, monkeypatch):
    owner = start_owner("wait", base)
    assert owner.stdout is not None
    assert owner.stdout.readline().strip() == "ready"
    owner.kill()
    assert_nothing_left(owner, base, "while it was ready")
    stale = sorted(os.listdir(base))
    assert stale, "the killed owner's runtime folder should still be there"
    monkeypatch.setenv("INTERVIEW_RUNTIME_DIR", base)
    from interview_kernel import Grader

    with Grader() as g:
        live = os.path.dirname(g._all[0].km.connection_file)
        assert sorted(os.listdir(base)) == [os.path.basename(live)]
    assert os.listdir(base) == []


def test_sweeping_removes_only_folders_of_dead_owners(base):
    """A folder is judged by its owner's pid and start time, both in its name."""
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "from interview_kernel.sandbox.bwrap import make_rundir as m; print(m())",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "INTERVIEW_RUNTIME_DIR": base},
        check=True,
    )
    dead = made.stdout.strip()
    mine = sandbox.make_rundir(base)
    # the same dead pid, but in another pid namespace (a container sharing /tmp): unknown
    elsewhere = os.path.join(base, "ik-1" + os.path.basename(dead)[len("ik-") :].split("-", 1)[1])
    os.mkdir(elsewhere)
    assert os.path.isdir(dead) and os.path.dirname(dead) == base
    assert sandbox.sweep_stale_rundirs(base) == [dead]
    assert not os.path.exists(dead)
    assert os.path.isdir(mine) and os.path.isdir(elsewhere)
