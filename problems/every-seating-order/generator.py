"""Hidden tests for every-seating-order."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single guest", {"guests": [5]}),
        ("single negative guest", {"guests": [-10]}),
        ("two guests", {"guests": [1, 2]}),
        ("two guests, given in reverse", {"guests": [9, -9]}),
        ("zero among the guests", {"guests": [0, 3, -3]}),
        ("four guests", {"guests": [1, 2, 3, 4]}),
        ("extreme numbers", {"guests": [-10, 10, 0]}),
        ("five guests, unsorted", {"guests": [3, -1, 8, 0, 5]}),
        ("seven guests", {"guests": [7, 6, 5, 4, 3, 2, 1]}),
    ]
    pool = list(range(-10, 11))
    for _ in range(7):
        out.append(("random", {"guests": rng.sample(pool, rng.randint(1, 5))}))
    for _ in range(3):
        out.append(("random six guests", {"guests": rng.sample(pool, 6)}))
    out.append(("random seven guests", {"guests": rng.sample(pool, 7)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]
