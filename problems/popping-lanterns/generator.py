"""Hidden tests for popping-lanterns."""

import random

SEED = 2026


def _vals(rng: random.Random, n: int, hi: int = 100) -> list[int]:
    return [rng.randint(0, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single lantern", {"lanterns": [7]}),
        ("single zero", {"lanterns": [0]}),
        ("two lanterns", {"lanterns": [3, 5]}),
        ("all zeros", {"lanterns": [0, 0, 0, 0]}),
        ("all ones", {"lanterns": [1] * 6}),
        ("zero in the middle", {"lanterns": [9, 0, 9]}),
        ("large value in the middle", {"lanterns": [1, 100, 1]}),
        ("increasing", {"lanterns": [1, 2, 3, 4, 5]}),
        ("decreasing", {"lanterns": [5, 4, 3, 2, 1]}),
        ("greedy by smallest fails", {"lanterns": [4, 1, 6, 9]}),
        ("maximum values", {"lanterns": [100] * 10}),
    ]
    for _ in range(6):
        out.append(("random", {"lanterns": _vals(rng, rng.randint(2, 10), 20)}))
    for _ in range(2):
        out.append(("random with zeros", {"lanterns": [rng.choice([0, rng.randint(1, 9)]) for _ in range(12)]}))
    out.append(("largest row", {"lanterns": _vals(rng, 100)}))
    out.append(("largest row, maximum values", {"lanterns": [100] * 100}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random lanterns, for the complexity probe."""
    return {"lanterns": _vals(rng, max(1, n))}
