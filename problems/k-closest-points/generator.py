"""Hidden tests for k-closest-points."""

import random

SEED = 2026
TOP = 10_000


def _points(rng: random.Random, n: int, span: int) -> list[list[int]]:
    return [[rng.randint(-span, span), rng.randint(-span, span)] for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single point", {"points": [[7, -7]], "k": 1}),
        ("origin", {"points": [[0, 0], [1, 1]], "k": 1}),
        ("k equals n", {"points": [[3, 4], [1, 1], [-2, 0]], "k": 3}),
        ("duplicates", {"points": [[1, 2], [1, 2], [2, 1], [1, 2]], "k": 2}),
        ("ties broken by x then y", {"points": [[0, 5], [5, 0], [-5, 0], [0, -5], [3, 4], [-3, -4]], "k": 4}),
        ("negatives", {"points": [[-1, -1], [-2, -2], [-3, -3]], "k": 2}),
        ("extremes", {"points": [[TOP, TOP], [-TOP, -TOP], [TOP, -TOP], [0, TOP]], "k": 2}),
        ("same distance different signs", {"points": [[2, 1], [1, 2], [-1, -2], [-2, -1], [1, -2]], "k": 3}),
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append(("random", {"points": _points(rng, n, 10), "k": rng.randint(1, n)}))
    out.append(("random wide", {"points": _points(rng, 100, TOP), "k": 10}))
    out.append(("large input", {"points": _points(rng, 3_000, TOP), "k": 100}))
    out.append(("large k", {"points": _points(rng, 1_500, 50), "k": 1_200}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random points and k = n // 2, for the complexity probe."""
    n = max(1, n)
    return {"points": _points(rng, n, TOP), "k": max(1, n // 2)}
