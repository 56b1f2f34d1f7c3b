"""Hidden tests for subarray-sum-equals-k."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value equal", {"nums": [5], "k": 5}),
        ("single value different", {"nums": [5], "k": 4}),
        ("single zero with k zero", {"nums": [0], "k": 0}),
        ("no run reaches k", {"nums": [1, 2, 3], "k": 100}),
        ("whole list only", {"nums": [1, 2, 3, 4], "k": 10}),
        ("all zeros k zero", {"nums": [0] * 10, "k": 0}),
        ("all equal values", {"nums": [2] * 12, "k": 4}),
        ("negatives cancel", {"nums": [3, -3, 3, -3, 3], "k": 0}),
        ("negative target", {"nums": [-1, -2, 4, -3, -1], "k": -3}),
        ("extremes", {"nums": [1000, -1000, 1000, -1000], "k": 1000}),
        ("large k unreachable", {"nums": [1000] * 20, "k": 10**7}),
        ("k is the whole sum with zeros around", {"nums": [0, 0, 5, 0, 0], "k": 5}),
    ]
    for _ in range(6):
        n = rng.randint(2, 40)
        nums = [rng.randint(-5, 5) for _ in range(n)]
        out.append(("random small values", {"nums": nums, "k": rng.randint(-6, 6)}))
    for _ in range(3):
        n = rng.randint(2, 40)
        nums = [rng.randint(-1000, 1000) for _ in range(n)]
        i = rng.randrange(n)
        j = rng.randrange(i, n)
        out.append(("random wide values", {"nums": nums, "k": sum(nums[i : j + 1])}))
    out.append(("large small values", {"nums": [rng.randint(-3, 3) for _ in range(8_000)], "k": 2}))
    out.append(("large zeros", {"nums": [0] * 8_000, "k": 0}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n small values and a small target, for the complexity probe."""
    return {"nums": [rng.randint(-3, 3) for _ in range(max(1, n))], "k": 1}
