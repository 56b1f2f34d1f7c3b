"""Hidden tests for tree-from-the-right (trees in LeetCode level order)."""

import random

from interview_kernel.bank import gen
from interview_kernel.bank.gen import level_order

SEED = 2026


def random_tree(rng: random.Random, n: int, lo: int = -100, hi: int = 100) -> list | None:
    """The shared :func:`interview_kernel.bank.gen.random_tree` with this problem's values."""
    return gen.random_tree(rng, n, lo, hi)


def path_tree(rng: random.Random, n: int, lo: int = -100, hi: int = 100, side: int = 0) -> list | None:
    """The shared :func:`interview_kernel.bank.gen.path_tree` with this problem's values."""
    return gen.path_tree(rng, n, lo, hi, side)


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [7]}),
        ("only a left child", {"root": [1, 2]}),
        ("only a right child", {"root": [1, None, 2]}),
        ("full tree", {"root": [1, 2, 3, 4, 5, 6, 7]}),
        ("left side deeper", {"root": [1, 2, 3, 4, None, None, None, 5]}),
        ("left chain", {"root": level_order(path_tree(rng, 10, side=1))}),
        ("right chain", {"root": level_order(path_tree(rng, 10, side=2))}),
        ("zigzag", {"root": level_order(path_tree(rng, 10))}),
        ("equal values", {"root": [0, 0, 0, 0, None, None, 0]}),
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
