"""Hidden tests for house-robber."""

import random

SEED = 2026


def _stash(rng: random.Random, n: int, hi: int = 10_000) -> list[int]:
    return [rng.randint(0, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single house", {"stash": [7]}),
        ("single empty house", {"stash": [0]}),
        ("two houses, second richer", {"stash": [3, 8]}),
        ("two houses, equal", {"stash": [4, 4]}),
        ("all empty", {"stash": [0, 0, 0, 0, 0]}),
        ("skip two in a row", {"stash": [6, 1, 1, 6]}),
        ("alternating parity fails", {"stash": [2, 1, 1, 9, 1]}),
        ("odd positions win", {"stash": [1, 10, 1, 10, 1, 10]}),
        ("all equal", {"stash": [5] * 9}),
        ("one big house in the middle", {"stash": [3, 3, 100, 3, 3]}),
        ("maximum values", {"stash": [10_000] * 1_000}),
    ]
    for _ in range(7):
        out.append(("random", {"stash": _stash(rng, rng.randint(3, 30), 100)}))
    for _ in range(2):
        out.append(("random with many zeros", {"stash": [rng.choice([0, 0, 0, rng.randint(1, 50)]) for _ in range(40)]}))
    out.append(("large", {"stash": _stash(rng, 100_000)}))
    out.append(("large maximum values", {"stash": [10_000] * 100_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random stashes, for the complexity probe."""
    return {"stash": _stash(rng, max(1, n))}
