"""Hidden tests for shortest-run-reaching-target."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value reaches", {"target": 5, "nums": [5]}),
        ("single value short", {"target": 6, "nums": [5]}),
        ("whole list needed", {"target": 15, "nums": [1, 2, 3, 4, 5]}),
        ("whole list not enough", {"target": 16, "nums": [1, 2, 3, 4, 5]}),
        ("one big value", {"target": 100, "nums": [1, 1, 100, 1, 1]}),
        ("answer at the end", {"target": 7, "nums": [1, 1, 1, 1, 3, 4]}),
        ("answer at the start", {"target": 7, "nums": [3, 4, 1, 1, 1, 1]}),
        ("overshoot allowed", {"target": 4, "nums": [1, 10, 1]}),
        ("all ones", {"target": 6, "nums": [1] * 10}),
        ("huge target", {"target": 10**9, "nums": [10_000] * 50}),
    ]
    for _ in range(10):
        nums = [rng.randint(1, 20) for _ in range(rng.randint(1, 30))]
        out.append(("random", {"target": rng.randint(1, max(1, sum(nums) + 5)), "nums": nums}))
    big = [rng.randint(1, 10_000) for _ in range(10_000)]
    out.append(("large random", {"target": 2_000_000, "nums": big}))
    out.append(("large unreachable", {"target": 10**9, "nums": big}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n small values and a target that needs about half of them (quadratic to rescan)."""
    n = max(1, n)
    return {"target": 5 * n // 2, "nums": [rng.randint(1, 9) for _ in range(n)]}
