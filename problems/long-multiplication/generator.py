"""Hidden tests for long-multiplication."""

import random

SEED = 2026


def _number(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero times zero", {"a": "0", "b": "0"}),
        ("zero times a long number", {"a": "0", "b": "98765432109876543210"}),
        ("one times a number", {"a": "1", "b": "4096"}),
        ("single digits with a carry", {"a": "9", "b": "9"}),
        ("all nines", {"a": "9999", "b": "999"}),
        ("powers of ten", {"a": "1000", "b": "100000"}),
        ("zeros inside", {"a": "1002", "b": "3004"}),
        ("trailing zeros", {"a": "120", "b": "50"}),
        ("one digit by many", {"a": "7", "b": "142857"}),
        ("square", {"a": "111111111", "b": "111111111"}),
        ("beyond 64 bits", {"a": "18446744073709551616", "b": "18446744073709551616"}),
    ]
    for _ in range(6):
        out.append(("random", {"a": _number(rng, rng.randint(1, 12)), "b": _number(rng, rng.randint(1, 12))}))
    out.append(("longest numbers", {"a": _number(rng, 200), "b": _number(rng, 200)}))
    out.append(("longest all nines", {"a": "9" * 200, "b": "9" * 200}))
    out.append(("long by short", {"a": _number(rng, 200), "b": "3"}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two numbers of n digits each (n^2 digit products), for the complexity probe."""
    return {"a": _number(rng, max(1, n)), "b": _number(rng, max(1, n))}
