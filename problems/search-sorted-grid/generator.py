"""Hidden tests for search-sorted-grid."""

import random

SEED = 2026


def grid(rng: random.Random, m: int, n: int) -> list[list[int]]:
    values = sorted(rng.sample(range(-10_000, 10_001), m * n))
    return [values[r * n : (r + 1) * n] for r in range(m)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    g = [[1, 3, 5, 7], [10, 11, 16, 20], [23, 30, 34, 60]]
    out = [
        ("single cell found", {"matrix": [[5]], "target": 5}),
        ("single cell missing", {"matrix": [[5]], "target": 6}),
        ("single row", {"matrix": [[1, 2, 4, 8, 16]], "target": 8}),
        ("single column", {"matrix": [[1], [2], [4], [8], [16]], "target": 4}),
        ("first cell", {"matrix": g, "target": 1}),
        ("last cell", {"matrix": g, "target": 60}),
        ("first cell of a middle row", {"matrix": g, "target": 10}),
        ("between two rows", {"matrix": g, "target": 8}),
        ("below everything", {"matrix": g, "target": -1}),
        ("above everything", {"matrix": g, "target": 61}),
        ("extremes", {"matrix": [[-10_000, 0], [1, 10_000]], "target": 10_000}),
        ("missing inside a row", {"matrix": g, "target": 12}),
    ]
    for _ in range(5):
        m, n = rng.randint(1, 8), rng.randint(1, 8)
        g2 = grid(rng, m, n)
        out.append(("random present", {"matrix": g2, "target": rng.choice(rng.choice(g2))}))
    for _ in range(4):
        m, n = rng.randint(1, 8), rng.randint(1, 8)
        out.append(("random", {"matrix": grid(rng, m, n), "target": rng.randint(-10_000, 10_000)}))
    big = grid(rng, 100, 100)
    out.append(("large present", {"matrix": big, "target": big[63][17]}))
    present = {v for row in big for v in row}
    missing = next(v for v in range(big[40][99] + 1, 10_001) if v not in present)
    out.append(("large missing", {"matrix": big, "target": missing}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A grid of about n cells (values spread out, so the grid grows), target missing."""
    cols = max(1, int(n**0.5))
    rows = max(1, n // cols)
    matrix = [[2 * (r * cols + c) for c in range(cols)] for r in range(rows)]
    return {"matrix": matrix, "target": 2 * rows * cols - 3}
