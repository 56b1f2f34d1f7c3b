"""Hidden tests for product-except-self."""

import random

SEED = 2026
LIMIT = 2**31 - 1


def fits(nums: list[int]) -> bool:
    """Whether every product of a prefix or a suffix fits in a signed 32-bit integer."""
    for seq in (nums, nums[::-1]):
        prod = 1
        for v in seq:
            prod *= v
            if not -LIMIT - 1 <= prod <= LIMIT:
                return False
    return True


def small_values(rng: random.Random, n: int, zeros: int = 0) -> list[int]:
    """n values from {-1, 1} with a few larger ones, so the products stay in range."""
    nums = [rng.choice([-1, 1]) for _ in range(n)]
    for _ in range(min(6, n)):
        nums[rng.randrange(n)] = rng.choice([-3, -2, 2, 3, 5, -5, 7])
    for _ in range(zeros):
        nums[rng.randrange(n)] = 0
    return nums


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("two values", {"nums": [3, 4]}),
        ("two zeros only", {"nums": [0, 0]}),
        ("one zero", {"nums": [1, 2, 0, 4]}),
        ("zero at the start", {"nums": [0, 5, 6]}),
        ("zero at the end", {"nums": [5, 6, 0]}),
        ("two zeros", {"nums": [3, 0, 2, 0, 9]}),
        ("all ones", {"nums": [1] * 15}),
        ("alternating signs", {"nums": [-1, 1] * 8}),
        ("all negative", {"nums": [-2, -3, -4, -5]}),
        ("extreme values", {"nums": [30, -30, 30, -30, 30, -30]}),
        ("answer near the 32-bit limit", {"nums": [2] * 30 + [1, 1]}),
        ("negative answer near the limit", {"nums": [-2] * 31 + [1]}),
    ]
    while len(out) < 20:
        n = rng.randint(2, 12)
        nums = [rng.randint(-9, 9) for _ in range(n)]
        if fits(nums):
            out.append(("random", {"nums": nums}))
    for _ in range(2):
        out.append(("random with a zero", {"nums": small_values(rng, rng.randint(5, 40), zeros=1)}))
    out.append(("large", {"nums": small_values(rng, 6_000)}))
    out.append(("large with a zero", {"nums": small_values(rng, 6_000, zeros=1)}))
    assert all(fits(inp["nums"]) for _, inp in out)
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n values of magnitude one (products stay small), for the complexity probe."""
    return {"nums": [rng.choice([-1, 1]) for _ in range(max(2, n))]}
