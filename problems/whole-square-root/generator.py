"""Hidden tests for whole-square-root."""

import random

SEED = 2026
TOP = 2**31 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero", {"x": 0}),
        ("one", {"x": 1}),
        ("two", {"x": 2}),
        ("three", {"x": 3}),
        ("four", {"x": 4}),
        ("just below a square", {"x": 99}),
        ("perfect square", {"x": 10_000}),
        ("just above a square", {"x": 10_001}),
        ("largest input", {"x": TOP}),
        ("largest square that fits", {"x": 46_340 * 46_340}),
        ("just below the largest square", {"x": 46_340 * 46_340 - 1}),
        ("large non-square", {"x": 2_000_000_001}),
    ]
    for _ in range(5):
        out.append(("random small", {"x": rng.randint(0, 1000)}))
    for _ in range(4):
        r = rng.randint(2, 46_340)
        out.append(("random perfect square", {"x": r * r}))
    for _ in range(4):
        out.append(("random large", {"x": rng.randint(10**6, TOP)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """x of about n, for the complexity probe."""
    return {"x": max(1, n)}
