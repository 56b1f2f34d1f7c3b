"""Hidden tests for max-points-on-a-line."""

import random

SEED = 2026
TOP = 10_000


def _line_points(rng: random.Random, k: int, lo: int = -TOP, hi: int = TOP) -> list[list[int]]:
    dx, dy = rng.randint(-7, 7), rng.randint(-7, 7)
    if dx == 0 and dy == 0:
        dx = 1
    x0, y0 = rng.randint(-200, 200), rng.randint(-200, 200)
    return [[x0 + t * dx, y0 + t * dy] for t in range(-k // 2, k - k // 2)]


def _scatter(rng: random.Random, n: int, line: int, span: int) -> list[list[int]]:
    pts = {tuple(p) for p in _line_points(rng, line)}
    while len(pts) < n:
        pts.add((rng.randint(-span, span), rng.randint(-span, span)))
    out = [list(p) for p in pts]
    out.sort()
    rng.shuffle(out)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single point", {"points": [[0, 0]]}),
        ("two points", {"points": [[1, 2], [3, 4]]}),
        ("vertical line", {"points": [[2, 1], [2, 5], [2, -3], [3, 3]]}),
        ("horizontal line", {"points": [[-1, 7], [4, 7], [9, 7], [0, 0]]}),
        ("nearly parallel", {"points": [[0, 1], [9999, 10000], [10000, 9999], [0, 0]]}),
        ("nearly equal slopes", {"points": [[0, 0], [10000, 9999], [9999, 9998], [-10000, -9999]]}),
        ("extremes", {"points": [[-TOP, -TOP], [TOP, TOP], [0, 0], [TOP, -TOP], [-TOP, TOP]]}),
        ("negative slope", {"points": [[0, 10], [1, 8], [2, 6], [3, 4], [5, 5]]}),
        ("no three collinear", {"points": [[0, 0], [1, 2], [2, 1], [3, 5]]}),
        ("square grid", {"points": [[x, y] for x in range(4) for y in range(4)]}),
    ]
    for _ in range(8):
        out.append(("random", {"points": _scatter(rng, rng.randint(3, 30), rng.randint(2, 6), 30)}))
    out.append(("checkerboard grid", {"points": [[x, y] for x in range(6) for y in range(6) if (x + y) % 2]}))
    out.append(("large input", {"points": _scatter(rng, 300, 25, TOP)}))
    out.append(("large all collinear", {"points": _line_points(rng, 300)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct points with a short collinear run, for the complexity probe."""
    return {"points": _scatter(rng, max(3, n), 3, TOP)}
