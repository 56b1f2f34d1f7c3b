"""Hidden tests for best-time-to-buy-sell-stock."""

import random

SEED = 2026
TOP = 10_000


def _walk(rng: random.Random, n: int, step: int) -> list[int]:
    p = rng.randint(0, TOP)
    out = []
    for _ in range(n):
        p = min(TOP, max(0, p + rng.randint(-step, step)))
        out.append(p)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single day", {"prices": [5]}),
        ("two days rising", {"prices": [1, 2]}),
        ("two days falling", {"prices": [2, 1]}),
        ("flat", {"prices": [7, 7, 7, 7]}),
        ("strictly falling", {"prices": list(range(20, 0, -1))}),
        ("strictly rising", {"prices": list(range(1, 21))}),
        ("minimum after maximum", {"prices": [4, 9, 1, 3]}),
        ("best is not global min", {"prices": [3, 8, 1, 2]}),
        ("zeros", {"prices": [0, 0, 0]}),
        ("extremes", {"prices": [TOP, 0, TOP]}),
        ("duplicates of minimum", {"prices": [2, 5, 2, 6, 2]}),
    ]
    for _ in range(8):
        out.append(("random", {"prices": [rng.randint(0, 50) for _ in range(rng.randint(2, 40))]}))
    out.append(("random walk", {"prices": _walk(rng, 200, 30)}))
    out.append(("large random walk", {"prices": _walk(rng, 8_000, 50)}))
    out.append(("large falling", {"prices": [TOP - i for i in range(8_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A random walk of n prices, for the complexity probe."""
    return {"prices": _walk(rng, max(1, n), 50)}
