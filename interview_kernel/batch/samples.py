"""HumanEval samples mode: grade ``{task_id, completion}`` lines against imported tasks.

The tasks are problem folders written by ``interview problems import humaneval``
(one per task, id = the task id made lowercase with ``-`` for other characters).
Each completion is appended to the task's prompt and graded by the task's
``check(candidate)``, with ``candidate`` calling into the sandbox. One result line
per sample, in input order: ``task_id``, ``passed``, ``verdict`` (plus
``time_ms``, and ``error`` for a line that could not be graded).

Sets whose tests are programs (HumanEval-X, MultiPL-E: ``interview problems import
humaneval-x``) are graded as upstream grades them: the program (prompt, completion,
the set's ``test``) built and run once per sample, passing when it exits 0 (in
JavaScript, printing nothing to stderr). The visible ``example_test`` is for the
practice app: upstream's pass@k does not run it, so neither does this. Identical
programs (one task, one completion) are built once: they go to the sandbox as one
run with one test per sample, and each test is still its own fresh process. The
per-sample ``timeout`` caps each sample's run; the build has the compiler's own
limits on top.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from .._runtime.protocol import Outcome
from ..errors import InterviewError, SandboxUnavailableError, SourceError, UnknownLanguageError
from ..grading.grader import Grader as BaseGrader
from ..grading.judge import assemble, merge
from ..problem import Limits, Problem, TestCase
from ..result import GradeResult
from .prefetch import PrefetchGrader as Grader
from .summary import BAD_INPUT
from .watchdog import capped, guarded_grade

log = logging.getLogger(__name__)

CHUNK = 8
"""Samples per kernel message (each still its own run, in its own namespaces)."""

BUILD_ALLOWANCE = 60.0
"""Seconds of a program run's wall budget kept for its build (the compilers' own wall limit)."""


def task_problem_id(task_id: str) -> str:
    """The problem id the importer gives a task (``HumanEval/0`` -> ``humaneval-0``)."""
    return re.sub(r"[^a-z0-9]+", "-", task_id.lower()).strip("-")


def read_samples(path: str | Path) -> list[dict[str, Any]]:
    """The samples of a JSONL file; a bad line becomes ``{"error": ...}`` in its place.

    Raises
    ------
    SourceError
        When the file cannot be read at all.
    """
    import gzip

    p = Path(path)
    opener: Any = gzip.open if p.suffix == ".gz" else open
    rows: list[dict[str, Any]] = []
    try:
        with opener(p, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError:
                    rows.append({"task_id": None, "error": f"line {n} is not JSON"})
                    continue
                if isinstance(row, dict) and "completion" not in row and "generation" in row:
                    row["completion"] = row["generation"]  # HumanEval-X's samples say so
                if not isinstance(row, dict) or not isinstance(row.get("task_id"), str):
                    rows.append({"task_id": None, "error": f"line {n} has no task_id"})
                elif not isinstance(row.get("completion"), str):
                    rows.append({"task_id": row["task_id"], "error": f"line {n} has no completion"})
                else:
                    rows.append(row)
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read samples file {p}: {exc}") from None
    return rows


def task_language(task: Problem) -> str:
    """The language a set's task is graded in: a HumanEval-X task has one (its reference's)."""
    if task.kind == "program" and len(task.reference or task.starter) == 1:
        return next(iter(task.reference or task.starter))
    return "python"


def upstream_tests(task: Problem) -> Problem:
    """The task with only the test programs upstream's pass@k runs (the set's hidden ``test``).

    A task without test programs, or whose test programs are all visible, is unchanged.
    """
    programs = [t for t in task.tests if t.program]
    hidden = [t for t in programs if t.hidden]
    if not programs or not hidden or len(hidden) == len(task.tests):
        return task
    return task.model_copy(update={"tests": hidden})


def program_chunks(keys: list[tuple[str, str]], size: int = CHUNK) -> list[list[list[int]]]:
    """Indices of ``keys`` in chunks of groups: each group one program, at most ``size`` a chunk.

    Identical keys (task, completion) form one group, so they are built once;
    a group larger than ``size`` is split. Groups of one task stay together.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, []).append(i)
    chunks: list[list[list[int]]] = []
    current: list[list[int]] = []
    n = 0
    for key in sorted(groups):
        members = groups[key]
        for k in range(0, len(members), size):
            part = members[k : k + size]
            if current and n + len(part) > size:
                chunks.append(current)
                current, n = [], 0
            current.append(part)
            n += len(part)
    if current:
        chunks.append(current)
    return chunks


def _program_runs(
    grader: BaseGrader,
    groups: list[tuple[Problem, str, str, int]],
) -> list[list[GradeResult | Exception]]:
    """Grade groups of identical test-program samples in one kernel message.

    A group is ``(task, program, language, copies)``: one run per test program,
    with ``copies`` identical tests, each a fresh process; returns one result (or
    the exception a grade would raise) per copy.
    """
    out: list[list[GradeResult | Exception]] = []
    runs: list[tuple[Problem, str, str, list[list[Any]], Limits]] = []
    plan: list[tuple[int, Problem, str, list[TestCase], int] | None] = []
    for task, source, language, copies in groups:
        try:
            source, language = grader.admit(task, source, language)
        except InterviewError as exc:
            out.append([exc] * copies)
            plan.append(None)
            continue
        tests = sorted(task.tests, key=lambda t: t.hidden)
        per_test = task.limits.wall_seconds
        limits = task.limits.model_copy(
            update={"wall_seconds": min(300.0, BUILD_ALLOWANCE + per_test * copies)}
        )
        plan.append((len(runs), task, language, tests, copies))
        out.append([])
        for t in tests:
            runs.append(
                (
                    task,
                    source.rstrip("\n") + "\n" + t.program,
                    language,
                    [[t.input.get("stdin", "")]] * copies,
                    limits,
                )
            )
    done = grader.run_raw_batch(runs) if runs else []
    for g, step in enumerate(plan):
        if step is None:
            continue
        first, task, language, tests, copies = step
        for c in range(copies):
            parts = []
            for k, t in enumerate(tests):
                outcomes, complete = done[first + k]
                mine: list[Outcome] = []
                for o in outcomes:
                    if "i" not in o:
                        mine.append(o)
                    elif o["i"] == c:
                        mine.append(cast(Outcome, {**o, "i": 0}))
                ran = any("i" in o for o in mine)
                parts.append(assemble(task, language, [t], mine, complete or ran))
            out[g].append(merge(task, language, parts))
    return out


def _load_tasks(problems_dir: Path, task_ids: set[str]) -> dict[str, Problem | str]:
    from ..bank.loader import load_problem

    tasks: dict[str, Problem | str] = {}
    for tid in sorted(task_ids):
        folder = problems_dir / task_problem_id(tid)
        if not (folder / "problem.yaml").is_file():
            tasks[tid] = f"unknown task id {tid!r}: no {folder.name}/ in {problems_dir}"
            continue
        try:
            tasks[tid] = load_problem(str(folder))
        except InterviewError as exc:
            tasks[tid] = f"task {tid!r}: {exc}"
    return tasks


def grade_samples(
    samples_path: str | Path,
    problems_dir: str | Path,
    out_path: str | Path,
    *,
    jobs: int | None = None,
    timeout: float | None = None,
    grader: Any = None,
    progress: bool | Callable[[int, int], None] = False,
) -> list[dict[str, Any]]:
    """Grade a HumanEval samples file; write and return one result per sample, in input order.

    Parameters
    ----------
    samples_path
        JSONL (optionally ``.gz``) with ``task_id`` and ``completion`` per line.
    problems_dir
        Folder of imported tasks (``interview problems import humaneval``).
    out_path
        Where the result JSONL goes.
    jobs
        Warm kernels (default one per core).
    timeout
        Seconds per sample (caps each task's wall budget).
    grader
        An existing :class:`~interview_kernel.Grader` to use instead of a new pool.
    progress
        ``True`` for a tqdm bar on stderr, or a callable ``(done, total)``.

    Returns
    -------
    list of dict
        ``{"task_id", "passed", "verdict", "time_ms"}`` (and ``"error"`` for a line
        that could not be graded, whose verdict is ``ERR``).
    """
    from ..grading.grader import default_pool_size

    problems_dir = Path(problems_dir)
    if not problems_dir.is_dir():
        raise SourceError(f"no such problems folder: {problems_dir}")
    samples = read_samples(samples_path)
    ids = {s["task_id"] for s in samples if "error" not in s}
    tasks = {
        tid: upstream_tests(capped(p, timeout)) if isinstance(p, Problem) else p
        for tid, p in _load_tasks(problems_dir, ids).items()
    }
    results: list[dict[str, Any]] = [{} for _ in samples]
    todo: list[int] = []
    for i, s in enumerate(samples):
        task = tasks.get(s["task_id"]) if "error" not in s else None
        if isinstance(task, Problem):
            todo.append(i)
        else:
            error = s.get("error") or str(task)
            results[i] = {
                "task_id": s["task_id"],
                "passed": False,
                "verdict": BAD_INPUT,
                "time_ms": 0.0,
                "error": error,
            }

    def row(i: int, kind: str, payload: Any) -> dict[str, Any]:
        if kind != "ok":
            return {
                "task_id": samples[i]["task_id"],
                "passed": False,
                "verdict": BAD_INPUT if kind == "bad" else "IE",
                "time_ms": 0.0,
                "error": str(payload),
            }
        return {
            "task_id": samples[i]["task_id"],
            "passed": payload.verdict.value == "AC",
            "verdict": payload.verdict.value,
            "time_ms": round(payload.time_ms, 1),
        }

    def submission(i: int) -> tuple[Problem, str, str]:
        """The task, the program of sample ``i`` (its completion after the prompt), the language."""
        task = cast(Problem, tasks[samples[i]["task_id"]])
        return task, (task.prompt or "") + samples[i]["completion"], task_language(task)

    def one(i: int) -> dict[str, Any]:
        return row(i, *guarded_grade(own.grade, *submission(i), timeout))

    def settle(i: int, got: Any) -> dict[str, Any]:
        """Sample ``i``'s row from what a batched run gave it (an error there: one by one)."""
        if isinstance(got, SandboxUnavailableError):
            raise got
        if isinstance(got, (SourceError, UnknownLanguageError)):
            return row(i, "bad", got)
        if isinstance(got, Exception):
            return one(i)
        return row(i, "ok", got)

    def is_program(i: int) -> bool:
        task = tasks[samples[i]["task_id"]]
        return isinstance(task, Problem) and any(t.program for t in task.tests)

    def program_chunk(groups: list[list[int]]) -> list[dict[str, Any]]:
        """Test-program samples, identical ones built once, in one kernel message."""
        flat = [i for g in groups for i in g]
        if not isinstance(own, BaseGrader):
            return [one(i) for i in flat]
        try:
            got = _program_runs(own, [(*submission(g[0]), len(g)) for g in groups])
        except SandboxUnavailableError:
            raise
        except Exception:  # the watchdogged one-by-one way decides
            log.warning("a batch of programs failed; grading them one by one", exc_info=True)
            return [one(i) for i in flat]
        return [
            settle(i, r)
            for g, results in zip(groups, got, strict=True)
            for i, r in zip(g, results, strict=True)
        ]

    def chunk_of(chunk: list[int]) -> list[dict[str, Any]]:
        """A chunk of samples in one kernel message; anything unusual goes the one-by-one way."""
        if not isinstance(own, Grader):
            return [one(i) for i in chunk]
        try:
            got = own.grade_batch([submission(i) for i in chunk])
        except SandboxUnavailableError:
            raise
        except Exception:  # the watchdogged one-by-one way decides
            log.warning("a batch of samples failed; grading them one by one", exc_info=True)
            return [one(i) for i in chunk]
        return [settle(i, g) for i, g in zip(chunk, got, strict=True)]

    bar = None
    if progress is True and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="sample", desc="grading samples")
    own = grader
    pool = max(1, min(int(jobs or default_pool_size()), len(todo) or 1))
    if todo and own is None:
        own = Grader(pool_size=pool)
    try:
        if todo:
            programs = [i for i in todo if is_program(i)]
            others = [i for i in todo if not is_program(i)]
            keys = [(samples[i]["task_id"], samples[i]["completion"]) for i in programs]
            work: list[tuple[list[int], Callable[[], list[dict[str, Any]]]]] = []
            for groups in program_chunks(keys):
                mapped = [[programs[k] for k in g] for g in groups]
                work.append(
                    ([i for g in mapped for i in g], functools.partial(program_chunk, mapped))
                )
            for k in range(0, len(others), CHUNK):
                part = others[k : k + CHUNK]
                work.append((part, functools.partial(chunk_of, part)))
            chunks = [w[0] for w in work]
            n = 0
            with ThreadPoolExecutor(pool) as ex:
                for chunk, rows in zip(chunks, ex.map(lambda w: w[1](), work), strict=True):
                    for i, res in zip(chunk, rows, strict=True):
                        results[i] = res
                        n += 1
                        if bar is not None:
                            bar.update(1)
                        elif callable(progress):
                            progress(n, len(todo))
    finally:
        if bar is not None:
            bar.close()
        if own is not None and grader is None:
            own.close()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r) + "\n")
    tmp.replace(out)
    return results
