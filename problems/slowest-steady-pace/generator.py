"""Hidden tests for slowest-steady-pace."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single pile exact hours", {"piles": [10], "h": 10}),
        ("single pile one hour", {"piles": [10], "h": 1}),
        ("single huge pile", {"piles": [10**9], "h": 2}),
        ("one hour per pile", {"piles": [3, 8, 5], "h": 3}),
        ("plenty of time", {"piles": [3, 8, 5], "h": 10**9}),
        ("all ones", {"piles": [1] * 10, "h": 10}),
        ("rate just above a divisor", {"piles": [9, 9, 9], "h": 4}),
        ("huge piles tight deadline", {"piles": [10**9] * 5, "h": 5}),
        ("huge piles loose deadline", {"piles": [10**9, 10**9 - 1], "h": 10**9}),
        ("total hours exceed 32 bits at rate one", {"piles": [10**9] * 10, "h": 10**9}),
        ("equal piles", {"piles": [6] * 6, "h": 12}),
    ]
    for _ in range(9):
        piles = [rng.randint(1, 100) for _ in range(rng.randint(1, 20))]
        out.append(("random", {"piles": piles, "h": rng.randint(len(piles), sum(piles))}))
    piles = [rng.randint(1, 10**9) for _ in range(10_000)]
    out.append(("large random", {"piles": piles, "h": 123_456}))
    out.append(("large ones", {"piles": [1] * 10_000, "h": 10_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """One pile of 2n items among n - 1 single items, one hour per pile: the answer is 2n,
    far above the average load, so counting rates upward from the average is quadratic."""
    n = max(1, n)
    piles = [1] * n
    piles[rng.randrange(n)] = 2 * n
    return {"piles": piles, "h": n}
