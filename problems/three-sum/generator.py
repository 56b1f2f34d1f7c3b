"""Hidden tests for three-sum."""

import random

SEED = 2026
BIG = 100_000


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"nums": []}),
        ("single element", {"nums": [0]}),
        ("two elements", {"nums": [1, -1]}),
        ("all zeros", {"nums": [0] * 50}),
        ("all positive", {"nums": [1, 2, 3, 4, 5]}),
        ("all negative", {"nums": [-1, -2, -3, -4]}),
        ("duplicates", {"nums": [-1, -1, -1, 2, 2, 2, 0, 1, 1]}),
        ("pair repeated twice", {"nums": [-2, 1, 1, -2, 1, 4]}),
        ("extremes", {"nums": [BIG, -BIG, 0, BIG, -BIG // 2, -BIG // 2]}),
        ("no triple", {"nums": [-5, 1, 3, 10, -20]}),
    ]
    for _ in range(8):
        n = rng.randint(3, 40)
        out.append(("random", {"nums": [rng.randint(-15, 15) for _ in range(n)]}))
    for _ in range(2):
        out.append(("random wide", {"nums": [rng.randint(-BIG, BIG) for _ in range(60)]}))
    out.append(("large many answers", {"nums": [rng.randint(-2_000, 2_000) for _ in range(600)]}))
    out.append(("large few answers", {"nums": [rng.choice([-1, 1]) * rng.randint(40_000, BIG) for _ in range(1_500)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values spread wide so that few triples exist, for the complexity probe."""
    return {"nums": [rng.randint(-BIG, BIG) for _ in range(max(1, n))]}
