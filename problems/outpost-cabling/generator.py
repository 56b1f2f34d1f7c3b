"""Hidden tests for outpost-cabling."""

import random

SEED = 2026
LIM = 10**5


def _points(rng: random.Random, n: int, lo: int, hi: int) -> list[list[int]]:
    seen: set[tuple[int, int]] = set()
    while len(seen) < n:
        seen.add((rng.randint(lo, hi), rng.randint(lo, hi)))
    pts = [list(p) for p in seen]
    pts.sort()
    rng.shuffle(pts)
    return pts


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single outpost", {"outposts": [[0, 0]]}),
        ("two outposts", {"outposts": [[-3, 4], [2, -1]]}),
        ("collinear on a row", {"outposts": [[9, 0], [1, 0], [4, 0], [0, 0]]}),
        ("square corners", {"outposts": [[0, 0], [0, 5], [5, 0], [5, 5]]}),
        ("cluster and a far outpost", {"outposts": [[0, 0], [1, 0], [0, 1], [1, 1], [50, 50]]}),
        ("negative coordinates", {"outposts": [[-5, -5], [-1, -7], [-9, -2], [-4, -4]]}),
        ("extreme corners", {"outposts": [[-LIM, -LIM], [LIM, LIM], [-LIM, LIM], [LIM, -LIM]]}),
        ("ties between cables", {"outposts": [[0, 0], [2, 0], [1, 1], [1, -1], [3, 1]]}),
        ("diagonal line", {"outposts": [[k, k] for k in range(8)]}),
        ("plus sign", {"outposts": [[0, 0], [0, 3], [0, -3], [3, 0], [-3, 0]]}),
    ]
    for _ in range(6):
        out.append(("random", {"outposts": _points(rng, rng.randint(2, 25), -50, 50)}))
    for _ in range(2):
        out.append(("random dense grid", {"outposts": _points(rng, 40, 0, 7)}))
    out.append(("large random", {"outposts": _points(rng, 1000, -LIM, LIM)}))
    out.append(("large, far-flung corners", {"outposts": _points(rng, 996, -100, 100) + [[-LIM, -LIM], [LIM, LIM], [-LIM, LIM], [LIM, -LIM]]}))
    out.append(("large line", {"outposts": [[k * 200 - LIM, 0] for k in range(1000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct random outposts, for the complexity probe."""
    return {"outposts": _points(rng, max(1, n), -LIM, LIM)}
