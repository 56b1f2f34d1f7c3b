"""Hidden tests for insert-position."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value equal", {"nums": [4], "target": 4}),
        ("single value below", {"nums": [4], "target": 3}),
        ("single value above", {"nums": [4], "target": 5}),
        ("before everything", {"nums": [1, 3, 5, 7], "target": -100}),
        ("after everything", {"nums": [1, 3, 5, 7], "target": 100}),
        ("first value", {"nums": [1, 3, 5, 7], "target": 1}),
        ("last value", {"nums": [1, 3, 5, 7], "target": 7}),
        ("gap in the middle", {"nums": [1, 3, 5, 7], "target": 4}),
        ("negatives", {"nums": [-9, -6, -3], "target": -4}),
        ("extremes", {"nums": [-10_000, 10_000], "target": 0}),
        ("two values target between", {"nums": [10, 20], "target": 15}),
    ]
    for _ in range(5):
        nums = sorted(rng.sample(range(-100, 100), rng.randint(1, 40)))
        out.append(("random present", {"nums": nums, "target": rng.choice(nums)}))
    for _ in range(5):
        nums = sorted(rng.sample(range(-100, 100), rng.randint(1, 40)))
        out.append(("random", {"nums": nums, "target": rng.randint(-110, 110)}))
    nums = list(range(-10_000, 10_000, 2))
    out.append(("large odd target", {"nums": nums, "target": 4_321}))
    out.append(("large last", {"nums": nums, "target": 9_998}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n even values and a target past the end, for the complexity probe."""
    n = max(1, n)
    return {"nums": list(range(0, 2 * n, 2)), "target": 2 * n + 1}
