"""Hidden tests for longest-uphill-trail."""

import random

SEED = 2026
TOP = 2**31 - 1


def _grid(rng: random.Random, rows: int, cols: int, hi: int) -> list[list[int]]:
    return [[rng.randint(0, hi) for _ in range(cols)] for _ in range(rows)]


def _snake(rows: int, cols: int) -> list[list[int]]:
    """Heights that climb along a boustrophedon: one trail through every cell."""
    grid = [[0] * cols for _ in range(rows)]
    k = 0
    for r in range(rows):
        order = range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)
        for c in order:
            grid[r][c] = k
            k += 1
    return grid


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell", {"heights": [[5]]}),
        ("single cell at the top value", {"heights": [[TOP]]}),
        ("flat grid", {"heights": [[3, 3, 3], [3, 3, 3]]}),
        ("one row climbing", {"heights": [[1, 2, 3, 4, 5, 6]]}),
        ("one column valley", {"heights": [[5], [3], [1], [2], [4], [6], [8]]}),
        ("equal neighbours block the trail", {"heights": [[1, 2, 2, 3], [9, 9, 9, 9]]}),
        ("diagonal does not count", {"heights": [[1, 9], [9, 2]]}),
        ("checkerboard", {"heights": [[(r + c) % 2 for c in range(6)] for r in range(6)]}),
        ("huge heights", {"heights": [[TOP, TOP - 1], [0, TOP - 2]]}),
        ("small snake", {"heights": _snake(4, 5)}),
        ("peak in the middle", {"heights": [[1, 2, 3], [2, 9, 4], [3, 4, 5]]}),
    ]
    for _ in range(6):
        out.append(("random", {"heights": _grid(rng, rng.randint(1, 10), rng.randint(1, 10), rng.choice([3, 20, 1000]))}))
    out.append(("random few heights", {"heights": _grid(rng, 30, 30, 2)}))
    out.append(("large random", {"heights": _grid(rng, 200, 200, TOP)}))
    out.append(("large snake (trail through every cell)", {"heights": _snake(100, 100)}))
    out.append(("large flat", {"heights": [[7] * 200 for _ in range(200)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n grid of random heights (the target counts rows * cols), for the complexity probe."""
    side = max(1, n)
    return {"heights": _grid(rng, side, side, 1000)}
