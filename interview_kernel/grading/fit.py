"""Fitting growth curves: which big-O class best explains measured times (pure logic).

Given ``(n, seconds)`` points, each class ``f`` is fitted as ``t = a + b * f(n)``
with ``a, b >= 0`` by least squares on relative error (so small and large sizes
count alike); the class with the smallest error wins, and a simpler class wins
ties within 25%. Given the expected class, a neighbour of it must fit 1.5x better
to be reported instead (see :func:`fit`). Confidence compares the best error with
the best error of a *different* growth order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .. import bigo

CURVES: dict[str, Callable[[float], float]] = {
    "O(1)": lambda n: 1.0,
    "O(log n)": lambda n: math.log2(max(n, 2)),
    "O(n)": lambda n: float(n),
    "O(n log n)": lambda n: n * math.log2(max(n, 2)),
    "O(n^2)": lambda n: float(n) ** 2,
    "O(n^3)": lambda n: float(n) ** 3,
    "O(2^n)": lambda n: 2.0 ** min(n, 200),
}
"""The classes a fit can tell apart (labels of :data:`interview_kernel.bigo.CLASSES`)."""
ORDER = list(CURVES)


def compare_to_target(best: str | None, target: str | None) -> str:
    """How a measured class compares with the target: better, as expected, worse or unknown.

    The same order as scoring and the interviewer use (:func:`interview_kernel.bigo.compare`).
    """
    cmp = bigo.compare(best, target)
    if cmp is None:
        return "unknown"
    return ("better", "as expected", "worse")[cmp + 1]


@dataclass
class Fit:
    """The outcome of a fit: the best class, how sure, and every class's error."""

    best: str
    confidence: float
    errors: dict[str, float] = field(default_factory=dict)
    points: list[tuple[int, float]] = field(default_factory=list)
    coefficients: tuple[float, float] = (0.0, 0.0)

    def curve(self, n: float) -> float:
        """The fitted time at size ``n`` (for plotting against the points)."""
        a, b = self.coefficients
        return a + b * CURVES[self.best](n)


def _fit_one(
    points: Sequence[tuple[int, float]], f: Callable[[float], float]
) -> tuple[float, float, float]:
    xs = [f(n) for n, _ in points]
    ts = [t for _, t in points]
    ws = [1.0 / max(t, 1e-9) ** 2 for t in ts]

    def solve_ab() -> tuple[float, float]:
        sw = sum(ws)
        sx = sum(w * x for w, x in zip(ws, xs, strict=True))
        st = sum(w * t for w, t in zip(ws, ts, strict=True))
        sxx = sum(w * x * x for w, x in zip(ws, xs, strict=True))
        sxt = sum(w * x * t for w, x, t in zip(ws, xs, ts, strict=True))
        det = sw * sxx - sx * sx
        if abs(det) < 1e-300:
            return st / sw, 0.0
        return (sxx * st - sx * sxt) / det, (sw * sxt - sx * st) / det

    a, b = solve_ab()
    if b < 0:
        a, b = sum(w * t for w, t in zip(ws, ts, strict=True)) / sum(ws), 0.0
    if a < 0:
        sxx = sum(w * x * x for w, x in zip(ws, xs, strict=True))
        b = sum(w * x * t for w, x, t in zip(ws, xs, ts, strict=True)) / sxx if sxx else 0.0
        a = 0.0
    err = math.sqrt(
        sum(((a + b * x - t) / max(t, 1e-9)) ** 2 for x, t in zip(xs, ts, strict=True)) / len(ts)
    )
    return a, b, (err if math.isfinite(err) else math.inf)


def _trim(pts: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Drop one outlier (a noisy spike) when it sticks out of the best fit by far."""
    if len(pts) < 6:
        return pts
    best = min(CURVES.values(), key=lambda f: _fit_one(pts, f)[2])
    a, b, _ = _fit_one(pts, best)
    resid = [abs(a + b * best(n) - t) / max(t, 1e-9) for n, t in pts]
    ordered = sorted(resid)
    median = ordered[len(ordered) // 2]
    worst = max(range(len(pts)), key=lambda i: resid[i])
    if resid[worst] > 4 * max(median, 0.02):
        return pts[:worst] + pts[worst + 1 :]
    return pts


def fit(
    points: Sequence[tuple[int, float]], expected: str | None = None, margin: float = 1.5
) -> Fit:
    """Pick the complexity class that best explains ``(n, seconds)`` points.

    With ``expected`` (the problem's target class), a neighbouring class in growth
    order is only preferred over the expected one when it fits ``margin`` times
    better: neighbours such as O(n) and O(n log n) are hard to tell apart on a
    noisy machine, and the probe should flag only what the data clearly shows.

    Raises
    ------
    ValueError
        Fewer than three distinct sizes.
    """
    pts = sorted((int(n), float(t)) for n, t in points)
    if len({n for n, _ in pts}) < 3:
        raise ValueError("need at least three distinct sizes to fit a growth curve")
    pts = _trim(pts)
    results = {name: _fit_one(pts, f) for name, f in CURVES.items()}
    errors = {name: r[2] for name, r in results.items()}
    best = min(ORDER, key=lambda c: errors[c])
    # Occam: the simplest class whose error is within 25% of the best one.
    for name in ORDER:
        if errors[name] <= errors[best] * 1.25 + 1e-3:
            best = name
            break
    n_max = pts[-1][0]

    def grows(name: str) -> bool:  # a class whose fit is not just the constant in disguise
        a, b, _ = results[name]
        return b * CURVES[name](n_max) > 0.1 * (a + b * CURVES[name](n_max))

    # Growth faster than any polynomial here (log-log slope over 4.5 between the two
    # largest sizes, as backtracking shows) is exponential, however poorly 2^n fits it.
    (n1, t1), (n2, t2) = pts[-2], pts[-1]
    if n2 > n1 and t1 > 0 and t2 > 0 and math.log(t2 / t1) / math.log(n2 / n1) > 4.5:
        best = "O(2^n)"
    expected = bigo.normalize(expected)
    if expected in errors and abs(ORDER.index(expected) - ORDER.index(best)) == 1:
        if errors[expected] <= errors[best] * margin:
            best = expected
    others = [errors[c] for c in ORDER if c != best and (best != "O(1)" or grows(c))]
    second = min(others) if others else float("inf")
    confidence = 0.0 if second <= 0 else max(0.0, min(1.0, 1.0 - errors[best] / second))
    a, b, _ = results[best]
    return Fit(best, round(confidence, 3), errors, pts, (a, b))
