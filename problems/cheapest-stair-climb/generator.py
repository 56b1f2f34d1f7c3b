"""Hidden tests for cheapest-stair-climb."""

import random

SEED = 2026


def _tolls(rng: random.Random, n: int, hi: int = 999) -> list[int]:
    return [rng.randint(0, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("two steps", {"toll": [5, 3]}),
        ("two steps, equal", {"toll": [4, 4]}),
        ("three steps, skip the middle", {"toll": [1, 100, 1]}),
        ("all free", {"toll": [0, 0, 0, 0, 0]}),
        ("all equal", {"toll": [7] * 9}),
        ("one cheap step among dear ones", {"toll": [999, 999, 0, 999, 999]}),
        ("start on step one", {"toll": [50, 1, 50, 1, 50]}),
        ("alternating", {"toll": [1, 999] * 6}),
        ("increasing", {"toll": list(range(0, 20))}),
        ("decreasing", {"toll": list(range(20, 0, -1))}),
        ("maximum tolls", {"toll": [999] * 1000}),
    ]
    for _ in range(6):
        out.append(("random", {"toll": _tolls(rng, rng.randint(2, 25), 50)}))
    for _ in range(2):
        out.append(("random with many zeros", {"toll": [rng.choice([0, 0, rng.randint(1, 999)]) for _ in range(30)]}))
    out.append(("large random", {"toll": _tolls(rng, 1000)}))
    out.append(("large, two cheap lanes", {"toll": [1 if k % 3 else 999 for k in range(1000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random tolls, for the complexity probe."""
    return {"toll": _tolls(rng, max(2, n))}
