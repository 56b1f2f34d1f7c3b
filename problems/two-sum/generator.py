"""Inputs for two-sum: the hidden tests (with the reference) and sized inputs for the probe."""

import random

SEED = 2


def _unique_pair(rng: random.Random, n: int, lo: int, hi: int) -> dict:
    """n distinct values with exactly one pair summing to the target."""
    while True:
        nums = rng.sample(range(lo, hi), n)
        i, j = sorted(rng.sample(range(n), 2))
        target = nums[i] + nums[j]
        seen: dict[int, int] = {}
        pairs = 0
        for x in nums:
            pairs += seen.get(target - x, 0)
            seen[x] = seen.get(x, 0) + 1
        if pairs == 1:
            return {"nums": nums, "target": target}


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values whose only matching pair is the last two (the worst case)."""
    n = max(2, n)
    nums = rng.sample(range(-4 * n, 4 * n), n)
    odd = [2 * x + 1 for x in nums]  # all odd: any two sum to an even number
    odd[-1] = 10**8  # the only even value; with odd[-2] it makes the one odd target
    return {"nums": odd, "target": odd[-2] + odd[-1]}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("negatives", {"nums": [-3, -7, -1, -12], "target": -19}),
        ("duplicates", {"nums": [5, 5, 1, 8], "target": 10}),
        ("duplicates", {"nums": [2, 3, 2, 7, 11], "target": 18}),
        ("extreme values", {"nums": [10**9, 3, -(10**9) + 4, 8], "target": 4}),
        ("extreme values", {"nums": [-(10**9), 10**9, 0], "target": 0}),
        ("pair at the ends", {"nums": [1, 20, 30, 40, 2], "target": 3}),
        ("zeros", {"nums": [0, 1, 0], "target": 0}),
        ("two elements", {"nums": [-1, 1], "target": 0}),
    ]
    for _ in range(10):
        out.append(("random", _unique_pair(rng, rng.randint(5, 60), -1000, 1000)))
    out.append(("large input", sized_input(20_000, rng)))
    big = sized_input(20_000, rng)
    big["nums"] = big["nums"][::-1]
    out.append(("large input, pair first", big))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
