"""Hidden tests for largest-rectangle-in-histogram."""

import random

SEED = 2026
TOP = 10_000


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single bar", {"heights": [7]}),
        ("single zero bar", {"heights": [0]}),
        ("all zeros", {"heights": [0, 0, 0]}),
        ("all equal", {"heights": [4] * 12}),
        ("ascending", {"heights": list(range(1, 16))}),
        ("descending", {"heights": list(range(15, 0, -1))}),
        ("zero splits", {"heights": [5, 5, 0, 5, 5, 5]}),
        ("tall spike", {"heights": [1, 1, 100, 1, 1]}),
        ("valley", {"heights": [6, 2, 1, 2, 6]}),
        ("duplicates of minimum", {"heights": [2, 4, 2, 4, 2]}),
        ("extremes", {"heights": [TOP] * 3 + [0] + [TOP] * 2}),
    ]
    for _ in range(8):
        n = rng.randint(2, 50)
        out.append(("random", {"heights": [rng.randint(0, 20) for _ in range(n)]}))
    out.append(("large random", {"heights": [rng.randint(0, TOP) for _ in range(8_000)]}))
    out.append(("large ascending", {"heights": list(range(1, 8_001))}))
    out.append(("large plateau", {"heights": [TOP] * 8_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random bar heights, for the complexity probe."""
    return {"heights": [rng.randint(0, TOP) for _ in range(max(1, n))]}
