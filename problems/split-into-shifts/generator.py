"""Hidden tests for split-into-shifts."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single job", {"nums": [5], "k": 1}),
        ("single zero job", {"nums": [0], "k": 1}),
        ("one shift", {"nums": [3, 1, 4, 1, 5], "k": 1}),
        ("one job per shift", {"nums": [3, 1, 4, 1, 5], "k": 5}),
        ("zeros", {"nums": [0, 0, 0, 0], "k": 2}),
        ("one huge job", {"nums": [1, 1, 100, 1, 1], "k": 3}),
        ("equal jobs", {"nums": [4] * 10, "k": 3}),
        ("big jobs at the ends", {"nums": [50, 1, 1, 1, 50], "k": 2}),
        ("extremes", {"nums": [10**6] * 20, "k": 7}),
        ("rising", {"nums": list(range(1, 21)), "k": 4}),
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append(("random", {"nums": [rng.randint(0, 100) for _ in range(n)], "k": rng.randint(1, min(50, n))}))
    out.append(("large random", {"nums": [rng.randint(0, 10**6) for _ in range(1_000)], "k": 37}))
    out.append(("large many shifts", {"nums": [rng.randint(0, 1_000) for _ in range(1_000)], "k": 50}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n jobs and 10 shifts, for the complexity probe."""
    n = max(10, n)
    return {"nums": [rng.randint(0, 1_000) for _ in range(n)], "k": 10}
