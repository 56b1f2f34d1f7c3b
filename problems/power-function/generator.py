"""Hidden tests for power-function (every answer lies within [-10^4, 10^4])."""

import random

SEED = 2026
INT_MIN, INT_MAX = -(2**31), 2**31 - 1


def _ok(x: float, n: int) -> bool:
    if x == 0 and n <= 0:
        return False
    try:
        return abs(x**n) <= 10_000
    except (OverflowError, ZeroDivisionError):
        return False


def _random(rng: random.Random, x_span: float, n_span: int) -> dict:
    while True:
        x = round(rng.uniform(-x_span, x_span), 5)
        n = rng.randint(-n_span, n_span)
        if _ok(x, n):
            return {"x": x, "n": n}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero exponent", {"x": 42.5, "n": 0}),
        ("exponent one", {"x": -3.25, "n": 1}),
        ("exponent minus one", {"x": 4.0, "n": -1}),
        ("zero base", {"x": 0.0, "n": 5}),
        ("one to the largest power", {"x": 1.0, "n": INT_MAX}),
        ("one to the smallest power", {"x": 1.0, "n": INT_MIN}),
        ("minus one to an odd power", {"x": -1.0, "n": INT_MAX}),
        ("minus one to the smallest power", {"x": -1.0, "n": INT_MIN}),
        ("tiny result from a huge exponent", {"x": 0.5, "n": INT_MAX}),
        ("tiny result from the smallest exponent", {"x": 2.0, "n": INT_MIN}),
        ("negative base even power", {"x": -2.0, "n": 10}),
        ("fraction to a negative power", {"x": 0.5, "n": -13}),
        ("close to one, large power", {"x": 1.00001, "n": 123_456}),
        ("close to one, negative power", {"x": 0.99999, "n": -654_321}),
    ]
    for _ in range(6):
        out.append(("random small", _random(rng, 3.0, 12)))
    for _ in range(2):
        out.append(("random near one", _random(rng, 1.0001, 80_000)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]

