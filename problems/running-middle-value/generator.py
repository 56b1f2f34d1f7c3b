"""Hidden tests for running-middle-value."""

import random

SEED = 2026
TOP = 10**5


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"stream": [42]}),
        ("two values", {"stream": [1, 2]}),
        ("half values", {"stream": [1, 4, 2, 3]}),
        ("all equal", {"stream": [7] * 9}),
        ("rising", {"stream": list(range(15))}),
        ("falling", {"stream": list(range(15, 0, -1))}),
        ("negatives", {"stream": [-5, -1, -9, -3]}),
        ("extremes", {"stream": [TOP, -TOP, TOP, -TOP, 0]}),
        ("odd mean of negatives", {"stream": [-1, -2]}),
        ("alternating high and low", {"stream": [100, -100] * 6}),
    ]
    for _ in range(10):
        out.append(("random", {"stream": [rng.randint(-50, 50) for _ in range(rng.randint(1, 40))]}))
    out.append(("large random", {"stream": [rng.randint(-TOP, TOP) for _ in range(5_000)]}))
    out.append(("large rising", {"stream": list(range(-2_500, 2_500))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random values, for the complexity probe."""
    return {"stream": [rng.randint(-TOP, TOP) for _ in range(max(1, n))]}
