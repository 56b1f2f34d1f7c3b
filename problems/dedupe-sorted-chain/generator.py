"""Hidden tests for dedupe-sorted-chain (lists are written as their values, head first)."""

import random

SEED = 2026


def sorted_values(rng: random.Random, n: int, lo: int = -100, hi: int = 100) -> list[int]:
    return sorted(rng.randint(lo, hi) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"head": []}),
        ("single node", {"head": [5]}),
        ("two equal", {"head": [5, 5]}),
        ("two different", {"head": [5, 6]}),
        ("all equal", {"head": [0] * 10}),
        ("no repeats", {"head": list(range(-5, 6))}),
        ("repeats at the start", {"head": [1, 1, 1, 2, 3]}),
        ("repeats at the end", {"head": [1, 2, 3, 3, 3]}),
        ("extremes", {"head": [-100, -100, 100, 100]}),
        ("alternating runs", {"head": [1, 1, 2, 3, 3, 4, 5, 5]}),
    ]
    for _ in range(10):
        out.append(("random", {"head": sorted_values(rng, rng.randint(1, 40), -10, 10)}))
    out.append(("large many repeats", {"head": sorted_values(rng, 10_000)}))
    out.append(("large all equal", {"head": [7] * 5_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A sorted chain of n nodes, for the complexity probe.

    Values from 0 to 255 are Python's shared small ints: the walk touches the nodes and
    not also an int object per node scattered in memory (whose cache misses grow faster
    than n and read as O(n log n)).
    """
    return {"head": sorted_values(rng, max(1, n), 0, 255)}
