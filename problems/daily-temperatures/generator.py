"""Hidden tests for daily-temperatures."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single day", {"temperatures": [30]}),
        ("two days warmer", {"temperatures": [30, 31]}),
        ("two days equal", {"temperatures": [30, 30]}),
        ("all equal", {"temperatures": [12] * 10}),
        ("strictly rising", {"temperatures": list(range(-5, 15))}),
        ("strictly falling", {"temperatures": list(range(15, -5, -1))}),
        ("negatives", {"temperatures": [-10, -20, -15, -5, -30]}),
        ("extremes", {"temperatures": [150, -100, 150, -100, 149]}),
        ("valley then peak", {"temperatures": [5, 4, 3, 2, 1, 9]}),
        ("warm day far away", {"temperatures": [10] + [1] * 30 + [11]}),
    ]
    for _ in range(9):
        n = rng.randint(2, 50)
        out.append(("random", {"temperatures": [rng.randint(-100, 150) for _ in range(n)]}))
    out.append(("large random", {"temperatures": [rng.randint(-100, 150) for _ in range(8_000)]}))
    out.append(("large falling then spike", {"temperatures": [140 - i // 40 for i in range(8_000)] + [150]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random temperatures, for the complexity probe."""
    return {"temperatures": [rng.randint(-100, 150) for _ in range(max(1, n))]}
