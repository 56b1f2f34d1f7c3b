"""Hidden tests for spiral-readout."""

import random

SEED = 2026


def _grid(rng: random.Random, rows: int, cols: int) -> list[list[int]]:
    return [[rng.randint(-1000, 1000) for _ in range(cols)] for _ in range(rows)]


def _counting(rows: int, cols: int) -> list[list[int]]:
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell", {"grid": [[-4]]}),
        ("one row", {"grid": [[1, 2, 3, 4, 5]]}),
        ("one column", {"grid": [[1], [2], [3], [4]]}),
        ("two by two", {"grid": _counting(2, 2)}),
        ("square of odd side", {"grid": _counting(5, 5)}),
        ("square of even side", {"grid": _counting(4, 4)}),
        ("wide, last ring is a row", {"grid": _counting(3, 6)}),
        ("tall, last ring is a column", {"grid": _counting(6, 3)}),
        ("two rows", {"grid": _counting(2, 5)}),
        ("two columns", {"grid": _counting(5, 2)}),
        ("repeated values", {"grid": [[7, 7, 7], [7, 0, 7], [7, 7, 7]]}),
        ("extreme values", {"grid": [[-1000, 1000], [1000, -1000]]}),
    ]
    for _ in range(6):
        out.append(("random", {"grid": _grid(rng, rng.randint(1, 9), rng.randint(1, 9))}))
    out.append(("large square", {"grid": _grid(rng, 100, 100)}))
    out.append(("large wide", {"grid": _grid(rng, 7, 100)}))
    out.append(("large tall", {"grid": _grid(rng, 100, 9)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n/2 x n/2 grid (the target counts rows * cols), for the complexity probe.

    Both sides grow with n; half of n keeps the grids small enough that enough sizes
    finish. Values below 100 are Python's shared small ints: reading a column then
    touches the row lists only, not an object per cell scattered in memory, whose cache
    misses grow faster than the cells and read as a higher class.
    """
    side = max(1, n // 2)
    return {"grid": [[rng.randrange(100) for _ in range(side)] for _ in range(side)]}
