"""Hidden tests for maximum-subarray."""

import random

SEED = 2026


def _nums(rng: random.Random, n: int, lo: int = -10_000, hi: int = 10_000) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single element", {"nums": [7]}),
        ("single negative", {"nums": [-3]}),
        ("all negative", {"nums": [-8, -3, -6, -2, -5, -4]}),
        ("all zero", {"nums": [0, 0, 0, 0]}),
        ("all positive", {"nums": [2, 9, 1, 4]}),
        ("extremes", {"nums": [10_000] * 5 + [-10_000] + [10_000] * 5}),
        ("extremes", {"nums": [-10_000] * 8}),
        ("best at the end", {"nums": [-1, -2, -3, 5, 6]}),
        ("best at the start", {"nums": [5, 6, -20, 1, 2]}),
        ("duplicates", {"nums": [4, -1, 4, -1, 4, -1]}),
        ("dip worth crossing", {"nums": [6, -5, 6]}),
        ("dip not worth crossing", {"nums": [6, -7, 6]}),
    ]
    for _ in range(6):
        out.append(("random", {"nums": _nums(rng, rng.randint(2, 60), -50, 50)}))
    for _ in range(3):
        out.append(("random mostly negative", {"nums": _nums(rng, rng.randint(5, 60), -90, 10)}))
    out.append(("large input", {"nums": _nums(rng, 5_000)}))
    out.append(("large all negative", {"nums": _nums(rng, 5_000, -10_000, -1)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A random list of n values, for the complexity probe."""
    return {"nums": _nums(rng, max(1, n))}
