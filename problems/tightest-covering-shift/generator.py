"""Hidden tests for tightest-covering-shift."""

import random

SEED = 2026
TOP = 10**7


def _shifts(rng: random.Random, n: int, lo: int, hi: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi)
        out.append([s, min(hi, s + rng.randint(0, longest))])
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("one shift, one moment inside", {"shifts": [[3, 7]], "moments": [5]}),
        ("one shift, moment outside", {"shifts": [[3, 7]], "moments": [8]}),
        ("moment on the start", {"shifts": [[3, 7], [1, 100]], "moments": [3]}),
        ("moment on the end", {"shifts": [[3, 7], [1, 100]], "moments": [7]}),
        ("single-moment shift", {"shifts": [[9, 9], [1, 20]], "moments": [9, 10]}),
        ("nested shifts", {"shifts": [[1, 100], [10, 50], [20, 30], [25, 25]], "moments": [25, 26, 40, 60, 101]}),
        ("repeated moments", {"shifts": [[2, 4], [3, 10]], "moments": [3, 3, 3, 9, 9]}),
        ("duplicate shifts", {"shifts": [[5, 8], [5, 8], [5, 8]], "moments": [6, 9]}),
        ("moments given in decreasing order", {"shifts": [[1, 3], [4, 6], [7, 9]], "moments": [9, 5, 1]}),
        ("gap between shifts", {"shifts": [[1, 2], [5, 6]], "moments": [3, 4]}),
        ("short shift ends before a later moment", {"shifts": [[1, 2], [1, 10]], "moments": [2, 5]}),
        ("extreme times", {"shifts": [[1, TOP], [TOP, TOP]], "moments": [1, TOP]}),
    ]
    for _ in range(5):
        out.append(("random", {"shifts": _shifts(rng, rng.randint(1, 15), 1, 60, 20), "moments": [rng.randint(1, 70) for _ in range(rng.randint(1, 15))]}))
    for _ in range(2):
        out.append(("random sparse", {"shifts": _shifts(rng, 5, 1, 1000, 10), "moments": [rng.randint(1, 1000) for _ in range(20)]}))
    out.append(("large random", {"shifts": _shifts(rng, 30_000, 1, TOP, 600_000), "moments": [rng.randint(1, TOP) for _ in range(30_000)]}))
    out.append(("large nested", {"shifts": [[k, 60_001 - k] for k in range(1, 30_001)], "moments": [rng.randint(1, 60_001) for _ in range(30_000)]}))
    out.append(("large, nothing covers", {"shifts": _shifts(rng, 20_000, 1, 1000, 50), "moments": [rng.randint(2000, TOP) for _ in range(20_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random shifts and n random moments, for the complexity probe."""
    n = max(1, n)
    return {"shifts": _shifts(rng, n, 1, TOP, TOP // 50), "moments": [rng.randint(1, TOP) for _ in range(n)]}
