"""Hidden tests for longest-consecutive-sequence."""

import random

SEED = 2026
BIG = 1_000_000_000


def _runs(rng: random.Random, n_runs: int, max_len: int, spread: int) -> list[int]:
    out: list[int] = []
    for _ in range(n_runs):
        start = rng.randint(-spread, spread)
        out.extend(range(start, start + rng.randint(1, max_len)))
    rng.shuffle(out)
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"nums": []}),
        ("single element", {"nums": [42]}),
        ("duplicates only", {"nums": [5, 5, 5, 5]}),
        ("duplicates inside a run", {"nums": [1, 2, 2, 3, 3, 3, 4]}),
        ("negatives", {"nums": [-3, -1, -2, -5, -4, 10]}),
        ("crossing zero", {"nums": [2, -2, 0, 1, -1]}),
        ("extremes", {"nums": [BIG, -BIG, BIG - 1, -BIG + 1]}),
        ("no two consecutive", {"nums": [1, 3, 5, 7, 9]}),
        ("descending", {"nums": list(range(30, 0, -1))}),
        ("two equal runs", {"nums": [1, 2, 3, 10, 11, 12]}),
    ]
    for _ in range(7):
        out.append(("random runs", {"nums": _runs(rng, rng.randint(1, 6), 8, 60)}))
    for _ in range(3):
        out.append(("random sparse", {"nums": [rng.randint(-BIG, BIG) for _ in range(30)]}))
    out.append(("large one run", {"nums": _runs(rng, 1, 1, 0) + list(range(-2_500, 2_500))}))
    out.append(("large input", {"nums": _runs(rng, 800, 12, 100_000)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n values in short runs, for the complexity probe."""
    nums = _runs(rng, max(1, n // 5), 9, 50 * max(1, n))
    return {"nums": nums[: max(1, n)]}
