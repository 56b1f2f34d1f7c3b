"""Hidden tests for nearby-repeat."""

import random

SEED = 2026
TOP = 10**9


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"nums": [1], "k": 1}),
        ("k is zero", {"nums": [1, 1], "k": 0}),
        ("adjacent repeat k one", {"nums": [4, 4], "k": 1}),
        ("repeat exactly k apart", {"nums": [1, 2, 3, 1], "k": 3}),
        ("repeat one more than k apart", {"nums": [1, 2, 3, 1], "k": 2}),
        ("k larger than the list", {"nums": [5, 6, 5], "k": 100}),
        ("no repeats", {"nums": list(range(20)), "k": 20}),
        ("many far repeats", {"nums": [1, 2, 3] * 5, "k": 2}),
        ("extremes", {"nums": [-TOP, TOP, -TOP], "k": 2}),
        ("repeat of a later value inside the window", {"nums": [9, 1, 2, 1, 9], "k": 2}),
    ]
    for _ in range(10):
        n = rng.randint(1, 30)
        out.append(("random", {"nums": [rng.randint(0, 12) for _ in range(n)], "k": rng.randint(0, 8)}))
    big = list(range(10_000))
    out.append(("large no repeat", {"nums": big, "k": 10_000}))
    out.append(("large repeats just out of reach", {"nums": [i % 1_000 for i in range(10_000)], "k": 999}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values and a window as wide as the list (quadratic to rescan)."""
    n = max(1, n)
    return {"nums": rng.sample(range(-TOP, TOP), n), "k": n}
