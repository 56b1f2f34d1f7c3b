"""Inputs for two-sum: hidden-test inputs and sized inputs for the complexity probe."""

import random


def sized_input(n: int, rng: random.Random) -> dict:
    """n distinct values whose only matching pair is the last two (the worst case)."""
    n = max(2, n)
    nums = rng.sample(range(-4 * n, 4 * n), n)
    odd = [2 * x + 1 for x in nums]  # all odd: any two sum to an even number
    odd[-1] = 10**9  # the only even value; with odd[-2] it makes the one odd target
    return {"nums": odd, "target": odd[-2] + odd[-1]}


def generate(rng: random.Random) -> list[dict]:
    """A few random hidden inputs with exactly one pair."""
    return [sized_input(rng.randint(5, 60), rng) for _ in range(6)]
