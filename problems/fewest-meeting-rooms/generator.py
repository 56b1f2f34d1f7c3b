"""Hidden tests for fewest-meeting-rooms."""

import random

SEED = 2026


def _meetings(rng: random.Random, n: int, horizon: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, horizon - 1)
        out.append([s, min(horizon, s + rng.randint(1, longest))])
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("no meetings", {"meetings": []}),
        ("one meeting", {"meetings": [[2, 9]]}),
        ("back to back chain", {"meetings": [[3, 5], [0, 3], [5, 8], [8, 9]]}),
        ("identical meetings", {"meetings": [[1, 2]] * 5}),
        ("all nested", {"meetings": [[0, 100], [10, 90], [20, 80], [30, 70]]}),
        ("overlap by one unit", {"meetings": [[0, 5], [4, 9], [8, 12]]}),
        ("end equals another start", {"meetings": [[0, 10], [10, 20], [5, 15]]}),
        ("room reuse after a gap", {"meetings": [[0, 2], [1, 3], [4, 6], [5, 7]]}),
        ("staircase", {"meetings": [[k, k + 5] for k in range(10)]}),
        ("extreme times", {"meetings": [[0, 1_000_000], [999_999, 1_000_000], [0, 1]]}),
        ("sorting by start alone is not enough", {"meetings": [[1, 10], [2, 3], [3, 4], [4, 5], [2, 7]]}),
    ]
    for _ in range(6):
        out.append(("random", {"meetings": _meetings(rng, rng.randint(1, 20), 50, 15)}))
    for _ in range(2):
        out.append(("random long meetings", {"meetings": _meetings(rng, 30, 100, 90)}))
    out.append(("large random", {"meetings": _meetings(rng, 10_000, 1_000_000, 5_000)}))
    out.append(("large all overlapping", {"meetings": [[k, 1_000_000 - k] for k in range(10_000)]}))
    out.append(("large back to back", {"meetings": [[k * 100, k * 100 + 100] for k in range(10_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random meetings, for the complexity probe."""
    return {"meetings": _meetings(rng, max(1, n), 1_000_000, 5_000)}
