"""Hidden tests for counting-bits."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero", {"n": 0}),
        ("one", {"n": 1}),
        ("two", {"n": 2}),
        ("power of two", {"n": 64}),
        ("one below a power of two", {"n": 255}),
        ("one above a power of two", {"n": 1025}),
    ]
    for _ in range(12):
        out.append(("random small", {"n": rng.randint(3, 200)}))
    out.append(("random medium", {"n": rng.randint(1_000, 3_000)}))
    out.append(("large", {"n": 20_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """The bound itself is the size, for the complexity probe."""
    return {"n": max(0, n)}
