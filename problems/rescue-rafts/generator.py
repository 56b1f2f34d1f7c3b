"""Hidden tests for rescue-rafts."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("one person", {"people": [3], "limit": 3}),
        ("two fit together", {"people": [1, 2], "limit": 3}),
        ("two do not fit", {"people": [2, 2], "limit": 3}),
        ("everyone at the limit", {"people": [5, 5, 5], "limit": 5}),
        ("pairs exactly at the limit", {"people": [2, 3, 1, 4], "limit": 5}),
        ("all light", {"people": [1] * 9, "limit": 10}),
        ("heavy and light", {"people": [9, 1, 9, 1, 9], "limit": 10}),
        ("greedy by lightest pairs fails", {"people": [1, 1, 2, 3], "limit": 3}),
        ("extremes", {"people": [30_000, 1, 29_999], "limit": 30_000}),
        ("limit one", {"people": [1, 1, 1], "limit": 1}),
    ]
    for _ in range(10):
        limit = rng.randint(1, 20)
        out.append(("random", {"people": [rng.randint(1, limit) for _ in range(rng.randint(1, 30))], "limit": limit}))
    out.append(("large random", {"people": [rng.randint(1, 30_000) for _ in range(10_000)], "limit": 30_000}))
    out.append(("large half light", {"people": [rng.randint(1, 10) for _ in range(5_000)] + [rng.randint(29_990, 30_000) for _ in range(5_000)], "limit": 30_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random weights, for the complexity probe."""
    return {"people": [rng.randint(1, 30_000) for _ in range(max(1, n))], "limit": 30_000}
