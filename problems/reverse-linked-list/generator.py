"""Hidden tests for reverse-linked-list (lists are written as their values, head first)."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"head": []}),
        ("single node", {"head": [0]}),
        ("two nodes", {"head": [1, 2]}),
        ("duplicates", {"head": [3, 3, 1, 3]}),
        ("all equal", {"head": [7] * 6}),
        ("negatives", {"head": [-1, -2, -3]}),
        ("extremes", {"head": [5000, -5000, 0, 5000]}),
        ("palindrome", {"head": [1, 2, 3, 2, 1]}),
        ("already descending", {"head": list(range(10, 0, -1))}),
    ]
    for _ in range(10):
        n = rng.randint(3, 40)
        out.append(("random", {"head": [rng.randint(-5000, 5000) for _ in range(n)]}))
    out.append(("large input", {"head": [rng.randint(-5000, 5000) for _ in range(5_000)]}))
    out.append(("large ascending", {"head": list(range(-2_500, 2_500))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A list of n random values, for the complexity probe."""
    return {"head": [rng.randint(-5000, 5000) for _ in range(max(1, n))]}
