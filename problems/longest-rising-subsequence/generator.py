"""Hidden tests for longest-rising-subsequence."""

import random

SEED = 2026


def _nums(rng: random.Random, n: int, lo: int = -10_000, hi: int = 10_000) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single element", {"nums": [42]}),
        ("all equal", {"nums": [3] * 10}),
        ("strictly increasing", {"nums": list(range(-5, 15))}),
        ("strictly decreasing", {"nums": list(range(20, 0, -1))}),
        ("plateaus", {"nums": [1, 1, 2, 2, 3, 3, 2, 2]}),
        ("late small values", {"nums": [10, 20, 30, 1, 2, 3, 4]}),
        ("early commitment trap", {"nums": [5, 6, 7, 1, 2, 8, 3, 4, 9]}),
        ("negatives", {"nums": [-3, -10, -2, -8, -1, -7, 0]}),
        ("extremes", {"nums": [10_000, -10_000, 10_000, -10_000, 0]}),
        ("zigzag", {"nums": [1, 5, 2, 6, 3, 7, 4, 8]}),
    ]
    for _ in range(6):
        out.append(("random", {"nums": _nums(rng, rng.randint(2, 40), -50, 50)}))
    for _ in range(2):
        out.append(("random few distinct values", {"nums": _nums(rng, 60, 0, 5)}))
    out.append(("large random", {"nums": _nums(rng, 2500)}))
    out.append(("large increasing", {"nums": list(range(-1250, 1250))}))
    out.append(("large decreasing", {"nums": list(range(2500, 0, -1))}))
    out.append(("large sawtooth", {"nums": [(i % 50) * 100 + i // 50 for i in range(2500)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random values, for the complexity probe."""
    return {"nums": _nums(rng, max(1, n))}
