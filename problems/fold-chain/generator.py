"""Hidden tests for fold-chain (lists are written as their values, head first)."""

import random

SEED = 2026


def values(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(1, 1000) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single node", {"head": [1]}),
        ("two nodes", {"head": [1, 2]}),
        ("three nodes", {"head": [1, 2, 3]}),
        ("four nodes", {"head": [1, 2, 3, 4]}),
        ("all equal", {"head": [5] * 7}),
        ("odd length", {"head": list(range(1, 12))}),
        ("even length", {"head": list(range(1, 13))}),
        ("falling values", {"head": list(range(20, 0, -1))}),
        ("extremes", {"head": [1, 1000, 1, 1000, 1]}),
        ("palindrome", {"head": [1, 2, 3, 2, 1]}),
    ]
    for _ in range(10):
        out.append(("random", {"head": values(rng, rng.randint(1, 40))}))
    out.append(("large even", {"head": values(rng, 10_000)}))
    out.append(("large odd", {"head": values(rng, 9_999)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A chain of n nodes, for the complexity probe."""
    return {"head": values(rng, max(1, n))}
