"""Hidden tests for last-stone-weight."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single stone", {"stones": [5]}),
        ("single lightest stone", {"stones": [1]}),
        ("two equal", {"stones": [9, 9]}),
        ("two different", {"stones": [1, 1000]}),
        ("all equal even count", {"stones": [4] * 6}),
        ("all equal odd count", {"stones": [4] * 7}),
        ("extremes", {"stones": [1000, 1000, 1000, 1]}),
        ("ascending", {"stones": list(range(1, 11))}),
        ("duplicates", {"stones": [3, 3, 5, 5, 1]}),
        ("one heavy many light", {"stones": [100] + [1] * 99}),
    ]
    for _ in range(10):
        out.append(("random", {"stones": [rng.randint(1, 30) for _ in range(rng.randint(2, 30))]}))
    out.append(("large input", {"stones": [rng.randint(1, 1000) for _ in range(10_000)]}))
    out.append(("large equal pairs", {"stones": [rng.randint(1, 1000) for _ in range(3_000)] * 2}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random stones, for the complexity probe."""
    return {"stones": [rng.randint(1, 1000) for _ in range(max(1, n))]}
