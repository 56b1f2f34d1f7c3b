"""Hidden tests for spreading-mould."""

import random

SEED = 2026


def _grid(rng: random.Random, rows: int, cols: int, weights: tuple[int, int, int]) -> list[list[int]]:
    return [rng.choices([0, 1, 2], weights=weights, k=cols) for _ in range(rows)]


def _corridor(rows: int, cols: int) -> list[list[int]]:
    """A winding one-cell corridor of fresh crates with mould at its start."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        for c in range(cols):
            grid[r][c] = 1
        if r + 1 < rows:
            grid[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = 1
    grid[0][0] = 2
    return grid


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single empty spot", {"grid": [[0]]}),
        ("single fresh crate, no mould", {"grid": [[1]]}),
        ("single mouldy crate", {"grid": [[2]]}),
        ("no fresh crates at all", {"grid": [[0, 2], [2, 0]]}),
        ("fresh crates but no mould", {"grid": [[1, 1], [0, 1]]}),
        ("fresh crate walled off by empties", {"grid": [[2, 0, 1]]}),
        ("diagonal does not spread", {"grid": [[2, 0], [0, 1]]}),
        ("two sources meet in the middle", {"grid": [[2, 1, 1, 1, 1, 1, 2]]}),
        ("one column", {"grid": [[1], [1], [2], [1], [1], [1]]}),
        ("all mouldy", {"grid": [[2, 2, 2], [2, 2, 2]]}),
        ("winding corridor", {"grid": _corridor(9, 7)}),
    ]
    for _ in range(6):
        out.append(("random", {"grid": _grid(rng, rng.randint(1, 10), rng.randint(1, 10), (2, 6, 1))}))
    for _ in range(2):
        out.append(("random mostly empty", {"grid": _grid(rng, rng.randint(3, 10), rng.randint(3, 10), (6, 3, 1))}))
    out.append(("large single source", {"grid": [[2 if (r, c) == (50, 50) else 1 for c in range(100)] for r in range(100)]}))
    out.append(("large winding corridor", {"grid": _corridor(99, 100)}))
    g = [[1] * 100 for _ in range(100)]
    g[0][0] = 2
    g[99][99] = 0
    g[98][99] = 0
    g[99][98] = 0
    g[97][97] = 0
    out.append(("large with a reachable far corner", {"grid": g}))
    h = _grid(rng, 100, 100, (1, 8, 1))
    h[99][99], h[98][99], h[99][98] = 1, 0, 0
    out.append(("large with one cut-off crate", {"grid": h}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n grid, mostly fresh (the target counts rows * cols), for the complexity probe."""
    side = max(1, n)
    return {"grid": _grid(rng, side, side, (1, 12, 1))}
