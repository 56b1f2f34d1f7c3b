"""Hidden tests for identical-trees (trees in LeetCode level order)."""

import random

from interview_kernel.bank.gen import level_order, path_tree, random_tree

SEED = 2026


def cases(rng: random.Random) -> list[tuple[str, dict]]:
    """(category, input) pairs; the reference supplies the expected values."""
    out = [
        ("both empty", {"p": [], "q": []}),
        ("first empty", {"p": [], "q": [1]}),
        ("second empty", {"p": [1], "q": []}),
        ("single equal", {"p": [5], "q": [5]}),
        ("single different", {"p": [5], "q": [-5]}),
        ("mirror images", {"p": [1, 2, 3], "q": [1, 3, 2]}),
        ("child on different sides", {"p": [1, None, 2], "q": [1, 2]}),
        ("extra leaf", {"p": [1, 2, 3], "q": [1, 2, 3, 4]}),
        ("equal values different shape", {"p": [0, 0, None, 0], "q": [0, None, 0, 0]}),
        ("deep difference", {"p": [1, 2, 3, 4, 5, 6, 7], "q": [1, 2, 3, 4, 5, 6, 8]}),
    ]
    for _ in range(5):
        t = level_order(random_tree(rng, rng.randint(1, 40)))
        out.append(("random identical", {"p": t, "q": list(t)}))
    for _ in range(5):
        t = level_order(random_tree(rng, rng.randint(1, 40)))
        u = list(t)
        i = rng.choice([k for k, v in enumerate(u) if v is not None])
        u[i] += rng.choice([-1, 1])
        out.append(("random one value changed", {"p": t, "q": u}))
    big = level_order(random_tree(rng, 4_000))
    out.append(("large identical", {"p": big, "q": list(big)}))
    chain = level_order(path_tree(rng, 2_000))
    other = list(chain)
    other[-1] += 1
    out.append(("large chain differing at the bottom", {"p": chain, "q": other}))
    return out


def generate(rng: random.Random) -> list[dict]:
    """Hidden test inputs, deterministic for a given generator state."""
    return [inp for _, inp in cases(rng)]


def sized_input(n: int, rng: random.Random) -> dict:
    """Two copies of a random tree of n nodes, for the complexity probe."""
    # Values from 0 to 255 are Python's shared small ints: the walk touches the nodes and
    # not also an int object per node scattered in memory (cache misses that grow faster
    # than n read as O(n log n)).
    t = level_order(random_tree(rng, max(1, n), 0, 255))
    return {"p": t, "q": list(t)}
