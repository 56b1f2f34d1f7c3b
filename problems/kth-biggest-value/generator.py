"""Hidden tests for kth-biggest-value."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single reading", {"nums": [3], "k": 1}),
        ("k is one", {"nums": [3, 9, 1], "k": 1}),
        ("k is the length", {"nums": [3, 9, 1], "k": 3}),
        ("all equal", {"nums": [4] * 8, "k": 5}),
        ("duplicates of the answer", {"nums": [1, 5, 5, 5, 2], "k": 3}),
        ("negatives", {"nums": [-1, -7, -3, -5], "k": 2}),
        ("extremes", {"nums": [-10_000, 10_000, 0], "k": 2}),
        ("sorted rising", {"nums": list(range(20)), "k": 6}),
        ("sorted falling", {"nums": list(range(20, 0, -1)), "k": 6}),
        ("two values", {"nums": [2, 1], "k": 2}),
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        out.append(("random", {"nums": [rng.randint(-50, 50) for _ in range(n)], "k": rng.randint(1, n)}))
    out.append(("large small k", {"nums": [rng.randint(-10_000, 10_000) for _ in range(10_000)], "k": 10}))
    out.append(("large middle k", {"nums": [rng.randint(-10_000, 10_000) for _ in range(10_000)], "k": 5_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random readings and k = n // 2, for the complexity probe."""
    n = max(2, n)
    return {"nums": [rng.randint(-10_000, 10_000) for _ in range(n)], "k": n // 2}
