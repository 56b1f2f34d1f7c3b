"""Hidden tests for add-two-numbers (numbers as digit lists, least significant first)."""

import random

SEED = 2026


def _digits(rng: random.Random, n: int) -> list[int]:
    """A number with n digits, least significant first, without leading zeros."""
    if n == 1:
        return [rng.randint(0, 9)]
    return [rng.randint(0, 9) for _ in range(n - 1)] + [rng.randint(1, 9)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero plus zero", {"l1": [0], "l2": [0]}),
        ("zero plus a number", {"l1": [0], "l2": [1, 2, 3]}),
        ("single digits no carry", {"l1": [2], "l2": [3]}),
        ("single digits with carry", {"l1": [5], "l2": [5]}),
        ("carry ripples to a new digit", {"l1": [9] * 10, "l2": [1]}),
        ("both all nines", {"l1": [9] * 7, "l2": [9] * 4}),
        ("different lengths", {"l1": [1], "l2": [0, 0, 0, 0, 1]}),
        ("longest numbers", {"l1": [9] * 100, "l2": [9] * 100}),
        ("carry in the middle only", {"l1": [1, 9, 1], "l2": [1, 1, 1]}),
    ]
    for _ in range(10):
        out.append(("random", {"l1": _digits(rng, rng.randint(1, 20)), "l2": _digits(rng, rng.randint(1, 20))}))
    out.append(("large random", {"l1": _digits(rng, 100), "l2": _digits(rng, 100)}))
    out.append(("large uneven", {"l1": _digits(rng, 100), "l2": _digits(rng, 3)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two n-digit numbers, for the complexity probe (beyond the 100-digit constraint)."""
    n = max(1, n)
    return {"l1": _digits(rng, n), "l2": _digits(rng, n)}
