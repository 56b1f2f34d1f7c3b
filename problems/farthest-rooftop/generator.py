"""Hidden tests for farthest-rooftop."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single rooftop", {"heights": [5], "bricks": 0, "ropes": 0}),
        ("no climbs", {"heights": [9, 8, 8, 3], "bricks": 0, "ropes": 0}),
        ("first step blocked", {"heights": [1, 2], "bricks": 0, "ropes": 0}),
        ("bricks exactly enough", {"heights": [1, 4, 6], "bricks": 5, "ropes": 0}),
        ("bricks one short", {"heights": [1, 4, 6], "bricks": 4, "ropes": 0}),
        ("ropes only", {"heights": [1, 100, 200, 300], "bricks": 0, "ropes": 2}),
        ("rope saved for the big climb", {"heights": [1, 2, 3, 1000], "bricks": 2, "ropes": 1}),
        ("plenty of both", {"heights": [1, 5, 10, 20, 40], "bricks": 10**9, "ropes": 5}),
        ("equal heights are free", {"heights": [3, 3, 3, 3], "bricks": 0, "ropes": 0}),
        ("extremes", {"heights": [1, 10**6, 1, 10**6], "bricks": 10**6 - 1, "ropes": 1}),
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append(("random", {"heights": [rng.randint(1, 30) for _ in range(n)], "bricks": rng.randint(0, 40), "ropes": rng.randint(0, 4)}))
    heights = [rng.randint(1, 10**6) for _ in range(10_000)]
    out.append(("large random", {"heights": heights, "bricks": 10**9, "ropes": 1_000}))
    out.append(("large staircase", {"heights": list(range(1, 10_001)), "bricks": 5_000, "ropes": 2_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n rooftops, ample bricks and n // 4 ropes (the whole row is reachable)."""
    n = max(1, n)
    return {"heights": [rng.randint(1, 1_000) for _ in range(n)], "bricks": 10**9, "ropes": n // 4}
