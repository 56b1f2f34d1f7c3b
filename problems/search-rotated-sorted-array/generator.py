"""Hidden tests for search-rotated-sorted-array."""

import random

SEED = 2026
BIG = 1_000_000_000


def _rotated(rng: random.Random, n: int, lo: int, hi: int, k: int | None = None) -> list[int]:
    values = sorted(rng.sample(range(lo, hi), n))
    k = rng.randrange(n) if k is None else k % n
    return values[k:] + values[:k]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single element hit", {"nums": [4], "target": 4}),
        ("single element miss", {"nums": [4], "target": 5}),
        ("two elements rotated", {"nums": [3, 1], "target": 1}),
        ("two elements rotated miss", {"nums": [3, 1], "target": 2}),
        ("no rotation", {"nums": [1, 2, 3, 4, 5, 6], "target": 5}),
        ("rotated by one", {"nums": [2, 3, 4, 5, 6, 1], "target": 1}),
        ("rotated by n - 1", {"nums": [6, 1, 2, 3, 4, 5], "target": 6}),
        ("target at the pivot", {"nums": [8, 9, 2, 4, 6], "target": 2}),
        ("negatives", {"nums": [-2, 0, 5, -9, -7, -4], "target": -7}),
        ("extremes", {"nums": [BIG, -BIG, 0], "target": -BIG}),
        ("below all", {"nums": [7, 8, 1, 2], "target": -50}),
    ]
    for _ in range(6):
        nums = _rotated(rng, rng.randint(2, 60), -500, 500)
        out.append(("random hit", {"nums": nums, "target": rng.choice(nums)}))
    for _ in range(3):
        nums = _rotated(rng, rng.randint(2, 60), -500, 500)
        out.append(("random miss", {"nums": nums, "target": 777}))
    big = _rotated(rng, 5_000, -BIG, BIG)
    out.append(("large hit", {"nums": big, "target": big[rng.randrange(len(big))]}))
    out.append(("large miss", {"nums": big, "target": BIG}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A rotated list of n values and an absent target, for the complexity probe."""
    n = max(1, n)
    values = list(range(0, 2 * n, 2))
    k = rng.randrange(n)
    return {"nums": values[k:] + values[:k], "target": 2 * rng.randrange(n) + 1}
