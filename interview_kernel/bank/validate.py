"""``interview problems validate``: schema, references through the grader, naive baselines.

Order: the schema (every file loads); every reference in every language through
the real sandboxed grader (all AC, which re-derives every expected value from the
reference under the problem's checker); then, where a problem ships a
``naive/solution.py`` and a size generator, the naive baseline must be slower than
the reference by a factor that *grows* with the input (otherwise the target does
not discriminate). Problems are checked in parallel, one warm sandboxed kernel each.

Why the naive check compares growth, not classes
------------------------------------------------
The old check fitted a class to the naive alone and asked for one above the target.
On a busy machine it flipped: a wall-clock budget let fewer sizes finish, the fit
was nudged toward the target, and an O(n log n) baseline read as O(n). This one
times the naive and the Python reference on one fixed ladder of sizes (CPU time of
the call, minus its fixed cost, fastest of :data:`REPEATS` passes interleaved with
the other solution's), stops only at a per-call CPU ceiling (never at a wall
budget), and fits how the *ratio* naive/reference grows with n. A constant slowdown
of either solution (load) leaves that growth unchanged. It fails only on what shows
beyond doubt on any machine (the naive is not slower at all); polynomial gaps pass
with a wide margin; a log factor is a note, because timing cannot separate it from
noise on a shared machine, and a check whose answer depends on load is worse than none.
"""

from __future__ import annotations

import math
import os
import random
import statistics
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InterviewError
from ..result import Verdict

if TYPE_CHECKING:
    from ..grading.grader import Grader
    from ..problem import Problem
    from ..result import GradeResult

REPEATS = 3
"""Runs per size; the fastest counts (noise only ever adds time)."""

NAIVE_CPU_CEILING = 0.1
"""CPU seconds one call may take; the ladder stops at the first size over it."""

MIN_EXPONENT = 0.25
"""A slowdown growing at least like n to this power passes (see :class:`NaiveGrowth`).

Polynomial gaps measure 0.4 and more here, on a busy machine as on a quiet one; a
log factor measures about 0.07, as does noise around a constant factor.
"""

MIN_SLOWDOWN = 1.5
"""Below this slowdown at the large end (:attr:`NaiveGrowth.large_end`) the naive is no slower."""

MIN_SIZES = 6
"""Sizes both solutions must finish for a verdict."""


BUILD_RETRIES = 1
"""Times a build that ran out of wall time is tried again before it counts as a failure."""


def default_jobs() -> int:
    """Problems checked at once: one per idle core, at most four (each holds a warm kernel).

    Cores already busy with other work are not counted: on a loaded machine parallel
    builds only starve each other into their wall-clock limits.
    """
    cores = os.cpu_count() or 1
    try:
        busy = round(os.getloadavg()[0])
    except OSError:  # no load average on this platform
        busy = 0
    return max(1, min(4, cores - busy))


def validate_problems(
    ids: list[str],
    grade: bool,
    out: TextIO,
    probe_naive: bool = True,
    jobs: int | None = None,
) -> list[str]:
    """Validate problems; print one line each, in the order given; return the failure messages.

    Parameters
    ----------
    ids
        Problem ids (or folders).
    grade
        Grade every reference in the sandbox (else the schema only).
    out
        Where the report lines go.
    probe_naive
        Check that each naive baseline grows faster than the reference.
    jobs
        Problems checked in parallel (default :func:`default_jobs`).
    """
    from .loader import load_problem

    failures: list[str] = []
    loaded = []
    for pid in ids:
        try:
            loaded.append(load_problem(pid))
        except InterviewError as exc:
            failures.append(str(exc))
            print(f"FAIL {pid}: {exc}", file=out)
    if grade and loaded:
        from ..grading.grader import Grader

        jobs = max(1, min(jobs or default_jobs(), len(loaded)))
        with Grader(pool_size=jobs) as grader, ThreadPoolExecutor(jobs) as pool:
            checked = pool.map(lambda p: _check_problem(grader, p, probe_naive), loaded)
            for prob, (bad, notes) in zip(loaded, checked, strict=True):
                if bad:
                    failures.append(f"problem {prob.id!r}: " + "; ".join(bad))
                    print(f"FAIL {prob.id}: " + "; ".join(bad), file=out, flush=True)
                else:
                    langs = ", ".join(sorted(prob.reference))
                    note = "".join(f"; note: {n}" for n in notes)
                    print(f"ok   {prob.id} ({langs}){note}", file=out, flush=True)
    elif loaded:
        for prob in loaded:
            print(f"ok   {prob.id} (schema)", file=out)
    print(f"{len(ids) - len(failures)}/{len(ids)} problems valid", file=out)
    return failures


def _check_problem(grader: Grader, prob: Problem, probe_naive: bool) -> tuple[list[str], list[str]]:
    """Every reference accepted, then the naive baseline; the problems and notes found."""
    bad: list[str] = []
    for lang, ref in sorted(prob.reference.items()):
        try:
            result = grader.grade(prob, ref, language=lang)
            for _ in range(BUILD_RETRIES):
                if not _build_timed_out(result):  # else the machine was busy, not the source wrong
                    break
                result = grader.grade(prob, ref, language=lang)
        except InterviewError as exc:
            bad.append(f"{lang}: {exc}")
            continue
        if result.verdict is not Verdict.AC:
            first = result.first_failure
            where = f" on test {first.name!r}" if first else ""
            detail = f" ({first.error})" if first and first.error else ""
            detail = detail or (f" ({result.message})" if result.message else "")
            bad.append(f"{lang} reference: {result.verdict.value}{where}{detail}")
            if _build_timed_out(result):
                bad.append(
                    f"the build ran out of wall time {BUILD_RETRIES + 1} times: the machine is"
                    " too busy to tell; run validate again when it is quieter"
                )
            elif result.compile_output:
                bad.append(f"compiler said: {result.compile_output.strip()[:400]}")
    notes: list[str] = []
    if probe_naive and not bad:
        found, notes = check_naive(grader, prob)
        bad += found
    return bad, notes


def _build_timed_out(result: GradeResult) -> bool:
    """A compile that ran out of wall time says nothing about the source (it is not cached)."""
    return result.verdict is Verdict.CE and "timed out" in (result.compile_output or "")


@dataclass(frozen=True)
class NaiveGrowth:
    """How the naive baseline's slowdown against the reference grows with the input size.

    ``exponent`` is the least-squares slope of ``log(naive / reference)`` against
    ``log(n)`` over every size both finished: the slowdown grows like ``n**exponent``
    (about 1 for a quadratic baseline of a linear target, about 0.15 for a log
    factor over this ladder, 0 for a constant factor). A slope over all sizes is
    steadier than any two sizes: one noisy size moves it little.
    """

    sizes: tuple[int, ...]
    ratios: tuple[float, ...]
    exponent: float

    @property
    def large_end(self) -> float:
        """The slowdown at the large end: the median over the three largest sizes."""
        return statistics.median(self.ratios[-3:])

    def describe(self) -> str:
        """The measurement in one phrase, for the report."""
        return (
            f"naive/reference {self.ratios[0]:.1f}x at n={self.sizes[0]},"
            f" {self.ratios[-1]:.1f}x at n={self.sizes[-1]}"
            f" (the slowdown grows like n^{self.exponent:.2f})"
        )


def naive_growth(reference: dict[int, float], naive: dict[int, float]) -> NaiveGrowth | None:
    """Compare two timings ``{size: seconds}``; ``None`` with fewer than :data:`MIN_SIZES` shared.

    Pure: the judgement of :func:`check_naive`, apart from the measuring.

    Examples
    --------
    >>> ref = {n: n * 1e-6 for n in (64, 128, 256, 512, 1024, 2048)}
    >>> quad = {n: n * n * 1e-8 for n in ref}
    >>> round(naive_growth(ref, quad).exponent, 6)
    1.0
    >>> same = {n: 3 * t for n, t in ref.items()}
    >>> round(naive_growth(ref, same).exponent, 6)
    0.0
    >>> naive_growth(ref, {64: 1.0}) is None
    True
    """
    shared = sorted(n for n in reference if n in naive and reference[n] > 0 and naive[n] > 0)
    if len(shared) < MIN_SIZES:
        return None
    ratios = [naive[n] / reference[n] for n in shared]
    xs = [math.log(n) for n in shared]
    ys = [math.log(r) for r in ratios]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return NaiveGrowth(tuple(shared), tuple(ratios), slope)


def naive_sizes(target: str | None) -> list[int]:
    """The fixed ladder: a factor of sqrt(2) apart from 64 to 65,536 (2 to 28 for 2^n targets).

    It starts where a call's fixed cost (the call itself, the clock) is small
    beside the work; :func:`time_on_sizes` subtracts that cost too.
    """
    from .. import bigo

    exponential = (bigo.rank(target) or 0) >= bigo.BY_LABEL["O(2^n)"].rank
    start, stop, factor = (2, 28, 1.25) if exponential else (64, 1 << 16, 2**0.5)
    sizes: list[int] = []
    n = float(start)
    while n <= stop + 1e-6:
        if not sizes or round(n) != sizes[-1]:
            sizes.append(round(n))
        n *= factor
    return sizes


def _per_size(outcomes: list[Any], sizes: list[int], best: dict[int, float]) -> None:
    """Fold a run's outcomes (test ``i`` is ``sizes[i]``) into the fastest time per size."""
    for o in outcomes:
        if o.get("status") != "ok" or "i" not in o:
            continue
        wall = float(o.get("wall_ms") or 0.0)
        cpu = o.get("call_cpu_ms")
        seconds = min(float(cpu if cpu is not None else wall), wall or float("inf")) / 1000
        n = sizes[o["i"]]
        best[n] = min(best.get(n, seconds), seconds)


def time_on_sizes(
    grader: Grader,
    prob: Problem,
    sources: dict[str, str],
    sizes: list[int],
    language: str = "python",
) -> dict[str, dict[int, float]]:
    """CPU seconds of one call per size for each named source, fastest of :data:`REPEATS`.

    The first pass runs each source on the ladder, smallest first, and stops at
    its first call over :data:`NAIVE_CPU_CEILING` (so what is measured depends on
    the solution, not on the wall clock). The other passes run the sizes each
    source finished, all sources in one message, pass after pass: a burst of load
    lands on one pass of a size, and the fastest pass is kept. A call's fixed
    cost, timed at n=1, is subtracted (at most half of any time).
    """
    from .._runtime import codec
    from ..grading.probe import load_generator
    from ..problem import Limits

    gen = load_generator(prob)
    sized = getattr(gen, "sized_input", None)
    if sized is None:
        return {}
    names = [p.name for p in prob.signature.params]

    def args(n: int) -> list[Any]:
        inp = sized(n, random.Random(n))
        return [codec.to_data(inp[k]) for k in names]

    ladder = [1, *sizes]
    packed = [args(n) for n in ladder]
    limits = Limits(
        cpu_seconds=NAIVE_CPU_CEILING,
        wall_seconds=240,
        memory_mb=prob.limits.memory_mb,
        output_kb=prob.limits.output_kb,
    )
    best: dict[str, dict[int, float]] = {}
    for name, source in sources.items():
        outcomes, _ = grader.run_raw(prob, source, language, packed, limits, stop_at_limit=True)
        best[name] = {}
        _per_size(list(outcomes), ladder, best[name])
    runs = []
    order: list[tuple[str, list[int]]] = []
    for _ in range(REPEATS - 1):
        for name, source in sources.items():
            done = [n for n in ladder if n in best[name]]
            runs.append((prob, source, language, [packed[ladder.index(n)] for n in done], limits))
            order.append((name, done))
    for (name, done), (outcomes, _) in zip(order, grader.run_raw_batch(runs), strict=True):
        _per_size(list(outcomes), done, best[name])
    timed: dict[str, dict[int, float]] = {}
    for name, times in best.items():
        fixed = times.pop(1, 0.0)
        timed[name] = {n: t - min(fixed, t / 2) for n, t in times.items()}
    return timed


def check_naive(grader: Grader, prob: Problem) -> tuple[list[str], list[str]]:
    """The naive baseline must be slower than the reference by a growing factor.

    Returns ``(problems, notes)``. A problem is what the measurement shows beyond
    doubt on any machine: too few sizes finished, or the naive is not even
    :data:`MIN_SLOWDOWN` times slower than the reference at the large end. A
    slowdown that grows at least like ``n**``:data:`MIN_EXPONENT` passes. Between
    the two (a log factor, or a constant one) timing on a shared machine cannot
    tell the cases apart reliably, so that is a note, never a failure: a check
    whose answer depends on the machine's load is worse than none. Nothing to
    check (no naive baseline, no Python reference, no size generator) is ``([], [])``.
    """
    naive = Path(prob.folder or ".") / "naive" / "solution.py"
    if not naive.is_file() or "python" not in prob.reference:
        return [], []
    sizes = naive_sizes(prob.complexity.time or None)
    sources = {"reference": prob.reference["python"], "naive": naive.read_text(encoding="utf-8")}
    timed = time_on_sizes(grader, prob, sources, sizes)
    if not timed:
        return [], []  # no size generator: nothing to measure
    found = naive_growth(timed["reference"], timed["naive"])
    if found is None:
        shared = len(set(timed["reference"]) & set(timed["naive"]))
        return [
            f"naive baseline: only {shared} sizes finished within {NAIVE_CPU_CEILING} s"
            f" of CPU per call (need {MIN_SIZES}); make sized_input smaller per n"
        ], []
    if found.exponent >= MIN_EXPONENT:
        return [], []
    if found.large_end < MIN_SLOWDOWN:
        return [
            f"naive baseline is not slower than the reference: {found.describe()};"
            " a baseline must be a slower approach (or drop naive/solution.py)"
        ], []
    return [], [
        f"naive baseline grows only slightly faster than the reference ({found.describe()}):"
        " a log or constant factor, too close to call by timing"
    ]
