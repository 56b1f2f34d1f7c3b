"""Hidden tests for contains-duplicate."""

import random

SEED = 2026
TOP = 10**9


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single value", {"nums": [7]}),
        ("two equal", {"nums": [5, 5]}),
        ("two different", {"nums": [5, -5]}),
        ("repeat far apart", {"nums": [1] + list(range(2, 40)) + [1]}),
        ("repeat adjacent at the end", {"nums": list(range(30)) + [29]}),
        ("all equal", {"nums": [0] * 12}),
        ("negatives distinct", {"nums": [-1, -2, -3, -4]}),
        ("zero and its negative", {"nums": [0, -0, 1]}),
        ("extremes", {"nums": [-TOP, TOP, -TOP + 1, TOP - 1]}),
        ("extreme repeated", {"nums": [TOP, 3, TOP]}),
    ]
    for _ in range(5):
        n = rng.randint(2, 40)
        out.append(("random distinct", {"nums": rng.sample(range(-1000, 1000), n)}))
    for _ in range(5):
        nums = rng.sample(range(-1000, 1000), rng.randint(2, 40))
        nums.insert(rng.randrange(len(nums) + 1), rng.choice(nums))
        out.append(("random with one repeat", {"nums": nums}))
    out.append(("large distinct", {"nums": rng.sample(range(-TOP, TOP), 8_000)}))
    big = rng.sample(range(-TOP, TOP), 8_000)
    big[-1] = big[0]
    out.append(("large repeat at both ends", {"nums": big}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values (the worst case: nothing stops the walk early), for the probe."""
    return {"nums": rng.sample(range(-TOP, TOP), max(1, n))}
