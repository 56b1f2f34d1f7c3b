"""Hidden tests for smallest-absent-positive."""

import random

SEED = 2026
LO, HI = -(2**31), 2**31 - 1


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single one", {"nums": [1]}),
        ("single two", {"nums": [2]}),
        ("single negative", {"nums": [-5]}),
        ("single zero", {"nums": [0]}),
        ("one to n in order", {"nums": list(range(1, 21))}),
        ("one to n reversed", {"nums": list(range(20, 0, -1))}),
        ("gap in the middle", {"nums": [1, 2, 3, 5, 6]}),
        ("duplicates", {"nums": [1, 1, 2, 2, 2]}),
        ("all negative", {"nums": [-1, -2, -3]}),
        ("extremes", {"nums": [LO, HI, 1, 0]}),
        ("values larger than n", {"nums": [100, 200, 2, 1]}),
        ("duplicate blocks the answer", {"nums": [2, 2]}),
    ]
    for _ in range(4):
        n = rng.randint(1, 30)
        out.append(("random small values", {"nums": [rng.randint(-5, n + 3) for _ in range(n)]}))
    for _ in range(4):
        n = rng.randint(2, 30)
        nums = list(range(1, n + 1))
        nums.remove(rng.randint(1, n))
        nums.append(rng.choice([0, -1, n + 5]))
        rng.shuffle(nums)
        out.append(("random permutation missing one", {"nums": nums}))
    big = list(range(1, 10_001))
    rng.shuffle(big)
    out.append(("large full permutation", {"nums": big}))
    big2 = [v for v in big if v != 7_777] + [LO]
    out.append(("large missing one", {"nums": big2}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A shuffled 1..n (the answer is n + 1), for the complexity probe."""
    nums = list(range(1, max(1, n) + 1))
    rng.shuffle(nums)
    return {"nums": nums}
