"""Hidden tests for single-number."""

import random

SEED = 2026
TOP = 30_000


def _case(rng: random.Random, pairs: int, lo: int = -TOP, hi: int = TOP) -> dict:
    values = rng.sample(range(lo, hi + 1), pairs + 1)
    nums = values[:pairs] * 2 + [values[pairs]]
    rng.shuffle(nums)
    return {"nums": nums}


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single element", {"nums": [0]}),
        ("single negative", {"nums": [-30_000]}),
        ("single at the end", {"nums": [2, 2, 9]}),
        ("single at the start", {"nums": [9, 2, 2]}),
        ("zero is the single", {"nums": [5, 0, 5, -5, -5]}),
        ("negatives", {"nums": [-1, -2, -1, -3, -2]}),
        ("opposites", {"nums": [7, -7, 7]}),
        ("extremes", {"nums": [TOP, -TOP, TOP, -TOP, 1]}),
        ("pairs adjacent", {"nums": [3, 3, 4, 4, 5, 5, 6]}),
    ]
    for _ in range(10):
        out.append(("random", _case(rng, rng.randint(1, 20), -50, 50)))
    out.append(("large input", _case(rng, 4_999)))
    out.append(("large small values", _case(rng, 2_000, 0, 10_000)))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """About n values (n // 2 pairs and one single), for the complexity probe."""
    return _case(rng, max(0, min(n // 2, TOP)))
