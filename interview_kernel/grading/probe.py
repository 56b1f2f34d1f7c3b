"""The complexity probe: time the candidate's function on growing inputs, in the sandbox.

Inputs come from the problem's ``generator.py`` (``sized_input(n, rng)``, trusted
author code run here); the candidate runs in the same sandboxed workers as the
tests. Each size is run several times and the minimum kept (these machines are
noisy); sizes grow geometrically until a time budget or a per-call ceiling is
reached. Times are the worker's own CPU time of the call (excluding the transfer
and decoding of the input, which is O(n) whatever the algorithm, and immune to
other load on the machine), capped by the supervisor's trusted wall-clock time.
Fitting is :mod:`.complexity`.
"""

from __future__ import annotations

import importlib.util
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .. import bigo
from .._runtime import codec
from .._runtime.protocol import Outcome
from ..problem import Limits, Problem
from .cancel import CancelToken
from .fit import compare_to_target, fit

if TYPE_CHECKING:
    from .grader import Grader


@dataclass
class ComplexityReport:
    """What the probe found: class, confidence, target and the points for a plot."""

    best: str | None
    confidence: float
    target: str | None
    comparison: str  # "better", "as expected", "worse" or "unknown"
    points: list[tuple[int, float]] = field(default_factory=list)
    curve: list[tuple[int, float]] = field(default_factory=list)
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (times in seconds)."""
        return {
            "best": self.best,
            "confidence": self.confidence,
            "target": self.target,
            "comparison": self.comparison,
            "points": [list(p) for p in self.points],
            "curve": [list(p) for p in self.curve],
            "message": self.message,
        }


def load_generator(problem: Problem) -> ModuleType | None:
    """The problem's ``generator.py`` as a module, or ``None`` when it has none."""
    path = Path(problem.folder) / "generator.py" if problem.folder else None
    if path is None or not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"_generator_{problem.id}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _call_seconds(outcome: Outcome) -> float:
    """CPU time of the call alone (immune to other load), never above the trusted wall time."""
    wall = float(outcome["wall_ms"])
    own = outcome.get("call_cpu_ms") or outcome.get("time_ms") or wall
    return min(float(own), wall) / 1000


def _sizes(start: int, stop: int, factor: float) -> list[int]:
    sizes: list[int] = []
    n = float(start)
    while n <= stop:
        if not sizes or int(n) != sizes[-1]:
            sizes.append(int(n))
        n *= factor
    return sizes


def probe_complexity(
    grader: Grader,
    problem: Problem,
    source: str,
    language: str = "python",
    budget_seconds: float = 4.0,
    repeats: int = 3,
    max_n: int = 1 << 16,
    call_ceiling: float = 0.25,
    cancel: CancelToken | None = None,
) -> ComplexityReport:
    """Estimate the time complexity of ``source`` on ``problem`` (call it after AC).

    Parameters
    ----------
    grader
        The grader whose sandboxed kernels run the candidate.
    problem
        The problem; its ``generator.py`` must define ``sized_input(n, rng)``.
    source
        The candidate's source (already accepted by the tests).
    language
        The source's language.
    budget_seconds
        Total wall-clock budget of the probe.
    repeats
        Runs per size; the minimum is kept.
    max_n
        Largest input size tried.
    call_ceiling
        Stop growing once one call takes this many seconds.
    cancel
        Stops the probe (the app cancels it when the candidate runs again): the
        run in flight ends at once, and the report says it was not measured.
    """
    target = bigo.normalize(problem.complexity.time)
    gen = load_generator(problem)
    sized = getattr(gen, "sized_input", None) if gen else None
    if sized is None:
        return ComplexityReport(
            None, 0.0, target, "unknown", message="this problem has no size generator"
        )
    names = [p.name for p in problem.signature.params]
    limits = Limits(
        cpu_seconds=min(problem.limits.cpu_seconds * 2, 4.0),
        wall_seconds=max(budget_seconds, 5.0),
        memory_mb=problem.limits.memory_mb,
        output_kb=problem.limits.output_kb,
    )
    exponential = (bigo.rank(target) or 0) >= bigo.BY_LABEL["O(2^n)"].rank
    # Many sizes a factor of sqrt(2) apart: jitter from hash-table resizes and caches at
    # particular sizes averages out better than with few sizes a factor of 2 apart.
    sizes = _sizes(2, 28, 1.25) if exponential else _sizes(64, max_n, 2**0.5)
    points: list[tuple[int, float]] = []
    started = time.monotonic()
    for n in sizes:
        if time.monotonic() - started > budget_seconds:
            break
        inp = sized(n, random.Random(n))
        args = [codec.to_data(inp[k]) for k in names]
        outcomes, _ = grader.run_raw(
            problem, source, language, [args] * repeats, limits, cancel=cancel
        )
        if cancel is not None and cancel.cancelled:
            return ComplexityReport(None, 0.0, target, "unknown", points, message="stopped")
        times = [_call_seconds(o) for o in outcomes if o.get("status") == "ok"]
        if len(times) < repeats:
            break  # a limit was hit: larger sizes would only be slower
        points.append((n, min(times)))
        if min(times) > call_ceiling:
            break
    if len(points) < 4:
        return ComplexityReport(
            None, 0.0, target, "unknown", points, message="too few sizes finished within the budget"
        )
    result = fit(points, expected=target)
    comparison = compare_to_target(result.best, target)
    curve = [(n, result.curve(n)) for n, _ in points]
    message = f"measured {result.best} (confidence {result.confidence:.0%})"
    if target:
        message += f"; target {target}"
    return ComplexityReport(
        result.best, result.confidence, target, comparison, points, curve, message
    )
