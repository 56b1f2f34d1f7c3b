"""Hidden tests for trapping-rain-water."""

import random

SEED = 2026
TOP = 100_000


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"height": []}),
        ("single wall", {"height": [4]}),
        ("two walls", {"height": [3, 5]}),
        ("flat", {"height": [2, 2, 2, 2]}),
        ("ascending", {"height": list(range(10))}),
        ("descending", {"height": list(range(10, 0, -1))}),
        ("valley", {"height": [5, 4, 3, 2, 1, 2, 3, 4, 5]}),
        ("peak in the middle", {"height": [1, 2, 3, 9, 3, 2, 1]}),
        ("zeros between", {"height": [3, 0, 0, 0, 3]}),
        ("uneven sides", {"height": [2, 0, 0, 7, 0, 1, 0, 4]}),
        ("duplicates of the max", {"height": [4, 1, 4, 1, 4]}),
        ("extremes", {"height": [TOP, 0, TOP, 0, 0, TOP]}),
    ]
    for _ in range(8):
        n = rng.randint(3, 40)
        out.append(("random", {"height": [rng.randint(0, 12) for _ in range(n)]}))
    out.append(("large random", {"height": [rng.randint(0, TOP) for _ in range(6_000)]}))
    out.append(("large bowl", {"height": [abs(i - 3_000) for i in range(6_001)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random wall heights, for the complexity probe."""
    return {"height": [rng.randint(0, TOP) for _ in range(max(1, n))]}
