"""Hidden tests for rising-flood-crossing."""

import random

SEED = 2026
TOP = 10**6


def _grid(rng: random.Random, rows: int, cols: int, hi: int) -> list[list[int]]:
    return [[rng.randint(0, hi) for _ in range(cols)] for _ in range(rows)]


def _permutation(rng: random.Random, side: int) -> list[list[int]]:
    values = list(range(side * side))
    rng.shuffle(values)
    return [values[r * side:(r + 1) * side] for r in range(side)]


def _maze(rows: int, cols: int) -> list[list[int]]:
    """Low corridors winding through high walls: the cheap route is long."""
    grid = [[900_000] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        for c in range(cols):
            grid[r][c] = (r * cols + c) % 50
        if r + 1 < rows:
            grid[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = 7
    grid[rows - 1][cols - 1] = 3
    return grid


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell", {"ground": [[5]]}),
        ("single cell at height zero", {"ground": [[0]]}),
        ("start is the highest cell", {"ground": [[9, 1], [2, 3]]}),
        ("finish is the highest cell", {"ground": [[0, 1], [2, 8]]}),
        ("one row", {"ground": [[0, 4, 2, 7, 1]]}),
        ("one column", {"ground": [[3], [1], [6], [2]]}),
        ("flat", {"ground": [[4] * 5 for _ in range(5)]}),
        ("detour around a peak", {"ground": [[0, 1, 2], [9, 9, 3], [8, 5, 4]]}),
        ("the long way is cheaper", {"ground": [[0, 50, 1], [2, 50, 2], [3, 1, 3]]}),
        ("maximum heights", {"ground": [[TOP, 0], [0, TOP]]}),
        ("winding maze", {"ground": _maze(9, 8)}),
    ]
    for _ in range(5):
        out.append(("random", {"ground": _grid(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice([10, 100, TOP]))}))
    for _ in range(2):
        out.append(("random distinct heights", {"ground": _permutation(rng, rng.randint(2, 8))}))
    out.append(("large random", {"ground": _grid(rng, 100, 100, TOP)}))
    out.append(("large distinct heights", {"ground": _permutation(rng, 100)}))
    out.append(("large maze", {"ground": _maze(99, 100)}))
    out.append(("large, rows differ from columns", {"ground": _grid(rng, 30, 100, 1000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n grid of distinct heights (the target is in the side n), for the probe."""
    return {"ground": _permutation(rng, max(1, n))}
