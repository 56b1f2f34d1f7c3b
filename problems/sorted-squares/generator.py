"""Hidden tests for sorted-squares."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"nums": [-7]}),
        ("single zero", {"nums": [0]}),
        ("all negative", {"nums": [-9, -5, -2, -1]}),
        ("all positive", {"nums": [1, 2, 5, 9]}),
        ("mirror pairs", {"nums": [-3, -2, -1, 1, 2, 3]}),
        ("zeros", {"nums": [-1, 0, 0, 0, 2]}),
        ("extremes", {"nums": [-10_000, -1, 10_000]}),
        ("negatives dominate", {"nums": [-100, -50, 1, 2]}),
        ("positives dominate", {"nums": [-2, -1, 50, 100]}),
        ("all equal negative", {"nums": [-4] * 6}),
    ]
    for _ in range(10):
        out.append(("random", {"nums": sorted(rng.randint(-50, 50) for _ in range(rng.randint(1, 40)))}))
    out.append(("large mixed", {"nums": sorted(rng.randint(-10_000, 10_000) for _ in range(4_000))}))
    out.append(("large negative", {"nums": sorted(rng.randint(-10_000, -1) for _ in range(4_000))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n sorted values around zero, for the complexity probe."""
    return {"nums": sorted(rng.randint(-10_000, 10_000) for _ in range(max(1, n)))}
