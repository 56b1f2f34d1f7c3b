"""Hidden tests for merge-intervals."""

import random

SEED = 2026


def _slots(rng: random.Random, n: int, span: int, max_len: int) -> list[list[int]]:
    out = []
    for _ in range(n):
        a = rng.randint(-span, span)
        out.append([a, a + rng.randint(0, max_len)])
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"intervals": []}),
        ("single slot", {"intervals": [[5, 7]]}),
        ("point slot", {"intervals": [[3, 3]]}),
        ("duplicates", {"intervals": [[1, 4], [1, 4], [1, 4]]}),
        ("touching chain", {"intervals": [[3, 4], [1, 2], [2, 3], [4, 5]]}),
        ("nested", {"intervals": [[1, 100], [20, 30], [40, 50], [99, 100]]}),
        ("disjoint unsorted", {"intervals": [[10, 11], [1, 2], [5, 6], [-4, -3]]}),
        ("negatives", {"intervals": [[-10, -5], [-6, -1], [-20, -15]]}),
        ("extremes", {"intervals": [[-1_000_000_000, 0], [0, 1_000_000_000]]}),
        ("extremes", {"intervals": [[-1_000_000_000, -1_000_000_000], [1_000_000_000, 1_000_000_000]]}),
        ("same start different end", {"intervals": [[2, 9], [2, 3], [2, 5]]}),
        ("gap of one", {"intervals": [[1, 2], [3, 4]]}),
        ("reverse sorted", {"intervals": [[9, 10], [7, 8], [5, 6], [3, 4], [1, 2]]}),
    ]
    for _ in range(6):
        out.append(("random", {"intervals": _slots(rng, rng.randint(2, 25), 60, 12)}))
    for _ in range(2):
        out.append(("random sparse", {"intervals": _slots(rng, rng.randint(2, 25), 10_000, 5)}))
    out.append(("large input", {"intervals": _slots(rng, 2_000, 1_000_000, 300)}))
    out.append(("large all overlapping", {"intervals": _slots(rng, 800, 1_000, 5_000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n random slots, for the complexity probe."""
    return {"intervals": _slots(rng, max(1, n), 10 * max(1, n), 20)}
