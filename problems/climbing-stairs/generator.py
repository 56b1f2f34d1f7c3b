"""Hidden tests for climbing-stairs: every n the constraints allow, minus the visible ones."""

import random

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [("smallest", {"n": 1}), ("small", {"n": 2}), ("largest", {"n": 45})]
    middle = rng.sample(range(6, 45), 20)
    out += [("random", {"n": n}) for n in sorted(middle)]
    out.append(("overflow boundary", {"n": 44}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]

