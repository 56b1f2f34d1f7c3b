"""Hidden tests for leaderboard-cutoff."""

import random

SEED = 2026


def scores(rng: random.Random, n: int, lo: int = -10_000, hi: int = 10_000) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("k is one", {"k": 1, "scores": [5, 1], "arrivals": [3, 9, 2]}),
        ("empty start with k one", {"k": 1, "scores": [], "arrivals": [4, -4, 10]}),
        ("start one short of k", {"k": 3, "scores": [10, 20], "arrivals": [15, 5, 25]}),
        ("arrivals never make the board", {"k": 2, "scores": [100, 90], "arrivals": [1, 2, 3]}),
        ("every arrival is a new best", {"k": 2, "scores": [1, 2], "arrivals": [3, 4, 5, 6]}),
        ("ties", {"k": 2, "scores": [5, 5, 5], "arrivals": [5, 6, 6]}),
        ("negatives", {"k": 2, "scores": [-9, -3], "arrivals": [-5, -1, -7]}),
        ("extremes", {"k": 2, "scores": [-10_000], "arrivals": [10_000, -10_000, 10_000]}),
        ("k equals everything", {"k": 4, "scores": [1, 2, 3], "arrivals": [0]}),
        ("single arrival", {"k": 2, "scores": [7, 3, 5], "arrivals": [6]}),
    ]
    for _ in range(10):
        k = rng.randint(1, 6)
        out.append(("random", {"k": k, "scores": scores(rng, rng.randint(k - 1, 12), -50, 50), "arrivals": scores(rng, rng.randint(1, 12), -50, 50)}))
    out.append(("large small k", {"k": 10, "scores": scores(rng, 5_000), "arrivals": scores(rng, 5_000)}))
    out.append(("large big k", {"k": 3_000, "scores": scores(rng, 4_000), "arrivals": scores(rng, 4_000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n starting scores, n arrivals and k = n // 2, for the complexity probe."""
    n = max(2, n)
    return {"k": n // 2, "scores": scores(rng, n), "arrivals": scores(rng, n)}
