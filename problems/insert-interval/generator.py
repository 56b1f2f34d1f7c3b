"""Hidden tests for insert-interval."""

import random

SEED = 2026
TOP = 100_000


def _calendar(rng: random.Random, n: int, top: int = TOP) -> list[list[int]]:
    """n sorted, disjoint, non-touching slots: consecutive pairs of distinct sorted points."""
    points = sorted(rng.sample(range(0, top + 1), 2 * n))
    return [[points[2 * k], points[2 * k + 1]] for k in range(n)]


def _new(rng: random.Random, top: int = TOP, max_len: int = 1_000) -> list[int]:
    a = rng.randint(0, top)
    return [a, min(top, a + rng.randint(0, max_len))]


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty calendar", {"intervals": [], "new_interval": [5, 7]}),
        ("before everything", {"intervals": [[5, 6], [9, 12]], "new_interval": [1, 2]}),
        ("after everything", {"intervals": [[5, 6], [9, 12]], "new_interval": [20, 30]}),
        ("touches on the left", {"intervals": [[5, 6]], "new_interval": [2, 5]}),
        ("touches on the right", {"intervals": [[5, 6]], "new_interval": [6, 9]}),
        ("swallows everything", {"intervals": [[2, 3], [5, 6], [8, 9]], "new_interval": [0, 100]}),
        ("inside one slot", {"intervals": [[1, 10]], "new_interval": [3, 4]}),
        ("in a gap", {"intervals": [[1, 2], [8, 9]], "new_interval": [4, 5]}),
        ("bridges two slots", {"intervals": [[1, 3], [6, 9]], "new_interval": [3, 6]}),
        ("point slot", {"intervals": [[4, 4], [7, 7]], "new_interval": [4, 4]}),
        ("extremes", {"intervals": [[0, 0], [TOP, TOP]], "new_interval": [0, TOP]}),
    ]
    for _ in range(8):
        out.append(("random", {"intervals": _calendar(rng, rng.randint(0, 12), 100), "new_interval": _new(rng, 100, 20)}))
    out.append(("large input", {"intervals": _calendar(rng, 1_500), "new_interval": _new(rng, TOP, 5_000)}))
    out.append(("large no overlap", {"intervals": _calendar(rng, 1_500), "new_interval": [TOP, TOP]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A calendar of about n slots and a short new slot, for the complexity probe."""
    return {"intervals": _calendar(rng, max(1, n), 20 * max(1, n)), "new_interval": _new(rng, 20 * max(1, n), 50)}
