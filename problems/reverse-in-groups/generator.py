"""Hidden tests for reverse-in-groups (lists are written as their values, head first)."""

import random

SEED = 2026


def values(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(0, 1000) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single node", {"head": [1], "k": 1}),
        ("k is one", {"head": [1, 2, 3, 4], "k": 1}),
        ("k is the whole chain", {"head": [1, 2, 3, 4], "k": 4}),
        ("one block and a leftover", {"head": [1, 2, 3, 4, 5], "k": 3}),
        ("exact multiple", {"head": list(range(12)), "k": 4}),
        ("leftover of k - 1", {"head": list(range(11)), "k": 4}),
        ("two nodes swapped", {"head": [1, 2], "k": 2}),
        ("pairs with a leftover", {"head": [1, 2, 3, 4, 5], "k": 2}),
        ("equal values", {"head": [7] * 9, "k": 3}),
        ("extremes", {"head": [0, 1000, 0, 1000], "k": 3}),
    ]
    for _ in range(10):
        n = rng.randint(1, 40)
        out.append(("random", {"head": values(rng, n), "k": rng.randint(1, n)}))
    out.append(("large small blocks", {"head": values(rng, 5_000), "k": 7}))
    out.append(("large one big block and leftover", {"head": values(rng, 5_000), "k": 3_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A chain of n nodes in two blocks, for the complexity probe."""
    n = max(1, n)
    return {"head": values(rng, n), "k": max(1, n // 2)}
