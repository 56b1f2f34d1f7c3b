"""Hidden tests for exactly-k-kinds-runs."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"nums": [1], "k": 1}),
        ("k too large", {"nums": [1, 1, 2], "k": 3}),
        ("all equal k one", {"nums": [2] * 8, "k": 1}),
        ("all different k one", {"nums": [1, 2, 3, 4, 5], "k": 1}),
        ("all different k all", {"nums": [1, 2, 3, 4, 5], "k": 5}),
        ("all different k middle", {"nums": [1, 2, 3, 4, 5], "k": 3}),
        ("alternating two values", {"nums": [1, 2] * 6, "k": 2}),
        ("blocks of repeats", {"nums": [1, 1, 2, 2, 3, 3], "k": 2}),
        ("k equals the length", {"nums": [1, 2, 1], "k": 3}),
        ("repeat at both ends", {"nums": [3, 1, 2, 3], "k": 3}),
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        nums = [rng.randint(1, min(n, 5)) for _ in range(n)]
        out.append(("random", {"nums": nums, "k": rng.randint(1, min(n, 5))}))
    out.append(("large few kinds", {"nums": [rng.randint(1, 10) for _ in range(10_000)], "k": 4}))
    out.append(("large many kinds", {"nums": [rng.randint(1, 10_000) for _ in range(10_000)], "k": 50}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values of two kinds and k = 2: every run stays within k kinds, so checking runs
    one by one is quadratic."""
    n = max(2, n)
    return {"nums": [rng.randint(1, 2) for _ in range(n)], "k": 2}
