"""Hidden tests for combination-sum (kept under the 150-ways bound of the statement)."""

import random

SEED = 2026


def _count(values: list[int], target: int) -> int:
    ways = [1] + [0] * target
    for v in values:
        for t in range(v, target + 1):
            ways[t] += ways[t - v]
    return ways[target]


def _random_case(rng: random.Random, max_n: int, max_target: int) -> dict:
    while True:
        values = rng.sample(range(2, 41), rng.randint(1, max_n))
        target = rng.randint(1, max_target)
        if _count(values, target) < 150:
            return {"candidates": values, "target": target}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single candidate exact", {"candidates": [5], "target": 5}),
        ("single candidate repeated", {"candidates": [3], "target": 12}),
        ("single candidate impossible", {"candidates": [3], "target": 10}),
        ("target below every candidate", {"candidates": [8, 9], "target": 1}),
        ("unsorted candidates", {"candidates": [9, 2, 5], "target": 11}),
        ("largest values", {"candidates": [40, 39, 20], "target": 40}),
        ("smallest values", {"candidates": [2], "target": 40}),
        ("many small coins", {"candidates": [2, 3, 4, 5], "target": 16}),
        ("odd target even coins", {"candidates": [2, 4, 6, 8], "target": 15}),
    ]
    for _ in range(10):
        out.append(("random", _random_case(rng, 6, 30)))
    out.append(("random many candidates", _random_case(rng, 30, 40)))
    out.append(("dense answer", {"candidates": [2, 3, 5, 7], "target": 30}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
