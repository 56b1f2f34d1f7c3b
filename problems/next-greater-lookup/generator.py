"""Hidden tests for next-greater-lookup."""

import random

SEED = 2026


def case(rng: random.Random, nums: list[int], m: int) -> dict:
    return {"queries": rng.sample(nums, m), "nums": nums}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"queries": [5], "nums": [5]}),
        ("query is the last value", {"queries": [9], "nums": [1, 9]}),
        ("query is the first value", {"queries": [1], "nums": [1, 9]}),
        ("rising", {"queries": [0, 1, 2, 3, 4], "nums": [0, 1, 2, 3, 4]}),
        ("falling", {"queries": [4, 3, 2, 1, 0], "nums": [4, 3, 2, 1, 0]}),
        ("bigger value far away", {"queries": [50], "nums": [50] + list(range(40, 0, -1)) + [60]}),
        ("first bigger is not the largest", {"queries": [3], "nums": [3, 1, 5, 9]}),
        ("queries in another order", {"queries": [8, 2, 6], "nums": [2, 6, 4, 8, 7]}),
        ("zero and the maximum", {"queries": [0, 10_000], "nums": [10_000, 0, 1]}),
        ("valley", {"queries": [5, 1, 4], "nums": [5, 3, 1, 2, 4, 6]}),
    ]
    for _ in range(10):
        nums = rng.sample(range(0, 100), rng.randint(1, 30))
        out.append(("random", case(rng, nums, rng.randint(1, len(nums)))))
    out.append(("large random", case(rng, rng.sample(range(0, 10_001), 5_000), 2_500)))
    out.append(("large falling", case(rng, list(range(10_000, 5_000, -1)), 5_000)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n falling values (every scan runs to the end), all of them queried."""
    n = max(1, min(n, 10_001))
    nums = list(range(n - 1, -1, -1))
    return {"queries": nums[:], "nums": nums}
