"""Hidden tests for even-sided-tree (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, path_tree, random_tree

SEED = 2026


def balanced(rng: random.Random, n: int) -> list | None:
    """A height-balanced tree with n nodes (split the count evenly, with some slack)."""
    if n == 0:
        return None
    rest = n - 1
    left = rest // 2 + (rng.randint(0, 1) if rest % 2 else 0)
    return [rng.randint(-100, 100), balanced(rng, left), balanced(rng, rest - left)]


def height(t: list | None) -> int:
    return 0 if t is None else 1 + max(height(t[1]), height(t[2]))


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [1]}),
        ("two nodes", {"root": [1, 2]}),
        ("three-node chain left", {"root": [1, 2, None, 3]}),
        ("three-node chain right", {"root": [1, None, 2, None, 3]}),
        ("full tree", {"root": [1, 2, 3, 4, 5, 6, 7]}),
        ("root balanced but a child is not", {"root": [1, 2, 3, 4, None, None, 5, 6, None, None, 7]}),
        ("heights differ by exactly one", {"root": [1, 2, 3, 4, 5, 6, None, 7]}),
        ("two long arms", {"root": level_order([0, path_tree(rng, 3, side=1), path_tree(rng, 3, side=2)])}),
        ("long chain", {"root": level_order(path_tree(rng, 20))}),
    ]
    for _ in range(5):
        out.append(("random balanced", {"root": level_order(balanced(rng, rng.randint(2, 40)))}))
    for _ in range(5):
        out.append(("random shape", {"root": level_order(random_tree(rng, rng.randint(2, 40)))}))
    out.append(("large balanced", {"root": level_order(balanced(rng, 4_000))}))
    big = balanced(rng, 4_000)
    node = big
    while node[1] is not None:
        node = node[1]
    node[1] = path_tree(rng, 3, side=1)
    out.append(("large with one deep leaf", {"root": level_order(big)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A balanced tree of n nodes, for the complexity probe."""
    return {"root": level_order(balanced(rng, max(1, n)))}
