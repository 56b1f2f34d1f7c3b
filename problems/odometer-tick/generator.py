"""Hidden tests for odometer-tick."""

import random

SEED = 2026


def _number(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(n - 1)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero", {"digits": [0]}),
        ("single nine", {"digits": [9]}),
        ("single digit", {"digits": [5]}),
        ("all nines", {"digits": [9, 9, 9, 9]}),
        ("trailing nines", {"digits": [3, 8, 9, 9]}),
        ("nine inside, no carry", {"digits": [9, 0, 9, 1]}),
        ("zeros inside", {"digits": [1, 0, 0, 0, 0]}),
        ("ends in eight", {"digits": [7, 9, 8]}),
        ("carry stops at a zero", {"digits": [2, 0, 9, 9]}),
        ("ten", {"digits": [1, 0]}),
    ]
    for _ in range(6):
        out.append(("random", {"digits": _number(rng, rng.randint(2, 20))}))
    for _ in range(2):
        d = _number(rng, rng.randint(3, 15))
        k = rng.randint(1, len(d) - 1)
        out.append(("random with trailing nines", {"digits": d[:k] + [9] * (len(d) - k)}))
    out.append(("longest number, all nines", {"digits": [9] * 1000}))
    out.append(("longest number", {"digits": _number(rng, 1000)}))
    out.append(("longest number, one carry chain", {"digits": [1] + [9] * 999}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A 1 followed by n - 1 nines (the carry runs the whole length), for the probe."""
    return {"digits": [1] + [9] * max(0, n - 1)}
