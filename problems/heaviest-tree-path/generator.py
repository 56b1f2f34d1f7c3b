"""Hidden tests for heaviest-tree-path (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, path_tree, random_tree

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("single positive", {"root": [7]}),
        ("single negative", {"root": [-7]}),
        ("all negative", {"root": [-3, -1, -2]}),
        ("negative root positive children", {"root": [-10, 9, 8]}),
        ("skip a negative child", {"root": [5, -100, 4]}),
        ("best path below the root", {"root": [-50, 10, -60, 20, 30]}),
        ("bend at the root", {"root": [1, 2, 3]}),
        ("zeros", {"root": [0, 0, 0]}),
        ("extremes", {"root": [1000, -1000, 1000, 1000, None, None, -1000]}),
        ("positive chain", {"root": level_order(path_tree(rng, 15, 1, 50))}),
        ("negative chain", {"root": level_order(path_tree(rng, 15, -50, -1))}),
    ]
    for _ in range(9):
        out.append(("random", {"root": level_order(random_tree(rng, rng.randint(2, 40), -20, 20))}))
    out.append(("large random", {"root": level_order(random_tree(rng, 4_000))}))
    out.append(("large deep chain", {"root": level_order(path_tree(rng, 3_000))}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A zigzag chain of n nodes (the deepest shape), for the complexity probe."""
    return {"root": level_order(path_tree(rng, max(1, n)))}
