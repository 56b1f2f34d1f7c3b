"""Hidden tests for subsets."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"nums": []}),
        ("single element", {"nums": [7]}),
        ("single negative", {"nums": [-10]}),
        ("two elements", {"nums": [2, -2]}),
        ("zero included", {"nums": [0, 1, -1]}),
        ("descending input", {"nums": [5, 4, 3, 2, 1]}),
        ("extremes", {"nums": [-10, 10]}),
        ("all negative", {"nums": [-1, -5, -3, -7]}),
    ]
    for _ in range(11):
        out.append(("random", {"nums": rng.sample(range(-10, 11), rng.randint(1, 8))}))
    out.append(("largest size", {"nums": rng.sample(range(-10, 11), 10)}))
    out.append(("largest size sorted", {"nums": list(range(10))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values (capped at 20 so the output stays in memory), for the complexity probe."""
    return {"nums": list(range(min(max(0, n), 20)))}
