"""Hidden tests for window-maximum."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"nums": [5], "k": 1}),
        ("window of one", {"nums": [3, 1, 2], "k": 1}),
        ("window is the whole list", {"nums": [3, 9, 1, 4], "k": 4}),
        ("rising", {"nums": list(range(12)), "k": 3}),
        ("falling", {"nums": list(range(12, 0, -1)), "k": 3}),
        ("all equal", {"nums": [7] * 9, "k": 4}),
        ("negatives", {"nums": [-5, -8, -2, -9, -1, -7], "k": 2}),
        ("extremes", {"nums": [-10_000, 10_000, -10_000, 10_000], "k": 2}),
        ("max leaves the window", {"nums": [9, 1, 1, 1, 1], "k": 2}),
        ("repeated maximum", {"nums": [1, 5, 2, 5, 3, 5], "k": 3}),
        ("valley", {"nums": [6, 4, 2, 0, 2, 4, 6], "k": 3}),
    ]
    for _ in range(9):
        n = rng.randint(1, 40)
        nums = [rng.randint(-50, 50) for _ in range(n)]
        out.append(("random", {"nums": nums, "k": rng.randint(1, n)}))
    out.append(("large wide window", {"nums": [rng.randint(-10_000, 10_000) for _ in range(8_000)], "k": 4_000}))
    out.append(("large falling", {"nums": [10_000 - i for i in range(8_000)], "k": 500}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random values and a window of half their length (quadratic to rescan)."""
    n = max(2, n)
    return {"nums": [rng.randint(-10_000, 10_000) for _ in range(n)], "k": n // 2}
