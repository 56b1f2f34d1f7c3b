"""Hidden tests for identical-trees (trees in LeetCode level order)."""

import random
from collections import deque

SEED = 2026

def level_order(tree: list | None) -> list:
    """Serialise a nested [val, left, right] tree in level order with trailing nulls cut."""
    out: list = []
    queue = deque([tree])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node[0])
        queue.append(node[1])
        queue.append(node[2])
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000) -> list | None:
    """A random binary tree with n nodes (insertion at random free child slots)."""
    if n == 0:
        return None
    root = [rng.randint(lo, hi), None, None]
    slots = [(root, 1), (root, 2)]
    for _ in range(n - 1):
        parent, side = slots.pop(rng.randrange(len(slots)))
        child = [rng.randint(lo, hi), None, None]
        parent[side] = child
        slots += [(child, 1), (child, 2)]
    return root


def path_tree(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000, side: int = 0) -> list | None:
    """A chain-shaped tree of n nodes: side 1 all left, 2 all right, 0 random zigzag."""
    root = None
    for _ in range(n):
        node = [rng.randint(lo, hi), None, None]
        if root is None:
            root = tail = node
        else:
            tail[side or rng.choice([1, 2])] = node
            tail = node
    return root


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
    t = level_order(random_tree(rng, max(1, n)))
    return {"p": t, "q": list(t)}
