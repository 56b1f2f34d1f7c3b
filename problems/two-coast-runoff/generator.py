"""Hidden tests for two-coast-runoff."""

import random

SEED = 2026


def _grid(rng: random.Random, rows: int, cols: int, hi: int) -> list[list[int]]:
    return [[rng.randint(0, hi) for _ in range(cols)] for _ in range(rows)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single cell", {"heights": [[0]]}),
        ("one row", {"heights": [[3, 1, 4, 1, 5]]}),
        ("one column", {"heights": [[2], [7], [1], [8]]}),
        ("flat grid", {"heights": [[6] * 4 for _ in range(3)]}),
        ("bowl: only the rim drains both ways", {"heights": [[5, 5, 5, 5], [5, 1, 1, 5], [5, 1, 1, 5], [5, 5, 5, 5]]}),
        ("tilted towards the west", {"heights": [[r + c for c in range(4)] for r in range(4)]}),
        ("tilted towards the east", {"heights": [[8 - r - c for c in range(4)] for r in range(4)]}),
        ("central ridge", {"heights": [[1, 2, 9, 2, 1], [1, 2, 9, 2, 1], [1, 2, 9, 2, 1]]}),
        ("wall splits the island", {"heights": [[1, 1, 1], [9, 9, 9], [1, 1, 1]]}),
        ("maximum heights", {"heights": [[100_000, 0], [0, 100_000]]}),
        ("equal heights pass water", {"heights": [[3, 3, 9], [1, 3, 3], [9, 9, 3]]}),
    ]
    for _ in range(6):
        out.append(("random", {"heights": _grid(rng, rng.randint(1, 9), rng.randint(1, 9), rng.choice([3, 10, 100]))}))
    out.append(("random few heights", {"heights": _grid(rng, 25, 25, 2)}))
    out.append(("large random", {"heights": _grid(rng, 200, 200, 100_000)}))
    out.append(("large mountain", {"heights": [[200 - abs(r - 100) - abs(c - 100) for c in range(200)] for r in range(200)]}))
    out.append(("large flat", {"heights": [[0] * 150 for _ in range(150)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """An n x n grid (the target counts rows * cols), for the complexity probe."""
    side = max(1, n)
    return {"heights": _grid(rng, side, side, 1000)}
