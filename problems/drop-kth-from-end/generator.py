"""Hidden tests for drop-kth-from-end (lists are written as their values, head first)."""

import random

SEED = 2026


def values(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(-100, 100) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single node", {"head": [1], "n": 1}),
        ("two nodes drop the tail", {"head": [1, 2], "n": 1}),
        ("two nodes drop the head", {"head": [1, 2], "n": 2}),
        ("drop the head of a long chain", {"head": list(range(20)), "n": 20}),
        ("drop the tail of a long chain", {"head": list(range(20)), "n": 1}),
        ("drop the middle", {"head": [1, 2, 3, 4, 5], "n": 3}),
        ("repeated values", {"head": [7, 7, 7, 7], "n": 2}),
        ("negatives and extremes", {"head": [-100, 100, -100, 100], "n": 3}),
        ("second node", {"head": [5, 6, 7, 8, 9], "n": 4}),
        ("second to last", {"head": [5, 6, 7, 8, 9], "n": 2}),
    ]
    for _ in range(10):
        length = rng.randint(1, 40)
        out.append(("random", {"head": values(rng, length), "n": rng.randint(1, length)}))
    out.append(("large drop the head", {"head": values(rng, 10_000), "n": 10_000}))
    out.append(("large drop near the tail", {"head": values(rng, 10_000), "n": 3}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A chain of n nodes, dropping one near the middle."""
    n = max(1, n)
    return {"head": values(rng, n), "n": n // 2 + 1}
