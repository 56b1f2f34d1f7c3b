"""Hidden tests for median-of-two-sorted-arrays."""

import random

SEED = 2026
TOP = 1_000_000


def _sorted(rng: random.Random, n: int, lo: int = -TOP, hi: int = TOP) -> list[int]:
    return sorted(rng.randint(lo, hi) for _ in range(n))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("first empty odd", {"nums1": [], "nums2": [1, 2, 3]}),
        ("second empty even", {"nums1": [5, 8], "nums2": []}),
        ("single values", {"nums1": [1], "nums2": [2]}),
        ("single value total", {"nums1": [], "nums2": [-7]}),
        ("all duplicates", {"nums1": [4, 4, 4], "nums2": [4, 4]}),
        ("disjoint ranges", {"nums1": [1, 2, 3], "nums2": [10, 11, 12, 13]}),
        ("interleaved", {"nums1": [1, 3, 5, 7], "nums2": [2, 4, 6, 8]}),
        ("negatives", {"nums1": [-9, -5, -1], "nums2": [-8, -2]}),
        ("extremes", {"nums1": [-TOP, -TOP], "nums2": [TOP, TOP]}),
        ("one short one long", {"nums1": [50], "nums2": list(range(100))}),
        ("half values", {"nums1": [1, 2], "nums2": [2, 3]}),
    ]
    for _ in range(8):
        out.append(("random", {"nums1": _sorted(rng, rng.randint(0, 20), -50, 50), "nums2": _sorted(rng, rng.randint(1, 20), -50, 50)}))
    out.append(("large input", {"nums1": _sorted(rng, 1000), "nums2": _sorted(rng, 999)}))
    out.append(("large unbalanced", {"nums1": _sorted(rng, 3), "nums2": _sorted(rng, 1000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two sorted lists of about n / 2 values each, for the complexity probe."""
    half = max(1, n // 2)
    return {"nums1": _sorted(rng, half), "nums2": _sorted(rng, half)}
