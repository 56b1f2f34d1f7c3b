"""Hidden tests for top-k-frequent."""

import random

SEED = 2026
TOP = 10_000


def _case(rng: random.Random, n: int, distinct: int, lo: int = -TOP, hi: int = TOP) -> dict:
    pool = rng.sample(range(lo, hi + 1), distinct)
    weights = [rng.randint(1, 20) for _ in pool]
    nums = rng.choices(pool, weights, k=n)
    k = rng.randint(1, len(set(nums)))
    return {"nums": nums, "k": k}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single element", {"nums": [3], "k": 1}),
        ("all the same", {"nums": [2, 2, 2, 2], "k": 1}),
        ("all distinct ties", {"nums": [5, 3, 9, 1], "k": 2}),
        ("k is every value", {"nums": [1, 1, 2, 3, 3, 3], "k": 3}),
        ("negatives", {"nums": [-1, -1, -2, -2, -2, -3], "k": 2}),
        ("tie at the cut", {"nums": [7, 7, 8, 8, 9, 9, 1], "k": 2}),
        ("extremes", {"nums": [TOP, -TOP, TOP, -TOP, 0], "k": 2}),
        ("zero value", {"nums": [0, 0, 0, 1], "k": 1}),
    ]
    for _ in range(10):
        out.append(("random", _case(rng, rng.randint(2, 60), rng.randint(1, 12), -20, 20)))
    out.append(("large input", _case(rng, 8_000, 1_500)))
    big = [rng.randint(-TOP, TOP) for _ in range(8_000)]
    out.append(("large mostly unique", {"nums": big, "k": 50}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values over about n // 3 distinct ones, k half of them, for the complexity probe."""
    nums = [rng.randint(0, max(1, n // 3)) for _ in range(max(1, n))]
    return {"nums": nums, "k": max(1, len(set(nums)) // 2)}
