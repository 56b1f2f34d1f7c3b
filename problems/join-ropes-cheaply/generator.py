"""Hidden tests for join-ropes-cheaply."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single rope", {"ropes": [5]}),
        ("two ropes", {"ropes": [5, 7]}),
        ("all equal", {"ropes": [3] * 8}),
        ("powers of two", {"ropes": [1, 2, 4, 8, 16, 32]}),
        ("one long many short", {"ropes": [10_000, 1, 1, 1, 1]}),
        ("falling", {"ropes": list(range(20, 0, -1))}),
        ("ones", {"ropes": [1] * 15}),
        ("largest lengths", {"ropes": [10_000] * 10}),
        ("joined piece is not the smallest", {"ropes": [4, 4, 5, 5]}),
        ("three ropes", {"ropes": [9, 1, 5]}),
    ]
    for _ in range(10):
        out.append(("random", {"ropes": [rng.randint(1, 50) for _ in range(rng.randint(1, 30))]}))
    out.append(("large random", {"ropes": [rng.randint(1, 10_000) for _ in range(10_000)]}))
    out.append(("large small lengths", {"ropes": [rng.randint(1, 5) for _ in range(10_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random lengths, for the complexity probe."""
    return {"ropes": [rng.randint(1, 10_000) for _ in range(max(1, n))]}
