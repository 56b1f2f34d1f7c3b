"""Hidden tests for colliding-carts."""

import random

SEED = 2026


def carts(rng: random.Random, n: int, top: int = 1000) -> list[int]:
    return [rng.choice([-1, 1]) * rng.randint(1, top) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("moving apart", {"carts": [-3, 3]}),
        ("head-on equal", {"carts": [3, -3]}),
        ("head-on right wins", {"carts": [5, -3]}),
        ("head-on left wins", {"carts": [3, -5]}),
        ("all right", {"carts": [1, 2, 3, 4]}),
        ("all left", {"carts": [-1, -2, -3, -4]}),
        ("one big left cart clears everything", {"carts": [1, 2, 3, 4, -10]}),
        ("chain of equal destructions", {"carts": [1, 2, 3, -3, -2, -1]}),
        ("left cart stopped midway", {"carts": [1, 8, 2, 3, -5]}),
        ("extremes", {"carts": [1000, -1000, -1000, 1000]}),
        ("everything destroyed", {"carts": [5, 5, -5, -5]}),
    ]
    for _ in range(9):
        out.append(("random", {"carts": carts(rng, rng.randint(2, 30), 10)}))
    out.append(("large random", {"carts": carts(rng, 10_000)}))
    out.append(("large right then one big left", {"carts": [rng.randint(1, 999) for _ in range(9_999)] + [-1000]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Left-moving carts that never meet anything, then head-on pairs that destroy each
    other: rescanning from the start after every crash is quadratic."""
    n = max(4, n)
    return {"carts": [-5] * (n // 2) + [3, -3] * (n // 4)}
