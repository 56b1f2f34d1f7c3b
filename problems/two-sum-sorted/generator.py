"""Hidden tests for two-sum-sorted: every input has exactly one answer pair."""

import random

SEED = 2026


def pairs(numbers: list[int], target: int) -> int:
    """How many position pairs add up to the target (must be exactly one)."""
    seen: dict[int, int] = {}
    count = 0
    for x in numbers:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count


def unique_case(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000) -> dict:
    """Distinct sorted values whose pair sums only hit the target once."""
    while True:
        numbers = sorted(rng.sample(range(lo, hi + 1), n))
        i, j = sorted(rng.sample(range(n), 2))
        target = numbers[i] + numbers[j]
        if -2000 <= target <= 2000 and pairs(numbers, target) == 1:
            return {"numbers": numbers, "target": target}


def spread(n: int) -> dict:
    """n values that are 1 more than a multiple of 4 (any two add up to 2 mod 4) plus
    the only pair, 0 and 4, in the middle."""
    numbers = sorted([4 * (v % 500 - 250) + 1 for v in range(n)] + [0, 4])
    return {"numbers": numbers, "target": 4}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("two values", {"numbers": [1, 2], "target": 3}),
        ("equal pair", {"numbers": [3, 3], "target": 6}),
        ("equal pair among others", {"numbers": [1, 4, 4, 9], "target": 8}),
        ("negatives", {"numbers": [-9, -4, -1, 0], "target": -13}),
        ("zero target", {"numbers": [-7, -2, 3, 7], "target": 0}),
        ("pair at the ends", {"numbers": [-1000, 1, 2, 4, 1000], "target": 0}),
        ("pair at the start", {"numbers": [1, 2, 10, 20, 40], "target": 3}),
        ("pair at the end", {"numbers": [1, 2, 10, 20, 40], "target": 60}),
        ("extremes", {"numbers": [-1000, -1000, 5], "target": -2000}),
        ("max target", {"numbers": [0, 999, 1000, 1000], "target": 2000}),
        ("many duplicates", {"numbers": [1, 1, 2, 5, 9, 9], "target": 7}),
    ]
    for _ in range(8):
        out.append(("random", unique_case(rng, rng.randint(2, 40))))
    out.append(("large pair in the middle", spread(10_000)))
    out.append(("large pair at the ends", {"numbers": [-1000] + [1] * 9_998 + [1000], "target": 0}))
    odd = rng.sample(range(-250, 250), 300)
    a, b = rng.sample(range(-250, 251), 2)
    out.append(("large random", {"numbers": sorted([4 * v + 1 for v in odd] + [4 * a, 4 * b]), "target": 4 * (a + b)}))
    assert all(pairs(inp["numbers"], inp["target"]) == 1 for _, inp in out)
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values whose only pair sits in the middle (quadratic for pair-by-pair search)."""
    return spread(max(2, n))
