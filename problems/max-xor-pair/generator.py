"""Hidden tests for max-xor-pair."""

import random

SEED = 2026
TOP = 2**31 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single number", {"nums": [9]}),
        ("single zero", {"nums": [0]}),
        ("two equal", {"nums": [7, 7]}),
        ("zero and the maximum", {"nums": [0, TOP]}),
        ("all equal", {"nums": [12] * 6}),
        ("powers of two", {"nums": [1, 2, 4, 8, 16, 32]}),
        ("complements", {"nums": [0b1010, 0b0101, 3]}),
        ("high bit only in one", {"nums": [1, 2, 3, 2**30]}),
        ("large values", {"nums": [TOP, TOP - 1, 2**30, 2**30 + 1]}),
        ("small values", {"nums": [0, 1, 2, 3]}),
    ]
    for _ in range(6):
        out.append(("random small", {"nums": [rng.randint(0, 100) for _ in range(rng.randint(1, 30))]}))
    for _ in range(4):
        out.append(("random wide", {"nums": [rng.randint(0, TOP) for _ in range(rng.randint(1, 30))]}))
    out.append(("large random", {"nums": [rng.randint(0, TOP) for _ in range(3_000)]}))
    out.append(("large same high bit", {"nums": [2**30 + rng.randint(0, 2**20) for _ in range(3_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random 31-bit numbers, for the complexity probe."""
    return {"nums": [rng.randint(0, TOP) for _ in range(max(1, n))]}
