"""Dask fan-out: every worker process holds its own warm pool of sandboxed kernels.

The client (the batch notebook) ships ``(problem, source, language)`` to the
workers; each worker grades with a :class:`~interview_kernel.Grader` created on
first use and kept for the worker's life (``GraderPlugin`` closes it when the
worker stops). Workers are trusted grader hosts: they see hidden tests, so run
them only on machines you control, each with bubblewrap installed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..problem import Problem
from .watchdog import Probed, grade_and_probe

PLUGIN_NAME = "interview-grader"

_lock = threading.Lock()
_graders: dict[str, Any] = {}


def _worker_grader() -> Any:
    """The Grader of this worker process, created on first use (one kernel per worker thread)."""
    from .prefetch import PrefetchGrader as Grader

    with _lock:
        grader = _graders.get("grader")
        if grader is None:
            nthreads = 1
            try:
                from distributed import get_worker

                w = get_worker()
                nthreads = int(getattr(w.state, "nthreads", 0) or getattr(w, "nthreads", 1) or 1)
            except (ImportError, ValueError, AttributeError):
                pass
            grader = _graders["grader"] = Grader(pool_size=nthreads)
        return grader


def close_worker_grader() -> None:
    """Shut this process's Grader down (the plugin calls it when the worker stops)."""
    with _lock:
        grader = _graders.pop("grader", None)
    if grader is not None:
        grader.close()


def grade_on_worker(
    problem: Problem,
    source: str,
    language: str,
    timeout: float | None,
    complexity: bool = False,
    all_tests: bool = False,
) -> Probed:
    """The Dask task: grade one submission with this worker's warm pool (and probe it)."""
    return grade_and_probe(
        _worker_grader(), problem, source, language, timeout, complexity, all_tests
    )


def _plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class GraderPlugin(WorkerPlugin):
        """Closes the worker's Grader (and its sandboxed kernels) when the worker stops."""

        name = PLUGIN_NAME

        def teardown(self, worker: Any) -> None:
            close_worker_grader()

    return GraderPlugin()


def dask_outcomes(
    address: str,
    jobs: Sequence[tuple[int, Problem, str, str]],
    timeout: float | None,
    on_submit: Callable[[int], None] | None = None,
    complexity: bool = False,
    all_tests: bool = False,
) -> Iterator[tuple[int, Probed]]:
    """Grade ``(index, problem, source, language)`` jobs on a Dask cluster, as they finish.

    Parameters
    ----------
    address
        The scheduler, e.g. ``tcp://scheduler:8786``.
    jobs
        What to grade, tagged with the caller's index.
    timeout
        Per-submission timeout, enforced on the worker.
    on_submit
        Called with the number of tasks once they are submitted.
    complexity
        Also run the complexity probe on accepted submissions.
    all_tests
        Run every test (default: stop at a submission's first resource limit).

    Yields
    ------
    tuple
        ``(index, outcome)`` in completion order.
    """
    from distributed import Client, as_completed

    with Client(address, timeout="30s") as client:
        client.register_plugin(_plugin(), name=PLUGIN_NAME)
        problems = {p.id: p for _, p, _, _ in jobs}
        scattered = {pid: client.scatter(p, broadcast=True) for pid, p in problems.items()}
        futures: dict[Any, int] = {}
        for index, problem, source, language in jobs:
            fut = client.submit(
                grade_on_worker,
                scattered[problem.id],
                source,
                language,
                timeout,
                complexity,
                all_tests,
                pure=False,
                key=f"interview-grade-{index}-{id(jobs)}",
            )
            futures[fut] = index
        if on_submit:
            on_submit(len(futures))
        for fut in as_completed(list(futures)):
            index = futures[fut]
            try:
                outcome = fut.result()
            except (
                Exception
            ) as exc:  # a worker died mid-task: an internal error, not the candidate's
                outcome = ("ie", f"the Dask worker failed: {type(exc).__name__}: {exc}")
            yield index, outcome
