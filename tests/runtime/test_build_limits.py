"""The compiler's limits (``_build.run_limited``): CPU is the limit, wall time a guard.

On shared cores a compile of correct code can pass its wall limit while having used
little CPU; it was then reported as a compilation error. The wall limit now grows
(up to ``BUSY_WALL_FACTOR`` times) while the build has used less than half its CPU.
"""

from __future__ import annotations

import os
import time

from interview_kernel._runtime.langs import _build


def _run(script: str, cpu: float, wall: float) -> tuple[int, str, bool, float]:
    t0 = time.monotonic()
    code, out, timed_out = _build.run_limited(
        ["/bin/sh", "-c", script],
        "/tmp",
        dict(os.environ),
        cpu_seconds=cpu,
        wall_seconds=wall,
        memory_mb=None,
        processes=16,
    )
    return code, out, timed_out, time.monotonic() - t0


def test_a_build_slowed_by_busy_cores_gets_more_wall_time() -> None:
    # Waiting stands in for a compiler that gets no CPU from the machine.
    code, out, timed_out, _ = _run("sleep 1.5; echo built", cpu=10, wall=0.5)
    assert (code, out.strip(), timed_out) == (0, "built", False)


def test_a_build_that_never_ends_still_times_out_at_the_cap() -> None:
    code, _, timed_out, took = _run("sleep 60", cpu=10, wall=0.5)
    assert timed_out and code != 0
    assert took < 0.5 * _build.BUSY_WALL_FACTOR + 1.5


def test_a_build_that_burns_its_cpu_gets_no_extension() -> None:
    code, _, timed_out, took = _run("while :; do :; done", cpu=1, wall=1.5)
    assert code != 0 and took < 4  # the CPU limit (or the wall limit) ends it


def test_the_group_cpu_counts_the_compilers_children() -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.setpgid(0, 0)
        os.execv("/bin/sh", ["/bin/sh", "-c", "sh -c 'while :; do :; done' & wait"])
    try:
        time.sleep(1.0)
        assert _build.group_cpu_seconds(pid) > 0.3
    finally:
        os.killpg(pid, 9)
        os.waitpid(pid, 0)
