"""Hidden tests for mirror-a-tree (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, path_tree, random_tree

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [1]}),
        ("only a left child", {"root": [1, 2]}),
        ("only a right child", {"root": [1, None, 2]}),
        ("full tree", {"root": [1, 2, 3, 4, 5, 6, 7]}),
        ("equal values", {"root": [0, 0, 0, 0, None, None, 0]}),
        ("left chain", {"root": level_order(path_tree(rng, 12, side=1))}),
        ("right chain", {"root": level_order(path_tree(rng, 12, side=2))}),
        ("zigzag", {"root": level_order(path_tree(rng, 12))}),
        ("extremes", {"root": [-1000, 1000, None, -1000, None, None, 1000]}),
    ]
    for _ in range(10):
        out.append(("random", {"root": level_order(random_tree(rng, rng.randint(2, 40)))}))
    out.append(("large random", {"root": level_order(random_tree(rng, 4_000))}))
    out.append(("large deep chain", {"root": level_order(path_tree(rng, 3_000))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A random tree of n nodes, for the complexity probe."""
    return {"root": level_order(random_tree(rng, max(1, n)))}
