"""Hidden tests for fewest-hops."""

import random

SEED = 2026


def _reachable(rng: random.Random, n: int, hi: int) -> list[int]:
    """Random reaches, patched so that every stone can be left until the end is in range."""
    reach = [rng.randint(0, hi) for _ in range(n)]
    furthest = 0
    for i in range(n - 1):
        if furthest <= i:
            reach[i] = max(reach[i], 1)
        furthest = max(furthest, i + reach[i])
    return reach


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single stone", {"reach": [0]}),
        ("single stone with reach", {"reach": [5]}),
        ("two stones", {"reach": [1, 0]}),
        ("all ones", {"reach": [1] * 12}),
        ("one giant first hop", {"reach": [1000, 0, 0, 0, 0]}),
        ("zeros skipped over", {"reach": [3, 0, 0, 1, 0]}),
        ("longest first hop is a trap", {"reach": [2, 4, 1, 1, 0, 2, 1]}),
        ("exact landing on the end", {"reach": [2, 0, 2, 0, 1]}),
        ("overshooting the end", {"reach": [1, 9, 0]}),
        ("decreasing reaches", {"reach": [5, 4, 3, 2, 1, 0]}),
        ("last stone has zero reach", {"reach": [2, 1, 0]}),
    ]
    for _ in range(6):
        out.append(("random", {"reach": _reachable(rng, rng.randint(2, 30), rng.choice([2, 3, 6]))}))
    for _ in range(2):
        out.append(("random with many zeros", {"reach": _reachable(rng, 40, 1)}))
    out.append(("large random", {"reach": _reachable(rng, 10_000, 8)}))
    out.append(("large all ones", {"reach": [1] * 10_000}))
    out.append(("large, maximum reaches", {"reach": [1000] * 10_000}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n stones with small random reaches, for the complexity probe."""
    return {"reach": _reachable(rng, max(1, n), 5)}
