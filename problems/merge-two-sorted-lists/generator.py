"""Hidden tests for merge-two-sorted-lists (lists are written as their values, head first)."""

import random

SEED = 2026
TOP = 10_000


def _sorted(rng: random.Random, n: int, lo: int = -TOP, hi: int = TOP) -> list[int]:
    return sorted(rng.randint(lo, hi) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("both empty", {"list1": [], "list2": []}),
        ("first empty", {"list1": [], "list2": [1]}),
        ("second empty", {"list1": [2, 3], "list2": []}),
        ("single nodes", {"list1": [5], "list2": [1]}),
        ("equal values", {"list1": [1, 1, 1], "list2": [1, 1]}),
        ("all of one before the other", {"list1": [1, 2, 3], "list2": [7, 8, 9]}),
        ("all of one after the other", {"list1": [7, 8, 9], "list2": [1, 2, 3]}),
        ("interleaved", {"list1": [1, 3, 5, 7], "list2": [2, 4, 6, 8]}),
        ("negatives", {"list1": [-9, -3], "list2": [-8, -8, 0]}),
        ("extremes", {"list1": [-TOP, TOP], "list2": [-TOP, 0, TOP]}),
        ("very different lengths", {"list1": [4], "list2": list(range(10))}),
    ]
    for _ in range(8):
        out.append(("random", {"list1": _sorted(rng, rng.randint(0, 30), -50, 50), "list2": _sorted(rng, rng.randint(0, 30), -50, 50)}))
    out.append(("large input", {"list1": _sorted(rng, 4_000), "list2": _sorted(rng, 4_000)}))
    out.append(("large one sided", {"list1": _sorted(rng, 4_000, 0, TOP), "list2": _sorted(rng, 10, -TOP, -1)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two sorted lists of n // 2 values each, for the complexity probe."""
    half = max(1, n // 2)
    return {"list1": _sorted(rng, half), "list2": _sorted(rng, half)}
