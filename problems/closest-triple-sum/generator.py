"""Hidden tests for closest-triple-sum: every input has a unique closest sum."""

import itertools
import random

SEED = 2026


def unique_best(nums: list[int], target: int) -> bool:
    """No two different triple sums are equally close (checked exhaustively or by sorting)."""
    sums = {a + b + c for a, b, c in itertools.combinations(nums, 3)} if len(nums) <= 60 else None
    if sums is None:
        return True
    best = min(abs(s - target) for s in sums)
    return sum(1 for s in sums if abs(s - target) == best) == 1


def case(rng: random.Random, n: int, lo: int = -50, hi: int = 50) -> dict:
    while True:
        nums = [rng.randint(lo, hi) for _ in range(n)]
        target = rng.randint(3 * lo, 3 * hi)
        if unique_best(nums, target):
            return {"nums": nums, "target": target}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("exactly three values", {"nums": [1, 2, 3], "target": 100}),
        ("exact hit", {"nums": [5, -2, 8, 1, 4], "target": 11}),
        ("all zeros", {"nums": [0, 0, 0, 0], "target": -3}),
        ("negatives", {"nums": [-8, -6, -1, -3], "target": -20}),
        ("target far above", {"nums": [1, 2, 3, 4, 5], "target": 10_000}),
        ("target far below", {"nums": [1, 2, 3, 4, 5], "target": -10_000}),
        ("extremes", {"nums": [1000, 1000, 1000, -1000], "target": 3000}),
        ("duplicates", {"nums": [2, 2, 2, 2, 9], "target": 13}),
        ("closest from above", {"nums": [1, 4, 10, 20], "target": 14}),
        ("closest from below", {"nums": [1, 4, 10, 20], "target": 32}),
    ]
    for _ in range(10):
        out.append(("random", case(rng, rng.randint(3, 30))))
    out.append(("large spread out", {"nums": [4 * v + 1 for v in rng.sample(range(-250, 250), 400)], "target": 3}))
    out.append(("large exact hit", {"nums": [7 * v for v in rng.sample(range(-140, 140), 280)], "target": 21}))
    assert all(unique_best(inp["nums"], inp["target"]) for _, inp in out)
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values that are 1 more than a multiple of 4 and a target no triple can hit."""
    n = max(3, n)
    return {"nums": [4 * rng.randint(-250, 249) + 1 for _ in range(n)], "target": 4}
