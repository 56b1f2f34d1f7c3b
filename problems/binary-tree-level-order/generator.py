"""Hidden tests for binary-tree-level-order (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, random_tree

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [5]}),
        ("only left children", {"root": [1, 2, None, 3, None, 4]}),
        ("only right children", {"root": [1, None, 2, None, 3]}),
        ("perfect tree", {"root": list(range(1, 16))}),
        ("negatives", {"root": [-1, -2, -3, -4, -5]}),
        ("duplicates", {"root": [7, 7, 7, 7, None, None, 7]}),
        ("extremes", {"root": [1000, -1000, 1000, None, -1000]}),
        ("gaps in a level", {"root": [1, 2, 3, None, 4, 5, None, 6, None, None, 7]}),
    ]
    for _ in range(10):
        out.append(("random", {"root": level_order(random_tree(rng, rng.randint(2, 60)))}))
    out.append(("large random", {"root": level_order(random_tree(rng, 2_000))}))
    out.append(("large complete", {"root": [rng.randint(-1000, 1000) for _ in range(2_000)]}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes, for the complexity probe."""
    return {"root": level_order(random_tree(rng, max(1, n)))}
