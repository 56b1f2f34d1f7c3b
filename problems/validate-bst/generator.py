"""Hidden tests for validate-bst (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, random_tree

SEED = 2026
LO, HI = -(2**31), 2**31 - 1


def bst(values: list[int]) -> list | None:
    """A search tree holding the values, inserted in the given order."""
    root = None
    for v in values:
        if root is None:
            root = [v, None, None]
            continue
        node = root
        while True:
            side = 1 if v < node[0] else 2
            if node[side] is None:
                node[side] = [v, None, None]
                break
            node = node[side]
    return root


def nodes(tree: list | None) -> list[list]:
    out, stack = [], [tree]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(node)
            stack += [node[1], node[2]]
    return out


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("empty", {"root": []}),
        ("single node", {"root": [0]}),
        ("single node at the minimum", {"root": [LO]}),
        ("extremes valid", {"root": [0, LO, HI]}),
        ("extremes invalid", {"root": [HI, None, HI]}),
        ("duplicate on the left", {"root": [5, 5]}),
        ("duplicate on the right", {"root": [5, None, 5]}),
        ("grandchild breaks the bound", {"root": [10, 5, 15, None, None, 6, 20]}),
        ("deep left-right violation", {"root": [20, 10, None, None, 25]}),
        ("negatives valid", {"root": [-10, -20, -5, -30, -15]}),
        ("chain ascending", {"root": level_order(bst(list(range(30))))}),
    ]
    for _ in range(5):
        vals = rng.sample(range(-10_000, 10_000), rng.randint(2, 60))
        out.append(("random valid", {"root": level_order(bst(vals))}))
    for _ in range(5):
        tree = bst(rng.sample(range(-10_000, 10_000), rng.randint(3, 60)))
        node = rng.choice(nodes(tree))
        node[0] += rng.choice([-1, 1]) * rng.randint(1, 20_000)
        out.append(("random corrupted", {"root": level_order(tree)}))
    out.append(("random shape", {"root": level_order(random_tree(rng, 40))}))
    out.append(("large valid", {"root": level_order(bst(rng.sample(range(-10**9, 10**9), 3_000)))}))
    big = bst(rng.sample(range(-10**9, 10**9), 3_000))
    deepest = max(nodes(big), key=lambda n: n[0])
    deepest[2] = [deepest[0], None, None]
    out.append(("large with a duplicate", {"root": level_order(big)}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """A valid search tree of n nodes, for the complexity probe."""
    return {"root": level_order(bst(rng.sample(range(-10**9, 10**9), max(1, n))))}
