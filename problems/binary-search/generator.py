"""Hidden tests for binary-search."""

import random

SEED = 2026
BIG = 1_000_000_000


def _sorted_distinct(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.sample(range(lo, hi), n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"nums": [], "target": 3}),
        ("single element hit", {"nums": [5], "target": 5}),
        ("single element miss", {"nums": [5], "target": 4}),
        ("first element", {"nums": [1, 3, 5, 7, 9], "target": 1}),
        ("last element", {"nums": [1, 3, 5, 7, 9], "target": 9}),
        ("below all", {"nums": [1, 3, 5, 7, 9], "target": -100}),
        ("above all", {"nums": [1, 3, 5, 7, 9], "target": 100}),
        ("between two", {"nums": [1, 3, 5, 7, 9], "target": 6}),
        ("negatives", {"nums": [-9, -7, -3, -1], "target": -3}),
        ("extremes", {"nums": [-BIG, 0, BIG], "target": BIG}),
        ("extremes miss", {"nums": [-BIG, BIG], "target": -BIG + 1}),
        ("two elements", {"nums": [2, 4], "target": 4}),
    ]
    for _ in range(5):
        nums = _sorted_distinct(rng, rng.randint(1, 60), -500, 500)
        out.append(("random hit", {"nums": nums, "target": rng.choice(nums)}))
    for _ in range(3):
        nums = _sorted_distinct(rng, rng.randint(1, 60), -500, 500)
        target = rng.randint(-520, 520)
        while target in nums:
            target = rng.randint(-520, 520)
        out.append(("random miss", {"nums": nums, "target": target}))
    big = _sorted_distinct(rng, 5_000, -BIG, BIG)
    out.append(("large hit", {"nums": big, "target": big[rng.randrange(len(big))]}))
    out.append(("large miss", {"nums": big, "target": big[-1] + 1}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n sorted values and a target that is absent, for the complexity probe."""
    nums = list(range(0, 2 * max(1, n), 2))
    return {"nums": nums, "target": 2 * rng.randrange(max(1, n)) + 1}
