"""Grading a cohort: a warm kernel pool (or a Dask cluster), resumable, with progress.

This module only sequences. Each finished submission is written at once to
``OUT/results/<key>.json`` (its summary row, its contract result and its source),
so an interrupted batch resumes from what is on disk; ``OUT/progress.json`` says
how far the batch is, for a progress bar in another process (``interview grade``
shows one while papermill runs the report notebook).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problem import Problem
from ..result import GradeResult, Verdict
from .submissions import Submission
from .summary import error_row, graded_row, write_summary
from .watchdog import Probed, capped, grade_and_probe

log = logging.getLogger(__name__)

RESULTS_DIR = "results"
PROGRESS_FILE = "progress.json"


@dataclass
class BatchReport:
    """What a batch produced.

    Attributes
    ----------
    rows
        One summary row per submission, in submission order.
    results
        ``{submission key: contract result dict}`` for graded submissions.
    sources
        ``{submission key: source}`` for graded submissions.
    graded, resumed, errors
        Submissions graded now, taken from an earlier run, and not gradeable.
    out
        The output folder.
    """

    rows: list[dict[str, Any]]
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    graded: int = 0
    resumed: int = 0
    errors: int = 0
    seconds: float = 0.0
    out: Path = Path(".")


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, default=str), encoding="utf-8")
    os.replace(tmp, path)


def read_progress(out: str | Path) -> dict[str, Any] | None:
    """``{"total", "done", "finished"}`` of the batch writing into ``out``, if it started."""
    try:
        return dict(json.loads((Path(out) / PROGRESS_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _load_previous(path: Path, sub: Submission) -> dict[str, Any] | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("digest") != sub.digest or "row" not in saved:
        return None
    return dict(saved)


def _local_outcomes(
    jobs: Sequence[tuple[int, Problem, str, str]],
    pool_size: int,
    timeout: float | None,
    complexity: bool,
    all_tests: bool,
) -> Iterator[tuple[int, Probed]]:
    from .prefetch import PrefetchGrader as Grader

    with Grader(pool_size=pool_size) as grader, ThreadPoolExecutor(pool_size) as ex:
        futures = {
            ex.submit(
                grade_and_probe,
                grader,
                problem,
                source,
                language,
                timeout,
                complexity,
                all_tests,
            ): index
            for index, problem, source, language in jobs
        }
        try:
            for fut in as_completed(futures):
                yield futures[fut], fut.result()
        finally:
            for fut in futures:
                fut.cancel()


def _record(problem: Problem, sub: Submission, result: GradeResult) -> None:
    """Store the graded submission as a one-submission session of the candidate."""
    from ..errors import InterviewError
    from ..practice import sessions

    try:
        sessions.record_run(problem, sub.source or "", result.language, result, user=sub.candidate)
    except InterviewError as exc:
        log.warning("%s: result not stored: %s", sub.candidate, exc)


def run_batch(
    submissions: Sequence[Submission],
    problems: Sequence[Problem],
    out: str | Path,
    *,
    jobs: int | None = None,
    timeout: float | None = None,
    resume: bool = False,
    dask_address: str | None = None,
    record: bool = True,
    complexity: bool = False,
    all_tests: bool = False,
    progress: bool | Callable[[int, int], None] = False,
) -> BatchReport:
    """Grade every gradeable submission and write the summary files.

    Parameters
    ----------
    submissions
        From :func:`~interview_kernel.batch.collect_submissions` (bad input included).
    problems
        The batch's problems.
    out
        Output folder: ``results/``, ``progress.json``, ``summary.csv``, ``summary.json``.
    jobs
        Warm kernels in the local pool (default: one per core); ignored with Dask,
        where each worker holds one kernel per worker thread.
    timeout
        Seconds per submission (caps the problem's wall budget); ``None`` keeps it.
    resume
        Reuse results in ``out`` whose source is unchanged; otherwise start afresh.
    dask_address
        Grade on this Dask scheduler instead of a local pool.
    record
        Store each freshly graded submission in the store (a session per candidate).
    complexity
        Estimate the time complexity of every accepted submission with the
        complexity probe (up to 2 s each; problems with a size generator only); a
        measured class slower than the target costs efficiency points.
    all_tests
        Run every test of every submission. By default a submission's tests stop
        at its first time, memory or output limit (the verdict is the same; the
        tests after it count as not passed), so slow, hanging or memory-hungry
        code costs one limit, not one per test.
    progress
        ``True`` for a tqdm bar on stderr, or a callable ``(done, total)``.

    Returns
    -------
    BatchReport
        Rows in submission order, plus results and sources for the report.
    """
    started = time.monotonic()
    out = Path(out)
    results_dir = out / RESULTS_DIR
    if not resume and results_dir.exists():
        shutil.rmtree(results_dir)
    results_dir.mkdir(parents=True, exist_ok=True)
    by_id = {p.id: capped(p, timeout) for p in problems}
    report = BatchReport(rows=[{} for _ in submissions], out=out)
    todo: list[tuple[int, Problem, str, str]] = []
    for i, sub in enumerate(submissions):
        problem = by_id.get(sub.problem)
        if sub.error or problem is None or sub.source is None or sub.language is None:
            report.rows[i] = error_row(sub, sub.error or f"unknown problem {sub.problem!r}")
            report.errors += 1
            continue
        previous = _load_previous(results_dir / f"{sub.key}.json", sub) if resume else None
        if previous is not None:
            report.rows[i] = previous["row"]
            report.results[sub.key] = previous["result"]
            report.sources[sub.key] = sub.source
            report.resumed += 1
            continue
        todo.append((i, problem, sub.source, sub.language))

    total, done = len(todo) + report.resumed, report.resumed
    bar = None
    if progress is True:
        from tqdm import tqdm

        bar = tqdm(total=total, initial=done, unit="sub", desc="grading", smoothing=0.1)

    def tick() -> None:
        _write_json(out / PROGRESS_FILE, {"total": total, "done": done, "finished": False})
        if bar is not None:
            bar.update(1)
        elif callable(progress):
            progress(done, total)

    _write_json(out / PROGRESS_FILE, {"total": total, "done": done, "finished": False})
    outcomes = (
        _dask(dask_address, todo, timeout, complexity, all_tests)
        if dask_address
        else _local(todo, jobs, timeout, complexity, all_tests)
    )
    try:
        for index, ((kind, payload), probed) in outcomes:
            sub = submissions[index]
            problem = by_id[sub.problem]
            if kind == "bad":
                report.rows[index] = error_row(sub, str(payload))
                report.errors += 1
            else:
                result = payload if kind == "ok" else _internal(problem, sub, str(payload))
                measured = probed.get("best") if probed else None
                row = graded_row(sub, result, problem, measured)
                report.rows[index] = row
                report.results[sub.key] = result.to_dict()
                if probed:
                    report.results[sub.key]["complexity"] = probed
                report.sources[sub.key] = sub.source or ""
                report.graded += 1
                if result.verdict is not Verdict.IE:  # an internal error is regraded on resume
                    _write_json(
                        results_dir / f"{sub.key}.json",
                        {
                            "digest": sub.digest,
                            "row": row,
                            "result": report.results[sub.key],
                            "source": sub.source,
                        },
                    )
                if record:
                    _record(problem, sub, result)
            done += 1
            tick()
    finally:
        if bar is not None:
            bar.close()
    report.seconds = time.monotonic() - started
    write_summary(report.rows, out)
    _write_json(out / PROGRESS_FILE, {"total": total, "done": done, "finished": True})
    return report


def _local(
    todo: Sequence[tuple[int, Problem, str, str]],
    jobs: int | None,
    timeout: float | None,
    complexity: bool,
    all_tests: bool,
) -> Iterator[tuple[int, Probed]]:
    from ..grading.grader import default_pool_size

    if not todo:
        return iter(())
    pool = max(1, min(int(jobs or default_pool_size()), len(todo)))
    return _local_outcomes(todo, pool, timeout, complexity, all_tests)


def _dask(
    address: str,
    todo: Sequence[tuple[int, Problem, str, str]],
    timeout: float | None,
    complexity: bool,
    all_tests: bool,
) -> Iterator[tuple[int, Probed]]:
    from .cluster import dask_outcomes

    if not todo:
        return iter(())
    return dask_outcomes(address, todo, timeout, complexity=complexity, all_tests=all_tests)


def _internal(problem: Problem, sub: Submission, message: str) -> GradeResult:
    from .watchdog import timed_out

    result = timed_out(problem, sub.language or "", 0)
    result.verdict = Verdict.IE
    result.message = message
    return result
