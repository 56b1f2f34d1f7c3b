"""Hidden tests for coin-change."""

import random

SEED = 2026
INT_MAX = 2**31 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("zero amount", {"coins": [1], "amount": 0}),
        ("zero amount without small coins", {"coins": [7], "amount": 0}),
        ("single coin exact", {"coins": [4], "amount": 4}),
        ("single coin impossible", {"coins": [2], "amount": 3}),
        ("greedy fails", {"coins": [1, 3, 4], "amount": 6}),
        ("greedy fails again", {"coins": [9, 6, 5, 1], "amount": 11}),
        ("huge coin", {"coins": [INT_MAX, 2], "amount": 100}),
        ("only huge coins", {"coins": [INT_MAX], "amount": 10_000}),
        ("duplicate coins", {"coins": [5, 5, 2], "amount": 9}),
        ("coprime pair", {"coins": [3, 7], "amount": 11}),
        ("coprime pair below the Frobenius number", {"coins": [5, 8], "amount": 27}),
    ]
    for _ in range(8):
        coins = rng.sample(range(1, 60), rng.randint(1, 5))
        out.append(("random", {"coins": coins, "amount": rng.randint(1, 300)}))
    for _ in range(2):
        coins = rng.sample(range(2, 200, 2), rng.randint(2, 6))
        out.append(("random even coins odd amount", {"coins": coins, "amount": 2 * rng.randint(10, 500) + 1}))
    out.append(("large amount", {"coins": rng.sample(range(1, 500), 12), "amount": 10_000}))
    out.append(("large amount big coins", {"coins": [186, 419, 83, 408], "amount": 6249}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Amount n and about n / 2 distinct coins (the target counts amount * k), for the probe."""
    n = max(2, n)
    return {"coins": rng.sample(range(1, n + 1), n // 2), "amount": n}
