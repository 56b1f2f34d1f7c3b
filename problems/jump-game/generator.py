"""Hidden tests for jump-game."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single stone zero", {"nums": [0]}),
        ("single stone", {"nums": [5]}),
        ("two stones blocked", {"nums": [0, 1]}),
        ("two stones", {"nums": [1, 0]}),
        ("zero at the end is fine", {"nums": [2, 0, 0]}),
        ("zero trap", {"nums": [1, 1, 0, 1]}),
        ("jump over a zero", {"nums": [2, 0, 1]}),
        ("all ones", {"nums": [1] * 30}),
        ("huge first jump", {"nums": [100_000] + [0] * 50}),
        ("many zeros in a row", {"nums": [4, 0, 0, 0, 0, 1]}),
        ("reach exactly", {"nums": [3, 0, 0, 0]}),
    ]
    for _ in range(9):
        n = rng.randint(2, 40)
        out.append(("random", {"nums": [rng.choice([0, 0, 1, 1, 2, 3]) for _ in range(n)]}))
    out.append(("large reachable", {"nums": [rng.randint(1, 3) for _ in range(10_000)]}))
    big = [rng.randint(1, 5) for _ in range(10_000)]
    big[4_995:5_000] = [5, 4, 3, 2, 1]  # every jump lands at most on index 5000
    big[5_000:5_006] = [0] * 6
    out.append(("large wall of zeros", {"nums": big}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n stones of jump one (the walk must visit them all), for the complexity probe."""
    return {"nums": [1] * max(1, n)}
