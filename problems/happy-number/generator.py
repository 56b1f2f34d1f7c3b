"""Hidden tests for happy-number."""

import random

SEED = 2026
INT_MAX = 2**31 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("one", {"n": 1}),
        ("two", {"n": 2}),
        ("seven is happy", {"n": 7}),
        ("in the unhappy loop", {"n": 89}),
        ("power of ten", {"n": 1_000_000_000}),
        ("largest int", {"n": INT_MAX}),
        ("all nines", {"n": 999_999_999}),
        ("happy with many steps", {"n": 3_789}),
        ("repeated digits", {"n": 1_111_111}),
        ("zeros inside", {"n": 10_010}),
    ]
    for _ in range(8):
        out.append(("random small", {"n": rng.randint(2, 1_000)}))
    for _ in range(4):
        out.append(("random large", {"n": rng.randint(1_000_000, INT_MAX)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
