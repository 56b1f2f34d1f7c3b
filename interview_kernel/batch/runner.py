"""Grading a cohort: a warm kernel pool (or a Dask cluster), resumable, with progress.

This module only sequences. Each finished submission is written at once to
``OUT/results/<key>.json`` (its summary row, its contract result and its source),
so an interrupted batch resumes from what is on disk; ``OUT/progress.json`` says
how far the batch is, for a progress bar in another process (``interview grade``
shows one while papermill runs the report notebook).

Locally, submissions are graded through a
:class:`~interview_kernel.grading.service.GradingService` (the code the server's
pages and REST API grade through), sized to the batch and without a rate limit.
Graded submissions are recorded in the store a chunk at a time
(:func:`~interview_kernel.practice.sessions.record_runs`: one transaction per
:data:`RECORD_CHUNK` submissions); ``OUT/recorded.json`` lists the submissions
whose record is settled, so a resumed batch stores what an interrupted one had
graded but not yet recorded, and nothing twice.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import as_completed
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
RECORDED_FILE = "recorded.json"

RECORD_CHUNK = 100
"""Graded submissions stored per transaction (the rest at the end of the batch)."""

PROGRESS_EVERY_S = 0.2
"""Seconds between rewrites of ``progress.json`` while grading (`interview grade` polls it)."""


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
    """Grade on a private :class:`GradingService`: the server's code path, sized to the batch."""
    from ..grading.service import GradingService
    from .prefetch import PrefetchGrader

    service = GradingService(
        pool_size=pool_size,
        max_queued=len(jobs),
        max_per_user=len(jobs),
        rate=None,
        grader_factory=lambda n: PrefetchGrader(pool_size=n),
    )
    futures: dict[Any, int] = {}
    try:  # closed however it ends, a failed start included (its workers would linger)
        service.start(wait=True)
        for index, problem, source, language in jobs:
            job = functools.partial(
                _grade_job,
                problem=problem,
                source=source,
                language=language,
                timeout=timeout,
                complexity=complexity,
                all_tests=all_tests,
            )
            futures[service.submit(BATCH_USER, job).future] = index
        for fut in as_completed(futures):
            yield futures[fut], fut.result()
    finally:  # jobs still waiting fail with ServiceClosed, unread
        service.close()


BATCH_USER = "batch"
"""The one user a batch's jobs are queued under in its own grading service."""


def _grade_job(
    grader: Any,
    *,
    problem: Problem,
    source: str,
    language: str,
    timeout: float | None,
    complexity: bool,
    all_tests: bool,
) -> Probed:
    return grade_and_probe(grader, problem, source, language, timeout, complexity, all_tests)


def _warm_store() -> None:
    try:
        from sqlalchemy.orm import configure_mappers

        from ..practice import sessions  # noqa: F401 - the import is the warm-up
        from ..store import get_engine

        get_engine()
        configure_mappers()
    except Exception as exc:  # the first chunk meets the same error and says it
        log.debug("warming the store failed: %s", exc)


class _Recorder:
    """Stores graded submissions a chunk at a time and keeps ``OUT/recorded.json``.

    ``recorded.json`` maps a submission's key to the digest of the source whose
    record is settled (stored, or refused by the store for good). A resumed
    batch stores the results on disk that are not settled; results of a batch
    without a ledger (``--no-save``, or an older version) are taken as settled.
    """

    def __init__(self, out: Path, resume: bool, enabled: bool):
        self.path = out / RECORDED_FILE
        self.enabled = enabled
        self.pending: list[tuple[Submission, Any]] = []
        self.settled: dict[str, str] = {}
        self.kept_ledger = False
        if resume:
            try:
                self.settled = dict(json.loads(self.path.read_text(encoding="utf-8")))
                self.kept_ledger = True
            except (OSError, ValueError, TypeError):
                self.settled = {}
        elif self.path.exists():
            self.path.unlink()
        if enabled:  # open (and migrate) the store while the kernels boot, not at the first chunk
            threading.Thread(target=_warm_store, name="batch-store", daemon=True).start()

    def start(self) -> None:
        """Write the ledger before grading: a batch that records keeps one, even if it dies."""
        if self.enabled:
            _write_json(self.path, self.settled)

    def resumed(self, sub: Submission, problem: Problem, result: dict[str, Any]) -> None:
        """A result taken from an earlier run: store it if that run did not."""
        if not self.kept_ledger:
            self.settled[sub.key] = sub.digest
        elif self.enabled and self.settled.get(sub.key) != sub.digest:
            self.add(sub, problem, result)

    def add(self, sub: Submission, problem: Problem, result: dict[str, Any]) -> None:
        """Queue a graded submission; a full chunk is stored at once."""
        if not self.enabled:
            return
        from ..practice.sessions import GradedRun

        stored = {k: v for k, v in result.items() if k != "complexity"}
        measured = result.get("complexity")
        run = GradedRun(
            problem=problem,
            code=sub.source or "",
            language=str(result.get("language") or sub.language or ""),
            result=stored,
            user=sub.candidate,
            complexity=measured.get("best") if isinstance(measured, dict) else None,
        )
        self.pending.append((sub, run))
        if len(self.pending) >= RECORD_CHUNK:
            self.flush()

    def flush(self) -> None:
        """Store what is queued, in one transaction, and update the ledger."""
        if not self.pending:
            return
        from ..errors import InterviewError
        from ..practice import sessions

        chunk, self.pending = self.pending, []
        try:
            stored = sessions.record_runs([run for _, run in chunk])
        except InterviewError as exc:  # the store is down or refuses: --resume stores them later
            log.warning(
                "%d graded submissions not stored: %s; `interview grade --resume` stores them",
                len(chunk),
                exc,
            )
            return
        for (sub, _), outcome in zip(chunk, stored, strict=True):
            if isinstance(outcome, InterviewError):
                log.warning("%s: result not stored: %s", sub.candidate, outcome)
            self.settled[sub.key] = sub.digest
        _write_json(self.path, self.settled)


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
        Store each freshly graded submission in the store (a session per candidate),
        :data:`RECORD_CHUNK` per transaction; with ``resume``, also those an
        interrupted run graded but did not store.
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
    recorder = _Recorder(out, resume, record)
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
            recorder.resumed(sub, problem, previous["result"])
            continue
        todo.append((i, problem, sub.source, sub.language))

    total, done = len(todo) + report.resumed, report.resumed
    bar = None
    if progress is True:
        from tqdm import tqdm

        bar = tqdm(total=total, initial=done, unit="sub", desc="grading", smoothing=0.1)

    written = time.monotonic()

    def tick() -> None:
        nonlocal written
        if time.monotonic() - written >= PROGRESS_EVERY_S:
            _write_json(out / PROGRESS_FILE, {"total": total, "done": done, "finished": False})
            written = time.monotonic()
        if bar is not None:
            bar.update(1)
        elif callable(progress):
            progress(done, total)

    _write_json(out / PROGRESS_FILE, {"total": total, "done": done, "finished": False})
    recorder.start()
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
                recorder.add(sub, problem, report.results[sub.key])
            done += 1
            tick()
    finally:
        if bar is not None:
            bar.close()
        recorder.flush()
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
