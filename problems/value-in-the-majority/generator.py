"""Hidden tests for value-in-the-majority: every input has a strict majority."""

import random

SEED = 2026
TOP = 10**9


def ballot(rng: random.Random, n: int, spread: int = 100) -> list[int]:
    winner = rng.randint(-spread, spread)
    wins = n // 2 + 1 + rng.randint(0, (n - 1) // 2 - (n // 2) + (n - n // 2 - 1)) if n > 1 else 1
    wins = min(n, max(n // 2 + 1, wins))
    votes = [winner] * wins + [rng.choice([v for v in range(-spread, spread + 1) if v != winner]) for _ in range(n - wins)]
    rng.shuffle(votes)
    return votes


def has_majority(votes: list[int]) -> bool:
    return any(votes.count(v) * 2 > len(votes) for v in set(votes))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single vote", {"votes": [7]}),
        ("two equal votes", {"votes": [3, 3]}),
        ("all the same", {"votes": [0] * 9}),
        ("bare majority odd", {"votes": [1, 2, 1, 2, 1]}),
        ("bare majority even", {"votes": [4, 4, 8, 4]}),
        ("majority at the end", {"votes": [1, 2, 3, 9, 9, 9, 9]}),
        ("majority at the start", {"votes": [9, 9, 9, 9, 1, 2, 3]}),
        ("negative winner", {"votes": [-5, 6, -5]}),
        ("extremes", {"votes": [-TOP, TOP, TOP]}),
        ("alternating then winner", {"votes": [1, 2] * 5 + [1]}),
    ]
    for _ in range(10):
        out.append(("random", {"votes": ballot(rng, rng.randint(1, 40))}))
    out.append(("large bare majority", {"votes": ballot(rng, 6_001, 1_000)}))
    out.append(("large blocks", {"votes": [TOP] * 3_001 + [-TOP] * 3_000}))
    assert all(has_majority(inp["votes"]) for _, inp in out[:-2])
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n votes with a bare majority, the winner's votes last (counting each value from
    the start is then quadratic), for the complexity probe."""
    n = max(1, n)
    losers = [rng.randint(1, 1_000) for _ in range((n - 1) // 2)]
    return {"votes": losers + [0] * (n - len(losers))}
