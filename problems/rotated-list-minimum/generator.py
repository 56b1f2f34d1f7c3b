"""Hidden tests for rotated-list-minimum."""

import random

SEED = 2026


def rotated(values: list[int], by: int) -> list[int]:
    by %= max(1, len(values))
    return values[by:] + values[:by]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    base = list(range(1, 11))
    out = [
        ("single value", {"nums": [4]}),
        ("two values rotated", {"nums": [2, 1]}),
        ("two values sorted", {"nums": [1, 2]}),
        ("not rotated", {"nums": base}),
        ("rotated by one", {"nums": rotated(base, 1)}),
        ("minimum last", {"nums": rotated(base, 9)}),
        ("rotated by half", {"nums": rotated(base, 5)}),
        ("negatives", {"nums": [-3, -1, 4, -9, -7]}),
        ("extremes", {"nums": [5000, -5000, 0]}),
        ("three values minimum in the middle", {"nums": [3, 1, 2]}),
    ]
    for _ in range(10):
        values = sorted(rng.sample(range(-100, 100), rng.randint(1, 40)))
        out.append(("random", {"nums": rotated(values, rng.randint(0, len(values)))}))
    big = sorted(rng.sample(range(-5000, 5001), 5000))
    out.append(("large rotated", {"nums": rotated(big, 3_217)}))
    out.append(("large minimum last", {"nums": rotated(big, 4_999)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values with the minimum last (a linear scan reads them all)."""
    n = max(1, n)
    values = list(range(0, 2 * n, 2))
    return {"nums": rotated(values, n - 1)}
