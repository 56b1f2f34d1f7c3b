"""Hidden tests for repeated-label-cycle: n + 1 labels in 1..n with one repeated value."""

import random

SEED = 2026


def labels(rng: random.Random, n: int, copies: int = 2) -> list[int]:
    """n + 1 labels from 1..n: one value `copies` times, the rest distinct."""
    dup = rng.randint(1, n)
    others = [v for v in range(1, n + 1) if v != dup]
    nums = [dup] * copies + rng.sample(others, n + 1 - copies)
    rng.shuffle(nums)
    return nums


def check(nums: list[int]) -> bool:
    n = len(nums) - 1
    counts: dict[int, int] = {}
    for v in nums:
        counts[v] = counts.get(v, 0) + 1
    return all(1 <= v <= n for v in nums) and sum(1 for c in counts.values() if c > 1) == 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("smallest list", {"nums": [1, 1]}),
        ("all the same", {"nums": [3, 3, 3, 3]}),
        ("repeat is the largest label", {"nums": [1, 4, 2, 3, 4]}),
        ("repeat is one", {"nums": [1, 3, 2, 1]}),
        ("repeat adjacent", {"nums": [2, 5, 5, 1, 3, 4]}),
        ("repeat at both ends", {"nums": [4, 1, 2, 3, 4]}),
        ("many copies", {"nums": [2, 2, 2, 2, 5, 1]}),
        ("position zero points at itself chain", {"nums": [2, 1, 2]}),
        ("sorted with a repeat", {"nums": [1, 2, 3, 4, 5, 6, 6]}),
        ("long cycle", {"nums": [2, 3, 4, 5, 6, 7, 8, 9, 1, 5]}),
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append(("random", {"nums": labels(rng, n, rng.randint(2, min(4, n + 1)))}))
    out.append(("large two copies", {"nums": labels(rng, 10_000)}))
    out.append(("large many copies", {"nums": labels(rng, 10_000, 3_000)}))
    assert all(check(inp["nums"]) for _, inp in out)
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n + 1 labels whose two copies of the repeat come last (a pairwise scan is
    quadratic), for the complexity probe."""
    n = max(2, n)
    nums = list(range(1, n + 1))
    rng.shuffle(nums)
    nums.append(nums[-1])
    return {"nums": nums}
